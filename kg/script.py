"""Chinese scripts: a text in traditional characters read as simplified, one character for each.

The rules, the gazetteer and the lexicons are simplified; a report reposted from a Big5
page is converted with OpenCC's t2s tables (https://github.com/BYVoid/OpenCC), which
read phrases, clause by clause. A clause whose length the conversion would change is
converted character by character, so every character keeps its place (the offsets back
to the file stay exact).
"""
from __future__ import annotations

import re
from functools import lru_cache

# (a clause: what phrase conversion is tried on, and where it falls back to characters)
_CLAUSE = re.compile(r"[^，。；：！？、,;:!?\n]*[，。；：！？、,;:!?\n]?")


def simplified(text: str) -> str:
    """`text` in simplified characters, as long as `text` (a character that would become
    several is kept as written)."""
    t2s = _t2s()
    out = []
    for m in _CLAUSE.finditer(text):
        clause = m.group()
        converted = t2s.convert(clause)
        if len(converted) != len(clause):
            converted = "".join(_one_for_one(t2s, c) for c in clause)
        out.append(converted)
    return "".join(out).translate(_CORNER_QUOTES)


# the corner quotes of a traditional text (「六穩」工作, 『X』) are the curly ones a simplified text uses and
# the rules read (“六稳”工作): one character for one, as OpenCC's t2s leaves them
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


def ordinary_share(text: str, sample: int = 20000) -> float:
    """The share of the non-ASCII characters of `text` that ordinary simplified Chinese
    is made of: GB 2312's punctuation and full-width forms (rows A1-A3), box drawing (A9)
    and its first level, the 3,755 commonest characters (B0-D7)."""
    wide = ordinary = 0
    for c in text[:sample]:
        if c.isascii():
            continue
        wide += 1
        try:
            lead = c.encode("gb2312")[0]
        except UnicodeEncodeError:
            continue
        ordinary += 0xA1 <= lead <= 0xA3 or lead == 0xA9 or 0xB0 <= lead <= 0xD7
    return ordinary / wide if wide else 0.0


def _one_for_one(t2s, c: str) -> str:
    converted = t2s.convert(c)
    return converted if len(converted) == 1 else c


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # only a traditional text pays for loading the conversion tables

    return opencc.OpenCC("t2s")
