"""The same graph whichever way documents are processed: serially, on processes,
from the cache (incremental rebuild), or on a local Dask cluster."""
import shutil

import pytest

import kg

pytestmark = pytest.mark.slow


def triples(build):
    import pyoxigraph as ox

    return set(ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, ):
    from conftest import SEEDS

    src = tmp_path_factory.mktemp("corpus")
    for p in sorted(SEEDS.glob("00[0124]_*.txt")):
        shutil.copy(p, src / p.name)
    shutil.copy(SEEDS / "manifest.csv", src / "manifest.csv")
    return src


def test_serial_parallel_cached_and_distributed_builds_are_identical(corpus, tmp_path):
    serial = tmp_path / "serial"
    kg.build([corpus], serial)
    reference = triples(serial)

    kg.build([corpus], tmp_path / "jobs", jobs=4)
    assert triples(tmp_path / "jobs") == reference

    cache = tmp_path / "cache"
    first = kg.build([corpus], tmp_path / "cold", cache=cache)
    assert first["cache"] == {"hits": 0, "misses": 4, "rejected": 0}
    again = kg.build([corpus], tmp_path / "warm", cache=cache)
    assert again["cache"] == {"hits": 4, "misses": 0, "rejected": 0}
    assert triples(tmp_path / "warm") == reference

    kg.build([corpus], tmp_path / "dask", scheduler="local")
    assert triples(tmp_path / "dask") == reference


def test_incremental_rebuild_reprocesses_only_the_changed_document(corpus, tmp_path):
    src = tmp_path / "src"
    shutil.copytree(corpus, src)
    cache = tmp_path / "cache"
    kg.build([src], tmp_path / "a", cache=cache)
    changed = sorted(src.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n全力推进平遥古城保护利用工程。", encoding="utf-8")
    summary = kg.build([src], tmp_path / "b", cache=cache)
    assert summary["cache"] == {"hits": 3, "misses": 1, "rejected": 0}
    fresh = tmp_path / "fresh"
    kg.build([src], fresh)
    assert triples(tmp_path / "b") == triples(fresh)
