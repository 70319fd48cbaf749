"""Park: zones and named markets, by suffix (rules in kg/rules/park.toml), and
the items of lists that share one park suffix (A、B、C4个产业园)."""
from __future__ import annotations

from dataclasses import dataclass

from kg import rulebook
from kg.document import Document, Mention
from kg.recognize import patterns


@dataclass(frozen=True, kw_only=True)
class ParkRules(rulebook.Family):
    """kg/rules/park.toml: the family's rules and its `[list]` of parks sharing one suffix."""

    list: rulebook.ListRule


def rules() -> patterns.Rules:
    return patterns.load("park", ParkRules)


def find(doc: Document) -> list[Mention]:
    family = rules()
    parks = (_without_epithet(doc, family, m) for m in patterns.find(doc, family))
    return [m for m in parks if m is not None] + patterns.list_items(doc, family)


def _without_epithet(doc: Document, rules, m: Mention) -> Mention | None:
    """`“X之乡”Y文化产业园`: a quoted epithet before the name is praise, not part of it.
    What is left must pass the rejections again (“X”|百亿园区 is a size class): None if not."""
    raw = doc.text[m.start : m.end]
    close = raw.find("”")
    if not raw.startswith("“") or close < 0 or len(raw) - close - 1 < 4:
        return m
    start = m.start + close + 1
    text = patterns.clean(doc.text[start : m.end])
    if not patterns.accept(rules, rulebook.ANY_NAME, text, None):
        return None
    return Mention(m.type, text, start, m.end, m.rule, m.confidence, attrs=m.attrs)
