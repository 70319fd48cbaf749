"""kg diff on the seeds: what a reader of a county's two documents finds."""
import json

import pytest
import rdflib
from click.testing import CliRunner

from kg import timeline
from kg.cli import main
from kg.errors import InputError

from conftest import process_text

pytestmark = pytest.mark.slow


def labels(d, kind, cls):
    return {label for c, label in d.entities(kind) if c == cls}


def test_jishan_congress_2021_to_work_report_2024(seed_build):
    d = timeline.diff(seed_build, "稷山县")
    assert [x["date"] for x in d.before.documents + d.after.documents] == ["2021-03-25", "2024-02-20"]
    assert {"西社园区", "翟店园区"} <= labels(d, "continued", "Park")  # both documents name them
    assert "永东化工" in labels(d, "new", "Enterprise")  # only the 2024 report
    assert "晋龙集团" in labels(d, "dropped", "Enterprise")  # only the 2021 report
    assert "1861总体思路" in labels(d, "dropped", "Strategy")
    assert any("三化三制" in s for s in labels(d, "continued", "Strategy"))  # a reform both documents follow


def test_xinjiang_congress_to_five_year_plan(seed_build):
    d = timeline.diff(seed_build, "新绛", before="2021-03", after="2021-07")
    assert {"山西格润时代", "汾河湾市场"} <= labels(d, "continued", "Enterprise") | labels(d, "continued", "Park")
    # 西曲蔬菜批发市场 and 新绛西曲蔬菜交易市场 are one market
    assert any("西曲蔬菜" in label for label in labels(d, "continued", "Park"))
    assert "山西高义钢铁有限公司" in labels(d, "new", "Enterprise")
    assert {"三个新绛", "五篇文章"} <= labels(d, "continued", "Strategy")
    # the same company under two names in the two documents is one entity
    assert not ({"丰喜华瑞", "丰喜华瑞煤化工"} & labels(d, "new", "Enterprise") & labels(d, "dropped", "Enterprise"))
    changes = {p: (a, b) for p, a, b in d.status_changes()}
    assert changes.get("贡院巷立面改造") == ("Planned", "Completed")


def test_cli_formats(seed_build):
    runner = CliRunner()
    table = runner.invoke(main, ["diff", str(seed_build), "--county", "140824"])
    assert table.exit_code == 0 and "continued" in table.output and "西社园区" in table.output
    data = json.loads(runner.invoke(main, ["diff", str(seed_build), "--county", "稷山县", "--format", "json"]).output)
    assert {"new", "continued", "dropped"} == set(data["entities"])
    trig = runner.invoke(main, ["diff", str(seed_build), "--county", "稷山县", "--format", "trig"]).output
    ds = rdflib.Dataset().parse(data=trig, format="trig")
    kinds = {str(o) for _, _, o, _ in ds.quads((None, rdflib.URIRef("https://w3id.org/county-kg/ontology#changeKind"), None, None))}
    assert {"new", "continued", "dropped"} <= kinds


def test_errors_are_one_line(seed_build):
    with pytest.raises(InputError, match="unknown county"):
        timeline.diff(seed_build, "不存在县")
    with pytest.raises(InputError, match="nothing to compare"):
        timeline.diff(seed_build, "五寨县")  # one document only
    result = CliRunner().invoke(main, ["diff", str(seed_build), "--county", "稷山县", "--from", "1999"])
    assert result.exit_code == 1 and "no document '1999'" in result.output


def test_status_words_are_normalized():
    doc = process_text("谋划城东污水处理厂项目，开工建设古城排水管网改造项目，县图书馆项目建成投用。", county_code="140728")
    status = {f.subject.split("/", 1)[1]: f.value for f in doc.facts if f.type == "status"}
    assert status == {"城东污水处理厂": "Planned", "古城排水管网改造": "Started", "县图书馆": "Completed"}


def test_diff_reports_progress_per_document(seed_build):
    calls = []
    timeline.diff(seed_build, "稷山", progress=lambda name, done, total: calls.append((name, done, total)))
    assert calls == [("000_53efcc185109372c.txt", 1, 2), ("002_ce880a99c531598d.txt", 2, 2)]
