"""load: push a build's named graphs to a triplestore with the SPARQL 1.1 Graph Store Protocol.

Each document's graph is sent with HTTP PUT to `<endpoint>?graph=<graph IRI>`,
which replaces that graph: loading twice gives the same store, and loading a
rebuilt document replaces only its graph. Afterwards a SPARQL count per graph
must equal the local count. Credentials, if the store needs them, come from
KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD (basic) or KG_ENDPOINT_TOKEN (bearer).
"""
from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError

TIMEOUT = 60


def load(build_dir: Path, endpoint: str, query_endpoint: str | None = None) -> dict:
    graphs = _graphs(Path(build_dir))
    query_endpoint = query_endpoint or derive_query_endpoint(endpoint)
    for name, quads in graphs.items():
        body = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
        url = f"{endpoint}{'&' if '?' in endpoint else '?'}graph={urllib.parse.quote(name, safe='')}"
        _request("PUT", url, body, {"Content-Type": "application/n-triples"})
    remote = {name: remote_count(query_endpoint, name) for name in graphs}
    local = {name: len(quads) for name, quads in graphs.items()}
    wrong = [n for n in graphs if remote[n] != local[n]]
    if wrong:
        raise InputError(f"count check failed for {len(wrong)} graph(s), e.g. {wrong[0]}: local {local[wrong[0]]}, remote {remote[wrong[0]]}")
    return {"graphs": len(graphs), "triples": sum(local.values()), "remote_triples": sum(remote.values()), "endpoint": endpoint}


def _graphs(build_dir: Path) -> dict[str, list]:
    path = build_dir / "graph.trig"
    if not path.is_file():
        raise InputError(f"no graph.trig in {build_dir}: run `kg build` first")
    graphs: dict[str, list] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        if isinstance(q.graph_name, ox.NamedNode):
            graphs.setdefault(q.graph_name.value, []).append(q)
    return graphs


def derive_query_endpoint(endpoint: str) -> str:
    """Oxigraph: …/store -> …/query; Fuseki: …/ds/data -> …/ds/query; else the endpoint itself."""
    base = endpoint.split("?", 1)[0].rstrip("/")
    for tail in ("/store", "/data", "/rdf-graph-store"):
        if base.endswith(tail):
            return base[: -len(tail)] + ("/query" if tail != "/rdf-graph-store" else "/sparql")
    return base


def remote_count(query_endpoint: str, graph: str) -> int:
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    body = urllib.parse.urlencode({"query": sparql}).encode()
    answer = _request("POST", query_endpoint, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                      "Accept": "application/sparql-results+json"})
    try:
        return int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError) as e:
        raise InputError(f"{query_endpoint}: unexpected answer to the count query ({e})") from None


def _request(method: str, url: str, body: bytes, headers: dict) -> bytes:
    req = urllib.request.Request(url, data=body, method=method, headers={**headers, **_credentials()})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as r:
            return r.read()
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"{url}: the store refused {method} with HTTP {e.code} {e.reason}{': ' + detail[0] if detail else ''}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise InputError(f"cannot reach {url}: {reason}") from None


def _credentials() -> dict:
    if os.environ.get("KG_ENDPOINT_TOKEN"):
        return {"Authorization": f"Bearer {os.environ['KG_ENDPOINT_TOKEN']}"}
    user = os.environ.get("KG_ENDPOINT_USER")
    if user:
        token = base64.b64encode(f"{user}:{os.environ.get('KG_ENDPOINT_PASSWORD', '')}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {}
