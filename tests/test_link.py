"""link: surface forms of one thing fold to one key; merge across documents."""
from kg import link
from kg.document import Mention

from conftest import forms_by_key, process_text


def key(type_, text):
    return link.key_of(Mention(type_, text, 0, len(text), "t", 1.0))[0]


def test_enterprise_legal_name_and_short_name_share_a_key():
    assert key("Enterprise", "山西晋鑫钢铁有限公司") == key("Enterprise", "晋鑫钢铁") == key("Enterprise", "晋鑫钢铁集团")
    assert key("Enterprise", "平遥县宏泰化工有限公司") == key("Enterprise", "宏泰化工")
    assert key("Enterprise", "宏泰化工") != key("Enterprise", "宏达化工")


def test_park_full_and_short_names_share_a_key():
    assert key("Park", "介休省级经济技术开发区") == key("Park", "介休经开区") == key("Park", "介休经济技术开发区")


def test_counties_link_by_code():
    m = Mention("County", "平遥", 0, 2, "t", 1.0, attrs={"code": "140728"})
    assert link.key_of(m)[0] == "county/140728"


def test_merge_across_documents_keeps_every_form():
    a = process_text("山西晋鑫钢铁有限公司投资建设转炉项目。", name="a.txt")
    b = process_text("晋鑫钢铁年产100万吨棒材项目投产。", name="b.txt")
    entities = link.merge([a, b])
    steel = entities[key("Enterprise", "晋鑫钢铁")]
    assert steel.label == "山西晋鑫钢铁有限公司"
    assert steel.aliases == {"晋鑫钢铁"}
    from kg import assemble
    from kg.vocab import KG, document_iri, entity_iri

    ds = assemble.assemble([a, b], entities)
    mentioned = {o for _, _, o, _ in ds.quads((entity_iri(steel.key), KG.mentionedIn, None, None))}
    assert mentioned == {document_iri("a"), document_iri("b")}
    log = link.merge_log(entities)
    assert "山西晋鑫钢铁有限公司 | 晋鑫钢铁" in log and "link.legal-suffix" in log


def test_parks_fold_within_the_documents_county():
    doc = process_text("介休市经济技术开发区扩区，介休经济技术开发区引进项目，建设义安陶瓷产业园，义安陶瓷园区投产。",
                       county_code="140781")
    keys = forms_by_key(doc, "Park")
    assert {"介休市经济技术开发区", "介休经济技术开发区"} in keys
    assert {"义安陶瓷产业园", "义安陶瓷园区"} in keys


def test_one_market_or_cultural_park_under_two_kind_words():
    assert key("Park", "东关蔬菜批发市场") == key("Park", "东关蔬菜交易市场")
    assert key("Park", "古城陶艺文化产业园") == key("Park", "古城陶艺文化园")


def test_a_work_of_the_documents_county_with_and_without_the_county():
    doc = process_text("实施平遥县古城墙修缮工程。古城墙修缮工程年内完工。", county_code="140728")
    keys = {m.key for m in doc.mentions if m.type == "Project"}
    assert keys == {"project/古城墙修缮"}
    other = process_text("实施平遥县古城墙修缮工程。", county_code="140781")
    assert {m.key for m in other.mentions if m.type == "Project"} == {"project/平遥县古城墙修缮"}


def test_a_lines_scope_word_does_not_change_the_line():
    assert key("Strategy", "全面从严治党") == key("Strategy", "从严治党")
    assert key("Strategy", "全面小康") != key("Strategy", "小康")


def test_a_frameworks_members_listed_twice_in_other_words_are_one_member_each():
    doc = process_text("做好“两篇文章”：\n-当好现代农业“排头兵”\n-打造文化旅游“新高地”\n"
                       "要求各部门做好农业提质、文化提位两篇文章。")
    merged = forms_by_key(doc, "Strategy")
    assert {"当好现代农业排头兵", "农业提质"} in merged
    assert {"打造文化旅游新高地", "文化提位"} in merged
    folds = {f for m in doc.mentions for f in m.attrs.get("folds", [])}
    assert "link.same-member" in folds


def test_a_park_listed_by_the_first_characters_of_its_parts_is_that_park():
    doc = process_text("抓好光电智造、绿色食品等3个产业园建设。光电信息及智能制造产业园入驻企业20家。", county_code="140781")
    assert {"光电智造", "光电信息及智能制造产业园"} in forms_by_key(doc, "Park")


def test_a_park_named_without_its_town_is_the_same_park():
    doc = process_text("城关红木家具创业园成效明显。围绕红木家具产业园完善配套。", county_code="140781")
    assert {"城关红木家具创业园", "红木家具产业园"} in forms_by_key(doc, "Park")
    two = process_text("城关红木家具创业园、东关红木家具创业园成效明显。围绕红木家具产业园完善配套。", county_code="140781")
    assert {"红木家具产业园"} in forms_by_key(two, "Park")  # two towns: which one is not said


def test_the_pattern_a_line_makes_is_the_line():
    assert key("Strategy", "三区两带格局") == key("Strategy", "三区两带")
    assert key("Strategy", "新发展格局") != key("Strategy", "新发展理念")


def test_a_brand_opening_a_work_is_the_company_named_with_that_brand_after_its_places():
    doc = process_text("此次开工的陕西澜佑年产60万吨机制砂建设项目，由陕西澜佑矿业有限公司投资建设。"
                       "投资25亿元的澜原生猪养殖加工项目开工，黑龙江克山澜原农牧有限公司负责人出席。")
    groups = forms_by_key(doc, "Enterprise")
    assert {"陕西澜佑", "陕西澜佑矿业有限公司"} in groups
    assert {"澜原", "黑龙江克山澜原农牧有限公司"} in groups


def test_a_brand_two_companies_share_names_neither():
    doc = process_text("澜佑科技、澜佑农业签约落户，投资3亿元的澜佑智能装备项目开工。")
    assert {"澜佑"} in forms_by_key(doc, "Enterprise")


def test_a_brand_is_looked_up_by_the_key_its_name_folds_to(monkeypatch):
    # a user's names.toml that folds a variant character (澜 -> 兰) folds the brand of
    # 陕西澜佑矿业有限公司 as it folds the bare 陕西澜佑: the two still meet
    import dataclasses

    from kg import names

    cfg = names.rules()
    mine = dataclasses.replace(cfg, replace=cfg.replace + (names.Replace(id="my.variant", pairs=(("澜", "兰"),)),))
    monkeypatch.setattr(names, "rules", lambda: mine)
    doc = process_text("此次开工的陕西澜佑年产60万吨机制砂建设项目，由陕西澜佑矿业有限公司投资建设。")
    assert {"陕西澜佑", "陕西澜佑矿业有限公司"} in forms_by_key(doc, "Enterprise")
