"""county-kg benchmarks: speed per stage against bare jieba, and scaling with corpus size.

    python benchmarks/bench.py                      # stages on the seeds + scaling 100, 1000
    python benchmarks/bench.py --sizes 100 1000 10000
    python benchmarks/bench.py --sizes --parallel 1000   # --jobs speed-up and incremental rebuild

Figures are ratios measured in the same run on the same text (the machines are
shared and noisy): `build / jieba` is the whole build of the seeds against bare
`jieba.cut` over the same normalized text, after both dictionaries are loaded.
The segment stage cuts the same tokens with jieba-rs (kg/lexicon.py); its bare
time is printed too, so the part of the margin that comes from it is visible.
Scaling builds run in a fresh process each (`kg build`), reporting wall time and
peak resident memory of that process.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba

import kg
from kg import pipeline
from kg.lexicon import segmenter, tokenizer
from kg.normalize import repair
from kg.read import find_inputs, read

ROOT = Path(__file__).resolve().parent.parent


def best_of(n, fn):
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def stages(repeat: int) -> None:
    files = find_inputs([ROOT / "seeds"])
    texts = [repair(read(p).raw)[0] for p in files]
    chars = sum(map(len, texts))
    jieba.initialize()
    tokenizer(), segmenter()  # every dictionary loaded before timing
    bare = best_of(repeat, lambda: [list(jieba.cut(t)) for t in texts])
    rust = best_of(repeat, lambda: [segmenter().cut(t) for t in texts])

    timings = pipeline.Timings()
    for p in files:
        pipeline.process(read(p), timings)
    with tempfile.TemporaryDirectory() as tmp:
        build = best_of(repeat, lambda: kg.build([ROOT / "seeds"], Path(tmp) / "b"))
        summary = kg.build([ROOT / "seeds"], Path(tmp) / "b")
    print(f"seeds: {len(files)} documents, {chars:,} normalized characters\n")
    print(f"{'stage':<12}{'seconds':>10}{'chars/s':>14}{'x jieba.cut':>14}")
    print(f"{'jieba.cut':<12}{bare:>10.3f}{chars / bare:>14,.0f}{1:>14.2f}")
    print(f"{'jieba-rs cut':<12}{rust:>10.3f}{chars / rust:>14,.0f}{rust / bare:>14.2f}")
    for stage, seconds in summary["seconds"].items():
        print(f"{stage:<12}{seconds:>10.3f}{chars / max(seconds, 1e-9):>14,.0f}{seconds / bare:>14.2f}")
    print(f"{'build':<12}{build:>10.3f}{chars / build:>14,.0f}{build / bare:>14.2f}")
    print(f"\nwhole build / bare jieba.cut = {build / bare:.2f} (target <= 2)\n")


# run in a fresh process per corpus: the build's time, its peak resident memory
# and that peak when the page began (what the streamed stages needed)
_SCALING_RUN = """
import resource, sys, time, kg
from kg import explorer
def peak():  # kB; VmHWM, as ru_maxrss keeps the size of the benchmark process this one was forked from
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
before_page = []
write = explorer.Explorer.write
def noted(self, *args, **options):
    before_page.append(peak())
    return write(self, *args, **options)
explorer.Explorer.write = noted
t = time.perf_counter()
kg.build([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]))
print(time.perf_counter() - t, peak(), before_page[0])
"""


def scaling(sizes: list[int], jobs: int) -> None:
    # x time/doc: seconds per document relative to the smallest corpus (1.00 = linear)
    print(f"{'documents':>10}{'characters':>14}{'seconds':>10}{'docs/s':>10}{'x time/doc':>12}{'peak MB':>10}{'before page':>13}")
    first = None
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(corpus), str(n)], check=True, capture_output=True)
            chars = sum(p.stat().st_size for p in corpus.glob("*.txt")) // 3
            out = subprocess.run([sys.executable, "-c", _SCALING_RUN, str(corpus), str(Path(tmp) / "out"), str(jobs)],
                                 check=True, capture_output=True, text=True).stdout.split()
            seconds, peak, before_page = float(out[0]), int(out[1]) / 1024, int(out[2]) / 1024
            first = first or seconds / n
            print(f"{n:>10,}{chars:>14,}{seconds:>10.1f}{n / seconds:>10.1f}{seconds / n / first:>12.2f}{peak:>10.0f}{before_page:>13.0f}")


def _timed_build(corpus: Path, out: Path, **options) -> float:
    code = ("import time, kg; t = time.perf_counter(); "
            f"kg.build([{str(corpus)!r}], {str(out)!r}, **{options!r}); print(time.perf_counter() - t)")
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def parallel(n: int) -> None:
    """--jobs speed-up and the incremental rebuild, each build in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out, cache = Path(tmp) / "corpus", Path(tmp) / "out", Path(tmp) / "cache"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(corpus), str(n)], check=True, capture_output=True)
        serial = _timed_build(corpus, out)
        print(f"{n:,} synthetic documents\n{'build':<34}{'seconds':>10}{'speed-up':>10}")
        print(f"{'serial':<34}{serial:>10.1f}{1:>10.2f}")
        for jobs in (2, 4):
            seconds = _timed_build(corpus, out, jobs=jobs)
            print(f"{f'--jobs {jobs}':<34}{seconds:>10.1f}{serial / seconds:>10.2f}")
        cold = _timed_build(corpus, out, cache=str(cache))
        first = sorted(corpus.glob("*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8") + "\n推进县城污水处理厂提标改造工程。\n", encoding="utf-8")
        warm = _timed_build(corpus, out, cache=str(cache))
        print(f"{'--cache, cold':<34}{cold:>10.1f}{serial / cold:>10.2f}")
        print(f"{'--cache, one document changed':<34}{warm:>10.1f}{serial / warm:>10.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--parallel", type=int, metavar="N", help="also time --jobs and --cache on N synthetic documents")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage figures on the seeds")
    args = ap.parse_args()
    if not args.no_stages:
        stages(args.repeat)
    if args.sizes:
        scaling(args.sizes, args.jobs)
    if args.parallel:
        parallel(args.parallel)


if __name__ == "__main__":
    main()
