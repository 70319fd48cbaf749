"""read: files in, `Document`s out, with the encoding detected and bad input refused.

Encodings: UTF-8 (with or without BOM), UTF-16 (with BOM) and GB18030 are
tried strictly in that order; charset-normalizer is the last resort for
anything else. A file whose content cannot be read (empty, binary,
undecodable, a corrupt PDF or DOCX) raises `Unreadable` with one line: the
build skips it and lists it in summary.json. A path that does not exist, a
file the system will not let us read, or a DOCX/PDF over the size guards
(`MAX_EXTRACTED`, `MAX_RATIO`: a decompression bomb) raises `InputError`,
which stops the build.
"""
from __future__ import annotations

import codecs
import csv
import os
import unicodedata
from functools import lru_cache
from pathlib import Path

from kg.document import Document
from kg.errors import InputError, Unreadable
from kg.script import ordinary_share, simplified
from kg.webpage import page_metadata, page_text

SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".htm")
# DOCX and PDF are compressed: what they hold is checked before it is inflated
MAX_EXTRACTED = 200 * 1024 * 1024  # bytes of XML (DOCX) or of page content streams (PDF)
MAX_RATIO = 100  # uncompressed / compressed, per DOCX part or PDF stream


def find_inputs(paths, recursive: bool = True) -> list[Path]:
    """The documents named by `paths`: files, or folders searched for .txt, .pdf and .docx files.

    Folders are searched through their subfolders (`recursive`), hidden
    folders (.git ...) excepted; a symbolic link back to a folder already
    searched is not followed again. The same file named twice is read once.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(f"no such file or directory: {p}")
        if p.is_dir():
            found.extend(_documents_in(p, recursive))
        else:
            found.append(p)
    if not found:
        raise InputError(f"no {', '.join(SUFFIXES)} documents found in " + ", ".join(map(str, paths)))
    seen: set[str] = set()
    unique = []
    for f in found:
        real = os.path.realpath(f)
        if real not in seen:
            seen.add(real)
            unique.append(f)
    return unique


def _documents_in(folder: Path, recursive: bool) -> list[Path]:
    found = []
    visited: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in visited:  # a link back to a folder already searched: a loop
            dirs[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        base = Path(root)
        found.extend(base / f for f in files if Path(f).suffix.lower() in SUFFIXES and (base / f).is_file())
    return sorted(found, key=lambda f: f.relative_to(folder).parts)


def document_ids(paths, files: list[Path]) -> dict[Path, str]:
    """A stable, distinct id for each file: its path relative to the inputs' common root,
    without its suffix (`seeds/000_x.txt` -> `000_x`, `a/report.txt` -> `a/report`).

    The root is the deepest folder holding every input (a folder given, or the
    folder of a file given), so the same inputs give the same ids in every
    build. Files that would share an id (report.txt and report.TXT) keep their
    suffix; `#n` is the last resort.
    """
    roots = [os.path.abspath(p) if Path(p).is_dir() else os.path.dirname(os.path.abspath(p)) for p in paths]
    common = os.path.commonpath(roots) if roots else os.getcwd()
    relative = {f: Path(os.path.relpath(os.path.abspath(f), common)).as_posix() for f in files}
    ids = {f: rel[: len(rel) - len(f.suffix)] if f.suffix else rel for f, rel in relative.items()}
    while True:
        counts: dict[str, int] = {}
        for i in ids.values():
            counts[i] = counts.get(i, 0) + 1
        clash = [f for f, i in ids.items() if counts[i] > 1]
        if not clash:
            return ids
        for n, f in enumerate(clash):
            ids[f] = relative[f] if ids[f] != relative[f] else f"{relative[f]}#{n + 1}"


def read(path: Path) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    except MemoryError:
        raise InputError(f"{path}: too large to read into memory") from None
    extract = EXTRACTORS.get(path.suffix.lower())
    raw = extract(data, path) if extract else decode(data, path)
    return Document(path=path, raw=raw, meta=manifest_row(path))


def pdf_text(data: bytes, path: Path) -> str:
    """The text layer of a PDF (pypdf), pages joined by blank lines.

    For PDF and DOCX the "original" that offsets point into is this extracted
    text; normalize repairs it like any PDF-derived .txt file. Each page's
    content is inflated (pypdf bounds every stream) and counted before its
    text is extracted: past `MAX_EXTRACTED` bytes or `MAX_RATIO` times the
    file's size the PDF is refused.
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError, PyPdfError

    pages, inflated = [], 0
    try:
        for page in PdfReader(io.BytesIO(data)).pages:
            contents = page.get_contents()
            inflated += len(contents.get_data()) if contents is not None else 0
            _guard(path, inflated, len(data))
            pages.append(page.extract_text() or "")
    except LimitReachedError as e:
        raise InputError(f"{path}: refused: a PDF stream is too large ({_first_line(e)})") from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as e:
        raise Unreadable(f"{path}: not a readable PDF ({_first_line(e)})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise Unreadable(f"{path}: the PDF has no text layer (a scan? run OCR first)")
    return text


def _guard(path: Path, inflated: int, packed: int) -> None:
    """Refuse a compressed document whose content is too large, or too large for its size (a bomb)."""
    if inflated > MAX_EXTRACTED:
        raise InputError(f"{path}: refused: more than {MAX_EXTRACTED // 2**20} MB uncompressed (a decompression bomb?)")
    if inflated > 2**20 and inflated > MAX_RATIO * max(packed, 1):
        raise InputError(f"{path}: refused: {inflated // 2**20} MB uncompressed from {max(packed // 1024, 1)} KB, "
                         f"more than {MAX_RATIO} times its size (a decompression bomb?)")


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def docx_text(data: bytes, path: Path) -> str:
    """The paragraphs (and table cells) of a DOCX file (python-docx), one per line."""
    import io
    import zipfile
    import zlib

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # sizes checked before anything is inflated
            for part in archive.infolist():
                _guard(path, part.file_size, part.compress_size)
            _guard(path, sum(part.file_size for part in archive.infolist()), len(data))
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError, OSError, EOFError, zlib.error) as e:
        raise Unreadable(f"{path}: not a readable DOCX file ({type(e).__name__})") from None
    except Exception as e:  # lxml's XMLSyntaxError and python-docx's own errors
        if type(e).__module__.split(".")[0] not in ("lxml", "docx"):
            raise
        raise Unreadable(f"{path}: not a readable DOCX file ({type(e).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(lines)
    if not text.strip():
        raise Unreadable(f"{path}: file is empty")
    return text


EXTRACTORS = {".pdf": pdf_text, ".docx": docx_text, ".html": page_text, ".htm": page_text}


def decode(data: bytes, path: Path | str = "<bytes>") -> str:
    """The text of `data`, or `InputError` for empty, binary or undecodable input."""
    if not data.strip():
        raise Unreadable(f"{path}: file is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, encoding, path)
    head = data[:8192]
    if head.count(0) > max(8, 0.01 * len(head)):  # a stray NUL is debris; many are a binary format
        raise Unreadable(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # the bytes of a GB file mostly read as Big5 too, and the other way round, into rare
    # characters and symbols: the reading that is ordinary Chinese once simplified is the file's
    # (judged on a sample: only that much of the Big5 reading is converted)
    gb, big5 = _decoded(data, "gb18030"), _decoded(data, "big5hkscs")
    if gb is not None and (big5 is None or ordinary_share(gb[:_SAMPLE]) >= ordinary_share(simplified(big5[:_SAMPLE]))):
        return gb
    if big5 is not None:
        return big5
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in (None, "ascii") or not plausible(str(best)):
        raise Unreadable(f"{path}: cannot decode as UTF-8, UTF-16, GB18030 or Big5")
    return str(best)


_SAMPLE = 20000  # characters


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, encoding: str, path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = ""
    if not plausible(text):
        raise Unreadable(f"{path}: cannot decode as UTF-8, UTF-16, GB18030 or Big5")
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
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return {row["file"]: row for row in csv.DictReader(f) if row.get("file")}
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(f"{path}: cannot read the manifest ({getattr(e, 'strerror', None) or e})") from None
