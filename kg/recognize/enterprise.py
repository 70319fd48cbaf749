"""Enterprise: legal names by suffix, trade names by industry head (kg/rules/enterprise.toml)."""
from kg.document import Document, Mention
from kg.recognize import patterns


def find(doc: Document) -> list[Mention]:
    return patterns.find(doc, patterns.load("enterprise"))
