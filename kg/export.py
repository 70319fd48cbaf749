"""export: the dataset in the formats users load elsewhere.

ttl (the union graph), trig (one named graph per document), jsonld, nt, and
for networkx and Gephi users an edge list (csv) and graphml.
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.namespace import RDF, RDFS

from kg.errors import InputError
from kg.vocab import CLASSES, KG, PREFIXES, PROPERTIES

FORMATS = ("ttl", "trig", "jsonld", "nt", "csv", "graphml")
ENTITY_RELATIONS = [p for name, p in PROPERTIES.items() if name not in ("investment", "capacity")]


def write(dataset: Dataset, out_dir: Path, formats) -> list[Path]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    out_dir = Path(out_dir)
    # rdflib's Turtle writer takes many seconds on large graphs; its N-Quads
    # writer is fast, and Oxigraph writes Turtle, TriG and JSON-LD from those quads.
    quads = list(ox.parse(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    triples = sorted(set(q.triple for q in quads), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    written = []
    for fmt in dict.fromkeys(formats):
        if fmt in OXIGRAPH:
            name, rdf_format, per_graph = OXIGRAPH[fmt]
            path = out_dir / name
            ox.serialize(quads if per_graph else triples, str(path), format=rdf_format, prefixes=_prefixes())
        else:
            path = WRITERS[fmt](union_graph(dataset), out_dir)
        written.append(path)
    return written


OXIGRAPH = {
    "ttl": ("graph.ttl", ox.RdfFormat.TURTLE, False),
    "trig": ("graph.trig", ox.RdfFormat.TRIG, True),
    "nt": ("graph.nt", ox.RdfFormat.N_TRIPLES, False),
    "jsonld": ("graph.jsonld", ox.RdfFormat.JSON_LD, True),
}


def _prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


def union_graph(dataset: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def entity_network(g: Graph) -> nx.MultiDiGraph:
    """Entities as nodes (label, class), entity-to-entity relations as edges."""
    net = nx.MultiDiGraph()
    kinds = {v: k for k, v in CLASSES.items()}
    for cls, name in kinds.items():
        for s in g.subjects(RDF.type, cls):
            net.add_node(str(s), label=str(g.value(s, RDFS.label) or s), type=name)
    for prop in ENTITY_RELATIONS:
        for s, o in g.subject_objects(prop):
            if str(s) in net and str(o) in net:
                net.add_edge(str(s), str(o), relation=prop.split("#")[-1])
    return net


def _csv(g: Graph, out: Path) -> Path:
    net = entity_network(g)
    with (out / "nodes.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "type"])
        for n, data in net.nodes(data=True):
            w.writerow([n, data["label"], data["type"]])
    with (out / "edges.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "relation", "source_label", "target_label"])
        for s, o, data in net.edges(data=True):
            w.writerow([s, o, data["relation"], net.nodes[s]["label"], net.nodes[o]["label"]])
    return out / "edges.csv"


def _graphml(g: Graph, out: Path) -> Path:
    nx.write_graphml(entity_network(g), out / "graph.graphml")
    return out / "graph.graphml"


WRITERS = {"csv": _csv, "graphml": _graphml}
