"""link: one key per thing, within a document and across the corpus.

A key is `county/<code>` or `region/<code>` for divisions (their GB/T 2260
code) and `<type>/<folded name>` for the rest, where folding (rules in
kg/rules/link.toml) removes what does not change the thing named: legal
suffixes, place prefixes, 省级/国家级, 经济技术开发区 -> 经开区. Equal keys are
one entity; `merge` collects every surface form of it across documents.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources

from kg import gazetteer
from kg.document import Document, Entity, Mention


@lru_cache(maxsize=1)
def rules() -> dict:
    return tomllib.loads(resources.files("kg").joinpath("rules/link.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _place_prefix() -> re.Pattern:
    names = {d.name for d in gazetteer._table()[0].values()} | {d.short for d in gazetteer._table()[0].values() if d.level != "county"}
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


def strip_place(name: str) -> str:
    """The name without a leading province, prefecture or county name ("" if nothing is left)."""
    m = _place_prefix().match(name)
    return name[m.end():] if m else name


def link(doc: Document) -> Document:
    county = gazetteer.by_code(doc.meta["county_code"]) if doc.meta.get("county_code") else None
    for m in doc.mentions:
        m.key, m.attrs["folds"] = key_of(m, county)
    return doc


def key_of(m: Mention, county=None) -> tuple[str, list[str]]:
    if m.type in ("County", "Region") and m.attrs.get("code"):
        return f"{m.type.lower()}/{m.attrs['code']}", []
    folded, folds = fold(m.type, m.text)
    if m.type == "Park" and county is not None:
        folded, more = park_in_county(folded, county)
        folds += more
    return f"{m.type.lower()}/{folded}", folds


def park_in_county(name: str, county) -> tuple[str, list[str]]:
    """Prefix the county's short name when the park names no place; fold the zone word."""
    cfg = rules()["park_in_county"]
    before = name
    if name.startswith(county.name):
        name = county.short + name[len(county.name):]
    elif not name.startswith(county.short) and strip_place(name) == name:
        name = county.short + name
    for word in cfg["zone_words"]:
        if name.endswith(word) and len(name) > len(word) + len(county.short):
            name = name[: -len(word)] + cfg["zone_fold"]
            break
    return name, ([cfg["id"]] if name != before else [])


def fold(type_: str, name: str) -> tuple[str, list[str]]:
    """The folded form of `name` and the ids of the rules that changed it."""
    cfg = rules()
    least = cfg["min_core"]
    folds = []
    for rule in cfg.get("replace", []):
        for long, short in rule["pairs"]:
            if long in name:
                name = name.replace(long, short)
                folds.append(rule["id"])
    for rule in cfg.get("strip", []):
        if type_ not in rule["types"]:
            continue
        before = name
        for q in rule.get("anywhere", []):
            if len(name) - len(q) >= least:
                name = name.replace(q, "")
        for prefix in rule.get("prefixes", []):
            if name.startswith(prefix) and len(name) - len(prefix) >= rule.get("min_rest", least):
                name = name[len(prefix):]
                break
        for suffix in rule.get("suffixes", []):
            if name.endswith(suffix) and len(name) - len(suffix) >= rule.get("min_rest", least):
                name = name[: -len(suffix)]
                break
        if rule.get("place_prefix"):
            m = _place_prefix().match(name)
            if m and len(name) - m.end() >= least:
                name = name[m.end():]
        if name != before:
            folds.append(rule["id"])
    return name, folds


class Linker:
    """Entities collected document by document, so that a corpus is linked
    without holding its documents: `add` each, then read `entities()`."""

    def __init__(self):
        self.forms: dict[str, Counter] = defaultdict(Counter)
        self.found: dict[str, Entity] = {}

    def add(self, doc: Document) -> None:
        for m in doc.mentions:
            e = self.found.setdefault(m.key, Entity(m.key, m.type, m.text))
            self.forms[m.key][m.text] += 1
            e.attrs.setdefault("folds", set()).update(m.attrs.get("folds", []))
            if m.attrs.get("code"):
                e.attrs["code"] = m.attrs["code"]

    def entities(self) -> dict[str, Entity]:
        """Every entity of the corpus, with its preferred label and all its surface forms."""
        for key, e in self.found.items():
            e.label = preferred(e, self.forms[key])
            e.aliases = set(self.forms[key]) - {e.label}
        return dict(sorted(self.found.items()))


def merge(docs) -> dict[str, Entity]:
    """Every entity of the documents `docs`, with its preferred label and all its surface forms."""
    linker = Linker()
    for doc in docs:
        linker.add(doc)
    return linker.entities()


def preferred(entity: Entity, forms: Counter) -> str:
    """The official name for divisions, else the fullest form (longest, then most used)."""
    if entity.attrs.get("code"):
        d = gazetteer.by_code(entity.attrs["code"])
        if d is not None:
            return d.name
    return max(forms, key=lambda f: (len(f), forms[f], f))


def merge_log(entities: dict[str, Entity]) -> str:
    lines = ["# entities with more than one surface form: key | label | other forms | rules that folded them"]
    for key, e in entities.items():
        if e.aliases:
            rules_used = ",".join(sorted(e.attrs.get("folds", ()))) or ("link.admin-code" if e.attrs.get("code") else "link.same-form")
            lines.append(f"{key} | {e.label} | {' / '.join(sorted(e.aliases))} | {rules_used}")
    return "\n".join(lines) + "\n"
