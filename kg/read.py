"""read: files in, `Document`s out, with the encoding detected and bad input refused.

Encodings: UTF-8 (with or without BOM), UTF-16 (with BOM) and GB18030 are
tried strictly in that order; charset-normalizer is the last resort for
anything else. Binary and undecodable files raise `InputError` with one line.
"""
from __future__ import annotations

import codecs
import csv
import unicodedata
from functools import lru_cache
from pathlib import Path

from kg.document import Document
from kg.errors import InputError
from kg.webpage import page_metadata, page_text

SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".htm")


def find_inputs(paths) -> list[Path]:
    """The documents named by `paths`: files, or folders searched for .txt files."""
    found: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"no such file or directory: {p}")
        if p.is_dir():
            found.extend(sorted(f for f in p.iterdir() if f.suffix.lower() in SUFFIXES and f.is_file()))
        else:
            found.append(p)
    if not found:
        raise InputError(f"no {', '.join(SUFFIXES)} documents found in " + ", ".join(map(str, paths)))
    return found


def read(path: Path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    extract = EXTRACTORS.get(path.suffix.lower())
    raw = extract(data, path) if extract else decode(data, path)
    return Document(path=path, raw=raw, meta=manifest_row(path))


def pdf_text(data: bytes, path: Path) -> str:
    """The text layer of a PDF (pypdf), pages joined by blank lines.

    For PDF and DOCX the "original" that offsets point into is this extracted
    text; normalize repairs it like any PDF-derived .txt file.
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    except (PdfReadError, ValueError, KeyError, OSError) as e:
        raise InputError(f"{path}: not a readable PDF ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError(f"{path}: the PDF has no text layer (a scan? run OCR first)")
    return text


def docx_text(data: bytes, path: Path) -> str:
    """The paragraphs (and table cells) of a DOCX file (python-docx), one per line."""
    import io
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(f"{path}: not a readable DOCX file ({type(e).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text


EXTRACTORS = {".pdf": pdf_text, ".docx": docx_text, ".html": page_text, ".htm": page_text}


def decode(data: bytes, path: Path | str = "<bytes>") -> str:
    """The text of `data`, or `InputError` for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, encoding, path)
    head = data[:8192]
    if head.count(0) > max(8, 0.01 * len(head)):  # a stray NUL is debris; many are a binary format
        raise InputError(f"{path}: looks like a binary file, not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in (None, "ascii") or not plausible(str(best)):
        raise InputError(f"{path}: cannot decode as UTF-8, UTF-16 or GB18030")
    return str(best)


def _strict(data: bytes, encoding: str, path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = ""
    if not plausible(text):
        raise InputError(f"{path}: cannot decode as UTF-8, UTF-16 or GB18030")
    return text


def plausible(text: str) -> bool:
    """Text, not bytes that happened to decode: few unassigned, private or control characters."""
    if not text:
        return False
    sample = text[:20000]
    odd = sum(1 for c in sample if unicodedata.category(c) in ("Cn", "Co", "Cs") or (unicodedata.category(c) == "Cc" and c not in "\n\r\t"))
    return odd <= 0.02 * len(sample)


def manifest_row(path: Path) -> dict:
    """The row of `manifest.csv` beside the file that lists it, if any.

    A `url` (or `source`) column names where the document was published; for a
    web page, the page's own title, date and address fill the fields the row
    leaves empty."""
    rows = _manifest(path.parent.resolve() / "manifest.csv")
    row = dict(rows.get(path.name, {}))
    if row.get("code"):
        row["county_code"] = row["code"]
    if not row.get("url") and row.get("source"):
        row["url"] = row["source"]
    if path.suffix.lower() in (".html", ".htm"):
        for key, value in page_metadata(path).items():
            if not row.get(key):
                row[key] = value
    return row


@lru_cache(maxsize=16)
def _manifest(path: Path) -> dict[str, dict]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f) if row.get("file")}
