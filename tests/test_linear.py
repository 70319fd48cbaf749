"""Work bounded by clause and linear lookups: the bounded paths give what the plain ones gave.
(Speed itself is measured by benchmarks/linear.py, not asserted here.)"""
import random
import re

from kg.recognize import patterns
from kg.recognize.repeat import _occurrences

from conftest import names, process_text


def test_repeats_are_found_the_same_way_with_many_names():
    rng = random.Random(7)
    for _ in range(200):
        alphabet = "甲乙丙丁戊己"
        many = {"".join(rng.choice(alphabet) for _ in range(rng.randint(3, 6))) for _ in range(rng.randint(201, 320))}
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 500)))
        plain = re.compile("|".join(map(re.escape, sorted(many, key=len, reverse=True))))
        assert _occurrences(text, many) == [m.span() for m in plain.finditer(text)]


def test_a_long_clause_is_searched_in_pieces_that_cover_it():
    text = "、".join(["平遥物流园"] * 500) + "等产业园"
    pieces = list(patterns._pieces(text, 0, len(text)))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(end - start <= patterns.MAX_CLAUSE for start, end in pieces)
    assert all(text[end - 1] == "、" for _, end in pieces[:-1])  # cut after a 、, not inside an item


def test_lists_in_an_endless_clause_are_still_read():
    doc = process_text("建设" + "、".join(f"第{i}产业园" for i in range(2000)) + "等产业园区。推进A项目、B钢铁项目、平遥棒材项目等项目建设。")
    assert len(names(doc, "Park")) > 100


def test_a_place_in_another_county_is_still_told_apart():
    from kg.relate.project import located_in

    doc = process_text("平遥县建设平遥物流园。在介休市建设介休经济技术开发区。" * 30, county_code="140728")
    located = {f.subject for f in located_in(doc)}
    parks = {m.key: m.text for m in doc.mentions if m.type == "Park"}
    assert any("平遥" in parks[k] for k in located)
    assert not any("介休" in parks.get(k, "") for k in located)
