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


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph(*args: str):
    """Start `oxigraph ARGS... --bind 127.0.0.1:PORT` (the `oxigraph` package of PyPI); (base URL, process)."""
    import shutil
    import subprocess
    import sys
    import time
    import urllib.parse
    import urllib.request

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen([binary, *args, "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=1)
            return base, proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("oxigraph did not start")


def remote_select(base: str, sparql: str):
    """A SELECT on a SPARQL endpoint, as a typed kg Result."""
    import urllib.parse
    import urllib.request

    import pyoxigraph as ox

    from kg.results import Result

    req = urllib.request.Request(base + "/query", data=urllib.parse.urlencode({"query": sparql}).encode(),
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    solutions = ox.parse_query_results(urllib.request.urlopen(req, timeout=120).read(), format=ox.QueryResultsFormat.JSON)
    columns = [v.value for v in solutions.variables]
    return Result.from_terms(columns, [[s[c] for c in columns] for s in solutions])
