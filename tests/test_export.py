"""export: every format parses back and holds the same graph."""
import csv

import networkx as nx
import pytest
import rdflib

from kg import assemble, export, link
from kg.errors import InputError

from conftest import process_text


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    doc = process_text("平遥县晋鑫钢铁在平遥工业园区建设年产100万吨棒材项目。", county_code="140728", name="py.txt")
    ds = assemble.assemble([doc], link.merge([doc]))
    out = tmp_path_factory.mktemp("export")
    export.write(ds, out, export.FORMATS)
    return ds, out


def test_rdf_formats_parse_to_the_same_triples(written):
    ds, out = written
    union = {(s, p, o) for s, p, o, _ in ds.quads()}
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt")):
        g = rdflib.Graph().parse(out / name, format=fmt)
        assert len(g) == len(union), name
    jsonld = rdflib.Dataset().parse(out / "graph.jsonld", format="json-ld")
    assert {(s, p, o) for s, p, o, _ in jsonld.quads()} == union
    trig = rdflib.Dataset().parse(out / "graph.trig", format="trig")
    assert {str(c.identifier) for c in trig.graphs() if len(c)} >= {"https://w3id.org/county-kg/id/graph/py"}


def test_edge_list_and_graphml(written):
    _, out = written
    rows = list(csv.DictReader((out / "edges.csv").open(encoding="utf-8")))
    assert {r["relation"] for r in rows} >= {"undertakenBy", "locatedInPark"}
    g = nx.read_graphml(out / "graph.graphml")
    assert g.number_of_edges() == len(rows)


def test_unknown_format_is_a_user_error(tmp_path):
    with pytest.raises(InputError, match="unknown format"):
        export.write(rdflib.Dataset(), tmp_path, ["xml"])


def test_trig_keeps_each_graph_and_ttl_holds_their_union(tmp_path):
    """graph.trig wraps each graph's Turtle in a block named after it; a default graph stays unwrapped."""
    import pyoxigraph as ox

    a, b, p = (ox.NamedNode(f"https://example.org/{x}") for x in "abp")
    quote = ox.Literal('说"好"\n}{ 的', language="zh")  # braces and a line break inside a literal
    named = [ox.Quad(a, p, quote, ox.NamedNode("https://example.org/g1")), ox.Quad(b, p, a, ox.NamedNode("https://example.org/g2"))]
    default = [ox.Quad(b, p, b)]
    export.write_quads(named[:1] + default + named[1:], tmp_path, ("ttl", "trig", "nt"))
    trig = set(ox.parse(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG))
    assert trig == set(named + default)
    union = {q.triple for q in named + default}
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        assert {q.triple for q in ox.parse(path=str(tmp_path / name), format=fmt)} == union, name
