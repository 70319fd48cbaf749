"""The sector of each Project, Park and Enterprise: one `sector` fact, decided
by the words of its name (rules in kg/rules/sector.toml, concepts in
ontology/sectors.ttl).

Chinese names are head-final (旅游公路 is a road), so among the words of one
priority found in a name, the one that ends last decides; a project whose own
name decides nothing takes the sector of the enterprise that undertakes it,
else of the park it lies in. Nothing is guessed: an entity no word places gets
no fact. Each fact records the rule (`<rule id>.<where>`), its confidence and
the word that decided it (`attrs["words"]`).

This family reads the facts of the families before it (undertakenBy,
locatedInPark) from `doc.facts`, so it runs last in `kg.relate.FAMILIES`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import regex_cache, rulebook, sectors
from kg.document import Document, Fact, Mention
from kg.rulebook import RuleError

TYPES = ("Project", "Park", "Enterprise")
_CAPACITY_PRIORITY = -1  # capacity words decide only when no word of any priority does


@dataclass(frozen=True, kw_only=True)
class LookIn:
    """`[look_in]`: the confidence of a decision by where its word was found."""

    name: float        # the entity's own name
    enterprise: float  # the name of the enterprise that undertakes the project
    park: float        # the name of the park the project lies in


@dataclass(frozen=True, kw_only=True)
class SectorRule:
    """`[[rule]]`: words that place a name in one sector of ontology/sectors.ttl."""

    id: str
    sector: str                       # a concept id of the scheme: SEI6, C31, agri-food ...
    words: tuple[str, ...] = ()
    capacity: tuple[str, ...] = ()    # units (千伏, 万头): they decide only when no word does
    priority: int = 1                 # higher first: the emerging industries are 2
    types: tuple[str, ...] = TYPES    # the entity types the rule reads
    confidence: float | None = None   # default: the confidence of where the word was found


@dataclass(frozen=True, kw_only=True)
class SectorFile:
    """kg/rules/sector.toml."""

    look_in: LookIn
    ignore: tuple[str, ...] = ()      # words that hide the sector words wholly inside them
    rule: tuple[SectorRule, ...] = ()


@dataclass(frozen=True)
class Decision:
    rule: SectorRule
    word: str


class _Tier:
    """The words of one priority for one entity type, as one regex over the reversed name.

    Searching the reversed name finds first the word that ends last in the
    name, and (alternatives sorted longest first) the longest of those."""

    def __init__(self, words: dict[str, SectorRule]):
        self.rule_of = words
        alternation = "|".join(re.escape(w[::-1]) for w in sorted(words, key=len, reverse=True))
        self.regex = regex_cache.compile(alternation)

    def search(self, reversed_name: str, hidden: list[tuple[int, int]]) -> Decision | None:
        n, pos = len(reversed_name), 0
        while (m := self.regex.search(reversed_name, pos)) is not None:
            start, end = n - m.end(), n - m.start()  # the word's span in the name
            if not any(a <= start and end <= b for a, b in hidden):
                word = m.group()[::-1]
                return Decision(self.rule_of[word], word)
            pos = m.start() + 1  # a shorter word ending there lies inside the same ignore word
        return None


@dataclass(frozen=True)
class SectorRules:
    look_in: dict[str, float]
    ignore: re.Pattern | None
    rules: tuple[SectorRule, ...]
    tiers: dict[str, tuple[_Tier, ...]]  # entity type -> tiers, highest priority first

    def decide(self, name: str, type_: str) -> Decision | None:
        """The rule and word that place a name of this type, or None."""
        hidden = [m.span() for m in self.ignore.finditer(name)] if self.ignore is not None else []
        reversed_name = name[::-1]
        for tier in self.tiers.get(type_, ()):
            decision = tier.search(reversed_name, hidden)
            if decision is not None:
                return decision
        return None

    def confidence(self, decision: Decision, where: str) -> float:
        return decision.rule.confidence if decision.rule.confidence is not None else self.look_in[where]


@lru_cache(maxsize=1)
def rules() -> SectorRules:
    return load()


def load(path: Path | str | None = None) -> SectorRules:
    """kg/rules/sector.toml (or a user's own file at `path`), read by the rulebook
    (types and keys), then checked against the scheme and compiled; a mistake
    raises `RuleError` naming the file and line."""
    path = Path(path) if path is not None else rulebook.rule_file("sector")
    data = rulebook.load("sector", SectorFile, path)
    lines = rulebook.key_lines(path.read_text(encoding="utf-8"))

    def fail(where: tuple, message: str):
        while where and where not in lines:
            where = where[:-1]
        raise RuleError(path, lines.get(where, 1), message)

    look_in = {"name": data.look_in.name, "enterprise": data.look_in.enterprise, "park": data.look_in.park}
    for key, value in look_in.items():
        if not 0 <= value <= 1:
            fail(("look_in", key), f"look_in.{key} must lie between 0 and 1")
    known, seen = sectors.scheme(), set()
    for i, rule in enumerate(data.rule):
        where = ("rule", i)
        if rule.id in seen:
            fail(where + ("id",), f"the rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        if rule.sector not in known:
            fail(where + ("sector",), f"rule {rule.id}: no sector {rule.sector!r} in {sectors.scheme_file().name}")
        if not rule.words and not rule.capacity:
            fail(where, f"rule {rule.id}: give `words` or `capacity`")
        if not set(rule.types) <= set(TYPES):
            fail(where + ("types",), f"rule {rule.id}: `types` must be among {', '.join(TYPES)}")
        if rule.confidence is not None and not 0 <= rule.confidence <= 1:
            fail(where + ("confidence",), f"rule {rule.id}: `confidence` must lie between 0 and 1")
        if rule.priority < 0 or any(not w for w in rule.words + rule.capacity):
            fail(where, f"rule {rule.id}: `priority` must be >= 0 and words non-empty")
    tiers = {}
    for type_ in TYPES:
        by_priority: dict[int, dict[str, SectorRule]] = {}
        owner: dict[str, SectorRule] = {}
        for i, rule in enumerate(data.rule):
            if type_ not in rule.types:
                continue
            for words, priority in ((rule.words, rule.priority), (rule.capacity, _CAPACITY_PRIORITY)):
                for w in words:
                    if w in owner and owner[w] is not rule:
                        fail(("rule", i, "words"), f"the word {w!r} is in both {owner[w].id} and {rule.id}")
                    owner[w] = rule
                    by_priority.setdefault(priority, {})[w] = rule
        tiers[type_] = tuple(_Tier(by_priority[p]) for p in sorted(by_priority, reverse=True))
    ignore = sorted(data.ignore, key=len, reverse=True)
    return SectorRules(look_in=look_in, ignore=regex_cache.compile("|".join(map(re.escape, ignore))) if ignore else None,
                       rules=data.rule, tiers=tiers)


# ---- the family ------------------------------------------------------------------

def find(doc: Document) -> list[Fact]:
    book = rules()
    own: dict[str, tuple[Decision, Mention]] = {}
    for m in doc.mentions:
        if m.type in TYPES and m.key and m.sentence >= 0 and m.key not in own:
            decision = book.decide(m.text, m.type)
            if decision is not None:
                own[m.key] = (decision, m)
    facts = [_fact(doc, key, d, "name", book, *_sentence(doc, m)) for key, (d, m) in own.items()]
    placed = set(own)
    for where, relation in (("enterprise", "undertakenBy"), ("park", "locatedInPark")):
        for f in doc.facts:
            if f.type == relation and f.subject not in placed and f.object in own and f.subject.startswith("project/"):
                placed.add(f.subject)
                facts.append(_fact(doc, f.subject, own[f.object][0], where, book, f.start, f.end))
    return facts


def _sentence(doc: Document, m: Mention) -> tuple[int, int]:
    s = doc.sentences[m.sentence]
    return s.start, s.end


def _fact(doc: Document, key: str, d: Decision, where: str, book: SectorRules, start: int, end: int) -> Fact:
    return Fact("sector", key, None, start, end, f"{d.rule.id}.{where}", book.confidence(d, where), d.rule.sector,
                attrs={"words": [d.word], "where": where})
