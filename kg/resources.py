"""The files the program reads at run time that live outside the package's code.

`ontology/` and `queries/` stay at the top of the repository (the layout
users know); the wheel carries them inside the package as `kg/ontology/` and
`kg/queries/` (the `package-dir` mapping of pyproject.toml). `resource` finds
them in either install: inside the package first (a wheel), then beside it
(a source checkout or an editable install).
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
SHIPPED = ("ontology", "queries")


def resource(folder: str, name: str = "") -> Path:
    """The path of `folder/name`, one of the shipped folders (`ontology`, `queries`)."""
    if folder not in SHIPPED:
        raise ValueError(f"not a shipped folder: {folder}")
    for base in (_PACKAGE / folder, _PACKAGE.parent / folder):
        if base.is_dir():
            return base / name if name else base
    raise FileNotFoundError(f"{folder}/ is missing from this install of county-kg")
