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
    disk: nothing in it must survive a crash, the build starts again. The file is this
    build's own, so it is locked once for the connection's life (not at every statement
    and commit), and the temporary tables of a query (the page's chosen nodes, the
    dossier's rows, at most the page's caps) stay in memory: some 10 % of writing the
    seeds' page."""
    db = sqlite3.connect(str(path) if path else ":memory:")
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA locking_mode = EXCLUSIVE")
    db.execute("PRAGMA temp_store = MEMORY")
    return db


def chunks(items: list, size: int = 500):
    """`items` in lists of at most `size` (SQLite bounds the parameters of one statement)."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
