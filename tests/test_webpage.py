"""Reports as published: saved web pages (.html/.htm) in, their main text out
(trafilatura), offsets into that text, title and date into the manifest fields.
Every page here is written by the test: government-report-like markup, invented text."""
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import InputError
from kg.read import find_inputs, read

NAV = """<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/zjxx">走进某县</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>"""
SIDEBAR = """<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">县委办公室</a></li><li><a href="/b">县统计局</a></li>
<li><a href="/c">县发展和改革局</a></li></ul></div>"""
FOOTER = """<div class="footer"><p>主办：某某县人民政府办公室 地址：某某县人民路1号 电话：0359-1234567</p>
<p>网站标识码：1400000001 晋ICP备00000000号</p><p>版权所有 &copy; 某某县人民政府</p></div>"""
BODY = """<p>各位代表：</p>
<p>现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。</p>
<p>一年来，我们坚持项目为王，全年实施重点项目86个，完成投资120亿元。开工建设华晟光伏总投资8亿元的200MW光伏发电项目，
建成年产30万吨焦化升级改造项目，推进板枣深加工项目和城南体育馆建设。</p>
<table><tr><th>项目名称</th><th>总投资（亿元）</th></tr>
<tr><td>100MW风电项目</td><td>6.5</td></tr><tr><td>肉牛养殖基地</td><td>2.1</td></tr></table>
<p>新的一年，我们将加快文旅康养融合发展，建设云丘山旅游度假区，完善县城路网和供水管网，办好人民满意的教育。</p>"""


def page(title_tag="某某县2024年政府工作报告_某某县人民政府", meta='<meta name="PubDate" content="2024-02-18 09:30">',
         body=BODY, charset="utf-8"):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{charset}"><title>{title_tag}</title>{meta}
<link rel="canonical" href="http://www.example.gov.cn/zwgk/2024/0218/report.html"></head><body>{NAV}{SIDEBAR}
<div class="article"><h1>2024年某某县政府工作报告</h1><div class="content" id="zoom">{body}</div></div>{FOOTER}</body></html>"""


def write(tmp_path, name="report.html", html=None, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes((html or page()).encode(encoding))
    return path


def test_the_main_text_without_boilerplate(tmp_path):
    doc = read(write(tmp_path))
    assert "开工建设华晟光伏总投资8亿元的200MW光伏发电项目" in doc.raw
    assert "建设云丘山旅游度假区" in doc.raw
    for boilerplate in ("首页", "办事服务", "当前位置", "县统计局", "网站标识码", "版权所有", "ICP备"):
        assert boilerplate not in doc.raw, boilerplate
    # a table row becomes one line, its cells separated by a tab
    assert "100MW风电项目\t6.5" in doc.raw.splitlines()
    assert "---" not in doc.raw
    assert doc.source_file == "report.html"


def test_title_date_and_address_fill_the_manifest_fields(tmp_path):
    doc = read(write(tmp_path))
    assert doc.meta["title"] == "2024年某某县政府工作报告"
    assert doc.meta["date"] == "2024-02-18"
    assert doc.meta["url"] == "http://www.example.gov.cn/zwgk/2024/0218/report.html"
    # what a manifest says wins over the page
    listed = tmp_path / "listed"
    listed.mkdir()
    write(listed, "b.htm")
    (listed / "manifest.csv").write_text(
        "file,county,code,kind,date,title,url\nb.htm,稷山县,140824,政府工作报告,2024-02-20,,http://example.org/b\n",
        encoding="utf-8")
    meta = read(listed / "b.htm").meta
    assert (meta["date"], meta["title"], meta["url"], meta["county_code"]) == (
        "2024-02-20", "2024年某某县政府工作报告", "http://example.org/b", "140824")


def test_a_gbk_page_with_its_charset_declared(tmp_path):
    path = write(tmp_path, "gbk.html", page(charset="gbk"), encoding="gbk")
    assert "200MW光伏发电项目" in read(path).raw


@pytest.mark.parametrize("data, message", [
    (b"", "file is empty"),
    (b"<html><head><title>x</title></head><body><script>var a=1;</script><div></div></body></html>", "no main text"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "no main text"),  # an image saved as .html
])
def test_a_page_without_text_is_refused_in_one_line(tmp_path, data, message):
    path = tmp_path / "x.html"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read(path)


def test_folders_yield_web_pages(tmp_path):
    write(tmp_path, "a.html")
    write(tmp_path, "b.HTM")
    (tmp_path / "style.css").write_text("p{}", encoding="utf-8")
    assert [p.name for p in find_inputs([tmp_path])] == ["a.html", "b.HTM"]


def test_a_build_of_a_web_page_keeps_offsets_into_its_text_and_names_its_source(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    write(src)
    (src / "manifest.csv").write_text("file,county,code,kind\nreport.html,稷山县,140824,政府工作报告\n", encoding="utf-8")
    out = tmp_path / "build"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    doc = read(src / "report.html")
    quotes = kg.query(out, """SELECT ?exact ?start ?end WHERE {
        ?a oa:hasBody ?e ; oa:hasTarget ?t . ?e a kg:Project ; rdfs:label ?l . FILTER(CONTAINS(?l, "光伏"))
        ?t oa:hasSelector ?q , ?pos . ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end }""").rows
    assert quotes
    for exact, start, end in quotes:
        assert doc.raw[int(start):int(end)] == exact
    meta = dict(kg.query(out, """SELECT ?p ?o WHERE { ?d a kg:Document ; ?p ?o
        FILTER(?p IN (kg:sourceFile, dcterms:title, dcterms:date, dcterms:source)) }""").text_rows())
    assert meta["<http://purl.org/dc/terms/source>"] == "<http://www.example.gov.cn/zwgk/2024/0218/report.html>"
    assert meta["<https://w3id.org/county-kg/ontology#sourceFile>"] == "report.html"
    assert meta["<http://purl.org/dc/terms/date>"] == "2024-02-18"
    assert kg.validate(out)[0]
