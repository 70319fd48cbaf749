"""recognize: find named things in the normalized text, by rules.

Each rule family lives in its own module with a `find(doc) -> list[Mention]`
function and its patterns in `kg/rules/<family>.toml`. `FAMILIES` is the
ordered registry; a user can add a family the same way.
"""
from __future__ import annotations

from collections.abc import Callable

from kg.document import Document, Mention
from kg.recognize import county, enterprise, park, project, repeat, strategy

Family = Callable[[Document], list[Mention]]

FAMILIES: dict[str, Family] = {
    "county": county.find,
    "enterprise": enterprise.find,
    "park": park.find,
    "project": project.find,
    "strategy": strategy.find,
}


def recognize(doc: Document) -> Document:
    mentions: list[Mention] = []
    for find in FAMILIES.values():
        mentions.extend(find(doc))
    mentions = outermost(mentions + repeat.find(doc, mentions))
    for m in mentions:
        if m.sentence < 0:
            m.sentence = doc.sentence_at(m.start)
    doc.mentions = mentions
    return doc


def outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention that lies inside another of the same type (the longer name wins)."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end, -m.confidence, m.type))
    kept: list[Mention] = []
    reach: dict[str, int] = {}  # per type, the furthest end of a kept mention
    for m in mentions:
        if m.end <= reach.get(m.type, -1):
            same = kept[-1] if kept and (kept[-1].start, kept[-1].end, kept[-1].type) == (m.start, m.end, m.type) else None
            if same is not None:  # the same name found twice: keep what each rule learned (a framework ...)
                same.attrs = {**m.attrs, **same.attrs}
            continue
        kept.append(m)
        reach[m.type] = m.end
    return kept
