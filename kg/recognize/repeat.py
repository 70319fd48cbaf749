"""repeat: a name recognized once is recognized wherever the document repeats it.

Rules see a name in a frame that proves it (依托X为龙头, X有限公司); the same
document often names it again where no frame does (X在开发区内建设…), and
the relations stated there would be lost. A repeat counts only where it
starts and ends on jieba token boundaries (so 泰丰 is not found inside 国泰丰收).
Settings in kg/rules/repeat.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import regex_cache, rulebook
from kg.document import Document, Mention


@dataclass(frozen=True, kw_only=True)
class RepeatRules:
    """kg/rules/repeat.toml."""

    id: str
    confidence: float
    # the types whose names are found again
    types: tuple[str, ...]
    # shorter names are too often part of other words
    min_length: int


@lru_cache(maxsize=1)
def rules() -> RepeatRules:
    return rulebook.load("repeat", RepeatRules)


def find(doc: Document, found: list[Mention]) -> list[Mention]:
    cfg = rules()
    names = {m.text: m.type for m in found if m.type in cfg.types and len(m.text) >= cfg.min_length}
    if not names:
        return []
    taken = {(m.start, m.end, m.type) for m in found}
    starts, ends = doc.token_edges()
    repeats = []
    for start, end in _occurrences(doc.text, names):
        type_ = names[doc.text[start:end]]
        if (start, end, type_) in taken or start not in starts or end not in ends:
            continue
        repeats.append(Mention(type_, doc.text[start:end], start, end, cfg.id, cfg.confidence))
    return repeats


def _occurrences(text: str, names) -> list[tuple[int, int]]:
    """Where the names occur, left to right, the longest at each place, never overlapping.

    A few names are one regular expression; many (a document of thousands of
    names) are looked up by their first two characters, so that the work stays
    linear in the text instead of growing with text times names. Both give the same spans.
    """
    if len(names) <= 200:  # (measured: the regular expression is faster below about 250 names)
        pattern = regex_cache.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
        return [m.span() for m in pattern.finditer(text)]
    lengths: dict[str, list[int]] = {}
    for name in names:
        lengths.setdefault(name[:2], []).append(len(name))
    for head in lengths:
        lengths[head] = sorted(set(lengths[head]), reverse=True)
    spans, i, n = [], 0, len(text)
    while i < n - 1:
        for size in lengths.get(text[i : i + 2], ()):
            if i + size <= n and text[i : i + size] in names:
                spans.append((i, i + size))
                i += size
                break
        else:
            i += 1
    return spans
