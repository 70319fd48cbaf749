"""Cost linear in text length: chars/s on one long line against chars/s on the seeds.

    python benchmarks/linear.py                 # 10 MB one-line text, whole build and stages
    python benchmarks/linear.py --mb 2 --hostile 100000 400000

The long text is the seeds' own text with every line break removed, repeated to
`--mb` megabytes of UTF-8 on one line (what a PDF extraction or a scraped page
without breaks gives). Both figures are measured in the same run, after the
dictionaries are loaded, in CPU seconds of this process (the machine is shared:
wall-clock time would count the other processes' turns), so their ratio means
something: `x slower per char` is (CPU seconds per character on the long line) /
(CPU seconds per character on the seeds); the target is at most 2.

`--hostile` adds text shaped to defeat rules that are not bounded by sentence
and clause: one list of thousands of items (A、B、…等项目), thousands of
"…项目" names in a row, and words with no punctuation at all, each at two sizes:
linear cost shows as the same chars/s at both.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import kg
from kg import pipeline
from kg.document import Document
from kg.read import find_inputs, read

ROOT = Path(__file__).resolve().parent.parent


def stages(raw: str) -> tuple[float, dict]:
    timings = pipeline.Timings()
    t0 = time.process_time()
    pipeline.process(Document(path=Path("x.txt"), raw=raw), timings)
    return time.process_time() - t0, dict(timings)


def whole_build(paths: list[Path]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.process_time()
        kg.build(paths, Path(tmp) / "b")
        return time.process_time() - t0


def hostile(kind: str, size: int) -> str:
    rng = random.Random(size)
    words = ["平遥", "新能源", "钢铁", "物流园", "产业园", "开发区", "棒材", "文旅", "康养", "数字", "装备", "制造", "农业", "示范"]
    if kind == "list":
        return "".join(rng.choice(words) + rng.choice(words) + "、" for _ in range(size // 5)) + "等项目"
    if kind == "projects":
        return "".join(rng.choice(words) + rng.choice(words) + "项目" for _ in range(size // 6))
    return "".join(rng.choice(words) for _ in range(size // 2))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10, help="size of the one-line text in MB of UTF-8 (default 10)")
    ap.add_argument("--hostile", type=int, nargs="*", default=[], help="two sizes (characters) for the hostile texts")
    args = ap.parse_args()

    files = find_inputs([ROOT / "seeds"])
    texts = [read(p).raw for p in files]
    for raw in texts:  # dictionaries, rules and caches loaded before anything is timed
        stages(raw)
    seed_chars = sum(map(len, texts))
    seed_stage_s = min(sum(stages(raw)[0] for raw in texts) for _ in range(3))
    seed_build_s = min(whole_build([ROOT / "seeds"]) for _ in range(3))

    one = "".join(t.replace("\r", "").replace("\n", "") for t in texts)
    target = int(args.mb * 1_000_000)
    line = one * (target // len(one.encode("utf-8")) + 1)
    line = line[: len(line) * target // len(line.encode("utf-8"))]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "line.txt"
        path.write_text(line, encoding="utf-8")
        long_stage_s, per_stage = stages(line)
        long_build_s = whole_build([path])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"seeds: {len(files)} documents, {seed_chars:,} characters")
    print(f"one line: {len(line):,} characters ({len(line.encode('utf-8')) / 1e6:.1f} MB of UTF-8), no line break\n")
    print(f"{'':<24}{'seeds chars/s':>16}{'one line chars/s':>18}{'x slower per char':>20}")
    for name, seeds_s, long_s in (("stages (normalize..relate)", seed_stage_s, long_stage_s),
                                  ("whole build", seed_build_s, long_build_s)):
        a, b = seed_chars / seeds_s, len(line) / long_s
        print(f"{name:<24}{a:>16,.0f}{b:>18,.0f}{a / b:>20.2f}")
    print("\none line, wall-clock seconds per stage: " + ", ".join(f"{k} {v:.1f}" for k, v in per_stage.items()))
    print(f"peak memory of this process: {peak:,.0f} MB")
    print("target: at most 2x slower per char than the seeds")

    if len(args.hostile) == 2:
        print(f"\n{'hostile text':<14}" + "".join(f"{f'{n:,} chars/s':>20}" for n in args.hostile) + f"{'ratio':>8}")
        for kind in ("list", "projects", "nopunct"):
            speeds = []
            for size in args.hostile:
                raw = hostile(kind, size)
                speeds.append(len(raw) / stages(raw)[0])
            print(f"{kind:<14}" + "".join(f"{s:>20,.0f}" for s in speeds) + f"{speeds[0] / speeds[1]:>8.2f}")
        print("(linear: the same chars/s at both sizes, ratio near 1)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
