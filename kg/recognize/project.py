"""Project: works ending in 项目/工程, facilities being built, and lists sharing one suffix.

`A、B、C等项目` names three projects: each item becomes its own mention
(without the shared suffix), as the guidelines ask. Plan documents also
title their works as numbered headings (`2.X河道综合治理工程：`); a heading
is a whole name even when it holds 及/与, which end names elsewhere.
Words and patterns are in kg/rules/project.toml.
"""
from __future__ import annotations

import re

from kg.document import Document, Mention
from kg.recognize import patterns

_LIST = re.compile(r"(?P<items>[^，。；：！？,;:\n（）()]{2,120}?)等(?:\d+个|[一二三四五六七八九十]+个)?(?:[\u4e00-\u9fff]{0,6})?(?:项目|工程)")
# a capacity or size written before a name (150万吨/年…6.25m, 1×1680m3): jieba and
# the punctuation boundary cut it at `.`, `/` or `×`
_FIGURE_TAIL = re.compile(r"[\d.．/×*]+$")
_FIGURE = re.compile(r"[\w.．/×*]*\d[\w.．/×*]*$", re.ASCII)


def find(doc: Document) -> list[Mention]:
    rules = patterns.load("project")
    mentions = [_with_figure(doc, rules, m) for m in patterns.find(doc, rules)]
    mentions = [m for m in mentions if not _quoted_core(doc, m)]
    mentions.extend(list_items(doc, rules))
    mentions.extend(headings(doc, rules))
    return [m for m in mentions if _kept(rules, m)]


def _kept(rules, m: Mention) -> bool:
    """Rule-specific rejections (facility words that are not one work)."""
    extra = rules.data.get("rule_reject", {}).get(m.rule, [])
    return not any(re.search(p, m.text) for p in extra)


def _quoted_core(doc: Document, m: Mention) -> bool:
    """`“文明守望”工程`, `“111”创新工程`: a quoted name with a suffix is a campaign, not a work."""
    raw = doc.text[m.start : m.end]
    return raw[0] in "“‘「『\"" and bool(re.search("[”’」』\"]", raw[1:]))


def _with_figure(doc: Document, rules, m: Mention) -> Mention:
    """Extend a name leftwards over the figure it starts with (6.|25m捣固焦化项目)."""
    start = m.start
    # only a name that starts inside a figure (25m捣固…, ×1680m3…) was cut there
    while start > 1 and re.match(r"[\w×]", doc.text[start], re.ASCII) and _FIGURE_TAIL.search(doc.text[start - 1]):
        head = _FIGURE.search(doc.text[max(0, start - 30) : start])
        if not head:
            break
        new = start - len(head.group())
        # keep walking over the words that belong to the figure (炭化室高度, 万吨/年)
        new = patterns.extend_left(doc, new, 20, rules.boundary, ()) if new > 0 else new
        if new == start:
            break
        start = new
    if start == m.start:
        return m
    text = patterns.clean(doc.text[start : m.end])
    return Mention(m.type, text, start, m.end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


def headings(doc: Document, rules) -> list[Mention]:
    """Numbered headings of plan sections that title one work (`3.X综合治理工程：`)."""
    cfg = rules.data["heading"]
    rule = {"id": cfg["id"], "confidence": cfg["confidence"], "max_length": cfg["max_length"]}
    found = []
    for m in re.finditer(cfg["regex"], doc.text):
        start, end = m.start("name"), m.end("name")
        start = patterns.trim_leading(doc.text, start, end, rules.boundary)
        actor = re.match(cfg["actor"], doc.text[start:end])
        attrs = {}
        if actor and end - start - actor.end() >= cfg["min_length"]:
            attrs["actor"] = (start, start + actor.end(), actor.group())
            start += actor.end()
        text = patterns.clean(doc.text[start:end])
        if len(text) >= cfg["min_length"] and patterns.accept(rules, rule, text, None):
            found.append(Mention("Project", text, start, end, rule["id"], rule["confidence"], attrs=attrs))
    return found


def list_items(doc: Document, rules) -> list[Mention]:
    """Items of `A、B、C等项目` lists, each named without the shared suffix."""
    cfg = rules.data["list"]
    rule = {"id": cfg["id"], "confidence": cfg["confidence"], "max_length": cfg["max_length"]}
    found = []
    for m in _LIST.finditer(doc.text):
        items = m.group("items")
        if "、" not in items:
            continue
        pos = m.start("items")
        for part in items.split("、"):
            start = pos + len(part) - len(part.lstrip())
            end = pos + len(part)
            pos = end + 1
            # the first item carries the clause before it (统筹布局镇区的|基础设施)
            cut = part.rfind("的")
            if cut >= 0:
                start = max(start, end - len(part) + cut + 1)
            start = _strip_leading_verb(doc, start, end, rules)
            start = patterns.trim_leading(doc.text, start, end, rules.boundary)
            text = patterns.clean(doc.text[start:end])
            if not text or _kind_of_work(text, cfg):
                continue
            if patterns.accept(rules, rule, text, None):
                found.append(Mention("Project", text, start, end, rule["id"], rule["confidence"]))
    return found


def _kind_of_work(text: str, cfg: dict) -> bool:
    facility = re.search(f"(?:{cfg['facility_endings']})$", text)
    return not facility and patterns.is_common_word(text, cfg["common_word_freq"])


def _strip_leading_verb(doc: Document, start: int, end: int, rules) -> int:
    """Skip boundary words (实施, 推进 ...) at the start of a list item."""
    for s, e in doc.tokens:
        if e <= start:
            continue
        if s >= end or doc.text[max(s, start):e] not in rules.boundary:
            return max(s, start)
        start = e
    return start
