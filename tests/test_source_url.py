"""A corpus manifest names where each document was published (`url` or `source`
column), kept as dcterms:source on the Document."""
import pytest

import kg
from kg.read import read

TEXT = "实施华晟光伏总投资8亿元的200MW光伏发电项目。\n"


@pytest.mark.parametrize("column, value, expected", [
    ("url", "http://www.example.gov.cn/art/2024/2/20/art_1.html", "<http://www.example.gov.cn/art/2024/2/20/art_1.html>"),
    ("source", "https://example.org/report", "<https://example.org/report>"),
    ("url", "某某县人民政府门户网站，2024年2月20日", "某某县人民政府门户网站，2024年2月20日"),  # a citation, kept as text
    ("url", "http://example.org/a report", "http://example.org/a report"),  # not an IRI: kept as text
])
def test_the_manifest_url_becomes_dcterms_source(tmp_path, column, value, expected):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "manifest.csv").write_text(f"file,county,code,{column}\na.txt,稷山县,140824,\"{value}\"\n", encoding="utf-8")
    assert read(src / "a.txt").meta["url"] == value
    kg.build([src], tmp_path / "build")
    rows = kg.query(tmp_path / "build", "SELECT ?s WHERE { ?d a kg:Document ; dcterms:source ?s }").text_rows()
    assert rows == [[expected]]
    assert kg.validate(tmp_path / "build")[0]


def test_no_url_no_source(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    kg.build([tmp_path / "a.txt"], tmp_path / "build")
    assert kg.query(tmp_path / "build", "SELECT ?s WHERE { ?d a kg:Document ; dcterms:source ?s }").rows == []
