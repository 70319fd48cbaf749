"""Project: works ending in 项目/工程, facilities being built, and lists sharing one suffix.

`A、B、C等项目` names three projects: each item becomes its own mention
(without the shared suffix), as the guidelines ask. Plan documents also
title their works as numbered headings (`2.X堤防加固配套工程：`); a heading
is a whole name even when it holds 及/与, which end names elsewhere.

The actor a name is stripped of goes to `attrs["actor"] = (start, end, text)`.
The works found are handed to the enterprise family (`enterprise.actors`),
which reads the bare brands named as their actors (`依托E为龙头`,
`E总投资5亿元的P`, `E“A”“B”等项目`) on this family's view of the document.
Words and patterns are in kg/rules/project.toml.
"""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from kg import amount, normalize, policy_lines, regex_cache, rulebook
from kg.document import Document, Mention
from kg.lexicon import tokenizer, word_tag
from kg.names import strip_place
from kg.recognize import enterprise, patterns
from kg.rulebook import Regex


@dataclass(frozen=True, kw_only=True)
class WorkRule:
    """What any rule of the project family may say about the works it finds."""

    # the items of an open list before the name share its suffix (加快A、B项目建设)
    opens_list: bool = False
    # a name followed by this is a place where something happens (X广场、汽车站等地), not a work
    not_before: Regex | None = None
    # a finished name that matches one of these is no work
    reject_names: tuple[Regex, ...] = ()
    # the name titles one work: the sentence never makes it one of a kind (`_a_kind`)
    one_work: bool = False
    # the section or phase after the name belongs to it (X高速甲乙段, X铁路一期: `[section]`)
    sections: bool = False
    # a word the clause around the name must hold besides it (a verb that builds: `_built_here`)
    clause_needs: Regex | None = None
    # the work is a zone being built: it keeps its type beside the park of that name
    # (attrs["keeps_type"], kg/recognize/__init__.py `one_type_per_name`)
    also_a_zone: bool = False
    # ... only when its name ends like a zone (a list's items: A物流园、B等项目)
    zone_ending: Regex | None = None
    # a short note in brackets inside the name belongs to it (X(二期)风电场, X(乙地)风力发电: `[bracket]`)
    inner_brackets: bool = False
    # an ending whose part before it, when an everyday word, makes the name a kind (产业路, 旅游路)
    kind_before: Regex | None = None
    # a phase in brackets right after the name belongs to it (X项目(一期)), for rules without `sections`
    phase_after: Regex | None = None
    # a name whose words before its suffix all carry one of these jieba tags (verbs, adverbs, counts:
    # 不断加大|项目, 召开5次|项目) is the tail of a clause, not a work; a figure alone (5188项目) is a name
    clause_tags: frozenset[str] = frozenset()
    # the next items of a list after the name, matched one by one right at its end (、B产业园 of
    # 加快建设A产业园、B产业园，): each a work of the rule, under its rejections; the rule's own regex
    # reads the whole list ahead of its first item, so a list that runs on into something else names none
    listed_after: Regex | None = None
    # a name made wholly of everyday words this frequent (jieba), none of them a place's or a person's name,
    # is a kind of facility (农贸市场, 小区|停车场, 游客|中心), no one work (`_everyday_name`)
    everyday_name_freq: int | None = None
    # a name whose first word (two characters or more) carries one of these jieba tags opens with the clause's
    # words, not a name (预计|二期, 另外|二期, 其他|二期, 随后|二期: a verb, a conjunction, a pronoun, an adverb)
    head_not_tags: frozenset[str] = frozenset()
    # ... and a first word that is a person's name opens no name: a common surname (kg/rules/boundary.toml `surnames`,
    # shared with the firms) and a given name of one or two characters (`patterns.person_opening`: 张建国|酒店, 李|明|酒店;
    # jieba also tags army and lake names nr, 西路军, 洪湖, which stay)
    head_not_person: bool = False
    # a name whose words with their jieba tags (`word/tag` joined by spaces, `x` for a word jieba does not know) match
    # this holds the clause's words, not a work's (企业/n 入驻/v 澜/ns: a verb that moves something into the zone named
    # after it, 企业入驻澜沐产业园)
    words_not_form: Regex | None = None
    # a span the name joins by this word (至 of X至Y段, X至Y公路, as jieba cuts it off): the words before it are one end,
    # the words after it but the last (the kind, 段, 公路, 区间) the other (`_no_span`)
    span_joint: str = ""
    # ... an end whose words with their tags (`word/tag` joined by spaces, as `words_not_form`) match this is a figure,
    # a time, a position or the clause's words, no place (三月/m, 五千元/m, 上游/f, 起点/n, 从/p, 稳定/a 在/p)
    span_end_not_form: Regex | None = None
    # ... the two characters right before the joint, a word jieba tags with one of these, are a verb that carries
    # something on to the end after it (拓展至, 铺设至, 覆盖至 of 网络覆盖, 下沉至), not an end
    span_verb_tags: frozenset[str] = frozenset()
    # ... an end that is a person's name (a common surname, kg/rules/boundary.toml `surnames`, and a given name:
    # 张建国 nr, or 李|娟 cut in two by jieba, `_a_person`) is none, unless its last character matches
    # `span_place_end` (王|庄, 李|村: a village's name)
    span_not_person: bool = False
    span_place_end: Regex | None = None
    # ... and whose words with their tags (`word/tag` joined by spaces; a figure is tagged m) also show
    # a clause: an adverb opening them, a count, a verb before a bare 大 — names of works made of verbs
    # alone (清洁取暖|工程, 巩固提升|工程) stay
    clause_form: Regex | None = None
    # the name less this ending (a phase: X二期) is no national line of kg/data/national_lines.tsv nor the start
    # of one (乡村振兴|二期: a programme's phase, no work): `policy_lines.is_line_or_start`, as the firm rules ask
    not_line_before: Regex | None = None
    # a first word (two characters or more) with one of these jieba tags is the clause's verb, not the name's:
    # it is trimmed when two characters or more stay (督促|X酒店全面竣工, as `listed_after` trims its items')
    trim_head_tags: frozenset[str] = frozenset()


@dataclass(frozen=True, kw_only=True)
class WorkSuffix(rulebook.SuffixRule, WorkRule):
    """`[[suffix]]` of the project family."""


@dataclass(frozen=True, kw_only=True)
class WorkPattern(rulebook.PatternRule, WorkRule):
    """`[[pattern]]` of the project family."""


@dataclass(frozen=True, kw_only=True)
class Bracket:
    """`[bracket]`: a note in brackets that may stand inside a work's name (X(甲地)风电场)."""

    # the bracket right before the rest of the name (matched on the text that ends there)
    regex: Regex


@dataclass(frozen=True, kw_only=True)
class Kinds:
    """`[kinds]`: names the sentence makes one of a kind (`_a_kind`)."""

    window: int
    after: Regex
    parts: Regex
    # the ending the items of a list of works share (排水|工程、照明|工程): no part of what tells
    # them apart, and a name with it looks at the items after it too
    shared_ending: Regex


@dataclass(frozen=True, kw_only=True)
class WorkList(WorkRule):
    """`[list]`: `A、B、C等项目`, each item a work, and how items are read."""

    id: str
    confidence: float
    single_confidence: float
    single_min_length: int
    max_length: int
    needs: Regex
    regex: Regex
    named_place: Regex
    not_works_lead: Regex
    open_list_verbs: Regex
    open_list_min_item: int
    item_verbs: Regex
    # a verb of building that opens an item (A、扩建|B、新上|C等项目, kg/rules/boundary.toml `lead_verbs`):
    # the name follows it when this many characters are left
    item_lead_min: int = 4
    common_word_freq: int
    shared_suffix_before: Regex
    everyday_word_freq: int
    kind_prefix_freq: int
    joined_work: Regex
    leading_amount: Regex
    not_item: Regex
    facility_endings: Regex
    everyday_facility_freq: int
    # an item that names a sector by a quality and a trade (特色养殖), unless a facility ends it
    sector_item: Regex | None = None
    # an item that is one dictionary word and a generic work word (绿化|项目, 亮化|工程; group `word`):
    # a kind of work, unless jieba knows the word as a place (汾河|工程)
    kind_item: Regex | None = None
    # a zone named before the work in an item (X集聚区|Y医养结合体): where it is, not its name
    zone_first: Regex
    # the items of a list of roads (A路西段、B线等骨干道路: group `road` of `regex`)
    road_item: Regex
    road_min_length: int
    # facilities listed before their kind (A、B等高品质酒店, A、B等5个地下站点: group `facility` of `regex`): no
    # list whose words between 等 and the kind hold this (等一批城市商业综合体: the kinds a plan builds), and
    # the verb that opens the first item is no part of its name (投用|A、B等商贸综合体)
    facility_plan: Regex | None = None
    facility_item_lead: Regex | None = None
    # ... an item that is a division or a body (A村、B村等安置点, 高校、科研院所等创新载体: where the facilities
    # are, or who runs them), or a kind of everyday words, is none
    facility_not_item: Regex | None = None
    # the ending every item of a list closed by a class word (group `carrier` of `regex`: 载体) must have
    carrier_item: Regex | None = None


@dataclass(frozen=True, kw_only=True)
class Siblings(WorkRule):
    """`[siblings]`: the unnamed items of a list whose named items are works (包括A项目、B(二期)、C项目、D等)."""

    id: str
    confidence: float
    max_length: int
    # this many items or more must be works the rules named, and at least this share of the items
    min_works: int
    min_share: float
    min_item: int
    # the 等 that closes the list (not the one inside a word: 高等学校, 中等职业)
    close: Regex
    # what follows 等 when the items are works (等项目, 等一批重点工程, 等，…); a list closed by
    # another kind (等重点工作, 等方面, 等资金) is not read
    kind: Regex
    # an item that lists the parts of a work in brackets (X工程（包括Y）) is no name
    parts: Regex


@dataclass(frozen=True, kw_only=True)
class Heading(WorkRule):
    """`[heading]`: numbered headings of plans that title one work."""

    id: str
    confidence: float
    regex: Regex
    max_length: int
    min_length: int
    # the unit that carries the work, written before it
    actor: Regex


@dataclass(frozen=True, kw_only=True)
class Section:
    """`[section]`: what follows a work's name and belongs to it."""

    regex: Regex


@dataclass(frozen=True, kw_only=True)
class SourceLines:
    """`[source_lines]`: a line of the source that ends with no stop and that the line joining
    (kg/normalize.py) kept with the next one, though it ends a heading or a paragraph: no name
    runs across it (经济运行态势良好|项目建设稳步推进。)."""

    # the line before is a heading when it is shorter than this share of the line after it ...
    heading_share: float
    # ... or a paragraph of its own when it is this long (a web page's line) and no line among the
    # `wrap_neighbours` content lines either side of it is as long, within `wrap_slack` characters (a
    # PDF's wrapped lines are as long as their page's other lines: X高标准农田建设|工程 stays one name)
    paragraph_min: int
    wrap_neighbours: int = 0
    wrap_slack: int = 0


@dataclass(frozen=True, kw_only=True)
class ActorPrefix:
    """`[actor_prefix]`: a work's name that the text also gives without a short prefix
    (华泰化工吡啶类…中试基地 and 噻吩类…中试基地) loses it: the prefix is its actor."""

    min_shared_name: int
    min_prefix: int
    max_prefix: int
    # not a company's name: parks, places, kinds of firms, programmes
    not_company: Regex


@dataclass(frozen=True, kw_only=True)
class ProjectRules(rulebook.Family):
    """kg/rules/project.toml."""

    suffix: tuple[WorkSuffix, ...] = ()
    pattern: tuple[WorkPattern, ...] = ()
    # shared boundary words that also end work names: only soft here
    not_boundary: tuple[str, ...] = ()
    # what stands before the opening quote of a campaign's name (X县“A”工程, 2次“A”工程): `_quoted_core`
    campaign_before_quote: Regex | None = None
    # a name that opens with a quote, then this many words of its own before the suffix, is a work
    # (“A”储能示范项目, “A”肉牛产业数智化平台), not a campaign (“A”工程, “A”示范项目): `_quoted_core`
    quoted_head_min_rest: int = 0
    # what a name never starts with, though the walk leftwards may keep it
    head_strip: Regex
    # jieba's tags of a place's, a person's or a body's name: a name holding such a word is no everyday name
    # (`_everyday_name`: 新城|大道, 洪湖 keep theirs)
    proper_tags: frozenset[str]
    kinds: Kinds
    list: WorkList
    siblings: Siblings
    heading: Heading
    actor_prefix: ActorPrefix
    section: Section
    bracket: Bracket
    source_lines: SourceLines | None = None

# a capacity or size written before a name (150万吨/年…6.25m, 2×600m3): jieba and
# the punctuation boundary cut it at `.`, `/` or `×`
_FIGURE_TAIL = regex_cache.compile(r"[\d.．/×*]+$")
_FIGURE = regex_cache.compile(r"[\w.．/×*]*\d[\w.．/×*]*$", re.ASCII)


def find(doc: Document) -> list[Mention]:
    rules = _rules()
    doc = _suffix_tokens(doc, rules)
    found = patterns.find(doc, rules) + _suffix_after_bracket(doc, rules)
    found += _listed_after(doc, rules, found)
    mentions = [_with_figure(doc, rules, m) for m in (_over_bracket(doc, rules, m) for m in found) if m.text]
    mentions = [_before_nickname(doc, m) for m in mentions
                if not _quoted_core(doc, m, rules.record) and not _shared_suffix(doc, rules, m)]
    mentions = [_without_company(rules, m) for m in (_trim_head(rules, _trim_verb(m)) for m in mentions) if m is not None]
    mentions.extend(list_items(doc, rules))
    mentions.extend(open_list_items(doc, rules, mentions))
    mentions.extend(headings(doc, rules))
    mentions.extend(list_siblings(doc, rules, mentions))
    mentions = [m for m in mentions if _kept(rules, m) and not _a_place(doc, rules, m) and not _a_kind(doc, rules, m)
                and _built_here(doc, m) and not _across_paragraphs(doc, rules, m)]
    mentions = [_with_section(doc, rules, m) for m in mentions]
    for m in mentions:
        rule = _works_by_id()[m.rule]
        if rule.also_a_zone and (rule.zone_ending is None or re.search(rule.zone_ending, m.text)):
            m.attrs["keeps_type"] = True
    mentions = _drop_actor_prefix(rules, mentions)
    return mentions + enterprise.actors(doc, mentions)


def _listed_after(doc: Document, rules, mentions: list[Mention]) -> list[Mention]:
    """`加快建设A产业园、B产业园，`: the items after a name its rule found, by the rule's `listed_after`."""
    found = []
    for m in mentions:
        rule = _works_by_id()[m.rule]
        if rule.listed_after is None:
            continue
        item, pos = patterns.compiled(rule.listed_after), m.end
        while (x := item.match(doc.text, pos)) is not None:
            start, end = x.span("name")
            # (the item's own verb is the clause's, as the first item's: 、启动|B产业园建设, 、完成|C工业园)
            start = patterns.trim_leading(doc.text, start, end, rules.boundary)
            lead = patterns.lead_verb_re().match(doc.text[start:end])
            if lead and end - start - lead.end() >= 2:
                start += lead.end()
            text = patterns.clean(doc.text[start:end])
            if patterns.accept(rules, rule, text, None):
                found.append(Mention("Project", text, start, end, rule.id, rule.confidence))
            pos = x.end()
    return found


def _drop_actor_prefix(rules, mentions: list[Mention]) -> list[Mention]:
    """`华泰化工吡啶类…中试基地` when the text also names `噻吩类…中试基地`: the prefix is the actor."""
    cfg = rules.record.actor_prefix
    names = {m.text for m in mentions if len(m.text) >= cfg.min_shared_name}
    out = []
    for m in mentions:
        # the shortest name that ends this one after an actor-like prefix (its own suffixes
        # looked up, not every name of the document: linear in the mentions)
        shorter = next((m.text[k:] for k in range(min(cfg.max_prefix, len(m.text)), cfg.min_prefix - 1, -1)
                        if m.text[k:] in names and _actor_like(m.text[:k], cfg)), None)
        if shorter is None or m.end - m.start != len(m.text):
            out.append(m)
            continue
        cut = m.start + len(m.text) - len(shorter)
        attrs = dict(m.attrs, actor=(m.start, cut, m.text[: len(m.text) - len(shorter)]))
        out.append(Mention(m.type, shorter, cut, m.end, m.rule, m.confidence, m.sentence, attrs=attrs))
    return out


def _actor_like(prefix: str, cfg: ActorPrefix) -> bool:
    return cfg.min_prefix <= len(prefix) <= cfg.max_prefix and not re.search(f"[、，]|{cfg.not_company}", prefix)


@lru_cache(maxsize=1)
def _rules() -> patterns.Rules:
    """The project rules, less the shared boundary words that are also parts of work names (利用)."""
    rules = patterns.load("project", ProjectRules)
    return replace(rules, boundary=rules.boundary - frozenset(rules.record.not_boundary))


def _suffix_tokens(doc: Document, rules) -> Document:
    """A view of `doc` whose jieba tokens end where a suffix begins (殡仪|馆, 技工|学校).

    The walk leftwards from a suffix starts at a token boundary; jieba often
    glues the suffix to the word before it.
    """
    suffixes, lengths, last = _suffix_index(rules)
    text, tokens = doc.text, doc.tokens
    starts, ends = doc.token_edges()
    cuts = []  # (index of a token that ends in a suffix, where the suffix begins)
    # only where a suffix's last character ends a token: a few percent of the text
    for m in re.finditer(f"[{re.escape(''.join(last))}]", text):
        e = m.end()
        if e not in ends or e - 1 in starts:  # (a token of one character has no suffix to cut off)
            continue
        s = e - 2
        while s not in starts:  # (the token's start, a few characters back: no search of the tokens)
            s -= 1
        word = text[s:e]
        n = next((n for n in lengths if word[-n:] in suffixes), 0)
        if 0 < n < len(word):
            cuts.append((bisect.bisect_left(tokens, (e,)) - 1, e - n))
    return doc.with_tokens_cut(cuts)


def _suffix_index(rules) -> tuple[frozenset[str], list[int], str]:
    """The project suffixes, their lengths (longest first) and their last characters."""
    suffixes = frozenset(x for r in rules.suffix_rules for x in r.suffixes)
    return suffixes, sorted({len(x) for x in suffixes}, reverse=True), "".join(sorted({x[-1] for x in suffixes}))


def _shared_suffix(doc: Document, rules, m: Mention) -> bool:
    """`A、B等引黄灌溉工程`: the suffix after 等 names the kind the items share, not a work."""
    before = doc.text[max(0, m.start - 8) : m.start]
    return bool(re.search(rules.record.list.shared_suffix_before, before))


@cache
def _works_by_id() -> dict[str, WorkRule]:
    record = _rules().record
    return {r.id: r for r in (*record.suffix, *record.pattern, record.list, record.siblings, record.heading)}


def _kept(rules, m: Mention) -> bool:
    """The rejections of the rule that found the name (`reject_names`: facility words that are not one
    work; `kind_before`: an everyday word before the ending names a kind, 产业|路)."""
    rule = _works_by_id()[m.rule]
    if any(regex_cache.compile(p).search(m.text) for p in rule.reject_names):
        return False
    if rule.clause_tags and _a_clause(m.text, rule):
        return False
    if rule.everyday_name_freq and _everyday_name(m.text, rule.everyday_name_freq):
        return False
    if rule.head_not_tags or rule.head_not_person or rule.words_not_form or rule.span_joint:
        words = tokenizer().lcut(m.text, HMM=False)  # (jieba's cut of the name, once for the checks of its words)
        head = words[0]
        if len(head) > 1 and word_tag(head) in rule.head_not_tags:
            return False
        if rule.head_not_person and patterns.person_opening(m.text, words):
            return False
        if rule.words_not_form and re.search(rule.words_not_form, _tagged(words)):
            return False
        if rule.span_joint and _no_span(words, rule):
            return False
    if rule.not_line_before and (tail := re.search(f"(?:{rule.not_line_before})$", m.text)) \
            and policy_lines.is_line_or_start(m.text[: tail.start()]):
        return False
    ending = re.search(f"(?:{rule.kind_before})$", m.text) if rule.kind_before else None
    return not (ending and _kind_of_work(m.text[: ending.start()], rules.record.list))


def _tagged(words: list[str]) -> str:
    """`word/tag` of each word, joined by spaces (`x`: a word jieba's dictionary does not hold)."""
    return " ".join(f"{w}/{word_tag(w) or 'x'}" for w in words)


def _no_span(words: list[str], rule) -> bool:
    """X至Y段 (jieba's cut of the name) whose ends are no places (`span_*` of the rule): a figure, a time, a
    position or the clause's words (三月至五月段, 上游至下游段, 工期从三月至五月段), a verb right before the joint
    (线路拓展至澜沐段), a person (李娟至王芳段)."""
    if rule.span_joint not in words:
        return False
    k = words.index(rule.span_joint)
    ends = (words[:k], words[k + 1 : -1])
    if rule.span_end_not_form and any(e and re.search(rule.span_end_not_form, _tagged(e)) for e in ends):
        return True
    before = "".join(words[:k])
    if rule.span_verb_tags and len(before) >= 2 and word_tag(before[-2:]) in rule.span_verb_tags:
        return True
    return rule.span_not_person and any(_a_person(e, rule.span_place_end) for e in ends)


def _a_person(words: list[str], place_end: str | None) -> bool:
    """张建国 (one nr word of a common surname and two characters, `patterns.is_person`), or 李|娟: one of the
    commonest surnames (kg/rules/boundary.toml `cut_surnames`) that jieba cuts off before one character, which
    is no place's ending (王|庄, 李|村 are villages)."""
    if len(words) == 1:
        return patterns.is_person(words[0])
    return (len(words) == 2 and words[0] in patterns.cut_surnames() and len(words[1]) == 1 and "\u4e00" <= words[1] <= "\u9fff"
            and not (place_end and re.search(place_end, words[1])))


def _everyday_name(name: str, freq: int) -> bool:
    """农贸市场, 小区|停车场: every word of the name an everyday word, none a proper name (新城|大道, 洪湖 keep
    theirs), and no character outside them (金湾酒店: 金, 湾 are no words of jieba's, the name is coined)."""
    words = patterns._words(name)
    return bool(words) and "".join(words) == name and all(
        patterns.is_common_word(w, freq) and word_tag(w) not in _rules().record.proper_tags for w in words)


def _a_clause(name: str, rule) -> bool:
    """`不断加大|项目`, `召开5次|项目`: the words before the suffix are only verbs, adverbs and counts
    (`clause_tags`) — what a clause does to works, no name of one. A figure alone names one (5188项目)."""
    ending = next((x for x in getattr(rule, "longest_first", ()) if name.endswith(x)), "")
    words = tokenizer().lcut(name[: len(name) - len(ending)], HMM=False)
    # (a road's code, S238, is a name; a bare figure, 23, a count)
    tags = [("eng" if re.search("[A-Za-z]", w) else "m") if _FIGURE.match(w) else word_tag(w) for w in words]
    if not (words and all(t in rule.clause_tags for t in tags) and any(t != "m" for t in tags)):
        return False
    return not rule.clause_form or bool(re.search(rule.clause_form, " ".join(f"{w}/{t}" for w, t in zip(words, tags))))


_CLAUSE_MARKS = "，。；：！？,;:!?\n"  # what ends a clause
_CLAUSE_BREAK = regex_cache.compile(f"[{_CLAUSE_MARKS}]")


def _built_here(doc: Document, m: Mention) -> bool:
    """Whether the clause around the name holds what the rule needs (`clause_needs`: 建成, 开工 …)."""
    needs = _works_by_id()[m.rule].clause_needs
    if not needs:
        return True
    before = _CLAUSE_BREAK.split(doc.text[max(0, m.start - 60) : m.start])[-1]
    after = _CLAUSE_BREAK.split(doc.text[m.end : m.end + 60])[0]
    needs = patterns.compiled(needs)
    return bool(needs.search(before) or needs.search(after))


def _across_paragraphs(doc: Document, rules, m: Mention) -> bool:
    """Whether the name runs across a line of the source that ends a heading or a paragraph
    (`[source_lines]`): a line break the normalized text no longer holds, between a line much
    shorter than the next one, or as long as a paragraph and as no line near it, and the next line.
    The lines are those the line joining kept (`normalize.content_lines`): a page number or a
    running header it dropped between two lines (…农田建设| - 3 - |工程) is no line of the text."""
    cfg = rules.record.source_lines
    if cfg is None or not doc.offsets or m.end - m.start < 2:
        return False
    raw = doc.raw
    lo, hi = doc.offsets[m.start], doc.offsets[m.end - 1]
    br = raw.find("\n", lo, hi)
    if br < 0:
        return False
    starts, texts = _source_lines(raw)
    while br >= 0:
        k = bisect.bisect_right(starts, br)  # (the first content line after the break)
        if 0 < k < len(starts):
            before, after = texts[k - 1], texts[k]
            if len(before) < cfg.heading_share * len(after):
                return True
            if len(before) >= cfg.paragraph_min and not any(
                    abs(len(texts[j]) - len(before)) <= cfg.wrap_slack
                    for j in range(max(0, k - 1 - cfg.wrap_neighbours), min(len(texts), k + cfg.wrap_neighbours))
                    if j != k - 1):
                return True
        br = raw.find("\n", br + 1, hi)
    return False


@lru_cache(maxsize=4)
def _source_lines(raw: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The offsets and the stripped texts of the raw lines the line joining kept (no page furniture)."""
    lines = normalize.content_lines(raw)
    return tuple(s for s, _ in lines), tuple(t for _, t in lines)


def _with_section(doc: Document, rules, m: Mention) -> Mention:
    """X高速甲乙段, X铁路一期, 209国道(甲至乙段), X项目(一期): the section or phase after a work's name is its own."""
    rule = _works_by_id()[m.rule]
    if rule.sections:
        section = patterns.compiled(rules.record.section.regex).match(doc.text[m.end : m.end + 24])
    elif rule.phase_after:
        section = patterns.compiled(rule.phase_after).match(doc.text[m.end : m.end + 12])
    else:
        return m
    if not section:
        return m
    end = m.end + section.end()
    return Mention(m.type, patterns.clean(doc.text[m.start : end]), m.start, end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


def _suffix_after_bracket(doc: Document, rules) -> list[Mention]:
    """X(二期)风电场, X建设(乙地)项目: the suffix right after a bracket has no name of its own
    before it; `_over_bracket` finds it before the bracket (rules with `inner_brackets`)."""
    found = []
    suffix_rules = [r for r in rules.suffix_rules if _works_by_id()[r.id].inner_brackets]
    if not suffix_rules or not re.search("[)）]", doc.text):
        return found
    for note in patterns.compiled(rules.record.bracket.regex).finditer(doc.text):
        for rule in suffix_rules:
            suffix = rule.finder.match(doc.text, note.end())
            if suffix:
                found.append(Mention(rules.type, "", note.end(), suffix.end(), rule.id, rule.confidence))
                break
    return found


def _over_bracket(doc: Document, rules, m: Mention) -> Mention:
    """X(二期)风电场, X产业建设(乙地)项目: the walk leftwards stopped at a bracket that
    stands inside the name (`inner_brackets`); it goes on before the bracket."""
    rule = _works_by_id()[m.rule]
    if not rule.inner_brackets or m.start < 3 or doc.text[m.start - 1] not in ")）":
        return m
    note = patterns.compiled(rules.record.bracket.regex).search(doc.text, max(0, m.start - 14), m.start)
    if not note or note.end() != m.start:
        return m
    budget = rule.max_length - len(m.text) - len(note.group())
    start = patterns.extend_left(doc, note.start(), budget, rules.boundary, rule.longest_first, True) if budget > 1 else note.start()
    start = patterns.trim_leading(doc.text, start, note.start(), rules.boundary)
    text = patterns.clean(doc.text[start : m.end])
    if note.start() - start < 2 or not patterns.accept(rules, rule, text, None):
        return m
    return Mention(m.type, text, start, m.end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


def _a_place(doc: Document, rules, m: Mention) -> bool:
    """`在X广场、新城、汽车站等地布设…`: a facility listed among places is where, not what (`not_before`)."""
    not_before = _works_by_id()[m.rule].not_before
    return bool(not_before) and bool(re.match(not_before, doc.text[m.end : m.end + 40]))


def _a_kind(doc: Document, rules, m: Mention) -> bool:
    """A name the sentence makes one of a kind, not one work: after a threshold or an
    alternative (万人以上|供水工程, 沼气池或|太阳能热水工程), among the parts a
    parenthesis lists (X工程（包括|渠首工程、…）), or sharing its suffix with kinds of
    work (硬化、绿化、美化、|亮化工程: half the list or more)."""
    if _works_by_id()[m.rule].one_work:
        return False
    cfg = rules.record.kinds
    before = doc.text[max(0, m.start - cfg.window) : m.start]
    if re.search(cfg.after, before) or re.search(cfg.parts, before):
        return True
    # (the items' shared ending is no part of what tells them apart: 排水|工程、照明|工程)
    ending = re.search(cfg.shared_ending, m.text)
    lists = rules.record.list
    # (the kinds after a name make it one of them only when it reads as a kind itself: 城区道路|工程、
    # 排水工程 is; X水库除险加固工程、排水工程 is one work the list opens)
    forward = bool(ending) and _kind_of_work(_without_ending(m.text, ending), lists)
    kinds = _listed_beside(doc, m, before, cfg.window, forward)
    if not kinds:
        return False
    count = sum(_kind_of_work(_without_ending(patterns.clean(re.sub(lists.item_verbs, "", k)), ending), lists) for k in kinds)
    return count > 0 and count * 2 >= len(kinds) + 1


_LIST_CLAUSE_BREAK = regex_cache.compile(r"[，。；：！？,;:\n（）()]")


def _listed_beside(doc: Document, m: Mention, before: str, window: int, works: bool) -> list[str]:
    """The other items of the list the name stands in: those before it and, for a name
    with the list's shared ending (`works`: 项目, 工程), those after it up to 等 (A工程、B工程、C工程等配套建设)."""
    items = []
    if before.endswith("、"):
        items = _LIST_CLAUSE_BREAK.split(before)[-1].split("、")[:-1]
    after = doc.text[m.end : m.end + window]
    if works and after.startswith("、"):
        items += _LIST_CLAUSE_BREAK.split(after[1:])[0].split("等")[0].split("、")
    return [k for k in items if k]


def _without_ending(item: str, ending) -> str:
    return item[: -len(ending.group())] if ending and item.endswith(ending.group()) and len(item) > len(ending.group()) else item


def _quoted_core(doc: Document, m: Mention, record: ProjectRules) -> bool:
    """`“文明守望”工程`, `“111”创新工程`: a quoted name with a suffix is a campaign, not a work;
    so is one whose quote follows only a division, a level or a count (X市“A”工程, 市“A”项目,
    2次“A”工程: `campaign_before_quote`): whose campaign it is, or how often it was held.
    A quote that opens the name, holds no figure and is followed by words of the work's own
    (“A”储能示范项目: `quoted_head_min_rest`) is part of a work's name."""
    raw = doc.text[m.start : m.end]
    # “A”“B”: two quoted names run together are two campaigns or kinds
    if "”“" in raw:
        return True
    if raw[0] in "“‘「『\"" and bool(re.search("[”’」』\"]", raw[1:])):
        return not _quoted_head(raw, record.quoted_head_min_rest)
    quote = raw.find("“")
    before_quote = record.campaign_before_quote
    return quote > 0 and before_quote is not None and "”" in raw[quote:] and bool(re.fullmatch(before_quote, raw[:quote]))


def _quoted_head(raw: str, min_rest: int) -> bool:
    """“A”储能示范项目: one quote opens the name, no figure in it (“111”创新工程 is a campaign), and at
    least `min_rest` characters of the work's own stand between it and the suffix."""
    head = re.fullmatch(r"“([^“”\d]+)”([\u4e00-\u9fff]+)", raw)
    if not min_rest or not head:
        return False
    rest = re.sub(r"(?:建设)?(?:项目|工程)$", "", head.group(2))
    return len(rest) >= min_rest


def _before_nickname(doc: Document, m: Mention) -> Mention:
    """`X指挥中心“乡村大脑”项目`: the work is X指挥中心, the quoted part its nickname.
    A quoted code (`E“5188”项目`) is the work's own name, and the words before it its actor."""
    raw = doc.text[m.start : m.end]
    nick = re.fullmatch(r"(?P<name>[^“”\"]{4,})[“\"](?P<nick>[^“”\"]{2,10})[”\"](?:项目|工程)", raw)
    if not nick:
        return m
    if re.fullmatch(r"[\dA-Za-z]+", nick.group("nick")):
        start = m.start + nick.end("name")
        attrs = dict(m.attrs, actor=(m.start, start, nick.group("name")))
        return Mention(m.type, patterns.clean(doc.text[start : m.end]), start, m.end, m.rule, m.confidence, m.sentence, attrs=attrs)
    end = m.start + nick.end("name")
    return Mention(m.type, patterns.clean(nick.group("name")), m.start, end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


def _with_figure(doc: Document, rules, m: Mention) -> Mention:
    """Extend a name leftwards over the figure it starts with (6.|25m捣固焦化项目)."""
    start = m.start
    # only a name that starts inside a figure (25m捣固…, ×1680m3…, 5|万千瓦…) was cut there
    while start > 1 and re.match(r"[\w×]|[万千亿百]", doc.text[start], re.ASCII) and _FIGURE_TAIL.search(doc.text[start - 1]):
        head = _FIGURE.search(doc.text[max(0, start - 30) : start])
        if not head:
            break
        new = start - len(head.group())
        # keep walking over the words that belong to the figure (炭化室高度, 万吨/年)
        new = patterns.extend_left(doc, new, 20, rules.boundary, ()) if new > 0 else new
        if new == start:
            break
        start = new
    if start == m.start:
        return m
    # the walk over the figure may cross the clause's verb (E减量置换建设|2×600m3高炉项目)
    verb = re.match(rules.record.list.item_verbs, doc.text[start : m.start])
    if verb:
        start += verb.end()
    text = patterns.clean(doc.text[start : m.end])
    return Mention(m.type, text, start, m.end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


@lru_cache(maxsize=8)
def _with_currencies(regex: str) -> str:
    """A rule's regex with `{currencies}` made the other currencies kg/rules/amount.toml's [money] names
    (美元|欧元|…, longest first), read through the rule files' parse cache: one list of them, not a copy."""
    if "{currencies}" not in regex:
        return regex
    names = sorted(rulebook.parsed("amount")["money"]["currencies"], key=len, reverse=True)
    return regex.replace("{currencies}", "|".join(map(re.escape, names)))


def _trim_head(rules, m: Mention) -> Mention | None:
    """Drop a verb, a count or a pointer the walk leftwards kept (建设|X展馆, 一所|X学校, 上述|X项目); None when the
    family refuses what remains (上述|三个项目, 第一批|重点项目: its `reject` and `reject_patterns`)."""
    head = re.match(_with_currencies(rules.record.head_strip), m.text)
    if not head or m.end - m.start != len(m.text):
        return m
    rest = m.text[head.end() :]
    rule = _works_by_id().get(m.rule)
    if (rule is None or rule.family_rejects) and not patterns.accept(rules, rulebook.ANY_NAME, rest, None):
        return None
    return Mention(m.type, rest, m.start + head.end(), m.end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


def _trim_verb(m: Mention) -> Mention:
    """督促|X酒店: the clause's verb opening the name, by the rule's `trim_head_tags`."""
    tags = _works_by_id()[m.rule].trim_head_tags if m.rule in _works_by_id() else frozenset()
    if not tags or m.end - m.start != len(m.text):
        return m
    head = tokenizer().lcut(m.text, HMM=False)[0]
    if len(head) < 2 or len(m.text) - len(head) < 2 or word_tag(head) not in tags:
        return m
    return Mention(m.type, m.text[len(head) :], m.start + len(head), m.end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


def _without_company(rules, m: Mention) -> Mention:
    """`X有限公司Y建设项目`: the company is the actor, the work is Y建设项目."""
    cfg = rules.record.heading
    actor = re.match(cfg.actor, m.text)
    if not actor or len(m.text) - actor.end() < cfg.min_length or m.text != m.text.strip():
        return m
    start = m.start + actor.end()
    if m.end - start != len(m.text) - actor.end():  # quotes or spaces inside: keep as is
        return m
    attrs = dict(m.attrs, actor=(m.start, start, actor.group()))
    return Mention(m.type, m.text[actor.end() :], start, m.end, m.rule, m.confidence, m.sentence, attrs=attrs)


def open_list_items(doc: Document, rules, mentions: list[Mention]) -> list[Mention]:
    """`加快A、B项目建设`: the items before a suffixed name share its suffix (no 等)."""
    cfg = rules.record.list
    rule = rulebook.NameRule(id=cfg.id, confidence=cfg.confidence, max_length=cfg.max_length)
    found = []
    for m in mentions:
        if not _works_by_id()[m.rule].opens_list or m.start < 1 or doc.text[m.start - 1] != "、":
            continue
        clause = re.search(r"[^，。；：！？,;:\n（）()]*$", doc.text[max(0, m.start - 80) : m.start - 1])
        pos = m.start - 1 - len(clause.group())
        verb = re.match(cfg.open_list_verbs, clause.group())
        if not verb or re.search("[“”\"]", clause.group()):
            continue
        items = [_item(doc, rules, cfg, rule, start, end, False) for start, end in _split(clause.group(), pos)]
        if all(items) and all(len(i.text) >= cfg.open_list_min_item for i in items):
            found.extend(items)
    return found


_CLAUSE = regex_cache.compile(f"[^{_CLAUSE_MARKS}]+")


def list_siblings(doc: Document, rules, mentions: list[Mention]) -> list[Mention]:
    """`包括A项目、B产业园(二期)、C项目、D观光园等`: in a list whose items are mostly works the rules
    named, the other items are works too: the list says what they are. Only the items between
    two 、, and the last one when 等 closes it (the first item holds the clause's own words)."""
    cfg = rules.record.siblings
    rule = rulebook.NameRule(id=cfg.id, confidence=cfg.confidence, max_length=cfg.max_length)
    ends = {m.end for m in mentions if m.type == "Project"}
    found = []
    for clause in _CLAUSE.finditer(doc.text):
        if clause.group().count("、") < 2:
            continue
        spans, pos = [], clause.start()
        for part in clause.group().split("、"):
            close = re.search(cfg.close, part)
            if close and close.start() > 0:  # (等 closes the list: A、B等一批旗舰型、龙头型项目 lists kinds after it)
                spans.append((pos, pos + close.start()))
                break
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        else:
            close = None
            if spans[-1][1] not in ends:
                spans.pop()  # (the last item runs on into the clause's predicate)
        # (the word after 等 says what the items are: 等重点工作, 等方面 are no works)
        if close and not re.match(cfg.kind, doc.text[spans[-1][1] + 1 : clause.end() + 1]):
            continue
        works = sum(end in ends for _, end in spans)
        if works < cfg.min_works or works < cfg.min_share * len(spans):
            continue
        for start, end in spans[1:]:
            if end in ends or end - start < cfg.min_item or re.search(cfg.parts, doc.text[start:end]):
                continue
            item = _item(doc, rules, rules.record.list, rule, start, end, False)
            if item is not None and len(item.text) >= cfg.min_item:
                found.append(item)
    return found


def headings(doc: Document, rules) -> list[Mention]:
    """Numbered headings of plan sections that title one work (`3.X综合治理工程：`)."""
    cfg = rules.record.heading
    rule = rulebook.NameRule(id=cfg.id, confidence=cfg.confidence, max_length=cfg.max_length)
    found = []
    for m in re.finditer(cfg.regex, doc.text):
        start, end = m.start("name"), m.end("name")
        start = patterns.trim_leading(doc.text, start, end, rules.boundary)
        actor = re.match(cfg.actor, doc.text[start:end])
        attrs = {}
        if actor and end - start - actor.end() >= cfg.min_length:
            attrs["actor"] = (start, start + actor.end(), actor.group())
            start += actor.end()
        text = patterns.clean(doc.text[start:end])
        if len(text) >= cfg.min_length and patterns.accept(rules, rule, text, None):
            found.append(Mention("Project", text, start, end, rule.id, rule.confidence, attrs=attrs))
    return found


def list_items(doc: Document, rules) -> list[Mention]:
    """Items of `A、B、C等项目` lists, each named without the shared suffix.

    Quoted items (`E“A”“B、C”等项目`) are whole names even when they hold 、;
    the words before the first quote then name the actor. A single item
    (`X等5个项目`) is a project too, with less confidence.
    """
    cfg = rules.record.list
    found = []
    for m in patterns.clause_matches(cfg.regex, doc.text, cfg.needs):
        items, pos = m.group("items"), m.start("items")
        quoted = list(re.finditer(r"[“\"]([^“”\"]{2,40})[”\"]", items))
        # (words before the quotes that list things of their own are items, not an actor)
        if quoted and _only_quotes(items[quoted[0].start() :]) and "、" not in items[: quoted[0].start()]:
            spans = [(pos + q.start(1), pos + q.end(1)) for q in quoted]
            actor = _actor(doc, rules, pos, pos + quoted[0].start())
        else:
            spans = _split(items, pos)
            actor = None
        single = len(spans) == 1
        # a count that closes the list without 等 (A、B、C3个项目) counts its items, or it is no list
        if m.groupdict().get("count") and (single or _count(m.group("count")) != len(spans)):
            continue
        rule = rulebook.NameRule(id=cfg.id, confidence=cfg.single_confidence if single else cfg.confidence, max_length=cfg.max_length)
        if not quoted and re.match(cfg.not_works_lead, items):
            continue
        if m.group("facility"):
            if cfg.facility_plan and re.search(cfg.facility_plan, doc.text[m.end("items") : m.start("facility")]):
                continue
            lead = re.match(cfg.facility_item_lead, doc.text[spans[0][0] : spans[0][1]]) if cfg.facility_item_lead else None
            if lead and spans[0][1] - spans[0][0] - lead.end() >= 2:
                spans[0] = (spans[0][0] + lead.end(), spans[0][1])
        items = [_item(doc, rules, cfg, rule, start, end, single) for start, end in spans]
        if m.group("facility"):  # (a list of facilities: no division, body or kind among them)
            items = [i if i and not (cfg.facility_not_item and re.search(cfg.facility_not_item, i.text))
                     and not _everyday_name(i.text, cfg.common_word_freq) else None for i in items]
        if m.groupdict().get("carrier") and cfg.carrier_item:  # (a class word: each item a building or a zone)
            items = [i if i and re.search(cfg.carrier_item, i.text) else None for i in items]
        if m.group("road"):  # (a list of roads: each item a road by its ending)
            items = [i for i in items if i and len(i.text) >= cfg.road_min_length and re.match(cfg.road_item, i.text)]
        named = _named_items([m for m in items if m], cfg)
        if _mostly_kinds(doc, rules, spans, items, named):
            named = _named_places(named, [patterns.clean(doc.text[a:b]) for a, b in spans], cfg)
        for mention in named:
            if actor:
                mention.attrs["actor"] = actor
            found.append(mention)
    return found


def _count(figure: str) -> int:
    """The number a count of a list writes (3, 两, 十), read as amounts read numerals (cn2an)."""
    return int(amount.number(figure) or 0)


def _mostly_kinds(doc: Document, rules, spans, items, named) -> bool:
    """电力、通信、燃气、渡槽等基础设施项目: when half the items or more are
    kinds of work, the list names kinds, and its rarer words (渡槽) are kinds too,
    unless a named place tells them apart (`_named_places`)."""
    if len(spans) < 3:
        return False
    cfg = rules.record.list
    kinds = sum(1 for (start, end), m in zip(spans, items) if m is None and _kind_of_work(patterns.clean(doc.text[_name_start(doc, rules, start, end) : end]), cfg))
    kinds += sum(1 for m in items if m is not None) - len(named)
    return kinds * 2 >= len(spans)


def _named_places(items: list[Mention], texts: list[str], cfg: dict) -> list[Mention]:
    """In a list of kinds, the items told apart by a named place are still works (青龙湖绿化)."""
    shared = os.path.commonprefix([t[::-1] for t in texts])[::-1]
    if not shared:
        return []
    own = [m.text[: len(m.text) - len(shared)] for m in items]
    return [m for m, o in zip(items, own) if o and (re.fullmatch(cfg.named_place, o) or not strip_place(o))]


def _named_items(items: list[Mention], cfg: dict) -> list[Mention]:
    """村庄绿化、城市绿化、平原绿化: items sharing one work word, told apart only by an
    everyday word, are kinds of that work, not named works (汾河绿化 keeps its place)."""
    if len(items) < 3:
        return items
    shared = os.path.commonprefix([m.text[::-1] for m in items])[::-1]
    if len(shared) < 2:
        return items
    return [m for m in items if not patterns.is_common_word(m.text[: -len(shared)], cfg.kind_prefix_freq)]


def _only_quotes(items: str) -> bool:
    return not re.sub(r"[“\"][^“”\"]*[”\"]|[、，\s和及]", "", items)


def _split(items: str, pos: int) -> list[tuple[int, int]]:
    # a conjunction after a work's suffix or before an amount of its own starts the
    # next work (A项目和B, A改造及投资0.5亿元的B: `[list] joined_work`)
    return patterns.split_items(items, pos, _rules().record.list.joined_work)


def _item(doc, rules, cfg, rule, start, end, single) -> Mention | None:
    # an item that carries its own clause (景区实施了|X改造): the name follows the last verb
    verb = re.match(cfg.item_verbs, doc.text[start:end])
    # (a whole word: 储备 of 物资储备库 names the store, it is no verb)
    if verb and end - start - verb.end() >= 2 and start + verb.end() in doc.token_edges()[1]:
        start += verb.end()
    start = _name_start(doc, rules, start, end)
    # (only a whole word that opens the item: 新建|材料产业园 is cut by jieba as 新建|材料, 新建材 is no verb)
    lead = patterns.lead_verb_re().match(doc.text[start:end])
    if lead and end - start - lead.end() >= cfg.item_lead_min and start + lead.end() in doc.token_edges()[1]:
        start += lead.end()
    # the amount before an item belongs to relate (3亿元的|X产业园)
    amount = re.match(_with_currencies(cfg.leading_amount), doc.text[start:end])
    if amount and end - start - amount.end() >= 2:
        start += amount.end()
    zone = re.match(cfg.zone_first, doc.text[start:end])
    if zone:
        start += zone.end()
    text = patterns.clean(doc.text[start:end])
    if not text or _kind_of_work(text, cfg) or re.fullmatch(cfg.not_item, text) or _everyday_facility(text, cfg):
        return None
    if cfg.sector_item and re.search(cfg.sector_item, text) and not re.search(f"(?:{cfg.facility_endings})$", text):
        return None
    if single and len(text) < cfg.single_min_length:
        return None
    if not patterns.accept(rules, rule, text, None):
        return None
    return Mention("Project", text, start, end, rule.id, rule.confidence)


def _actor(doc, rules, start: int, end: int) -> tuple[int, int, str] | None:
    """The words before a quoted list, less the leading verbs: the enterprise carrying it out."""
    start = _name_start(doc, rules, start, end)
    text = doc.text[start:end]
    if 2 <= len(text) <= 12 and not re.search(r"[，。；、]", text):
        return (start, end, text)
    return None


def _everyday_facility(text: str, cfg: dict) -> bool:
    """档案馆、党校、学校、医院等: a facility is one building, unless it is as everyday as 学校, 医院
    (a kind every place has; it does not make the list one of kinds)."""
    return bool(re.search(f"(?:{cfg.facility_endings})$", text)) and patterns.is_common_word(text, cfg.everyday_facility_freq)


def _kind_of_work(text: str, cfg: dict) -> bool:
    """公路, 科技创新, 污染防治: a kind of work made of everyday words, not one work."""
    if re.search(f"(?:{cfg.facility_endings})$", text):
        return False
    if patterns.is_common_word(text, cfg.common_word_freq):
        return True
    if cfg.kind_item and (kind := re.fullmatch(cfg.kind_item, text)) and _one_common_noun(kind.group("word")):
        return True
    words = patterns._words(text)
    return len(text) <= 4 and len(words) > 1 and "".join(words) == text and all(
        patterns.is_common_word(w, cfg.everyday_word_freq) for w in words)


def _one_common_noun(word: str) -> bool:
    """A word jieba's dictionary holds whole, not as a place's name (绿化, 亮化; not 汾河)."""
    return patterns.is_common_word(word, 1) and tokenizer().tag(word) != "ns" and patterns._words(word) == [word]


def _name_start(doc: Document, rules, start: int, end: int) -> int:
    """Where a list item's name begins: after the verbs and boundary words before it (统筹|电力)."""
    return patterns.name_start(doc, start, end, rules.boundary)
