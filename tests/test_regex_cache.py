"""Compiled regexes kept between processes (kg/regex_cache.py): a pattern made from the kept code
matches as re.compile's does; a broken, foreign or unwritable cache is only a saving lost."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg import regex_cache

ROOT = Path(__file__).resolve().parent.parent

# patterns of the shapes the rules use: named groups, look-behind, classes of Han characters,
# alternations of words, flags, back-references
PATTERNS = [
    (r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:产业园|工业园区)(?=[，。])", 0),
    (r"(?<![第\d])(?P<n>\d+)个(?:项目|工程)", 0),
    (r"(?:矿业|铜业|新材料|环保科技)(?!公司)", 0),
    (r"(\w)\1", re.IGNORECASE),
    (r"^(?:新建|续建)+", re.MULTILINE),
]
TEXTS = ["建设白沙产业园，引进3个项目。", "第5个项目", "青山铜业投产", "AAbb", "新建续建厂房\n新建路"]


def _behaviour(pattern: re.Pattern) -> list:
    return [pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)] + [
        [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(t)] for t in TEXTS]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and a process that has compiled nothing yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _as_a_new_process(monkeypatch)
    yield tmp_path / "cache" / "county-kg"
    regex_cache._kept.cache_clear()


def _as_a_new_process(monkeypatch):
    monkeypatch.setattr(regex_cache, "_made", {})
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    regex_cache._kept.cache_clear()


def test_a_pattern_made_from_the_kept_code_matches_as_re_compile_does(fresh, monkeypatch):
    for p, flags in PATTERNS:
        assert _behaviour(regex_cache.compile(p, flags)) == _behaviour(re.compile(p, flags))
    assert regex_cache.save()
    [kept] = fresh.glob("regexes-*.marshal")
    _as_a_new_process(monkeypatch)
    for p, flags in PATTERNS:
        assert regex_cache._from_cache((p, int(flags))) is not None  # made from the kept code
        assert _behaviour(regex_cache.compile(p, flags)) == _behaviour(re.compile(p, flags))
    assert regex_cache._new == {} and not regex_cache.save()  # nothing new: the file is not rewritten


def test_a_second_process_compiles_nothing(tmp_path):
    """Two real processes: the second makes every pattern from the code the first kept."""
    script = (
        "import json, sys; from kg import regex_cache\n"
        f"pats = {[(p, int(f)) for p, f in PATTERNS]!r}\n"
        "made = [regex_cache.compile(p, f) for p, f in pats]\n"
        "print(json.dumps([len(regex_cache._new), [m.pattern for m in made]]))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                                      text=True, check=True).stdout) for _ in range(2)]
    assert runs[0][0] == len(PATTERNS) and runs[1][0] == 0
    assert runs[0][1] == runs[1][1] == [p for p, _ in PATTERNS]


def test_a_broken_cache_file_is_compiled_past(fresh, monkeypatch):
    fresh.mkdir(parents=True)
    regex_cache.cache_file().write_bytes(b"\x00not marshal at all")
    p, flags = PATTERNS[0]
    assert _behaviour(regex_cache.compile(p, flags)) == _behaviour(re.compile(p, flags))
    assert regex_cache.save()  # and the file is written anew, whole


def test_kept_code_that_sre_refuses_is_compiled_anew(fresh, monkeypatch):
    """sre checks the code it is given: a tampered entry raises inside _sre.compile, never runs."""
    p, flags = PATTERNS[1]
    regex_cache.compile(p, flags)
    regex_cache.save()
    kept = regex_cache._kept()
    entry = list(kept[(p, flags)])
    entry[1] = [999, 1, 2]  # no sre opcode
    kept[(p, flags)] = tuple(entry)
    monkeypatch.setattr(regex_cache, "_made", {})
    assert regex_cache._from_cache((p, flags)) is None
    assert _behaviour(regex_cache.compile(p, flags)) == _behaviour(re.compile(p, flags))


def test_a_folder_that_cannot_be_written_is_no_error(fresh, monkeypatch):
    monkeypatch.setattr("kg.lexicon.cache_dir", lambda: fresh / "missing" / "deeper")
    regex_cache.compile(PATTERNS[2][0])
    assert regex_cache.save() is False


def test_a_bad_pattern_is_the_error_re_gives(fresh):
    with pytest.raises(re.error, match="missing \\)"):
        regex_cache.compile("(?P<name>abc")


def test_patterns_of_old_rules_do_not_pile_up(fresh, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_KEPT", 3)
    for p, flags in PATTERNS[:3]:
        regex_cache.compile(p, flags)
    regex_cache.save()
    _as_a_new_process(monkeypatch)
    regex_cache.compile(*PATTERNS[3])
    regex_cache.compile(*PATTERNS[4])
    regex_cache.save()  # 3 kept + 2 new > 3: only the two this process used are written
    regex_cache._kept.cache_clear()
    assert sorted(regex_cache._kept()) == sorted((p, int(f)) for p, f in PATTERNS[3:])
