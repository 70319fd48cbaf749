"""kg serve: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 over a build."""
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

import kg
from kg import endpoint as serve, store

from conftest import remote_select

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def endpoint(seed_build):
    server = serve.make_server(seed_build, 0, timeout=5)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.url
    server.shutdown()
    server.server_close()


def get(url, accept="application/sparql-results+json", **params):
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode(params), headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.headers.get_content_type(), r.read().decode("utf-8")


def test_listens_on_loopback_only(endpoint):
    assert endpoint.startswith("http://127.0.0.1:")


def test_canned_queries_over_http_match_the_library(endpoint, seed_build):
    for name in ("investment_per_county", "county_documents", "shared_strategies"):
        assert remote_select(endpoint[: -len("/query")], store.canned(name)).rows == kg.query(seed_build, name=name).rows


def test_formats_follow_accept(endpoint):
    kind, body = get(endpoint, "text/csv", query="SELECT ?f WHERE { ?d kg:sourceFile ?f } ORDER BY ?f")
    assert kind == "text/csv" and body.splitlines()[0] == "f" and len(body.splitlines()) == 6
    kind, body = get(endpoint, "text/turtle", query="CONSTRUCT { ?d a kg:Document } WHERE { ?d a kg:Document }")
    assert kind == "text/turtle" and "Document" in body


def test_read_only_and_guarded(endpoint):
    update = urllib.request.Request(endpoint, data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", method="POST",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(update, timeout=30)
    assert e.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as e:
        get(endpoint, query="SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert e.value.code == 400 and b"SERVICE" in e.value.read()
    with pytest.raises(urllib.error.HTTPError) as e:
        get(endpoint, query="SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    assert e.value.code == 503 and b"longer than 5 s" in e.value.read()
