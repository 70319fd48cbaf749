"""Relations of projects: undertakenBy, locatedInPark, locatedIn, capacity (investment: kg/relate/investment.py).

Each is stated by one sentence; the evidence span of a fact is that sentence.
A relation is read from a *frame*: the words between the two mentions (or
before the first) say how they are related (`E的P`, `依托E，实施P`,
`P：实施主体为E`, `在园区建设P`, `E入驻园区`). Frames, distances and
words are in kg/rules/relate.toml.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg import amount, lexicon, regex_cache, rulebook
from kg.document import Document, Fact, Mention
from kg.recognize import enterprise, patterns
from kg.rulebook import Regex

# --- the records of kg/rules/relate.toml -----------------------------------


@dataclass(frozen=True, kw_only=True)
class Frame:
    """One way a sentence states a relation: the id and confidence of its facts."""

    id: str
    confidence: float


@dataclass(frozen=True, kw_only=True)
class Before(Frame):
    max_gap: int
    gap: Regex
    # A、B、C总投资5亿元的P: the enterprises listed before the actor, joined by this, are actors too
    list_joined: Regex


@dataclass(frozen=True, kw_only=True)
class SubjectAfter(Frame):
    window: int
    marker: Regex
    next_clause: Regex
    next_clause_verbs: Regex


@dataclass(frozen=True, kw_only=True)
class HeadingColon(Frame):
    after: Regex
    separator: Regex


@dataclass(frozen=True, kw_only=True)
class Lead(Frame):
    words: Regex
    separator: Regex
    max_gap: int
    # what follows the group when it only qualifies a noun (以E为龙头的X产业集群): a lead of no clause
    qualifies: Regex


@dataclass(frozen=True, kw_only=True)
class NextClause(Frame):
    # how far back the clause before may begin, and how far into it its actor may stand
    window: int
    max_lead: int
    # what the actor does in its clause (投资40亿元), or what brings it in before it (引进E),
    # and the verb that opens the work's clause
    actor_verbs: Regex
    brought_in: Regex
    verbs: Regex


@dataclass(frozen=True, kw_only=True)
class Respective(Frame):
    # the word that pairs the listed actors with the listed works (分别实施), and what joins the items
    word: Regex
    joined: Regex


@dataclass(frozen=True, kw_only=True)
class Inside(Frame):
    # words a work's recognizer may leave before the company that opens its name (全年签约|E…)
    opening: Regex
    # the types of the places that may open a work's name before its company (X园区|E…)
    places: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class NamedBrand(Frame):
    # the brand is no everyday word: jieba saw it fewer times than this
    max_brand_freq: int
    # nor a place: jieba tags it with none of these (滇西, 晋北: ns)
    brand_not_tags: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class UndertakenBy:
    actor: Frame
    named_brand: NamedBrand
    respective: Respective
    inside: Inside
    before: Before
    subject_after: SubjectAfter
    heading_colon: HeadingColon
    lead: Lead
    next_clause: NextClause


@dataclass(frozen=True, kw_only=True)
class ParkBefore(Frame):
    max_gap: int
    opener: Regex
    gap: Regex
    direct_gap: Regex


@dataclass(frozen=True, kw_only=True)
class Settles(Frame):
    max_gap: int
    gap: Regex
    # A、B等N家企业入驻X: what joins the items of the list that settles (each in the park)
    list_joined: Regex


@dataclass(frozen=True, kw_only=True)
class LeadPark(Frame):
    gap: Regex


@dataclass(frozen=True, kw_only=True)
class Topic(Frame):
    max_offset: int
    follow: Regex


@dataclass(frozen=True, kw_only=True)
class SubjectPark(Frame):
    # what may stand before the park at the sentence's start (a heading's number), and the
    # words after it that make it the subject of the sentence
    opener: Regex
    verbs: Regex
    # or the building of the park that opens the sentence (建设5000亩的X产业园，…), and what follows
    # the park then
    built: Regex
    built_follow: Regex
    # X园区A、B等项目竣工投产，C、D加快推进: a work or a firm named right after the park (no verb
    # between) makes the park the subject of the sentence too
    work_follows: bool
    # …。新建A，B、C等项目加快推进: the next sentences that open with no subject of their own (a verb,
    # or the side of the topic they speak of: 康养旅游方面，) go on with the park, at most this many
    carried: Regex | None = None
    carried_sentences: int = 0
    # A园区…；B园区不断壮大，C、D等项目竣工投产；: the marks after which a clause of the sentence may open
    # with a park of its own as its subject
    clause_marks: Regex | None = None


@dataclass(frozen=True, kw_only=True)
class ParagraphPark(Frame):
    # what may stand before the park at the paragraph's start, and the colon after it
    opener: Regex
    colon: Regex
    # or the rest of the short heading sentence the park (or a bare zone word) opens
    heading: Regex
    # or the scene a news paragraph opens in (在|走进 X产业园区，…): the words that set it before the
    # park and what follows the park then
    setting: Regex | None = None
    setting_follow: Regex | None = None
    # where such a scene ends (searched after it): the sentence's end, another place frame (；在城区，)
    # or a county-wide subject (全县实施…); a scene is no heading, it holds no later sentence
    setting_end: Regex | None = None


@dataclass(frozen=True, kw_only=True)
class SiteVisit(Frame):
    """`[located_in_park.site]`: a report's visit to a site within the park (X开发区…热潮。在P建设现场，…): a
    sentence that opens by stepping onto a work's or a firm's site, after the park is named earlier in its
    paragraph."""

    # the words that open the visit, the site's words that close it, and the longest name between (2 or more)
    opens: Regex
    site: Regex
    reach: int
    # what right after the site's words makes it a meeting's place, no visit (在E车间召开现场会, 在P建设现场推进会上)
    meeting: Regex | None = None
    # the marks that open a clause: the park's must name no other actor before it (E在X开发区投资建设P)
    clause_marks: Regex
    # what ends the park's scene between it and the visit: a county-wide or a province's subject opening a
    # sentence or a clause (。今年，全县新开工…; 。山西省新开工…), as `setting_end` does for a scene set in the park
    scene_end: Regex | None = None

    def __post_init__(self):
        if self.reach < 2:
            # (the frame's regex reads {2,reach} characters of name: a smaller reach is no regex)
            raise ValueError(f"[located_in_park.site] ({self.id}): reach should be 2 or more, not {self.reach}")


@dataclass(frozen=True, kw_only=True)
class BarePark(Frame):
    # the bare kind word -> the ending of the parks it stands for
    words: dict[str, Regex]
    enterprise_in: Regex
    # 在开发区(内)投资5亿元建设P: a work built in the bare zone (group `word`, ending its clause's words before the work)
    built_in: Regex
    # the bare word a firm or a work settles in (入驻园区) -> the parks it may stand for
    settle_words: dict[str, Regex]


@dataclass(frozen=True, kw_only=True)
class InsideName(Frame):
    # what follows the park in a work's name when the work is the park's own making
    own_works: Regex
    # what follows the park when the work is a phase of it (X园一期): in the park only if the
    # work's name begins with the park's (五|和X园一期 holds no park cut out as X园)
    phase: Regex
    # what stands right before the park inside the work's name when the park is where a route ends
    # (A镇至X开发区路面改造工程: the road leads to the park, it is not in it)
    route_end: Regex | None = None
    # ... and what stands right before the work's name when the name opens with the park and a route's start
    # and 到 are cut off it (禾丰镇到|X开发区道路改造工程: the works' recognizer ends a name at 到)
    route_from: Regex | None = None
    # what follows the park when a bracket holds it as the work's other name (A综合体(X产业园)项目) ...
    other_name: Regex | None = None
    # ... where the work's words before the bracket end in a place of its own kind (综合体, 中心, 小镇): a work
    # of making before it (年产5万吨饲料加工(X产业园)项目) is built in the park the bracket names
    other_name_before: Regex | None = None


@dataclass(frozen=True, kw_only=True)
class Listed(Frame):
    # what joins the items of one list
    joined: Regex
    # 园区A二期、B三期等项目: a work listed among others in a park is what the park holds, not the
    # firm that undertakes it
    works_not_firms: bool
    # A、X园区B项目、C: only a park that begins the list's first item opens it
    first_item_only: bool
    # X园区标准化厂房(二期)、A、B等项目: the park's own building, road or service counted by its phase
    # (the whole text from the park to the work's end) opens no list of the park's
    own_phase: Regex = ""


@dataclass(frozen=True, kw_only=True)
class Firms(Frame):
    # what follows a park that speaks of its enterprises
    follow: Regex
    # how many sentences on the enterprises may be named
    next_sentences: int


@dataclass(frozen=True, kw_only=True)
class Gathers(Frame):
    # what may stand in the park's clause before it (打造|X科技园, ，|高新区…): the park is the clause's topic
    topic: Regex
    # a later clause of the sentence that opens by bringing firms or works in (，聚集A、B等企业;
    # ，入驻企业83家，A、B…): those it names are the park's
    clause: Regex
    # the clause after the gathering one is the park's only when it goes on with the firms (，A、B等企业基地
    # 建成投产) ...
    next_clause: Regex
    # ... and not when it reports on a county or town facility (，城区污水处理厂提标改造工程完工)
    next_clause_not: Regex
    # the next sentence goes on bringing them in (…，引进落户项目31个。引进A、B、C): its firms and works too
    next_sentence: Regex


@dataclass(frozen=True, kw_only=True)
class Leads(Frame):
    # what follows the park to open its lead firms (X园以|E为龙头), what follows them (E等为龙头)
    opens: Regex
    lead: Regex
    # the verb after them that brings more firms in (，引入|F、G等企业), and what joins the firms of a run
    brings: Regex
    joined: Regex


@dataclass(frozen=True, kw_only=True)
class LocatedInPark:
    inside_name: InsideName
    park_before: ParkBefore
    settles: Settles
    lead: LeadPark
    topic: Topic
    subject: SubjectPark
    paragraph: ParagraphPark
    site: SiteVisit
    bare: BarePark
    listed: Listed
    firms: Firms
    gathers: Gathers
    leads: Leads


@dataclass(frozen=True, kw_only=True)
class LocatedIn(Frame):
    types: tuple[str, ...]
    max_gap_before: int


@dataclass(frozen=True, kw_only=True)
class Investment(Frame):
    kinds: tuple[str, ...]
    # an amount below this is no investment (三元 of a 三元锂电池 work read as 3 yuan)
    min_value: int
    # an amount right after a work belongs to it: up to this many characters, and only these words between
    max_gap_after_project: int
    before_gap: Regex
    # E投资50亿元，建设P: the verbs that open the clause of the work
    next_clause_verbs: Regex
    # a sum: after these words in its clause (共计, 累计)
    sum_before: Regex
    # a work that stands for a group: a count before it (12个新增…), after it (项目5个), or another work joined to it
    counted_before: Regex
    counted_after: Regex
    joined_after: Regex
    # ... or the last of works listed before it, joined by this (A；B；C，总投资20亿元)
    joined_before: Regex
    # 总投资X亿元的A等N个项目: after an amount that qualifies it (…的), a work followed by this stands for a group
    grouped_after: Regex
    # ... unless the amount opens a later item of a list whose items carry their own (A、投资15亿元的B等一批项目)
    item_opened: Regex
    # what may not stand between an amount and a work after it (A（投资3亿元）、B: the amount is A's;
    # 总投资3亿元的A、B: it is A's, or the group's, never B's alone)
    not_before_work: Regex
    # A、B分别投资3亿元、2亿元: the word that gives each listed work its amount in order, and what joins them
    respectively: Regex
    respective_joined: Regex
    # P，由E投资建设，项目规划总投资1亿元: a clause that opens with the work spoken of (项目) gives the
    # amount to the one work its sentence names before it
    refers_back: Regex
    # 据了解，该项目总投资2.2亿元: a reporter's lead that may come before the work spoken of
    report_lead: Regex
    # 这个项目占地约22万平方米，计划总投资8亿元: the work named again (not a bare 这个) and the words that open
    # a clause describing it (its site, area, kind), the only clauses that may come before the amount's
    named_again: Regex
    described: Regex
    # P是省重大项目，计划总投资21亿元: a clause that opens with the amount word (and only these words before
    # it) states the amount of the one work its sentence names before it, when that work opens the sentence
    # (only these marks before it): the sentence speaks of the work
    # (each field required: a record that leaves out a guard is refused by the loader, never run unguarded)
    subject_clause: Regex
    subject_opens: Regex
    # ... when the amount is named by an amount word (总投资, 投资: not a bare 20亿元以上), the work is
    # not one of a list (P、Q等9个项目，总投资…: the list's sum) and no other figure stands between
    subject_kinds: tuple[str, ...]
    subject_listed: Regex
    # ... and no clause between the work's and the amount's has a subject of its own (other works, a count)
    subject_between: Regex


@dataclass(frozen=True, kw_only=True)
class PartOf(Frame):
    max_gap: int
    spelled_window: int
    # what the gap before each member may hold (marks, 即, 包括): a verb opening a clause of its own
    # (“三大战略”，强力推进|X) or a line break makes the next line a peer, not a member
    gap: Regex = ""


@dataclass(frozen=True, kw_only=True)
class SectionPark(Frame):
    # what a park's heading holds; what it holds when it is the park's name alone, after its number
    types: tuple[str, ...]
    alone_types: tuple[str, ...]
    heading_number: Regex
    heading_max_length: int
    section_start: Regex
    max_section: int
    list_item: Regex


@dataclass(frozen=True, kw_only=True)
class RelateRules:
    """kg/rules/relate.toml: the frames of every relation family."""

    # clauses are sentences cut at these characters
    clause_breaks: str
    undertaken_by: UndertakenBy
    located_in_park: LocatedInPark
    located_in: LocatedIn
    investment: Investment
    capacity: Frame
    implements: Frame
    part_of: PartOf
    section_park: SectionPark


@lru_cache(maxsize=1)
def rules() -> RelateRules:
    return rulebook.load("relate", RelateRules)


def mentions_by_sentence(doc: Document) -> dict[int, list[Mention]]:
    """The linked mentions of each sentence (by its index), in the order the recognizers gave them."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        if m.key:
            by_sentence[m.sentence].append(m)
    return by_sentence


def find(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    by_sentence = mentions_by_sentence(doc)
    for index, mentions in by_sentence.items():
        if index < 0:
            continue
        s = doc.sentences[index]
        mentions.sort(key=lambda m: (m.start, -m.end))
        facts += undertaken_by(doc, s, mentions)
        facts += located_in_park(doc, s, mentions)
    facts += gathering_parks(doc, by_sentence)
    facts += carried_subject_parks(doc, by_sentence)
    facts += works_of_named_brands(doc, facts)
    facts += capacity(doc)
    facts += paragraph_park(doc)
    facts += bare_park_words(doc)
    facts += park_firms(doc)
    facts += located_in(doc)
    if rules().located_in_park.listed.works_not_firms:
        facts = _listed_works_not_their_firms(doc, facts)
    return unique(facts)


def _listed_works_not_their_firms(doc, facts: list[Fact]) -> list[Fact]:
    """`X园区A二期、B三期等项目竣工`, `引入A精酿啤酒、B等项目`: a work listed among others in a park
    is what the park holds; the firm that undertakes it (or whose name opens it) is not placed
    there too (a single work named with its firm, 坐落于X园的E公司Y项目, still places both)."""
    listed = [m for m in doc.mentions if m.type == "Project" and m.key and _a_list_item(doc, m)]
    keys = {m.key for m in listed}
    placed = {(f.subject, f.object) for f in facts if f.type == "locatedInPark" and f.subject in keys}
    if not placed:
        return facts
    works_of = defaultdict(set)  # a firm -> its listed works
    for f in facts:
        if f.type == "undertakenBy" and f.subject in keys:
            works_of[f.object].add(f.subject)
    firms = sorted((m for m in doc.mentions if m.type == "Enterprise" and m.key), key=lambda m: m.start)
    starts = [m.start for m in firms]
    for w in listed:  # (the firms inside the work's name, found by bisection: linear in a long text)
        for e in firms[bisect.bisect_left(starts, w.start) : bisect.bisect_left(starts, w.end)]:
            if e.end <= w.end and e.key != w.key:
                works_of[e.key].add(w.key)
    return [f for f in facts if not (f.type == "locatedInPark" and any((w, f.object) in placed for w in works_of.get(f.subject, ())))]


def _a_list_item(doc, m: Mention) -> bool:
    """A work joined to others (A、B等项目, A和B)."""
    joined = rules().located_in_park.listed.joined
    return bool(re.fullmatch(joined, doc.text[m.start - 1 : m.start]) or re.fullmatch(joined, doc.text[m.end : m.end + 1]))


def fact(type_, subject, obj, s, cfg, value=None, **attrs) -> Fact:
    return Fact(type_, subject.key, obj.key if obj else None, s.start, s.end, cfg.id, cfg.confidence, value, attrs)


def of_type(mentions, *types) -> list[Mention]:
    return [m for m in mentions if m.type in types]


def _between(doc, a, b) -> str:
    return doc.text[a.end : b.start] if a.end <= b.start else ""


# --- undertakenBy ---------------------------------------------------------


def undertaken_by(doc, s, mentions) -> list[Fact]:
    cfg = rules().undertaken_by
    enterprises = of_type(mentions, "Enterprise")
    respective = _respective_actors(doc, cfg.respective, s, mentions)
    facts = [fact("undertakenBy", p, e, s, cfg.respective) for p, e in respective]
    paired = {(p.start, p.end) for p, _ in respective}
    places = _places_by_start(mentions, cfg.inside.places)
    for p in (p for p in of_type(mentions, "Project") if (p.start, p.end) not in paired):
        # (the company may begin a character before the work, 元|澜家居二期: the work's rule cut
        # off the brand's first character, the enterprise's kept it; or after the work's places)
        after_places = _after_places(p, places)
        named = [e for e in enterprises if e.end <= p.end and (p.start - 1 <= e.start <= p.start + 2 and e.end > p.start or (
            p.start < e.start and (e.start == after_places or _opening(doc.text[p.start : e.start], cfg))))]
        facts += [fact("undertakenBy", p, e, s, cfg.inside) for e in named]
        for frame, found in (
            ("actor", _actor_attr(p, enterprises)),
            ("subject_after", _subject_after(doc, cfg.subject_after, p, mentions)),
            ("heading_colon", _heading_colon(doc, cfg.heading_colon, p, enterprises)),
        ):
            facts += [fact("undertakenBy", p, e, s, getattr(cfg, frame)) for e in found]
        if named:
            continue  # a work named after its company (澜峰50万吨乙醇) is not the lead firms' of the clause
        for frame, found in (
            ("before", _actor_before(doc, cfg.before, p, mentions)),
            ("lead", _lead(doc, cfg.lead, p, mentions)),
            ("next_clause", _actor_of_clause_before(doc, cfg.next_clause, p, mentions)),
        ):
            facts += [fact("undertakenBy", p, e, s, getattr(cfg, frame)) for e in found]
    return facts


def works_of_named_brands(doc, facts) -> list[Fact]:
    """澜峰马铃薯…项目 where 广东澜峰农业集团有限公司 is named in the document: a work that no
    frame gave a company, whose name (after its places) opens with the bare brand of one
    company of the document (`enterprise.brand`), is that company's. One pass over the
    mentions, brands looked up in a dict."""
    cfg = rules().undertaken_by.named_brand
    owners: dict[str, dict[str, Mention]] = defaultdict(dict)
    heads: dict[tuple[str, str], str] = {}  # (brand, key) -> what follows the brand in the company's name
    for e in of_type(doc.mentions, "Enterprise"):
        mark = enterprise.brand(e.text)
        if mark and e.key and not patterns.is_common_word(mark, cfg.max_brand_freq) and lexicon.word_tag(mark) not in cfg.brand_not_tags:
            owners[mark].setdefault(e.key, e)
            heads[(mark, e.key)] = enterprise.placeless(e.text)[len(mark) : len(mark) + 2]
    if not owners:
        return []
    done = {f.subject for f in facts if f.type == "undertakenBy"}
    lengths = sorted({len(k) for k in owners}, reverse=True)
    found = []
    for p in of_type(doc.mentions, "Project"):
        if not p.key or p.key in done or p.sentence < 0:
            continue
        name = enterprise.placeless(p.text)
        n = next((n for n in lengths if len(name) > n and name[:n] in owners), 0)
        companies = owners[name[:n]] if n else {}
        # (a brand two companies share names neither; a work that goes on with the company's own
        # head, 澜峰生物|…, is read by the enterprise family's works named after their company)
        if len(companies) == 1 and not any(h and name.startswith(h, n) for h in (heads[(name[:n], k)] for k in companies)):
            found.append(fact("undertakenBy", p, *companies.values(), doc.sentences[p.sentence], cfg))
            done.add(p.key)
    return found


def _places_by_start(mentions, types) -> dict[int, int]:
    """Where each place of a sentence begins -> where its longest mention there ends."""
    ends: dict[int, int] = {}
    for m in mentions:
        if m.type in types:
            ends[m.start] = max(ends.get(m.start, m.end), m.end)
    return ends


def _after_places(p, places: dict[int, int]) -> int:
    """Where a work's name goes on after the places that open it (X园区|E…, X县Y镇|E…)."""
    pos = p.start
    while pos in places and places[pos] < p.end:
        pos = places[pos]
    return pos


def _opening(words: str, cfg) -> bool:
    """What a work's name may hold before the company that opens it (全年签约|E…, 改扩建|E二期)."""
    return bool(re.fullmatch(cfg.inside.opening, words) or re.fullmatch(patterns.lead_verb_re(), words))


def _respective_actors(doc, cfg, s, mentions) -> list[tuple[Mention, Mention]]:
    """`A、B分别实施P1、P2`: each enterprise listed before the word undertakes the work in its
    place after it, when they are as many ((work, enterprise) pairs)."""
    pairs = []
    for m in re.finditer(cfg.word, doc.text[s.start : s.end]):
        at, end = s.start + m.start(), s.start + m.end()
        actors = chain([e for e in mentions if e.type == "Enterprise" and e.end <= at], at, cfg.joined, doc, backwards=True)
        works = chain([p for p in mentions if p.type == "Project" and p.start >= end], end, cfg.joined, doc, backwards=False)
        if len(actors) >= 2 and len(actors) == len(works):
            pairs += zip(works, actors)
    return pairs


def chain(items, pos, joined, doc, backwards) -> list[Mention]:
    """The run of `items` that reaches `pos` (before or after it), each joined to the next by `joined`."""
    run = []
    for m in sorted(items, key=lambda m: m.end if backwards else m.start, reverse=backwards):
        gap = doc.text[m.end : pos] if backwards else doc.text[pos : m.start]
        if (m.end > pos if backwards else m.start < pos) or not re.fullmatch(joined if run else "", gap):
            break
        run.append(m)
        pos = m.start if backwards else m.end
    return run[::-1] if backwards else run


def _actor_attr(p, enterprises) -> list[Mention]:
    """The actor the recognizer cut off the project's name (`E“A”“B”等项目`, `X公司Y建设项目：`)."""
    actor = p.attrs.get("actor")
    if not actor:
        return []
    start, end = actor[0], actor[1]
    return [e for e in enterprises if e.start < end and start < e.end][:1]


def _actor_before(doc, cfg, p, mentions) -> list[Mention]:
    """`E的P`, `E总投资5亿元的P`, `E P`: the enterprise right before the project, same clause."""
    # (places, parks and lines between them leave the enterprise the actor: E在X县建设P)
    before = [m for m in mentions if m.end <= p.start and m.type in ("Enterprise", "Project")]
    if not before:
        return []
    e = max(before, key=lambda m: (m.end, m.type == "Enterprise"))  # the nearest: a work E opens ends after E
    if e.type != "Enterprise":
        return []
    gap = _between(doc, e, p)
    if len(gap) <= cfg.max_gap and re.fullmatch(cfg.gap, gap):
        return chain([m for m in mentions if m.type == "Enterprise" and m.end <= e.end], e.end, cfg.list_joined, doc, backwards=True)
    return []


def _actor_of_clause_before(doc, cfg, p, mentions) -> list[Mention]:
    """`E投资40亿元，建设P`: the enterprise that opens the clause before, as the actor of an
    investment or a settling, when the work's clause opens with a verb that builds."""
    breaks = f"[{rules().clause_breaks}。]"
    lo = max(0, p.start - cfg.window)
    opening = max((m.end() for m in re.finditer(breaks, doc.text[lo : p.start])), default=None)
    if opening is None:
        return []
    opening += lo  # where the work's clause begins
    if not re.match(cfg.verbs, doc.text[opening : p.start]) or any(
            m.type == "Project" and opening <= m.start < p.start for m in mentions):
        return []
    clause = re.split(breaks, doc.text[lo : opening - 1])[-1]
    start = opening - 1 - len(clause)  # where the clause before begins
    actors = [e for e in mentions if e.type == "Enterprise" and start <= e.start and e.end <= opening - 1]
    if not actors or actors[0].start - start > cfg.max_lead or any(m.type == "Project" and start <= m.start < opening for m in mentions):
        return []
    if re.search(cfg.actor_verbs, doc.text[actors[0].end : opening]) or re.fullmatch(cfg.brought_in, doc.text[start : actors[0].start]):
        return actors[:1]
    return []


def _subject_after(doc, cfg, p, mentions) -> list[Mention]:
    """`P：实施主体为E1和E2`: the enterprises after the marker, until the next project;
    `P，由E负责实施`: the one enterprise that opens the next clause before a verb that builds."""
    rest = doc.text[p.end : p.end + cfg.window]
    by = re.match(cfg.next_clause, rest)
    if by:
        at = p.end + by.end()
        return [e for e in mentions if e.type == "Enterprise" and e.start == at
                and re.match(cfg.next_clause_verbs, doc.text[e.end : e.end + 12])][:1]
    marker = re.search(cfg.marker, rest)
    if not marker or re.search("[。；]", rest[: marker.start()]):
        return []
    start = p.end + marker.end()
    nxt = [m.start for m in mentions if m.type == "Project" and m.start >= start]
    stop = min(nxt) if nxt else start + cfg.window
    return [e for e in mentions if e.type == "Enterprise" and start <= e.start < stop]


def _heading_colon(doc, cfg, p, enterprises) -> list[Mention]:
    """`P（…）：E1、E2建设…`: enterprises listed right after a work's heading."""
    head = re.match(cfg.after, doc.text[p.end : p.end + 40])
    if not head:
        return []
    pos, found = p.end + head.end(), []
    for e in (e for e in enterprises if e.start >= pos):
        if not re.fullmatch(cfg.separator, doc.text[pos : e.start]):
            break
        found.append(e)
        pos = e.end
    return found


def _lead(doc, cfg, p, mentions) -> list[Mention]:
    """`依托E1、E2为龙头，加快P建设`: a group of enterprises introduced by 依托/以 before the project
    (an enterprise that opens an earlier work's name is that work's, not a member of the group)."""
    works = [m for m in mentions if m.type == "Project"]
    before = [m for m in mentions if m.end <= p.start and not (
        m.type == "Enterprise" and any(w.start <= m.start and m.end <= w.end for w in works))]
    group = _lead_group(doc, cfg, before)
    if not group or _builds_work_before(doc, group[0], works):
        return []
    if patterns.compiled(cfg.qualifies).match(doc.text, group[-1].end):
        return []  # (以E为龙头的X集群，…P: the firms describe the cluster, they lead no work)
    # 以A、B为链主，实施A50万吨乙醇、C、B30万吨…: the works the lead firms own are named after them; the others are not theirs
    keys = {e.key for e in group}
    if any(m.type == "Enterprise" and m.key in keys and m.start > group[-1].end and m.sentence == p.sentence
           and any(w.start <= m.start and m.end <= w.end for w in works) for m in mentions):
        return []
    gap = doc.text[group[-1].end : p.start]
    # (a comma of either width: many sources write ASCII , between Chinese clauses; not the
    # thousands separator of a sum, 1,200万元)
    if len(gap) <= cfg.max_gap and len(re.findall(r"，|(?<!\d),|,(?!\d)", gap)) <= 1 and not re.search("[。；;]", gap):
        return group
    return []


def _builds_work_before(doc, e, works) -> bool:
    """`P1，由E负责实施，P2`: E opens the clause after P1 as its builder, and leads no later work."""
    marker = re.compile(rules().undertaken_by.subject_after.next_clause.lstrip("^") + "$")
    by = marker.search(doc.text, max(0, e.start - 4), e.start)  # (the works are looked at only after 由)
    return by is not None and any(w.end == by.start() for w in works)


def _lead_group(doc, cfg, before: list[Mention]) -> list[Mention]:
    """The last run of enterprises before a point, if a lead word (依托, 以) opens it."""
    group: list[Mention] = []
    for m in reversed(before):
        if m.type != "Enterprise":
            if group:
                break
            continue
        if group and not re.fullmatch(cfg.separator, doc.text[m.end : group[0].start]):
            break
        group.insert(0, m)
    if group and re.search(f"(?:{cfg.words})$", doc.text[max(0, group[0].start - 4) : group[0].start]):
        return group
    return []


# --- locatedInPark --------------------------------------------------------


def located_in_park(doc, s, mentions) -> list[Fact]:
    cfg = rules().located_in_park
    parks = of_type(mentions, "Park")
    facts = _subject_park(doc, s, cfg.subject, mentions)  # (a bare zone word may open the sentence)
    if not parks:
        return facts
    opens: dict[int, Mention] = {}  # a work whose list the park opens -> the park
    own: set[int] = set()  # the items that name a park of their own (where they end)
    for x in of_type(mentions, "Project", "Enterprise"):
        for frame, found in (
            ("inside_name", _park_in_name(doc, cfg.inside_name, x, parks)),
            ("park_before", _park_before(doc, cfg.park_before, x, mentions)),
            ("settles", _settles(doc, cfg.settles, x, parks)),
        ):
            settling = [x] + (_list_before(doc, cfg.settles, x, mentions) if frame == "settles" and found else [])
            facts += [fact("locatedInPark", y, k, s, getattr(cfg, frame)) for k in found for y in settling if k.key != y.key]
            if frame != "settles" and found:
                own.add(x.end)
                # (the item begins with the park it names before it: 、X园区|A改造、B, 、X园区内的A、B;
                # inside a work's name, the item is the work: 、A(X园区)改造、B)
                item = found[0] if frame == "park_before" or found[0].end == x.start else x
                if not _phase_of(doc, cfg.inside_name, x, found[0]) and not (
                        cfg.listed.first_item_only and _a_later_item(doc, cfg.listed, item)) and not (
                        cfg.listed.own_phase and patterns.compiled(cfg.listed.own_phase).fullmatch(doc.text, found[0].end, x.end)
                        and not any(m.type == "Enterprise" and m.start < x.end and m.end > found[0].end for m in mentions)):
                    opens[x.end] = found[0]
    facts += _listed_after(doc, s, cfg.listed, mentions, opens, own)
    facts += _lead_park(doc, s, cfg, mentions)
    facts += _park_leads(doc, s, cfg.leads, mentions)
    facts += _topic_park(doc, s, cfg.topic, mentions)
    return facts


def _park_leads(doc, s, cfg, mentions) -> list[Fact]:
    """`X产业园以E为龙头，引入F、G等企业…`: the firms a park is led by, named right after it, and those
    the verb after them brings in, are the park's."""
    firms = [m for m in mentions if m.type == "Enterprise"]
    facts = []
    for k in of_type(mentions, "Park") if firms else ():
        opened = patterns.compiled(cfg.opens).match(doc.text, k.end)
        group = chain([e for e in firms if e.start >= opened.end()], opened.end(), cfg.joined, doc, False) if opened else []
        lead = group and patterns.compiled(cfg.lead).match(doc.text, group[-1].end)
        if not lead:
            continue
        brings = patterns.compiled(cfg.brings).match(doc.text, lead.end())
        found = group + (chain([e for e in firms if e.start >= brings.end()], brings.end(), cfg.joined, doc, False) if brings else [])
        facts += [fact("locatedInPark", e, k, s, cfg) for e in found if e.key != k.key]
    return facts


def gathering_parks(doc, by_sentence) -> list[Fact]:
    """`打造X科技园，…，聚集A、B等企业32家`, `高新区获评…，入驻企业83家，A、B等…建成投产`: a park that
    is the topic of its clause, and a later clause of the sentence that opens by bringing firms or
    works in: what that clause names, and the next one if it goes on with the firms (not a town's
    own works: ，城区污水处理厂…完工), up to another park or county, is the park's,
    and so is what the next sentence names when it opens by bringing firms in too (…，引进落户项目
    31个。引进A、B、C)."""
    cfg = rules().located_in_park.gathers
    facts = []
    for index, mentions in by_sentence.items():
        if index < 0 or not any(m.type == "Park" for m in mentions):
            continue
        s = doc.sentences[index]
        found = _gathering_park(doc, s, cfg, mentions)
        if found is None:
            continue
        park, reach = found
        facts += [fact("locatedInPark", m, park, s, cfg) for m in of_type(mentions, "Project", "Enterprise")
                  if reach[0] <= m.start and m.end <= reach[1] and m.key != park.key]
        nxt = doc.sentences[index + 1] if reach[1] == s.end and index + 1 < len(doc.sentences) else None
        if nxt is not None and re.match(cfg.next_sentence, doc.text[nxt.start : nxt.end]):
            later = by_sentence.get(index + 1, [])
            stop = min((m.start for m in later if m.type in ("Park", "County")), default=nxt.end)
            facts += [fact("locatedInPark", m, park, nxt, cfg) for m in of_type(later, "Project", "Enterprise")
                      if m.end <= stop and m.key != park.key]
    return facts


def _gathering_park(doc, s, cfg, mentions):
    """The park a sentence gathers firms into and the stretch that names them: (park, (start, end)), or None."""
    breaks = rules().clause_breaks + "。"
    places = [m for m in mentions if m.type in ("Park", "County")]
    starts = [m.start for m in places]
    for k in of_type(mentions, "Park"):
        lo = max(s.start, k.start - 8)  # (the topic's words are short: no look further back)
        window = doc.text[lo : k.start]
        cut = max(window.rfind(c) for c in breaks)
        if (cut < 0 and lo > s.start) or not re.fullmatch(cfg.topic, window[cut + 1 :]):
            continue
        # (the next park or county ends its reach: searched only up to it, so each stretch once)
        after = bisect.bisect_left(starts, k.end)
        stop = starts[after] if after < len(starts) else s.end
        hit = patterns.compiled(cfg.clause).search(doc.text, k.end, stop)
        if hit is None:
            continue
        # (the gathering clause, and the one after it if that goes on with the firms: a later
        # clause, or one on a county's own works, reports on something else)
        ends = [i for i in (doc.text.find(c, hit.end(), stop) for c in breaks) if i >= 0]
        first = min(ends, default=stop)
        ends = [i for i in (doc.text.find(c, first + 1, stop) for c in breaks) if i >= 0] if first < stop else []
        end = min(ends, default=stop)
        following = doc.text[first + 1 : end]
        if first < stop and following.strip() and (
                not re.match(cfg.next_clause, following) or re.match(cfg.next_clause_not, following)):
            end = first
        return k, (hit.start(), end)
    return None


def _topic_park(doc, s, cfg, mentions) -> list[Fact]:
    """`X园区大企业…，特别是E…`: a park opening the sentence is where its enterprises sit."""
    opening = [k for k in of_type(mentions, "Park") if k.start - s.start <= cfg.max_offset]
    if not opening or not re.match(cfg.follow, doc.text[opening[0].end : opening[0].end + 6]):
        return []
    k = opening[0]
    return [fact("locatedInPark", e, k, s, cfg) for e in of_type(mentions, "Enterprise") if e.start >= k.end]


def carried_subject_parks(doc, by_sentence) -> list[Fact]:
    """`X开发区A、B等项目竣工投产。新建仓储用房，C、D等项目加快推进；`: a park that is the subject
    of its sentence up to its end goes on as the subject of the next sentences that open with none of
    their own (`carried`): what they name, up to another park or county, is in it too."""
    cfg = rules().located_in_park.subject
    if not cfg.carried or not cfg.carried_sentences:
        return []
    carried, facts = re.compile(cfg.carried), []
    for index, mentions in by_sentence.items():
        if index < 0 or index + 1 >= len(doc.sentences):
            continue
        nxt = doc.sentences[index + 1]  # (the next sentence read first: most open with a subject of their own)
        if not _carries(doc, carried, doc.sentences[index], nxt):
            continue
        found = _subject_of(doc, doc.sentences[index], cfg, mentions)
        if found is None or found[2] < doc.sentences[index].end:
            continue
        park = _County(found[0])
        for j in range(index + 1, min(index + 1 + cfg.carried_sentences, len(doc.sentences))):
            nxt = doc.sentences[j]
            if not _carries(doc, carried, doc.sentences[j - 1], nxt):
                break
            later = sorted(by_sentence.get(j, []), key=lambda m: m.start)
            stop = min((m.start for m in later if m.type in ("Park", "County") and m.key != park.key), default=nxt.end)
            facts += [fact("locatedInPark", m, park, nxt, cfg) for m in later
                      if m.type in ("Project", "Enterprise") and m.end <= stop and m.key != park.key]
            if stop < nxt.end:
                break
    return facts


def _carries(doc, carried, prev, nxt) -> bool:
    """The sentence `nxt` goes on with the subject of `prev`: it opens as `carried` says, on the same
    line (after normalize a line break is a paragraph's end or a heading: a new topic)."""
    return "\n" not in doc.text[prev.end : nxt.start] and carried.match(doc.text, nxt.start, nxt.end) is not None


def _subject_park(doc, s, cfg, mentions) -> list[Fact]:
    """`X开发区大力推进…，P建成投产`: a park that opens the sentence as its subject (named, or a
    bare zone word standing for the document's zone) holds the works and enterprises the
    sentence names after it, up to another park or county."""
    opens = [s.start]
    if cfg.clause_marks:  # (and each clause after a ；: A园区…；B园区不断壮大，…)
        opens += [hit.end() for hit in patterns.compiled(cfg.clause_marks).finditer(doc.text, s.start, s.end)]
    facts = []
    for at in opens:
        found = _subject_of(doc, s, cfg, mentions, at)
        if found is None:
            continue
        key, end, stop = found
        park = _County(key)
        facts += [fact("locatedInPark", m, park, s, cfg) for m in mentions
                  if m.type in ("Project", "Enterprise") and end <= m.start and m.end <= stop and m.key != key]
    return facts


def _subject_of(doc, s, cfg, mentions, at: int | None = None):
    """The park a sentence (or its clause opening at `at`) opens as its subject: (its key, where it
    ends, where its reach stops), or None."""
    at = s.start if at is None else at
    opening = re.match(cfg.opener, doc.text[at : s.end])
    start = at + opening.end()
    built = re.match(cfg.built, doc.text[start : s.end])  # 建设5000亩的X产业园，…
    parks = [k for k in of_type(mentions, "Park") if k.start == start + built.end()]
    if built.end() and parks and re.match(cfg.built_follow, doc.text[parks[0].end : s.end]):
        key, end = parks[0].key, parks[0].end
    elif parks and not built.end():
        key, end = parks[0].key, parks[0].end
    else:  # 开发区新引进项目8个，…
        bare = rules().located_in_park.bare
        word = next((w for w in sorted(set(bare.words) | set(bare.settle_words), key=len, reverse=True)
                     if doc.text.startswith(w, start)), None)
        key, end = (word and _bare_park(doc, bare, word, start)), start + len(word or "")
    follows = cfg.work_follows and any(m.start == end and m.type in ("Project", "Enterprise") for m in mentions)
    if not key or not (built.end() or follows or re.match(cfg.verbs, doc.text[end : end + 8])):
        return None
    # (a zone listed among the works, a Project of the same span, is no other park: X园区A、B产业园等项目)
    works = {(m.start, m.end) for m in mentions if m.type == "Project"}
    others = [m.start for m in mentions if m.start >= end and m.type in ("Park", "County") and m.key != key
              and (m.start, m.end) not in works]
    stop = min(others, default=s.end)  # (a county opening a work's name places it elsewhere: 祁县X项目)
    return key, end, stop


def paragraph_park(doc) -> list[Fact]:
    """`X产业园：…P建成投产。E追加投资…`, `——园区建设提速增效。…`: a park that opens its paragraph
    (after a heading's number) and is followed by a colon, or opens the paragraph's short heading
    sentence, heads it: the works and enterprises of the paragraph after it are in the park, up to
    another park or county. A bare zone word heads it as the park it stands for."""
    cfg = rules().located_in_park.paragraph
    text, facts = doc.text, []
    named = sorted((m for m in doc.mentions if m.key and m.sentence >= 0), key=lambda m: m.start)
    starts = [m.start for m in named]
    for key, after, limit in _paragraph_heads(doc, cfg, named):
        end = text.find("\n", after)
        end = min(len(text) if end < 0 else end, limit)
        # (only the mentions of the paragraph are read: a long document of short paragraphs stays linear)
        inside = named[bisect.bisect_left(starts, after) : bisect.bisect_left(starts, end)]
        stop = min((m.start for m in inside if m.type in ("Park", "County") and m.key != key), default=end)
        for m in inside:
            if m.type in ("Project", "Enterprise") and m.end <= stop and m.key != key:
                s = doc.sentences[m.sentence]
                facts.append(Fact("locatedInPark", m.key, key, s.start, s.end, cfg.id, cfg.confidence))
    return facts + _site_visits(doc, rules().located_in_park.site, named)


def _site_visits(doc, cfg, named) -> list[Fact]:
    """`X开发区…热潮。在P建设现场，…`: a sentence that opens on the site of a work or a firm (the last
    one named before the site's word) is a visit inside the park its paragraph named last before it
    (no county named between)."""
    text, facts = doc.text, []
    # (the name between holds no clause's or sentence's end, and the visit is read within its sentence)
    opens = regex_cache.compile(f"(?:{cfg.opens})[^，,。；;：:！？!?\n]{{2,{cfg.reach}}}?(?:{cfg.site})")
    site_word, verb, marks = (regex_cache.compile(r) for r in (cfg.site, cfg.opens, cfg.clause_marks))
    meeting = regex_cache.compile(cfg.meeting) if cfg.meeting else None
    scene_end = regex_cache.compile(cfg.scene_end) if cfg.scene_end else None
    starts = [m.start for m in named]
    own = doc.meta.get("county_code")
    for s in doc.sentences:
        v = opens.match(text, s.start, s.end)
        if not v or meeting and meeting.match(text, v.end(), s.end):
            continue
        # (a name that holds the verb, 走进E, is no name of the site: it starts after the verb)
        named_from = verb.match(text, s.start, s.end).end()
        in_site = named[bisect.bisect_left(starts, named_from) : bisect.bisect_left(starts, v.end())]
        sited = [m for m in in_site if m.end <= v.end() and m.type in ("Project", "Enterprise")]
        if not sited:
            continue
        # (another county named in the site's words, 在B县E生产车间, places the site there, not in the park)
        if any(m.type == "County" and (own is None or m.attrs.get("code") != own) for m in in_site):
            continue
        last = max(sited, key=lambda m: (m.end, -m.start))
        if not site_word.fullmatch(text, last.end, v.end()):  # (the site is that name's: 在P建设现场)
            continue
        line = text.rfind("\n", 0, s.start) + 1
        before = named[bisect.bisect_left(starts, line) : bisect.bisect_left(starts, s.start)]
        # (a county's name inside a park's, 昌图|经济开发区, is the park's)
        parks = [m for m in before if m.type == "Park"]
        place = next((m for m in reversed(before) if m.type == "Park" or (m.type == "County" and not any(
            p.start <= m.start and m.end <= p.end for p in parks))), None)
        if place is None or place.type != "Park":
            continue
        # (a park named beside another in its sentence, 平遥A园和B园的企业…, or in passing in another
        # actor's clause, E在X开发区投资建设P, is no scene the visit is set in)
        if len({m.key for m in before if m.type == "Park" and m.sentence == place.sentence}) > 1:
            continue
        clause = max((hit.end() for hit in marks.finditer(text, line, place.start)), default=line)
        if any(m.type in ("Project", "Enterprise") and clause <= m.start < place.start for m in before):
            continue
        if scene_end and scene_end.search(text, place.end, s.start):
            continue
        facts.append(Fact("locatedInPark", last.key, place.key, s.start, s.end, cfg.id, cfg.confidence))
    return facts


def _paragraph_heads(doc, cfg, named) -> list[tuple[str, int, int]]:
    """The parks that head their paragraphs: (the park's key, where its name ends, where what it
    heads ends at the latest: a scene set in the park ends before its paragraph does)."""
    text, heads = doc.text, []
    opener, heading = re.compile(cfg.opener), re.compile(f"(?:{cfg.colon})|(?:{cfg.heading})")
    scene = re.compile(f"(?:{cfg.opener})(?:{cfg.setting})") if cfg.setting else None
    scene_end = re.compile(cfg.setting_end) if cfg.setting_end else None
    for k in (m for m in named if m.type == "Park"):
        line = text.rfind("\n", 0, k.start) + 1
        if opener.fullmatch(text, line, k.start) and heading.match(text, k.end):
            heads.append((k.key, k.end, len(text)))
        elif scene and (follow := re.match(cfg.setting_follow, text[k.end : k.end + 4])):
            if scene.fullmatch(text, line, k.start):  # 在X开发区，…: the scene is set in the park
                stop = scene_end.search(text, k.end + follow.end()) if scene_end else None
                heads.append((k.key, k.end, stop.start() if stop else len(text)))
    bare = rules().located_in_park.bare
    words = sorted(set(bare.words) | set(bare.settle_words), key=len, reverse=True)
    short_heading = re.compile(cfg.heading)
    park_starts = {m.start: m for m in named if m.type == "Park"}
    of_kind: dict = {}  # (each kind's parks found once, as `bare_park_words` keeps them)
    line = 0
    while line < len(text):  # (matched in place: no copy of the rest of the text per line)
        at = opener.match(text, line).end()
        longer = park_starts.get(at)  # (a longer park's name begins there: 园区东片X产业园)
        word = next((w for w in words if text.startswith(w, at) and not (longer and longer.end > at + len(w))), None)
        if word and short_heading.match(text, at + len(word)):
            key = _bare_park(doc, bare, word, at, of_kind)
            if key:
                heads.append((key, at + len(word), len(text)))
        line = text.find("\n", line) + 1 or len(text)
    return heads


def bare_park_words(doc) -> list[Fact]:
    """`开发区供热管网`, `E在开发区内…`: a work named after the bare kind of park, or an enterprise
    placed in it, means the document's one park of that kind."""
    cfg = rules().located_in_park.bare
    parks = {}
    for k in (m for m in doc.mentions if m.type == "Park" and m.key):
        for word, full in cfg.words.items():
            if re.search(f"(?:{full})$", k.text):
                parks.setdefault(word, set()).add(k.key)
    facts = []
    longest_first = sorted(cfg.words, key=len, reverse=True)
    settle_first = sorted(set(cfg.words) | set(cfg.settle_words), key=len, reverse=True)
    settles = rules().located_in_park.settles
    mentions = [m for m in doc.mentions if m.type in ("Project", "Enterprise") and m.key and m.sentence >= 0]
    in_sentence = defaultdict(list)
    for m in mentions:
        in_sentence[m.sentence].append(m)
    of_kind: dict[str, list[Mention]] = {}  # (each kind's parks found once: a long text has thousands of works)
    for p in mentions:
        at = None
        if p.type == "Project":
            word = next((w for w in longest_first if p.text.startswith(w)), None)
            built = not word and re.search(cfg.built_in, clause_before(doc, p.start))
            if built:  # 在开发区投资5亿元建设P
                word, at = built.group("word"), p.start - len(built.group()) + built.start("word")
        else:  # E在开发区内…, A、B等企业入驻园区
            after = re.match(cfg.enterprise_in, doc.text[p.end : p.end + 16])
            at = after and p.end + after.end()
            word = at and next((w for w in settle_first if doc.text.startswith(w, at) and not _longer_name(doc, at, w)), None)
        park = word and _bare_park(doc, cfg, word, at if at is not None else p.start, of_kind)
        if park:
            s = doc.sentences[p.sentence]
            same = in_sentence[p.sentence]
            for q in [p] + (_list_before(doc, settles, p, same) if p.type == "Enterprise" else []):
                facts.append(Fact("locatedInPark", q.key, park, s.start, s.end, cfg.id, cfg.confidence))
    return facts


def _longer_name(doc, at: int, word: str) -> bool:
    """A longer park's name begins where the bare word stands (入驻|园区东片X产业园)."""
    return any(m.type == "Park" and m.start == at and m.end > at + len(word) for m in doc.mentions)


def _bare_park(doc, cfg, word: str, at: int, of_kind: dict | None = None) -> str | None:
    """The park a bare kind word stands for: the document's one park of that kind, or else the one
    park of that kind its paragraph names before it (`of_kind`: the parks of each kind, kept
    between the calls of one document)."""
    kind = cfg.words.get(word) or cfg.settle_words[word]
    of_kind = {} if of_kind is None else of_kind
    if kind not in of_kind:
        parks = sorted((m for m in doc.mentions if m.type == "Park" and m.key and re.search(f"(?:{kind})$", m.text)),
                       key=lambda m: m.start)
        of_kind[kind] = (parks, [m.start for m in parks], {m.key for m in parks})
    parks, starts, keys = of_kind[kind]
    if len(keys) == 1:
        return next(iter(keys))
    paragraph = doc.text.rfind("\n", 0, at) + 1
    keys = set()
    for m in parks[bisect.bisect_left(starts, paragraph) : bisect.bisect_left(starts, at)]:
        if m.end <= at:
            keys.add(m.key)
            if len(keys) > 1:
                return None
    return next(iter(keys)) if len(keys) == 1 else None


def _park_in_name(doc, cfg, x, parks) -> list[Mention]:
    """`X开发区供水管网`, `X市场提档升级`: a work named after the park it is in; not the park's
    own making (X物流园项目, X产业园有序搬迁: `own_works`)."""
    if x.type != "Project":
        return []
    return [k for k in parks if x.start <= _unquoted_start(doc, k) and k.end < x.end and (k.start, k.end) != (x.start, x.end)
            and not re.fullmatch(cfg.own_works, doc.text[k.end : x.end])
            and not (cfg.other_name and re.fullmatch(cfg.other_name, doc.text[k.end : x.end])
                     and re.search(f"(?:{cfg.other_name_before})$", doc.text[x.start : k.start]))
            and not (cfg.route_end and re.search(f"(?:{cfg.route_end})$", doc.text[x.start : k.start]))
            and not (cfg.route_from and _unquoted_start(doc, k) == x.start
                     and re.search(f"(?:{cfg.route_from})$", doc.text[max(0, x.start - 12) : x.start]))
            and not (x.start < _unquoted_start(doc, k) and re.fullmatch(cfg.phase, doc.text[k.end : x.end]))]


def _phase_of(doc, cfg, x, park) -> bool:
    """X园2期: the work is a phase of the park it names (it opens no list of the park's works)."""
    return park.end <= x.end and bool(re.fullmatch(cfg.phase, doc.text[park.end : x.end]))


def _unquoted_start(doc, m: Mention) -> int:
    """Where a name begins past the quote its mention may open with (“X小镇”一期工程: the work's name
    begins after the quote)."""
    return m.start + len(doc.text[m.start : m.end]) - len(doc.text[m.start : m.end].lstrip("“‘\"'"))


def _listed_after(doc, s, cfg, mentions, opens: dict[int, Mention], own: set[int]) -> list[Fact]:
    """`X集聚区A项目、B、C等项目`, `X园区新入驻A、B等企业`: what is listed after a work or an
    enterprise the park opens is in that park too, unless it names a park of its own (`own`)."""
    facts = []
    # (an item whose name a county opens is that county's, and ends the park's list: A、B县C工程等项目)
    counties = {m.start for m in mentions if m.type == "County"}
    for p in sorted(of_type(mentions, "Project", "Enterprise"), key=lambda m: m.start):
        park = next((k for end, k in opens.items() if re.fullmatch(cfg.joined, doc.text[end : p.start])), None)
        if park is not None and p.end not in own and park.key != p.key and p.start not in counties:
            opens[p.end] = park
            facts.append(fact("locatedInPark", p, park, s, cfg))
    return facts


def _a_later_item(doc, cfg, x) -> bool:
    """A、X园区B项目: `x` follows another item of its list (what joins them stands right before it)."""
    return bool(re.fullmatch(cfg.joined, doc.text[x.start - 1 : x.start]))


def park_firms(doc) -> list[Fact]:
    """`全力支持X示范园骨干企业…。重点支持A、B、C等企业…`: the firms a park's enterprises are
    said to be, in the same sentence after the park or, if none, in the next ones."""
    cfg = rules().located_in_park.firms
    facts = []
    enterprises = [m for m in doc.mentions if m.type == "Enterprise" and m.key and m.sentence >= 0]
    for k in (m for m in doc.mentions if m.type == "Park" and m.key and m.sentence >= 0):
        if not re.match(cfg.follow, doc.text[k.end : k.end + 8]):
            continue
        firms = [e for e in enterprises if e.sentence == k.sentence and e.start > k.end]
        if not firms:
            firms = [e for e in enterprises if k.sentence < e.sentence <= k.sentence + cfg.next_sentences]
        s = doc.sentences[k.sentence]
        facts += [Fact("locatedInPark", e.key, k.key, s.start, doc.sentences[e.sentence].end, cfg.id, cfg.confidence)
                  for e in firms]
    return facts


def _park_before(doc, cfg, x, mentions) -> list[Mention]:
    """`在园区建设P`, `园区的P`, `园区内P`: the park opens the clause that names the work."""
    before = [m for m in mentions if m.end <= x.start]
    # (a zone built as a work is a Project and a Park of one span: the Park is the place; the mention
    # nearest the work is the one that ends last, not a county inside the park's name, 昌图|经济开发区)
    last = max(((m.end, -m.start) for m in before), default=None)
    k = next((m for m in before if m.type == "Park" and (m.end, -m.start) == last), None)
    if k is None:
        return []
    gap = _between(doc, k, x)
    opened = re.search(f"(?:{cfg.opener})$", doc.text[max(0, k.start - 2) : k.start])
    if len(gap) <= cfg.max_gap and re.fullmatch(cfg.gap, gap) and (opened or re.fullmatch(cfg.direct_gap, gap)):
        return [k]
    return []


def _settles(doc, cfg, x, parks) -> list[Mention]:
    """`E入驻/落户/落地园区`: the enterprise or work settles in the park named after the verb;
    `E在开发区内建设K`: in the park it builds inside another (the last park the frame reaches)."""
    after = [k for k in parks if k.start >= x.end and k.start - x.end <= cfg.max_gap
             and re.fullmatch(cfg.gap, _between(doc, x, k))]
    return after[-1:]


def _list_before(doc, cfg, x, mentions) -> list[Mention]:
    """The items listed before `x` that settle with it (A、世界500强企业B、C等N家企业入驻园区):
    enterprises and works back from `x`, each joined to the next by `list_joined`."""
    found, nxt = [], x
    for m in sorted((m for m in mentions if m.end <= x.start), key=lambda m: m.end, reverse=True):
        if found and (m.start, m.end) == (nxt.start, nxt.end):
            found.append(m)  # the item is a work and its company (A、B等项目, B a company)
            continue
        if m.end > nxt.start or m.start >= nxt.start:
            continue  # (inside the item already taken: a work's company)
        if m.type not in ("Enterprise", "Project") or not re.fullmatch(cfg.list_joined, doc.text[m.end : nxt.start]):
            break
        found.append(m)
        nxt = m
    return found


def _lead_park(doc, s, cfg, mentions) -> list[Fact]:
    """`依托E1、E2等企业，加快园区建设`: the lead enterprises belong to the park built next."""
    facts = []
    lead = rules().undertaken_by.lead
    for k in of_type(mentions, "Park"):
        group = _lead_group(doc, lead, [m for m in mentions if m.end <= k.start])
        if group and re.fullmatch(cfg.lead.gap, doc.text[group[-1].end : k.start]):
            facts += [fact("locatedInPark", e, k, s, cfg.lead) for e in group]
    return facts


# --- literals and the county ----------------------------------------------


def clause_before(doc, pos: int) -> str:
    lo = max(0, pos - 30)
    return re.split(f"[{rules().clause_breaks}。]", doc.text[lo:pos])[-1]


def capacity(doc) -> list[Fact]:
    cfg = rules().capacity
    facts = []
    for p in (m for m in doc.mentions if m.type == "Project" and m.sentence >= 0 and m.key):
        s = doc.sentences[p.sentence]
        for q in amount.find_quantities(p.text):
            facts.append(fact("capacity", p, None, s, cfg, value=q.surface, amount=q.amount, unit=q.unit))
    return facts


def located_in(doc) -> list[Fact]:
    """What a county's document names (parks, projects, enterprises) lies in that county,
    unless the text places it in another: a different county named inside the name
    (B县X产业园) or right before it (在B县建设X)."""
    cfg = rules().located_in
    code = doc.meta.get("county_code")
    if not code:
        return []
    county = _County(f"county/{code}")
    elsewhere = sorted((m.start, m.end) for m in doc.mentions if m.type == "County" and m.attrs.get("code") not in (None, code))
    # another county starting before the name ends and ending at most max_gap_before before it
    # starts: the furthest end among those that start before the name ends, by bisection
    # (not every pair of names and counties: linear in a long document)
    starts = [start for start, _ in elsewhere]
    furthest = list(itertools.accumulate((end for _, end in elsewhere), max))
    facts = []
    for p in (m for m in doc.mentions if m.type in cfg.types and m.sentence >= 0 and m.key):
        before = bisect.bisect_left(starts, p.end)
        if not (before and furthest[before - 1] >= p.start - cfg.max_gap_before):
            facts.append(fact("locatedIn", p, county, doc.sentences[p.sentence], cfg))
    return facts


class Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


class _County:
    def __init__(self, key):
        self.key = key


def _gap(a, b) -> int:
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def same_clause(doc, a, b) -> bool:
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    between = doc.text[min(a.end, b.end) : max(a.start, b.start)] if _gap(a, b) else ""
    return not re.search(f"[{rules().clause_breaks}。]", between) and hi - lo < 200


def unique(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:
        k = (f.type, f.subject, f.object, str(f.value))
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
