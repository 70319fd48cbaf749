"""The HTML explorer in a real headless Chromium, from file://, with every other host blocked."""
import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

import kg
from kg import store
from kg.vocab import KGR as KGR_NS

from rdflib import Literal
from rdflib.namespace import RDFS

RDFS_LABEL = RDFS.label

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent
FIRST_FRAME_TIMEOUT = 60_000  # ms: generous, the machine is shared; benchmarks/page.py measures the time
KGR = "https://w3id.org/county-kg/id/"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed (.ci/run installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, html: Path, fragment: str = ""):
    """The page, once its first frame is drawn; the console errors, dialogs and any request
    for something other than a file, which the tests require to stay empty."""
    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    errors, external = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))

    def guard(route):
        if route.request.url.startswith(("file://", "data:", "blob:")):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(html.as_uri() + fragment)
    page.wait_for_function("window.kgFirstFrame !== undefined", timeout=FIRST_FRAME_TIMEOUT)
    return page, errors, external


def embedded(html: Path, block: str = "kg-data") -> dict:
    text = html.read_text(encoding="utf-8")
    return json.loads(re.search(rf'id="{block}">(.*?)</script>', text, re.S).group(1))


def county_rows(build: Path, county: str) -> list[dict]:
    result = kg.query(build, store.canned("county_projects"))
    return [r for r in (dict(zip(result.columns, row)) for row in result.text_rows()) if r["county"] == county]


def shown_rows(page) -> list[dict]:
    """The dossier's project table as shown: one dict per row, by column heading key."""
    return page.evaluate("""() => {
        const keys = [...document.querySelectorAll('#dossier table.projects th')].map(th => th.dataset.key);
        return [...document.querySelectorAll('#dossier table.projects tr.row')].map(tr =>
            Object.fromEntries([...tr.cells].map((td, i) => [keys[i], td.textContent])).valueOf());
    }""")


def yi(text: str) -> str:
    """An amount as the table shows it (two decimals at most)."""
    return "" if not text else f"{round(float(text), 2):,.2f}".rstrip("0").rstrip(".")


def names(text: str) -> set:
    return set(text.split("、")) if text else set()


def test_first_frame_is_drawn_at_once_where_the_build_placed_each_node(browser, seed_build, record_property):
    html = seed_build / "graph.html"
    source = html.read_text(encoding="utf-8")
    assert source.index('id="loading"') < source.index("<script")  # the loading notice is painted before any data
    page, errors, external = open_page(browser, html)
    first = page.evaluate("window.kgFirstFrame")
    record_property("first_frame_ms", round(first))
    print(f"\nseeds: first frame drawn {first:.0f} ms after navigation began")
    assert page.query_selector("#loading") is None
    data = embedded(html)
    assert page.evaluate("window.kgNodes.length") == len(data["nodes"]) + len(data["folds"])
    at = page.evaluate("window.kgNetwork.getPositions(window.kgNodes.getIds())")
    assert all(at[n["id"]] == {"x": n["x"], "y": n["y"]} for n in data["nodes"])  # no physics moved them
    page.wait_for_timeout(500)
    assert page.evaluate("window.kgNetwork.getPositions(window.kgNodes.getIds())") == at  # physics is off ...
    page.check("#physics")
    page.wait_for_timeout(1500)
    assert page.evaluate("window.kgNetwork.getPositions(window.kgNodes.getIds())") != at  # ... until the toggle turns it on
    assert errors == [] and external == []
    page.close()


def test_the_page_opens_on_counties_with_strategies_folded(browser, seed_build):
    page, errors, external = open_page(browser, seed_build / "graph.html")
    shown = page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.id)")
    types = page.evaluate("ids => ids.map(id => window.kg.byId.has(id) ? window.kg.byId.get(id).type : 'fold')", shown)
    assert set(types) == {"County", "Project", "Park", "Enterprise", "fold"}
    folds = embedded(seed_build / "graph.html")["folds"]
    implemented = kg.query(seed_build, """SELECT (STR(?c) AS ?county) (COUNT(DISTINCT ?s) AS ?n) WHERE { ?c a kg:County ; kg:implements ?s } GROUP BY ?c""").rows
    assert {(f["county"], f["count"]) for f in folds} == {(c[len(KGR):], int(n)) for c, n in implemented}
    located = [i for i, e in enumerate(embedded(seed_build / "graph.html")["edges"]) if e["relation"] == "locatedIn"]
    drawn = page.evaluate("window.kgEdges.length")
    page.uncheck("#lines")  # located-in lines are a layer (off at first on a large page) ...
    assert page.evaluate("window.kgEdges.length") == drawn - len(located)
    page.click("#counties .county >> text=五寨县")  # ... drawn for the node in focus
    lit = page.evaluate("window.kgEdges.get().filter(e => e.to === 'county/140928').length")
    assert lit == sum(1 for e in embedded(seed_build / "graph.html")["edges"] if e["relation"] == "locatedIn" and e["to"] == "county/140928") > 50
    page.check("#legend input[data-type=Strategy]")  # the strategy layer replaces the folds
    shown = page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert not any(i.startswith("fold:") for i in shown) and any(i.startswith("strategy/") for i in shown)
    assert errors == [] and external == []
    page.close()


def test_search_opens_a_dossier_and_the_address_keeps_it(browser, seed_build):
    page, errors, external = open_page(browser, seed_build / "graph.html")
    page.fill("#search", "稷山县")
    page.wait_for_selector("#hits div")
    assert "稷山县" in page.inner_text("#hits")
    page.click("#hits div")
    assert page.inner_text("#dossier header h2") == "稷山县"
    assert page.evaluate("location.hash") == "#county/140824"
    page.click("#counties .county >> text=新绛县")
    assert page.inner_text("#dossier header h2") == "新绛县"
    assert page.evaluate("location.hash") == "#county/140825"
    again, errors2, external2 = open_page(browser, seed_build / "graph.html", "#county/140825")  # the permalink
    again.wait_for_selector("#dossier header h2")
    assert again.inner_text("#dossier header h2") == "新绛县"
    assert errors == errors2 == [] and external == external2 == []
    page.close()
    again.close()


@pytest.mark.parametrize("county,code", [("稷山县", "140824"), ("新绛县", "140825"), ("五寨县", "140928")])
def test_a_county_dossier_lists_exactly_its_county_projects_rows(browser, seed_build, county, code):
    page, errors, external = open_page(browser, seed_build / "graph.html", f"#county/{code}")
    page.wait_for_selector("#dossier table.projects")
    shown = shown_rows(page)
    expected = county_rows(seed_build, county)
    assert len(expected) > 50
    assert sorted(r["label"] for r in shown) == sorted(r["project"] for r in expected)
    by_label = {r["project"]: r for r in expected}
    for row in shown:
        q = by_label[row["label"]]
        assert row["yi"] == yi(q["yi"]) and row["year"] == q["year"]
        assert names(row["capacity"]) == names(q["capacity"])
        assert names(row["enterprise"]) == names(q["enterprise"]) and names(row["park"]) == names(q["park"])
        assert len(names(row["status"])) == len(names(q["status"]))
    amounts = [float(r["yi"].replace(",", "")) for r in shown if r["yi"]]
    assert amounts == sorted(amounts, reverse=True) and all(r["yi"] for r in shown[: len(amounts)])  # by amount, largest first
    page.click("#dossier th[data-key=yi]")
    amounts = [float(r["yi"].replace(",", "")) for r in shown_rows(page) if r["yi"]]
    assert amounts == sorted(amounts)
    assert errors == [] and external == []
    page.close()


def test_a_row_opens_its_evidence_highlighted_at_its_offsets_in_the_original_file(browser, seed_build):
    page, errors, external = open_page(browser, seed_build / "graph.html", "#county/140824")
    page.wait_for_selector("#dossier tr.row")
    rows = page.query_selector_all("#dossier tr.row")
    checked = 0
    for i in range(12):
        row = page.query_selector_all("#dossier tr.row")[i]
        label = row.query_selector("td a.entity").inner_text()
        row.click()
        blocks = page.query_selector_all("#dossier tr.evidence-row .evidence")
        assert blocks
        for block in blocks:
            file, start, end = block.get_attribute("data-file"), block.get_attribute("data-start"), block.get_attribute("data-end")
            original = (ROOT / "seeds" / file).read_text(encoding="utf-8")
            highlighted = block.query_selector("mark.focus").inner_text()
            assert block.evaluate("b => b.querySelector('mark.focus').textContent") == original[int(start) : int(end)]
            assert label in re.sub(r"[\s“”]", "", highlighted)
            assert f"characters {start}–{end}" in block.inner_text()
            checked += 1
        row.click()  # closes it again
    assert checked >= 12 and len(rows) == len(county_rows(seed_build, "稷山县"))
    assert errors == [] and external == []
    page.close()


def test_download_csv_gives_the_table(browser, seed_build):
    page, errors, external = open_page(browser, seed_build / "graph.html", "#county/140825")
    page.wait_for_selector("#dossier button.csv")
    with page.expect_download() as download:
        page.click("#dossier button.csv")
    assert download.value.suggested_filename == "新绛县-projects.csv"
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = {r["project"]: r for r in county_rows(seed_build, "新绛县")}
    assert [r["project"] for r in rows] == [r["label"] for r in shown_rows(page)]  # in the order shown
    assert sorted(r["project"] for r in rows) == sorted(expected)
    for r in rows:
        q = expected[r["project"]]
        assert r["county"] == "新绛县" and r["yi"] == (q["yi"] or "") and r["year"] == q["year"]
        for key in ("capacity", "status", "enterprise", "park"):
            assert names(r[key]) == names(q[key]), key
        original = (ROOT / "seeds" / r["document"]).read_text(encoding="utf-8")
        named = original[int(r["start"]) : int(r["end"])]
        assert named in r["sentence"] and r["sentence"] in original
    assert errors == [] and external == []
    page.close()


def test_an_enterprise_shows_its_projects_and_a_strategy_its_counties(browser, seed_build):
    data = embedded(seed_build / "graph.html", "kg-dossier")
    enterprise = max(sorted({e[0] for r in data["rows"] for e in r["enterprises"]}),
                     key=lambda e: sum(e in [x[0] for x in r["enterprises"]] for r in data["rows"]))
    page, errors, external = open_page(browser, seed_build / "graph.html", "#" + enterprise)  # ids: IRIs less kgr:
    page.wait_for_selector("#dossier table.projects")
    label = page.inner_text("#dossier header h2")
    undertaken = kg.query(seed_build, f"""SELECT DISTINCT ?cl ?pl WHERE {{ ?p kg:undertakenBy <{KGR}{enterprise}> ; kg:locatedIn ?c ;
                                         rdfs:label ?pl . ?c a kg:County ; rdfs:label ?cl }}""").rows
    assert undertaken and sorted((r["county"], r["label"]) for r in shown_rows(page)) == sorted(map(tuple, undertaken))
    assert all(label in names(r["enterprise"]) for r in shown_rows(page))
    strategy = kg.query(seed_build, """SELECT (STR(?s) AS ?iri) WHERE { ?c kg:implements ?s } GROUP BY ?s HAVING (COUNT(DISTINCT ?c) = 3) ORDER BY ?s LIMIT 1""").rows[0][0]
    counties = {r[0] for r in kg.query(seed_build, f"SELECT DISTINCT ?l WHERE {{ ?c kg:implements <{strategy}> ; rdfs:label ?l }}").rows}
    page.evaluate(f"location.hash = '#{strategy[len(KGR):]}'")
    page.wait_for_selector("#dossier-counties")
    assert {a.inner_text() for a in page.query_selector_all("#dossier-counties .implementer > div a")} == counties
    documents = page.query_selector_all("#dossier-counties details summary")
    assert len(documents) >= 3 and all(re.match(r"\d{4}-\d\d-\d\d · ", d.inner_text()) for d in documents)
    page.query_selector("#dossier-counties details summary").click()
    block = page.query_selector("#dossier-counties details[open] .evidence")
    original = (ROOT / "seeds" / block.get_attribute("data-file")).read_text(encoding="utf-8")
    mark = block.evaluate("b => b.querySelector('mark.focus').textContent")
    assert mark == original[int(block.get_attribute("data-start")) : int(block.get_attribute("data-end"))]
    assert errors == [] and external == []
    page.close()


def test_hostile_names_in_a_document_show_as_text(browser, tmp_path):
    """A document whose title and names carry markup: the panel shows the characters, runs nothing."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    title = "<img src=x onerror=alert(1)>报告"
    (corpus / "h.txt").write_text("稷山县2023年政府工作报告\n推进山西<img>钢铁有限公司年产100万吨焦化项目建设，总投资5亿元。\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        "file,county,code,prefecture,province,kind,date,title\n"
        f'h.txt,稷山县,140824,运城市,山西省,政府工作报告,2023-02-01,"{title}"\n', encoding="utf-8")
    kg.build([corpus], tmp_path / "build")
    page, errors, external = open_page(browser, tmp_path / "build" / "graph.html", "#county/140824")
    page.wait_for_selector("#dossier tr.row")
    assert title in page.inner_text("#dossier table.documents")
    page.click("#dossier tr.row")
    panel = page.inner_text("#dossier")
    assert "山西<img>钢铁有限公司" in panel  # the enterprise, as written
    assert page.query_selector("#dossier img") is None
    page.wait_for_timeout(300)
    assert errors == [] and external == []
    page.close()


def test_hostile_label_renders_as_text_in_search_and_table(browser, tmp_path):
    from test_render import HOSTILE, toy

    from kg import explorer

    html = explorer.page(toy(hostile=True), tmp_path / "h.html")
    page, errors, external = open_page(browser, html)
    page.fill("#search", "script")
    page.wait_for_selector("#hits div")
    assert HOSTILE in page.inner_text("#hits")  # shown as characters
    assert page.query_selector("#hits img") is None and page.query_selector("#hits script") is None
    page.click("#counties .county")
    assert HOSTILE in page.inner_text("#dossier table.projects")
    assert page.query_selector("#dossier img") is None and page.query_selector("#dossier script") is None
    assert errors == [] and external == []
    page.close()


def test_year_filter_shows_what_was_first_mentioned_in_a_year(browser, seed_build):
    page, errors, external = open_page(browser, seed_build / "graph.html")
    visible_years = "window.kgNodes.get({filter: n => !n.hidden && window.kg.byId.has(n.id)}).map(n => window.kg.byId.get(n.id).years)"
    total = len(page.evaluate(visible_years))
    page.select_option("#year", "first:2024")
    shown = page.evaluate(visible_years)
    assert 0 < len(shown) < total and {ys[0] for ys in shown} == {"2024"}
    assert errors == [] and external == []
    page.close()


def test_a_page_cut_from_a_larger_graph_says_so(browser, tmp_path, monkeypatch):
    from test_render import toy

    from kg import explorer

    monkeypatch.setattr(explorer, "MAX_NODES", 8)
    page, errors, external = open_page(browser, explorer.page(toy(n_projects=12), tmp_path / "large.html"))
    assert "8 most connected of 13 entities" in page.inner_text("#note")
    assert errors == [] and external == []
    page.close()


def test_a_name_that_looks_like_a_formula_stays_text_in_the_csv(browser, tmp_path):
    """A spreadsheet would run `=...` in a cell: the CSV prefixes such a name with an apostrophe."""
    from rdflib import Literal
    from rdflib.namespace import RDFS
    from test_render import toy

    from kg import explorer
    from kg.vocab import KGR as NS

    ds = toy(n_projects=2)
    ds.graph(NS["graph/t"]).set((NS["project/0"], RDFS.label, Literal("=HYPERLINK(\"http://x\")", lang="zh")))
    page, errors, external = open_page(browser, explorer.page(ds, tmp_path / "f.html"), "#county/140728")
    page.wait_for_selector("#dossier button.csv")
    with page.expect_download() as download:
        page.click("#dossier button.csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert sorted(r["project"] for r in rows) == ["'=HYPERLINK(\"http://x\")", "项目1"]
    assert errors == [] and external == []
    page.close()


# --- sectors and the comparison view ---------------------------------------------------------------

MEASURES = ("projects", "yi", "investment_share", "project_share")


def best_sectors(build: Path) -> dict[str, str]:
    from test_dossier import best_sectors as from_graph

    return from_graph(build)


def heatmap(page) -> dict:
    """The comparison table as shown: {(county label, group): (text, data-* figures)}, and its total row."""
    return page.evaluate("""() => {
        const heads = Object.fromEntries([...document.querySelectorAll('#compare-body thead th[data-county]')]
            .map(th => [th.dataset.county, th.textContent]));
        const cells = [...document.querySelectorAll('#compare-body tbody td.cell:not(.empty)')].map(td => [
            heads[td.dataset.county], td.dataset.group, td.textContent,
            [Number(td.dataset.projects), td.dataset.yuan, Number(td.dataset.projectShare), Number(td.dataset.investmentShare)]]);
        const totals = [...document.querySelectorAll('#compare-body tfoot td')].map(td => [heads[td.dataset.county], td.textContent]);
        return {cells: cells, totals: totals, heads: Object.values(heads)};
    }""")


def shown_as(text: str, measure: str) -> float:
    return float(text.rstrip("%").replace(",", "")) / (100 if measure.endswith("share") else 1)


@pytest.mark.parametrize("by", ["sector", "section"])
def test_the_comparison_view_shows_the_figures_of_kg_compare(browser, seed_build, by):
    from decimal import Decimal

    page, errors, external = open_page(browser, seed_build / "graph.html")
    page.click("#compare-open")  # the button of the left panel opens it
    page.wait_for_selector("#compare-body table.heatmap")
    assert page.evaluate("location.hash") == "#compare/sector/projects"
    if by == "section":
        page.check("input[name=compare-by][value=section]")
    expected = kg.compare(seed_build, by=by)
    want = {(r.county, r.group): r for r in expected.rows}
    labels = embedded(seed_build / "graph.html", "kg-compare")["labels"]
    for measure in MEASURES:
        page.check(f"input[name=compare-measure][value={measure}]")
        shown = heatmap(page)
        assert shown["heads"] == expected.counties
        assert {(c, g) for c, g, *_ in shown["cells"]} == set(want)  # a cell for each (county, group) kg.compare gives, no other
        for county, group, text, (n, yuan, project_share, investment_share) in shown["cells"]:
            r = want[(county, group)]
            assert (n, Decimal(yuan), project_share, investment_share) == (r.projects, r.yuan, r.project_share, r.investment_share)
            figure = {"projects": r.projects, "yi": float(r.yi), "project_share": r.project_share,
                      "investment_share": r.investment_share}[measure]
            assert shown_as(text, measure) == pytest.approx(figure, abs=0.006 if measure == "yi" else 0.0006), (county, group, measure)
        totals = dict(shown["totals"])
        for county in expected.counties:
            n, yuan = expected.totals[county]
            if measure == "projects":
                assert totals[county] == str(n)
            elif measure == "yi":
                assert shown_as(totals[county], measure) == pytest.approx(float(yuan / 100_000_000), abs=0.006)
    rows = page.query_selector_all("#compare-body tbody tr")
    assert [r.get_attribute("data-group") for r in rows] == [g for g, _ in expected.groups()]  # the scheme's order, unknown last
    assert [r.query_selector("th").inner_text() for r in rows] == [label for _, label in expected.groups()]
    assert all(r.query_selector("th").get_attribute("title") == labels[r.get_attribute("data-group")][1] for r in rows)  # en on hover
    assert errors == [] and external == []
    page.close()


def test_a_county_selection_narrows_the_comparison_and_the_address_keeps_it(browser, seed_build):
    page, errors, external = open_page(browser, seed_build / "graph.html", "#compare/sector/yi")
    page.wait_for_selector("#compare-body table.heatmap")
    assert page.is_checked("input[name=compare-measure][value=yi]")
    assert heatmap(page)["heads"] == ["五寨县", "新绛县", "稷山县"]  # all of them at first
    page.uncheck(".county-boxes input[value='county/140825']")
    shown = heatmap(page)
    assert shown["heads"] == ["五寨县", "稷山县"] and {c for c, *_ in shown["cells"]} == {"五寨县", "稷山县"}
    groups = {g for _, g, *_ in shown["cells"]}
    expected = kg.compare(seed_build, counties=["五寨县", "稷山县"])
    assert groups == {r.group for r in expected.rows}  # a group no chosen county has is left out
    fragment = page.evaluate("location.hash")
    assert fragment == "#compare/sector/yi/county/140928,county/140824"
    again, errors2, external2 = open_page(browser, seed_build / "graph.html", fragment)  # the permalink
    again.wait_for_selector("#compare-body table.heatmap")
    assert heatmap(again)["heads"] == ["五寨县", "稷山县"]
    again.click("text=清空 none")
    assert again.query_selector("#compare-body table.heatmap") is None and "at least one county" in again.inner_text("#compare-body")
    again.click("text=全部 all")
    assert heatmap(again)["heads"] == ["五寨县", "新绛县", "稷山县"]
    assert errors == errors2 == [] and external == external2 == []
    page.close()
    again.close()


def test_clicking_a_cell_lists_its_projects_each_with_its_evidence(browser, seed_build):
    best = best_sectors(seed_build)
    located = kg.query(seed_build, """SELECT DISTINCT ?p ?pl ?cl WHERE { ?p a kg:Project ; kg:locatedIn ?c ; rdfs:label ?pl .
                                      ?c a kg:County ; rdfs:label ?cl }""").rows
    page, errors, external = open_page(browser, seed_build / "graph.html", "#compare")
    page.wait_for_selector("#compare-body table.heatmap")
    cells = heatmap(page)["cells"]
    checked = 0
    for county, group, _, (n, *_rest) in cells:
        if county != "稷山县" and group not in ("SEI6", "unknown"):
            continue
        page.click(f"#compare-body tbody tr[data-group='{group}'] td[data-county][title^='{county}']")
        page.wait_for_selector("#compare-projects table.projects")
        listed = sorted(r["label"] for r in shown_rows_in(page, "#compare-projects"))
        expected = sorted(label for p, label, c in located if c == county and best.get(p.strip("<>"), "unknown") == group)
        assert listed == expected and len(listed) == n, (county, group)
        assert page.query_selector(f"#compare-body td.chosen[data-group='{group}']") is not None
        checked += 1
    assert checked >= 20
    # ... and by section: the projects of every sector in it
    section = {k: v[2] for k, v in embedded(seed_build / "graph.html", "kg-compare")["labels"].items()}
    page.check("input[name=compare-by][value=section]")
    for county, group, _, (n, *_rest) in heatmap(page)["cells"]:
        if county == "稷山县":
            page.click(f"#compare-body tbody tr[data-group='{group}'] td[data-county][title^='{county}']")
            listed = sorted(r["label"] for r in shown_rows_in(page, "#compare-projects"))
            expected = sorted(label for p, label, c in located if c == county and section[best.get(p.strip("<>"), "unknown")] == group)
            assert listed == expected and len(listed) == n, (county, group)
            checked += 1
    assert checked >= 30
    page.check("input[name=compare-by][value=sector]")
    # a row of a cell opens its evidence, as in the dossier: the name highlighted at its offsets in the original file
    page.click("#compare-body tbody tr[data-group='SEI6'] td[title^='稷山县']")
    page.click("#compare-projects tr.row")
    block = page.query_selector("#compare-projects tr.evidence-row .evidence")
    original = (ROOT / "seeds" / block.get_attribute("data-file")).read_text(encoding="utf-8")
    mark = block.evaluate("b => b.querySelector('mark.focus').textContent")
    assert mark == original[int(block.get_attribute("data-start")) : int(block.get_attribute("data-end"))]
    assert "行业 sector: 新能源" in page.inner_text("#compare-projects tr.evidence-row")  # the sector's own evidence
    page.click("#compare-projects tr.row a.entity")  # the project's name opens its dossier
    page.wait_for_selector("#dossier header .badge.Project")
    assert errors == [] and external == []
    page.close()


def shown_rows_in(page, where: str) -> list[dict]:
    return page.evaluate("""where => {
        const keys = [...document.querySelectorAll(where + ' table.projects th')].map(th => th.dataset.key);
        return [...document.querySelectorAll(where + ' table.projects tr.row')].map(tr =>
            Object.fromEntries([...tr.cells].map((td, i) => [keys[i], td.textContent])));
    }""", where)


def test_dossier_rows_show_their_sector_and_the_csv_carries_it(browser, seed_build):
    best = best_sectors(seed_build)
    labels = embedded(seed_build / "graph.html", "kg-compare")["labels"]
    page, errors, external = open_page(browser, seed_build / "graph.html", "#county/140824")
    page.wait_for_selector("#dossier table.projects")
    rows = page.evaluate("""() => [...document.querySelectorAll('#dossier table.projects tr.row')].map(tr => {
        const tag = tr.querySelector('span.sector');
        return [tr.dataset.project, tag.textContent, tag.title, tag.dataset.sector || null];
    })""")
    assert len(rows) == len(county_rows(seed_build, "稷山县"))
    sectored = 0
    for project, text, title, sector in rows:
        assert sector == best.get(KGR + project)
        if sector:
            zh, en, _ = labels[sector]
            assert text == zh and title.startswith(en) and "decided by the word" in title
            sectored += 1
        else:
            assert text == "" and title == ""
    assert sectored > 60
    with page.expect_download() as download:
        page.click("#dossier button.csv")
    csv_rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert [r["project"] for r in csv_rows] == [r["label"] for r in shown_rows(page)]
    by_label = {r["label"]: r for r in shown_rows(page)}
    for r in csv_rows:
        assert r["sector"] == by_label[r["project"]]["sector"]
        assert (r["sector_en"], r["sector"]) == ((labels[r["sector_id"]][1], labels[r["sector_id"]][0]) if r["sector_id"] else ("", ""))
    assert sum(1 for r in csv_rows if r["sector_id"]) == sectored
    # the county's enterprises and parks carry theirs where known
    listed = page.evaluate("""() => [...document.querySelectorAll('#dossier ul.entities li')].map(li =>
        [li.querySelector('a.entity').getAttribute('href').slice(1), (li.querySelector('span.sector') || {}).textContent || ''])""")
    with_sector = [(iri, text) for iri, text in listed if KGR + iri in best and best[KGR + iri] in labels]
    assert with_sector and all(text == labels[best[KGR + iri]][0] for iri, text in with_sector)
    assert errors == [] and external == []
    page.close()


def test_hostile_names_with_and_without_a_sector_show_as_text_in_the_comparison(browser, tmp_path):
    from test_render import HOSTILE, add_sector, toy

    from kg import explorer

    ds = toy(n_projects=3, hostile=True)  # project 0: a hostile name, no sector
    ds.graph(KGR_NS["graph/t"]).set((KGR_NS["project/1"], RDFS_LABEL, Literal("<svg onload=alert(3)>光伏电站", lang="zh")))
    add_sector(ds, 1, "SEI6", "0.9", cue="<b>光伏</b>")
    html = explorer.page(ds, tmp_path / "h.html")
    page, errors, external = open_page(browser, html, "#compare")
    page.wait_for_selector("#compare-body table.heatmap")
    page.click("#compare-body tbody tr[data-group='unknown'] td.cell")
    page.wait_for_selector("#compare-projects tr.row")
    assert HOSTILE in page.inner_text("#compare-projects table.projects")  # shown as characters
    page.click("#compare-body tbody tr[data-group='SEI6'] td.cell")
    page.wait_for_selector("#compare-projects tr.row")
    assert "<svg onload=alert(3)>光伏电站" in page.inner_text("#compare-projects table.projects")
    assert page.get_attribute("#compare-projects span.sector", "title") == "New energy — decided by the word “<b>光伏</b>”"
    assert page.query_selector("#dossier img, #dossier script, #dossier svg[onload], #dossier b") is None
    page.wait_for_timeout(300)
    assert errors == [] and external == []
    page.close()


def test_a_page_of_many_counties_pages_through_them_and_finds_them_by_name(browser, tmp_path):
    """Thousands of counties at the page's caps: the table draws 40 at a time, all of them chosen."""
    from rdflib import Dataset
    from rdflib.namespace import RDF

    from kg import explorer
    from kg.vocab import KG

    ds = Dataset()
    for i in range(45):
        g, doc, county = ds.graph(KGR_NS[f"graph/{i}"]), KGR_NS[f"doc/{i}"], KGR_NS[f"county/{100100 + i}"]
        g.add((doc, RDF.type, KG.Document))
        g.add((doc, KG.aboutCounty, county))
        g.add((county, RDF.type, KG.County))
        g.add((county, RDFS_LABEL, Literal(f"甲{i:02d}县", lang="zh")))
        for j in range(i % 3 + 1):
            p = KGR_NS[f"project/{i}-{j}"]
            g.add((p, RDF.type, KG.Project))
            g.add((p, RDFS_LABEL, Literal(f"项目{i}-{j}", lang="zh")))
            g.add((p, KG.locatedIn, county))
    page, errors, external = open_page(browser, explorer.page(ds, tmp_path / "many.html"), "#compare")
    page.wait_for_selector("#compare-body table.heatmap")
    assert "counties 1–40 of 45" in page.inner_text("#compare-body .pager")
    assert heatmap(page)["heads"] == [f"甲{i:02d}县" for i in range(40)]
    page.click("#compare-body .pager button >> text=▶")
    shown = heatmap(page)
    assert shown["heads"] == [f"甲{i:02d}县" for i in range(40, 45)]
    assert [int(t) for _, t in shown["totals"]] == [i % 3 + 1 for i in range(40, 45)]
    page.fill(".county-find", "甲07")
    assert page.evaluate("[...document.querySelectorAll('.county-boxes label')].filter(l => !l.hidden).map(l => l.textContent)") == ["甲07县 2 · 0 亿元"]
    page.click("text=清空 none")
    page.check(".county-boxes input[value='county/100107']")
    assert heatmap(page)["heads"] == ["甲07县"] and page.query_selector("#compare-body .pager") is None
    assert errors == [] and external == []
    page.close()
