"""The seeds manifest is data: each row must agree with its document."""
import csv
import re

import pytest

from kg.gazetteer import by_name
from kg.normalize import normalize
from kg.read import read

from conftest import SEEDS

ROWS = list(csv.DictReader((SEEDS / "manifest.csv").open(encoding="utf-8")))


def test_every_seed_is_listed_once():
    listed = sorted(r["file"] for r in ROWS)
    assert listed == sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_row_matches_document(row):
    doc = normalize(read(SEEDS / row["file"]))
    text = doc.text
    # the county is named in the text, and its code, prefecture and province
    # are the gazetteer's
    assert row["county"] in text
    division = by_name(row["county"])
    assert division.code == row["code"]
    assert by_name(row["prefecture"]).code == row["code"][:4] + "00"
    assert by_name(row["province"]).code == row["code"][:2] + "0000"
    # the day of the date is printed in the text, and the kind is one we know
    year, month, day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", row["date"]).groups()
    squeezed = re.sub(r"\s+", "", text)
    assert f"{int(month)}月{int(day)}日" in squeezed
    assert row["kind"] in {"党代会报告", "政府工作报告", "五年规划"}
    # the title is in the text (spaces of the layout aside), or is built from
    # the county, year and kind for reports printed without a headline
    title = row["title"].replace(" ", "")
    assert title in squeezed or (row["county"] in title and year in title and row["kind"] in title)


def test_read_attaches_manifest_row():
    doc = read(SEEDS / ROWS[0]["file"])
    assert doc.meta["county"] == ROWS[0]["county"]
    assert doc.meta["county_code"] == ROWS[0]["code"]
