"""Strategy rules: 战略, quoted lines, frameworks, national lines, campaigns; negatives."""
from conftest import names, process_text


def test_strategies_and_frameworks():
    doc = process_text("深入实施创新驱动战略和文旅强县战略，落实“3355”总体思路，推进“两山”理念转化，"
                       "开展招商引资大行动，推行林长制。")
    found = names(doc, "Strategy")
    assert {"创新驱动战略", "文旅强县战略", "3355总体思路", "招商引资大行动", "林长制"} <= found


def test_counted_framework_and_members():
    doc = process_text("全力打造“三个平遥”：文化平遥、生态平遥、活力平遥。", county_code="140728")
    found = names(doc, "Strategy")
    assert {"三个平遥", "文化平遥", "生态平遥", "活力平遥"} <= found


def test_plans_and_aims_are_not_strategies():
    doc = process_text("编制国土空间规划，推动高质量发展，印发实施方案。")
    assert names(doc, "Strategy") == set()
