"""validate: the seeds' graph conforms; a broken graph does not, with readable messages."""
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.shacl import validate

BROKEN = """
@prefix kg: <https://w3id.org/county-kg/ontology#> .
@prefix kgr: <https://w3id.org/county-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
kgr:doc-x a kg:Document ; kg:sourceFile "x.txt" .
kgr:county-abc a kg:County ; rdfs:label "某县"@zh ; kg:adminCode "abc" ; kg:mentionedIn kgr:doc-x .
kgr:project-p a kg:Project ; kg:mentionedIn kgr:doc-x ; kg:investmentCNY "five hundred" .
kgr:annotation-a a oa:Annotation ; oa:hasBody kgr:project-p ; kg:rule "r" ; kg:confidence 2.0 .
"""


def test_broken_graph_does_not_conform(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN, encoding="utf-8")
    conforms, report = validate(path)
    assert not conforms
    assert "exactly one rdfs:label" in report
    assert "six-digit GB/T 2260 code" in report
    assert "non-negative xsd:decimal" in report
    assert "between 0 and 1" in report
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "does not conform" in result.output


@pytest.mark.slow
def test_seed_build_conforms(seed_build):
    conforms, report = validate(seed_build)
    assert conforms, report
    result = CliRunner().invoke(main, ["validate", str(seed_build)])
    assert result.exit_code == 0 and "conforms" in result.output


@pytest.mark.slow
def test_validate_reports_progress(seed_build):
    calls = []
    conforms, _ = validate(seed_build, progress=lambda step, done, total: calls.append((step, done, total)))
    assert conforms and calls
    reading = [c for c in calls if c[0] == "reading the graph"]
    assert reading and all(0 <= d <= t for _, d, t in reading)
    shapes = [c for c in calls if c[0] != "reading the graph"]
    assert shapes[-1][1] == shapes[-1][2] >= 8  # every node shape checked, one after the other
