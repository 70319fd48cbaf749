"""scratch: SQLite tables that live as long as one build.

What a build learns across documents (every entity's surface forms, what the
page shows) grows with the corpus; kept in a file beside the output instead of
in Python objects, it costs disk, not memory.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path


def database(path: Path | None) -> sqlite3.Connection:
    """A database in `path` (or in memory), with no journal and no waiting for the
    disk: nothing in it must survive a crash, the build starts again."""
    db = sqlite3.connect(str(path) if path else ":memory:")
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    return db


def chunks(items: list, size: int = 500):
    """`items` in lists of at most `size` (SQLite bounds the parameters of one statement)."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
