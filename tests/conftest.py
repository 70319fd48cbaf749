"""Shared fixtures: the seed corpus and one build of it per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD_DEV = ROOT / "tests" / "gold" / "dev"  # copy of ../shared/gold/dev
GOLD_DEV_EXT = ROOT / "tests" / "gold" / "dev-ext"  # copy of ../shared/gold/dev-ext (texts in its texts/)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """A build of the five seeds (built once, shared read-only by tests)."""
    import kg

    out = tmp_path_factory.mktemp("seed-build") / "build"
    kg.build([SEEDS], out)
    return out


def process_text(text: str, county_code: str = "", name: str = "t.txt"):
    """Run the per-document stages on a sentence written for a test."""
    from kg import pipeline
    from kg.document import Document

    doc = Document(path=Path(name), raw=text, meta={"county_code": county_code} if county_code else {})
    return pipeline.process(doc)


def names(doc, type_: str) -> set[str]:
    return {m.text for m in doc.mentions if m.type == type_}


def forms_by_key(doc, type_: str) -> list[set[str]]:
    """The surface forms of each linked entity of one type."""
    keys: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.type == type_:
            keys.setdefault(m.key, set()).add(m.text)
    return list(keys.values())
