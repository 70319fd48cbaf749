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
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg import sectors
from kg.document import Document, Fact, Mention
from kg.errors import KgError

TYPES = ("Project", "Park", "Enterprise")
_RULE_KEYS = {"id", "sector", "priority", "words", "capacity", "types", "confidence"}
_TOP_KEYS = {"look_in", "ignore", "rule"}
_PLACES = ("name", "enterprise", "park")
_CAPACITY_PRIORITY = -1  # capacity words decide only when no word of any priority does


class RuleError(KgError):
    """A mistake in a rule file, named with the file and the rule (one line for the user)."""


@dataclass(frozen=True)
class SectorRule:
    id: str
    sector: str
    priority: int
    words: tuple[str, ...]
    capacity: tuple[str, ...]
    types: frozenset[str]
    confidence: float | None  # None: the confidence of the place the word was found (look_in)


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
        self.regex = re.compile(alternation)

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
    text = resources.files("kg").joinpath("rules/sector.toml").read_text(encoding="utf-8")
    return parse(text, "kg/rules/sector.toml")


def parse(text: str, source: str = "sector.toml") -> SectorRules:
    """Validate and compile a sector rule file; a mistake raises `RuleError` naming it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RuleError(f"{source}: {e}") from None
    _check_keys(data, _TOP_KEYS, source, "the top level")
    look_in = data.get("look_in", {})
    _check_keys(look_in, set(_PLACES), source, "[look_in]")
    if set(look_in) != set(_PLACES) or not all(_is_confidence(v) for v in look_in.values()):
        raise RuleError(f"{source}: [look_in] needs a confidence between 0 and 1 for each of {', '.join(_PLACES)}")
    known = sectors.scheme()
    parsed, seen_ids = [], set()
    for i, raw in enumerate(data.get("rule", []), 1):
        where = f"rule {raw.get('id', f'#{i}')}"
        _check_keys(raw, _RULE_KEYS, source, where)
        for key in ("id", "sector"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise RuleError(f"{source}: {where}: `{key}` must be a non-empty string")
        if raw["id"] in seen_ids:
            raise RuleError(f"{source}: {where}: the id is used twice")
        seen_ids.add(raw["id"])
        if raw["sector"] not in known:
            raise RuleError(f"{source}: {where}: no sector {raw['sector']!r} in {sectors.scheme_file().name}")
        words, capacity = _strings(raw, "words", source, where), _strings(raw, "capacity", source, where)
        if not words and not capacity:
            raise RuleError(f"{source}: {where}: give `words` or `capacity`")
        types = frozenset(_strings(raw, "types", source, where) or TYPES)
        if not types <= set(TYPES):
            raise RuleError(f"{source}: {where}: `types` must be among {', '.join(TYPES)}")
        confidence = raw.get("confidence")
        if confidence is not None and not _is_confidence(confidence):
            raise RuleError(f"{source}: {where}: `confidence` must lie between 0 and 1")
        priority = raw.get("priority", 1)
        if not isinstance(priority, int) or priority < 0:
            raise RuleError(f"{source}: {where}: `priority` must be a whole number >= 0")
        parsed.append(SectorRule(raw["id"], raw["sector"], priority, words, capacity, types, confidence))
    ignore = _strings(data, "ignore", source, "`ignore`")
    return SectorRules(
        look_in=dict(look_in),
        ignore=re.compile("|".join(map(re.escape, sorted(ignore, key=len, reverse=True)))) if ignore else None,
        rules=tuple(parsed),
        tiers={t: _tiers(parsed, t, source) for t in TYPES},
    )


def _tiers(rules: list[SectorRule], type_: str, source: str) -> tuple[_Tier, ...]:
    by_priority: dict[int, dict[str, SectorRule]] = {}
    owner: dict[str, SectorRule] = {}
    for rule in (r for r in rules if type_ in r.types):
        for words, priority in ((rule.words, rule.priority), (rule.capacity, _CAPACITY_PRIORITY)):
            for w in words:
                if w in owner and owner[w] is not rule:
                    raise RuleError(f"{source}: the word {w!r} is in both {owner[w].id} and {rule.id}")
                owner[w] = rule
                by_priority.setdefault(priority, {})[w] = rule
    return tuple(_Tier(by_priority[p]) for p in sorted(by_priority, reverse=True))


def _check_keys(table: dict, allowed: set[str], source: str, where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise RuleError(f"{source}: {where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")


def _strings(table: dict, key: str, source: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleError(f"{source}: {where}: `{key}` must be a list of non-empty strings")
    return tuple(value)


def _is_confidence(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1


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
