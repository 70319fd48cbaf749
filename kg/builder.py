"""`build`: documents in, graph files out, atomically.

The output directory is written as a sibling temporary directory and swapped
in only when everything succeeded, so a failed or interrupted build leaves the
previous output exactly as it was.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

from kg import pipeline
from kg.document import Document, Entity
from kg.read import find_inputs

Progress = Callable[[str, int, int], None]  # (document name, index, total)


def build(
    paths: Iterable[str | Path],
    out: str | Path,
    *,
    formats: Iterable[str] = (),
    progress: Progress | None = None,
    jobs: int = 1,
    cache: str | Path | None = None,
    scheduler: str | None = None,
) -> dict:
    """Build the graph of the documents at `paths` into the directory `out`.

    `jobs` processes documents in parallel, `scheduler` on a Dask cluster
    ("local" for a local one); `cache` is a folder of processed documents
    reused while a file, the rules and the code are unchanged.
    Returns the summary that is also written to `out/summary.json`.
    """
    from kg import corpus, export, render

    files = find_inputs(paths)
    timings = pipeline.Timings()
    cached = corpus.Cache(Path(cache)) if cache else None
    docs: list[Document] = list(corpus.run(files, jobs=jobs, cache=cached, scheduler=scheduler,
                                           timings=timings, progress=progress))
    entities = pipeline.merge(docs, timings)

    out = Path(out)
    with _atomic_directory(out) as tmp:
        t0 = time.perf_counter()
        named = _assemble(docs, entities)
        timings["assemble"] += time.perf_counter() - t0

        t0 = time.perf_counter()
        export.write_quads(named, tmp, ("ttl", "trig", *formats))
        timings["serialize"] += time.perf_counter() - t0

        t0 = time.perf_counter()
        render.render(named, tmp / "graph.html")
        timings["render"] += time.perf_counter() - t0

        (tmp / "merge-log.txt").write_text(_merge_log(entities), encoding="utf-8")
        summary = _summary(docs, entities, timings)
        if cached is not None:
            summary["cache"] = {"hits": cached.hits, "misses": cached.misses}
        (tmp / "summary.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    if progress:
        progress("", len(files), len(files))
    return summary


def _assemble(docs: list[Document], entities: dict[str, Entity]):
    """Each document's named graph, assembled with rdflib one document at a time and
    kept as Oxigraph quads, far more compact than an rdflib graph of every document."""
    import pyoxigraph as ox

    from kg import assemble

    named: list[ox.Quad] = []
    for doc in docs:
        g = assemble.document_graph(doc, entities)
        graph = ox.NamedNode(str(g.identifier))
        triples = ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        named.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        doc.tokens = []  # not needed after relate
    return named


def _summary(docs: list[Document], entities: dict[str, Entity], timings) -> dict:
    classes = Counter(e.type for e in entities.values())
    relations = Counter()
    for doc in docs:
        relations.update(f.type for f in doc.facts)
    return {
        "documents": [
            {
                "file": d.source_file,
                "county": d.meta.get("county", ""),
                "county_code": d.meta.get("county_code", ""),
                "characters": len(d.raw),
                "mentions": len(d.mentions),
                "facts": len(d.facts),
            }
            for d in docs
        ],
        "classes": {"Document": len(docs), **dict(sorted(classes.items()))},
        "relations": dict(sorted(relations.items())),
        "seconds": {k: round(v, 4) for k, v in timings.items()},
    }


def _merge_log(entities: dict[str, Entity]) -> str:
    from kg import link

    if hasattr(link, "merge_log"):
        log = link.merge_log(entities)
        return log if isinstance(log, str) else "\n".join(log) + "\n"
    return "".join(
        f"{e.key}: {' | '.join([e.label, *sorted(e.aliases)])}\n"
        for e in entities.values()
        if e.aliases
    )


@contextmanager
def _atomic_directory(out: Path):
    """Yield a fresh temporary directory that replaces `out` on success."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        yield tmp
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            os.replace(out, old / out.name)
        os.replace(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
