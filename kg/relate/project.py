"""Relations of projects: undertakenBy, locatedInPark, locatedIn, investment, capacity.

Each is stated by one sentence; the evidence span of a fact is that sentence.
Distances and words are in kg/rules/relate.toml.
"""
from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from kg import amount
from kg.document import Document, Fact, Mention


@lru_cache(maxsize=1)
def rules() -> dict:
    return tomllib.loads(resources.files("kg").joinpath("rules/relate.toml").read_text(encoding="utf-8"))


def find(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        by_sentence[m.sentence].append(m)
    for index, mentions in by_sentence.items():
        if index < 0:
            continue
        s = doc.sentences[index]
        facts += undertaken_by(doc, s, mentions)
        facts += located_in_park(doc, s, mentions)
        facts += investment(doc, s, mentions)
    facts += capacity(doc)
    facts += located_in(doc)
    return _unique(facts)


def _fact(type_, subject, obj, s, cfg, value=None, **attrs) -> Fact:
    return Fact(type_, subject.key, obj.key if obj else None, s.start, s.end, cfg["id"], cfg["confidence"], value, attrs)


def undertaken_by(doc, s, mentions) -> list[Fact]:
    cfg = rules()["undertaken_by"]
    enterprises = [m for m in mentions if m.type == "Enterprise"]
    facts = []
    for p in (m for m in mentions if m.type == "Project"):
        before = [e for e in enterprises if e.end <= p.end and p.start - e.end <= cfg["max_gap"]]
        if before:
            facts.append(_fact("undertakenBy", p, max(before, key=lambda e: e.end), s, cfg))
    return facts


def located_in_park(doc, s, mentions) -> list[Fact]:
    cfg = rules()["located_in_park"]
    parks = [m for m in mentions if m.type == "Park"]
    facts = []
    for x in (m for m in mentions if m.type in ("Project", "Enterprise")):
        near = [p for p in parks if p is not x and _gap(p, x) <= cfg["max_gap"] and _same_clause(doc, p, x)]
        if near:
            facts.append(_fact("locatedInPark", x, min(near, key=lambda p: _gap(p, x)), s, cfg))
    return facts


def investment(doc, s, mentions) -> list[Fact]:
    cfg = rules()["investment"]
    text = doc.text[s.start : s.end]
    amounts = [a for a in amount.find_amounts(text) if a.kind in cfg["kinds"]]
    projects = sorted((m for m in mentions if m.type == "Project"), key=lambda m: m.start)
    facts = []
    for a in amounts:
        start, end = s.start + a.start, s.start + a.end
        # the project the amount belongs to: the next one in the clause
        # (总投资5亿元的X项目), else the one just before it (X项目，总投资5亿元)
        after = [p for p in projects if p.start >= end and _same_clause(doc, _Span(start, end), p)]
        before = [p for p in projects if p.end <= start and start - p.end <= 12]
        target = after[0] if after else (before[-1] if before else None)
        if target is not None:
            facts.append(_fact("investment", target, None, s, cfg, value=a.value, kind=a.kind))
    return facts


def capacity(doc) -> list[Fact]:
    cfg = rules()["capacity"]
    facts = []
    for p in (m for m in doc.mentions if m.type == "Project" and m.sentence >= 0):
        s = doc.sentences[p.sentence]
        for q in amount.find_quantities(p.text):
            facts.append(_fact("capacity", p, None, s, cfg, value=q.surface, amount=q.amount, unit=q.unit))
    return facts


def located_in(doc) -> list[Fact]:
    """Parks named in a county's document lie in that county."""
    cfg = rules()["located_in"]
    code = doc.meta.get("county_code")
    if not code:
        return []
    county = _County(f"county/{code}")
    facts = []
    for p in (m for m in doc.mentions if m.type == "Park" and m.sentence >= 0):
        facts.append(_fact("locatedIn", p, county, doc.sentences[p.sentence], cfg))
    return facts


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


class _County:
    def __init__(self, key):
        self.key = key


def _gap(a, b) -> int:
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _same_clause(doc, a, b) -> bool:
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    between = doc.text[min(a.end, b.end) : max(a.start, b.start)] if _gap(a, b) else ""
    return not re.search(f"[{rules()['clause_breaks']}。]", between) and hi - lo < 200


def _unique(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:
        k = (f.type, f.subject, f.object, str(f.value))
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
