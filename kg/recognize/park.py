"""Park: zones and named markets, by suffix (rules in kg/rules/park.toml), and
the items of lists that share one park suffix (A、B、C4个产业园)."""
from __future__ import annotations

from kg.document import Document, Mention
from kg.recognize import patterns


def find(doc: Document) -> list[Mention]:
    rules = patterns.load("park")
    parks = [_without_epithet(doc, m) for m in patterns.find(doc, rules)]
    # (what is left of the name must pass the rejections again: “X”|百亿园区 is a size class)
    return [m for m in parks if patterns.accept(rules, {}, m.text, None)] + patterns.list_items(doc, rules)


def _without_epithet(doc: Document, m: Mention) -> Mention:
    """`“X之乡”Y文化产业园`: a quoted epithet before the name is praise, not part of it."""
    raw = doc.text[m.start : m.end]
    close = raw.find("”")
    if not raw.startswith("“") or close < 0 or len(raw) - close - 1 < 4:
        return m
    start = m.start + close + 1
    return Mention(m.type, patterns.clean(doc.text[start : m.end]), start, m.end, m.rule, m.confidence, attrs=m.attrs)
