"""Relations of the strategy family (to be written)."""
from kg.document import Document, Fact


def find(doc: Document) -> list[Fact]:
    return []
