"""`build`: documents in, graph files out, atomically.

The output directory is written as a sibling folder and swapped in, in one
step, only when everything succeeded, so a failed or interrupted build leaves
the previous output exactly as it was; only a previous build is ever replaced
(kg/output.py). An error writing (a full disk, a file too large, a read-only
file system) is one line, `KgError`, with the previous output intact.
"""
from __future__ import annotations

import gc
import json
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg import assemble, export, link, output, pipeline
from kg import explorer as page
from kg.document import Document, document_from_json, document_to_json, printable
from kg.errors import InputError, KgError
from kg.read import document_ids, find_inputs

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
    force: bool = False,
    strict: bool = False,
    recursive: bool = True,
) -> dict:
    """Build the graph of the documents at `paths` into the directory `out`.

    `jobs` processes documents in parallel, `scheduler` on a Dask cluster
    ("local" for a local one); `cache` is a folder of processed documents
    reused while a file, the rules and the code are unchanged.
    Returns the summary that is also written to `out/summary.json`.

    `out` is replaced only if it is a previous build (it holds the marker
    kg.output.MARKER), is empty, or `force` is given for a folder that holds
    other files; never when it is, holds or lies inside an input or the current
    folder (kg/output.py). Files that cannot be read are skipped and listed in
    the summary (`skipped`), or stop the build when `strict`. Folders are
    searched through their subfolders unless `recursive` is False.

    Documents are streamed: each is processed, handed to the linker and put
    aside (on disk once more than `Spool.budget` characters are held), then,
    once the corpus is linked, assembled and written one at a time.
    """
    paths = [Path(p) for p in paths]
    files = find_inputs(paths, recursive=recursive)
    output.check(Path(out), paths, force=force, keep=[cache] if cache else [])
    try:
        with output.Output(Path(out)) as target:
            summary = _build_into(target.new, paths, files, formats, progress, jobs, cache, scheduler, strict)
        summary["output"] = target.notes
    except OSError as e:
        raise KgError(f"cannot write the build ({_reason(e)}); {Path(out)} is left as it was") from None
    except sqlite3.OperationalError as e:
        raise KgError(f"cannot write the build ({e}); {Path(out)} is left as it was") from None
    if progress:
        progress("", len(files), len(files))
    return summary


def _build_into(tmp: Path, paths, files, formats, progress, jobs, cache, scheduler, strict) -> dict:
    from kg import corpus

    timings = pipeline.Timings()
    cached = corpus.Cache(Path(cache)) if cache else None
    names = document_ids(paths, files)
    with _collector_spared():
        spool = Spool(tmp / ".documents")
        linker = link.Linker(tmp / ".entities.sqlite")
        skipped, traditional = [], []
        try:
            rows, relations = [], Counter()
            for doc in corpus.run(files, jobs=jobs, cache=cached, scheduler=scheduler, timings=timings,
                                  progress=progress, names=names):
                if isinstance(doc, corpus.Skipped):
                    if strict:
                        raise InputError(f"{doc.reason} (--strict: every input must be readable)")
                    skipped.append({"file": printable(str(doc.path)), "reason": printable(doc.reason)})
                    continue
                t0 = time.perf_counter()
                linker.add(doc)
                timings["merge"] += time.perf_counter() - t0
                rows.append(_row(doc))
                if doc.meta.get("script") == "traditional":
                    traditional.append(doc.source_file)
                relations.update(f.type for f in doc.facts)
                spool.put(doc)
            if not rows:
                raise InputError(f"none of the {len(files)} input(s) could be read: {skipped[0]['reason']}")
            entities = linker.entities()
            _write(spool, entities, tmp, formats, timings)
            with (tmp / "merge-log.txt").open("w", encoding="utf-8") as log:
                log.writelines(link.merge_log_lines(entities))
            summary = _summary(rows, relations, entities.classes(), timings)
        finally:
            linker.close()
            (tmp / ".entities.sqlite").unlink(missing_ok=True)
            spool.close()
    summary["skipped"] = skipped
    summary["warnings"] = [f"skipped {s['reason']}" for s in skipped]
    summary["warnings"] += [f"{name}: written in traditional characters, read as simplified (OpenCC t2s); "
                            "names in the graph are simplified, evidence offsets point into the file"
                            for name in traditional]
    if cached is not None:
        summary["cache"] = cached.summary()
        summary["warnings"] += cached.warnings
    (tmp / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def _reason(e: OSError) -> str:
    """'No space left on device' for ENOSPC; the file it concerns stays out of the line (a temporary name)."""
    return f"{e.strerror or e}" + (f", errno {e.errno}" if e.errno else "")


def _write(spool: Spool, entities: link.EntityTable, out: Path, formats, timings) -> None:
    """Assemble each document's graph and hand it to the file writers and the explorer page."""
    explorer = page.Explorer(out / ".page.sqlite")
    try:
        with export.Writer(out, ("ttl", "trig", *formats)) as writer:
            for doc in spool:
                t0 = time.perf_counter()
                forms = assemble.entity_forms(doc)  # this document's entities and the names it gives them
                known = entities.select(forms)  # ... linked
                graph = assemble.document_graph(doc, known, forms)
                t1 = time.perf_counter()
                writer.add(graph)
                t2 = time.perf_counter()
                explorer.add_document(doc, known, forms)
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
    written into `directory` as JSON records (kg.document.document_to_json:
    data only, never pickle), so that memory does not grow with the corpus.
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
        path = self.directory / f"{len(self.items):08d}.json"
        path.write_bytes(document_to_json(doc))
        self.items.append(path)

    def __iter__(self) -> Iterator[Document]:
        for i, item in enumerate(self.items):
            self.items[i] = None
            if isinstance(item, Path):
                item_doc = document_from_json(item.read_bytes())
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
    process, and rescanning them took a quarter of a seed build. The youngest
    generation is collected every `YOUNG_OBJECTS` new objects instead of 700: a
    build makes and drops tuples by the hundred thousand, nearly none in a cycle
    (the passes over them were some 5 % of a seed build). The process's settings
    are restored afterwards."""
    threshold = gc.get_threshold()
    ours = gc.get_freeze_count() == 0  # (a host that froze its own objects keeps them frozen)
    if ours:
        gc.freeze()
    gc.set_threshold(max(threshold[0], YOUNG_OBJECTS), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if ours:
            gc.unfreeze()


YOUNG_OBJECTS = 50_000
