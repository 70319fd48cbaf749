"""kg load against a real Oxigraph server on 127.0.0.1, and its guards against a recording HTTP server:
credentials never printed nor sent to another origin, SERVICE never reaches the network,
a load record that tells a finished load from one that was cut short, --prune."""
import base64
import http.server
import json
import shutil
import threading
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

import kg
from kg import publish
from kg.cli import main

from conftest import free_port, oxigraph

pytestmark = [pytest.mark.server, pytest.mark.slow]
GRAPH = "https://w3id.org/county-kg/id/graph/"


@pytest.fixture
def server(tmp_path):
    base, proc = oxigraph("serve", "--location", str(tmp_path / "store"))
    yield base
    proc.terminate()
    proc.wait(timeout=10)


class Recorder:
    """A local HTTP server that records every request; `answer(handler)` decides the reply."""

    def __init__(self, answer):
        self.requests = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length) if length else b""
                recorder.requests.append((self.command, self.path, dict(self.headers)))
                code, headers, body = answer(self)
                self.send_response(code)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = _any

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorder():
    made = []

    def make(answer):
        made.append(Recorder(answer))
        return made[-1]

    yield make
    for r in made:
        r.close()


def empty_results(_):
    return 200, {"Content-Type": "application/sparql-results+json"}, b'{"head":{"vars":[]},"results":{"bindings":[]}}'


def count(base, graph=None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else f'GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPH}"))'
    url = base + "/query?query=" + urllib.parse.quote(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    return int(json.loads(urllib.request.urlopen(req).read())["results"]["bindings"][0]["n"]["value"])


def graphs(base) -> set[str]:
    url = base + "/query?query=" + urllib.parse.quote("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    return {b["g"]["value"] for b in json.loads(urllib.request.urlopen(req).read())["results"]["bindings"]}


def local_graphs(build) -> dict[str, int]:
    import pyoxigraph as ox

    counts = {}
    for q in ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG):
        counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
    return counts


def two_seeds(tmp_path, seeds_dir):
    src = tmp_path / "src"
    src.mkdir()
    for p in sorted(seeds_dir.glob("00[01]_*.txt")):
        shutil.copy(p, src / p.name)
    return src


def test_load_twice_and_replace_one_document(server, tmp_path, seeds_dir):
    src = two_seeds(tmp_path, seeds_dir)
    build = tmp_path / "build"
    kg.build([src], build)
    runner = CliRunner()
    result = runner.invoke(main, ["load", str(build), "--endpoint", server + "/store"])
    assert result.exit_code == 0, result.output
    assert count(server) == sum(local_graphs(build).values())
    result = runner.invoke(main, ["load", str(build), "--endpoint", server + "/store"])
    assert result.exit_code == 0 and count(server) == sum(local_graphs(build).values())  # PUT: idempotent

    stems = sorted(p.stem for p in src.glob("*.txt"))
    kept, changed = GRAPH + stems[0], GRAPH + stems[1]
    before = count(server, kept)
    (src / f"{stems[1]}.txt").write_text("平遥县深入实施乡村振兴战略。", encoding="utf-8")
    kg.build([src], build)
    assert runner.invoke(main, ["load", str(build), "--endpoint", server + "/store"]).exit_code == 0
    assert count(server, kept) == before
    assert 0 < count(server, changed) < 100 and count(server) == sum(local_graphs(build).values())


def test_prune_leaves_exactly_the_builds_graphs(server, tmp_path, seeds_dir):
    src = two_seeds(tmp_path, seeds_dir)
    build = tmp_path / "build"
    kg.build([src], build)
    assert CliRunner().invoke(main, ["load", str(build), "--endpoint", server + "/store"]).exit_code == 0
    removed = sorted(src.glob("*.txt"))[0]
    removed.unlink()
    kg.build([src], build)
    result = CliRunner().invoke(main, ["load", str(build), "--endpoint", server + "/store"])
    assert result.exit_code == 0 and GRAPH + removed.stem in graphs(server)  # without --prune it stays
    assert "--prune removes them" in result.output
    result = CliRunner().invoke(main, ["load", str(build), "--endpoint", server + "/store", "--prune"])
    assert result.exit_code == 0, result.output
    assert {g for g in graphs(server) if g.startswith(GRAPH)} == set(local_graphs(build))
    assert "pruned: 1" in result.output


def test_load_reports_progress(server, seed_build):
    calls = []
    kg.load(seed_build, server + "/store", progress=lambda name, done, total: calls.append((name, done, total)))
    done = [d for _, d, _ in calls]
    assert len(calls) >= 5 and done == sorted(done) and calls[-1][1] == calls[-1][2]


def test_bulk_first_load_then_refused_on_a_loaded_store(server, seed_build):
    result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", server + "/store", "--bulk"])
    assert result.exit_code == 0, result.output
    assert count(server) == sum(local_graphs(seed_build).values())
    again = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", server + "/store", "--bulk"])
    assert again.exit_code == 1 and "first load" in again.output


def test_the_load_record_marks_a_load_that_did_not_finish(server, tmp_path, seeds_dir, monkeypatch):
    src = two_seeds(tmp_path, seeds_dir)
    build = tmp_path / "build"
    kg.build([src], build)
    sent = []
    put = publish.Client.put_graph

    def dies_after_one_document(self, store, graph, body):
        if graph.startswith(GRAPH):
            if sent:
                raise KeyboardInterrupt  # the load is killed midway
            sent.append(graph)
        return put(self, store, graph, body)

    monkeypatch.setattr(publish.Client, "put_graph", dies_after_one_document)
    with pytest.raises(KeyboardInterrupt):
        kg.load(build, server + "/store")
    monkeypatch.setattr(publish.Client, "put_graph", put)
    record = publish.read_record(publish.Client(), publish.Endpoint.parse(server + "/query"))
    assert record and record["complete"] is False and record["build"] and "ended" not in record
    warnings = []
    report = kg.load(build, server + "/store", warn=warnings.append)
    assert warnings and "did not finish" in warnings[0]
    record = publish.read_record(publish.Client(), publish.Endpoint.parse(server + "/query"))
    assert record["complete"] is True and record["build"] == report["build"] and record["ended"] >= record["started"]
    loaded = {g["g"]["value"] for g in publish.Client().select(publish.Endpoint.parse(server + "/query"),
              f"SELECT ?g WHERE {{ GRAPH <{publish.RECORD}> {{ ?r <https://w3id.org/county-kg/ontology#loadedGraph> ?g }} }}")}
    assert loaded == set(local_graphs(build))


def test_a_password_in_the_url_is_basic_auth_and_never_printed(recorder, seed_build):
    def refuse(handler):
        return 401, {"Content-Type": "text/plain"}, b"who are you?"

    r = recorder(refuse)
    url = r.url.replace("http://", "http://reader:S3cr%40t-pw@") + "/store"
    result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", url])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "S3cr" not in result.output and "***@127.0.0.1" in result.output
    sent = r.requests[0][2].get("Authorization", "")
    assert sent == "Basic " + base64.b64encode(b"reader:S3cr@t-pw").decode()
    # unreachable: the message names the host, never the password
    port = free_port()
    result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", f"http://reader:S3cr%40t-pw@127.0.0.1:{port}/store"])
    assert result.exit_code == 1 and "S3cr" not in result.output and "cannot reach" in result.output


def test_no_authorization_follows_a_redirect_to_another_port(recorder, seed_build, monkeypatch):
    elsewhere = recorder(empty_results)

    def redirect(handler):
        return 307, {"Location": elsewhere.url + handler.path}, b""

    origin = recorder(redirect)
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "tok-123")
    CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", origin.url + "/store"])
    assert origin.requests and all(h.get("Authorization") == "Bearer tok-123" for _, _, h in origin.requests)
    assert elsewhere.requests  # the redirect was followed ...
    assert not any("Authorization" in h for _, _, h in elsewhere.requests)  # ... without the credentials


def test_service_makes_no_request(recorder, seed_build):
    r = recorder(empty_results)
    query = f"SELECT * WHERE {{ SERVICE <{r.url}/sparql> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(main, ["query", str(seed_build), query])
    assert result.exit_code == 1 and "SERVICE" in result.output and len(result.output.strip().splitlines()) == 1
    escaped = query.replace("SERVICE", "\\u0053ERVICE")
    assert CliRunner().invoke(main, ["query", str(seed_build), escaped]).exit_code == 1
    assert r.requests == []  # refused before anything reached the network
    allowed = CliRunner().invoke(main, ["query", str(seed_build), query, "--allow-service"])
    assert allowed.exit_code == 0 and len(r.requests) == 1  # the server was there to be called


def test_unreachable_endpoint_is_a_one_line_error(seed_build):
    port = free_port()
    result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", f"http://127.0.0.1:{port}/store"])
    assert result.exit_code == 1
    assert "cannot reach" in result.output and len(result.output.strip().splitlines()) == 1


def test_refusal_is_a_one_line_error(server, seed_build):
    result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", server + "/no-such-service"])
    assert result.exit_code == 1 and "refused" in result.output and len(result.output.strip().splitlines()) == 1


def test_credentials_come_from_the_environment(monkeypatch):
    monkeypatch.delenv("KG_ENDPOINT_TOKEN", raising=False)
    monkeypatch.setenv("KG_ENDPOINT_USER", "reader")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret")
    assert publish._credentials() == {"Authorization": "Basic cmVhZGVyOnMzY3JldA=="}
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "abc")
    assert publish._credentials() == {"Authorization": "Bearer abc"}
    assert publish.mask("http://u:p@host:1/store") == "http://***@host:1/store"
