"""project mentions (to be written)."""
from kg.document import Document, Mention


def find(doc: Document) -> list[Mention]:
    return []
