"""Park: zones and named markets, by suffix (rules in kg/rules/park.toml), and
the items of lists that share one park suffix (A、B、C4个产业园)."""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from kg import gazetteer, names, rulebook
from kg.document import Document, Mention
from kg.lexicon import tokenizer, word_tag
from kg.recognize import patterns


@dataclass(frozen=True, kw_only=True)
class ZoneSuffix(rulebook.SuffixRule):
    """`[[suffix]]` of the park family."""

    # a bare zone word (高新区) that stands for the county's own zone: linked as
    # the county's name and that word (attrs["known_as"])
    own_zone: bool = False
    # what right after the name belongs to it (a station in brackets: X试验区(Y站))
    keeps_after: rulebook.Regex | None = None
    # a note in brackets before the suffix is inside the name (X现代农业(水稻)产业园区: `[bracket]`)
    inner_brackets: bool = False
    # bare kinds of zone that are a verb's object when the words before them end in a verb of two
    # characters or more (jieba's tag v) right after a word tagged with one of `clause_tags` (不断|擦亮|
    # 经开区, 全镇不断|放大|园区): no name (not after a place of the gazetteer: 平遥|种植|园区)
    object_after_verb: tuple[str, ...] = ()
    clause_tags: frozenset[str] = frozenset()
    # ... but not after these verbs, which name the zone's trade (先进|制造|园区, 大力|创新|园区)
    theme_verbs: frozenset[str] = frozenset()
    # a name that a quote holds with at most a few words of the quote around it (“省级甲等X园区”,
    # “全国十佳X园区”“X园区未来之星”, 紧扣“三基地两园区”) is a title, a rank's class or a slogan, no
    # place (`[quoted_title]`)
    quoted_is_title: bool = False
    # a name whose first word (two characters or more) jieba tags with one of these, no place of the
    # gazetteer, is a category of the kind: what it trades, a sector, a verb or a part of town before
    # it (果品|批发市场, 统筹|整合市场, 城区|中心农贸市场), no named place
    category_first_tags: frozenset[str] = frozenset()
    # ... but a first word these follow (人民|路), or that ends in one of them with three characters or
    # more (花园路, 火车站), is a place: a street's, a station's market
    category_first_places: frozenset[str] = frozenset()
    # kinds before which a phrase of two words or more, all everyday ones (a word of two characters or
    # more tagged with one of `phrase_tags`, of one with one of `phrase_char_tags`; no place of the
    # gazetteer), is a clause or a sector: 疫情|防控|期间|工业区, 先进|制造业|产业区
    phrase_kinds: tuple[str, ...] = ()
    phrase_tags: frozenset[str] = frozenset()
    phrase_char_tags: frozenset[str] = frozenset()


@dataclass(frozen=True, kw_only=True)
class Bracket:
    """`[bracket]`: a note in brackets that may stand inside a park's name."""

    regex: rulebook.Regex
    # a note that is a place name alone (X(宜宾)Y产业园: the branch of a brand or a region): the
    # name may go on after it, up to this many characters before the suffix, and the words before
    # it are a proper name however everyday (西部(重庆)科学城)
    place_note_reach: int = 0


@dataclass(frozen=True, kw_only=True)
class QuotedTitle:
    """`[quoted_title]`: what a quote holds around a name of a rule with `quoted_is_title`."""

    # the words of the quote before the name (“全国|X创业基地”) and after it (“X园区|未来之星”)
    before: rulebook.Regex
    after: rulebook.Regex
    # a quote after these words is a place: a short name the text gives it (以下简称“X试验区”), or one
    # that is built or that firms settle in (加快建设“X产业园”, 落户“X产业园”)
    place_before: rulebook.Regex
    # what shows a title (one is needed: a zone's name alone in a quote is a place): an honour verb
    # right before the quote, a rank's or a title's word in it, a role named right after it (“X”新定位),
    # or words of the quote around the name but a phase (“X产业园二期”)
    honour_before: rulebook.Regex
    title_words: rulebook.Regex
    role_after: rulebook.Regex
    phase: rulebook.Regex


@dataclass(frozen=True, kw_only=True)
class AfterFirm:
    """`[after_firm]`: a name right after a firm's legal form (E有限公司|项目专员X经济开发区)."""

    # what the text before the name ends in: a firm's legal form
    firm: rulebook.Regex
    # the tags (jieba's) of the everyday words the name drops at its start, up to its place or brand
    everyday_tags: frozenset[str] = frozenset()


@dataclass(frozen=True, kw_only=True)
class Host:
    """`[host]`: a named zone that hosts a park of its own right after its name (X经济开发区|Y产业园)."""

    # the kinds of zone that host parks, ending a name with a place of its own before them (a bare kind
    # alone, 开发区|Y产业园, is the zone the text speaks of: the park after it is named alone)
    kinds: tuple[str, ...]
    # the park right after the host's name: a core of its own and a park's kind
    guest: rulebook.Regex
    # what the guest's core may not hold (a clause's words: 的, a conjunction, a verb of building)
    core_not: rulebook.Regex
    # the tags (jieba's) of the words a name's core never holds: a verb, an adverb, a preposition, a
    # numeral, a time (重点|培育|食品, 加快|食品, 至|禾丰, 目前|有), but for the verbs that name a park's trade
    # (装备|制造, 食品|加工: `core_verbs`)
    core_not_tags: frozenset[str] = frozenset()
    core_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True, kw_only=True)
class ParkRules(rulebook.Family):
    """kg/rules/park.toml: the family's rules and its `[list]` of parks sharing one suffix."""

    suffix: tuple[ZoneSuffix, ...] = ()
    list: rulebook.ListRule
    bracket: Bracket | None = None
    quoted_title: QuotedTitle | None = None
    after_firm: AfterFirm | None = None
    host: Host | None = None
    # 获批A示范基地和B产业园区, 成为国家级X和Y集聚区: the later items of a list an honour's verb opens are
    # titles too (the verb and the items before, one clause, up to this regex's reach before the name; not
    # a list of owners, 成为A和B的龙头企业, nor the zones an honoured thing qualifies, 评为先进的A和B)
    honour_list: rulebook.Regex | None = None
    # ... and what a title of that list is followed by (the clause's end, the next item, 的称号, 等荣誉): a
    # name its own predicate follows (A、X园区产值增长12%, A和X园区建设加快, A和X园区招商清单) is a park
    honour_title_end: rulebook.Regex | None = None
    # 本报记者 张明 通讯员 李华 X经济开发区: the byline's role word right before a name (the text has no spaces
    # left) is followed by a person's name, of two or three characters: the zone's name starts at the place
    # after it (a county's short name: 李华|平遥经济开发区), or there is no telling where, and no park
    byline: rulebook.Regex | None = None


def rules() -> patterns.Rules:
    return patterns.load("park", ParkRules)


def find(doc: Document) -> list[Mention]:
    family = rules()
    found = patterns.find(doc, family) + _after_bracket(doc, family)
    parks = (_after_firm(doc, family, _without_epithet(doc, family, b)) for m in found
             if (b := _after_byline(doc, family, m)) is not None)
    # (a list item that is only a zone word, 高新区和|经开区等园区, is a kind, not the county's zone)
    listed = [m for m in patterns.list_items(doc, family) if m.text not in _bare_zones()]
    kept = [_kept_after(doc, _own_zone(doc, m)) for m in parks
            if m is not None and not _an_honour_listed(doc, family, m)
            and not _a_tail(doc, family, m) and not _verb_object(doc, m)
            and not _quoted_title(doc, family, m) and not _category_first(doc, m)
            and not _everyday_phrase(doc, m)]
    return _hosts_with_guests(doc, family, kept) + listed


def _after_byline(doc: Document, family, m: Mention) -> Mention | None:
    """本报记者张明通讯员李华|平遥经济开发区: a name right after a byline's role word (`byline`) opens with a
    person's name of two or three characters; the zone's starts at the county's short name after it, or
    the mention is none."""
    byline = family.record.byline
    if not byline or not patterns.compiled(byline).search(doc.text, max(0, m.start - 4), m.start):
        return m
    shorts = gazetteer.short_names()
    for k in (2, 3):
        start = m.start + k
        if any(doc.text[start : start + n] in shorts for n in (2, 3)):
            text = patterns.clean(doc.text[start : m.end])
            if len(text) <= k or not patterns.accept(family, rulebook.ANY_NAME, text, None):
                return None
            return Mention(m.type, text, start, m.end, m.rule, m.confidence, attrs=m.attrs)
    return None


def _an_honour_listed(doc: Document, family, m: Mention) -> bool:
    """获批A示范基地和B产业园区: a later item of a list an honour's verb opens (`honour_list`, within 40
    characters before it) is a title, when it ends its item (`honour_title_end`) and owns nothing (no 的 after
    it: 成为A和B的龙头企业)."""
    record = family.record
    if not record.honour_list or not patterns.compiled(record.honour_list).search(doc.text, max(0, m.start - 40), m.start):
        return False
    if doc.text[m.end : m.end + 1] == "的":
        return False
    return record.honour_title_end is None or bool(patterns.compiled(record.honour_title_end).match(doc.text, m.end))


def _hosts_with_guests(doc: Document, family, found: list[Mention]) -> list[Mention]:
    """`X经济开发区Y产业园`, `X产业集聚区Y专业园`: a zone named with a place of its own (`[host]` kinds)
    and a park named right after it, no mark between, are one park: the host's park, named whole (the
    park after the host, found alone or not, is replaced by the whole name)."""
    host = family.record.host
    if host is None or not found:
        return found
    guest, core_not = patterns.compiled(host.guest), patterns.compiled(host.core_not)
    whole = []
    for m in found:
        kind = next((k for k in host.kinds if m.text.endswith(k)), None)
        if kind is None or len(m.text) <= len(kind) or m.attrs.get("known_as"):
            continue
        hit = guest.match(doc.text, m.end)
        if hit is None or core_not.search(hit.group("core")) or patterns.lead_verb_re().match(hit.group("core")):
            continue
        if not _a_guest_name(host, hit.group("core")):
            continue
        # (a park found inside the guest's words that starts after the host's end is the park named alone,
        # and what is between them a clause's words: X开发区谋划|食品产业园)
        if any(m.end < k.start < hit.end() for k in found):
            continue
        whole.append(Mention(m.type, patterns.clean(doc.text[m.start : hit.end()]), m.start, hit.end(), m.rule, m.confidence, attrs=m.attrs))
    if not whole:
        return found
    spans = [(w.start, w.end) for w in whole]
    return [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)] + whole


def _a_guest_name(host: Host, core: str) -> bool:
    """临港, 城西, 电子元件: the core of a park named right after its host is a name's words, none a verb,
    an adverb, a preposition, a numeral or a time (`core_not_tags`; 重点|培育|食品, 至|禾丰, 目前|有), but
    for a verb that names the park's trade (装备|制造: `core_verbs`)."""
    return not any(word_tag(w) in host.core_not_tags and w not in host.core_verbs
                   for w in tokenizer().lcut(core, HMM=False))


def _everyday_phrase(doc: Document, m: Mention) -> bool:
    """疫情防控期间|工业区, 先进制造业|产业区: before a kind of `phrase_kinds`, words that are all
    everyday ones (`phrase_tags`, `phrase_char_tags`), two or more, are a clause or a sector, no name;
    a name holds a place of the gazetteer, the county's name or a word jieba tags no everyday one
    (桐|湾|中心产业区, 石门|生态产业区)."""
    rule = _suffix_rules().get(m.rule)
    kind = next((k for k in _longest_first(rule.phrase_kinds) if m.text.endswith(k)), None) if rule else None
    if kind is None:
        return False
    words = tokenizer().lcut(m.text[: -len(kind)], HMM=False)
    if len(words) < 2:
        return False
    return not any(_place_word(doc, w) for w in words) and all(
        word_tag(w) in (rule.phrase_tags if len(w) >= 2 else rule.phrase_char_tags) for w in words)


def _place_word(doc: Document, word: str) -> bool:
    """Whether `word` is a place's name of the gazetteer or the document's county's short name,
    whatever jieba tags it (平遥 is tagged an adjective)."""
    county = patterns.own_county(doc)
    return word in gazetteer.short_names() or county is not None and word == county.short


def _after_firm(doc: Document, family, m: Mention | None) -> Mention | None:
    """E有限公司项目专员|X经济开发区: a name right after a firm's legal form (`[after_firm]`) starts at its
    first word that is no everyday one (a place, a brand, a character jieba knows alone); one of everyday
    words only (E有限公司|标准化厂房) is the firm's plant, none."""
    cut = family.record.after_firm
    rule = _suffix_rules().get(m.rule) if m is not None else None
    if cut is None or rule is None or not patterns.compiled(cut.firm).search(doc.text, max(0, m.start - 8), m.start):
        return m
    kind = next((k for k in _longest_first(rule.suffixes) if m.text.endswith(k)), None)
    if kind is None:
        return m
    start, core_end = m.start, m.end - len(kind)
    tokens = doc.tokens
    i = bisect.bisect_left(tokens, (start, start))
    while i < len(tokens) and tokens[i][0] == start and tokens[i][1] <= core_end:
        word = doc.text[start : tokens[i][1]]
        if len(word) < 2 or word_tag(word) not in cut.everyday_tags or word in gazetteer.short_names():
            break
        start, i = tokens[i][1], i + 1
    if start == m.start:
        return m
    text, core = patterns.clean(doc.text[start : m.end]), patterns.clean(doc.text[start:core_end])
    if not core or not patterns.accept(family, rule, text, core):
        return None
    return dataclasses.replace(m, text=text, start=start)


def _category_first(doc: Document, m: Mention) -> bool:
    """果品批发市场, 城区中心农贸市场, 技能培训市场: a name that opens with an everyday word (goods, a
    sector, a verb, a part of town: `category_first_tags`) names a kind of place, not one; a named
    one opens with its place or its brand (西曲|蔬菜批发市场, 雅宝路|裘皮市场), a street's or a
    station's too (人民|路农贸市场, 火车站|蔬菜批发市场: `category_first_places`)."""
    rule = _suffix_rules().get(m.rule)
    if rule is None or not rule.category_first_tags:
        return False
    words = tokenizer().lcut(m.text, HMM=False)
    first = words[0]
    if len(first) < 2 or first == m.text or word_tag(first) not in rule.category_first_tags:
        return False
    places = rule.category_first_places
    if len(words) > 1 and words[1] in places or len(first) >= 3 and any(first.endswith(p) for p in places):
        return False  # 人民|路农贸市场, 火车站|蔬菜批发市场: a street's, a station's market
    return not _place_word(doc, first)


def _quoted_title(doc: Document, family, m: Mention) -> bool:
    """获评“全国十佳X园区”, 被命名为“省级甲等X园区”, 紧扣“三基地两园区”: a name a quote holds, with no
    more than a few words of the quote before or after it, is a title, a rank's class or a slogan
    (rules with `quoted_is_title`) where the text shows a title (an honour verb before the quote, a rank
    or title word in it, words of the quote around the name); a zone's name alone in quotes (与“X经济
    开发区”签订), a place's short name the text gives in quotes (简称“X区”), or a quoted zone one builds
    or settles in (加快建设“X产业园”), is none."""
    quoted = family.record.quoted_title
    rule = _suffix_rules().get(m.rule)
    if quoted is None or rule is None or not rule.quoted_is_title:
        return False
    # (a name's span may hold the quotes around it, which its text drops)
    raw = doc.text[m.start : m.end]
    start, end = m.end - len(raw.lstrip("“”")), m.start + len(raw.rstrip("“”"))
    before = patterns.compiled(quoted.before).search(doc.text, max(0, start - 12), start)
    after = patterns.compiled(quoted.after).match(doc.text, end) if before is not None else None
    if after is None:
        return False
    if patterns.compiled(quoted.place_before).search(doc.text, max(0, before.start() - 6), before.start() + 1):
        return False
    opened, closed = before.start(), doc.text.index("”", end)
    words_before, words_after = doc.text[opened + 1 : start], doc.text[end:closed]
    return bool(patterns.compiled(quoted.honour_before).search(doc.text, max(0, opened - 4), opened + 1)
                or patterns.compiled(quoted.title_words).search(doc.text, opened + 1, closed)
                or patterns.compiled(quoted.role_after).match(doc.text, closed)
                or words_before or words_after and not patterns.compiled(quoted.phase).match(words_after))


def _verb_object(doc: Document, m: Mention) -> bool:
    """不断擦亮|经开区, 全镇不断放大|园区: a bare kind of zone (`object_after_verb`) after a verb that
    an adverb, an adjective or a pronoun opens (`clause_tags`) is what the clause's verb acts on; after
    a noun the verb names the zone's trade (智能制造|园区, 承接产业转移|园区), and a name's words may
    end in a place (湖南安化|产业园区: a county's short name jieba tags a verb). A place of the
    gazetteer, or the county's own name, before the verb is the zone's place, whatever jieba tags it
    (平遥|种植|园区: 平遥 is tagged an adjective)."""
    rule = _suffix_rules().get(m.rule)
    if rule is None or not rule.object_after_verb:
        return False
    # (the rule's longest suffix the name ends in: X合作示范|园区 ends in 示范园区, a kind of its own)
    kind = next((k for k in _longest_first(rule.suffixes) if m.text.endswith(k)), None)
    if kind not in rule.object_after_verb or len(m.text) == len(kind):
        return False
    words = tokenizer().lcut(m.text[: -len(kind)], HMM=False)
    # (a verb of one character is more often a piece of a place's name jieba cuts: 红|渡)
    if len(words) < 2 or len(words[-1]) < 2 or word_tag(words[-1]) != "v":
        return False
    last, before = words[-1], words[-2]
    if _place_word(doc, before):
        return False
    return word_tag(before) in rule.clause_tags and last not in rule.theme_verbs and last not in gazetteer.short_names()


@lru_cache(maxsize=None)
def _longest_first(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(suffixes, key=len, reverse=True))


def _after_bracket(doc: Document, family) -> list[Mention]:
    """X现代农业(水稻)产业园区, X合作(甲·乙)示范园区, X(乙地)科学城: a suffix right after a note in
    brackets (`[bracket]`) has its name before the note (rules with `inner_brackets`); the walk
    leftwards starts there. The notes are found once per document, each looked up once."""
    bracket = family.record.bracket
    inner = [r for r in family.suffix_rules if getattr(r, "inner_brackets", False)]
    if bracket is None or not inner or not re.search("[)）]", doc.text):
        return []
    found = []
    for note in patterns.compiled(bracket.regex).finditer(doc.text):
        rule, suffix = next(((r, hit) for r in inner if (hit := r.finder.match(doc.text, note.end()))), (None, None))
        place = bracket.place_note_reach and _a_place_note(doc.text[note.start() + 1 : note.end() - 1])
        if rule is None and place:  # X(宜宾)绿色低碳产业园: the name goes on after a place's note
            rule, suffix = next(((r, hit) for r in inner if (hit := _suffix_after(doc, family, r, note.end(), bracket.place_note_reach))), (None, None))
        if rule is None:
            continue
        budget = rule.max_length - (suffix.end() - note.start())
        start = patterns.extend_left(doc, note.start(), min(budget, rule.max_core), family.boundary, rule.name_ends)
        start = patterns.trim_leading(doc.text, start, note.start(), family.boundary)
        text = patterns.clean(doc.text[start : suffix.end()])
        core = patterns.clean(doc.text[start : note.start()])
        if place:  # (a place's branch names one zone: 西部 before (重庆) is no everyday category here)
            rule = patterns._variant(rule, generic_core=False)
        if note.start() - start >= 2 and patterns.accept(family, rule, text, core):
            found.append(Mention(family.type, text, start, suffix.end(), rule.id, rule.confidence))
    return found


def _a_place_note(note: str) -> bool:
    """宜宾, 重庆, 连江: a note that is a province's, a prefecture's or a county's name alone."""
    return len(note) >= 2 and not names.strip_place(note)


def _suffix_after(doc: Document, family, rule, at: int, reach: int):
    """The suffix of `rule` within `reach` characters after `at`, with a name's words only between
    (the walk leftwards from the suffix reaches `at`: no boundary word, verb or punctuation)."""
    hit = rule.finder.search(doc.text, at, at + reach + max(map(len, rule.suffixes)))
    if hit is None or hit.start() - at > reach or hit.start() == at:
        return None
    if patterns.extend_left(doc, hit.start(), hit.start() - at, family.boundary, rule.name_ends) != at:
        return None
    return hit


def _kept_after(doc: Document, m: Mention) -> Mention:
    """X综合试验区(Y站): the bracketed station after the name is part of it (`keeps_after`)."""
    after = _suffix_rules()[m.rule].keeps_after if m.rule in _suffix_rules() else None
    hit = patterns.compiled(after).match(doc.text, m.end) if after else None
    if not hit:
        return m
    return Mention(m.type, patterns.clean(doc.text[m.start : hit.end()]), m.start, hit.end(), m.rule, m.confidence, attrs=m.attrs)


def _a_tail(doc: Document, family, m: Mention) -> bool:
    """X页岩气综合利用|化工园区: a bare zone word that a longer name ends in (the word before it
    is no boundary, punctuation or the county) is that name's tail, not the county's zone."""
    if not _own_zone_rules().get(m.rule) or m.start == 0 or doc.text[m.start] == "县":
        return False
    tokens = doc.tokens
    i = bisect.bisect_left(tokens, (m.start, m.start)) - 1
    if i < 0 or tokens[i][1] != m.start:
        return False
    word = doc.text[tokens[i][0] : m.start]
    return "\u4e00" <= word[-1] <= "\u9fff" and word not in family.boundary


def _own_zone(doc: Document, m: Mention) -> Mention:
    """高新区 alone, or 县经开区, in a county's report: that county's zone."""
    if not _own_zone_rules().get(m.rule):
        return m
    county = patterns.own_county(doc)
    if county is not None:
        m.attrs["known_as"] = county.short + m.text.removeprefix("县")
    return m


@lru_cache(maxsize=1)
def _suffix_rules() -> dict[str, ZoneSuffix]:
    return {r.id: r for r in rules().suffix_rules}


def _own_zone_rules() -> dict[str, bool]:
    return {rule_id: r.own_zone for rule_id, r in _suffix_rules().items()}


@lru_cache(maxsize=1)
def _bare_zones() -> frozenset[str]:
    return frozenset(x for r in rules().suffix_rules if r.own_zone for x in r.suffixes)


def _without_epithet(doc: Document, rules, m: Mention) -> Mention | None:
    """`“X之乡”Y文化产业园`: a quoted epithet before the name is praise, not part of it;
    before a bare zone word (`“五好”园区`) it names a class of zones, no park.
    What is left must pass the rejections again (“X”|百亿园区 is a size class): None if not."""
    raw = doc.text[m.start : m.end]
    close = raw.find("”")
    if raw.startswith("“") and close > 0 and patterns.clean(raw[close + 1 :]) in rules.reject:
        return None  # “五好”园区: a quoted quality before a bare zone word is a class of zones
    if not raw.startswith("“") or close < 0 or len(raw) - close - 1 < 4:
        return m
    start = m.start + close + 1
    text = patterns.clean(doc.text[start : m.end])
    if not patterns.accept(rules, rulebook.ANY_NAME, text, None):
        return None
    return Mention(m.type, text, start, m.end, m.rule, m.confidence, attrs=m.attrs)
