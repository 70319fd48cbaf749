"""A user's files are sacred: `kg build` replaces only a previous build, in one step.

--out at a folder of user files, at an input, at the current folder or at a
parent of an input: nothing deleted, exit 1, one line. A build killed at any
file-system step of the swap leaves the complete old or the complete new output
at the path; what dead builds left behind is removed by the next one.
"""
from __future__ import annotations

import errno
import fcntl
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg import output
from kg.cli import main

SENTENCE = "平遥县实施乡村振兴战略，建设平遥经济技术开发区，晋鑫钢铁有限公司投资5亿元建设年产100万吨棒材项目。\n"
OTHER = "介休市推进介休经济技术开发区建设，实施黄河流域生态保护和高质量发展战略。\n"


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def one_line_error(result):
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error:"), result.output
    return lines[0]


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def docs(tmp_path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (d / "notes.md").write_text("my notes", encoding="utf-8")
    return d


def test_a_folder_of_user_files_is_refused_and_kept(tmp_path, docs):
    work = tmp_path / "work"
    (work / "src").mkdir(parents=True)
    (work / "thesis.tex").write_text("years of work", encoding="utf-8")
    (work / "src" / "model.py").write_text("print(1)", encoding="utf-8")
    before = snapshot(work)
    line = one_line_error(run("build", docs, "--out", work))
    assert "not a county-kg build" in line and "--force" in line
    assert snapshot(work) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "work"]  # nothing beside it either


def test_the_input_folder_is_refused_and_kept(docs):
    before = snapshot(docs)
    line = one_line_error(run("build", docs, "--out", docs))
    assert "is an input" in line
    assert snapshot(docs) == before


def test_force_never_replaces_an_input_or_a_parent_of_one(tmp_path, docs):
    before = snapshot(tmp_path)
    assert "is an input" in one_line_error(run("build", docs, "--out", docs, "--force"))
    assert "contains the input" in one_line_error(run("build", docs / "a.txt", "--out", tmp_path, "--force"))
    assert snapshot(tmp_path) == before


def test_the_current_folder_is_refused_and_kept(tmp_path, docs, monkeypatch):
    project = tmp_path / "project"
    (project / "notebooks").mkdir(parents=True)
    (project / "analysis.py").write_text("import kg", encoding="utf-8")
    monkeypatch.chdir(project / "notebooks")
    before = snapshot(tmp_path)
    assert "current folder" in one_line_error(run("build", docs, "--out", ".", "--force"))
    assert "current folder" in one_line_error(run("build", docs, "--out", "..", "--force"))
    assert snapshot(tmp_path) == before


def test_a_parent_of_an_input_is_refused_and_kept(tmp_path, docs):
    before = snapshot(tmp_path)
    line = one_line_error(run("build", docs / "a.txt", "--out", tmp_path))
    assert "contains the input" in line
    assert snapshot(tmp_path) == before


def test_a_folder_inside_an_input_is_refused(docs):
    line = one_line_error(run("build", docs, "--out", docs / "build"))
    assert "inside the input" in line
    assert not (docs / "build").exists()


def test_a_cache_inside_the_output_is_refused(tmp_path, docs):
    line = one_line_error(run("build", docs, "--out", tmp_path / "b", "--cache", tmp_path / "b" / "cache"))
    assert "--cache" in line


def test_a_file_and_a_symbolic_link_are_refused(tmp_path, docs):
    (tmp_path / "f").write_text("mine", encoding="utf-8")
    assert run("build", docs, "--out", tmp_path / "f").exit_code == 2  # click's own check
    with pytest.raises(output.OutputError, match="is a file"):
        kg.build([docs], tmp_path / "f")
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert "symbolic link" in one_line_error(run("build", docs, "--out", tmp_path / "link"))
    assert (tmp_path / "f").read_text(encoding="utf-8") == "mine"


def test_force_replaces_a_folder_of_other_files_and_says_so(tmp_path, docs):
    other = tmp_path / "other"
    other.mkdir()
    (other / "old.txt").write_text("x", encoding="utf-8")
    result = run("build", docs, "--out", other, "--force")
    assert result.exit_code == 0, result.output
    assert f"kg: replaced {other}: it held a folder that was not a build (--force)" in result.output
    assert sorted(p.name for p in other.iterdir()) == [
        ".county-kg-build", "graph.html", "graph.trig", "graph.ttl", "merge-log.txt", "summary.json"]


def test_a_previous_build_and_an_empty_folder_are_replaced(tmp_path, docs):
    out = tmp_path / "out"
    out.mkdir()
    first = run("build", docs, "--out", out)
    assert first.exit_code == 0 and f"replaced {out}: it held an empty folder" in first.output
    again = run("build", docs, "--out", out)
    assert again.exit_code == 0, again.output
    assert f"replaced {out}: it held a county-kg build of" in again.output
    assert output.is_build(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "out"]  # no lock, no leftovers


def test_a_second_build_on_the_same_folder_is_refused_while_one_runs(tmp_path, docs):
    out = tmp_path / "out"
    assert run("build", docs, "--out", out).exit_code == 0
    before = snapshot(out)
    lock = tmp_path / ".out.kg-lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)  # what a running build holds
    try:
        line = one_line_error(run("build", docs, "--out", out))
    finally:
        os.close(fd)
    assert "another build is writing" in line
    assert snapshot(out) == before


def test_what_dead_builds_left_is_removed_by_the_next(tmp_path, docs):
    out = tmp_path / "out"
    assert run("build", docs, "--out", out).exit_code == 0
    for name in (".out.kg-new-dead1", ".out.kg-old-dead2"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "graph.ttl").write_text("half", encoding="utf-8")
        (tmp_path / name / output.MARKER).write_text('{"county-kg": "0.1.0", "build": "x"}', encoding="utf-8")
    (tmp_path / ".out.kg-new-mine").mkdir()  # no marker, not empty: not ours to remove
    (tmp_path / ".out.kg-new-mine" / "keep.txt").write_text("mine", encoding="utf-8")
    result = run("build", docs, "--out", out)
    assert result.exit_code == 0, result.output
    assert f"removed {tmp_path / '.out.kg-new-dead1'}" in result.output
    assert f"removed {tmp_path / '.out.kg-old-dead2'}" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.kg-new-mine", "docs", "out"]


# A kill at every file-system step of the replacement. The build runs in a forked
# child whose step functions end the process (os._exit: no handler runs, as with
# kill -9) right before or right after the chosen call.

STEPS = ("_make_new", "_write_marker", "_exchange", "_rename", "_remove_tree")


def steps_of_a_build(tmp_path, docs, out, monkeypatch) -> list[str]:
    calls = []
    for name in STEPS:
        real = getattr(output, name)
        monkeypatch.setattr(output, name, lambda *a, _real=real, _name=name: (calls.append(_name), _real(*a))[1])
    kg.build([docs], out)
    monkeypatch.undo()
    return calls


def killed_build(docs, out, step: int, when: str, exchange: bool) -> int:
    """Build in a forked child that dies (os._exit, as under kill -9) right `when` its `step`-th file-system step runs."""
    pid = os.fork()
    if pid == 0:
        try:
            count = [0]

            def wrap(real):
                def step_fn(*args):
                    count[0] += 1
                    if count[0] == step and when == "before":
                        os._exit(137)
                    try:
                        return real(*args)
                    finally:
                        if count[0] == step and when == "after":
                            os._exit(137)
                return step_fn

            if not exchange:
                output._exchange = unsupported
            for name in STEPS:
                setattr(output, name, wrap(getattr(output, name)))
            kg.build([docs], out)
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def unsupported(a, b):
    raise OSError(errno.EINVAL, "this file system cannot exchange")


@pytest.fixture
def two_outputs(tmp_path, docs, monkeypatch):
    """An old build of `docs` at `out`, and the files a complete new build (of changed docs) holds."""
    out = tmp_path / "out"
    kg.build([docs], out)
    old = snapshot(out)
    (docs / "b.txt").write_text(OTHER, encoding="utf-8")
    reference = tmp_path / "reference"
    kg.build([docs], reference)
    return out, old, snapshot(reference)


def complete_old_or_new(out: Path, old: dict, new: dict) -> str:
    assert out.is_dir() and not out.is_symlink()
    now = snapshot(out)
    if now == old:
        return "old"
    assert set(now) == set(new), sorted(set(now) ^ set(new))
    for name in ("graph.ttl", "graph.trig", "merge-log.txt"):
        assert now[name] == new[name], name
    assert b'"complete"' in now[output.MARKER]
    return "new"


def test_the_steps_of_a_replacement_are_known(tmp_path, docs, monkeypatch):
    kg.build([docs], tmp_path / "scratch")
    assert steps_of_a_build(tmp_path, docs, tmp_path / "scratch", monkeypatch) == [
        "_make_new", "_write_marker", "_write_marker", "_exchange", "_remove_tree"]
    monkeypatch.setattr(output, "_exchange", unsupported)
    assert steps_of_a_build(tmp_path, docs, tmp_path / "scratch", monkeypatch) == [
        "_make_new", "_write_marker", "_write_marker", "_exchange", "_rename", "_rename", "_remove_tree"]


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("step", range(1, 6))
def test_a_kill_at_any_step_leaves_the_old_or_the_new_output(tmp_path, docs, two_outputs, step, when):
    out, old, new = two_outputs
    assert killed_build(docs, out, step, when, exchange=True) == 137
    seen = complete_old_or_new(out, old, new)
    assert seen == ("new" if step == 4 and when == "after" or step == 5 else "old")
    # the next build cleans up whatever the dead one left, and replaces the output
    result = run("build", docs, "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.parent.iterdir()) == ["docs", "out", "reference"]
    assert complete_old_or_new(out, old, new) == "new"


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("step", range(1, 8))
def test_the_fallback_of_two_renames(tmp_path, docs, two_outputs, step, when):
    """Where the file system cannot exchange, two renames: a kill between them leaves no
    folder at the path for an instant, and the next build puts the old one back first;
    at every other step the path holds the complete old or new output."""
    out, old, new = two_outputs
    assert killed_build(docs, out, step, when, exchange=False) == 137
    if (step, when) in ((5, "after"), (6, "before")):
        assert not out.exists()
        result = run("build", docs, "--out", out)
        assert f"restored {out}" in result.output and result.exit_code == 0
    else:
        seen = complete_old_or_new(out, old, new)
        assert seen == ("new" if step >= 6 else "old")
        assert run("build", docs, "--out", out).exit_code == 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["docs", "out", "reference"]
    assert complete_old_or_new(out, old, new) == "new"


# Errors writing: one line, the previous output intact.

def test_a_full_disk_gives_one_line_and_keeps_the_old_output(tmp_path, docs, seeds_dir):
    out = tmp_path / "out"
    assert run("build", docs, "--out", out).exit_code == 0
    before = snapshot(out)
    limit = 300_000  # bytes per file: the seeds' graph.ttl is ten times that
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, ({0}, {0})); "
            "from kg.cli import main; sys.argv = ['kg'] + sys.argv[1:]; main()").format(limit)
    proc = subprocess.run([sys.executable, "-c", code, "build", str(seeds_dir), "--out", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: cannot write the build (File too large, errno 27)"), proc.stderr
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "out"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_every_write_error_is_one_line(tmp_path, docs, monkeypatch, code):
    out = tmp_path / "out"
    assert run("build", docs, "--out", out).exit_code == 0
    before = snapshot(out)

    def full(self, graph):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("kg.export.Writer.add", full)
    line = one_line_error(run("build", docs, "--out", out))
    assert os.strerror(code) in line and "left as it was" in line
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "out"]


def test_a_build_made_before_the_marker_is_replaced_but_not_a_lookalike(tmp_path, docs):
    out = tmp_path / "out"
    assert run("build", docs, "--out", out).exit_code == 0
    (out / output.MARKER).unlink()  # what county-kg wrote before this change
    result = run("build", docs, "--out", out)
    assert result.exit_code == 0 and "made before builds carried a marker" in result.output
    (out / output.MARKER).unlink()
    (out / "my-analysis.ipynb").write_text("{}", encoding="utf-8")  # a user's file beside it: not ours
    assert "not a county-kg build" in one_line_error(run("build", docs, "--out", out))
    assert (out / "my-analysis.ipynb").exists()


def test_an_interrupt_python_swallowed_still_stops_the_swap(tmp_path, docs, monkeypatch):
    """A Ctrl-C whose KeyboardInterrupt lands in a generator's finalizer is only printed by
    Python and the build goes on; it must still not replace the output."""
    import signal

    out = tmp_path / "out"
    kg.build([docs], out)
    before, handler = snapshot(out), signal.getsignal(signal.SIGINT)
    real = output._write_marker

    def interrupted_then_swallowed(folder, info):
        if info.get("state") == "complete":
            try:
                signal.raise_signal(signal.SIGINT)
            except KeyboardInterrupt:
                pass  # what an unraisable-exception hook does
        real(folder, info)

    monkeypatch.setattr(output, "_write_marker", interrupted_then_swallowed)
    with pytest.raises(KeyboardInterrupt):
        kg.build([docs], out)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "out"]
    assert signal.getsignal(signal.SIGINT) is handler  # put back as it was


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux's")
def test_the_exchange_is_found_without_running_a_program(tmp_path, monkeypatch):
    """renameat2 is taken from the running program's symbols: ctypes.util.find_library would run
    `ldconfig -p` in a subprocess in every build that replaces another."""
    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"a subprocess was started: {args}")

    monkeypatch.setattr(subprocess, "Popen", no_subprocess)
    exchange = output._find_exchanger()
    assert exchange is not None
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "old").touch()
    assert exchange(os.fsencode(tmp_path / "a"), os.fsencode(tmp_path / "b")) == 0
    assert (tmp_path / "b" / "old").exists() and not (tmp_path / "a" / "old").exists()
