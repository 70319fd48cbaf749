"""Money and quantities in Chinese text: `总投资5亿元` -> 500000000 yuan (total).

Arabic and Chinese numerals (cn2an), ranges (`3-5亿元`: the upper bound, the
lower kept in `low`), and the kind of amount the words before it state
(total, annual ...). Units and multipliers live in kg/rules/amount.toml.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

import cn2an

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


@lru_cache(maxsize=1)
def rules() -> dict:
    data = tomllib.loads(resources.files("kg").joinpath("rules/amount.toml").read_text(encoding="utf-8"))
    money = sorted(data["money"]["units"], key=len, reverse=True)
    kinds = sorted(data["money"]["kinds"], key=len, reverse=True)
    data["money_re"] = re.compile(
        rf"(?P<kind>{'|'.join(kinds)})?(?:约|达|近|超|为|了)?(?:(?P<low>{_NUM})\s*[-－—~～至到]\s*)?(?P<num>{_NUM})\s*(?P<unit>{'|'.join(money)})"
    )
    units = sorted(data["quantity"]["units"], key=len, reverse=True)
    data["quantity_re"] = re.compile(rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{'|'.join(map(re.escape, units))})")
    return data


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
    for m in cfg["money_re"].finditer(text):
        value = number(m.group("num"))
        if value is None:
            continue
        scale = Decimal(cfg["money"]["units"][m.group("unit")])
        low = number(m.group("low")) if m.group("low") else None
        kind = cfg["money"]["kinds"].get(m.group("kind"), "other") if m.group("kind") else "other"
        found.append(Amount(value * scale, m.start(), m.end(), kind, m.group(), low * scale if low is not None else None))
    return found


def find_quantities(text: str) -> list[Quantity]:
    return [
        Quantity(Decimal(m.group("num")), m.group("unit"), m.start(), m.end(), m.group())
        for m in rules()["quantity_re"].finditer(text)
    ]
