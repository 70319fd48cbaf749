"""Investment of works: the amount a sentence states for one work (`总投资5亿元的P`,
`P，总投资5亿元`, `E投资50亿元，建设P`), never a group's sum. Its frame is the
[investment] record of kg/rules/relate.toml (`project.Investment`).
"""
from __future__ import annotations

import re
from collections import defaultdict

from kg import amount
from kg.document import Document, Fact, Mention
from kg.relate.project import _chain, _clause_before, _fact, _of, _same_clause, _Span, _unique, rules


def find(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        if m.key:
            by_sentence[m.sentence].append(m)
    for index, mentions in by_sentence.items():
        if index < 0:
            continue
        mentions.sort(key=lambda m: (m.start, -m.end))
        facts += investment(doc, doc.sentences[index], mentions)
    return _unique(facts)


def investment(doc, s, mentions) -> list[Fact]:
    """An amount stated for one work: `总投资5亿元的P` (the work after it), `P，总投资5亿元`
    and `P1.2亿元贷款、Q0.8亿元…` (the work right before it), `E投资50亿元，建设P` (the
    work the next clause builds). A sum stated for a group is no member's amount: after a
    sum word (共计), or for a counted work (12个…项目, P5个) or works joined (A和B)."""
    cfg = rules().investment
    text = doc.text[s.start : s.end]
    amounts = [a for a in amount.find_amounts(text) if a.kind in cfg.kinds and a.value >= cfg.min_value]
    projects = _of(mentions, "Project")
    facts, given = [], set()
    respective = _respective(doc, cfg, s, amounts, projects)
    # a total wins over an annual figure for the same project (guidelines): totals first
    for a in sorted(amounts, key=lambda a: cfg.kinds.index(a.kind)):
        span = _Span(s.start + a.start, s.start + a.end)
        if re.search(cfg.sum_before, _clause_before(doc, span.start)):
            continue  # 共计投资…: a sum
        target = respective.get(a.start)
        if target is None:
            target = _amount_target(doc, cfg, span, projects)
            if target is None or _of_a_group(doc, cfg, target, projects):
                continue
        if target.key in given:
            continue
        if (doc.text.startswith("的", span.end) and target.start > span.end and re.match(cfg.grouped_after, doc.text[target.end : target.end + 8])
                and not re.search(cfg.item_opened, doc.text[max(0, span.start - 4) : span.start])):
            continue  # 总投资12亿元的A等8个项目: the sum of a group
        given.add(target.key)
        if a.currency == "CNY":
            facts.append(_fact("investment", target, None, s, cfg, value=a.value, kind=a.kind))
        else:  # 10亿美元: kept in its currency, never converted
            facts.append(_fact("investmentInCurrency", target, None, s, cfg, value=a.value, kind=a.kind, currency=a.currency))
    return facts


def _respective(doc, cfg, s, amounts, projects) -> dict:
    """`A、B分别投资3亿元、2亿元`: the works listed right before 分别 take the amounts listed after
    it, in order, when they are as many (amount start in the sentence -> work)."""
    found = {}
    for m in re.finditer(cfg.respectively, doc.text[s.start : s.end]):
        at, end = s.start + m.start(), s.start + m.end()
        works = _chain([p for p in projects if p.end <= at], at, cfg.respective_joined, doc, backwards=True)
        spans = [_Span(s.start + a.start, s.start + a.end) for a in amounts if s.start + a.start >= end]
        listed = _chain(spans, end, cfg.respective_joined, doc, backwards=False)
        listed = [a for a in amounts if s.start + a.start in {x.start for x in listed}]
        if len(works) >= 2 and len(works) == len(listed):
            found.update({a.start: p for a, p in zip(listed, works)})
    return found


def _amount_target(doc, cfg, span, projects):
    """The work an amount belongs to (see `investment`), or None."""
    right_after = doc.text[span.end : span.end + 1] == "的"
    before = [p for p in projects if p.end <= span.start and span.start - p.end <= cfg.max_gap_after_project
              and re.fullmatch(cfg.before_gap, doc.text[p.end : span.start])]
    if before and not right_after:
        return before[-1]  # P，总投资5亿元 / P1.2亿元贷款、Q…
    after = [p for p in projects if p.start >= span.end and _same_clause(doc, span, p)
             and not amount.find_amounts(doc.text[span.end : p.start])
             and not re.search(cfg.not_before_work, doc.text[span.end : p.start])]
    if after:
        return after[0]
    # P，由E投资建设，项目总投资1亿元: the one work the sentence names before (not A、B or A等N个项目: a group's sum)
    earlier = [p for p in projects if p.end <= span.start]
    if len(earlier) == 1 and re.fullmatch(cfg.refers_back, _clause_before(doc, span.start)) \
            and not doc.text.startswith("等", earlier[0].end):
        return earlier[0]
    # E投资50亿元，建设P: the amount ends its clause and the next clause builds the work
    rest = re.match(f"[^{rules().clause_breaks}。]*[{rules().clause_breaks}]", doc.text[span.end : span.end + 8])
    if rest is None or len(rest.group()) > 2:
        return None
    opening = span.end + rest.end()
    verb = re.match(cfg.next_clause_verbs, doc.text[opening : opening + 8])
    nxt = [p for p in projects if p.start >= opening and _same_clause(doc, _Span(opening, opening), p)]
    return nxt[0] if verb and nxt else None


def _of_a_group(doc, cfg, p, projects) -> bool:
    """12个新增专项债项目, 储备项目85个, 总投资X亿元的A和B: the work stands for a group."""
    if re.search(cfg.counted_before, doc.text[max(0, p.start - 8) : p.start]):
        return True
    if re.match(cfg.counted_after, doc.text[p.end : p.end + 6]):
        return True
    joined = re.match(cfg.joined_after, doc.text[p.end : p.end + 3])
    if joined and any(q.start == p.end + joined.end() for q in projects):
        return True
    # A项目；B项目，总投资20亿元: the last of works listed one after another stands for the list
    # (the works before may lie in sentences of their own: their suffix is read in the text)
    return bool(re.search(f"(?:{cfg.joined_before})$", doc.text[max(0, p.start - 4) : p.start]))
