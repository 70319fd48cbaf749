"""kg load against a real Oxigraph server on 127.0.0.1 (the `oxigraph` package of PyPI)."""
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main

pytestmark = [pytest.mark.server, pytest.mark.slow]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def count(base, graph=None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
    url = base + "/query?query=" + urllib.parse.quote(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    return int(json.loads(urllib.request.urlopen(req).read())["results"]["bindings"][0]["n"]["value"])


def local_count(build) -> int:
    import pyoxigraph as ox

    return sum(1 for _ in ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))


def test_load_twice_and_replace_one_document(server, tmp_path, seeds_dir):
    src = tmp_path / "src"
    src.mkdir()
    for p in sorted(seeds_dir.glob("00[01]_*.txt")):
        shutil.copy(p, src / p.name)
    build = tmp_path / "build"
    kg.build([src], build)
    runner = CliRunner()
    result = runner.invoke(main, ["load", str(build), "--endpoint", server + "/store"])
    assert result.exit_code == 0, result.output
    assert count(server) == local_count(build)
    result = runner.invoke(main, ["load", str(build), "--endpoint", server + "/store"])
    assert result.exit_code == 0 and count(server) == local_count(build)  # PUT: idempotent

    graphs = sorted(p.stem for p in src.glob("*.txt"))
    kept = f"https://w3id.org/county-kg/id/graph/{graphs[0]}"
    changed = f"https://w3id.org/county-kg/id/graph/{graphs[1]}"
    before = count(server, kept)
    (src / f"{graphs[1]}.txt").write_text("平遥县深入实施乡村振兴战略。", encoding="utf-8")
    kg.build([src], build)
    assert runner.invoke(main, ["load", str(build), "--endpoint", server + "/store"]).exit_code == 0
    assert count(server, kept) == before
    assert 0 < count(server, changed) < 100 and count(server) == local_count(build)


def test_unreachable_endpoint_is_a_one_line_error(seed_build):
    port = free_port()
    result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", f"http://127.0.0.1:{port}/store"])
    assert result.exit_code == 1
    assert "cannot reach" in result.output and len(result.output.strip().splitlines()) == 1


def test_refusal_is_a_one_line_error(server, seed_build):
    result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", server + "/no-such-service"])
    assert result.exit_code == 1 and "refused" in result.output and len(result.output.strip().splitlines()) == 1


def test_credentials_come_from_the_environment(monkeypatch):
    from kg import publish

    monkeypatch.delenv("KG_ENDPOINT_TOKEN", raising=False)
    monkeypatch.setenv("KG_ENDPOINT_USER", "reader")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret")
    assert publish._credentials() == {"Authorization": "Basic cmVhZGVyOnMzY3JldA=="}
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "abc")
    assert publish._credentials() == {"Authorization": "Bearer abc"}
