"""county-kg: knowledge graphs of Chinese county development documents.

The library API, which the `kg` command line and the notebooks both call::

    import kg
    summary = kg.build(["seeds"], "build")          # graph.ttl, graph.trig, graph.html ...
    result = kg.query("build", "SELECT ...")        # typed .rows, .to_pandas(), .to_networkx()
    scores = kg.evaluate("gold/dev")                # P/R/F1 per type
    mix = kg.compare("build", by="sector")          # counties × sectors: projects, 亿元, shares
"""
from __future__ import annotations

import gc
import sys
from contextlib import contextmanager

__version__ = "0.1.0"


@contextmanager
def _loading():
    """Import without the cyclic garbage collector: loading the build's modules makes
    hundreds of thousands of objects that live as long as the process, and the collector
    scanned them again and again (a tenth of the CPU of a whole `kg build` of the seeds).
    What a first import loaded is then frozen (gc.freeze), or the first collection after
    the pause would walk all of it as young objects; yields a list that says whether it did
    (the caller unfreezes once its work is done, as kg.builder._collector_spared does)."""
    enabled = gc.isenabled()
    froze = []
    # (only where nothing is frozen yet: unfreezing later must not thaw a host's own objects)
    fresh = "kg.builder" not in sys.modules and gc.get_freeze_count() == 0
    gc.disable()
    try:
        yield froze
        if fresh:
            gc.freeze()
            froze.append(True)
    finally:
        if enabled:
            gc.enable()


def build(paths, out, **options):
    """Build the graph of `paths` (.txt files or folders) into the folder `out`."""
    with _loading() as froze:
        from kg.builder import build as _build

    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    try:
        return _build(paths, out, **options)
    finally:
        if froze:
            gc.unfreeze()  # (the build unfreezes when it ends; this covers one that failed before it began)


def query(target, sparql: str | None = None, *, name: str | None = None, county: str | None = None,
          timeout: float | None = 60, allow_service: bool = False, bindings: dict | None = None):
    """Run SPARQL on a build folder or RDF file and return a typed `kg.results.Result`.

    Give the query text, or `name` for a canned query of queries/ (see
    `kg.canned_queries()`). Rows hold Python values: int, Decimal, float,
    datetime.date, bool, str (labels), rdflib.URIRef (IRIs); `.to_pandas()`,
    `.to_networkx()` and `.to_rdflib()` convert them. The prefixes kg:, kgr:,
    rdfs:, skos: ... are predeclared.

    `county` (full name, short name or code) binds the query's `?c` to that
    county; `bindings` binds any variables (name -> IRI or value). A query
    runs at most `timeout` seconds (None: no limit) and may not call other
    endpoints (SERVICE) unless `allow_service=True`.
    """
    from pathlib import Path

    from kg import store
    from kg.errors import KgError

    if (sparql is None) == (name is None):
        raise KgError("give the SPARQL text or the name of a canned query, not both")
    text = store.canned(name) if name else sparql
    bindings = dict(bindings or {})
    if county:
        from kg.gazetteer import resolve_county
        from kg.vocab import KGR

        if not store.uses_variable(text, "c"):
            raise KgError("this query has no ?c variable to bind the county to")
        bindings["c"] = str(KGR[f"county/{resolve_county(county).code}"])
    return store.query(Path(target), text, timeout=timeout, allow_service=allow_service, bindings=bindings)


def canned_queries() -> dict[str, str]:
    """The canned queries of queries/: name -> the question it answers (中文 | English)."""
    from kg import store

    return {n: store.describe(n) for n in store.canned_names()}


def evaluate(gold_dirs, text_dirs=None, extractor: str = "rules", progress=None) -> dict:
    """Score the extractor against gold files (see the gold GUIDELINES): one gold
    folder, or a list of them (pooled scores, and each folder's under "folders")."""
    from pathlib import Path

    from kg.scoring import evaluate as _evaluate

    dirs = [Path(d) for d in text_dirs] if text_dirs else None
    return _evaluate(gold_dirs, dirs, extractor=extractor, progress=progress)


def compare(target, counties=None, by: str = "sector"):
    """Counties side by side: projects, announced investment and shares by sector,
    section, year or status (see kg/comparison.py); returns a `Comparison`."""
    from kg.comparison import compare as _compare

    return _compare(target, counties=counties, by=by)


def validate(target):
    """SHACL-validate a build folder or RDF file; returns (conforms, report)."""
    from pathlib import Path

    from kg.shacl import validate as _validate

    return _validate(Path(target))


def load(build_dir, endpoint: str, **options):
    """Upload a build's named graphs to a triplestore (Graph Store Protocol), one
    document at a time; see `kg.publish.load` for `prune`, `bulk`, `progress`."""
    from pathlib import Path

    from kg.publish import load as _load

    return _load(Path(build_dir), endpoint, **options)


def serve(build_dir, port: int = 7878, **options):
    """A read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 over a build (blocks)."""
    from pathlib import Path

    from kg.endpoint import serve as _serve

    return _serve(Path(build_dir), port=port, **options)
