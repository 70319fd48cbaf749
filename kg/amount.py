"""Money and quantities in Chinese text: `总投资5亿元` -> 500000000 yuan (total).

Arabic and Chinese numerals (cn2an: the numerals reports write most are read
from a table cn2an makes once, see `numerals`), ranges (`3-5亿元`: the upper bound, the
lower kept in `low`), and the kind of amount the words before it state
(total, annual ...). Units and multipliers live in kg/rules/amount.toml.

Another currency is kept in that currency (`10亿美元`: 1000000000, `USD`),
never converted. What cannot be a true amount gives no amount rather than a
wrong one: a number that is part of a longer token (`1e309亿元`,
`10.5.3亿元`), a negative amount (`-5亿元`), or one past `MAX_AMOUNT`.
"""
from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from functools import cached_property, lru_cache
from pathlib import Path

from kg import regex_cache, regex_words, rulebook

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万点]+)"
# a number starts a token: not after a digit, a decimal point, a Latin letter or a
# thousands comma (1e309, 10.5.3, 1,2345 are not read from their middle)
_START = r"(?<![\d.．A-Za-z])(?<!\d,)"
# 1000万亿元 (a quadrillion yuan) is past any investment a document can state
MAX_AMOUNT = Decimal(10) ** 15
_MINUS = "-－−负"
_EXACT = Context(prec=60, Emax=999, Emin=-999)


@dataclass(frozen=True)
class Amount:
    value: Decimal  # yuan
    start: int
    end: int
    kind: str  # total | annual | completed | investment | other
    surface: str
    low: Decimal | None = None
    currency: str = "CNY"  # ISO 4217; `value` and `low` are in this currency


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
    # other currencies (word -> ISO 4217 code): kept in their currency, never converted;
    # each yuan unit names the same multiple of them (10亿美元: 1000000000 USD)
    currencies: dict[str, str] = dataclasses.field(default_factory=dict)
    # a unit numeral opening a number alone (超百亿元, 千万元) is one of it; not right after these words
    alone: tuple[str, ...] = ()
    vague_before: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Quantities:
    units: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AmountRules:
    """kg/rules/amount.toml."""

    money: Money
    quantity: Quantities

    @cached_property
    def money_units(self) -> dict[str, tuple[Decimal, str]]:
        """unit -> (multiplier, currency): 亿元 -> (1e8, CNY), 亿美元 -> (1e8, USD)."""
        units = {unit: (Decimal(scale), "CNY") for unit, scale in self.money.units.items()}
        for word, code in self.money.currencies.items():
            for unit, scale in self.money.units.items():
                if unit.endswith("元"):
                    units[unit[:-1] + word] = (Decimal(scale), code)
        return units

    @cached_property
    def money_re(self) -> re.Pattern:
        money = sorted(self.money_units, key=len, reverse=True)
        kinds = sorted(self.money.kinds, key=len, reverse=True)
        return regex_cache.compile(
            rf"(?:(?P<kind>{'|'.join(kinds)})(?:[:：]\s*)?)?(?:约|达|近|超|为|了)?(?:{_START}(?P<low>{_NUM})\s*[-－—~～至到]\s*)?"
            rf"{_START}(?P<num>{_NUM})\s*(?P<unit>{'|'.join(map(re.escape, money))})"
        )

    @cached_property
    def money_gate(self) -> re.Pattern:
        """Any unit of money: every amount holds one, so a text without one states none (the
        amount regex, which opens with optional parts, is tried at every character of a text)."""
        return regex_cache.compile(regex_words.choice_of_words(sorted(self.money_units)))

    @cached_property
    def quantity_re(self) -> re.Pattern:
        units = sorted(self.quantity.units, key=len, reverse=True)
        return regex_cache.compile(rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{'|'.join(map(re.escape, units))})")


@lru_cache(maxsize=1)
def rules() -> AmountRules:
    return rulebook.load("amount", AmountRules)


@lru_cache(maxsize=4096)  # cn2an is slow, and reports repeat the same numerals
def number(text: str) -> Decimal | None:
    """'5' -> 5, '0.45' -> 0.45, '一百二十' -> 120; None if it is not a finite number
    of at most 40 digits."""
    if len(text) > 40:
        return None
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        try:
            value = Decimal(_chinese_numeral(text))
        except (ValueError, KeyError, TypeError, IndexError, AttributeError, ArithmeticError, RecursionError):
            return None
        except Exception:  # cn2an raises bare Exceptions on some malformed numerals
            return None
    return value if value.is_finite() else None


_NOT_IN_TABLE = object()


def _chinese_numeral(text: str) -> str:
    """cn2an's reading of a Chinese numeral, as a string: from the table when it holds the
    numeral, else from cn2an itself. Raises ValueError for what cn2an does not read."""
    reading = numerals().get(text, _NOT_IN_TABLE)  # (one look-up: `in`, then [], asked the table twice)
    if reading is None:
        raise ValueError(f"cn2an does not read {text!r} as a number")
    if reading is not _NOT_IN_TABLE:
        return reading
    import cn2an

    return str(cn2an.cn2an(text, "smart"))


# --- the table of common numerals -------------------------------------------------------------
#
# cn2an is the reader of Chinese numerals, but importing it costs a fifth of a second (it
# compiles large patterns and loads an address table), mostly to read 三, 十五 or 两千万. So
# cn2an reads, once, every numeral from 0 to 9999 and the same times 万 (as an2cn writes
# them, with 两 for 二, 〇 for 零 and 百 for 一百), and its readings (or refusals) are kept
# in the user's cache folder, keyed by cn2an's version: a numeral in the table is read as
# cn2an read it, any other by cn2an itself. The table is SQLite, read one numeral at a time
# (a report asks for a handful; its 31,000 readings as JSON took a hundredth of a second to load).

NUMERALS_FORMAT = 2


class Numerals(Mapping):
    """Chinese numeral -> cn2an's reading (None: refused), read from the table as asked."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __getitem__(self, form: str) -> str | None:
        row = self.db.execute("SELECT reading FROM numeral WHERE form = ?", (form,)).fetchone()
        if row is None:
            raise KeyError(form)
        return row[0]

    def __iter__(self):
        return (form for (form,) in self.db.execute("SELECT form FROM numeral"))

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM numeral").fetchone()[0]


@lru_cache(maxsize=1)
def numerals() -> Mapping[str, str | None]:
    """Chinese numeral -> str(cn2an.cn2an(numeral, "smart")), for the common numerals
    (None: cn2an refuses it, as it refuses 百 alone). Empty when the table can neither be
    read nor written (every numeral is then read by cn2an itself)."""
    from kg.lexicon import write_table

    path = _numerals_path()
    table = _open_numerals(path)
    if table is not None:
        return table
    readings: dict[str, str | None] = {}

    def fill(db: sqlite3.Connection) -> None:
        readings.update(_read_numerals())  # (only once the folder is known writable)
        db.execute("CREATE TABLE numeral(form TEXT PRIMARY KEY, reading TEXT) WITHOUT ROWID")
        db.executemany("INSERT INTO numeral VALUES (?, ?)", readings.items())

    try:
        write_table(path, fill)
    except (OSError, sqlite3.Error):
        return {}  # (a table made in every process would cost more than cn2an itself)
    table = _open_numerals(path)
    return readings if table is None else table


def _open_numerals(path: Path) -> Numerals | None:
    """The table at `path`, or None when there is none that SQLite can read."""
    if not path.is_file():
        return None
    from kg.lexicon import read_table

    try:
        db = read_table(path)
        db.execute("SELECT reading FROM numeral LIMIT 1").fetchall()
        return Numerals(db)
    except sqlite3.Error:
        return None


def _numerals_path() -> Path:
    """The table's file for the installed cn2an (keyed by its modules' files: `files_key`)."""
    import importlib.util

    from kg.lexicon import cache_dir, files_key

    spec = importlib.util.find_spec("cn2an")  # found, not imported: importing cn2an costs time
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    key = files_key(sorted(folder.glob("*.py"))) if folder is not None else "unknown"
    return cache_dir() / f"cn2an-numerals-{key}-{NUMERALS_FORMAT}.sqlite"


def _read_numerals() -> dict[str, str | None]:
    import cn2an

    table = {}
    for n in range(10000):
        for scale in (1, 10000):
            written = cn2an.an2cn(n * scale)
            forms = {written, written.replace("二", "两"), written.replace("零", "〇")}
            if written[:1] == "一" and written[1:2] in ("十", "百", "千", "万"):
                forms.add(written[1:])  # 百, 千万: a unit standing for one of it
            for form in forms:
                try:
                    table[form] = str(cn2an.cn2an(form, "smart"))
                except ValueError:  # what cn2an refuses (百 alone) is refused from the table alike
                    table[form] = None
                except Exception:  # noqa: BLE001 - a form cn2an fails on otherwise is left to it
                    continue
    return table


def find_amounts(text: str) -> list[Amount]:
    cfg = rules()
    found = []
    if not cfg.money_gate.search(text):
        return found
    for m in cfg.money_re.finditer(text):
        first = m.start("low") if m.group("low") else m.start("num")
        if first > 0 and text[first - 1] in _MINUS:
            continue  # -5亿元: an investment is not negative, and a sign dropped would misread it
        value = number(m.group("num"))
        if value is None and m.group("num")[:1] in cfg.money.alone and not text[:first].endswith(cfg.money.vague_before):
            value = number("一" + m.group("num"))  # 超百亿元, 超千万元: one hundred 亿元, one 千万 yuan
        low = number(m.group("low")) if m.group("low") else None
        if value is None or m.group("low") and low is None:
            continue
        scale, currency = cfg.money_units[m.group("unit")]
        value, low = _EXACT.multiply(value, scale), _EXACT.multiply(low, scale) if low is not None else None
        if not 0 <= value <= MAX_AMOUNT or low is not None and not 0 <= low <= value:
            continue  # 99999999999999999999万亿元: no document states that much
        kind = cfg.money.kinds.get(m.group("kind"), "other") if m.group("kind") else "other"
        found.append(Amount(value, m.start(), m.end(), kind, m.group(), low, currency))
    return found


def find_quantities(text: str) -> list[Quantity]:
    return [
        Quantity(Decimal(m.group("num")), m.group("unit"), m.start(), m.end(), m.group())
        for m in rules().quantity_re.finditer(text)
    ]
