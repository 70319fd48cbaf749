"""store: SPARQL on the build's query store; typed answers; errors are one line and point at the user's text."""
import datetime as dt
import json
import os
import shutil
from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import URIRef

import kg
from kg import store
from kg.cli import main
from kg.errors import InputError

TEXT = "平遥县深入实施乡村振兴战略，建设平遥工业园区。平遥县投资5亿元建设古城污水处理厂项目。"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "build"
    kg.build([src], out)
    return out


def test_select_with_predeclared_prefixes(build):
    r = kg.query(build, "SELECT ?l WHERE { ?c a kg:County ; kg:implements ?s . ?s rdfs:label ?l }")
    assert r.columns == ["l"] and ["乡村振兴战略"] in r.rows


def test_values_are_typed(build):
    r = kg.query(build, """SELECT ?p ?v (3 AS ?n) ("2024-02-20"^^xsd:date AS ?d) (true AS ?ok)
        WHERE { ?p kg:investmentCNY ?v }""")
    (p, v, n, d, ok), = r.rows
    assert isinstance(p, URIRef) and p.startswith("https://w3id.org/county-kg/id/project/")
    assert v == Decimal("500000000") and isinstance(v, Decimal)
    assert n == 3 and isinstance(n, int) and d == dt.date(2024, 2, 20) and ok is True
    label, = kg.query(build, "SELECT ?l WHERE { ?c a kg:County ; rdfs:label ?l }").rows[0]
    assert label == "平遥县" and type(label) is str
    assert kg.query(build, "ASK { ?p a kg:Park }").rows == [[True]]


def test_json_types_numbers_and_dates_csv_keeps_everything(build):
    r = kg.query(build, 'SELECT ?v ("2024-02-20"^^xsd:date AS ?d) ?p WHERE { ?p kg:investmentCNY ?v }')
    record = json.loads(store.format_result(r, "json"))[0]
    assert record["v"] == 500000000 and record["d"] == "2024-02-20"
    assert record["p"].startswith("https://w3id.org/county-kg/id/project/")
    long = "长" * 400
    r = kg.query(build, f'SELECT ("{long}" AS ?x) WHERE {{}}')
    assert store.format_result(r, "csv").splitlines() == ["x", long]  # never truncated
    table = store.format_result(r, "table", width=80)
    assert "…" not in table and table.count("长") == 400  # wrapped, not cut


def test_canned_query_with_a_county_bound(build):
    rows = kg.query(build, name="county_projects", county="平遥").records()
    assert rows and {r["county"] for r in rows} == {"平遥县"}
    assert kg.query(build, name="county_projects", county="140728").rows == kg.query(build, name="county_projects", county="平遥县").rows
    assert kg.query(build, name="county_projects", county="稷山县").rows == []


def test_conversions(build):
    pd = pytest.importorskip("pandas")
    r = kg.query(build, "SELECT ?c ?s ?l WHERE { ?c kg:implements ?s . ?s rdfs:label ?l }")
    frame = r.to_pandas()
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == ["c", "s", "l"] and len(frame) == len(r.rows)
    net = r.to_networkx()
    assert net.number_of_edges() == len(r.rows)
    assert any(data["l"] == "乡村振兴战略" for _, _, data in net.edges(data=True))
    rdf = r.to_rdflib()
    assert [str(v) for v in rdf.vars] == ["c", "s", "l"] and len(rdf.bindings) == len(r.rows)
    g = kg.query(build, "CONSTRUCT { ?c kg:implements ?s } WHERE { ?c kg:implements ?s }")
    assert len(g.to_rdflib()) == len(g.rows) > 0 and g.to_networkx().number_of_edges() == len(g.rows)


def test_syntax_errors_point_at_the_users_line_and_are_whole(build):
    with pytest.raises(InputError) as e:
        kg.query(build, "SELECT ?x\nWHERE {\n  ?x rdfs:label ?l .\n  ?x foo:bar ?y }")
    message = str(e.value)
    assert "\n" not in message and "line 4" in message and "?x foo:bar ?y" in message
    assert "undeclared prefix" in message and message.rstrip().endswith(")")
    result = CliRunner().invoke(main, ["query", str(build), "SELECT WHERE {"])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "line 1, column" in result.output


def test_errors_are_one_line(build, tmp_path):
    with pytest.raises(InputError, match="no graph"):
        kg.query(tmp_path, "ASK {}")
    with pytest.raises(InputError, match="no canned query"):
        store.canned("nope")


def test_service_is_refused_unless_allowed():
    for q in ["SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "select * { service silent <x:y> { } }",
              "SELECT * { \\u0053ERVICE <http://127.0.0.1:9/> { } }", "SELECT*{SERVICE<http://x/>{}}",
              "SELECT * { serv\u0131ce <http://127.0.0.1:9/> { } }"]:  # a dotless i upper-cases to I
        assert store.calls_service(q), q
    for q in ['SELECT ?service { ?service ex:service "SERVICE" } # SERVICE', "SELECT * { ?s <http://x/SERVICE> ?o }",
              "PREFIX service: <x:> SELECT * { ?s service:x ?o }"]:
        assert not store.calls_service(q), q


def test_a_query_past_its_timeout_is_stopped(build):
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = CliRunner().invoke(main, ["query", str(build), endless, "--timeout", "1"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and "longer than 1 s" in lines[0]


def test_the_store_is_made_once_and_again_when_the_graph_changes(build, tmp_path):
    copy = tmp_path / "build"
    shutil.copytree(build, copy, ignore=shutil.ignore_patterns(store.STORE))
    location = store.store_location(copy)
    stamp = (location / store.STAMP).stat().st_mtime_ns
    assert store.store_location(copy) == location and (location / store.STAMP).stat().st_mtime_ns == stamp
    before = kg.query(copy, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    trig = copy / "graph.trig"
    trig.write_bytes(trig.read_bytes() + b"<urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> . }\n")
    os.utime(trig, ns=(stamp + 10**9, stamp + 10**9))
    assert kg.query(copy, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0] == before + 1
    # the union default graph holds each triple once, beside the named graphs
    assert kg.query(copy, "ASK { <urn:x:s> <urn:x:p> <urn:x:o> . GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }").rows == [[True]]


def test_list_prints_each_question():
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 0
    assert "county_projects" in result.output and "Which projects is a county betting on" in result.output
    assert "某县押注哪些项目" in result.output


def test_the_query_worker_holds_no_pipe_of_its_parent(build):
    """A browser driver, a shell pipeline: the worker must not keep their pipes open."""
    import select

    for worker in list(store.Worker._running.values()):
        worker.stop()
    read, write = os.pipe()
    try:
        assert kg.query(build, "ASK { ?s ?p ?o }").rows == [[True]]  # starts a worker, forked now
        os.close(write)
        write = None
        assert select.select([read], [], [], 10)[0] and os.read(read, 1) == b""  # end of file: no copy left open
    finally:
        os.close(read)
        if write is not None:
            os.close(write)
