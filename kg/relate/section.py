"""Relations stated by the layout: a park named in a section heading holds the
enterprises and works named under it (rules in kg/rules/relate.toml, [section_park])."""
from __future__ import annotations

import re

from kg import regex_cache
from kg.document import Document, Fact
from kg.relate.project import rules

_SENTENCE_END = "。！？!?；;"


def find(doc: Document) -> list[Fact]:
    cfg = rules().section_park
    start_re = regex_cache.compile(cfg.section_start)
    parks = {}
    for m in doc.mentions:
        if m.type == "Park" and m.sentence >= 0:
            parks.setdefault(m.sentence, m)
    headings = [i for i, s in enumerate(doc.sentences) if _is_heading(doc, s, cfg)]
    facts = []
    for n, i in enumerate(headings):
        park = parks.get(i)
        if park is None:
            continue
        end = doc.sentences[i].end + cfg.max_section
        for j in headings[n + 1 :]:
            text = doc.sentence_text(j)
            if start_re.match(text) or j in parks:
                end = min(end, doc.sentences[j].start)
                break
        s = doc.sentences[i]
        # a heading that is the park's name and nothing else holds its works too
        alone = re.sub(cfg.heading_number, "", doc.text[s.start : park.start]) == "" and not doc.text[park.end : s.end].strip("：: ")
        types = cfg.alone_types if alone else cfg.types
        for e in doc.mentions:
            if e.type in types and s.end <= e.start < end:
                facts.append(Fact("locatedInPark", e.key, park.key, s.start, doc.sentences[e.sentence].end,
                                  cfg.id, cfg.confidence))
    return facts


def _is_heading(doc: Document, s, cfg) -> bool:
    text = doc.text[s.start : s.end]
    return (len(text) <= cfg.heading_max_length and text[-1:] not in _SENTENCE_END
            and not re.match(cfg.list_item, text))
