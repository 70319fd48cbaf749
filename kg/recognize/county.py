"""County and Region: every division of the gazetteer, by full name; the
document's own county also by its short name when it stands for the place.

The document's county (from the manifest, else the most frequent county) and
its province decide between counties that share a name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg import gazetteer, rulebook
from kg.document import Document, Mention


@dataclass(frozen=True, kw_only=True)
class CountyRules:
    """kg/rules/county.toml."""

    # full names that are also everyday words: never a mention by themselves
    ambiguous_full_names: frozenset[str]
    # a full name beginning with one of these is a name only where no word runs into it
    function_first: str
    # what may follow a short name that names the place
    short_name_follow: rulebook.Regex
    short_name_id: str
    short_name_confidence: float
    full_name_id: str
    full_name_confidence: float

    @cached_property
    def follow_re(self) -> re.Pattern:
        return re.compile(self.short_name_follow)


@lru_cache(maxsize=1)
def rules() -> CountyRules:
    return rulebook.load("county", CountyRules)


def find(doc: Document) -> list[Mention]:
    cfg = rules()
    context = doc.meta.get("county_code", "")
    starts, ends = doc.token_edges()
    # a name must begin and end on jieba token boundaries: 范县 inside 示范县 does not
    full = [
        (start, end, doc.text[start:end]) for start, end in gazetteer.find_names(doc.text)
        if doc.text[start:end] not in cfg.ambiguous_full_names and (not starts or start in starts and end in ends)
        and not _joined(doc.text, start, cfg.function_first)
    ]
    if not context:
        context = own_county(doc, full)
        if context:
            doc.meta["county_code"] = context
    mentions = []
    for start, end, name in full:
        d = gazetteer.by_name(name, context)
        if d is None:
            continue
        kind = "County" if d.level == "county" else "Region"
        mentions.append(Mention(kind, name, start, end, cfg.full_name_id, cfg.full_name_confidence, attrs={"code": d.code}))
    own = gazetteer.by_code(context) if context else None
    if own and own.short != own.name:
        for m in re.finditer(re.escape(own.short), doc.text):
            if doc.text.startswith(own.name, m.start()) or not cfg.follow_re.match(doc.text, m.end()):
                continue
            mentions.append(Mention("County", own.short, m.start(), m.end(), cfg.short_name_id, cfg.short_name_confidence, attrs={"code": own.code}))
    return mentions


def _joined(text: str, start: int, function_first: str) -> bool:
    """和县 after 图书馆: the first character is the conjunction, not the name's."""
    return text[start] in function_first and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"


def own_county(doc: Document, matches) -> str:
    """The code of the county a document is about: the most frequent county named in full."""
    counts = Counter()
    for _, _, name in matches:
        d = gazetteer.by_name(name)
        if d is not None and d.level == "county":
            counts[d.code] += 1
    return counts.most_common(1)[0][0] if counts else ""
