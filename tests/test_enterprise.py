"""Enterprise rules: legal suffixes, trade names as actors, and negatives."""
import dataclasses

from conftest import names, process_text

from kg.recognize import enterprise


def test_legal_names():
    doc = process_text("引进浙江吉利控股集团有限公司，支持山西平遥牛肉集团有限公司扩大产能。")
    assert {"浙江吉利控股集团有限公司", "山西平遥牛肉集团有限公司"} <= names(doc, "Enterprise")


def test_trade_names_as_actors():
    doc = process_text("晋鑫钢铁投资8亿元建设转炉项目，宏泰化工年产10万吨甲醇项目投产。")
    assert {"晋鑫钢铁", "宏泰化工"} <= names(doc, "Enterprise")


def test_generic_phrases_are_not_enterprises():
    doc = process_text("培育龙头企业，壮大规上企业，发展精细化工和现代农业，支持商业银行和县医院建设。")
    assert names(doc, "Enterprise") == set()


def test_an_actor_context_admits_brands_jieba_rarely_saw():
    doc = process_text("依托诺德仪器仪表开发精密智能仪表，以恒瑞水泥、威达水泥等企业为龙头发展绿色建材。")
    assert {"诺德仪器仪表", "恒瑞水泥", "威达水泥"} <= names(doc, "Enterprise")


def test_products_and_schools_are_not_enterprises():
    doc = process_text("大力发展饮品食品、面食制品，依托县第一中学、实验小学等学校开展研学。")
    assert names(doc, "Enterprise") == set()


def test_partners_listed_after_与_are_enterprises():
    doc = process_text("加强与云购通、惠农宝等知名电商平台合作。")
    assert {"云购通", "惠农宝"} <= names(doc, "Enterprise")


def test_after_an_actor_verb_the_brand_runs_back_to_the_verb():
    doc = process_text("依托华如制鞋发展按摩椅，依托泰新机床开发数控系统。")
    assert {"华如制鞋", "泰新机床"} <= names(doc, "Enterprise")


def test_platforms_listed_before_电商平台_are_enterprises_even_when_everyday_words():
    doc = process_text("加强与天猫、美团等主流电商平台合作，拓宽农产品网上销路。")
    assert {"天猫", "美团"} <= names(doc, "Enterprise")


def test_a_towns_industry_in_a_list_of_producers_is_not_a_company():
    doc = process_text("做强柏溪镇、岚石镇特色产业。依托柏溪家具、岚石石雕和恒鑫陶瓷等生产企业，打造产业集群。")
    found = names(doc, "Enterprise")
    assert "恒鑫陶瓷" in found
    assert not {"柏溪家具", "岚石石雕"} & found


def test_a_verb_before_科技_is_not_a_brand():
    doc = process_text("突出提质增效，插上科技“翅膀”。")
    assert names(doc, "Enterprise") == set()


def test_national_group_lexicon_is_read_with_its_source():
    from importlib import resources

    from kg.recognize.enterprise import group_forms

    header = resources.files("kg").joinpath("data/enterprise_groups.tsv").read_text(encoding="utf-8").splitlines()[:3]
    assert any("SASAC" in line for line in header)
    forms = group_forms()
    assert forms["华能"] == forms["中国华能集团有限公司"] == "中国华能集团有限公司"
    assert all(form and name.endswith(("公司", "有限公司")) for form, name in forms.items())


def test_a_national_groups_short_form_where_it_acts_as_a_company():
    doc = process_text("华能30万千瓦光伏项目并网发电，中粮直属库扩建工程开工，与国家电投签约共建储能电站。")
    assert {"华能", "中粮", "国家电投"} <= names(doc, "Enterprise")


def test_a_national_groups_short_form_is_never_a_bare_string_hit():
    doc = process_text("大唐不夜城游人如织，中华能源论坛在县城召开，南航学子返乡调研，保利剧院上演话剧。")
    assert names(doc, "Enterprise") == set()


def test_items_of_a_list_of_works_named_after_their_companies():
    doc = process_text("招引落户澜拓风电装备、锦昊新型储能、汉思达半导体等一批旗舰型、龙头型项目。")
    assert {"澜拓", "锦昊", "汉思达"} <= names(doc, "Enterprise")


def test_a_company_head_or_a_figure_after_the_brand_names_the_company():
    doc = process_text("沐拓农药、凯孚铝业二期等12个亿元以上项目竣工投产，锦昊20万千瓦风电项目并网。")
    assert {"沐拓农药", "凯孚铝业", "锦昊"} <= names(doc, "Enterprise")


def test_a_list_item_that_is_a_coined_brand_alone_is_a_company():
    doc = process_text("瑞澜宏泰、安徽沐顺等新签约项目扎实推进。")
    assert {"瑞澜宏泰", "安徽沐顺"} <= names(doc, "Enterprise")


def test_works_named_after_products_places_or_grades_name_no_company():
    doc = process_text("实施研学基地及种植、城北快速路、蛋鸡养殖、饲草加工等项目，创建古城4A级景区等一批项目。")
    assert names(doc, "Enterprise") == set()


def test_trade_names_with_the_industry_words_of_other_provinces():
    doc = process_text("支持瑞澄铜业、沐澜橡胶扩大产能，锦昊叉车成功上市，凯孚环保科技二期投产，金澜钢铁有望转型升级。")
    assert {"瑞澄铜业", "沐澜橡胶", "锦昊叉车", "凯孚环保科技", "金澜钢铁"} <= names(doc, "Enterprise")


def test_industries_named_by_everyday_words_are_no_trade_names():
    doc = process_text("发展精细化工、现代农业、绿色建材、新型电池，打造汽车零部件和特色粮油产业。")
    assert names(doc, "Enterprise") == set()


def test_a_new_energy_product_after_a_brand_is_not_part_of_the_company():
    doc = process_text("澜拓新能源汽车、锦昊智能制造等5个重大制造业项目开工。")
    assert {"澜拓", "锦昊"} <= names(doc, "Enterprise") and "澜拓新能源" not in names(doc, "Enterprise")


def test_a_list_that_opens_its_clause_and_counts_firms_names_enterprises():
    doc = process_text("改造提升传统产业，锦川酿造、泓澜活塞、沐石集团等传统企业加快数字化转型，立澄制药、凯源气体等27家新上企业相继投产。")
    assert {"锦川酿造", "泓澜活塞", "沐石集团", "立澄制药", "凯源气体"} <= names(doc, "Enterprise")


def test_firms_that_earn_a_title_as_firms_are_enterprises():
    doc = process_text("澜帆帘子布成为我县第一家瞪羚企业。")
    assert "澜帆帘子布" in names(doc, "Enterprise")


def test_kinds_of_firms_and_verbs_before_a_list_are_no_enterprises():
    doc = process_text("鼓励邮政、供销、运输等企业加大投入，引导规上企业、小微企业等市场主体成为创新型企业。")
    assert names(doc, "Enterprise") == set()


def test_a_bare_brand_as_the_actor_of_an_investment_or_a_partnership():
    doc = process_text("澜峰泰和团队投资8亿元,倾力打造温泉康养小镇。沐川集团追加投资30亿元。与锦澄时代携手共建零碳示范基地。")
    assert {"澜峰泰和", "沐川集团", "锦澄时代"} <= names(doc, "Enterprise")


def test_what_qualifies_an_amount_and_bodies_that_are_no_firms_are_not_investors():
    doc = process_text("全年完成工业投资90亿元,全社会固定资产投资161亿元。积极与全国高等院校订立战略合作联盟。")
    assert names(doc, "Enterprise") == set()


def test_a_descriptor_before_a_name_is_not_part_of_it():
    doc = process_text("引进世界500强企业澜峰集团，中国民营企业500强沐川控股集团落户我县，龙头企业锦昊集团扩大产能，助推凯孚集团成长为百亿级企业。")
    assert {"澜峰集团", "沐川控股集团", "锦昊集团", "凯孚集团"} <= names(doc, "Enterprise")
    assert not any(n.startswith(("世界", "中国", "龙头", "助推")) for n in names(doc, "Enterprise"))


def test_a_name_may_begin_with_新():
    doc = process_text("新澜科技、新锦昊集团等企业相继投产，支持新凯孚科技扩大产能。")
    assert {"新澜科技", "新锦昊集团", "新凯孚科技"} <= names(doc, "Enterprise")


def test_新_after_a_count_or_inside_a_word_begins_no_name():
    doc = process_text("一批新企业落户，培育新兴产业，新建澜峰科技产业园。")
    assert not any(n.startswith("新") for n in names(doc, "Enterprise"))


def test_a_listed_work_that_is_a_known_word_and_a_company_head_is_a_company():
    doc = process_text("聚焦产业发展，宇航电子、博远精密等16个项目建成投产，湖南沐橡二期项目建成试生产。")
    assert {"宇航电子", "博远精密", "湖南沐橡"} <= names(doc, "Enterprise")


def test_a_kind_of_work_ending_in_a_head_word_names_no_company():
    doc = process_text("实施电网改造、清洁能源替代、新型科技建材拌合站等工程，推进李家坪二期5万千瓦风电项目。")
    assert names(doc, "Enterprise") == set()


def test_coined_brands_of_three_characters_in_a_list_of_works_and_bracketed_phases():
    doc = process_text("锦孚力多孔碳、徽澜源陶瓷膜、澄峰包装、凯澜山泉均州工厂(一期)等20个亿元以上项目加快推进。")
    assert {"锦孚力", "徽澜源", "澄峰包装"} <= names(doc, "Enterprise")


def test_a_brand_may_begin_with_中():
    doc = process_text("中澜智能叉车总装生产及销售、年产100万吨矿泉水等一批项目落户我县。")
    assert "中澜" in names(doc, "Enterprise")


def test_springs_temples_and_hamlets_opening_a_work_are_no_brands():
    doc = process_text("启动马鸣泉木屋民宿及露营地、白云寺修缮、李家坪二期5万千瓦风电等项目。")
    assert names(doc, "Enterprise") == set()


def test_a_bare_brand_is_the_company_the_document_names_with_its_head():
    from conftest import forms_by_key

    doc = process_text("以澜宏化工为链主企业，重点实施澜宏30万吨碳酸二甲酯项目。")
    assert {"澜宏化工", "澜宏"} in forms_by_key(doc, "Enterprise")


def test_a_bare_brand_that_settles_or_signs_is_a_company():
    doc = process_text("凯孚澜成功落户我县。")
    assert "凯孚澜" in names(doc, "Enterprise")


def test_what_settles_or_signs_in_general_is_no_company():
    doc = process_text("一批项目落户园区，今年集中签约，招商引资落户我县。")
    assert names(doc, "Enterprise") == set()


def test_a_trade_name_may_open_with_a_proper_name_jieba_rarely_saw():
    doc = process_text("华润禽业、恒瑞药业生产规模居全省前列。")
    assert {"华润禽业", "恒瑞药业"} <= names(doc, "Enterprise")


def test_an_abbreviated_trade_is_no_brand():
    doc = process_text("带动批发零售、餐饮住宿、汽修汽配等服务业发展。")
    assert names(doc, "Enterprise") == set()


def test_新材_is_a_company_head():
    doc = process_text("恒瑞新材、金诺光电等12个项目建成投产，发展新材料产业。")
    assert {"恒瑞新材", "金诺光电"} <= names(doc, "Enterprise")


def test_a_chemical_branch_after_a_count_is_no_company():
    doc = process_text("引进3个亿元以上磷化工项目，发展盐化工产业。")
    assert names(doc, "Enterprise") == set()


def test_a_plant_in_a_list_of_works_named_after_a_brand_jieba_knows():
    doc = process_text("骄澄包装、稻森泉城东工厂(一期)等项目建成投产，中医院扩建门诊楼、李家坪二期风电等项目开工。")
    found = names(doc, "Enterprise")
    assert {"骄澄包装", "稻森泉"} <= found and not found & {"中医院", "李家坪"}


def test_trade_names_with_the_heads_of_metals_oil_and_machinery():
    doc = process_text("瑞澄钨业、沐川机电进入全省民营企业百强，澜峰石油荣登制造业百强名单，凯孚石化扩大产能。")
    assert {"瑞澄钨业", "沐川机电", "澜峰石油", "凯孚石化"} <= names(doc, "Enterprise")


def test_metals_oil_and_machinery_as_industries_are_no_companies():
    doc = process_text("发展钨业深加工，推广机电一体化，保障石油供应，延伸石化产业链。")
    assert names(doc, "Enterprise") == set()


def test_what_is_said_of_a_company_after_its_name_awards_closures_and_ranks():
    doc = process_text("金澜医药、锦昊化工分获省科技进步奖。完成沐源化工关闭停产。")
    assert {"金澜医药", "锦昊化工", "沐源化工"} <= names(doc, "Enterprise")


def test_national_groups_named_in_a_list_of_firms_even_when_everyday_words():
    doc = process_text("中铁、中建、澜峰集团等一批知名企业落地我县。")
    assert {"中铁", "中建", "澜峰集团"} <= names(doc, "Enterprise")


def test_everyday_words_in_a_list_of_firms_that_are_no_national_group_stay_out():
    doc = process_text("邮政、电信、移动等企业加快光纤建设。")
    assert names(doc, "Enterprise") == set()


def test_a_head_that_opens_a_longer_word_after_the_brand_belongs_to_the_company():
    doc = process_text("澜湘源食品饮料、凯孚公司技改等一批工业项目竣工投产。")
    assert "澜湘源食品" in names(doc, "Enterprise")


def test_a_head_that_opens_a_product_word_of_one_more_character_is_the_product():
    doc = process_text("澜湘源生物质发电、凯孚科技馆等一批项目开工。")
    found = names(doc, "Enterprise")
    assert "澜湘源生物" not in found and "凯孚科技" not in found


def test_a_company_built_or_brought_in_may_have_an_everyday_brand():
    doc = process_text("竣工投产润泽科技，引进金牛乳业。")
    assert {"润泽科技", "金牛乳业"} <= names(doc, "Enterprise")


def test_an_industry_built_or_brought_in_is_no_company():
    doc = process_text("建成投产清洁能源，引进先进科技。")
    assert names(doc, "Enterprise") == set()


def test_a_proper_name_before_the_phase_of_its_works_is_a_brand():
    doc = process_text("明珠新能源一期项目顺利投产。")
    assert "明珠新能源" in names(doc, "Enterprise")


def test_a_quality_before_a_phase_is_no_brand():
    doc = process_text("清洁能源一期项目顺利投产，智能科技二期开工。")
    assert names(doc, "Enterprise") == set()


def test_a_verb_jieba_cuts_in_two_before_a_work_is_no_brand():
    doc = process_text("建成投用万头种猪养殖项目。投用年产5万吨饲料加工项目。")
    assert names(doc, "Enterprise") == set()


def test_a_material_after_a_coined_brand_in_a_list_of_works_names_the_company():
    doc = process_text("澜晶人造金刚石、沐峰天然石墨、锦昊铜箔等项目竣工投产。")
    assert {"澜晶", "沐峰", "锦昊"} <= names(doc, "Enterprise")


def test_materials_alone_in_a_list_of_works_name_no_company():
    doc = process_text("人造金刚石、高纯石墨、电子铜箔、光伏玻璃等项目竣工投产。")
    assert names(doc, "Enterprise") == set()


def test_a_company_that_builds_or_leads_a_work_or_is_signed():
    doc = process_text("城南污水处理厂项目由澜峰科技承建。成功签约锦昊科技年产10万吨铸件项目。沐川化工牵头实施碳材料项目。")
    assert {"澜峰科技", "锦昊科技", "沐川化工"} <= names(doc, "Enterprise")


def test_a_bare_brand_that_settles_in_a_named_park_or_signs_is_a_company():
    doc = process_text("澜峰签约入驻平遥陶瓷产业园。锦昊成功签约落户我县。与沐澜签署战略合作协议。")
    assert {"澜峰", "锦昊", "沐澜"} == names(doc, "Enterprise")


def test_what_settles_in_a_park_in_general_is_no_company():
    doc = process_text("一批优质项目入驻平遥陶瓷产业园，新增企业入驻城东物流园。")
    assert names(doc, "Enterprise") == set()


def test_people_who_settle_or_sign_are_no_companies():
    doc = process_text("吸引高端人才落户园区，外地客商签约入驻城东创业园，各类人才入驻孵化园区。")
    assert names(doc, "Enterprise") == set()


def test_a_verb_before_the_settling_ends_the_brands_name():
    doc = process_text("澜峰正式投产入驻平遥陶瓷产业园。")
    assert names(doc, "Enterprise") == set()


def test_the_investors_listed_before_an_amount_that_qualifies_a_work_are_companies():
    doc = process_text("推进锦昊储能项目以及澜峰、沐澜、凯孚总投资13亿元的200MW风电项目。")
    assert {"澜峰", "沐澜", "凯孚"} <= names(doc, "Enterprise")


def test_a_descriptor_of_standing_admits_an_everyday_brand():
    doc = process_text("龙头企业光明乳业扩大产能，上市公司长城科技追加投资10亿元。")
    assert {"光明乳业", "长城科技"} <= names(doc, "Enterprise")


def test_a_descriptor_of_an_industry_admits_no_everyday_brand():
    doc = process_text("培育龙头企业发展绿色食品，支持上市公司开展先进制造。")
    assert names(doc, "Enterprise") == set()


def test_a_group_in_brackets_inside_a_legal_name():
    doc = process_text("澜峰（集团）有限公司投资5亿元，锦昊（集团）股份有限公司扩大产能。")
    assert {"澜峰（集团）有限公司", "锦昊（集团）股份有限公司"} <= names(doc, "Enterprise")


def test_the_numbered_bureaus_of_a_national_group():
    doc = process_text("中建三局承建城南污水处理厂项目，中铁十二局、中交一公局等央企参与建设。")
    assert {"中建三局", "中铁十二局", "中交一公局"} <= names(doc, "Enterprise")


def test_brands_before_the_heads_of_sand_pipes_materials_and_storage():
    doc = process_text("支持澜源砂业、锦通管业扩大产能，沐石纳米、澜遂净化成为行业骨干，峰联锂能、沐都储能相继投产。")
    assert {"澜源砂业", "锦通管业", "沐石纳米", "澜遂净化", "峰联锂能", "沐都储能"} <= names(doc, "Enterprise")


def test_everyday_words_before_those_heads_are_no_brands():
    doc = process_text("推进空气净化和污水净化，发展新型储能、纳米材料和高科技产业，更新城市管网。")
    assert names(doc, "Enterprise") == set()


def test_the_items_of_a_list_of_leaders_closed_by_等为龙头():
    doc = process_text("形成了以澜鑫生物、沐年康泰、峰农药业等为龙头的医药产业集群。")
    assert {"澜鑫生物", "沐年康泰", "峰农药业"} <= names(doc, "Enterprise")


def test_a_list_of_firms_closed_by_their_count_alone():
    doc = process_text("主导产业持续转型。澜洋生物、锦蓝科技、沐石纳米、奥峰达4家企业获评专精特新企业。")
    assert {"澜洋生物", "锦蓝科技", "沐石纳米", "奥峰达"} <= names(doc, "Enterprise")


def test_a_brand_before_a_count_of_the_firms_it_heads():
    doc = process_text("产品获评单项冠军，青松水泥等38家企业列入未来工厂培育库，云雀食品等3家企业获评省级龙头。")
    assert {"青松水泥", "云雀食品"} <= names(doc, "Enterprise")


def test_an_everyday_sector_before_a_count_of_firms_is_no_brand():
    doc = process_text("休闲食品等12家企业列入培育库，农副食品等5家企业获评省级龙头，机械制造等8家企业完成技改。")
    assert names(doc, "Enterprise") == set()


def test_works_named_after_companies_that_assemble_brew_knit_or_make_hydrogen():
    doc = process_text("沐岚储能柜组装、柏澜高端制袜等99个项目建成投用。澜锦制氢年产5万吨氢能项目建成投产。"
                       "引入雪蜓精酿啤酒、玉米方便面等项目12个。")
    found = names(doc, "Enterprise")
    assert {"沐岚", "柏澜", "澜锦", "雪蜓"} <= found
    assert not {"沐岚储能", "雪蜓精酿"} & found


def test_a_brand_ends_where_a_product_word_jieba_cut_across_begins():
    doc = process_text("澜华新能源汽车零部件等项目签约落地。")
    found = names(doc, "Enterprise")
    assert "澜华" in found and "澜华新能源" not in found


def test_a_listed_work_of_a_brand_and_新能源_names_its_company():
    doc = process_text("相继落地英澜锂能、宋澜储能、绽放新能源等项目。")
    assert {"英澜锂能", "宋澜储能", "绽放新能源"} <= names(doc, "Enterprise")


def test_a_bureau_chemical_elements_or_a_year_open_no_brand():
    doc = process_text("开工澜林局复合肥、锦通管业装备制造等重大项目26个。一批镁钛新材料项目陆续投产，储能装备项目建成。"
                       "推动2025医药上市公司加快发展。")
    assert names(doc, "Enterprise") == {"锦通管业"}


def test_the_phase_or_upgrade_of_a_plant_named_after_its_company():
    doc = process_text("体育中心、澜鑫机制砂一期、沐恒熔盐技改等项目顺利建成。")
    assert {"澜鑫", "沐恒"} <= names(doc, "Enterprise")


def test_the_phase_of_a_facility_or_a_road_names_no_company():
    doc = process_text("澜屏电站二期、疏澜铁路一期、岚溪水库二期等项目加快推进。")
    assert names(doc, "Enterprise") == set()


def test_a_proper_name_jieba_saw_a_hundred_times_is_still_a_brand():
    doc = process_text("海鹰科技年产5万吨可降解材料项目建成投产。")
    assert "海鹰科技" in names(doc, "Enterprise")


def test_a_product_of_a_proper_name_is_no_brand():
    doc = process_text("发展中成药制品和保健品加工。")
    assert names(doc, "Enterprise") == set()


def test_a_place_and_a_coined_brand_opening_a_clause_as_a_companys_actor():
    doc = process_text("主导产业加速成势，四川澜峰建成全球最大的正极材料生产基地，湖南沐恒全省首个储气调峰项目开工建设。")
    assert {"四川澜峰", "湖南沐恒"} <= names(doc, "Enterprise")


def test_places_and_bodies_opening_a_clause_are_no_companies():
    doc = process_text("我们携手奋进，湖南长沙建成国家中心城市，浙江大学成为合作伙伴，山西晋城获评文明城市，四川天府新区建成投用。")
    assert names(doc, "Enterprise") == set()


def test_a_list_of_firms_counted_in_户():
    doc = process_text("完成澜泓机械、沐冶科技装备制造等9户企业土地供应，青松水泥等3户企业扩能。")
    assert {"澜泓机械", "沐冶科技装备制造", "青松水泥"} <= names(doc, "Enterprise")


def test_a_word_jieba_saw_only_a_few_times_may_be_a_brand_of_a_listed_work():
    doc = process_text("开工福源管业设备制造、日华精工部件制造等重大项目26个。")
    assert {"福源管业", "日华"} <= names(doc, "Enterprise")


def test_rare_common_nouns_and_status_words_are_no_brands_of_listed_works():
    doc = process_text("紧盯压缩空气储能项目，开工暖通设备制造、气源设备制造等重大项目26个。")
    assert names(doc, "Enterprise") == set()


def test_强_ends_a_name_only_after_a_number():
    doc = process_text("中国民营企业500强澜峰集团投资10亿元，澜强集团扩大产能，山西恒强化工有限公司建成投产。")
    found = names(doc, "Enterprise")
    assert {"澜峰集团", "澜强集团", "山西恒强化工有限公司"} <= found
    assert not any("500强" in n for n in found)


def test_a_brand_may_begin_with_本_when_it_is_no_determiner():
    doc = process_text("本澜科技等5家企业被评为国家级专精特新企业。")
    assert "本澜科技" in names(doc, "Enterprise")


def test_本_and_全_as_determiners_open_no_brand():
    doc = process_text("本县食品等3家企业获评，本地纺织等5家企业扩能，全市建材等8家企业技改。")
    assert names(doc, "Enterprise") == set()


def test_a_product_jieba_knows_as_one_word_opens_no_company():
    doc = process_text("沐澜投资12亿元建设锂电池项目，推进钛合金复合材料研发生产、澜峰科技二期等项目。")
    found = names(doc, "Enterprise")
    assert "沐澜" in found
    assert not {"锂电池", "钛合金"} & found


def test_the_phase_of_its_works_is_not_part_of_an_actors_name():
    doc = process_text("澜峰科技二期建成投产，沐恒锂业签约落户。")
    found = names(doc, "Enterprise")
    assert "澜峰科技" in found and "澜峰科技二期" not in found


def test_a_trade_name_before_what_it_is_helped_to_do():
    doc = process_text("支持澜峰砂业、沐恒管业、锦澜制药、岚泰医药做大做强，推动农业做大做强，支持现代医药转型升级。")
    assert names(doc, "Enterprise") == {"澜峰砂业", "沐恒管业", "锦澜制药", "岚泰医药"}


def test_a_listed_work_of_manufactured_sand_is_named_after_its_company():
    doc = process_text("全年签约沐恒机制砂、澜峰砂石骨料等项目12个。")
    assert {"沐恒", "澜峰"} <= names(doc, "Enterprise")


def test_one_proper_name_opening_its_clause_before_等企业():
    doc = process_text("装机规模持续扩大，飞鹰等特色生物企业健康发展，澜峰沐恒等龙头企业落户。")
    assert {"飞鹰", "澜峰沐恒"} <= names(doc, "Enterprise")


def test_people_sectors_and_everyday_words_before_等企业_are_no_companies():
    doc = process_text("张强等企业家代表参会，王伟等企业负责人发言，蔬菜等企业，现代农业等企业，规上工业等企业。")
    assert names(doc, "Enterprise") == set()


def test_a_bare_brand_that_signs_with_the_county_or_settles_in_its_bare_zone():
    doc = process_text("澜峰与县政府签订投资协议，沐恒落户经开区。")
    assert {"澜峰", "沐恒"} <= names(doc, "Enterprise")


def test_people_and_firms_in_general_that_sign_with_the_county_are_no_companies():
    doc = process_text("人才落户经开区，企业与县政府签订协议，客商与我县签约。")
    assert names(doc, "Enterprise") == set()


def test_an_autonomous_region_and_its_city_investing_are_no_company():
    doc = process_text("全省经济回升，新疆喀什投资5亿元，新疆澜峰投资3亿元。")
    assert names(doc, "Enterprise") == {"新疆澜峰"}


def test_a_car_maker_by_its_trade_name_before_what_its_line_does():
    doc = process_text("今年7月，澜峰汽车整车顺利下线，沐恒叉车成功量产。")
    assert {"澜峰汽车", "沐恒叉车"} <= names(doc, "Enterprise")


def test_kinds_of_cars_are_no_car_makers():
    doc = process_text("发展新能源汽车整车制造，电动汽车下线，专用汽车量产，智能网联汽车整车项目落地。")
    assert names(doc, "Enterprise") == set()


def test_a_name_begins_after_a_quote_that_closes_the_sentences_words():
    doc = process_text("首辆“本地造”澜峰汽车整车顺利下线，“沐恒”牌化工扩产。")
    found = names(doc, "Enterprise")
    assert "澜峰汽车" in found and not any(n.startswith("造") for n in found)


def test_a_work_read_by_its_capacity_is_named_after_its_company():
    doc = process_text("沐盛2万千瓦、澜能20万千瓦风电成功并网，城东2万千瓦并网发电。")
    found = names(doc, "Enterprise")
    assert "沐盛" in found and "城东" not in found


def test_firms_approved_as_pilot_firms_are_enterprises():
    doc = process_text("澜峰智造、沐恒华宇获批省级绿色工厂试点企业，全县3家企业获批省级专精特新企业。")
    found = names(doc, "Enterprise")
    assert {"澜峰智造", "沐恒华宇"} <= found and not any("企业" in n for n in found)


def test_a_brand_joined_by_a_middle_dot_to_its_work_is_its_company():
    doc = process_text("开工建设总投资8亿元的沐川供销·城东食品产业园项目，澜峰置业·锦江商业综合体项目主体封顶。"
                       "打响“生态城东·康养福地”品牌，木合塔尔·买买提同志出席。")
    found = names(doc, "Enterprise")
    assert {"沐川供销", "澜峰置业"} <= found
    assert not any(n in found for n in ("生态城东", "木合塔尔", "城东"))


def test_a_firm_approved_as_a_model_unit_is_an_enterprise_a_hospital_or_village_is_not():
    doc = process_text("澜峰沐恒获批国家级肉牛养殖示范单位。县人民医院获批省级试点单位，沐家村获批全国示范单位。")
    assert names(doc, "Enterprise") == {"澜峰沐恒"}


def test_a_courier_by_its_trade_name_is_a_company_couriers_in_general_are_not():
    doc = process_text("澜通快递进展良好，农村快递进展良好，电商快递进村全覆盖。")
    assert names(doc, "Enterprise") == {"澜通快递"}


def test_a_material_family_or_base_is_no_brand():
    doc = process_text("发展磷硫系新材料、碳基新材料和硅基材料，沐澜新材料扩产增效。")
    assert names(doc, "Enterprise") == {"沐澜新材料"}


def test_an_estimate_before_an_amount_is_no_investor():
    doc = process_text("建设城东粮食仓储项目，概算总投资6500万元，预算投资3亿元。")
    assert names(doc, "Enterprise") == set()


def test_a_coined_brand_before_the_capacity_of_its_plant_is_its_company():
    doc = process_text("清洁能源加快发展，沐澜锦泰80MW光伏建成发电，城东50MW光伏开工建设，县城20兆瓦光伏建成。")
    found = names(doc, "Enterprise")
    assert "沐澜锦泰" in found and not {"城东", "县城"} & found


def test_a_landscaping_firm_named_with_园林_is_a_partner_a_park_is_not():
    doc = process_text("与沐恒园林、澜峰集团达成合作协议，与城南科创园签订共建协议。")
    found = names(doc, "Enterprise")
    assert {"沐恒园林", "澜峰集团"} <= found and "城南科创园" not in found


def test_firms_that_enter_a_ranking_are_enterprises_a_span_of_time_or_a_town_is_not():
    doc = process_text("澜峰钨业、沐恒锦泰进入全市制造业亩均效益前20强。连续五年被评为全省经济十强县，城关镇跻身全国千强镇。")
    found = names(doc, "Enterprise")
    assert {"澜峰钨业", "沐恒锦泰"} <= found and not any(n.startswith("连续") or "镇" in n for n in found)


def test_a_brand_in_a_list_of_works_may_open_with_an_everyday_word_before_a_coined_part():
    doc = process_text("投资12亿元的大地锦昊储能设备、时光澜泰正极材料等项目开工建设。星辰水泥优化升级、大地铸业技改等项目竣工投产。")
    assert {"大地锦昊", "时光澜泰", "星辰水泥", "大地铸业"} <= names(doc, "Enterprise")


def test_an_everyday_word_of_quality_sector_or_kind_before_a_product_opens_no_brand():
    doc = process_text("生态环保板材、生态鱼养殖、肉牛养殖、城市综合体、东部建材二期等项目开工建设。新型沐泰材料、乡村澜峰养殖等项目开工建设。")
    assert names(doc, "Enterprise") == set()


def test_a_park_town_or_estate_named_after_its_developer_names_the_company():
    doc = process_text("澜泰大豆加工产业园、沐澜美酒小镇、锦昊阳光嘉园、澜峰文化旅游康养城等项目开工建设。")
    assert {"澜泰", "沐澜", "锦昊", "澜峰"} <= names(doc, "Enterprise")


def test_a_work_of_an_industry_of_the_national_classification_is_named_after_its_company():
    # (液压, 碳化硅: words of kg/rules/sector.toml's manufacturing sectors, then a work's ending)
    doc = process_text("签约引进的岚锋液压件项目落户我县。沐恒碳化硅产业园一期、泽汇预制构件基地等项目加快建设。")
    assert {"岚锋", "沐恒"} <= names(doc, "Enterprise")
    works = {f.subject.split("/")[-1] for f in doc.facts if f.type == "undertakenBy"}
    assert len(works) >= 2



def test_a_sector_word_read_loosely_after_a_brand_names_no_company():
    # a word of one character (瓦房), a word of the sector file's `ignore` (风光带, 化工程) or a word
    # inside what follows (亮|化工): no firm's trade, no company
    doc = process_text("推进沐桥瓦房改造项目，建设溪澜风光带项目，实施岚泽亮化工程。")
    assert not {"沐桥", "溪澜", "岚泽", "岚泽亮化"} & names(doc, "Enterprise")
    # a short qualifier may stand between the brand and the word (X|超高压风电…项目)
    doc = process_text("全年建成岚能超高压风电变流器项目、溪澜花园小区项目。")
    assert "岚能" in names(doc, "Enterprise")

def test_the_sectors_whose_words_name_a_firms_trade_are_rules_of_the_sector_file():
    from kg.relate import sector

    ids = {rule.id for rule in sector.rules().rules}
    assert set(enterprise.rules().record.actor.firm_sectors) <= ids


def test_a_wind_farm_or_a_mine_of_an_industry_is_named_after_its_place_not_a_company():
    doc = process_text("建成潘家梁风电场项目、乌尔奇金铜多金属矿采选项目。")
    assert names(doc, "Enterprise") == set()


def test_a_park_named_after_a_town_a_place_or_a_kind_names_no_company():
    doc = process_text("三河镇食品加工产业园、城东精品钢产业园、特色农业观光园、澜溪产业园等项目开工建设。")
    assert names(doc, "Enterprise") == set()


def test_after_a_province_an_everyday_word_alone_is_the_brand_of_a_work():
    doc = process_text("江苏星辰生物沙棘饮料等项目建成投产。引进总投资5亿元的浙江时光新型电池生产项目。")
    assert {"江苏星辰生物", "浙江时光"} <= names(doc, "Enterprise")


def test_after_a_county_named_with_its_division_or_before_a_quality_no_brand():
    doc = process_text("澜溪县无人智能装备产业园建设项目开工，山西特色农产品加工、湖南农业科技示范等项目建成。")
    assert names(doc, "Enterprise") == set()


def test_a_brand_that_ran_into_the_first_character_of_its_product_ends_sooner():
    doc = process_text("汉思达磷系新材料、沐澜锂电池回收等3个项目签约落地。")
    assert "汉思达" in names(doc, "Enterprise")
    assert "汉思达磷" not in names(doc, "Enterprise")


def test_the_phase_of_a_firms_plant_reported_finished_names_the_firm():
    doc = process_text("湖南星辰高科一期建成投产。")
    assert "湖南星辰高科" in names(doc, "Enterprise")


def test_the_phase_of_a_place_or_facility_reported_finished_names_no_firm():
    doc = process_text("城南学校一期建成投产，澜溪县产业园二期建成。")
    assert names(doc, "Enterprise") == set()


def test_a_two_character_coined_brand_opens_a_listed_work_before_its_product():
    doc = process_text("澜宇体育夹网布、航泽塑料编织袋等12个项目签约落地。")
    assert {"澜宇", "航泽"} <= names(doc, "Enterprise")


def test_a_count_direction_or_verb_opening_a_listed_work_is_no_short_brand():
    doc = process_text("万商广场、沿淮洼地治理、增施有机肥等项目加快推进。")
    assert not {"万商", "沿淮", "增施"} & names(doc, "Enterprise")


def test_a_short_brand_before_a_roads_character_is_a_place():
    doc = process_text("推动岚峰路西延、沐溪河综合治理等项目建成。")
    assert not {"岚峰", "沐溪"} & names(doc, "Enterprise")


def test_a_name_or_a_rare_word_opens_a_listed_work_before_its_product():
    doc = process_text("七彩智能家电、万川精工机器人等12个项目竣工投产。")
    assert {"七彩", "万川"} <= names(doc, "Enterprise")


def test_a_name_before_a_facility_or_an_estate_in_a_list_of_works_is_no_brand():
    doc = process_text("二郎污水处理厂、万川人家安置房等项目加快推进。")
    assert not {"二郎", "万川"} & names(doc, "Enterprise")


def test_an_everyday_word_tagged_as_a_name_or_a_quality_opens_no_listed_work():
    doc = process_text("加快青储玉米、玉米蒸汽压片、冷链物流等项目建设。")
    assert not {"青储", "玉米", "冷链"} & names(doc, "Enterprise")


def test_a_bare_brand_listed_among_companies_is_a_company():
    # a list whose items are mostly companies by their head (X食品, X化工): its bare brands are companies too
    doc = process_text("推动澜禾食品、沐川电子、骁骏维康、岚泰化工等加快技术改造。")
    assert "骁骏维康" in names(doc, "Enterprise")
    doc = process_text("支持澜汐重工、骁澄锦瑞、沐恒科技创新发展。")
    assert "骁澄锦瑞" in names(doc, "Enterprise")
    doc = process_text("岚溪蛋鸡、沐禾禽业生产规模全省领先。")
    assert "岚溪蛋鸡" in names(doc, "Enterprise")


def test_a_list_of_places_or_works_beside_one_company_gives_no_companies():
    # one company among works, products or places is no list of companies
    doc = process_text("建成澜禾食品、城东污水处理厂、滨河公园、沐川大道等项目。")
    assert not {"城东污水处理厂", "滨河公园", "沐川大道"} & names(doc, "Enterprise")
    doc = process_text("发展绿色食品、电子信息、现代物流、文化旅游等产业。")
    assert names(doc, "Enterprise") == set()
    doc = process_text("支持澜汐重工、乡村振兴、县城建设、城乡融合发展。")
    assert not {"乡村振兴", "县城建设"} & names(doc, "Enterprise")
    doc = process_text("澜坪纺织、沐溪陶瓷、岚峪石材等工业集中区逐步壮大。")
    assert "岚峪石材" not in names(doc, "Enterprise")
    doc = process_text("做强阳城陶瓷、晋南焦化、沐澜科技等产业。")
    assert "晋南焦化" not in names(doc, "Enterprise")


def test_a_generic_phrase_before_公司_is_no_company():
    # a preposition, a kind of finance, or a utility named by its service, before 公司
    doc = process_text("随着公司规模不断扩大，县投融资公司融资3亿元，通过移动公司视频连线各分会场。")
    assert names(doc, "Enterprise") == set()
    doc = process_text("澜峰公司追加投资2亿元，县燃气公司完成管网改造。")
    assert names(doc, "Enterprise") == {"澜峰公司"}


def test_the_amount_opening_an_item_of_a_list_of_works_is_not_its_brands():
    # 11亿元|沐颐改性新材料: the brand opens the work after its amount
    doc = process_text("一批重大项目相继落地，22亿元骁澜智能家电、11亿元沐颐改性新材料、10亿元岚盛体育用品等项目签约。")
    assert {"骁澜", "沐颐"} <= names(doc, "Enterprise")
    assert not any(name[0].isdigit() for name in names(doc, "Enterprise"))


def test_a_brand_before_a_power_station_or_a_base_it_builds_names_its_company():
    doc = process_text("成功引进投资10亿元的沐澜新能源产业基地、投资5亿元的岚泽集中式储能电站等项目。")
    assert "岚泽" in names(doc, "Enterprise")
    # (a place or a direction before a station or a base is no brand)
    doc = process_text("建成城东污水处理厂、滨河储能电站、北部物流基地等项目。")
    assert names(doc, "Enterprise") == set()


def test_a_name_before_a_road_or_a_bridge_is_a_place_not_a_brand():
    doc = process_text("滨江公园、澜浪大道综合管廊、沐澜路桥二期等重点项目建设加快。")
    found = names(doc, "Enterprise")
    assert "澜浪" not in found
    assert "沐澜路桥" in found  # (路桥 is a company head)


def test_a_conjunction_or_unit_cut_off_a_listed_work_begins_its_brand():
    doc = process_text("园区新建厂房12万平方米，元澜家居二期、并沐熔盐技改、顺澜纺织等9个项目建成投产。")
    assert {"元澜", "并沐"} <= names(doc, "Enterprise")
    works = {f.subject.split("/")[-1] for f in doc.facts if f.type == "undertakenBy"}
    assert {"澜家居二期", "沐熔盐技改"} <= works


def test_a_listed_work_ending_in_a_phase_is_no_company_of_the_list():
    doc = process_text("园区新建厂房12万平方米，元澜家居二期、顺澜纺织、鑫沐铝业等9个项目建成投产。")
    assert "元澜" in names(doc, "Enterprise")
    assert not {"澜家居二期", "元澜家居二期"} & names(doc, "Enterprise")


def test_a_conjunction_before_a_verb_or_a_place_begins_no_brand():
    doc = process_text("一批项目建成投产，并加快澜屏电站、岚溪水库等项目建设，元旦前完成。")
    assert names(doc, "Enterprise") == set()


def test_the_brand_opening_a_work_an_amount_opens_is_the_investor():
    doc = process_text("一批重大项目相继落地，22亿元乐沐智能家电、10亿元顺化公路港枢纽、5亿元宇化皖西南物流园等项目建设封顶，"
                       "成功引进投资10亿元的晶澜新能源产业基地等一批高质量项目。")
    assert {"乐沐", "顺化", "宇化", "晶澜"} <= names(doc, "Enterprise")
    works = {f.subject.split("/")[-1] for f in doc.facts if f.type == "undertakenBy"}
    assert {"乐沐智能家电", "顺化公路港枢纽", "晶澜新能源产业基地"} <= works


def test_the_kind_of_a_waste_or_a_utility_opening_an_amount_led_work_is_no_brand():
    doc = process_text("启动投资1亿元的农业面源污染治理，投资0.3亿元的餐厨垃圾资源化利用及无害化处理项目，推进资源节约。")
    assert names(doc, "Enterprise") == set()


def test_a_place_an_everyday_word_or_a_figure_opening_an_amount_led_work_is_no_brand():
    doc = process_text("引进投资5亿元的城区污水处理厂、3亿元马站镇冷链物流园、2亿元高性能橡胶制品、1亿元年产5万吨饲料、"
                       "6亿元澜屏电站二期等一批高质量项目。")
    assert names(doc, "Enterprise") == set()


def test_a_trade_name_opening_its_sentence_may_hold_a_word_jieba_rarely_saw():
    doc = process_text("园区扩容提质。宇化模具获批全国第十张生产许可证；顺化粮油在进博会签下大宗订单。")
    assert {"宇化模具", "顺化粮油"} <= names(doc, "Enterprise")


def test_an_everyday_industry_opening_its_sentence_is_no_trade_name():
    doc = process_text("园区扩容提质。精细化工获批省级园区；现代农业在全县铺开。")
    assert names(doc, "Enterprise") == set()


def test_a_phase_after_a_proper_name_admits_it_after_a_sentence_break_too():
    doc = process_text("年产值突破百亿；白云新能源一期项目顺利投产。")
    assert "白云新能源" in names(doc, "Enterprise")


def test_集团化_and_公司化_are_ways_of_running_things_not_companies():
    doc = process_text("推进学前教育集团化办学，深化医疗集团化改革，国有林场实行公司化运营。澜峰集团化工项目投产。")
    assert names(doc, "Enterprise") == {"澜峰集团"}


def test_a_verb_and_its_aspect_before_a_bare_公司_speak_of_the_company():
    doc = process_text("在澜峰科技有限公司，展厅里陈列着公司研发的各类产品，车间里堆满了公司生产的板材。")
    assert names(doc, "Enterprise") == {"澜峰科技有限公司"}


def test_a_list_of_listed_firms_names_enterprises():
    doc = process_text("现代物流方面，有澜培、沐桂等上市公司或区内大企业入驻。")
    assert {"澜培", "沐桂"} <= names(doc, "Enterprise")


def test_sectors_listed_before_上市公司_are_no_enterprises():
    doc = process_text("现代物流方面，有物流、仓储等上市公司入驻。")
    assert names(doc, "Enterprise") == set()


def test_a_plan_before_总投资_is_not_part_of_the_investor():
    doc = process_text("项目全部投产后，年产值约达4亿元。沐辉新材料计划总投资3.6亿元，拟建设厂房。")
    assert names(doc, "Enterprise") == {"沐辉新材料"}


def test_a_years_plan_of_investment_is_no_investor():
    doc = process_text("此次开工项目总投资63.6亿元，年计划投资22亿元。")
    assert names(doc, "Enterprise") == set()


def test_a_listed_work_beside_one_named_after_its_company_is_named_after_one_too():
    doc = process_text("带动瑞沐化工新材料、飞驰绿色环保涂料等项目集聚。")
    assert {"瑞沐化工", "飞驰"} <= names(doc, "Enterprise")
    works = {f.subject.split("/")[-1] for f in doc.facts if f.type == "undertakenBy"}
    assert "飞驰绿色环保涂料" in works


def test_products_and_processes_listed_beside_a_company_name_no_company():
    doc = process_text("澜沐化工新材料、肉羊养殖、垃圾焚烧发电、玉米深加工、蔬菜加工等项目建成。"
                       "推进上海澜乐有机肥生产、冷链物流、屠宰加工、万亩杂粮种质种植示范基地等项目开工。")
    assert names(doc, "Enterprise") == {"澜沐化工", "上海澜乐"}


def test_a_listed_work_opening_with_a_verb_names_no_company_without_a_company_beside_it():
    doc = process_text("飞驰绿色环保涂料、蔬菜加工等项目建成。")
    assert names(doc, "Enterprise") == set()


def test_a_trade_name_before_及_and_a_partner_is_still_a_company():
    # 及 joins the company to its partner as 和 and 与 do (沐X科技及县政府合作…)
    for joined in ("与", "和", "及"):
        doc = process_text(f"沐鼎科技{joined}县政府合作建设年产5万吨新材料项目。")
        assert "沐鼎科技" in names(doc, "Enterprise"), joined


def _with_actor(monkeypatch, **fields):
    """enterprise.toml's [actor] with `fields` changed, as a user's copy of the rule file would change them."""
    rules = enterprise.rules()
    record = dataclasses.replace(rules.record, actor=dataclasses.replace(rules.record.actor, **fields))
    monkeypatch.setattr(enterprise, "rules", lambda: dataclasses.replace(rules, record=record))


def test_how_far_before_a_work_its_amount_is_looked_for_is_a_field_of_the_rule(monkeypatch):
    # ，计划投资12.5亿元的 is 12 characters before the work's name
    text = "一批项目相继落地，计划投资12.5亿元的顺化公路港枢纽等项目建设封顶。"
    assert "顺化" in names(process_text(text), "Enterprise")
    _with_actor(monkeypatch, amount_led_reach=5)
    assert "顺化" not in names(process_text(text), "Enterprise")


def test_how_close_to_an_items_start_a_company_opens_it_is_a_field_of_the_rule(monkeypatch):
    # 顺化 opens a sibling of a work that 澜峰化工 opens
    text = "加快澜峰化工新材料、顺化绿色环保涂料等项目建设。"
    assert {"澜峰化工", "顺化"} <= names(process_text(text), "Enterprise")
    _with_actor(monkeypatch, sibling_opened_within=0)
    assert "顺化" not in names(process_text(text), "Enterprise")


def test_a_build_verb_opening_a_listed_work_is_no_part_of_its_company():
    doc = process_text("推进澜峰化工技改、扩建泓达机械、新上沐禾电子、改扩建沐川铜业二期等项目。")
    found = names(doc, "Enterprise")
    assert {"泓达机械", "沐禾电子", "沐川铜业"} <= found
    assert not {n for n in found if n.startswith(("扩建", "新上", "上", "改扩建"))}
    # (a company whose legal name follows the verb keeps its whole name; the verb is not in it)
    assert "澜峰铜业有限公司" in names(process_text("新建澜峰铜业有限公司年产3万吨铜杆项目。"), "Enterprise")


def test_a_listed_work_opened_by_a_build_verb_is_its_companys():
    # (the verb is no part of the work's name, 改扩建|X二期: the company after the verb is its undertaker)
    doc = process_text("推进澜峰化工技改、改扩建沐川铜业二期等项目。")
    works = {m.text for m in doc.mentions if m.type == "Project"}
    assert "沐川铜业二期" in works and not any(w.startswith("改扩建") for w in works)
    pairs = {(f.subject.split("/")[-1], f.object.split("/")[-1]) for f in doc.facts if f.type == "undertakenBy"}
    assert any(p.endswith("沐川铜业二期") and e.endswith("沐川铜业") for p, e in pairs)
    # (a verb that is no verb of building opens no company's work: 推进|X is the clause's verb, read as ever)
    doc = process_text("加快城东污水处理厂、改扩建城南供水管网等项目。")
    assert not [f for f in doc.facts if f.type == "undertakenBy"]


def test_a_trade_named_by_its_maker_is_a_company_head():
    doc = process_text("支持澜峰电工、泓沐钢构、沐禾面业做大做强。")
    assert {"澜峰电工", "泓沐钢构", "沐禾面业"} <= names(doc, "Enterprise")
    # (the trade alone, or after a place or an everyday word, names no company)
    assert names(process_text("支持电工、钢构、面业做大做强，支持湖南电工、优质面业做大做强，壮大现代种业。"), "Enterprise") == set()


def test_large_private_groups_are_read_with_their_source():
    from importlib import resources

    from kg.recognize.enterprise import group_forms, rules

    assert "data/enterprise_brands.tsv" in rules().record.groups.lists
    header = resources.files("kg").joinpath("data/enterprise_brands.tsv").read_text(encoding="utf-8").splitlines()[:3]
    assert any("ACFIC" in line for line in header)
    forms = group_forms()
    assert forms["宁德时代"] == "宁德时代新能源科技股份有限公司"
    # (a brand that is an everyday word is listed only with its head)
    assert "美的集团" in forms and not {"美的", "吉利", "小米", "长城", "联想"} & set(forms)


def test_a_large_private_groups_brand_where_it_acts_as_a_company():
    doc = process_text("澜峰锦城、恒大锦城等项目开工，宁德时代投资50亿元建设电池工厂，与华为签订合作协议，建成京东区域总部。")
    assert {"恒大", "宁德时代", "华为", "京东"} <= names(doc, "Enterprise")
    pairs = {(f.subject.split("/")[-1], f.object.split("/")[-1]) for f in doc.facts if f.type == "undertakenBy"}
    assert ("恒大锦城", "恒大") in pairs


def test_a_large_private_groups_brand_is_never_a_bare_string_hit():
    doc = process_text("乡村振兴带来新希望，万达广场人流如织，国药产业园加快建设，美的乡村处处可见。")
    assert not {"新希望", "万达", "国药", "美的"} & names(doc, "Enterprise")


def test_a_list_of_works_closed_without_等_names_their_companies():
    # (a count closes the list: A、B、C3个重点项目; or what becomes of the works: A二期、B三期竣工投产)
    doc = process_text("沐溪镇负责实施澜祥新型建材加工生产线、泓岳现代物流园、城北排洪治理工程3个重点项目已开工。"
                       "推动澜卓二期、沐禾三期尽快落地，泓锦电器、澜昊电子全面开工。")
    assert {"澜祥", "泓岳", "澜卓", "沐禾", "泓锦电器", "澜昊电子"} <= names(doc, "Enterprise")


def test_a_list_closed_without_等_of_county_works_policies_or_places_names_no_company():
    doc = process_text("沐溪镇负责实施沐溪小微产业园、肖家窑循环产业园、李庄沟防洪排洪治理工程、年产30万m3隔墙板生产线4个重点项目。"
                       "推动城南水厂、市稳增长一揽子政策落地，科创飞地签约落地。")
    assert names(doc, "Enterprise") == set()


def test_firms_counted_roughly_after_等_are_companies():
    # (等10余户企业: the count may be rough; A、B4户企业: the last item ends before the count)
    doc = process_text("澜禾、沐锦等10余户企业升规入统。沐远、锦禾4户企业入选省级高端品牌培育企业。")
    assert {"澜禾", "沐锦", "沐远", "锦禾"} <= names(doc, "Enterprise")


def test_a_rough_count_of_firms_after_everyday_words_names_no_company():
    doc = process_text("工业、农业等10余户企业升规入统。全县等4家企业入选，部分企业等30多家企业参加培训。")
    assert names(doc, "Enterprise") == set()


def test_a_trade_name_before_what_a_company_reports_of_its_year_is_a_company():
    doc = process_text("全年经济稳中有进，澜锦水泥产值达28亿元，泓禾药业营收增长12%。")
    assert {"澜锦水泥", "泓禾药业"} <= names(doc, "Enterprise")


def test_a_sector_before_its_output_is_no_company():
    doc = process_text("全年医药化工产值达12亿元，绿色建材营收增长8%，精细化工税收突破1亿元。")
    assert names(doc, "Enterprise") == set()


def test_a_listed_groups_form_holding_a_places_word_is_a_company_in_a_list():
    # (the national lists name 碧桂园 and 华侨城: 园 and 城 end parks and towns elsewhere)
    doc = process_text("碧桂园、华侨城、澜锦科技等一批龙头企业相继落户。")
    assert {"碧桂园", "华侨城"} <= names(doc, "Enterprise")


def test_an_unlisted_name_ending_as_a_place_in_a_list_of_firms_is_no_company():
    doc = process_text("澜锦园、沐禾城、泓锦区等一批龙头企业相继落户。")
    assert not {"澜锦园", "沐禾城", "泓锦区"} & names(doc, "Enterprise")


def test_every_verb_of_building_that_opens_a_listed_work_stays_out_of_names():
    # invented: 改扩建, 技改, 投建 open items as 新上 and 扩建 do
    doc = process_text("其中改扩建澜峰机械二期、技改泓达电子、投建沐禾化工、新上青禾电子等项目。")
    companies, works = names(doc, "Enterprise"), names(doc, "Project")
    assert {"澜峰机械", "泓达电子", "沐禾化工", "青禾电子"} <= companies
    assert {"澜峰机械二期", "泓达电子", "沐禾化工"} <= works
    assert not any(n.startswith(("改扩建", "技改", "投建")) for n in companies | works)
    assert not any(n.startswith("改扩建") for n in names(process_text("改扩建城西供水管网、新建城东污水处理厂。"), "Project"))


def test_a_national_groups_form_followed_by_more_of_a_name_is_another_company():
    # invented: 万达 is a listed group; 万达信息, 万达电子 are other companies that share the brand
    for text in ("万达信息承建城东数据中心项目。", "万达电子投资建设城西厂房项目。"):
        assert not any(m.rule == "enterprise.national-group" for m in process_text(text).mentions), text
    # the group itself, as partner or actor, is still the group
    assert "万达" in names(process_text("与万达合作建设城南商业综合体。"), "Enterprise")


def test_a_firm_named_by_its_brand_and_trade_reported_as_a_work_is_a_company():
    # invented: the works family reads 澜拓智能, 锦沐电器 as works (a firm's plant begun); the firm is a company too
    doc = process_text("推动沐拓二期尽快落地，澜拓智能、锦沐电器全面开工。")
    assert {"澜拓智能", "锦沐电器"} <= names(doc, "Enterprise")
    pairs = {(f.subject.split("/")[-1], f.object.split("/")[-1]) for f in doc.facts if f.type == "undertakenBy"}
    assert ("澜拓智能", "澜拓智能") in pairs


def test_a_firm_named_work_that_opens_with_a_national_group_is_the_groups():
    # (京东 is a listed group: 京东新能源汽车 is its work, not a company of that name)
    doc = process_text("，京东新能源汽车成功落户。")
    assert "京东新能源汽车" not in names(doc, "Enterprise")
    assert "京东" in names(doc, "Enterprise")


def test_a_brand_before_a_makers_trade_of_steel_power_metals_nets_or_fish_is_a_company():
    # invented: 特钢, 热电, 有色, 网具, 水产 end firms' names as 钢铁 and 电力 do
    doc = process_text("支持澜华特钢、沐通热电、泓锦有色、锦澜网具、沐禾水产转型升级。")
    assert {"澜华特钢", "沐通热电", "泓锦有色", "锦澜网具", "沐禾水产"} <= names(doc, "Enterprise")


def test_the_trades_of_steel_power_and_fish_alone_are_sectors():
    doc = process_text("支持有色金属产业、热电联产、特钢产业发展，蔬菜水产加快发展。")
    assert names(doc, "Enterprise") == set()


def test_beside_a_company_listed_works_opened_by_a_noun_a_size_or_a_park_name_theirs():
    # invented: 澜峰铝业 vouches for its list; 小沐 opens with a size, 金钥匙 and 春风 are nouns jieba
    # knows, before a phase, a company head or a park alone (no product is named after them)
    doc = process_text("澜峰铝业二期、小沐三期、春风面业、金钥匙二期、澜永产业园等5个项目竣工投产。")
    assert {"小沐", "春风面业", "金钥匙", "澜永"} <= names(doc, "Enterprise")


def test_without_a_company_beside_them_or_before_a_product_such_works_name_no_company():
    alone = process_text("小沐三期、金钥匙二期等5个项目竣工投产。")
    assert names(alone, "Enterprise") == set()
    # (a region, a process or a county before a product, beside a company, is still no brand)
    doc = process_text("澜峰铝业二期、京津冀汽车零部件物流中心、肉羊养殖加工二期、沐川砂石骨料等5个项目竣工投产。")
    assert names(doc, "Enterprise") == {"澜峰铝业"}
    # (nor a facility before its phase: a plant's phase is a firm's, a water works' is the county's)
    doc = process_text("澜峰铝业二期、水厂二期、文化馆二期、东区二期等4个项目竣工投产。")
    assert names(doc, "Enterprise") == {"澜峰铝业"}


def test_trade_names_listed_before_a_kind_of_place_field_or_heritage_are_of_that_kind():
    # invented: the list's tail (等工业集中区, 等领域, 等非物质文化遗产) says what its items are
    doc = process_text("澜垄纺织、沐木陶瓷等工业集中区加快发展。涉及医药、澜禾食品等领域。传承澜鼓舞、锦禾服饰等非物质文化遗产。")
    assert not {"澜垄纺织", "沐木陶瓷", "澜禾食品", "锦禾服饰"} & names(doc, "Enterprise")


def test_trade_names_listed_before_firms_of_a_field_are_companies():
    doc = process_text("引进澜禾食品、沐华纺织等行业领军企业，澜垄纺织、沐木陶瓷等企业来园区考察。")
    assert {"澜禾食品", "沐华纺织", "澜垄纺织", "沐木陶瓷"} <= names(doc, "Enterprise")


def test_a_groups_form_listed_beside_a_group_read_as_a_company_is_one_too():
    # invented: 中铁 is a partner after 和; 中建, listed right after it, is read with it
    doc = process_text("县里协调好和中铁、中建等施工单位加快推进。")
    assert {"中铁", "中建"} <= names(doc, "Enterprise")


def test_groups_forms_listed_with_no_group_read_as_a_company_stay_unread():
    # (no form of the list acts as a company: none is read, as a bare string hit never is)
    doc = process_text("他们参观了中建、中铁展台。")
    assert names(doc, "Enterprise") == set()


def test_a_county_before_adverbs_of_its_own_signing_is_no_placed_brand():
    # invented: 共|新 (in all, newly) after the county are what it did, not a coined brand
    doc = process_text("全年，沐川县共新签约项目12个。")
    assert names(doc, "Enterprise") == set()
    assert "四川澜峰" in names(process_text("，四川澜峰建成投产。"), "Enterprise")


def test_works_found_one_after_another_beside_a_company_are_a_list_whose_mates_name_theirs():
    # invented: the lists of works do not read these items (a figure or a bracket inside one), the
    # works family does; joined by 、 beside a company's work, 红太阳 opens a work named after its company
    doc = process_text("白水乡承担重点项目3个，澜峰铝业门窗型材生产线、红太阳钢管加工生产线、"
                       "沐川澜德3000m3/h制氧工程3个重点项目陆续开工。加快推进澜沐(东区)风力发电、澜峰光伏发电等项目。")
    assert {"红太阳", "澜沐"} <= names(doc, "Enterprise")


def test_works_found_one_after_another_with_no_company_beside_them_name_none():
    doc = process_text("白水乡承担重点项目2个，城东污水处理厂、红太阳钢管加工生产线2个重点项目陆续开工。")
    assert names(doc, "Enterprise") == set()


def test_a_wholly_owned_or_held_subsidiary_is_a_generic_phrase():
    # invented: 全资子公司, 控股子公司 say what a company is, as 子公司 does
    doc = process_text("澜华制药是澜沐医药集团的全资子公司，另有一家控股子公司落户园区。")
    assert not {"全资子公司", "控股子公司"} & names(doc, "Enterprise")


def test_beside_a_company_a_listed_work_of_a_brand_and_one_trade_word_names_its_firm():
    # invented: beside a company's work, a brand and one word jieba knows end an item; a material
    # (岩棉, a noun) makes the whole item the firm's name, a trade (酸洗) leaves the brand
    doc = process_text("澜峰铝业二期、旺发岩棉、华悦酸洗等项目竣工投产。")
    assert {"旺发岩棉", "华悦"} <= names(doc, "Enterprise")
    works = {(f.subject.split("/")[-1], f.object.split("/")[-1]) for f in doc.facts if f.type == "undertakenBy"}
    assert {("旺发岩棉", "旺发岩棉"), ("华悦酸洗", "华悦")} <= works


def test_beside_a_company_a_bare_process_a_place_or_a_facility_names_no_firm():
    # invented: 加工 is a verb of a bare process; 小区, 水厂 are a place and a facility
    doc = process_text("澜峰铝业二期、旺发加工、华悦小区、华悦水厂等项目竣工投产。")
    assert names(doc, "Enterprise") == {"澜峰铝业"}
    # ... and with no company beside them, such items name none
    assert names(process_text("城东污水处理厂、旺发岩棉、华悦酸洗等项目竣工投产。"), "Enterprise") == set()


def test_a_zone_reported_built_or_being_built_names_its_company():
    # invented: the works family reads these zones as works; their brand and head name the company
    doc = process_text("规上产值突破百亿元，农牧加工产业园、澜沐药业大健康产业园主体完工。加快建设沐华药业康养产业园。")
    assert {"澜沐药业", "沐华药业"} <= names(doc, "Enterprise")
    # ... a zone of a place or a sector names none
    assert names(process_text("城东生态产业园主体完工。加快建设现代农业产业园。"), "Enterprise") == set()


def test_a_company_listed_among_works_is_a_work_undertaken_by_itself():
    # invented: the works family reads 明星|电子 as a kind of work (two everyday words), the enterprise
    # family as a company; beside a work of the list, it is the firm listed as its work
    doc = process_text("聚焦产业发展，澜峰精密、明星电子等16个项目建成投产。")
    assert "明星电子" in names(doc, "Project")
    assert ("project/明星电子", "enterprise/明星电子") in {(f.subject, f.object) for f in doc.facts if f.type == "undertakenBy"}
    # ... a list no work of which the works family reads lists firms (等企业项目4个), not works
    assert names(process_text("聚焦产业发展，明星电子、长城电子等企业项目4个。"), "Project") == set()


def test_a_trade_name_opening_a_clause_after_a_comma_may_hold_a_word_jieba_rarely_saw():
    # invented: 青松 is a word jieba knows (fewer than 100 times); after a comma the trade name is the
    # subject of what a company does, as after a full stop
    assert "青松种业" in names(process_text("全年出栏生猪12万头，青松种业获评省级良种繁育基地。"), "Enterprise")
    assert "青松粮油" in names(process_text("外贸增长两成，青松粮油在博览会签下订单。"), "Enterprise")
    # ... an everyday word (绿洲, 现代, 精细) is no brand there
    doc = process_text("全年出栏生猪12万头，绿洲种业获评省级良种繁育基地，现代种业发展加快，精细化工产值增长。")
    assert names(doc, "Enterprise") == set()


def test_a_road_between_two_places_or_a_flood_work_names_no_company():
    # invented: the opening words of a public work are places, a road's number or a gully
    doc = process_text("澜沐经东坪至北川二级公路、省道澜五线甲口至乙庄段公路工程、澜沐沟防洪排洪治理工程等项目扎实推进。")
    assert names(doc, "Enterprise") == set()
    # ... a freight hub (公路港) is a firm's work
    assert "澜沐" in names(process_text("澜沐公路港枢纽、澜峰铝业二期等项目建设封顶。"), "Enterprise")


def test_trade_names_listed_before_a_verb_and_a_place_are_companies():
    # invented: the list's kind stands right after 等; a verb or a preposition there (等落户…园区,
    # 等在开发区投产, 等带动…产业发展) says the items act: they are firms
    for text in ("澜禾食品、沐华纺织等落户工业园区。", "澜禾食品、沐华纺织等入驻产业园。",
                 "澜禾食品、沐华纺织等在开发区投产。", "澜禾食品、沐华纺织等带动全县产业发展。"):
        assert {"澜禾食品", "沐华纺织"} <= names(process_text(text), "Enterprise"), text
    # (words of which or how many before the kind keep the list that kind's: 等传统产业, 等多个领域)
    doc = process_text("澜禾食品、沐华纺织等传统产业提质增效。涉及澜垄纺织、沐木陶瓷等多个领域。")
    assert not {"澜禾食品", "沐华纺织", "澜垄纺织", "沐木陶瓷"} & names(doc, "Enterprise")


def test_a_facility_before_its_phase_beside_a_company_names_no_company():
    # invented: beside a company's phase (澜峰铝业二期) a home, a centre or a school before its phase is
    # the county's facility, not a firm named after a noun (金钥匙二期 is)
    for text in ("推进澜峰铝业二期、老年公寓二期、沐川面业等项目建设。", "推进澜峰铝业二期、体育中心二期、沐川面业等项目建设。",
                 "推进澜峰铝业二期、实验中学二期、沐川面业等项目建设。"):
        assert names(process_text(text), "Enterprise") == {"澜峰铝业", "沐川面业"}, text


def test_a_county_opening_a_work_named_after_its_firm_is_no_part_of_the_firm():
    # invented firms: a work in the county is named after its firm with the county before it (X县|A…项目,
    # the report's own county in short, X|B…项目); the firm is A, B, not X县A
    doc = process_text("岚皋县今年新开工项目12个，岚皋县沐恒智能设备制造项目、岚皋瑞澜电子元件生产项目建成投产。")
    found = names(doc, "Enterprise")
    assert {"沐恒", "瑞澜电子"} <= found
    assert not {"岚皋县沐恒", "岚皋瑞澜电子"} & found
    assert ("project/沐恒智能设备制造", "enterprise/沐恒") in {(f.subject, f.object) for f in doc.facts if f.type == "undertakenBy"}


def test_another_countys_short_name_opening_a_firms_work_is_kept():
    # invented: the short name of a county that is not the report's may open the firm's own name
    # (碑林 is a district's short name; here it is the firm's first word)
    doc = process_text("岚皋县今年引进碑林澜栖科技产业园。")
    assert "澜栖科技" not in names(doc, "Enterprise")


def test_a_place_and_a_company_head_opening_a_work_name_its_firm():
    # invented: a firm registered under its place's name (X铝业, X电气) opens the name of its work
    doc = process_text("岚皋县全年建成投产项目18个，汉中铝业电解槽节能改造项目、陕西电气青松梁10万千瓦风电项目顺利推进。")
    found = names(doc, "Enterprise")
    assert {"汉中铝业", "陕西电气"} <= found
    assert ("project/汉中铝业电解槽节能改造", "enterprise/汉中铝业") in {
        (f.subject, f.object) for f in doc.facts if f.type == "undertakenBy"}


def test_a_place_and_a_sector_or_its_park_name_no_firm():
    # invented: a sector (光伏, 食品) or the industry's park after a place is the place's
    doc = process_text("岚皋县全年建成投产项目20个，汉中光伏发电示范工程、汉中食品精深加工项目、汉中化工产业园基础设施项目顺利推进。")
    assert not {"汉中光伏", "汉中食品", "汉中化工"} & names(doc, "Enterprise")


def test_a_firm_named_by_its_place_and_a_head_keeps_its_place_in_its_key():
    # invented: two places' firms of one trade are two firms (not one 铝业); a brand after a place is
    # still the brand's (陕西澜佑 is 澜佑)
    from kg.names import fold

    assert fold("Enterprise", "汉中铝业")[0] != fold("Enterprise", "宝鸡铝业")[0]
    assert fold("Enterprise", "陕西澜佑")[0] == "澜佑"


def test_firms_taking_a_step_to_the_capital_market_or_ranked_are_companies():
    # invented firms: a step only a company takes (登陆资本市场, 接受上市辅导, 报会) or a rank it earns (上榜…百强)
    doc = process_text("助力澜图赛科、沐澜仪登陆资本市场。澜川制药报会，沐禾食品接受上市辅导。澜牧、沐泽上榜省民企百强。")
    assert {"澜图赛科", "沐澜仪", "澜川制药", "沐禾食品", "澜牧", "沐泽"} <= names(doc, "Enterprise")


def test_a_county_or_a_sector_before_a_capital_market_step_is_no_company():
    # invented: the county, a count of firms or a drive of firms before such words names no company
    doc = process_text("全县新增上市企业2家，企业上市工作加快推进，股改上市再创佳绩，3家企业接受上市辅导，岚皋上榜全省百强县。")
    assert names(doc, "Enterprise") == set()


def test_a_proper_name_jieba_knows_is_a_firm_in_a_list_of_firms():
    # brands jieba knows as proper names it saw a few hundred times (力帆 nz) are
    # firms in a list closed by 等…企业, as coined brands are; an everyday word is not
    doc = process_text("壮大汽车产业，引进力帆、澜宁等整车企业。")
    assert {"力帆", "澜宁"} <= names(doc, "Enterprise")
    assert "超市" not in names(process_text("壮大商贸经济，引进超市、澜宁等商贸企业。"), "Enterprise")


def test_regions_listed_before_their_firms_are_no_companies():
    # invented: the firms of regions (A、B等发达地区企业) are no list of firms
    doc = process_text("密切关注并研判长三角、珠三角、京津冀等发达地区企业外迁动向。")
    assert names(doc, "Enterprise") == set()


def test_a_partner_the_county_works_with_is_a_company():
    # invented: 与A合作 names its partner, as 与A签约 and 与A战略合作 do; the work of that cooperation is A's
    doc = process_text("统筹聚合市场资源，与澜禾供应链合作。谋划与香港澜海国际合作的国际商贸城建设项目。")
    assert {"澜禾供应链", "香港澜海国际"} <= names(doc, "Enterprise")


def test_a_research_body_a_college_or_a_clause_the_county_works_with_is_no_company():
    # invented: bodies and clauses before 合作 name no firm (合作社 is a cooperative, no act of working together)
    doc = process_text("与科研院所开展产学研用合作，与县职业技术学院合作，与农户之间加强合作，与周边县市的区域合作，与澜沐合作社签约。")
    assert not {"科研院所", "科研院所开展产学研用", "县职业技术学院", "农户之间加强", "周边县市的区域"} & names(doc, "Enterprise")


def test_a_wind_or_solar_plant_with_its_capacity_is_named_after_its_firm():
    # invented: a firm (after its place) opens its plant, a place and the plant's capacity following it; a
    # firm registered by its place and a head before such a plant stays whole
    doc = process_text("年内完成投资8.6亿元；杭州沐澜青松梁20万千瓦风电、石门镇精品民宿建设等7个企业投资项目顺利推进。"
                       "陕西电气岚皋县青松梁10万千瓦风电项目开工。")
    assert {"杭州沐澜", "陕西电气"} <= names(doc, "Enterprise")


def test_a_county_or_a_place_opening_a_power_plant_names_no_firm():
    # invented: the county's or a place's plant of a capacity names no company
    doc = process_text("年内完成投资8.6亿元；岚皋县青松梁20万千瓦风电、城东10万千瓦光伏等7个项目顺利推进。")
    assert names(doc, "Enterprise") == set()


def test_a_level_of_government_owning_a_firm_of_a_sector_names_no_company():
    # invented: 区属国有X集团, 市X集团 (the city's group of a sector) describe a state firm, name none; a brand does
    doc = process_text("区属国有园林集团组建完成，与北京铁路局、市文旅集团合作开通专列，澜沐旅游集团投资建设度假区。")
    found = names(doc, "Enterprise")
    assert not {"区属国有园林集团", "市文旅集团"} & found
    assert "澜沐旅游集团" in found


def test_a_verb_of_a_companys_situation_is_no_part_of_its_trade_name():
    # invented: 面对, 改善, 新增 before a trade name speak of the firm; its name begins after them
    doc = process_text("面对澜鑫特钢停产、沐澜热电亏损等困局，各部门顶住压力。")
    found = names(doc, "Enterprise")
    assert "澜鑫特钢" in found
    assert not any(name.startswith("面对") for name in found)


def test_a_coined_item_beside_a_firm_listed_as_its_work_is_a_firm():
    # invented: in a list of works one of whose items is wholly a firm (天澜科技), an item of characters
    # jieba knows only one by one (澜川堂, 沐禾堂) is a firm listed as its work too
    doc = process_text("该县引进了沐港智能家居产业园、澜川堂、沐禾堂、天澜科技等一批高质量、高附加值的项目。")
    assert {"澜川堂", "沐禾堂", "天澜科技"} <= names(doc, "Enterprise")
    assert ("project/澜川堂", "enterprise/澜川堂") in {(f.subject, f.object) for f in doc.facts if f.type == "undertakenBy"}


def test_a_facility_a_place_or_a_phase_beside_a_listed_firm_is_no_firm():
    # invented: a kind of work, a direction's place or a bare phase beside the firm names none; nor does a
    # coined item in a list with no firm in it
    doc = process_text("该县引进了沐港智能家居产业园、标准厂房、东城、三期、天澜科技等一批高质量、高附加值的项目。")
    assert not {"标准厂房", "东城", "三期"} & names(doc, "Enterprise")
    doc = process_text("该县建设了沐港智能家居产业园、澜川堂、沐禾堂等一批高质量、高附加值的项目。")
    assert not {"澜川堂", "沐禾堂"} & names(doc, "Enterprise")


def test_a_trade_name_opening_the_park_or_work_named_after_it_is_a_company():
    doc = process_text("引进江苏澜沐高纯纳米复合材料和澜翔特钢有色金属产业园2个百亿级项目。推进沐岳铝业绿色铝材产业园建设。")
    assert {"澜翔特钢", "沐岳铝业"} <= names(doc, "Enterprise")


def test_a_sector_or_a_place_before_a_park_is_no_company():
    doc = process_text("建设精细化工产业园、现代农业物流园，加快东城电子信息产业园、县化工产业园二期建设。")
    assert names(doc, "Enterprise") == set()


def test_a_brand_jieba_joined_to_the_year_of_a_yearly_output_ends_before_it():
    doc = process_text("总投资2.2亿元的澜桂年出栏20万头生猪生态养殖项目一期预计明年投产。总投资2亿元的沐雄年屠宰10万头肉牛加工项目开工。")
    found = names(doc, "Enterprise")
    assert {"澜桂", "沐雄"} <= found and not {"澜桂年", "沐雄年"} & found


def test_a_list_item_of_works_opening_with_a_coined_brand_names_its_company():
    doc = process_text("重点加快推进弘澜粮食物流、地铁北站、城东货场改造、黎明村合作社等项目建设。"
                       "科测矿用无轨胶轮车、正泰天然气综合利用等一批重点项目建成投产。")
    assert {"弘澜", "科测"} <= names(doc, "Enterprise")


def test_a_listed_home_market_town_or_mine_names_no_company():
    doc = process_text("全力推进光伏产业园、永丰人家安置房、桂川物流城、国兴星光煤矿等一批重大项目建设。")
    assert names(doc, "Enterprise") == set()


def test_a_listed_work_wholly_three_coined_characters_is_a_firm_listed_as_its_work():
    # invented: an item wholly three characters jieba knows only one by one (利|沐|时) in a list of works
    doc = process_text("年内推动岚月港、利沐时等6个重点产业项目开工。")
    assert "利沐时" in names(doc, "Enterprise")


def test_people_or_a_clause_listed_before_a_work_are_no_firms():
    doc = process_text("县领导田澜、马昭沐等来到澜峰年产80万千瓦防爆电机生产项目建设现场。园区含康养、旅游、研学基地及种植等项目建设。"
                       "沐华苑、澜悦府等一批房地产项目竣工。")
    assert not {"马昭沐", "含康养", "沐华苑", "澜悦府"} & names(doc, "Enterprise")


def test_a_national_group_vouches_for_the_firms_listed_with_it():
    doc = process_text("总投资30亿元的中储粮、东澜发电、隆沐新材料等18个续建项目投产达效。")
    assert "东澜发电" in names(doc, "Enterprise")
    doc = process_text("引进中粮、玉米深加工、大豆种植等一批农业产业化项目。")
    assert not {"玉米深加工", "大豆种植"} & names(doc, "Enterprise")


def test_a_brand_of_a_work_may_open_with_新():
    doc = process_text("包括沙县澜汉环保型胶黏剂制造、沙县新澜泰金属清洗剂生产等7个项目。")
    assert "新澜泰" in names(doc, "Enterprise")
    doc = process_text("新区综合管廊、新城商业综合体、新建农贸市场等项目开工。")
    assert names(doc, "Enterprise") == set()


def test_the_countys_own_school_waterworks_or_heating_is_no_firm():
    # invented: after the report's own county in short, an everyday word (a school, the water supply, the
    # heating) and the work's phase name the county's facility, in a work or in a list of works; before a
    # company head such a word may name a firm (平遥|星辰 科技)
    for text, code in [("推进安平中学扩建工程。", "131125"), ("推进平遥供热管网改造工程、平遥供水二期工程。", "140728"),
                       ("推进平遥供水管网二期、平遥中学扩建等项目。", "140728"), ("完成安平自来水、安平热力等项目。", "131125")]:
        doc = process_text(text, county_code=code)
        assert names(doc, "Enterprise") == set(), text
        assert not [f for f in doc.facts if f.type == "undertakenBy"], text
    doc = process_text("实施安平中学扩建、安平供水二期、澜旭丰新材料等5个重点项目。", county_code="131125")
    assert names(doc, "Enterprise") == {"澜旭丰新材料"}
    doc = process_text("推进平遥星辰科技扩建项目。", county_code="140728")
    assert "星辰科技" in names(doc, "Enterprise")


def test_a_place_and_a_power_word_before_a_route_a_depot_a_centre_or_a_plant_name_no_firm():
    # invented: 电力, 热电 after a place open the place's grid route, depot, dispatch centre or heat and power
    # plant; a county written with its division names where a work is (a firm registered by its place
    # and a head opening a work of its own stays: test_a_place_and_a_company_head_opening_a_work_name_its_firm)
    for text, code in [("推进平遥县电力调度中心建设项目。", "140728"), ("推进安平县热电联产项目。", "131125"),
                       ("加快云南电力外送通道工程建设。", ""), ("推进陕西电力物资储备库项目。", ""),
                       ("推进云南电力物资储备中心建设项目。", ""),
                       ("平遥县电力调度中心、安平县热电联产等项目顺利推进。", "140728")]:
        doc = process_text(text, county_code=code)
        assert names(doc, "Enterprise") == set(), text
        assert not [f for f in doc.facts if f.type == "undertakenBy"], text


def test_a_countys_short_name_and_a_trade_before_its_park_or_network_name_no_firm():
    # invented: 安平 is the short name of more than one county; before a park named after its sector it is
    # the county's park as 平遥 is, and in its own report its grid and plant (a firm of that brand elsewhere
    # stays: 金牛乳业 in test_a_company_built_or_brought_in_may_have_an_everyday_brand); the county's heating
    # network is its own
    for text, code in [("安平电力物资产业园开工。", ""), ("安平电力物资产业园开工。", "131125"),
                       ("平遥热电供热管网改造工程完工。", "140728"),
                       ("加快安平电力220千伏输变电工程、安平热电二期建设。", "131125")]:
        doc = process_text(text, county_code=code)
        assert names(doc, "Enterprise") == set(), text


def test_a_list_of_works_mostly_opened_by_firms_names_the_firms_of_its_other_items():
    # (澜沐, 沐岚 and 岚峰 open items as companies: the list is one of firms' works, and 星辰, a rarer
    # noun, and 大|昊, characters one by one, open the other items as brands)
    doc = process_text("澜沐复合板材产业园、沐岚光学薄膜、星辰储能电池、岚峰节能电机等项目竣工投用。"
                       "推动沐岚新材料、大昊三期、澜沐二期、岚峰二期竣工投产。")
    assert {"星辰", "大昊"} <= names(doc, "Enterprise")


def test_a_pair_of_works_one_opened_by_a_firm_names_the_firm_of_the_other():
    # invented: half the items of a list (one of two) opening with a company make it a list of firms'
    # works, as most of them do in a longer list: 星辰, a rarer noun, and 大|昊, characters one by one,
    # open the other item as brands, either side of the company's
    for text, firm in [("澜沐复合板材产业园、星辰养殖等项目竣工投用。", "星辰"),
                       ("大昊三期、沐岚光学薄膜等2个项目竣工。", "大昊")]:
        assert firm in names(process_text(text), "Enterprise"), text


def test_beside_one_firm_a_public_work_or_an_everyday_lead_names_no_firm():
    # (one company's work beside a road, a service centre or a mine: those are the county's)
    for text, lead in [("澜沐复合板材产业园、乡村旅游环线道路等项目竣工。", "乡村旅游"),
                       ("社区养老服务中心、沐岚光学薄膜等项目竣工。", "社区"),
                       ("澜沐复合板材产业园、琉璃沟煤矿改扩建等项目竣工。", "琉璃沟")]:
        found = names(process_text(text), "Enterprise")
        assert found & {"澜沐", "沐岚光学"}, text  # (the company's own work still names it)
        assert not {lead, lead[:2]} & found, text


def test_beside_firms_a_public_work_a_facility_or_an_everyday_lead_names_no_firm():
    # (the list is mostly firms' works, but the road, the service centre, the mine and the county's park are the county's)
    doc = process_text("澜沐复合板材产业园、沐岚光学薄膜、乡村旅游环线道路、社区养老服务中心、琉璃沟煤矿、"
                       "岚峰节能电机等项目竣工投用。")
    found = names(doc, "Enterprise")
    assert "澜沐" in found
    assert not {"乡村旅游", "社区", "琉璃沟", "琉璃"} & found


def test_partners_of_a_county_that_are_zones_bodies_people_or_a_clause_are_no_firms():
    # (the kind after 等 names zones; a verb among the items makes them a clause; citizens; a plan's period)
    doc = process_text("坚持与省内科研机构加强全方位、宽领域、多层次合作。与澜江新区、沐川板块等两个邻县园区合作共建飞地。"
                       "与广大澜州市民共建宜居城市。计划总投资20亿元，当期计划投资8亿元。与澜锦、沐禾达成合作协议。")
    found = names(doc, "Enterprise")
    assert {"澜锦", "沐禾"} <= found
    assert not {"宽领域", "多层次", "沐川板块", "广大澜州市民", "当期"} & found


def test_partners_before_a_verb_or_a_kind_of_firms_after_etc_are_firms():
    # invented: a qualifier of firms after 等 (区域, 地区) is no kind of zone; a verb after the partners
    # (深化, 加强) ends their list and the names before it stay
    for text, firms in [("与澜锦、沐禾等区域龙头企业签约。", {"澜锦", "沐禾"}),
                        ("与澜锦、沐禾等地区龙头企业开展合作。", {"澜锦", "沐禾"}),
                        ("与沐禾、澜锦深化战略合作。", {"澜锦", "沐禾"}), ("与沐禾加强合作。", {"沐禾"})]:
        found = names(process_text(text), "Enterprise")
        assert found == firms, text


def test_a_work_read_for_its_firm_passes_the_familys_rejects():
    # (a metal-based material is the material, 镁基, no brand: the family rejects it; the brand of its
    # sibling work, read by the same reader, stays)
    doc = process_text("镁基储氢一期、沐川电子等7个项目建成投产。澜峰储氢一期、沐川电子等7个项目建成投产。")
    found = names(doc, "Enterprise")
    assert "澜峰" in found
    assert not {"镁基", "镁基储氢"} & found


def test_a_coined_brand_listed_among_counted_works_is_a_work_named_after_its_firm():
    # invented: in 等12个…项目 the works family reads each item as a work (project.list-item), and an item
    # that is a coined brand and nothing else names its company (`whole_brand_of`, named_after)
    doc = process_text("沐洁时、岚月港等12个省市重点项目年内复工。")
    assert "沐洁时" in names(doc, "Enterprise")
    assert "沐洁时" in names(doc, "Project")


def test_a_count_of_firms_or_of_the_owners_of_works_makes_no_firm_a_work():
    # invented: 等3个企业 counts firms, 等5个项目业主单位 counts the works' owners: the works family reads
    # none of the list's items as a work, so firms_listed_as_works makes none of its firms one
    for text in ["支持星辰科技、海棠集团等3个企业实施技改项目。", "星辰科技、海棠集团等5个项目业主单位完成投资。"]:
        doc = process_text(text)
        assert {"星辰科技", "海棠集团"} <= names(doc, "Enterprise"), text
        assert not {"星辰科技", "海棠集团"} & names(doc, "Project"), text


def test_a_brand_before_a_rough_count_of_the_firms_it_heads():
    # invented: (等多家: the count may be rough, as a list of firms' may)
    doc = process_text("去年引入苍松木业等多家企业，家具产业链初步成形。")
    assert "苍松木业" in names(doc, "Enterprise")


def test_a_brand_before_a_school_or_a_hospital_names_no_firm():
    # invented: (a name ending in a school is none, reject_patterns; nor is the brand cut before it; the
    # same reader still cuts a brand off a sibling work)
    doc = process_text("岚溪护理学院健康产业园项目正式落地。澜汀卫生学校中医药产业园项目开工。澜汀沐禾中医药产业园项目开工。")
    found = names(doc, "Enterprise")
    assert "澜汀沐禾" in found
    assert not {"岚溪", "岚溪护理", "澜汀", "澜汀卫生"} & found


def test_firms_listed_before_what_becomes_of_their_works_are_their_works():
    # invented: a list of firms closed by 等 and what becomes of their works (有序推进, 建成投产; or their
    # bases or works in between: 等上市企业基地建成投产, 等一批企业项目运行投产) names each firm's work by the firm
    doc = process_text("扎实推进产业项目建设，澜峰制药、沐川食品、青禾新材等有序推进，明辉智造、天澜机械等建成投产。")
    assert {"澜峰制药", "沐川食品", "青禾新材", "明辉智造", "天澜机械"} <= names(doc, "Project")
    ties = {(f.subject, f.object) for f in doc.facts if f.type == "undertakenBy"}
    assert ("project/澜峰制药", "enterprise/澜峰制药") in ties and ("project/天澜机械", "enterprise/天澜机械") in ties
    doc = process_text("园区入驻企业30家，沐港化工、澜晓科技等上市企业基地建成投产。")
    assert {"沐港化工", "澜晓科技"} <= names(doc, "Project")
    doc = process_text("做大节能环保产业，推进澜源节能等一批企业项目运行投产。")
    assert "澜源节能" in names(doc, "Project")


def test_firms_before_what_they_do_themselves_are_no_works():
    # invented: 推进 with an object after it (上市步伐, 智能化改造) is what the firms do, not what becomes of
    # their works: the firms are no works, nor undertake themselves
    for text in ["引导澜锦科技、沐禾集团等加快推进上市步伐。", "支持澜锦科技、沐禾集团等推进智能化改造和数字化转型。"]:
        doc = process_text(text)
        assert {"澜锦科技", "沐禾集团"} <= names(doc, "Enterprise"), text
        assert not {"澜锦科技", "沐禾集团"} & names(doc, "Project"), text
        assert not [f for f in doc.facts if f.type == "undertakenBy"], text


def test_firms_counted_before_what_they_do_are_no_works():
    # invented: a count of the firms (等9家…企业投产) or a kind of firms with no work after it (等企业投产)
    # speaks of the firms, not of works named by them
    doc = process_text("仅两年时间，澜峰光电、沐川科技等9家电子信息企业投产，明辉智造、天澜机械等龙头企业投产。")
    assert not {"澜峰光电", "沐川科技", "明辉智造", "天澜机械"} & names(doc, "Project")


def test_partners_before_a_kind_of_zones_or_bodies_and_a_verb_are_no_firms():
    # invented: the kind's head noun (高校, 院所, 开发区) stands where the kind starts, before a verb of the
    # clause (开展, 建立) and the words between it and 合作
    for text in ["与澜锦、沐禾等高校开展产学研合作。", "与澜锦、沐禾等科研院所开展技术合作。",
                 "与澜锦、沐禾等邻县新区开展招商合作。", "与澜锦、沐禾等开发区建立战略合作。"]:
        assert not {"澜锦", "沐禾"} & names(process_text(text), "Enterprise"), text
    # (a qualifier of firms is no head noun: 等区域龙头企业 are firms, before a verb too)
    assert {"澜锦", "沐禾"} <= names(process_text("与澜锦、沐禾等区域龙头企业建立战略合作。"), "Enterprise")


def test_firms_before_what_becomes_of_their_works_and_what_the_works_then_do_are_works():
    # invented: what becomes of the works may be followed by what they then do (达效, 运营), a colon,
    # a bracket or a quote; not by an object (等推进智能化改造: the firms do something)
    for text in ["澜锦科技、沐禾集团等建成投产达效。", "澜锦科技、沐禾集团等顺利投产运营。",
                 "澜锦科技、沐禾集团等竣工投产”", "澜锦科技、沐禾集团等有序推进（详见附表）。",
                 "澜锦科技、沐禾集团等建成投产：产值增长两成。"]:
        assert {"澜锦科技", "沐禾集团"} <= names(process_text(text), "Project"), text
    for text in ["澜锦科技、沐禾集团等推进智能化改造。", "澜锦科技、沐禾集团等加快推进上市步伐。"]:
        assert not {"澜锦科技", "沐禾集团"} & names(process_text(text), "Project"), text


def test_firm_works_tail_prefiltered_matches_are_the_whole_texts():
    # invented: the clause search (patterns.clause_matches, which ends each search at its clause) finds
    # what the rule's own search of the whole text finds
    import re

    from kg.recognize import patterns
    regex = enterprise.rules().record.actor.firm_works_tail
    for text in ["澜锦科技、沐禾集团等建成投产：产值增长两成。", "澜锦科技、沐禾集团等投产运营，效益明显。",
                 "澜锦科技等推进智能化改造；沐禾集团等开工建设\n", "澜锦科技、沐禾集团等有序推进（详见附表）",
                 "沐禾集团等竣工投产”。澜锦科技等加快推进上市步伐", "澜锦科技等开工：沐禾集团等投产"]:
        clause = [m.span() for m in patterns.clause_matches(regex, text, "等")]
        whole = [m.span() for m in re.finditer(regex, text)]
        assert clause == whole, text


def test_a_group_form_before_its_phase_is_a_firm():
    doc = process_text("全年推进储能项目前期，通威二期年内建成。")
    assert "通威" in names(doc, "Enterprise")


def test_a_group_form_before_a_phase_of_a_course_is_no_firm():
    # a form of the groups' lists that is a school too, before the phase of a course, not of works
    doc = process_text("全年推进项目，南航二期培训完成。开展培训，国航三期飞行员培训班开班。")
    assert names(doc, "Enterprise") == set()


def test_a_firm_listed_on_an_exchange_named_in_short():
    doc = process_text("深化凤凰行动，澜川仪表在港交所上市，沐峰机电登陆深交所。")
    assert {"澜川仪表", "沐峰机电"} <= names(doc, "Enterprise")


def test_a_county_listing_no_firm_on_an_exchange_names_none():
    doc = process_text("全年力争在北交所上市企业实现零的突破，推动更多企业在港交所上市。")
    assert names(doc, "Enterprise") == set()


def test_a_brand_of_proper_names_listed_as_its_work_is_a_firm():
    # invented: items of a list of works that are wholly a brand of proper names jieba rarely saw
    # (恒瑞 nz | 鑫, 泰达 nz | 澜) are firms listed as their works
    doc = process_text("力争引进恒瑞鑫、泰达澜、二硝基染料等招商项目。")
    assert {"恒瑞鑫", "泰达澜"} <= names(doc, "Enterprise")


def test_a_product_a_canal_or_a_clause_listed_as_a_work_is_no_firm():
    # invented: an item of a manufacturing industry's words, one ending as a canal or opening with a quality
    doc = process_text("推进装配式钢结构、高纯石英砂、红星干渠等项目建设。")
    assert names(doc, "Enterprise") == set()


def test_a_firm_named_by_its_metal_hardware_or_airline_trade():
    # invented: a coined brand before 金属, 五金 or 航空 is a firm, as before the other trade heads
    doc = process_text("澜沐金属二期投产，锦澄五金等4家企业投产，沐岚航空等项目落地。")
    assert {"澜沐金属", "锦澄五金", "沐岚航空"} <= names(doc, "Enterprise")


def test_a_sector_of_metals_hardware_or_aviation_is_no_firm():
    doc = process_text("发展有色金属等产业，壮大通用航空，建设小五金等项目。")
    assert names(doc, "Enterprise") == set()


def test_a_firm_named_by_its_sugar_grain_trading_or_iot_trade():
    # invented: coined brands before 糖业, 粮贸 and 物联 opening their clause or a list of firms
    doc = process_text("澜沐糖业、锦澄粮贸等公司签约入园。沐岚物联建设智慧农场。")
    assert {"澜沐糖业", "锦澄粮贸", "沐岚物联"} <= names(doc, "Enterprise")


def test_a_trade_of_sugar_grain_or_iot_without_a_brand_is_no_firm():
    doc = process_text("发展制糖业，做强粮贸物流，推广农业物联技术。")
    assert names(doc, "Enterprise") == set()


def test_a_firm_named_by_its_metallurgy_vehicle_or_heavy_truck_trade():
    # invented: coined brands before 冶金, 车辆 and 重汽
    doc = process_text("支持锦澄车辆项目重组。沐岚重汽60吨氢能重卡批量下线。澜沐冶金、锦泰实业等龙头企业协同发展。")
    assert {"锦澄车辆", "沐岚重汽", "澜沐冶金"} <= names(doc, "Enterprise")


def test_a_trade_of_metallurgy_or_vehicles_without_a_brand_is_no_firm():
    doc = process_text("发展冶金产业，推广新能源车辆，重汽配套项目开工，优化营商环境。")
    assert names(doc, "Enterprise") == set()


def test_a_group_form_listed_beside_a_company_found_is_a_company():
    # invented: a national group's form, an item of a list of firms where a company stands, is a company
    # (the group reader reads no bare item of a list: the company found beside it says what the list holds)
    doc = process_text("新引进沐澜集团、中核、锦澄科技，签约额创新高。")
    assert {"沐澜集团", "中核", "锦澄科技"} <= names(doc, "Enterprise")


def test_group_forms_listed_beside_no_company_stay_unread():
    doc = process_text("展会设中核、中铁展台，观众踊跃。")
    assert names(doc, "Enterprise") == set()


def test_a_clause_before_a_legal_name_is_no_part_of_it():
    # invented (review 19a, findings 1-3): a verb, a source of funds or a county before X投资有限公司 or
    # X有限公司 is the clause's, and a county's city company is a kind
    doc = process_text("鼓励社会资本投资宏达有限公司新建生产线。县财政出资投资鑫源有限公司，建设光伏电站。"
                       "全力支持建设澜沐有限公司新厂区。")
    found = names(doc, "Enterprise")
    assert not {"社会资本投资宏达有限公司", "县财政出资投资鑫源有限公司", "建设澜沐有限公司"} & found
    doc = process_text("完成县城投资有限公司改制，组建县城市建设投资有限公司，成立县城乡发展投资有限公司。")
    assert names(doc, "Enterprise") == set()


def test_a_programme_a_region_or_a_person_listed_as_a_work_is_no_firm():
    # invented (review 19a, finding 5): a word alone (a programme's, a region's name), a national line or its
    # start, an item ending in a work's or a line's word, or a person's name, listed as works, names no firm
    for text in ("实施平安村、雪亮工程、天网等项目。", "推进长江经济带、京津冀、成渝双城等项目。",
                 "谋划储备乡村振兴、南水北调、黄河流域等项目。", "全力推进南水北调、红星干渠等项目建设。",
                 "实施李明华、王建国等项目。"):
        assert names(process_text(text), "Enterprise") == set(), text


def test_a_quality_first_or_a_product_listed_as_a_work_is_no_firm():
    # invented: 高|纯|硅 (characters one by one, a quality first) and 高纯|石英砂 (a word after the first)
    doc = process_text("推进高纯硅、高纯石英砂、红星干渠等项目建设。")
    assert names(doc, "Enterprise") == set()


def test_an_everyday_noun_before_a_trade_head_listed_as_a_work_is_no_firm():
    # invented (review 19a, finding 6): 无人机 is an everyday term, no brand, before 航空 or another head
    doc = process_text("推进无人机航空、无人机科技等项目建设。")
    assert names(doc, "Enterprise") == set()


def test_a_legal_name_holding_a_trade_of_investing_or_developing_is_whole():
    # invented: 投资 and 开发 end a name elsewhere (总投资|X项目), not right before a registered name's suffix
    doc = process_text("引进江苏澜川投资有限公司建设光伏电站，沐禾稀土开发有限公司总部迁入我县，"
                       "锦澄协同发展投资有限公司落户，与沐岚发展集团完成增资。")
    assert {"江苏澜川投资有限公司", "沐禾稀土开发有限公司", "锦澄协同发展投资有限公司", "沐岚发展集团"} <= names(doc, "Enterprise")


def test_an_investment_or_a_development_company_unnamed_is_no_firm():
    doc = process_text("完成县属投资有限公司清理，组建城市开发有限公司，鼓励社会资本投资有限公司参与，"
                       "总投资5亿元的公司项目开工，推动产业发展集团化。")
    assert names(doc, "Enterprise") == set()


def test_a_listed_work_line_or_region_names_no_firm_on_any_route():
    # (review 19d-5: the refusals of `_whole_named_item` hold on every route by which list items name firms)
    doc = process_text("全力推进天网工程、锦沐泰等重点项目，加快雪亮工程、锦沐泰、沐澜鑫等项目。")
    assert names(doc, "Enterprise") == {"锦沐泰", "沐澜鑫"}
    doc = process_text("推进川黔地区双城经济圈、沐澜鑫等项目，实施双碳、锦沐泰等项目。")
    assert names(doc, "Enterprise") == {"沐澜鑫", "锦沐泰"}
    doc = process_text("实施恒瑞鑫光伏工程、澜拓风电装备等项目。")
    assert {"恒瑞鑫光伏", "澜拓"} <= names(doc, "Enterprise")


def test_a_source_of_funds_opening_a_name_is_no_brand_whoever_funds():
    # (review 19d-6: 县/市/区 or a funder before 财政 or 出资 names a source of funds, not a company)
    doc = process_text("组建区财政投资有限公司，引导农户出资投资有限公司，市出资投资有限公司挂牌。")
    assert names(doc, "Enterprise") == set()
    doc = process_text("澜拓出资设立锦昊科技有限公司。")
    assert "锦昊科技有限公司" in names(doc, "Enterprise")


def test_a_name_right_before_a_work_s_capacity_is_its_company():
    # invented: words jieba knows (晨光 n, 金秋 nr) open a work's name before its yearly output or capacity
    doc = process_text("晨光年产3万吨饲料项目开工，金秋20万千瓦风电项目并网，春晖年产5万吨纸浆项目建成投产。")
    assert {"晨光", "金秋", "春晖"} <= names(doc, "Enterprise")


def test_a_place_a_voltage_a_phase_a_product_or_a_clause_before_a_capacity_is_no_company():
    # invented: a place (城东), a line's voltage (东岭110千伏), a phase (二期), no name (年产…), an everyday
    # noun (秸秆), a clause's verb before a group (还有|国网: the group alone), a trade (金属制品), a product (光伏)
    doc = process_text("城东2万千瓦光伏项目并网，东岭110千伏输变电工程投运，二期年产5000台换热设备制造项目投产，"
                       "年产5万吨纸浆项目开工，秸秆年处理10万吨项目启动，还有国网10万千瓦风电项目并网，"
                       "金属制品年产70万吨镀锌板项目开工，光伏20万千瓦项目并网。")
    assert names(doc, "Enterprise") == {"国网"}


def test_a_region_or_a_national_line_before_a_capacity_is_no_company():
    # invented: a river basin (…流域) and a national line (乡村振兴) open works named by their capacity
    doc = process_text("长江流域10万千瓦风电项目开工，乡村振兴10万吨仓储项目启动。")
    assert names(doc, "Enterprise") == set()


def test_a_clause_of_everyday_words_before_成为_企业_is_no_firm():
    # invented: an adverb and a verb (尽快|发展), adverbs and a verb (必然|将|会) open a clause before 成为…企业
    doc = process_text("继续为企业保驾护航，尽快发展成为我县骨干企业。项目建成后，必然将会成为带动全市相关企业发展的引擎。")
    assert names(doc, "Enterprise") == set()


def test_a_brand_of_a_count_and_a_verb_stays_a_firm():
    # invented: counts and a verb with no function word (九|一|发达) may be a brand
    doc = process_text("九一发达、奔驰远等企业落户园区，澜沐科技成为省级专精特新企业。")
    assert {"九一发达", "奔驰远", "澜沐科技"} <= names(doc, "Enterprise")


def test_a_registered_name_with_its_place_in_brackets_is_one_name():
    # invented: a brand, its place in brackets (a province or the country), then the legal suffix
    doc = process_text("在沐恒农业(河南)有限公司生产车间，澜泽云科技(湖北)有限公司智慧城市项目开工，引进锦澄(中国)有限公司。")
    assert {"沐恒农业(河南)有限公司", "澜泽云科技(湖北)有限公司", "锦澄(中国)有限公司"} <= names(doc, "Enterprise")


def test_a_bracket_holding_no_place_makes_no_bracketed_legal_name():
    # invented: a note (筹建), a kind (个体户) or a level (全县) in the bracket is no registered place
    doc = process_text("成立澜泽科技(筹建)有限公司，支持企业(个体户)有限公司化改造，推进(全县)有限公司改制。")
    assert not any("(" in n for n in names(doc, "Enterprise"))


def test_a_list_of_works_all_of_bare_names_names_firms():
    # invented: works named by words jieba knows (天马|星辰, 凯旋|华泽, 启明|睿泽), no product, facility or kind of work
    doc = process_text("天马星辰、凯旋华泽等10个项目已开工建设，启明睿泽、天骄星海等项目实现当年签约。")
    assert {"天马星辰", "凯旋华泽", "启明睿泽", "天骄星海"} <= names(doc, "Enterprise")


def test_a_list_of_works_with_a_kind_of_work_or_a_clause_names_no_firm():
    # invented: a process (育种, 繁育), everyday nouns (经济, 信息), a particle and a common noun (之门) leave the list unread
    doc = process_text("航天育种、花卉种苗繁育等项目加快推进，低空经济、光电信息等项目落地，彩虹之门、星海新光等项目启动。")
    assert names(doc, "Enterprise") == set()


def test_a_list_of_slogans_or_people_as_works_names_no_firm():
    # invented: slogans (蝶|变|重生: a verb inside), people: a common surname jieba cuts off before a
    # given name (杨|帆, 周|敏)
    doc = process_text("实施雄鹰展翅、蝶变重生等项目。实施点石成金、筑梦远航等项目。杨帆、周敏等项目"
                       "实现当年签约。")
    assert names(doc, "Enterprise") == set()


def test_a_kind_of_company_or_the_company_opening_a_clause_is_no_firm():
    # invented: subsidiaries of a level, a financing platform, a preparatory company, "the company" opening a clause
    doc = process_text("推动多家央企二、三级子公司整建制入驻，剥离融资平台公司政府融资职能，设立文旅产业园筹建公司，"
                       "公司将在本县投资5亿元。澜沐科技有限公司、锦澄集团公司落户园区。")
    assert names(doc, "Enterprise") == {"澜沐科技有限公司", "锦澄集团公司"}


def test_a_trade_name_that_builds_keeps_up_or_has_a_headquarters_is_a_firm():
    # invented: coined brands and a trade head before 新建, 保持 and a region's 总部
    doc = process_text("澜沐彩钢新建厂房2000平方米，锦澄水泥保持满负荷生产，沐岚航空西南总部基地建成。")
    assert {"澜沐彩钢", "锦澄水泥", "沐岚航空"} <= names(doc, "Enterprise")


def test_a_sector_that_builds_keeps_up_or_has_headquarters_is_no_firm():
    # invented: sectors (everyday words before the head) before the same words
    doc = process_text("精细化工保持较快增长，生物医药新建一批项目，新能源总部经济加快发展，电子信息保持增长，"
                       "高端装备区域总部落户，数字科技新建平台。")
    assert names(doc, "Enterprise") == set()


def test_a_bracketed_legal_name_begins_at_a_word_not_in_the_clause_before_it():
    # invented: a conjunction, a preposition and a verb or a noun of the clause stand right before the brand
    doc = process_text("市政府与澄沐农业(河南)有限公司签订协议。工程由澜锦科技(江西)有限公司承建。"
                       "今年签约落地泽岚云科技(湖南)有限公司。全县骨干企业泽岚云科技(湖南)有限公司增产。")
    assert names(doc, "Enterprise") == {"澄沐农业(河南)有限公司", "澜锦科技(江西)有限公司", "泽岚云科技(湖南)有限公司"}


def test_a_river_a_mountain_or_livestock_before_a_capacity_is_no_firm():
    # invented: rivers and mountains jieba knows (ns), a place's end (X湖), animals before a count of heads
    doc = process_text("赣江15万千瓦水电项目并网发电。庐山年产3万吨矿泉水项目开工。澄碧湖10万千瓦光伏项目开工。"
                       "肉羊年屠宰8万头项目投产。蛋鸡年存栏50万只项目建成。澜沐年产6万吨饮用水项目开工。")
    assert names(doc, "Enterprise") == {"澜沐"}


def test_a_list_of_crops_as_works_names_no_firm():
    # invented: fruit and crops listed as works; coined names in the same frame stay firms
    doc = process_text("蓝莓、百香果等项目加快推进。沃柑、脐橙等项目实现当年签约。澜沐、锦澄等项目实现当年签约。")
    assert names(doc, "Enterprise") == {"澜沐", "锦澄"}


def test_one_list_of_surnames_read_by_the_firms_and_the_works():
    """kg/rules/boundary.toml `surnames` is the one list of common surnames: the firms' bare lists and the works'
    person test read it (no family writes a surname class of its own)."""
    from pathlib import Path

    from kg.recognize import patterns
    rules_dir = Path(enterprise.__file__).parents[1] / "rules"
    assert "bare_list_surnames" not in (rules_dir / "enterprise.toml").read_text(encoding="utf-8")
    assert "head_not_form" not in (rules_dir / "project.toml").read_text(encoding="utf-8")
    assert set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹") <= patterns.surnames()
    assert len(patterns.surnames()) == 100
    assert patterns.person_opening("张建国酒店") == 3 and patterns.person_opening("李明酒店") == 2
    assert patterns.person_opening("澜盛二期") == 0 and patterns.person_opening("金澄酒店") == 0


def test_a_work_named_after_a_person_names_no_firm(monkeypatch):
    # a surname and a given name of one character, jieba cutting them in two (王|强, 张|伟: the works' person test
    # finds no work there), or a name of three characters jieba knows whole as a person's (张建国 nr:
    # patterns.is_person), which `named_after_not_person` refuses as the firm of its work (review 21, finding 9: the
    # sentences name a firm without it)
    for text in ("王强二期顺利投产。", "，张伟二期开工。"):
        assert names(process_text(text), "Enterprise") == set(), text
    people = ("张建国二期项目开工建设。", "推进张建国茶叶产业园项目建设。")
    for text in people:
        assert names(process_text(text), "Enterprise") == set(), text
    _with_actor(monkeypatch, named_after_not_person=False)
    for text in people:
        assert names(process_text(text), "Enterprise") == {"张建国"}, text
    monkeypatch.undo()
    # a coined brand of two characters still names its firm
    assert names(process_text("，澜盛二期顺利投产。"), "Enterprise") == {"澜盛"}


def test_a_national_group_opening_a_work_park_or_facility_is_its_company():
    # invented works, parks and facilities opened by forms of kg/data/enterprise_brands.tsv: the words of the work
    # between the form and its kind
    doc = process_text("，腾讯云计算数据中心落户。建成海尔智慧家电产业园。推进格力高端空调零部件项目。")
    assert {"腾讯", "海尔", "格力"} <= names(doc, "Enterprise")


def test_a_dynasty_a_school_or_a_sector_before_a_work_is_no_national_group():
    # 大唐 and 南航 are a dynasty and a university as often: a work of culture, tourism or training names no group
    # (the works family's own work too, 大唐|不夜城…项目); a form right before 产业园 is a sector's park (中粮|产业园)
    doc = process_text("推进大唐不夜城文化旅游项目建设。建设大唐西市文化中心。建设南航二期培训中心。启动中粮产业园规划。")
    assert names(doc, "Enterprise") == set()


def test_a_road_an_estate_or_a_hall_named_after_a_group_is_no_group_s_work():
    # invented: a road, a street, an avenue, a housing estate, a dormitory and a hall bear a group's form
    doc = process_text("推进华能路改造工程。实施大唐街提升项目。建设苏宁大道综合管廊项目。建设国药堂中医馆项目。"
                       "推进中铁小区改造项目。完成华电宿舍楼加固工程。")
    assert names(doc, "Enterprise") == set()


def test_a_word_jieba_tags_nr_with_a_place_or_trade_character_is_no_person():
    # invented (review 21, finding 2): jieba tags 黄鹤楼, 赵州桥, 王老吉 and 金龙鱼 nr like 张建国; a character of a place,
    # a clan or a trade in the given name (boundary.toml `not_given_name`) makes it no person's name
    from kg.recognize import patterns
    assert patterns.is_person("张建国") and patterns.is_person("刘德华")
    assert not any(patterns.is_person(w) for w in ("黄鹤楼", "赵州桥", "王老吉", "金龙鱼", "张家港"))
    assert names(process_text("加快王老吉山泉饮品基地项目建设。"), "Enterprise") == {"王老吉"}
    assert names(process_text("，金龙鱼三期建成投产。"), "Enterprise") == {"金龙鱼"}


def test_a_rarer_surname_cut_off_opens_a_coined_brand_in_a_list():
    # invented (review 21, finding 3): only the commonest surnames (boundary.toml `cut_surnames`) make an item jieba
    # cuts in two a person (李|明); a rarer one opens a coined brand as often (江|澄)
    assert names(process_text("江澄、沐岚等项目加快推进。"), "Enterprise") == {"江澄", "沐岚"}
    assert "李明" not in names(process_text("李明、沐岚等项目加快推进。"), "Enterprise")


def test_the_surnames_are_checked_on_load_and_read_one_by_one(tmp_path):
    # review 21, finding 10: a space, a letter or a surname written twice, or a count of cut surnames beyond the list,
    # is named with its file and line; a word of two characters is no surname (高林|村)
    from pathlib import Path

    import pytest

    from kg import rulebook
    from kg.recognize import patterns
    good = (Path(enterprise.__file__).parents[1] / "rules" / "boundary.toml").read_text(encoding="utf-8")
    surnames = patterns.boundary_rules().surnames
    line = next(n for n, text in enumerate(good.splitlines(), 1) if text.startswith("surnames"))
    cut_line = next(n for n, text in enumerate(good.splitlines(), 1) if text.startswith("cut_surnames"))
    for bad, where in ((f'surnames = "{surnames} 李"', line), (f'surnames = "{surnames}Li"', line),
                       (f'surnames = "{surnames}王"', line), ("cut_surnames = 300", cut_line), ("cut_surnames = -1", cut_line)):
        key = bad.split(" ")[0]
        text = "\n".join(bad if t.startswith(key + " ") else t for t in good.splitlines())
        path = tmp_path / "boundary.toml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(rulebook.RuleError, match=rf"boundary.toml:{where}:"):
            patterns.load_boundary(path)
    assert patterns.person_opening("高林村", ["高林", "村", "二期"]) == 0
    assert patterns.person_opening("李明二期", ["李", "明", "二期"]) == 2


def test_a_group_named_as_a_model_before_a_clause_opens_no_work():
    # invented (review 21, finding 4): the characters between a group's form and a kind hold the clause's verb and
    # object, or the model it follows (标准, 模式, 经验): the group is a model, no work of it is named
    for text in ("对标腾讯标准建设云计算中心。", "参照格力模式打造空调配件基地。", "借鉴海尔经验建设家电物流中心。"):
        assert names(process_text(text), "Enterprise") == set(), text


def test_what_follows_a_groups_work_is_not_read_as_its_kind():
    # invented (review 21, finding 5): a word of culture, tourism or training after the work's kind is the clause's,
    # not the work's (…产业园项目助力乡村旅游, …产业园落户大学城)
    for text, firm in (("引进海尔家居产业园项目助力乡村旅游。", "海尔"), ("推进格力高端空调产业园建设助力文化强县。", "格力"),
                       ("引进腾讯智慧产业园落户大学城。", "腾讯")):
        assert firm in names(process_text(text), "Enterprise"), text


def test_a_groups_road_network_estate_hospital_or_school_is_its_work():
    # invented (review 21, finding 6): 路网 is no road named after the group, a new estate's works are a developer's
    # (an estate renovated, 中铁|小区改造, bears the name only), and a hospital or a school a group builds is its work
    for text, firm in (("推进中铁路网连接工程。", "中铁"), ("推进碧桂园小区绿化配套项目。", "碧桂园"),
                       ("推进华润医院门诊楼项目建设。", "华润"), ("实施格力学校援建工程。", "格力")):
        assert firm in names(process_text(text), "Enterprise"), text


def test_a_dynasty_s_age_or_style_or_a_road_named_in_the_work_is_no_group():
    # invented (review 21, finding 7): 时期, 风格 after 大唐 name an age and a style; a road named inside the work
    # (苏宁|滨河大道改造工程) bears the name
    for text in ("推进大唐时期古驿站修复项目。", "推进大唐风格商业街区建设项目。", "推进苏宁滨河大道改造工程。"):
        assert names(process_text(text), "Enterprise") == set(), text


def test_a_work_named_after_a_person_jieba_cuts_names_no_firm():
    # (刘|芳|三期|项目: the person check read only a text of three words, the work's word made a fourth)
    doc = process_text("刘芳三期项目开工建设。")
    assert "刘芳" not in names(doc, "Enterprise")
    doc = process_text("锦沐科技二期项目开工建设，王老吉二期项目加快推进。")
    assert {"锦沐科技", "王老吉"} <= names(doc, "Enterprise")


def test_people_listed_as_works_are_no_firms():
    # (胡|立|平, 冯|立国, 何|晓|明, 唐|立|平, 罗|志|刚: a common surname and a given name of two that jieba cuts)
    for text in ("胡立平、沐恒等项目加快推进。", "实施冯立国、何晓明等项目。", "实施唐立平、罗志刚等项目。"):
        found = names(process_text(text), "Enterprise")
        assert not found & {"胡立平", "冯立国", "何晓明", "唐立平", "罗志刚"}, (text, found)


def test_coined_and_known_brands_stay_firms_beside_the_person_check():
    doc = process_text("推进澜盛二期项目、锦沐科技、金澄等项目。")
    assert {"澜盛", "锦沐科技", "金澄"} <= names(doc, "Enterprise")
    doc = process_text("依托王老吉、金龙鱼等企业发展食品加工。")
    assert {"王老吉", "金龙鱼"} <= names(doc, "Enterprise")


def test_a_work_named_after_a_clan_village_names_no_firm():
    # (沈家|湾, 朱家角 nr: a place called for a clan, X家 and a place's ending; the gazetteer holds no villages)
    for text in ("推进沈家湾文旅产业园项目建设。", "推进朱家角康养小镇项目建设。"):
        assert names(process_text(text), "Enterprise") == set(), text
    assert "王家庄酒业" in names(process_text("王家庄酒业二期项目开工。"), "Enterprise")


def test_a_short_coined_brand_after_a_province_or_a_city_names_the_firm_of_its_work():
    # (青海|沐|森 钛白粉项目, 深圳市|沐|岚|晟 美容器械项目: a place as a registered name opens, a coined brand, a product)
    doc = process_text("开工建设青海沐森钛白粉项目、深圳市沐岚晟美容器械项目。")
    assert {"青海沐森", "深圳市沐岚晟"} <= names(doc, "Enterprise")
    doc = process_text("开工建设河南锦岚彩妆建设项目。")
    assert "河南锦岚" in names(doc, "Enterprise")


def test_after_a_province_a_second_place_a_person_or_a_county_s_work_names_no_firm():
    # (浙江|金华|义乌: places; 湖北|李明, 湖北|刘|芳: a person after the place; 南水北调, 南沙港铁路: public works)
    for text in ("推进浙江金华义乌商贸项目。", "推进湖北李明养殖基地项目建设。", "推进湖北刘芳果蔬加工项目建设。",
                 "实施河南省南水北调配套工程项目。", "推进广州南沙港铁路项目。", "推进河北省级重点项目。",
                 # (cities' short names before a region's cooperation: 安徽|合淮蚌 一体化, 湖北|宜荆荆 都市圈)
                 "推进安徽合淮蚌一体化项目。", "推进湖北宜荆荆都市圈项目。", "推进河南郑汴港融合项目。"):
        assert names(process_text(text), "Enterprise") == set(), text


def test_after_a_province_merchants_a_mountain_or_the_province_s_own_character_names_no_firm():
    # (安徽|徽商: merchants; 湖南|澜翠峰: a peak; 山西|晋韵, 浙江|浙韵: the province's short character opens them)
    for text in ("推进安徽徽商回归项目。", "推进湖南澜翠峰旅游项目。", "推进山西晋韵文化传承项目。", "推进浙江浙韵民宿提升项目。",
                 # (湖北|李娜: a person's name jieba knows whole, after the place)
                 "推进湖北李娜养殖基地项目。"):
        assert names(process_text(text), "Enterprise") == set(), text
    # (a coined brand of other characters after the province stays a firm)
    assert "山西澜韵" in names(process_text("推进山西澜韵文化传承项目。"), "Enterprise")


def test_kinds_of_firms_and_people_in_a_list_of_firms_are_no_firms():
    # (the "fifteen small" kinds and qualities of pollution: 培育了小造纸、小化工等企业; people before 等企业家)
    for text in ("培育了小造纸、小化工等企业。", "支持高污染、高耗能等企业转型。", "支持张伟、李明等企业家创业。",
                 "澜汇、锦威利等5家企业家参会。",
                 # (a surname and one given character, the whole item: people, 等企业 or not; a capacity closed)
                 "扶持周敏、吴刚等企业做大。", "淘汰过剩产能、小水泥等企业。"):
        assert names(process_text(text), "Enterprise") == set(), text
    assert {"小洋人", "小天鹅"} <= names(process_text("依托小洋人、小天鹅等企业发展。"), "Enterprise")
    assert {"澜汇", "锦威利"} <= names(process_text("支持澜汇、锦威利等企业做大做强。"), "Enterprise")


def test_a_pronoun_or_a_year_opens_the_clause_before_a_legal_name():
    # (非常契合我们|X集团, 自2019年|X集团…: the name begins after them; 百年 and 千年 are words of a name)
    doc = process_text("这个项目非常契合我们澜盛集团的发展方向。")
    assert "澜盛集团" in names(doc, "Enterprise") and not any("我们" in n for n in names(doc, "Enterprise"))
    doc = process_text("自2019年澜盛集团公司项目落地以来，园区发展加快。")
    assert not any("年" in n for n in names(doc, "Enterprise"))
    assert "百年澜盛集团有限公司" in names(process_text("百年澜盛集团有限公司投资建设。"), "Enterprise")
    # (a time after the year opens the clause too: 12月, 8日, 下半年, 以来; 月|星 of a brand stays)
    for text, firm in (("2021年11月沐澜集团有限公司在县城投资建厂。", "沐澜集团有限公司"),
                       ("2020年6月8日沐澜集团有限公司签约。", "沐澜集团有限公司"),
                       ("2024年下半年沐澜集团有限公司扩大产能。", "沐澜集团有限公司"),
                       ("2018年以来沐澜集团有限公司累计投资3亿元。", "沐澜集团有限公司"),
                       ("2021年5月月澜集团有限公司投产。", "月澜集团有限公司")):
        assert names(process_text(text), "Enterprise") == {firm}, text


def test_a_kind_of_investing_or_a_verb_s_aspect_is_no_actor_of_investing():
    # (工业性|投资, 经营性|投资: a kind of investing; 谋划了|投资…的项目: a clause, in the investor frame too)
    for text in ("今年，工业性投资12亿元。", "，经营性投资8亿元建设园区。", "全县谋划了投资5亿元的项目。",
                 "一是谋划了投资3亿元的项目。", "二是谋划了总投资6亿元的项目。"):
        assert names(process_text(text), "Enterprise") == set(), text
    assert "锦沐" in names(process_text("，锦沐投资10亿元建设储能电站。"), "Enterprise")
