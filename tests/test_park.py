"""Park rules: zone suffixes, named markets, and negatives."""
from conftest import forms_by_key, names, process_text
from test_relate_project import pairs


def parks(text):
    return names(process_text(text), "Park")


def test_zones_and_markets():
    doc = process_text("做强介休经济技术开发区，建设义安物流园和段屯蔬菜批发市场，提升洪山陶瓷产业园。")
    assert {"介休经济技术开发区", "义安物流园", "段屯蔬菜批发市场", "洪山陶瓷产业园"} <= names(doc, "Park")


def test_leading_verbs_are_stripped():
    doc = process_text("依托平遥工业园区，打造古陶物流园。")
    assert names(doc, "Park") == {"平遥工业园区", "古陶物流园"}


def test_wetlands_and_generic_zones_are_not_parks():
    doc = process_text("建成国家湿地公园，推动园区和开发区改革，开拓国内市场。")
    assert names(doc, "Park") == set()


def test_items_of_a_list_that_shares_one_park_suffix():
    doc = process_text("抓好装备制造、食品加工、现代物流3个产业园建设。")
    assert {"装备制造", "食品加工", "现代物流"} <= names(doc, "Park")


def test_counts_ranks_and_kinds_are_not_places():
    doc = process_text("打造智慧型物流园区和十大特色创业园，争创国家农业科技园区。")
    assert names(doc, "Park") == set()


def test_markets_one_adapts_to_and_village_facilities_are_not_parks():
    doc = process_text("推动专业设置面向市场，建设镇农贸市场和村级物流园。")
    assert names(doc, "Park") == set()


def test_a_quoted_epithet_is_not_part_of_the_name():
    doc = process_text("完善“中国陶瓷之乡”城东陶瓷文化产业园基础设施。")
    assert "城东陶瓷文化产业园" in names(doc, "Park")


def test_a_size_before_a_park_links_to_the_same_park():
    doc = process_text("建设千亩设施蔬菜示范园。设施蔬菜示范园带动农户增收。", county_code="140728")
    keys = {m.key for m in doc.mentions if m.type == "Park"}
    assert len(keys) == 1


def test_amount_classes_and_markets_reached_are_not_places():
    doc = process_text("打造百亿园区，推动特色农产品走向国内外市场。")
    assert names(doc, "Park") == set()


def test_items_before_a_count_of_双创_bases_are_parks_and_link_to_their_full_names():
    doc = process_text("建设青川石刻创业园。提升纺织园、青川石刻、岭南灯具等十大“双创”基地发展质量。", county_code="140728")
    assert {"纺织园", "青川石刻", "岭南灯具"} <= names(doc, "Park")
    keys = forms_by_key(doc, "Park")
    assert {"青川石刻创业园", "青川石刻"} in keys


def test_a_count_before_a_zone_word_makes_it_the_kind_of_the_parks_listed():
    doc = process_text("建成杂粮示范园、食用菌示范园和药材示范园3个千亩现代农业园区，打造“两大产业集聚区”。")
    found = names(doc, "Park")
    assert not any("现代农业园" in n or n.startswith("两大") for n in found)


def test_a_zone_word_quoted_on_its_own_is_a_figure_of_speech():
    doc = process_text("建设商贸物流“集聚区”，当好工业“主力军”。")
    assert names(doc, "Park") == set()


def test_a_park_of_two_industries_joined_by_及_keeps_both():
    doc = process_text("加快光电信息及智能制造产业园建设，依托开发区新能源及储能装备产业园招引企业。")
    assert {"光电信息及智能制造产业园", "新能源及储能装备产业园"} <= names(doc, "Park")


def test_及_before_a_bare_zone_word_joins_two_things():
    doc = process_text("完善智慧管理平台及东关园区配套设施。")
    assert names(doc, "Park") == {"东关园区"}


def test_新材料_is_one_word_at_the_start_of_a_park_name():
    doc = process_text("完善污水管网，以及新材料及先进装备产业园配套道路。")
    assert "新材料及先进装备产业园" in names(doc, "Park")


def test_what_is_left_after_a_quoted_epithet_is_rejected_like_any_name():
    doc = process_text("持续推进“河东三宝”百亿园区建设。")
    assert names(doc, "Park") == set()


def test_the_county_own_name_is_no_everyday_word_before_a_park():
    # 石首 (石首市) is frequent in jieba's dictionary; in its own county's report it names the place
    sentence = "加快石首高新区扩容，推动资源产业园发展。"
    assert names(process_text(sentence, county_code="421081"), "Park") == {"石首高新区"}
    assert "石首高新区" not in names(process_text(sentence), "Park")


def test_a_bare_zone_word_is_the_county_own_zone():
    doc = process_text("县经济开发区完成扩区。经济开发区新入驻企业12家，石首经济开发区营收增长。", county_code="421081")
    assert {"县经济开发区", "经济开发区", "石首经济开发区"} <= names(doc, "Park")
    assert {"县经济开发区", "经济开发区", "石首经济开发区"} in forms_by_key(doc, "Park")


def test_zone_words_as_kinds_titles_or_applications_are_not_the_county_zone():
    doc = process_text("推动两个开发区、高新区和经开区等园区改革，积极申报化工园区，石首化工园获批省化工园区。",
                       county_code="421081")
    assert names(doc, "Park") == {"石首化工园"}


def test_incubators_new_towns_squares_clusters_and_standard_plants():
    doc = process_text("建成禾丰孵化园，推进临河产业新城建设，桐溪创业广场投入运营，鹤鸣工业集中区提档升级，"
                       "引进光谷产业创新基地。")
    assert {"禾丰孵化园", "临河产业新城", "桐溪创业广场", "鹤鸣工业集中区", "光谷产业创新基地"} <= names(doc, "Park")


def test_a_list_of_parks_counted_in_figures():
    doc = process_text("推动甲山产业园、乙水孵化园、丙村标准化厂房3大园区建设。")
    assert {"甲山产业园", "乙水孵化园", "丙村标准化厂房"} <= names(doc, "Park")


def test_verbs_markets_sizes_ranks_titles_and_counted_kinds_are_not_parks():
    doc = process_text("狠抓园区招商，受房地产市场影响，稳就业拓市场，带动5万亩田园综合体建设，县省级园区营收增长，"
                       "被评为省级绿色工业园区，建成农业科技示范园区12处，着力打造区域创新基地。")
    assert names(doc, "Park") == set()


def test_a_list_of_industrial_clusters_and_a_park_named_after_a_new_industry():
    doc = process_text("青岭陶瓷、白沙纺织等工业集中区提档升级，建成新型显示产业园，打造智能型物流园区。")
    assert {"青岭陶瓷", "白沙纺织", "新型显示产业园"} <= names(doc, "Park")
    assert not any("智能型" in n for n in names(doc, "Park"))


def test_a_pilot_zone_with_its_station_in_brackets_is_a_place():
    doc = process_text("依托中国临江跨境电商综合试验区(青山站)拓展外贸，推进产业转型综合试验区建设。")
    assert names(doc, "Park") == {"中国临江跨境电商综合试验区(青山站)"}


def test_a_rank_and_a_quality_before_a_bare_zone_word_is_a_title():
    doc = process_text("全县两个园区均获省级绿色工业园区称号，国家级循环化园区创建通过验收。")
    assert names(doc, "Park") == set()


def test_bonded_zones_light_industry_and_innovation_parks_and_farm_showcases():
    doc = process_text("岚溪综保区获评先进单位，青湾电动车轻工园获认定，柏川自主创新园亩均产值提升，"
                       "启动岱山万亩核心示范区建设，完成粮仓“岭东—溪西”产业示范片建设，"
                       "稳步推进“甲坪—乙岭”“丙湾—丁溪”2个万亩产业示范片。")
    assert {"岚溪综保区", "青湾电动车轻工园", "柏川自主创新园", "岱山万亩核心示范区", "甲坪—乙岭", "丙湾—丁溪"} <= names(doc, "Park")
    assert "岭东—溪西产业示范片" in names(doc, "Park") and "产业示范片" not in names(doc, "Park")
    # a showcase zone without its size is a title (X高质量发展示范区), and a size alone is no place
    assert names(process_text("聚力革命老区高质量发展示范区建设，建设万亩示范区。"), "Park") == set()


def test_the_national_farm_park_programmes_are_places_and_titles_are_not():
    doc = process_text("创成首批国家现代农业产业园，岚溪园区夺得全省开发区综合考核第一，"
                       "跻身省级经济开发区15强，被列为国家级循环化改造示范试点园区，建成全市首个省级高新技术产业园。")
    assert names(doc, "Park") == {"国家现代农业产业园", "岚溪园区"}


def test_the_county_s_own_industrial_park_named_bare_and_markets_one_steadies_are_no_places():
    doc = process_text("县工业园被列为省级园区，高新园区考核第一。政府决定补贴30%稳控医药市场，规范建材市场秩序。",
                       county_code="140728")
    assert names(doc, "Park") == {"县工业园", "高新园区"}
    assert {"平遥工业园", "平遥高新园区"} <= {m.attrs.get("known_as") for m in doc.mentions if m.type == "Park"}


def test_a_town_of_one_trade_whose_works_come_in_phases_or_where_firms_settle_is_a_park():
    doc = process_text("羊绒小镇二期主体完工，皮草小镇已入驻加工企业20家，“鲜奶小镇”一期工程顺利开工。")
    assert {"羊绒小镇", "皮草小镇", "鲜奶小镇"} <= names(doc, "Park")
    # a town one builds or creates is a goal or a work, and a featured town is a kind
    doc = process_text("加强岭南文旅小镇建设，推进特色小镇一期创建，打造水果小镇。")
    assert names(doc, "Park") == set()


def test_a_national_agricultural_high_tech_zone_and_its_short_form_are_parks():
    doc = process_text("岭南国家农高区种业研究院建成运行。推进淮河平原农业高新技术产业示范区建设。农高区总体规划完成。")
    assert names(doc, "Park") == {"岭南国家农高区", "淮河平原农业高新技术产业示范区"}


def test_a_park_named_by_the_products_it_supplies_is_one_park_and_a_work_while_built():
    doc = process_text("围绕整车制造，车桥、座椅等配套产业园主体完工。")
    assert names(doc, "Park") == {"车桥、座椅等配套产业园"} and names(doc, "Project") == {"车桥、座椅等配套产业园"}
    doc = process_text("规划车桥、座椅等配套产业园。")
    assert names(doc, "Project") == set()


def test_zones_of_science_named_as_a_city_or_a_valley():
    doc = process_text("推进青湾科学城建设，云岭科创谷一期项目启动建设，望江科技城新入驻企业12家。")
    assert {"青湾科学城", "云岭科创谷", "望江科技城"} <= names(doc, "Park")
    # the kind alone, or a title earned, is no zone
    doc = process_text("加快建设科技城，推动科学城与高校合作。")
    assert not names(doc, "Park")


def test_an_industry_park_named_by_an_everyday_industry_word_is_a_place():
    doc = process_text("加快建设茶叶产业园，沿河产业园开工，蚕桑产业园交易中心建成投用。")
    assert {"茶叶产业园", "沿河产业园", "蚕桑产业园"} <= names(doc, "Park")


def test_a_quality_or_kind_before_产业园_is_a_category_of_parks():
    doc = process_text("推进特色产业园建设，发展现代产业园，培育高新技术产业园，建设3个产业园。")
    assert names(doc, "Park") == set()


def test_a_verb_or_a_pronoun_glued_to_a_bare_zone_word_is_no_park():
    got = parks("坚定不移抓园区，上项目。1.攻坚园区“主战场”，共筑新支撑。在该县开发区青松产业港举办开工仪式。")
    assert not any(n in got for n in ("抓园区", "坚定不移抓园区", "攻坚园区", "该县开发区"))


def test_titles_a_zone_earns_are_no_parks():
    got = parks("推进“三优”园区攻坚专项行动。全省首个县级冰雪产业园落户本县。获评全国先进制造业百强园区。")
    assert not got


def test_a_zone_of_the_first_batch_is_still_a_park():
    assert "国家现代农业产业园" in parks("创成首批国家现代农业产业园。")


def test_a_park_named_by_the_trade_it_hosts_before_a_bare_yuan():
    got = parks("启动青川高端装备制造园建设，白石古城非遗园成功创建。")
    assert {"青川高端装备制造园", "白石古城非遗园"} <= got
    assert not parks("建设城南公园和幸福家园，提升百亩果园。")


def test_the_countys_zone_promoted_to_a_higher_rank_is_the_countys_zone():
    assert "经开区" in parks("入列全省重点开发区县，经开区创建为省级开发区。")
    assert "经开区" not in parks("推进省级经开区创建。")


def test_zones_named_a_port_and_airport_economic_zones_are_parks():
    got = parks("在开发区青松机器人产业港举办开工仪式。加快建设国家临空经济示范区。本县空港经济区大力发展食品产业。")
    assert {"青松机器人产业港", "国家临空经济示范区", "空港经济区"} <= got
    assert not parks("建设内河物流港口。")


def test_the_only_one_of_the_province_is_a_superlative_before_the_name():
    assert "国家现代农业产业园" in parks("成功获批本年度全省唯一国家现代农业产业园。")


def test_parks_of_trade_and_science_named_by_an_everyday_word():
    got = parks("湖畔科技城、滨江产业城、沿江工业城三大平台空间更广阔，商贸物流园建成。")
    assert {"湖畔科技城", "滨江产业城", "沿江工业城", "商贸物流园"} <= got
    assert not parks("建设现代物流园和智慧物流园。")


def test_an_industry_park_word_inside_a_longer_kind_word_is_not_cut_out():
    assert "加工物流园" not in parks("启动投资0.67亿元的城北产业园加工物流园区项目。")


def test_a_park_list_never_runs_across_a_half_width_comma():
    # (texts normalized by NFKC write the clause's comma ，as ,)
    doc = process_text("规上企业增加至90家、超过全县总量一半,两大园区产值增长12%。")
    assert parks(doc.text) == set()


def test_a_clause_verb_or_a_length_before_a_zone_word_is_no_part_of_a_park():
    got = parks("先后邀请200余户企业来园区考察，稳居全省开发区第一方阵，同步铺设18公里园区配水管网，"
                "建设桐溪新材料产业园。")
    assert got == {"桐溪新材料产业园"}


def test_a_rank_a_zone_is_raised_to_or_earns_is_a_title():
    got = parks("柳湾茶叶产业园升级为省级四星级园区，桐溪非遗园成功创建“江南省特色文化产业示范园区”，"
                "园区荣获全国农产品加工示范基地、江南省示范县域工业集中区等称号。")
    assert got == {"柳湾茶叶产业园", "桐溪非遗园"}


def test_a_note_in_brackets_before_the_suffix_is_inside_the_parks_name():
    got = parks("柳湾园区晋升省级现代农业(茶叶)产业园区，推进湘黔合作(甲·乙)示范园区建设，完成工业园(一期)基础设施。")
    assert {"省级现代农业(茶叶)产业园区", "湘黔合作(甲·乙)示范园区"} <= got
    assert not any("(一期)" in n for n in got)


def test_the_start_of_a_route_is_no_part_of_the_zone_it_reaches():
    got = parks("完成G123柳湾镇至桐溪开发区路面改造工程。")
    assert got == {"桐溪开发区"}


def test_a_bare_zone_word_that_ends_a_longer_name_is_not_the_countys_zone():
    # (nor, found there, is it a name the document repeats: 获批省级|化工园区 is a title)
    doc = process_text("桐溪页岩气综合利用化工园区成功获批省级化工园区。", county_code="141024")
    assert names(doc, "Park") == {"桐溪页岩气综合利用化工园区"}


def test_a_time_or_a_verb_of_location_before_a_zone_is_no_part_of_its_name():
    # (invented) the year of the clause and the verb that places a firm end the walk leftwards
    got = parks("去年岭川塔岭工业园在建项目12个，坐落于青禾开发区的岚达公司投产，前年云谷物流园开园。")
    assert {"岭川塔岭工业园", "青禾开发区", "云谷物流园"} <= got
    assert not any(n.startswith(("去年", "坐落", "前年")) for n in got)


def test_a_market_of_a_scope_or_a_price_is_trade_not_a_place():
    # a market named by the space it spans (沿线国家, 区域性股权) or read for its price or share
    doc = process_text("企业积极开拓沿线国家市场，深化区域性股权市场试点，停产就会影响全国化肥市场价格。")
    assert names(doc, "Park") == set()
    # a named market of a product is still a place
    assert "城东蔬菜批发市场" in parks("建成城东蔬菜批发市场，带动周边农户。")


def test_a_verb_of_going_to_a_place_is_no_part_of_the_parks_name():
    assert "东岭县石坪产业园区" in parks("走进东岭县石坪产业园区，机器轰鸣声此起彼伏。")
    assert parks("记者来到南川物流园区，看到车辆进出。") == {"南川物流园区"}


def test_a_rank_right_before_a_zone_word_names_a_class_of_zones():
    # (全市市级高新区考核, 南坪区村级工业园升级: the city's ranked zones, a district's village parks)
    got = parks("全市市级高新区考核位次前移。南坪区村级工业园升级腾退土地。")
    assert not got & {"全市市级高新区", "南坪区村级工业园", "市级高新区", "村级工业园"}
    assert "南坪高新区" in parks("南坪高新区考核位次前移。")


def test_a_bare_chemical_park_is_the_kind_applied_for_not_the_countys_zone():
    got = parks("做好化工园区认定工作，为化工园区保障蒸汽稳定供应。")
    assert "化工园区" not in got
    # the county's own chemical park named so is still its zone (县化工园区)
    assert parks("县化工园区今年新增企业3家。") == {"县化工园区"}


def test_a_count_of_the_works_named_after_a_zone_is_theirs_not_the_zones():
    got = parks("16个项目顺利竣工，城东家居产业园23个优质项目建成投产。引进甲乙新材料和丙丁特钢产业园2个百亿级项目。")
    assert {"城东家居产业园", "丙丁特钢产业园"} <= got


def test_a_zone_before_its_own_count_is_a_kind_of_zone():
    assert parks("建成现代农业科技示范园区26个，双创产业园1家。") == set()


def test_a_named_market_of_a_rank_or_a_region_is_a_place():
    # 国家级, 区域性 inside a named market's name (after its place) do not make it the economy
    assert parks("建成城东国家级农产品批发市场。") == {"城东国家级农产品批发市场"}
    assert parks("建成陇南区域性农产品交易市场。") == {"陇南区域性农产品交易市场"}


def test_a_base_or_a_showcase_zone_with_its_parts_or_grown_to_size_is_a_place():
    # a zone is a place where it has parts (东扩区, 起步区, 东区, 配套设施) or has grown (初具规模)
    got = parks("完成储能装备基地北扩区土地收储。中德示范区起步区全面建成，"
                "云杉示范区配套设施全面投用，冷链食材基地初具规模。")
    assert {"储能装备基地", "中德示范区", "云杉示范区", "冷链食材基地"} <= got


def test_a_base_made_the_platform_of_an_industry_is_a_place():
    got = parks("光电产业方面，以云杉创客基地为平台引进企业。谋划建设城东智能装备产业基地等重大平台。")
    assert {"云杉创客基地", "城东智能装备产业基地"} <= got
    # a town or a community made the carrier of a policy is no zone, nor a base where people are taught
    assert parks("推进以县城为重要载体的城镇化，以社区为依托布局养老服务。") == set()
    assert parks("以爱国主义教育基地为载体，以党员干部培训基地为平台开展活动。") == set()


def test_a_base_or_a_showcase_zone_built_as_a_work_or_aimed_at_is_no_place():
    # a phase of a base is a work (…检测基地二期工程), a showcase zone's pilot area a title,
    # a base one aims at a goal
    got = parks("建设云杉检测基地二期工程，争创绿色发展示范区先行区，打造全国重要的光伏产业基地。")
    assert not got & {"云杉检测基地", "绿色发展示范区", "光伏产业基地", "全国重要的光伏产业基地"}
    # a farm or a plant named by what is grown, bred or made in it is a work, whatever follows it
    assert parks("建成蔬菜种植基地配套设施，万亩茶叶种植基地初具规模，肉牛养殖基地南区投产。") == set()


def test_a_bare_zone_word_beside_a_named_park_or_raised_to_a_rank_is_the_countys_zone():
    # 经济开发区、X园区全面整合: the county's zone listed with a named one; 经济开发区创建省级X:
    # the county's zone applying for a higher rank
    assert "经济开发区" in parks("经济开发区、城关创新产业园区全面整合。")
    assert "经济开发区" in parks("积极推进经济开发区创建省级高新技术开发区。")


def test_bare_zone_words_listed_together_are_kinds_not_the_countys_zone():
    assert "经济开发区" not in parks("推动经济开发区、高新区等园区整合提升。")
    assert "高新区" not in parks("国家级高新区创建全力推进。")


def test_a_bare_industry_cluster_zone_is_the_countys_zone():
    # (a county of Henan calls its one 产业集聚区 so alone)
    assert "产业集聚区" in parks("今年落户产业集聚区项目46个。该县产业集聚区综合排名上升。")
    assert "产业集聚区" not in parks("全省产业集聚区考核排名公布，各产业集聚区加快发展，促进产业集聚区提质转型。")


def test_a_trade_centre_a_county_builds_is_a_work_not_a_park():
    # (a bare 商贸城 is built as a work; one of logistics, 物流商贸城, is a zone)
    assert "云杉国际商贸城" not in parks("城关镇负责实施云杉国际商贸城、滨河花园项目。")
    assert parks("以云杉物流商贸城为龙头发展商贸物流业。") == {"云杉物流商贸城"}


def test_a_park_named_by_its_trade_before_a_bare_yuan():
    # a small-firm park, a park of science start-ups and a processing park are places of firms
    doc = process_text("推动青溪茶叶小微园投用，完成云岭科创园续建工程，白石竹业加工园引入多家企业。")
    assert {"青溪茶叶小微园", "云岭科创园", "白石竹业加工园"} <= names(doc, "Park")
    # (a 园 after no trade word stays a garden or an orchard)
    assert names(process_text("建成城东果园和桃花公园。"), "Park") == set()


def test_a_district_where_firms_settle_or_industry_grows_is_a_park():
    # 片区: a district of a zone, where firms build or an industry grows (在X片区开工, X片区产城融合)
    doc = process_text("今年在青林片区落地的新材料企业达到5家，白沙片区工业用地供应200亩，红岭片区产城融合走深走实。")
    assert {"青林片区", "白沙片区", "红岭片区"} <= names(doc, "Park")
    # (a district cleared, resettled or rebuilt is a part of town, not a zone of firms)
    doc = process_text("城北片区棚户区改造完成征收，西湖片区处置低效用地500亩，启动老街片区改造。")
    assert names(doc, "Park") == set()


def test_a_trade_yuan_before_qu_is_read_as_the_whole_zone_word():
    doc = process_text("农产品加工园区宏达纺织项目完成主体工程，竹木加工园区新增规上企业5家。")
    assert {"农产品加工园区", "竹木加工园区"} <= names(doc, "Park")
    assert not {"农产品加工园", "竹木加工园"} & names(doc, "Park")


def test_items_of_a_park_list_with_a_quoted_item_or_a_rank_before_the_kind():
    doc = process_text("全力推进机械制造、绿色食品、“两新”产业园等三大园区建设。")
    assert {"机械制造", "绿色食品"} <= names(doc, "Park")
    doc = process_text("支持南屏物流区、北川新区等周边开发区提档升级。")
    assert {"南屏物流区", "北川新区"} <= names(doc, "Park")
    doc = process_text("设立古堰文创旅游、南山康养2个产业功能区。")
    assert {"古堰文创旅游", "南山康养"} <= names(doc, "Park")
    # (what is listed before 等 and a kind that is no zone stays out: 等周边地区)
    assert names(process_text("加强与东港、西岭等周边地区的合作。"), "Park") == set()


def test_a_year_of_award_a_class_ranked_among_and_a_province_first_are_not_places():
    doc = process_text("成功获选2030年省级现代农业产业园，开发区在全市同类园区中排名第三。")
    assert names(doc, "Park") == set()
    doc = process_text("乙市首座氢能装备产业园在开发区开工，省级高新园区创建通过考核。")
    assert not {"乙市首座氢能装备产业园", "省级高新园区"} & names(doc, "Park")


def test_a_district_that_gets_housing_schools_or_parks_or_loses_its_firms_is_no_park():
    # 片区 is a zone of firms only where firms or an industry come in: housing, schools and civic
    # parks built there, or firms leaving it (退城入园), make it a part of town
    assert names(process_text("在城东片区新建安置房800套、学校2所。"), "Park") == set()
    assert names(process_text("推进老城片区工业企业退城入园。"), "Park") == set()
    doc = process_text("在滨河片区投资3亿元建设市民公园项目，改善群众生活环境。")
    assert names(doc, "Park") == set()
    assert pairs(doc, "locatedInPark") == set()
    assert names(process_text("在南湖片区开工建设保障性住房。"), "Park") == set()
    assert names(process_text("保障性住房在北岗片区开工。"), "Park") == set()
    # (firms that build there and an industry that grows there still make it one)
    doc = process_text("海川集团在北岗片区发展新材料产业，蓝桥电子在南湖片区开工建设。")
    assert {"南湖片区", "北岗片区"} <= names(doc, "Park")


def test_a_district_is_a_park_only_where_a_firm_or_an_industry_is_what_starts_there():
    # 开工, 新建, 布局 in a 片区 make it a zone of firms only with a firm, an industry or an industrial
    # work after them (or a firm that builds there before them): whatever else is built makes none
    for text in ("东关小学项目在城东片区开工建设。", "在城东片区开工建设东关小学。", "在城东片区开工建设城南体育馆。",
                 "在城东片区开工建设公租房项目。", "在城东片区开工建设农贸市场。", "在城东片区开工建设养老院。",
                 "在城东片区布局5个安置房项目。", "在城东片区布局一批学校项目。", "城东片区工业企业退二进三。"):
        assert names(process_text(text), "Park") == set(), text
    for text in ("在城东片区开工建设澜峰科技铸件生产线。", "在城东片区布局5个新材料产业项目。",
                 "在城东片区新建标准化厂房10万平方米。"):
        assert "城东片区" in names(process_text(text), "Park"), text


def test_a_place_in_brackets_inside_a_zone_s_name_is_part_of_it():
    # a place's note names the branch of a brand or a region: the name goes on after it, and an
    # everyday word before it (北部) is its proper name
    assert {"北部(成都)科学城", "宏达能源(洛阳)新材料产业园"} <= parks("北部(成都)科学城，宏达能源(洛阳)新材料产业园签约落地。")


def test_a_note_that_is_no_place_or_a_verb_after_the_note_makes_no_branch_zone():
    found = parks("鑫源集团(洛阳)投资建设新材料产业园，宏达能源(控股)新材料产业园签约落地。")
    assert "新材料产业园" in found and not any("(" in p for p in found)


def test_a_zone_named_by_the_quarter_of_the_county_town_is_a_place():
    # (城北 and 城南 are everyday words of jieba's, but name one place before a zone's kind)
    assert {"城北工业园区", "城西园区"} <= parks("以轻纺为主的城北工业园区，华丰纸业入驻城西园区。")


def test_a_quarter_of_town_before_no_zone_kind_is_no_park():
    assert parks("推动城南片区改造，建设城北新区，完善城东商业街。") == set()


def test_a_city_s_name_before_a_zone_s_kind_is_a_place_however_everyday():
    # (宁波 and 苏州 are everyday words of jieba's, but a prefecture's name before 高新区 or 经开区
    # names that city's zone)
    found = parks("与宁波高新区签订合作协议，引进苏州经开区企业12家。")
    assert {"宁波高新区", "苏州经开区"} <= found


def test_an_everyday_word_that_is_no_place_before_a_zone_s_kind_stays_no_park():
    assert parks("推动沿海经开区和先进高新区合作，打造先进经开区。") == set()
    # (a county-level name that is an everyday word too is not read as a place here: 城区 of 阳泉)
    assert parks("推进城区工业园区建设。") == set()


def test_a_size_class_before_a_bare_zone_kind_is_a_class_not_a_place():
    # (the class a county's zone aims at, wherever the name starts: a place before it names no zone)
    assert parks("锦屏千亿级产业园区加速崛起，锦屏县锚定五百亿园区目标。") == set()
    # (in digits too)
    assert parks("锦屏县锚定500亿级产业园区目标，打造300亿园区。") == set()
    # (a trade between the class and the kind names one zone, of that trade and size)
    assert parks("锦屏工业园区加速崛起，锦屏百亿级食品产业园区签约落地。") == {"锦屏工业园区", "锦屏百亿级食品产业园区"}


def test_a_bare_zone_kind_after_a_clause_ending_in_a_verb_is_its_object():
    # (擦亮, 放大, 增强 are no boundary words: the walk leftwards reached the clause's start; each text
    # gives a false park without the rule)
    for text in ("收入稳步增长。不断擦亮经开区招牌。", "全镇不断放大园区辐射效应。",
                 "这个县不断增强开发区承载能力。"):
        assert parks(text) == set(), text


def test_a_zone_whose_words_end_in_a_verb_of_its_trade_or_in_a_place_is_a_place():
    # (制造, 转移 after a noun and 制造 after 先进 name the zone's trade; 安化 is a county's short
    # name and 渡 a piece of a place's name, though jieba tags them verbs; 进贤 alone is the core)
    found = parks("鹤鸣科技创新园区、湖南安化产业园区、红渡工业园区和进贤经开区各引进企业5家。")
    assert {"鹤鸣科技创新园区", "湖南安化产业园区", "红渡工业园区", "进贤经开区"} <= found
    found = parks("青溪智能制造园区、青溪先进制造园区和青溪承接产业转移工业园区各引进企业5家。")
    assert {"青溪智能制造园区", "青溪先进制造园区", "青溪承接产业转移工业园区"} <= found


def test_words_before_a_middle_dot_are_no_part_of_the_park_s_name():
    # (a slogan, a theme, another park, a person or a bullet before the dot: the park alone)
    for text, want in (("新春走基层·青溪产业园里的忙碌身影。", {"青溪产业园"}),
                       ("聚焦高质量发展·青溪产业园新签约项目12个。", {"青溪产业园"}),
                       ("青溪产业园·北岭物流园联动发展。", {"青溪产业园", "北岭物流园"}),
                       ("工作亮点•青溪产业园新签约项目12个。", {"青溪产业园"})):
        assert parks(text) == want, text


def test_no_brand_before_the_dot_leaves_the_park_alone():
    # (a year before the dot, or a comma before the brand's place, ends the walk)
    assert parks("举办2023·青溪产业园招商推介会。") == {"青溪产业园"}
    assert parks("营业收入增长20%,·青溪产业园开园运营。") == {"青溪产业园"}


def test_a_zone_kind_after_a_verb_of_joining_a_rank_is_the_rank_s_class():
    assert parks("白河小镇项目跻身省级特色示范园区，鹤鸣镇入围全国特色产业园。") == set()
    # (the zone that joins the rank is named before the verb, and stays)
    assert parks("青溪产业园入选省级特色产业园。") == {"青溪产业园"}


def test_a_place_before_a_verb_of_a_zone_s_name_keeps_the_zone():
    # (jieba tags 高密, 常熟 adjectives and 正定 an adverb: a place of the gazetteer before the verb
    # is the zone's place, not an adverb opening a clause; 种植 after 高效 names the zone's trade)
    for text, want in (("高密铸造产业园区引进企业5家。", "高密铸造产业园区"), ("常熟再生产业园区引进企业5家。", "常熟再生产业园区"),
                       ("正定集散园区引进企业5家。", "正定集散园区"), ("青溪高效种植园区引进企业5家。", "青溪高效种植园区")):
        assert want in parks(text), text


def test_the_class_after_the_participle_of_a_verb_of_joining_a_rank_is_no_zone():
    # (入选的, 入围的 + a rank's class: the list of a rank, no zone; review 19d finding 4)
    for text in ("此次入选的省级现代农业产业园名单公布。", "入围的省级农业科技园区名单公布。",
                 "入选的全省十大产业园区名单公布。", "入选的省级农业产业园名单公布。", "此次入选的省级特色产业园名单公布。"):
        assert parks(text) == set(), text


def test_every_bare_kind_of_zone_after_a_clause_s_verb_is_its_object():
    # (工业园, 产业园, 物流园区, 化工园区, 示范园区 as 园区: no place, and no clause in a name)
    for kind in ("工业园", "产业园", "物流园区", "物流园", "化工园区", "示范园区"):
        assert parks(f"全县不断增强{kind}承载能力。") == set(), kind


def test_a_gazetteer_row_that_is_no_division_or_a_place_fused_into_a_phrase_is_no_zone_s_place():
    # (海域 has a code of 99 in the gazetteer: the sea, no prefecture; 朝阳产业 is a sunrise
    # industry, one word of jieba's, while 朝阳|经开区 is the city's zone)
    assert parks("加强海域园区统筹，加快发展朝阳产业园区。") == set()
    assert parks("鹤鸣镇与朝阳经开区签订合作协议。") == {"朝阳经开区"}
    # a zone jieba knows whole, its city inside the word, keeps its city (review 19d, finding 1)
    assert parks("鹤鸣镇与苏州工业园区签订合作协议。") == {"苏州工业园区"}
    assert parks("鹤鸣镇与苏州高新区签订合作协议。") == {"苏州高新区"}


def test_a_zone_name_a_quote_holds_is_a_title_a_class_or_a_slogan():
    # (a title a zone is named with or wins, a rank's list, a framework, a new role: no place)
    for text in ("枫林园区先后获评“省级四星级物流园区”“全省十佳物流园区”。",
                 "白沙纺织产业城入选“2025全国百强纺织园区”。",
                 "聚焦“两带三园区”布局，优化产业空间。", "确立“南部智造科技城”新定位。",
                 "全力争创“国家级零碳产业园”。", "打响“锦屏智造园”品牌。"):
        assert parks(text) - {"枫林园区", "白沙纺织产业城"} == set(), text


def test_a_zone_s_name_alone_in_a_quote_is_a_place():
    # (no honour verb before the quote, no rank or title word in it, no words of it around the name:
    # review 20a, finding 1)
    assert parks("与“白沙高新区”签署共建协议。") == {"白沙高新区"}
    assert parks("依托“枫林物流园”，发展冷链配送。") == {"枫林物流园"}
    assert parks("“锦屏经济开发区”正式获批省级开发区。") == {"锦屏经济开发区"}
    assert parks("“沐川工业园”“苍梧产业园”共引进企业20家。") == {"沐川工业园", "苍梧产业园"}
    assert parks("在“苍梧工业园区”召开现场推进会。") == {"苍梧工业园区"}
    # (a phase inside the quote is the zone's work, no title's words)
    assert parks("“锦屏产业园三期”全面竣工。") == {"锦屏产业园"}


def test_a_quoted_short_name_of_a_zone_or_a_quoted_zone_with_its_phase_is_a_place():
    assert "青岚开发区" in parks("青岚经济开发区(以下简称“青岚开发区”)获评省级园区。")
    assert parks("“翠湖产业园”二期开工，引进企业3家。") == {"翠湖产业园"}
    assert parks("推进翠湖产业园建设，园区引进企业3家。") == {"翠湖产业园"}


def test_zones_named_by_the_kind_words_of_industry_areas():
    # (X工业区, X中心产业区, X生态产业区, X产业功能区: zones of industry of their own name)
    assert parks("苍梧工业区污水管网改造完工。") == {"苍梧工业区"}
    assert parks("光伏组件检测中心落户沐川中心产业区。") == {"沐川中心产业区"}
    assert parks("锦屏县白沙生态产业区物流项目签约。") == {"锦屏县白沙生态产业区"}
    assert parks("枫林产业功能区新增规上企业6家。") == {"枫林产业功能区"}


def test_a_bare_or_everyday_kind_word_of_industry_areas_is_no_zone():
    # (a bare kind, an old industrial quarter, a category, a count of functional zones, a planning class)
    for text in ("推动老工业区搬迁改造。", "加快城区老工业区改造，推进工业区转型。", "建设现代农业产业区。",
                 "在产业功能区的带动下，3个产业功能区加快建设。", "形成配套产业区和生活区。", "重点产业区建设提速。",
                 "发展新兴产业区和传统工业区。", "建设绿色循环产业区。"):
        assert parks(text) == set(), text


def test_a_phrase_of_everyday_words_before_a_kind_word_of_industry_areas_is_no_zone():
    # (a clause's time or topic, a sector: review 20a, finding 5)
    for text in ("汛期抢险期间工业区停产检修。", "安全生产检查中工业区隐患全部整改。", "培育智能装备产业区。",
                 "规划绿色食品加工产业区。", "布局数字经济产业功能区。"):
        assert parks(text) == set(), text
    # (a place or a brand before the everyday word keeps the zone)
    assert parks("白沙中心工业区新增企业4家。") == {"白沙中心工业区"}
    assert parks("锦屏循环经济产业区首批项目签约。") == {"锦屏循环经济产业区"}


def test_a_firm_s_legal_name_is_never_inside_a_park_s_name():
    # (a firm's plant or work after its legal name, or a walk over a firm into the next words)
    for text in ("七、沐川纸业有限公司标准化厂房改扩建，年内完工。",
                 "澄河粮油贸易有限公司冷库物流中心主体封顶。",
                 "据苍梧光伏材料股份有限公司安全主管说，桐湾产业园区供电稳定。",
                 "锦屏纺织有限责任公司销售经理白沙工业园区客户座谈会召开。"):
        assert not any("公司" in p for p in parks(text)), text
    # (the walk stops at the firm: the zone after it is kept, without the post or the work between them;
    # review 20a, finding 2)
    assert parks("锦屏纺织有限责任公司销售经理白沙工业园区客户座谈会召开。") == {"白沙工业园区"}
    assert parks("苍梧光伏股份有限公司白沙经济开发区分厂试产。") == {"白沙经济开发区"}
    assert parks("七、沐川纸业有限公司标准化厂房改扩建，年内完工。") == set()
    # (the zone a firm settles in, named after the firm, stays)
    assert parks("恒远机械有限公司落户青岚经济开发区。") == {"青岚经济开发区"}


def test_a_market_named_by_an_everyday_word_first_is_a_kind_of_market():
    # (the goods, a verb, a sector, a part of town before the kind: no one place)
    for text in ("茶油原料高端市场持续扩大。", "旧货回收市场管理加强。", "茶叶批发市场交易活跃。",
                 "优化整合市场资源。", "家政服务市场持续升温。", "老城核心农贸市场完成提升。"):
        assert parks(text) == set(), text
    # (a street's, a station's, a bridge's or a square's market is a named one: review 20a, finding 4)
    assert parks("中山路水果批发市场改造完工。") == {"中山路水果批发市场"}
    assert parks("建设解放街服装市场。") == {"解放街服装市场"}
    assert parks("客运站小商品市场开业。") == {"客运站小商品市场"}
    assert parks("长江大桥水产批发市场搬迁。") == {"长江大桥水产批发市场"}
    # (a named market opens with its place or its brand, jieba's or not)
    assert parks("依托西岭蔬菜批发市场发展电商。") == {"西岭蔬菜批发市场"}
    assert parks("建成桐湾果蔬批发市场。") == {"桐湾果蔬批发市场"}
    assert parks("义乌小商品市场客商云集。") == {"义乌小商品市场"}


def test_a_zone_of_industry_named_a_city_keeps_a_place_s_note_in_brackets():
    # (X(place)Y产业城, as X(place)Y产业园: the brackets and what stands before them are the name's)
    assert parks("川南(泸州)白酒产业城年产值突破百亿。") == {"川南(泸州)白酒产业城"}
    assert parks("锦屏产业城新增企业8家。") == {"锦屏产业城"}
    # (a 城 of 城市 or 城镇 is no zone's kind word)
    assert parks("推动产业城市融合发展，推进青岚科技城镇化。") == set()
    # (but a 城 before 市场 or 乡 ends a zone's name: review 20a, finding 3)
    assert parks("鹤溪科技城市场化招商取得突破。") == {"鹤溪科技城"}
    assert parks("枫林产业城市场监管所挂牌。") == {"枫林产业城"}
    assert parks("加快鹤溪科技城乡村人才驿站建设。") == {"鹤溪科技城"}


def test_a_quoted_zone_one_builds_or_settles_in_is_a_place():
    assert parks("加快建设“青岚产业园”，引进企业5家。") == {"青岚产业园"}
    assert parks("恒远机械落户“青岚产业园”。") == {"青岚产业园"}


def test_a_quarter_of_the_year_a_policy_s_verbs_or_a_town_s_old_quarter_is_no_part_of_a_zone():
    # (invented sentences tried on the rules of round 20: each read a clause into a zone's name before)
    for text in ("第一季度工业区产值增长12%。", "出台扶持化工园区发展的意见。", "省委省政府出台扶持产业功能区发展的意见。",
                 "老城区工业区搬迁。"):
        assert parks(text) == set(), text
    assert parks("一季度青岚经开区产值增长8%。") == {"青岚经开区"}
    assert parks("上半年青岚工业区产值增长8%。") == {"青岚工业区"}


def test_a_verb_that_moves_a_thing_into_a_zone_or_sets_it_there_is_no_part_of_its_name():
    # (invented: the zone is the object of 入住, 入, 迁入, 设在, 占; the name starts after the verb)
    found = parks("引导移民入住园区从事养殖，鼓励商户入园区经营，企业迁入园区发展。")
    assert not any(n.endswith("园区") and ("入" in n) for n in found)
    found = parks("开幕式设在青禾再生材料产业园，钢构产值占青禾装备园区总产值四成。")
    assert "青禾再生材料产业园" in found and not any("设在" in n or "占" in n for n in found)
    # (a zone named after no such verb is kept whole)
    assert "青禾再生材料产业园" in parks("加快建设青禾再生材料产业园。")


def test_a_park_named_right_after_the_zone_that_hosts_it_is_one_park_named_whole():
    # (invented names: a zone with a place of its own, then a park of it, no mark between)
    assert "澄川经济开发区汀洲产业园" in parks("澄川经济开发区汀洲产业园二期厂房封顶。")
    assert "禾丰开发区城西工业园" in parks("坐落于禾丰开发区城西工业园的一家工厂投产。")
    assert "青禾县产业集聚区电子元件专业园" in parks("青禾县产业集聚区电子元件专业园二期开工。")


def test_a_zone_and_a_park_a_clause_or_a_bare_zone_word_parts_stay_two():
    found = parks("青禾经济开发区建设物流园，石桥开发区和城西产业园同步推进。")
    assert not any(n.startswith("青禾经济开发区") and n != "青禾经济开发区" for n in found)
    assert not any("和" in n for n in found)
    # (a bare zone word before a park is the zone the text speaks of: the park is named alone)
    assert "电子商务物流产业园" in parks("依托开发区电子商务物流产业园，发展快递业。")
    # (a count, a verb of having or a pointer between the zone and a kind names no park of it)
    for text in ("青禾开发区现有产业园5个。", "青禾经开区三大产业园加快建设。", "青禾经开区各产业园同步推进。"):
        assert not any(n.endswith("产业园") for n in parks(text)), text


def test_a_verb_a_plan_s_word_a_time_or_a_preposition_after_a_zone_names_no_park_of_it():
    # (invented: the words between the zone and a kind are a clause, not a hosted park's name: both parks
    # stay apart, or the zone alone)
    for text in ("澄川经济开发区重点培育菌菇产业园。", "澄川经济开发区启动菌菇产业园建设。", "澄川经济开发区加快菌菇产业园建设。",
                 "澄川经济开发区计划新建菌菇产业园。", "澄川经济开发区积极谋划冷链物流园。", "澄川经济开发区完善产业园配套。",
                 "澄川经济开发区牵头菌菇产业园建设。", "澄川经济开发区招商产业园。", "澄川经济开发区位于县城东部工业园旁。",
                 "澄川经济开发区管委会负责产业园运营。", "澄川经济开发区目前有产业园3个。", "澄川经济开发区下辖产业园4个。",
                 "澄川经济开发区至柘阳产业园连接线工程开工。"):
        found = parks(text)
        assert "澄川经济开发区" in found and not any(n.startswith("澄川经济开发区") and n != "澄川经济开发区" for n in found), text
    assert {"澄川经济开发区", "菌菇产业园"} <= parks("澄川经济开发区计划新建菌菇产业园。")
    assert {"澄川经济开发区", "柘阳产业园"} <= parks("澄川经济开发区至柘阳产业园连接线工程开工。")
    # (a verb that names the park's trade is a name's word: the zone hosts the park)
    assert "柘阳经开区装备制造产业园" in parks("柘阳经开区装备制造产业园开工。")
    assert "柘阳高新区光电产业园" in parks("柘阳高新区光电产业园投产。")


def test_the_later_items_of_a_list_an_honour_opens_are_titles():
    # (invented: 获批 / 成为 open a list of titles; its later items are no places)
    assert "青禾特色产业园区" not in parks("青禾经开区获批国家新型工业化示范基地和青禾特色产业园区。")
    assert not any(n.endswith("集聚区") for n in parks("汀溪镇成为省级数字乡村和智慧康养集聚区。"))
    assert not any(n.endswith("集聚区") for n in parks("汀溪镇入选国家级智慧农业和数字乡村示范集聚区。"))
    # (a list a verb of building opens, or a clause after the honour, names places)
    assert {"青禾新材料产业园", "石桥物流园"} <= parks("青禾县获批省级开发区，加快建设青禾新材料产业园和石桥物流园。")
    # (a list of owners, or zones an honoured thing qualifies, keeps its later items)
    assert "石桥物流园" in parks("澜峰科技成为青禾产业园和石桥物流园的龙头企业。")
    assert "石桥物流园" in parks("评为先进单位的青禾产业园和石桥物流园加快建设。")


def test_a_park_its_own_predicate_follows_is_no_title_of_the_honour_s_list():
    # (invented: 、 or 和 joins two clauses, or a thing and the park a clause speaks of; the park is kept)
    for text in ("澄川县获评省级园林县城、柘阳工业园区税收增长9%。", "澄川县荣获省级卫生县城、柘阳工业园区获评省级循环化园区。",
                 "争取获批中央预算内资金用于城区和柘阳工业园区雨污分流。", "成为全县财政增收主力和柘阳工业园区发展的重点。",
                 "重点项目列入省级计划和柘阳工业园区招商清单。", "被评为省级先进和柘阳工业园区建设加快。"):
        assert "柘阳工业园区" in parks(text), text
    assert "汀溪物流园" in parks("岚峰科技成为柘阳产业园和汀溪物流园龙头企业。")
    # (an item that ends the list, before the clause's end or a title's word, is a title)
    assert "柘阳生态工业园区" not in parks("澄川县获批省级园林县城和柘阳生态工业园区。")
    assert "柘阳生态工业园区" not in parks("澄川县荣获省级园林县城、柘阳生态工业园区等称号。")


def test_a_span_of_months_after_a_zone_is_no_count_of_zones():
    # (invented: 9个月 is the time a zone took, not nine zones of a kind)
    assert "禾丰工业园" in parks("二是禾丰工业园9个月完成征地1万亩。")
    # (and a span of more than, or of a half: 个多月, 个半月, or of working days)
    assert "柘阳工业园" in parks("柘阳工业园7个多月完成厂房交付。")
    assert "柘阳物流园" in parks("柘阳物流园3个半月建成分拣中心。")
    assert "澄川创业基地" in parks("澄川创业基地20个工作日完成企业入驻。")
    # (a count of zones still makes a kind: 建成X示范园区15个)
    assert "禾丰示范园区" not in parks("全县建成禾丰示范园区15个。")


def test_a_news_lead_a_grade_tail_an_owner_word_or_an_effort_verb_opens_no_park():
    # (invented) a page's byline or source line is no part of a zone's name; the zone after it stays
    assert parks("信息来源：澄川网发布 澄川禾丰物流园") == {"澄川禾丰物流园"}
    assert parks("本报讯 澄川县2022年聚焦园区提质，初见成效。") == set()
    # a grade word's tail cut into a name, and an owner's word before the zones at large
    assert parks("着力打造 百亿级新材料产业园迈出坚实步伐。") == set()
    assert parks("坚持多点发力，扎实做好市属产业园区提档升级。") == set()
    # a verb of effort opening a clause makes the bare zone word its object (经开区, 高新区 too)
    assert parks("围绕招商引资，壮大园区经济总量；对标先进地区，优化园区营商环境。") == set()
    assert parks("全力夯实经开区发展基础，持续做强高新区主导产业。") == set()
    # ... while a named zone after such a verb stays one
    assert parks("以项目建设为支撑，壮大柏川工业园区。") == {"柏川工业园区"}


def test_a_news_lead_or_a_source_line_before_a_zone_is_cut_off_and_the_zone_kept():
    # (invented: the lead is a left boundary of the name, the zone after it is read as usual)
    assert parks("本报讯 柘阳县经济开发区今年新签约项目9个，岚溪电子传感器项目开工建设。") == {"柘阳县经济开发区"}
    doc = process_text("本报讯柘阳经济开发区今年新签约项目9个，岚溪电子传感器项目开工建设。")
    assert names(doc, "Park") == {"柘阳经济开发区"}
    assert ("岚溪电子传感器", "柘阳经开区") in pairs(doc, "locatedInPark")
    assert parks("来源：柘阳新闻网 柘阳陶艺产业园") == {"柘阳陶艺产业园"}
    assert parks("来源：柘阳县人民政府 柘阳高新区") == {"柘阳高新区"}
    assert parks("来源：澄川网 澄川禾丰物流园") == {"澄川禾丰物流园"}


def test_a_bylines_person_is_cut_off_before_the_county_s_zone():
    # (invented: the text keeps no spaces; the person's name after 记者, 通讯员 ends where the county's name starts)
    assert parks("本报记者 赵一鸣 通讯员 钱多 平遥经济开发区今年新增企业5家。") == {"平遥经济开发区"}
    assert parks("记者 孙立 介休县经济开发区今年新增企业5家。") == {"介休县经济开发区"}
    # (no place after the person's name: no telling where the zone's name starts)
    assert parks("通讯员 李冬禾丰工业园今年新增企业5家。") == set()
