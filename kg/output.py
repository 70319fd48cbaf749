"""The output folder of a build: only a county-kg build is ever replaced, in one step.

A build writes into a fresh sibling folder (`.NAME.kg-new-XXXX`) that carries
the marker file `.county-kg-build` from its first moment, and puts it in place
only when everything is written:

- before anything is created or moved, `--out` is checked: it must not be, lie
  inside or contain an input, the cache or the current folder; if it exists it
  must be empty or a previous build (it holds the marker, or, made before the
  marker existed, nothing but a build's files and its summary.json), unless `force`;
- a lock file beside it (`.NAME.kg-lock`, removed at the end) keeps a second
  build from writing to the same folder at the same time: it is refused with a
  message;
- the new folder and the old are swapped with one system call,
  `renameat2(RENAME_EXCHANGE)` on Linux (`renamex_np(RENAME_SWAP)` on macOS):
  at every moment the path holds either the complete old output or the
  complete new one, and it stays a real folder. Where the system or the file
  system cannot exchange (`EINVAL`, `ENOSYS`), the fallback is two renames (old
  aside as `.NAME.kg-old-XXXX`, new in); a crash between them leaves no folder
  at the path for an instant, and the next build puts the old one back first;
- leftovers of builds that died (siblings named `.NAME.kg-new-*` or
  `.NAME.kg-old-*` that carry the marker) are removed by the next build.

Every replacement and removal is reported (`Output.notes`).
"""
from __future__ import annotations

import ctypes
import errno
import json
import os
import secrets
import shutil
import signal
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from kg.errors import KgError

MARKER = ".county-kg-build"
_NEW, _OLD, _LOCK = ".kg-new-", ".kg-old-", ".kg-lock"


class OutputError(KgError):
    """--out cannot be used: the message says why and what to do."""


def is_build(folder: Path) -> bool:
    """Whether `folder` holds the marker of a county-kg build."""
    marker = Path(folder) / MARKER
    try:
        if marker.is_symlink() or not marker.is_file():
            return False
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "county-kg" in data


# what builds wrote before they carried the marker (county-kg 0.1.0 up to this change)
_EARLIER_FILES = {"graph.ttl", "graph.trig", "graph.html", "summary.json", "merge-log.txt",
                  "graph.jsonld", "graph.nt", "graph.graphml", "nodes.csv", "edges.csv"}


def is_earlier_build(folder: Path) -> bool:
    """A build made before the marker existed: nothing but the files a build writes, and a
    summary.json that is one (documents, classes, seconds)."""
    try:
        entries = list(Path(folder).iterdir())
        if not entries or any(p.name not in _EARLIER_FILES or not p.is_file() or p.is_symlink() for p in entries):
            return False
        summary = json.loads((Path(folder) / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(summary, dict) and {"documents", "classes", "seconds"} <= set(summary)


def _marker_id(folder: Path) -> str | None:
    try:
        return json.loads((Path(folder) / MARKER).read_text(encoding="utf-8")).get("build")
    except (OSError, ValueError, AttributeError):
        return None


def describe(folder: Path) -> str:
    """'a county-kg build of 2024-05-01 12:00:00 (id ...)' from a folder's marker."""
    try:
        data = json.loads((Path(folder) / MARKER).read_text(encoding="utf-8"))
        return f"a county-kg build of {data.get('finished') or data.get('started')} (build {data.get('build')})"
    except (OSError, ValueError, AttributeError):
        return "a county-kg build"


def check(out: Path, inputs, *, force: bool = False, keep=()) -> None:
    """Refuse an --out that the build must not replace (nothing is touched yet).

    `inputs` are the paths given to the build; `keep` other folders the build
    reads (the cache).
    """
    out = Path(os.path.abspath(out))
    real = Path(os.path.realpath(out))
    flag = f"--out {out}"
    if out.is_symlink():
        raise OutputError(f"{flag} is a symbolic link; give the folder itself (or another name) as --out")
    for p in inputs:
        p = Path(os.path.realpath(p))
        if p == real:
            raise OutputError(f"{flag} is an input; write the build to a new folder, e.g. --out build")
        if _inside(p, real):
            raise OutputError(f"{flag} contains the input {p}; write the build to a new folder elsewhere")
        if _inside(real, p):
            raise OutputError(f"{flag} lies inside the input {p}; write the build to a folder outside the inputs")
    for p in keep:
        p = Path(os.path.realpath(p))
        if p == real or _inside(p, real):
            raise OutputError(f"{flag} contains {p}, which the build reads (--cache); put them in separate folders")
    cwd = Path(os.path.realpath(os.getcwd()))
    if real == cwd or _inside(cwd, real):
        raise OutputError(f"{flag} is or contains the current folder; write the build to a new folder, e.g. --out build")
    if real == Path(real.anchor) or real == Path(os.path.realpath(Path.home())):
        raise OutputError(f"{flag} is the root or the home folder; write the build to a new folder, e.g. --out build")
    if not os.path.lexists(out):
        return
    if not out.is_dir():
        raise OutputError(f"{flag} is a file, not a folder; remove it or choose another --out")
    if is_build(out) or is_earlier_build(out) or not any(out.iterdir()):
        return
    if not force:
        raise OutputError(f"{flag} holds files that are not a county-kg build; choose an empty or new folder "
                          f"(or add --force to replace it and delete what it holds)")


def _inside(path: Path, folder: Path) -> bool:
    return folder != path and folder in path.parents


class Output:
    """One build's output folder: `with Output(out) as o:` write into `o.new`; on success it
    replaces `out` in one step, on failure it is removed and `out` is left as it was."""

    def __init__(self, out: Path, *, info: dict | None = None):
        self.out = Path(os.path.abspath(out))
        self.info = {"county-kg": _version(), "build": f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}",
                     "started": time.strftime("%Y-%m-%d %H:%M:%S"), **(info or {})}
        self.new: Path | None = None
        self.notes: list[str] = []

    def __enter__(self) -> Output:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _Lock(self.out.parent / f".{self.out.name}{_LOCK}")
        self._lock.acquire(self.out)
        self._watch_interrupts()
        try:
            self._restore()
            self._sweep()
            self.new = Path(_make_new(self.out))
            _write_marker(self.new, {**self.info, "state": "building", "pid": os.getpid()})
        except BaseException:
            self._lock.release()
            self._unwatch_interrupts()
            raise
        return self

    def _watch_interrupts(self) -> None:
        """Remember a Ctrl-C even where Python swallows its KeyboardInterrupt (one that lands
        while a generator is being finalized is only printed): a build interrupted is never
        swapped in."""
        self.interrupted, self._previous = False, None
        if threading.current_thread() is not threading.main_thread():
            return
        previous = signal.getsignal(signal.SIGINT)
        if not callable(previous):
            return

        def on_interrupt(signum, frame):
            self.interrupted = True
            previous(signum, frame)

        self._previous = previous
        signal.signal(signal.SIGINT, on_interrupt)

    def _unwatch_interrupts(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    def __exit__(self, kind, value, tb) -> None:
        try:
            if kind is None:
                self._commit()
        except BaseException:
            self._discard()
            raise
        else:
            if kind is not None:
                self._discard()
        finally:
            self._lock.release()
            self._unwatch_interrupts()

    def _discard(self) -> None:
        """Remove the new folder, if it is still ours (after an exchange the old output stands there)."""
        if self.new is not None and _marker_id(self.new) == self.info["build"]:
            _remove_tree(self.new)

    def _commit(self) -> None:
        self.info["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
        _write_marker(self.new, {**self.info, "state": "complete"})
        if self.interrupted:  # the last moment before the swap
            raise KeyboardInterrupt
        if not os.path.lexists(self.out):
            _rename(self.new, self.out)
            self.notes.append(f"wrote {self.out}")
            return
        before = (describe(self.out) if is_build(self.out) else
                  "a county-kg build made before builds carried a marker" if is_earlier_build(self.out) else
                  "an empty folder" if not any(self.out.iterdir()) else "a folder that was not a build (--force)")
        try:
            _exchange(self.new, self.out)
            old = self.new  # the exchange left the old output where the new one was
        except OSError as e:
            if e.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise
            old = _aside(self.out, _OLD)  # the fallback: two renames (see the module's note)
            _rename(self.out, old)
            try:
                _rename(self.new, self.out)
            except OSError:
                _rename(old, self.out)
                raise
        _remove_tree(old)
        self.notes.append(f"replaced {self.out}: it held {before}")

    def _restore(self) -> None:
        """The fallback's crash window: the old output set aside, nothing in its place: put it back."""
        if os.path.lexists(self.out):
            return
        for old in self._leftovers(_OLD):
            _rename(old, self.out)
            self.notes.append(f"restored {self.out} from {old.name}, left aside by a build that did not finish")
            return

    def _sweep(self) -> None:
        for leftover in self._leftovers(_NEW) + self._leftovers(_OLD):
            _remove_tree(leftover)
            self.notes.append(f"removed {leftover}, left by a build that did not finish")

    def _leftovers(self, kind: str) -> list[Path]:
        """The folders beside `out` that an unfinished build of it left (`kind`: new or old).
        The names are compared as the folder lists them, before any is made a Path or
        looked at: a build into a crowded folder (a home, /tmp) reads its thousands of
        names once, in C, and examines only its own."""
        prefix = f".{self.out.name}{kind}"
        with os.scandir(self.out.parent) as entries:
            named = [Path(e.path) for e in entries if e.name.startswith(prefix)]
        return sorted(p for p in named if p.is_dir() and not p.is_symlink()
                      and (is_build(p) or not any(p.iterdir())))  # (empty: killed before its marker)


def _version() -> str:
    import kg

    return kg.__version__


def _aside(out: Path, kind: str) -> Path:
    return out.parent / f".{out.name}{kind}{secrets.token_hex(4)}"


# The file-system steps of a build's output, one function each (tests stop a build between any two).

def _make_new(out: Path) -> Path:
    new = _aside(out, _NEW)
    new.mkdir(mode=0o755)
    return new


def _write_marker(folder: Path, info: dict) -> None:
    tmp = folder / f"{MARKER}.tmp"
    tmp.write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, folder / MARKER)


@contextmanager
def atomic_file(path: Path, encoding: str | None = "utf-8"):
    """A text file (a binary one where `encoding` is None) open for writing that replaces `path`
    whole when the block ends, and not at all when it fails or is interrupted (the old file stays
    as it was). Written in a temporary file beside it, with the mode a new file would get (or the
    old file's)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") if encoding is None else os.fdopen(fd, "w", encoding=encoding) as f:
            yield f
        os.chmod(tmp, _mode(path))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _rename(src: Path, dst: Path) -> None:
    os.rename(src, dst)


def _remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths atomically, or OSError(ENOSYS) where the system cannot."""
    exchange = _exchanger()
    if exchange is None:
        raise OSError(errno.ENOSYS, "atomic exchange not available on this system")
    if exchange(os.fsencode(a), os.fsencode(b)) != 0:
        e = ctypes.get_errno()
        raise OSError(e, os.strerror(e), str(b))


_EXCHANGER: list = []


def _exchanger():
    if not _EXCHANGER:
        _EXCHANGER.append(_find_exchanger())
    return _EXCHANGER[0]


def _find_exchanger():
    # the running program's symbols, the C library's among them (dlopen(NULL)): where
    # ctypes.util.find_library("c") would run `ldconfig -p` in a subprocess, some 0.03 s of
    # CPU and 0.07 s of wall time in every build that replaces an earlier one
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        f = libc.renameat2
        f.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        return lambda a, b: f(at_fdcwd, a, at_fdcwd, b, rename_exchange)
    if sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        rename_swap = 2
        f = libc.renamex_np
        f.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
        return lambda a, b: f(a, b, rename_swap)
    return None


class _Lock:
    """An exclusive lock on a file beside the output (fcntl.flock), refused at once if held.

    The file is removed when the build ends; a build that finds the file it
    locked already replaced or removed (the previous holder just finished)
    locks the new one instead.
    """

    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def acquire(self, out: Path) -> None:
        try:
            import fcntl
        except ImportError:  # not a POSIX system: no lock
            return
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                os.close(fd)
                if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise OutputError(f"another build is writing to {out} (lock {self.path}); "
                                      "wait for it to finish, or write to another --out") from None
                raise
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                return
            os.close(fd)

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None
