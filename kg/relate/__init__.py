"""relate: relations stated by sentences, between linked entities.

Each relation family lives in its own module with `find(doc) -> list[Fact]`
and its patterns in `kg/rules/<family>.toml`.
"""
from __future__ import annotations

from collections.abc import Callable

from kg.document import Document, Fact
from kg.relate import project, section, status, strategy

Family = Callable[[Document], list[Fact]]

FAMILIES: dict[str, Family] = {
    "project": project.find,  # undertakenBy, locatedInPark, locatedIn, investment, capacity
    "strategy": strategy.find,  # implements, partOf
    "section": section.find,  # locatedInPark stated by a section heading
    "status": status.find,  # status of projects (planned, started, under construction, completed)
}


def relate(doc: Document) -> Document:
    facts: list[Fact] = []
    for find in FAMILIES.values():
        facts.extend(find(doc))
    doc.facts = facts
    return doc
