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
