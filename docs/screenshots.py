"""The README's pictures of the explorer, taken from a fresh build of the seeds in headless Chromium.

    python docs/screenshots.py   # writes docs/explorer.png, dossier.png, evidence.png and comparison.png

Needs the test extras (playwright) and the system Chromium (.ci/run installs
Debian's) with CJK fonts (fonts-noto-cjk). Every request but file:// is refused,
as in the browser tests.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
VIEWPORT = {"width": 1500, "height": 920}
COUNTY = "county/140824"  # 稷山县: two documents, 2021 and 2024
COMPARISON_VIEWPORT = {"width": 1500, "height": 1240}


def main() -> None:
    import kg
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        html = Path(tmp) / "build" / "graph.html"
        kg.build([ROOT / "seeds"], html.parent)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport=VIEWPORT)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())

        page.goto(html.as_uri())
        page.wait_for_function("window.kgFirstFrame !== undefined", timeout=60_000)
        page.wait_for_timeout(500)
        shot(page, "explorer.png")

        page.goto(html.as_uri() + "#" + COUNTY)
        page.wait_for_selector("#dossier table.projects")
        page.wait_for_timeout(800)  # the focus animation
        shot(page, "dossier.png")

        page.click("#dossier tr.row")  # the largest amount: its evidence
        page.evaluate("""() => {  // the row just below the panel's header, its evidence under it
            const panel = document.getElementById('dossier'), row = panel.querySelector('tr.row.open');
            panel.scrollTop = row.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop
                - panel.querySelector('header').offsetHeight - 40;
        }""")
        page.wait_for_timeout(300)
        shot(page, "evidence.png")

        page.set_viewport_size(COMPARISON_VIEWPORT)  # the whole table, and the start of a cell's list
        page.goto(html.as_uri() + "#compare/sector/yi")
        page.wait_for_selector("#compare-body table.heatmap")
        page.click(f"#compare-body tr[data-group='SEI6'] td[data-county='{COUNTY}']")  # 稷山县's new energy: its projects
        page.evaluate("document.getElementById('dossier').scrollTop = 0")
        page.wait_for_timeout(300)
        shot(page, "comparison.png")
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ROOT / "docs" / name))
    print(f"docs/{name}", file=sys.stderr)


if __name__ == "__main__":
    main()
