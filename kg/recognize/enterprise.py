"""Enterprise: legal names by suffix, trade names by industry head, and bare brands
named as the actor of works (kg/rules/enterprise.toml).

`find` reads the names that say they are companies (X有限公司, X钢铁). `actors`
reads the frames that make a bare brand a company: `依托E为龙头`, `E总投资5亿元的P`,
`E“A”“B”等项目` (the words before a quoted list of works), `依托A、B等冶金企业`,
and works named after their company (润丰肉牛养殖). The project family calls it
with the works it found, on its view of the document (tokens cut where a work's
suffix begins).
"""
from __future__ import annotations

import bisect
import csv
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg import gazetteer, policy_lines, regex_cache, rulebook
from kg.document import Document, Mention
from kg.lexicon import word_tag
from kg.names import strip_place
from kg.recognize import patterns
from kg.rulebook import Regex, RuleRef


@dataclass(frozen=True, kw_only=True)
class Actor:
    """`[actor]`: bare brands named as the actor of works."""

    # the words before a quoted list of works (E“A”“B”等项目), cut off works of the rules `actor_of`
    id: str
    confidence: float
    actor_of: tuple[str, ...]
    # 依托E为龙头 / 以E为龙头
    lead_id: str
    lead: Regex
    # what every clause of a lead holds (only those are searched: the work stays linear in a long list)
    lead_need: Regex
    # E总投资5亿元的P
    investor_id: str
    investor: Regex
    investor_need: Regex
    # a bare brand as the actor of 投资/签约/落户/…: E投资5亿元, E追加投资 (group `name`), and a frame of
    # the same rule, the partners of 与E签约 (group `name`, A、B in it are two enterprises; `kind`, what follows 等)
    verb_actor_id: str
    verb_actor: tuple[Regex, ...]
    partner: Regex | None = None
    # what every such clause holds (only those are searched)
    verb_actor_need: Regex
    # a place and a coined brand opening a clause before what a company does (四川澜峰建成…)
    placed_actor_id: str
    placed_actor: Regex
    placed_actor_need: Regex
    not_verb_actor: Regex
    # the kind after 等 of a list of `partner`s that makes them no firms (places, zones, bodies), and a verb
    # after them that ends the list (与A、B深化合作)
    not_partner_kind: Regex | None = None
    partner_clause: Regex | None = None
    # A、B、C等(冶金|骨干)企业 and 以A、B为龙头
    list_id: str
    enterprise_lists: tuple[Regex, ...]
    # what every such list's clause holds (only those are searched)
    enterprise_lists_need: Regex
    # a name alone before 等…企业 (飞鹰等特色企业): a proper name jieba knows as one word (tags,
    # seen fewer times than `single_leader_freq`) or a coined brand
    single_leader: Regex
    single_leader_tags: frozenset[str]
    single_leader_freq: int
    # a brand joined to its work by a middle dot (X·Y食品产业园项目): the brand, and what every
    # such clause holds (only those are searched)
    dot_brand_id: str
    dot_brand: Regex
    dot_brand_need: Regex
    # a coined brand opening its clause before the capacity of its plant (X80MW光伏建成发电)
    capacity_actor_id: str
    capacity_actor: Regex
    capacity_actor_need: Regex
    # a work named after its company (润丰肉牛养殖): what such a work makes, the company
    # heads that may follow the brand, and what a brand never is
    named_after_id: str
    named_after_confidence: float
    # a list item of works that is wholly a company the rules found (A、B等16个项目 where B is one) and
    # that no work of the project family covers is a work too, the firm listed as its work
    listed_work_id: str
    # ... and, beside such an item, one that is a short coined name (characters jieba knows only one by
    # one, none of these kinds: counts, measures, directions) is a firm listed as its work too
    listed_mate_id: str
    coined_mate_not_tags: frozenset[str]
    # a work the county builds, not a firm: a road or a route between two places, a flood or river work
    public_work: Regex | None = None
    # a trade name whose brand is a county's short name (安平|电力) before a park or a town named after
    # it (…物资产业园) is the county's sector and park, no firm
    county_trade_park: Regex | None = None
    # ... read of the names these rules found (the trade names)
    county_trade_of: tuple[str, ...] = ()
    named_after_work: Regex
    brand_heads: tuple[str, ...]
    not_heads: tuple[str, ...]
    # a word that opens with one of these is a company's legal form, never its brand (有限|公司)
    legal_word_starts: tuple[str, ...]
    # a character of these kinds (jieba's tags: a conjunction, a numeral or a unit) that the
    # boundaries cut off a work's name right after a break (元|澜家居二期, 、并|沐熔盐技改) is the
    # brand's first one when the name read with it opens with a brand (`company_part`)
    cut_first_tags: frozenset[str]
    cut_first_after: str
    # a work an amount opens in a list or a clause (22亿元X智能家电, 投资10亿元的X新能源产业基地): the
    # amount before it, what may stand before that ...
    amount_led: Regex
    # ... looked for in this many characters right before the work's name
    amount_led_reach: int
    # ... and its brand: a word of two characters jieba saw fewer times than `amount_led_freq` (any
    # kind), characters it knows one by one (none of `amount_led_not_tags`: counts, measures,
    # prepositions, directions, conjunctions, particles, pronouns), or what stands before a product
    # word (`brand_ends_before`: X|新能源); never an everyday lead (`everyday_lead_not`)
    amount_led_freq: int
    amount_led_not_tags: frozenset[str]
    # ... nor one before a waste or a utility (餐厨|垃圾处理, 城镇|污水处理: kinds of the county's works)
    amount_led_not_before: Regex
    # in a list of works where an item is named after its company already (X化工新材料、Y绿色环保涂料等
    #项目), another item opening with a word jieba saw fewer times than this, then what a company makes,
    # a phase or a place it develops, is named after its company too (read as an amount-led work)
    sibling_brand_freq: int
    # (an item opens with a company found already when it begins fewer than `sibling_opened_within`
    # characters after the item's start: a character or two the item keeps before the brand)
    sibling_opened_within: int
    sibling_not_tags: frozenset[str]
    # ... and the work goes on with a product of its own words, not a bare process (屠宰|加工)
    sibling_min_rest: int
    # ... and where half the items, `mostly_firms_min` at least, open with companies found, another item's
    # brand may be a noun jieba saw fewer than `mostly_firms_freq` times (not of `mostly_firms_not_tags`)
    # or characters it knows one by one (their first of `mostly_firms_single_tags` still may be)
    mostly_firms_min: int = 2
    mostly_firms_freq: int = 0
    mostly_firms_not_tags: frozenset[str] = frozenset()
    mostly_firms_single_tags: frozenset[str] = frozenset()
    # ... and the item is no mine (X煤矿改扩建: a mine is named after its place) nor opens with a division
    mostly_firms_not: Regex = "$^"
    # words that open a product, never end a brand: a brand jieba cut into them (澜|华新|能源, 沐|蜓|精|酿)
    # ends where they begin
    brand_ends_before: Regex
    not_brand: Regex
    # ... where a list's siblings open with companies, what a brand is still not (小沐|三期 beside X二期:
    # a size or a direction may open a brand there)
    sibling_not_brand: Regex
    # ... and the tags of `sibling_not_tags` a listed work's first word may still have there, before
    # the phase of a plant, a company head or more single characters (金钥匙|二期, 春风|面业, 锦华|澜|泰)
    sibling_noun_tags: frozenset[str] = frozenset()
    # ... or the work goes on with one word jieba knows and tags so (X|岩棉, X|酸洗: the trade the firm is
    # named for), which ends the item; of these tags (a material, 岩棉 n) the whole item is the firm's name
    sibling_trade_tags: frozenset[str] = frozenset()
    sibling_whole_tags: frozenset[str] = frozenset()
    # ... nor characters that jieba all tags as qualities (高|纯 of 高纯石墨: adjectives, adverbs)
    quality_tags: frozenset[str]
    # a place and a company head open a work named after its firm (汉中|铝业…改造), not before a zone
    placed_head_not_before: Regex
    # the works whose names are read for a company part (rules of the project family) ...
    named_after_of: tuple[str, ...]
    # ... and the items of lists of works (A、B、C等一批…项目): their tail (等…项目), what breaks
    # a clause, how far back a list may begin and how long a bracketed phase in an item may be
    work_list_tail: Regex
    # the amount an item may open with (22亿元X、投资5亿元的Y): it is the work's, not its name's
    work_list_amount: Regex
    # a list of works closed without 等, by a count (A、B4个项目) or by what becomes of its works
    # (A二期、B三期竣工投产): read only where the list holds 、 and no 等
    work_list_bare_tail: Regex | None = None
    work_list_breaks: str
    max_work_list: int
    max_phase: int
    # a list of firms closed by 等 and what becomes of their works (A、B等有序推进, A、B等上市企业基地建成
    #投产): each firm stands for its work
    firm_works_tail: Regex | None = None
    # ... and those whose name may be a brand and nothing else (A、B等N个项目)
    whole_brand_of: tuple[str, ...]
    # the works that are a firm named by itself (X电子竣工投产: rules of the project family that
    # vetted a brand and a trade word): the whole name is the company's too
    firm_named_of: tuple[str, ...] = ()
    # an item of a list of works opening with characters jieba knows one by one (none of these kinds
    # first: verbs, qualities), then a product of this many words at least, names its company
    listed_coined_first_not_tags: frozenset[str]
    listed_coined_min_words: int
    # a brand's length; a brand alone (no place before it) is at least `min_whole_brand` long
    min_brand: int
    max_brand: int
    min_whole_brand: int
    # ... or, wholly characters jieba knows one by one, at least this long, unless the list's tail
    # says its items are people (A、B等来到…项目现场)
    min_whole_coined: int
    whole_coined_not_tail: Regex
    # ... nor ends as a hall, a house or an estate does (X川堂, X华苑: beside no firm, none)
    whole_coined_not_end: Regex
    # ... or, at most `max_whole_named` long (a place before it counted in), one word jieba tags as a proper name
    # and saw fewer than `whole_named_freq` times, or a noun it saw fewer than `whole_named_noun_freq` times, then
    # at least `whole_named_min_chars` characters it knows only alone (恒瑞|鑫: a brand listed as its work); no word
    # of the project lexicon, no item `whole_named_not` finds (a work's or a line's end word, a region), and, when
    # `whole_named_not_lines`, no national line of kg/data/national_lines.tsv nor the start of one (雪亮工程, 乡村振兴)
    max_whole_named: int = 0
    whole_named_tags: frozenset[str] = frozenset()
    whole_named_freq: int = 0
    whole_named_noun_tags: frozenset[str] = frozenset()
    whole_named_noun_freq: int = 0
    whole_named_min_chars: int = 0
    whole_named_not: Regex | None = None
    whole_named_not_lines: bool = False
    min_coined_brand: int
    # ... or of two characters, none of them a count, measure, direction, preposition or verb
    # (万|商, 台|水, 沿|淮, 增|施: jieba's tags) and not opening with an element (铝|基: a material)
    min_short_coined_brand: int
    short_coined_not_tags: frozenset[str]
    # ... nor opening with a quality (冷|链 物流 is cold-chain logistics)
    short_coined_first_not_tags: frozenset[str]
    short_coined_not: Regex
    # ... nor opens a work that ends as a place or a facility does (X电站二期, X水库, X安置房)
    short_coined_work_not: Regex
    # ... nor stands before a place's or a road's character (X路西延, X河治理)
    short_coined_place_after: Regex
    # ... and after a province or a prefecture (青海|澜汐 碳化硅项目), the end of any work a short coined brand opens
    placed_coined_end: Regex | None = None
    # ... unless a region's cooperation follows (安徽|合淮蚌 一体化: cities' short names, no brand)
    placed_coined_not: Regex | None = None
    # ... nor is the brand merchants or a mountain, a river or a lake (湖北|楚商, 陕西|秦岭: `placed_coined_brand_not`),
    # a word jieba tags so (`placed_coined_brand_not_tags`: a place, ns), nor does it open with the short character
    # of the place's own province (浙江|浙X, 山西|晋X: `province_short_chars`, pairs of a province's short name and its
    # characters)
    placed_coined_brand_not: Regex | None = None
    placed_coined_brand_not_tags: frozenset[str] = frozenset()
    province_short_chars: tuple[tuple[str, str], ...] = ()
    # in a list of works, a word jieba tags as a name opens the item before a product of words
    named_lead_tags: frozenset[str]
    # ... seen fewer times than this (玉米, 养老 are tagged as names and are everyday words)
    named_lead_freq: int
    # a brand may open with a word jieba saw fewer times than this and tags as a proper
    # name or an abbreviation (华能 nz, 国电 j), not a common noun (蛋鸡 n)
    brand_word_freq: int
    brand_word_tags: frozenset[str]
    # ... or a word of two characters jieba saw fewer times than this, of any kind but these (日华 ns 3:
    # a word in name only; 紧盯 v is a verb)
    brand_word_any_tag_freq: int
    not_brand_word_tags: Regex
    # the suffix rule whose suffixes are company heads too
    trade_name_rule: RuleRef
    # a figure right after the brand (澜拓30兆瓦…, 澜峰50万吨…), or a phase of its works (沐橡|二期)
    figure_after_brand: Regex
    phase_after_brand: Regex
    # a work's name that opens with a name right before its capacity (X年产10万吨…项目, X20万千瓦…): the name
    # (group `brand`) is its company's whatever words it is made of, unless it ends as these do (a place's)
    capacity_brand: Regex | None = None
    capacity_brand_not: Regex | None = None
    # ... nor an everyday word (a noun, a verb or a quality jieba saw this often: 秸秆 131)
    capacity_brand_freq: int = 100
    # ... nor a name opening with an everyday word of these kinds (a verb, a conjunction, a pronoun: 还有|X…)
    capacity_brand_not_first_tags: frozenset[str] = frozenset()
    # ... nor a place jieba knows as one word (汉江, 泰山: ns), whatever its frequency
    capacity_brand_not_word_tags: frozenset[str] = frozenset()
    # ... nor, before a count of animals (`capacity_brand_animal_units`), a noun jieba knows as a word, of any frequency (肉牛, 蛋鸡)
    capacity_brand_animal_units: Regex | None = None
    capacity_brand_animal_tags: frozenset[str] = frozenset()
    # a bare name all of whose words are everyday words of a clause's kinds, one of them a function word, is a clause
    clause_tags: frozenset[str] = frozenset()
    clause_word_tags: frozenset[str] = frozenset()
    clause_freq: int = 500
    # a registered name with its place in brackets after the brand, up to its legal suffix (groups `brand`, `place`)
    bracketed_legal_id: str = ""
    bracketed_legal: Regex | None = None
    bracketed_places: tuple[str, ...] = ()
    # ... whose brand begins after the last conjunction or preposition before the bracket (县政府|与|X…)
    bracketed_legal_not_tags: frozenset[str] = frozenset()
    # a list of works all of whose items (this many at least) are bare names names firms (`names_listed_as_works`)
    bare_list_min_items: int = 0
    bare_list_not_tags: frozenset[str] = frozenset()
    bare_list_clause_tags: frozenset[str] = frozenset()
    bare_list_clause_freq: int = 100
    bare_list_noun_tags: frozenset[str] = frozenset()
    bare_list_noun_freq: int = 1000
    bare_list_name_tags: frozenset[str] = frozenset()
    bare_list_rare_freq: int = 50
    bare_list_first_not_tags: frozenset[str] = frozenset()
    bare_list_person_tags: frozenset[str] = frozenset()
    # ... nor a person's name jieba cuts: a common surname it cuts off, and one or two characters (李|明, 赵|立平)
    bare_list_not_surname: bool = False
    # a work named after a person (a common surname and a given name, `patterns.person_opening`: 王|强|二期) names no firm
    named_after_not_person: bool = False
    # ... nor after a village or a town called for a clan (朱家角, 王家庄, 李家沟: a place, no firm)
    named_after_not_place: Regex | None = None
    # ... nor a product: an item ending in a product's class character (牛油果, 沃柑, 脐橙)
    bare_list_product_end: Regex | None = None
    bare_list_single_verb_freq: int = 5000
    bare_list_single_verb_tags: frozenset[str] = frozenset()
    # a listed work that is a brand and a company head: the brand's words are rarer than this, and not of these kinds
    listed_brand_freq: int
    not_listed_brand_tags: frozenset[str]
    # a park, a town or an estate a developer builds after its brand (X大豆加工产业园, X花溪嘉园项目)
    developed_place: Regex
    # the sectors (rules of kg/rules/sector.toml) whose words, in what follows a coined brand, name a
    # firm's trade (X|液压件项目, X|碳化硅产业园一期), and how a work of that trade may end
    firm_sectors: tuple[str, ...] = ()
    firm_sector_end: Regex | None = None
    # ... the word begins at most `firm_sector_reach` characters after the brand (X|特高压风电…项目), not
    # anywhere in what follows; it is this long at least, and no `ignore` word of the sector file holds
    # it (X亮|化工程, X|瓦房改造项目)
    firm_sector_reach: int = 0
    firm_sector_min_word: int = 1
    # ... not a plant of the land, named after its place (X|风电场项目, X|金铜矿采选项目, X|光伏电站)
    firm_sector_not: Regex | None = None
    # in a list of works, an everyday word of these kinds may open a brand (大地|锦昊), not one
    # matching `everyday_lead_not`; the brand is then at most `max_everyday_brand` long
    everyday_lead_tags: frozenset[str]
    # ... and after a place (a province or a county before the brand), an everyday word of these
    # kinds is a brand alone (no place: ns is left out)
    placed_lead_tags: frozenset[str]
    # ... when the place is written as firms write it, without its division (江苏, not 澜溪县)
    placed_lead_place_not: Regex
    everyday_lead_not: Regex
    everyday_lead_coined_freq: int
    max_everyday_brand: int
    not_after_brand: Regex
    # a bare company name: its length, what it holds (none of `not_company`, nor
    # `not_in_company` unless it ends in 公司/集团), and not an everyday word
    min_prefix: int
    max_company: int
    not_company: Regex
    not_in_company: Regex
    common_word_freq: int
    # where a name begins: after the words of kg/rules/boundary.toml and these, less `not_boundary`
    boundary: tuple[str, ...]
    not_boundary: tuple[str, ...]
    # a conjunction that starts the next item of a list (以及, 项目和)
    joined: Regex
    # towns of the document (三河镇) with a product after them are its industries, not companies
    town_max_freq: int
    town_words: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Groups:
    """`[groups]`: the national enterprise groups of kg/data/enterprise_groups.tsv, named
    where the text uses one of their forms as a company, never as a bare string hit."""

    id: str
    confidence: float
    # the lists of groups read (files under kg/, each with its source in its header)
    lists: tuple[str, ...]
    # a form ending like this says it is a company by itself (华能集团, 招商局)
    self_evident: Regex
    # what follows a form that acts as a company: a figure, an industry word, an actor's verb
    follow: Regex
    # ... or the rest of a work's, a park's or a facility's name it opens (腾讯|云计算数据中心, 海尔|智慧家电产业园), read
    # within `work_after_reach` characters of the form
    work_after: Regex | None = None
    work_after_reach: int = 16
    # ... none of which names its company when this follows the form (a work of culture or training: 大唐|不夜城…;
    # a road named in the work, 苏宁|滨河大道改造工程; an age or a style, 大唐|时期)
    work_not: Regex | None = None
    # a numbered bureau after the form (中铁|十二局) is a company of its own
    bureau: Regex
    # ... or, around it, the words that make it a partner (与华能合作, 同中建签约)
    partner_before: Regex
    partner_after: Regex
    # a form followed by more of a name (a company head, or one of these: 万达|信息) names another
    # company that shares the brand, not the group
    name_goes_on: Regex | None = None
    # the list vets the forms (a national group's bureau, 中建二局): the family's rejects are not searched in them
    vetted_by_list: bool = False


@dataclass(frozen=True, kw_only=True)
class FirstWord:
    """`[first_word]`: characters that end names elsewhere but may begin a company's (新X科技)."""

    words: tuple[str, ...]
    # ... unless a count stands before them
    not_after: Regex


@dataclass(frozen=True, kw_only=True)
class ListMates:
    """`[list_mates]`: bare brands listed with companies (A食品、B、C化工): the list says what they are."""

    id: str
    confidence: float
    # the rules whose names are certain enough to vouch for their list
    seed_rules: tuple[RuleRef, ...]
    # what ends a list's clause, and how far from a company the list may reach each way
    breaks: str
    reach: int
    # where the last item ends when words follow it (A、B等…, A、B4个项目)
    tail: Regex
    # ... and what a list that holds no companies names after its tail (A、B等工业集中区)
    not_kind: Regex
    # at least this share of the items end in a company head (X食品, X有限公司)
    min_share: float
    # a listed brand never ends like this (X铅锌矿 is a mine)
    not_end: Regex
    # a listed brand's length
    min_length: int
    max_length: int
    # the names of these rules listed before such a kind (X纺织、Y陶瓷等工业集中区, 医药、X食品等领域)
    # are that kind's, not companies: the list's tail types its items
    typed_by_tail: tuple[RuleRef, ...] = ()
    # ... unless the tail names firms first (A、B等行业领军企业, A、B等为龙头的X产业集群, A、B等企业来园区)
    firm_kind: Regex | None = None


@dataclass(frozen=True, kw_only=True)
class EnterpriseRules(rulebook.Family):
    """kg/rules/enterprise.toml."""

    actor: Actor
    groups: Groups
    first_word: FirstWord
    list_mates: ListMates


def rules() -> patterns.Rules:
    return patterns.load("enterprise", EnterpriseRules)


def find(doc: Document) -> list[Mention]:
    found = [with_first_word(doc, after_closing_quote(doc, m)) for m in patterns.find(doc, rules())]
    found += bracketed_legal(doc)
    county = doc.meta.get("county_code", "")
    found = [m for m in not_of_other_kinds(doc, found) if not _county_trade(doc.text, m, county)]
    firms = found + list_mates(doc, found)
    # (the firms the actor readers find are read the same way in `actors`; a work read over a firm's item
    # outlasts the firm's work here: recognize keeps the outermost)
    return firms + firms_whose_works_progress(doc, [], firms)


def bracketed_legal(doc: Document) -> list[Mention]:
    """中X(山东)稀土开发有限公司, X农业(昌图)有限公司: a registered name that holds its place in brackets after the
    brand (how a group's local company is registered) is one name, brand, place and trade, up to its legal
    suffix; the suffix rule stops at the bracket. The bracket holds a division of the gazetteer, nothing else
    (X(集团)有限公司 is the suffix rule's), and the brand begins after the family's boundary words."""
    cfg = rules().record.actor
    if not cfg.bracketed_legal or not any(b in doc.text for b in "(（"):
        return []
    found = []
    for m in patterns.finditer_sieved(cfg.bracketed_legal, doc.text):  # (only around the legal suffixes)
        place = m.group("place")
        if not (_only_places(place) or place in cfg.bracketed_places):
            continue  # (a province, a city or a county, or the country: X(中国)有限公司)
        # (the brand runs back by words to the family's boundary words, never from the middle of a word:
        # 县政府|与|X农业(山东)…, 重点|企业|X科技(湖北)…)
        boundary = _actor_boundary()
        start = max(patterns.extend_left(doc, m.end("brand"), m.end("brand") - m.start("brand"), boundary), _word_start_from(doc, m.start("brand")))
        start = patterns.name_start(doc, _after_last_verb(doc, start, m.end("brand")), m.end("brand"), boundary)
        for s, e in doc.tokens[bisect.bisect_left(doc.tokens, (start,)) :]:
            if e > m.end("brand") - cfg.min_brand:
                break
            if s >= start and (word_tag(doc.text[s:e]) or "") in cfg.bracketed_legal_not_tags:
                start = e
        if m.end("brand") - start < cfg.min_brand:
            continue
        text = doc.text[start : m.end()]
        if patterns.accept(rules(), rulebook.ANY_NAME, text, None):
            found.append(Mention("Enterprise", text, start, m.end(), cfg.bracketed_legal_id, cfg.confidence))
    return found


def _county_trade(text: str, m: Mention, county: str) -> bool:
    """安平|电力 物资产业园, 安平|电力 220千伏输变电工程 in 安平's report: a trade name whose brand is a
    county's short name that several counties bear is a place's sector, as one no other county bears
    is (平遥|电力: a place, which the rules' vetting rejects; a shared short name is no place to it
    without the county), when it is the report's own county (`_own_county`) or a park named after it
    follows (`county_trade_park`); elsewhere it may be a firm (金牛|乳业)."""
    cfg = rules().record.actor
    if m.rule not in cfg.county_trade_of or brand(m.text) not in gazetteer.short_names():
        return False
    return _own_county(brand(m.text), county) or bool(
        cfg.county_trade_park and re.match(cfg.county_trade_park, text[m.end : m.end + cfg.max_work_list]))


def not_of_other_kinds(doc: Document, found: list[Mention]) -> list[Mention]:
    """A、B纺织、C陶瓷等工业集中区, 医药、X食品等领域: a name of the rules `typed_by_tail` listed (joined
    by 、) before 等 and a kind of place, industry or field (`not_kind`) is of that kind, not a
    company; a legal name (X有限公司) stays whatever its list says."""
    cfg = rules().record.list_mates
    if not cfg.typed_by_tail or "等" not in doc.text:
        return found
    return [m for m in found if m.rule not in cfg.typed_by_tail or not _listed_before_other_kind(doc.text, m, cfg)]


def _listed_before_other_kind(text: str, m: Mention, cfg: ListMates) -> bool:
    """Whether m is an item of a list whose tail (等…) names a kind that is no company."""
    begin, end = _clause_around(text, m.start, m.end, cfg)
    after = patterns.compiled(cfg.tail).search(text, m.end, end)
    if not after or not text.startswith("等", after.start()):
        return False
    between = text[m.end : after.start()]
    # (m is an item: what lies between it and 等 is further items joined by 、; the list holds one)
    listed = "、" in text[begin : after.start()]
    tail = after.end()
    return (listed and (not between or between.startswith("、"))
            and bool(patterns.compiled(cfg.not_kind).match(text, tail, end))
            and not (cfg.firm_kind and patterns.compiled(cfg.firm_kind).match(text, tail, end)))


def list_mates(doc: Document, found: list[Mention]) -> list[Mention]:
    """A食品、B、C化工: a list of names joined by 、 where a company found by its suffix
    stands, and at least `min_share` of the items end in a company head, holds companies
    only; its bare brands (B) are companies too. Each list is read once, around its first
    company (a window of `reach` characters each way)."""
    cfg = rules().record.list_mates
    text, out, read_to = doc.text, [], -1
    seeds = sorted((m for m in found if m.rule in cfg.seed_rules), key=lambda m: m.start)
    spans = sorted((m.start, m.end) for m in found)
    for seed in seeds:
        if seed.start < read_to or "、" not in text[seed.start - 1 : seed.start] + text[seed.end : seed.end + 1]:
            continue
        begin, end = _clause_around(text, seed.start, seed.end, cfg)
        # (one list of a clause: A、B等开发C、D holds two, cut at their tails)
        tail = patterns.compiled(cfg.tail)
        after = tail.search(text, seed.end, end)
        if after and patterns.compiled(cfg.not_kind).match(text, after.end(), end):
            read_to = end
            continue
        end = after.start() if after else end
        begin = max([m.end() for m in tail.finditer(text, begin, seed.start)], default=begin)
        read_to = end
        # (the companies found inside the list, by bisection: no scan of every mention per list)
        inside = [se for se in spans[bisect.bisect_left(spans, (begin,)) : bisect.bisect_left(spans, (end,))] if se[1] <= end]
        out += _mates(doc, begin, end, inside, cfg, tailed=after is not None)
    return out


def _clause_around(text: str, start: int, end: int, cfg: ListMates) -> tuple[int, int]:
    """The clause holding text[start:end], at most `reach` characters each way."""
    begin = start
    while begin > max(0, start - cfg.reach) and text[begin - 1] not in cfg.breaks:
        begin -= 1
    while end < min(len(text), start + cfg.reach) and text[end] not in cfg.breaks:
        end += 1
    return begin, end


def _mates(doc: Document, begin: int, end: int, inside: list[tuple[int, int]], cfg: ListMates, tailed: bool) -> list[Mention]:
    """The bare brands of the list in text[begin:end] (see `list_mates`), whose last item ends
    at `end` when the list's tail (等…) stands there; an item that holds a company found
    already (`inside`: X铝业|二期) is that company's."""
    actor, text = rules().record.actor, doc.text
    spans = patterns.split_items(text[begin:end], begin, actor.joined)
    if len(spans) < 2:
        return []
    items = []
    for n, (start, stop) in enumerate(spans):
        start = _past_lead_verb(doc, start, stop, actor)
        if n == 0:
            start = patterns.name_start(doc, _after_last_verb(doc, start, stop), stop, _actor_boundary())
        if n == len(spans) - 1 and not tailed and not any(start <= a and b <= stop for a, b in inside):
            stop = _last_item_end(text, start, stop, cfg)
        items.append((start, stop))
    # (a national group's form, whole, is a company the list holds as surely as a suffix's: 中X粮、A发电)
    forms = group_forms()
    known = [any(s <= a and b <= e for a, b in inside) or text[s:e] in forms for s, e in items]
    heads, lengths = _all_heads()
    shaped = [k or any(text[e - n : e] in heads for n in lengths if e - n >= s) for k, (s, e) in zip(known, items)]
    if not any(known) or sum(shaped) < cfg.min_share * len(items):
        return []
    out = []
    for k, (start, stop) in zip(known, items):
        name = text[start:stop]
        if k and name in forms and not any(start <= a and b <= stop for a, b in inside):
            # (a group's form the group reader left unread, 、X、 beside a company found, is one of the list's companies)
            out.append(Mention("Enterprise", name, start, stop, cfg.id, cfg.confidence))
            continue
        if k or not cfg.min_length <= len(name) <= cfg.max_length or not _HAN.fullmatch(name):
            continue
        if (_company_like(name, actor) and patterns.accept(rules(), rulebook.ANY_NAME, name, None) and not _only_places(name)
                and not re.search(actor.short_coined_work_not, name) and not re.search(cfg.not_end, name)):
            out.append(Mention("Enterprise", name, start, stop, cfg.id, cfg.confidence))
    return out


def _last_item_end(text: str, start: int, stop: int, cfg: ListMates) -> int:
    """Where the last item of a list with no tail ends: after a company head that words of what
    the company does follow (X科技|创新发展: the trade names' `follow`); else nowhere (start)."""
    heads, lengths = _all_heads()
    follow = patterns.compiled(_trade_follow())
    for at in range(start + 2, stop):  # (an item is short: its clause is at most `reach` long)
        for n in lengths:
            if text[at : at + n] in heads and at + n <= stop and follow.match(text, at + n, stop):
                return at + n
    return start


@lru_cache(maxsize=1)
def _all_heads() -> tuple[frozenset[str], tuple[int, ...]]:
    """The company heads and legal suffixes, and their lengths, longest first."""
    heads = _company_heads() | _legal_suffixes()
    return heads, tuple(sorted({len(h) for h in heads}, reverse=True))


@lru_cache(maxsize=1)
def _trade_follow() -> str:
    """What follows a trade name (X科技|创新发展): the trade-name rule's `follow`."""
    record = rules().record
    return next(rule.follow for rule in record.suffix if rule.id == record.actor.trade_name_rule)


@lru_cache(maxsize=1)
def _legal_suffixes() -> frozenset[str]:
    record = rules().record
    return frozenset(s for rule in record.suffix if rule.id in record.list_mates.seed_rules for s in rule.suffixes
                     if rule.id != record.actor.trade_name_rule)


def after_closing_quote(doc: Document, m: Mention) -> Mention:
    """“本地造”|X汽车: a name that holds a closing quote whose opening stands before it, not
    right before the name, begins after that quote (the quoted words are the sentence's)."""
    raw = doc.text[m.start : m.end]
    cut = raw.rfind("”")
    # (“澜峰”牌化工: the quote that opens right before the name is the name's own)
    if cut < 0 or "“" in raw[:cut] or doc.text[m.start - 1 : m.start] == "“":
        return m
    start = m.start + cut + 1
    text = patterns.clean(doc.text[start : m.end])
    if len(text) < 2 or not patterns.accept(rules(), rulebook.ANY_NAME, text, None):
        return m
    return Mention(m.type, text, start, m.end, m.rule, m.confidence, m.sentence, attrs=m.attrs)


def with_first_word(doc: Document, m: Mention) -> Mention:
    """新|X科技: a word of `[first_word]` that jieba cut alone right before the name begins it."""
    cfg = rules().record.first_word
    starts, ends = doc.token_edges()
    for word in cfg.words:
        s = m.start - len(word)
        if (s >= 0 and doc.text.startswith(word, s) and s in starts and m.start in ends and m.end - m.start == len(m.text)
                and not re.search(cfg.not_after, doc.text[max(0, s - 2) : s])):
            return Mention(m.type, word + m.text, s, m.end, m.rule, m.confidence, m.sentence, attrs=m.attrs)
    return m


@lru_cache(maxsize=1)
def _actor_boundary() -> frozenset[str]:
    record = rules().record
    return (frozenset(record.actor.boundary) | frozenset(record.boundary) | frozenset(patterns.shared_boundary())) - frozenset(record.actor.not_boundary)


def actors(doc: Document, projects: list[Mention]) -> list[Mention]:
    """Enterprises named as the actor of works: before a quoted list, or `依托E为龙头`.

    The enterprise recognizer knows legal names and trade names with an
    industry word; these frames name a company by its bare brand.
    """
    cfg = rules().record.actor
    found = []
    for p in projects:
        if "actor" in p.attrs and p.rule in cfg.actor_of:
            start, end, text = p.attrs["actor"]
            if _company_like(patterns.clean(text), cfg):
                found.append(Mention("Enterprise", patterns.clean(text), start, end, cfg.id, cfg.confidence))
    # (each frame: its pattern, rule, what its clause holds, what its names may not hold, and whether it lists partners)
    # (the investor's names meet `not_verb_actor` as the verb actor's do: 谋划了|投资5亿元的P is a clause)
    frames = [(cfg.lead, cfg.lead_id, cfg.lead_need, None, False),
              (cfg.investor, cfg.investor_id, cfg.investor_need, cfg.not_verb_actor, False)] + [
        (r, cfg.verb_actor_id, cfg.verb_actor_need, cfg.not_verb_actor, False) for r in cfg.verb_actor] + (
        [(cfg.partner, cfg.verb_actor_id, cfg.verb_actor_need, cfg.not_verb_actor, True)] if cfg.partner else [])
    for pattern, rule_id, need, not_name, partners in frames:
        matches = patterns.clause_matches(pattern, doc.text, need) if need else patterns.compiled(pattern).finditer(doc.text)
        for m in matches:
            names_end = _partners_end(m, cfg) if partners else m.end("name")
            if names_end is None:
                continue
            for start, end in patterns.item_spans(m.group("name")[: names_end - m.start("name")], m.start("name")):
                start = patterns.name_start(doc, start, end, _actor_boundary())
                text = doc.text[start:end]
                if not_name and (re.search(not_name, text) or _only_places(text)):
                    continue
                if _company_like(text, cfg) and patterns.accept(rules(), rulebook.ANY_NAME, text, None):
                    found.append(Mention("Enterprise", text, start, end, rule_id, cfg.confidence))
    found += placed_actors(doc)
    found += enterprise_lists(doc)
    found += single_leaders(doc)
    found += dot_brands(doc)
    found += capacity_actors(doc)
    items = _work_list_items(doc, cfg)  # (read once: two readers below)
    found += named_after(doc, projects, items)
    found += firms_named(doc, projects)
    groups = national_groups(doc, projects, items)
    found += groups
    found += coined_beside_listed_firms(doc, found, items, cfg)
    found += names_listed_as_works(doc, found, items, cfg)
    # (every reader's name passes the family's rejects, as a suffix's does, but a reader's whose list vets them:
    # `[groups] vetted_by_list`)
    vetted = {id(m) for m in groups} if rules().record.groups.vetted_by_list else set()
    # (nor is a clause a name: 早日|发展, 必然|将|会, X已|建成|了 read before 成为…企业 or a list of works)
    unique = {(m.start, m.end): with_first_word(doc, m) for m in found
              if id(m) in vetted or patterns.accept(rules(), rulebook.ANY_NAME, m.text, None) and not _a_clause(m.text, cfg)}
    firms = list(unique.values())
    return firms + firms_listed_as_works(doc, projects, firms, items) + firms_whose_works_progress(doc, projects, firms)


def _a_clause(name: str, cfg: Actor) -> bool:
    """早日|发展, 必然|将|会, 发电|端|已|建成|了: a bare name every word of which is an everyday word (jieba saw it
    `clause_freq` times or more) of the kinds of a clause (`clause_tags`: verbs, qualities, times, adverbs, particles…),
    one a word of two characters at least and one an adverb, a time, a particle, a conjunction, a pronoun or a
    preposition (`clause_word_tags`), is a clause the reader ran over, no name (三|一|发达, 奔腾: counts and verbs
    alone may be a brand)."""
    if not cfg.clause_tags:
        return False
    tokens = _cut(name)
    tags = [word_tag(t) or "" for t in tokens]
    return (all(tag in cfg.clause_tags and patterns.is_common_word(t, cfg.clause_freq) for t, tag in zip(tokens, tags))
            and any(len(t) > 1 for t in tokens) and any(tag in cfg.clause_word_tags for tag in tags))


def _partners_end(m: re.Match, cfg: Actor) -> int | None:
    """Where the partners of 与A、B…合作 end: before a verb after them (与A、B深化战略合作, 与科研院所开展…合作);
    none where the kind after 等 is a noun of places, zones or bodies that ends it or stands before such a verb
    (与A、B等毗邻园区合作, 等高校开展产学研合作), not a qualifier before firms (与A、B等区域龙头企业签约)."""
    kind = m.groupdict().get("kind") or ""
    verbs = f"|{cfg.partner_clause}" if cfg.partner_clause else ""
    if cfg.not_partner_kind and re.match(f"(?:{cfg.not_partner_kind})(?:${verbs})", kind):
        return None
    verb = re.search(cfg.partner_clause, m.group("name")) if cfg.partner_clause else None
    return m.start("name") + verb.start() if verb else m.end("name")


def coined_beside_listed_firms(doc: Document, found: list[Mention], items: list[tuple[int, str, bool, int]],
                               cfg: Actor) -> list[Mention]:
    """A、B、C等一批…项目 where A is wholly a firm the readers found (the firm listed as its work): the
    list's items are firms' works, and an item that is a short coined name, characters jieba knows
    only one by one (澜|和|堂, 沐|盛), is a firm listed as its work too. Everyday words, places,
    facilities and kinds of work (标准厂房, 道路改造) are none."""
    spans = {(m.start, m.end) for m in found}
    lists: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for start, text, _, key in items:
        lists[key].append((start, text))
    out, towns = [], None
    for members in lists.values():
        if not any((start, start + len(text)) in spans for start, text in members):
            continue
        for start, text in members:
            if (start, start + len(text)) in spans or not _coined_name(text, cfg) or _work_or_line(text, text, cfg):
                continue  # (双碳, 天网工程: a line or a work, no firm's)
            towns = towns if towns is not None else _towns(doc, cfg)
            if text not in towns and not _only_places(text) and patterns.accept(rules(), rulebook.ANY_NAME, text, None):
                out.append(Mention("Enterprise", text, start, start + len(text), cfg.listed_mate_id, cfg.named_after_confidence))
    return out


def _word_start_from(doc: Document, at: int) -> int:
    """The start of the first word that begins at `at` or after it (jieba's cut): a name begins there, never mid-word."""
    tokens = doc.tokens
    i = bisect.bisect_right(tokens, (at, len(doc.text) + 1)) - 1
    if i >= 0 and tokens[i][0] < at < tokens[i][1]:
        return tokens[i][1]
    return at


def names_listed_as_works(doc: Document, found: list[Mention], items: list[tuple[int, str, bool, int]],
                          cfg: Actor) -> list[Mention]:
    """A、B等10个项目已开工, A、B等项目实现当年签约 where every item is a bare name (`_bare_name`: no work, product,
    sector, facility, place or line word; words of names, not of a clause or everyday nouns): a list of works
    none of which says what is built names each by its firm, and each item not found yet is a firm listed as its
    work. One item that is a kind of work or a clause (育种, 低空经济, X之门, 建设X) leaves the whole list unread."""
    if not cfg.bare_list_min_items:
        return []
    spans = {(m.start, m.end) for m in found}
    lists: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for start, text, _, key in items:
        lists[key].append((start, text))
    out, towns, county = [], None, doc.meta.get("county_code", "")
    for key, members in lists.items():
        if len(members) < cfg.bare_list_min_items or re.match(cfg.whole_coined_not_tail, doc.text[key : key + cfg.max_work_list]):
            continue
        if not all((start, start + len(text)) in spans or _bare_name(text, cfg) and not county_lead(text, county)
                   for start, text in members):
            continue  # (安平|热力 in 安平's report: the county's utility, no firm)
        towns = towns if towns is not None else _towns(doc, cfg)
        out += [Mention("Enterprise", text, start, start + len(text), cfg.listed_mate_id, cfg.named_after_confidence)
                for start, text in members
                if (start, start + len(text)) not in spans and not _town_led(text, towns)
                and patterns.accept(rules(), rulebook.ANY_NAME, text, None)]
    return out


def _bare_name(text: str, cfg: Actor) -> bool:
    """澜川|星屿, 沐格|锦纳, 云翔翼: two to six characters whose words are names (a proper name, a word jieba rarely saw,
    characters one by one), with no work, product, sector, facility, place or line word, no verb of a clause jieba saw
    often (育种, 建设), no everyday noun (经济, 信息, 门) and no particle, conjunction or preposition (之)."""
    if not (cfg.min_brand <= len(text) <= cfg.max_whole_named and _HAN.fullmatch(text)) or _only_places(text):
        return False
    if (re.search(cfg.named_after_work, text) or re.search(cfg.short_coined_work_not, text) or re.search(cfg.whole_coined_not_end, text)
            or re.search(cfg.not_after_brand, text) or _work_or_line(text, text, cfg)):
        return False
    words, _ = _firm_sector_words()
    if words is not None and words.search(text):
        return False
    terms, named, tokens = patterns.domain_terms(), False, _cut(text)
    if (word_tag(tokens[0]) or "") in cfg.bare_list_first_not_tags:
        return False  # (高|纯|硅微粉: a quality opens a product)
    if strip_place(text) != text or len(tokens) == 1 and (word_tag(text) or "") in cfg.bare_list_person_tags:
        return False  # (a place's, X县|…; a person's name jieba knows whole, 李明华: people, not firms)
    if cfg.bare_list_not_surname and len(text) <= 3 and text[0] in patterns.cut_surnames() and tokens[0] == text[0]:
        return False  # (李|明, 赵|立平: one of the commonest surnames, boundary.toml `cut_surnames`, and a given name jieba cuts)
    if cfg.bare_list_product_end and re.search(cfg.bare_list_product_end, text):
        return False  # (牛油果, 沃|柑: a crop or a product, no firm)
    for n, t in enumerate(tokens):
        tag, freq = word_tag(t) or "", patterns.tokenizer().FREQ.get(t, 0)
        if (t in terms or tag in cfg.bare_list_not_tags or len(t) > 1 and tag in cfg.bare_list_clause_tags and freq >= cfg.bare_list_clause_freq
                or (tag in cfg.bare_list_noun_tags or len(t) > 1 and tag in cfg.bare_list_name_tags) and freq >= cfg.bare_list_noun_freq
                or len(t) == 1 and n < len(tokens) - 1 and tag in cfg.bare_list_single_verb_tags and freq >= cfg.bare_list_single_verb_freq):
            return False  # (长城 ns 1,559: an everyday word, whatever jieba tags it; 蝶|变|重生: a verb inside, a slogan)
        named = named or len(t) == 1 or tag in cfg.bare_list_name_tags or freq < cfg.bare_list_rare_freq
    return named


def _coined_name(text: str, cfg: Actor) -> bool:
    """保|和|堂, 沐|盛: two to four characters jieba knows only one by one, no count, measure or
    direction, no place or facility (`short_coined_work_not`, `sibling_not_brand`)."""
    tokens = _cut(text)
    return (cfg.min_brand <= len(text) <= cfg.max_brand and len(tokens) == len(text) and _HAN.fullmatch(text) is not None
            and not any((word_tag(t) or "") in cfg.coined_mate_not_tags for t in tokens)
            and not re.search(cfg.short_coined_work_not, text) and not re.search(cfg.sibling_not_brand, text))


def firms_listed_as_works(doc: Document, projects: list[Mention], found: list[Mention],
                          items: list[tuple[int, str, bool, int]]) -> list[Mention]:
    """A、B、C等16个项目建成投产 where B is a company found under the item's whole name (X电子): the
    list says B is one of its works, the firm listed as its work; a work of that name is added where
    the project family read none over the item (the relation family ties the two by their span)."""
    cfg = rules().record.actor
    companies = {(m.start, m.end) for m in found}
    covered = sorted((p.start, p.end) for p in projects)
    ends = list(itertools.accumulate((e for _, e in covered), max))  # (the furthest a work reaches so far)
    works = set(covered)
    lists: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for start, text, _, key in items:
        lists[key].append((start, start + len(text), text))
    out = []
    for members in lists.values():
        # (a list of works as the works family read it: one of its items is a work; A、B等企业…项目 and
        # A、B等项目实施主体, whose items no work reads, list firms)
        if not any(span[:2] in works for span in members):
            continue
        for start, end, text in members:
            if (start, end) not in companies:
                continue
            i = bisect.bisect_right(covered, (start, len(doc.text) + 1))
            if i and ends[i - 1] > start:
                continue  # (a work of the project family lies over the item)
            out.append(Mention("Project", text, start, end, cfg.listed_work_id, cfg.named_after_confidence))
    return out


def firms_whose_works_progress(doc: Document, projects: list[Mention], found: list[Mention]) -> list[Mention]:
    """A、B、C等有序推进, A、B等上市企业基地建成投产, 推进A等一批企业项目运行投产: a list every item of which
    is a company found, closed by 等 and what becomes of their works, names each firm's work by the firm
    (the relation family ties the two by their span). A count of the firms (等9家企业投产) or their kind
    alone (等龙头企业投产) speaks of the firms: `firm_works_tail` holds neither."""
    cfg = rules().record.actor
    if not cfg.firm_works_tail:
        return []
    companies = {m.end: m for m in found}  # (a list's item ends where its company does)
    works = {(p.start, p.end) for p in projects}
    out = []
    for m in patterns.clause_matches(cfg.firm_works_tail, doc.text, "等"):
        begin = _list_begin(doc.text, m.start(), cfg)
        items = patterns.split_items(doc.text[begin : m.start()], begin, cfg.joined)
        # (the first item may follow the clause's verb, 推进|A; the others are the companies whole)
        firms = [companies.get(end) for start, end in items]
        if not all(f is not None and (f.start == start or n == 0 and f.start > start)
                   for n, (f, (start, end)) in enumerate(zip(firms, items))):
            continue
        out += [Mention("Project", f.text, f.start, f.end, cfg.listed_work_id, cfg.named_after_confidence)
                for f in firms if (f.start, f.end) not in works]
    return out


def placed_actors(doc: Document) -> list[Mention]:
    """四川澜峰建成…, 江苏沐恒成为…: a place and a brand jieba knows only character by
    character (`company_part` of the whole), opening a clause before what a company does; not
    characters that are all qualities or adverbs (X县|共|新签约: the county newly signed)."""
    cfg = rules().record.actor
    found = []
    for m in patterns.clause_matches(cfg.placed_actor, doc.text, cfg.placed_actor_need):
        text = m.group("name")
        brand, end = company_part(text, cfg, whole=True)
        if (strip_place(text) != text and end == len(text) and not _only_places(text)
                and not all(word_tag(ch) in cfg.quality_tags for ch in brand)):
            found.append(Mention("Enterprise", text, m.start("name"), m.end("name"), cfg.placed_actor_id, cfg.confidence))
    return found


def _only_places(text: str) -> bool:
    """江苏昆山: a province and a county, nothing else."""
    rest = strip_place(strip_place(text))
    return len(rest) < 2 or gazetteer.by_short_name(rest) is not None


def enterprise_lists(doc: Document) -> list[Mention]:
    """`依托A、B、C等冶金企业`: the items of a list that ends in 等…企业 are enterprises (a
    national group's short form among them even when it is an everyday word: 中铁、中建等企业)."""
    cfg = rules().record.actor
    found = []
    towns = None
    for m in (m for regex in cfg.enterprise_lists for m in patterns.clause_matches(regex, doc.text, cfg.enterprise_lists_need)):
        towns = towns if towns is not None else _towns(doc, cfg)
        platforms = bool(m.groupdict().get("platform"))
        for n, (start, end) in enumerate(patterns.split_items(m.group("items"), m.start("items"), cfg.joined)):
            start = patterns.name_start(doc, _after_last_verb(doc, start, end) if n == 0 else start, end, _actor_boundary())
            text = doc.text[start:end]
            # a sector (邮政, 运输) or two things joined (A和B) is not one company; nor a place (岚皋上榜…)
            if _town_industry(text, towns, cfg) or _only_places(text):
                continue
            if _a_persons_name(text, cfg):
                continue  # (支持张|伟、李|明等…, 赵|立平: an item that is wholly a person's name names people, no firms)
            # (a platform, or a national group's short form such as 中铁, may be an everyday word)
            everyday_ok = platforms or text in group_forms() or _proper_name(text, cfg)
            if _company_like(text, cfg, everyday_ok=everyday_ok) and patterns.accept(rules(), rulebook.ANY_NAME, text, None):
                found.append(Mention("Enterprise", text, start, end, cfg.list_id, cfg.confidence))
    return found


def _a_persons_name(text: str, cfg: Actor) -> bool:
    """张|伟, 李|明, 李娜, 赵|立平: `text` is wholly a person's name, as `patterns.person_opening` reads one (张建国,
    赵|立平), or of two characters, one of the commonest surnames (kg/rules/boundary.toml `cut_surnames`) that jieba
    cuts off before one character, or a word it tags as a person's (`bare_list_person_tags`: 李娜 nr), with no place's,
    clan's or trade's character after the surname (`not_given_name`: 陈|村, 徐|工) and no place of the gazetteer; a
    national group's or a large brand's form (李宁) is none."""
    if patterns.person_opening(text) == len(text):
        return True
    if len(text) != 2 or text[0] not in patterns.cut_surnames() or not _HAN.fullmatch(text) or text in group_forms():
        return False
    if text[1] in patterns.boundary_rules().not_given_name or text in gazetteer.short_names() or text in gazetteer.higher_short_names():
        return False
    return _cut(text)[0] == text[0] or (word_tag(text) or "") in cfg.bare_list_person_tags


def _proper_name(text: str, cfg: Actor) -> bool:
    """国美 nz, 同仁堂 nr: one word jieba tags as a proper name and saw fewer times than
    `single_leader_freq` (a firm's brand it knows, not an everyday word)."""
    return word_tag(text) in cfg.single_leader_tags and not patterns.is_common_word(text, cfg.single_leader_freq)


def single_leaders(doc: Document) -> list[Mention]:
    """飞鹰等特色生物企业, 澜峰等龙头企业: one name opening its clause before 等…企业, if jieba
    knows it as one proper name it rarely saw, or it is a brand coined of characters."""
    cfg = rules().record.actor
    found = []
    for m in patterns.clause_matches(cfg.single_leader, doc.text, "等"):
        text = m.group("name")
        proper = word_tag(text) in cfg.single_leader_tags and not patterns.is_common_word(text, cfg.single_leader_freq)
        coined = company_part(text, cfg, whole=True)[1] == len(text) and not re.search(cfg.not_brand, text)
        if (proper or coined) and patterns.accept(rules(), rulebook.ANY_NAME, text, None):
            found.append(Mention("Enterprise", text, m.start("name"), m.end("name"), cfg.list_id, cfg.confidence))
    return found


def dot_brands(doc: Document) -> list[Mention]:
    """沐川供销·城东食品产业园项目: a name joined by a middle dot to the work it opens is the
    work's company, unless it is a place, an everyday word or a body that is no firm."""
    cfg = rules().record.actor
    found = []
    for m in patterns.clause_matches(cfg.dot_brand, doc.text, cfg.dot_brand_need):
        start = patterns.name_start(doc, m.start("name"), m.end("name"), _actor_boundary())
        text = doc.text[start : m.end("name")]
        if _only_places(text) or strip_place(text) != text and len(strip_place(text)) < cfg.min_brand:
            continue
        if _company_like(text, cfg) and patterns.accept(rules(), rulebook.ANY_NAME, text, None):
            found.append(Mention("Enterprise", text, start, m.end("name"), cfg.dot_brand_id, cfg.confidence))
    return found


def capacity_actors(doc: Document) -> list[Mention]:
    """沐澜锦泰80MW光伏建成发电: a brand jieba knows only character by character (or as words it
    rarely saw), opening its clause before the capacity of a plant, is the plant's company
    (城东2万千瓦: a place of two characters is no coined brand)."""
    cfg = rules().record.actor
    found, towns = [], None
    for m in patterns.clause_matches(cfg.capacity_actor, doc.text, cfg.capacity_actor_need):
        text = m.group("name")
        # (read with its figure: a brand jieba cut into words, 沐|澜|锦泰, ends before it)
        work = doc.text[m.start("name") : m.end("name") + cfg.max_brand * 3]
        if company_part(work, cfg)[1] != len(text) or re.search(cfg.not_brand, text) or _only_places(text):
            continue
        towns = towns if towns is not None else _towns(doc, cfg)
        if text not in towns and patterns.accept(rules(), rulebook.ANY_NAME, text, None):
            found.append(Mention("Enterprise", text, m.start("name"), m.end("name"), cfg.capacity_actor_id, cfg.named_after_confidence))
    return found


def named_after(doc: Document, projects: list[Mention], items: list[tuple[int, str, bool, int]]) -> list[Mention]:
    """润丰肉牛养殖, 杭州宏岳有机肥生产, 凯孚铝业二期, 澜拓30兆瓦生物质发电: a work named after
    its company begins with a coined brand, after an optional place, and goes on with a
    company head (铝业), a figure, or what a company makes (`company_part`). The works are
    those the project family found and `items`, those of lists of works (`_work_list_items`)."""
    cfg = rules().record.actor
    towns: list[set[str]] = []  # (read from the whole text only once a work names a brand)
    found = []
    # (a name cleaned of quotes or spaces is left alone: its offsets would not hold)
    # (a verb the work's rule left before its name, 引入|X精酿啤酒, is cut)
    works = [(start, doc.text[start : p.end], p.rule in cfg.whole_brand_of) for p in projects
             if p.end - p.start == len(p.text) and p.rule in cfg.named_after_of
             for start in [_with_cut_first(doc, patterns.name_start(doc, p.start, p.end, _actor_boundary()), p.end, cfg)]]
    led = patterns.compiled(cfg.amount_led)
    county = doc.meta.get("county_code", "")  # (the county family's, read before this one)
    listed = {(item[0], item[1]): item[3] for item in items}  # (where each item's list tail begins)
    for start, text, whole, *_ in works + items:
        if cfg.public_work and re.search(cfg.public_work, text):
            continue  # (a road between two places or a flood work is the county's: X至Y二级公路, X沟防洪治理工程)
        # (a place and a company head, 汉中|铝业…, name the firm before any brand read after the place)
        brand, end = _placed_head(text, cfg)
        if not brand:
            brand, end = company_part(text, cfg, whole=whole, county=county)
        if not brand and led.search(doc.text, max(0, start - cfg.amount_led_reach), start):
            brand, end = _amount_led_brand(text, cfg, cfg.amount_led_freq)
        elif not brand and (start, text) in listed:
            brand, end = _listed_coined_brand(text, cfg)
            if not brand and (_whole_coined_item(doc.text, text, listed[start, text], cfg)
                              or _whole_named_item(doc.text, text, listed[start, text], cfg)):
                brand, end = text, len(text)
        if not brand:
            brand, end = _capacity_brand(text, cfg)
        if (start, text) in listed and brand and _work_or_line(text, brand, cfg):
            continue  # (天网|工程, 成渝|地区双城经济圈: a work or a line, no firm's)
        if (cfg.named_after_not_person and brand and (at := text.find(brand)) >= 0 and strip_place(text[:at] + "_") == "_"
                and (patterns.person_opening(text[at:]) == len(brand) or _a_persons_name(brand, cfg))):
            continue  # (王|强|二期, 张建国|酒店, after a place too, 湖北|李明 养殖基地, 湖北|李娜 养殖基地: a person's name, no firm's)
        if (cfg.named_after_not_place and brand and text.startswith(brand)
                and (place := re.match(cfg.named_after_not_place, text)) and len(brand) <= place.end()):
            continue  # (朱家角|文旅产业园, 沈家|湾…: a place jieba tags nr or cuts, no firm's)
        if _named_brand(brand, cfg) and not _town_led(brand, _once(towns, doc, cfg)) and not _own_county(brand, county):
            # (a firm is named without the county its work is in: 岚皋县|沐恒 智能设备制造, 沙县|澜汉 …生产)
            lead = county_lead(text, county)
            lead = lead if text[lead:].startswith(brand) else 0
            found.append(Mention("Enterprise", text[lead:end], start + lead, start + end, cfg.named_after_id, cfg.named_after_confidence))
    return found + _beside_named(doc, items + _listed_works(doc, works), found, cfg, towns)


def _capacity_brand(name: str, cfg: Actor) -> tuple[str, int]:
    """恒新年产1万吨…项目, 澄途10万吨…项目, 大理澜宇年产10万吨…: a work whose name opens with a name right before
    its capacity is named after its company, whatever words the name is made of (words jieba knows as well as
    coined ones); not a place's (`capacity_brand_not`, and `_named_brand`'s test of places), nor a national
    group's work under a place's name (华电|澜溪35万千瓦: the group's, `_opens_with_group`), nor a line's
    voltage (X220千伏: a substation is named after its place; `capacity_brand` holds no volts)."""
    m = re.match(cfg.capacity_brand, name) if cfg.capacity_brand else None
    if not m:
        return "", 0
    brand = m.group("brand")
    if (cfg.capacity_brand_not and re.search(cfg.capacity_brand_not, brand) or _opens_with_group(brand) or _only_places(brand)
            or _work_or_line(brand, brand, cfg)):
        return "", 0  # (X滩, 二期, 华电|X, a place; 黄河流域, 乡村振兴: a region or a national line)
    tokens = _cut(brand)
    heads, terms = _company_heads(), patterns.domain_terms()
    if any(t in heads or t in terms for t in tokens):
        return "", 0  # (金属制品|年产…, 光伏|20万千瓦: a trade, a product or a work's word, no company's name)
    if len(tokens) == 1 and (word_tag(brand) or "") in cfg.capacity_brand_not_word_tags:
        return "", 0  # (汉江|20万千瓦, 泰山|年产…: a river's or a mountain's name, a place's work)
    if (cfg.capacity_brand_animal_units and re.match(cfg.capacity_brand_animal_units, name[m.end("brand"):])
            and any(len(t) > 1 and (word_tag(t) or "") in cfg.capacity_brand_animal_tags for t in tokens)):
        return "", 0  # (肉牛|年屠宰5万头, 蛋鸡|100万只: the animals the work raises, no company)
    if len(tokens) == 1 and re.match(cfg.not_brand_word_tags, word_tag(brand) or "") and patterns.is_common_word(brand, cfg.capacity_brand_freq):
        return "", 0  # (秸秆|年处理…: an everyday noun, verb or quality is what the work takes in or makes)
    if (word_tag(tokens[0]) or "") in cfg.capacity_brand_not_first_tags and patterns.is_common_word(tokens[0], cfg.capacity_brand_freq):
        return "", 0  # (还有|X10万千瓦…, 其中|X…: a clause's verb or a function word opens no name)
    forms = group_forms()
    if any(brand[k:] in forms for k in range(1, len(brand) - 1)):
        return "", 0  # (还有|国网10万千瓦风电: a national group's work, named by the group reader)
    return brand, m.end("brand")


def _own_county(brand: str, county: str) -> bool:
    """Whether the brand is the document's own county in short (安平|热力, 安平|自来水 are the county's
    heating and water works; a short name several counties share is no place without the county)."""
    own = gazetteer.by_short_name(brand, county) if county else None
    return own is not None and own.code == county


def _listed_coined_brand(name: str, cfg: Actor) -> tuple[str, int]:
    """A、澜|昊 粮食物流、B等项目: an item of a list of works that opens with characters jieba knows only
    one by one, then a product of words of the work's own, is named after its company as a work an
    amount opens is (`_amount_led_brand`), when the brand is nothing but such characters and opens with
    no verb or quality (增|施 有机肥: a clause); not a place's, a facility's or a mine's work (X人家安置房,
    X物流城, X煤矿: `short_coined_work_not`, [list_mates] `not_end`)."""
    brand, end = _amount_led_brand(name, cfg, cfg.amount_led_freq)
    if not brand or len(_cut(brand)) != len(brand) or (word_tag(brand[0]) or "") in cfg.listed_coined_first_not_tags:
        return "", 0
    product = _cut(name[end:])
    if len(product) < cfg.listed_coined_min_words or len(product[0]) < 2:
        return "", 0  # (X|岩棉, X|酸洗: one trade word alone; beside no firm it names none)
    if re.search(cfg.short_coined_work_not, name) or re.search(rules().record.list_mates.not_end, name):
        return "", 0
    return brand, end


def _whole_coined_item(text: str, item: str, tail: int, cfg: Actor) -> bool:
    """A、澜|洁|时等5个重点项目: an item of a list of works that is wholly a name of three characters
    jieba knows only one by one (`_coined_name`: no count, direction, place or facility) is a firm
    listed as its work, as a longer one is (`min_whole_brand`); not one opening with a verb or a
    quality (含|康|养: a clause, `listed_coined_first_not_tags`), nor when the list's tail says its
    items went somewhere (A、B等来到…项目现场: people, `whole_coined_not_tail`)."""
    return (cfg.min_whole_coined <= len(item) < cfg.min_whole_brand and _coined_name(item, cfg)
            and (word_tag(item[0]) or "") not in cfg.listed_coined_first_not_tags
            and not re.search(cfg.whole_coined_not_end, item)
            and not re.match(cfg.whole_coined_not_tail, text[tail : tail + cfg.max_work_list]))


def _whole_named_item(text: str, item: str, tail: int, cfg: Actor) -> bool:
    """A、恒瑞鑫等5个项目: an item of a list of works that is wholly a brand, after a place if any, of one word
    jieba tags as a proper name it rarely saw (恒瑞 nz) or a noun it rarely saw, then characters it knows
    only alone (恒瑞|鑫), is a firm listed as its work; not one of words of a work's
    own (the project lexicon: 体育中心, 集中供热), a product (`named_after_work`), a facility or a place
    (`short_coined_work_not`, `whole_coined_not_end`), a word of a manufacturing industry (`firm_sectors`: 装配式|钢结构),
    a person's name (nr is no tag of `whole_named_tags`), a word alone (天网, 京津冀: `whole_named_min_chars`), a work's,
    a line's or a region's name (`whole_named_not`: 雪亮工程, 长江经济带; `whole_named_not_lines`: 乡村振兴…),
    nor when the list's tail says its items are people."""
    rest = strip_place(item)
    if not (cfg.min_brand <= len(rest) and len(item) <= cfg.max_whole_named) or not _HAN.fullmatch(item) or _only_places(item):
        return False
    tokens = _cut(rest)
    if len(tokens[0]) == 1 or any(len(t) > 1 for t in tokens[1:]) or len(tokens) - 1 < cfg.whole_named_min_chars:
        return False  # (characters one by one, 高|纯|硅: `_whole_coined_item`'s, which refuses a verb or a quality
        # first; a word after the first, 华|悦|酸洗, 高|纯|石英砂: a brand and its trade or a product, which beside no
        # firm name none; a word alone, 天网, 京津冀, 南水北调: a programme's or a region's name as often as a brand)
    if _work_or_line(item, item, cfg):
        return False  # (雪亮工程, 长江经济带, 乡村振兴: a work, a line or a region, no brand)
    words, ignore = _firm_sector_words()
    if words is not None and words.search(item):
        return False  # (a word of a manufacturing industry: 装配式钢结构 is a product)
    terms = patterns.domain_terms()
    for t in tokens:
        tag = word_tag(t) or ""
        if t in terms or len(t) == 1 and tag in cfg.short_coined_not_tags:
            return False
        if len(t) > 1 and not (tag in cfg.whole_named_tags and not patterns.is_common_word(t, cfg.whole_named_freq)
                               or tag in cfg.whole_named_noun_tags and not patterns.is_common_word(t, cfg.whole_named_noun_freq)):
            return False
    return (not re.search(cfg.named_after_work, item) and not re.search(cfg.short_coined_work_not, item)
            and not re.search(cfg.whole_coined_not_end, item)
            and not re.match(cfg.whole_coined_not_tail, text[tail : tail + cfg.max_work_list]))


def _work_or_line(item: str, brand: str, cfg: Actor) -> bool:
    """Whether a list item whose brand would be `brand` is a work's, a line's or a region's name, no firm's (every
    route by which list items name firms asks): the brand runs up to the item's work or region word
    (`whole_named_not`: 雪亮|工程, 天网|工程, 长江经济带) or goes on to it with no product and no company head
    (川黔|地区双城经济圈; not 恒瑞鑫|光伏工程, a firm's work: `named_after_work`, `_head_ends`), or the item is a
    national line or its start (`whole_named_not_lines`: 乡村振兴, 双碳, 成渝地区双城经济圈)."""
    end = re.search(cfg.whole_named_not, item) if cfg.whole_named_not else None
    return bool(end and not (re.search(cfg.named_after_work, item[len(brand) : end.start()]) or _head_ends(item[len(brand):], cfg))
                or cfg.whole_named_not_lines and policy_lines.is_line_or_start(item))


def _listed_works(doc: Document, works: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool, int]]:
    """The works the project family found one right after another, joined by 、 (A、B、C with no
    tail the lists of works read: 实施重点项目5个，A、B、C): each a list item, keyed by where its
    list begins."""
    items: list[tuple[int, str, bool, int]] = []
    ordered = sorted(works)
    for n, (start, text, whole) in enumerate(ordered):
        end = start + len(text)
        after = ordered[n + 1][0] if n + 1 < len(ordered) else -1
        before = ordered[n - 1][0] + len(ordered[n - 1][1]) if n else -1
        joined_before = before == start - 1 and doc.text[start - 1] == "、"
        joined_after = after == end + 1 and doc.text[end] == "、"
        if joined_before or joined_after:
            key = items[-1][3] if joined_before and items else -start - 1
            items.append((start, text, whole, key))
    return items


def firms_named(doc: Document, projects: list[Mention]) -> list[Mention]:
    """，X电子、Y智能全面开工, 竣工投产X科技。: a work the project family read as a firm named by its
    brand and trade (`firm_named_of`) is that firm's plant, and the firm is a company of the
    document under the same name (the relation family ties the two)."""
    cfg = rules().record.actor
    return [Mention("Enterprise", p.text, p.start, p.end, cfg.named_after_id, cfg.named_after_confidence) for p in projects
            if p.rule in cfg.firm_named_of and p.end - p.start == len(p.text) and _company_like(p.text, cfg)
            and _coined_brand(p.text, cfg) and not _opens_with_group(p.text)]


def _coined_brand(name: str, cfg: Actor) -> bool:
    """清洁|能源 is a sector: the part before the company head is a word jieba sees often (a brand
    is coined: 澜华|智能, 澜枫|新材料)."""
    head = brand(name)
    return bool(head) and not patterns.is_common_word(head, cfg.common_word_freq)


def _opens_with_group(name: str) -> bool:
    """百度|智能网联汽车: a name that opens with a national group's form longer than it is that
    group's work, not a firm of its own name."""
    forms = group_forms()
    return any(name[:k] in forms for k in range(2, len(name)))


def _town_led(brand: str, towns: set[str]) -> bool:
    """A brand that is a town of the document or opens with one (九龙|小微产业园: the town's work)."""
    return any(brand[:k] in towns for k in range(2, len(brand) + 1))


def _once(towns: list[set[str]], doc: Document, cfg: Actor) -> set[str]:
    """The document's towns (`_towns`), read at the first call and kept in `towns`."""
    if not towns:
        towns.append(_towns(doc, cfg))
    return towns[0]


def _named_brand(brand: str, cfg: Actor, not_brand: str = "") -> bool:
    """Whether the brand a work opens with may name its company: no place, product or quality
    (the document's towns are the caller's to rule out); `not_brand` replaces the rule's own test
    of what a brand is not (a list's siblings vouch for more)."""
    # (a place-like ending is no place in a brand jieba knows as a proper name, tagged nz)
    known = word_tag(brand) == "nz"
    if not brand or not known and re.search(not_brand or cfg.not_brand, _past_first_word(_past_everyday_lead(brand, cfg), cfg)) or gazetteer.by_short_name(brand):
        return False
    if re.search(cfg.named_after_work, brand):
        return False  # 锂电池项目, 钛合金板材: a product jieba knows as one word is no brand
    return not all(word_tag(ch) in cfg.quality_tags for ch in brand)  # 高|纯石墨: a quality, not a coined brand


def _beside_named(doc: Document, items: list[tuple[int, str, bool, int]], found: list[Mention], cfg: Actor,
                  towns: list[set[str]]) -> list[Mention]:
    """X化工新材料、Y绿色环保涂料等项目: in a list of works where one item opens with a company found
    already, another that opens with a word jieba saw fewer than `sibling_brand_freq` times, then what
    a company makes (`named_after_work`), a phase or a place it develops, is named after its company.
    Where most items then open with companies, the rest may open with rarer words (`_mostly_firms_brand`)."""
    opened = {m.start for m in found}
    lists: dict[int, list[tuple[int, str]]] = {}
    for start, text, _, key in items:
        lists.setdefault(key, []).append((start, text))
    out = []
    for members in lists.values():
        named = [any(start + k in opened for k in range(cfg.sibling_opened_within)) for start, _ in members]
        if not any(named) or all(named):
            continue
        for n, (start, text) in enumerate(members):
            if not named[n] and (firm := _sibling_brand(doc, text, cfg, towns)) and not _work_or_line(text, firm, cfg):
                out.append(Mention("Enterprise", firm, start, start + len(firm), cfg.named_after_id, cfg.named_after_confidence))
                named[n] = True
        # (a list whose items open with companies, half of them at least, vouches for the rest)
        if sum(named) >= cfg.mostly_firms_min and 2 * sum(named) >= len(members):
            out += [Mention("Enterprise", firm, start, start + len(firm), cfg.named_after_id, cfg.named_after_confidence)
                    for (start, text), k in zip(members, named)
                    if not k and (firm := _mostly_firms_brand(text, cfg)) and firm not in _once(towns, doc, cfg)
                    and not _work_or_line(text, firm, cfg)]
    return out


def _sibling_brand(doc: Document, text: str, cfg: Actor, towns: list[set[str]]) -> str:
    """The company a listed work beside a company's opens with (`_beside_named`; "": none)."""
    brand, end = _amount_led_brand(text, cfg, cfg.sibling_brand_freq, sibling=True)
    rest = text[end:]
    # (a phase, a company head, 春风|面业, or a park alone, 澜永|产业园, is the firm's however short)
    # (a facility's phase is no plant's: 水厂|二期, X馆|二期)
    phase = re.match(cfg.phase_after_brand, rest) and not re.search(cfg.short_coined_work_not, text)
    firm_rest = phase or _head_ends(rest, cfg) or re.match(cfg.developed_place, rest)
    product = re.search(cfg.named_after_work, text) or _developed_place(rest, cfg)
    trade = _trade_word(rest, text, cfg)
    if not ((firm_rest or trade or product and len(rest) >= cfg.sibling_min_rest) and _named_brand(brand, cfg, cfg.sibling_not_brand)
            and brand not in _once(towns, doc, cfg)):
        return ""
    end += len(_head_ends(rest, cfg))  # (the head is the company's: 春风|面业)
    if trade and word_tag(rest) in cfg.sibling_whole_tags:
        end = len(text)  # (晟澜|岩棉: the firm listed as its work, under the item's name)
    return text[:end]


def _mostly_firms_brand(text: str, cfg: Actor) -> str:
    """A、X储能设备、B、C等项目 where A, B and C open with companies found: the list is one of firms' works,
    and X, the brand that opens another item, names its company though jieba knows it as a rarer word
    (a noun seen fewer than `mostly_firms_freq` times: a brand taken from a word) or as characters one
    by one (澜|峙, 沐|溪山), up to the first company head or product word. Not a verb, a quality, a count,
    a direction or a place first; not an everyday lead, a product, a public work, a facility or a
    place's work ("": none). The whole item is the firm when little is left after the brand."""
    tokens = _cut(text)
    if (not tokens or not _HAN1.match(text) or strip_place(text) != text or cfg.public_work and re.search(cfg.public_work, text)
            or re.search(cfg.mostly_firms_not, text)):
        return ""
    first = tokens[0]
    if len(first) == 1:
        size = 0
        for token in tokens:  # (single characters and rare words after them, up to a head, a product or a phase: 澜|峙|光伏)
            if (size + len(token) > cfg.max_brand or token in _company_heads() or re.match(cfg.brand_ends_before, text[size:])
                    or re.match(cfg.phase_after_brand, token) or not _HAN.fullmatch(token)
                    or len(token) > 1 and patterns.is_common_word(token, cfg.mostly_firms_freq)):
                break
            size += len(token)
        if (word_tag(first) or "") in cfg.mostly_firms_not_tags - cfg.mostly_firms_single_tags:
            return ""
    elif (cfg.min_brand <= len(first) <= cfg.max_brand and not patterns.is_common_word(first, cfg.mostly_firms_freq)
            and (word_tag(first) or "") not in cfg.mostly_firms_not_tags):
        size = len(first)
        if len(tokens) > 2 and tokens[1] in _company_heads():
            size += len(tokens[1])  # (X|生物科技|产业园: the head is the company's)
    else:
        return ""
    brand, rest = text[:size], text[size:]
    if len(rest) < cfg.min_brand:
        brand, rest = text, ""
    # (a facility or a place ends the work, X服务中心, X水厂: the county's, unless a firm develops it, X…产业园)
    if re.search(cfg.short_coined_work_not, text) and not _developed_place(text[len(first):], cfg):
        return ""
    if (len(brand) < cfg.min_brand or len(brand) > cfg.max_brand + 2 or gazetteer.by_short_name(brand[:2]) or _only_places(brand)
            or re.search(cfg.everyday_lead_not, brand) or re.match(cfg.amount_led_not_before, rest)
            or re.match(cfg.not_after_brand, rest) or re.match(cfg.short_coined_place_after, rest)
            or not _named_brand(brand, cfg, cfg.sibling_not_brand)):
        return ""
    return brand


def _trade_word(rest: str, text: str, cfg: Actor) -> bool:
    """X|岩棉, X|酸洗 beside companies: what follows the brand is one word jieba knows (`sibling_trade_tags`:
    a material or a trade, no verb of a bare process such as 加工), and the work is no place or
    facility (X|小区, X|水厂: `short_coined_work_not`)."""
    return (len(rest) >= cfg.min_brand and (word_tag(rest) or "") in cfg.sibling_trade_tags and _cut(rest) == (rest,)
            and not re.search(cfg.short_coined_work_not, text))


def _amount_led_brand(name: str, cfg: Actor, freq: int, sibling: bool = False) -> tuple[str, int]:
    """22亿元|澜沐智能家电, 10亿元|澜岳公路港枢纽, 投资10亿元的|沐澄新能源产业基地: the brand that opens a
    work an amount opens (see `amount_led`), and where it ends ("" and 0: none). Words of the
    work's own follow it: no place's or road's character, no park or facility alone. Beside a
    sibling that opens with a company (`sibling`), a size or a direction may open the brand
    (`sibling_not_brand`), and so may a noun before the phase of its plant or a company head
    (锦华|澜泰, 金钥匙|二期, 春风|面业: no product is named)."""
    tokens = _cut(name)
    if not tokens or strip_place(name) != name:
        return "", 0
    product = next((k for k in range(cfg.min_brand, cfg.max_brand + 1) if re.match(cfg.brand_ends_before, name[k:])), 0)
    singles = 0
    for token in tokens:
        if not _HAN1.fullmatch(token) or (word_tag(token) or "") in cfg.amount_led_not_tags:
            break
        singles += 1
    first = tokens[0]
    firm_after = sibling and not gazetteer.by_short_name(first) and _names_no_product(name[len(first) :], cfg)
    if product:
        size = product
    elif cfg.min_brand <= len(first) <= cfg.max_brand and _HAN.fullmatch(first) and _rare_first_word(first, freq, cfg, firm_after):
        size = len(first)
        if firm_after and not _head_ends(name[size:], cfg):  # (锦华|澜|泰: the characters after the word are the brand's too)
            size += _singles_after(tokens[1:], cfg.max_brand - size, cfg)
    elif cfg.min_brand <= singles <= cfg.max_brand and singles < len(tokens):
        size = singles
    else:
        return "", 0
    brand, rest = name[:size], name[size:]
    not_brand = cfg.sibling_not_brand if sibling else cfg.not_brand
    if (len(rest) < cfg.min_brand or re.search(cfg.everyday_lead_not, brand) or re.search(not_brand, brand)
            or gazetteer.by_short_name(brand) or re.match(cfg.not_after_brand, rest) or re.match(cfg.short_coined_place_after, rest)
            or re.match(cfg.amount_led_not_before, rest)
            or not _rare_first_word(brand, freq, cfg, firm_after) or all(word_tag(ch) in cfg.quality_tags for ch in brand)):
        return "", 0
    return brand, size


def _singles_after(tokens: tuple[str, ...], room: int, cfg: Actor) -> int:
    """How many single characters (no count, measure or particle) open `tokens`, at most `room`."""
    n = 0
    for token in tokens:
        if n >= room or not _HAN1.fullmatch(token) or (word_tag(token) or "") in cfg.amount_led_not_tags:
            break
        n += 1
    return n


def _names_no_product(rest: str, cfg: Actor) -> bool:
    """二期, 面业, 澜|泰…: what follows a listed work's first word is the phase of a plant, a company
    head, or more of a coined brand (single characters), not a product that word would make."""
    tokens = _cut(rest)
    return bool(re.match(cfg.phase_after_brand, rest)) or bool(_head_ends(rest, cfg)) or len(tokens) > 1 and all(
        _HAN1.fullmatch(t) for t in tokens[:2])


def _head_ends(rest: str, cfg: Actor) -> str:
    """面业, 电子二期: the company head that ends the work, or that only its phase follows ("": none;
    汽车|零部件 goes on with a product: the head is the product's)."""
    lengths = _all_heads()[1]
    return next((rest[:n] for n in lengths if rest[:n] in _company_heads()
                 and re.fullmatch(f"(?:{cfg.phase_after_brand})?(?:项目|工程)?", rest[n:])), "")


def _rare_first_word(word: str, freq: int, cfg: Actor, noun_ok: bool = False) -> bool:
    """A word that may open a brand: jieba saw it fewer than `freq` times. Past `amount_led_freq` (a
    list's siblings, not an amount, vouch for it), it is no common noun or verb-noun (肉羊, 垃圾焚烧:
    products and processes, `sibling_not_tags`) and, if tagged as a name (`named_lead_tags`: 玉米 nr),
    seen fewer than `named_lead_freq` times."""
    if patterns.is_common_word(word, freq):
        return False
    if freq <= cfg.amount_led_freq:
        return True
    tag = word_tag(word) or ""
    if tag in cfg.sibling_not_tags and not (noun_ok and tag in cfg.sibling_noun_tags):
        return False
    return tag not in cfg.named_lead_tags or not patterns.is_common_word(word, cfg.named_lead_freq)


def _with_cut_first(doc: Document, start: int, end: int, cfg: Actor) -> int:
    """元|澜家居二期, 、并|沐熔盐技改: the character before a work's name that jieba cut alone right
    after a break (`cut_first_after`) and tags as a conjunction, a numeral or a unit (`cut_first_tags`)
    begins the name when the name read with it opens with a brand; else the name begins at `start`."""
    s, text = start - 1, doc.text
    if s < 0 or (s > 0 and text[s - 1] not in cfg.cut_first_after) or (word_tag(text[s]) or "") not in cfg.cut_first_tags:
        return start
    starts, ends = doc.token_edges()
    if s not in starts or start not in ends:
        return start
    brand, _ = company_part(text[s:end], cfg, whole=True)
    return s if len(brand) >= cfg.min_brand and text.startswith(brand, s) else start


def _past_first_word(brand: str, cfg: Actor) -> str:
    """What of a brand `not_brand` reads after a word of `[first_word]` that opens it (新|瑞泰, 新|天龙: a
    company's name may begin with 新), when `min_brand` characters or more follow it."""
    for word in rules().record.first_word.words:
        if brand.startswith(word) and len(brand) - len(word) >= cfg.min_brand:
            return brand[len(word):]
    return brand


def _past_everyday_lead(brand: str, cfg: Actor) -> str:
    """What of a brand `not_brand` reads: after an everyday word that opens it (大地|锦昊: the
    word was vetted by `everyday_lead_not`; 大 as a character of its own still opens no brand)."""
    lead = _cut(brand)[0]
    return brand[len(lead):] if len(lead) == 2 and patterns.is_common_word(lead, cfg.brand_word_freq) else brand


def _past_lead_verb(doc: Document, start: int, end: int, cfg: Actor) -> int:
    """A、扩建|B、新上|C: a verb of building that opens a list item (kg/rules/boundary.toml
    `lead_verbs`, a whole word) is no part of the brand after it."""
    verb = patterns.lead_verb_re().match(doc.text[start:end])
    if verb and end - start - verb.end() >= cfg.min_prefix and start + verb.end() in doc.token_edges()[1]:
        return start + verb.end()
    return start


def _after_last_verb(doc: Document, start: int, end: int) -> int:
    """The first item of a list carries the clause's verbs (招引落户|X风电装备): it begins
    after the last boundary word among its tokens, if two characters or more are left."""
    boundary = _actor_boundary()
    tokens = doc.tokens  # (indexed, not sliced: a slice copies the rest of the document's tokens)
    cut = start
    for i in range(bisect.bisect_left(tokens, (start,)), len(tokens)):
        s, e = tokens[i]
        if e > end - 2:
            break
        if doc.text[s:e] in boundary:
            cut = e
    return cut


def _work_list_items(doc: Document, cfg: Actor) -> list[tuple[int, str, bool, int]]:
    """The items of `A、B、C等一批…项目` (start, text, whole: True, where the list's tail begins), less
    the verbs before the first.

    The list's tail (等…项目) is found first; its items run back from 等 to the clause's
    break (a bracketed phase, X工厂(一期), is part of an item): one pass, no regex tried at
    every character of a clause."""
    text, items = doc.text, []
    amount = patterns.compiled(cfg.work_list_amount)
    tails = [(m, False) for m in patterns.compiled(cfg.work_list_tail).finditer(text)]
    if cfg.work_list_bare_tail:
        tails += [(m, True) for m in patterns.finditer_choices(cfg.work_list_bare_tail, text)]
    for m, bare in tails:
        begin = _list_begin(text, m.start(), cfg)
        if bare and ("、" not in text[begin : m.start()] or "等" in text[begin : m.start()]):
            continue
        for n, (start, end) in enumerate(patterns.split_items(text[begin : m.start()], begin, cfg.joined)):
            start = _past_lead_verb(doc, start, end, cfg)
            start = patterns.name_start(doc, _after_last_verb(doc, start, end) if n == 0 else start, end, _actor_boundary())
            lead = amount.match(text, start, end)
            start = lead.end() if lead else _with_cut_first(doc, start, end, cfg)
            name = text[start:end]
            # (a phase in brackets may close it: X工厂(一期))
            if len(name) >= cfg.min_prefix and not re.search(r"[^\u4e00-\u9fff\w]", re.sub(r"[（(][^（）()]*[)）]$", "", name)):
                if bare and not _company_work(name, cfg):
                    continue
                items.append((start, name, True, m.start()))
    return items


def _company_work(name: str, cfg: Actor) -> bool:
    """An item of a list closed without 等 (`work_list_bare_tail`) names its company only when it is
    a company (X电器), or its brand goes on with what a company makes, the phase of its plant or a
    place it develops (X二期, X建材加工生产线, X现代物流园); a county's work (X沙沟防洪治理工程) does not."""
    brand, end = company_part(name, cfg, whole=True)
    if not brand:
        return False
    rest = name[end:]
    return (not rest or bool(re.search(cfg.named_after_work, name)) or bool(re.match(cfg.phase_after_brand, rest))
            or _developed_place(rest, cfg))


def _list_begin(text: str, end: int, cfg: Actor) -> int:
    """Where the list that ends at `end` begins: after the clause's break, over bracketed phases."""
    i, floor = end, max(0, end - cfg.max_work_list)
    while i > floor:
        ch = text[i - 1]
        if ch in ")）":
            opening = max(text.rfind("(", floor, i - 1), text.rfind("（", floor, i - 1))
            if opening < 0 or i - 1 - opening > cfg.max_phase or any(c in cfg.work_list_breaks for c in text[opening:i]):
                break
            i = opening
            continue
        if ch in cfg.work_list_breaks or ch in "(（":
            break
        i -= 1
    return i


@lru_cache(maxsize=1)
def group_forms() -> dict[str, str]:
    """Every form of a national enterprise group (registered name and short forms) -> its
    registered name, from the lists of `[groups]` (kg/data/enterprise_groups.tsv, the central
    state-owned enterprises; kg/data/enterprise_brands.tsv, the large private groups: source
    and date in each header)."""
    forms: dict[str, str] = {}
    for path in rules().record.groups.lists:
        text = resources.files("kg").joinpath(path).read_text(encoding="utf-8")
        rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
        for row in rows:
            for form in [row["name"], *row["short"].split("|")]:
                forms.setdefault(form.strip(), row["name"])
    forms.pop("", None)
    return forms


@lru_cache(maxsize=1)
def _group_index() -> tuple[re.Pattern, dict[str, list[int]]]:
    """The first characters of the groups' forms, and for each, the lengths of the forms it
    opens, longest first (a place of 中 is tried at the lengths of 中…'s forms only)."""
    forms = group_forms()
    lengths: dict[str, set[int]] = {}
    for form in forms:
        lengths.setdefault(form[0], set()).add(len(form))
    return (regex_cache.compile(f"[{re.escape(''.join(sorted(lengths)))}]"),
            {first: sorted(ns, reverse=True) for first, ns in lengths.items()})


def national_groups(doc: Document, projects: list[Mention], items: list[tuple[int, str, bool, int]] = ()) -> list[Mention]:
    """华能30万千瓦光伏, 与中建签约, 中粮投资…: a form of a national group, on jieba token
    boundaries, where it acts as a company (`[groups]`): it says so itself (华能集团), opens a
    work, or is followed by a figure, an industry word or an actor's verb, or stands as a partner."""
    cfg = rules().record.groups
    forms = group_forms()
    first, lengths = _group_index()
    starts, ends = doc.token_edges()
    opens_work = {p.start for p in projects} | {item[0] for item in items}
    text, found = doc.text, []
    waiting: dict[int, tuple[int, int]] = {}  # forms not yet read as companies, by where they end
    for m in first.finditer(text):
        s = m.start()
        if s not in starts:
            continue
        for n in lengths[m.group()]:
            e = s + n
            if e not in ends or text[s:e] not in forms:
                continue
            bureau = re.match(cfg.bureau, text[e : e + 4])
            if bureau:  # 中铁十二局
                found.append(Mention("Enterprise", text[s : e + bureau.end()], s, e + bureau.end(), cfg.id, cfg.confidence,
                                     attrs={"group": forms[text[s:e]]}))
                break
            if not re.match(cfg.follow, text[e : e + 10]) and _name_goes_on(text, e, ends, cfg):
                break  # 万达信息: another company
            not_work = cfg.work_not is not None and re.match(cfg.work_not, text[e : e + cfg.work_after_reach])
            if (re.search(cfg.self_evident, text[s:e]) or s in opens_work and not not_work or re.match(cfg.follow, text[e : e + 10])
                    or cfg.work_after and not not_work and re.match(cfg.work_after, text[e : e + cfg.work_after_reach])
                    or re.search(cfg.partner_before, text[max(0, s - 4) : s]) and re.match(cfg.partner_after, text[e : e + 6])):
                found.append(Mention("Enterprise", text[s:e], s, e, cfg.id, cfg.confidence, attrs={"group": forms[text[s:e]]}))
            else:
                waiting[e] = (s, e)
            break
    return found + _listed_beside_groups(text, found, waiting, forms, cfg)


def _listed_beside_groups(text: str, found: list[Mention], waiting: dict[int, tuple[int, int]], forms: dict[str, str],
                          cfg: Groups) -> list[Mention]:
    """和中铁、中建等施工单位: a group's form listed (joined by 、) right beside a group read as a
    company is a company too, each way along the list (the list says what its items are)."""
    if not waiting:
        return []
    by_end = {e: s for s, e in waiting.values()}
    by_start = {s: e for s, e in waiting.values()}
    out: list[Mention] = []
    queue = [(m.start, m.end) for m in found]  # (all of them the groups' forms read)
    while queue:
        s, e = queue.pop()
        mates = []
        if text[e : e + 1] == "、" and e + 1 in by_start:  # (the next item begins right after 、)
            mates.append((e + 1, by_start[e + 1]))
        if text[s - 1 : s] == "、" and s - 1 in by_end:  # (the one before ends right before it)
            mates.append((by_end[s - 1], s - 1))
        for ms, me in mates:
            by_start.pop(ms, None)
            by_end.pop(me, None)
            out.append(Mention("Enterprise", text[ms:me], ms, me, cfg.id, cfg.confidence, attrs={"group": forms[text[ms:me]]}))
            queue.append((ms, me))
    return out


def _name_goes_on(text: str, end: int, ends, cfg: Groups) -> bool:
    """Whether a word that continues a company's name follows a group's form (万达|信息, X|电子)."""
    more = cfg.name_goes_on and re.match(cfg.name_goes_on, text[end : end + 4])
    if more and end + more.end() in ends:
        return True
    return any(text.startswith(h, end) and end + len(h) in ends for h in _company_heads())


_HAN1 = regex_cache.compile(r"[\u4e00-\u9fff]")


def company_part(name: str, cfg: Actor, whole: bool = False, county: str = "") -> tuple[str, int]:
    """The brand at the start of a work's `name` (after a place, which it leaves out) and
    where the company part ends ("" and 0: none).

    The brand is two to four characters jieba knows only one by one (润|丰) or as words it
    rarely saw and tags as proper names (华能, 汉|思达). It names a company when a company head follows it
    (铝业, 科技: the head is part of the company), a figure (澜拓30兆瓦…), or, when the
    work ends in what a company makes (`named_after_work`), the product; and, for a list
    item that is nothing but a coined brand (`whole`), the whole item (瑞澜宏泰)."""
    place = len(name) - len(strip_place(name) or name)
    own = county_lead(name[place:], county)  # (the document's own county, 安平|…, not a firm's registered place)
    place += own
    tokens = list(_cut(name[place:]))
    heads = _company_heads()
    size, i = 0, 0
    for i, token in enumerate(tokens):
        single = _HAN1.fullmatch(token) is not None
        rare = (len(token) > 1 and _HAN.fullmatch(token) is not None
                and not patterns.is_common_word(token, cfg.brand_word_freq)
                and (word_tag(token) in cfg.brand_word_tags or len(token) == 2 and not re.match(cfg.not_brand_word_tags, word_tag(token) or "")
                     and not patterns.is_common_word(token, cfg.brand_word_any_tag_freq)))
        if token in heads or not (single or rare) or size + len(token) > cfg.max_brand:
            break
        size += len(token)
    else:
        i = len(tokens)
    if not cfg.min_brand <= size <= cfg.max_brand:
        listed = _listed_company(name, place, tokens, cfg) if whole else ("", 0)
        return listed if listed[1] or not (whole or place) else _everyday_lead(name, place, tokens, cfg, whole, own > 0)
    found = _after_brand(name, place, tokens, i, size, cfg, whole)
    # (a brand that ran into a product's first character, 澜泰|磷 of 澜泰磷系新材料, ends a word sooner)
    while not found[1] and i > 1 and size - len(tokens[i - 1]) >= cfg.min_brand and len(tokens[i - 1]) == 1:
        i, size = i - 1, size - len(tokens[i - 1])
        found = _after_brand(name, place, tokens, i, size, cfg, whole=False)
    return found


def county_lead(name: str, county: str) -> int:
    """How many characters a county opens `name` with, as a work in it is named after its firm
    (岚皋县|沐恒…): a county-level division's full name, or the document's own county (`county`, its
    code) in short, with or without its division character (沙县|澜汉…, 岚皋|沐恒科技…); 0 when none,
    or when no brand of `min_brand` characters could follow. (Another county's short name may open
    a firm's own: 碑林|澜栖 is no place cut.)"""
    cfg = rules().record.actor
    for k in (3, 2):
        if len(name) < k + cfg.min_brand + 1:
            continue
        full = gazetteer.by_name(name[:k], county)
        if full is not None and full.level == "county":
            return k
        short = gazetteer.by_short_name(name[:k], county) if county else None
        if short is not None and short.code == county:
            with_division = name[k] in _DIVISION_ENDS and len(name) > k + cfg.min_brand + 1
            return k + 1 if with_division else k
    return 0


_DIVISION_ENDS = "县区市旗"


def _after_brand(name: str, place: int, tokens: list[str], i: int, size: int, cfg: Actor, whole: bool) -> tuple[str, int]:
    """What follows the brand of `size` characters (tokens[:i]) decides whether it names a company."""
    heads = _company_heads()
    cut = _product_inside(name[place:], size, cfg)
    if cut and re.search(cfg.named_after_work, name):
        return name[place : place + cut], place + cut
    brand, rest, end = name[place : place + size], tokens[i:], place + size
    if not rest:
        coined = all(_HAN1.fullmatch(t) for t in tokens) and (size >= cfg.min_whole_brand or place > 0)
        return (brand, end) if whole and coined else ("", 0)
    following = "".join(rest)
    if re.match(cfg.not_after_brand, following):
        return "", 0
    if rest[0] in heads:
        return brand, end + len(rest[0])
    head = _head_opening(rest[0], heads, cfg)
    if head:
        return brand, end + len(head)  # 澜湘源|食品饮料: the company is 澜湘源食品
    if re.match(cfg.figure_after_brand, following) or re.match(cfg.phase_after_brand, following):
        return brand, end
    # (the brand's end is clear where it or the product opens with a word: 恒瑞|东|郊|工厂)
    clear = len(rest[0]) > 1 or len(tokens[i - 1]) > 1
    if clear and (re.search(cfg.named_after_work, name) or _developed_place(following, cfg) or _sector_trade(following, cfg)):
        return brand, end
    # (a brand of rare words, 华洋|X, is read as the short coined one; its single characters are vetted)
    single = all(_HAN1.fullmatch(tok) for tok in tokens[:i])
    coined = single and size >= cfg.min_coined_brand or size >= cfg.min_short_coined_brand and _plain_coined(
        "".join(tok for tok in tokens[:i] if len(tok) == 1), cfg) and _short_brand_before_a_product(name, end, cfg)
    if whole and coined and len(rest[0]) > 1:
        return brand, end
    # (after a province or a city, as a registered name opens, 青海|澜汐 碳化硅项目, 广州市|沐岚晟 美容器械项目, a
    # short coined brand opens a firm's work, in a list or not: `placed_coined_end`)
    if (coined and len(rest[0]) > 1 and cfg.placed_coined_end and re.search(cfg.placed_coined_end, name) and _higher_place(name[:place])
            and strip_place(brand) == brand and not patterns.person_opening(name[place:]) and not _a_persons_name(brand, cfg)
            and not (cfg.placed_coined_not and re.search(cfg.placed_coined_not, following))
            and not _placed_brand_not(name[:place], brand, cfg)):
        return brand, end  # (no second place, 浙江|金华义乌…, nor a person, 湖北|李|明…, 湖北|李娜…)
    return "", 0


def _placed_brand_not(place: str, brand: str, cfg: Actor) -> bool:
    """湖北|楚商, 陕西|秦岭, 贵州|梵净山, 浙江|浙X: after a province or a prefecture, a brand that is merchants, a
    mountain, a river or a lake (`placed_coined_brand_not`), a word jieba tags as a place (`placed_coined_brand_not_tags`)
    or that opens with a short character of the place's own province (`province_short_chars`) names the place's
    people or land, no firm."""
    if cfg.placed_coined_brand_not and re.search(cfg.placed_coined_brand_not, brand):
        return True
    if (word_tag(brand) or "") in cfg.placed_coined_brand_not_tags:
        return True
    provinces = dict(cfg.province_short_chars)
    return any(brand.startswith(c) for c in provinces.get(_province_of(place, provinces), ""))


def _province_of(place: str, provinces: dict[str, str]) -> str:
    """The short name of the province `place` lies in: the place itself (陕西, 陕西省), or the province of a
    prefecture named in full or in short (深圳市, 西安); "" if none."""
    short = gazetteer.short_name(place)
    if short in provinces:
        return short
    division = gazetteer.by_name(place) or gazetteer.by_name(place + "市")
    province = gazetteer.by_code(division.province) if division is not None and division.province else None
    return province.short if province is not None else ""


def _higher_place(place: str) -> bool:
    """A province or a prefecture, by its full name (深圳市) or its short one (青海, 河南): the place a registered
    firm's name opens with; no county (平安|高精…, a county's short name, opens the county's own works)."""
    if not place:
        return False
    full = gazetteer.by_name(place)
    if full is not None:
        return full.level != "county"
    return place in gazetteer.higher_short_names()


def _placed_head(name: str, cfg: Actor) -> tuple[str, int]:
    """汉中|铝业 节能改造, 陕西|电气 …风电项目: a place and a company head opening a work name the
    firm as it is registered (the place is its brand), when the head is no sector
    (`everyday_lead_not`: 光伏, 食品) and a work of its own follows, not a zone or a place
    (X化工|产业园 is the place's park), nor a route, a depot, a centre or a plant of the place's
    (X电力|外送通道, X电力|物资储备库, X热电|联产: `short_coined_work_not`, `placed_head_not_before`); the
    place is written as a registered name writes it, without its division (X县|电力 调度中心 is the
    county's)."""
    words = _cut(name)
    if len(words) < 3 or words[1] not in _company_heads() or re.search(cfg.everyday_lead_not, words[1]):
        return "", 0
    if strip_place(words[0]) and gazetteer.by_short_name(words[0]) is None:
        return "", 0  # (the first word is no place)
    if re.search(cfg.placed_lead_place_not, words[0]) or re.search(cfg.short_coined_work_not, name):
        return "", 0
    following = "".join(words[2:])
    if re.match(cfg.not_after_brand, following) or _developed_place(following, cfg) or re.match(cfg.placed_head_not_before, following):
        return "", 0
    end = len(words[0]) + len(words[1])
    return name[:end], end


def _short_brand_before_a_product(name: str, end: int, cfg: Actor) -> bool:
    """The short brand ending at `end` opens a work that is no place or facility (X电站二期, X安置房:
    `short_coined_work_not`) and stands before no place's or road's character (X路西延)."""
    return not re.search(cfg.short_coined_work_not, name) and not re.match(cfg.short_coined_place_after, name[end:])


def _plain_coined(brand: str, cfg: Actor) -> bool:
    """冠|盛, 航|大: a short coined brand of characters that are no count, measure, direction,
    preposition or verb (万|商, 沿|淮, 增|施 open a place or a clause, not a company)."""
    return not re.search(cfg.short_coined_not, brand) and (word_tag(brand[:1]) or "") not in cfg.short_coined_first_not_tags and all(
        (word_tag(ch) or "") not in cfg.short_coined_not_tags for ch in brand)


def _sector_trade(following: str, cfg: Actor) -> bool:
    """X|液压件项目, X|碳化硅产业园一期, X|预制构件基地: what follows a brand names an
    industry of the national classifications (`firm_sectors`: their words in kg/rules/sector.toml) and
    ends as a firm's work does (`firm_sector_end`), not as a place's or a facility's."""
    words, ignore = _firm_sector_words()
    if words is None:
        return False
    hidden = [h.span() for h in ignore.finditer(following)] if ignore is not None else []
    word = next((w for w in words.finditer(following, 0, min(len(following), cfg.firm_sector_reach + 16)) if w.start() <= cfg.firm_sector_reach
                 and len(w.group()) >= cfg.firm_sector_min_word
                 and not any(a <= w.start() and w.end() <= b for a, b in hidden)), None)
    return (word is not None and cfg.firm_sector_end is not None and re.search(cfg.firm_sector_end, following) is not None
            and not (cfg.firm_sector_not and re.search(cfg.firm_sector_not, following)))


@lru_cache(maxsize=1)
def _firm_sector_words() -> tuple[re.Pattern | None, re.Pattern | None]:
    """The words of the sectors `firm_sectors` names, one alternation (longest first), and the file's
    `ignore` words, which hide the sector words inside them (化工程). The file is read unvalidated
    here, through the rule files' parse cache (kg/relate/sector.py, a later stage, checks it against
    the scheme when it loads it)."""
    wanted = set(rules().record.actor.firm_sectors)
    data = rulebook.parsed("sector")
    words = {w for rule in data.get("rule", ()) if rule.get("id") in wanted for w in rule.get("words", ())}
    ignore = sorted(data.get("ignore", ()), key=len, reverse=True)

    def alternation(items):
        return regex_cache.compile("|".join(map(re.escape, sorted(items, key=len, reverse=True)))) if items else None

    return alternation(words), alternation(ignore)


def _developed_place(following: str, cfg: Actor) -> bool:
    """澜泰|大豆加工产业园, 沐恒|花溪嘉园项目: what follows a brand is what the developer builds, a
    park, a town or an estate (`developed_place`), with words of its own before that ending."""
    hit = re.search(cfg.developed_place, following)
    return bool(hit) and hit.start() >= cfg.min_brand


def _everyday_lead(name: str, place: int, tokens: list[str], cfg: Actor, whole: bool = False, own: bool = False) -> tuple[str, int]:
    """大地|锦昊 储能设备, 时光|澜|泰 正极材料, 星辰|水泥 技改: in a list of works, a brand
    may open with an everyday word of two characters (`everyday_lead_tags`, no place) when a
    coined part follows it (single characters, or proper names jieba saw fewer times than
    `everyday_lead_coined_freq`), or a company head and the upgrade or phase of its plant; what
    follows then decides as for any brand. An everyday word alone before a product (肉牛|养殖)
    names no company; after a place (四川|X, read in any work) it may (`_placed_lead`), after the
    document's own county (`own`) only before a company head (安平|中学 扩建, 平遥|供水 二期 are the
    county's school and waterworks; 平遥|牛肉 集团 is a firm)."""
    lead = tokens[0] if tokens else ""
    tags = cfg.placed_lead_tags if place else cfg.everyday_lead_tags
    if len(lead) != 2 or not _HAN.fullmatch(lead) or word_tag(lead) not in tags:
        return "", 0
    if gazetteer.by_short_name(lead) or re.search(cfg.everyday_lead_not, lead):
        return "", 0
    size, i = len(lead), 1
    for i in range(1, len(tokens)):
        token = tokens[i]
        coined = _HAN1.fullmatch(token) or (_HAN.fullmatch(token) and word_tag(token) in cfg.brand_word_tags
                                             and not patterns.is_common_word(token, cfg.everyday_lead_coined_freq))
        if token in _company_heads() or not coined or size + len(token) > cfg.max_everyday_brand:
            break
        size += len(token)
    else:
        i = len(tokens)
    if size == len(lead) and place:
        found = _placed_lead(name, place, tokens, cfg)
        return found if not own or found[1] > place + size else ("", 0)
    if size == len(lead):
        following = "".join(tokens[2:])
        if len(tokens) > 2 and tokens[1] in _company_heads() and re.fullmatch(f"(?:{cfg.phase_after_brand})(?:项目|工程)?", following):
            return name[place : place + size + len(tokens[1])], place + size + len(tokens[1])
        if whole and _named_lead(lead, tokens[1:], name, cfg):
            return name[place : place + size], place + size
        return "", 0
    if size - len(lead) < cfg.min_brand or i >= len(tokens):
        return "", 0
    return _after_brand(name, place, tokens, i, size, cfg, whole=False)


def _named_lead(lead: str, rest: list[str], name: str, cfg: Actor) -> bool:
    """澜华|精密 轴承: in a list of works, a word jieba tags as a name (`named_lead_tags`), however
    often it saw it, opens the item before a product of two words or more; no work that ends
    as a place or a facility does (`short_coined_work_not`)."""
    return (word_tag(lead) in cfg.named_lead_tags and not patterns.is_common_word(lead, cfg.named_lead_freq)
            and len(rest) >= 2 and len(rest[0]) > 1
            and _short_brand_before_a_product(name, len(name) - len("".join(rest)), cfg))


def _placed_lead(name: str, place: int, tokens: list[str], cfg: Actor) -> tuple[str, int]:
    """江苏|星辰 生物 饮料, 湖南|融通 高科 一期, 浙江|时光 新型电池生产: after a place, an everyday
    word alone is a brand before a company head, or before what a company makes, a figure or
    the phase of its plant (what follows decides as for any brand)."""
    if len(tokens) < 2 or re.search(cfg.placed_lead_place_not, name[:place]):
        return "", 0  # (X县|Y产业园: a place named with its division names where a work is, not a firm)
    return _after_brand(name, place, tokens, 1, len(tokens[0]), cfg, whole=False)


def _product_inside(name: str, size: int, cfg: Actor) -> int:
    """Where a product word begins inside the brand of `size` characters that opens `name`,
    jieba having cut across it (澜|华新|能源: 2), or 0."""
    for k in range(cfg.min_brand, size):
        if re.match(cfg.brand_ends_before, name[k:]):
            return k
    return 0


def _head_opening(word: str, heads: frozenset[str], cfg: Actor) -> str:
    """The company head a longer word opens (食品|饮料 of 食品饮料), if the rest is a word of two
    characters or more and no place (科技|馆, 生物|质 are a hall and a fuel, not a company's head)."""
    for n in range(len(word) - 2, 1, -1):
        rest = word[n:]
        if word[:n] in heads and not re.match(cfg.not_after_brand, rest) and not re.search(cfg.not_brand, rest):
            return word[:n]
    return ""


def _listed_company(name: str, place: int, tokens: list[str], cfg: Actor) -> tuple[str, int]:
    """星河电子, 博远精密 listed as works (A、B等N个项目): before a company head that ends
    the item, a brand of words jieba knows is still the company's, unless everyday
    (`listed_brand_freq`) or a word of kind (新型: `not_listed_brand_tags`)."""
    heads = _company_heads() | frozenset(rules().record.actor.not_heads)  # (绽放|新能源: it ends the item)
    h = next((k for k, token in enumerate(tokens) if token in heads), 0)
    brand = tokens[:h]
    size = sum(map(len, brand))
    if not h or not cfg.min_brand <= size <= cfg.max_brand:
        return "", 0
    if not re.fullmatch(f"(?:{cfg.phase_after_brand})?(?:项目|工程)?", "".join(tokens[h + 1 :])):
        return "", 0  # 清洁能源|替代: the head ends the item, or only a phase follows
    for token in brand:
        if not _HAN.fullmatch(token) or len(token) > 1 and (
                patterns.is_common_word(token, cfg.listed_brand_freq) or word_tag(token) in cfg.not_listed_brand_tags):
            return "", 0
    return name[place : place + size], place + size + len(tokens[h])


def brand(name: str) -> str:
    """The brand of a company's name: after its place, before its company head or legal
    suffix (广东|澜鹰|农业集团有限公司 -> 澜鹰); a name without a head is its own brand (晋澜智造).
    "" when the brand is not `min_brand` to `max_brand` characters."""
    cfg = rules().record.actor
    rest = placeless(name)
    heads = _brand_stops()
    size = 0
    for token in _cut(rest):
        if token in heads or token.startswith(cfg.legal_word_starts):
            break
        size += len(token)
    return rest[:size] if cfg.min_brand <= size <= cfg.max_brand and _HAN.fullmatch(rest[:size]) else ""


@lru_cache(maxsize=1)
def _brand_stops() -> frozenset[str]:
    """What ends a brand in a company's name: every company head and legal suffix (`_all_heads`)
    and the `brand_heads` (`not_heads` among them too)."""
    return _all_heads()[0] | frozenset(rules().record.actor.brand_heads)


def placeless(name: str) -> str:
    """A name after its places: a province or a city with its division, then a county named in
    short (四川|沐川|澜峰农牧有限公司 -> 澜峰农牧有限公司)."""
    rest = strip_place(name) or name
    if len(rest) > 4 and gazetteer.by_short_name(rest[:2]) is not None:
        rest = rest[2:]
    return rest


@lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[str, ...]:
    """jieba's words of a work's name (names repeat across a document and a corpus)."""
    return tuple(patterns.tokenizer().lcut(text, HMM=False))


@lru_cache(maxsize=1)
def _company_heads() -> frozenset[str]:
    """What ends a company's name after its brand: `brand_heads` and the trade-name suffixes, less `not_heads`."""
    record = rules().record
    trade = (s for rule in record.suffix if rule.id == record.actor.trade_name_rule for s in rule.suffixes)
    return (frozenset(record.actor.brand_heads) | frozenset(trade)) - frozenset(record.actor.not_heads)


_HAN = regex_cache.compile(r"[\u4e00-\u9fff]+")


def _company_like(text: str, cfg: Actor, everyday_ok: bool = False) -> bool:
    """A bare company name: not a verb, a sector, an amount or two things joined. A form of the
    national lists (`group_forms`: 长城汽车, 华侨城) is one, whatever words of places it holds."""
    if text in group_forms():
        return True
    if not cfg.min_prefix <= len(text) <= cfg.max_company or re.search(cfg.not_company, text):
        return False
    if text in _actor_boundary() or not everyday_ok and patterns.is_common_word(text, cfg.common_word_freq):
        return False
    return not re.search(cfg.not_in_company, text) or bool(re.search("(?:公司|集团)$", text))


_HAN2 = regex_cache.compile(r"[\u4e00-\u9fff]{2}")
_TOWN_SUFFIX = regex_cache.compile("[镇乡]")


def _towns(doc: Document, cfg: Actor) -> set[str]:
    """Two-character town names the document uses with their suffix (三河|镇, 三|河|镇, 三河镇)."""
    towns, text = set(), doc.text
    starts, ends = doc.token_edges()
    for m in _TOWN_SUFFIX.finditer(text):
        s, e = m.span()
        if s - 2 not in starts or not _HAN2.fullmatch(text, s - 2, s):
            continue
        alone = s in starts and e in ends  # 三河|镇
        whole = e in ends and s - 1 not in starts and s not in starts  # 三河镇, one token
        if alone or whole:
            towns.add(text[s - 2 : s])
    return {t for t in towns - set(cfg.town_words) if not patterns.is_common_word(t, cfg.town_max_freq)}


def _town_industry(text: str, towns: set[str], cfg: Actor) -> bool:
    """三河家具: a town and an everyday word for what it makes."""
    rest = text[2:]
    return text[:2] in towns and len(rest) >= 2 and patterns.is_common_word(rest, cfg.common_word_freq)
