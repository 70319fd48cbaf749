"""The gold folders in tests/gold: well-formed, and every name written as its text has it."""
import json
import re
import unicodedata
from pathlib import Path

import pytest

from kg.document import ENTITY_TYPES

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
FOLDERS = [d for d in sorted(GOLD.iterdir()) if d.is_dir() and list(d.glob("*.json"))]
FILES = [f for d in FOLDERS for f in sorted(d.glob("*.json"))]
QUOTES = re.compile(r"[\s“”\"'‘’《》「」『』〈〉]")


def normalized(text: str) -> str:
    """The text as GUIDELINES.md writes names: no whitespace, NFKC, no quote marks."""
    return QUOTES.sub("", unicodedata.normalize("NFKC", text))


def text_of(gold_file: Path, doc: str) -> str:
    for folder in (gold_file.parent / "texts", ROOT / "seeds"):
        if (folder / doc).is_file():
            return (folder / doc).read_text(encoding="utf-8")
    raise AssertionError(f"{gold_file.name}: text {doc} not found")


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_gold_name_occurs_in_its_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = normalized(text_of(path, gold["doc"]))
    assert set(gold["entities"]) <= set(ENTITY_TYPES)
    names = set()
    for type_, entities in gold["entities"].items():
        for e in entities:
            for form in (e["name"], *e.get("aliases", [])):
                assert normalized(form) == form, f"{type_} {form!r} is not written in normalized form"
                assert form in text, f"{type_} {form!r} does not occur in {gold['doc']}"
            names.add(e["name"])
    for r in gold["relations"]:
        assert r["from"] in names, f"relation {r} starts at no entity of the file"
        if r["type"] == "investment":
            assert isinstance(r["value"], (int, float)) and r["value"] > 0
        else:
            assert r["to"] in names, f"relation {r} ends at no entity of the file"



def test_there_are_at_least_thirty_external_excerpts_from_ten_provinces():
    rows = [line.split("\t") for line in (GOLD / "ext" / "SOURCES.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 30 and len({r[2] for r in rows}) >= 10
    assert {r[0] for r in rows} == {p.name for p in (GOLD / "ext" / "texts").glob("*.txt")}
