"""A synthetic corpus for scaling benchmarks: seed sentences recombined, with the
counties, enterprise brands and project places varied.

    python benchmarks/synth.py OUT_DIR N [--seed 0]

Each document is about one county drawn from the gazetteer; its sentences are
drawn from the seeds, with the seeds' county names replaced by that county's
names and two-character brand names replaced by random ones, so that the
recognizers meet fresh names as they would in a real corpus.
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from kg import gazetteer
from kg.normalize import repair
from kg.segment import sentences

ROOT = Path(__file__).resolve().parent.parent
SEED_COUNTIES = ("稷山县", "新绛县", "五寨县")
BRAND = "鑫泰恒华盛宏达晋丰源隆昌瑞祥福鼎润通兴安正信和嘉永泽"
COMPANY = re.compile(r"[\u4e00-\u9fff]{2}(?=钢铁|化工|药业|机械|水泥|科技|能源|冶炼)")


def sentence_pool() -> list[str]:
    pool = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text, _ = repair(path.read_text(encoding="utf-8"))
        pool += [text[s.start : s.end] for s in sentences(text) if 8 <= s.end - s.start <= 300]
    return pool


def document(rng: random.Random, pool: list[str], counties, n_sentences: int) -> str:
    county = rng.choice(counties)
    lines = [f"{county.name}{rng.randint(2015, 2025)}年政府工作报告"]
    for s in rng.sample(pool, n_sentences):
        for seed in SEED_COUNTIES:
            s = s.replace(seed, county.name).replace(gazetteer.short_name(seed), county.short)
        s = COMPANY.sub(lambda m: rng.choice(BRAND) + rng.choice(BRAND), s)
        lines.append(s)
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--sentences", type=int, default=40, help="sentences per document")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = sentence_pool()
    counties = gazetteer.counties()
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.n):
        (args.out / f"doc{i:06d}.txt").write_text(document(rng, pool, counties, args.sentences), encoding="utf-8")
    print(f"{args.n} documents -> {args.out}")


if __name__ == "__main__":
    main()
