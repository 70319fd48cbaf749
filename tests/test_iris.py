"""Document and named-graph IRIs from any file name: percent-encoded, stable, distinct."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.read import document_ids
from kg.vocab import document_iri, graph_iri

SENTENCE = "平遥县实施乡村振兴战略，建设平遥经济技术开发区。\n"
SOURCE_FILE = "https://w3id.org/county-kg/ontology#sourceFile"
DOCUMENT = "https://w3id.org/county-kg/ontology#Document"
NAMES = ["a b.txt", 'quote".txt', "single'quote.txt", "<angle>.txt", "{brace}.txt", "tab\there.txt",
         "new\nline.txt", "hash#1.txt", "per%20cent.txt", "稷山县 报告.txt", "back\\slash|pipe^.txt", "..txt"]


def documents(build: Path) -> dict[str, str]:
    """document IRI -> kg:sourceFile, from graph.ttl."""
    g = ox.parse(path=str(build / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return {q.subject.value: q.object.value for q in g if q.predicate.value == SOURCE_FILE}


def graphs(build: Path) -> set[str]:
    return {q.graph_name.value for q in ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)}


@pytest.mark.parametrize("name", NAMES)
def test_any_file_name_builds_and_validates(tmp_path, name):
    src = tmp_path / "src"
    src.mkdir()
    (src / name).write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    docs = documents(out)
    assert list(docs.values()) == [name]  # kg:sourceFile keeps the real name
    iri = next(iter(docs))
    assert not any(c in iri for c in ' "<>{}|\\^`\t\n#')
    assert unquote(iri.rsplit("/doc/", 1)[1]) == Path(name).stem
    assert graphs(out) == {str(graph_iri(Path(name).stem))}
    check = CliRunner().invoke(main, ["validate", str(out)])
    assert check.exit_code == 0, check.output


def test_iris_are_percent_encoded_and_stable():
    assert str(document_iri("000_53efcc185109372c")) == "https://w3id.org/county-kg/id/doc/000_53efcc185109372c"
    assert str(document_iri("稷山县 报告")) == "https://w3id.org/county-kg/id/doc/稷山县%20报告"
    assert str(graph_iri("hash#1")) == "https://w3id.org/county-kg/id/graph/hash%231"
    assert str(graph_iri("per%20cent")) == "https://w3id.org/county-kg/id/graph/per%2520cent"
    assert str(document_iri("a/report")) == "https://w3id.org/county-kg/id/doc/a/report"
    assert str(document_iri(".")) == "https://w3id.org/county-kg/id/doc/%2E"
    assert str(document_iri("bad\udcff")) == "https://w3id.org/county-kg/id/doc/bad%FF"  # an undecodable byte


@pytest.mark.parametrize("layout", [("a/report.txt", "b/report.txt"), ("report.txt", "report.TXT"),
                                    ("report.txt", "report.docx.txt", "report.docx")])
def test_files_with_the_same_stem_are_distinct_documents(tmp_path, layout):
    src = tmp_path / "src"
    for i, name in enumerate(layout):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".docx"):
            import docx

            d = docx.Document()
            d.add_paragraph(f"介休市建设第{i}产业园。")
            d.save(src / name)
        else:
            (src / name).write_text(SENTENCE + f"介休市建设第{i}产业园。", encoding="utf-8")
    summary = kg.build([src], tmp_path / "out")
    assert summary["classes"]["Document"] == len(layout)
    docs = documents(tmp_path / "out")
    assert len(docs) == len(layout) and sorted(docs.values()) == sorted(Path(n).name for n in layout)
    assert len(graphs(tmp_path / "out")) == len(layout)
    again = kg.build([src], tmp_path / "again")
    assert documents(tmp_path / "again") == docs  # stable across builds


def test_ids_are_relative_to_the_inputs_root(tmp_path):
    for name in ("a/report.txt", "b/report.txt", "b/sub/x.txt", "c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    files = [tmp_path / "a/report.txt", tmp_path / "b/report.txt", tmp_path / "b/sub/x.txt"]
    assert list(document_ids([tmp_path / "a", tmp_path / "b"], files).values()) == ["a/report", "b/report", "b/sub/x"]
    assert list(document_ids([tmp_path / "b"], files[1:]).values()) == ["report", "sub/x"]
    assert list(document_ids([tmp_path / "c.txt"], [tmp_path / "c.txt"]).values()) == ["c"]


def test_the_seeds_keep_their_iris(seed_build):
    docs = documents(seed_build)
    assert "https://w3id.org/county-kg/id/doc/000_53efcc185109372c" in docs
    assert "https://w3id.org/county-kg/id/graph/000_53efcc185109372c" in graphs(seed_build)


def test_an_undecodable_file_name_builds_and_validates(tmp_path):
    import os

    src = tmp_path / "src"
    src.mkdir()
    with open(os.fsencode(src) + b"/bad\xff name.txt", "wb") as f:
        f.write(SENTENCE.encode("utf-8"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    docs = documents(out)
    assert list(docs.values()) == ["bad\ufffd name.txt"]  # the byte that is no character, shown as U+FFFD
    assert list(docs) == ["https://w3id.org/county-kg/id/doc/bad%FF%20name"]  # and kept exactly in the IRI
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
