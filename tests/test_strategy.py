"""Strategy rules: 战略, quoted lines, frameworks, lines known by their form, campaigns; negatives."""
import dataclasses

from conftest import forms_by_key, names, process_text


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


def part_of(doc):
    return {(f.subject.split("/", 1)[1], f.object.split("/", 1)[1]) for f in doc.facts if f.type == "partOf"}


def test_quoted_line_runs_to_the_word_that_names_its_kind():
    doc = process_text("全面推行“三链同构”协同发展模式，建立“四级书记”抓落实机制，要求干部“忠诚干净，勇于担当”。")
    assert {"三链同构协同发展模式", "四级书记抓落实机制"} <= names(doc, "Strategy")
    assert "忠诚干净，勇于担当" not in names(doc, "Strategy")


def test_quoted_honours_problems_and_project_lists_are_not_lines():
    doc = process_text("县医院被评为全省“十佳文明医院”，着力解决“看病难、看病贵”问题，"
                       "推进“智慧水务一期”“数字乡村二期”等项目，建立自然资源“一张图”系统。")
    assert names(doc, "Strategy") == set()


def test_members_spelled_by_the_frameworks_character():
    doc = process_text("扎实做好“六稳”工作：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。")
    members = {"稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"}
    assert members <= names(doc, "Strategy")
    assert {(m, "六稳") for m in members} <= part_of(doc)


def test_bulleted_members_of_a_counted_framework():
    doc = process_text("坚持“四个着力”\n-着力稳住农业基本盘\n-着力壮大县域工业\n-着力繁荣城乡商贸\n-着力改善民生福祉\n全年经济平稳运行。")
    members = {"着力稳住农业基本盘", "着力壮大县域工业", "着力繁荣城乡商贸", "着力改善民生福祉"}
    assert members <= names(doc, "Strategy")
    assert {(m, "四个着力") for m in members} <= part_of(doc)


def test_members_drop_the_verb_and_the_describing_clause():
    doc = process_text("建设“三个高地”：打造内外兼修的文化高地、建设宜居宜业的生态高地、培育活力迸发的创新高地。")
    assert {"文化高地", "生态高地", "创新高地"} <= names(doc, "Strategy")
    assert ("文化高地", "三个高地") in part_of(doc)


def test_institutions_and_generic_mechanisms_are_not_lines():
    doc = process_text("健全完善利益联结机制，落实环境影响评价制度，实施重大国家战略。")
    assert names(doc, "Strategy") == set()


def test_plain_quoted_phrases_and_places_are_not_lines():
    doc = process_text("打造“城市会客厅”，围绕“水质好起来”推动治理，融入山西行动和运城发展战略。")
    assert names(doc, "Strategy") == set()


def test_short_quoted_lines_the_county_adopts():
    doc = process_text("大力推行“容缺办”，坚持“筑巢引凤”与“腾笼换鸟”并举，打造“小而美”街区。")
    assert names(doc, "Strategy") == {"容缺办", "筑巢引凤", "腾笼换鸟"}


def test_a_short_quoted_line_the_county_sets_itself_to_carry_out():
    # 抓好 adopts a line as 推行 does: 抓好“X” names the line the county works by
    doc = process_text("全县着力抓好“双联动”，全力抓好“谋先干实”，经济稳中向好。")
    assert {"双联动", "谋先干实"} <= names(doc, "Strategy")
    # a quote after another verb, or a thing named by the quote, stays no line
    doc = process_text("抓好“菜篮子”项目，统筹“稳与进”。")
    assert names(doc, "Strategy") == set()


def test_a_line_named_in_an_honours_title_is_no_use_of_the_line():
    # an honour is won for a line (X建设典型案例, 实施X战略先进县); the report uses the line elsewhere
    for honour, use, line in [
        ("平台入选数字中国建设典型案例，", "全面推进数字中国建设。", "数字中国"),
        ("获评实施创新驱动战略先进县，", "深入实施创新驱动战略。", "创新驱动战略"),
        ("入选全国首批“一村一策”乡村治理典型案例，", "全面推行“一村一策”。", "一村一策"),
    ]:
        doc = process_text(honour + use)
        starts = [m.start for m in doc.mentions if m.type == "Strategy" and m.text == line]
        assert starts and min(starts) >= len(honour), (line, starts)


def test_a_quote_inside_the_title_of_a_model_county_is_no_line():
    # 省级“X”茶叶产业示范县, “X”提升行动试点县: the quote names the title a county earns
    doc = process_text("获评省级“一乡一品”茶叶产业示范县创建单位、全国“智慧农资”提升行动试点县，全面推行“一乡一品”。")
    starts = [m.start for m in doc.mentions if m.type == "Strategy"]
    assert names(doc, "Strategy") == {"一乡一品"} and min(starts) > doc.text.index("试点县")


def test_members_sharing_a_shorter_tail_than_the_framework():
    doc = process_text("深入开展质量提升示范、品牌培育示范等“两个示范”行动。")
    assert {("质量提升示范", "两个示范行动"), ("品牌培育示范", "两个示范行动")} <= part_of(doc)


def test_a_count_of_what_was_done_is_a_record_not_a_framework():
    doc = process_text("一年来，县政府办成了三件大事，干成了四件大事。今年要全力办好两件大事。")
    assert names(doc, "Strategy") == {"两件大事"}


def test_a_counted_set_of_industries_of_one_kind_is_a_framework():
    doc = process_text("大力发展八大特色优势产业，全县四大新兴产业产值增长10%。")
    assert {"八大特色优势产业", "四大新兴产业"} <= names(doc, "Strategy")


def test_the_three_sectors_a_listed_kind_or_a_sets_plan_is_no_counted_industry():
    doc = process_text("推动三大产业协调发展，推进粮食、果业等五大支柱产业提质，围绕全市七大绿色产业发展规划。")
    assert not [n for n in names(doc, "Strategy") if n.endswith(("产业", "规划"))]


def test_a_plain_count_is_not_a_framework():
    doc = process_text("新建六个村庄广场，形成两大集群，打造“两个中心”，坚持三个统筹：统筹城乡、统筹区域、统筹产业。")
    assert names(doc, "Strategy") >= {"两个中心", "三个统筹"}
    assert not names(doc, "Strategy") & {"六个村庄", "两大集群"}


def test_a_lines_name_before_works_is_a_project():
    doc = process_text("实施退耕还林工程，推进海绵城市建设项目。")
    assert not names(doc, "Strategy") & {"退耕还林", "海绵城市"}


def test_members_are_one_phrase_and_more_than_a_verb():
    doc = process_text("实施“三个一批”工程，培育一批领军企业家、一批技术骨干和一批工匠型人才，推进各项改革和重点领域改革。")
    found = names(doc, "Strategy")
    assert "三个一批工程" in found
    assert not found & {"培育一批", "技术骨干和一批", "各项改革", "重点领域改革"}


def test_a_member_may_begin_with_和():
    doc = process_text("加快建设文化平遥、生态平遥、和谐平遥“三个平遥”。", county_code="140728")
    assert {(m, "三个平遥") for m in ("文化平遥", "生态平遥", "和谐平遥")} <= part_of(doc)


def test_a_numeral_in_the_countys_name_does_not_make_a_numbered_line():
    doc = process_text("打响“五莲小米”，落实“三保”。", county_code="371121")
    found = names(doc, "Strategy")
    assert "三保" in found and "五莲小米" not in found


def test_战略_as_a_modifier_names_no_strategy():
    doc = process_text("与省内高校签订战略合作协议，明确产业战略定位，发展战略性新兴产业。")
    assert names(doc, "Strategy") == set()


def test_how_people_act_is_not_a_campaign():
    doc = process_text("使节约用水成为群众的自觉行动，以实际行动践行初心。")
    assert names(doc, "Strategy") == set()


def test_a_bare_kind_of_campaign_standing_for_one_named_before_is_no_line():
    # 攻坚行动 alone takes up a campaign named before it (…百日攻坚行动，攻坚行动开展以来)
    doc = process_text("启动招商引资百日攻坚行动，攻坚行动开展以来成效明显，全力推进攻坚行动。")
    assert names(doc, "Strategy") == {"招商引资百日攻坚行动"}


def test_a_quoted_service_handled_jointly_with_other_places_is_a_line():
    # “X通办” names a line of joint government service; unquoted, X通办 is how a service is handled
    doc = process_text("与邻省“两地通办”事项达20项，承接“苏皖通办”100项，推行全程通办，实现就近通办。")
    assert names(doc, "Strategy") == {"两地通办", "苏皖通办"}


def test_a_quoted_campaign_named_an_activity_or_an_action_a_few_words_on_is_a_line():
    doc = process_text("深入开展“访企问需”集中走访活动，开展重点工作“晒比拼”观摩活动。")
    assert {"访企问需", "晒比拼"} <= names(doc, "Strategy")


def test_an_event_among_others_or_a_campaigns_pilot_county_is_no_quoted_campaign():
    doc = process_text("举办“春风南岭·乐享购”消费季等活动，我县入选全国“绿色农资”升级行动试点县。")
    assert names(doc, "Strategy") == set()


def test_a_quoted_service_handled_on_behalf_of_firms_or_under_the_countys_brand_is_a_line():
    doc = process_text("免费为企业提供全流程“代您办”服务，成功注册“东心办”政务服务商标，县扶贫办牵头马上办理。")
    assert names(doc, "Strategy") == {"代您办", "东心办"}


def test_a_verb_left_over_from_用足用好_does_not_start_a_line():
    doc = process_text("用足用好国家级农村综合改革试点示范政策。")
    assert not any(n.startswith("好") for n in names(doc, "Strategy"))


def test_chief_systems_programmes_and_ideas():
    doc = process_text("全面推行田长制和路长制，实施就业促进计划和乡村医生支持计划，坚持共享发展理念，"
                       "不断提升教育理念。")
    found = names(doc, "Strategy")
    assert {"田长制", "路长制", "就业促进计划", "乡村医生支持计划", "共享发展理念"} <= found
    assert "教育理念" not in found


def test_switches_and_paired_slogans():
    doc = process_text("稳步推进煤改气、煤改电，扩大大宗货物公转铁，深化“双招双引”，建设双创示范基地。")
    found = names(doc, "Strategy")
    assert {"煤改气", "煤改电", "公转铁", "双招双引"} <= found
    assert "双创" not in found


def test_a_boundary_word_jieba_cut_in_two_still_ends_the_name():
    doc = process_text("坚决打好大气污染防治攻坚战，实施服务业提质增效十大行动。")
    found = names(doc, "Strategy")
    assert {"大气污染防治攻坚战", "服务业提质增效十大行动"} <= found
    assert not any(n.startswith(("打好", "坚决", "业")) for n in found)


def test_a_numbered_line_after_a_framework_is_a_peer_not_a_member():
    doc = process_text("聚焦打造“三个强县”、构建“两个高地”、落实“四抓两促”的目标定位。", county_code="140728")
    assert {"三个强县", "两个高地"} <= names(doc, "Strategy")
    assert ("两个高地", "三个强县") not in part_of(doc)


def test_a_quoted_list_that_describes_a_system_or_an_aim_is_not_a_line():
    doc = process_text("形成种植、加工、销售“一条龙”体系，围绕“优质果业、生态果业、富民果业”为目标，"
                       "采取“引进一批、培育一批、壮大一批”的办法，推行“户分类、村收集、镇处理”的运行模式。")
    found = names(doc, "Strategy")
    assert not {"一条龙", "优质果业、生态果业、富民果业", "引进一批、培育一批、壮大一批"} & found
    assert "户分类、村收集、镇处理" in found


def test_结合_before_a_line_is_a_verb():
    doc = process_text("结合乡村振兴战略，推进医养结合服务改革。")
    assert "结合乡村振兴战略" not in names(doc, "Strategy")


# Lines recognised by their form, not from a list of names (there is none in the package).

def test_items_of_a_list_of_national_strategies():
    doc = process_text("推动创新驱动发展、科教兴国、人才强国、区域协调发展等重大国家战略落地见效。")
    assert {"创新驱动发展", "科教兴国", "人才强国", "区域协调发展"} <= names(doc, "Strategy")


def test_lines_known_by_the_shape_of_their_name():
    doc = process_text("加快建设制造强国，完整准确全面贯彻新发展理念，构建新发展格局，推进新型工业化，"
                       "践行两山理论，推动沁河流域生态保护和高质量发展，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。")
    assert {"制造强国", "新发展理念", "新发展格局", "新型工业化", "两山理论", "沁河流域生态保护和高质量发展",
            "巩固拓展脱贫攻坚成果同乡村振兴有效衔接"} <= names(doc, "Strategy")


def test_modernisation_as_a_goal_is_not_a_nation_building_line():
    assert names(process_text("为建设社会主义现代化强国贡献力量。"), "Strategy") == set()


def test_revolutions_campaigns_and_governance_lines():
    doc = process_text("深入推进厕所革命和能源革命，扎实开展党史学习教育和政法队伍教育整顿，深化全国卫生城市创建，"
                       "开展爱国卫生运动，坚持男女平等基本国策，全面从严治党，推进依法治县，锲而不舍落实中央八项规定精神，"
                       "践行以人民为中心的发展思想。")
    assert {"厕所革命", "能源革命", "党史学习教育", "政法队伍教育整顿", "全国卫生城市创建", "爱国卫生运动",
            "男女平等基本国策", "全面从严治党", "依法治县", "中央八项规定精神", "以人民为中心的发展思想"} <= names(doc, "Strategy")


def test_revolutions_of_technology_and_history_are_not_lines():
    doc = process_text("抢抓新一轮科技革命和产业革命机遇，修缮革命纪念馆，传承革命精神。")
    assert names(doc, "Strategy") == set()


def test_counted_slogans_but_not_idioms_or_road_grids():
    doc = process_text("积极融入一带一路建设，推进两学一做学习教育常态化，一心一意工作，完善三纵四横路网。")
    found = names(doc, "Strategy")
    assert "一带一路" in found and any(n.startswith("两学一做") for n in found)
    assert not found & {"一心一意", "三纵四横"}


def test_parallel_slogans_repeat_one_frame():
    doc = process_text("一体推进不敢腐、不能腐、不想腐。深入实施藏粮于地、藏粮于技战略。"
                       "健全自治、法治、德治相结合的乡村治理体系。推进智慧农业、智慧教育、智慧医疗，实施净化、绿化、美化。")
    found = names(doc, "Strategy")
    assert {"不敢腐、不能腐、不想腐", "藏粮于地、藏粮于技战略", "自治、法治、德治相结合"} <= found
    assert not {n for n in found if "智慧" in n or "绿化" in n}


def test_a_quoted_count_and_one_character_before_a_task():
    assert {"六稳", "六保"} <= names(process_text("扎实做好“六稳”“六保”工作。"), "Strategy")


def test_a_quoted_list_of_members_sharing_a_tail_is_split():
    doc = process_text("全力书写“文化平遥、生态平遥、活力平遥”新篇章。", county_code="140728")
    found = names(doc, "Strategy")
    assert {"文化平遥", "生态平遥", "活力平遥"} <= found
    assert "文化平遥、生态平遥、活力平遥" not in found


# ---- session 7: kinds named after the quote, counted lines, regional lines ----

def test_documents_and_counts_of_buildings_are_not_lines():
    doc = process_text("深入学习“两篇重要文献”，建成新区“四馆”和沿河“六镇”。")
    assert names(doc, "Strategy") == set()


def test_a_quote_then_its_kind_a_few_words_on():
    doc = process_text("打造“三服务”型政府，按照加强“两基建设”的战略部署，落实“2211”人才工程，"
                       "形成“9073”养老服务格局，实施“小升规”企业培育计划。")
    assert {"三服务型政府", "两基建设", "2211人才工程", "9073养老服务格局", "小升规企业培育计划"} <= names(doc, "Strategy")


def test_a_quoted_nickname_then_a_programme_named_工程_a_few_words_on():
    # a programme known by its nickname (“X”暖心工程) is one line, nickname and kind
    doc = process_text("深入开展“送医下乡”暖心工程，实施“归雁创业”返乡工程。")
    assert {"送医下乡暖心工程", "归雁创业返乡工程"} <= names(doc, "Strategy")
    # a phase of a work named by its nickname is a work (“X”一期工程)
    assert names(process_text("“茶旅小镇”一期工程主体完工。"), "Strategy") == set()


def test_a_quoted_campaign_keeps_its_quote():
    doc = process_text("扎实开展“守初心、担使命”主题教育。")
    found = names(doc, "Strategy")
    assert "守初心、担使命主题教育" in found
    assert "担使命主题教育" not in found and "使命主题教育" not in found


def test_quoted_problems_and_kinds_of_firms_are_not_lines():
    doc = process_text("妥善解决养老院“二元”管理体制问题，大力培育“四小”企业，推进“城南污水处理厂项目”建设。")
    assert names(doc, "Strategy") == set()


def test_campaigns_reforms_and_regional_lines():
    doc = process_text("举办“平遥牛肉中国行”活动。推进县域综合医改。主动融入淮海经济区和长江经济带，衔接中原城市群。"
                       "落实碳达峰、碳中和河北行动。")
    found = names(doc, "Strategy")
    assert {"平遥牛肉中国行", "县域综合医改", "淮海经济区", "长江经济带", "中原城市群"} <= found
    assert any(n.endswith("碳中和河北行动") for n in found)
    assert not any(n.startswith("衔接") for n in found)


def test_counted_mechanisms_and_counted_bases():
    doc = process_text("建立三级联动调度机制。建设东部精品钢、西部新材料和南部现代医药三大产业基地。")
    assert {"三级联动调度机制", "三大产业基地"} <= names(doc, "Strategy")


def test_a_quoted_model_before_etc():
    doc = process_text("推行“医院+社区”“医院+乡镇”等医联体模式，推行“全科网格”管理。")
    assert {"医院+社区", "医院+乡镇", "全科网格"} <= names(doc, "Strategy")


def test_a_list_right_before_its_counted_framework_names_its_members():
    doc = process_text("各部门要做好农业增效、工业转型、文旅融合三篇文章。")
    assert {("农业增效", "三篇文章"), ("工业转型", "三篇文章"), ("文旅融合", "三篇文章")} <= part_of(doc)


def test_the_members_listed_before_the_next_framework_are_its_own_not_the_previous_ones():
    # A、B、C“三大战略”，D、E、F“三项提升”: D, E and F are members of the second framework only
    doc = process_text("坚定实施茶业振兴、文旅融合、城乡共建“三大战略”，紧抓党建引领、产业升级、民生改善“三项提升”，全面推进高质量发展。")
    pairs = part_of(doc)
    assert {("党建引领", "三项提升"), ("产业升级", "三项提升"), ("民生改善", "三项提升")} <= pairs
    assert {("茶业振兴", "三大战略"), ("文旅融合", "三大战略"), ("城乡共建", "三大战略")} <= pairs
    assert not {("党建引领", "三大战略"), ("产业升级", "三大战略"), ("民生改善", "三大战略")} & pairs


def test_a_first_listed_item_ending_in_a_soft_verb_is_read_back_as_far_as_the_others():
    # the walk back from 带动 or 发展 stopped at once, and the list lost its first member and so all three
    doc = process_text("深入实施龙头企业带动、数字赋能引领、康养旅游发展“三大战略”，全面推进城乡融合。")
    assert {("龙头企业带动", "三大战略"), ("数字赋能引领", "三大战略"), ("康养旅游发展", "三大战略")} <= part_of(doc)
    doc = process_text("牢牢扭住加快发展、保障民生、守牢安全“三件大事”，集中力量办好。")
    assert {("加快发展", "三件大事"), ("保障民生", "三件大事"), ("守牢安全", "三件大事")} <= part_of(doc)


def test_a_first_item_ending_in_a_soft_verb_is_read_back_to_its_clause_without_its_verbs():
    # (read back by the longest item's length it lost its head or took the verb leading it)
    doc = process_text("统筹推进茶园提质带动、山乡共富、古镇焕新“三件大事”，久久为功。")
    assert ("茶园提质带动", "三件大事") in part_of(doc)
    doc = process_text("聚焦竹木精深加工发展、山乡共富、古镇焕新“三大战略”，久久为功。")
    assert ("竹木精深加工发展", "三大战略") in part_of(doc)
    doc = process_text("扭住龙头带动、山乡共富、古镇焕新“三大战略”，久久为功。")
    pairs = part_of(doc)
    assert ("龙头带动", "三大战略") in pairs and ("扭住龙头带动", "三大战略") not in pairs


def test_challenges_counted_before_their_list_are_no_framework_of_lines():
    # (战 at the end of the kind matched 挑战: a challenge met is no battle)
    doc = process_text("积极应对茶叶价格发展、外出务工回流、旱涝灾害频发“三大挑战”，稳住基本盘。")
    assert not any(b == "三大挑战" for _, b in part_of(doc))
    assert not {"茶叶价格发展", "外出务工回流", "旱涝灾害频发"} & names(doc, "Strategy")


def test_battles_counted_by_chang_name_the_lines_listed_before_them():
    doc = process_text("全力打好乡村产业振兴、老旧街区整体改造、平安石河建设“三场硬仗”，奋力书写新篇章。")
    found = names(doc, "Strategy")
    assert {"乡村产业振兴", "老旧街区整体改造"} <= found
    assert {("乡村产业振兴", "三场硬仗"), ("老旧街区整体改造", "三场硬仗")} <= part_of(doc)
    # unquoted as well
    doc = process_text("奋力打好茶山复绿、古镇焕新、河湖清淤三场硬仗，久久为功。")
    assert {("茶山复绿", "三场硬仗"), ("古镇焕新", "三场硬仗"), ("河湖清淤", "三场硬仗")} <= part_of(doc)


def test_places_listed_before_a_counted_framework_are_no_members():
    doc = process_text("打好青河镇、石河乡、南山街道“三场战役”，确保按期完成。")
    assert not {"青河镇", "石河乡", "南山街道"} & names(doc, "Strategy") and not part_of(doc)
    doc = process_text("做强东岭村、西岭村、北岭村“三大文章”，确保按期完成。")
    assert not {"东岭村", "西岭村", "北岭村"} & names(doc, "Strategy") and not part_of(doc)
    # a slogan ending in a place's word is a line
    doc = process_text("做好茶业强镇、文旅兴镇、生态美镇三篇文章，确保按期完成。")
    assert {("茶业强镇", "三篇文章"), ("文旅兴镇", "三篇文章"), ("生态美镇", "三篇文章")} <= part_of(doc)


def test_a_framework_of_things_or_results_lists_no_lines_before_it():
    # a project's stages and a count of fields before their count are no lines, even when the
    # first item ends in a soft verb (the read back is only for a framework of lines: listed_soft_kind)
    doc = process_text("全力盯紧茶园改造发展、加工厂房封顶、首批新茶上市“三个节点”，确保如期见效。")
    assert not {"加工厂房封顶", "首批新茶上市"} & names(doc, "Strategy") and not part_of(doc)
    doc = process_text("全镇上下聚焦产业发展、城乡民生改善、安全底线守护“三个方面”同向发力。")
    assert not {"城乡民生改善", "安全底线守护"} & names(doc, "Strategy") and not part_of(doc)


def test_a_quoted_list_of_results_reached_is_a_record_not_a_line():
    doc = process_text("全县120个事项实现“一窗受理、一次办结”。坚持统筹推进。")
    assert "一窗受理、一次办结" not in names(doc, "Strategy")
    doc = process_text("实现发展与民生“双带动、双提质”。必须坚持底线思维。")
    assert "双带动、双提质" not in names(doc, "Strategy")
    # ... and so are the items a rule split it into
    doc = process_text("全县86个事项实现“一窗通办、全城通办”。坚持统筹推进。")
    assert not {"一窗通办", "全城通办", "一窗通办、全城通办"} & names(doc, "Strategy")


def test_a_word_ending_in_shi_before_xian_is_no_reaching():
    # 夯实|现代, 落实|现代: no 实现, the quoted list is a line
    doc = process_text("夯实现代茶业体系“育苗、种植、制茶”。坚持统筹推进。")
    assert "育苗、种植、制茶" in names(doc, "Strategy")
    doc = process_text("深入落实现代渔业“稻渔共生、鱼菜同养”。坚持统筹推进。")
    assert "稻渔共生、鱼菜同养" in names(doc, "Strategy")


def test_a_quoted_list_reached_as_a_goal_a_way_of_working_or_going_on_stays_a_line():
    doc = process_text("努力实现“稳产保供、增收富民”的总体目标，全面实现“多规合一”。")
    assert {"稳产保供、增收富民", "多规合一"} <= names(doc, "Strategy")
    doc = process_text("在全市率先实现了山林管护“户巡查、组联防、乡督导”的一体化管护模式。")
    assert "户巡查、组联防、乡督导" in names(doc, "Strategy")
    # whatever the word after 的 (a vision, a blueprint)
    doc = process_text("奋力实现“茶香四溢、山水相依”的美好愿景。")
    assert "茶香四溢、山水相依" in names(doc, "Strategy")
    doc = process_text("加快实现“组组联网、户户联网”的发展蓝图。")
    assert {"组组联网、户户联网", "组组联网", "户户联网"} & names(doc, "Strategy")
    doc = process_text("在全州实现“率先达标、率先振兴”，城乡面貌发生历史性变化。")
    assert "率先达标、率先振兴" in names(doc, "Strategy")


def test_a_run_of_quotes_before_a_suffix_names_each_quote_not_one_line():
    doc = process_text("深入实施“亩均提效”“退低进高”行动，盘活闲置厂房。")
    found = names(doc, "Strategy")
    assert "亩均提效退低进高行动" not in found
    assert "亩均提效" in found and any(n.startswith("退低进高") for n in found)
    doc = process_text("落实市委市政府“五大提振”“兴城行动”“八大攻坚”，奋力争先。")
    assert "市政府五大提振兴城行动" not in names(doc, "Strategy")
    assert "五大提振" in names(doc, "Strategy")
    # one quote inside a name is read as before
    doc = process_text("全面开展“双百”行动，签约项目30个。")
    assert "双百行动" in names(doc, "Strategy")


def test_a_cup_or_a_contest_named_in_quotes_is_an_event_not_a_line():
    # (with quote runs no longer read whole, the contest's quotes were read one by one)
    doc = process_text("举办“青河杯”“山水杯”行动挑战赛，参赛选手300人。")
    assert names(doc, "Strategy") == set()
    doc = process_text("开展“青河杯”劳动竞赛活动，参赛选手300人。")
    assert names(doc, "Strategy") == set()
    doc = process_text("坚持“亩产争先”，推行“容缺办理”。")
    assert {"亩产争先", "容缺办理"} <= names(doc, "Strategy")


def test_lists_that_are_no_lines_before_a_count_have_no_members():
    # tasks of planting and bases counted after their list are no framework's members, even when the first item
    # ends in a soft verb (带动, 发展: the read back is for a framework of lines only)
    doc = process_text("完成荒坡造林带动、幼林抚育管护、缺株补植补造三项任务，面积达到1.2万亩。")
    assert not {"幼林抚育管护", "缺株补植补造", "荒坡造林带动"} & names(doc, "Strategy") and not part_of(doc)
    doc = process_text("建成茶叶精深加工发展、林下生态养殖、竹材综合利用三大基地，带动农户增收。")
    assert not {"林下生态养殖", "竹材综合利用"} & names(doc, "Strategy") and not part_of(doc)


def test_a_list_right_before_a_count_of_great_tasks_names_its_members():
    doc = process_text("全力抓好防汛情、稳增收、保民安三件大事，经济持续向好。")
    assert {("防汛情", "三件大事"), ("稳增收", "三件大事"), ("保民安", "三件大事")} <= part_of(doc)
    # a count of tasks that heads a numbered agenda names no members
    doc = process_text("今年重点办好十件大事：1.新建城北学校。")
    assert not any(b == "十件大事" for _, b in part_of(doc))


def test_steps_and_bare_things_before_a_count_are_not_members():
    doc = process_text("紧盯规划、建设、管理“三个环节”，全面推进厕所、垃圾“两大革命”，"
                       "建设化工园区、城北产业集聚区“两大产业集聚区”。")
    found = names(doc, "Strategy")
    assert not {"规划", "建设", "管理", "厕所", "垃圾", "紧盯规划", "化工园区", "城北产业集聚区"} & found
    assert not part_of(doc)


def test_a_clause_led_by_a_preposition_is_no_member():
    doc = process_text("★坚持一个方向：坚持沿着省委确定方向的发展道路奋勇前进。")
    assert names(doc, "Strategy") == {"一个方向"}
    named = process_text("★建设一座名城：建设河东文化名城。")
    assert names(named, "Strategy") == {"一座名城", "河东文化名城"}


def test_a_quoted_name_keeps_the_words_its_quotes_hold():
    doc = process_text("坚持“以园带村、以村促园、园村融合”理念。")
    assert "以园带村、以村促园、园村融合理念" in names(doc, "Strategy")


def test_one_phrase_sharing_the_tail_of_a_framework_of_several_is_no_member():
    doc = process_text("做强“四大特色产品”精深加工集群，延长产业链，提升特色产品附加值。")
    assert names(doc, "Strategy") == {"四大特色产品"}


def test_a_quoted_count_of_funds_is_no_line():
    doc = process_text("严控一般性支出，“三公”经费下降5%。")
    assert names(doc, "Strategy") == set()


def test_the_county_numeral_check_is_a_field_of_the_quoted_rule(monkeypatch):
    from kg.recognize import strategy

    sentence = "打响“五莲小米”，落实“三保”。"
    patterns = dict(strategy._patterns_by_id())
    patterns["strategy.quoted"] = dataclasses.replace(patterns["strategy.quoted"], number_not_from_county=False)
    monkeypatch.setattr(strategy, "_patterns_by_id", lambda: patterns)
    assert "五莲小米" in names(process_text(sentence, county_code="371121"), "Strategy")


def keys(doc, type_):
    return {m.key for m in doc.mentions if m.type == type_}


def test_national_lines_by_name_where_they_stand_as_a_line():
    doc = process_text("全县坚持稳中求进工作总基调，全面推进乡村振兴，奋力脱贫攻坚，抢抓西部大开发机遇。")
    assert {"稳中求进工作总基调", "乡村振兴", "脱贫攻坚", "西部大开发"} <= names(doc, "Strategy")


def test_the_economic_work_lines_of_the_centre_in_their_short_forms():
    doc = process_text("一年来全县坚持稳字当头、稳中求进，坚持稳中求进总基调，经济回升向好。")
    assert {"稳字当头、稳中求进", "稳中求进总基调"} <= names(doc, "Strategy")
    doc = process_text("全县经济运行稳中求进，物价总体稳定。")
    assert not names(doc, "Strategy")


def test_a_national_line_as_a_modifier_or_inside_a_longer_name_is_no_line():
    doc = process_text("东湾村入选省级乡村振兴示范村，县乡村振兴局牵头，探索“非遗+乡村振兴”新业态，"
                       "编制全域旅游发展规划，引进双碳纤维生产线。")
    assert not {"乡村振兴", "全域旅游", "双碳"} & names(doc, "Strategy")


def test_the_forms_of_one_national_line_are_one_line():
    doc = process_text("立足“双碳”目标，有序推进碳达峰碳中和。")
    assert {"双碳", "碳达峰碳中和"} <= names(doc, "Strategy")
    assert len({m.key for m in doc.mentions if m.text in ("双碳", "碳达峰碳中和")}) == 1


def test_a_provincial_line_only_in_its_province():
    sentence = "全县上下聚焦追赶超越，奋力谱写新篇章。"
    assert "追赶超越" in names(process_text(sentence, county_code="610525"), "Strategy")  # a county of Shaanxi
    assert "追赶超越" not in names(process_text(sentence, county_code="140824"), "Strategy")  # of Shanxi


def test_a_national_line_that_another_name_runs_on_from_is_its_start():
    doc = process_text("全面落实碳达峰、碳中和湖南行动。")
    assert "碳达峰、碳中和湖南行动" in names(doc, "Strategy")
    assert "碳达峰、碳中和" not in names(doc, "Strategy")


def test_lines_of_what_makes_the_county_strong():
    doc = process_text("坚持生态立县、工业强县不动摇，推进旅游兴区。")
    assert {"生态立县", "工业强县", "旅游兴区"} <= names(doc, "Strategy")


def test_a_line_whose_name_lists_lines_has_them_as_members():
    doc = process_text("深入实施“科技立县、商贸兴县、旅游富县”发展战略。")
    frame = "科技立县、商贸兴县、旅游富县发展战略"
    assert {frame, "科技立县", "商贸兴县", "旅游富县"} <= names(doc, "Strategy")
    assert {member for member, _ in part_of(doc)} == {"科技立县", "商贸兴县", "旅游富县"}
    assert len({framework for _, framework in part_of(doc)}) == 1


def test_a_list_of_lines_named_as_a_way_of_thinking_is_one_line_without_members():
    doc = process_text("深入实施“农业立县、工业强县、科技兴县”发展思路，大力开展城乡融合。")
    assert names(doc, "Strategy") == {"农业立县、工业强县、科技兴县发展思路"}
    assert part_of(doc) == set()


def test_a_list_of_lines_named_as_the_countys_goal_has_them_as_members():
    doc = process_text("紧紧围绕建设“生态平遥、产业平遥、品质平遥”目标，打基础、造环境。", county_code="140728")
    assert {member for member, _ in part_of(doc)} == {"生态平遥", "产业平遥", "品质平遥"}


def test_a_listed_line_that_a_shorter_name_runs_on_from_is_still_a_member():
    # 依法治县 ends the list; the frame's kind word read from inside it (治县发展战略) is no member
    doc = process_text("坚定实施“生态立县、产业强县、文化兴县、依法治县”发展战略。")
    assert "生态立县、产业强县、文化兴县、依法治县发展战略" in names(doc, "Strategy")
    assert {member for member, _ in part_of(doc)} == {"生态立县", "产业强县", "文化兴县", "依法治县"}
    assert len({framework for _, framework in part_of(doc)}) == 1


def test_the_field_a_county_makes_its_first_concern_is_a_line():
    doc = process_text("全县坚持招商为王，牢固树立“质量为王”的意识。")
    assert {"招商为王", "质量为王"} <= names(doc, "Strategy")


def test_a_first_concern_needs_a_county_to_hold_it_and_not_to_forbid_it():
    doc = process_text("坚持项目为王，杜绝自立为王。防止各自为王、占地为王。")
    assert names(doc, "Strategy") == {"项目为王"}
    assert names(process_text("市场竞争中内容为王。"), "Strategy") == set()
    # (other lines it holds may come first)
    assert "质量为王" in names(process_text("要树立茶旅富县、「质量为王」的意识。"), "Strategy")


def test_a_saying_of_who_wins_is_no_line():
    doc = process_text("市场竞争中胜者为王，不能占山为王。")
    assert names(doc, "Strategy") == set()


def test_a_county_a_rank_or_a_goal_is_no_strong_county_line():
    doc = process_text("县长前往兴县调研，我县入选全国百强县，着力建设中医药强县，建立县、乡两级联动机制。")
    assert not {n for n in names(doc, "Strategy") if n.endswith(("强县", "兴县", "立县"))}


def test_the_strong_county_a_report_builds_is_a_line_unless_it_names_it_as_an_honour():
    # invented: 打造X强区 is the line the county builds ...
    assert "商贸强区" in names(process_text("全区坚定不移打造商贸强区，发展动能持续增强。"), "Strategy")
    # ... but a report that seeks X强县 as a title (创建全省X强县) builds that title wherever it names it
    doc = process_text("全县大力发展体育事业，创建全省体育强县。坚持全民健身，打造体育强县。")
    assert "体育强县" not in names(doc, "Strategy")


def test_a_line_with_or_without_the_mark_between_its_parts_is_one_line():
    doc = process_text("坚持“绿、富”发展战略。全县深化“绿”“富”发展战略。")
    assert {"绿、富发展战略", "绿富发展战略"} <= names(doc, "Strategy")
    assert len({m.key for m in doc.mentions if m.type == "Strategy"}) == 1


def test_numbered_lines_keep_their_kind_word():
    doc = process_text("做优“2+3”主导产业，落实“36518”工作任务，推动1+N产业集群成链。")
    assert {"2+3主导产业", "36518工作任务", "1+N产业集群"} <= names(doc, "Strategy")
    assert not {"2+3", "1+N"} & names(doc, "Strategy")


def test_a_bare_sum_without_its_kind_is_no_line():
    doc = process_text("这一年，“1+1”大于二，销售额增长。")
    assert names(doc, "Strategy") == set()


def test_campaigns_named_after_their_year():
    doc = process_text("深入开展“项目攻坚突破年”“营商环境提升年”活动，开展干部作风建设年。")
    assert {"项目攻坚突破年", "营商环境提升年", "干部作风建设年"} <= names(doc, "Strategy")


def test_years_dates_and_ages_are_no_campaigns():
    doc = process_text("今年是“开局之年”，庆祝建党100周年，建成青少年活动中心，迎来“丰收年”。")
    assert not {n for n in names(doc, "Strategy") if n.endswith("年")}


def test_dates_records_honours_document_numbers_and_sizes_are_no_lines():
    doc = process_text("有效应对“7·12”洪灾，粮食生产实现“十二连丰”，入选“全国十佳宜居小城”，"
                       "落实X发〔2021〕5号文件精神，按照“20平方公里20万人口”规划新城，推动企业“做优做强”，"
                       "清理“三资”一次性收入1亿元，“双十二”网销额增长。")
    assert names(doc, "Strategy") == set()


def test_a_campaign_or_a_case_named_in_the_title_of_an_honour_is_no_line():
    doc = process_text("2024年被评为全国绿色高产高效行动示范县，成功争取县域商业体系建设行动试点县，"
                       "我旗入选“西部大开发20年县域高质量发展20个典型案例”。")
    assert names(doc, "Strategy") == set()
    assert "绿色高产高效行动" in names(process_text("深入开展绿色高产高效行动。"), "Strategy")


def test_a_sum_passed_is_a_record_not_a_line():
    doc = process_text("营业收入连续五年刷新“破百亿”速度，开工率、投资完成率实现“双破百”。")
    assert names(doc, "Strategy") == set()
    assert "三年过千亿" in names(process_text("锚定“三年过千亿”，扩大有效投资。"), "Strategy")
    assert names(process_text("主要指标完成“双过半”年度目标。"), "Strategy") == set()


def test_a_line_of_one_counted_part_grounding_another():
    doc = process_text("坚持围绕“三新”主攻“三化”。")
    assert "围绕三新主攻三化" in names(doc, "Strategy")
    assert not {"三新", "三化"} & names(doc, "Strategy")


def test_counted_tasks_events_and_battles():
    doc = process_text("完成好三大任务，办好三件大事，打赢六大战役。")
    assert {"三大任务", "三件大事", "六大战役"} <= names(doc, "Strategy")


def test_a_quoted_line_named_with_a_demand_or_a_plan_after_it_is_the_quote():
    # (the demand, 工作要求, or the plan, 工作部署, is what the line asks, not its name)
    doc = process_text("落实“四个提升”工作要求和“三增三减”工作部署，贯彻“五稳”重要要求。")
    assert {"四个提升", "三增三减", "五稳"} <= names(doc, "Strategy")
    assert not any(n.endswith(("要求", "部署")) for n in names(doc, "Strategy"))
    assert "比学赶超、大抓项目" in names(process_text("践行“比学赶超、大抓项目”工作要求。"), "Strategy")
    # a plain phrase asked for is no named line
    assert names(process_text("对标“高水平均衡发展”要求。"), "Strategy") == set()


def test_a_strategy_study_is_no_line():
    doc = process_text("开展县城2040发展战略研究。")
    assert names(doc, "Strategy") == set()


def test_cooperation_of_two_provinces_named_by_their_short_names():
    doc = process_text("深化闽宁协作，用好沪滇扶贫协作资金。")
    assert {"闽宁协作", "沪滇扶贫协作"} <= names(doc, "Strategy")
    assert names(process_text("开展结对帮扶，加强部门协作，推进创新协作。"), "Strategy") == set()


def test_a_campaign_named_as_a_battle_and_the_theme_education():
    doc = process_text("打好长江大保护战役，认真开展主题教育。")
    assert {"长江大保护战役", "主题教育"} <= names(doc, "Strategy")


def test_a_paired_slogan_naming_a_title_is_no_line():
    doc = process_text("我县获评全省双优双创县。")
    assert names(doc, "Strategy") == set()


def test_a_quote_describing_a_year_s_results_is_no_line():
    doc = process_text("全县交出了一份“稳中有升、进中有优”的民生答卷。")
    assert names(doc, "Strategy") == set()


def test_a_counted_set_of_industries_listed_before_its_count():
    doc = process_text("重点培育生物医药、新能源和智能装备三大新兴产业，持续做强“茶、果、菌、药”四大特色产业，"
                       "建设东部精品钢、西部新材料两大产业基地。")
    found = names(doc, "Strategy")
    assert {"生物医药、新能源和智能装备三大新兴产业", "茶、果、菌、药四大特色产业"} <= found
    assert not any(n.endswith("产业基地") and "、" in n for n in found)


def test_policy_packages_ranks_titles_states_and_files_are_no_lines():
    doc = process_text("出台助企纾困“22条”和稳就业“15条”，产业园获认定为“第三批省级特色园”，青山镇系“江南第一镇”，"
                       "跻身全省“十优”县，增速保持“五县两区”第一，经济呈现“稳中有升、进中提质”的良好态势，"
                       "解决群众“雨来撤离、雨停返家”的窘境，省里出台“新省发5号”文件，抓实“三保”各项工作。")
    assert names(doc, "Strategy") == set()
    # a count of firsts and a quote before its rank as a line (第一战略) stay lines
    kept = names(process_text("实现“五个第一”，锚定“科技兴县、商贸富县”第一战略。"), "Strategy")
    assert {"五个第一", "科技兴县", "商贸富县第一战略"} <= kept


def test_a_title_the_county_campaigns_to_win_is_no_line():
    doc = process_text("深入开展“文明县”创建，积极开展“低碳园区”“数字园区”创建，坚持“马上就办”。")
    assert names(doc, "Strategy") == {"马上就办"}


def test_the_plan_that_sets_a_campaign_is_a_document_not_the_line():
    doc = process_text("制定实施《东岭县2025年项目攻坚行动方案》，出台落实“三年翻一番”2024年行动方案。")
    found = names(doc, "Strategy")
    assert not any(n.endswith("行动") for n in found)
    assert "三年翻一番" in found
    # a quote holding the plan's whole name names it as the line
    assert "十项行动" in names(process_text("深入实施“十项行动方案”，圆满完成目标任务。"), "Strategy")


def test_the_field_of_agriculture_countryside_and_farmers_is_no_line():
    doc = process_text("做好“三农”工作，成立“三农”服务中心，扎实做好“六稳”工作。")
    assert names(doc, "Strategy") == {"六稳"}


def test_a_package_of_measures_named_by_its_field_is_no_line():
    doc = process_text("迭代推出“纺织十条”“氢能十条2.0”，出台“羊五条”扶持政策。")
    assert names(doc, "Strategy") == set()
    assert "三条控制线" in names(process_text("严格落实“三条控制线”管控。"), "Strategy")


def test_a_count_of_tasks_heading_a_numbered_agenda_is_no_framework():
    doc = process_text("今年重点办好六件大事：\n1.建成城北污水处理厂。\n2.开工建设东环路。\n"
                       "今年要着力抓好五项工作：一、稳住农业基本盘。")
    assert names(doc, "Strategy") == set()
    assert "六件大事" in names(process_text("统筹推进六件大事：稳产业、保就业。"), "Strategy")


def test_the_counted_parts_of_a_quoted_line_are_its_members():
    doc = process_text("落实县委“锁定一个目标、壮大四个板块、推进六大攻坚”工作思路，深入实施“两大战略、九大行动”工作部署。")
    found = names(doc, "Strategy")
    assert {"一个目标", "四个板块", "六大攻坚", "两大战略", "九大行动"} <= found
    parts = {(a, b.replace("、", "").removesuffix("工作思路")) for a, b in part_of(doc)}  # (keys fold the 、)
    assert {("一个目标", "锁定一个目标壮大四个板块推进六大攻坚"), ("六大攻坚", "锁定一个目标壮大四个板块推进六大攻坚")} <= parts
    assert {("两大战略", "两大战略九大行动"), ("九大行动", "两大战略九大行动")} <= parts
    # a list whose parts are not all counted has no such members
    assert "三个村" not in names(process_text("推动“整治三个村、提升乡风文明”。"), "Strategy")
    assert "两个方案" not in names(process_text("着眼“完善两个方案、做优三个片区”，明确目标。"), "Strategy")


def test_bare_counted_parts_without_their_kind_are_one_lines_name():
    doc = process_text("聚焦“三大战略、六大行动”，紧盯“四个领先、两个提升”，加快建设现代化城市。")
    assert {"三大战略、六大行动", "四个领先、两个提升"} <= names(doc, "Strategy")
    assert part_of(doc) == set()
    assert not {"三大战略", "六大行动", "四个领先", "两个提升"} & names(doc, "Strategy")


def test_parts_right_after_a_counted_framework_are_not_taken_as_its_members():
    doc = process_text("全年统筹推进“三件大事”，全力以赴促改革、抓项目、保民生，圆满完成任务。")
    assert names(doc, "Strategy") == {"三件大事"}
    # not a list of another length, nor one of long clauses
    other = names(process_text("办好两件大事，抓经济搞建设、谋发展惠民生、强基层。完成三大任务，抓好招商引资、优化营商环境、稳定就业。"), "Strategy")
    assert not other & {"抓经济搞建设", "谋发展惠民生", "强基层", "优化营商环境", "稳定就业"}


def test_members_listed_before_a_quoted_count_may_hold_quotes_and_lead_with_a_verb():
    doc = process_text("在建设一流营商环境示范、全域旅游发展示范、“无废”城市和美丽乡村示范、创建全国文明城市等“四大领域”勇当标杆。")
    found = names(doc, "Strategy")
    assert {"一流营商环境示范", "全域旅游发展示范", "无废城市和美丽乡村示范", "全国文明城市"} <= found
    assert ("全国文明城市", "四大领域") in part_of(doc)


def test_a_county_named_after_a_run_of_qualities_is_one_line():
    doc = process_text("奋力建设富裕文明和谐秀美平遥，现代化美好新平遥建设迈出新步伐。", county_code="140728")
    found = names(doc, "Strategy")
    assert {"富裕文明和谐秀美平遥", "现代化美好新平遥"} <= found
    assert "秀美平遥" not in found and "美好新平遥" not in found
    # a single quality is the line it names (法治平遥); a place after the county's name is no line
    assert names(process_text("推进平安平遥建设，建设美丽平遥古城。", county_code="140728"), "Strategy") == {"平安平遥"}


def test_one_quality_before_the_county_named_new_is_the_countys_vision():
    # the county a report sets out to build, named new after one quality (现代化新X), is its line
    doc = process_text("全力推进现代化新平遥建设，奋力谱写社会主义现代化新平遥篇章。", county_code="140728")
    assert {"现代化新平遥", "社会主义现代化新平遥"} <= names(doc, "Strategy")
    # one quality before the county's name, not new, stays no vision (现代化平遥 is not a named line)
    assert names(process_text("平遥加快现代化平遥古城保护。", county_code="140728"), "Strategy") == set()


def test_a_vision_is_tried_only_in_the_runs_before_the_countys_name_and_found_as_by_the_whole_search():
    # the vision regex tried in the runs of qualities before the county's name finds what its
    # search of the whole text finds: same matches, same order (names made of qualities too)
    import random
    import re

    from kg.recognize import patterns, strategy

    cfg = strategy.rules().record.county_lines
    qualities = "|".join(sorted(cfg.qualities, key=len, reverse=True))
    rng = random.Random(11)
    for names in (("平遥县", "平遥"), ("新绛县", "新绛"), ("和美县", "和美"), ("美美", "美")):
        joined = "|".join(map(re.escape, sorted(set(names), key=len, reverse=True)))
        vision = re.compile(f"(?:(?:{qualities}){{2,}}新?|(?:{qualities}){{1,}}新)(?:{joined})(?!古城)")
        pieces = list(cfg.qualities[:12]) + list(names) + ["新", "现代", "古城", "，", "建设", "美", "和"]
        texts = ["奋力建设富裕文明和谐秀美平遥，现代化美好新平遥。", "", "美好新新绛县", "美美美美美和美美"]
        texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 80))) for _ in range(400)]
        for text in texts:
            found = [(m.span(), m.group()) for m in vision.finditer(text)]
            run = "".join(cfg.qualities) + "新"
            assert [(m.span(), m.group()) for m in patterns.finditer_in_runs_before(vision, text, names, run)] == found, text


def test_a_counted_set_of_programmes_is_a_framework():
    doc = process_text("全面实施六大强基工程，统筹推进十项民生工程，建成144个八大行动工程类项目。")
    found = names(doc, "Strategy")
    assert {"六大强基工程", "十项民生工程"} <= found
    assert "八大行动工程" not in found


def test_national_lines_of_farming_resettlement_and_old_revolutionary_areas():
    doc = process_text("严格落实耕地保护和粮食安全党政同责，实施种业振兴，完成易地扶贫搬迁800户，用好苏区振兴政策。")
    assert {"耕地保护和粮食安全党政同责", "种业振兴", "易地扶贫搬迁", "苏区振兴"} <= names(doc, "Strategy")
    assert "易地扶贫搬迁" not in names(process_text("做好易地扶贫搬迁后续扶持工作。"), "Strategy")
    sichuan = "高起点打造天府粮仓。"
    assert "天府粮仓" in names(process_text(sichuan, county_code="510121"), "Strategy")  # a county of Sichuan
    assert "天府粮仓" not in names(process_text(sichuan, county_code="140824"), "Strategy")  # of Shanxi


def test_ranks_varieties_quotas_praise_pilots_and_platforms_are_no_lines():
    doc = process_text("位居新型城镇化质量第4，我县获评国家生态文明强县建设示范县，“青丰早稻2号”示范现场会在我县召开，"
                       "获得用地计划指标奖励，省里给予了“稳、准、实”的充分肯定，殡葬模式入选全省殡葬综合改革试点案例，"
                       "推动A大道、B大道、C大道三大交通产业平台建设，建成96个“六大提升”工程类项目。")
    assert names(doc, "Strategy") == {"六大提升"}  # (the line whose class of works it is)


def test_a_named_reform_chosen_as_a_pilot_and_a_numbered_system_with_a_long_kind():
    doc = process_text("我县模式入选全国殡葬管理综合改革试点案例，构建“3+4”现代农业产业体系。")
    found = names(doc, "Strategy")
    assert "3+4现代农业产业体系" in found
    assert not any("殡葬" in n for n in found)


def test_a_quoted_counted_framework_after_the_last_item_of_its_list_names_the_list():
    doc = process_text("深入开展古城振兴突破年、工业强县攻坚年、民生实事奋进年“三大行动”，加压奋进。")
    assert {"古城振兴突破年", "工业强县攻坚年", "民生实事奋进年", "三大行动"} <= names(doc, "Strategy")
    parts = {(f.subject.split("/", 1)[1], f.object.split("/", 1)[1]) for f in doc.facts if f.type == "partOf"}
    assert ("民生实事奋进年", "三大行动") in parts and len(parts) == 3
    # a noun before the quote that is no list item keeps the quoted words (城市文明“X工程”)
    assert "城市文明“五进”工程" in {doc2.text[m.start:m.end] for doc2 in [process_text("实施城市文明“五进”工程。")] for m in doc2.mentions}


def test_work_style_pairs_sharing_only_their_edges_and_ranks_are_no_slogans():
    doc = process_text("始终坚持高起点谋划、高质量推进，抓实农业、抓强农业，排名分列全省第一位、第五位。")
    assert not [m for m in doc.mentions if m.rule == "strategy.parallel-slogan"]
    doc = process_text("一体推进不敢贪、不能贪、不想贪。")
    assert "不敢贪、不能贪、不想贪" in names(doc, "Strategy")


def test_ranks_of_strategy_plans_of_a_framework_and_quoted_codes_with_a_letter():
    doc = process_text("岭南物流枢纽上升为省级战略。全面落实“六大战略”三年行动方案。推进“537X”特色装备制造业集群培育工程。")
    got = names(doc, "Strategy")
    assert "省级战略" not in got and "六大战略" in got and not any("行动方案" in n for n in got)
    assert "537X特色装备制造业集群培育工程" in got


def test_a_slogan_of_counted_parts_before_the_pattern_it_makes_is_a_line():
    doc = process_text("打造城北产业园、临港产业园、桐溪产业园一核三园的空间布局。构建三纵四横的路网格局。")
    got = names(doc, "Strategy")
    assert "一核三园" in got and "三纵四横" not in got


def test_parts_after_a_framework_are_no_members():
    # (short verb-object parts after a counted framework are as often aims or work slogans as its
    # members: strategy.following-member found as many false members as true ones on external text)
    doc = process_text("做实产业升级“三项提升”，以强链条、优结构、扩总量，努力跑出加速度。")
    assert names(doc, "Strategy") == {"三项提升"}
    doc = process_text("统筹“三件大事”，全力以赴保供应、稳物价、促消费。")
    assert names(doc, "Strategy") == {"三件大事"}


def test_a_quoted_list_of_fields_before_its_count_and_kind_is_one_line():
    doc = process_text("大力实施“招商引资、城市更新、基层治理”三大攻坚行动，经济稳中有进。")
    assert "招商引资、城市更新、基层治理三大攻坚行动" in names(doc, "Strategy")
    assert "基层治理三大攻坚行动" not in names(doc, "Strategy")


def test_the_national_line_of_the_dairy_industry():
    assert "奶业振兴" in names(process_text("全面推进奶业振兴，新建牧场3个。"), "Strategy")
    assert "奶业振兴" not in names(process_text("推动奶业振兴研究院建设。"), "Strategy")


def test_a_counted_framework_heading_its_paragraph_has_the_names_its_sentences_open_with():
    doc = process_text("——壮大三种经济形态，发展动能持续增强。数字经济加快成长，电商交易额增长20%；"
                       "飞地经济取得突破，新签约项目5个。全县经济运行平稳。\n乡村经济稳步发展。")
    parts = {(f.subject.split("/", 1)[1], f.object.split("/", 1)[1]) for f in doc.facts if f.type == "partOf"}
    assert parts == {("数字经济", "三种经济形态"), ("飞地经济", "三种经济形态")}
    # a count of kinds in the middle of a paragraph heads nothing
    doc = process_text("全县坚持发展，统筹推进城乡融合，积极培育三种经济形态。数字经济加快成长。")
    assert not [m for m in doc.mentions if m.rule == "strategy.heading-member"]


def test_a_line_named_only_by_the_document_s_own_county_is_a_cut_name():
    doc = process_text("坚定实施奋力建设生态富民新岚皋发展战略。深入实施科技兴县发展战略。", county_code="610925")  # 岚皋县
    assert names(doc, "Strategy") == {"科技兴县发展战略"}


def test_national_lines_of_the_yangtze_power_grids_informatization_and_firms_for_villages():
    doc = process_text("共抓长江大保护，推进源网荷储一体化，深化两化融合，推动万企兴万村。")
    assert {"长江大保护", "源网荷储一体化", "两化融合", "万企兴万村"} <= names(doc, "Strategy")
    # inside the name of a body or a place the line is no line
    doc = process_text("县长江大保护办公室挂牌，两化融合研究院落成。")
    assert not {"长江大保护", "两化融合"} & names(doc, "Strategy")


def test_provincial_lines_only_in_their_province():
    sentence = "深入推进智改数转，常态化开展万人助万企活动。"
    assert "智改数转" in names(process_text(sentence, county_code="320281"), "Strategy")  # a county of 江苏
    assert any(n.startswith("万人助万企") for n in names(process_text(sentence, county_code="410922"), "Strategy"))  # 河南
    elsewhere = names(process_text(sentence, county_code="610925"), "Strategy")  # a county of 陕西
    assert "智改数转" not in elsewhere and not any(n.startswith("万人助万企") for n in elsewhere)


def test_campaign_years_listed_after_the_verb_that_opens_them():
    doc = process_text("大力开展乡村产业融合发展年、城乡建设加速年、营商环境提升年“三个年”活动，推进建设年均增长8%。")
    got = names(doc, "Strategy")
    assert {"乡村产业融合发展年", "城乡建设加速年", "营商环境提升年"} <= got
    assert not [n for n in got if "年均" in n or n.startswith("建设")]


def test_a_year_of_work_quoted_or_carried_out_is_a_campaign_whatever_word_opens_it():
    doc = process_text("聚焦“重点工作突破年”主题，聚力攻坚。二是落实产业项目重点推进年各项工作。")
    assert {"重点工作突破年", "产业项目重点推进年"} <= names(doc, "Strategy")
    # a rate over years and the year itself are no campaign
    doc = process_text("全县投资推进年均增长8%，落实今年各项工作，聚焦“重点”。")
    assert not [n for n in names(doc, "Strategy") if n.endswith("年") or "年均" in n]


def test_meetings_ways_of_working_and_titles_earned_are_no_lines():
    doc = process_text("学习全国“两会”精神，解读今年“两会”报告，始终保持“闯、创、干”的作风，成功创建全省“两个满意”示范县。")
    assert not names(doc, "Strategy")


def test_a_quoted_line_before_总思路_or_总战略():
    doc = process_text("紧紧围绕省委“强产业、优环境、惠民生、守底线”工作总思路，落实“北拓南融、东进西联”总战略。")
    got = names(doc, "Strategy")
    assert any(n.startswith("强产业、优环境、惠民生、守底线") for n in got)
    assert any(n.startswith("北拓南融、东进西联") for n in got)


def test_a_campaign_named_as_a_great_battle():
    doc = process_text("全力打响招商引资大会战，掀起城乡建设大会战热潮。")
    assert {"招商引资大会战", "城乡建设大会战"} <= names(doc, "Strategy")


def test_a_quoted_list_named_by_a_counted_framework_s_kind_lists_its_members():
    doc = process_text("——“三大定位”取得新进展。一以贯之抓落实，锚定“山水青城、橘乡福地、康养之都”新定位，全力攻坚。")
    parts = {(f.subject.split("/", 1)[1], f.object.split("/", 1)[1]) for f in doc.facts if f.type == "partOf"}
    assert {("山水青城", "三大定位"), ("橘乡福地", "三大定位"), ("康养之都", "三大定位")} <= parts
    assert "山水青城、橘乡福地、康养之都" not in names(doc, "Strategy")
    # a list of another count, or not named by the kind, lists no members
    doc = process_text("——“三大定位”取得新进展。锚定“山水青城、橘乡福地”新定位，打造“甲乙、丙丁、戊己”品牌。")
    assert not [m for m in doc.mentions if m.rule == "strategy.quoted-member"]


def test_members_belong_to_the_longer_name_their_framework_was_read_into():
    doc = process_text("——“三大定位”建设取得新进展。锚定“山水青城、橘乡福地、康养之都”新定位，全力攻坚。")
    parts = {(f.subject.split("/", 1)[1], f.object.split("/", 1)[1]) for f in doc.facts if f.type == "partOf"}
    frames = {o for _, o in parts}
    assert len(frames) == 1 and next(iter(frames)).startswith("三大定位")
    assert {s for s, _ in parts} == {"山水青城", "橘乡福地", "康养之都"}


def test_a_quoted_count_of_qualities_before_the_county_s_name_is_a_line():
    doc = process_text("奋力建设“双美”岚皋，打造“三宜”岚皋，“两会”岚皋代表团出席。", county_code="610925")  # 岚皋县
    got = names(doc, "Strategy")
    assert {"双美岚皋", "三宜岚皋"} <= got
    assert "两会岚皋" not in got


def test_the_results_of_a_national_line_are_not_the_line():
    assert "脱贫攻坚" not in names(process_text("切实守好脱贫攻坚成果，守住底线。"), "Strategy")
    got = names(process_text("实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接，全面推进乡村振兴。"), "Strategy")
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接" in got


def test_a_quoted_list_of_aims_named_as_the_goal_or_idea_is_a_line():
    doc = process_text("紧盯“融入澜江城、争创全省十强”奋斗目标，牢固树立‘快建项目、建好项目’的理念，实现‘澜溪提质、两年倍增’的目标。")
    assert {"融入澜江城、争创全省十强", "快建项目、建好项目", "澜溪提质、两年倍增"} <= names(doc, "Strategy")


def test_a_single_quoted_aim_named_as_the_countys_positioning_or_a_kind_of_goal_is_a_line():
    doc = process_text("紧扣“北部湾向海门户”定位，瞄准建成“东岭生态康养中心城”目标，实现“稳产增收”年度目标，"
                       "围绕“生态优先，产业富民，城乡共美”总目标，落实“早发现早处置”总方针。")
    found = names(doc, "Strategy")
    assert {"北部湾向海门户", "东岭生态康养中心城", "稳产增收", "生态优先，产业富民，城乡共美",
            "早发现早处置总方针"} <= found


def test_a_plans_period_or_a_target_of_none_is_no_goal_line():
    doc = process_text("圆满完成“十四五”奋斗目标，实现“零伤亡”年度目标，达到“人人有活干”目标。")
    assert names(doc, "Strategy") == set()


def test_a_single_quoted_aim_or_a_quoted_list_of_problems_is_no_goal_line():
    doc = process_text("实现“收入翻番”目标，着力解决“上学难、看病难”问题。")
    assert names(doc, "Strategy") == set()


def test_a_quoted_count_and_one_character_before_its_works_or_funds_is_a_line():
    doc = process_text("参加省“四早”项目集中开工，落实“三减”资金2亿元，严控新增“两耗”项目准入。")
    assert {"四早", "三减", "两耗"} <= names(doc, "Strategy")


def test_a_quoted_period_or_a_quoted_place_before_works_is_no_abbreviated_line():
    doc = process_text("谋划“十五五”项目，压减“三公”经费，推进“澜溪”项目。")
    assert names(doc, "Strategy") == set()


def test_campaign_years_listed_before_their_count_are_its_members():
    # (the walk back from the first item starts at its last word: a year, 年, stops no name)
    doc = process_text("全面开展乡村产业融合发展年、城乡建设加速年、营商环境提升年“三个年”活动。")
    assert {("乡村产业融合发展年", "三个年"), ("城乡建设加速年", "三个年"), ("营商环境提升年", "三个年")} <= part_of(doc)
    # a list of another length names no members
    doc = process_text("全面开展城乡建设加速年、营商环境提升年“三个年”活动。")
    assert not [p for p in part_of(doc) if p[1] == "三个年"]


def test_a_coded_plan_or_reform_runs_to_its_kind_without_the_body_that_set_it():
    doc = process_text("紧扣市委“24613”总体部署和县委“3517”战略布局，推行“3311”审批改革，"
                       "坚持“285”项目调度和推进体系。")
    found = names(doc, "Strategy")
    assert {"24613总体部署", "3517战略布局", "3311审批改革", "285项目调度和推进体系"} <= found
    assert not [n for n in found if n.startswith(("县委", "市委")) or n == "3517战略"]
    # a code with no kind after it is no line (a count of things)
    assert not [n for n in names(process_text("全县完成“2468”，保持稳定。"), "Strategy") if "2468" in n]


def test_a_national_line_naming_a_meeting_or_a_site_is_no_line_there():
    doc = process_text("认真落实西部大开发座谈会精神，新建易地扶贫搬迁安置点2个，深入实施乡村振兴战略。")
    found = names(doc, "Strategy")
    assert "西部大开发" not in found and "易地扶贫搬迁" not in found
    # the line itself, where it stands as one
    assert {"西部大开发", "易地扶贫搬迁"} <= names(process_text("抓住西部大开发机遇，完成易地扶贫搬迁任务。"), "Strategy")


def test_a_region_as_the_place_of_something_or_named_after_the_county_is_no_line():
    found = names(process_text("做大做强晋中平遥经济区，打造对接长三角经济区“桥头堡”，建设汾渭经济区优质农产品基地。",
                               county_code="140728"), "Strategy")
    assert not [n for n in found if n.endswith("经济区")]
    # a region the county joins is one
    assert "中原经济区" in names(process_text("主动融入中原经济区建设。", county_code="140728"), "Strategy")


def test_county_lines_of_strength_and_charm_and_a_new_county():
    doc = process_text("加快建设实力平遥、魅力平遥，奋力打造美好新平遥。", county_code="140728")
    assert {"实力平遥", "魅力平遥", "美好新平遥"} <= names(doc, "Strategy")
    # the county's places are no lines
    assert not [n for n in names(process_text("游览魅力平遥古城。", county_code="140728"), "Strategy") if "平遥" in n]


def test_county_lines_are_searched_only_where_the_county_follows_their_word():
    from kg.recognize import strategy

    # a vision (a run of qualities, or one before the county named new) and a quoted count
    doc = process_text("奋力建设富强美丽平遥，打造“双优”平遥，建设现代化新平遥。", county_code="140728")
    assert {"富强美丽平遥", "双优平遥", "现代化新平遥"} <= names(doc, "Strategy")
    # the county named after no such word: nothing to compile, nothing found
    text = "平遥县委召开会议，“平遥”品牌，美丽平遥。"
    county = ["平遥县", "平遥"]
    assert not strategy._named_after(text, county, strategy._ends_with(["富强", "法治", "新"], text))
    assert not strategy._named_after(text, county, strategy._ends_with(["”"], text))
    assert strategy._named_after(text, county, strategy._ends_with(["美丽"], text))
    # a vision needs a run of qualities (two, or one and 新) right before the name
    qualities = ("富强", "美丽", "现代化")
    assert not strategy._named_after(text, county, strategy._ends_with_run(qualities, 2, 1, text))
    for vision in ("富强美丽平遥", "现代化新平遥"):
        assert strategy._named_after(vision, county, strategy._ends_with_run(qualities, 2, 1, vision))
    # what plain words cannot tell is searched: a word that is a regex piece, or none
    assert strategy._ends_with(["(?:美丽)"], text) is None and strategy._ends_with([], text) is None
    assert strategy._ends_with_run(("美丽|富强",), 2, 1, text) is None
    assert strategy._named_after(text, county, None) and not strategy._named_after(text, ["太谷"], None)


def test_a_counted_set_of_industrial_clusters_is_a_framework():
    found = names(process_text("全力打造“三个百亿级”产业集群，培育新材料、装备制造等六大产业集群。"), "Strategy")
    assert {"三个百亿级产业集群", "六大产业集群"} <= found
    # a cluster of its own is an industry, no framework
    assert not names(process_text("光伏产业集群初具规模，打造百亿级产业集群。"), "Strategy")


def test_a_slogan_seeking_big_works_is_a_line():
    doc = process_text("掀起“大抓产业、抓大项目”建设热潮。")
    assert any(n.startswith("大抓产业、抓大项目") for n in names(doc, "Strategy"))
    # a quoted work is none
    assert not names(process_text("推进“十大项目”建设。"), "Strategy") & {"十大项目", "十大项目建设"}


def test_pressures_sectors_ranks_dreams_and_speeches_named_by_a_count_are_no_lines():
    doc = process_text("积极应对“三重压力”，围绕“三次产业”发展，夺得考核“双第一”，实现“千亿梦”，"
                       "学习“八一”重要讲话精神，落实“四个第一”要求。")
    found = names(doc, "Strategy")
    assert not found & {"三重压力", "三次产业", "双第一", "千亿梦", "八一"}
    assert "四个第一" in found  # a counted framework stays one


def test_any_rank_won_twice_is_no_line():
    # a rank held twice is a rank whatever its place (“双第二”, “双第五”), as “双第一” is
    doc = process_text("在全市考评中取得“双第二”好成绩，综合考核获得“双第五”。落实“两个第一”要求。")
    found = names(doc, "Strategy")
    assert not found & {"双第二", "双第五"}
    assert "两个第一" in found


def test_a_quoted_list_before_its_count_is_one_line_whatever_the_length_of_its_items():
    doc = process_text("统筹做好“工、农、商、旅”四篇文章，办好“稳增长、保民生、防风险”三件大事。")
    found = names(doc, "Strategy")
    assert {"工、农、商、旅四篇文章", "稳增长、保民生、防风险三件大事"} <= found
    assert not found & {"工、农、商、旅", "四篇文章", "三件大事"}
    # a count of works after a quoted list is no line
    assert not [n for n in names(process_text("推进“甲、乙、丙”三大试点项目。"), "Strategy") if "项目" in n]


def test_members_spelled_by_the_frameworks_character_before_it():
    doc = process_text("深入开展早抢开工、晚抢进度、全年抢质效的“三抢”竞赛。")
    members = {"早抢开工", "晚抢进度", "全年抢质效"}
    assert members <= names(doc, "Strategy")
    assert {(m, "三抢") for m in members} <= part_of(doc)
    # items without the character are no members
    doc = process_text("深入开展抓开工、比进度、促质效的“三抢”竞赛。")
    assert not [p for p in part_of(doc) if p[1] == "三抢"]


def test_a_quoted_list_named_with_its_count_has_no_members_cut_from_around_it():
    doc = process_text("高效推进“两个统筹”，狠抓“物价要稳住、就业要稳住、安全要守住”三件大事，成效明显。")
    found = names(doc, "Strategy")
    assert "物价要稳住、就业要稳住、安全要守住三件大事" in found
    assert not [n for n in found if n.startswith("狠抓")]


def test_a_reform_pilot_a_county_is_listed_as_is_an_honour_not_a_line():
    found = names(process_text("全县被列为市级“容缺受理审批改革试点县”。"), "Strategy")
    assert not [n for n in found if n.endswith("改革")]
    assert "容缺受理审批改革" in names(process_text("全面推进容缺受理审批改革。"), "Strategy")


def test_lines_named_by_what_drives_growth():
    found = names(process_text("大力实施园区带动战略，深入实施城镇化带动发展战略。"), "Strategy")
    assert {"园区带动战略", "城镇化带动发展战略"} <= found
    # what one line is to drive is not part of its name
    assert "乡村振兴战略" in names(process_text("以产业发展带动乡村振兴战略实施。"), "Strategy")
    assert not [n for n in names(process_text("以产业发展带动乡村振兴战略实施。"), "Strategy") if "带动" in n]


def test_lines_of_land_use_and_of_two_provinces_by_their_national_names():
    assert "重要窗口" in names(process_text("奋力打造重要窗口，争当排头兵。", county_code="330522"), "Strategy")  # 浙江
    assert "重要窗口" not in names(process_text("奋力打造重要窗口，争当排头兵。", county_code="140728"), "Strategy")
    assert "海南自贸港建设" in names(process_text("全面融入海南自贸港建设。", county_code="469025"), "Strategy")  # 海南
    assert "三区三线" in names(process_text("完成“三区三线”划定，保障用地。", county_code="140728"), "Strategy")


def test_a_quote_naming_a_platform_is_no_line_however_the_platform_is_described():
    found = names(process_text("“茶叶+文旅”农产品价值转化平台成功上线。“5G+物联网”智慧养殖服务平台建成。"), "Strategy")
    assert not [n for n in found if "+" in n]
    assert "互联网+政务服务" in names(process_text("深化“互联网+政务服务”，提升效能。"), "Strategy")


def test_lines_are_found_across_lone_quotes_as_a_quote_between_any_two_characters_would():
    # national lines are matched in the text with its lone quotes passed over: the same spans
    # as their forms written with an optional quote between each two characters (两“?山)
    import random
    import re

    from kg import policy_lines, regex_words
    from kg.recognize import patterns, strategy

    forms = sorted({f for line in policy_lines.load() for f in line.forms}, key=len, reverse=True)
    assert not [f for f in forms if set(f) & set(patterns.QUOTES)]  # (a quote inside a form would not be passed over)
    quote = f"{regex_words.one_of(patterns.QUOTES)}?"
    spelled = re.compile("|".join(quote.join(map(re.escape, f)) for f in forms))
    finder, _ = strategy._line_finder()
    rng = random.Random(3)
    pieces = forms[:40] + ["两山", "两", "山", "乡村", "振兴", "、", "，"] + list(patterns.QUOTES) * 3
    texts = ["“两山”理念", "“乡村振兴”战略", "乡“”村振兴", "“”", ""]
    texts += ["".join(rng.choice(pieces) for _ in range(300)) for _ in range(30)]
    texts += ["".join("".join(rng.choices(patterns.QUOTES, k=rng.choice((0, 0, 1, 2)))) + c for c in f) for f in forms * 3]
    for text in texts:
        assert list(patterns.finditer_across_quotes(finder, text)) == [m.span() for m in spelled.finditer(text)]


def test_members_sharing_a_tail_are_the_matches_of_the_tail_written_into_the_regex():
    # one regex for every tail (read from after a NUL at the end of the text searched) finds
    # what a regex with the tail written in finds: same matches, same names, same order
    import random
    import re

    from kg.recognize import strategy

    def spelled(tail: str, most: int) -> re.Pattern:
        return re.compile(rf"(?:[^\u4e00-\u9fff]|^|[的和])(?P<name>(?!的)[\u4e00-\u9fff](?:(?![的和])[\u4e00-\u9fff]){{0,{most - 1}}}?{re.escape(tail)})")

    rng = random.Random(5)
    chars = "甲乙丙示范的和，、。“”园区平遥文化生态1a\n "
    windows = ["", "文化平遥、生态平遥", "和谐平遥、美丽平遥的平遥"]
    windows += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 120))) for _ in range(1500)]
    for tail in ("示范", "平遥", "园区", "示范示范", "的和", "平"):
        for most in (12, 3):
            pattern = spelled(tail, most)
            for w in windows:
                expected = [(h.span(), h.span("name"), h.group("name")) for h in pattern.finditer(w)]
                assert [(h.span(), h.span("name"), h.group("name")) for h in strategy._sharing(w, tail, most)] == expected


def test_a_line_named_after_the_county_in_full_is_read_whole_in_every_process():
    # the county's two names were joined in a set's order, which changes with the hash seed
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = ("from conftest import process_text\n"
              "d = process_text('全面建设法治平遥县，奋力打造平安平遥县。', '140728')\n"
              "print(sorted(m.text for m in d.mentions if m.type == 'Strategy'))")
    tests = Path(__file__).parent
    seen = {subprocess.run([sys.executable, "-c", script], cwd=tests, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
            for seed in range(4)}
    assert seen == {"['平安平遥县', '法治平遥县']"}


def test_national_regional_lines_and_rural_lines_of_the_later_documents():
    doc = process_text("我县抢抓西部陆海新通道机遇，承接东数西算工程，服务黄河流域生态保护和高质量发展，"
                       "借鉴千万工程做法，建设宜居宜业和美乡村，坚持四个不摘，推行跨省通办。")
    assert {"西部陆海新通道", "东数西算工程", "黄河流域生态保护和高质量发展", "千万工程", "宜居宜业和美乡村",
            "四个不摘", "跨省通办"} <= names(doc, "Strategy")
    # a plan, a model village or a meeting named after the line is no line
    doc = process_text("编制黄河流域生态保护和高质量发展规划，创建宜居宜业和美乡村示范村，召开西部陆海新通道推进会。")
    assert not {"黄河流域生态保护和高质量发展", "宜居宜业和美乡村", "西部陆海新通道"} & names(doc, "Strategy")


def test_provincial_lines_of_the_later_inspection_speeches_only_in_their_province():
    sentence = "奋力在现代化新重庆中展现区县担当。"
    assert "现代化新重庆" in names(process_text(sentence, county_code="500229"), "Strategy")  # a county of 重庆
    assert "现代化新重庆" not in names(process_text(sentence, county_code="140728"), "Strategy")  # of 山西
    sentence = "全旗上下奋力推进全方位建设模范自治区，建设北疆新城。"
    assert "全方位建设模范自治区" in names(process_text(sentence, county_code="150521"), "Strategy")  # 内蒙古


def test_a_series_of_short_items_shares_the_suffix_of_its_last_one():
    doc = process_text("全县坚定实施林业增效、畜牧提质、旅游富民战略，大力开展净化环境、诚信建设行动。")
    assert {"林业增效、畜牧提质、旅游富民战略", "净化环境、诚信建设行动"} <= names(doc, "Strategy")
    assert "旅游富民战略" not in names(doc, "Strategy")
    # items with a suffix of their own are lines of their own; a long clause before 、 is no item,
    # nor is a list closed by 等; a quoted series is named by its quotes
    doc = process_text("实施创新驱动战略、人才强县战略。加快推进全县产业结构优化升级、旅游富民战略。"
                       "推进林业、畜牧等富民行动。围绕“生态立县、旅游兴县”发展战略。")
    got = names(doc, "Strategy")
    assert {"创新驱动战略", "人才强县战略", "旅游富民战略", "富民行动"} <= got
    assert not [n for n in got if n.startswith(("创新驱动战略、", "升级", "林业", "全县"))]
    # a long enumeration before the name is no part of it
    doc = process_text("统筹种植、养殖、加工、仓储、物流、销售、旅游富民战略。")
    assert "旅游富民战略" in names(doc, "Strategy") and not [n for n in names(doc, "Strategy") if "、" in n]
    # a series of national lines names each of them
    doc = process_text("深入实施扩大内需、乡村振兴战略，打好蓝天、碧水、净土保卫战。")
    got = names(doc, "Strategy")
    assert {"乡村振兴战略", "净土保卫战"} <= got and not [n for n in got if "、" in n]


def test_national_lines_of_land_markets_schools_and_safety():
    doc = process_text("落实耕地占补平衡，推进全国统一大市场建设，落实双减要求，深入推进重大事故隐患专项排查整治，"
                       "推进乡村全面振兴。")
    assert {"耕地占补平衡", "全国统一大市场", "双减", "重大事故隐患专项排查整治", "乡村全面振兴"} <= names(doc, "Strategy")
    # 乡村全面振兴 is the line of 乡村振兴 by another name: one key
    doc2 = process_text("推进乡村全面振兴，实施乡村振兴战略。")
    assert len({m.key for m in doc2.mentions if m.text in ("乡村全面振兴", "乡村振兴战略")}) == 1
    # a fund or a plan named after the line is no line
    doc = process_text("下达耕地占补平衡资金，编制全国统一大市场规划。")
    assert not {"耕地占补平衡", "全国统一大市场"} & names(doc, "Strategy")


def test_national_lines_of_services_villages_and_health():
    doc = process_text("深化证照分离，推行最多跑一次，全面推行双随机、一公开监管，建设数字乡村，发展飞地经济，"
                       "推广以工代赈，落实五级书记抓乡村振兴，完善分级诊疗制度。")
    assert {"证照分离", "最多跑一次", "双随机、一公开", "数字乡村", "飞地经济", "以工代赈", "五级书记抓乡村振兴",
            "分级诊疗制度"} <= names(doc, "Strategy")
    # a project or a fund named after the line is no line
    doc = process_text("实施以工代赈项目，下达以工代赈资金，建设数字乡村示范村。")
    assert not {"以工代赈", "数字乡村"} & names(doc, "Strategy")


def test_a_title_earned_after_a_reform_or_a_quoted_line_is_no_line():
    doc = process_text("我县获评全省河道管护体制改革达标县，被评为全国营商便利化改革先进地区，"
                       "成功创建“两美乡村”省级示范县，获评全省供给侧结构性改革先进县。")
    got = names(doc, "Strategy")
    assert not [n for n in got if n.endswith(("改革", "两美乡村"))], got
    # the same lines, followed and not titled, are lines
    doc = process_text("推进河道管护体制改革，深化营商便利化改革，建设“两美乡村”，深化供给侧结构性改革。")
    assert {"河道管护体制改革", "营商便利化改革", "两美乡村", "供给侧结构性改革"} <= names(doc, "Strategy")


def test_provincial_lines_of_the_party_congresses_unquoted_in_their_province():
    sentence = "为实现两个确保贡献县域力量。"
    assert "两个确保" in names(process_text(sentence, county_code="410922"), "Strategy")  # a county of 河南
    assert "两个确保" not in names(process_text(sentence, county_code="140728"), "Strategy")  # of 山西
    sentence = "加快建设经济强省、美丽河北，奋力推动高质量发展。"
    assert "经济强省、美丽河北" in names(process_text(sentence, county_code="130425"), "Strategy")  # 河北


def test_provincial_lines_of_the_west_the_south_and_the_coast_only_in_their_province():
    sentence = "聚焦强科技、强工业、强省会、强县域，坚持制造业当家，推动地瓜经济提能升级。"
    assert "强科技、强工业、强省会、强县域" in names(process_text(sentence, county_code="620321"), "Strategy")  # 甘肃
    assert "制造业当家" in names(process_text(sentence, county_code="440881"), "Strategy")  # 广东
    assert "地瓜经济" in names(process_text(sentence, county_code="330522"), "Strategy")  # 浙江
    elsewhere = names(process_text(sentence, county_code="140728"), "Strategy")  # 山西
    assert not {"强科技、强工业、强省会、强县域", "制造业当家", "地瓜经济"} & elsewhere


def test_a_numbered_goal_or_programme_is_a_line_but_a_quoted_amount_is_not():
    doc = process_text("按照市委“4231”发展目标要求，实施“365”工业升级计划，奋力实现“1113”奋斗目标。"
                       "全年完成“3000”亩造林目标。")
    found = names(doc, "Strategy")
    assert {"4231发展目标", "365工业升级计划", "1113奋斗目标"} <= found
    assert not any("3000" in n for n in found)


def test_the_ground_a_county_stands_on_is_not_a_strong_county_line():
    doc = process_text("近年来，我县坚持把农业作为立县之本、工业作为强县之基，坚持旅游富县。")
    found = names(doc, "Strategy")
    assert "旅游富县" in found
    assert not any("立县" in n or "强县" in n for n in found)


def test_a_quoted_model_before_新模式_and_a_quoted_list_opening_with_a_verb_are_lines():
    doc = process_text("积极培育“互联网+农业”新模式，坚定走好“加快转型、开放融合、跨越提升”新路。")
    assert {"互联网+农业", "加快转型、开放融合、跨越提升"} <= names(doc, "Strategy")


def test_targets_of_none_events_zones_in_zones_and_times_are_not_lines():
    doc = process_text("坚持“零感染、零输出”，实现“无输入、无反弹”，打响一场生态环境大会战，"
                       "推进“园中园”建设，打造“15分钟”生活圈。")
    assert names(doc, "Strategy") == set()


def test_a_plan_to_invest_is_not_a_programme():
    doc = process_text("宏达新材料项目计划总投资1.2亿元，华美科技计划投资3亿元；实施乡村教师支持计划。")
    found = names(doc, "Strategy")
    assert "乡村教师支持计划" in found
    assert not any("宏达" in n or "华美" in n for n in found)


def test_the_periods_a_county_lives_through_at_once_are_a_condition_not_a_line():
    doc = process_text("面对“三期叠加”和“三重压力”的复杂形势，我县坚持“三个一批”，推进“三区同建”。")
    found = names(doc, "Strategy")
    assert {"三个一批", "三区同建"} <= found
    assert not any("叠加" in n or "压力" in n for n in found)


def test_a_quoted_list_of_aims_named_by_its_goal_or_model_after_的_is_a_line():
    doc = process_text("努力实现“稳住农业、做强工业、提速三产”的总体目标，探索“一镇一园、一园一业”的招商模式，"
                       "保持“稳中有进、进中向好”的良好态势。")
    found = names(doc, "Strategy")
    assert {"稳住农业、做强工业、提速三产", "一镇一园、一园一业"} <= found
    assert not any("稳中有进" in n for n in found)


def test_a_line_interrupted_by_a_footnote_mark_keeps_its_kind():
    doc = process_text("全力实施“三区三地”[1]发展战略，纵深推进“两区融合”①。")
    assert "三区三地发展战略" in names(doc, "Strategy")


def test_a_code_alone_after_the_verb_that_adopts_it_is_a_line():
    doc = process_text("聚焦招商引资“1518”和产业项目建设“1113”目标，落实“3+5”延链补链。")
    assert {"1518", "3+5"} <= names(doc, "Strategy")


def test_a_code_counting_works_or_measures_or_a_year_is_no_line():
    doc = process_text("推进“5188”项目，实施“2025”，精准落实“25+1”“12+3”管控措施，聚焦“3000”亩高标准农田。")
    assert names(doc, "Strategy") == set()


def test_a_coded_line_whose_words_open_like_a_unit_is_found_whole():
    # invented: 公, 百, 平, 人 open ordinary words here, not units after a number
    got = names(process_text("构建“1+4”公共文化体系，打造“3+5”百亿产业集群，实施“2+2”平台提升行动，推进“1+2”人才培养工程。"), "Strategy")
    assert {"1+4公共文化体系", "3+5百亿产业集群", "2+2平台提升行动", "1+2人才培养工程"} <= got
    # a number before its unit is still an amount
    assert not any(n.startswith("50") for n in names(process_text("完成“50”公顷造林任务，新增“30”万吨产能。"), "Strategy"))


def test_a_county_walking_the_road_of_a_line_names_the_line():
    # invented: 之路 is the road the line walks, unlike 之本, 之基 (the ground a county stands on)
    got = names(process_text("全县坚定不移走开放强县之路，始终坚持走文化兴县之路。"), "Strategy")
    assert any(n.endswith("开放强县") for n in got) and any(n.endswith("文化兴县") for n in got)
    assert not any(n.endswith("立县") for n in names(process_text("工业是立县之本。把农业作为强县之基。"), "Strategy"))


def test_a_programme_reporting_what_it_did_is_still_a_programme():
    # invented: what a named programme did this year follows its name
    got = names(process_text("乡村医生培养计划完成培训300人次，青年骨干支持计划新增学科带头人20名。"), "Strategy")
    assert {"乡村医生培养计划", "青年骨干支持计划"} <= got
    # a plan to invest or a quota is still no programme
    assert not any(n.endswith("计划") for n in names(process_text("城北供水项目计划完成投资1.2亿元，获得用地计划指标50亩。"), "Strategy"))


def test_a_quote_ending_with_the_county_s_name_is_its_brand_or_line():
    # invented: the county's brands named in quotes, its name last (no County of its own then)
    doc = process_text("全区以“红色紫阳”党建品牌为引领，塑造“青山绿水紫阳”城市品牌。", county_code="610924")
    assert {"红色紫阳", "青山绿水紫阳"} <= names(doc, "Strategy")
    assert not names(doc, "County")
    # not a quote paired with another place's (an event), nor a quoted list naming the county in each item
    doc = process_text("全区举办“璀璨紫阳”“梦幻镇巴”文化周，建设“人文紫阳、绿色紫阳”。", county_code="610924")
    assert not {"璀璨紫阳", "人文紫阳、绿色紫阳"} & names(doc, "Strategy")


def test_a_quoted_return_of_a_place_s_people_is_a_campaign():
    # invented: whatever verb leads it, a quoted return home is the county's campaign
    doc = process_text("全县用真情促进“陇商回归”，以“乡贤回归”温情招商引进项目。")
    assert {"陇商回归", "乡贤回归"} <= names(doc, "Strategy")
    # not a return named in passing, unquoted, nor a longer quote that holds one
    doc = process_text("全县经济回归正常轨道，价格回归理性，开展“助力乡贤回归家乡发展”座谈。")
    assert not {n for n in names(doc, "Strategy") if n.endswith("回归")}


def test_the_members_of_a_national_framework_named_near_it_are_its_members():
    # invented: the three tough battles (CPC19) named bare under the framework's heading
    doc = process_text("（一）“三大攻坚战”成效明显。防范化解重大风险有力有效，债务稳妥化解。"
                       "脱贫攻坚如期完成，贫困人口全部脱贫。污染防治持续深入，空气质量改善。", county_code="610728")
    members = {m.text: m.attrs.get("member") for m in doc.mentions if m.attrs.get("framework") == "三大攻坚战"}
    assert members == {"防范化解重大风险": 0, "脱贫攻坚": 1, "污染防治": 2}
    parts = {(f.subject.split("/", 1)[1], f.object.split("/", 1)[1]) for f in doc.facts if f.type == "partOf"}
    assert ("污染防治", "三大攻坚战") in parts
    # without the framework they are fields of work, no lines
    doc = process_text("全县加强污染防治工作，防范化解重大风险，守住安全底线。", county_code="610728")
    assert not {"污染防治", "防范化解重大风险"} & names(doc, "Strategy")


def test_a_code_before_the_county_s_modern_industries_or_its_overall_plan_is_a_line():
    # invented: the code's kind a few characters on
    doc = process_text("持续培强壮大“4+2”现代产业，认真落实县委“226”总体谋划。")
    assert {"4+2现代产业", "226总体谋划"} <= names(doc, "Strategy")
    assert "226" not in names(doc, "Strategy")
    # a number before its unit stays an amount
    assert not names(process_text("全年谋划“300”万元现代产业资金。"), "Strategy")


def test_a_field_with_a_bare_plus_is_no_line_until_the_other_is_named():
    # invented: “X+” alone is a way of combining, not yet a line
    doc = process_text("全县打造一批“康养+”“农旅+”惠民项目，深化“互联网+”行动，推行“生态+”发展模式。")
    found = names(doc, "Strategy")
    assert not {"康养+", "农旅+"} & found
    assert {"互联网+", "生态+发展模式"} & found


def test_phrases_of_the_next_sentence_that_end_like_a_framework_are_not_its_members():
    # invented: the members share the framework's tail within its sentence, not in the talk after it
    doc = process_text("全县始终坚定“两个信心”，服务群众。今年我们要坚定发展信心，提振消费信心。", county_code="610728")
    assert not {n for n in names(doc, "Strategy") if n.endswith("信心") and n != "两个信心"}
    doc = process_text("全力打造“三个紫阳”：文化紫阳、生态紫阳、活力紫阳。", county_code="610924")
    assert {"文化紫阳", "生态紫阳", "活力紫阳"} <= names(doc, "Strategy")


def test_only_the_named_ideas_of_development_end_in_development_idea():
    # invented: the five named ideas are lines; a clause before 发展理念 is no idea's name
    assert "共享发展理念" in names(process_text("全县坚持共享发展理念，办好民生实事。"), "Strategy")
    doc = process_text("全县牢固树立抓招商就是抓发展理念，坚持文旅促增收发展理念。")
    assert not {n for n in names(doc, "Strategy") if n.endswith("发展理念")}


def test_a_new_line_joined_to_another_thing_s_measure_is_still_a_line():
    # invented: 和 joins another thing whose quality is named, not the line's own measure
    assert "新发展理念" in names(process_text("全县按照新发展理念和高质量发展要求，推动转型。"), "Strategy")
    # the line's own measure stays out (新型城镇化质量, 新型工业化水平)
    doc = process_text("全县新型城镇化质量稳步提高，新型工业化水平居全市前列。")
    assert not {"新型城镇化", "新型工业化"} & names(doc, "Strategy")


def test_the_section_headings_after_a_counted_framework_that_end_in_its_kind_are_its_members():
    doc = process_text("（一）推进城乡统筹攻坚战，成效初显。\n这一年，全镇干群合力打好四场攻坚战，各项工作稳步推进。\n"
                       "（一）打好园区提质攻坚战。新签约项目一批。\n（二）打好路网畅通攻坚战，路网更加完善。\n"
                       "（三）打好蓝天保卫战。空气质量持续改善。")
    assert {("园区提质攻坚战", "四场攻坚战"), ("路网畅通攻坚战", "四场攻坚战")} <= part_of(doc)
    # a heading before the framework, and a heading of another kind, are no members of it
    assert not {p for p in part_of(doc) if p[0] in ("城乡统筹攻坚战", "蓝天保卫战")}


def test_a_section_heading_under_a_new_part_of_the_report_is_no_member():
    # the headings after the framework are its members up to the next part of the report (一、…)
    doc = process_text("全镇干群合力打好四场攻坚战。\n（一）打好园区提质攻坚战，成效明显。\n（二）镇村建设。\n"
                       "一、今后五年主要任务\n（一）打好招商引资攻坚战。\n")
    assert ("园区提质攻坚战", "四场攻坚战") in part_of(doc)
    assert ("招商引资攻坚战", "四场攻坚战") not in part_of(doc)
    # ... and the parts themselves may be its sections
    doc = process_text("全镇干群合力打好两场攻坚战。\n一、打好园区提质攻坚战\n成效明显。\n二、打好招商引资攻坚战\n")
    assert {("园区提质攻坚战", "两场攻坚战"), ("招商引资攻坚战", "两场攻坚战")} <= part_of(doc)


def test_a_programme_growing_an_industry_or_farming_is_a_line_a_road_s_upgrade_is_a_work():
    doc = process_text("全面实施特色食品产业壮大工程、数字创新驱动工程和山区农业提升工程，完成滨河路综合提升工程。")
    assert {"特色食品产业壮大工程", "数字创新驱动工程", "山区农业提升工程"} <= names(doc, "Strategy")
    assert not {n for n in names(doc, "Strategy") if "滨河路" in n}


def test_a_line_quoted_in_corner_brackets_in_a_traditional_text_is_a_line():
    doc = process_text("嵐川縣要把握「雙城」和「兩個示範區」建設契機，加快推進「一核兩翼三區」建設，堅持工業強縣戰略。" * 2)
    assert {"一核两翼三区", "两个示范区"} <= names(doc, "Strategy")


def test_a_quoted_ordinal_and_a_short_noun_is_a_rank_or_a_step_not_a_line():
    doc = process_text("推动全县进入全省县域经济“第一梯队”，率先完成“第二剂次”加强针接种，深入实施“三个一批”行动。")
    found = names(doc, "Strategy")
    assert not {n for n in found if n.startswith("第")}
    assert any(n.startswith("三个一批") for n in found)


def test_a_quoted_slogan_of_counted_parts_before_the_industries_it_shapes_is_a_line_before_a_park_it_is_not():
    doc = process_text("全县“一链两翼”产业链上企业达30家，加快融入“两山一水”产业发展新格局，建成“两区一园”产业园。")
    found = names(doc, "Strategy")
    assert {"一链两翼", "两山一水"} <= {n[:4] for n in found}
    assert not {n for n in found if n.startswith("两区一园")}


def test_quoted_campaigns_listed_before_the_kind_of_their_list_are_lines_a_list_cut_after_other_words_is_not():
    doc = process_text("全县以“抓环境促振兴”“比服务争一流”等专项整治行动为抓手，举办“乡味集市”消费季等活动。")
    found = names(doc, "Strategy")
    assert "抓环境促振兴" in found
    assert not {n for n in found if "乡味集市" in n}


def test_a_quoted_event_before_the_kind_of_its_list_is_no_campaign():
    # a festival, a gala, a contest, a fair, a show: events, whatever list or activity holds them
    doc = process_text("举办“桃源梨花节”等系列活动，组织“村晚”等群众文艺活动，开展“巧手绣娘大赛”活动。"
                       "开展“清河护岸”等专项行动。")
    found = names(doc, "Strategy")
    assert not {n for n in found if n.endswith(("节", "晚", "大赛"))}
    assert "清河护岸" in found
    # a campaign of growth, a contest among the county's bodies: lines (发展, 竞赛 are no events)
    doc = process_text("开展“兴产业谋发展”等专项活动，开展“招商引资擂台竞赛”活动。")
    assert {"兴产业谋发展", "招商引资擂台竞赛"} <= names(doc, "Strategy")


def test_a_short_quoted_line_set_going_or_stressed_is_adopted_a_thing_named_by_it_is_not():
    doc = process_text("全县启动“园区换芯”，突出“链长领航”“要素跟进”鲜明导向，突出“山水长青”品牌作用。")
    found = names(doc, "Strategy")
    assert {"园区换芯", "链长领航", "要素跟进"} <= found
    assert not {n for n in found if "山水长青" in n}


def test_a_keynote_named_by_its_phrases_is_a_line_a_way_of_working_toward_one_thing_is_not():
    doc = process_text("全县坚持稳中求进、进中提质工作总基调，突出抓实项目、抓优环境、抓牢安全工作导向，"
                       "坚持以市场为导向，坚持问题导向。")
    found = names(doc, "Strategy")
    assert {"稳中求进、进中提质工作总基调", "抓实项目、抓优环境、抓牢安全工作导向"} <= found
    assert not {n for n in found if n.endswith("为导向") or n.endswith("问题导向")}
    # a national line named with its keynote word is that line, one thing with the line named bare
    doc = process_text("坚持稳字当头、稳中求进工作总基调。一年来，我们坚持稳字当头、稳中求进，经济平稳。")
    assert [keys for keys in forms_by_key(doc, "Strategy") if any("稳字当头" in f for f in keys)] \
        == [{"稳字当头、稳中求进工作总基调", "稳字当头、稳中求进"}]


def test_the_city_a_county_sets_out_to_become_is_a_line_a_place_the_city_holds_is_not():
    doc = process_text("今年是加快建设生态宜居山水名城的关键之年，全县聚力建设现代化滨江新城，建设智慧城市运营指挥中心。")
    found = names(doc, "Strategy")
    assert {"生态宜居山水名城", "现代化滨江新城"} <= found
    assert not {n for n in found if "指挥中心" in n or n.startswith("智慧城市")}


def test_a_list_of_things_built_is_no_city_vision():
    # 和 (及, 与) joins two things built; neither the pair nor the first is a vision
    doc = process_text("全镇加快建设棚户片区和滨河新城，同步打造康养小镇与田园城市。")
    found = names(doc, "Strategy")
    assert not {n for n in found if n.endswith(("新城", "城市")) and ("和" in n or "与" in n)}
    doc = process_text("今年是全力打造生态滨湖名城的起步之年，建设绿色低碳新城，")
    assert {"生态滨湖名城", "绿色低碳新城"} <= names(doc, "Strategy")
    # the frame 在…中 closes the name as the clause's end does
    doc = process_text("全镇上下在打造生态康养名城中走出新路。")
    assert "生态康养名城" in names(doc, "Strategy")
    # (without 在 the frame is none: an honour's title runs on, 建设工作示范城市等称号)
    doc = process_text("荣获全省平安建设工作示范城市等称号。")
    assert not {n for n in names(doc, "Strategy") if n.endswith("示范城市")}


def test_a_place_in_the_city_or_a_word_holding_he_in_a_city_vision():
    # 在…中 closes the name only when 中 ends the clause or a verb follows, not 中 of 中心
    doc = process_text("今年，在建设青山生态新城中心商务区，")
    assert "青山生态新城" not in names(doc, "Strategy")
    doc = process_text("全镇上下在打造青山康养名城中，勇当先锋。")
    assert "青山康养名城" in names(doc, "Strategy")
    # a 和 inside a word (和谐, 平和) is no join of two items
    doc = process_text("今年，加快建设产城融合和谐新城，全面建设平和宜居新城，")
    assert {"产城融合和谐新城", "平和宜居新城"} <= names(doc, "Strategy")
    doc = process_text("今年，加快建设老旧片区和新城，")
    assert not {n for n in names(doc, "Strategy") if n.endswith("新城")}


def test_the_people_centred_urbanisation_and_the_mass_line_campaign_are_national_lines_named_whole():
    doc = process_text("全县以党的群众路线教育实践活动为统领，统筹推进以人为核心的新型城镇化和乡村全面振兴。")
    found = names(doc, "Strategy")
    assert {"党的群众路线教育实践活动", "以人为核心的新型城镇化"} <= found
    assert "新型城镇化" not in found


def test_a_bare_list_of_single_characters_is_no_line():
    # how a thing is done or what a place holds, one character an item (“稳、准、快”, “林、田、湖”): no
    # line until a kind names it (“粮、果、茶三大主导产业”, “稳、进、优”三字方针)
    doc = process_text("我们坚持“稳、准、快”推进整改，依托“林、田、湖、草”资源，"
                       "做强粮、果、茶三大主导产业，落实“稳、进、优”三字方针。")
    found = names(doc, "Strategy")
    assert not found & {"稳、准、快", "林、田、湖、草"}
    assert "稳、进、优三字方针" in found


def test_a_campaign_against_an_epidemic_is_no_line():
    # a campaign fought against an outbreak (打赢新冠肺炎疫情X战, 打好“0912”疫情防控歼灭战) is no line
    # of the county's development; a campaign against pollution is (打好碧水保卫战)
    doc = process_text("全力打赢新冠肺炎疫情阻击战和新冠疫情防控保卫战，坚决打好碧水保卫战。")
    found = names(doc, "Strategy")
    assert not {n for n in found if "疫情" in n or n.startswith("冠")}
    assert "碧水保卫战" in found


def test_moving_out_old_industry_and_shaanxis_innovation_platform_are_national_lines():
    # 腾笼换鸟 (ZJXY06) read bare or quoted; 秦创原 (SN2103) only in a county of Shaanxi; the idiom
    # of rebirth beside it (凤凰涅槃) is no line of its own
    doc = process_text("推动老旧厂区腾笼换鸟，依托秦创原建设科创飞地，以凤凰涅槃的决心推进转型。",
                       county_code="610124")
    found = names(doc, "Strategy")
    assert {"腾笼换鸟", "秦创原"} <= found
    assert "凤凰涅槃" not in found
    doc = process_text("依托秦创原建设科创飞地。", county_code="410102")
    assert "秦创原" not in names(doc, "Strategy")


def test_the_items_listed_before_a_counted_set_of_industries_are_no_member_lines():
    # A、B、C三大主导产业 counts industries: its items are none of its member lines (the set is the line)
    # the items before a counted set of other lines are its members (做好甲、乙、丙三篇文章)
    doc = process_text("全年绿色食品、数字经济、文旅康养三大主导产业增加值增长8%。"
                       "各部门要做好农业增效、工业转型、文旅融合三篇文章。")
    found = names(doc, "Strategy")
    assert not found & {"全年绿色食品", "绿色食品", "数字经济", "文旅康养"}
    assert not {p for p in part_of(doc) if p[1].endswith("产业")}
    assert {("农业增效", "三篇文章"), ("文旅融合", "三篇文章")} <= part_of(doc)


def test_the_plan_of_a_years_figures_and_the_plan_the_congress_approves_are_no_programmes():
    doc = process_text("地方财政收入9.1亿元，超额完成年度计划3.5%，占全年计划的103%。"
                       "现将2023年国民经济和社会发展计划执行情况报告如下。深入实施全民阅读促进计划。")
    found = names(doc, "Strategy")
    assert not {n for n in found if n.endswith(("年度计划", "全年计划", "社会发展计划"))}
    assert "全民阅读促进计划" in found


def test_a_quoted_system_of_work_is_a_line():
    # a county's system of work named by its code or its words (“七位一体”工作体系, “二三四一”工作体系);
    # a chain a trade forms (形成种植、加工、销售“一条龙”体系) is none
    doc = process_text("以县委“七位一体”工作体系为统领，按照“二三四一”工作体系推进，"
                       "形成养殖、屠宰、冷链“一条龙”体系。")
    found = names(doc, "Strategy")
    assert {"七位一体工作体系", "二三四一工作体系"} <= found
    assert not {n for n in found if "一条龙" in n}


def test_a_mechanism_put_in_force_and_a_system_set_up_are_lines():
    # 实施|X机制, 严格落实|X机制 and 设立|X制度, ending the clause, name the county's own; a mechanism built
    # or mended (健全X机制) and a system put in force (实施X制度, the nation's most often) are left out
    doc = process_text("全面实施县级领导包抓重点项目机制，严格落实企业诉求限时办结机制，设立园区企业服务专员制度，"
                       "健全防止返贫动态监测和帮扶机制，实施最严格水资源管理制度。")
    found = names(doc, "Strategy")
    assert {"县级领导包抓重点项目机制", "企业诉求限时办结机制", "园区企业服务专员制度"} <= found
    assert not found & {"防止返贫动态监测和帮扶机制", "最严格水资源管理制度"}


def test_the_first_two_demands_of_the_april_2022_line_quoted_alone_are_lines():
    # 疫情要防住, 经济要稳住 (PB2204) each quoted alone as what a year's work answered; the whole line
    # stays one line where it is named whole
    doc = process_text("这一年，我们紧扣“疫情要防住”，狠抓“经济要稳住”。")
    assert {"疫情要防住", "经济要稳住"} <= names(doc, "Strategy")
    doc = process_text("认真落实疫情要防住、经济要稳住、发展要安全的要求。")
    assert names(doc, "Strategy") == {"疫情要防住、经济要稳住、发展要安全"}


def test_jilins_hydrogen_line_is_a_provincial_line():
    # 氢动吉林 (JL2301) in a county of Jilin; not elsewhere
    doc = process_text("我县作为氢动吉林重要节点，加快风光制氢项目建设。", county_code="220721")
    assert "氢动吉林" in names(doc, "Strategy")
    doc = process_text("学习借鉴氢动吉林经验。", county_code="410102")
    assert "氢动吉林" not in names(doc, "Strategy")


def test_a_record_of_rises_drops_or_top_marks_in_a_row_is_no_line():
    # 排名“三连升”, 考核“四连优”, 能耗“三连降”: records, as “十九连丰” is; a quoted line holding 连 is not
    # one (“三连片”工程)
    doc = process_text("排名实现“三连升”，考核实现“四连优”，能耗“三连降”，实施“三连片”工程。")
    found = names(doc, "Strategy")
    assert not found & {"三连升", "四连优", "三连降"}
    assert "三连片工程" in found


def test_a_numbered_package_named_by_its_kind_is_no_line():
    # 落实“十条措施”, 出台“25条”措施: a package of measures, as “22条” is; a counted line (“一条主线”) stays
    doc = process_text("有效落实“十条措施”推动工业稳增长，出台“25条”措施，兑现“18条”政策，落实“一条主线”。")
    found = names(doc, "Strategy")
    assert not {n for n in found if "条" in n and n != "一条主线"}
    assert "一条主线" in found


def test_a_mechanism_put_in_force_starts_at_the_verb_and_holds_no_second_verb():
    # the verb stands at a word's start (落实施工X机制 holds 实施 inside 落实施工; 建设立体化X制度 holds 设立),
    # a mechanism built (健全X实施Y机制) is not restarted by the 实施 inside its name, a line found whole
    # before 和 is not swallowed, 了 is no part of the name, 以 of 以奖代补 is, and a phrase with 的 is no name
    doc = process_text("督促落实施工单位质量终身负责机制，加快建设立体式治安防控制度，"
                       "完善规划实施动态跟踪评估机制，我们实施农业强县战略和村庄长效保洁机制，成效明显。"
                       "全面实施了工业项目多图联审并联审批机制，设立了商会会员联络专员制度，深入实施以奖代补稳岗激励机制，"
                       "全面实施更加灵活的人才激励机制，")
    found = names(doc, "Strategy")
    assert {"农业强县战略", "工业项目多图联审并联审批机制", "商会会员联络专员制度", "以奖代补稳岗激励机制"} <= found
    assert not {n for n in found if n.startswith(("工单位", "体式", "了", "奖")) or "实施" in n or "的" in n
                or n.endswith("跟踪评估机制") or "和" in n}


def test_a_campaign_named_by_the_time_after_an_outbreak_is_a_line():
    # the outbreak reject reads a campaign fought against it (X疫情阻击战, X疫情防控歼灭战), not one that names
    # the time after it (后疫情时期X攻坚战)
    doc = process_text("全力打赢后疫情时期消费提振攻坚战，坚决打赢流感疫情防控阻击战。")
    found = names(doc, "Strategy")
    assert "后疫情时期消费提振攻坚战" in found
    assert not {n for n in found if "防控阻击战" in n}


def test_the_april_2022_line_named_whole_with_commas_stays_one_line():
    # 疫情要防住、经济要稳住、发展要安全 (PB2204) is named whole with its parts joined by ， or ； as well as by 、:
    # one line, not its first two demands alone with the third dropped
    doc = process_text("全县上下坚决贯彻疫情要防住，经济要稳住，发展要安全的部署，各项工作稳步推进。")
    assert names(doc, "Strategy") == {"疫情要防住，经济要稳住，发展要安全"}


def test_a_counted_list_opened_by_a_national_line_is_one_line():
    # A、B两大X with as many items as its count is one line, though its first item is a national line
    # (腾笼换鸟, 脱贫攻坚): not the national line plus a false B两大X
    doc = process_text("奋力打好腾笼换鸟、园区扩容两大攻坚战。坚决打好脱贫攻坚、城乡融合两大攻坚战。")
    found = names(doc, "Strategy")
    assert {"腾笼换鸟、园区扩容两大攻坚战", "脱贫攻坚、城乡融合两大攻坚战"} <= found
    assert not found & {"园区扩容两大攻坚战", "城乡融合两大攻坚战"}


def test_a_title_won_that_closes_its_clause_is_the_honour_not_a_line():
    # 获“A”“B”等荣誉, 荣获全省X“两园”, 连续三年获评全省X十优县、十佳县。: the name after an honour verb that
    # closes the title (its clause, or 等荣誉) is the title won, no line the county adopts
    for text in ["全县获“全国综合实力百佳县市”“省级县域经济发展强县”等荣誉。",
                 "商贸中心荣获全省四星级服务业“两园”。",
                 "连续三年获评全省工业发展十优县、十先县。",
                 "县一中入选“全省示范高中和特色课程建设计划”。"]:
        assert names(process_text(text), "Strategy") == set(), text
    # a line the title names and then goes on (入选X示范县, 获评X工作先进集体) and the same names
    # adopted are lines
    assert "乡村振兴" in names(process_text("我县入选全国乡村振兴示范县，全面推进乡村振兴。"), "Strategy")
    assert "两园三区" in names(process_text("全力推进“两园三区”建设，荣获全省先进。"), "Strategy")
    assert "特色课程建设计划" in names(process_text("全面实施特色课程建设计划。"), "Strategy")
    # 获 inside another word is no honour verb: a county's name (获嘉县), 获批 (approved), 获得感
    # (review 19c, finding 6; invented sentences)
    assert "三链同构" in names(process_text("获嘉县坚持“三链同构”，加快产业转型升级。"), "Strategy")
    assert "三个一" in names(process_text("让群众有更多获得感的“三个一”，持续改善民生。"), "Strategy")
    assert "东数西算" in names(process_text("我县获批“东数西算”。"), "Strategy")


def test_building_after_a_quoted_line_is_no_part_of_its_name():
    # “X”建设: 建设 is the work of building the line the quote names (GUIDELINES: 人人持证、技能社会)
    doc = process_text("加快“两城一区”建设，全面推进“人人持证、技能社会”建设，扎实推进“一村一品、一镇一业”建设。")
    found = names(doc, "Strategy")
    assert {"两城一区", "人人持证、技能社会", "一村一品、一镇一业"} <= found
    assert not {n for n in found if n.endswith("建设")}
    # a quoted list built whole is one line, whatever its items share (no split on the tail 一馆)
    assert "一街一馆、一村一馆" in names(process_text("推进“一街一馆、一村一馆”建设。"), "Strategy")


def test_a_quoted_work_or_facility_before_建设_is_no_line():
    # (review 19c-7: a quote ending in a kind word of the project family's suffixes names a work the county builds)
    doc = process_text("加快“河西片区第二水厂”建设，全力推进“澜江大桥”建设和“滨河体育中心”建设。")
    assert not {"河西片区第二水厂", "澜江大桥", "滨河体育中心"} & names(doc, "Strategy")
    doc = process_text("推进“一县一馆”建设和“清廉校园”建设，实施“兴边工程”建设。")
    assert {"一县一馆", "清廉校园", "兴边工程"} <= names(doc, "Strategy")


def test_quoted_titles_an_honour_verb_lists_with_a_pause_mark_are_honours_not_lines():
    # (a run of quoted titles joined by 、 after 命名为, as a run written without it: review of r20-parks)
    doc = process_text("这个镇先后被授予“全国生态茶园示范镇”、“省级森林康养小镇”、“市‘双十’示范乡镇”;集镇规划编制完成。")
    assert names(doc, "Strategy") == set()
    # (a run that goes on with a predicate of its own is no honour: the lines after the title are lines;
    # review 20a, finding 6)
    assert {"多规合一", "最多跑一次"} <= names(process_text("获评“省级园林县城”、“多规合一”、“最多跑一次”全面落地。"), "Strategy")
    # (a line the report adopts after a listed quote is still a line)
    assert "三年倍增" in names(process_text("全县上下对标“全国百强”、锚定“三年倍增”，扩大有效投资。"), "Strategy")


def test_the_plan_of_a_work_is_no_programme():
    # invented (rules round 22; review 22, finding 6): the plan a work gives itself (X水厂计划于十月通水) and the
    # plan of works (市级重点工程项目计划, X项目计划到2031年) name no programme: the kind word before 计划 tells
    for text in ("青岚第二水厂、岭东垃圾中转站计划于十月底通水运行。", "岭东湖羊养殖项目计划到2031年出栏8万只。",
                 "市里下达了2031年市级重点工程项目计划。", "青岚环湖公路计划在后年贯通。", "岭东游客服务中心计划于5月开放。"):
        got = names(process_text(text), "Strategy")
        assert not any(g.endswith("计划") for g in got), (text, got)
    # a named programme stays (乡村教师提升计划)
    assert "乡村教师提升计划" in names(process_text("推行乡村教师提升计划，轮训教师300名。"), "Strategy")


def test_round_22_plan_guard_keeps_programmes_that_look_alike():
    # invented (rules round 22): a programme followed by a place or a verb other than a date's keeps its name
    for text, line in (("实施青年教师支持计划，于全县推开。", "青年教师支持计划"),
                       ("实施乡村医生培养计划到村服务，成效明显。", "乡村医生培养计划")):
        got = names(process_text(text), "Strategy")
        assert line in got, (text, got)


def test_a_programme_followed_by_a_date_or_a_figure_keeps_its_name():
    # invented (review 22, findings 1 and 7): 于/在/到 + a date or a figure right after a programme's 计划 is when or
    # where it runs; the programme keeps its whole name (not 岭东雁归行动 cut before 计划, nothing lost)
    for text, line in (("岭东雁归人才计划于2031年启动。", "岭东雁归人才计划"),
                       ("实施青岚育苗计划于今年全面铺开。", "青岚育苗计划"),
                       ("全民健身提升计划在15个村率先试行。", "全民健身提升计划"),
                       ("推行乡村医生培养计划在4个卫生院试点。", "乡村医生培养计划"),
                       ("启动岭东雁归行动计划于5月实施。", "岭东雁归行动计划"),
                       ("开展“雁归行动”计划于6月启动。", "雁归行动计划")):
        got = names(process_text(text), "Strategy")
        assert line in got and not any(line.startswith(g) and g != line for g in got), (text, got)
