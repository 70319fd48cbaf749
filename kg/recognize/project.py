"""Project: works ending in 项目/工程, facilities being built, and lists sharing one suffix.

`A、B、C等项目` names three projects: each item becomes its own mention
(without the shared suffix), as the guidelines ask.
"""
from __future__ import annotations

import re

from kg.document import Document, Mention
from kg.recognize import patterns

_LIST = re.compile(r"(?P<items>[^，。；：！？,;:\n（）()]{2,120}?)等(?:\d+个|[一二三四五六七八九十]+个)?(?:[\u4e00-\u9fff]{0,6})?(?:项目|工程)")


def find(doc: Document) -> list[Mention]:
    rules = patterns.load("project")
    mentions = patterns.find(doc, rules)
    mentions.extend(list_items(doc, rules))
    return mentions


def list_items(doc: Document, rules) -> list[Mention]:
    """Items of `A、B、C等项目` lists, each named without the shared suffix."""
    found = []
    rule = {"id": "project.list-item", "confidence": 0.7, "max_length": 25}
    for m in _LIST.finditer(doc.text):
        items = m.group("items")
        if "、" not in items:
            continue
        pos = m.start("items")
        for part in items.split("、"):
            start = pos + len(part) - len(part.lstrip())
            end = pos + len(part)
            pos = end + 1
            start = _strip_leading_verb(doc, start, end, rules)
            text = patterns.clean(doc.text[start:end])
            if text and patterns.accept(rules, rule, text, None):
                found.append(Mention("Project", text, start, end, rule["id"], rule["confidence"]))
    return found


def _strip_leading_verb(doc: Document, start: int, end: int, rules) -> int:
    """Skip boundary words (实施, 推进 ...) at the start of a list item."""
    for s, e in doc.tokens:
        if s < start:
            continue
        if s >= end or doc.text[s:e] not in rules.boundary:
            return s
        start = e
    return start
