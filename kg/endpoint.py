"""endpoint: a read-only SPARQL 1.1 Protocol endpoint over a build, on 127.0.0.1.

For tools that speak SPARQL over HTTP (YASGUI, Gephi's SemanticWeb importer,
R or pandas clients): `GET /query?query=...`, or `POST /query` with a form
(`query=...`) or a body of type application/sparql-query. Answers follow the
Accept header: SPARQL results as JSON (default), XML, CSV or TSV; CONSTRUCT and
DESCRIBE as Turtle (default), N-Triples, RDF/XML or JSON-LD. Updates are
refused (403). Each query runs under the guards of `kg.store`: SERVICE refused
unless allowed, and a timeout after which it is stopped (HTTP 503).

The engine is Oxigraph, on the build's query store (see kg/store.py); the
server only listens on the loopback interface.
"""
from __future__ import annotations

import http.server
import json
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from kg import store
from kg.errors import InputError

RESULTS = {  # media type -> results format
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
MAX_BODY = 1 << 20  # a query of more than a megabyte is refused


def serve(build_dir: Path, port: int = 7878, *, timeout: float = store.TIMEOUT, allow_service: bool = False,
          ready=None) -> None:
    """Serve until interrupted (Ctrl-C); `ready(url)` is called once it listens."""
    server = make_server(build_dir, port, timeout=timeout, allow_service=allow_service)
    if ready:
        ready(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def make_server(build_dir: Path, port: int = 7878, *, timeout: float = store.TIMEOUT,
                allow_service: bool = False) -> http.server.ThreadingHTTPServer:
    """The server, bound to 127.0.0.1:`port` (0: a free port) and not yet started; `.url` is its query URL."""
    build_dir = Path(build_dir)
    if not store.is_build(build_dir):
        raise InputError(f"no build in {build_dir} (expected a folder written by `kg build`)")
    store.store_location(build_dir)  # made now, not at the first request
    handler = type("Handler", (_Handler,), {"build": build_dir, "timeout": timeout, "allow_service": allow_service})
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as e:
        raise InputError(f"cannot listen on 127.0.0.1:{port}: {e.strerror or e}") from None
    server.daemon_threads = True
    server.url = f"http://127.0.0.1:{server.server_address[1]}/query"
    return server


class _Handler(http.server.BaseHTTPRequestHandler):
    build: Path
    timeout: float
    allow_service: bool
    server_version = "county-kg"

    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(parts.query)
        if parts.path not in ("/query", "/sparql", "/"):
            return self._send(404, "text/plain", b"not found: use /query\n")
        if "update" in params:
            return self._refuse_update()
        if "query" not in params:
            text = (f"county-kg SPARQL endpoint (read-only) over {self.build.name}\n"
                    "GET /query?query=... or POST /query (form or application/sparql-query)\n")
            return self._send(200, "text/plain; charset=utf-8", text.encode("utf-8"))
        self._answer(params["query"][0])

    def do_POST(self):
        parts = urllib.parse.urlsplit(self.path)
        if parts.path not in ("/query", "/sparql", "/"):
            return self._send(404, "text/plain", b"not found: use /query\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(413, "text/plain", b"query too large\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            return self._answer(body)
        if kind == "application/sparql-update":
            return self._refuse_update()
        params = urllib.parse.parse_qs(body)
        if "update" in params:
            return self._refuse_update()
        if "query" not in params:
            return self._send(400, "text/plain", b"no query\n")
        self._answer(params["query"][0])

    def do_PUT(self):
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT

    def do_OPTIONS(self):
        self._send(204, "text/plain", b"")

    def _answer(self, sparql: str) -> None:
        accept = self.headers.get("Accept") or ""
        results_type = _choose(accept, RESULTS, "application/sparql-results+json")
        graph_type = _choose(accept, GRAPHS, "text/turtle")
        try:
            kind, data = store.execute(self.build, sparql, timeout=self.timeout, allow_service=self.allow_service,
                                       results_format=RESULTS[results_type], graph_format=GRAPHS[graph_type])
        except store.QueryTimeout as e:
            return self._send(503, "text/plain; charset=utf-8", f"{e}\n".encode("utf-8"))
        except InputError as e:
            return self._send(400, "text/plain; charset=utf-8", f"{e}\n".encode("utf-8"))
        media = graph_type if kind == "G" else results_type
        self._send(200, f"{media}; charset=utf-8", data)

    def _refuse_update(self) -> None:
        self._send(403, "text/plain", b"this endpoint is read-only\n")

    def _send(self, code: int, media: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")  # browser tools (YASGUI) on another origin
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, fmt, *args):  # one line per request on stderr, without the query text
        import sys

        sys.stderr.write(json.dumps({"request": self.command, "path": self.path.split("?", 1)[0],
                                     "status": args[1] if len(args) > 1 else ""}) + "\n")


def _choose(accept: str, offered: dict, default: str) -> str:
    """The first offered media type the Accept header names (by q, then order), else the default."""
    wanted = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            name, _, value = p.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        wanted.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(wanted):
        if media in offered:
            return media
    return default
