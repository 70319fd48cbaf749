"""Reports as published: the main text of a saved web page (.html, .htm).

County reports are published as web pages at least as often as PDFs. The main
text is taken with trafilatura (navigation, footers, share buttons and other
boilerplate dropped; tables kept, one row a line, cells separated by tabs); as
for PDF and DOCX, that extracted text is the "original" that offsets point
into. The page's title, date and address fill the manifest fields a
manifest.csv leaves empty (see kg.read.manifest_row).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError, Unreadable

SUFFIXES = (".html", ".htm")
_TABLE_RULE = re.compile(r"^\|?(\s*:?-{3,}:?\s*\|)+\s*$")  # |---|---| under a table's head


def page_text(data: bytes, path: Path) -> str:
    """The main text of the page, or `InputError` when there is none."""
    text, _ = _parse(data, str(path))
    return text


def page_metadata(path: Path) -> dict:
    """title, date (YYYY-MM-DD) and url of the page, where it states them."""
    try:
        data = Path(path).read_bytes()
        return dict(_parse(data, str(path))[1])
    except (OSError, InputError):
        return {}


@lru_cache(maxsize=4)
def _parse(data: bytes, name: str) -> tuple[str, tuple]:
    """(text, metadata items), once per page: read() extracts the text and the
    manifest asks for the metadata of the same bytes."""
    import trafilatura

    if not data.strip():
        raise Unreadable(f"{name}: file is empty")
    try:
        text = trafilatura.extract(data, include_tables=True, include_comments=False, include_images=False,
                                   include_links=False, output_format="txt", deduplicate=False)
        meta = trafilatura.extract_metadata(data)
    except (ValueError, TypeError, LookupError) as e:  # undecodable or malformed beyond repair
        raise Unreadable(f"{name}: not a readable web page ({type(e).__name__})") from None
    if not text or not text.strip():
        raise Unreadable(f"{name}: no main text found in the web page")
    fields = {}
    if meta is not None:
        for key, value in (("title", meta.title), ("date", meta.date), ("url", meta.url)):
            if value:
                fields[key] = str(value).strip()
    return _tables_as_lines(text), tuple(sorted(fields.items()))


def _tables_as_lines(text: str) -> str:
    """trafilatura writes tables as | a | b |: one row a line, cells joined by tabs."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            if _TABLE_RULE.match(stripped):
                continue
            line = "\t".join(cell.strip() for cell in stripped.strip("|").split("|"))
        lines.append(line)
    return "\n".join(lines)
