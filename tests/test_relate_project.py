"""relate.project: undertakenBy, locatedInPark, locatedIn, capacity read from frames (investment: tests/test_relate_investment.py)."""
from decimal import Decimal

from conftest import process_text


def facts(doc, type_):
    return [f for f in doc.facts if f.type == type_]


def pairs(doc, type_):
    return {(f.subject.split("/", 1)[1], f.object.split("/", 1)[1]) for f in facts(doc, type_)}


def test_actor_before_the_project_with_its_amount():
    doc = process_text("启动丰泽化工总投资8亿元的20万吨煤焦油深加工项目。", county_code="141024")
    (u,) = facts(doc, "undertakenBy")
    assert "煤焦油深加工" in u.subject and u.object.endswith("丰泽化工")
    (inv,) = facts(doc, "investment")
    assert inv.value == Decimal("800000000") and inv.rule.startswith("relate.")
    s = doc.sentences[0]
    assert (u.start, u.end) == (s.start, s.end)


def test_total_wins_over_annual_for_one_project():
    doc = process_text("华泽能源年产30万吨甲醇项目，总投资6亿元，年度投资1.5亿元。", county_code="141024")
    values = [f.value for f in facts(doc, "investment")]
    assert values == [Decimal("600000000")]


def test_subject_named_after_the_work_in_a_plan_column():
    doc = process_text("3.农产品冷链物流中心建设项目：实施主体为山西丰禾农业科技有限公司，建设冷库2万吨。")
    assert any("冷链物流中心" in s and "丰禾" in o for s, o in pairs(doc, "undertakenBy"))


def test_lead_enterprise_and_quoted_works():
    doc = process_text("重点推进晋阳新能“储能电池模组”“氢燃料发动机”等项目落地投产。")
    got = pairs(doc, "undertakenBy")
    assert {s for s, o in got if "晋阳新能" in o} >= {"储能电池模组", "氢燃料发动机"}


def test_park_in_the_name_of_a_work_and_settling_enterprises():
    doc = process_text("芦芽山经济技术开发区污水管网改造工程开工。宏泰机械入驻芦芽山经济技术开发区。", county_code="141032")
    got = pairs(doc, "locatedInPark")
    assert any("污水管网" in s for s, o in got)
    assert any(s == "宏泰机械" for s, o in got)


def test_no_relation_across_sentences_or_for_unrelated_neighbours():
    doc = process_text("宏泰机械产值增长20%。实施城东污水处理厂提标改造工程。")
    assert facts(doc, "undertakenBy") == []


def test_park_lies_in_the_document_county():
    doc = process_text("芦芽山经济技术开发区新落地项目12个。", county_code="141032")
    assert any(f.object == "county/141032" for f in facts(doc, "locatedIn"))


def test_lead_enterprises_sit_in_the_park_built_next():
    doc = process_text("依托宏泰钢铁、鑫达冶炼、盛和公司等冶金企业，加快芦芽山精品钢园区建设。")
    got = pairs(doc, "locatedInPark")
    assert {s for s, o in got} >= {"宏泰钢铁", "鑫达冶炼", "盛和"}  # keys drop 公司


def test_a_park_opening_the_sentence_holds_its_enterprises():
    doc = process_text("芦芽山园区大企业完成超低排放改造，特别是永泰钢铁破产重组为鑫达钢铁。")
    assert ("鑫达钢铁", "芦芽山园区") in pairs(doc, "locatedInPark")


def test_bare_park_word_in_a_work_means_the_documents_park():
    doc = process_text("建成芦芽山经济技术开发区。推动实施城际铁路、开发区铁路专线等重点工程。")
    got = pairs(doc, "locatedInPark")
    assert any(s == "开发区铁路专线" for s, o in got)


def test_an_enterprise_building_a_park_inside_the_zone_sits_in_both():
    doc = process_text("建成芦芽山经济技术开发区。以恒岳电气为龙头发展装备制造。"
                       "依托恒岳电气在经济开发区内建设中部储能装备产业园。", county_code="140928")
    got = pairs(doc, "locatedInPark")
    assert ("恒岳电气", "五寨中部储能装备") in got
    assert any(s == "恒岳电气" and o.endswith("经开区") for s, o in got)


def test_a_company_named_by_an_everyday_word_before_a_corporate_event():
    doc = process_text("芦芽山园区大企业完成超低排放改造，特别是长青工贸破产重组为鑫达钢铁。")
    assert ("长青工贸", "芦芽山园区") in pairs(doc, "locatedInPark")


def test_projects_and_enterprises_lie_in_the_document_county():
    doc = process_text("实施鑫达钢铁年产50万吨型钢项目。", county_code="141032")
    located = pairs(doc, "locatedIn")
    assert any("型钢" in s for s, o in located) and ("鑫达钢铁", "141032") in located


def test_a_work_the_text_places_in_another_county_is_not_in_this_one():
    doc = process_text("协助平遥县建设古城保护工程。", county_code="141032")
    assert not any("古城保护" in s for s, _ in pairs(doc, "locatedIn"))


def test_a_listed_work_named_after_its_company_is_undertaken_by_it():
    doc = process_text("沐拓农药、瑞澜宏泰等12个亿元以上项目竣工投产。", county_code="141024")
    assert {("沐拓农药", "沐拓农药"), ("瑞澜宏泰", "瑞澜宏泰")} <= pairs(doc, "undertakenBy")


def test_the_actor_before_a_work_is_the_nearest_mention_not_a_work_it_opens():
    doc = process_text("中粮直属库项目进展顺利,锦华苑、天悦府等一批房地产项目竣工。", county_code="141024")
    assert not any(s in ("锦华苑", "天悦府") for s, _ in pairs(doc, "undertakenBy"))


def amounts(doc):
    names = {m.key: m.text for m in doc.mentions}
    return {names[f.subject]: f.value for f in facts(doc, "investment")}


def test_each_amount_belongs_to_the_work_that_follows_it():
    doc = process_text("启动总投资3亿元的城南污水处理厂扩建项目、总投资5亿元的滨河公园改造工程。", county_code="141024")
    assert amounts(doc) == {"城南污水处理厂扩建项目": Decimal("300000000"), "滨河公园改造工程": Decimal("500000000")}


def test_an_amount_right_after_a_work_belongs_to_it_in_a_list():
    doc = process_text("争取城北水厂供水工程1.2亿元贷款、东湖泵站更新改造项目0.8亿元贷款。", county_code="141024")
    assert amounts(doc) == {"城北水厂供水工程": Decimal("120000000"), "东湖泵站更新改造项目": Decimal("80000000")}


def test_a_sum_stated_for_a_group_is_no_members_amount():
    doc = process_text("启动总投资3.3亿元的城西供热管网改造、城东雨污分流改造、北关街道路改造等项目。"
                       "12个新增专项债项目共获得6.3亿元额度。全年谋划储备项目85个,总投资96亿元。"
                       "共计投资5亿元的滨河路改造工程开工。", county_code="141024")
    assert amounts(doc) == {}


def test_an_amount_that_ends_its_clause_belongs_to_the_work_the_next_clause_builds():
    doc = process_text("澜峰泰和团队投资50亿元,倾力打造薰衣草花海田园综合体项目。", county_code="141024")
    assert amounts(doc) == {"薰衣草花海田园综合体项目": Decimal("5000000000")}


def test_a_numeral_inside_a_product_name_is_no_amount():
    doc = process_text("投资9亿元澜拓三元锂电池、7亿元锦昊水泥技改等21个项目开工建设。", county_code="141024")
    assert amounts(doc) == {"澜拓三元锂电池": Decimal("900000000"), "锦昊水泥技改": Decimal("700000000")}


def test_the_enterprise_opening_the_clause_before_undertakes_the_work_built_next():
    doc = process_text("澜峰集团投资12亿元,建设全市首个肉鸡屠宰冷链一体化项目。", county_code="141024")
    assert any("肉鸡屠宰冷链一体化" in s and "澜峰" in o for s, o in pairs(doc, "undertakenBy"))


def test_a_clause_that_names_no_actor_before_the_work_gives_none():
    doc = process_text("澜峰集团今年产值增长12%,建设全市首个肉鸡屠宰冷链一体化项目。", county_code="141024")
    assert pairs(doc, "undertakenBy") == set()


def test_a_place_between_the_enterprise_and_its_work_leaves_the_enterprise_the_actor():
    doc = process_text("锦昊集团在平遥县建设年产5万吨铸件项目。", county_code="141024")
    assert any("铸件" in s and "锦昊" in o for s, o in pairs(doc, "undertakenBy"))


def test_the_works_listed_after_one_a_park_opens_are_in_that_park():
    doc = process_text("城东商贸集聚区康养综合体项目、锦华广场等重点项目加快建设。", county_code="141024")
    assert any(s == "锦华广场" and o.endswith("城东商贸集聚区") for s, o in pairs(doc, "locatedInPark"))


def test_a_park_inside_a_later_item_of_a_list_opens_no_list_of_its_own():
    doc = process_text("推进县医院迁建项目、城东商贸集聚区康养综合体项目、锦华广场等重点项目加快建设。", county_code="141024")
    got = pairs(doc, "locatedInPark")
    assert any("康养综合体" in s and o.endswith("城东商贸集聚区") for s, o in got)  # (the item that names it is in it)
    assert not any(s == "锦华广场" for s, o in got)


def test_a_later_item_that_names_a_park_of_its_own_is_in_that_park_only():
    doc = process_text("加快推进西关工业园区标准化厂房建设、智慧园区平台及东关工业园区文化路建设项目。", county_code="141024")
    got = pairs(doc, "locatedInPark")
    parks = {o for s, o in got if "文化路" in s}
    assert len(parks) == 1 and "东关" in parks.pop()


def test_a_parks_own_making_is_not_in_the_park():
    doc = process_text("启动城东智慧冷链物流园项目，推进蒙澜大豆循环经济产业园有序搬迁。", county_code="141024")
    assert pairs(doc, "locatedInPark") == set()


def test_a_route_to_a_park_its_enlarging_moving_or_cluster_and_its_other_name_are_not_in_it():
    # (invented: the road ends at the park; the park enlarged by a quarter, moved whole, its group of works;
    # the park named in brackets as the work's other name)
    doc = process_text("推进禾丰镇至青禾经济开发区道路改造工程，实施青禾工业园区东部片区扩园项目，推进城东物流园集中搬迁。"
                       "建设柘阳康养综合体(银发产业园)项目，青禾产业园产业集群项目开工。", county_code="141024")
    assert pairs(doc, "locatedInPark") == set()
    # (a work after a note in brackets, a work of the park's own name, a phase: in the park)
    doc = process_text("建设青禾田园综合体(康养小镇)建设项目，青禾经济开发区供水管网工程开工，青禾产业园(二期)开工。",
                       county_code="141024")
    assert pairs(doc, "locatedInPark") == {("青禾田园综合体(康养小镇)", "洪洞青禾田园综合体"),
                                           ("青禾经开区供水管网", "洪洞青禾经开区"), ("青禾产业园(二期)", "洪洞青禾")}


def test_a_route_from_a_place_to_a_park_is_not_in_it_with_to_outside_the_work_s_name():
    # (invented: 到 ends the work's name on the left; the road leads from a town, the county town to the park)
    for text in ("实施汀溪镇到澄川经济开发区道路改造工程。", "推进县城到柘阳工业园区道路提升工程。"):
        doc = process_text(text, county_code="141024")
        assert any(m.type == "Project" for m in doc.mentions), text
        assert pairs(doc, "locatedInPark") == set(), text
    # (a verb's 到 before the park: the work is in it)
    doc = process_text("引导企业落户到柘阳工业园区标准化厂房工程。", county_code="141024")
    assert ("柘阳工业园标准化厂房", "洪洞柘阳") in pairs(doc, "locatedInPark")


def test_a_park_in_brackets_after_a_work_of_making_is_where_the_work_is():
    # (invented: the bracket names the park the work is built in, not the work's other name)
    doc = process_text("实施年产8万吨菌棒加工（柘阳产业园）项目。", county_code="141024")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"年产8万吨菌棒加工（柘阳产业园）"}
    doc = process_text("实施岚峰材料年产3万吨玄武岩纤维（澄川经济开发区）项目。", county_code="141024")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"岚峰材料年产3万吨玄武岩纤维（澄川经开区）"}
    # (after a place of its own kind the bracket is the work's other name: no link)
    doc = process_text("建设汀溪文旅综合体（汀溪茶香产业园）项目。", county_code="141024")
    assert pairs(doc, "locatedInPark") == set()


def test_the_firms_named_after_a_park_that_speaks_of_its_enterprises_are_in_it():
    doc = process_text("全力支持城南新材料循环经济示范园骨干企业延链补链。重点支持澜峰化工、锦昊新材等企业发展碳纤维。",
                       county_code="141024")
    got = pairs(doc, "locatedInPark")
    assert {s for s, o in got if o.endswith("新材料循环经济示范园")} == {"澜峰化工", "锦昊新材"}


def test_a_heading_that_is_a_parks_name_holds_the_works_under_it():
    doc = process_text("（二）平遥经济技术开发区\n澜峰科技年产10万吨铸件项目建成投产。\n（三）民生事业\n推进污水处理厂项目。",
                       county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert any("铸件" in s for s, o in got) and not any("污水" in s for s, o in got)


def test_a_column_headed_by_a_park_holds_its_enterprises_not_its_works():
    doc = process_text("专栏6：平遥经济技术开发区产业重点发展方向\n1.医药化工\n依托澜峰化工建设吡咯类医药中间体中试基地。",
                       county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert any(s == "澜峰化工" for s, o in got) and not any("中试基地" in s for s, o in got)


def test_the_firms_a_park_newly_hosts_are_in_it():
    doc = process_text("平遥陶瓷产业园新入驻澜峰科技、锦昊集团等12家企业。", county_code="140728")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"澜峰科技", "锦昊"}  # (keys: 集团 folded)


def test_a_work_named_after_its_company_is_not_the_lead_firms_of_the_clause():
    doc = process_text("以澜峰集团、锦宏化工为链主企业，重点实施澜峰50万吨乙醇项目、10万吨新型炭材料项目。", county_code="140728")
    got = pairs(doc, "undertakenBy")
    assert {o for s, o in got if s.startswith("澜峰50万吨")} == {"澜峰"}


def test_an_enterprise_building_a_park_inside_another_sits_in_the_park_it_builds():
    doc = process_text("依托锦川科技在平遥经济技术开发区内建设平遥新能源产业园。", county_code="140728")
    assert {o for s, o in pairs(doc, "locatedInPark")} == {"平遥新能源"}  # (the key: 产业园 folded)


def test_when_the_lead_firms_works_are_named_after_them_the_others_are_not_theirs():
    doc = process_text("以澜峰集团、锦宏化工为链主企业，重点实施澜峰50万吨乙醇项目、可降解地膜项目、锦宏30万吨碳酸二甲酯项目。",
                       county_code="140728")
    got = pairs(doc, "undertakenBy")
    assert not any(s.startswith("可降解地膜") for s, o in got)
    assert any(s.startswith("锦宏30万吨") and o.startswith("锦宏") for s, o in got)


def test_an_amount_in_brackets_after_a_work_is_its_amount():
    doc = process_text("城南污水处理厂项目（总投资1.2亿元）开工建设。", county_code="140728")
    assert amounts(doc) == {"城南污水处理厂项目": Decimal("120000000")}


def test_the_firms_of_a_list_that_settles_in_a_park_are_in_it():
    doc = process_text("澜峰科技、世界500强企业锦昊集团等12家企业入驻平遥陶瓷产业园。", county_code="140728")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"澜峰科技", "锦昊"}


def test_firms_that_settle_in_the_bare_park_are_in_the_park_their_paragraph_names():
    doc = process_text("平遥陶瓷产业园管委会挂牌成立。引进澜峰科技、锦昊新材料、沐川集团等15户企业入驻园区。\n"
                       "城东物流园开工。", county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert {s for s, o in got} == {"澜峰科技", "锦昊新材料", "沐川"}
    assert {o for s, o in got} == {"平遥陶瓷"}  # (the key: 产业园 folded)


def test_the_bare_park_is_none_when_the_paragraph_names_two():
    doc = process_text("建成平遥陶瓷产业园、城东物流园。引进澜峰科技等企业入驻园区。", county_code="140728")
    assert pairs(doc, "locatedInPark") == set()


def test_firms_listed_before_others_that_invest_do_not_settle():
    doc = process_text("澜峰科技、锦昊集团等企业投资超10亿元，沐川集团入驻平遥陶瓷产业园。", county_code="140728")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"沐川"}


def test_a_park_that_opens_the_sentence_as_its_subject_holds_the_works_named_after_it():
    doc = process_text("平遥陶瓷产业园大力推进基础设施建设，澜峰科技年产10万吨铸件项目建成投产。", county_code="140728")
    assert any("铸件" in s and o == "平遥陶瓷" for s, o in pairs(doc, "locatedInPark"))


def test_a_park_that_is_no_subject_or_another_place_after_it_holds_nothing():
    doc = process_text("平遥陶瓷产业园的道路已建成，澜峰科技年产10万吨铸件项目建成投产。"
                       "城东物流园加快建设，祁县澜峰科技年产20万吨铸件项目开工。", county_code="140728")
    assert pairs(doc, "locatedInPark") == set()


def test_the_bare_zone_that_opens_a_sentence_is_the_documents_zone_and_holds_its_works():
    doc = process_text("平遥经济技术开发区获批省级开发区。开发区新引进项目8个，澜峰科技年产10万吨铸件项目建成投产。",
                       county_code="140728")
    assert any("铸件" in s and o == "平遥经开区" for s, o in pairs(doc, "locatedInPark"))  # (the key: 经济技术开发区 folded)


def test_a_work_built_in_the_bare_zone_is_in_the_documents_zone():
    doc = process_text("平遥经济技术开发区获批省级开发区。澜峰科技在开发区投资5亿元建设年产10万吨铸件项目。",
                       county_code="140728")
    assert {(s, o) for s, o in pairs(doc, "locatedInPark")} == {("年产10万吨铸件", "平遥经开区"), ("澜峰科技", "平遥经开区")}


def test_a_work_inside_a_park_named_right_before_it_is_in_it():
    doc = process_text("平遥陶瓷产业园内的澜峰科技年产10万吨铸件项目建成投产。", county_code="140728")
    assert any("铸件" in s and o == "平遥陶瓷" for s, o in pairs(doc, "locatedInPark"))


def test_a_bare_zone_is_none_when_the_document_has_two_such_zones():
    doc = process_text("平遥经济技术开发区、城东经济开发区获批。开发区新引进项目8个，澜峰科技年产10万吨铸件项目建成投产。",
                       county_code="140728")
    assert pairs(doc, "locatedInPark") == set()


def test_a_sum_qualifying_a_work_and_the_others_after_it_is_no_members_amount():
    doc = process_text("总投资12亿元的城南污水处理厂等8个项目开工建设。", county_code="141024")
    assert amounts(doc) == {}


def test_an_amount_in_brackets_belongs_to_no_work_after_it():
    doc = process_text("城南老旧小区（投资3亿元）、城北供水工程建成投用。", county_code="141024")
    assert "城北供水工程" not in amounts(doc)


def test_respective_amounts_belong_to_the_works_in_their_order():
    doc = process_text("城南污水处理厂项目、城北供水工程分别投资3亿元、2亿元。", county_code="141024")
    assert amounts(doc) == {"城南污水处理厂项目": Decimal("300000000"), "城北供水工程": Decimal("200000000")}


def test_the_last_work_of_a_list_whose_works_carry_their_own_amounts_keeps_its_amount():
    doc = process_text("启动澜峰科技投资5亿元的年产10万吨铸件项目，锦昊集团投资2.4亿元的年产6万吨碳材料等项目。", county_code="141024")
    assert amounts(doc) == {"年产10万吨铸件项目": Decimal("500000000"), "年产6万吨碳材料": Decimal("240000000")}


def test_an_amount_stated_after_a_work_and_its_progress_belongs_to_it():
    doc = process_text("城南污水处理厂项目开工建设，总投资3亿元。城北供水工程，计划总投资2亿元。"
                       "滨河公园改造工程，该项目总投资1亿元。", county_code="141024")
    assert amounts(doc) == {"城南污水处理厂项目": Decimal("300000000"), "城北供水工程": Decimal("200000000"),
                            "滨河公园改造工程": Decimal("100000000")}


def test_an_amount_after_a_works_progress_and_another_figure_is_not_its_own():
    doc = process_text("城南污水处理厂项目开工建设，全县完成投资3亿元。城北供水工程开工，带动就业2000人，总投资2亿元。",
                       county_code="141024")
    assert amounts(doc) == {}


def test_a_company_that_builds_a_work_after_it_named_after_由():
    doc = process_text("城南污水处理厂项目由澜峰科技承建。", county_code="141024")
    assert pairs(doc, "undertakenBy") == {("城南污水处理厂", "澜峰科技")}


def test_the_enterprise_that_settles_undertakes_the_work_it_invests_in_next():
    doc = process_text("澜峰科技入驻平遥陶瓷产业园，投资5亿元建设年产10万吨铸件项目。", county_code="140728")
    assert ("年产10万吨铸件", "澜峰科技") in pairs(doc, "undertakenBy")


def test_respective_enterprises_undertake_the_works_in_their_order():
    doc = process_text("澜峰科技、锦昊集团分别实施年产10万吨铸件项目、年产5万吨碳材料项目。", county_code="141024")
    assert pairs(doc, "undertakenBy") == {("年产10万吨铸件", "澜峰科技"), ("年产5万吨碳材料", "锦昊")}


def test_a_firm_or_work_that_signs_and_settles_in_a_park_is_in_it():
    doc = process_text("澜峰签约入驻平遥陶瓷产业园。锦昊科技成功签约落户城东物流园。", county_code="140728")
    assert pairs(doc, "locatedInPark") == {("澜峰", "平遥陶瓷"), ("锦昊科技", "平遥城东物流园")}  # (keys: the county before a park)


def test_a_park_heading_its_paragraph_with_a_colon_holds_the_works_and_firms_of_the_paragraph():
    doc = process_text("平遥陶瓷产业园：全年新引进项目12个，澜峰科技年产10万吨铸件项目建成投产。锦昊集团追加投资3亿元。\n"
                       "城南污水处理厂项目开工。", county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert {s for s, o in got if o == "平遥陶瓷"} == {"澜峰科技年产10万吨铸件", "澜峰科技", "锦昊"}


def test_a_paragraph_headed_by_a_park_ends_at_another_place():
    doc = process_text("平遥陶瓷产业园：澜峰科技投资5亿元。城东物流园新入驻锦昊集团。祁县澜峰铸件项目开工。", county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert ("澜峰科技", "平遥陶瓷") in got and ("锦昊", "平遥陶瓷") not in got
    assert not any("铸件" in s for s, o in got)


def test_a_park_or_bare_zone_word_opening_a_short_heading_sentence_heads_its_paragraph():
    doc = process_text("——园区建设提速增效。完成澜峰科技、锦昊新材料等6户企业供地；引进年产10万吨铸件项目。\n"
                       "城南污水处理厂项目开工。", county_code="140728")
    assert pairs(doc, "locatedInPark") == set()  # (no park named: the bare word stands for none)
    doc = process_text("平遥陶瓷产业园获批省级园区。\n——园区建设提速增效。完成澜峰科技、锦昊新材料等6户企业供地；"
                       "引进年产10万吨铸件项目。\n城南污水处理厂项目开工。", county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert {s for s, o in got if o == "平遥陶瓷"} >= {"澜峰科技", "锦昊新材料", "年产10万吨铸件"}
    assert not any("污水" in s for s, o in got)


def test_a_sentence_that_opens_by_building_a_park_of_stated_size_is_about_the_park():
    doc = process_text("建设3000亩的平遥陶瓷产业园，已入驻澜峰科技、锦昊新材料等4家企业；"
                       "建设1200亩的城东物流园，沐川集团年产10万吨冷链仓储项目建成投产。", county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert {s for s, o in got if o == "平遥陶瓷"} == {"澜峰科技", "锦昊新材料"}
    assert any("冷链" in s and "城东物流园" in o for s, o in got)


def test_building_a_park_without_its_size_opens_a_list_of_tasks_not_the_parks_paragraph():
    doc = process_text("加快建设平遥陶瓷产业园，竣工投产澜峰科技年产10万吨铸件项目。", county_code="140728")
    assert not [f for f in doc.facts if f.rule == "relate.subject-park"]


def test_a_park_opening_a_long_sentence_heads_no_paragraph():
    doc = process_text("平遥陶瓷产业园获批省级园区，全县工业经济稳步增长。澜峰科技年产10万吨铸件项目建成投产。", county_code="140728")
    assert not [f for f in doc.facts if f.rule == "relate.paragraph-park"]


def test_the_investors_listed_before_an_amount_that_qualifies_a_work_undertake_it():
    doc = process_text("推进澜峰、沐澜、凯孚总投资13亿元的200MW风电项目。", county_code="141024")
    assert pairs(doc, "undertakenBy") == {("200MW风电", "澜峰"), ("200MW风电", "沐澜"), ("200MW风电", "凯孚")}


def test_the_enterprise_brought_in_undertakes_the_work_the_next_clause_builds():
    doc = process_text("成功引进澜峰科技，投资5亿元建设年产10万吨铸件项目。", county_code="141024")
    assert pairs(doc, "undertakenBy") == {("年产10万吨铸件", "澜峰科技")}


def test_an_enterprise_praised_in_the_clause_before_undertakes_nothing():
    doc = process_text("支持澜峰科技做大做强，建设年产10万吨铸件项目。", county_code="141024")
    assert pairs(doc, "undertakenBy") == set()


def test_a_company_after_the_signing_left_before_a_works_name_undertakes_it():
    doc = process_text("开展招商活动320余次，全年签约沐澜电池组装、峰珂实业冷链物流等优势项目38个。", county_code="141024")
    assert {p for p, e in pairs(doc, "undertakenBy") if e == "沐澜"}


def test_a_company_deep_inside_a_works_name_after_other_words_does_not_undertake_it():
    doc = process_text("建设城区沐澜路改造项目。", county_code="141024")
    assert not pairs(doc, "undertakenBy")


def test_firms_brought_into_a_park_after_a_comma_or_stacked_adverbs_are_in_it():
    doc = process_text("加快建设桐溪产业园，已入驻澜峰科技、锦昊新材料等企业。", county_code="140728")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"澜峰科技", "锦昊新材料"}
    doc = process_text("桐溪产业园今年新引进澜峰科技、锦昊新材料等企业。", county_code="140728")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"澜峰科技", "锦昊新材料"}
    # a park that is only the object of upkeep holds what the county brings in elsewhere
    doc = process_text("加快建设桐溪产业园，全县引进澜峰科技、锦昊新材料等企业。", county_code="140728")
    assert pairs(doc, "locatedInPark") == set()


def test_a_phase_of_a_park_is_in_the_park_only_when_its_name_begins_with_the_park_s():
    doc = process_text("岚桥物流园一期建成投用。五和茶旅产业园一期、青石冷链项目年内建成。")
    held = pairs(doc, "locatedInPark")
    assert ("岚桥物流园一期", "岚桥物流园") in held
    # jieba cuts 五|和 apart, so the park found is a piece of the work's own name: no park holds it
    assert not [p for p in held if p[0] in ("五和茶旅产业园一期", "青石冷链")]


def test_the_company_that_opens_the_next_clause_after_由_builds_the_work():
    doc = process_text("今年新上的年产5万吨澜峰铸件生产项目，由沐恒铸造有限公司投资建设，城北供水工程同步推进。"
                       "城东污水处理厂项目，由沐川科技提供设备。", county_code="141024")
    assert pairs(doc, "undertakenBy") == {("年产5万吨澜峰铸件生产", "沐恒铸造")}


def test_the_partner_of_the_clause_before_undertakes_the_work_the_county_pushes_on():
    doc = process_text("深化与沐恒饲料有限公司合作，推进年产3万吨澜峰饲料项目。支持农户合作，推进城北供水工程。",
                       county_code="141024")
    assert pairs(doc, "undertakenBy") == {("年产3万吨澜峰饲料", "沐恒饲料")}


def test_a_park_that_opens_into_service_holds_no_firms_named_later_in_the_sentence():
    opened = process_text("城东科创产业园建成运营，澜峰科技、沐恒电子获批省级试点企业。", county_code="141024")
    built = process_text("城东科创产业园建成澜峰科技年产10万吨铸件项目。", county_code="141024")
    assert pairs(opened, "locatedInPark") == set()
    assert ("澜峰科技", "洪洞城东科创") in pairs(built, "locatedInPark")


def test_a_qualified_amount_word_after_a_work_states_its_amount():
    doc = process_text("在县域内建设年产3万吨果蔬加工项目，概算总投资8000万元。"
                       "澜溪大桥改造工程总造价1.46亿元。", county_code="141024")
    assert amounts(doc) == {"年产3万吨果蔬加工项目": Decimal("80000000"), "澜溪大桥改造工程": Decimal("146000000")}


def test_amounts_of_a_project_table_with_colons():
    doc = process_text("锦峰电机生产项目总投资：60000万元；年度计划投资：20000万元；"
                       "澜庭五金生产项目总投资：25000万元；年度计划投资：1000万元。", county_code="141024")
    assert amounts(doc) == {"锦峰电机生产项目": Decimal("600000000"), "澜庭五金生产项目": Decimal("250000000")}


def test_a_clause_opened_by_the_project_spoken_of_gives_it_the_amount():
    doc = process_text("年产60万吨机制砂项目，由锦澜矿业有限公司投资建设，项目规划总投资1亿元。", county_code="141024")
    assert amounts(doc) == {"年产60万吨机制砂项目": Decimal("100000000")}
    # a clause about the county's works in general states no work's amount
    doc = process_text("城南污水处理厂扩建项目开工，全县项目完成投资1.2亿元。", county_code="141024")
    assert amounts(doc) == {}
    # ... nor the sum of a group the sentence names (A等12个项目)
    doc = process_text("实施城南片区改造工程等12个项目，项目总投资30亿元。", county_code="141024")
    assert amounts(doc) == {}


def test_a_later_list_item_carrying_its_own_amount_is_one_work_before_a_group_word():
    doc = process_text("投资40亿元的智慧冷链物流园项目、投资15亿元的高性能密封件生产项目等一批大项目相继落地。",
                       county_code="141024")
    assert amounts(doc) == {"智慧冷链物流园项目": Decimal("4000000000"), "高性能密封件生产项目": Decimal("1500000000")}
    # the amount that opens the list and qualifies the group's first item is the group's
    doc = process_text("启动总投资12亿元的城西供热管网改造、城东雨污分流改造等一批项目。", county_code="141024")
    assert amounts(doc) == {}


def test_a_work_opened_by_the_brand_of_a_company_named_in_full_is_that_companys():
    # the brand after the place and before the company head (湖南|中澜|控股集团有限公司)
    doc = process_text("湖南中澜控股集团有限公司负责人出席仪式。投资20亿元的中澜马铃薯淀粉胶囊项目开工建设。")
    assert ("中澜马铃薯淀粉胶囊", "中澜控股") in pairs(doc, "undertakenBy")


def test_a_work_opened_by_another_brand_or_an_everyday_word_is_not_the_companys():
    doc = process_text("湖南中澜控股集团有限公司负责人出席仪式。投资20亿元的中溪马铃薯淀粉胶囊项目开工建设。")
    assert facts(doc, "undertakenBy") == []
    doc = process_text("绿色农业发展有限公司负责人出席仪式。投资2亿元的绿色农业示范园项目开工建设。")
    assert facts(doc, "undertakenBy") == []


def test_a_brand_two_companies_share_gives_a_work_to_neither():
    doc = process_text("湖南中澜控股集团有限公司和广东中澜食品有限公司负责人出席仪式。投资20亿元的中澜马铃薯淀粉胶囊项目开工建设。")
    assert not any(s.startswith("中澜马铃薯") for s, _ in pairs(doc, "undertakenBy"))


def test_a_work_named_with_the_companys_own_head_is_left_to_the_rule_of_works_named_after_their_company():
    # 中澜控股|… repeats the company's head: that rule reads it (once), not this one
    doc = process_text("湖南中澜控股集团有限公司负责人出席仪式。投资20亿元的中澜控股马铃薯淀粉胶囊项目开工建设。")
    found = [(s, o) for s, o in pairs(doc, "undertakenBy") if "马铃薯" in s]
    assert len(found) == 1 and found[0][1].startswith("中澜控股")


def test_a_work_a_park_builds_right_after_its_name_is_in_that_park():
    doc = process_text("完成青松园区新建污水处理厂主体及地下管网建设。")
    assert any(o.endswith("青松园区") for s, o in pairs(doc, "locatedInPark") if s.startswith("污水处理厂"))
    doc = process_text("青松园区新闻发布会在县城召开，污水处理厂建成。")
    assert not any(o.endswith("青松园区") for s, o in pairs(doc, "locatedInPark"))


def test_an_amount_after_the_last_of_works_listed_one_after_another_is_the_lists():
    doc = process_text("开工的项目分别为：青松物流园区建设项目；白河科普培训中心建设项目，总投资12.5亿元。")
    assert facts(doc, "investment") == []
    doc = process_text("白河科普培训中心建设项目，总投资1.5亿元。")
    assert [f.value for f in facts(doc, "investment")] == [150000000]


def test_a_company_listed_beside_a_work_by_以及_is_not_its_actor():
    doc = process_text("沐鼎科技投资5亿元建设新材料基地，澜辉新材料投资3亿元。"
                       "县领导分别参加澜辉新材料、沐鼎科技以及G357澜岱镇至沐山路面改造工程等3个项目集中开工仪式。")
    assert {"澜辉新材料", "沐鼎科技"} <= {m.text for m in doc.mentions if m.type == "Enterprise"}
    assert not any("路面改造" in s for s, _ in pairs(doc, "undertakenBy"))


def test_a_company_and_a_partner_before_a_work_are_still_its_actor():
    doc = process_text("沐鼎科技与县政府合作建设年产5万吨新材料项目。")
    assert any("新材料" in s and o.endswith("沐鼎科技") for s, o in pairs(doc, "undertakenBy"))


def test_a_partner_joined_by_和_before_a_partner_verb_leaves_the_company_the_actor():
    # 和 before 合作/共同/联合… joins a partner to the company, not the company to the work
    for joined in ("和", "及"):
        doc = process_text(f"沐鼎科技{joined}县政府合作建设年产5万吨新材料项目。")
        assert any("新材料" in s and o.endswith("沐鼎科技") for s, o in pairs(doc, "undertakenBy")), joined
    doc = process_text("澜辉新材料和岚川镇共同投资建设年产3万吨碳纤维项目。")
    assert any("碳纤维" in s and o.endswith("澜辉新材料") for s, o in pairs(doc, "undertakenBy"))


def test_a_company_listed_before_a_work_by_以及_or_和_with_no_partner_verb_is_not_its_actor():
    for joined in ("以及", "和"):
        doc = process_text(f"引进沐鼎科技、澜辉新材料{joined}年产5万吨新材料项目。")
        assert {"沐鼎科技", "澜辉新材料"} <= {m.text for m in doc.mentions if m.type == "Enterprise"}
        assert pairs(doc, "undertakenBy") == set(), joined


def test_the_members_of_a_counted_list_keep_their_own_amounts():
    doc = process_text("这2个项目分别是岭南电工设备生产项目(二期)总投资:60000万元;桐溪五金生产项目总投资:25000万元;",
                       county_code="141024")
    got = amounts(doc)
    assert got.get("岭南电工设备生产项目") == Decimal("600000000") or got.get("岭南电工设备生产项目(二期)") == Decimal("600000000")
    assert got.get("桐溪五金生产项目") == Decimal("250000000")


def test_an_amount_of_the_work_spoken_of_and_of_the_work_the_next_clause_opens():
    doc = process_text("桐溪供水工程正紧张施工,这个总投资近3亿元的“水龙”项目将新建一座净水厂。", county_code="141024")
    assert amounts(doc) == {"桐溪供水工程": Decimal("300000000")}
    doc = process_text("投入1.6亿元,全面实施岭南河生态综合治理一期工程。", county_code="141024")
    assert amounts(doc) == {"岭南河生态综合治理一期工程": Decimal("160000000")}


def test_quan_inside_a_works_name_and_a_ceremony_before_it():
    doc = process_text("此次集中开工仪式设柳湾马铃薯全产业链项目主会场。投资30亿元的柳湾马铃薯全产业链项目开工。",
                       county_code="141024")
    assert amounts(doc) == {"柳湾马铃薯全产业链项目": Decimal("3000000000")}
    assert not any("仪式" in m.text for m in doc.mentions)


def test_an_amount_after_a_count_of_works_is_their_sum():
    doc = process_text("12个投资达25.6亿元的临港物流项目集中开工。", county_code="141024")
    assert facts(doc, "investment") == []


def test_a_phase_of_a_park_opens_no_list_of_works_in_it():
    doc = process_text("县长详细介绍了桐溪智能物流装备产业园2期、柳湾公司铸造材料、岭南集团公司食品加工等9个重点项目。",
                       county_code="141024")
    located = pairs(doc, "locatedInPark")
    assert not any("铸造材料" in a or "食品加工" in a or a.startswith(("柳湾", "岭南")) for a, _ in located)


def test_a_park_that_opens_the_sentence_with_a_work_right_after_it_holds_the_works_of_the_sentence():
    # (no verb after the park: the list of works it opens makes it the sentence's subject)
    doc = process_text("平遥陶瓷产业园澜峰科技年产10万吨铸件项目、城北供热管网项目等竣工投产，"
                       "锦昊年产5万吨玻璃项目、南环路改造工程加快推进。", county_code="140728")
    placed = {s for s, o in pairs(doc, "locatedInPark") if o == "平遥陶瓷"}
    assert any("玻璃" in s for s in placed) and any("南环路" in s for s in placed)


def test_a_park_after_a_verb_or_another_park_before_the_works_keeps_them_from_the_sentences_park():
    doc = process_text("建成平遥陶瓷产业园，锦昊年产5万吨玻璃项目加快推进。"
                       "平遥陶瓷产业园澜峰科技年产10万吨铸件项目竣工投产，城东物流园南环路改造工程开工。",
                       county_code="140728")
    placed = pairs(doc, "locatedInPark")
    assert not any("玻璃" in s for s, o in placed)
    assert not any("南环路" in s and o == "平遥陶瓷" for s, o in placed)



def test_a_list_of_works_in_a_park_places_the_works_not_the_firms_that_undertake_them():
    doc = process_text("平遥陶瓷产业园澜峰科技年产10万吨铸件项目、锦昊年产5万吨玻璃项目等竣工投产。", county_code="140728")
    placed = {s for s, o in pairs(doc, "locatedInPark") if o == "平遥陶瓷"}
    assert any("玻璃" in s for s in placed) and not {"澜峰科技", "锦昊"} & placed


def test_a_single_work_in_the_park_still_places_its_firm():
    doc = process_text("平遥陶瓷产业园内的澜峰科技年产10万吨铸件项目建成投产。", county_code="140728")
    assert ("澜峰科技", "平遥陶瓷") in pairs(doc, "locatedInPark")


def test_a_park_whose_sentence_goes_on_to_bring_firms_in_holds_them():
    # the park is its clause's topic; a later clause (or the next sentence) opens by bringing firms in
    doc = process_text("打造云杉科技园，对接省城创新资源，聚集了恒泰智控、锦宏电子等科技企业12家。"
                       "完成金岭工业园二期基础设施建设，引进落户项目9个。引进鑫达钢铁、澜峰铸业。",
                       county_code="140728")
    placed = pairs(doc, "locatedInPark")
    assert {"恒泰智控", "锦宏电子"} <= {s for s, o in placed if "云杉" in o}
    assert {"鑫达钢铁", "澜峰铸业"} <= {s for s, o in placed if "金岭" in o}


def test_firms_a_sentence_names_after_its_gathering_clause_and_the_next_are_not_the_parks():
    # a firm two clauses after the gathering one is reported on for itself; a sentence that does not
    # open by bringing firms in is about something else; a park that is no clause's topic gathers none
    doc = process_text("云杉高新区获评省级化工园区，入驻企业83家，恒泰智控等企业基地建成投产，锦宏电子成功上市。"
                       "鑫达钢铁完成技改。支持金岭工业园发展，引进澜峰铸业。", county_code="140728")
    placed = pairs(doc, "locatedInPark")
    assert "恒泰智控" in {s for s, o in placed if "云杉" in o}
    assert not {"锦宏电子", "鑫达钢铁", "澜峰铸业"} & {s for s, o in placed}


def test_a_town_work_reported_after_the_gathering_clause_is_not_the_parks():
    # the clause after the gathering one holds the park's firms only when it goes on bringing them
    # in; a county or town facility reported there is the county's, not the park's
    for text in ("建设县经济开发区，入驻企业83家，城区污水处理厂提标改造工程完工。",
                 "依托县经济开发区，引进恒泰智控、锦宏电子等企业12家，县第二人民医院门诊楼项目建成投用。",
                 "打造云杉丝网产业园，聚集了恒泰智控、锦宏电子等企业42家，县城供热管网改造工程完工。"):
        placed = {s for s, o in pairs(process_text(text, county_code="140728"), "locatedInPark")}
        assert not any(w in s for s in placed for w in ("污水", "医院", "供热")), (text, placed)
    doc = process_text("依托县经济开发区，引进企业12家，恒泰智控年产5万吨铸件项目建成投产。", county_code="140728")
    assert any("铸件" in s for s, o in pairs(doc, "locatedInPark"))


def test_an_item_a_county_opens_is_not_in_the_park_that_opens_the_list():
    # (as the sentence's subject park stops at a county opening a work's name: 祁县X项目)
    doc = process_text("推进云杉产业园污水处理工程、城北供热管网工程、祁县南关镇新农村建设工程等项目。",
                       county_code="140728")
    placed = {s for s, o in pairs(doc, "locatedInPark") if "云杉" in o}
    assert any("城北供热" in s for s in placed)
    assert not any("新农村" in s for s in placed)


def test_a_company_that_opens_a_works_name_after_its_park_undertakes_it():
    doc = process_text("经济开发区锦昊化工年产5万吨树脂项目、澜峰热电二期等项目竣工投产。", county_code="141024")
    assert any("树脂" in s and o.endswith("锦昊化工") for s, o in pairs(doc, "undertakenBy"))


def test_a_park_alone_before_a_work_names_no_company():
    doc = process_text("经济开发区年产5万吨树脂项目竣工投产。", county_code="141024")
    assert pairs(doc, "undertakenBy") == set()


def test_a_paragraph_set_in_a_park_holds_its_works():
    # a news paragraph that opens in the park (在X开发区，…; 走进X产业园区，…) reports the park's works
    doc = process_text("在平遥陶瓷产业园，塔吊林立、机器轰鸣，澜峰科技年产10万吨铸件项目、锦昊新材料生产线项目等"
                       "12个重点项目先后投产。\n城南污水处理厂项目开工。", county_code="140728")
    got = pairs(doc, "locatedInPark")
    assert {s for s, o in got if o == "平遥陶瓷"} >= {"澜峰科技年产10万吨铸件", "锦昊新材料生产线"}
    assert not any("污水" in s for s, o in got)
    # (a park named after 在 inside a sentence sets no paragraph: 企业在X产业园，…)
    doc = process_text("锦昊集团落户在平遥陶瓷产业园，澜峰科技年产10万吨铸件项目开工。", county_code="140728")
    assert ("澜峰科技年产10万吨铸件", "平遥陶瓷") not in pairs(doc, "locatedInPark")


def test_a_scene_set_in_a_park_ends_with_its_sentence_or_another_place():
    # 在X产业园，… opens a sentence, not a heading: a later place frame (在城区，), a county-wide
    # subject (全县…) or the sentence's end closes the scene
    doc = process_text("在平遥陶瓷产业园，今年以来新签约项目8个；在城区，建成青禾水厂项目、东关小学项目。",
                       county_code="140728")
    assert not any(o == "平遥陶瓷" for s, o in pairs(doc, "locatedInPark"))
    doc = process_text("在平遥陶瓷产业园，新入驻企业12家，澜峰科技铸件项目投产。全县实施城南污水处理厂项目、"
                       "青禾水厂项目等民生工程，建成东关小学项目。", county_code="140728")
    got = {s for s, o in pairs(doc, "locatedInPark") if o == "平遥陶瓷"}
    assert "澜峰科技铸件" in got
    assert not any("水" in s or "小学" in s for s in got)
    doc = process_text("走进平遥陶瓷产业园，澜峰科技铸件项目正在调试。东关小学项目完成主体。", county_code="140728")
    got = {s for s, o in pairs(doc, "locatedInPark") if o == "平遥陶瓷"}
    assert "澜峰科技铸件" in got and not any("小学" in s for s in got)


def test_a_scene_set_in_a_park_keeps_works_after_counts_and_county_words_that_are_no_subject():
    # 在建项目12个，, 在此基础上， are no place frames, and 全县/城区 inside a clause (全县首家,
    # 占全县的, 承接城区企业) are no county-wide subject: the scene goes on; a ； ends it
    both = {"澜峰科技铸件", "青禾新材料"}
    for text in ("在平遥陶瓷产业园，签约项目8个，在建项目12个，澜峰科技铸件项目、青禾新材料项目建成投产。",
                 "在平遥陶瓷产业园，新入驻全县首家上市企业，澜峰科技铸件项目、青禾新材料项目建成投产。",
                 "在平遥陶瓷产业园，规上企业占全县的60%，澜峰科技铸件项目、青禾新材料项目建成投产。",
                 "在平遥陶瓷产业园，承接城区企业入园8家，澜峰科技铸件项目、青禾新材料项目建成投产。",
                 "在平遥陶瓷产业园，澜峰科技铸件项目投产，在此基础上，青禾新材料项目开工。"):
        doc = process_text(text, county_code="140728")
        assert {s for s, o in pairs(doc, "locatedInPark") if o == "平遥陶瓷"} >= both, text
    doc = process_text("在平遥陶瓷产业园，全县首个氢能项目澜峰氢能装备项目开工，青禾新材料项目投产。", county_code="140728")
    assert {s for s, o in pairs(doc, "locatedInPark") if o == "平遥陶瓷"} >= {"澜峰氢能装备", "青禾新材料"}
    for text in ("在平遥陶瓷产业园，澜峰科技铸件项目投产；同时，东关小学项目、城北安置房项目开工。",
                 "在平遥陶瓷产业园，澜峰科技铸件项目投产；城东片区，东关小学项目开工。"):
        doc = process_text(text, county_code="140728")
        got = {s for s, o in pairs(doc, "locatedInPark") if o == "平遥陶瓷"}
        assert "澜峰科技铸件" in got and not any("小学" in s or "安置" in s for s in got), text


def test_a_firm_seated_in_a_park_by_another_verb_or_after_its_sum_is_in_it():
    # (坐落在, 选址于, 进驻 seat a thing in a place as 入驻 does; the sum a firm invests may stand
    # before the place it invests in)
    doc = process_text("鼎盛科技投资12亿元在城北片区发展新材料产业，隆达纺织项目坐落在东岭工业园区。"
                       "华瑞集团选址于西岗经济开发区，宏远机械进驻南湖产业园。", county_code="140728")
    got = pairs(doc, "locatedInPark")
    # (the parks' keys carry the county's name and fold their kind: 平遥南湖)
    assert {("鼎盛科技", "平遥城北片区"), ("隆达纺织", "平遥东岭"), ("华瑞", "平遥西岗经开区"), ("宏远机械", "平遥南湖")} <= got


def test_a_sum_before_another_place_or_a_verb_that_is_no_seating_places_nothing():
    # (a sum invested in a county, or a firm that only visits a park, is no firm of the park)
    doc = process_text("鼎盛科技投资12亿元在全县推广新工艺，宏远机械考察南湖产业园。", county_code="140728")
    assert pairs(doc, "locatedInPark") == set()


def test_a_park_led_by_a_firm_holds_it_and_the_firms_it_brings_in():
    doc = process_text("城西家具加工园以荣昌公司为龙头引入华森木业、林海家居等多家企业集聚发展。", county_code="140728")
    got = {s for s, o in pairs(doc, "locatedInPark") if o.endswith("城西家具加工园")}
    assert got == {"荣昌", "华森木业", "林海家居"}


def test_a_park_led_by_an_aim_or_a_firm_of_a_later_clause_holds_no_firm_of_that_frame():
    # (a park led by a quality holds no firm named after it; nor does a lead's verb that brings no firms in)
    doc = process_text("城西家具加工园以科技创新为引领，荣昌公司完成技改。东岭产业园以华森木业为龙头，带动周边农户增收，"
                       "林海家居完成技改。", county_code="140728")
    assert {s for s, o in pairs(doc, "locatedInPark")} == {"华森木业"}


def test_the_sentences_after_a_subject_park_that_open_with_a_verb_go_on_with_the_park():
    doc = process_text("全县工业经济稳中有进。平遥陶瓷产业园新建标准化厂房2万平方米，配套道路全面贯通。"
                       "引进澜峰科技年产10万吨铸件项目，锦昊集团年产5万吨陶粒项目同时开工。", county_code="140728")
    held = pairs(doc, "locatedInPark")
    assert any("铸件" in s and o == "平遥陶瓷" for s, o in held) and any("陶粒" in s and o == "平遥陶瓷" for s, o in held)


def test_a_sentence_with_a_subject_of_its_own_or_after_a_park_that_is_no_subject_is_not_the_parks():
    doc = process_text("全县工业经济稳中有进。平遥陶瓷产业园新建标准化厂房2万平方米，配套道路全面贯通。"
                       "全县引进澜峰科技年产10万吨铸件项目。平遥陶瓷产业园的道路已建成。引进锦昊集团年产5万吨陶粒项目。",
                       county_code="140728")
    assert pairs(doc, "locatedInPark") == set()


def test_a_park_that_opens_a_clause_after_a_semicolon_as_its_subject_holds_the_works_after_it():
    doc = process_text("城区道路提质改造全面完成；平遥陶瓷产业园不断壮大，澜峰科技年产10万吨铸件项目建成投产。", county_code="140728")
    assert any("铸件" in s and o == "平遥陶瓷" for s, o in pairs(doc, "locatedInPark"))


def test_a_park_after_a_semicolon_that_is_no_subject_holds_nothing():
    doc = process_text("城区道路提质改造全面完成；平遥陶瓷产业园的道路已建成，澜峰科技年产10万吨铸件项目建成投产。", county_code="140728")
    assert pairs(doc, "locatedInPark") == set()


def test_a_park_is_not_carried_across_a_line_break_or_a_heading():
    head = "全县工业经济稳中有进。柳池工业园区青禾光伏项目竣工投产。"
    for tail in ("\n三、新建南塘水库工程，北岙风电项目开工。", "\n（二）实施乡村振兴战略。推进南塘风电项目。",
                 "\n新建南塘水库工程。", "三、新建南塘水库工程。"):
        held = pairs(process_text(head + tail), "locatedInPark")
        assert not {s for s, o in held if s.startswith(("南塘", "北岙"))}, tail
    # on the same line, the next sentence opened by a verb goes on with the park
    held = pairs(process_text(head + "新建南塘水库工程。"), "locatedInPark")
    assert ("南塘水库", "柳池工业园") in held


def test_a_park_opening_a_work_s_name_with_a_bare_verb_of_lifting_is_no_subject():
    for text in ("柳池工业园提升改造项目、南塘风电项目开工建设。",
                 "全县加快建设；柳池工业园提升工程、南塘风电项目开工建设。"):
        assert not {s for s, o in pairs(process_text(text), "locatedInPark") if s.startswith("南塘")}
    held = pairs(process_text("全县加快建设；柳池工业园有效提升，南塘风电项目开工建设。"), "locatedInPark")
    assert ("南塘风电", "柳池工业园") in held


def test_a_park_whose_name_opens_with_the_county_places_the_work_or_firm_right_after_it():
    # (the county inside the park's name, 平遥|经济开发区, is no mention nearer the work than the park)
    held = pairs(process_text("平遥经济开发区内的晋岚机械制造有限公司，今年追加投资1亿元建设二期项目。", "140728"), "locatedInPark")
    assert ("晋岚机械制造", "平遥经开区") in held
    held = pairs(process_text("加快推进平遥经济开发区甲乙纺织、丙丁冷链等项目。", "140728"), "locatedInPark")
    assert {("甲乙纺织", "平遥经开区"), ("丙丁冷链", "平遥经开区")} <= held
    # (the county alone before the firm is no park)
    held = pairs(process_text("平遥县内的晋岚机械制造有限公司，今年追加投资1亿元建设二期项目。", "140728"), "locatedInPark")
    assert not held


def test_a_park_s_own_work_counted_by_its_phase_opens_no_list_of_the_park_s():
    doc = process_text("平遥经济开发区厂房(一期)、丁戊食品包装生产线、己庚冷库等12个新建项目相继启动。", "140728")
    held = pairs(doc, "locatedInPark")
    assert not {s for s, o in held if s.startswith(("丁戊", "己庚"))}
    assert any(s.endswith("厂房(一期)") for s, o in held)


def test_lead_firms_reach_a_work_across_one_clause_break_of_either_width():
    for comma in ("，", ","):
        text = f"依托甲乙集团为龙头{comma}加快园区道路建设{comma}完善水电配套设施{comma}实施年产5万吨饲料加工项目。"
        assert not pairs(process_text(text), "undertakenBy")
        text = f"依托甲乙集团为龙头{comma}实施年产5万吨饲料加工项目。"
        assert ("年产5万吨饲料加工", "甲乙") in pairs(process_text(text), "undertakenBy")


def test_a_park_whose_name_opens_with_the_county_places_nothing_it_does_not_open():
    # (the park is reached: without this control the negatives below held before the park was, too)
    held = pairs(process_text("平遥经济开发区内的青禾农牧有限公司今年投产。", "140728"), "locatedInPark")
    assert held == {("青禾农牧", "平遥经开区")}
    for text in ("平遥经济开发区管委会与晋岚机械制造有限公司签约。",
                 "平遥经济开发区以外的晋岚机械制造有限公司今年投产。",
                 "平遥经济开发区周边的青禾农牧有限公司今年投产。",
                 "平遥经济开发区北侧的平遥至介休公路改建工程开工。",
                 "在平遥经济开发区召开观摩推进会,青禾农牧有限公司今年投产。",
                 "平遥县城区的晋岚机械制造有限公司今年投产。"):
        assert not pairs(process_text(text, "140728"), "locatedInPark"), text


def test_a_firm_s_phase_right_after_the_park_still_opens_the_park_s_list():
    held = pairs(process_text("加快推进平遥经济开发区甲乙纺织二期、丙丁冷链等项目。", "140728"), "locatedInPark")
    assert {("甲乙纺织二期", "平遥经开区"), ("丙丁冷链", "平遥经开区")} <= held


def test_companies_after_a_work_s_heading_are_separated_by_a_comma_of_either_width():
    for comma in ("，", ","):
        held = pairs(process_text(f"年产5万吨饲料加工项目：甲乙集团{comma}丙丁集团共同建设。"), "undertakenBy")
        assert {("年产5万吨饲料加工", "甲乙"), ("年产5万吨饲料加工", "丙丁")} <= held


def test_a_thousands_separator_in_a_sum_is_no_clause_break_for_the_lead_firms():
    held = pairs(process_text("以青禾农牧集团为龙头，出资3,500万元建设年产2万吨有机肥项目。"), "undertakenBy")
    assert ("年产2万吨有机肥", "青禾农牧") in held
    # (an ASCII comma between Chinese clauses still counts)
    held = pairs(process_text("以青禾农牧集团为龙头,完善园区水电配套,出资3500万元建设年产2万吨有机肥项目。"), "undertakenBy")
    assert not held


def test_park_before_stops_at_an_ascii_comma_between_chinese_clauses_as_at_a_full_width_one():
    for comma in ("，", ","):
        for text in (f"在平遥经济开发区召开观摩推进会{comma}青禾农牧有限公司年产2万吨有机肥项目开工。",
                     f"在平遥经济开发区举办签约仪式{comma}青禾农牧、蓝湾冷链等项目开工。",
                     f"在柳池工业园召开观摩推进会{comma}青禾农牧有限公司年产2万吨有机肥项目开工。"):
            assert not pairs(process_text(text, "140728"), "locatedInPark"), text
    # (the thousands separator of a sum is no clause break: 在园区投资1,200万元建设P)
    held = pairs(process_text("在柳池工业园投资1,200万元建设年产2万吨有机肥项目。"), "locatedInPark")
    assert ("年产2万吨有机肥", "柳池工业园") in held


def test_a_park_before_a_later_list_item_opens_no_list_even_with_words_between():
    for between in ("内的", "的", "新建的", "内"):
        text = f"完成青禾农牧有限公司、平遥经济开发区{between}蓝湾冷链有限公司、紫岭面业有限公司等企业技改。"
        held = pairs(process_text(text, "140728"), "locatedInPark")
        assert not {s for s, o in held if s.startswith(("紫岭", "青禾"))}, text
    # (the park that opens the list still opens it: X开发区内的A、B等企业)
    held = pairs(process_text("支持平遥经济开发区内的蓝湾冷链有限公司、紫岭面业有限公司等企业技改。", "140728"), "locatedInPark")
    assert {("蓝湾冷链", "平遥经开区"), ("紫岭面业", "平遥经开区")} <= held


def test_a_firm_whose_name_swallows_the_park_keeps_its_phase_opening_the_park_s_list():
    held = pairs(process_text("推进平遥经济开发区青禾农牧有限公司三期、蓝湾冷链等项目。", "140728"), "locatedInPark")
    assert ("蓝湾冷链", "平遥经开区") in held


def test_only_the_park_s_own_works_counted_by_a_phase_close_the_park_s_list():
    # (a work of the county or of a firm, counted by its phase, after the park still opens the park's list)
    for first in ("年产3万吨有机肥二期", "污水处理厂一期", "冷链仓储中心三期"):
        text = f"平遥经济开发区{first}、青禾农牧、蓝湾冷链等项目开工。"
        held = pairs(process_text(text, "140728"), "locatedInPark")
        assert {("青禾农牧", "平遥经开区"), ("蓝湾冷链", "平遥经开区")} <= held, text
    # (the park's own buildings, roads or services, counted by a phase, list the county's works)
    for first in ("标准化厂房二期", "工业厂房二期工程", "基础设施一期工程", "道路(二期)"):
        text = f"平遥经济开发区{first}、青禾农牧、蓝湾冷链等项目开工。"
        held = pairs(process_text(text, "140728"), "locatedInPark")
        assert not {s for s, o in held if s.startswith(("青禾", "蓝湾"))}, text


def test_a_region_opening_a_firms_name_and_a_work_names_no_brand_of_the_firm():
    # 晋北 and 豫西 are regions (jieba: ns): the region's works are not the firm's that bears its name
    for text in ("晋北能源有限公司年产值增长10%。晋北医疗物资应急储备库建设项目主体完工。",
                 "豫西能源集团年产值增长10%。豫西冷链物流中心项目主体完工。"):
        doc = process_text(text, county_code="141024")
        assert pairs(doc, "undertakenBy") == set(), text
    # a coined brand still names its works
    doc = process_text("澜峰能源有限公司年产值增长10%。澜峰医疗物资应急储备库建设项目主体完工。", county_code="141024")
    assert pairs(doc, "undertakenBy") == {("澜峰医疗物资应急储备库", "澜峰能源")}


def test_lead_firms_that_only_qualify_a_cluster_lead_no_work():
    # 以E为龙头的X集群: the lead words describe a noun (的); the work named after it is not the firms'
    for text in (
        "以青禾精密有限公司为龙头的产业集群加快形成，实施精密结构件项目。",
        "打造以青禾精密有限公司、澜峰电子有限公司等企业为核心的电子信息产业集群，推进精密结构件项目。",
        "依托青禾精密有限公司作为链主的产业链条，建设精密结构件项目。",
        "县长走访以青禾精密有限公司为代表的企业，调研精密结构件项目。",
        "以青禾精密有限公司等骨干企业为支撑的产业园区，新建精密结构件项目。",
        "以青禾精密有限公司为主导的产业集群加快形成，实施精密结构件项目。",
        "以青禾精密有限公司和澜峰电子有限公司两家企业为龙头的产业集群加快形成，实施精密结构件项目。",
        "以青禾精密有限公司、澜峰电子有限公司等一大批龙头企业为核心的产业集群加快形成，实施精密结构件项目。",
        "以青禾精密有限公司为龙头带动的产业集群加快形成，实施精密结构件项目。",
    ):
        doc = process_text(text)
        assert any(m.type == "Enterprise" and "青禾精密" in m.text for m in doc.mentions)
        assert not any("青禾精密" in o for s, o in pairs(doc, "undertakenBy")), text
    # (a lead of a clause still names the builders of the work after it)
    doc = process_text("以青禾精密有限公司为龙头，实施精密结构件项目。")
    assert ("精密结构件", "青禾精密") in pairs(doc, "undertakenBy")


def test_a_sentence_that_opens_on_a_site_after_the_park_is_a_visit_inside_the_park():
    # 记者在X开发区采访看到，…。在P施工现场，…: the work (or the firm) whose site the sentence opens on is in
    # the park its paragraph named last
    doc = process_text("记者在平遥陶瓷产业园采访看到，各项目施工现场塔吊高耸。在澜峰科技铸件项目施工现场，"
                       "记者看到厂房已完工。", county_code="140728")
    assert ("澜峰科技铸件", "平遥陶瓷") in pairs(doc, "locatedInPark")
    doc = process_text("眼下，平遥陶瓷产业园的企业正赶订单。在锦昊新材料有限公司生产车间，工人们正在组装。",
                       county_code="140728")
    assert any(o == "平遥陶瓷" and "锦昊" in s for s, o in pairs(doc, "locatedInPark"))


def test_a_site_without_the_park_before_it_in_its_paragraph_or_not_opening_its_sentence_is_no_visit():
    # no park in the paragraph, or the park in the paragraph before (a line break between)
    for text in ("各项目施工现场塔吊高耸。在澜峰科技铸件项目施工现场，记者看到厂房已完工。",
                 "记者在平遥陶瓷产业园采访看到，塔吊高耸。\n在澜峰科技铸件项目施工现场，记者看到厂房已完工。",
                 # the site's word is not right after the name (在E召开现场会: a meeting, no site of E's)
                 "记者在平遥陶瓷产业园采访看到，塔吊高耸。在锦昊新材料有限公司召开现场推进会。",
                 # a site named inside a sentence with its own subject (县委书记在E生产车间调研)
                 "记者在平遥陶瓷产业园采访看到，塔吊高耸。县委书记在锦昊新材料有限公司生产车间调研。",
                 # the county named after the park, before the site: the visit is the county's
                 "记者在平遥陶瓷产业园采访看到，塔吊高耸。平遥县城区也在加快建设。在澜峰科技铸件项目施工现场，厂房已完工。"):
        doc = process_text(text, county_code="140728")
        assert not any(o == "平遥陶瓷" for s, o in pairs(doc, "locatedInPark")), text


def test_the_site_visit_frame_is_a_record_of_its_own_that_the_loader_checks(tmp_path):
    import re

    import pytest

    from kg import rulebook
    from kg.relate.project import RelateRules

    # (its facts carry their own id, not the paragraph heading's)
    doc = process_text("眼下，柘阳陶艺产业园的企业正赶订单。在岚溪电子有限公司生产车间，工人们正在装配。")
    assert {f.rule for f in doc.facts if f.type == "locatedInPark"} == {"relate.site-visit-park"}
    text = rulebook.rule_file("relate").read_text(encoding="utf-8")
    section = text.index("[located_in_park.site]")
    head, tail = text[:section], text[section:]
    path = tmp_path / "relate.toml"
    # a site's words missing is refused by the loader, not a TypeError on the first document
    path.write_text(head + re.sub(r"(?m)^site = .*\n", "", tail, count=1), encoding="utf-8")
    with pytest.raises(rulebook.RuleError, match='lacks the key "site"'):
        rulebook.load("relate", RelateRules, path)
    # a reach below 2 makes no regex ({2,1})
    path.write_text(head + re.sub(r"(?m)^reach = .*$", "reach = 1", tail, count=1), encoding="utf-8")
    with pytest.raises(ValueError, match="reach should be 2 or more"):
        rulebook.load("relate", RelateRules, path)


def test_a_site_visit_is_read_within_its_sentence():
    # (invented: 来到这里！ ends a sentence; the site named in the next is no visit the first opens)
    doc = process_text("眼下，柘阳陶艺产业园的企业正赶订单。来到这里！岚溪电子有限公司生产车间内机器轰鸣。")
    assert not [f for f in doc.facts if f.rule == "relate.site-visit-park"]
    doc = process_text("眼下，柘阳陶艺产业园的企业正赶订单。走过这里？岚溪电子有限公司生产车间内机器轰鸣。")
    assert not [f for f in doc.facts if f.rule == "relate.site-visit-park"]


def test_a_name_that_holds_the_visit_s_verb_or_a_meeting_at_the_site_is_no_visit():
    # (invented: 走进E, 来到E read as one name by the firm's rules are no site of the park; a meeting is held
    # at a site, the report does not visit it)
    for text in ("眼下，柘阳陶艺产业园的企业正赶订单。走进岚溪电子有限公司生产车间，机器轰鸣。",
                 "眼下，柘阳陶艺产业园的企业正赶订单。来到岚溪电子有限公司厂区，机器轰鸣。",
                 "眼下，柘阳陶艺产业园的企业正赶订单。在岚溪电子有限公司车间召开现场会，部署安全生产。",
                 "眼下，柘阳陶艺产业园的企业正赶订单。在岚溪电子传感器项目建设现场推进会上，县长讲话。"):
        doc = process_text(text)
        assert not [f for f in doc.facts if f.rule == "relate.site-visit-park"], text


def test_a_site_that_another_county_names_is_not_in_the_park():
    # (invented: 在B县E生产车间 places the site in that county; the document's own county does not)
    for county in ("介休市", "清徐县"):
        doc = process_text(f"眼下，平遥陶艺产业园的企业正赶订单。在{county}岚溪电子有限公司生产车间，工人们正在装配。",
                           county_code="140728")
        assert not [f for f in doc.facts if f.rule == "relate.site-visit-park"], county
    doc = process_text("眼下，平遥陶艺产业园的企业正赶订单。在平遥县岚溪电子有限公司生产车间，工人们正在装配。",
                       county_code="140728")
    assert [f for f in doc.facts if f.rule == "relate.site-visit-park"]


def test_a_site_visit_after_two_parks_or_a_park_named_in_passing_is_in_none():
    # (invented: two parks in the last park's sentence give no one scene; a park another actor's clause
    # names in passing sets none)
    for text in ("眼下，柘阳陶艺产业园和柘阳有机农业示范园的企业正赶订单。走进岚溪电子传感器项目施工现场，塔吊林立。",
                 "去年，柘阳陶艺产业园实现产值8亿元。青禾科技在禾丰经济技术开发区投资建设芯片项目。"
                 "在岚溪电子有限公司生产车间，工人们正在装配。"):
        doc = process_text(text)
        assert not [f for f in doc.facts if f.rule == "relate.site-visit-park"], text
    # (one park that opens its clause sets it)
    doc = process_text("去年，柘阳陶艺产业园实现产值8亿元。在岚溪电子有限公司生产车间，工人们正在装配。")
    assert [f for f in doc.facts if f.rule == "relate.site-visit-park"]


def test_a_county_wide_or_a_province_s_subject_after_the_park_ends_its_scene():
    # (invented: 全县…, 山西省… opening a sentence between the park and the visit speak of the county or the
    # province: the site after them is not the park's)
    for between in ("今年，全县新签约项目15个。", "山西省新签约项目15个。", "全市新签约项目15个。"):
        doc = process_text(f"去年，柘阳陶艺产业园实现产值8亿元。{between}在岚溪电子有限公司生产车间，工人们正在装配。")
        assert not [f for f in doc.facts if f.rule == "relate.site-visit-park"], between
    # (the county's first of a kind inside the park's own sentence does not end it)
    doc = process_text("去年，柘阳陶艺产业园建成全县首个智能工厂。在岚溪电子有限公司生产车间，工人们正在装配。")
    assert [f for f in doc.facts if f.rule == "relate.site-visit-park"]
