"""normalize: repair PDF debris while keeping a map back to the original file.

What PDF extraction leaves behind, and what this stage does about it:
- characters spaced out for justification (`坚 持 沿 着`): whitespace next to
  a CJK character is dropped; between two Latin words or numbers one space stays;
- lines broken inside a paragraph: the break is dropped, unless the line ends
  a sentence, is short (the end of a paragraph or a heading), or the next line
  opens like a heading or list item;
- page numbers and running headers: dropped whole (patterns in rules/normalize.toml);
- full-width digits and Latin letters (`１２`) become ASCII, as NFKC would;
  Chinese punctuation is kept as printed;
- control characters (NUL ...) and lone surrogates are dropped;
- a text in traditional characters (a report reposted from a Big5 page, say)
  is read as simplified Chinese (kg/script.py: OpenCC's t2s, one character
  for each), so the map back stays exact; `doc.meta["script"]` then says
  "traditional" (the rules, the gazetteer and the lexicons are simplified).

`doc.offsets[i]` is the index in `doc.raw` of the character that became
`doc.text[i]`; every stage downstream reports spans of `doc.text`, and
`Document.to_original` turns them into spans of the file.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg import regex_cache, rulebook
from kg.script import simplified
from kg.document import Document

_CJK = regex_cache.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]")
_LINE = regex_cache.compile(r"[^\n]*(?:\n|$)")


@dataclass(frozen=True, kw_only=True)
class NormalizeRules:
    """kg/rules/normalize.toml: how PDF debris is recognised, line by line."""

    # lines that are page numbers or page furniture, dropped whole
    page_furniture: tuple[rulebook.Regex, ...]
    # a short line repeated this many times is a running header or footer
    header_min_repeats: int
    header_max_length: int
    # a line ending in one of these ends its paragraph; closing marks after it do not hide it
    paragraph_end: str
    closing: str
    # a line opening like this starts a paragraph; a short one is a title
    heading_start: rulebook.Regex
    title_start: rulebook.Regex
    title_max_length: int
    # a line shorter than this share of the typical line ends its paragraph
    short_line_ratio: float
    # footnote marks inside sentences ([1], 〔1〕, ①), dropped
    footnote_mark: rulebook.Regex
    # a text is traditional Chinese when at least this share of its Han characters
    # lies outside GB 2312 (simplified reports stay under 0.01), judged on at least
    # this many Han characters
    traditional_share: float
    traditional_min_han: int

    @cached_property
    def furniture_re(self) -> re.Pattern:
        return regex_cache.compile("|".join(f"(?:{p})" for p in self.page_furniture))

    @cached_property
    def heading_re(self) -> re.Pattern:
        return regex_cache.compile(self.heading_start)

    @cached_property
    def title_re(self) -> re.Pattern:
        return regex_cache.compile(self.title_start)


@lru_cache(maxsize=1)
def rules() -> NormalizeRules:
    return rulebook.load("normalize", NormalizeRules)


def normalize(doc: Document) -> Document:
    """Writes doc.text and doc.offsets; doc.meta["script"] for a traditional text."""
    doc.text, doc.offsets = repair(doc.raw)
    if is_traditional(doc.text):
        doc.text = simplified(doc.text)
        doc.meta["script"] = "traditional"
    return doc


_HAN = regex_cache.compile(r"[\u4e00-\u9fff]+")
def is_traditional(text: str, sample: int = 20000) -> bool:
    """Whether `text` is written in traditional characters: many Han characters that
    GB 2312, the simplified character set, lacks (judged on enough of them: one rare
    character in a name does not make a short text traditional)."""
    han = "".join(_HAN.findall(text, 0, sample))
    if len(han) < rules().traditional_min_han:
        return False
    outside = han.encode("gb2312", errors="replace").count(b"?")
    return outside >= rules().traditional_share * len(han)


def repair(raw: str) -> tuple[str, array]:
    """The normalized text of `raw` and the offset of each character in `raw`."""
    lines = content_lines(raw)
    out: list[str] = []
    offsets = array("l")
    typical = statistics.median([len(t) for _, t in lines]) if lines else 0
    cfg = rules()
    for i, (start, line) in enumerate(lines):
        if i:
            _join(out, offsets, lines[i - 1], line, start, typical, cfg)
        _emit_line(out, offsets, raw, start, len(line))
    offsets.append(len(raw))
    return _drop_footnote_marks(_curl_straight_quotes("".join(out)), offsets, cfg)


# a straight double quote beside a Han character or a Chinese mark: a paragraph that has one is
# Chinese text (compiled on first use: most texts have none, and a Han class costs a millisecond)
_CHINESE_QUOTE = r'(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"|"(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])'


def _curl_straight_quotes(text: str) -> str:
    """Straight double quotes of a Chinese paragraph ("六稳"工作, "1+N"政策) as the curly pair the rules
    read (“六稳”工作): every quote of the paragraph, opening and closing in turn, so that a pair around
    digits or Latin letters keeps its place in the alternation. One character for one, so the offsets
    stay as they are; a paragraph of Latin text keeps its quotes."""
    if '"' not in text:
        return text
    return "\n".join(re.sub('"', _Alternate(), p) if '"' in p and re.search(_CHINESE_QUOTE, p) else p
                     for p in text.split("\n"))


class _Alternate:
    """Each call the next of “ and ”, starting with “ (one instance per paragraph)."""

    def __init__(self):
        self.opened = False

    def __call__(self, _match) -> str:
        self.opened = not self.opened
        return "“" if self.opened else "”"


def _drop_footnote_marks(text: str, offsets: array, cfg) -> tuple[str, array]:
    """The text without the footnote marks of a web page (“X”战略〔1〕), in one pass."""
    marks = list(re.finditer(cfg.footnote_mark, text))
    if not marks:
        return text, offsets
    parts, kept, last = [], array("l"), 0
    for m in marks:
        parts.append(text[last : m.start()])
        kept.extend(offsets[last : m.start()])
        last = m.end()
    parts.append(text[last:])
    kept.extend(offsets[last:])
    return "".join(parts), kept


def content_lines(raw: str) -> list[tuple[int, str]]:
    """(offset of the first non-space character, stripped line) of the lines that carry text."""
    cfg = rules()
    lines = []
    for m in _LINE.finditer(raw):
        line = m.group().rstrip("\n")
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append((m.start() + lead, stripped))
        if m.end() == len(raw):
            break
    counts = Counter(t for _, t in lines if len(t) <= cfg.header_max_length)
    repeated = {t for t, n in counts.items() if n >= cfg.header_min_repeats and t[-1] not in cfg.paragraph_end + cfg.closing}
    return [(s, t) for s, t in lines if t not in repeated and not cfg.furniture_re.match(t)]


def _join(out, offsets, prev, line, start, typical, cfg) -> None:
    """What stands between two content lines: a paragraph break, a space or nothing."""
    prev_start, prev_text = prev
    last = prev_text.rstrip(cfg.closing)[-1:] or prev_text[-1]
    breaks = (
        last in cfg.paragraph_end
        or len(prev_text) < cfg.short_line_ratio * typical and prev_text[-1] not in "，,、"
        or cfg.heading_re.match(line)
        or cfg.title_re.match(prev_text) and len(prev_text) <= cfg.title_max_length
    )
    if breaks:
        out.append("\n")
        offsets.append(prev_start + len(prev_text))
    elif _is_ascii_word(prev_text[-1]) and _is_ascii_word(line[0]):
        out.append(" ")
        offsets.append(start - 1)


def _emit_line(out, offsets, raw, start, length) -> None:
    """Copy one stripped line, collapsing whitespace and folding full-width forms."""
    end = start + length
    i = start
    while i < end:
        # ordinary characters, the bulk of a line, are copied in one piece
        special = _SPECIAL.search(raw, i, end)
        stop = special.start() if special else end
        if stop > i:
            out.append(raw[i:stop])
            offsets.extend(range(i, stop))
            i = stop
            continue
        c = raw[i]
        if c.isspace():
            j = i
            while j < end and raw[j].isspace():
                j += 1
            before = out[-1][-1] if out else ""
            after = raw[j] if j < end else ""
            if before and after and not _CJK.match(before) and not _CJK.match(after):
                out.append(" ")
                offsets.append(i)
            i = j
            continue
        o = ord(c)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A or c in "％．":
            c = chr(o - 0xFEE0)  # full-width digit/letter -> ASCII (NFKC)
        elif 0x2E80 <= o <= 0x2FDF:
            # PDF fonts often map 入, 目, 工 to look-alike Kangxi radicals (⼊ ⽬ ⼯); NFKC undoes it
            c = unicodedata.normalize("NFKC", c)[:1] or c
        elif o < 32 or o == 0x7F or 0xFFF0 <= o or 0xD800 <= o <= 0xDFFF:
            i += 1  # controls, specials and lone surrogates (undecodable bytes kept by a caller) are not text
            continue
        out.append(c)
        offsets.append(i)
        i += 1


# what _emit_line must look at one by one: spaces, full-width forms, Kangxi radicals, controls, surrogates
_SPECIAL = regex_cache.compile(r"[\s\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A％．\u2E80-\u2FDF\x00-\x1f\x7f\uFFF0-\uFFFF\uD800-\uDFFF]")


def _is_ascii_word(c: str) -> bool:
    return c.isascii() and c.isalnum()
