"""Park: zones and named markets, by suffix (rules in kg/rules/park.toml)."""
from kg.document import Document, Mention
from kg.recognize import patterns


def find(doc: Document) -> list[Mention]:
    return patterns.find(doc, patterns.load("park"))
