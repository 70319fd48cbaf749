"""kg eval --sectors: accuracy and coverage of the sectors against a sector gold."""
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.scoring import evaluate_sectors, format_sector_table

TEXT = "建设城南体育馆和东关大街，推进华泰科技项目，实施年产10万吨板材加工项目。\n"


def write_gold(tmp_path, rows):
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    lines = ["text\tproject\tsector\tnote"] + ["\t".join(["t.txt", *r]) for r in rows]
    (tmp_path / "g.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_counts_accuracy_and_coverage(tmp_path):
    gold = write_gold(tmp_path, [
        ("城南体育馆", "R89", "sport hall"),
        ("东关大街", "transport", "an annotator who calls a street transport"),
        ("华泰科技", "-", "the sentence does not say"),
        ("年产10万吨板材加工", "C31", "steel plates"),
        ("西湖大桥", "transport", "not in the text: not found"),
    ])
    r = evaluate_sectors(gold)
    assert (r["gold"], r["labelled"], r["found"]) == (5, 4, 4)
    by_name = {e["project"]: e for e in r["errors"]}
    assert by_name["东关大街"]["predicted"] == "N78"     # a wrong sector is an error
    assert by_name["年产10万吨板材加工"]["predicted"] is None  # nothing decides 板材: not assigned
    assert "华泰科技" not in by_name                      # unknown stayed unknown: no error
    assert (r["assigned"], r["correct"]) == (2, 1)
    assert r["accuracy"] == 0.5
    assert r["coverage"] == round(2 / 3, 4)              # of the found projects with a gold sector
    assert r["coverage_of_gold"] == 0.5                  # of all projects with a gold sector
    assert "| all | 5 | 4 | 4 | 2 | 1 | 0.500 |" in format_sector_table(r)


def test_a_sector_given_where_the_text_says_nothing_is_an_error(tmp_path):
    gold = write_gold(tmp_path, [("城南体育馆", "-", "pretend the text says nothing")])
    r = evaluate_sectors(gold)
    assert (r["assigned"], r["correct"], r["assigned_without_gold_sector"]) == (1, 0, 1)


@pytest.mark.parametrize("rows, message", [
    ([("城南体育馆", "sport", "")], "no sector 'sport'"),
    ([("城南体育馆", "R89")], "3 cells, expected 4"),
])
def test_a_bad_gold_line_is_named(tmp_path, rows, message):
    gold = write_gold(tmp_path, rows)
    with pytest.raises(InputError, match=message):
        evaluate_sectors(gold)


def test_the_cli_prints_the_sector_table_and_needs_a_gold(tmp_path):
    gold = write_gold(tmp_path, [("城南体育馆", "R89", "")])
    result = CliRunner().invoke(main, ["eval", "--sectors", str(gold)])
    assert result.exit_code == 0 and "| all | 1 | 1 | 1 | 1 | 1 | 1.000 |" in result.output
    result = CliRunner().invoke(main, ["eval", "--sectors", str(gold), "--json"])
    assert json.loads(result.output)["sectors"]["accuracy"] == 1.0
    assert CliRunner().invoke(main, ["eval"]).exit_code == 2


@pytest.mark.slow
def test_the_sector_gold_meets_the_targets():
    from conftest import ROOT

    r = evaluate_sectors(ROOT / "tests" / "gold" / "sector")
    assert r["gold"] >= 300
    assert r["accuracy"] >= 0.85, r["accuracy"]
    assert r["coverage"] >= 0.80, r["coverage"]
