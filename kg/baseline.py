"""A naive extractor for comparison: jieba.posseg tags plus suffixes, no rules.

Organisation tags (nt) and words ending in 公司/集团 are enterprises, place
tags (ns) ending in 县/市/区 are counties, a noun run ending in 项目/工程 is a
project, in 园区/开发区/产业园 a park, in 战略 a strategy; the document's
county implements every strategy. `kg eval --baseline` scores it.
"""
from __future__ import annotations

import jieba.posseg as pseg

from kg.document import Document
from kg.normalize import normalize

HEADS = {
    "Project": ("项目", "工程"),
    "Park": ("园区", "开发区", "产业园", "工业园", "物流园"),
    "Strategy": ("战略",),
    "Enterprise": ("公司", "集团"),
}


def predict(doc: Document) -> dict:
    doc = normalize(doc)
    found = {t: set() for t in ("County", "Enterprise", "Project", "Park", "Strategy")}
    run: list[str] = []  # the nouns before the current word
    for word, flag in pseg.cut(doc.text):
        if flag == "nt" or word.endswith(HEADS["Enterprise"]) and len(word) > 2:
            found["Enterprise"].add(word)
        if flag == "ns" and word.endswith(("县", "市", "区")) and len(word) > 2:
            found["County"].add(word)
        for type_, heads in HEADS.items():
            if type_ != "Enterprise" and word in heads and run:
                found[type_].add("".join(run[-3:]) + word)
        run = run + [word] if flag.startswith(("n", "v")) and word not in ("的", "和") else []
    # (sorted first: between two names used as often, the choice must not depend on hashing)
    county = max(sorted(found["County"]), key=doc.text.count, default="")
    return {
        "doc": doc.source_file,
        "entities": {t: [{"name": n, "aliases": []} for n in sorted(v)] for t, v in found.items()},
        "relations": [{"type": "implements", "from": county, "to": s} for s in sorted(found["Strategy"])],
    }
