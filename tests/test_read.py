"""read: encodings detected, bad files refused with one line, manifest attached."""
import pytest

from kg.errors import InputError
from kg.read import decode, find_inputs, read

TEXT = "山西省平遥县人民政府工作报告：实施乡村振兴战略。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    assert read(path).raw == TEXT


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b"  \n\t", "empty"),
    (b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
    (b"\x80\x81\xfe\xfd\xff" * 20, "cannot decode"),
])
def test_bad_files_raise_one_line(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as e:
        read(path)
    assert message in str(e.value) and "\n" not in str(e.value)


def test_find_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "b.md").write_text("乙", encoding="utf-8")
    assert [p.name for p in find_inputs([tmp_path])] == ["a.txt"]
    with pytest.raises(InputError, match="no such file"):
        find_inputs([tmp_path / "missing"])
    with pytest.raises(InputError, match="no .txt"):
        find_inputs([tmp_path / "sub"] if (tmp_path / "sub").mkdir() is None else [])


def test_manifest_row_is_attached(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "file,county,code,prefecture,province,kind,date,title\n"
        "r.txt,平遥县,140728,晋中市,山西省,政府工作报告,2023-01-10,平遥县2023年政府工作报告\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "other.txt").write_text(TEXT, encoding="utf-8")
    assert read(tmp_path / "r.txt").meta["county_code"] == "140728"
    assert read(tmp_path / "other.txt").meta == {}


def test_decode_prefers_utf8_over_gb18030():
    assert decode("稷".encode("utf-8")) == "稷"
    assert decode("县".encode("gb18030")) == "县"


def test_a_big5_file_is_not_misread_as_gb18030(tmp_path):
    """Big5 bytes also decode as GB18030, into kana and box drawing: they are read as Big5."""
    text = "平遙縣堅持工業強縣戰略，推進產業園區建設。" * 5
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    assert read(path).raw == text


@pytest.mark.parametrize("encoding", ["gb2312", "gb18030"])
def test_a_gb_report_with_a_drawn_table_or_pinyin_stays_gb(tmp_path, encoding):
    """Box drawing and tone marks are GB characters too; the bytes of such a file also read
    as Big5, into rare characters: the GB reading is the file's."""
    text = ("┌────────┬──────┐\n│项目名称│总投资（亿元）│\n├────────┼──────┤\n│新建物流园区│3.5│\n"
            "└────────┴──────┘\n县城简介：我县位于省境西部（Lóngdé Xiàn），是革命老区。全县实施乡村振兴战略，"
            "推进工业园区建设，引进企业十二家，完成投资四十亿元。\n")
    table = "┌────┬──┐\n│项目名称│总投资（亿元）│\n└────┴──┘\n"
    for i, content in enumerate((text, table)):
        path = tmp_path / f"gb{i}.txt"
        path.write_bytes(content.encode(encoding))
        assert read(path).raw == content


def test_a_gb18030_report_quoting_a_few_kana_stays_gb18030(tmp_path):
    text = "山西省平遥县人民政府工作报告：引进日本企业（株式会社アイ）投资建设电子项目，实施乡村振兴战略。" * 3
    path = tmp_path / "gb.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read(path).raw == text
