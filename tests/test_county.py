"""County and Region recognition from the gazetteer."""
from conftest import names, process_text


def test_full_and_short_names_of_the_documents_county():
    doc = process_text("平遥县召开经济工作会议，平遥经济总量迈上新台阶，晋中市和山西省领导出席。")
    assert doc.meta["county_code"] == "140728"
    counties = {(m.text, m.attrs["code"]) for m in doc.mentions if m.type == "County"}
    assert counties == {("平遥县", "140728"), ("平遥", "140728")}
    assert names(doc, "Region") == {"晋中市", "山西省"}


def test_other_counties_by_full_name():
    doc = process_text("平遥县与介休市、祁县签订协议。", county_code="140728")
    assert names(doc, "County") == {"平遥县", "介休市", "祁县"}


def test_short_name_as_modifier_is_not_a_mention():
    doc = process_text("平遥县大力发展平遥牛肉产业，打造平遥古城品牌。")
    assert names(doc, "County") == {"平遥县"}


def test_two_character_names_inside_words_are_not_counties():
    doc = process_text("平遥县创建国家农业示范县，推进县城建设。")  # 范县 inside 示范县
    assert names(doc, "County") == {"平遥县"}


def test_a_conjunction_is_not_the_start_of_a_county_name():
    doc = process_text("新建城南图书馆和县体育馆。和县人民政府召开会议。")
    spans = [(m.text, m.start) for m in doc.mentions if m.type == "County"]
    assert spans == [("和县", doc.text.index("和县人民"))]


def test_slogans_of_the_兴县_series_are_not_counties():
    doc = process_text("围绕科技立县、生态强县、文化兴县、旅游富县发展战略，一年来我们全力兴城市，城市面貌焕然一新。", county_code="340323")
    assert not names(doc, "County") & {"兴县", "富县", "兴城市"}


def test_a_slogan_verb_county_after_a_place_or_a_function_word_is_a_county():
    doc = process_text("山西省吕梁市兴县代表团来访，双方在兴县召开座谈会。", county_code="140928")
    assert [m.text for m in doc.mentions if m.type == "County"].count("兴县") == 2


def test_banner_abbreviations_name_the_banner_and_its_report():
    doc = process_text("在察右中旗第十六届人民代表大会第二次会议上。现在，我代表察右中旗人民政府向大会报告工作。全旗经济稳中有进。")
    assert doc.meta["county_code"] == "150927"
    assert doc.meta["county_rule"] == "county.own-most-frequent-full-name"
    assert {m.rule for m in doc.mentions if m.type == "County"} == {"county.banner-wing"}


def test_an_autonomous_county_without_its_nationalities():
    doc = process_text("长阳县召开项目建设推进会，全县签约项目12个。")
    assert doc.meta["county_code"] == "420528"
    assert "长阳县" in names(doc, "County")


def test_a_report_naming_its_county_only_in_short_gets_its_county_from_the_text():
    doc = process_text("——2024年1月10日在岚皋第十八届人民代表大会第三次会议上。过去一年，岚皋经济稳中向好，"
                       "全县地区生产总值增长6%。我县坚持生态立县，岚皋大地焕发新活力。")
    assert doc.meta["county_code"] == "610925"
    assert doc.meta["county_rule"] == "county.own-most-frequent-short-name"
    assert {m.text for m in doc.mentions if m.type == "County"} == {"岚皋"}


def test_a_short_name_shared_by_counties_is_read_with_the_kind_the_report_speaks_as():
    doc = process_text("在清河第十七届人民代表大会上，清河县委、县政府团结带领全县人民，清河发展迈上新台阶。我县羊绒产业增产。")
    assert doc.meta["county_code"] == "130534"


def test_everyday_words_that_are_short_names_do_not_make_a_county():
    doc = process_text("加强合作，推动东方红产业和平稳发展，全县经济向好。")
    assert "county_code" not in doc.meta or not doc.meta["county_code"]


def test_a_district_name_of_another_province_is_a_part_of_the_county_unless_placed():
    doc = process_text("加快江北区建设，推进清河区医养结合项目。与杭州市余杭区、浙江省安吉县开展合作。", county_code="140824")
    assert names(doc, "County") == {"余杭区", "安吉县"}


def test_the_short_name_in_a_reports_title_names_its_county():
    doc = process_text("岚皋2024年政府工作报告\n过去一年，全县经济稳中向好，岚皋发展迈上新台阶。")
    assert doc.meta["county_code"] == "610925"


def test_a_county_name_run_into_by_words_is_no_county():
    doc = process_text("推进共和县城建设，坚持城乡共和县城一体发展。")
    assert names(doc, "County") == set()


def test_a_company_named_after_a_place_gives_the_report_no_county():
    doc = process_text("永泰钢铁完成超低排放改造。永泰钢铁破产重组。永泰钢铁年产值增长10%。")
    assert not doc.meta.get("county_code")


def test_a_year_s_opening_names_the_county_whose_course_it_reviews():
    # the opening of a year's review (2022年，是X发展历程中…的一年) is a frame of the county's own report
    doc = process_text("2022年，是岚皋发展历程中极不平凡的一年。全县上下团结奋斗，经济稳中向好。")
    assert doc.meta["county_code"] == "610925"
    assert {m.text for m in doc.mentions if m.type == "County"} == {"岚皋"}
    doc = process_text("2023年，是岚皋振兴发展进程中极为不易的一年。在县委的坚强领导下，我县经济回升。")
    assert doc.meta["county_code"] == "610925"


def test_a_place_s_development_named_once_outside_that_frame_gives_no_county():
    doc = process_text("学习岚皋发展经验。全县经济稳中向好。")
    assert not doc.meta.get("county_code")


def test_a_division_s_name_after_a_numeral_is_a_counted_slogan():
    # 六宜城市 (a city good in six ways) holds 宜城市, a county-level city of Hubei
    doc = process_text("创建全国文明城区、六宜城市，甘州区经济稳中向好。", county_code="620702")
    assert names(doc, "County") == {"甘州区"}
    doc = process_text("与宜城市开展合作。", county_code="620702")
    assert names(doc, "County") == {"宜城市"}


def test_a_rare_short_name_used_twice_names_the_county():
    # 岚皋 is a name jieba has hardly seen: two uses in a report that speaks as a county are enough
    doc = process_text("把岚皋打造成生态旅游名县。全县上下团结奋斗，为全省发展作出岚皋贡献。")
    assert doc.meta["county_code"] == "610925"
    assert [m.text for m in doc.mentions if m.type == "County"] == ["岚皋", "岚皋"]


def test_a_short_name_as_a_modifier_of_a_product_stays_no_mention():
    doc = process_text("岚皋县推广岚皋魔芋，把岚皋魔芋打造成品牌。")
    assert [m.text for m in doc.mentions if m.type == "County"] == ["岚皋县"]


def test_a_short_name_jieba_knows_well_needs_more_than_two_uses():
    doc = process_text("学习平遥经验。平遥古城游客增长。全县经济向好。")
    assert not doc.meta.get("county_code")


def test_a_zone_named_after_a_neighbouring_county_gives_the_report_no_county():
    # 岚皋 is a rare name (two uses would count): as the modifier of a zone's name it is no use of the place
    doc = process_text("我县推进岚皋开发区路面改造工程。岚皋开发区道路竣工通车，全县路网更加完善。")
    assert not doc.meta.get("county_code")
    # the report's own frames still name it
    doc = process_text("——2024年1月10日在岚皋第十八届人民代表大会第三次会议上。岚皋开发区建设提速，全县经济向好。")
    assert doc.meta["county_code"] == "610925"


def test_a_report_saying_all_of_its_prefecture_more_often_still_gets_its_county():
    # 全市 here is the prefecture (全市第一): the kind spoken picks among counties sharing a name, never drops the only one
    doc = process_text("——2024年1月10日在岚皋第十八届人民代表大会第三次会议上。"
                       "粮食产量全市第一，增速居全市前列，全市领先。全县经济稳中向好。")
    assert doc.meta["county_code"] == "610925"


def test_a_rare_name_as_a_modifier_inside_other_names_counts_less_than_the_reports_frame():
    # 漾濞 (a county of Yunnan) opens two names here; 岚皋 names the report in its frame
    doc = process_text("——2024年1月10日在岚皋第十八届人民代表大会第三次会议上。"
                       "漾濞文化研究中心投入使用。漾濞中心商贸集聚区建成。全县经济稳中向好。")
    assert doc.meta["county_code"] == "610925"


def test_a_partner_county_named_once_in_full_yields_to_the_reports_own_short_name():
    doc = process_text("——2024年1月10日在岚皋第十八届人民代表大会第三次会议上。"
                       "与佛山市南海区建立协作关系，在上海召开岚皋专场推介会。全县经济稳中向好。")
    assert doc.meta["county_code"] == "610925"
    assert doc.meta["county_rule"] == "county.own-most-frequent-short-name"
    # a county named in full once, with no short name to outweigh it, is still the report's
    doc = process_text("南海区经济稳中向好。全区上下团结奋斗。")
    assert doc.meta["county_code"] == "440605"


def test_a_county_named_as_it_was_before_its_upgrade_is_found():
    # invented: a report of a year before 监利县 became 监利市 (2020)
    doc = process_text("监利县人民政府工作报告。过去一年，全县上下团结奋斗，监利县经济持续向好。")
    assert doc.meta["county_code"] == "421088"
    assert "监利县" in names(doc, "County")


def test_a_short_name_of_the_kind_the_report_speaks_as_beats_a_neighbour_named_in_full():
    # a district's report (我区, 全区) names a neighbouring county in full twice, itself only in short
    text = ("今年以来，我区坚持项目为王，全区新开工项目42个。与紫阳县共建飞地园区，紫阳县提供用地指标，"
            "全区上下齐心协力，汉滨经济持续向好，汉滨人民生活改善，汉滨大地焕发新貌。")
    doc = process_text(text)
    assert doc.meta["county_code"] == "610902"
    assert doc.meta["county_rule"] == "county.own-short-name-of-spoken-kind"
    # a county's own report (我县) that names it in full keeps it, even when it says 全区 more often
    doc = process_text(text.replace("我区", "我县").replace("全区", "全县"))
    assert doc.meta["county_code"] == "610924"
    doc = process_text(text.replace("我区", "我县"))
    assert doc.meta["county_code"] == "610924"


def test_a_short_name_used_far_more_beats_a_division_of_the_same_kind_named_in_passing():
    text = ("今年以来，我区坚持项目为王，全区新开工项目42个。与汉台区共建飞地园区，汉台区提供用地指标，"
            "全区上下齐心协力，汉滨经济持续向好{}。")
    doc = process_text(text.format("，汉滨人民生活改善，汉滨大地焕发新貌"))
    assert doc.meta["county_code"] == "610902"
    assert doc.meta["county_rule"] == "county.own-short-name-of-spoken-kind"
    # a short name used once does not outweigh a district named twice in full
    doc = process_text(text.format(""))
    assert doc.meta["county_code"] == "610702"


def test_a_report_naming_no_county_in_full_gets_the_short_name_it_uses_alone_at_the_top():
    # 顺义 is a name jieba knows a little (each use counts 1): two uses are enough where the report
    # names no county in full at all
    text = "新城建设全面提速，顺义发展动能持续增强。全区经济稳中向好，顺义城乡面貌焕然一新。"
    doc = process_text(text)
    assert doc.meta["county_code"] == "110113"
    assert doc.meta["county_rule"] == "county.own-short-name-alone"


def test_a_short_name_used_twice_outside_the_province_named_or_before_a_mine_gives_no_county():
    doc = process_text("山东省新城建设全面提速，顺义发展动能持续增强。全区经济稳中向好，顺义城乡面貌焕然一新。")
    assert not doc.meta.get("county_code")
    doc = process_text("全县完成木里矿区整治。木里矿区生态修复取得成效。")
    assert not doc.meta.get("county_code")


def test_a_county_report_opening_with_its_prefectures_leadership_keeps_its_own_county():
    # invented: 衡南县's report names its prefecture 衡阳 (市委, 对接衡阳), which is also the short
    # name of another county of the kind spoken (衡阳县)
    doc = process_text("衡南县2024年政府工作报告\n各位代表：一年来，在衡阳市委、市政府的正确领导下，"
                       "衡南县全县上下真抓实干，全县经济稳中向好。我县主动融入衡阳城区，接受衡阳辐射，服务衡阳大局。\n")
    assert doc.meta["county_code"] == "430422"


def test_a_short_excerpt_naming_its_county_once_where_it_stands_for_the_place_gets_it():
    # invented: a short excerpt that speaks as a 县 and names 镇巴县 once, in short, as the place
    doc = process_text("全县上下团结一心。衷心感谢所有关心支持镇巴发展的各界人士！")
    assert doc.meta["county_code"] == "610728"
    assert doc.meta["county_rule"] == "county.own-short-name-named-once"
    # ... or as the subject of a verb of its progress, or before a word of its standing
    assert process_text("今年是镇巴迈向新阶段的关键之年，全县经济稳中向好。").meta["county_code"] == "610728"
    assert process_text("不断提升镇巴旅游美誉度，全县游客人数增长。").meta["county_code"] == "610728"


def test_a_short_name_used_once_gives_no_county_when_it_is_another_place_an_everyday_word_or_of_another_kind():
    # another place: learnt from, visited, partnered with
    assert not process_text("全县干部学习镇巴实践。").meta.get("county_code")
    # an everyday word of jieba (干群同心) is no proper name
    assert not process_text("干群同心、团结拼搏，全县经济稳中向好。").meta.get("county_code")
    # a 县's name in a report that speaks only as a 市
    assert not process_text("全市上下关心支持镇巴发展。").meta.get("county_code")
    # a name that opens with a verb of slogans, run into by a word (投资兴业 holds 兴业县's short name)
    assert not process_text("全县掀起投资兴业，热潮涌动。").meta.get("county_code")
    # two such names: none is the county
    assert not process_text("全县关心支持镇巴发展、汉阴发展。").meta.get("county_code")


def test_a_county_named_in_full_once_as_a_partner_yields_to_the_short_name_used_once_for_the_place():
    doc = process_text("全县深化与紫阳县结对协作，镇巴发展动能持续增强。")
    assert doc.meta["county_code"] == "610728"
    # named in full once, not as another place, it stays
    doc = process_text("紫阳县召开大会，全县深化协作，镇巴发展动能持续增强。")
    assert doc.meta["county_code"] == "610924"


def test_a_county_named_only_inside_another_name_is_no_mention_but_still_the_report_s_county():
    # invented: inside a document's title or at the head of a zone's name the division is no mention,
    # but a report that names no other county is still about it
    for text in ("全县上下请连同《镇巴县国民经济和社会发展计划草案》一并审议。",
                 "全县加快建设，镇巴县富硒食品产业园区获批省级园区。",
                 "《镇巴县2024年政府工作报告》\n各位代表：一年来，全县上下团结奋斗，我县坚持生态立县。"):
        doc = process_text(text)
        assert doc.meta.get("county_code") == "610728", text
        assert doc.meta["county_rule"] == "county.own-named-inside-a-name", text
        assert not names(doc, "County"), text
    # an honour's category (平安县(市)) is no place and nobody's county
    doc = process_text("全县荣获平安县（市）称号。")
    assert not doc.meta.get("county_code") and not names(doc, "County")
    # ... and a county named as the place before a verb that leads to a zone is a mention (与X县共建飞地园区)
    doc = process_text("全区与紫阳县共建飞地园区。紫阳县提供用地指标。")
    assert doc.meta["county_code"] == "610924"
    assert names(doc, "County") == {"紫阳县"}


def test_a_report_naming_its_county_only_inside_a_zone_s_name_keeps_its_province_s_lines():
    # invented: 追赶超越 is a line of Shaanxi (kg/data/national_lines.tsv), found only in its reports
    doc = process_text("全县加快建设，镇巴县富硒食品产业园区获批省级园区，奋力追赶超越。")
    assert doc.meta["county_code"] == "610728"
    assert "追赶超越" in names(doc, "Strategy")


def test_a_short_name_used_once_after_a_word_that_compares_or_fetches_is_not_the_report_s_county():
    # invented: the report's county benchmarks itself against, outgrows or draws visitors from another
    for text in ("全县上下对标安吉发展，打造生态强县。",
                 "全县游客人数增长，其中来自固始的游客占三成。",
                 "全县经济总量超过固始，位居全市第一。"):
        assert not process_text(text).meta.get("county_code"), text
    # a visitor coming to the county named in full (赴X县调研) leaves the county its own
    doc = process_text("省委主要领导赴紫阳县调研指导工作。全县上下对标安吉发展，打造生态强县。")
    assert doc.meta["county_code"] == "610924"


def test_a_county_named_whole_before_its_organ_is_a_mention():
    # invented: jieba reads the suffix with the organ (武功|县政府, 紫阳|县委), the name is still whole
    for text, county in (("2023年武功县政府工作报告\n各位代表：全县上下团结奋斗。", "武功县"),
                         ("中共紫阳县委召开全会，全县上下团结奋斗。", "紫阳县")):
        assert names(process_text(text), "County") == {county}, text
    # a name that does not begin a word stays none (范县 of 示范|县政府 ... : 示范县 is one word)
    assert not names(process_text("全县创建示范县政府引导，推进示范区委托管理。"), "County")


def test_a_short_name_inside_the_county_s_own_line_is_no_mention():
    # invented: 法治X, 诚信X are the county's lines; the county is named only where it stands alone
    doc = process_text("全县深入推进法治紫阳、诚信紫阳建设。", county_code="610924")
    assert {"法治紫阳", "诚信紫阳"} <= names(doc, "Strategy")
    assert not names(doc, "County")
    doc = process_text("紫阳发展迈上新台阶，全县深入推进法治紫阳建设。", county_code="610924")
    assert names(doc, "County") == {"紫阳"}


def test_a_body_page_speaking_as_no_kind_gets_the_county_it_names_once_for_its_strength():
    # invented: a page of a report's tasks that never says 全县, naming its county once as the place
    doc = process_text("坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，为全面建设社会主义现代化国家贡献镇巴力量。")
    assert doc.meta.get("county_code") == "610728"
    # not a sum of strength given by no county, nor a place another verb compares with
    for text in ("坚持稳中求进工作总基调，为全面建设社会主义现代化国家贡献力量。",
                 "坚持稳中求进工作总基调，对标镇巴发展，为现代化建设贡献力量。"):
        assert not process_text(text).meta.get("county_code"), text
    # a prefecture that shares the county's short name may be the one the page speaks for (a city's
    # report that says 全省 but not 全市): a page that speaks as no kind gets no county from it
    doc = process_text("深入实施乡村振兴战略，为全省振兴发展贡献铁岭力量。")
    assert not doc.meta.get("county_code")
    assert not [f for f in doc.facts if f.type == "implements"]
