"""kg compare: counties × sectors (or years, statuses) on a corpus the test writes
(invented sentences), the CLI over it, and the canned queries giving the same figures."""
import csv
import io
import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

import kg
from kg import store
from kg.cli import main
from kg.errors import InputError

DOCS = {
    "a.txt": "2021年，全县实施华晟光伏总投资8亿元的200MW光伏发电项目，开工建设县人民医院项目，推进华泰科技项目。\n",
    "b.txt": "200MW光伏发电项目建成投产。新建城南小学。\n",
    "c.txt": "实施总投资2亿元的年产10万吨肉牛屠宰加工项目。\n",
}
MANIFEST = """file,county,code,prefecture,province,kind,date,title
a.txt,稷山县,140824,运城市,山西省,政府工作报告,2021-02-01,甲
b.txt,稷山县,140824,运城市,山西省,政府工作报告,2024-02-01,乙
c.txt,五寨县,140928,忻州市,山西省,政府工作报告,2022-02-01,丙
"""


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    src = tmp_path_factory.mktemp("compare-src")
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    (src / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    out = tmp_path_factory.mktemp("compare") / "build"
    kg.build([src], out)
    return out


def cells(c):
    return {(r.county, r.group): r for r in c.rows}


def test_counties_by_sector(build):
    c = kg.compare(build)
    assert c.counties == ["五寨县", "稷山县"]
    got = cells(c)
    solar = got[("稷山县", "SEI6")]
    # named in two documents of the county, counted once, with its amount once
    assert (solar.label, solar.projects, solar.yuan, solar.yi) == ("新能源", 1, Decimal(800000000), Decimal(8))
    assert solar.investment_share == 1.0 and solar.project_share == 0.25
    assert got[("稷山县", "unknown")].label == "未定"  # 华泰科技: no word says what it does
    assert {g for (county, g) in got if county == "稷山县"} == {"SEI6", "Q", "P", "unknown"}
    assert got[("五寨县", "agri-food")].yuan == Decimal(200000000)
    for county in c.counties:
        rows = [r for r in c.rows if r.county == county]
        assert sum(r.projects for r in rows) == c.totals[county][0]
        assert abs(sum(r.investment_share for r in rows) - 1) < 1e-9
    assert c.groups()[-1] == ("unknown", "未定")


def test_by_section_year_and_status(build):
    assert cells(kg.compare(build, by="section"))[("稷山县", "SEI6")].projects == 1
    years = cells(kg.compare(build, counties="稷山", by="year"))
    assert years[("稷山县", "2021")].projects == 3 and years[("稷山县", "2024")].projects == 1
    status = cells(kg.compare(build, counties=["140824"], by="status"))
    assert status[("稷山县", "Completed")].yuan == Decimal(800000000)  # the latest document's status
    assert status[("稷山县", "Completed")].label == "建成"


def test_an_unknown_county_or_grouping_is_a_clear_error(build):
    with pytest.raises(InputError, match="no county '太原' in this build"):
        kg.compare(build, counties="太原")
    with pytest.raises(InputError, match="cannot compare by 'colour'"):
        kg.compare(build, by="colour")


def test_the_cli_prints_a_table_csv_and_json(build):
    runner = CliRunner()
    table = runner.invoke(main, ["compare", str(build)])
    assert table.exit_code == 0
    assert "新能源" in table.output and "1 · 8.00 · 100%" in table.output and "total" in table.output
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["compare", str(build), "--format", "csv"]).output)))
    assert {"county": "稷山县", "group": "SEI6", "projects": "1", "yuan": "800000000", "yi": "8.0"}.items() <= \
        next(r for r in rows if r["group"] == "SEI6").items()
    data = json.loads(runner.invoke(main, ["compare", str(build), "--by", "year", "--format", "json"]).output)
    assert data["by"] == "year" and {r["group"] for r in data["rows"]} == {"2021", "2022", "2024"}
    bad = runner.invoke(main, ["compare", str(build), "--counties", "太原"])
    assert bad.exit_code == 1 and bad.output.startswith("kg: error: no county") and "Traceback" not in bad.output


def canned(build, name):
    r = kg.query(build, store.canned(name))
    return [dict(zip(r.columns, row)) for row in r.rows]


def test_the_canned_queries_give_the_figures_of_kg_compare(build):
    assert_canned_equals_library(build)


@pytest.mark.slow
def test_on_the_seeds_the_canned_queries_give_the_figures_of_kg_compare(seed_build):
    assert_canned_equals_library(seed_build)


def assert_canned_equals_library(build):
    lib = {(r.county, r.group): (r.projects, r.yuan) for r in kg.compare(build).rows}
    rows = canned(build, "compare_sectors")
    assert rows and rows[0]["county"] and store.canned("compare_sectors").startswith("# 各县")
    assert {(r["county"], r["sector"]): (int(r["projects"]), Decimal(r["yuan"])) for r in rows} == lib
    lib = {(r.county, r.group): (r.projects, r.yuan) for r in kg.compare(build, by="year").rows}
    rows = canned(build, "compare_years")
    assert {(r["county"], r["year"]): (int(r["projects"]), Decimal(r["yuan"])) for r in rows} == lib


def test_the_figure_draws_each_county_and_keeps_colours_across_measures(build):
    import matplotlib

    matplotlib.use("Agg")
    c = kg.compare(build)
    projects, investment = c.plot("projects"), c.plot("investment")
    legend = [t.get_text() for t in projects.get_legend().get_texts()]
    assert "New energy" in legend and legend[-2:] == ["other", "unknown"]
    assert legend == [t.get_text() for t in investment.get_legend().get_texts()]
    assert [t.get_text() for t in projects.get_yticklabels()] == c.counties
    # 稷山县: 1 of its 4 projects is new energy, and all of its announced money
    solar = next(p for p in projects.containers if p.get_label() == "New energy")
    assert [round(bar.get_width(), 4) for bar in solar] == [0, 0.25]
    solar = next(p for p in investment.containers if p.get_label() == "New energy")
    assert [round(bar.get_width(), 4) for bar in solar] == [0, 1.0]
