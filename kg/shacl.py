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


def validate(target: Path) -> tuple[bool, str]:
    from pyshacl import validate as run

    data = _load(Path(target))
    shapes = rdflib.Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY / "county-kg.ttl", format="turtle")
    conforms, results, _ = run(data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=False)
    return conforms, report(conforms, results, data, len(data))


def _load(target: Path) -> rdflib.Graph:
    path = target / "graph.ttl" if target.is_dir() else target
    if not path.is_file():
        raise InputError(f"no graph to validate in {target} (expected a build folder or a .ttl file)")
    fmt = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld"}.get(path.suffix, "turtle")
    try:
        if fmt == "trig":
            ds = rdflib.Dataset().parse(path, format="trig")
            g = rdflib.Graph()
            for s, p, o, _ in ds.quads():
                g.add((s, p, o))
            return g
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as e:  # rdflib raises many parser-specific types
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
