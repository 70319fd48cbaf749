"""Money and quantities in Chinese text: `总投资5亿元` -> 500000000 yuan (total).

Arabic and Chinese numerals (cn2an), ranges (`3-5亿元`: the upper bound, the
lower kept in `low`), and the kind of amount the words before it state
(total, annual ...). Units and multipliers live in kg/rules/amount.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache

import cn2an

from kg import rulebook

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万点]+)"


@dataclass(frozen=True)
class Amount:
    value: Decimal  # yuan
    start: int
    end: int
    kind: str  # total | annual | completed | investment | other
    surface: str
    low: Decimal | None = None


@dataclass(frozen=True)
class Quantity:
    amount: Decimal
    unit: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True, kw_only=True)
class Money:
    # unit -> yuan
    units: dict[str, int]
    # words before an amount that say what kind it is
    kinds: dict[str, str]


@dataclass(frozen=True, kw_only=True)
class Quantities:
    units: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AmountRules:
    """kg/rules/amount.toml."""

    money: Money
    quantity: Quantities

    @cached_property
    def money_re(self) -> re.Pattern:
        money = sorted(self.money.units, key=len, reverse=True)
        kinds = sorted(self.money.kinds, key=len, reverse=True)
        return re.compile(
            rf"(?P<kind>{'|'.join(kinds)})?(?:约|达|近|超|为|了)?(?:(?P<low>{_NUM})\s*[-－—~～至到]\s*)?(?P<num>{_NUM})\s*(?P<unit>{'|'.join(money)})"
        )

    @cached_property
    def quantity_re(self) -> re.Pattern:
        units = sorted(self.quantity.units, key=len, reverse=True)
        return re.compile(rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{'|'.join(map(re.escape, units))})")


@lru_cache(maxsize=1)
def rules() -> AmountRules:
    return rulebook.load("amount", AmountRules)


@lru_cache(maxsize=4096)  # cn2an is slow, and reports repeat the same numerals
def number(text: str) -> Decimal | None:
    """'5' -> 5, '0.45' -> 0.45, '一百二十' -> 120; None if it is not a number."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        pass
    try:
        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, TypeError):
        return None


def find_amounts(text: str) -> list[Amount]:
    cfg = rules()
    found = []
    for m in cfg.money_re.finditer(text):
        value = number(m.group("num"))
        if value is None:
            continue
        scale = Decimal(cfg.money.units[m.group("unit")])
        low = number(m.group("low")) if m.group("low") else None
        kind = cfg.money.kinds.get(m.group("kind"), "other") if m.group("kind") else "other"
        found.append(Amount(value * scale, m.start(), m.end(), kind, m.group(), low * scale if low is not None else None))
    return found


def find_quantities(text: str) -> list[Quantity]:
    return [
        Quantity(Decimal(m.group("num")), m.group("unit"), m.start(), m.end(), m.group())
        for m in rules().quantity_re.finditer(text)
    ]
