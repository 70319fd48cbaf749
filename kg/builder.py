"""`build`: documents in, graph files out, atomically.

The output directory is written as a sibling temporary directory and swapped
in only when everything succeeded, so a failed or interrupted build leaves the
previous output exactly as it was.
"""
from __future__ import annotations

import gc
import json
import os
import pickle
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg import link, pipeline
from kg.document import Document
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

    Documents are streamed: each is processed, handed to the linker and put
    aside (on disk once more than `Spool.budget` characters are held), then,
    once the corpus is linked, assembled and written one at a time.
    """
    from kg import corpus

    files = find_inputs(paths)
    timings = pipeline.Timings()
    cached = corpus.Cache(Path(cache)) if cache else None
    out = Path(out)
    with _atomic_directory(out) as tmp, _collector_spared():
        spool = Spool(tmp / ".documents")
        linker = link.Linker(tmp / ".entities.sqlite")
        try:
            rows, relations = [], Counter()
            for doc in corpus.run(files, jobs=jobs, cache=cached, scheduler=scheduler, timings=timings, progress=progress):
                t0 = time.perf_counter()
                linker.add(doc)
                timings["merge"] += time.perf_counter() - t0
                rows.append(_row(doc))
                relations.update(f.type for f in doc.facts)
                spool.put(doc)
            entities = linker.entities()
            _write(spool, entities, tmp, formats, timings)
            with (tmp / "merge-log.txt").open("w", encoding="utf-8") as log:
                log.writelines(link.merge_log_lines(entities))
            summary = _summary(rows, relations, entities.classes(), timings)
        finally:
            linker.close()
            (tmp / ".entities.sqlite").unlink(missing_ok=True)
        if cached is not None:
            summary["cache"] = {"hits": cached.hits, "misses": cached.misses}
        (tmp / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    if progress:
        progress("", len(files), len(files))
    return summary


def _write(spool: Spool, entities: link.EntityTable, out: Path, formats, timings) -> None:
    """Assemble each document's graph and hand it to the file writers and the explorer page."""
    from kg import assemble, explorer as page, export

    explorer = page.Explorer(out / ".page.sqlite")
    try:
        with export.Writer(out, ("ttl", "trig", *formats)) as writer:
            for doc in spool:
                t0 = time.perf_counter()
                known = entities.select(assemble.entity_forms(doc))  # this document's entities, linked
                graph = assemble.document_graph(doc, known)
                t1 = time.perf_counter()
                writer.add(graph)
                t2 = time.perf_counter()
                explorer.add_document(doc, known)
                timings["assemble"] += t1 - t0
                timings["serialize"] += t2 - t1
                timings["render"] += time.perf_counter() - t2
            t0 = time.perf_counter()
        timings["serialize"] += time.perf_counter() - t0  # the formats made at close
        t0 = time.perf_counter()
        explorer.write(out / "graph.html")
        timings["render"] += time.perf_counter() - t0
    finally:
        explorer.close()
        (out / ".page.sqlite").unlink(missing_ok=True)
        spool.close()


class Spool:
    """Processed documents waiting for the corpus to be linked, in input order.

    Up to `budget` characters of documents stay in memory; the rest are
    pickled into `directory`, so that memory does not grow with the corpus.
    Iterating gives each document once and lets go of it.
    """

    budget = 1_000_000

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.items: list[Document | Path | None] = []
        self.held = 0

    def put(self, doc: Document) -> None:
        doc.forget_tokens()  # not needed after relate
        size = len(doc.raw) + len(doc.text)
        if self.held + size <= self.budget:
            self.items.append(doc)
            self.held += size
            return
        self.directory.mkdir(exist_ok=True)
        path = self.directory / f"{len(self.items):08d}.pickle"
        with path.open("wb") as f:
            pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
        self.items.append(path)

    def __iter__(self) -> Iterator[Document]:
        for i, item in enumerate(self.items):
            self.items[i] = None
            if isinstance(item, Path):
                with item.open("rb") as f:
                    item_doc = pickle.load(f)
                item.unlink()
                yield item_doc
            elif item is not None:
                yield item

    def close(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def _row(doc: Document) -> dict:
    return {
        "file": doc.source_file,
        "county": doc.meta.get("county", ""),
        "county_code": doc.meta.get("county_code", ""),
        "characters": len(doc.raw),
        "mentions": len(doc.mentions),
        "facts": len(doc.facts),
    }


def _summary(rows: list[dict], relations: Counter, classes: Counter, timings) -> dict:
    return {
        "documents": rows,
        "classes": {"Document": len(rows), **dict(sorted(classes.items()))},
        "relations": dict(sorted(relations.items())),
        "seconds": {k: round(v, 4) for k, v in timings.items()},
    }


@contextmanager
def _collector_spared():
    """Keep what is already loaded (dictionaries, gazetteer, rules) out of the
    garbage collector's full passes during the build: they live as long as the
    process, and rescanning them took a quarter of a seed build."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def _atomic_directory(out: Path):
    """Yield a fresh temporary directory that replaces `out` on success."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the output is an ordinary folder
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
