"""load: push a build's named graphs to a triplestore with the SPARQL 1.1 Graph Store Protocol.

Each document's graph is read from graph.trig as a stream, one graph at a
time (memory stays flat whatever the build's size), and sent with HTTP PUT to
`<endpoint>?graph=<graph IRI>`, which replaces that graph: loading twice gives
the same store, and a rebuilt document replaces only its own graph. `bulk`
sends graph.trig whole in one streamed request instead (the store's bulk path,
for a first load). Then one SPARQL query counts the triples of every graph,
which must equal the local counts.

A load record, the graph `kgr:load`, says which build was loaded, when, and
into which graphs; it is written as unfinished first and marked complete last,
so a load that was killed midway shows. `prune` removes the graphs of
documents no longer in the build (only graphs under kgr:graph/: the store's
other graphs are never touched).

Credentials: user:password in the endpoint URL (basic auth), or
KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN (bearer). They
are never printed (URLs are shown with the user info masked) and are not sent
on after a redirect to another origin.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.vocab import KG, KGR

TIMEOUT = 60
GRAPHS = str(KGR["graph/"])  # the documents' graphs: the only ones a load replaces or prunes
RECORD = str(KGR["load"])  # the load record's graph (and subject)
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class Endpoint:
    """A URL without its user info, the Authorization header it came with, and how to show it."""

    url: str
    auth: dict = field(default_factory=dict, repr=False)
    secrets: tuple = field(default=(), repr=False)
    userinfo: bool = False  # the URL was given with user:password@, shown as ***@

    @classmethod
    def parse(cls, url: str) -> Endpoint:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"not an http(s) URL: {mask(url)}")
        auth, secrets = _credentials(), ()
        if parts.username is not None or parts.password is not None:
            user = urllib.parse.unquote(parts.username or "")
            password = urllib.parse.unquote(parts.password or "")
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            auth, secrets = {"Authorization": f"Basic {token}"}, tuple(s for s in (password, parts.password, token) if s)
            netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
            netloc += f":{parts.port}" if parts.port else ""
            url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        env_secrets = tuple(v for k in ("KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN") if (v := os.environ.get(k)))
        return cls(url, auth, secrets + env_secrets + tuple(v.split(" ", 1)[1] for v in auth.values()), bool(secrets))

    def with_url(self, url: str) -> Endpoint:
        return Endpoint(url, self.auth, self.secrets, self.userinfo)

    def show(self, url: str | None = None) -> str:
        """A URL of this endpoint as it may be printed: user info, if any, as ***."""
        url = url or self.url
        if not self.userinfo or _origin(url) != _origin(self.url):
            return mask(url)
        parts = urllib.parse.urlsplit(url)
        return urllib.parse.urlunsplit(parts._replace(netloc="***@" + parts.netloc))

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text


def mask(url: str) -> str:
    """The URL with its user info shown as ***."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<invalid URL>"
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


def load(build_dir: Path, endpoint: str, query_endpoint: str | None = None, *, prune: bool = False,
         bulk: bool = False, timeout: float = TIMEOUT, progress: Callable | None = None,
         warn: Callable[[str], None] | None = None) -> dict:
    build_dir = Path(build_dir)
    trig = build_dir / "graph.trig"
    if not trig.is_file():
        raise InputError(f"no graph.trig in {build_dir}: run `kg build` first")
    store = Endpoint.parse(endpoint)
    sparql = Endpoint.parse(query_endpoint) if query_endpoint else store.with_url(derive_query_endpoint(store.url))
    client = Client(timeout)
    build_id = _build_id(trig)
    previous = read_record(client, sparql)
    if previous and not previous.get("complete") and warn:
        warn(f"the previous load (build {previous.get('build', '?')}, started {previous.get('started', '?')}) did not finish; loading again")
    started = _now()
    client.put_graph(store, RECORD, _record(build_id, started, None, []))
    if bulk:
        remote = client.counts(sparql)
        if remote:
            raise InputError(f"--bulk is for a first load, and {sparql.show()} already holds {len(remote)} "
                             "county-kg graph(s); load without --bulk (it replaces each document's graph)")
        local = _count_graphs(trig)
        client.post_dataset(store, trig, progress)
    else:
        local = {}
        for name, triples in _stream_graphs(trig, progress):
            client.put_graph(store, name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
            local[name] = len(triples)
    remote = client.counts(sparql)
    pruned = []
    if prune:
        pruned = sorted(set(remote) - set(local))
        for name in pruned:
            client.delete_graph(store, name)
        remote = client.counts(sparql)
    wrong = [n for n in local if remote.get(n) != local[n]]
    if wrong:
        raise InputError(f"count check failed for {len(wrong)} graph(s), e.g. {wrong[0]}: "
                         f"local {local[wrong[0]]}, remote {remote.get(wrong[0], 0)}")
    client.put_graph(store, RECORD, _record(build_id, started, _now(), sorted(local)))
    report = {"graphs": len(local), "triples": sum(local.values()), "remote_triples": sum(remote.get(n, 0) for n in local),
              "build": build_id, "endpoint": store.show()}
    if prune:
        report["pruned"] = len(pruned)
    others = sorted(set(remote) - set(local))
    if others:
        report["other county-kg graphs in the store"] = f"{len(others)} (--prune removes them)"
    return report


def derive_query_endpoint(endpoint: str) -> str:
    """Oxigraph: …/store -> …/query; Fuseki: …/ds/data -> …/ds/query; else the endpoint itself."""
    base = endpoint.split("?", 1)[0].rstrip("/")
    for tail in ("/store", "/data", "/rdf-graph-store"):
        if base.endswith(tail):
            return base[: -len(tail)] + ("/query" if tail != "/rdf-graph-store" else "/sparql")
    return base


def remote_count(query_endpoint: str, graph: str, timeout: float = TIMEOUT) -> int:
    """The number of triples in one graph of a store."""
    endpoint = Endpoint.parse(query_endpoint)
    rows = Client(timeout).select(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"]["value"]) if rows else 0


def read_record(client: Client, sparql: Endpoint) -> dict | None:
    """The store's load record: build, started, ended, complete (None if it has none)."""
    rows = client.select(sparql, f"""SELECT ?build ?started ?ended ?complete WHERE {{ GRAPH <{RECORD}> {{
        <{RECORD}> <{KG.buildId}> ?build ; <http://www.w3.org/ns/prov#startedAtTime> ?started ; <{KG.loadComplete}> ?complete .
        OPTIONAL {{ <{RECORD}> <http://www.w3.org/ns/prov#endedAtTime> ?ended }} }} }}""")
    if not rows:
        return None
    row = {k: v["value"] for k, v in rows[0].items()}
    return {**row, "complete": row.get("complete") in ("true", "1")}


# --- what is sent ---------------------------------------------------------------------------------


def _stream_graphs(trig: Path, progress=None):
    """(graph name, its triples) for each named graph of graph.trig, one at a time.

    graph.trig is written one document's graph after another, so the quads of
    a graph are consecutive; a graph that comes back later is sent again whole
    (a PUT replaces, so it is gathered first).
    """
    seen: dict[str, int] = {}
    current, triples = None, []
    size = trig.stat().st_size or 1
    with trig.open("rb") as f:
        for q in ox.parse(f, format=ox.RdfFormat.TRIG):
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
            if name != current and triples:
                yield current, triples
                seen[current] = 1
                if progress:
                    progress(current.rsplit("/", 1)[-1], f.tell(), size)
                triples = []
            if name is not None and name in seen:
                raise InputError(f"{trig}: the graph {name} is split in two places; rebuild it with `kg build`")
            current = name
            if name is not None:
                triples.append(q.triple)
    if triples:
        yield current, triples
    if progress:
        progress("", size, size)


def _count_graphs(trig: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        if isinstance(q.graph_name, ox.NamedNode):
            counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
    return counts


def _build_id(trig: Path) -> str:
    """The build's id: the SHA-256 of its graph.trig (first 16 hex digits)."""
    digest = hashlib.sha256()
    with trig.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _record(build: str, started: str, ended: str | None, graphs: list[str]) -> bytes:
    """The load record as N-Triples: unfinished (no end, loadComplete false) or complete."""
    s, xsd, prov = f"<{RECORD}>", "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/ns/prov#"
    lines = [f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG.Load}> .",
             f"{s} <{KG.buildId}> {json.dumps(build)} .",
             f'{s} <{prov}startedAtTime> "{started}"^^<{xsd}dateTime> .',
             f'{s} <{KG.loadComplete}> "{"true" if ended else "false"}"^^<{xsd}boolean> .',
             f'{s} <{KG.graphCount}> "{len(graphs)}"^^<{xsd}integer> .']
    if ended:
        lines.append(f'{s} <{prov}endedAtTime> "{ended}"^^<{xsd}dateTime> .')
    lines += [f"{s} <{KG.loadedGraph}> <{g}> ." for g in graphs]
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- HTTP -----------------------------------------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # redirects are followed by Client.request, which decides what goes with them


class Client:
    """HTTP with the store: redirects followed by hand, credentials only to the origin they were given for."""

    def __init__(self, timeout: float = TIMEOUT):
        self.timeout = timeout
        self.opener = urllib.request.build_opener(_NoRedirect())
        self.server = ""  # the Server header of the last answer (Oxigraph/0.5 ...)

    def put_graph(self, store: Endpoint, graph: str, ntriples: bytes) -> None:
        self.request("PUT", store.with_url(_graph_url(store.url, graph)), lambda: ntriples,
                     {"Content-Type": "application/n-triples"})

    def delete_graph(self, store: Endpoint, graph: str) -> None:
        self.request("DELETE", store.with_url(_graph_url(store.url, graph)), None, {})

    def post_dataset(self, store: Endpoint, trig: Path, progress=None) -> None:
        size = trig.stat().st_size
        url = store.url
        if self.server.lower().startswith("oxigraph"):  # its bulk loader (other stores may refuse unknown parameters)
            url += ("&" if "?" in url else "?") + "no_transaction"
        self.request("POST", store.with_url(url), lambda: _Reader(trig, progress),
                     {"Content-Type": "application/trig", "Content-Length": str(size)})

    def select(self, sparql: Endpoint, query: str) -> list[dict]:
        body = urllib.parse.urlencode({"query": query}).encode()
        answer = self.request("POST", sparql, lambda: body, {"Content-Type": "application/x-www-form-urlencoded",
                                                             "Accept": "application/sparql-results+json"})
        try:
            return json.loads(answer)["results"]["bindings"]
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(f"{sparql.show()}: unexpected answer to a SPARQL query ({type(e).__name__})") from None

    def counts(self, sparql: Endpoint) -> dict[str, int]:
        """Triples per county-kg document graph in the store."""
        rows = self.select(sparql, f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
            FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }} GROUP BY ?g""")
        return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}

    def request(self, method: str, endpoint: Endpoint, body: Callable | None, headers: dict) -> bytes:
        url, origin, auth = endpoint.url, _origin(endpoint.url), dict(endpoint.auth)
        for _ in range(6):
            data = body() if body else None
            req = urllib.request.Request(url, data=data, method=method, headers={**headers, **auth})
            try:
                with self.opener.open(req, timeout=self.timeout) as r:
                    self.server = r.headers.get("Server", "")
                    return r.read()
            except urllib.error.HTTPError as e:
                if e.code in REDIRECTS and e.headers.get("Location"):
                    url = urllib.parse.urljoin(url, e.headers["Location"])
                    if _origin(url) != origin:
                        auth = {}  # never hand the credentials to another host, port or scheme
                    if e.code == 303 or (e.code in (301, 302) and method == "POST"):
                        method, body, headers = "GET", None, {k: v for k, v in headers.items() if k.startswith("Accept")}
                    continue
                detail = e.read().decode("utf-8", "replace").strip().splitlines()
                message = f"{endpoint.show(url)}: the store refused {method} with HTTP {e.code} {e.reason}{': ' + detail[0][:300] if detail else ''}"
                raise InputError(endpoint.scrub(message)) from None
            except (urllib.error.URLError, OSError) as e:
                reason = getattr(e, "reason", e)
                raise InputError(endpoint.scrub(f"cannot reach {endpoint.show(url)}: {reason}")) from None
            finally:
                if hasattr(data, "close"):
                    data.close()
        raise InputError(f"{endpoint.show()}: too many redirects")


class _Reader:
    """graph.trig as a request body, read in blocks (never whole), reporting how far it got."""

    def __init__(self, path: Path, progress=None):
        self.f, self.size, self.progress = path.open("rb"), path.stat().st_size or 1, progress

    def read(self, n: int = 1 << 16) -> bytes:
        block = self.f.read(n if n and n > 0 else 1 << 16)
        if self.progress:
            self.progress("graph.trig", self.f.tell(), self.size)
        return block

    def close(self) -> None:
        self.f.close()


def _graph_url(endpoint: str, graph: str) -> str:
    return f"{endpoint}{'&' if '?' in endpoint else '?'}graph={urllib.parse.quote(graph, safe='')}"


def _origin(url: str) -> tuple:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(parts.scheme)


def _credentials() -> dict:
    if os.environ.get("KG_ENDPOINT_TOKEN"):
        return {"Authorization": f"Bearer {os.environ['KG_ENDPOINT_TOKEN']}"}
    user = os.environ.get("KG_ENDPOINT_USER")
    if user:
        token = base64.b64encode(f"{user}:{os.environ.get('KG_ENDPOINT_PASSWORD', '')}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {}
