"""The command line: bad input gives one line and a non-zero exit, never a
traceback; a failed build leaves the previous output untouched."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

SENTENCE = "浙江省安吉县坚持“两山”理念，实施乡村振兴战略，安吉经济开发区建设年产5万吨竹纤维项目。\n"


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


@pytest.fixture
def corpus(tmp_path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(SENTENCE * 3, encoding="utf-8")
    return d


def one_line_error(result, code=1):
    assert result.exit_code == code, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error:"), result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_missing_path(tmp_path):
    line = one_line_error(run("build", tmp_path / "nope", "--out", tmp_path / "out"))
    assert "nope" in line
    assert not (tmp_path / "out").exists()


def test_folder_without_txt(tmp_path):
    (tmp_path / "empty").mkdir()
    one_line_error(run("build", tmp_path / "empty", "--out", tmp_path / "out"))


@pytest.mark.parametrize(
    "name, payload, word",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \r\n", "empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("garbage.txt", b"\xff\xfe\xfd\x80\x81" * 5 + "县".encode("utf-8") + b"\x80\xff" * 9, "decode"),
    ],
)
def test_bad_file(tmp_path, name, payload, word):
    f = tmp_path / name
    f.write_bytes(payload)
    line = one_line_error(run("build", f, "--out", tmp_path / "out"))
    assert name in line and word in line


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_build(tmp_path, encoding):
    f = tmp_path / "doc.txt"
    f.write_bytes(SENTENCE.encode(encoding) * 2)
    result = run("build", f, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0, result.output
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "安吉" in ttl


def test_failed_build_keeps_previous_output(tmp_path, corpus):
    out = tmp_path / "out"
    assert run("build", corpus, "--out", out, "--quiet").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (corpus / "z-broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    one_line_error(run("build", corpus, "--out", out, "--quiet", "--strict"))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_crash_while_writing_keeps_previous_output(tmp_path, corpus, monkeypatch):
    out = tmp_path / "out"
    assert run("build", corpus, "--out", out, "--quiet").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("kg.explorer.Explorer.write", broken)
    with pytest.raises(RuntimeError):
        import kg

        kg.build([corpus], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_usage_error_exit_2(tmp_path):
    assert run("build").exit_code == 2
    assert run("query", tmp_path).exit_code == 2


_BUILD_THEN_CYCLE = """
import sys
from kg.cli import main

class Cycle:
    def __del__(self):
        sys.stderr.write("collected at exit")

try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:  # (a failed build exits 1)
    pass
a, b = Cycle(), Cycle()
a.other, b.other = b, a  # garbage only the collector finds
del a, b
"""


def test_a_build_process_ends_without_the_collectors_last_passes(corpus, tmp_path):
    # the interpreter's collections at exit walk all that the build loaded: a build process
    # freezes the collector at exit (a cycle left over is not collected), its output whole
    def process(*args):
        return subprocess.run([sys.executable, "-c", _BUILD_THEN_CYCLE, *map(str, args)], capture_output=True,
                              text=True)

    built = process("build", corpus, "--out", tmp_path / "out", "--quiet")
    assert built.returncode == 0, built.stderr
    assert "collected at exit" not in built.stderr
    assert {"graph.trig", "graph.ttl", "graph.html", "summary.json"} <= {p.name for p in (tmp_path / "out").iterdir()}
    failed = process("build", tmp_path / "nope", "--out", tmp_path / "out2")  # (no build: collected as before)
    assert "collected at exit" in failed.stderr


def test_real_process_prints_no_traceback(tmp_path):
    f = tmp_path / "binary.txt"
    f.write_bytes(b"\x00" * 64)
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(f), "--out", str(tmp_path / "o")],
        capture_output=True, text=True,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("kg: error:") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_build_process_ends_without_teardown_and_writes_everything(corpus, tmp_path):
    """`python -m kg.cli build` ends by os._exit once the build is written (kg.cli._quick_exit):
    status 0, the summary printed, the files complete; a host calling main (CliRunner) ends as usual."""
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    assert "seconds per stage" in proc.stdout
    assert (out / "graph.ttl").read_text(encoding="utf-8").rstrip().endswith(".")
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert run("build", corpus, "--out", tmp_path / "again", "--quiet").exit_code == 0
    from kg import cli

    assert cli._done and not cli._quick_exit_allowed(0)  # (pytest is the process here, not kg)
