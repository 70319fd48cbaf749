"""The jieba tokenizer of the project, with a user dictionary built from the rules.

The words of `rules/lexicon.txt` (and any a rule family adds with `add_words`)
keep domain terms whole. jieba's own dictionary is loaded once per process and
its parsed form is cached on disk between runs (in ~/.cache/county-kg).

Two engines hold the same dictionary: `tokenizer()` is jieba itself (word
frequencies for the rules, the reference segmentation) and `segmenter()` is
jieba-rs (`rjieba`), the Rust port by jieba's co-maintainer, which cuts the
same tokens about ten times faster (checked against jieba by tests/test_segment.py).
"""
from __future__ import annotations

import logging
import os
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jieba
import rjieba

jieba.setLogLevel(logging.WARNING)


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


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(cache_dir())
    tok.initialize()
    for word, freq, tag in lexicon_words():
        tok.add_word(word, freq, tag)
    return tok


@lru_cache(maxsize=1)
def segmenter() -> rjieba.Jieba:
    seg = rjieba.Jieba()
    for word, freq, tag in lexicon_words():
        seg.add_word(word, freq, tag)
    return seg


def add_words(words) -> None:
    """Let a rule family keep its own terms whole (in both engines)."""
    tok, seg = tokenizer(), segmenter()
    for w in words:
        tok.add_word(w)
        seg.add_word(w, None, None)


def word_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives `word` (`i` for an idiom), if any."""
    if not tokenizer().FREQ.get(word):
        return None  # not in the dictionary: no need to read its tags
    return _word_tags().get(word)


@lru_cache(maxsize=1)
def _word_tags() -> dict:
    # loaded only when a rule asks: parsing the tags of jieba's dictionary takes a third of a second
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab
