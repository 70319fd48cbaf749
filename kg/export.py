"""export: the dataset in the formats users load elsewhere.

ttl (the union graph), trig (one named graph per document), jsonld, nt, and
for networkx and Gephi users an edge list (csv) and graphml.
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import InputError
from kg.vocab import CLASSES, KG, PREFIXES, PROPERTIES

FORMATS = ("ttl", "trig", "jsonld", "nt", "csv", "graphml")
ENTITY_RELATIONS = [p for name, p in PROPERTIES.items() if name not in ("investment", "capacity")]


def write(dataset: Dataset, out_dir: Path, formats) -> list[Path]:
    """Write an rdflib dataset (see `write_quads` for what is written)."""
    return write_quads(to_quads(dataset), out_dir, formats)


def to_quads(dataset: Dataset) -> list[ox.Quad]:
    # rdflib's own Turtle writer takes many seconds on large graphs; its
    # N-Quads writer is fast, and Oxigraph writes every other format.
    return list(ox.parse(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS))


def write_quads(named: list[ox.Quad], out_dir: Path, formats) -> list[Path]:
    """graph.trig / graph.jsonld from the documents' named graphs; graph.ttl /
    graph.nt from their union; edges.csv + nodes.csv, graph.graphml from the
    entity network. (Plain lists of Oxigraph quads, not a Store: a Store
    would rewrite xsd:nonNegativeInteger offsets as xsd:integer.)"""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    out_dir = Path(out_dir)
    union = list(dict.fromkeys(q.triple for q in named))
    if len(named) <= READABLE:  # sorted, so that each subject's triples are grouped and files diff well
        named = sorted(named, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
        union.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    written = []
    for fmt in dict.fromkeys(formats):
        if fmt in OXIGRAPH:
            name, rdf_format, per_graph = OXIGRAPH[fmt]
            path = out_dir / name
            ox.serialize(named if per_graph else union, str(path), rdf_format, prefixes=_prefixes())
        else:
            path = WRITERS[fmt](to_rdflib(union, NETWORK_PREDICATES), out_dir)
        written.append(path)
    return written


OXIGRAPH = {
    "ttl": ("graph.ttl", ox.RdfFormat.TURTLE, False),
    "trig": ("graph.trig", ox.RdfFormat.TRIG, True),
    "nt": ("graph.nt", ox.RdfFormat.N_TRIPLES, False),
    "jsonld": ("graph.jsonld", ox.RdfFormat.JSON_LD, True),
}
READABLE = 2_000_000  # up to this many quads, files are sorted; beyond, written as assembled
NETWORK_PREDICATES = {RDF.type, RDFS.label, *ENTITY_RELATIONS}


def _prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


def to_rdflib(store, predicates=None) -> Graph:
    """Oxigraph quads or triples (all graphs merged) as an rdflib Graph, optionally only some predicates."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    wanted = {str(p) for p in predicates} if predicates else None
    for q in store:
        if wanted is None or q.predicate.value in wanted:
            g.add((_term(q.subject), URIRef(q.predicate.value), _term(q.object)))
    return g


def _term(t):
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    datatype = t.datatype.value
    return Literal(t.value, datatype=None if datatype.endswith("#string") else URIRef(datatype))


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
