"""recognize: find named things in the normalized text, by rules.

Each rule family lives in its own module with a `find(doc) -> list[Mention]`
function and its patterns in `kg/rules/<family>.toml`. `FAMILIES` is the
ordered registry; a user can add a family the same way.
"""
from __future__ import annotations

from collections.abc import Callable

from kg.document import Document, Mention
from kg.names import fold
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
    mentions = one_type_per_name(not_modifiers(outermost(mentions + repeat.find(doc, mentions))))
    for m in mentions:
        if m.sentence < 0:
            m.sentence = doc.sentence_at(m.start)
    doc.mentions = mentions
    return doc


# When two families read the same name, the narrower reading wins: a
# programme (“X”工程, X革命) is a Strategy and a zone a Park, not a Project;
# a zone listed as part of a plan (建设A产业集聚区、B产业集聚区“两大集聚区”) stays a Park.
# A name means one thing throughout a document (gold is document-level).
YIELDS_TO = {"Project": ("Strategy", "Park"), "Strategy": ("Park",)}
# A work named after a line with its kind word (散改集工程 of the 散改集 line) is
# that line; a park's construction project (X物流中心建设项目) is a work of its own.
FOLDED_CLAIMS = ("Strategy",)


def one_type_per_name(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention whose name another type also claims in the document (`YIELDS_TO`),
    unless its rule knows it is both (a zone being built is a park and a work: attrs["keeps_type"])."""
    folded: dict[tuple[str, str], str] = {}  # (type, name) -> its folded form, made once per name

    def fold_of(m: Mention) -> str:
        key = (m.type, m.text)
        if key not in folded:
            folded[key] = fold(m.type, m.text)[0]
        return folded[key]

    claimed = {(m.text, m.type) for m in mentions} | {(fold_of(m), m.type) for m in mentions if m.type in FOLDED_CLAIMS}
    return [m for m in mentions if m.attrs.get("keeps_type") or not any(
        (m.text, other) in claimed or other in FOLDED_CLAIMS and (fold_of(m), other) in claimed
        for other in YIELDS_TO.get(m.type, ()))]


# A place named inside the name of one of these is its modifier, not the place (GUIDELINES, County:
# 法治X, “红色X” are the county's lines; the county is named only where it stands alone).
MODIFIES = {"County": ("Strategy",)}


def not_modifiers(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention lying inside a mention of a type it modifies (`MODIFIES`). `mentions` are sorted
    by start (outermost's order): each is checked against the holders open at its start only."""
    holders: dict[str, int] = {}  # per holding type, the furthest end reached so far
    kept = []
    for m in mentions:
        if any(holders.get(t, -1) >= m.end for t in MODIFIES.get(m.type, ())):
            continue
        kept.append(m)
        if m.end > holders.get(m.type, -1):
            holders[m.type] = m.end
    return kept


def outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention that lies inside another of the same type (the longer name wins),
    unless it is a member its holder lists (“A、B”发展战略: attrs["framework"])."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end, -m.confidence, m.type))
    kept: list[Mention] = []
    reach: dict[str, Mention] = {}  # per type, the kept mention that reaches furthest
    spans: dict[tuple, Mention] = {}  # the kept mention of each (start, end, type), whatever other types lie between
    for m in mentions:
        holder = reach.get(m.type)
        if holder is not None and m.end <= holder.end:
            same = spans.get((m.start, m.end, m.type))
            if same is not None:  # the same name found twice: keep what each rule learned (a framework ...)
                same.attrs = {**m.attrs, **same.attrs}
            elif m.attrs.get("framework") == holder.text:
                kept.append(m)
                spans[(m.start, m.end, m.type)] = m
            continue
        kept.append(m)
        reach[m.type] = m
        spans[(m.start, m.end, m.type)] = m
    return kept
