"""store: SPARQL over a build, on Oxigraph, and the canned queries.

A build folder gets a query store beside its files, `DIR/oxigraph/` (an
Oxigraph database), made at the first query and made again only when
graph.trig changes: the documents' named graphs, and their union (each triple
once) as the default graph. A query opens it instead of parsing Turtle.
An RDF file given instead of a folder is loaded in memory.

Every query runs under two guards:
- `SERVICE` (a query that makes HTTP requests to other hosts) is refused
  unless the caller allows it (`allow_service=True`, `kg query --allow-service`);
- a timeout (60 s by default): the query runs in a worker process that holds
  the store open (one per store, kept between queries), and the worker is
  killed when time is up (Oxigraph cannot cancel a query in-process).

The prefixes of the vocabulary (kg:, kgr:, rdfs: ...) are predeclared, without
adding lines to the query, so an error's line and column are the user's own.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.results import Result, format_result  # noqa: F401 - format_result is part of this module API
from kg.resources import resource
from kg.vocab import PREFIXES

QUERIES = resource("queries")
STORE = "oxigraph"  # the query store's folder inside a build
STAMP = "county-kg-store.json"  # inside it: which graph.trig it was made from
STORE_FORMAT = 2
TIMEOUT = 60.0
_FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS}


class QueryTimeout(InputError):
    """The query ran past its timeout and was stopped."""


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


# --- the query store of a build -------------------------------------------------------------


def is_build(target: Path) -> bool:
    return target.is_dir() and (target / "graph.trig").is_file()


def _graph_key(build: Path) -> dict:
    st = (build / "graph.trig").stat()
    return {"format": STORE_FORMAT, "size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def _fresh(location: Path, key: dict) -> bool:
    try:
        return json.loads((location / STAMP).read_text(encoding="utf-8")) == key
    except (OSError, ValueError):
        return False


def store_location(build: Path, progress=None) -> Path | None:
    """The build's query store, made or remade if graph.trig changed since; None when
    the folder cannot be written (the caller then loads the graph in memory)."""
    build = Path(build)
    location, key = build / STORE, _graph_key(build)
    if _fresh(location, key):
        return location
    try:
        with _lock(build / f".{STORE}.lock"):
            if _fresh(location, key):  # made by another process while we waited
                return location
            tmp = Path(tempfile.mkdtemp(prefix=f".{STORE}.", suffix=".tmp", dir=build))
            try:
                _fill(tmp / "db", build / "graph.trig", progress)
                (tmp / "db" / STAMP).write_text(json.dumps(key), encoding="utf-8")
                if location.exists():
                    os.replace(location, tmp / "old")
                os.replace(tmp / "db", location)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    except PermissionError:
        return None
    except OSError as e:
        if e.errno in (30, 13):  # read-only file system, permission denied
            return None
        raise InputError(f"cannot write the query store in {build}: {e.strerror or e}") from None
    return location


@contextmanager
def _lock(path: Path):
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock, the last writer wins
        yield
        return
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _fill(location: Path, trig: Path, progress=None) -> None:
    """Each document's named graph and their union as the default graph, in one bulk load."""
    store = ox.Store(str(location))
    default = ox.DefaultGraph()
    total = trig.stat().st_size or 1

    def quads():
        with trig.open("rb") as f:
            for i, q in enumerate(ox.parse(f, format=ox.RdfFormat.TRIG)):
                yield q
                yield ox.Quad(q.subject, q.predicate, q.object, default)
                if progress and i % 20000 == 0:
                    progress("query store", f.tell(), total)
    try:
        store.bulk_extend(quads())
        store.flush()
        # the bulk load leaves overlapping files that every index look-up must search;
        # compacted once, a look-up costs about half (queries join by look-ups)
        store.optimize()
    except SyntaxError as e:
        raise InputError(f"{trig}: cannot load: {_one_line(e)}") from None
    finally:
        del store


def open_store(target: Path) -> ox.Store:
    """A store holding a build (its query store, read-only) or one RDF file (in memory)."""
    target = Path(target)
    if is_build(target):
        location = store_location(target)
        if location is not None:
            return ox.Store.read_only(str(location))
        return _memory(target / "graph.trig", union=True)
    if target.is_dir() or not target.is_file():
        raise InputError(f"no graph in {target} (expected a build folder or a .trig/.ttl/.nt file)")
    return _memory(target, union=False)


def _memory(path: Path, union: bool) -> ox.Store:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .trig, .ttl, .nt or .nq)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
        if union or fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):  # the union as default graph, as in a build's store
            store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: cannot load: {_one_line(e)}") from None
    return store


# --- running a query --------------------------------------------------------------------------


def query(target: Path, sparql: str, store: ox.Store | None = None, *, timeout: float | None = TIMEOUT,
          allow_service: bool = False, bindings: dict | None = None) -> Result:
    """Run `sparql` on a build folder or RDF file and return its typed `Result`.

    `timeout` in seconds (None: no limit; the query then runs in this process); `bindings`
    binds variables of the WHERE clause (name -> IRI string or rdflib/Oxigraph term).
    """
    if bindings:  # a trailing VALUES block (SPARQL 1.1 §10.2.2) binds variables in the whole WHERE clause
        names = list(bindings)
        sparql = (f"{sparql}\nVALUES ({' '.join('?' + n for n in names)}) "
                  f"{{ ({' '.join(str(_term(bindings[n])) for n in names)}) }}")
    kind, data = execute(target, sparql, store, timeout=timeout, allow_service=allow_service)
    return _decode(kind, data, sparql)


def execute(target: Path, sparql: str, store: ox.Store | None = None, *, timeout: float | None = TIMEOUT,
            allow_service: bool = False, results_format=ox.QueryResultsFormat.JSON,
            graph_format=ox.RdfFormat.N_TRIPLES) -> tuple[str, bytes]:
    """Run a query under the guards; (kind, serialized answer): S solutions, A boolean
    (in `results_format`), G triples (in `graph_format`). Errors raise InputError.

    With a timeout the query runs in the store's worker process (see `Worker`);
    `store` (an open store) or `timeout=None` run it here, without a limit.
    """
    if not allow_service and calls_service(sparql):
        raise InputError("the query calls a remote SPARQL service (SERVICE); "
                         "it is refused unless allowed (kg query --allow-service, or allow_service=True)")
    formats = (results_format.media_type, graph_format.media_type)
    if store is not None or timeout is None:
        st = store if store is not None else _open(_source(Path(target)))
        kind, data = _guard(lambda: _serialized(st, sparql, *formats))
    else:
        kind, data = Worker.of(_source(Path(target))).run(sparql, formats, float(timeout))
    if kind == "X":
        raise InputError(syntax_message(data.decode("utf-8", "replace"), sparql))
    if kind == "E":
        raise InputError(f"SPARQL error: {_one_line(data.decode('utf-8', 'replace'))}")
    return kind, data


def _source(target: Path) -> tuple:
    """What a worker opens: ("store", query store folder, its stamp) or ("file", RDF file, size, mtime)."""
    if is_build(target):
        location = store_location(target)
        if location is not None:
            return ("store", str(location), (location / STAMP).read_text(encoding="utf-8"))
        target = target / "graph.trig"
    elif target.is_dir() or not target.is_file():
        raise InputError(f"no graph in {target} (expected a build folder or a .trig/.ttl/.nt file)")
    st = target.stat()
    return ("file", str(target), st.st_size, st.st_mtime_ns)


def _open(source: tuple) -> ox.Store:
    if source[0] == "store":
        return ox.Store.read_only(source[1])
    path = Path(source[1])
    return _memory(path, union=path.name == "graph.trig")


class Worker:
    """A process that holds one store open and answers its queries, one at a time.

    Oxigraph cannot stop a query once started, so the query runs here, in a
    process of its own: past the timeout the worker is killed (its memory goes
    with it) and the next query starts a new one. Kept between queries, the
    worker keeps the store open with a warm cache.
    """

    _running: dict[tuple, Worker] = {}
    _lock = threading.RLock()

    def __init__(self, source: tuple):
        import multiprocessing

        ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_answer_queries, args=(child, source), daemon=True, name="kg-query")
        self.process.start()
        child.close()
        self.lock = threading.Lock()

    @classmethod
    def of(cls, source: tuple) -> Worker:
        with cls._lock:
            worker = cls._running.get(source)
            if worker is None or not worker.process.is_alive():
                for other in [k for k in cls._running if k[:2] == source[:2]]:  # the same store, made again since
                    cls._running.pop(other).stop()
                worker = cls._running[source] = cls(source)
            return worker

    def run(self, sparql: str, formats: tuple, timeout: float) -> tuple[str, bytes]:
        with self.lock:
            try:
                self.conn.send((sparql, *formats))
                if not self.conn.poll(timeout):
                    self.stop()
                    raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped "
                                       "(give more time with --timeout SECONDS)")
                return self.conn.recv()
            except (EOFError, OSError, BrokenPipeError):
                self.stop()
                raise InputError("the query process ended without an answer (out of memory?)") from None
            except BaseException:
                self.stop()  # interrupted (Ctrl-C): the query must not run on
                raise

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()
        with Worker._lock:
            for key in [k for k, w in Worker._running.items() if w is self]:
                del Worker._running[key]


def _answer_queries(conn, source: tuple) -> None:
    """The worker's loop: open the store once, then answer each query sent until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _detach(conn.fileno())
    opened = _guard(lambda: ("ok", _open(source)))
    while True:
        try:
            sparql, results_type, graph_type = conn.recv()
        except (EOFError, OSError):
            return
        if opened[0] != "ok":
            conn.send(opened)  # the store could not be opened: say why, to every query
            continue
        conn.send(_guard(lambda: _serialized(opened[1], sparql, results_type, graph_type)))


def _term(value):
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, URIRef) or (isinstance(value, str) and not isinstance(value, Literal) and value.startswith(("http://", "https://", "urn:"))):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype))) if value.datatype else ox.Literal(str(value))
    return ox.Literal(str(value))


def _serialized(store: ox.Store, sparql: str, results_type: str, graph_type: str) -> tuple[str, bytes]:
    result = store.query(sparql, prefixes=prefixes())
    if isinstance(result, ox.QuerySolutions):
        return "S", result.serialize(format=ox.QueryResultsFormat.from_media_type(results_type))
    if isinstance(result, ox.QueryBoolean):
        return "A", result.serialize(format=ox.QueryResultsFormat.from_media_type(results_type))
    return "G", result.serialize(format=ox.RdfFormat.from_media_type(graph_type))


def _guard(execute) -> tuple[str, object]:
    """Run `execute`, turning the store's errors into (X, message) for syntax, (E, message) for others."""
    try:
        return execute()
    except SyntaxError as e:
        return "X", str(e).encode("utf-8")
    except InputError as e:
        return "E", str(e).encode("utf-8")
    except (OSError, ValueError, RuntimeError) as e:
        return "E", str(e).encode("utf-8")


def _detach(keep: int) -> None:
    """Let go of every file the worker inherited from its parent but its pipe: a forked copy
    of someone else's pipe (a browser driver's, a shell's) would keep that pipe open."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    try:
        import resource as rlimits  # the POSIX module, not kg.resources

        limit = rlimits.getrlimit(rlimits.RLIMIT_NOFILE)[0]
    except (ImportError, ValueError, OSError):
        limit = 4096
    limit = limit if 0 < limit < 1 << 20 else 1 << 16
    os.closerange(3, keep)
    os.closerange(keep + 1, limit)


def _decode(kind: str, data: bytes, sparql: str) -> Result:
    if kind == "A":
        answer = bool(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))
        return Result.from_terms(["ask"], [[ox.Literal("true" if answer else "false",
                                                       datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))]], "ask")
    if kind == "G":
        triples = [[t.subject, t.predicate, t.object] for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
        return Result.from_terms(["subject", "predicate", "object"], triples, "graph")
    return Result.from_json(data)


_POSITION = re.compile(r"^error at (\d+):(\d+): ", re.S)


def syntax_message(message: str, sparql: str) -> str:
    """Oxigraph's message, whole and on one line, with the user's own line and column and that line."""
    m = _POSITION.match(message)
    if not m:
        return f"SPARQL syntax error: {_one_line(message)}"
    line, column = int(m.group(1)), int(m.group(2))
    detail = _one_line(message[m.end():])
    if "Prefix not found" in detail:
        detail = "an undeclared prefix; " + detail
    lines = sparql.splitlines() or [""]
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return f"SPARQL syntax error at line {line}, column {column}: {detail}" + (f' (line {line}: "{text}")' if text else "")


def _one_line(e) -> str:
    text = " ".join(str(e).split())
    return text or type(e).__name__


# --- SERVICE ----------------------------------------------------------------------------------

# One pass over the query's tokens, in the order the SPARQL grammar reads them:
# comments, strings, IRIs, prefixed names and variables are skipped whole, so
# that only a keyword SERVICE remains to be found.
_PN_CHARS = r"[\w\u00B7\u0300-\u036F\u203F-\u2040-]"
_LOCAL = rf"(?:{_PN_CHARS}|[:.]|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?#@%])*"
_TOKENS = re.compile(
    r"""(?P<comment>\#[^\n\r]*)"""
    r"""|(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")"""
    r"""|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)"""
    rf"""|(?P<pname>(?:[^\W\d_]{_PN_CHARS}*)?:{_LOCAL}|_:{_LOCAL})"""
    r"""|(?P<var>[?$]\w+)"""
    r"""|(?P<word>[A-Za-z_]\w*)""",
    re.S,
)


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def calls_service(sparql: str) -> bool:
    """Whether the query holds a SERVICE clause (a request to another endpoint).

    SPARQL reads \\u and \\U escapes before its grammar (\\u0053ERVICE is SERVICE):
    the query is scanned as written and with its escapes read, and refused if
    either shows the keyword.
    """
    if "\\u" not in sparql and "\\U" not in sparql and "SERVICE" not in sparql.upper():
        return False  # no keyword to find, written or escaped (most queries: no scan needed)
    unescaped = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16) < 0x110000 else "", sparql)
    return any(m.lastgroup == "word" and m.group().upper() == "SERVICE"
               for text in {sparql, unescaped} for m in _TOKENS.finditer(text))


def uses_variable(sparql: str, name: str) -> bool:
    return any(m.lastgroup == "var" and m.group()[1:] == name for m in _TOKENS.finditer(sparql))


# --- canned queries ---------------------------------------------------------------------------


def canned_names() -> list[str]:
    return sorted(p.stem for p in QUERIES.glob("*.rq"))


def canned(name: str) -> str:
    path = QUERIES / f"{name}.rq"
    if not path.is_file():
        raise InputError(f"no canned query {name!r}; available: {', '.join(canned_names())}")
    return path.read_text(encoding="utf-8")


def describe(name: str) -> str:
    """The question a canned query answers: its first comment line (中文 | English)."""
    for line in canned(name).splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""
