"""export: the dataset in the formats users load elsewhere.

ttl (the union graph), trig (one named graph per document), jsonld, nt, and
for networkx and Gephi users an edge list (csv) and graphml.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.assemble import NamedGraph
from kg.errors import InputError
from kg.vocab import NAMESPACES, PROPERTY_IRIS, RDF_NS, RDFS_NS

# (rdflib and networkx are loaded by the formats that need them, not by every build)
FORMATS = ("ttl", "trig", "jsonld", "nt", "csv", "graphml")
ENTITY_RELATIONS = [p for name, p in PROPERTY_IRIS.items() if name not in ("investment", "capacity")]


def write(dataset, out_dir: Path, formats) -> list[Path]:
    """Write an rdflib dataset (see `Writer` for what is written)."""
    return write_quads(to_quads(dataset), out_dir, formats)


def to_quads(dataset) -> list[ox.Quad]:
    # rdflib's own Turtle writer takes many seconds on large graphs; its
    # N-Quads writer is fast, and Oxigraph writes every other format.
    return list(ox.parse(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS))


def write_quads(quads: list[ox.Quad], out_dir: Path, formats) -> list[Path]:
    """Write quads, one named graph after the other."""
    by_graph: dict = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(q.triple)
    with Writer(out_dir, formats) as writer:
        for name, triples in by_graph.items():
            writer.add(NamedGraph(None if isinstance(name, ox.DefaultGraph) else name, triples))
    return writer.written


class Writer:
    """The graph files, written one document's named graph at a time.

    graph.trig holds each document's graph; graph.ttl and graph.nt their union
    (a triple two documents state appears in both: RDF graphs are sets, so
    every reader keeps it once). graph.jsonld is made from graph.trig at the
    end, as a stream; the edge list (nodes.csv + edges.csv) and graph.graphml
    read the entity network (types, labels, relations) back from it, the only
    part held whole.
    """

    def __init__(self, out_dir: Path, formats):
        unknown = [f for f in formats if f not in FORMATS]
        if unknown:
            raise InputError(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
        self.out_dir = Path(out_dir)
        self.formats = list(dict.fromkeys(formats))
        if "trig" not in self.formats and any(f not in STREAMED for f in self.formats):
            self.formats.insert(0, "trig")  # the other formats are made from it
        self.streams = {fmt: (self.out_dir / STREAMED[fmt]).open("wb") for fmt in self.formats if fmt in STREAMED}
        self.header = b""  # the @prefix lines, written once at the top of graph.ttl and graph.trig
        self.written: list[Path] = []

    def add(self, graph: NamedGraph) -> None:
        """One named graph (the default graph when its name is None).

        The triples are serialized once, as Turtle: a TriG graph block is
        `<name> { Turtle triples }`, so graph.trig wraps the same text. The text is written
        where it lies (a view past its @prefix lines), not copied per file: a seed document's
        graph is some 0.8 MB, and each copy was as many fresh pages for the kernel to hand
        out and take back (most of the stage's system time).
        """
        if not graph.triples:
            return
        turtle = ox.serialize(graph.triples, format=ox.RdfFormat.TURTLE, prefixes=_prefixes())
        start = _body_start(turtle)
        body = memoryview(turtle)[start:]
        first = not self.header
        self.header = self.header or turtle[:start]
        for fmt, f in self.streams.items():
            if fmt == "nt":
                f.write(ox.serialize(graph.triples, format=ox.RdfFormat.N_TRIPLES))
                continue
            if first:
                f.write(self.header)
            if fmt == "trig" and graph.name is not None:
                f.write(b"%s {\n" % str(graph.name).encode("utf-8"))
                f.write(body)
                f.write(b"}\n")
            else:
                f.write(body)

    def close(self) -> None:
        for fmt, f in self.streams.items():
            f.close()
            self.written.append(self.out_dir / STREAMED[fmt])
        trig = self.out_dir / "graph.trig"
        for fmt in self.formats:
            if fmt == "jsonld":
                ox.serialize(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG), str(self.out_dir / "graph.jsonld"),
                             ox.RdfFormat.JSON_LD, prefixes=_prefixes())
                self.written.append(self.out_dir / "graph.jsonld")
            elif fmt in WRITERS:
                net = to_rdflib(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG), NETWORK_PREDICATES)
                self.written.append(WRITERS[fmt](net, self.out_dir))

    def __enter__(self):
        return self

    def __exit__(self, kind, *_):
        if kind is None:
            self.close()
        else:
            for f in self.streams.values():
                f.close()


def _body_start(chunk: bytes) -> int:
    """Where the triples start, after the @prefix lines."""
    start = 0
    while chunk.startswith(b"@prefix ", start):
        start = chunk.index(b"\n", start) + 1
    return start


# the formats written as the graphs come (the others are made from graph.trig at the end)
STREAMED = {"ttl": "graph.ttl", "trig": "graph.trig", "nt": "graph.nt"}
NETWORK_PREDICATES = {RDF_NS + "type", RDFS_NS + "label", *ENTITY_RELATIONS}


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, str]:
    return dict(NAMESPACES)


def to_rdflib(store, predicates=None):
    """Oxigraph quads or triples (all graphs merged) as an rdflib Graph, optionally only some predicates."""
    from rdflib import Graph, URIRef

    from kg.results import to_rdflib_term
    from kg.vocab import PREFIXES

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    wanted = {str(p) for p in predicates} if predicates else None
    for q in store:
        if wanted is None or q.predicate.value in wanted:
            g.add((to_rdflib_term(q.subject), URIRef(q.predicate.value), to_rdflib_term(q.object)))
    return g


def entity_network(g):
    """Entities as nodes (label, class), entity-to-entity relations as edges (a networkx MultiDiGraph of an rdflib Graph)."""
    import networkx as nx
    from rdflib import URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.vocab import CLASSES

    net = nx.MultiDiGraph()
    kinds = {v: k for k, v in CLASSES.items()}
    for cls, name in kinds.items():
        for s in g.subjects(RDF.type, cls):
            net.add_node(str(s), label=str(g.value(s, RDFS.label) or s), type=name)
    for prop in map(URIRef, ENTITY_RELATIONS):
        for s, o in g.subject_objects(prop):
            if str(s) in net and str(o) in net:
                net.add_edge(str(s), str(o), relation=prop.split("#")[-1])
    return net


def _csv(g, out: Path) -> Path:
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


def _graphml(g, out: Path) -> Path:
    import networkx as nx

    nx.write_graphml(entity_network(g), out / "graph.graphml")
    return out / "graph.graphml"


WRITERS = {"csv": _csv, "graphml": _graphml}
