"""rulebook: every rule file of kg/rules/ read into typed records.

A rule file is TOML. Its shape is declared by a dataclass, its *record*: each
key the file may hold is a field, with its type and, when the key may be left
out, its default. `load` reads a file into its record and refuses what the
record does not know, naming the file, the line and the key::

    kg/rules/park.toml:52: unknown key "folow" in [[suffix]] 3 (park.market); did you mean "follow"?

A field typed `Regex` is one regular expression, written either as a string
or, when long, as a list read one piece a line: the pieces are joined in
order, and a list inside the list is a choice between its items, joined as
`(?:a|b|c)`::

    regex = [
      '(?<!评为)“(?P<name>[^“”]{2,22})”',
      '(?!', ["问题", "经费", "品牌"], ')',   # = (?!(?:问题|经费|品牌))
    ]

The records of the rules that find names (suffix, pattern and list rules, and
the family that holds them) are declared here; every other stage declares the
record of its own file beside the code that reads it.
"""
from __future__ import annotations

import hashlib
import json
import platform
import re
import types
from dataclasses import MISSING, dataclass, fields, is_dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, NewType, TypeVar, Union, get_args, get_origin, get_type_hints

from kg.errors import KgError

Regex = NewType("Regex", str)
# the id of another rule of the same file (seed_rules = ["enterprise.legal-suffix"]): checked
# against the ids the file declares, so that a misspelt one is named, not silently unmatched
RuleRef = NewType("RuleRef", str)
T = TypeVar("T")


class RuleError(KgError):
    """A rule file that cannot be used, with its file and line."""

    def __init__(self, file: Path | str, line: int, message: str):
        self.file, self.line = str(file), line
        super().__init__(f"{_shown(file)}:{line}: {message}")


def _shown(file: Path | str) -> str:
    """The file as a user finds it: relative to the working folder when it lies inside it."""
    try:
        return str(Path(file).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(file)


def rule_file(name: str) -> Path:
    """The packaged rule file `kg/rules/<name>.toml`."""
    return Path(str(resources.files("kg").joinpath(f"rules/{name}.toml")))


def load(name: str, record: type[T], path: Path | str | None = None) -> T:
    """The rule file `name` (or the file at `path`, e.g. a user's own) read into `record`."""
    path = Path(path) if path is not None else rule_file(name)
    text = path.read_text(encoding="utf-8")
    data = _parsed(path, text)
    reader = _Reader(path, text, data)
    rules = reader.build(record, data, ())
    reader.check_references()
    _remember_valid_regexes()
    return rules


# --- reading TOML once ------------------------------------------------------------
#
# tomllib is written in Python: the rule files took it some 15 ms at every start, a tenth of
# that as JSON. So what a file's text parses into is kept in the user's cache folder as JSON,
# one file per rule file, beside the SHA-1 digest of the text it came from and keyed by
# Python's version (whose tomllib parsed it): a text that differs is parsed again.


def _parsed(path: Path, text: str) -> dict:
    """tomllib.loads(text), or what it gave when this very text was last read."""
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    kept = _parsed_file(path)
    try:
        cached = json.loads(kept.read_text(encoding="utf-8"))
        if cached["digest"] == digest:
            return cached["data"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    import tomllib  # (only for a text not read before)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        where = re.search(r"line (\d+)", str(err))
        raise RuleError(path, int(where.group(1)) if where else 1, f"not valid TOML: {err}") from None
    try:
        blob = json.dumps({"digest": digest, "data": data}, ensure_ascii=False)
    except TypeError:  # a date, which JSON has not: such a file is read anew each time
        return data
    if json.loads(blob)["data"] == data:
        _write_atomically(kept, blob)
    return data


def _parsed_file(path: Path) -> Path:
    """Where the parse of the rule file `path` is kept: one file per rule file's name (a
    file read from elsewhere under the same name takes its place, so the folder holds at
    most one per name)."""
    from kg.lexicon import cache_dir

    return cache_dir() / f"rules-{path.stem}-{platform.python_implementation()}-{platform.python_version()}.json"


def _write_atomically(path: Path, text: str, encoding: str = "utf-8") -> bool:
    """`text` into `path`, whole or not at all; False where the folder cannot be written
    (which is no error: the cache is only a saving)."""
    from kg.output import atomic_file

    try:
        with atomic_file(path, encoding) as f:
            f.write(text)
        return True
    except OSError:
        return False


# --- checking regexes ---------------------------------------------------------
#
# Every regex of a rule file is compiled when the file is read, so that a mistake is named
# with its file and line. Compiling is the costly part of reading the rules (Python's re
# compiles each class of Chinese characters, [\u4e00-\u9fff], by walking its 21,000 code
# points): half of the regexes are pieces of larger ones, or rules a document never needs.
# So the regexes that compiled once are remembered, as SHA-1 digests of their text, in the
# user's cache folder, keyed by Python's version (whose re decides what is valid): a regex
# remembered is known valid and not compiled again until it is used. Nothing compiled is
# kept, only the fact that the text compiles.


def regex_problem(regex: str) -> str | None:
    """Why `regex` does not compile (re's message), or None if it does."""
    digest = hashlib.sha1(regex.encode("utf-8", "surrogatepass")).hexdigest()
    known = _valid_regexes()
    if digest in known:
        return None
    try:
        re.compile(regex)
    except re.error as err:
        return str(err)
    known.add(digest)
    return None


def _valid_regexes_file() -> Path:
    from kg.lexicon import cache_dir

    return cache_dir() / f"valid-regexes-{platform.python_implementation()}-{platform.python_version()}.txt"


@lru_cache(maxsize=1)
def _valid_regexes() -> set[str]:
    try:
        known = set(_valid_regexes_file().read_text(encoding="ascii").split())
    except (OSError, ValueError):
        known = set()
    _remembered.update(known)
    return known


_remembered: set[str] = set()  # what the file held when last read or written


def _remember_valid_regexes() -> None:
    """Write the digests of the regexes known valid, if any are new (atomically: a reader
    sees the old list or the new one; a folder that cannot be written is no error)."""
    known = _valid_regexes()
    if known <= _remembered:
        return
    if _write_atomically(_valid_regexes_file(), "\n".join(sorted(known)) + "\n", encoding="ascii"):
        _remembered.update(known)


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
_LEADING = re.compile(
    rf"(?P<behinds>(?:{_BEHIND})+)(?P<group>\(\?P<name>)?"
    r"(?P<first>\[\^?(?!\])(?:[^\]\\]|\\.)*\]|[^\\()\[\].*+?{}|^$#\s])"
    r"(?:(?P<count>\+|\{(?P<least>[1-9]\d*)(?:(?P<comma>,)(?P<most>\d*))?\})(?P<lazy>\?)?)?(?![+*?{])")
_ONE_BEHIND = re.compile(r"\(\?<(?P<kind>[!=])(?P<body>(?:[^()\\\[]|\\.|\[\^?(?!\])(?:[^\]\\]|\\.)*\])+)\)")


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
        for start, end in spans:
            for m in pattern.finditer(text, start, min(len(text), end + self.reach + 1)):
                if m.start() >= end:
                    break
                yield m


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
    return re.compile(choice_of_words(sorted(words, key=len)))


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
    try:
        from re import _constants as sre, _parser
    except ImportError:  # (another Python's re: search the whole text)
        return None
    try:
        parsed = _parser.parse(regex)
        width = parsed.getwidth()[1]
        if parsed.state.flags & sre.SRE_FLAG_IGNORECASE or not 0 < width <= MAX_PREFILTER_WIDTH:
            return None
        needs = _needed_words(parsed.data, sre, 0, width)
        reach = width + _looking_ahead(parsed.data, sre)
        skips = _opens_with_a_character(_parser.parse(first_char_first(regex)).data, sre)
    except Exception:  # noqa: BLE001 - whatever re's private parse gives (or a later Python's shape of it) that this cannot read: search the whole text
        return None
    kept: dict[tuple[str, ...], tuple[int, int]] = {}  # (a choice held twice: where it is nearest)
    for words, before, after in needs:
        if words not in kept or before + after < sum(kept[words]):
            kept[words] = (before, after)
    choices = sorted(kept, key=_rarest, reverse=True)
    return Prefilter(tuple(choices), width, reach, tuple(kept[c] for c in choices), skips) \
        if choices and reach <= MAX_PREFILTER_WIDTH else None


def _opens_with_a_character(items, sre) -> bool:
    """Whether a match of `items` opens with one fixed character (“…, (?P<name>新…)), as the
    pattern is compiled (`first_char_first`)."""
    while items and items[0][0] is sre.SUBPATTERN:
        items = items[0][1][-1].data
    return bool(items) and items[0][0] is sre.LITERAL


@lru_cache(maxsize=256)
def held_words(regex: str) -> tuple[tuple[str, ...], ...]:
    """Choices of words of which every match of `regex` spans or looks ahead at one (not one it
    looks behind at), the likeliest to be rare first; () where the parse cannot tell. A search
    that ends at a place (endpos) finds no match where no such word lies whole before it."""
    try:
        from re import _constants as sre, _parser
    except ImportError:
        return ()
    try:
        parsed = _parser.parse(regex)
        if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
            return ()
        needs = _needed_words(parsed.data, sre, 0, 0)
    except Exception:  # noqa: BLE001 - as in `prefilter`: a parse this cannot read says nothing
        return ()
    choices = dict.fromkeys(words for words, before, _ in needs if before == 0)
    return tuple(sorted(choices, key=_rarest, reverse=True))


class _CannotTell(Exception):
    pass


def _needed_words(items, sre, before: int, after: int) -> list[tuple[tuple[str, ...], int, int]]:
    """Choices of words (each a tuple) of which a match of the sequence `items` holds one,
    each with how far before and after the match's start its words stand (`before`, `after`
    for the words `items` spans; a look-ahead reads further right, a look-behind further left)."""
    out, run = [], []

    def flush():
        if run:
            out.append((("".join(run),), before, after))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is sre.SUBPATTERN:
            group, add_flags, _, body = av
            if add_flags & sre.SRE_FLAG_IGNORECASE:
                raise _CannotTell
            out += _needed_words(body.data, sre, before, after)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            out += _needed_words(av[2].data, sre, before, after)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            out += _needed_words(av.data, sre, before, after)
        elif op is sre.BRANCH:
            each = [_needed_words(b.data, sre, before, after) for b in av[1]]
            # (a choice every alternative holds is needed as it is: 期 of (?<=期)|、…期)
            shared = set.intersection(*({words for words, _, _ in needs} for needs in each)) if each else set()
            common = max(sorted(shared), key=_rarest) if shared else None
            best = [max((n for n in needs if common is None or n[0] == common), key=_rarest_need, default=None)
                    for needs in each]
            if all(best):
                out.append((tuple(sorted({w for words, _, _ in best for w in words})),
                            max(b[1] for b in best), max(b[2] for b in best)))
        elif op is sre.ASSERT:  # (a look-ahead or look-behind that must hold: its words are needed too)
            direction, body = av
            most = body.getwidth()[1]
            if most <= MAX_PREFILTER_WIDTH:
                out += _needed_words(body.data, sre, before, after + most) if direction == 1 else \
                    _needed_words(body.data, sre, before + most, after)
    flush()
    return out


def _looking_ahead(items, sre) -> int:
    """An upper bound of how far the look-arounds of `items` read beyond what it matches: the
    reach of each, added up (a look-behind's own look-aheads included)."""
    reach = 0
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            body = av[1]
            reach += body.getwidth()[1] + _looking_ahead(body.data, sre)
        elif op is sre.SUBPATTERN:
            reach += _looking_ahead(av[-1].data, sre)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            reach += _looking_ahead(av[2].data, sre)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            reach += _looking_ahead(av.data, sre)
        elif op is sre.BRANCH:
            reach += max((_looking_ahead(b.data, sre) for b in av[1]), default=0)
        elif op is sre.GROUPREF_EXISTS:
            reach += sum(_looking_ahead(b.data, sre) for b in av[1:] if b is not None)
    if reach > MAX_PREFILTER_WIDTH:
        raise _CannotTell
    return reach


def _rarest_need(need: tuple[tuple[str, ...], int, int]) -> tuple[int, int]:
    return _rarest(need[0])


def _rarest(words: tuple[str, ...]) -> tuple[int, int]:
    """How selective a choice of words is likely to be: its shortest word long, few words."""
    return min(map(len, words)), -len(words)


def join_regex(value: str | list, choice: bool = False) -> str:
    """A regex written as a list: pieces in order; a list inside is a choice, (?:a|b|c)."""
    if isinstance(value, str):
        return value
    parts = [join_regex(v, not choice) for v in value]
    return f"(?:{'|'.join(parts)})" if choice else "".join(parts)


# --- the records of the rules that find names --------------------------------


@dataclass(frozen=True, kw_only=True)
class NameRule:
    """What a name found by any rule must be: its length, and the part before the
    kind word (its *core*: 晋鑫 of 晋鑫钢铁) when the rule has one."""

    id: str = ""
    confidence: float = 0.7
    min_length: int = 2
    max_length: int = 30
    min_core: int = 2
    max_core: int = 30
    # a regex the name must contain (strategy.programme-works: 文化|教育|…)
    core_requires: Regex | None = None
    # the core may not be an everyday word (by jieba's frequencies, `generic_core_freq`)
    generic_core: bool = True
    # the core may not be a place name alone (湖南行动)
    core_not_place: bool = False
    # the core is a coined brand: none of its words seen this often by jieba (0: not asked) ...
    core_not_in_dictionary: int = 0
    # ... but a word jieba tags with one of `core_proper_tags` (a proper name: 恒瑞 nz) is
    # coined too when seen fewer than `core_proper_freq` times
    core_proper_tags: frozenset[str] = frozenset()
    core_proper_freq: int = 0
    # the core may not be one dictionary word jieba tags with one of these (洽谈|项目: a verb's
    # object, what is done to works, names none)
    core_not_tags: frozenset[str] = frozenset()
    # what must (`precede`) or must not (`not_precede`) stand right before the name
    precede: Regex | None = None
    not_precede: Regex | None = None
    # the family's `reject` and `reject_patterns` apply (false: the rule's frame alone makes the
    # name certain, as a quoted list of aims named as the county's goal)
    family_rejects: bool = True


ANY_NAME = NameRule()


@dataclass(frozen=True, kw_only=True)
class SuffixRule(NameRule):
    """A name ending in one of `suffixes`, its start found by walking jieba tokens leftwards."""

    id: str
    suffixes: tuple[str, ...]
    max_length: int = 20
    # what must come right after the name (an actor's verb …) / what turns the suffix into a modifier
    follow: Regex | None = None
    not_follow: Regex | None = None
    # boundary words, or the rule's own suffixes, that belong inside its names (全民阅读促进计划, X高速出口连接线)
    inside_words: frozenset[str] = frozenset()
    # soft verbs (建设, 改造) may stand inside names; unset: the family's setting
    verbs_inside_names: bool | None = None
    # after a verb that makes it an actor (依托X机床), the brand may be a rarer word …
    actor_context: Regex | None = None
    actor_core_not_in_dictionary: int = 0
    # … and before what only a company does (X钢铁破产重组), even an everyday word
    event_follow: Regex | None = None
    event_core_not_in_dictionary: int = 0
    # … and before a count of the firms it heads (X水泥等38家企业), a word jieba saw fewer times than this
    firms_follow: Regex | None = None
    firms_core_not_in_dictionary: int = 0
    # … and before the phase of its works (X新能源一期), a proper name jieba saw fewer times than this
    proper_follow: Regex | None = None
    proper_follow_freq: int = 0
    # … and after a descriptor of its standing (龙头企业|X乳业), a word jieba saw fewer times than this
    descriptor_context: Regex | None = None
    descriptor_core_not_in_dictionary: int = 0

    @cached_property
    def longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.suffixes, key=len, reverse=True))

    @cached_property
    def name_ends(self) -> frozenset[str]:
        """The suffixes that end a name walked leftwards over: all but those the rule allows
        inside its names (X高速出口|连接线)."""
        return frozenset(self.longest_first) - self.inside_words

    @cached_property
    def finder(self) -> re.Pattern:
        alternation = choice_of_words(self.longest_first)
        return re.compile(f"(?:{alternation})" + (f"(?={self.follow})" if self.follow else "")
                          + (f"(?!{self.not_follow})" if self.not_follow else ""))


@dataclass(frozen=True, kw_only=True)
class PatternRule(NameRule):
    """A regular expression whose group `name` is the name."""

    id: str
    regex: Regex
    # a word every match holds: a document without it is not searched
    needs: str | None = None
    # keep the name's first word, which the trim of leading verbs would drop
    whole: bool = False
    # a match jieba tags with this part of speech (i: an idiom) is no name
    idiom_tag: str | None = None

    @cached_property
    def finder(self) -> re.Pattern:
        return re.compile(first_char_first(self.regex))

    @cached_property
    def sieve(self) -> Prefilter | None:
        return prefilter(self.regex)

    def finditer(self, text: str):
        """The matches of `finder` in `text`, searched only around the words each must hold
        (and compiled only for a text that holds them: a short report needs half the rules)."""
        sieve = self.sieve
        return sieve.finditer(lambda: self.finder, text) if sieve is not None else self.finder.finditer(text)


@dataclass(frozen=True, kw_only=True)
class ListRule:
    """Items of `A、B、C等<kind>`, each a name of the family (without the shared word)."""

    id: str
    confidence: float
    min_item: int
    max_item: int
    # what every such list holds: only clauses holding it are searched
    needs: Regex
    # group `items`: the items joined by 、
    regex: Regex


@dataclass(frozen=True, kw_only=True)
class Family:
    """A family's rule file (kg/rules/<family>.toml): the type it finds and its rules."""

    type: str
    # a core jieba has seen this often is an everyday word, too generic for a name (0: not asked)
    generic_core_freq: int = 0
    # soft verbs (建设, 改造) may stand inside names (排水管网改造项目)
    verbs_inside_names: bool = False
    # words that end a name, besides the shared ones of kg/rules/boundary.toml
    boundary: tuple[str, ...] = ()
    # names that are never names, and patterns of them
    reject: frozenset[str] = frozenset()
    reject_patterns: tuple[Regex, ...] = ()
    suffix: tuple[SuffixRule, ...] = ()
    pattern: tuple[PatternRule, ...] = ()


# --- reading ------------------------------------------------------------------


class _Reader:
    """Builds records from one file's data, and names the line of what it refuses."""

    def __init__(self, path: Path, text: str, data: dict):
        self.path, self.text, self.data = path, text, data
        self._lines: dict[tuple, int] | None = None
        self.references: list[tuple[tuple, str]] = []  # (where, the rule id it names)

    def build(self, record: type[T], data: Any, path: tuple) -> T:
        if not isinstance(data, dict):
            self.fail(path, f"{self.describe(path)} should be a table, not {_kind(data)}")
        known = {f.name: f for f in fields(record)}
        hints = _hints(record)
        for key in data:
            if key not in known:
                import difflib

                close = difflib.get_close_matches(key, known, n=1)
                hint = f'; did you mean "{close[0]}"?' if close else f"; known keys: {', '.join(known)}"
                self.fail(path + (key,), f'unknown key "{key}" in {self.describe(path)}{hint}')
        values = {}
        for f in known.values():
            if f.name in data:
                values[f.name] = self.convert(hints[f.name], data[f.name], path + (f.name,))
            elif f.default is MISSING and f.default_factory is MISSING:
                self.fail(path, f'{self.describe(path)} lacks the key "{f.name}"')
        return record(**values)

    def convert(self, tp: Any, value: Any, path: tuple) -> Any:
        origin, args = get_origin(tp), get_args(tp)
        if origin in (Union, types.UnionType):
            return self.convert(next(a for a in args if a is not type(None)), value, path)
        if tp is RuleRef:
            self.expect(str, value, path)
            self.references.append((path, value))
            return value
        if tp is Regex:
            if not isinstance(value, (str, list)) or not _regex_parts(value):
                self.fail(path, f'"{path[-1]}" should be a regex (a string or a list of pieces), not {_kind(value)}')
            regex = join_regex(value)
            problem = regex_problem(regex)
            if problem:
                self.fail(path, f'"{path[-1]}" is not a valid regex: {problem}')
            return regex
        if is_dataclass(tp):
            return self.build(tp, value, path)
        if origin is tuple:
            self.expect(list, value, path)
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple(self.convert(args[0], v, path + (i,)) for i, v in enumerate(value))
            if len(value) != len(args):
                self.fail(path, f'"{_name(path)}" should have {len(args)} items, not {len(value)}')
            return tuple(self.convert(a, v, path + (i,)) for i, (a, v) in enumerate(zip(args, value)))
        if origin is frozenset:
            self.expect(list, value, path)
            return frozenset(self.convert(args[0], v, path + (i,)) for i, v in enumerate(value))
        if origin is dict:
            self.expect(dict, value, path)
            return {k: self.convert(args[1], v, path + (k,)) for k, v in value.items()}
        if tp is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.fail(path, f'"{_name(path)}" should be a number, not {_kind(value)}')
            return value  # (as written: 1 stays 1)
        if tp in (str, int, bool):
            self.expect(tp, value, path)
            return value
        return value  # Any

    def check_references(self) -> None:
        """Every RuleRef names a rule the file declares (an `id` of one of its tables)."""
        declared = set(_ids(self.data))
        for path, value in self.references:
            if value not in declared:
                import difflib

                close = difflib.get_close_matches(value, declared, n=1)
                hint = f'; did you mean "{close[0]}"?' if close else ""
                self.fail(path, f'"{_name(path)}" names the rule "{value}", which this file does not declare{hint}')

    def expect(self, tp: type, value: Any, path: tuple) -> None:
        if not isinstance(value, tp) or tp is int and isinstance(value, bool):
            self.fail(path, f'"{_name(path)}" should be {_TYPE_NAMES[tp]}, not {_kind(value)}')

    def fail(self, path: tuple, message: str):
        raise RuleError(self.path, self.line(path), message)

    def line(self, path: tuple) -> int:
        """The line of the key at `path`, else of the nearest table or key that holds it."""
        if self._lines is None:
            self._lines = key_lines(self.text)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return 1

    def describe(self, path: tuple) -> str:
        """How a reader finds the table: [a.b], [[suffix]] 3 (its id), or the top of the file."""
        if not path:
            return "the top table"
        names = [p for p in path if isinstance(p, str)]
        if isinstance(path[-1], int):
            node = self.data
            for p in path:
                node = node[p]
            rule_id = node.get("id") if isinstance(node, dict) else None
            return f"[[{'.'.join(names)}]] {path[-1] + 1}" + (f" ({rule_id})" if rule_id else "")
        return f"[{'.'.join(names)}]"


def _ids(data: Any):
    """The `id` of every table in `data`, however deep."""
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            yield data["id"]
        for value in data.values():
            yield from _ids(value)
    elif isinstance(data, list):
        for value in data:
            yield from _ids(value)


def _regex_parts(value) -> bool:
    return isinstance(value, str) or isinstance(value, list) and all(_regex_parts(v) for v in value)


_TYPE_NAMES = {str: "a string", int: "a whole number", bool: "true or false", list: "a list", dict: "a table"}


def _kind(value: Any) -> str:
    return {str: "a string", int: "a number", float: "a number", bool: "true/false", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def _name(path: tuple) -> str:
    return ".".join(str(p) for p in path[-2:]) if isinstance(path[-1], int) else str(path[-1])


_hint_cache: dict[type, dict] = {}


def _hints(record: type) -> dict:
    if record not in _hint_cache:
        _hint_cache[record] = get_type_hints(record)
    return _hint_cache[record]


# --- where a key is written ---------------------------------------------------

_KEY = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_HEADER = re.compile(rf"\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(rf"\s*({_DOTTED})\s*=")


def key_lines(text: str) -> dict[tuple, int]:
    """The line (from 1) of every table header and of every key a table sets, by path:
    ("suffix", 2, "follow") is the key `follow` of the third [[suffix]].

    tomllib keeps no line numbers, so the text is scanned again: header and key
    lines are read where no value is open (a multi-line list or string)."""
    lines: dict[tuple, int] = {}
    arrays: dict[tuple, int] = {}  # an array of tables -> how many elements so far
    table: tuple = ()
    depth, closing = 0, None  # brackets open in a value; the quotes that close an open multi-line string
    for n, line in enumerate(text.splitlines(), 1):
        i = 0
        if closing:
            end = line.find(closing)
            if end < 0:
                continue
            i, closing = end + 3, None
        elif depth == 0:
            header = _HEADER.match(line)
            if header:
                parts = _key_parts(header.group(2))
                if header.group(1) == "[[":
                    array = _resolve(parts[:-1], arrays) + (parts[-1],)
                    arrays[array] = arrays.get(array, 0) + 1
                    table = array + (arrays[array] - 1,)
                else:
                    table = _resolve(parts, arrays)
                lines.setdefault(table, n)
                continue
            key = _KEY_LINE.match(line)
            if key:
                lines.setdefault(table + tuple(_key_parts(key.group(1))), n)
                i = key.end()
        depth, closing = _scan(line, i, depth)
    return lines


def _key_parts(dotted: str) -> list[str]:
    return [json.loads(p) if p[0] == '"' else p.strip("'") for p in re.findall(_KEY, dotted)]


def _resolve(parts: list[str], arrays: dict[tuple, int]) -> tuple:
    """The path of a table header: a name that is an array of tables means its last element."""
    path: tuple = ()
    for part in parts:
        path += (part,)
        if path in arrays:
            path += (arrays[path] - 1,)
    return path


def _scan(line: str, i: int, depth: int) -> tuple[int, str | None]:
    """Brackets opened and closed in a value from `i` on, past strings and comments."""
    while i < len(line):
        c = line[i]
        if c == "#":
            break
        if line.startswith('"""', i) or line.startswith("'''", i):
            end = line.find(line[i : i + 3], i + 3)
            if end < 0:
                return depth, line[i : i + 3]
            i = end + 3
            continue
        if c == '"':
            i += 1
            while i < len(line) and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
        elif c == "'":
            end = line.find("'", i + 1)
            i = end if end >= 0 else len(line)
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
        i += 1
    return depth, None
