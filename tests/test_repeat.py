"""recognize.repeat: a name recognized once is found wherever the document repeats it."""
from conftest import process_text


def spans(doc, type_, text):
    return [(m.start, m.rule) for m in doc.mentions if m.type == type_ and m.text == text]


def test_a_name_proven_once_is_found_again_where_no_frame_proves_it():
    doc = process_text("依托恒岳电气为龙头发展装备制造。恒岳电气今年产值翻番。")
    found = spans(doc, "Enterprise", "恒岳电气")
    assert len(found) == 2
    assert found[1][1] == "recognize.repeat"


def test_a_repeat_must_sit_on_word_boundaries():
    doc = process_text("依托国泰丰为龙头发展食品加工。全县迎来国泰丰收节。")
    assert len(spans(doc, "Enterprise", "国泰丰")) == 1


def test_short_names_and_projects_are_not_repeated():
    doc = process_text("以华能为龙头，推进华能风电项目。华能参与建设。")
    assert all(rule != "recognize.repeat" for _, rule in spans(doc, "Enterprise", "华能"))
