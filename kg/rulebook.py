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
record of its own file beside the code that reads it. (How their regexes are searched fast,
the words a match must hold, is kg.regex_words.)
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
from typing import Any, NewType, TypeVar, Union, get_args, get_origin, get_type_hints

from kg import regex_cache
from kg.errors import KgError
from kg.regex_words import Prefilter, choice_of_words, first_char_first, prefilter

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


def parsed(name: str) -> dict:
    """The packaged rule file `name` as its TOML parses, unvalidated, through the same parse cache as
    `load`: for a stage that reads a few plain words of a later stage's file without importing it."""
    path = rule_file(name)
    return _parsed(path, path.read_text(encoding="utf-8"))


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
    # a core that is a province's or a prefecture's name alone (温州|经开区, 重庆市|高新区) is no everyday
    # word, however often jieba has seen it (`generic_core` does not refuse it); a county-level name
    # that is an everyday word too (城区, 郊区, 矿区) is not read so
    place_core_proper: bool = False
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
    # how many characters before the name `not_precede` reads (a count may reach a work across a
    # qualifier of its own: 12个总投资8亿元的|X项目)
    not_precede_window: int = 8
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
        return regex_cache.compile(f"(?:{alternation})" + (f"(?={self.follow})" if self.follow else "")
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
        return regex_cache.compile(first_char_first(self.regex))

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
_HEADER = regex_cache.compile(rf"\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = regex_cache.compile(rf"\s*({_DOTTED})\s*=")


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
