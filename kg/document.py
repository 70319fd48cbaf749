"""The objects that flow through the pipeline.

A `Document` is created by `kg.read` and then enriched in place by each
stage (normalize -> segment -> recognize -> link -> relate), the way a spaCy
`Doc` is. Offsets in `Mention` and `Fact` are into `Document.text` (the
normalized text); `Document.to_original` maps them back to the original file.
"""
from __future__ import annotations

import base64
import binascii
import copy
import json
import re
import sys
import zlib
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, compress
from pathlib import Path

ENTITY_TYPES = ("County", "Enterprise", "Project", "Park", "Strategy")
RELATION_TYPES = (
    "undertakenBy",
    "locatedInPark",
    "locatedIn",
    "implements",
    "partOf",
    "investment",
)


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of the normalized text."""

    start: int
    end: int


@dataclass
class Mention:
    """One occurrence of a named thing in the text.

    `text` is the entity's surface form after the guideline clean-up (no
    quotes, no leading verb); `start`/`end` bound that form in `Document.text`.
    `key` is filled by the link stage and names the entity the mention refers
    to; equal keys mean the same entity, within and across documents.
    """

    type: str
    text: str
    start: int
    end: int
    rule: str
    confidence: float
    sentence: int = -1
    key: str | None = None
    attrs: dict = field(default_factory=dict)


@dataclass
class Fact:
    """A relation stated by one sentence.

    `subject` and `object` are entity keys (see `Mention.key`); `object` is
    None for literal-valued facts (`investment`, `capacity`), whose value is in
    `value`. `start`/`end` bound the evidence sentence in `Document.text`.
    """

    type: str
    subject: str
    object: str | None
    start: int
    end: int
    rule: str
    confidence: float
    value: Decimal | str | None = None
    attrs: dict = field(default_factory=dict)


@dataclass
class Document:
    """A source file and everything the pipeline learns about it."""

    path: Path
    raw: str
    meta: dict = field(default_factory=dict)
    text: str = ""
    # offsets[i] is the index in `raw` of the character that became text[i];
    # offsets has len(text) + 1 entries, the last one being len(raw).
    offsets: array = field(default_factory=lambda: array("l"))
    sentences: list[Sentence] = field(default_factory=list)
    # jieba tokens as (start, end) spans of `text`, set by segment: a list of pairs, or for a
    # long text a `Tokens`, read the same way (`token_list`)
    tokens: list[tuple[int, int]] | Tokens = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    # the document's id in its corpus (kg.read.document_ids: its path relative to the
    # inputs' root, without suffix); "" for a document made on its own
    name: str = ""

    @property
    def source_file(self) -> str:
        """The file's name (an undecodable byte in it shown as U+FFFD)."""
        return printable(self.path.name)

    @property
    def id(self) -> str:
        """Stable identifier: `name` in a corpus, else the file name without extension.
        The IRIs made from it are percent-encoded (kg.vocab.iri_path)."""
        return self.name or self.path.stem

    def token_edges(self) -> tuple[set[int], set[int]]:
        """The offsets where a jieba token starts, and where one ends.

        Several rules ask whether a name lies on token boundaries; the sets are
        made once per token list (a new list, as in a view of the document, gets its own).
        """
        cached = self.__dict__.get("_edges")
        if cached is None or cached[0] is not self.tokens:
            if isinstance(self.tokens, Tokens):
                cached = (self.tokens, Edges(len(self.text), (s for s, _ in self.tokens)),
                          Edges(len(self.text), (e for _, e in self.tokens)))
            else:
                cached = (self.tokens, {s for s, _ in self.tokens}, {e for _, e in self.tokens})
            self.__dict__["_edges"] = cached
        return cached[1], cached[2]

    def with_tokens_cut(self, cuts: list[tuple[int, int]]) -> "Document":
        """A view of this document (a shallow copy) whose token i is cut in two at offset `cut`,
        for each (i, cut) of `cuts` in ascending i (`split_tokens`). Its token edges, when this
        document's are made, are these with the cuts added (a copy, not made again from the tokens)."""
        view = copy.copy(self)
        view.tokens = split_tokens(self.tokens, cuts)
        cached = self.__dict__.get("_edges")
        if cached is not None and cached[0] is self.tokens:
            places = {cut for _, cut in cuts}
            view.__dict__["_edges"] = (view.tokens, _with_places(cached[1], places), _with_places(cached[2], places))
        else:
            view.__dict__.pop("_edges", None)
        return view

    def forget_tokens(self) -> None:
        """Let go of the tokens (and what was derived from them) once no stage needs them."""
        self.tokens = []
        self.__dict__.pop("_edges", None)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_edges", "_starts")}  # derived: not pickled

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the span of `raw` it came from."""
        if not self.offsets:
            return start, end
        orig_start = self.offsets[start]
        orig_end = self.offsets[end - 1] + 1 if end > start else orig_start
        return orig_start, orig_end

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing `offset`, -1 for none (a binary search of the
        sentences' starts, which are kept while the list of sentences stays the same)."""
        sentences = self.sentences
        cached = self.__dict__.get("_starts")
        if cached is None or cached[0] is not sentences or cached[1] != len(sentences):
            cached = self.__dict__["_starts"] = (sentences, len(sentences), [s.start for s in sentences])
        i = bisect_right(cached[2], offset) - 1
        return i if i >= 0 and offset < sentences[i].end else -1


def printable(text: str) -> str:
    """`text` with each lone surrogate (an undecodable byte a reader kept, as in file names)
    replaced by U+FFFD, one for one: text that any encoder and RDF literal accepts."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Entity:
    """One thing in the world, merged from all its mentions across documents."""

    key: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)


# Tokens are the largest thing a long document holds while it is recognized (a
# 10 MB text without a break has some five million): as a list of tuples they
# cost over 100 bytes each, and the sets of their edges 60 more. Above this many
# characters they are kept packed (`Tokens`, `Edges`: 16 bytes a token, one byte
# a character); below, as a list and sets, which rules read some 7 % faster.
COMPACT_TOKENS_ABOVE = 200_000


def token_list(flat, length: int):
    """Token spans from a flat sequence of integers (start, end, start, end …) for a text of
    `length` characters (`token_pairs`)."""
    it = iter(flat)
    return token_pairs(zip(it, it), length)


def token_pairs(pairs, length: int):
    """Token spans from (start, end) pairs for a text of `length` characters: a list of pairs,
    or `Tokens` for a long text."""
    return Tokens(pairs) if length > COMPACT_TOKENS_ABOVE else list(pairs)


def split_tokens(tokens, cuts: list[tuple[int, int]]):
    """`tokens` with token i cut in two at offset `cut`, for each (i, cut) of `cuts` in ascending i."""
    if isinstance(tokens, Tokens):
        return tokens.split(cuts)
    out, done = [], 0
    for i, cut in cuts:
        s, e = tokens[i]
        out.extend(tokens[done:i])
        out += [(s, cut), (cut, e)]
        done = i + 1
    out.extend(tokens[done:])
    return out


class Tokens:
    """Token spans (start, end) in one flat array of integers, read like a list of
    (start, end) pairs (index, slice, iterate, bisect)."""

    __slots__ = ("_flat",)

    def __init__(self, pairs=()):
        self._flat = array("q", chain.from_iterable(pairs))

    def __len__(self) -> int:
        return len(self._flat) // 2

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return [self[k] for k in range(start, stop, step)]
            it = iter(self._flat[2 * start : 2 * stop])
            return list(zip(it, it))
        if i < 0:
            i += len(self)
        return self._flat[2 * i], self._flat[2 * i + 1]

    def split(self, cuts: list[tuple[int, int]]) -> "Tokens":
        """These tokens with token i cut in two at offset `cut`, for each (i, cut) of `cuts`
        in ascending i."""
        out, done = Tokens(), 0
        for i, cut in cuts:
            s, e = self[i]
            out._flat.extend(self._flat[2 * done : 2 * i])
            out._flat.extend((s, cut, cut, e))
            done = i + 1
        out._flat.extend(self._flat[2 * done :])
        return out

    def __iter__(self):
        it = iter(self._flat)
        return zip(it, it)

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __repr__(self) -> str:
        return f"Tokens({list(self)!r})"


class Edges:
    """A set of offsets into a text of `length` characters (where tokens start, or end),
    one byte an offset of the text instead of a set's 60 bytes an element."""

    __slots__ = ("_marks", "_count")

    def __init__(self, length: int, offsets=()):
        self._marks = bytearray(length + 1)
        for x in offsets:
            self._marks[x] = 1
        self._count = self._marks.count(1)

    def __contains__(self, x) -> bool:
        return isinstance(x, int) and 0 <= x < len(self._marks) and self._marks[x] == 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self):
        return compress(range(len(self._marks)), self._marks)


def _with_places(edges: set[int] | Edges, places: set[int]) -> set[int] | Edges:
    """A copy of `edges` with `places` added."""
    if isinstance(edges, Edges):
        more = Edges(0)
        more._marks = bytearray(edges._marks)
        for x in places:
            more._marks[x] = 1
        more._count = more._marks.count(1)
        return more
    return edges | places


# Documents on disk (the cache, a build's spool): JSON, never pickle. A record
# holds only data, so reading one cannot run code; reading checks every field's
# type, so a record that is not one of ours is a ValueError, never a half-made
# Document. Offsets, sentences and tokens are packed as base64 of 64-bit
# little-endian integers (compact, exact); tuples, sets and Decimals in `attrs`
# and `value` are tagged so that they come back as they were.

RECORD_FORMAT = "county-kg-document/1"


def document_to_json(doc: Document) -> bytes:
    """`doc` as UTF-8 JSON (lone surrogates of undecodable input kept, escaped)."""
    record = {
        "format": RECORD_FORMAT,
        "path": _s(str(doc.path)),
        "name": _s(doc.name),
        "raw": _s(doc.raw),
        "meta": _encode(doc.meta),
        "text": _s(doc.text),
        "offsets": _pack(doc.offsets),
        "sentences": _pack([x for s in doc.sentences for x in (s.start, s.end)]),
        "tokens": _pack([x for t in doc.tokens for x in t]),
        "mentions": [[_s(m.type), _s(m.text), m.start, m.end, _s(m.rule), m.confidence, m.sentence, _encode(m.key),
                      _encode(m.attrs)] for m in doc.mentions],
        "facts": [[_s(f.type), _s(f.subject), _encode(f.object), f.start, f.end, _s(f.rule), f.confidence,
                   _encode(f.value), _encode(f.attrs)] for f in doc.facts],
    }
    return json.dumps(record, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def document_from_json(data: bytes) -> Document:
    """The document of `document_to_json`; ValueError for anything else."""
    try:
        r = json.loads(data)
        if not isinstance(r, dict) or r.get("format") != RECORD_FORMAT:
            raise ValueError("not a county-kg document record")
        pairs = _unpack(r["sentences"])
        tokens = _unpack(r["tokens"])
        doc = Document(
            path=Path(_str(r["path"])), raw=_str(r["raw"]), meta=_dict(_decode(r["meta"])), text=_str(r["text"]),
            offsets=array("l", _unpack(r["offsets"])),
            sentences=[Sentence(pairs[i], pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)],
            tokens=token_list(tokens[: len(tokens) // 2 * 2], len(_str(r["text"]))),
            mentions=[Mention(_str(t), _str(x), _int(s), _int(e), _str(rule), _num(c), _int(sent), _opt_str(key), _dict(_decode(a)))
                      for t, x, s, e, rule, c, sent, key, a in r["mentions"]],
            facts=[Fact(_str(t), _str(subj), _opt_str(obj), _int(s), _int(e), _str(rule), _num(c), _decode(v), _dict(_decode(a)))
                   for t, subj, obj, s, e, rule, c, v, a in r["facts"]],
            name=_str(r["name"]),
        )
    except (KeyError, TypeError, ValueError, OverflowError, binascii.Error, zlib.error, RecursionError) as e:
        raise ValueError(f"not a county-kg document record ({type(e).__name__})") from None
    if len(doc.offsets) != len(doc.text) + 1 and (doc.text or doc.offsets):
        raise ValueError("offsets do not match the text")
    return doc


def _pack(numbers) -> str:
    packed = array("q", numbers)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(zlib.compress(packed.tobytes(), 1)).decode("ascii")


def _unpack(text: str) -> array:
    packed = array("q")
    packed.frombytes(zlib.decompress(base64.b64decode(_str(text), validate=True)))
    if sys.byteorder == "big":
        packed.byteswap()
    return packed


def _s(text: str):
    """A string as JSON keeps it: as itself, or, when it holds lone surrogates (which JSON
    would pair into other characters), as the base64 of its bytes with the surrogates kept."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return {"$surrogates": base64.b64encode(text.encode("utf-8", "surrogatepass")).decode("ascii")}


def _encode(value):
    if isinstance(value, str):
        return _s(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$set": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {"$dict": [[_encode(k), _encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot store a {type(value).__name__} in a document record")


def _decode(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict) and len(value) == 1:
        (tag, inner), = value.items()
        if tag == "$decimal":
            return Decimal(_str(inner))
        if tag == "$tuple":
            return tuple(_decode(v) for v in inner)
        if tag == "$set":
            return {_decode(v) for v in inner}
        if tag == "$dict":
            return {_decode(k): _decode(v) for k, v in inner}
        if tag == "$surrogates":
            return base64.b64decode(_str(inner), validate=True).decode("utf-8", "surrogatepass")
    raise ValueError(f"unknown value in a document record: {str(value)[:40]}")


def _str(value) -> str:
    if isinstance(value, dict):
        value = _decode(value)
    if not isinstance(value, str):
        raise TypeError("a string was expected")
    return value


def _opt_str(value) -> str | None:
    return None if value is None else _str(value)


def _int(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("an integer was expected")
    return value


def _num(value) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise TypeError("a number was expected")
    return value


def _dict(value) -> dict:
    if not isinstance(value, dict):
        raise TypeError("a mapping was expected")
    return value
