"""The objects that flow through the pipeline.

A `Document` is created by `kg.read` and then enriched in place by each
stage (normalize -> segment -> recognize -> link -> relate), the way a spaCy
`Doc` is. Offsets in `Mention` and `Fact` are into `Document.text` (the
normalized text); `Document.to_original` maps them back to the original file.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from decimal import Decimal
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
    # jieba tokens as (start, end) spans of `text`, set by segment
    tokens: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    @property
    def source_file(self) -> str:
        return self.path.name

    @property
    def id(self) -> str:
        """Stable identifier: the file name without extension."""
        return self.path.stem

    def token_edges(self) -> tuple[set[int], set[int]]:
        """The offsets where a jieba token starts, and where one ends.

        Several rules ask whether a name lies on token boundaries; the sets are
        made once per token list (a new list, as in a view of the document, gets its own).
        """
        cached = self.__dict__.get("_edges")
        if cached is None or cached[0] is not self.tokens:
            cached = (self.tokens, {s for s, _ in self.tokens}, {e for _, e in self.tokens})
            self.__dict__["_edges"] = cached
        return cached[1], cached[2]

    def forget_tokens(self) -> None:
        """Let go of the tokens (and what was derived from them) once no stage needs them."""
        self.tokens = []
        self.__dict__.pop("_edges", None)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_edges"}  # derived: not pickled

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
        """Index of the sentence containing `offset` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1


@dataclass
class Entity:
    """One thing in the world, merged from all its mentions across documents."""

    key: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
