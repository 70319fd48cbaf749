"""The words of the project: jieba's dictionary, with a user dictionary built from the rules.

The words of `rules/lexicon.txt` (and any a rule family adds with `add_words`)
keep domain terms whole.

The build loads only what it uses. Cutting is done by jieba-rs (`rjieba`, the
Rust port by jieba's co-maintainer), which cuts the very tokens jieba cuts
(checked by tests/test_segment.py and tests/test_lexicon.py). The rules also
ask how often jieba has seen a word and which part-of-speech tag its
dictionary gives it: those come from a compact table (SQLite) made once from
jieba's dict.txt and kept in the user's cache folder (~/.cache/county-kg),
keyed by jieba's version and its dictionary, instead of from jieba's and
jieba.posseg's Python dictionaries (about 3 s to load at every start).

`tokenizer()` is that table with jieba's interface for what the rules use
(`FREQ.get`, `lcut(..., HMM=False)`, `add_word`), so a rule reads the same
numbers it read from jieba; `jieba_tokenizer()` is jieba itself, the reference
the tests compare with.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from contextlib import closing
from functools import lru_cache
from importlib import resources
from pathlib import Path

TABLE_FORMAT = 2


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    path = Path(base) / "county-kg"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return path
    except OSError:
        return Path(tempfile.gettempdir())


def lexicon_words() -> list[tuple[str, int | None, str | None]]:
    text = resources.files("kg").joinpath("rules/lexicon.txt").read_text(encoding="utf-8")
    words = []
    for line in text.splitlines():
        parts = line.split("#", 1)[0].split()
        if parts:
            freq = int(parts[1]) if len(parts) > 1 else None
            words.append((parts[0], freq, parts[2] if len(parts) > 2 else None))
    return words


# --- the compact table of jieba's dictionary -------------------------------------------------------


def _jieba_dict() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("jieba")  # found, not imported: importing jieba costs time
    return Path(spec.origin).parent / "dict.txt"


def table_path() -> Path:
    """The table's file for the installed jieba (made on first use)."""
    source = _jieba_dict()
    path = cache_dir() / f"jieba-words-{files_key([source])}-{TABLE_FORMAT}.sqlite"
    if not path.is_file():
        _make_table(source, path)
    return path


def files_key(paths) -> str:
    """A short key of the files a cached table is made from: each one's name and size, and the
    release of the package that installed it (the name of its `*.dist-info` folder beside the
    package), so that every environment with the same release shares one table; where no release
    is recorded, the time of the file's last change. (Not importlib.metadata, which imports email,
    zipfile and csv, some 16 ms of every process.)"""
    marks = []
    for path in sorted(map(Path, paths)):
        st = path.stat()
        release = _release(path.parent)
        marks.append(f"{path.name}:{st.st_size}:{release or st.st_mtime_ns}")
    return hashlib.sha1("\n".join(marks).encode("utf-8", "surrogateescape")).hexdigest()[:12]


@lru_cache(maxsize=8)
def _release(package: Path) -> str:
    """jieba-0.42.1.dist-info for site-packages/jieba: the record of the release installed there, or ""."""
    try:
        found = [p.name for p in package.parent.glob(f"{package.name}-*.dist-info")]
    except OSError:
        return ""
    return found[0] if len(found) == 1 else ""


def _make_table(source: Path, path: Path) -> None:
    """word -> (frequency, tag) for every word of dict.txt, and the total jieba divides by.

    Every prefix of a word that is not a word itself is kept with frequency 0,
    as jieba's prefix dictionary keeps it (so `FREQ.get(x, default)` answers as
    jieba's does, whatever the default). Written to a temporary file and
    renamed: a reader never sees half a table.
    """
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    with source.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, n = parts[0], int(parts[1])
            freq[word] = n
            total += n
            if len(parts) > 2:
                tags[word] = parts[2]
    for word in list(freq):
        for end in range(1, len(word)):
            freq.setdefault(word[:end], 0)

    def fill(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE word(word TEXT PRIMARY KEY, freq INTEGER NOT NULL, tag TEXT) WITHOUT ROWID")
        db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER)")
        db.executemany("INSERT INTO word VALUES (?, ?, ?)", ((w, n, tags.get(w)) for w, n in freq.items()))
        db.execute("INSERT INTO meta VALUES ('total', ?)", (total,))

    write_table(path, fill)


def write_table(path: Path, fill) -> None:
    """A SQLite table file at `path` (in the cache folder), filled by `fill(db)` in a temporary
    file beside it and renamed: a reader never sees half a table. Raises OSError or
    sqlite3.Error when it cannot be written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with closing(sqlite3.connect(tmp)) as db:
            fill(db)
            db.commit()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_table(path: Path) -> sqlite3.Connection:
    """The table file at `path`, opened read-only (by a file URI made from the path: a folder
    named with #, ? or % stays whole)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


class Words:
    """jieba's interface to its dictionary, for what the rules read, backed by the table.

    `FREQ.get(word, default)` gives what jieba's `Tokenizer.FREQ.get` gives (a
    word's frequency, 0 for a character seen only as the start of words);
    `lcut(text, HMM=False)` cuts as jieba does; `add_word` adds a word with the
    frequency jieba would give it (`suggest_freq`).
    """

    def __init__(self, path: Path, cutter):
        self.cutter = cutter
        self.db = read_table(path)
        # (pages read through a memory map, not a read() each: a cold lookup a fifth faster)
        self.db.execute("PRAGMA mmap_size = 67108864")
        self.total = self.db.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()[0]
        self.added: dict[str, int] = {}
        self.FREQ = self  # rules read `tokenizer().FREQ.get(word, 0)`

    def get(self, word: str, default=None):
        if word in self.added:
            return self.added[word]
        found = self._row(word)
        return default if found is None else found[0]

    def tag(self, word: str) -> str | None:
        found = self._row(word)
        return found[1] if found else None

    @lru_cache(maxsize=1 << 16)
    def _row(self, word: str):
        return self.db.execute("SELECT freq, tag FROM word WHERE word = ?", (word,)).fetchone()

    def lcut(self, text: str, HMM: bool = False) -> list[str]:  # noqa: N803 - jieba's name
        if HMM:
            raise ValueError("the rules cut without HMM (jieba's HMM finds words no dictionary holds)")
        return self.cutter.cut(text, False)

    def suggest_freq(self, word: str) -> int:
        """jieba's Tokenizer.suggest_freq(word, tune=False)."""
        total = float(self.total)
        freq = 1.0
        for seg in self.lcut(word):
            freq *= self.get(seg, 1) / total
        return max(int(freq * self.total) + 1, self.get(word, 1))

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> int:
        """jieba's Tokenizer.add_word, to this table and the cutter alike; the frequency given.

        (The tag goes where jieba puts it, to user tags that `word_tag` does not read.)
        """
        freq = int(freq) if freq is not None else self.suggest_freq(word)  # before the word is known, as jieba does
        self.added[word] = freq
        self.total += freq
        for end in range(1, len(word)):
            if self.get(word[:end]) is None:
                self.added[word[:end]] = 0  # jieba adds every prefix of a new word with frequency 0
        self.cutter.add_word(word, freq, tag)
        return freq


@lru_cache(maxsize=1)
def _words() -> Words:
    # rjieba loads its dictionary into a default instance when imported; its module
    # functions (cut, tokenize, add_word) use it: a second instance would load it again.
    # (Imported here, at the first cut: loading that dictionary is a tenth of a second.)
    import rjieba

    words = Words(table_path(), rjieba)
    for word, freq, tag in lexicon_words():
        words.add_word(word, freq, tag)
    return words


def tokenizer() -> Words:
    """jieba's dictionary as the rules read it (frequencies, tags, cuts), with the project's words."""
    return _words()


def segmenter():
    """jieba-rs holding the same words as `tokenizer()` (its `cut`, `tokenize`, `add_word`)."""
    return _words().cutter


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """jieba itself, with the same user words: the reference the tests compare with."""
    import logging  # (only here: a build, which never loads jieba itself, does not import logging)

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(cache_dir())
    tok.initialize()
    for word, freq, tag in lexicon_words():
        tok.add_word(word, freq, tag)
    for word in _added:
        tok.add_word(word)
    return tok


_added: list[str] = []


def add_words(words) -> None:
    """Let a rule family keep its own terms whole (in every engine)."""
    for w in words:
        tokenizer().add_word(w)
        _added.append(w)
        if jieba_tokenizer.cache_info().currsize:
            jieba_tokenizer().add_word(w)


def word_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives `word` (`i` for an idiom), if any."""
    if not tokenizer().FREQ.get(word):
        return None  # not in the dictionary (or a bare prefix): jieba.posseg would not tag it
    return tokenizer().tag(word)
