"""Relations of strategies: implements (the document's county adopts each
strategy it names) and partOf (members listed after a counted framework)."""
from __future__ import annotations

import re

from kg import amount
from kg.document import Document, Fact
from kg.relate.project import rules

_COUNT = re.compile(r"^([一二三四五六七八九十两]+|\d)(?:个|大|篇|项)")


def find(doc: Document) -> list[Fact]:
    return implements(doc) + part_of(doc)


def implements(doc: Document) -> list[Fact]:
    cfg = rules()["implements"]
    code = doc.meta.get("county_code")
    if not code:
        return []
    seen, facts = set(), []
    for m in doc.mentions:
        if m.type == "Strategy" and m.key not in seen and m.sentence >= 0:
            seen.add(m.key)
            s = doc.sentences[m.sentence]
            facts.append(Fact("implements", f"county/{code}", m.key, s.start, s.end, cfg["id"], cfg["confidence"]))
    return facts


def part_of(doc: Document) -> list[Fact]:
    """Members listed right after a counted framework are part of it.

    `八大战略：A战略、B战略……` and `“三个X”：甲X、乙X` (members found by
    recognize carry attrs["framework"]). A list ends at the first gap longer
    than `max_gap` characters or at the end of a sentence.
    """
    cfg = rules()["part_of"]
    strategies = sorted((m for m in doc.mentions if m.type == "Strategy"), key=lambda m: m.start)
    facts = []
    for i, frame in enumerate(strategies):
        count = _COUNT.match(frame.text)
        if not count:
            continue
        n = int(amount.number(count.group(1)) or 0)
        members, end = [], frame.end
        for m in strategies[i + 1 :]:
            gap = doc.text[end : m.start]
            if len(gap) > cfg["max_gap"] or "。" in gap or len(members) == n:
                break
            if m.key != frame.key:
                members.append(m)
            end = m.end
        if len(members) >= 2:
            s = doc.sentences[frame.sentence]
            for m in members:
                facts.append(Fact("partOf", m.key, frame.key, s.start, doc.sentences[m.sentence].end, cfg["id"], cfg["confidence"]))
    return facts
