"""The explorer page in Chromium: how soon the first frame is drawn, for the seeds and at the page's caps.

    python benchmarks/page.py                       # seeds, and 2,000 synthetic documents (the caps: 5,000 nodes, 20,000 edges)
    python benchmarks/page.py --documents 0         # seeds only
    python benchmarks/page.py --page some/graph.html --repeat 5

Each page is opened from file:// in the system Chromium (headless, every
request but file:// refused), `--repeat` times in a fresh page. The figures:

- first frame: milliseconds from navigation to the first frame vis-network
  draws (`window.kgFirstFrame`, set by kg/assets/explorer.js); targets 2 s for
  the seeds, 5 s at the caps;
- bare load: a page of the same bytes that draws nothing (its scripts made
  inert), loaded in the same run: what the file costs the browser anyway; the
  ratio says how much the drawing adds, on a shared and noisy machine;
- dossier: milliseconds from clicking the county with most projects in the
  county list to its dossier shown (the side panel's data is parsed then).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build(corpus: Path, out: Path) -> Path:
    import kg

    kg.build([corpus], out)
    return out / "graph.html"


def synthetic(n: int, tmp: Path) -> Path:
    corpus = tmp / "corpus"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(corpus), str(n)], check=True, capture_output=True)
    return build(corpus, tmp / "synthetic")


def inert(html: Path, tmp: Path) -> Path:
    """The same page, its scripts turned into data: the cost of loading the file itself."""
    text = html.read_text(encoding="utf-8").replace("<script>", '<script type="text/plain">')
    text = text.replace("</body>", "<script>addEventListener('load', () => { window.kgLoaded = performance.now(); })</script></body>")
    bare = tmp / f"bare-{html.parent.name}.html"
    bare.write_text(text, encoding="utf-8")
    return bare


def measure(browser, html: Path, bare: Path) -> tuple[float, float, float, float]:
    """(first frame, JSON parse, bare load, dossier) in milliseconds, one fresh page each."""
    def guarded():
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        return page

    page = guarded()
    page.goto(html.as_uri())
    page.wait_for_function("window.kgFirstFrame !== undefined", timeout=120_000)
    first, parsed = page.evaluate("[window.kgFirstFrame, window.kg.parsedAt]")
    t = page.evaluate("""() => new Promise(done => {
        const t0 = performance.now();
        document.querySelector('#counties .county').click();
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
    })""")
    page.close()
    page = guarded()
    page.goto(bare.as_uri())
    page.wait_for_function("window.kgLoaded !== undefined", timeout=120_000)
    loaded = page.evaluate("window.kgLoaded")
    page.close()
    return first, parsed, loaded, t


def size(html: Path) -> tuple[int, int, float]:
    text = html.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', text, re.S).group(1))
    return len(data["nodes"]), len(data["edges"]), html.stat().st_size / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=2000, help="synthetic documents for the page at its caps (0: none)")
    ap.add_argument("--page", type=Path, action="append", default=[], help="also measure this graph.html")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pages = [("seeds", build(ROOT / "seeds", tmp / "seeds"))]
        if args.documents:
            print(f"building {args.documents:,} synthetic documents ...", file=sys.stderr)
            pages.append((f"{args.documents:,} synthetic", synthetic(args.documents, tmp)))
        pages += [(str(p), p) for p in args.page]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            print(f"{'page':<18}{'nodes':>7}{'edges':>8}{'MB':>7}{'first frame ms':>16}{'parse ms':>10}"
                  f"{'bare load ms':>14}{'x bare':>8}{'dossier ms':>12}")
            for name, html in pages:
                bare = inert(html, tmp)
                runs = [measure(browser, html, bare) for _ in range(args.repeat)]
                first, parsed, loaded, dossier = (statistics.median(r[i] for r in runs) for i in range(4))
                nodes, edges, mb = size(html)
                print(f"{name:<18}{nodes:>7,}{edges:>8,}{mb:>7.1f}{first:>16,.0f}{parsed:>10,.0f}{loaded:>14,.0f}"
                      f"{first / loaded:>8.2f}{dossier:>12,.0f}")
            browser.close()
    print(f"\nmedian of {args.repeat} runs each; targets: first frame < 2,000 ms for the seeds, < 5,000 ms at the caps")


if __name__ == "__main__":
    main()
