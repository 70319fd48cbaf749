"""relate.investment: the amount a sentence states for one work (invented sentences)."""
from decimal import Decimal

from conftest import process_text


def amounts(doc):
    names = {m.key: m.text for m in doc.mentions}
    return {names[f.subject]: f.value for f in doc.facts if f.type == "investment"}


def test_a_sentence_that_opens_with_the_work_gives_it_the_amount_of_a_later_clause():
    doc = process_text("澜川智能装备产业园项目是2023年省重点建设项目，计划总投资12亿元，占地300亩。")
    assert amounts(doc) == {"澜川智能装备产业园项目": Decimal("1200000000")}


def test_a_later_clause_gives_no_amount_to_a_listed_work_or_a_bare_threshold():
    doc = process_text("澜川智能装备产业园项目、青禾食品加工厂建设等9个项目集中开工，总投资31亿元。")
    assert amounts(doc) == {}
    doc = process_text("澜川智能装备产业园项目建设如火如荼，20亿元以上制造业项目实现新突破。")
    assert amounts(doc) == {}
    # the work does not open the sentence: it is not what the sentence speaks of
    doc = process_text("县长到澜川智能装备产业园项目调研，总投资12亿元的新区路网同步推进。")
    assert "澜川智能装备产业园项目" not in amounts(doc)


def test_the_work_spoken_of_in_the_next_sentence_takes_its_amount():
    doc = process_text("全县集中开工活动在澜川智能装备产业园项目现场举行。该项目总投资3亿元，规划建设两条生产线。")
    assert amounts(doc) == {"澜川智能装备产业园项目": Decimal("300000000")}
    doc = process_text("澜川智能装备产业园项目正加紧施工。“项目总投资7亿元。")
    assert amounts(doc) == {"澜川智能装备产业园项目": Decimal("700000000")}


def test_the_next_sentence_gives_no_amount_to_two_works_or_across_a_paragraph():
    doc = process_text("澜川智能装备产业园项目和青禾冷链物流中心项目同日开工。该项目总投资3亿元。")
    assert amounts(doc) == {}
    doc = process_text("主会场设在澜川智能装备产业园项目现场。\n项目总投资3亿元，规划建设两条生产线。")
    assert amounts(doc) == {}
    # a sentence that does not open with the work spoken of
    doc = process_text("主会场设在澜川智能装备产业园项目现场。全县重点项目总投资30亿元。")
    assert amounts(doc) == {}


def test_an_amount_over_a_hundred_yi_belongs_to_the_work_it_qualifies():
    doc = process_text("总投资超百亿元的澜川国际文旅小镇项目正式开工。")
    assert amounts(doc) == {"澜川国际文旅小镇项目": Decimal("10000000000")}
    doc = process_text("带动数百亿元投资的澜川国际文旅小镇项目正式开工。")
    assert amounts(doc) == {}


def test_invented_sentences_that_state_no_amount_of_the_work_spoken_of():
    for text in ["全县共实施重点项目52个，其中澜川智能装备产业园项目已开工。项目总投资120亿元。",
                 "县长在澜川智能装备产业园项目调研时指出，总投资10亿元以上的项目要加快推进。",
                 "澜川智能装备产业园项目开工。全县重点项目总投资30亿元。",
                 "澜川智能装备产业园项目正加紧施工，累计完成投资3亿元。",
                 "澜川智能装备产业园项目是省重点项目。本次集中开工项目总投资15亿元。",
                 "澜川智能装备产业园项目建成投产，带动全县工业投资增长12%，总投资增速全市第一。",
                 # an amount that qualifies what follows it (…的X) is not the subject's
                 "澜川产业园项目是全县重点项目，总投资50亿元的青禾物流园同步开工。",
                 "澜川水库除险加固工程完工，投资800万元的青禾小学教学楼同时交付。"]:
        assert amounts(process_text(text)) == {}, text


def test_the_works_own_size_between_it_and_its_amount_leaves_it_the_amount():
    doc = process_text("澜川食品产业园项目位于青禾镇，占地300亩，建筑面积2.5万平方米，总投资5亿元。")
    assert amounts(doc) == {"澜川食品产业园项目": Decimal("500000000")}
    doc = process_text("澜川食品产业园项目位于青禾镇，带动就业2000人，总投资5亿元。")
    assert amounts(doc) == {}


def test_the_guard_against_other_figures_reads_a_number_whole():
    # the number is read whole, never from its middle or its head alone (the guard was cubic in a long
    # run of digits before a unit of size: the anchored form tries each number once)
    import re

    from kg.relate.project import rules

    listed = rules().investment.subject_listed
    assert re.search(listed, "带动就业1.5万人").group() == "1.5"
    assert re.search(listed, "占地12.5亩，建筑面积30000平方米") is None
    assert re.search(listed, "年产值" + "1" * 400 + "元").group() == "1" * 400
    doc = process_text("澜川食品产业园项目位于青禾镇，占地" + "1" * 300 + "亩，总投资5亿元。")
    assert amounts(doc) == {"澜川食品产业园项目": Decimal("500000000")}


def test_the_works_size_in_wan_mu_kilometres_or_kilowatts_leaves_it_the_amount():
    for text, size in [("澜川现代农业示范园项目位于青禾镇，占地1.2万亩，总投资5亿元。", "1.2万亩"),
                       ("澜川至青禾一级公路项目起于澜川镇，全长12公里，总投资5亿元。", "12公里"),
                       ("澜川风电场项目位于青禾山，装机容量10万千瓦，总投资5亿元。", "10万千瓦"),
                       ("澜川光伏电站项目位于青禾镇，装机容量50兆瓦，总投资5亿元。", "50兆瓦"),
                       ("澜川储能电站项目位于青禾镇，装机容量800千瓦，总投资5亿元。", "800千瓦")]:
        found = amounts(process_text(text))
        assert list(found.values()) == [Decimal("500000000")], (size, found)


def test_a_clause_between_with_a_subject_of_its_own_takes_the_amount_from_the_work():
    for text in ["澜川智能装备产业园项目举行开工仪式，全县第二批重点项目同步开工，总投资80亿元。",
                 "澜川智能装备产业园项目开工，全县一季度重大项目集中开工，总投资120亿元。",
                 "澜川智能装备产业园项目集中开工，此次集中开工三十二个，总投资120亿元。",
                 "澜川智能装备产业园项目集中开工，同时开工的还有12批次，总投资120亿元。",
                 "澜川智能装备产业园项目开工，带动就业两千人，总投资2亿元。",
                 "澜川智能装备产业园项目开工，新增岗位三百余个，总投资2亿元。"]:
        assert amounts(process_text(text)) == {}, text
    # the work's own clause may call it a project; a year or its size between leaves it the amount
    doc = process_text("澜川智能装备产业园项目是全省重点项目，2023年开工，占地三百亩，总投资8亿元。")
    assert amounts(doc) == {"澜川智能装备产业园项目": Decimal("800000000")}


def test_the_next_sentence_gives_no_second_amount_to_a_work_whose_amount_is_stated():
    doc = process_text("澜川智能装备产业园项目开工，总投资8亿元。项目总投资3亿元。")
    assert [f.value for f in doc.facts if f.type == "investment"] == [Decimal("800000000")]
    doc = process_text("总投资8亿元的澜川智能装备产业园项目开工。该项目总投资3亿元，占地200亩。")
    assert [f.value for f in doc.facts if f.type == "investment"] == [Decimal("800000000")]
    # (a work stated before does not leave the other of two works spoken of alone)
    doc = process_text("澜川智能装备产业园项目总投资8亿元。澜川智能装备产业园项目和青禾冷链物流中心项目同日开工。项目总投资3亿元。")
    assert [f.value for f in doc.facts if f.type == "investment"] == [Decimal("800000000")]


def test_a_work_joined_to_a_further_named_thing_gives_the_pair_s_sum_to_neither():
    for text in ["澜川智能装备产业园项目及配套的青禾冷链物流中心开工，总投资8亿元。",
                 "澜川智能装备产业园项目以及青禾污水处理厂同步开工，总投资8亿元。",
                 "澜川智能装备产业园项目和周边配套道路同步建设，总投资8亿元。",
                 "澜川智能装备产业园项目及配套的青禾冷链物流中心开工。项目总投资8亿元。",
                 "澜川智能装备产业园项目与青禾文化广场同日开工。该项目总投资8亿元。"]:
        assert amounts(process_text(text)) == {}, text
    # a work that acts with someone (及时, 与…签约) is still the one spoken of
    doc = process_text("澜川智能装备产业园项目及时复工，总投资8亿元。")
    assert amounts(doc) == {"澜川智能装备产业园项目": Decimal("800000000")}
    doc = process_text("澜川智能装备产业园项目与县政府正式签约，总投资8亿元。")
    assert amounts(doc) == {"澜川智能装备产业园项目": Decimal("800000000")}


def test_an_investment_record_without_its_guards_is_refused(tmp_path):
    # leaving out subject_listed (or subject_between) must not turn the guard off silently
    import re

    import pytest

    from kg import rulebook
    from kg.relate.project import RelateRules

    text = rulebook.rule_file("relate").read_text(encoding="utf-8")
    for key in ("subject_listed", "subject_between", "subject_clause"):
        path = tmp_path / "relate.toml"
        path.write_text(re.sub(rf"(?m)^{key} = .*\n", "", text), encoding="utf-8")
        with pytest.raises(rulebook.RuleError, match=rf'lacks the key "{key}"'):
            rulebook.load("relate", RelateRules, path)


def test_the_work_spoken_of_after_a_reporters_lead_or_its_own_description_takes_the_amount():
    doc = process_text("全县集中开工活动在青禾智能仓储中心项目现场举行。据悉，该项目总投资1.6亿元，明年投用。")
    assert amounts(doc) == {"青禾智能仓储中心项目": Decimal("160000000")}
    doc = process_text("青禾智能仓储中心项目昨日封顶。记者从县发改局了解到，该项目选址城北，规划用地80亩，计划总投资5亿元。")
    assert amounts(doc) == {"青禾智能仓储中心项目": Decimal("500000000")}
    doc = process_text("青禾智能仓储中心项目昨日封顶。这个项目是省级重点项目，建筑面积3万平方米，总投资4亿元。")
    assert amounts(doc) == {"青禾智能仓储中心项目": Decimal("400000000")}


def test_the_work_spoken_of_gives_no_amount_to_what_the_sentence_is_about_instead():
    work = "青禾智能仓储中心项目昨日封顶。"
    for text in (
        # a bare 这个/这一 before another noun: the sentence is about that
        "这个园区占地3000亩，计划总投资50亿元。", "这一举措标志着园区建设进入新阶段，计划总投资8亿元。",
        "这一天，计划总投资8亿元。", "这个月，计划总投资8亿元。",
        # the work's clause speaks of what is beside it, or of its effects
        "该项目所在园区占地3000亩，计划总投资50亿元。", "该项目周边，配套路网同步推进，总投资5亿元。",
        "这个项目建成后，配套道路同步建设，总投资2亿元。", "这个项目带动就业两千人，总投资3亿元。",
        "据了解，这个项目所在的片区，路网同步推进，投资10亿元。",
        # another subject, a count or another figure between
        "这个项目占地60亩，全县12个项目同步开工，计划总投资8亿元。", "这个项目占地60亩，年产值2000万元，计划总投资8亿元。",
        "据了解，全县重点项目总投资80亿元。",
    ):
        assert amounts(process_text(work + text)) == {}, text
