"""Hostile and unusual input: a correct result or a one-line error, never a traceback
or a half-written output."""
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from kg import pipeline
from kg.cli import main
from kg.document import Document
from kg.recognize.patterns import clean

from conftest import SEEDS

KG = [sys.executable, "-m", "kg.cli"]


def build(*args):
    return CliRunner().invoke(main, ["build", *map(str, args), "--quiet"])


def test_markup_and_quotes_in_names_stay_text(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        '平遥县引进“<b>晋鑫</b>”钢铁有限公司，建设<script>alert(1)</script>物流园和"引号"产业园。\n'
        '实施<img src=x onerror=alert(2)>战略。', encoding="utf-8")
    result = build(src, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert len(g) > 0
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html


def test_nul_bytes_and_mixed_encodings_in_one_folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "gbk.txt").write_bytes("平遥县实施乡村振兴战略。".encode("gb18030"))
    (src / "utf16.txt").write_bytes("介休市建设介休经济技术开发区。".encode("utf-16"))
    (src / "nul.txt").write_bytes("祁县推进\x00物流园建设。".encode("utf-8"))
    result = build(src, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    files = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl").objects(None, rdflib.URIRef("https://w3id.org/county-kg/ontology#sourceFile"))
    assert {str(f) for f in files} == {"gbk.txt", "utf16.txt", "nul.txt"}


def test_lone_surrogates_from_undecodable_bytes_are_dropped():
    raw = b"\xff\xfe\xe5\xb9\xb3\xe9\x81\xa5\xe5\x8e\xbf\xe5\xbb\xba\xe8\xae\xbe\xe4\xba\xa7\xe4\xb8\x9a\xe5\x9b\xad".decode("utf-8", "surrogateescape")
    doc = pipeline.process(Document(path=Path("s.txt"), raw=raw))
    assert doc.text == "平遥县建设产业园" and doc.tokens


@pytest.mark.slow
def test_ten_megabyte_single_line_through_the_document_stages():
    line = ("推进平遥经济技术开发区建设，实施“三个平遥”战略和晋鑫钢铁年产100万吨棒材项目，" * 150000)[: 10_000_000 // 3]
    doc = pipeline.process(Document(path=Path("line.txt"), raw=line))
    assert len(doc.offsets) == len(doc.text) + 1 and doc.sentences and doc.mentions
    for m in doc.mentions[:1000]:
        s, e = doc.to_original(m.start, m.end)
        assert clean(line[s:e]) == m.text or m.text in clean(line[s:e])


@pytest.mark.slow
def test_long_document_builds(tmp_path):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))) * 3
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    assert build(tmp_path / "long.txt", "--out", tmp_path / "out").exit_code == 0


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_build_leaves_previous_output(tmp_path, sig):
    out = tmp_path / "out"
    small = tmp_path / "small.txt"
    small.write_text("平遥县实施乡村振兴战略。", encoding="utf-8")
    subprocess.run([*KG, "build", str(small), "--out", str(out), "--quiet"], check=True)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    big = tmp_path / "big"
    big.mkdir()
    for i in range(40):
        (big / f"{i}.txt").write_text((SEEDS / "003_d1cd922023492217.txt").read_text(encoding="utf-8"), encoding="utf-8")
    # (SIGINT as a terminal gives it, even when this runner was started as a background job that ignores it)
    proc = subprocess.Popen([*KG, "build", str(big), "--out", str(out), "--quiet"], stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(4)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and "Traceback" not in proc.stderr.read()
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("平遥县介休市钢铁有限公司项目工程园区开发区战略行动“”《》、，。；：\n 0123亿元万<>&\"'等和的实施建设")
                                         + ["\udc80", "\x00", "\ufffe", "𠀀"]), max_size=300))
def test_recognizers_never_crash_and_spans_map_back(raw):
    doc = pipeline.process(Document(path=Path("h.txt"), raw=raw))
    for m in doc.mentions:
        assert 0 <= m.start <= m.end <= len(doc.text)
        s, e = doc.to_original(m.start, m.end)
        assert 0 <= s <= e <= len(raw)
    for f in doc.facts:
        assert 0 <= f.start <= f.end <= len(doc.text)
