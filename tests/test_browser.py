"""The HTML graph in a real headless Chromium with every other host blocked."""
import json
import os
import re
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed (.ci/run installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, html: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors, external = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))

    def guard(route):
        if route.request.url.startswith(("file://", "data:")):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(html.as_uri())
    page.wait_for_function("window.kgNetwork !== undefined")
    return page, errors, external


def test_seed_graph_loads_offline_and_search_works(browser, seed_build):
    html = seed_build / "graph.html"
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html.read_text(encoding="utf-8"), re.S).group(1))
    import kg

    entities = kg.query(seed_build, """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
        VALUES ?c { kg:County kg:Region kg:Enterprise kg:Project kg:Park kg:Strategy } ?x a ?c }""").rows[0][0]
    page, errors, external = open_page(browser, html)
    assert page.evaluate("window.kgNodes.length") == len(data["nodes"]) == int(entities)
    assert page.evaluate("window.kgEdges.length") == len(data["edges"]) > 0
    page.fill("#search", "稷山县")
    page.wait_for_selector("#hits div")
    assert "稷山县" in page.inner_text("#hits")
    page.click("#hits div")
    page.wait_for_timeout(1500)
    if os.environ.get("KG_SCREENSHOT"):  # the README's picture
        page.click("#reset")
        page.fill("#search", "新绛")
        page.evaluate("window.kgNetwork.fit()")
        page.wait_for_timeout(800)
        page.screenshot(path=str(ROOT / "docs" / "graph.png"))
    assert errors == [] and external == []
    page.close()


def test_hostile_label_renders_as_text(browser, tmp_path):
    from test_render import HOSTILE, toy

    from kg import render

    html = render.render(toy(hostile=True), tmp_path / "h.html")
    page, errors, external = open_page(browser, html)
    page.fill("#search", "script")
    page.wait_for_selector("#hits div")
    assert HOSTILE in page.inner_text("#hits")  # shown as characters
    assert page.query_selector("#hits img") is None and page.query_selector("#hits script") is None
    assert errors == [] and external == []
    page.close()


def test_year_filter_shows_what_was_first_mentioned_in_a_year(browser, seed_build):
    page, errors, external = open_page(browser, seed_build / "graph.html")
    total = page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).length")
    page.select_option("#year", "first:2024")
    shown = page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.years[0])")
    assert 0 < len(shown) < total and set(shown) == {"2024"}
    assert errors == [] and external == []
    page.close()


def test_large_graph_note_and_show_everything(browser, tmp_path, monkeypatch):
    from test_render import toy

    from kg import explorer, render

    monkeypatch.setattr(render, "LARGE", 5)
    monkeypatch.setattr(explorer, "MAX_NODES", 8)
    page, errors, external = open_page(browser, render.render(toy(n_projects=12), tmp_path / "large.html"))
    note = page.inner_text("#note")
    assert "8 most connected of 13 entities" in note and "Show everything" in note
    hidden = page.evaluate("window.kgNodes.get().filter(n => n.hidden).length")
    assert hidden > 0  # the aggregated view hides the weakly linked nodes
    page.click("#note button")
    page.wait_for_timeout(300)
    assert page.evaluate("window.kgNodes.get().filter(n => n.hidden).length") == 0
    assert "most connected" in page.inner_text("#note")  # the truncation note stays
    assert errors == [] and external == []
    page.close()
