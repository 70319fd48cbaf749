"""Running the per-document stages over a corpus: serially, on N processes, or on
a Dask cluster, with a content-hash cache so that unchanged documents are not
processed again.

Everything before linking is per document (see kg/pipeline.py), so documents
can be processed anywhere and in any order; results come back in input order,
which keeps the graph identical whichever way it was computed.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import resources
from pathlib import Path

import kg
from kg import pipeline
from kg.document import Document
from kg.read import read


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What a cached result depends on besides the file: the version, the rules and the code."""
    h = hashlib.sha256(kg.__version__.encode())
    root = resources.files("kg")
    for sub in ("rules", "data", "recognize", "relate"):
        for path in sorted(Path(str(root.joinpath(sub))).glob("*")):
            if path.is_file():
                h.update(path.name.encode() + path.read_bytes())
    for path in sorted(Path(str(root)).glob("*.py")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


class Cache:
    """Processed documents on disk, keyed by the file's bytes, its name and the fingerprint."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.hits = self.misses = 0

    def key(self, path: Path, data: bytes) -> str:
        h = hashlib.sha256(data)
        h.update(path.name.encode())
        h.update(str(path.resolve().parent / "manifest.csv").encode())
        manifest = path.parent / "manifest.csv"
        if manifest.is_file():
            h.update(manifest.read_bytes())
        return f"{fingerprint()}-{h.hexdigest()[:32]}"

    def get(self, key: str) -> Document | None:
        try:
            with open(self.directory / f"{key}.pickle", "rb") as f:
                doc = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return doc

    def put(self, key: str, doc: Document) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.directory / f"{key}.pickle")  # atomic: never a half-written entry


def process_file(path: Path) -> tuple[Document, dict]:
    """Read and process one file (runs in a worker process); returns the document and its timings."""
    timings = pipeline.Timings()
    t0 = time.perf_counter()
    doc = read(path)
    timings["read"] += time.perf_counter() - t0
    return pipeline.process(doc, timings), dict(timings)


def run(paths: list[Path], *, jobs: int = 1, cache: Cache | None = None, scheduler: str | None = None,
        timings: pipeline.Timings | None = None, progress=None) -> Iterator[Document]:
    """Processed documents in the order of `paths`.

    `jobs` > 1 uses that many local processes; `scheduler` is the address of a
    Dask distributed scheduler ("local" starts a LocalCluster) for the same work
    beyond one machine. Cached documents are not sent anywhere.
    """
    keys = {}
    todo = []
    for p in paths:
        if cache is not None:
            keys[p] = cache.key(p, p.read_bytes())
            hit = cache.get(keys[p])
            if hit is not None:
                hit.path = p
                keys[p] = (keys[p], hit)
                continue
        todo.append(p)
    results = _compute(todo, jobs, scheduler)
    for i, p in enumerate(paths):
        if progress:
            progress(p.name, i, len(paths))
        cached = keys.get(p)
        if isinstance(cached, tuple):
            yield cached[1]
            continue
        doc, spent = next(results)
        for stage, seconds in spent.items():
            if timings is not None:
                timings[stage] += seconds
        if cache is not None:
            cache.put(keys[p], doc)
        yield doc
    for _ in results:  # run the executor's clean-up (its `with` block) now, not at garbage collection
        pass


def _compute(paths: list[Path], jobs: int, scheduler: str | None) -> Iterator[tuple[Document, dict]]:
    if not paths:
        return iter(())
    if scheduler:
        return _on_dask(paths, scheduler)
    if jobs > 1 and len(paths) > 1:
        return _on_processes(paths, jobs)
    return map(process_file, paths)


def _on_processes(paths, jobs):
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(process_file, paths, chunksize=max(1, len(paths) // (jobs * 8)))


def _on_dask(paths, scheduler):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        from kg.errors import InputError

        raise InputError("the Dask executor needs the `distributed` extra: pip install 'county-kg[distributed]'") from None
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) if scheduler == "local" else None
    with Client(cluster or scheduler) as client:
        futures = client.map(process_file, paths, pure=False)
        for future in futures:
            yield future.result()
    if cluster is not None:
        cluster.close()
