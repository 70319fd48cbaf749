"""Project rules: suffixes, facilities being built, lists sharing one suffix, negatives."""
from conftest import names, process_text


def test_projects_with_suffix_lose_the_leading_verb():
    doc = process_text("开工建设汾河生态修复治理工程，启动古城排水管网改造项目。")
    assert {"汾河生态修复治理工程", "古城排水管网改造项目"} <= names(doc, "Project")


def test_list_sharing_one_suffix():
    doc = process_text("推进城东污水处理厂、城西供热管网、南关棚户区改造等项目建设。")
    assert {"城东污水处理厂", "城西供热管网", "南关棚户区改造"} <= names(doc, "Project")


def test_facilities_being_built():
    doc = process_text("新建城南幼儿园，县图书馆建成投用。")
    assert "城南幼儿园" in names(doc, "Project")


def test_categories_are_not_projects():
    doc = process_text("谋划重点项目159个，实施基础设施项目和民生工程，储备一批项目。")
    assert names(doc, "Project") == set()
