"""Which inputs a build reads: subfolders searched, unreadable files skipped and listed
(or refused with --strict), decompression bombs refused with one line."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import InputError
from kg.read import find_inputs, read

SENTENCE = "平遥县实施乡村振兴战略，建设平遥经济技术开发区。\n"


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def bad_inputs(folder: Path) -> dict[str, str]:
    """file name -> a word of the reason it is skipped for."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "undecodable.txt").write_bytes(b"\xff\xfe\xfd\x80\x81" * 5 + "县".encode() + b"\x80\xff" * 9)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 not really")
    return {"empty.txt": "empty", "binary.txt": "binary", "undecodable.txt": "decode",
            "corrupt.pdf": "PDF", "corrupt.docx": "DOCX"}


def test_unreadable_files_are_skipped_listed_and_reported(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(SENTENCE, encoding="utf-8")
    expected = bad_inputs(src)
    result = run("build", src, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0, result.output
    warnings = [ln for ln in result.output.splitlines() if ln.startswith("kg: warning: skipped")]
    assert len(warnings) == len(expected)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert [d["file"] for d in summary["documents"]] == ["good.txt"]
    skipped = {Path(s["file"]).name: s["reason"] for s in summary["skipped"]}
    assert set(skipped) == set(expected)
    for name, word in expected.items():
        assert word in skipped[name] and "\n" not in skipped[name]


def test_strict_makes_an_unreadable_file_fail_the_build(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "z-empty.txt").write_bytes(b"")
    result = run("build", src, "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and "z-empty.txt" in lines[0] and "--strict" in lines[0]
    assert not (tmp_path / "out").exists()


def test_a_folder_of_nothing_readable_is_an_error(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    bad_inputs(src)
    with pytest.raises(InputError, match="none of the 5 input"):
        kg.build([src], tmp_path / "out")


def test_subfolders_are_searched_unless_told_not_to(tmp_path):
    src = tmp_path / "src"
    (src / "2023" / "q1").mkdir(parents=True)
    (src / ".git").mkdir()
    (src / "top.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "2023" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "2023" / "q1" / "b.TXT").write_text(SENTENCE, encoding="utf-8")
    (src / ".git" / "x.txt").write_text(SENTENCE, encoding="utf-8")
    assert [p.relative_to(src).as_posix() for p in find_inputs([src])] == ["2023/a.txt", "2023/q1/b.TXT", "top.txt"]
    assert [p.name for p in find_inputs([src], recursive=False)] == ["top.txt"]
    result = run("build", src, "--out", tmp_path / "flat", "--no-recursive", "--quiet")
    assert result.exit_code == 0
    assert len(json.loads((tmp_path / "flat" / "summary.json").read_text(encoding="utf-8"))["documents"]) == 1


def test_symlink_loops_are_not_followed(tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "sub" / "b.txt").write_text(SENTENCE, encoding="utf-8")
    (src / "sub" / "loop").symlink_to(src)  # src/sub/loop -> src
    (src / "sub" / "self").symlink_to(src / "sub")
    found = find_inputs([src])
    assert sorted(p.name for p in found) == ["a.txt", "b.txt"]
    assert kg.build([src], tmp_path / "out")["classes"]["Document"] == 2


def test_the_same_file_given_twice_is_read_once(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(SENTENCE, encoding="utf-8")
    assert find_inputs([f, tmp_path, f]) == [f]


def docx_bomb(path: Path, megabytes: int) -> Path:
    """A real DOCX whose document.xml inflates to `megabytes` MB (written as a stream)."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            if item.filename != "word/document.xml":
                out.writestr(item, src.read(item))
        with out.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                f.write(chunk)
            f.write(b"</w:body></w:document>")
    return path


def test_a_docx_bomb_is_refused_with_one_line(tmp_path):
    bomb = docx_bomb(tmp_path / "bomb.docx", 300)
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(InputError) as e:
        read(bomb)
    assert "refused" in str(e.value) and "\n" not in str(e.value)
    result = run("build", bomb, "--out", tmp_path / "out")
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and "bomb.docx: refused" in lines[0]


def test_a_pdf_stream_past_the_limits_is_refused_with_one_line(tmp_path, monkeypatch):
    """A PDF page whose content inflates past the guard (the limit lowered to keep the test small)."""
    import zlib

    from kg import read as reader

    content = b"BT /F1 12 Tf 72 712 Td (x) Tj ET\n" + b" " * (3 << 20)
    packed = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    (tmp_path / "bomb.pdf").write_bytes(pdf)
    monkeypatch.setattr(reader, "MAX_EXTRACTED", 2 << 20)
    with pytest.raises(InputError, match="bomb.pdf: refused") as e:
        read(tmp_path / "bomb.pdf")
    assert "\n" not in str(e.value)
    monkeypatch.setattr(reader, "MAX_EXTRACTED", 200 << 20)
    with pytest.raises(InputError, match="more than 100 times its size"):
        read(tmp_path / "bomb.pdf")


def test_a_pypdf_limit_is_one_line(tmp_path, monkeypatch):
    from pypdf.errors import LimitReachedError

    from kg import read as reader

    def limited(*args, **kwargs):
        raise LimitReachedError("Limit reached while decompressing.")

    monkeypatch.setattr("pypdf.PdfReader.__init__", limited)
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="x.pdf: refused") as e:
        reader.read(tmp_path / "x.pdf")
    assert not isinstance(e.value, reader.Unreadable)


def test_a_file_the_system_will_not_let_us_read_is_one_line(tmp_path, monkeypatch):
    import errno
    import os

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    real = Path.read_bytes

    def denied(self):
        if self.name == "a.txt":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = run("build", tmp_path / "src", "--out", tmp_path / "out")
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 1 and len(lines) == 1
    assert lines[0].startswith("kg: error:") and "a.txt: cannot read (Permission denied)" in lines[0]


def test_a_broken_manifest_is_one_line(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "src" / "manifest.csv").write_bytes(b"file,county\n\xff\xfe\x80,x\n")
    result = run("build", tmp_path / "src", "--out", tmp_path / "out")
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and "manifest" in lines[0]
