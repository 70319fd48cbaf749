"""Reading input files into `Document`s (stub: UTF-8 only; to be hardened)."""
from __future__ import annotations

from pathlib import Path

from kg.document import Document
from kg.errors import InputError


def find_inputs(paths) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"no such file or directory: {p}")
        found.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    if not found:
        raise InputError("no .txt documents found in " + ", ".join(map(str, paths)))
    return found


def read(path: Path) -> Document:
    raw = Path(path).read_text(encoding="utf-8")
    return Document(path=Path(path), raw=raw)
