"""Each canned query answers its question on the seeds' graph."""
import datetime as dt
import re

import pytest

import kg
from kg import store

pytestmark = pytest.mark.slow


def run(build, name):
    r = kg.query(build, store.canned(name))
    return [dict(zip(r.columns, row)) for row in r.rows]


def test_there_are_at_least_ten_commented_standalone_queries():
    names = store.canned_names()
    assert len(names) >= 10
    for n in names:
        text = store.canned(n)
        assert text.lstrip().startswith("#"), n
        chinese, _, english = store.describe(n).partition("|")
        assert re.search(r"[\u4e00-\u9fff]", chinese) and english.strip(), n  # the question in Chinese and English
        declared = set(re.findall(r"^PREFIX (\w+):", text, re.M))
        body = re.sub(r"#[^\n]*|<[^>\s]*>|\"[^\"]*\"", "", text)
        used = set(re.findall(r"(?<![\w?$])([a-z]\w*):\w", body))
        assert used <= declared, (n, used - declared)  # standalone: runs on any store without our prefixes


def test_canned_queries_parse_without_predeclared_prefixes(seed_build):
    import pyoxigraph as ox

    empty = ox.Store()
    for n in store.canned_names():
        empty.query(store.canned(n))  # a SyntaxError here means the file is not standalone


def test_every_canned_query_runs(seed_build):
    for n in store.canned_names():
        kg.query(seed_build, store.canned(n))


def test_county_documents(seed_build):
    rows = run(seed_build, "county_documents")
    assert len(rows) == 5
    assert {r["county"] for r in rows} == {"稷山县", "新绛县", "五寨县"}
    jishan = [r for r in rows if r["county"] == "稷山县"]
    assert [r["date"] for r in jishan] == [dt.date(2021, 3, 25), dt.date(2024, 2, 20)]  # oldest first, typed


def test_investment_per_county_counts_each_project_once(seed_build):
    rows = {r["county"]: r for r in run(seed_build, "investment_per_county")}
    assert rows["稷山县"]["yuan"] > 1e9
    largest = {}  # the largest amount each project is given in the county's own documents
    for d in ("000_53efcc185109372c", "002_ce880a99c531598d"):
        for p, v in kg.query(seed_build, f"SELECT ?p ?v WHERE {{ GRAPH kgr:graph\\/{d} {{ ?p a kg:Project ; kg:investmentCNY ?v }} }}").rows:
            largest[p] = max(v, largest.get(p, v))
    assert rows["稷山县"]["yuan"] == sum(largest.values()) and rows["稷山县"]["projects"] == len(largest)


def test_largest_projects_are_sorted(seed_build):
    values = [r["yuan"] for r in run(seed_build, "largest_projects")]
    assert values and values == sorted(values, reverse=True)


def test_enterprises_and_their_projects(seed_build):
    rows = run(seed_build, "enterprise_projects")
    assert any(r["enterprise"] == "山西高义钢铁有限公司" for r in rows)
    by_projects = run(seed_build, "enterprises_by_projects")
    assert by_projects and by_projects[0]["projects"] >= 1


def test_parks_of_counties(seed_build):
    rows = run(seed_build, "parks_per_county")
    assert any(r["county"] == "新绛县" and "经济技术开发区" in r["park"] for r in rows)
    assert any(r["county"] == "稷山县" and r["park"] == "西社园区" for r in rows)
    assert run(seed_build, "projects_per_park")


def test_strategies_shared_and_frameworks(seed_build):
    shared = {r["strategy"]: r["counties"] for r in run(seed_build, "shared_strategies")}
    assert any("乡村振兴" in s and n >= 2 for s, n in shared.items())
    pairs = {(r["framework"], r["member"]) for r in run(seed_build, "strategy_frameworks")}
    assert ("八大战略", "创新驱动战略") in pairs


def test_document_facts_and_class_counts(seed_build):
    rows = run(seed_build, "document_facts")
    assert {"County", "Strategy"} <= {r["class"] for r in rows}
    counts = {r["class"]: r["entities"] for r in run(seed_build, "class_counts")}
    assert set(counts) == {"County", "Enterprise", "Project", "Park", "Strategy"}


def test_evidence_rows_point_into_the_files(seed_build, seeds_dir):
    rows = run(seed_build, "evidence")
    assert rows
    for r in rows[:50]:
        raw = (seeds_dir / r["file"]).read_text(encoding="utf-8")
        quote = "".join(raw[r["start"] : r["end"]].split())
        sentence = iter(quote)  # the sentence's characters, in order, within the span (page debris aside)
        assert quote and all(c in sentence for c in "".join(r["sentence"].split()))


def test_timeline_queries(seed_build):
    kept = {(r["county"], r["project"]): r for r in run(seed_build, "projects_completed_later")}
    assert ("新绛县", "贡院巷立面改造") in kept  # planned in the March congress report, done by the July plan
    assert all(r["promised"] < r["completed"] for r in kept.values())
    persistent = {(r["county"], r["strategy"]) for r in run(seed_build, "persistent_strategies")}
    assert ("新绛县", "三个新绛") in persistent
    assert not any(county == "五寨县" for county, _ in persistent)  # one document only
    dates = [r["date"] for r in run(seed_build, "facts_as_of")]
    assert dates and max(dates) <= dt.date(2021, 12, 31)


def test_projects_lie_in_their_county(seed_build):
    """At least 95 % of the seeds' Projects are linked to a County by kg:locatedIn."""
    total, linked = kg.query(seed_build, """SELECT (COUNT(DISTINCT ?p) AS ?all) (COUNT(DISTINCT ?q) AS ?linked) WHERE {
        GRAPH ?g { ?p a kg:Project } OPTIONAL { GRAPH ?h { ?p kg:locatedIn ?c . ?c a kg:County } BIND(?p AS ?q) } }""").rows[0]
    assert total > 300 and linked / total >= 0.95, (linked, total)


def test_county_projects_lists_a_countys_projects(seed_build):
    rows = kg.query(seed_build, name="county_projects", county="稷山").records()
    assert len(rows) > 50 and {r["county"] for r in rows} == {"稷山县"} and {r["code"] for r in rows} == {"140824"}
    assert all(r["sentence"] and r["project"] for r in rows)
    with_amount = [r for r in rows if r["yuan"] is not None]
    assert with_amount and with_amount == sorted(with_amount, key=lambda r: -r["yuan"])[: len(with_amount)]
    assert any(r["enterprise"] for r in rows) and any(r["status"] for r in rows)
