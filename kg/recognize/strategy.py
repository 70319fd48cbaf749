"""Strategy: 战略 and campaign suffixes, quoted lines, counted and numbered
frameworks, and national lines from a lexicon (kg/rules/strategy*.{toml,txt})."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.document import Document, Mention
from kg.recognize import patterns


@lru_cache(maxsize=1)
def rules():
    r = patterns.load("strategy")
    words = [w.strip() for w in resources.files("kg").joinpath("rules/strategy_lexicon.txt")
             .read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    for rule in r.pattern_rules:
        if rule["regex"] == "LEXICON":
            rule["re"] = re.compile(f"(?P<name>{alternation})")
    return r


def find(doc: Document) -> list[Mention]:
    return patterns.find(doc, rules())
