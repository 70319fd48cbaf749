"""regex_words: what the regexes of the rules hold, read from re's own parse, to search them fast.

The rule files' regexes are searched over every document, and re tries a pattern at every
character of the text unless it opens with a fixed one. This module analyses a regex (never
changing what it matches) so that it is searched only where it can match:

- `first_char_first`: a pattern that opens by looking behind, rewritten with its look-behinds
  after its first character, so that re skips ahead to that character;
- `prefilter` (a `Prefilter`): the words every match must hold and how wide a match is, so
  that only the stretches of text around the places of those words (str.find) are searched;
  `held_words`: the words a match spans or looks ahead at;
- `word_places`: where a choice of words stands in a text; `choice_of_words`, `one_of`: a
  choice of words or characters written so that re compiles and tries it quickly;
- `refers_to_a_group`, `opens_at_start`, `least_width`: what else decides how a regex may be
  joined with others or cut into parts (kg.recognize.patterns).

It imports nothing of the project, so that every stage may use it (kg.rulebook, which reads
the rule files, compiles their patterns with it; kg.recognize.patterns searches with it).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from kg import regex_cache

try:  # re's own parse (private to CPython 3.11+): only read, never fed to the engine
    from re import _constants as _sre, _parser
except ImportError:  # (another Python's re: no regex is analysed; each is searched as written)
    _sre = _parser = None


def one_of(chars: str) -> str:
    """A regex for any one character of `chars` (as `[chars]`), written to compile fast where
    a pattern repeats it many times. re compiles a class of characters scattered beyond
    Latin-1 (the quotes “”‘’《》「」) into a table of 65,536 entries; a class of Latin-1
    characters, or of at most two runs of consecutive ones, into a few plain tests. So the
    characters are split into such classes, joined as a choice; its last choice, `(?!)`,
    never matches and keeps re from merging the classes back into one."""
    latin = "".join(sorted({c for c in chars if ord(c) < 256}))
    runs: list[list[str]] = []
    for c in sorted({c for c in chars if ord(c) >= 256}):
        if runs and ord(c) == ord(runs[-1][-1]) + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    classes = [latin] if latin else []
    classes += ["".join(a + b) for a, b in zip(runs[::2], runs[1::2] + [[]])]
    classes = [f"[{re.escape(c)}]" for c in classes]
    return classes[0] if len(classes) == 1 else f"(?:{'|'.join(classes)}|(?!))"


# --- looking behind after the first character ---------------------------------------
#
# re searches fast for the first character of a match when a pattern begins with it (a
# literal, a class): it skips the text where that character is not. A pattern that begins
# by looking behind (?<!评为)“… is tried at every character of the text instead. So a
# pattern that opens with look-behinds and then one character (a literal or a class, once or
# repeated at least once, optionally as the start of the group `name`) is compiled with the
# look-behinds moved after that character, each widened by one character of any kind:
#     (?<!评为)“X          ->  “(?<!(?:评为)(?s:.))X
#     (?<![一二])[三四]+X  ->  [三四](?<!(?:[一二])(?s:.))[三四]*X
# which accepts exactly the same matches, in the same order (the look-behind sees the same
# text, one character further on). Anything else is compiled as written.

_BEHIND = r"\(\?<[!=](?:[^()\\\[]|\\.|\[\^?(?!\])(?:[^\]\\]|\\.)*\])+\)"
_LEADING = regex_cache.compile(
    rf"(?P<behinds>(?:{_BEHIND})+)(?P<group>\(\?P<name>)?"
    r"(?P<first>\[\^?(?!\])(?:[^\]\\]|\\.)*\]|[^\\()\[\].*+?{}|^$#\s])"
    r"(?:(?P<count>\+|\{(?P<least>[1-9]\d*)(?:(?P<comma>,)(?P<most>\d*))?\})(?P<lazy>\?)?)?(?![+*?{])")
_ONE_BEHIND = regex_cache.compile(r"\(\?<(?P<kind>[!=])(?P<body>(?:[^()\\\[]|\\.|\[\^?(?!\])(?:[^\]\\]|\\.)*\])+)\)")


def first_char_first(regex: str) -> str:
    """`regex` with its leading look-behinds moved after its first character (see above),
    or `regex` itself when it does not open that way."""
    m = _LEADING.match(regex)
    if not m:
        return regex
    behinds = "".join(f"(?<{b['kind']}(?:{b['body']})(?s:.))" for b in _ONE_BEHIND.finditer(m["behinds"]))
    first, rest = m["first"], regex[m.end():]
    if m["count"] is None:
        more = ""
    elif m["count"] == "+":
        more = f"{first}*"
    else:
        least = int(m["least"]) - 1
        most = "" if m["most"] == "" else str(int(m["most"]) - 1) if m["most"] is not None else None
        more = f"{first}{{{least}}}" if m["comma"] is None else f"{first}{{{least},{most}}}"
    return (m["group"] or "") + first + behinds + more + (m["lazy"] or "") + rest


# --- searching only around the words a match must hold ---------------------------
#
# A pattern that opens with a class of Chinese characters ([\u4e00-\u9fff]{2,8}?小镇…) or
# an optional word ((?:全面)?(?:依法|从严)治…) is tried at every character of the text: re
# skips ahead only to a fixed first character. But such a pattern often holds a word that
# every match must contain (小镇; 治) and matches at most so many characters. Then a match
# lies within that many characters of a place of the word, and searching only the stretches
# of text around those places (str.find finds them) gives the same matches in the same
# order: a search started at the left end of a stretch finds what the search of the whole
# text finds there, since no match can run across that end (it would hold a place of the
# word whose stretch reaches over the end), and the look-behinds see the text before it.
# Each stretch is searched up to where a try at its last character can look (the width and
# the look-aheads' reach, and one more character): no try there tells that text from the
# whole. The word, the width and the reach are read from re's own parse of the pattern
# (re._parser, private to CPython 3.11+: it is only read, never fed to the engine, and the
# matches are still made by re); where it cannot say (an unbounded repeat or look-ahead, a
# flag that ignores case, another Python's parse), the whole text is searched.


# A word may also be one a look-around holds ((?=…建成投产), (?<=竣工投产)): it stands within
# so many characters before or after the match's start (`extents`). The stretches of the
# first choice that is not crowded are narrowed by the places of the words of the others,
# looked for only around them (a match holds a word of every choice: it lies where the
# stretches of all of them meet).


@dataclass(frozen=True)
class Prefilter:
    """The choices of words of which every match of a pattern holds one (each choice a
    tuple of words; the likeliest to be rare first), and the most characters a match spans."""

    choices: tuple[tuple[str, ...], ...]
    width: int
    reach: int  # the most characters a try at one place reads to its right (width and look-aheads)
    # for each choice, (before, after): its words stand within `before` characters before the
    # start of a match and `after` characters after it (a word the match spans: 0 and `width`)
    extents: tuple[tuple[int, int], ...] = ()
    # the pattern opens with a fixed character, to which re skips by itself: one choice is
    # looked for (a crowded one gives the whole text), its stretches not narrowed
    skips: bool = False

    CROWDED = 0.5  # stretches that would cover more of the text than this: it is searched whole
    NARROW = 0.02  # stretches that cover less of the text than this are not narrowed further
    TRIES = 3  # the choices tried for the first stretches, each given up once crowded

    def extent(self, i: int) -> tuple[int, int]:
        return self.extents[i] if i < len(self.extents) else (0, self.width)

    def spans(self, text: str) -> list[tuple[int, int]] | None:
        """The stretches of `text` that hold every match, left to right; None when they would
        cover most of the text (searching it whole is then as quick). The places of the words
        of a choice (the likeliest to be rare first) are looked for, no more than that many,
        and the stretches they give narrowed by the places of the other choices' words."""
        spans, first = None, None
        for i in range(min(1 if self.skips else self.TRIES, len(self.choices))):
            before, after = self.extent(i)
            most = int(len(text) * self.CROWDED / (before + after + self.width))
            starts = self._starts(i, text, 0, len(text), most)
            if starts is not None:
                spans, first = self._stretches(i, starts, len(text)), i
                break
        if spans is None or self.skips:
            return spans
        for i in range(len(self.choices)):
            if not spans or i == first or sum(b - a for a, b in spans) < self.NARROW * len(text):
                continue
            spans = _meet(spans, self._around(i, text, spans))
        return [(a, b) for a, b in spans]

    def _around(self, i: int, text: str, spans: list[list[int]]) -> list[list[int]]:
        """The stretches of choice i's words found near `spans` (where a match in them may see one)."""
        before, after = self.extent(i)
        starts: dict[int, int] = {}
        for lo, hi in _merged([max(0, a - before), min(len(text), b + after)] for a, b in spans):
            starts.update(self._starts(i, text, lo, hi, len(text)))
        return self._stretches(i, starts, len(text))

    def _starts(self, i: int, text: str, lo: int, hi: int, most: int) -> dict[int, int] | None:
        return word_places(text, self.choices[i], lo, hi, most)

    def _stretches(self, i: int, starts: dict[int, int], length: int) -> list[list[int]]:
        before, after = self.extent(i)
        # (ordered by where a stretch starts, which is reckoned from where its word ends: a
        # short word inside a longer one found at an earlier place may start it earlier)
        return _merged(sorted((max(0, stop - after), min(length, at + before + self.width))
                              for at, stop in starts.items()))

    def finditer(self, pattern: re.Pattern | Callable[[], re.Pattern], text: str):
        """`pattern.finditer(text)`, searching only the stretches that can hold a match
        (`pattern` may be a function that gives it: it is not called for a text without
        the words, so that a rule no text needs is never compiled)."""
        spans = self.spans(text)
        if spans == []:
            return
        if callable(pattern):
            pattern = pattern()
        if spans is None:
            yield from pattern.finditer(text)
            return
        for start, stop, limit in self._windows(text, spans):
            for m in pattern.finditer(text, start, stop):
                if m.start() >= limit:
                    break
                yield m

    def searcher(self, pattern: re.Pattern, text: str) -> Callable[[int], re.Match | None]:
        """A function giving the first match of `pattern` in `text` that starts at `pos` or
        after (`pattern.search(text, pos)`), searching only the stretches that can hold one."""
        spans = self.spans(text)
        if spans is None:
            return lambda pos: pattern.search(text, pos)
        windows = self._windows(text, spans)
        limits = [limit for _, _, limit in windows]

        def search(pos: int) -> re.Match | None:
            for start, stop, limit in windows[bisect.bisect_right(limits, pos) :]:  # (those that end after pos)
                m = pattern.search(text, max(start, pos), stop)
                if m is not None and m.start() < limit:
                    return m
            return None

        return search

    def _windows(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """For each stretch (start, end): where its search starts and stops (as far as a try
        before `end` may look), and the place its matches start before. That is its end, which
        no match holding its words reaches (a match starts at most `before` characters after a
        word, and spans at least one character); but a stretch cut at the text's end keeps a
        match that stands there, empty (a look-behind alone, (?<=竣工)|…), as re finds it."""
        length = len(text)
        return [(start, min(length, end + self.reach + 1), end if end < length else length + 1)
                for start, end in spans]


def word_places(text: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None,
                most: int | None = None) -> dict[int, int] | None:
    """Where one of `words` begins in text[lo:hi] -> where the shortest word there ends; None
    past `most` places. Many words are looked for in one pass (a choice of them compiled,
    shortest first: what it finds at each place is the shortest word there), a few by str.find."""
    hi = len(text) if hi is None else hi
    most = len(text) if most is None else most
    starts: dict[int, int] = {}
    if len(words) > _FEW_WORDS:
        search = _alternation(words).search
        m = search(text, lo, hi)
        while m is not None:
            at = m.start()
            starts[at] = m.end()
            if len(starts) > most:
                return None
            m = search(text, at + 1, hi)
        return starts
    for word in words:
        at = text.find(word, lo, hi)
        while at >= 0:
            starts[at] = min(starts.get(at, hi), at + len(word))
            if len(starts) > most:
                return None
            at = text.find(word, at + 1, hi)
    return starts


_FEW_WORDS = 6  # a choice of more words than this is looked for by one regex, not word by word


@lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    return regex_cache.compile(choice_of_words(sorted(words, key=len)))


def choice_of_words(words) -> str:
    """A regex for a choice of the plain `words` that matches as their escaped forms joined by |
    in this order do, the words grouped by their first character in order of first appearance
    (中(?:国|华)|农业): re tries the choices at a place one by one, and only the words that open
    with the character there can match, in the order they came. Fewer choices to try at each place."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        if first == "" or len(rests) == 1:
            parts += [re.escape(first + rest) for rest in rests]
        else:
            parts.append(f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})")
    return "|".join(parts)


def _merged(spans) -> list[list[int]]:
    """Stretches [start, end], ordered by start, with those that overlap or touch made one."""
    out: list[list[int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def _meet(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    """Where the stretches of `a` and of `b` meet (each ordered and apart)."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start <= end:
            out.append([start, end])
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


MAX_PREFILTER_WIDTH = 200  # characters: a pattern that may match more is searched whole


@lru_cache(maxsize=1024)
def prefilter(regex: str) -> Prefilter | None:
    """The words every match of `regex` holds and the most characters it spans, or None."""
    if _parser is None:  # (another Python's re: search the whole text)
        return None
    try:
        parsed = _parser.parse(regex)
        width = parsed.getwidth()[1]
        if parsed.state.flags & _sre.SRE_FLAG_IGNORECASE or not 0 < width <= MAX_PREFILTER_WIDTH:
            return None
        needs = _needed_words(parsed.data, 0, width)
        reach = width + _looking_ahead(parsed.data)
        compiled_as = first_char_first(regex)  # (most patterns are compiled as written: parsed once)
        skips = _opens_with_a_character((parsed if compiled_as == regex else _parser.parse(compiled_as)).data)
    except Exception:  # noqa: BLE001 - whatever re's private parse gives (or a later Python's shape of it) that this cannot read: search the whole text
        return None
    kept: dict[tuple[str, ...], tuple[int, int]] = {}  # (a choice held twice: where it is nearest)
    for words, before, after in needs:
        if words not in kept or before + after < sum(kept[words]):
            kept[words] = (before, after)
    choices = sorted(kept, key=_rarest, reverse=True)
    return Prefilter(tuple(choices), width, reach, tuple(kept[c] for c in choices), skips) \
        if choices and reach <= MAX_PREFILTER_WIDTH else None


def _opens_with_a_character(items) -> bool:
    """Whether a match of `items` opens with one fixed character (“…, (?P<name>新…)), as the
    pattern is compiled (`first_char_first`)."""
    while items and items[0][0] is _sre.SUBPATTERN:
        items = items[0][1][-1].data
    return bool(items) and items[0][0] is _sre.LITERAL


@lru_cache(maxsize=256)
def held_words(regex: str) -> tuple[tuple[str, ...], ...]:
    """Choices of words of which every match of `regex` spans or looks ahead at one (not one it
    looks behind at), the likeliest to be rare first; () where the parse cannot tell. A search
    that ends at a place (endpos) finds no match where no such word lies whole before it."""
    if _parser is None:
        return ()
    try:
        parsed = _parser.parse(regex)
        if parsed.state.flags & _sre.SRE_FLAG_IGNORECASE:
            return ()
        needs = _needed_words(parsed.data, 0, 0)
    except Exception:  # noqa: BLE001 - as in `prefilter`: a parse this cannot read says nothing
        return ()
    choices = dict.fromkeys(words for words, before, _ in needs if before == 0)
    return tuple(sorted(choices, key=_rarest, reverse=True))


# --- what else the parse tells -----------------------------------------------------

_GROUP_REFERENCE = regex_cache.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def refers_to_a_group(regex: str) -> bool:
    """Whether `regex` refers to a group by number or name (\\1, (?P=x), (?(1)…)): joined with
    other regexes, or cut into parts, it would refer to another group."""
    return bool(_GROUP_REFERENCE.search(regex))


def opens_at_start(regex: str) -> bool:
    """Whether every match of `regex` opens at the start of the text (^, without MULTILINE);
    False where the parse cannot tell."""
    try:
        parsed = _parser.parse(regex)
        return not parsed.state.flags & _sre.SRE_FLAG_MULTILINE and parsed.data[0] == (_sre.AT, _sre.AT_BEGINNING)
    except Exception:  # noqa: BLE001 - (a parse this cannot read, or none: not known to)
        return False


def least_width(regex: str) -> int | None:
    """The fewest characters a match of `regex` spans (0: it may match empty); None where the
    parse cannot tell."""
    try:
        return _parser.parse(regex).getwidth()[0]
    except Exception:  # noqa: BLE001 - (a parse this cannot read, or none)
        return None


class _CannotTell(Exception):
    pass


def _needed_words(items, before: int, after: int) -> list[tuple[tuple[str, ...], int, int]]:
    """Choices of words (each a tuple) of which a match of the sequence `items` holds one,
    each with how far before and after the match's start its words stand (`before`, `after`
    for the words `items` spans; a look-ahead reads further right, a look-behind further left)."""
    out, run = [], []

    def flush():
        if run:
            out.append((("".join(run),), before, after))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _sre.SUBPATTERN:
            group, add_flags, _, body = av
            if add_flags & _sre.SRE_FLAG_IGNORECASE:
                raise _CannotTell
            out += _needed_words(body.data, before, after)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            out += _needed_words(av[2].data, before, after)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            out += _needed_words(av.data, before, after)
        elif op is _sre.BRANCH:
            each = [_needed_words(b.data, before, after) for b in av[1]]
            # (a choice every alternative holds is needed as it is: 期 of (?<=期)|、…期)
            shared = set.intersection(*({words for words, _, _ in needs} for needs in each)) if each else set()
            common = max(sorted(shared), key=_rarest) if shared else None
            best = [max((n for n in needs if common is None or n[0] == common), key=_rarest_need, default=None)
                    for needs in each]
            if all(best):
                out.append((tuple(sorted({w for words, _, _ in best for w in words})),
                            max(b[1] for b in best), max(b[2] for b in best)))
        elif op is _sre.ASSERT:  # (a look-ahead or look-behind that must hold: its words are needed too)
            direction, body = av
            most = body.getwidth()[1]
            if most <= MAX_PREFILTER_WIDTH:
                out += _needed_words(body.data, before, after + most) if direction == 1 else \
                    _needed_words(body.data, before + most, after)
    flush()
    return out


def _looking_ahead(items) -> int:
    """An upper bound of how far the look-arounds of `items` read beyond what it matches: the
    reach of each, added up (a look-behind's own look-aheads included)."""
    reach = 0
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            body = av[1]
            reach += body.getwidth()[1] + _looking_ahead(body.data)
        elif op is _sre.SUBPATTERN:
            reach += _looking_ahead(av[-1].data)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            reach += _looking_ahead(av[2].data)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            reach += _looking_ahead(av.data)
        elif op is _sre.BRANCH:
            reach += max((_looking_ahead(b.data) for b in av[1]), default=0)
        elif op is _sre.GROUPREF_EXISTS:
            reach += sum(_looking_ahead(b.data) for b in av[1:] if b is not None)
    if reach > MAX_PREFILTER_WIDTH:
        raise _CannotTell
    return reach


def _rarest_need(need: tuple[tuple[str, ...], int, int]) -> tuple[int, int]:
    return _rarest(need[0])


def _rarest(words: tuple[str, ...]) -> tuple[int, int]:
    """How selective a choice of words is likely to be: its shortest word long, few words."""
    return min(map(len, words)), -len(words)
