"""Fuzzing the library the way a notebook calls it: documents of hostile fragments
(lone surrogates, absurd and malformed amounts, repeated tokens, lists, markup)
go through every stage, linking, assembly, serialization and the cache record.
Zero exceptions: 200 cases in the default run, 2,000 in the slow one."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kg import assemble, link, pipeline
from kg.amount import find_amounts
from kg.document import Document, document_from_json, document_to_json

FRAGMENTS = [
    # names and frames the rules look for
    "平遥县", "介休市", "晋鑫钢铁有限公司", "年产100万吨棒材项目", "平遥经济技术开发区", "物流园", "实施乡村振兴战略",
    "依托", "建设", "推进", "等项目", "等产业园", "、", "，", "。", "；", "：", "\n", "“", "”", "《", "》", "（", "）",
    # amounts: absurd, negative, malformed, in other currencies
    "总投资99999999999999999999万亿元", "总投资" + "9" * 60 + "亿元", "投资-5亿元", "1e309亿元", "10.5.3亿元",
    "10亿美元", "3-5亿元", "5-3亿元", "1,2345万元", "0.0000001元", "计划投资NaN亿元", "投资Infinity亿元",
    "二〇二三亿元", "十万万万万万亿元", "投资点点点亿元", "负5亿元",
    # what is not text
    "\udc80", "\ud800", "\udfff", "\x00", "\ufffe", "\uffff", "𠀀", "\u200b", "\u202e", "\r", "\t", "\x1b[31m",
    "<script>alert(1)</script>", "\\u0000", "%00", "#", "{", "}",
]
TOKEN = st.sampled_from(FRAGMENTS) | st.text(alphabet=st.characters(codec=None), max_size=6)
REPEATED = st.tuples(st.sampled_from(["项目", "、", "等", "有限公司", "园区", "战略", "亿元", "\udc80", "县"]),
                     st.integers(min_value=2, max_value=60)).map(lambda t: t[0] * t[1])
DOCUMENT = st.lists(TOKEN | REPEATED, max_size=60).map("".join)
FILE_NAME = st.sampled_from(["a.txt", "a b.txt", 'q"<{x}>.txt', "h#%1.txt", "bad\udcff.txt", "稷山县.txt", "..txt"])


def through_every_stage(raw: str, name: str) -> None:
    doc = pipeline.process(Document(path=Path(name), raw=raw, meta={"county_code": "140728"}))
    for m in doc.mentions:
        assert 0 <= m.start <= m.end <= len(doc.text)
    linker = link.Linker()
    linker.add(doc)
    entities = linker.entities()
    graph = assemble.document_graph(doc, entities.select(assemble.entity_forms(doc)))
    data = ox.serialize(graph.triples, format=ox.RdfFormat.TURTLE)
    assert ox.parse(data, format=ox.RdfFormat.TURTLE) is not None
    assert document_from_json(document_to_json(doc)) == doc
    find_amounts(raw)


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(DOCUMENT, FILE_NAME)
def test_hostile_documents_never_raise(raw, name):
    through_every_stage(raw, name)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(DOCUMENT, FILE_NAME)
def test_thousands_of_hostile_documents_never_raise(raw, name):
    through_every_stage(raw, name)


def test_the_fragments_that_once_crashed():
    for raw in ("总投资99999999999999999999万亿元的平遥项目开工。", "平遥\udc80县晋鑫钢铁有限公司\ud800投资5亿元建设棒材项目。",
                "投资10亿美元建设平遥电池项目。" * 3, "、" * 5000 + "等项目", "项目" * 3000):
        through_every_stage(raw, "t.txt")
