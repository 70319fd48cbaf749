"""Park: zones and named markets, by suffix (rules in kg/rules/park.toml), and
the items of lists that share one park suffix (A、B、C4个产业园)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.document import Document, Mention
from kg.recognize import patterns


def find(doc: Document) -> list[Mention]:
    rules = patterns.load("park")
    return [_without_epithet(doc, m) for m in patterns.find(doc, rules)] + list_items(doc, rules)


def _without_epithet(doc: Document, m: Mention) -> Mention:
    """`“X之乡”Y文化产业园`: a quoted epithet before the name is praise, not part of it."""
    raw = doc.text[m.start : m.end]
    close = raw.find("”")
    if not raw.startswith("“") or close < 0 or len(raw) - close - 1 < 4:
        return m
    start = m.start + close + 1
    return Mention(m.type, patterns.clean(doc.text[start : m.end]), start, m.end, m.rule, m.confidence, attrs=m.attrs)


@lru_cache(maxsize=1)
def _list_re(regex: str) -> re.Pattern:
    return re.compile(regex)


def list_items(doc: Document, rules: patterns.Rules) -> list[Mention]:
    """Each item of `抓好A、B、C3个产业园建设`, named without the shared suffix."""
    cfg = rules.data["list"]
    rule = {"id": cfg["id"], "confidence": cfg["confidence"], "max_length": cfg["max_item"]}
    found = []
    # verbs that lead a list of parks (提升A、B等园区) and are soft elsewhere (提升工程)
    leading = rules.boundary | frozenset(patterns.boundary_rules()["soft"])
    for m in patterns.clause_matches(_list_re(cfg["regex"]), doc.text, cfg["needs"]):
        pos = m.start("items")
        for part in m.group("items").split("、"):
            start, end = pos, pos + len(part)
            pos = end + 1
            start = patterns.trim_leading(doc.text, start, end, leading)
            end -= doc.text[start:end].endswith("等")
            text = patterns.clean(doc.text[start:end])
            if len(text) >= cfg["min_item"] and patterns.accept(rules, rule, text, None):
                found.append(Mention("Park", text, start, end, rule["id"], rule["confidence"]))
    return found
