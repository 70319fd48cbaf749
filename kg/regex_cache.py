"""Compiled regexes kept between processes.

Python's re compiles a pattern in Python code, and the rules' large alternations and classes of
Chinese characters cost it about a quarter of a cold `kg build` of the seeds (0.36 of 1.6 CPU
seconds, 575 patterns). What re makes of a pattern is a list of integers (sre's code), which
`_sre.compile` turns into a pattern object in microseconds: re itself ends every compile so.
This module keeps that code in the user's cache folder, one file per interpreter (its version
and sre's MAGIC, the version of the code's format), and makes a later process's patterns from
it. The cache is content-addressed (the key is the pattern's text and flags), so an edited rule
file is simply a pattern not yet kept.

The cache is only a saving: a file that cannot be read or written, or an interpreter whose re
is built differently, falls back to `re.compile`; sre checks any code it is given before use
(an invalid list is refused with an error, which also falls back).
"""
from __future__ import annotations

import _sre
import atexit
import marshal
import platform
import re
from functools import lru_cache
from pathlib import Path

try:  # Python 3.11 and later
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# The most patterns a cache file keeps: past it, the file is written anew with only those
# this process used (old rule versions' patterns would otherwise pile up).
MAX_KEPT = 4000

Entry = tuple  # (flags, code, groups - 1, groupindex, indexgroup): the arguments of _sre.compile

_made: dict[tuple[str, int], re.Pattern] = {}  # this process's patterns
_used: set[tuple[str, int]] = set()
_new: dict[tuple[str, int], Entry] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (the name re gives it)
    """`re.compile(pattern, flags)`, from the code kept by an earlier process where there is one."""
    key = (pattern, int(flags))
    made = _made.get(key)
    if made is None:
        made = _made[key] = _from_cache(key) or _compile(key)
        _used.add(key)
    return made


def _from_cache(key: tuple[str, int]) -> re.Pattern | None:
    entry = _kept().get(key)
    if entry is None:
        return None
    try:
        return _sre.compile(key[0], *entry)
    except (TypeError, ValueError, RuntimeError):  # another interpreter's code: compiled anew
        return None


def _compile(key: tuple[str, int]) -> re.Pattern:
    """The pattern as `re._compiler.compile` makes it (the same steps, in CPython 3.10 to 3.13),
    keeping the arguments it hands to _sre.compile; plain re.compile where those steps fail."""
    pattern, flags = key
    if flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        made = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 (an re built otherwise: its own compile, nothing kept)
        return re.compile(pattern, flags)
    _new[key] = entry
    return made


def cache_file() -> Path:
    from kg.lexicon import cache_dir

    version = f"{platform.python_implementation()}-{platform.python_version()}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return cache_dir() / f"regexes-{version}.marshal"


@lru_cache(maxsize=1)
def _kept() -> dict[tuple[str, int], Entry]:
    try:
        kept = marshal.loads(cache_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def save() -> bool:
    """Write the patterns compiled in this process beside those kept (atomically; a folder that
    cannot be written is no error). True if the file was written."""
    if not _new:
        return False
    kept = _kept()
    if len(kept) + len(_new) > MAX_KEPT:
        kept = {key: kept[key] for key in _used if key in kept}
    merged = {**kept, **_new}
    from kg.output import atomic_file

    try:
        with atomic_file(cache_file(), encoding=None) as f:
            f.write(marshal.dumps(merged))
    except (OSError, ValueError):
        return False
    kept.update(_new)
    _new.clear()
    return True


atexit.register(save)
