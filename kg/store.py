"""store: SPARQL over a build on an embedded Oxigraph store, and the canned queries.

The default graph of every query is the union of the documents' named graphs,
and the prefixes of the vocabulary (kg:, kgr:, rdfs: ...) are predeclared.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.resources import resource
from kg.vocab import sparql_prefixes

QUERIES = resource("queries")
_FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS}


@dataclass
class Result:
    columns: list[str]
    rows: list[list[str]]


def open_store(target: Path) -> ox.Store:
    """An in-memory store holding a build folder or one RDF file.

    A build folder loads each document's named graph from graph.trig and the
    union (graph.ttl) as the default graph, so that queries see every triple
    once (Oxigraph's union-of-named-graphs default repeats shared triples).
    """
    target = Path(target)
    if target.is_dir() and (target / "graph.ttl").is_file() and (target / "graph.trig").is_file():
        store = _load(ox.Store(), target / "graph.trig")
        return _load(store, target / "graph.ttl")
    path = target / "graph.trig" if target.is_dir() else target
    if not path.is_file():
        raise InputError(f"no graph in {target} (expected a build folder or a .trig/.ttl/.nt file)")
    return _load(ox.Store(), path)


def _load(store: ox.Store, path: Path) -> ox.Store:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .trig, .ttl, .nt or .nq)")
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: cannot load: {_first_line(e)}") from None
    return store


def query(target: Path, sparql: str, store: ox.Store | None = None) -> Result:
    union = not (Path(target).is_dir() and (Path(target) / "graph.ttl").is_file())
    store = store or open_store(target)
    try:
        result = store.query(sparql_prefixes() + sparql, use_default_graph_as_union=union)
    except SyntaxError as e:
        raise InputError(f"SPARQL syntax error: {_first_line(e)}") from None
    except (OSError, ValueError, RuntimeError) as e:
        raise InputError(f"SPARQL error: {_first_line(e)}") from None
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = [[_text(solution[c]) for c in columns] for solution in result]
        return Result(columns, rows)
    if isinstance(result, ox.QueryBoolean):
        return Result(["ask"], [["true" if bool(result) else "false"]])
    return Result(["subject", "predicate", "object"], [[_text(t.subject), _text(t.predicate), _text(t.object)] for t in result])


def _text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def canned_names() -> list[str]:
    return sorted(p.stem for p in QUERIES.glob("*.rq"))


def canned(name: str) -> str:
    path = QUERIES / f"{name}.rq"
    if not path.is_file():
        raise InputError(f"no canned query {name!r}; available: {', '.join(canned_names())}")
    return path.read_text(encoding="utf-8")


def format_result(result: Result, fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, r)) for r in result.rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        w.writerows(result.rows)
        return buf.getvalue().rstrip("\n")
    return _table(result)


def _table(result: Result) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*result.columns, show_lines=False)
    for row in result.rows:
        table.add_row(*row)
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(table)
    console.print(f"{len(result.rows)} row(s)")
    return console.export_text().rstrip("\n")
