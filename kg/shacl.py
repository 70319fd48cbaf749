"""validate: the SHACL shapes of ontology/shapes.ttl over a build, with pyshacl.

The report is a list of readable lines, grouped by what went wrong, each with
the focus node's label, the property path and the count of nodes concerned.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS, SH

from kg.errors import InputError
from kg.resources import resource

ONTOLOGY = resource("ontology")


def validate(target: Path, progress=None) -> tuple[bool, str]:
    """SHACL-validate a build folder or RDF file: (conforms, readable report).

    `progress(step, done, total)` is told how far reading the graph (in bytes)
    and checking the shapes (one node shape after the other) have gone.
    """
    from pyshacl import validate as run

    data = _load(Path(target), progress)
    size = len(data)  # checked in place: pyshacl adds the ontology to `data` once, instead of copying it per shape
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY / "county-kg.ttl", format="turtle")
    node_shapes = sorted(set(shapes.subjects(RDF.type, SH.NodeShape)))
    conforms, results = True, rdflib.Graph()
    for i, shape in enumerate(node_shapes):
        if progress:
            progress(f"shape {_short(shape)}", i, len(node_shapes))
        ok, found, _ = run(data, shacl_graph=_shape_graph(shapes, shape), ont_graph=ontology,
                           inference="none", advanced=False, inplace=True)
        conforms = conforms and ok
        results += found
    if progress:
        progress("checked", len(node_shapes), len(node_shapes))
    return conforms, report(conforms, results, data, size)


def _shape_graph(shapes: rdflib.Graph, shape) -> rdflib.Graph:
    """One node shape with everything it reaches through blank nodes (its property shapes, lists)."""
    g = rdflib.Graph()
    todo, seen = [shape], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in shapes.predicate_objects(node):
            g.add((node, p, o))
            if isinstance(o, rdflib.BNode):
                todo.append(o)
    return g


def _load(target: Path, progress=None) -> rdflib.Graph:
    """The graph to check, read with Oxigraph's parser (a named-graph file as the union of its graphs)."""
    import pyoxigraph as ox

    from kg.export import to_rdflib

    path = target / "graph.ttl" if target.is_dir() else target
    if not path.is_file():
        raise InputError(f"no graph to validate in {target} (expected a build folder or a .ttl file)")
    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
           ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD}.get(path.suffix.lower(), ox.RdfFormat.TURTLE)
    size = path.stat().st_size or 1
    try:
        with path.open("rb") as f:
            def quads():
                for i, q in enumerate(ox.parse(f, format=fmt)):
                    if progress and i % 5000 == 0:
                        progress("reading the graph", f.tell(), size)
                    yield q
            return to_rdflib(quads())
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: cannot parse: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def report(conforms: bool, results: rdflib.Graph, data: rdflib.Graph, size: int) -> str:
    if conforms:
        return f"conforms: {size} triples checked against ontology/shapes.ttl, no violations"
    groups: Counter = Counter()
    examples: dict = {}
    for r in results.subjects(RDF.type, SH.ValidationResult):
        message = str(results.value(r, SH.resultMessage) or "")
        path = results.value(r, SH.resultPath)
        severity = str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        focus = results.value(r, SH.focusNode)
        key = (severity, _short(path), message)
        groups[key] += 1
        examples.setdefault(key, f"{data.value(focus, RDFS.label) or ''} <{focus}>".strip())
    lines = [f"does not conform: {sum(groups.values())} result(s) in {len(groups)} group(s)"]
    for (severity, path, message), n in groups.most_common():
        lines.append(f"{severity}: {path}: {message} ({n} node(s), e.g. {examples[(severity, path, message)]})")
    return "\n".join(lines)


def _short(path) -> str:
    if path is None:
        return "-"
    text = str(path)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
