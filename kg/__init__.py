"""county-kg: knowledge graphs of Chinese county development documents.

The library API, which the `kg` command line and the notebooks both call::

    import kg
    summary = kg.build(["seeds"], "build")          # graph.ttl, graph.trig, graph.html ...
    result = kg.query("build", "SELECT ...")        # .columns, .rows
    scores = kg.evaluate("gold/dev")                # P/R/F1 per type
    mix = kg.compare("build", by="sector")          # counties × sectors: projects, 亿元, shares
"""
from __future__ import annotations

__version__ = "0.1.0"


def build(paths, out, **options):
    """Build the graph of `paths` (.txt files or folders) into the folder `out`."""
    from kg.builder import build as _build

    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return _build(paths, out, **options)


def query(target, sparql: str):
    """Run SPARQL on a build folder or RDF file; returns a result with .columns and .rows."""
    from pathlib import Path

    from kg.store import query as _query

    return _query(Path(target), sparql)


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
    """Upload a build's named graphs to a triplestore (Graph Store Protocol)."""
    from pathlib import Path

    from kg.publish import load as _load

    return _load(Path(build_dir), endpoint, **options)
