"""Build the five seeds and check, through SPARQL, what a reader expects."""
from __future__ import annotations

import json

import pyoxigraph
import pytest
import rdflib

import kg

pytestmark = pytest.mark.slow

PREFIXES = """
PREFIX kg: <https://w3id.org/county-kg/ontology#>
PREFIX kgr: <https://w3id.org/county-kg/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
CLASSES = ("Document", "County", "Enterprise", "Project", "Park", "Strategy")


def ask(build, body: str):
    return kg.query(build, PREFIXES + body)


def test_output_files(seed_build):
    for name in ("graph.ttl", "graph.trig", "graph.html", "summary.json"):
        assert (seed_build / name).stat().st_size > 0, name
    summary = json.loads((seed_build / "summary.json").read_text(encoding="utf-8"))
    assert summary["classes"]["Document"] == 5
    assert set(summary["seconds"]) >= {"normalize", "segment", "recognize", "link", "relate"}


def test_turtle_and_trig_parse_with_rdflib_and_oxigraph(seed_build):
    g = rdflib.Graph().parse(seed_build / "graph.ttl", format="turtle")
    ds = rdflib.Dataset().parse(seed_build / "graph.trig", format="trig")
    assert len(g) > 1000
    # the union of the named graphs is the Turtle graph
    assert len(set(ds.quads((None, None, None, None)))) >= len(g)
    store = pyoxigraph.Store()
    store.load(path=str(seed_build / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)
    store = pyoxigraph.Store()
    store.load(path=str(seed_build / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    assert len(list(store.named_graphs())) == 5


def test_all_classes_present(seed_build):
    for cls in CLASSES:
        rows = ask(seed_build, f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a kg:{cls} }}").rows
        assert int(rows[0][0]) > 0, cls


def test_five_documents_with_source_files(seed_build, seeds_dir):
    rows = ask(seed_build, "SELECT ?f WHERE { ?d a kg:Document ; kg:sourceFile ?f }").rows
    assert sorted(r[0] for r in rows) == sorted(p.name for p in seeds_dir.glob("*.txt"))


def test_jishan_implements_rural_revitalisation(seed_build):
    rows = ask(seed_build, """
        SELECT ?label WHERE {
          <https://w3id.org/county-kg/id/county/140824> kg:implements ?s . ?s a kg:Strategy ; rdfs:label ?label .
          FILTER(CONTAINS(STR(?label), "乡村振兴"))
        }""").rows
    assert rows


def test_some_project_has_investment(seed_build):
    rows = ask(seed_build, """
        SELECT ?p ?v WHERE { ?p a kg:Project ; kg:investmentCNY ?v } ORDER BY DESC(?v) LIMIT 5""").rows
    assert rows and all(float(v) > 0 for _, v in rows)


def test_every_entity_is_mentioned_in_a_document(seed_build):
    rows = ask(seed_build, """
        SELECT (COUNT(?x) AS ?n) WHERE {
          VALUES ?c { kg:County kg:Enterprise kg:Project kg:Park kg:Strategy }
          ?x a ?c .
          FILTER NOT EXISTS { ?x kg:mentionedIn ?d . ?d a kg:Document }
        }""").rows
    assert int(rows[0][0]) == 0


def test_counties_use_administrative_codes(seed_build):
    rows = ask(seed_build, "SELECT ?c WHERE { ?c a kg:County }").rows
    iris = {r[0].strip("<>") for r in rows}
    for code in ("140824", "140825", "140928"):
        assert f"https://w3id.org/county-kg/id/county/{code}" in iris
