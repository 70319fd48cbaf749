"""Strategy: 战略 and campaign suffixes, quoted lines, counted and numbered
frameworks, and national lines from a lexicon (kg/rules/strategy*.{toml,txt})."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg import amount, gazetteer
from kg.document import Document, Mention
from kg.recognize import patterns


@lru_cache(maxsize=1)
def rules():
    r = patterns.load("strategy")
    words = [w.strip() for w in resources.files("kg").joinpath("rules/strategy_lexicon.txt")
             .read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    for rule in r.pattern_rules:
        if rule["regex"] == "LEXICON":
            rule["re"] = re.compile(f"(?P<name>{alternation})")
    return r


_COUNTED = re.compile(r"^[一二三四五六七八九十两]+个(?P<tail>[\u4e00-\u9fff]{2,4})$")


def find(doc: Document) -> list[Mention]:
    mentions = patterns.find(doc, rules())
    return mentions + framework_members(doc, mentions) + county_lines(doc)


def county_lines(doc: Document) -> list[Mention]:
    """法治平遥, 平安平遥: lines named after the document's own county."""
    code = doc.meta.get("county_code")
    county = gazetteer.by_code(code) if code else None
    if county is None:
        return []
    cfg = rules().data["county_lines"]
    names = "|".join(map(re.escape, {county.short, county.name}))
    pattern = re.compile(f"(?:{'|'.join(cfg['prefixes'])})(?:{names})(?![\u4e00-\u9fff]{{0,1}}(?:县委|政府|人民|经济|大地))")
    return [Mention("Strategy", m.group(), m.start(), m.end(), cfg["id"], cfg["confidence"]) for m in pattern.finditer(doc.text)]


@lru_cache(maxsize=256)
def _member_pattern(tail: str, max_prefix: int) -> re.Pattern:
    return re.compile(rf"(?:[^\u4e00-\u9fff]|^|的)(?P<name>[\u4e00-\u9fff]{{1,{max_prefix}}}?{re.escape(tail)})")


def framework_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """`三个平遥`：文化平遥、生态平遥 -> members sharing the framework's tail."""
    cfg = rules().data["members"]
    found = []
    for frame in mentions:
        m = _COUNTED.match(frame.text)
        if not m:
            continue
        tail = m.group("tail")
        n = int(amount.number(frame.text[: frame.text.index("个")]) or 0)
        item = _member_pattern(tail, cfg["max_prefix"])
        # members follow the framework (三个X：甲X、乙X) or come just before it (甲X、乙X“三个X”)
        lo = max(0, frame.start - cfg["window"])
        before = [h for h in item.finditer(doc.text[lo : frame.start]) if h.group("name") != frame.text][-n:]
        after = [h for h in item.finditer(doc.text[frame.end : frame.end + cfg["window"]]) if h.group("name") != frame.text][:n]
        for offset, hits in ((lo, before if len(before) == n else []), (frame.end, after)):
            for hit in hits:
                start = patterns.trim_leading(doc.text, offset + hit.start("name"), offset + hit.end("name"), rules().boundary)
                end = offset + hit.end("name")
                found.append(Mention("Strategy", doc.text[start:end], start, end,
                                     cfg["id"], cfg["confidence"], attrs={"framework": frame.text}))
    return found
