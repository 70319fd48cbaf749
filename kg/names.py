"""names: what does not change the thing a name names.

`fold` gives the form two names of one thing share (rules in
kg/rules/names.toml): legal suffixes, place prefixes, 省级/国家级 and the like
dropped, 经济技术开发区 -> 经开区. `strip_place` drops a leading province,
prefecture or county name. Recognize reads both (a brand's core, one type per
name) and link builds every key with them; neither stage imports the other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import gazetteer, rulebook
from kg.rulebook import Regex


@dataclass(frozen=True, kw_only=True)
class Replace:
    """`[[replace]]`: long forms rewritten to short ones before comparing."""

    id: str
    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, kw_only=True)
class Strip:
    """`[[strip]]`: what is dropped from the names of `types`."""

    id: str
    types: tuple[str, ...]
    anywhere: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    # at least this many characters are left (unset: the file's `min_core`)
    min_rest: int | None = None
    # drop a leading province, prefecture or county name ...
    place_prefix: bool = False
    # ... unless what is left matches this: a firm registered by its place and a head (宝鸡铝业 is not
    # 汉中铝业: both would fold to 铝业)
    place_kept_before: Regex | None = None


@dataclass(frozen=True, kw_only=True)
class NameRules:
    """kg/rules/names.toml."""

    # a fold never leaves fewer characters than this
    min_core: int
    replace: tuple[Replace, ...] = ()
    strip: tuple[Strip, ...] = ()


@lru_cache(maxsize=1)
def rules() -> NameRules:
    return rulebook.load("names", NameRules)


@lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[str], tuple[int, ...]]:
    """Every division's name, and the short name of each above a county; their lengths, longest
    first. (A set: as one regex of some 6,000 names it took 20 ms to compile at every start.)"""
    names = {d.name for d in gazetteer._table()[0].values()} | {d.short for d in gazetteer._table()[0].values() if d.level != "county"}
    names.discard("")
    return frozenset(names), tuple(sorted({len(n) for n in names}, reverse=True))


def strip_place(name: str) -> str:
    """The name without a leading province, prefecture or county name ("" if nothing is left):
    the longest such name it begins with."""
    names, lengths = _place_names()
    for n in lengths:
        if n <= len(name) and name[:n] in names:
            return name[n:]
    return name


def fold(type_: str, name: str) -> tuple[str, list[str]]:
    """The folded form of `name` and the ids of the rules that changed it."""
    cfg = rules()
    least = cfg.min_core
    folds = []
    for rule in cfg.replace:
        for long, short in rule.pairs:
            if long in name:
                name = name.replace(long, short)
                folds.append(rule.id)
    for rule in cfg.strip:
        if type_ not in rule.types:
            continue
        before = name
        rest = least if rule.min_rest is None else rule.min_rest
        for q in rule.anywhere:
            if len(name) - len(q) >= least:
                name = name.replace(q, "")
        for prefix in rule.prefixes:
            if name.startswith(prefix) and len(name) - len(prefix) >= rest:
                name = name[len(prefix):]
                break
        for suffix in rule.suffixes:
            if name.endswith(suffix) and len(name) - len(suffix) >= rest:
                name = name[: -len(suffix)]
                break
        if rule.place_prefix:
            rest_of_name = strip_place(name)
            kept = rule.place_kept_before and re.fullmatch(rule.place_kept_before, rest_of_name)
            if rest_of_name != name and len(rest_of_name) >= least and not kept:
                name = rest_of_name
        if name != before:
            folds.append(rule.id)
    return name, folds
