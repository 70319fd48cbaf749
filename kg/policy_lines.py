"""National and provincial policy lines, as the national documents name them.

Data: `kg/data/national_lines.tsv`, one line a row: its fullest name, the other
forms of it (东北振兴 of 东北全面振兴), the province it belongs to (empty: the
whole country) and the document that names it, declared in the file's header.
A row that cannot be read is an error naming the file and its line, like a
rule file's (`rulebook.RuleError`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg import gazetteer, regex_cache
from kg.rulebook import RuleError

COLUMNS = ("name", "variants", "scope", "source")
_SOURCE = regex_cache.compile(r"^#\s+([A-Z][A-Z0-9]+)\s+\S")


@dataclass(frozen=True)
class PolicyLine:
    name: str
    variants: tuple[str, ...]
    # the GB/T 2260 code of the province whose line it is ("": a national line)
    province: str
    source: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


def data_file() -> Path:
    return Path(str(resources.files("kg").joinpath("data/national_lines.tsv")))


@lru_cache(maxsize=None)
def load(path: Path | str | None = None) -> tuple[PolicyLine, ...]:
    """Every line of the file at `path` (the packaged table when None)."""
    path = Path(path) if path is not None else data_file()
    sources, lines, seen, header = set(), [], {}, False
    for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if row.startswith("#"):
            m = _SOURCE.match(row)
            if m:
                sources.add(m.group(1))
            continue
        if not row.strip():
            continue
        cells = row.split("\t")
        if not header:
            if tuple(cells) != COLUMNS:
                raise RuleError(path, n, f"the columns should be {', '.join(COLUMNS)} (tab-separated)")
            header = True
            continue
        if len(cells) != len(COLUMNS):
            raise RuleError(path, n, f"{len(cells)} columns, not {len(COLUMNS)}")
        name, variants, scope, source = (c.strip() for c in cells)
        if source not in sources:
            raise RuleError(path, n, f'source "{source}" is not declared in the header')
        line = PolicyLine(name, tuple(v for v in variants.split("|") if v), _province(path, n, scope), source)
        for form in line.forms:
            if form in seen:
                raise RuleError(path, n, f'"{form}" is listed twice (first on line {seen[form]})')
            seen[form] = n
        lines.append(line)
    return tuple(lines)


def _province(path: Path, n: int, scope: str) -> str:
    if not scope:
        return ""
    province = gazetteer.by_name(scope)
    if province is None or province.level != "province":
        raise RuleError(path, n, f'scope "{scope}" is not the name of a province')
    return province.code


@lru_cache(maxsize=1)
def _starts() -> frozenset[str]:
    """Every national line's form and every start of one, made once: an item is looked up, not
    compared with each line."""
    return frozenset(form[:k] for line in load() for form in line.forms for k in range(1, len(form) + 1))


def is_line_or_start(item: str) -> bool:
    """Whether `item` is a national line of kg/data/national_lines.tsv or the start of one
    (乡村振兴, 乡村振兴|战略's 乡村振兴, 双碳)."""
    return item in _starts()
