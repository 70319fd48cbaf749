"""The cache holds data, never code: a planted, swapped, flipped or random entry is a
miss (counted, reported) and the graph is the one a clean build makes."""
from __future__ import annotations

import os
import pickle
import shutil
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import corpus
from kg.document import Document, Fact, Mention, document_from_json, document_to_json

A = "平遥县实施乡村振兴战略，建设平遥经济技术开发区，晋鑫钢铁有限公司投资5亿元建设年产100万吨棒材项目。\n"
B = "介休市推进介休经济技术开发区建设，宏泰化工有限公司投资12亿元建设氯碱项目，实施黄河流域生态保护和高质量发展战略。\n"


def quads(build: Path) -> set:
    return set(ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))


@pytest.fixture
def src(tmp_path) -> Path:
    d = tmp_path / "src"
    d.mkdir()
    (d / "a.txt").write_text(A * 3, encoding="utf-8")
    (d / "b.txt").write_text(B * 3, encoding="utf-8")
    return d


@pytest.fixture
def clean(tmp_path, src) -> set:
    kg.build([src], tmp_path / "clean")
    return quads(tmp_path / "clean")


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.json"))


def test_a_planted_pickle_is_never_run(tmp_path, src, clean):
    cache = tmp_path / "cache"
    kg.build([src], tmp_path / "first", cache=cache)
    proof = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {proof}",))

    planted = pickle.dumps(Payload())
    for entry in entries(cache):
        entry.with_suffix(".pickle").write_bytes(planted)  # where the old cache looked
        entry.write_bytes(planted)  # and where this one looks
    summary = kg.build([src], tmp_path / "out", cache=cache)
    assert not proof.exists()
    assert summary["cache"] == {"hits": 0, "misses": 2, "rejected": 2}
    assert quads(tmp_path / "out") == clean


def test_swapped_entries_give_the_clean_graph(tmp_path, src, clean):
    cache = tmp_path / "cache"
    kg.build([src], tmp_path / "first", cache=cache)
    a, b = entries(cache)
    tmp = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(tmp)
    summary = kg.build([src], tmp_path / "out", cache=cache)
    assert summary["cache"] == {"hits": 0, "misses": 2, "rejected": 2}
    assert any("belongs to another file" in w for w in summary["warnings"])
    assert quads(tmp_path / "out") == clean
    assert kg.build([src], tmp_path / "again", cache=cache)["cache"] == {"hits": 2, "misses": 0, "rejected": 0}


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9, -2])
def test_a_flipped_byte_gives_the_clean_graph(tmp_path, src, clean, where):
    cache = tmp_path / "cache"
    kg.build([src], tmp_path / "first", cache=cache)
    entry = entries(cache)[0]
    data = bytearray(entry.read_bytes())
    i = int(len(data) * where) if where > 0 else len(data) + where
    data[i] ^= 0x01
    entry.write_bytes(bytes(data))
    summary = kg.build([src], tmp_path / "out", cache=cache)
    assert summary["cache"] == {"hits": 1, "misses": 1, "rejected": 1}
    assert quads(tmp_path / "out") == clean


def test_random_bytes_are_a_miss_every_time_until_rewritten(tmp_path, src, clean):
    cache = tmp_path / "cache"
    kg.build([src], tmp_path / "first", cache=cache)
    for entry in entries(cache):
        entry.write_bytes(os.urandom(20))
    summary = kg.build([src], tmp_path / "out", cache=cache)
    assert summary["cache"]["rejected"] == 2 and summary["cache"]["hits"] == 0
    assert quads(tmp_path / "out") == clean
    assert kg.build([src], tmp_path / "again", cache=cache)["cache"]["hits"] == 2


def test_an_entry_of_another_version_of_the_rules_is_a_miss(tmp_path, src, monkeypatch):
    cache = tmp_path / "cache"
    kg.build([src], tmp_path / "first", cache=cache)
    monkeypatch.setattr(corpus, "fingerprint", lambda: "other rules")
    assert kg.build([src], tmp_path / "out", cache=cache)["cache"]["hits"] == 0


def test_a_document_round_trips_exactly():
    doc = Document(path=Path("x/报告 1.txt"), raw="平遥县\udc80建设产业园。", meta={"county_code": "140728", "title": "t"})
    from kg import pipeline

    doc = pipeline.process(doc)
    doc.name = "x/报告 1"
    doc.mentions.append(Mention("Project", "A", 0, 1, "r", 0.5, 0, "project/A",
                                {"actor": (0, 1, "晋鑫"), "folds": ["a"], "set": {"x"}, "n": Decimal("1.5")}))
    doc.facts.append(Fact("investment", "project/A", None, 0, 3, "r", 0.9, Decimal("500000000"),
                          {"currency": "USD", "low": Decimal("3E+8")}))
    back = document_from_json(document_to_json(doc))
    assert back == doc
    assert type(back.mentions[-1].attrs["actor"]) is tuple and back.facts[-1].value == Decimal("500000000")
    assert back.offsets.typecode == doc.offsets.typecode and back.tokens == doc.tokens


@pytest.mark.parametrize("data", [b"", b"{}", b"[1,2]", b'{"format": "county-kg-document/1"}', os.urandom(64),
                                  pickle.dumps({"format": "county-kg-document/1"})])
def test_what_is_not_a_record_is_a_value_error(data):
    with pytest.raises(ValueError):
        document_from_json(data)
