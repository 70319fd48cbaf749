"""normalize: PDF debris repaired, and every character maps back to the file."""
import random

import pytest
from hypothesis import given, settings, strategies as st

from pathlib import Path

from kg.document import Document
from kg.normalize import is_traditional, normalize, repair

from conftest import SEEDS


def check_offsets(raw, text, offsets):
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(raw)
    for i, c in enumerate(text):
        source = raw[offsets[i]]
        assert c == source or c in " \n" or source == '"' and c in "“”" or ord(source) - 0xFEE0 == ord(c) or 0x2E80 <= ord(source) <= 0x2FDF, (i, c, source)
    assert list(offsets) == sorted(offsets)


def test_spaced_out_characters_are_joined():
    text, _ = repair("坚 持 沿 着 高 质 量 发 展 之 路 前 进。")
    assert text == "坚持沿着高质量发展之路前进。"


def test_space_between_latin_words_stays():
    text, _ = repair("建设 5G 基站 and Big Data 中心")
    assert "Big Data" in text and "5G基站" in text


def test_lines_broken_inside_a_paragraph_are_joined_and_paragraphs_kept():
    raw = ("过去五年，在市委的正确领导下，平遥县委团结带领全县干部群\n"
           "众，全力推进发展，各项主要经济指标稳健增长，民生保障不断\n"
           "改善。\n"
           "一、主要任务\n"
           "实施乡村振兴战略，推进古城保护利用工程建设和文旅融合发展。\n")
    text, offsets = repair(raw)
    assert "干部群众" in text and "不断改善。" in text
    assert "\n一、主要任务\n实施" in text
    check_offsets(raw, text, offsets)


def test_dash_bullets_stay_one_item_per_line():
    raw = ("今后五年，全县上下要坚持稳中求进工作总基调，聚焦重点任务\n"
           "持续用力，坚持“三个着力”\n-着力稳住农业基本盘\n-着力壮大县域工业\n—着力改善民生福祉\n"
           "全年经济平稳运行，各项指标好于预期，发展质量稳步提升，人民\n群众获得感明显增强。\n")
    text, offsets = repair(raw)
    assert "\n-着力稳住农业基本盘\n-着力壮大县域工业\n—着力改善民生福祉\n全年" in text
    assert "聚焦重点任务持续用力" in text and "人民群众" in text
    check_offsets(raw, text, offsets)
    spaced, _ = repair("做好“两篇文章”\n- 做强县域工业\n- 做优城乡商贸\n全县经济运行平稳，各项指标好于预期，发展质量稳步提升。\n")
    assert "\n-做强县域工业\n-做优城乡商贸\n" in spaced


def test_page_numbers_and_running_headers_are_dropped():
    body = "推进平遥古城保护利用工程，建设现代农业产业园区和物流园区等一批重点项目。\n"
    raw = ("平遥县人民政府文件\n" + body + "- 3 -\n") * 5
    text, _ = repair(raw)
    assert "- 3 -" not in text and "人民政府文件" not in text
    assert text.count("物流园区") == 5


def test_full_width_digits_become_ascii():
    text, _ = repair("总投资１２亿元，ＰＰＰ项目")
    assert text == "总投资12亿元，PPP项目"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_offsets_map_back_on_the_seeds(path):
    raw = path.read_text(encoding="utf-8")
    text, offsets = repair(raw)
    check_offsets(raw, text, offsets)
    rng = random.Random(0)
    for _ in range(200):
        i = rng.randrange(len(text))
        if text[i] not in " \n":
            assert raw[offsets[i]] in (text[i], chr(ord(text[i]) + 0xFEE0))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("稷山县 园区\n\t１２ab。，- 3“”<>\x00"), max_size=200))
def test_never_crashes_and_offsets_hold(raw):
    text, offsets = repair(raw)
    check_offsets(raw, text, offsets)


def test_kangxi_radicals_from_pdf_fonts_become_ideographs():
    text, _ = repair("深⼊实施项⽬开⼯建设")
    assert text == "深入实施项目开工建设"


def test_a_traditional_text_is_read_as_simplified_one_character_for_each():
    raw = "平遙縣堅持工業強縣戰略，\n華豐電子科技有限公司投資5億元建設智能終端產業園項目。\n" * 2
    doc = normalize(Document(Path("report.txt"), raw))
    once = "平遥县坚持工业强县战略，华丰电子科技有限公司投资5亿元建设智能终端产业园项目。"
    assert doc.text == once + "\n" + once
    assert doc.meta["script"] == "traditional"
    start = doc.text.index("华丰")
    assert raw[slice(*doc.to_original(start, start + 10))] == "華豐電子科技有限公司"


def test_a_clause_keeps_its_phrases_when_another_clause_falls_back_to_characters(monkeypatch):
    """Where phrase conversion would change a clause's length, that clause alone is
    converted character by character: 乾隆 in the next clause stays 乾隆 (not 干隆)."""
    from kg import script as stage

    real = stage._t2s()

    class Lengthening:  # (a phrase table that makes one clause longer)
        def convert(self, text):
            return real.convert(text).replace("產業園區", "产业园区区") if len(text) > 1 else real.convert(text)

    monkeypatch.setattr(stage, "_t2s", lambda: Lengthening())
    raw = "推進產業園區建設，乾隆年間的古城保護工程。"
    assert stage.simplified(raw) == "推进产业园区建设，乾隆年间的古城保护工程。"
    assert len(stage.simplified(raw)) == len(raw)


def test_a_short_text_with_a_rare_name_is_not_taken_for_traditional():
    assert not is_traditional("朱镕基同志")
    assert is_traditional("平遙縣堅持工業強縣戰略，推進產業園區建設。" * 3)


def test_a_simplified_text_is_left_as_written():
    """OpenCC's t2s alters a few simplified words too (覆盖 among them): a simplified text
    is never passed through it."""
    raw = "全县实现光纤网络全覆盖，推进智慧城市项目建设。"
    doc = normalize(Document(Path("report.txt"), raw))
    assert doc.text == raw and "script" not in doc.meta
    assert not is_traditional("琇堃赟喆" + "县" * 400) and not is_traditional("2024 report")


def test_footnote_marks_of_a_web_page_are_dropped_and_offsets_still_map_back():
    raw = "走“两型三化”[1]发展路子，落实区委“1336”发展战略〔2〕，推进“两区融合”①，依据X发〔2022〕3号文件。"
    text, offsets = repair(raw)
    assert text == "走“两型三化”发展路子，落实区委“1336”发展战略，推进“两区融合”，依据X发〔2022〕3号文件。"
    assert len(offsets) == len(text) + 1
    assert all(raw[offsets[i]] == c for i, c in enumerate(text))
    # a bracketed number that stands for itself (a list item at the start of a line) stays
    assert repair("[1] 加快项目建设。")[0].startswith("[1]")


def test_straight_double_quotes_of_a_chinese_text_become_the_curly_pair_and_offsets_hold():
    raw = '落实"六稳"工作要求，推进"一核两翼"布局。\n"1+N"政策体系全面落实，全县实施"生态立县"战略。\nhe said "yes" in English.'
    text, offsets = repair(raw)
    assert text == '落实“六稳”工作要求，推进“一核两翼”布局。\n“1+N”政策体系全面落实，全县实施“生态立县”战略。\nhe said "yes" in English.'
    check_offsets(raw, text, offsets)


def test_the_corner_quotes_of_a_traditional_text_are_read_as_curly_quotes():
    raw = "全縣紮實做好「六穩」工作，推進『一廊兩帶』建設，堅持工業強縣戰略。\n" * 2
    doc = normalize(Document(Path("report.txt"), raw))
    assert doc.text.startswith("全县扎实做好“六稳”工作，推进‘一廊两带’建设")
    assert len(doc.text) == len(raw) - 1
    # a simplified text keeps what it holds (a column's title in corner brackets is no quote of a line)
    assert repair("「走进县城看发展」推进园区建设")[0].startswith("「走进县城看发展」")
