"""county-kg benchmarks: speed per stage against bare jieba, and scaling with corpus size.

    python benchmarks/bench.py                      # stages on the seeds + scaling 100, 1000
    python benchmarks/bench.py --sizes 100 1000 10000
    python benchmarks/bench.py --sizes --parallel 1000   # --jobs speed-up and incremental rebuild
    python benchmarks/bench.py --no-stages --sizes --processes 5   # whole processes: kg build vs jieba
    python benchmarks/bench.py --no-stages --sizes --queries 1000  # canned queries on a synthetic build
    python benchmarks/bench.py --no-stages --sizes --load 100 1000 # kg load into oxigraph serve

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
import compileall
import os
import statistics
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


def cpu_of(fn) -> float:
    """CPU seconds of this process spent in `fn()` (the machines are shared: wall time
    counts the other users' work too)."""
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def stages(repeat: int) -> None:
    """The seeds' build in this process against bare jieba.cut over the same normalized text:
    the two alternate `repeat` times after a warm-up (every dictionary and rule loaded), and
    the median of the paired ratios is reported, in CPU seconds."""
    files = find_inputs([ROOT / "seeds"])
    texts = [repair(read(p).raw)[0] for p in files]
    chars = sum(map(len, texts))
    jieba.initialize()
    tokenizer(), segmenter()  # every dictionary loaded before timing
    for p in files:
        pipeline.process(read(p))  # every rule compiled before timing
    cuts, rusts, builds, seconds = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        kg.build([ROOT / "seeds"], Path(tmp) / "b")  # the page's modules loaded too
        for _ in range(repeat):
            cuts.append(cpu_of(lambda: [list(jieba.cut(t)) for t in texts]))
            rusts.append(cpu_of(lambda: [segmenter().cut(t) for t in texts]))
            summary = {}
            builds.append(cpu_of(lambda: summary.update(kg.build([ROOT / "seeds"], Path(tmp) / "b"))))
            seconds.append(summary["seconds"])
    bare, rust, build = (statistics.median(x) for x in (cuts, rusts, builds))
    print(f"seeds: {len(files)} documents, {chars:,} normalized characters; medians of {repeat} alternating runs\n")
    print(f"{'stage':<12}{'seconds':>10}{'chars/s':>14}{'x jieba.cut':>14}")
    print(f"{'jieba.cut':<12}{bare:>10.3f}{chars / bare:>14,.0f}{1:>14.2f}")
    print(f"{'jieba-rs cut':<12}{rust:>10.3f}{chars / rust:>14,.0f}{rust / bare:>14.2f}")
    for stage in seconds[0]:  # wall seconds of each stage, as summary.json gives them
        s = statistics.median(run[stage] for run in seconds)
        print(f"{stage:<12}{s:>10.3f}{chars / max(s, 1e-9):>14,.0f}{s / bare:>14.2f}")
    print(f"{'build (CPU)':<12}{build:>10.3f}{chars / build:>14,.0f}{build / bare:>14.2f}")
    ratios = sorted(b / c for b, c in zip(builds, cuts))
    print(f"\nwhole build / bare jieba.cut = {statistics.median(ratios):.2f} in CPU seconds, median of "
          f"{len(ratios)} paired runs ({ratios[0]:.2f} to {ratios[-1]:.2f}; target <= 1.5)\n")


# --- whole processes: start-up included -------------------------------------------------------

_JIEBA_RUN = """
import sys, jieba
text = open(sys.argv[1], encoding="utf-8").read()
jieba.initialize()
list(jieba.cut(text))
"""


def _cpu_of(cmd: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of a child process, from its own rusage."""
    cpu, wall, _ = _run(cmd)
    return cpu, wall


def _run(cmd: list[str]) -> tuple[float, float, float]:
    """(CPU seconds, wall seconds, peak resident MB) of a child process.

    The peak is taken by /usr/bin/time where there is one: the rusage of a
    child forked from this (large) process would count this process's pages.
    """
    timer = ["/usr/bin/time", "-f", "%M"] if os.path.exists("/usr/bin/time") else []
    t0 = time.perf_counter()
    proc = subprocess.Popen(timer + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(cmd)}: {err[-2:] if err else ''}")
    peak = int(err[-1]) / 1024 if timer and err and err[-1].isdigit() else usage.ru_maxrss / 1024
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - t0, peak


def processes(runs: int) -> None:
    """`kg build seeds` against `jieba.initialize(); jieba.cut` over the same normalized text,
    each a whole process (start-up included), paired: the two run back to back, `runs` times."""
    files = find_inputs([ROOT / "seeds"])
    text = "\n".join(repair(read(p).raw)[0] for p in files)
    kg_bin = str(Path(sys.executable).parent / "kg")
    # kg's modules byte-compiled first, as an installed package has them (pip compiled jieba's):
    # a checkout run with PYTHONDONTWRITEBYTECODE=1 would compile kg's sources in every process
    compiled = compileall.compile_dir(str(ROOT / "kg"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "seeds.txt"
        source.write_text(text, encoding="utf-8")
        _cpu_of([kg_bin, "build", str(ROOT / "seeds"), "--out", str(Path(tmp) / "warm"), "--quiet"])  # caches made
        _cpu_of([sys.executable, "-c", _JIEBA_RUN, str(source)])
        print(f"whole processes on the seeds ({len(text):,} characters), CPU seconds (wall in brackets)"
              + ("" if compiled else "; kg's bytecode could not be written: its sources are compiled in each process"))
        print(f"{'run':>4}{'kg build':>18}{'jieba.cut':>18}{'ratio (CPU)':>14}")
        ratios = []
        for i in range(runs):
            build, build_wall = _cpu_of([kg_bin, "build", str(ROOT / "seeds"), "--out", str(Path(tmp) / "out"), "--quiet"])
            cut, cut_wall = _cpu_of([sys.executable, "-c", _JIEBA_RUN, str(source)])
            ratios.append(build / cut)
            print(f"{i + 1:>4}{build:>10.2f} ({build_wall:4.1f}){cut:>10.2f} ({cut_wall:4.1f}){build / cut:>14.2f}")
        print(f"median ratio {statistics.median(ratios):.2f} (target <= 1.2)\n")


# --- canned queries on a synthetic build ------------------------------------------------------


def queries(n: int, repeat: int, process_names: list[str]) -> None:
    """Every canned query on an n-document synthetic build: its median time inside Python
    (kg.query, the timeout's child process included), then whole `kg query` processes on
    that build against the same on a one-document build."""
    from kg import store

    kg_bin = str(Path(sys.executable).parent / "kg")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, one = Path(tmp) / "corpus", Path(tmp) / "one"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(corpus), str(n)], check=True, capture_output=True)
        one.mkdir()
        first = sorted(corpus.glob("*.txt"))[0]
        (one / first.name).write_bytes(first.read_bytes())
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        kg.build([corpus], big)
        kg.build([one], small)
        t0 = time.perf_counter()
        store.store_location(big)
        print(f"{n:,} synthetic documents; query store made in {time.perf_counter() - t0:.1f} s (once per build)")
        print(f"{'query':<28}{'rows':>8}{'p50 ms':>10}{'max ms':>10}")
        medians = []
        for name in store.canned_names():
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                rows = len(kg.query(big, name=name))
                times.append(time.perf_counter() - t0)
            medians.append(statistics.median(times))
            print(f"{name:<28}{rows:>8}{medians[-1] * 1000:>10.1f}{max(times) * 1000:>10.1f}")
        print(f"p50 over the canned queries: {statistics.median(medians) * 1000:.1f} ms (target < 50)\n")
        kg.query(small, name=store.canned_names()[0])  # the small build's store made too
        print(f"{'kg query process':<28}{f'{n:,} docs':>12}{'1 doc':>10}{'ratio':>8}   (wall seconds; medians of 5 paired runs)")
        for name in ["ASK {} (start only)", *process_names]:
            what = ["ASK {}"] if name.startswith("ASK") else ["--name", name]
            pairs = [[_cpu_of([kg_bin, "query", str(build), *what, "--format", "csv"])[1] for build in (big, small)]
                     for _ in range(5)]
            b, s_ = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
            print(f"{name:<28}{b:>12.2f}{s_:>10.2f}{statistics.median(p[0] / p[1] for p in pairs):>8.2f}")
        print("(target: within 1.5x)\n")


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


# --- kg load into a real Oxigraph server --------------------------------------------------------


def loads(sizes: list[int]) -> None:
    """kg load (one graph at a time) and kg load --bulk into a fresh `oxigraph serve`, per corpus size:
    triples per second and the peak resident memory of the kg process (flat = streamed)."""
    import shutil
    import socket
    import urllib.request

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    kg_bin = str(Path(sys.executable).parent / "kg")
    print(f"{'documents':>10}{'triples':>12}{'mode':>8}{'seconds':>10}{'triples/s':>12}{'peak MB':>10}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus, build = Path(tmp) / "corpus", Path(tmp) / "build"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(corpus), str(n)], check=True, capture_output=True)
            kg.build([corpus], build)
            import pyoxigraph as ox

            triples = sum(1 for _ in ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))
            for mode in ("graphs", "bulk"):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", 0))
                    port = sock.getsockname()[1]
                server = subprocess.Popen([binary, "serve", "--location", str(Path(tmp) / f"store-{mode}"), "--bind", f"127.0.0.1:{port}"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                try:
                    for _ in range(200):
                        try:
                            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1)
                            break
                        except OSError:
                            time.sleep(0.05)
                    cmd = [kg_bin, "load", str(build), "--endpoint", f"http://127.0.0.1:{port}/store", "--quiet"]
                    _, wall, peak = _run(cmd + (["--bulk"] if mode == "bulk" else []))
                finally:
                    server.terminate()
                    server.wait(timeout=30)
                print(f"{n:>10,}{triples:>12,}{mode:>8}{wall:>10.1f}{triples / wall:>12,.0f}{peak:>10.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--parallel", type=int, metavar="N", help="also time --jobs and --cache on N synthetic documents")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage figures on the seeds")
    ap.add_argument("--processes", type=int, metavar="RUNS", help="also pair whole kg build / jieba processes RUNS times")
    ap.add_argument("--queries", type=int, metavar="N", help="also time the canned queries on N synthetic documents")
    ap.add_argument("--load", type=int, nargs="*", metavar="N", help="also time kg load into oxigraph serve on N synthetic documents")
    ap.add_argument("--query-processes", nargs="*", default=["county_documents", "investment_per_county", "class_counts"],
                    help="canned queries timed as whole kg query processes (with --queries)")
    args = ap.parse_args()
    if not args.no_stages:
        stages(args.repeat)
    if args.processes:
        processes(args.processes)
    if args.queries:
        queries(args.queries, args.repeat, args.query_processes)
    if args.load:
        loads(args.load)
    if args.sizes:
        scaling(args.sizes, args.jobs)
    if args.parallel:
        parallel(args.parallel)


if __name__ == "__main__":
    main()
