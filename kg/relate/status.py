"""Project status stated by the text: planned, started, under construction, completed.

A status word (kg/rules/status.toml) in the same clause as a project, just
before or after it, gives one `status` fact for that project in that document;
the document's date places the status in time (see `kg diff`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg import regex_cache, rulebook
from kg.document import Document, Fact

_CLAUSE = regex_cache.compile(r"[，,；;：:。！？!?\n]")


@dataclass(frozen=True, kw_only=True)
class Status:
    """`[[status]]`: one status and the words that state it."""

    name: str
    words: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class StatusRules:
    """kg/rules/status.toml."""

    id: str
    confidence: float
    # a status word counts at most this many characters from the project, in its clause
    max_gap: int
    # checked in this order: the first status whose word is found wins
    status: tuple[Status, ...]

    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern]]:
        return [(s.name, regex_cache.compile("|".join(map(re.escape, s.words)))) for s in self.status]


@lru_cache(maxsize=1)
def rules() -> StatusRules:
    return rulebook.load("status", StatusRules)


def find(doc: Document) -> list[Fact]:
    cfg = rules()
    facts, seen = [], set()
    for p in (m for m in doc.mentions if m.type == "Project" and m.sentence >= 0):
        status = status_near(doc.text, p.start, p.end, cfg)
        if status and (p.key, status) not in seen:
            seen.add((p.key, status))
            s = doc.sentences[p.sentence]
            facts.append(Fact("status", p.key, None, s.start, s.end, cfg.id, cfg.confidence, status))
    return facts


def status_near(text: str, start: int, end: int, cfg: StatusRules) -> str | None:
    """The status whose word is closest to the project within its clause."""
    before = _clause_tail(text[max(0, start - cfg.max_gap) : start])
    after = _clause_head(text[end : end + cfg.max_gap])
    for name, pattern in cfg.patterns:
        if pattern.search(before) or pattern.search(after):
            return name
    return None


def _clause_tail(text: str) -> str:
    parts = _CLAUSE.split(text)
    return parts[-1] if parts else ""


def _clause_head(text: str) -> str:
    return _CLAUSE.split(text)[0] if text else ""
