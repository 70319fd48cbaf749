"""One entity per thing (stub)."""
from kg.document import Document, Entity


def link(doc: Document) -> Document:
    for m in doc.mentions:
        m.key = m.key or f"{m.type.lower()}/{m.text}"
    return doc


def merge(docs) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for doc in docs:
        for m in doc.mentions:
            e = entities.setdefault(m.key, Entity(m.key, m.type, m.text))
            e.aliases.add(m.text)
            e.documents.add(doc.id)
    for e in entities.values():
        e.aliases.discard(e.label)
    return entities
