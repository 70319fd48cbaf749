"""docs: the README's example outputs, made by running what it shows, and pictures for notebooks.

In README.md, a line

    <!-- output: kg query build --name investment_per_county -->

is followed by a fenced block holding that command's output on a fresh build
of the seeds (`build` stands for that build), and a line

    <!-- eval-table: tests/gold/dev -->

by the Markdown table of `kg eval` on that gold folder (`eval-summary`: the
rules beside the jieba.posseg baseline; `eval-documents`: one row per
document). `python -m kg.docs` builds the seeds and writes every such block again; `python -m kg.docs
--check` only says which are stale (tests/test_docs.py runs the check), so an
example in the README cannot drift from what the program prints.
"""
from __future__ import annotations

import argparse
import difflib
import html
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_MARKER = re.compile(r"^<!-- (output|eval-table|eval-summary|eval-documents): (.+?) -->\n", re.M)
_FENCE = re.compile(r"```[^\n]*\n(?:[^\n]*\n)*?```\n")  # up to the first closing fence
_TABLE = re.compile(r"(?:\|.*\|\n)+")
WIDTH = 110  # the terminal width the outputs are made for


def command_output(command: str, build: Path) -> str:
    """What `command` (a kg command line, `build` standing for the build folder) prints."""
    from click.testing import CliRunner

    from kg.cli import main

    args = shlex.split(command)
    if args[0] != "kg":
        raise ValueError(f"not a kg command: {command}")
    args = [str(build) if a == "build" else a for a in args[1:]]
    cwd = os.getcwd()
    os.chdir(ROOT)  # relative paths in the README are relative to the repository
    try:
        result = CliRunner().invoke(main, args, env={"COLUMNS": str(WIDTH), "NO_COLOR": "1"}, terminal_width=WIDTH)
    finally:
        os.chdir(cwd)
    if result.exit_code != 0:
        raise RuntimeError(f"{command} failed ({result.exit_code}): {result.output}")
    text = result.output.replace(str(build), "build")
    return "\n".join(line.rstrip() for line in text.rstrip("\n").splitlines()) + "\n"


def _evaluate(gold: str, extractor: str = "rules") -> dict:
    import kg

    cwd = os.getcwd()
    os.chdir(ROOT)  # gold paths in the README are relative to the repository
    try:
        return kg.evaluate(gold, extractor=extractor)
    finally:
        os.chdir(cwd)


def eval_table(gold: str) -> str:
    """The Markdown table `kg eval` prints for one gold folder: P/R/F1 per type, exact and lenient."""
    from kg.scoring import format_table

    return "\n".join(line for line in format_table(_evaluate(gold)).splitlines() if line.startswith("|")) + "\n"


def eval_documents(gold: str) -> str:
    """One row per gold document of the folder: lenient F1 of entities and relations."""
    from kg.scoring import format_documents

    return format_documents(_evaluate(gold)) + "\n"


def eval_summary(gold: str) -> str:
    """Rules against the naive jieba.posseg baseline: lenient P/R/F1 of entities and relations."""
    rows = ["| extractor | entities P | R | F1 | relations P | R | F1 |", "|---|---|---|---|---|---|---|"]
    for label, extractor in (("rules (this project)", "rules"), ("jieba.posseg baseline", "baseline")):
        lenient = _evaluate(gold, extractor)["lenient"]
        e, r = lenient["entities"], lenient["relations"]
        rows.append(f"| {label} | {e['p']:.3f} | {e['r']:.3f} | {e['f1']:.3f} | {r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} |")
    return "\n".join(rows) + "\n"


def regenerate(text: str, build: Path) -> str:
    """The README text with every marked output made again."""
    out, at = [], 0
    for m in _MARKER.finditer(text):
        out.append(text[at : m.end()])
        kind, arg = m.group(1), m.group(2)
        rest = text[m.end() :]
        if kind == "output":
            old = _FENCE.match(rest)
            out.append("```\n" + command_output(arg, build) + "```\n")
        else:
            old = _TABLE.match(rest)
            out.append({"eval-table": eval_table, "eval-summary": eval_summary, "eval-documents": eval_documents}[kind](arg))
        at = m.end() + (old.end() if old else 0)
    out.append(text[at:])
    return "".join(out)


def markers(text: str) -> list[str]:
    return [f"{m.group(1)}: {m.group(2)}" for m in _MARKER.finditer(text)]


def stale(path: Path, build: Path) -> str:
    """A unified diff of what is out of date in `path` ("" when everything is current)."""
    text = path.read_text(encoding="utf-8")
    fresh = regenerate(text, build)
    return "".join(difflib.unified_diff(text.splitlines(True), fresh.splitlines(True), str(path), "fresh"))


# --- the graph, inline, for notebooks ------------------------------------------------------------


class Page:
    """An HTML file shown inline in Jupyter (its text in an iframe's srcdoc, no path to serve)."""

    def __init__(self, path: Path, height: int = 600):
        self.text, self.height = Path(path).read_text(encoding="utf-8"), height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.text, quote=True)}" width="100%" height="{self.height}" '
                'style="border:1px solid #ddd" sandbox="allow-scripts"></iframe>')


COLOURS = {"County": "#d62728", "Region": "#8c564b", "Enterprise": "#1f77b4", "Project": "#2ca02c",
           "Park": "#ff7f0e", "Strategy": "#9467bd"}


class Picture:
    """A still picture (SVG) of an entity network: shown by viewers that run no scripts (GitHub)."""

    def __init__(self, net, width: int = 900, height: int = 600, labels: int = 40, seed: int = 1):
        import networkx as nx

        self.svg = _svg(net, nx.spring_layout(net.to_undirected(), seed=seed) if len(net) else {}, width, height, labels)

    def _repr_svg_(self) -> str:
        return self.svg


def _svg(net, pos: dict, width: int, height: int, labels: int) -> str:
    xs = [p[0] for p in pos.values()] or [0]
    ys = [p[1] for p in pos.values()] or [0]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def at(n):
        x, y = pos[n]
        return (30 + (x - x0) / ((x1 - x0) or 1) * (width - 60), 30 + (y - y0) / ((y1 - y0) or 1) * (height - 60))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             'font-family="sans-serif" font-size="11">', '<rect width="100%" height="100%" fill="white"/>']
    for s, o in net.edges():
        (a, b), (c, d) = at(s), at(o)
        parts.append(f'<line x1="{a:.1f}" y1="{b:.1f}" x2="{c:.1f}" y2="{d:.1f}" stroke="#bbb" stroke-width="0.7"/>')
    degree = dict(net.degree())
    named = set(sorted(net, key=lambda n: -degree[n])[:labels])
    for n, data in net.nodes(data=True):
        x, y = at(n)
        r = 3 + min(degree[n], 30) ** 0.5 * 1.5
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{COLOURS.get(data.get("type"), "#999")}">'
                     f'<title>{html.escape(str(data.get("label", n)))}</title></circle>')
        if n in named:
            parts.append(f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}">{html.escape(str(data.get("label", n)))}</text>')
    for i, (name, colour) in enumerate(COLOURS.items()):
        parts.append(f'<circle cx="{14 + i * 110}" cy="12" r="5" fill="{colour}"/><text x="{22 + i * 110}" y="16">{name}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.docs", description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report stale outputs (exit 1 if any)")
    ap.add_argument("--build", type=Path, help="use this build of the seeds instead of making one")
    ap.add_argument("files", nargs="*", type=Path, default=[README])
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        build = args.build
        if build is None:
            import kg

            build = Path(tmp) / "build"
            kg.build([ROOT / "seeds"], build)
        status = 0
        for path in args.files:
            if args.check:
                diff = stale(path, build)
                if diff:
                    sys.stdout.write(diff)
                    status = 1
            else:
                text = path.read_text(encoding="utf-8")
                fresh = regenerate(text, build)
                if fresh != text:
                    path.write_text(fresh, encoding="utf-8")
                print(f"{path}: {len(markers(text))} output(s) made again{'' if fresh != text else ', none changed'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
