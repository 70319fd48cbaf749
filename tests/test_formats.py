"""Inputs beyond .txt: DOCX (python-docx) and PDF (pypdf), repaired by the same normalize stage."""
import shutil
import subprocess

import pytest

from kg.errors import InputError
from kg.read import find_inputs, read

from conftest import names, process_text

TEXT = "平遥县深入实施乡村振兴战略，建设平遥经济技术开发区。"


def test_docx_paragraphs_become_text(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("平遥县政府工作报告")
    d.add_paragraph(TEXT)
    d.save(tmp_path / "r.docx")
    doc = read(tmp_path / "r.docx")
    assert TEXT in doc.raw
    assert [p.name for p in find_inputs([tmp_path])] == ["r.docx"]
    processed = process_text(doc.raw, county_code="140728")
    assert "平遥经济技术开发区" in names(processed, "Park")


def test_broken_docx_and_pdf_are_one_line_errors(tmp_path):
    for name in ("bad.docx", "bad.pdf"):
        (tmp_path / name).write_bytes(b"PK\x03\x04 not really" if name.endswith("docx") else b"%PDF-1.4 broken")
        with pytest.raises(InputError) as e:
            read(tmp_path / name)
        assert "\n" not in str(e.value) and name in str(e.value)


@pytest.mark.browser
@pytest.mark.slow
def test_pdf_text_layer(tmp_path):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    html = tmp_path / "r.html"
    html.write_text(f'<html><meta charset="utf-8"><body><p>{TEXT}</p><p>晋鑫钢铁年产100万吨棒材项目开工建设。</p></body></html>', encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
                   check=True, capture_output=True, timeout=120)
    doc = read(pdf)
    squeezed = "".join(doc.raw.split())
    assert "乡村振兴战略" in squeezed
    processed = process_text(doc.raw, county_code="140728")
    assert any("棒材" in n for n in names(processed, "Project"))
