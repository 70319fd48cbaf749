"""relate: relations stated by sentences, between linked entities.

Each relation family lives in its own module with `find(doc) -> list[Fact]`
and its patterns in `kg/rules/<family>.toml`.
"""
from __future__ import annotations

from collections.abc import Callable

from kg.document import Document, Fact
from kg.relate import investment, project, section, sector, status, strategy

Family = Callable[[Document], list[Fact]]

FAMILIES: dict[str, Family] = {
    "project": project.find,  # undertakenBy, locatedInPark, locatedIn, capacity
    "investment": investment.find,  # investment (of works)
    "strategy": strategy.find,  # implements, partOf
    "section": section.find,  # locatedInPark stated by a section heading
    "status": status.find,  # status of projects (planned, started, under construction, completed)
    "sector": sector.find,  # sector of projects, parks, enterprises (reads undertakenBy, locatedInPark: keep it last)
}


def relate(doc: Document) -> Document:
    """Each family in turn; a family sees in `doc.facts` the facts of the families before it."""
    doc.facts = []
    for find in FAMILIES.values():
        doc.facts.extend(find(doc))
    return doc
