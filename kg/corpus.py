"""Running the per-document stages over a corpus: serially, on N processes, or on
a Dask cluster, with a content-hash cache so that unchanged documents are not
processed again.

Everything before linking is per document (see kg/pipeline.py), so documents
can be processed anywhere and in any order; results come back in input order,
which keeps the graph identical whichever way it was computed.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import kg
from kg import pipeline
from kg.document import Document, document_from_json, document_to_json
from kg.errors import InputError
from kg.read import Unreadable, manifest_row, read


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
    """Processed documents on disk, one JSON entry per document (never pickle).

    An entry is named by a key made from the SHA-256 of the file's bytes, its
    name, its manifest row and the fingerprint of the rules and code, and it
    carries that key, the SHA-256 of the input and the fingerprint again, with
    the SHA-256 of its own content. Reading checks all four: an entry that is
    corrupt (a flipped byte), foreign (random bytes, an old pickle), or
    another document's (entries swapped) is a miss: the document is processed
    again, the entry rewritten, and the build counts a rejected entry and says
    why (`rejected`, `warnings`). Nothing read from the cache can run code.
    """

    FORMAT = "county-kg-cache/1"

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.hits = self.misses = self.rejected = 0
        self.warnings: list[str] = []

    def key(self, path: Path, data: bytes) -> str:
        return self.entry_key(path, hashlib.sha256(data).hexdigest())

    def entry_key(self, path: Path, input_sha256: str) -> str:
        h = hashlib.sha256(fingerprint().encode())
        h.update(input_sha256.encode())
        h.update(json.dumps([path.name, manifest_row(path)], ensure_ascii=True, sort_keys=True).encode())
        return h.hexdigest()

    def path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def get(self, key: str, input_sha256: str | None = None) -> Document | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as e:
            return self._reject(path, f"cannot read ({e.strerror or e})")
        try:
            header, _, body = data.partition(b"\n")
            head = json.loads(header)
            if not isinstance(head, dict) or head.get("format") != self.FORMAT:
                return self._reject(path, "not a county-kg cache entry")
            if head.get("sha256") != hashlib.sha256(body).hexdigest():
                return self._reject(path, "its content does not match its checksum")
            if head.get("key") != key or head.get("fingerprint") != fingerprint() or (
                    input_sha256 is not None and head.get("input") != input_sha256):
                return self._reject(path, "it belongs to another file or version")
            doc = document_from_json(body)
        except (ValueError, UnicodeDecodeError, RecursionError) as e:
            return self._reject(path, f"unreadable ({str(e)[:80]})")
        self.hits += 1
        return doc

    def _reject(self, path: Path, why: str) -> None:
        self.misses += 1
        self.rejected += 1
        self.warnings.append(f"cache entry {path.name} ignored: {why}; the document is processed again")
        return None

    def put(self, key: str, doc: Document, input_sha256: str = "") -> None:
        """Write an entry atomically (never a half-written one); a cache that cannot be written is skipped."""
        try:
            body = document_to_json(doc)
        except TypeError as e:  # a value a user's stage put in attrs that JSON cannot hold
            self.warnings.append(f"{doc.source_file} not cached: {e}")
            return
        header = json.dumps({"format": self.FORMAT, "key": key, "fingerprint": fingerprint(), "input": input_sha256,
                             "sha256": hashlib.sha256(body).hexdigest()}).encode()
        tmp = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".entry.", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(header + b"\n" + body)
            os.replace(tmp, self.path(key))
        except OSError as e:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            self.warnings.append(f"cache not written ({e.strerror or e}): {self.directory}")

    def summary(self) -> dict:
        return {"hits": self.hits, "misses": self.misses, "rejected": self.rejected}


@dataclass(frozen=True)
class Skipped:
    """An input whose content could not be read (empty, binary, undecodable, a corrupt PDF or DOCX)."""

    path: Path
    reason: str


def process_file(path: Path) -> tuple[Document | Skipped, dict]:
    """Read and process one file (runs in a worker process); returns the document and its timings.
    A file that cannot be read comes back as `Skipped`, so that one bad file does not stop a pool."""
    timings = pipeline.Timings()
    t0 = time.perf_counter()
    try:
        doc = read(path)
    except Unreadable as e:
        return Skipped(path, str(e)), {}
    timings["read"] += time.perf_counter() - t0
    return pipeline.process(doc, timings), dict(timings)


def run(paths: list[Path], *, jobs: int = 1, cache: Cache | None = None, scheduler: str | None = None,
        timings: pipeline.Timings | None = None, progress=None, names: dict[Path, str] | None = None,
        ) -> Iterator[Document | Skipped]:
    """Processed documents in the order of `paths` (`Skipped` for a file that cannot be read).

    `jobs` > 1 uses that many local processes; `scheduler` is the address of a
    Dask distributed scheduler ("local" starts a LocalCluster) for the same work
    beyond one machine. Cached documents are not sent anywhere. `names` gives
    each document its id in the corpus (kg.read.document_ids).
    """
    keys: dict[Path, tuple[str, str]] = {}
    hits: dict[Path, Document] = {}
    todo = []
    for p in paths:
        if cache is not None:
            digest = hashlib.sha256(_bytes(p)).hexdigest()
            keys[p] = (cache.entry_key(p, digest), digest)
            hit = cache.get(keys[p][0], digest)
            if hit is not None:
                hits[p] = hit
                continue
        todo.append(p)
    results = _compute(todo, jobs, scheduler)
    for i, p in enumerate(paths):
        if progress:
            progress(p.name, i, len(paths))
        doc = hits.pop(p, None)
        if doc is None:
            doc, spent = next(results)
            for stage, seconds in spent.items():
                if timings is not None:
                    timings[stage] += seconds
            if cache is not None and isinstance(doc, Document):
                cache.put(keys[p][0], doc, keys[p][1])
        if isinstance(doc, Document):
            doc.path = p
            doc.name = (names or {}).get(p, "")
        yield doc
    for _ in results:  # run the executor's clean-up (its `with` block) now, not at garbage collection
        pass


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None


def _compute(paths: list[Path], jobs: int, scheduler: str | None) -> Iterator[tuple[Document, dict]]:
    if not paths:
        return iter(())
    if scheduler:
        return _on_dask(paths, scheduler)
    if jobs > 1 and len(paths) > 1:
        return _on_processes(paths, jobs)
    return map(process_file, paths)


def _on_processes(paths, jobs):
    from concurrent.futures import ProcessPoolExecutor  # (only here: a serial build need not load it)

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(process_file, paths, chunksize=max(1, len(paths) // (jobs * 8)))


def _on_dask(paths, scheduler):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("the Dask executor needs the `distributed` extra: pip install 'county-kg[distributed]'") from None
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) if scheduler == "local" else None
    with Client(cluster or scheduler) as client:
        futures = client.map(process_file, paths, pure=False)
        for future in futures:
            yield future.result()
    if cluster is not None:
        cluster.close()
