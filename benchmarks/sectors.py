"""The cost of sectors: the build of the seeds with the sector family and without it.

    python benchmarks/sectors.py            # best of 15 builds each, alternating
    python benchmarks/sectors.py --repeat 9 --corpus DIR

Both builds run in this process, one after the other in turns, and are timed
in CPU seconds of this process (the machine is shared: wall time mostly
measures the neighbours); the ratio of the two best times is what to read. "without"
removes the family from kg.relate.FAMILIES, so no sector fact is made and none
is assembled. Target: with / without <= 1.10.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import kg
from kg import pipeline, relate
from kg.read import find_inputs, read
from kg.relate import sector

ROOT = Path(__file__).resolve().parent.parent


def build_seconds(corpus: Path, out: Path) -> float:
    t0 = time.process_time()
    kg.build([corpus], out)
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    args = ap.parse_args()
    docs = [pipeline.process(read(p)) for p in find_inputs([args.corpus])]  # warm: rules, dictionaries, scheme
    t0 = time.perf_counter()
    facts = sum(len(sector.find(d)) for d in docs)
    family = time.perf_counter() - t0
    with_family = dict(relate.FAMILIES)
    without = {k: v for k, v in with_family.items() if k != "sector"}
    times = {"with sectors": [], "without": []}
    with tempfile.TemporaryDirectory() as tmp:
        kg.build([args.corpus], Path(tmp) / "warm")
        for _ in range(args.repeat):
            for name, families in (("without", without), ("with sectors", with_family)):
                relate.FAMILIES.clear()
                relate.FAMILIES.update(families)
                times[name].append(build_seconds(args.corpus, Path(tmp) / "b"))
        relate.FAMILIES.clear()
        relate.FAMILIES.update(with_family)
    chars = sum(len(d.text) for d in docs)
    print(f"{args.corpus.name}: {len(docs)} documents, {chars:,} characters; {facts} sector facts")
    print(f"sector family alone: {family * 1000:.1f} ms for the corpus\n")
    print(f"{'build (CPU)':<14}{'best s':>8}{'median s':>10}")
    for name, ts in times.items():
        ts = sorted(ts)
        print(f"{name:<14}{ts[0]:>8.3f}{ts[len(ts) // 2]:>10.3f}")
    best = min(times["with sectors"]) / min(times["without"])
    median = sorted(times["with sectors"])[args.repeat // 2] / sorted(times["without"])[args.repeat // 2]
    print(f"\nwith / without: {best:.3f} (best), {median:.3f} (median); target <= 1.10")


if __name__ == "__main__":
    main()
