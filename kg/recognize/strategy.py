"""Strategy: 战略 and campaign suffixes, quoted lines, counted and numbered
frameworks, lines recognised by their form (kg/rules/strategy.toml), and the
national and provincial lines named by the national documents (kg/data/national_lines.tsv).

A line is found by the shape of its name (X强国, 新发展X, 一X一Y, A于X、A于Y),
the word naming its kind (战略, 革命, 学习教育), the list it stands in
(A、B等国家战略) or its quotes; a line with no form of its own (西部大开发,
东北振兴) by its name in the table of national lines, where it stands
as a line (`national_lines`)."""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from kg import amount, lexicon, policy_lines, regex_cache, regex_words, rulebook
from kg.names import strip_place
from kg.document import Document, Mention
from kg.recognize import patterns


@dataclass(frozen=True, kw_only=True)
class LinePattern(rulebook.PatternRule):
    """`[[pattern]]` of the strategy family."""

    # a quoted list whose items share a tail of two characters or more names each item (“人文X、绿色X”)
    split_shared_tail: bool = False
    # the number that makes a quote a line may not be the one in the county's name (“五莲小米”)
    number_not_from_county: bool = False
    # a name ending in a suffix of these suffix rules of the project family (a work's or a facility's kind word:
    # “X污水处理厂”建设, “X大桥”建设) is a work, no line, unless it holds `work_end_unless` (a count or a list:
    # “三中心两园区”, “一县一馆”)
    not_work_end_of: tuple[str, ...] = ()
    work_end_unless: rulebook.Regex | None = None


@dataclass(frozen=True, kw_only=True)
class LineSuffix(rulebook.SuffixRule):
    """`[[suffix]]` of the strategy family."""

    # the suffix begins a jieba word (工业|强县), not inside one (新兴县, 建立|县级, 百强县)
    suffix_starts_word: bool = False
    # a name that holds the document's own county is the county's own zone, not a line it joins
    # (X市沐川经济区 in a report of 沐川县)
    not_own_county: bool = False
    # A、B、C战略: short items joined by 、 right before the name, none with a suffix of its own,
    # share its suffix: the whole series is one line (items at most this long; 0: the name alone)
    series_item_max: int = 0
    # ... and at most this many items before it: a longer run is an enumeration, not one line's name
    series_max_items: int = 0
    # a name the document also names right after this (an honour: 创建全省X, 争创X) is that honour
    # wherever it stands (打造X of a report that says 创建全省X is the title it seeks, not a line)
    honour_before: rulebook.Regex | None = None
    # the walk back may cross a quote closed right before another opens (“A”“B”行动): false, the run names
    # each quote, not one line made of them (the quoted rules read “A”“B”行动 as the lines A and B)
    across_quote_runs: bool = True


@dataclass(frozen=True, kw_only=True)
class Parallel:
    """`[parallel]`: slogans whose parts repeat one frame (不X腐、不Y腐)."""

    id: str
    confidence: float
    # a run of Han words joined by 、
    regex: rulebook.Regex
    max_parts: int
    # what the last part may run on with (相结合), cut after it
    tail: rulebook.Regex
    min_part: int
    max_part: int
    # parts whose frame is one character at each end are at most this long (不敢腐); longer
    # ones are work-style pairs (高起点谋划、高质量推进), and a rank is no part (第五位)
    edge_frame_max_part: int
    not_part: rulebook.Regex


@dataclass(frozen=True, kw_only=True)
class CountyLines:
    """`[county_lines]`: lines named after the document's county (法治X, 平安X)."""

    id: str
    confidence: float
    prefixes: tuple[str, ...]
    # the county may be named new after its quality (美好新X)
    new_county: bool
    # what after the county's name makes it a body or a place (平遥县委, 平遥古城)
    not_after: rulebook.Regex
    # a run of this many qualities or more before the county's name is one line (富强美丽平安幸福X)
    vision_id: str
    min_qualities: int
    # ... and so is a run of this many before the county named new (现代化新X: 新 marks the vision)
    min_qualities_new: int
    qualities: tuple[str, ...]
    # 建设“双优”X: a quoted count of qualities before the county's name (the quotes dropped)
    quoted_id: str
    quoted_prefix: rulebook.Regex
    # “红色X”, “绿水青山X”: a quote that ends with the county's name is the county's brand or line
    # (what may stand before the name inside the quote; a quote right after it pairs it with another
    # place's, an event: “A”“B”)
    brand_id: str = ""
    brand_before: rulebook.Regex = ""


@dataclass(frozen=True, kw_only=True)
class Members:
    """`[members]`: the members of counted frameworks, found around them."""

    id: str
    confidence: float
    # how far from the framework its members are looked for
    window: int
    max_prefix: int
    # members sharing the framework's tail are read only up to the end of its sentence (one of these):
    # the next sentence's phrases that end alike (坚定“三个信心”。…坚定政治信心，增强工作信心) are its talk
    sentence_ends: str = ""
    # verbs that lead a listed member and are not part of it
    verbs: tuple[str, ...]
    letter_id: str
    max_item: int
    bullet_id: str
    listed_id: str
    min_listed: int
    max_listed: int
    # ——壮大三种经济形态。数字经济加快成长…；飞地经济取得突破…: a counted framework in its paragraph's
    # heading (what may stand before it at the paragraph's start, how far into the paragraph it may
    # stand); the sentences after it that open with a name ending in the kind's first word are its members
    heading_id: str
    heading_opener: rulebook.Regex
    heading_window: int
    max_item_chars: int
    # a listed item ending like a zone is a park, not a member
    zone_endings: tuple[str, ...]
    # a counted framework whose kind this finds at its end (三大主导产业, 两大产业集群) counts a set of
    # industries: the items listed right before it are industries, no member lines
    listed_not_kind: rulebook.Regex = ""
    # a framework whose kind this finds at its end names lines (三大战略, 三场硬仗, 三件大事): the first of the
    # items listed before it, when it ends in a soft verb, is read back to its clause's start or `max_listed`
    listed_soft_kind: rulebook.Regex = ""
    # ... without the words leading it that jieba tags so (扭住, 统筹推进: verbs and adverbs) or that are
    # boundary words, as long as `min_listed` characters are left
    listed_lead_tags: rulebook.Regex = ""
    # a listed item this finds (青河镇, 南山街道) or named whole by the gazetteer is a place, no member
    place_name: rulebook.Regex = ""
    # “三大X”…瞄准“A、B、C”新X: a quoted list of as many items, named by the framework's kind
    quoted_id: str
    # “A立县、B强县”发展战略, “A香河、B香河”目标: a line whose name lists other lines has them as
    # members only when this kind ends its name or follows it; a bare list or a way of thinking
    # (“A立县、B强县”发展思路) is one line, its parts no lines of their own
    named_list_kind: rulebook.Regex
    # …奋力打好四场攻坚战。…（一）打好园区提质攻坚战，…: the headings of the sections after a counted
    # framework (`section_heading`: its opener, the verb it may lead with, the name up to its first stop)
    # that name a line ending in the framework's kind are its members, as many as its count at most, up to
    # the heading of a part after the last of them (`part_heading`: 二、…, a part of the report of its own)
    section_id: str = ""
    section_heading: rulebook.Regex = ""
    part_heading: rulebook.Regex = ""


@dataclass(frozen=True, kw_only=True)
class NationalLines:
    """`[national_lines]`: the lines of kg/data/national_lines.tsv, where they stand as a line."""

    id: str
    confidence: float
    # what, right after the name, makes it a modifier of another name (美丽中国|示范村)
    modifier_heads: rulebook.Regex
    # a line found by another rule whose name is a national line and this after it (稳字当头、稳中求进|工作总基调)
    # is that line, named with its kind: it gets the line's key
    kind_after: rulebook.Regex = ""


@dataclass(frozen=True, kw_only=True)
class NationalFramework:
    """`[[national_framework]]`: a framework the national documents name with its members (三大攻坚战:
    防范化解重大风险、精准脱贫、污染防治, CPC19)."""

    id: str
    confidence: float
    # the framework's name as the report writes it (三大攻坚战, “三大攻坚”)
    framework: rulebook.Regex
    # its members, each as the forms a report may name it by (精准脱贫 | 脱贫攻坚)
    members: tuple[tuple[str, ...], ...]
    # the members are read within this many characters after the framework, or before it in its list
    window: int
    window_before: int
    # the national document that names them (a source of kg/data/national_lines.tsv)
    source: str


@dataclass(frozen=True, kw_only=True)
class CountedIndustries:
    """`[counted_industries]`: A、B和C三大主导产业, read back from its count."""

    id: str
    confidence: float
    # the count and the kind that close the list
    anchor: rulebook.Regex
    # the list right before the anchor (ending where it begins)
    items: rulebook.Regex
    # how far back the list is looked for
    window: int


@dataclass(frozen=True, kw_only=True)
class CountedParts:
    """`[counted_parts]`: “锚定一个愿景、突出四个重点”: a line listing counted frameworks, each
    led by its verb, has them as its members."""

    id: str
    confidence: float
    # one part of the list: its verb (`lead`), the counted framework (`member`) ...
    part: rulebook.Regex
    # ... and, after the last one, the kind the whole line names (工作思路)
    kind: rulebook.Regex
    # bare parts (“三大战略、八大行动”) are members only where the kind is named too, as parts led
    # by verbs always are (false: a bare list of counted frameworks has them as members)
    bare_parts_need_kind: bool


@dataclass(frozen=True, kw_only=True)
class HonourTitle:
    """`[honour_title]`: a name that is the whole title a county won (获“A”“B”等荣誉, 连续三年获评全省X十强县。)
    is the honour, no line: the name stands right after an honour verb and the title's qualifier
    (`before`, ending where the name starts) and the title closes right after it (`after`)."""

    before: rulebook.Regex
    after: rulebook.Regex
    # only a name this finds is one (a record reached is a list of results: 、)
    name: rulebook.Regex = ""


@dataclass(frozen=True, kw_only=True)
class StrategyRules(rulebook.Family):
    """kg/rules/strategy.toml."""

    suffix: tuple[LineSuffix, ...] = ()
    pattern: tuple[LinePattern, ...] = ()
    list: rulebook.ListRule
    parallel: Parallel
    county_lines: CountyLines
    members: Members
    national_lines: NationalLines
    counted_industries: CountedIndustries
    counted_parts: CountedParts
    national_framework: tuple[NationalFramework, ...] = ()
    honour_title: HonourTitle | None = None
    # a record the county reached, named whole in quotes (实现“甲、乙”。): `before`, `after` and `name` as a title's
    record_reached: HonourTitle | None = None


def rules() -> patterns.Rules:
    return patterns.load("strategy", StrategyRules)


# a framework whose name opens with its count and a counter (三件大事, 五个突破): the members
# listed, bulleted or following it are as many
_COUNT_OPENED = regex_cache.compile(r"^(?P<count>[一二三四五六七八九十两]+)[个大篇项座条件场]")
_BULLET = regex_cache.compile(r"\s*[-—–★●◆■•·]\s*")
_LETTERED = regex_cache.compile(r"^(?P<count>[一二三四五六七八九十两]+)(?P<letter>[\u4e00-\u9fff])$")
_ITEM_BREAK = regex_cache.compile(r"[、，,；;。：:\n]")
_COUNTED = regex_cache.compile(r"^(?P<count>[一二三四五六七八九十两]+)[个大座项](?P<tail>[\u4e00-\u9fff]{2,4})$")
# the count and kind closing the last item of a series (A、B|凤凰涅槃两大攻坚战): the series counted whole
_SERIES_COUNT = regex_cache.compile(r"(?P<count>[一二三四五六七八九十两]+)[个大项](?P<tail>[\u4e00-\u9fff]{2,4})$")


def find(doc: Document) -> list[Mention]:
    mentions = [m for m in patterns.find(doc, rules())
                if not _ends_as_work(m) and not _counted_by_place_name(doc, m) and not _idiom(m) and not _suffix_inside_word(doc, m)
                and not _named_after_own_county(doc, m) and not _holds_own_county(doc, m) and not _across_quote_run(doc, m)]
    mentions = _not_honours(doc, mentions)
    mentions = [_with_series_before(doc, part) for m in mentions for part in _shared_tail_parts(doc, m)]
    quoted = quoted_members(doc, mentions)
    listed = {(q.attrs["list_start"], q.attrs["list_end"]) for q in quoted}
    mentions = [m for m in mentions if (m.start, m.end) not in listed] + quoted
    return _not_titles_won(doc, (
        mentions + framework_members(doc, mentions) + letter_members(doc, mentions) + bulleted_members(doc, mentions)
        + listed_members(doc, mentions) + county_lines(doc) + patterns.list_items(doc, rules()) + parallel_slogans(doc)
        + national_lines(doc, mentions) + counted_industries(doc) + lines_listed_in_a_name(doc, mentions)
        + counted_parts(doc, mentions) + heading_members(doc, mentions) + national_members(doc, mentions)
        + section_members(doc, mentions)))


@lru_cache(maxsize=1)
def _title_won() -> tuple[tuple[re.Pattern, re.Pattern, re.Pattern | None], ...]:
    family = rules().record
    return tuple((regex_cache.compile(f"(?:{cfg.before})$"), regex_cache.compile(cfg.after), regex_cache.compile(cfg.name) if cfg.name else None)
                 for cfg in (family.honour_title, family.record_reached) if cfg)


def _not_titles_won(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop a name that is the whole title the county won (`[honour_title]`) or the record it reached
    (`[record_reached]`), whichever rule found it."""
    titles = _title_won()
    if not titles or not mentions:
        return mentions
    text = doc.text

    def won(start: int, end: int, before, after, name) -> bool:
        return ((name is None or name.search(text, start, end)) and before.search(text, max(0, start - 48), start) is not None
                and after.match(text, end, end + 40) is not None)

    # (a title that names what it holds (`name`: a list's 、) is judged on its whole quote, so that the items a
    # rule split it into (一窗通办|、|全城通办) go with it)
    return [m for m in mentions
            if not any(won(m.start, m.end, *title) or (title[2] is not None and (q := _quote_around(text, m.start, m.end))
                                                         and won(*q, *title)) for title in titles)]


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the quote (“…”, at most 40 characters) that holds text[start:end], if one does."""
    lo = max(0, start - 40)
    opened = max(text.rfind("“", lo, start + 1), text.rfind('"', lo, start + 1))
    if opened < 0:
        return None
    closed = text.find("”", max(opened + 1, end - 1), opened + 42)
    if closed < 0 or closed < end - 1 or "“" in text[opened + 1 : closed]:
        return None
    return opened + 1, closed


def national_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """“三大攻坚战”初战告捷。防范化解重大风险有力有为…: the members of a framework the national documents
    name with them (`[[national_framework]]`), named bare near it (after it, or before it in its list),
    on token boundaries: each is a line and that framework's member, however it is worded."""
    found = []
    for cfg in rules().record.national_framework:
        frames = [m for m in mentions if re.fullmatch(cfg.framework, m.text)]
        if not frames:
            continue
        member_of = {form: k for k, forms in enumerate(cfg.members) for form in forms}
        starts, ends = doc.token_edges()
        for frame in frames:
            lo, hi = max(0, frame.start - cfg.window_before), min(len(doc.text), frame.end + cfg.window)
            for at, end in (regex_words.word_places(doc.text, tuple(member_of), lo, hi) or {}).items():
                name = doc.text[at:end]
                if frame.start <= at < frame.end or starts and (at not in starts or end not in ends):
                    continue
                found.append(Mention("Strategy", name, at, end, cfg.id, cfg.confidence, attrs=_member(frame, member_of[name])))
    return found



_HEADED = regex_cache.compile(r"^(?P<count>[一二三四五六七八九十两]+)[种个大类](?P<head>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,2}$")
_SENTENCE_START = regex_cache.compile(r"(?:^|(?<=[。；;]))\s*")


def heading_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """——壮大三种经济形态，…。数字经济加快成长…；飞地经济取得突破…: a counted framework that opens its
    paragraph as its heading; the sentences of the paragraph that open with a name ending in the
    kind's first word (经济 of 经济形态) name its members, as many as its count at most."""
    cfg = rules().record.members
    found = []
    for frame, m, n in _counted(mentions, _HEADED, least=2):
        line = doc.text.rfind("\n", 0, frame.start) + 1
        if frame.start - line > cfg.heading_window or not re.fullmatch(cfg.heading_opener, doc.text[line : frame.start]):
            continue
        end = doc.text.find("\n", frame.end)
        end = len(doc.text) if end < 0 else end
        member = regex_cache.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?{m.group('head')})(?![\u4e00-\u9fff]{{0,2}}(?:形态|和|、))")
        names = []
        for start in _SENTENCE_START.finditer(doc.text, frame.end, end):
            hit = member.match(doc.text, start.end(), end)
            if hit and hit.group("name") not in names and len(names) < n \
                    and patterns.accept(rules(), rulebook.ANY_NAME, hit.group("name"), None):  # (not 全县经济)
                names.append(hit.group("name"))
                found.append(Mention("Strategy", hit.group("name"), hit.start(), hit.end(), cfg.heading_id,
                                     cfg.confidence, attrs=_member(frame, len(names) - 1)))
    return found


# a framework counted by any counter (四场攻坚战, 五大变革, 六大战役) and the kind its members end in
_SECTIONED = regex_cache.compile(r"^(?P<count>[一二三四五六七八九十两]+)[个大场项件篇座](?P<tail>[\u4e00-\u9fff]{2,4})$")


def section_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """…奋力打好四场攻坚战。…（一）打好园区提质攻坚战。…: a counted framework the report names before
    its sections, and the headings of the sections after it that name a line ending in the framework's
    kind (the verb leading it dropped): each is its member, in the headings' order, as many as its
    count at most, and no part heading (一、…: `part_heading`) after the last member. The headings are read
    once per document, and only where a framework was found."""
    cfg = rules().record.members
    frames = [(f, m, n) for f, m, n in _counted(mentions, _SECTIONED, least=2)]
    if not cfg.section_heading or not frames:
        return []
    headings = [h for h in patterns.compiled(cfg.section_heading).finditer(doc.text)]
    parts = [p.start() for p in patterns.compiled(cfg.part_heading).finditer(doc.text)] if cfg.part_heading else []
    found, done = [], set()
    for frame, m, n in sorted(frames, key=lambda x: x[0].start):
        tail = m.group("tail")
        if frame.text in done:
            continue  # (the framework named again: its sections were read after its first naming)
        names, last = [], frame.end
        for h in headings:
            name = h.group("name")
            if names and any(last <= p < h.start() for p in parts):
                break  # (a part of the report of its own begins after the last member: 二、…)
            if h.start() < frame.end or len(names) == n or not name.endswith(tail) or len(name) < len(tail) + 2 \
                    or name == frame.text or _SECTIONED.match(name) or name.endswith(cfg.zone_endings) \
                    or not patterns.accept(rules(), rulebook.ANY_NAME, name, None):
                continue
            names.append(name)
            last = h.end()
            found.append(Mention("Strategy", name, h.start("name"), h.end("name"), cfg.section_id, cfg.confidence,
                                 attrs=_member(frame, len(names) - 1)))
        if names:
            done.add(frame.text)
    return found


def counted_parts(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """“锚定一个愿景、突出四个重点、推进六大工程”工作思路, “两大战略、六大行动”工作部署: every part
    of the line is a counted framework: each is a member of the line. Parts led by verbs make a line
    only when the text names its kind (工作思路, 部署): “强化一个规划、突出三个重点” alone is an aim;
    bare parts without the kind (“三大战略、八大行动”) are one line's name (`bare_parts_need_kind`)."""
    cfg = rules().record.counted_parts
    part, kind = patterns.compiled(cfg.part), patterns.compiled(cfg.kind)
    found = []
    for frame in mentions:
        raw = doc.text[frame.start : frame.end]
        if "、" not in raw:
            continue
        spans = patterns.item_spans(raw, frame.start)
        # the kind ends the name (…”工作思路) or follows it (“…”工作部署)
        named = kind.search(doc.text, spans[-1][0], frame.end) or kind.match(doc.text, frame.end)
        if named and named.start() < frame.end:
            spans[-1] = (spans[-1][0], named.start())
        members, led = [], False
        for start, end in spans:
            hit = part.fullmatch(doc.text, start, end)
            if not hit:
                break
            led = led or hit.group("lead") != ""
            members.append((hit.start("member"), hit.end("member")))
        if len(members) == len(spans) >= 2 and (named or not led and not cfg.bare_parts_need_kind):
            found += [Mention("Strategy", doc.text[a:b], a, b, cfg.id, cfg.confidence, attrs=_member(frame, k))
                      for k, (a, b) in enumerate(members)]
    return found


def counted_industries(doc: Document) -> list[Mention]:
    """培育A、B和C三大主导产业: the list before a count of industries, with the count, is one line.
    The count is found first and the list read back from it (a scan for the list itself
    would try every place in the text)."""
    cfg = rules().record.counted_industries
    items = patterns.compiled(cfg.items)
    found = []
    for a in patterns.compiled(cfg.anchor).finditer(doc.text):
        lo = max(0, a.start() - cfg.window)
        listed = items.search(doc.text, lo, a.start())
        if not listed:
            continue
        start = patterns.trim_leading(doc.text, listed.start(), a.end(), rules().boundary)
        text = patterns.clean(doc.text[start : a.end()])
        if patterns.accept(rules(), _LONG_NAME, text, None):  # (the family's rejections: A、B等… is cut short)
            found.append(Mention("Strategy", text, start, a.end(), cfg.id, cfg.confidence))
    return found


_LONG_NAME = rulebook.NameRule(max_length=60)


def lines_listed_in_a_name(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """“科技立县、商贸兴县、旅游富县”发展战略: a line whose name lists other lines has
    them as its members, and recognize keeps them inside it. Nothing new is found:
    the members are marked (attrs: framework, member). Only a name of the kind
    `named_list_kind` (a strategy, a goal) has members: the parts of “A立县、B强县”发展思路 are
    not marked, and recognize keeps the one line."""
    spans = {id(m): _unquoted(doc.text, m.start, m.end) for m in mentions}
    lines = sorted(mentions, key=lambda m: spans[id(m)])
    starts = [spans[id(m)][0] for m in lines]
    kind = rules().record.members.named_list_kind
    follows, ends = patterns.compiled(kind), patterns.compiled(f"(?:{kind})$")
    for frame in lines:
        if "、" not in frame.text:
            continue
        start, end = spans[id(frame)]
        # (only the lines that begin inside the frame: found by bisection, a long text has thousands)
        near = lines[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]
        inside = [m for m in near if m is not frame and spans[id(m)][1] <= end and "、" not in m.text]
        if not (follows.match(doc.text, frame.end) or ends.search(frame.text)):
            for m in inside:  # (without the opening quote a walk kept, a part lies inside the one line)
                m.start = max(m.start, spans[id(m)][0])
            continue
        # (the shortest name at each place: 旅游富县, not 旅游富县发展战略)
        inside = [m for m in inside if not any(o is not m and spans[id(o)][0] == spans[id(m)][0] and spans[id(o)][1] < spans[id(m)][1] for o in inside)]
        # (nor a name that begins inside another: 依法治县 and 治|县发展战略, the frame's own kind)
        inside = [m for m in inside if not any(spans[id(o)][0] < spans[id(m)][0] < spans[id(o)][1] for o in inside)]
        joined = all(doc.text[spans[id(a)][1] : spans[id(b)][0]] == "、" for a, b in zip(inside, inside[1:]))
        if len(inside) >= 2 and joined:
            for k, m in enumerate(inside):
                m.attrs.update(_member(frame, k))
    return []


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quotes at its ends (a walk leftwards keeps an opening quote)."""
    while start < end and text[start] in patterns.QUOTES:
        start += 1
    while end > start and text[end - 1] in patterns.QUOTES:
        end -= 1
    return start, end


def national_lines(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """西部大开发, 东北振兴: the lines of the national documents, by name, where they stand
    as a line: on jieba's token boundaries (not 双碳 inside 双|碳纤维), not a modifier of
    the name that follows (美丽中国|示范村: `modifier_heads`), not a part of a longer
    quoted name (“非遗+美丽中国”, 《X数字中国规划》), and a province's line only in a
    document of that province (机制活、产业优、百姓富、生态美). The mention knows the line's
    full name (attrs["known_as"]): link gives all its forms one key.

    A line that another line's name runs on from, past the 、 inside the line (碳达峰、|碳中和
    山西行动: the walk from 行动 stopped at 、), is the start of that name: the two make one."""
    cfg = rules().record.national_lines
    finder, by_form = _line_finder()
    province = _province(doc)
    starts, ends = doc.token_edges()
    by_start: dict[int, list[Mention]] = {}
    for m in mentions if cfg.kind_after else ():
        by_start.setdefault(m.start, []).append(m)
    found = []
    for start, end in patterns.finditer_across_quotes(finder, doc.text):
        text = doc.text[start:end]
        line = by_form[patterns.clean(text)]
        if line.province and line.province != province or start not in starts or end not in ends:
            continue
        if re.match(cfg.modifier_heads, doc.text[end : end + 8]) or _inside_longer_quote(doc.text, start, end):
            continue
        longer = "、" in text and next(
            (o for o in mentions if start < o.start < end < o.end and doc.text[o.start - 1] == "、"), None)
        if longer:
            longer.start, longer.text = start, patterns.clean(doc.text[start : longer.end])
            continue
        found.append(Mention("Strategy", patterns.clean(text), start, end, cfg.id, cfg.confidence,
                             attrs={"known_as": line.name}))
        if cfg.kind_after:
            for o in by_start.get(start, ()):
                if o.end > end and re.fullmatch(cfg.kind_after, doc.text[end : o.end]):
                    o.attrs.setdefault("known_as", line.name)
    return found


@lru_cache(maxsize=1)
def _line_finder() -> tuple[re.Pattern, dict[str, policy_lines.PolicyLine]]:
    """One regex for every form of every line, longest first; quotes may stand inside (“两山”理念:
    `patterns.finditer_across_quotes`)."""
    by_form = {form: line for line in policy_lines.load() for form in line.forms}
    return regex_cache.compile(regex_words.choice_of_words(sorted(by_form, key=len, reverse=True))), by_form


def _province(doc: Document) -> str:
    county = patterns.own_county(doc)
    # (a report naming its county only inside other names has its province all the same)
    return county.province if county is not None else doc.meta.get("province_code", "")


def _inside_longer_quote(text: str, start: int, end: int) -> bool:
    """“非遗+美丽中国”, 《X数字中国发展规划》: the name is one part of what the quotes hold."""
    for left, right in ("“”", "《》"):
        opening = text.rfind(left, max(0, start - 30), start + 1)
        if opening < 0 or right in text[opening:start]:
            continue
        closing = text.find(right, opening)
        if closing >= end and (opening + 1 < start or closing > end):
            return True
    return False


def _shared_tail_parts(doc: Document, m: Mention) -> list[Mention]:
    """“人文X、绿色X、和谐X”: a quoted list whose items share a tail of two characters
    or more lists the members of one framework, each a line of its own."""
    if "、" not in m.text or not _flag(m, "split_shared_tail"):
        return [m]
    parts = m.text.split("、")
    tail = os.path.commonprefix([p[::-1] for p in parts])[::-1]
    if len(tail) < 2 or any(len(p) <= len(tail) for p in parts):
        return [m]
    found, pos = [], m.start
    for part in parts:
        start = doc.text.find(part, pos, m.end)
        if start < 0:
            return [m]
        pos = start + len(part)
        found.append(Mention("Strategy", part, start, pos, m.rule, m.confidence))
    return found


def _with_series_before(doc: Document, m: Mention) -> Mention:
    """林业增效、畜牧提质、旅游富民|战略: items joined by 、 right before a name share its
    suffix (`series_item_max`): the line starts at the first item. Each item is walked back from
    its 、 to a boundary (a verb, punctuation); an item that ends with a suffix of the rule is a
    line of its own (创新驱动战略、工业强县战略), a longer one is a clause, not an item, and a run of more
    items than `series_max_items` an enumeration."""
    limit = _flag(m, "series_item_max")
    if not limit or doc.text[m.start - 1 : m.start] != "、" or set(doc.text[m.start : m.end]) & set(patterns.QUOTES):
        return m  # (a quoted series is the quotes' to name: “A、B”发展战略)
    rule, family = _patterns_by_id()[m.rule], rules()
    start, joint, items = m.start, m.start - 1, 0
    while doc.text[joint : joint + 1] == "、":
        if items == rule.series_max_items:
            return m
        item = patterns.trim_leading(doc.text, patterns.extend_left(doc, joint, limit + 4, family.boundary), joint,
                                     family.boundary)
        text = doc.text[item:joint]
        if not 2 <= len(text) <= limit or not re.fullmatch(r"[\u4e00-\u9fff]+", text) \
                or any(x in text for x in rule.suffixes) or doc.text[item - 1 : item] == "等":
            break
        start, joint, items = item, item - 1, items + 1
    if start == m.start or doc.text[start - 1 : start] in patterns.QUOTES:
        return m
    # (a series of national lines, 扩大内需、乡村振兴战略 or 蓝天、碧水、净土保卫战, names each of them; a list
    # counted by its kind, A、B两大攻坚战 with as many items as its count, is one line whatever its items are)
    _, by_form = _line_finder()
    listed = doc.text[start : m.start - 1].split("、")
    counted = _SERIES_COUNT.search(m.text)
    if counted and int(amount.number(counted.group("count")) or 0) == len(listed) + 1:
        pass
    elif m.text in by_form or any(item in by_form for item in listed):
        return m
    return Mention("Strategy", patterns.clean(doc.text[start : m.end]), start, m.end, m.rule, m.confidence, attrs=m.attrs)


def _idiom(m: Mention) -> bool:
    """一心一意 has the form of a counted slogan; jieba's dictionary knows it as an idiom."""
    tag = _flag(m, "idiom_tag")
    return bool(tag) and lexicon.word_tag(m.text) == tag


def _named_after_own_county(doc: Document, m: Mention) -> bool:
    """…建设生态富民新岚皋|发展战略: a line's name that is only the document's own county (new or not)
    before its suffix is the cut end of a longer line (`core_not_place`, as for other places)."""
    if not _flag(m, "core_not_place"):
        return False
    county = patterns.own_county(doc)
    suffix = next((x for x in getattr(_patterns_by_id()[m.rule], "longest_first", ()) if m.text.endswith(x)), None)
    if county is None or suffix is None:
        return False
    return m.text[: -len(suffix)].removeprefix("新") in {county.short, county.name}


def _holds_own_county(doc: Document, m: Mention) -> bool:
    """乐山空港沐川经济区 in a report of 沐川县: a region named after the county itself is its own
    zone (`not_own_county`)."""
    if not _flag(m, "not_own_county"):
        return False
    county = patterns.own_county(doc)
    return county is not None and len(county.short) >= 2 and county.short in m.text


def _suffix_inside_word(doc: Document, m: Mention) -> bool:
    """新兴县, 建立|县级: the suffix (兴县, 立县) begins inside a word of jieba's (`suffix_starts_word`)."""
    if not _flag(m, "suffix_starts_word"):
        return False
    suffix = next(x for x in _patterns_by_id()[m.rule].longest_first if m.text.endswith(x))
    return m.end - len(suffix) not in doc.token_edges()[0]


def _not_honours(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop the names of a rule with `honour_before` that the document names after it anywhere
    (创建全省教育强县 … 打造教育强县: the honour sought, not a line). One search of all such names."""
    honour = {m.text: _flag(m, "honour_before") for m in mentions if _flag(m, "honour_before")}
    if not honour:
        return mentions
    text, honoured = doc.text, set()
    for at, end in (regex_words.word_places(text, tuple(sorted(honour))) or {}).items():
        name = text[at:end]
        if name not in honoured and re.search(f"(?:{honour[name]})$", text[max(0, at - 8) : at]):
            honoured.add(name)
    return [m for m in mentions if m.text not in honoured] if honoured else mentions


# (quotes of two characters or more: “绿”“富”发展战略 is one line named by its letters)
_QUOTE_RUN = regex_cache.compile(r"[^“”\"]{2}[”\"][“\"][^“”\"]{2}")


def _across_quote_run(doc: Document, m: Mention) -> bool:
    """“甲乙增效”“丙丁换新”行动: a suffix rule's name that runs back across a run of quotes of two characters
    or more, if its rule says it may not (`across_quote_runs`)."""
    return _flag(m, "across_quote_runs") is False and _QUOTE_RUN.search(doc.text, m.start, m.end) is not None


def _flag(m: Mention, name: str):
    """The field `name` of the pattern or suffix rule that found `m` (None for the other rules)."""
    rule = _patterns_by_id().get(m.rule)
    return getattr(rule, name, None) if rule is not None else None


@lru_cache(maxsize=1)
def _patterns_by_id() -> dict[str, LinePattern | LineSuffix]:
    return {r.id: r for r in (*rules().pattern_rules, *rules().suffix_rules)}


_NUMERAL = regex_cache.compile(r"[一二三四五六七八九十两百\d]")


def _ends_as_work(m: Mention) -> bool:
    """“城东新区污水处理厂”建设, “X大桥”建设: a name ending in a kind word of the project family's suffix
    rules its rule names (`not_work_end_of`) is a work, no line, unless it holds a count or a list."""
    ids = _flag(m, "not_work_end_of")
    if not ids:
        return False
    unless = _flag(m, "work_end_unless")
    return not (unless and re.search(unless, m.text)) and m.text.endswith(_work_ends(tuple(ids)))


@lru_cache(maxsize=8)
def _work_ends(ids: tuple[str, ...]) -> tuple[str, ...]:
    """The suffixes of the project family's suffix rules `ids` (an unknown id is an error of the rule files)."""
    from kg.recognize import project  # (read lazily: the project family reads others at import)
    by_id = {r.id: r for r in project._rules().suffix_rules}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise ValueError(f"not_work_end_of names no suffix rule of the project family: {unknown}")
    return tuple(sfx for i in ids for sfx in by_id[i].suffixes)


def _counted_by_place_name(doc: Document, m: Mention) -> bool:
    """“五莲小米”: a quoted phrase passes for a numbered line only by the numeral in a place's name."""
    if not _flag(m, "number_not_from_county") or not _NUMERAL.search(m.text) or re.search("[、+]", m.text):
        return False
    county = patterns.own_county(doc)
    if county is None:
        return False
    return not _NUMERAL.search(m.text.replace(county.name, "").replace(county.short, ""))


def county_lines(doc: Document) -> list[Mention]:
    """法治平遥, 平安平遥: lines named after the document's own county."""
    county = patterns.own_county(doc)
    if county is None:
        return []
    cfg = rules().record.county_lines
    # the full name first: a set of the two would give a different order in every process
    ordered = sorted({county.short, county.name}, key=len, reverse=True)
    names = "|".join(map(re.escape, ordered))
    # (not the county's bodies or places: 平遥县委, 美丽平遥古城)
    after = f"(?![\u4e00-\u9fff]{{0,1}}(?:{cfg.not_after}))"
    # Each pattern holds the county's name, so it is compiled for every county anew, and its
    # classes of Han characters cost a millisecond each: it is compiled only for a text where
    # the county's name follows the word the pattern puts right before it (`_named_after`).
    found, text = [], doc.text
    if _named_after(text, ordered, _ends_with([*cfg.prefixes, *(["新"] if cfg.new_county else [])], text)):
        pattern = regex_cache.compile(f"(?:{'|'.join(cfg.prefixes)}){'新?' if cfg.new_county else ''}(?:{names}){after}")
        found += [Mention("Strategy", m.group(), m.start(), m.end(), cfg.id, cfg.confidence) for m in pattern.finditer(doc.text)]
    # 富强美丽平安幸福X, 现代化美好新X: a run of qualities before the county's name (a new one: 新X)
    if _named_after(text, ordered, _ends_with_run(cfg.qualities, cfg.min_qualities, cfg.min_qualities_new, text)):
        qualities = "|".join(sorted(cfg.qualities, key=len, reverse=True))
        vision = regex_cache.compile(f"(?:(?:{qualities}){{{cfg.min_qualities},}}新?|(?:{qualities}){{{cfg.min_qualities_new},}}新)"
                            f"(?:{names}){after}")
        # (a vision ends in the county's name after a run of qualities: tried only in such runs)
        plain = all(re.escape(q) == q for q in cfg.qualities)
        visions = patterns.finditer_in_runs_before(vision, doc.text, (county.short, county.name), "".join(cfg.qualities) + "新") \
            if plain else vision.finditer(doc.text)
        found += [Mention("Strategy", m.group(), m.start(), m.end(), cfg.vision_id, cfg.confidence) for m in visions]
    if _named_after(text, ordered, _ends_with(["”"], text)):
        quoted = regex_cache.compile(f"“(?P<prefix>{cfg.quoted_prefix})”(?P<county>{names}){after}")
        found += [Mention("Strategy", m.group("prefix") + m.group("county"), m.start(), m.end(), cfg.quoted_id, cfg.confidence)
                  for m in quoted.finditer(doc.text)]
    if cfg.brand_id and _named_after(text, ordered, None) and _closes_a_quote(text, ordered):
        brand = regex_cache.compile(f"“(?P<name>{cfg.brand_before}(?:{names}))”(?!“)")
        # (a quote naming the county in each of its items, “人文X、绿色X”, lists lines: the quoted rule's)
        found += [Mention("Strategy", m.group("name"), m.start("name"), m.end("name"), cfg.brand_id, cfg.confidence)
                  for m in brand.finditer(doc.text) if m.group("name").count(county.short) == 1]
    return found


def _closes_a_quote(text: str, names: list[str]) -> bool:
    """Whether one of `names` stands right before a closing quote (X”): what a brand's match needs."""
    return any(text.startswith("”", end) for end in (regex_words.word_places(text, tuple(names)) or {}).values())


def _named_after(text: str, names: list[str], before) -> bool:
    """Whether one of `names` stands in `text` at a place `at` where `before(at)` holds (None:
    anywhere) — what a match of a pattern needs that puts what `before` looks for right
    before the name: a text without such a place has no match."""
    if before is None:
        return any(name in text for name in names)
    return any(before(at) for at in regex_words.word_places(text, tuple(names)))


def _plain(words) -> bool:
    return all(w and re.escape(w) == w for w in words)


def _ends_with(words: list[str], text: str):
    """`before` for `_named_after`: the text before the place ends with one of `words`; None
    (anywhere) where that cannot be told by plain words: none given (the name may stand
    alone), or a word that is a regex piece."""
    if not words or not _plain(words):
        return None
    ends = tuple(words)
    return lambda at: text.endswith(ends, 0, at)


def _ends_with_run(qualities: tuple[str, ...], least: int, least_new: int, text: str):
    """`before` for `_named_after`: the text before the place ends with `least` qualities (and
    perhaps 新) or `least_new` qualities and 新 — the last ones of a vision's run, which the
    whole run ends with; None where the qualities are not plain words."""
    if not _plain(qualities):
        return None
    ending, reach = _run_ending(qualities, least, least_new)
    return lambda at: ending.search(text, max(0, at - reach), at) is not None


@lru_cache(maxsize=8)
def _run_ending(qualities: tuple[str, ...], least: int, least_new: int) -> tuple[re.Pattern, int]:
    """The end of a run of qualities before a county's name, and the most characters it spans
    (compiled once: it names no county, and holds no class of Han characters)."""
    q = "|".join(map(re.escape, sorted(qualities, key=len, reverse=True)))
    longest = max(map(len, qualities), default=0)
    return regex_cache.compile(f"(?:(?:{q}){{{least}}}新?|(?:{q}){{{least_new}}}新)\\Z"), max(least, least_new) * longest + 1


def _counted(mentions: list[Mention], pattern: re.Pattern, least: int):
    """(framework, match, count) for each mention `pattern` reads as a count of at least `least`."""
    for frame in mentions:
        m = pattern.match(frame.text)
        n = int(amount.number(m.group("count")) or 0) if m else 0
        if n >= least:
            yield frame, m, n


@lru_cache(maxsize=8)
def _member_pattern(max_prefix: int) -> re.Pattern:
    # a member is one phrase: it does not run across 的 or 和 (山水相依的|生态平遥),
    # though it may begin with 和 (和谐平遥). Its tail is not written into the regex (one
    # regex per tail took 2 ms to compile, and a corpus has hundreds of tails): it is read,
    # by the lookahead, from after a NUL at the end of the text searched (`_sharing`).
    return regex_cache.compile(rf"(?:[^\u4e00-\u9fff]|^|[的和])(?=[^\x00]*\x00(?P<tail>[^\x00]+)\Z)"
                      rf"(?P<name>(?!的)[\u4e00-\u9fff](?:(?![的和])[\u4e00-\u9fff]){{0,{max_prefix - 1}}}?(?P=tail))")


def _sharing(text: str, tail: str, max_prefix: int):
    """The members in `text` that end in `tail` (normalized text holds no NUL)."""
    return _member_pattern(max_prefix).finditer(f"{text}\x00{tail}")


def _member(frame: Mention, k: int) -> dict:
    """A member's place in its framework: the k-th of one framework is one member,
    however a document words it (kg/link.py `same_member`)."""
    return {"framework": frame.text, "member": k, "framework_start": frame.start}


def framework_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """`三个平遥`：文化平遥、生态平遥 -> members sharing the framework's tail.

    When no member carries the whole tail, a shorter one is tried, and then
    exactly as many members as the count are needed (A示范、B示范等“两个示范”行动)."""
    cfg = rules().record.members
    found = []
    for frame, m, n in _counted(mentions, _COUNTED, least=1):
        whole = m.group("tail")
        for tail in (whole[:k] for k in range(len(whole), 1, -1)):
            spans = _members_sharing(doc, frame, tail, n, exact=tail != whole)
            for k, (start, end) in enumerate(spans):
                found.append(Mention("Strategy", doc.text[start:end], start, end,
                                     cfg.id, cfg.confidence, attrs=_member(frame, k)))
            if spans:
                break
    return found


_QUOTED_ITEMS = regex_cache.compile(r"“(?P<items>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)”")


def _quoted_list(text: str, kind: str, start: int, end: int) -> re.Match | None:
    """The first “A、B、C” in text[start:end] followed by (新|的|这)? and `kind`. (One regex for
    the quoted list, and the kind word compared after it: a regex per kind word cost as much
    to compile as the whole search.)"""
    for hit in _QUOTED_ITEMS.finditer(text, start, end):
        if any(text.startswith(lead + kind, hit.end(), end) for lead in ("新", "的", "这", "")):
            return hit
    return None


def quoted_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """——“三大X”取得新进展。…瞄准“A、B、C”新X: a quoted list after a counted framework,
    named by the framework's kind word and holding as many items, lists its members; the list
    is no line of its own."""
    cfg = rules().record.members
    found = []
    for frame, m, n in _counted(mentions, _COUNTED, least=2):
        hit = _quoted_list(doc.text, m.group("tail"), frame.end, frame.end + cfg.window)
        if not hit:
            continue
        spans = patterns.item_spans(hit.group("items"), hit.start("items"))
        if len(spans) != n:
            continue
        found += [Mention("Strategy", doc.text[a:b], a, b, cfg.quoted_id, cfg.confidence,
                          attrs={**_member(frame, k), "list_start": hit.start("items"), "list_end": hit.end("items")})
                  for k, (a, b) in enumerate(spans)]
    return found


def _led_by_preposition(text: str) -> bool:
    """坚持一个X：沿着Y的X…: what a preposition leads is a clause, not a member's name."""
    return lexicon.word_tag(patterns.tokenizer().lcut(text, HMM=False)[0]) == "p"


def _members_sharing(doc: Document, frame: Mention, tail: str, n: int, exact: bool) -> list[tuple[int, int]]:
    cfg = rules().record.members
    # members follow the framework (三个X：甲X、乙X) or come just before it (甲X、乙X“三个X”)
    lo = max(0, frame.start - cfg.window)
    preceding, following = doc.text[lo : frame.start], doc.text[frame.end : frame.end + cfg.window]
    if cfg.sentence_ends:
        cut = max(preceding.rfind(c) for c in cfg.sentence_ends) + 1
        lo, preceding = lo + cut, preceding[cut:]
        following = following[: min((i for i in map(following.find, cfg.sentence_ends) if i >= 0), default=len(following))]
    if tail not in preceding and tail not in following:
        return []
    before = [h for h in _sharing(preceding, tail, cfg.max_prefix) if h.group("name") != frame.text][-n:]
    after = [h for h in _sharing(following, tail, cfg.max_prefix) if h.group("name") != frame.text][:n]
    spans = []
    # (members named after the framework may be fewer than its count, but one
    # phrase sharing the tail of a framework of several is a coincidence)
    some = len(after) == n or not exact and len(after) >= min(n, 2)
    for offset, hits in ((lo, before if len(before) == n else []), (frame.end, after if some else [])):
        for hit in hits:
            begin, end = offset + hit.start("name"), offset + hit.end("name")
            start = patterns.trim_leading(doc.text, begin, end, rules().boundary)
            if start == begin + 1 and patterns.is_common_word(doc.text[begin : begin + 2], 1):
                start = begin  # 和|谐 is one word (和谐), not a conjunction
            start = _skip_verb(doc.text, start, end - len(tail))
            if doc.text[start : end - len(tail)] not in rules().boundary and not _led_by_preposition(doc.text[start:end]):
                spans.append((start, end))  # (培育|一批: a verb and the tail)
    return spans


def _skip_verb(text: str, start: int, limit: int) -> int:
    """建设|人文平遥: a verb before a member's own words is not part of it."""
    for verb in rules().record.members.verbs:
        if text.startswith(verb, start) and start + len(verb) < limit:
            return start + len(verb)
    return start


def letter_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """`六稳`：稳就业、稳金融… and `三新`…培育新产业、壮大新主体、打造新模式: a count and one
    character, spelled out by as many list items that each carry that character."""
    cfg = rules().record.members
    found = []
    for frame, m, n in _counted(mentions, _LETTERED, least=2):
        letter, end = m.group("letter"), min(len(doc.text), frame.end + cfg.window)
        items, start = [], frame.end
        for brk in _ITEM_BREAK.finditer(doc.text, frame.end, end):
            items.append((start, brk.start()))
            start = brk.end()
        for i in range(len(items) - n + 1):
            run = items[i : i + n]
            # the character opens each member (新基地), so it is not an item's last one (工业化)
            if all(letter in doc.text[a : b - 1] and b - a <= cfg.max_item for a, b in run):
                for k, (a, b) in enumerate(run):
                    a = doc.text.rindex(letter, a, b - 1)
                    found.append(Mention("Strategy", doc.text[a:b], a, b, cfg.letter_id, cfg.confidence,
                                         attrs=_member(frame, k)))
                break
    return found


def bulleted_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """坚持“四个着力”：-着力稳住农业基本盘-着力壮大县域工业…: a counted framework
    followed by as many bulleted items; each item (its quotes dropped) is a member.
    An item ends at the next bullet, a line break or 。；, or right after its quoted word."""
    cfg = rules().record.members
    found = []
    for frame, _, n in _counted(mentions, _COUNT_OPENED, least=2):
        pos = frame.end
        while pos < len(doc.text) and doc.text[pos] in "”\"：:\n ":
            pos += 1
        items = []
        while len(items) < n and (bullet := _BULLET.match(doc.text, pos)):
            start = end = bullet.end()
            while end < len(doc.text) and end - start <= cfg.max_item_chars and doc.text[end] not in "-—–★●◆■•\n。；;":
                end += 1
                if doc.text[end - 1] == "”":
                    break
            items.append((start, end))
            pos = end
        counted = _COUNTED.match(frame.text)
        if counted and all(patterns.clean(doc.text[a:b]).endswith(counted.group("tail")) for a, b in items):
            continue  # 甲X、乙X of a “三个X”: framework_members names them without their verb
        if len(items) == n and all(2 <= len(patterns.clean(doc.text[a:b])) <= cfg.max_item_chars for a, b in items):
            found += [Mention("Strategy", patterns.clean(doc.text[a:b]), a, b, cfg.bullet_id, cfg.confidence,
                              attrs=_member(frame, k)) for k, (a, b) in enumerate(items)]
    return found


def listed_members(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """做好甲、乙、丙三篇文章: a list right before a counted framework, with as many
    items as its count, names its members (the verb leading the list dropped). A count and
    one character (“五比”) has them when each item holds that character before its end
    (春比开工、夏比进度…的“五比”活动); a 的 may stand between."""
    cfg = rules().record.members
    # (where each line found by the other rules begins, by its end: a listed item that is one is named as found)
    line_start = {m.end: m.start for m in mentions}
    found = []
    frames = [(f, n, "") for f, _, n in _counted(mentions, _COUNT_OPENED, least=2)]
    frames += [(f, n, m.group("letter")) for f, m, n in _counted(mentions, _LETTERED, least=2)]
    covered = _covering(mentions)
    not_kind = regex_cache.compile(cfg.listed_not_kind) if cfg.listed_not_kind else None
    soft_kind = regex_cache.compile(cfg.listed_soft_kind) if cfg.listed_soft_kind else None
    for frame, n, letter in frames:
        if covered(frame):
            continue  # (“A、B、C”三件大事 is one line, its list in its name: no members of the count alone)
        if not_kind and not_kind.search(frame.text):
            continue  # (A、B、C三大主导产业: industries, not lines)
        start = frame.start - (doc.text[frame.start - 1 : frame.start] == "“")
        if letter:
            start -= doc.text[start - 1 : start] == "的"
        clause = _CLAUSE_BEFORE.search(doc.text, max(0, start - n * (cfg.max_listed + 1)), start)
        items = patterns.item_spans(clause.group(), clause.start()) if clause else []
        if len(items) != n:
            continue
        a, b = items[0]
        # the first item runs back to the verb that leads the list (涉及做好|甲), or is the line found
        # there (开展|X融合发展年: the walk stops at a soft verb, 发展, that the campaign's name holds)
        begin = line_start.get(b, -1)
        if letter and letter in doc.text[a : b - 1] and letter in doc.text[items[1][0] : items[1][1] - 1]:
            # (as many characters before its letter as the second item has: 开展|春比开工、夏比进度)
            begin = doc.text.rindex(letter, a, b - 1) - (doc.text.index(letter, *items[1]) - items[1][0])
        if not a <= begin < b:
            begin = max(a, patterns.extend_left(doc, b, cfg.max_listed, rules().boundary))
            if b - begin < cfg.min_listed and soft_kind and soft_kind.search(frame.text) and _ends_soft(doc, b):
                # a first item ending in a soft verb (龙头企业|带动、…, 聚焦|发展、…) stops the walk at once: in a
                # list of lines it is read back to its clause's start, from a word's start, and the verbs and
                # adverbs leading it dropped (扭住|项目带动, 统筹推进|产业发展带动)
                begin = _without_lead(doc, _word_start(doc, max(a, b - cfg.max_listed), b), b, cfg)
        items[0] = (begin, b)
        b = items[-1][1]
        items[-1] = (items[-1][0], b - (doc.text[b - 1 : b] == "等"))
        # an item led by its own verb (创建|X城市) is named without it
        items = [(patterns.trim_leading(doc.text, a, b, rules().boundary), b) for a, b in items]
        texts = [patterns.clean(doc.text[a:b]) for a, b in items]
        # three characters at least: 厕所、垃圾 are kinds of things, 布局、建设 steps of work;
        # zones (A园区、B集聚区“两大集聚区”) are parks
        if all(cfg.min_listed <= len(t) <= cfg.max_listed and t not in rules().boundary
               and not t.endswith(cfg.zone_endings) and letter in t[:-1] and not _place(t, cfg) for t in texts):
            found += [Mention("Strategy", t, a, b, cfg.listed_id, cfg.confidence,
                              attrs=_member(frame, k)) for k, ((a, b), t) in enumerate(zip(items, texts))]
    return found


def _place(name: str, cfg: Members) -> bool:
    """青河镇, 南山街道, 青州市: a listed item that is a place (`place_name`, or a division's name whole)."""
    return bool(cfg.place_name) and (re.search(cfg.place_name, name) is not None or strip_place(name) == "")


def _ends_soft(doc: Document, end: int) -> bool:
    """Does the token that ends at `end` a soft verb, a verb that stops the walk back (带动, 发展: a soft or
    boundary word jieba tags as a verb)?"""
    i = bisect.bisect_left(doc.tokens, (end, end)) - 1
    if i < 0 or doc.tokens[i][1] != end:
        return False
    word = doc.text[doc.tokens[i][0] : end]
    return (word in patterns.soft_words() or word in rules().boundary) and (lexicon.word_tag(word) or "").startswith("v")


def _without_lead(doc: Document, start: int, end: int, cfg: Members) -> int:
    """Where a name read back from `end` to `start` begins without the words that lead it: tokens that jieba
    tags as `listed_lead_tags` says (verbs, adverbs: 扭住, 牢牢) or boundary words (全力), while at least
    `min_listed` characters are left (扭住加快|发展 keeps 加快: 加快发展)."""
    tags = regex_cache.compile(cfg.listed_lead_tags) if cfg.listed_lead_tags else None
    boundary = rules().boundary
    i = bisect.bisect_left(doc.tokens, (start, start))
    while i < len(doc.tokens) and doc.tokens[i][0] == start and doc.tokens[i][1] < end:
        s, e = doc.tokens[i]
        word = doc.text[s:e]
        if end - e < cfg.min_listed or not (word in boundary or (tags and tags.search(lexicon.word_tag(word) or ""))):
            break
        start, i = e, i + 1
    return start


def _word_start(doc: Document, start: int, end: int) -> int:
    """The first start of a token at or after `start` (before `end`): a name read back by its length
    begins with a word, not inside one."""
    i = bisect.bisect_left(doc.tokens, (start, start))
    return doc.tokens[i][0] if i < len(doc.tokens) and doc.tokens[i][0] < end else end


def _covering(mentions: list[Mention]):
    """A test: does a line that begins before `frame` run to its end or beyond? (The furthest end
    of the lines begun before each place, by bisection: no scan of all lines per frame.)"""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    furthest, reach = [], -1
    for _, end in spans:
        reach = max(reach, end)
        furthest.append(reach)

    def covered(frame: Mention) -> bool:
        i = bisect.bisect_left(starts, frame.start)
        return i > 0 and furthest[i - 1] >= frame.end
    return covered


# the list a framework closes: Han words (and the quotes inside them) joined by 、, up to the framework itself
_CLAUSE_BEFORE = regex_cache.compile(r"[\u4e00-\u9fff“”]+(?:、[\u4e00-\u9fff“”]+)+$")


def parallel_slogans(doc: Document) -> list[Mention]:
    """一体推进不X腐、不Y腐、不Z腐: parts of one length that repeat one frame."""
    cfg = rules().record.parallel
    found = []
    for m in patterns.compiled(cfg.regex).finditer(doc.text):
        parts = m.group().split("、")
        if len(parts) > cfg.max_parts:
            continue
        # the last part runs on into the sentence (Z治相结合的乡村治理体系): cut after the tail
        tail = re.search(cfg.tail, parts[-1][cfg.min_part:])
        end = m.end()
        if tail:
            end = m.end() - len(parts[-1]) + cfg.min_part + tail.end()
            parts[-1] = parts[-1][: cfg.min_part + tail.start()]
        size = len(parts[-1])
        if not cfg.min_part <= size <= cfg.max_part or any(len(p) != size for p in parts[1:-1]) or len(parts[0]) < size:
            continue
        parts[0] = parts[0][-size:]
        if not _one_frame(parts, bool(tail), cfg.edge_frame_max_part) or any(p in rules().boundary for p in parts):
            continue
        if any(re.fullmatch(cfg.not_part, p) for p in parts):
            continue
        start = end - len("、".join(parts)) - (len(tail.group()) if tail else 0)
        found.append(Mention("Strategy", doc.text[start:end], start, end, cfg.id, cfg.confidence))
    return found


def _one_frame(parts: list[str], tail: bool, edge_max: int) -> bool:
    head = len(os.path.commonprefix(parts))
    end = len(os.path.commonprefix([p[::-1] for p in parts]))
    return (head >= 3 or head >= 2 and end >= 1 and len(parts[0]) >= 3  # 政治判断力、政治领悟力
            or head >= 1 and end >= 1 and 3 <= len(parts[0]) <= edge_max
            or tail and end >= 1 and len(parts[0]) == 2)
