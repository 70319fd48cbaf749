"""County and Region: every division of the gazetteer, by full name; the
document's own county also by its short name when it stands for the place.

The document's county (from the manifest, else found in the text: the most
frequent county named in full, else the county whose short name the text uses
most, in the frames of its own report) and its province decide between counties
that share a name. How it was found is recorded in `doc.meta["county_rule"]`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg import gazetteer, regex_cache, regex_words, rulebook
from kg.document import Document, Mention
from kg import lexicon
from kg.lexicon import tokenizer


@dataclass(frozen=True, kw_only=True)
class Abbreviation:
    """`[[abbreviation]]`: a short form written from a division's full name (察哈尔右翼中旗 -> 察右中旗)."""

    id: str
    # a regex on the full name, with named groups ...
    regex: rulebook.Regex
    # ... that `form` writes the short form from ({a}{b}{c}旗)
    form: str


@dataclass(frozen=True, kw_only=True)
class Slogan:
    """`[slogan]`: a division whose name opens with a verb of slogans (兴县 in 科技兴县、生态强县,
    兴城市 in 全力兴城市) is a slogan where a word runs into it."""

    first: str
    # what may stand right before such a name when it names the place (在兴县, 吕梁市兴县)
    place_before: rulebook.Regex
    # a two-character name is a slogan before these (科技兴县、, 生态富县”)
    two_character_follow: rulebook.Regex
    # a longer name is a slogan when what follows the verb is a word jieba saw this often (城市)
    everyday_rest_freq: int


@dataclass(frozen=True, kw_only=True)
class OwnCounty:
    """`[own_county]`: the county a report is about, when no manifest row says it."""

    # found as the most frequent county named in full (at least this often, or else when
    # no short name names one) ...
    full_name_id: str
    full_name_min_uses: int
    # ... else as the county whose short name the text uses most (岚皋 for 岚皋县)
    short_name_id: str
    # what follows a county's short name in the frames of its own report (岚皋|第十八届, 岚皋|县委),
    # a use worth `frame_weight` others
    frame: rulebook.Regex
    frame_weight: int
    # a first line this short, with more lines after it, is the report's title
    title_max_length: int
    # a short name before one of these names a company, not the place (永泰钢铁)
    not_before: rulebook.Regex
    # a short name that is an everyday word (合作, 东方) counts only in a frame
    common_word_freq: int
    # a short name jieba saw fewer times than this is a proper name: a use counts `rare_name_weight`
    rare_name_freq: int
    rare_name_weight: int
    # the short name wins with at least this score
    min_score: int
    # ... or with this score in a report naming no county in full, when it alone is at the top and lies
    # in the province or prefecture the report names in full (if any): found by `alone_id`
    alone_min_score: int
    alone_id: str
    # ... or, in a report naming no county in full or one only once (a partner: 与X区结对), the county
    # whose short name it uses once, where it stands for the place (X发展), when that name is a proper
    # name (jieba saw it fewer than `named_once_max_freq` times), the only such name in the report, and
    # the report speaks as that county's kind (全县 for a 县): found by `named_once_id`
    named_once_max_freq: int
    named_once_id: str
    # ... and, last, the county named only inside a title or a zone's name (no mention, but the
    # report's own: 《X县2024年政府工作报告》)
    inside_a_name_id: str
    # a place named right after one of these is another place (学习X经验, 与X区结对): no short name
    # used once there names the county, and a county named in full once there yields to one that does
    elsewhere_before: rulebook.Regex
    # what a short name used once must follow to name the report's county: a clause's start or a verb
    # of support or being (关心支持X发展), not one that compares (对标X发展, 超过X)
    named_once_before: rulebook.Regex
    # the kind of division the report speaks as (县: 我县, 全县 ...), by the suffix of its name
    kind_words: dict[str, tuple[str, ...]]
    # a county named in full, however often, that is not of the kind the report speaks as (紫阳县
    # named twice in a report that says 我区) yields to the short name of a division of that kind
    # the report uses (汉滨 for 汉滨区), found by this rule
    spoken_short_name_id: str
    # ... and so does one of that kind whose own name in short the report uses this many times as
    # much as the other's (its uses in full and in short, scored alike)
    short_over_full: int


@dataclass(frozen=True, kw_only=True)
class CountyRules:
    """kg/rules/county.toml."""

    # full names that are also everyday words: never a mention by themselves
    ambiguous_full_names: frozenset[str]
    # a full name beginning with one of these is a name only where no word runs into it
    function_first: str
    # a full name right after what this matches is a word of a counted slogan (六|宜城市)
    counted_before: rulebook.Regex
    # what may follow a short name that names the place
    short_name_follow: rulebook.Regex
    short_name_id: str
    short_name_confidence: float
    full_name_id: str
    full_name_confidence: float
    slogan: Slogan
    # a division of another province with one of these suffixes, named without its prefecture
    # or province in the `local_area_window` characters before it, is a part of the county
    local_area_suffixes: tuple[str, ...]
    local_area_window: int
    # a division named inside another name stands not for the place (GUIDELINES: a modifier is no
    # mention): inside the title of a document (《X县国民经济和社会发展第十四个五年规划纲要》, its
    # opening within `title_window` characters before it) or opening the name of a zone (X县绳网数字
    #经济园区, 张江X县高科技园): `zone_after` matches what follows it
    title_window: int
    zone_after: rulebook.Regex
    # a division followed by this is an honour's category (平安县(市)), no place at all
    honour_after: rulebook.Regex
    own_county: OwnCounty
    abbreviation: tuple[Abbreviation, ...] = ()

    # what follows a full name whose suffix jieba reads with it as the county's organ (县|委, 县|政府)
    organ_after: rulebook.Regex = ""

    @cached_property
    def follow_re(self) -> re.Pattern:
        return regex_cache.compile(self.short_name_follow)

    @cached_property
    def organ_after_re(self) -> re.Pattern:
        return regex_cache.compile(self.organ_after or "(?!)")


@lru_cache(maxsize=1)
def rules() -> CountyRules:
    return rulebook.load("county", CountyRules)


def find(doc: Document) -> list[Mention]:
    cfg = rules()
    context = doc.meta.get("county_code", "")
    starts, ends = doc.token_edges()
    # a name must begin and end on jieba token boundaries: 范县 inside 示范县 does not
    named = [
        (start, end, doc.text[start:end], cfg.full_name_id) for start, end in gazetteer.find_names(doc.text)
        if doc.text[start:end] not in cfg.ambiguous_full_names and (not starts or start in starts and _ends_a_word(doc, end))
        and not _joined(doc.text, start, cfg.function_first) and not _slogan(doc, start, end, cfg.slogan)
        and not re.search(cfg.counted_before, doc.text[max(0, start - 1) : start])
        and not re.match(cfg.honour_after, doc.text[end : end + 2])
    ]
    abbreviated = abbreviations(doc)
    inside = {m for m in named if _inside_a_name(doc.text, m[0], m[1], cfg)}
    full = [m for m in named if m not in inside] + abbreviated
    if not context:
        context, how = own_county(doc, full)
        if not context and inside:
            # (a report naming its county only in its own title or in its zone's name is still about
            # it: 《X县2024年政府工作报告》 over a text that says 全县; the name stays no mention)
            context = own_county(doc, named + abbreviated)[0]
            how = cfg.own_county.inside_a_name_id
        if context:
            doc.meta["county_code"], doc.meta["county_rule"] = context, how
        else:
            _province_of_names_inside(doc, named)
    mentions = []
    for start, end, name, rule_id in full:
        d = _division(name, context)
        if d is None or _local_area(doc.text, start, d, context, cfg):
            continue
        kind = "County" if d.level == "county" else "Region"
        mentions.append(Mention(kind, name, start, end, rule_id, cfg.full_name_confidence, attrs={"code": d.code}))
    own = gazetteer.by_code(context) if context else None
    if own and own.short != own.name:
        covered = set()  # the characters of names found in full (察右 of 察右中旗 is inside one)
        for s, e, _, _ in full:
            covered.update(range(s, e))
        for m in re.finditer(re.escape(own.short), doc.text):
            if doc.text.startswith(own.name, m.start()) or not cfg.follow_re.match(doc.text, m.end()):
                continue
            if m.start() in covered:
                continue
            mentions.append(Mention("County", own.short, m.start(), m.end(), cfg.short_name_id, cfg.short_name_confidence, attrs={"code": own.code}))
    return mentions


def _ends_a_word(doc: Document, end: int) -> bool:
    """A name ends where a token does, or where its suffix opens the word of the county's organ
    (三门|县政府, 定安|县委: jieba reads the suffix with the organ, the county is named whole)."""
    starts, ends = doc.token_edges()
    return end in ends or end - 1 in starts and bool(rules().organ_after_re.match(doc.text, end))


def _province_of_names_inside(doc: Document, named) -> None:
    """A report that names its county only inside other names (X县绳网数字经济园区) has no county,
    but the province of that county is the report's: `doc.meta["province_code"]` (provincial lines)."""
    for _, _, name, _ in named:
        d = _division(name, "")
        if d is not None and d.level == "county":
            doc.meta["province_code"] = d.province
            return


def _inside_a_name(text: str, start: int, end: int, cfg: CountyRules) -> bool:
    """《X县国民经济和社会发展…规划》, X县渔具数字经济园区: a division named inside a document's title
    or at the head of a zone's name is a modifier of that name, not the place."""
    opened = text.rfind("《", max(0, start - cfg.title_window), start)
    if opened >= 0 and text.find("》", opened, start) < 0:
        return True
    zone = re.match(cfg.zone_after, text[end : end + 12])
    # (the words between are the zone's own, no verb: 与X县|共建|飞地园区 names the place)
    return bool(zone) and not any((lexicon.word_tag(w) or "").startswith("v")
                                  for w in tokenizer().lcut(zone.group(), HMM=False))


def _division(name: str, context: str):
    return gazetteer.by_name(name, context) or _abbreviated().get(name)


def _local_area(text: str, start: int, d, context: str, cfg: CountyRules) -> bool:
    """加快江北区建设 in a report of a county far from 重庆: a district name of another
    province, named without its prefecture or province before it, is a part of the
    document's own county (a quarter, a zone), not that district."""
    if not context or d.level != "county" or not d.name.endswith(cfg.local_area_suffixes) or d.code[:2] == context[:2]:
        return False
    before = text[max(0, start - cfg.local_area_window) : start]
    places = (gazetteer.by_code(d.prefecture), gazetteer.by_code(d.province))
    return not any(p is not None and (p.name in before or p.short in before) for p in places)


def _joined(text: str, start: int, function_first: str) -> bool:
    """和县 after 图书馆: the first character is the conjunction, not the name's."""
    return text[start] in function_first and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"


def _slogan(doc: Document, start: int, end: int, cfg: Slogan) -> bool:
    """科技兴县、生态富县, 全力兴城市: a name opening with a verb of slogans, run into by a word."""
    text = doc.text
    if text[start] not in cfg.first or start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    if re.search(cfg.place_before, text[max(0, start - 4) : start]):
        return False
    if end - start == 2:
        return bool(re.match(cfg.two_character_follow, text[end : end + 4]))
    # 兴|城市: jieba reads the verb alone, or the rest is an everyday word of its own
    _, ends = doc.token_edges()
    return start + 1 in ends or tokenizer().FREQ.get(text[start + 1 : end], 0) >= cfg.everyday_rest_freq


@lru_cache(maxsize=1)
def _abbreviated() -> dict[str, gazetteer.Division]:
    """Every short form the `[[abbreviation]]` rules write from the gazetteer's names
    (a form that is itself a division's name, or written for two divisions, is left out)."""
    forms: dict[str, list] = {}
    for d in gazetteer.counties():
        for rule in rules().abbreviation:
            m = regex_cache.compile(rule.regex).fullmatch(d.name)
            if m:
                forms.setdefault(rule.form.format(**m.groupdict()), []).append((d, rule.id))
    return {f: ds[0][0] for f, ds in forms.items() if len(ds) == 1 and gazetteer.by_name(f) is None}


@lru_cache(maxsize=1)
def _abbreviation_ids() -> dict[str, str]:
    ids = {}
    for d in gazetteer.counties():
        for rule in rules().abbreviation:
            m = regex_cache.compile(rule.regex).fullmatch(d.name)
            if m:
                ids.setdefault(rule.form.format(**m.groupdict()), rule.id)
    return ids


@lru_cache(maxsize=1)
def _abbreviation_re() -> re.Pattern | None:
    forms = sorted(_abbreviated(), key=len, reverse=True)
    return regex_cache.compile(regex_words.choice_of_words(forms)) if forms else None


def abbreviations(doc: Document) -> list[tuple[int, int, str, str]]:
    """察右中旗, 长阳县: short forms of divisions (`[[abbreviation]]`), on jieba token boundaries."""
    pattern = _abbreviation_re()
    if pattern is None:
        return []
    starts, ends = doc.token_edges()
    return [(m.start(), m.end(), m.group(), _abbreviation_ids()[m.group()]) for m in pattern.finditer(doc.text)
            if not starts or m.start() in starts and m.end() in ends]


def own_county(doc: Document, matches) -> tuple[str, str]:
    """The code of the county a document is about, and the id of the rule that found it:
    the most frequent county named in full, else the county of the short name it uses most."""
    cfg = rules().own_county
    counts = Counter()
    for _, _, name, _ in matches:
        d = _division(name, "")
        if d is not None and d.level == "county":
            counts[d.code] += 1
    full = counts.most_common(1)[0] if counts else None
    kind = _spoken_kind(doc.text, cfg)
    if full and full[1] >= cfg.full_name_min_uses:
        if kind:
            code, scores = _by_short_name(doc, matches, kind, cfg)
            if code and _short_name_overrides(doc, code, full, scores, kind, cfg):
                return code, cfg.spoken_short_name_id
        return full[0], cfg.full_name_id
    # a county named in full once may be a partner's (与佛山市南海区结对) in a report that names
    # its own county in short
    code, scores = _by_short_name(doc, matches, kind, cfg)
    if code:
        return code, cfg.short_name_id
    if not full:
        code = _alone(doc, scores, matches, kind, cfg)
        if code:
            return code, cfg.alone_id
    code = _named_once(doc, scores, matches, cfg)
    if code and (not full or code != full[0] and _named_elsewhere(doc.text, matches, full[0], cfg)):
        return code, cfg.named_once_id
    return (full[0], cfg.full_name_id) if full else ("", "")


def _short_name_overrides(doc: Document, code: str, full: tuple[str, int], scores: Counter, kind: str,
                          cfg: OwnCounty) -> bool:
    """Whether the short name's county `code` wins over the county named in full: a neighbour named
    in full in a report that speaks as another kind, or one named far less than the short name of
    a division of the kind spoken."""
    own, other = gazetteer.by_code(code), gazetteer.by_code(full[0])
    if code == full[0] or not own.name.endswith(kind):
        return False
    # (never the county that shares its short name with the prefecture of the one named in full:
    # 衡阳 in the report of 衡山县 is 衡阳市, not 衡阳县)
    prefecture = gazetteer.by_code(other.prefecture)
    if prefecture and own.short == prefecture.short:
        return False
    if other.name.endswith(kind):
        return scores[own.short] >= cfg.short_over_full * (full[1] + scores[other.short])
    # (not when the report also speaks as the other's kind: a county's report says 全市 of its
    # prefecture, and 全县 of itself)
    return not any(w in doc.text for w in cfg.kind_words.get(other.name[-1:], ()))


def _alone(doc: Document, scores: Counter, matches, kind: str, cfg: OwnCounty) -> str:
    """In a report naming no county in full: the county of the short name scoring `alone_min_score`
    alone at the top, used at least twice and once where it stands for the place (X发展, X、; not
    学习X经验 alone), the only one of that name (of the kind spoken), in the province or prefecture
    the report names in full when it names one."""
    top = scores.most_common(2)
    if not top or top[0][1] < cfg.alone_min_score or len(top) > 1 and top[1][1] == top[0][1]:
        return ""
    starts, ends = doc.token_edges()
    follow = rules().follow_re
    uses = [m.end() for m in re.finditer(re.escape(top[0][0]), doc.text) if m.start() in starts and m.end() in ends]
    if len(uses) < 2 or not any(follow.match(doc.text, e) for e in uses):
        return ""
    found = gazetteer.short_names()[top[0][0]]
    return _the_one_in_regions([d for d in found if d.name.endswith(kind)] or list(found), matches)


def _named_once(doc: Document, scores: "ShortNameScores", matches, cfg: OwnCounty) -> str:
    """X in 关心支持X发展的 (X a short name) of a short excerpt that speaks as a 县 (全县) and names no county in
    full: the one proper name of a county (not 同心 of 干群同心、) the text uses once where it stands for
    the place, of a kind the text speaks as (any kind, in a body page that speaks as none: 为…贡献X力量, unless a
    prefecture or province bears the name too: 贡献铁岭力量 may be the city's), in the
    province or prefecture it names in full (if any)."""
    freq, text, slogan = tokenizer().FREQ, doc.text, rules().slogan
    once = [s for s, start in scores.placed.items() if scores.uses[s] == 1 and freq.get(s, 0) < cfg.named_once_max_freq
            and not re.search(cfg.elsewhere_before, text[max(0, start - 4) : start])
            and re.search(cfg.named_once_before, text[max(0, start - 4) : start])
            and not (s[0] in slogan.first and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff")]  # 投资兴业，
    if len(once) != 1:
        return ""
    spoken = {k for k, words in cfg.kind_words.items() if any(w in doc.text for w in words)}
    if not spoken:  # a body page that speaks as no kind: any kind, unless a prefecture bears the name too
        if once[0] in gazetteer.higher_short_names():
            return ""
        spoken = set(cfg.kind_words)
    return _the_one_in_regions([d for d in gazetteer.short_names()[once[0]] if d.name[-1:] in spoken], matches)


def _the_one_in_regions(candidates, matches) -> str:
    """The code of the only candidate county in the provinces or prefectures the report names in
    full (`matches`; any, when it names none), or "" when none or several remain."""
    regions = {d.code for d in (gazetteer.by_name(name) for _, _, name, _ in matches) if d is not None and d.level != "county"}
    if regions:
        candidates = [d for d in candidates if d.province in regions or d.prefecture in regions]
    return candidates[0].code if len(candidates) == 1 else ""


def _named_elsewhere(text: str, matches, code: str, cfg: OwnCounty) -> bool:
    """与X区结对: the county `code` is named in full right after a word that makes it another place."""
    for start, _, name, _ in matches:
        d = _division(name, "")
        if d is not None and d.code == code:
            return bool(re.search(cfg.elsewhere_before, text[max(0, start - 4) : start]))
    return False


class ShortNameScores(Counter):
    """The score of each short name (a Counter), with how many times each was used (`uses`) and
    those used at least once where the name stands for the place (`placed`)."""

    def __init__(self) -> None:
        super().__init__()
        self.uses: Counter = Counter()
        self.placed: dict[str, int] = {}  # (where it first stood for the place)


def _by_short_name(doc: Document, matches, kind: str, cfg: OwnCounty) -> tuple[str, ShortNameScores]:
    """岚皋 for 岚皋县: the short name of a county the text uses most, on token boundaries,
    a use in the title (the first line) or in a frame of the county's own report (岚皋第十八届,
    岚皋县委, 岚皋2024年政府工作报告) counting `frame_weight` times; the kind of division the text speaks as (我县, 全区) and the regions it names in
    full (陕西省, 安康市) decide between counties that share a short name."""
    text = doc.text
    shorts = gazetteer.short_names()
    heads, lengths = _short_heads()
    starts, ends = doc.token_edges()
    freq = tokenizer().FREQ
    lead = len(text) - len(text.lstrip())
    first = text[lead:].split("\n", 1)[0]
    title = lead + len(first) if len(first) <= cfg.title_max_length and "\n" in text[lead:] else 0  # where the title ends
    scores = ShortNameScores()
    follow = rules().follow_re  # (what may follow a short name that names the place)
    for s in sorted(starts):  # (in order: of names scoring alike, the first used wins)
        if text[s : s + 2] not in heads:
            continue  # (most words open no short name: one look-up instead of one per length)
        for n in lengths:
            short = text[s : s + n]
            if short in shorts and s + n in ends:
                if re.match(cfg.not_before, text[s + n : s + n + 4]):
                    break  # 永泰钢铁: a company named after the place
                frame = re.match(cfg.frame, text[s + n : s + n + 12])
                if frame and frame.group().startswith("市") and _names_a_prefecture(short):
                    break  # 衡阳市委: the prefecture's frame, not a county's
                scores.uses[short] += 1
                placed = follow.match(text, s + n)
                if placed:
                    scores.placed.setdefault(short, s)
                if s < title or frame:
                    scores[short] += cfg.frame_weight
                elif freq.get(short, 0) < cfg.rare_name_freq and placed:
                    # (a rare name counts more only where it stands for the place: 红山文化,
                    # 岚山中心商贸集聚区 may be a modifier inside a longer name, 镇安举行 may not)
                    scores[short] += cfg.rare_name_weight
                elif freq.get(short, 0) < cfg.common_word_freq:
                    scores[short] += 1
                break
    regions = [gazetteer.by_name(name) for _, _, name, _ in matches]
    contexts = [d.code for d in regions if d is not None and d.level != "county"] + [""]
    for short, score in scores.most_common():
        if score < cfg.min_score:
            break
        # (the kind spoken picks among counties sharing the name; a report that says 全市 of its
        # prefecture more often than 全县 still names the one county it has)
        candidates = [d for d in shorts[short] if d.name.endswith(kind)] or list(shorts[short])
        for context in contexts:
            d = gazetteer.pick(candidates, context)
            if d is not None:
                return d.code, scores
    return "", scores


@lru_cache(maxsize=1)
def _short_heads() -> tuple[frozenset[str], list[int]]:
    """The first two characters of every short name (all have two or more), and their lengths, longest first."""
    shorts = gazetteer.short_names()
    return frozenset(s[:2] for s in shorts), sorted({len(s) for s in shorts}, reverse=True)


@lru_cache(maxsize=4096)
def _names_a_prefecture(short: str) -> bool:
    """衡阳: the short name of a prefecture-level city (衡阳市) as well as of a county."""
    d = gazetteer.by_name(short + "市")
    return d is not None and d.level == "prefecture"


def _spoken_kind(text: str, cfg: OwnCounty) -> str:
    """The kind of division the text speaks as (县 for 我县, 全县), the one it names most; "" if none."""
    spoken = Counter({kind: sum(text.count(w) for w in words) for kind, words in cfg.kind_words.items()})
    return spoken.most_common(1)[0][0] if spoken and spoken.most_common(1)[0][1] > 0 else ""
