"""Repair PDF debris (stub: identity)."""
from array import array

from kg.document import Document


def normalize(doc: Document) -> Document:
    doc.text = doc.raw
    doc.offsets = array("l", range(len(doc.raw) + 1))
    return doc
