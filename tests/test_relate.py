"""relate: the five relations of the guidelines, each with its evidence sentence."""
from decimal import Decimal

from conftest import process_text


def facts(doc, type_):
    return [f for f in doc.facts if f.type == type_]


def label(key):
    return key.split("/", 1)[1]


def test_enterprise_undertakes_project_with_investment():
    doc = process_text("晋鑫钢铁总投资12亿元的年产100万吨棒材项目开工建设。", county_code="140728")
    (u,) = facts(doc, "undertakenBy")
    assert "棒材" in label(u.subject) and label(u.object) == "晋鑫钢铁"
    (inv,) = facts(doc, "investment")
    assert inv.value == Decimal("1200000000")
    assert doc.text[inv.start : inv.end].startswith("晋鑫钢铁总投资12亿元")
    assert any(f.value == "100万吨" for f in facts(doc, "capacity"))


def test_project_in_park_and_park_in_county():
    doc = process_text("在介休经济技术开发区建设焦炉煤气制氢项目。", county_code="140781")
    (p,) = facts(doc, "locatedInPark")
    assert "制氢" in label(p.subject) and "介休" in label(p.object)
    assert any(f.object == "county/140781" for f in facts(doc, "locatedIn"))


def test_county_implements_strategies_and_members_are_part_of_the_framework():
    doc = process_text("全力打造“三个平遥”：文化平遥、生态平遥、活力平遥。深入实施乡村振兴战略。", county_code="140728")
    implemented = {label(f.object) for f in facts(doc, "implements")}
    assert {"三个平遥", "文化平遥", "乡村振兴"} <= implemented
    assert all(f.subject == "county/140728" for f in facts(doc, "implements"))
    members = {label(f.subject) for f in facts(doc, "partOf") if label(f.object) == "三个平遥"}
    assert members == {"文化平遥", "生态平遥", "活力平遥"}


def test_a_county_named_only_inside_other_names_implements_nothing():
    # invented: the report is about 镇巴县 (its title, its zone) but never names the place: its lines
    # are the report's, not an `implements` of a county the text does not speak of (County [])
    for text in ("《镇巴县2024年政府工作报告》\n各位代表：全县上下深入实施乡村振兴战略。",
                 "全县加快建设，镇巴县富硒食品产业园区获批省级园区，深入实施乡村振兴战略。"):
        doc = process_text(text)
        assert doc.meta["county_code"] == "610728", text
        assert not facts(doc, "implements"), text
    # named as the place once, it implements them
    doc = process_text("全县加快建设，镇巴县富硒食品产业园区获批省级园区。镇巴县深入实施乡村振兴战略。")
    assert {label(f.object) for f in facts(doc, "implements")} == {"乡村振兴"}
    # a manifest's county implements its report's lines, named or not
    doc = process_text("全县上下深入实施乡村振兴战略。", county_code="610728")
    assert {label(f.object) for f in facts(doc, "implements")} == {"乡村振兴"}


def test_a_park_in_a_section_heading_holds_the_enterprises_under_it():
    doc = process_text("专栏3：介休经济技术开发区重点产业\n1.焦化\n依托宏泰化工、晋鑫钢铁，发展精细化工。\n"
                       "专栏4：乡村振兴重点任务\n支持山西康宁药业有限公司发展。", county_code="140781")
    held = {(label(f.subject), label(f.object)) for f in facts(doc, "locatedInPark")}
    assert {("宏泰化工", "介休经开区"), ("晋鑫钢铁", "介休经开区")} <= held
    assert any(m.text == "山西康宁药业有限公司" for m in doc.mentions)
    assert not any("康宁" in e for e, _ in held)  # the next section is not the park's


def test_a_bulleted_item_heads_no_section():
    from conftest import process_text

    doc = process_text("做好“两篇文章”\n-建设城东物流园区\n-做强县域工业\n依托恒泰机床、鑫达化工等企业加快技术改造。")
    assert not [f for f in doc.facts if f.type == "locatedInPark" and f.rule == "relate.section-park"]


def test_lines_after_a_counted_framework_are_its_members_only_across_the_marks_of_a_list():
    doc = process_text("深入实施三大战略：工业强县、农业稳县、旅游兴县。奋力建设“四个高地”，实施“双百工程”，推进“千村整治”工程。")
    parts = {(label(f.subject), label(f.object)) for f in facts(doc, "partOf")}
    assert {("工业强县", "三大战略"), ("旅游兴县", "三大战略")} <= parts
    # a verb opening a clause of its own makes the next lines the framework's peers
    assert not {p for p in parts if p[1] == "四个高地"}


def test_a_dash_or_is_opening_the_list_of_a_framework_s_members():
    # 四大战略——A、B: the dash opens the list as a colon does; 是 and 就是 say what the framework holds
    # (and 就是 is no part of the first member's name)
    for joint in ("——", "是", "就是"):
        doc = process_text(f"全面推进四大战略{joint}产业富县、生态立县、文化兴县。")
        parts = {(label(f.subject), label(f.object)) for f in facts(doc, "partOf")}
        assert {("产业富县", "四大战略"), ("文化兴县", "四大战略")} <= parts, joint
