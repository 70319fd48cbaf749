"""Relations of strategies: implements (the document's county adopts each
strategy it names) and partOf (members listed after a counted framework)."""
from __future__ import annotations

import bisect
import itertools
import re

from kg import amount, regex_cache
from kg.document import Document, Fact
from kg.relate.project import rules

_COUNT = regex_cache.compile(r"^([一二三四五六七八九十两]+|\d)(?:个|大|篇|项|座|条|张)")


def find(doc: Document) -> list[Fact]:
    return implements(doc) + part_of(doc)


def implements(doc: Document) -> list[Fact]:
    cfg = rules().implements
    code = named_county(doc)
    if not code:
        return []
    seen, facts = set(), []
    for m in doc.mentions:
        if m.type == "Strategy" and m.key not in seen and m.sentence >= 0:
            seen.add(m.key)
            s = doc.sentences[m.sentence]
            facts.append(Fact("implements", f"county/{code}", m.key, s.start, s.end, cfg.id, cfg.confidence))
    return facts


def named_county(doc: Document) -> str:
    """The code of the county whose lines a report names: the manifest's, or the county the text
    names as the place. A county found only inside other names (《X县…规划》, X县绳网产业园, 红色X)
    is the report's context, not a place it speaks of (GUIDELINES: a modifier is no mention)."""
    code = doc.meta.get("county_code", "")
    if not code or "county_rule" not in doc.meta:
        return code
    key = f"county/{code}"
    return code if any(m.key == key for m in doc.mentions) else ""


def part_of(doc: Document) -> list[Fact]:
    """Members of frameworks: listed after a counted framework (四大战略：A战略、B战略),
    found around it by recognize (attrs["framework"]), or counted frameworks whose
    counts spell a numbered one (三个…、一个…、五大…、一座… are parts of “3151”总体思路)."""
    strategies = sorted((m for m in doc.mentions if m.type == "Strategy"), key=lambda m: m.start)
    facts = listed_members(doc, strategies) + recognized_members(doc, strategies) + spelled_parts(doc, strategies)
    seen, unique = set(), []
    for f in facts:
        if (f.subject, f.object) not in seen and f.subject != f.object:
            seen.add((f.subject, f.object))
            unique.append(f)
    return unique


def _part(doc, member, frame, cfg) -> Fact:
    a, b = sorted((frame.sentence, member.sentence))
    return Fact("partOf", member.key, frame.key, doc.sentences[a].start, doc.sentences[b].end, cfg.id, cfg.confidence)


_NUMBERED = regex_cache.compile(r"^[\d一二三四五六七八九十两]")


def listed_members(doc, strategies) -> list[Fact]:
    cfg = rules().part_of
    facts = []
    for i, frame in enumerate(strategies):
        count = _COUNT.match(frame.text)
        if not count:
            continue
        n = int(amount.number(count.group(1)) or 0)
        members, end = [], frame.end
        for m in itertools.islice(strategies, i + 1, None):  # not a slice: no copy per framework
            gap = doc.text[end : m.start]
            # a numbered line right after it (打造“三个X”、构建“三个Y”) is a peer, not a member; and a line
            # recognize made a member of another framework (A、B“三项提升” after it) is that one's
            if len(gap) > cfg.max_gap or "。" in gap or len(members) == n or _NUMBERED.match(m.text) \
                    or m.attrs.get("framework", frame.text) != frame.text or cfg.gap and not re.fullmatch(cfg.gap, gap):
                break
            if m.key != frame.key:
                members.append(m)
            end = m.end
        if len(members) >= 2:
            facts += [_part(doc, m, frame, cfg) for m in members]
    return facts


def recognized_members(doc, strategies) -> list[Fact]:
    cfg = rules().part_of
    frames: dict[str, list] = {}
    for f in strategies:  # sorted by start
        frames.setdefault(f.text, []).append(f)
    starts = {text: [f.start for f in found] for text, found in frames.items()}
    all_starts = [f.start for f in strategies]
    facts = []
    for m in strategies:
        candidates = frames.get(m.attrs.get("framework"), [])
        if candidates:
            i = bisect.bisect_left(starts[m.attrs["framework"]], m.start)
            near = candidates[max(0, i - 1) : i + 1]
            facts.append(_part(doc, m, min(near, key=lambda f: abs(f.start - m.start)), cfg))
        elif "framework_start" in m.attrs:
            holder = _holder(strategies, all_starts, m.attrs["framework_start"], m.attrs["framework"])
            if holder is not None:
                facts.append(_part(doc, m, holder, cfg))
    return facts


def _holder(strategies, starts, start: int, framework: str):
    """The line a longer name made of the framework (“三大X”建设 holds 三大X): it begins where
    the framework began and names it whole."""
    i = bisect.bisect_left(starts, start)
    for f in strategies[i : i + 2]:
        if f.start == start and f.text.startswith(framework):
            return f
    return None


_SPELLED = regex_cache.compile(r"^(?P<digits>\d{2,6}|[一二三四五六七八九十两]{2,6})(?:总体思路|工作思路|发展思路|产业布局|战略布局|工作格局|战略)")


def spelled_parts(doc, strategies) -> list[Fact]:
    """`3151总体思路` = 三个…, 一个…, 五大…, 一座…: counted frameworks nearby whose counts spell its number."""
    cfg = rules().part_of
    starts = [s.start for s in strategies]
    facts = []
    for frame in strategies:
        m = _SPELLED.match(frame.text)
        if not m:
            continue
        digits = [int(amount.number(c) or -1) for c in m.group("digits")]
        lo = bisect.bisect_left(starts, frame.start - cfg.spelled_window)
        hi = bisect.bisect_right(starts, frame.start + cfg.spelled_window)
        near = [s for s in strategies[lo:hi] if s is not frame]
        counted = [(s, int(amount.number(c.group(1)) or 0)) for s in near if (c := _COUNT.match(s.text))]
        for i in range(len(counted) - len(digits) + 1):
            run = counted[i : i + len(digits)]
            if [n for _, n in run] == digits:
                facts += [_part(doc, s, frame, cfg) for s, _ in run]
                break
    return facts
