"""Investment of works: the amount a sentence states for one work (`总投资5亿元的P`,
`P，总投资5亿元`, `E投资50亿元，建设P`), never a group's sum. Its frame is the
[investment] record of kg/rules/relate.toml (`project.Investment`).
"""
from __future__ import annotations

import re

from kg import amount
from kg.document import Document, Fact, Mention
from kg.relate.project import Span, chain, clause_before, fact, mentions_by_sentence, of_type, rules, same_clause, unique


def find(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    by_sentence = mentions_by_sentence(doc)
    for mentions in by_sentence.values():
        mentions.sort(key=lambda m: (m.start, -m.end))
    # (and the sentence after each: it may name no work, only the one spoken of, 该项目总投资3亿元;
    # not a work whose amount an earlier sentence states: P，总投资8亿元。项目总投资3亿元 gives P no second one)
    stated: set[str] = set()
    for index in sorted(set(by_sentence) | {i + 1 for i in by_sentence}):
        if 0 <= index < len(doc.sentences):
            found = investment(doc, doc.sentences[index], by_sentence.get(index, []), _prior_works(doc, index, by_sentence), stated)
            stated |= {f.subject for f in found}
            facts += found
    return unique(facts)


def _prior_works(doc, index, by_sentence) -> list[Mention]:
    """The works of the sentence before `index`, when it lies in the same paragraph."""
    if index < 1 or "\n" in doc.text[doc.sentences[index - 1].end : doc.sentences[index].start]:
        return []
    return of_type(by_sentence.get(index - 1, []), "Project")


def investment(doc, s, mentions, prior=(), stated=frozenset()) -> list[Fact]:
    """An amount stated for one work: `总投资5亿元的P` (the work after it), `P，总投资5亿元`
    and `P1.2亿元贷款、Q0.8亿元…` (the work right before it), `E投资50亿元，建设P` (the
    work the next clause builds). A sum stated for a group is no member's amount: after a
    sum word (共计), or for a counted work (12个…项目, P5个) or works joined (A和B). The works of
    `prior` (the sentence before) whose keys are in `stated` have their amount already."""
    cfg = rules().investment
    text = doc.text[s.start : s.end]
    amounts = [a for a in amount.find_amounts(text) if a.kind in cfg.kinds and a.value >= cfg.min_value]
    projects = of_type(mentions, "Project")
    facts, given = [], set()
    respective = _respective(doc, cfg, s, amounts, projects)
    # a total wins over an annual figure for the same project (guidelines): totals first
    for a in sorted(amounts, key=lambda a: cfg.kinds.index(a.kind)):
        span = Span(s.start + a.start, s.start + a.end)
        if re.search(cfg.sum_before, clause_before(doc, span.start)):
            continue  # 共计投资…: a sum
        target = respective.get(a.start)
        if target is None:
            target = _amount_target(doc, cfg, s, span, projects, a.kind) or _prior_target(doc, cfg, s, span, projects, prior, stated, a.kind)
            if target is None or _of_a_group(doc, cfg, target, [*prior, *projects]):
                continue
        if target.key in given:
            continue
        if (doc.text.startswith("的", span.end) and target.start > span.end and re.match(cfg.grouped_after, doc.text[target.end : target.end + 8])
                and not re.search(cfg.item_opened, doc.text[max(0, span.start - 4) : span.start])):
            continue  # 总投资12亿元的A等8个项目: the sum of a group
        given.add(target.key)
        if a.currency == "CNY":
            facts.append(fact("investment", target, None, s, cfg, value=a.value, kind=a.kind))
        else:  # 10亿美元: kept in its currency, never converted
            facts.append(fact("investmentInCurrency", target, None, s, cfg, value=a.value, kind=a.kind, currency=a.currency))
    return facts


def _respective(doc, cfg, s, amounts, projects) -> dict:
    """`A、B分别投资3亿元、2亿元`: the works listed right before 分别 take the amounts listed after
    it, in order, when they are as many (amount start in the sentence -> work)."""
    found = {}
    for m in re.finditer(cfg.respectively, doc.text[s.start : s.end]):
        at, end = s.start + m.start(), s.start + m.end()
        works = chain([p for p in projects if p.end <= at], at, cfg.respective_joined, doc, backwards=True)
        spans = [Span(s.start + a.start, s.start + a.end) for a in amounts if s.start + a.start >= end]
        listed = chain(spans, end, cfg.respective_joined, doc, backwards=False)
        listed = [a for a in amounts if s.start + a.start in {x.start for x in listed}]
        if len(works) >= 2 and len(works) == len(listed):
            found.update({a.start: p for a, p in zip(listed, works)})
    return found


def _amount_target(doc, cfg, s, span, projects, kind):
    """The work an amount belongs to (see `investment`), or None."""
    right_after = doc.text[span.end : span.end + 1] == "的"
    before = [p for p in projects if p.end <= span.start and span.start - p.end <= cfg.max_gap_after_project
              and re.fullmatch(cfg.before_gap, doc.text[p.end : span.start])]
    if before and not right_after:
        return before[-1]  # P，总投资5亿元 / P1.2亿元贷款、Q…
    after = [p for p in projects if p.start >= span.end and same_clause(doc, span, p)
             and not amount.find_amounts(doc.text[span.end : p.start])
             and not re.search(cfg.not_before_work, doc.text[span.end : p.start])]
    if after:
        return after[0]
    # P，由E投资建设，项目总投资1亿元: the one work the sentence names before (not A、B or A等N个项目: a group's sum)
    earlier = [p for p in projects if p.end <= span.start]
    # P是省重大项目，计划总投资21亿元: the sentence that opens with the work speaks of it
    if len(earlier) == 1 and not doc.text.startswith("等", earlier[0].end):
        clause = clause_before(doc, span.start)
        if re.fullmatch(cfg.refers_back, clause) or _speaks_of(doc, cfg, s, span, earlier[0], clause, kind):
            return earlier[0]
    # E投资50亿元，建设P: the amount ends its clause and the next clause builds the work
    rest = re.match(f"[^{rules().clause_breaks}。]*[{rules().clause_breaks}]", doc.text[span.end : span.end + 8])
    if rest is None or len(rest.group()) > 2:
        return None
    opening = span.end + rest.end()
    verb = re.match(cfg.next_clause_verbs, doc.text[opening : opening + 8])
    nxt = [p for p in projects if p.start >= opening and same_clause(doc, Span(opening, opening), p)]
    return nxt[0] if verb and nxt else None


def _prior_target(doc, cfg, s, span, projects, prior, stated, kind):
    """`…设在P项目现场。该项目总投资3亿元`: a sentence that opens with the work spoken of (项目, 该项目)
    and names no work before the amount states the amount of the one work the sentence before names
    (not when an earlier sentence states that work's amount: P，总投资8亿元。项目总投资3亿元)."""
    if not prior or any(p.end <= span.start for p in projects):
        return None
    if not _spoken_of_again(doc, cfg, s, span, kind):
        return None
    works = {p.key for p in prior}
    last = prior[-1]
    before_end = doc.sentences[last.sentence].end  # (what follows the work in its sentence: P及配套的X…)
    if len(works) != 1 or last.key in stated or re.match(cfg.subject_listed, doc.text[last.end : before_end]):
        return None
    # 全县共实施重点项目52个，其中P已开工。项目总投资120亿元: the sentence before counts works
    before = doc.sentences[last.sentence]
    if re.search(cfg.counted_after, doc.text[before.start : before.end]):
        return None
    return last


def _spoken_of_again(doc, cfg, s, span, kind) -> bool:
    """The sentence opens with the work spoken of (该项目, 项目; a reporter's lead may come first:
    据了解，该项目…) and the amount follows it in its clause (该项目总投资3亿元), or the work is named
    again (这个项目, not a bare 这个: 这个园区, 这一天) and the amount opens a later clause while every
    clause before it describes the work (这个项目占地约22万平方米，计划总投资8亿元: `described`; not
    该项目所在园区…, 这个项目建成后，配套道路…), under the guards of `_later_clause_states`."""
    lead = f"{cfg.subject_opens}(?:{cfg.report_lead})?{cfg.subject_opens}"
    before = doc.text[s.start : span.start]
    if re.fullmatch(f"{lead}(?:{cfg.refers_back})", before):
        return True
    opening = re.match(f"{lead}(?:{cfg.named_again})", before)
    if opening is None:
        return False
    anaphor = Span(s.start + opening.start(), s.start + opening.end())
    clauses = re.split(f"[{rules().clause_breaks}]", doc.text[anaphor.end : span.start])[:-1]
    return (all(re.match(cfg.described, c) for c in clauses)
            and _later_clause_states(doc, cfg, anaphor, span, clause_before(doc, span.start), kind))


def _speaks_of(doc, cfg, s, span, p, clause, kind) -> bool:
    """`P是2022年省重大项目，计划总投资21亿元`: the sentence opens with the work `p`, and a later
    clause opens with the amount word: the amount is the work's (see `_later_clause_states`)."""
    return (re.fullmatch(cfg.subject_opens, doc.text[s.start : p.start]) is not None
            and _later_clause_states(doc, cfg, p, span, clause, kind))


def _later_clause_states(doc, cfg, p, span, clause, kind) -> bool:
    """The clause `clause` of the amount, after the work `p` the sentence opens with, states the
    work's amount: it opens with the amount word, the amount qualifies nothing after it (P完工，投资800万元
    的X同时交付), no other figure stands between (`subject_listed`) and no clause between speaks of
    something else (P开工，全县第二批重点项目同步开工，总投资80亿元: `subject_between`)."""
    return (kind in cfg.subject_kinds and re.fullmatch(cfg.subject_clause, clause) is not None
            and not doc.text.startswith("的", span.end)
            and not re.search(cfg.subject_listed, doc.text[p.end : span.start])
            and not any(re.search(cfg.subject_between, c) for c in _clauses_between(doc, p, span)))


def _clauses_between(doc, p, span) -> list[str]:
    """The clauses after the work's own clause and before the amount's."""
    return re.split(f"[{rules().clause_breaks}]", doc.text[p.end : span.start])[1:-1]


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
