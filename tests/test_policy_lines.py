"""policy_lines: the national and provincial lines of kg/data/national_lines.tsv, read and checked."""
import pytest

from kg import policy_lines
from kg.rulebook import RuleError

HEADER = "# Sources:\n#   CPC19   中国共产党第十九次全国代表大会报告 (2017-10-18)\nname\tvariants\tscope\tsource\n"


def test_the_packaged_table_names_its_lines_and_their_provinces():
    lines = {line.name: line for line in policy_lines.load()}
    assert "乡村振兴" in lines["乡村振兴战略"].variants
    assert lines["乡村振兴战略"].province == ""
    assert lines["追赶超越"].province == "610000"  # Shaanxi
    assert all(line.source for line in lines.values())


def test_a_row_with_an_undeclared_source_names_its_line(tmp_path):
    path = tmp_path / "lines.tsv"
    path.write_text(HEADER + "乡村振兴战略\t乡村振兴\t\tCPC19\n脱贫攻坚\t\t\tCPC99\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"lines.tsv:5: source \"CPC99\""):
        policy_lines.load(path)


def test_a_form_listed_twice_or_an_unknown_province_is_an_error(tmp_path):
    twice = tmp_path / "twice.tsv"
    twice.write_text(HEADER + "乡村振兴战略\t乡村振兴\t\tCPC19\n乡村振兴\t\t\tCPC19\n", encoding="utf-8")
    with pytest.raises(RuleError, match="listed twice"):
        policy_lines.load(twice)
    province = tmp_path / "province.tsv"
    province.write_text(HEADER + "追赶超越\t\t运城市\tCPC19\n", encoding="utf-8")
    with pytest.raises(RuleError, match="not the name of a province"):
        policy_lines.load(province)


def test_wrong_columns_are_an_error(tmp_path):
    path = tmp_path / "cols.tsv"
    path.write_text("name\tsource\n", encoding="utf-8")
    with pytest.raises(RuleError, match="columns"):
        policy_lines.load(path)
