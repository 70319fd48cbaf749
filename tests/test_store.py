"""store: SPARQL on the embedded Oxigraph store; errors are one line."""
import json

import pytest

import kg
from kg import store
from kg.errors import InputError


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    (src / "a.txt").write_text("平遥县深入实施乡村振兴战略，建设平遥工业园区。", encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "build"
    kg.build([src], out)
    return out


def test_select_with_predeclared_prefixes(build):
    r = kg.query(build, "SELECT ?l WHERE { ?c a kg:County ; kg:implements ?s . ?s rdfs:label ?l }")
    assert r.columns == ["l"] and ["乡村振兴战略"] in r.rows


def test_ask_and_formats(build):
    r = kg.query(build, "ASK { ?p a kg:Park }")
    assert r.rows == [["true"]]
    r = kg.query(build, "SELECT ?p WHERE { ?p a kg:Park }")
    assert json.loads(store.format_result(r, "json"))[0]["p"].startswith("<https://w3id.org/county-kg/id/park/")
    assert store.format_result(r, "csv").splitlines()[0] == "p"
    assert "1 row(s)" in store.format_result(r, "table")


def test_errors_are_one_line(build, tmp_path):
    with pytest.raises(InputError, match="SPARQL syntax error") as e:
        kg.query(build, "SELECT WHERE {")
    assert "\n" not in str(e.value)
    with pytest.raises(InputError, match="no graph"):
        kg.query(tmp_path, "ASK {}")
    with pytest.raises(InputError, match="no canned query"):
        store.canned("nope")
