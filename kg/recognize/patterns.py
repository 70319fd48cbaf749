"""The two kinds of rule every family is written in, loaded from kg/rules/<family>.toml.

- *suffix rules*: a name ends in one of `suffixes` (有限公司, 产业园 ...); its
  start is found by walking jieba tokens leftwards until a boundary word
  (a verb such as 建设, a function word such as 的, punctuation) or `max_length`.
- *pattern rules*: a regular expression whose group `name` is the name
  (`needs`: a word every match holds, to skip documents without it; `whole`:
  keep the name's first word, which a walk would trim).
- either kind may say what must (`precede`) or must not (`not_precede`) stand
  right before the name.
- *list rules* (`[list]`): items of `A、B、C等<kind>`, each a name (`list_items`).

Both reject names listed in `reject` or whose part before the suffix is a
common word (by jieba's own word frequencies: 工业园区, 重点项目 are generic,
a place or brand such as 城东, 泰丰 is not).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg import gazetteer, regex_cache, regex_words, rulebook
from kg.document import Document, Mention
from kg.lexicon import lexicon_words, tokenizer, word_tag
from kg.names import strip_place

QUOTES = "“”\"'‘’《》「」『』〈〉"
# punctuation that ends a name when walking leftwards (and any space)
_PUNCT_CHARS = frozenset("，。、；：！？,.;:!?（）()《》“”‘’\"'【】[]—…·●◆■▲★☆○•/")


@dataclass(frozen=True, kw_only=True)
class BoundaryWords:
    """kg/rules/boundary.toml: the words that end a name, shared by every family."""

    # words that end a name when walking leftwards from its suffix
    words: tuple[str, ...]
    # verbs that are also parts of names: they end one only after a boundary (加快建设|X项目)
    soft: tuple[str, ...]
    # characters that never start a name (和文|旅)
    never_first: str
    # counters among `words`: they end a name only after a number (3家|X公司, not 家|纺 of X家纺项目)
    counters: str = ""
    # verbs of building that open an item of a list of works (A、扩建|B): no part of the name after them
    lead_verbs: tuple[str, ...] = ()
    # the common surnames a person's name opens with (`surnames`: read by the works and the firms alike)
    surnames: str = ""
    # ... of which the first this many (in the ranking's order) open a person's name jieba cuts in two (李|明)
    cut_surnames: int = 0
    # characters of a place, a clan or a trade that no given name holds (唐|山, 陈|村, 徐|工, 王府井, 赵州桥)
    not_given_name: str = ""


@dataclass
class Rules:
    """One family's rule file, ready to apply: its record and the boundary it walks to."""

    family: str
    record: rulebook.Family
    boundary: frozenset[str]
    # the family's `reject_patterns` joined in two: those that open with ^ (tried at the start of a
    # name only), and the rest (searched): `_rejected`
    reject_parts: tuple[re.Pattern | None, re.Pattern | None] = (None, None)

    @property
    def type(self) -> str:
        return self.record.type

    @property
    def reject(self) -> frozenset[str]:
        return self.record.reject

    @property
    def generic_core_freq(self) -> int:
        return self.record.generic_core_freq

    @property
    def suffix_rules(self) -> tuple[rulebook.SuffixRule, ...]:
        return self.record.suffix

    @property
    def pattern_rules(self) -> tuple[rulebook.PatternRule, ...]:
        return self.record.pattern


@lru_cache(maxsize=None)
def load(family: str, record: type[rulebook.Family]) -> Rules:
    """The rule file of `family` (kg/rules/<family>.toml) read into `record`, ready to apply."""
    data = rulebook.load(family, record)
    return Rules(
        family=family,
        record=data,
        boundary=frozenset(data.boundary) | frozenset(shared_boundary()),
        reject_parts=_reject_parts(data.reject_patterns),
    )


def _reject_parts(regexes) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The rejections that open with ^ joined (a name is rejected by one only if it matches at its
    start: re.match, not a search trying each character), and the others joined; all in the
    second where one refers to a group by number or name (joined apart, the numbers would change)."""
    start, rest = [], []
    for regex in regexes:
        (start if regex_words.opens_at_start(regex) else rest).append(regex)
    if any(regex_words.refers_to_a_group(r) for r in regexes):
        start, rest = [], list(regexes)
    return ((regex_cache.compile("|".join(start)) if start else None),
            (regex_cache.compile("|".join(rest)) if rest else None))


_CLAUSE = regex_cache.compile(r"[^，。；：\n]+")
MAX_CLAUSE = 400  # characters a list rule searches at once (segment.MAX_SENTENCE)


def clause_matches(regex: str, text: str, needs: str):
    """The matches of a list rule, searched only in the clauses of `text` where `needs` is found.

    A list (A、B等项目) never runs across a comma, full stop, semicolon, colon or
    line break, and it always holds its joining word and its kind (等…项目):
    a quick search for those first makes the scan several times faster. A
    clause longer than `MAX_CLAUSE` (hostile or broken input) is searched in
    pieces cut after a 、, so that a list rule's work stays linear in the text.
    """
    pieces = needed_pieces(text, needs)
    if pieces:  # (compiled only for a text that holds what the rule needs: a short report needs few)
        pattern = compiled(regex)
        for start, end in pieces:
            yield from pattern.finditer(text, start, end)


@lru_cache(maxsize=16)
def needed_pieces(text: str, needs: str) -> tuple[tuple[int, int], ...]:
    """The clause pieces of `text` (`clause_pieces`) where `needs` is found: searched once per
    document and word, not once per list rule (several rules share one)."""
    words = _plain_words(needs)
    if words is not None:
        return _pieces_holding(text, words)
    needed = compiled(needs)
    # (searched only in the pieces that hold a word every match of it spans or looks ahead at,
    # when it is one of a few words long enough to be rare: a search that ends where a piece
    # ends sees nothing after it)
    held = next(iter(regex_words.held_words(needs)), ())
    rare = 0 < len(held) <= 3 and min(map(len, held)) >= 2
    pieces = _pieces_holding(text, held) if rare else clause_pieces(text)
    return tuple((start, end) for start, end in pieces if needed.search(text, start, end))


@lru_cache(maxsize=64)
def _plain_words(needs: str) -> tuple[str, ...] | None:
    """The words of `needs` when it is only a choice between plain words (投资|签约|落户) or
    characters ([·•・]), else None."""
    chars = re.fullmatch(r"\[([^\]\\^-]+)\]", needs)
    if chars:
        return tuple(chars.group(1))
    words = tuple(needs.split("|"))
    return words if all(w and re.escape(w) == w for w in words) else None


def _pieces_holding(text: str, words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The clause pieces of `text` that hold one of `words` whole: what a search for the choice
    of them within each piece finds, from the places of the words in the whole text (str.find),
    each looked up among the pieces, instead of a search of every piece."""
    ends = regex_words.word_places(text, words)  # where a word begins -> where the shortest word there ends
    pieces, starts = clause_pieces(text), _piece_starts(text)
    found, last = [], -1
    for at in sorted(ends):
        i = bisect.bisect_right(starts, at) - 1
        if i > last and ends[at] <= pieces[i][1]:  # (a word across a piece's end is in neither piece)
            found.append(pieces[i])
            last = i
    return tuple(found)


@lru_cache(maxsize=2)
def _piece_starts(text: str) -> list[int]:
    return [start for start, _ in clause_pieces(text)]


@lru_cache(maxsize=2)
def clause_pieces(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of the clauses of `text`, long ones in pieces: cut once per document,
    not once per list rule (they are some thirty)."""
    spans = [m.span() for m in _CLAUSE.finditer(text)]
    if all(end - start <= MAX_CLAUSE for start, end in spans):
        return tuple(spans)
    return tuple(piece for start, end in spans for piece in _pieces(text, start, end))


def _pieces(text: str, start: int, end: int):
    while end - start > MAX_CLAUSE:
        cut = text.rfind("、", start + MAX_CLAUSE // 2, start + MAX_CLAUSE)
        cut = cut + 1 if cut >= 0 else start + MAX_CLAUSE
        yield start, cut
        start = cut
    yield start, end


def finditer_in_runs_before(pattern: re.Pattern, text: str, words, run: str):
    """`pattern.finditer(text)` for a pattern every match of which opens with a run of the
    characters `run` (one at least) that ends where one of `words` begins (富强美丽|平遥: a run
    of qualities before the county's name): the pattern is tried only in the runs before the
    places of the words (str.find), not at every character of the text. Each try is the
    pattern's own match at that place, as the search of the whole text makes it."""
    chars = frozenset(run)
    spans: list[list[int]] = []  # [start, end) of the runs of `chars` that end at a word's place
    for at in sorted(regex_words.word_places(text, tuple(sorted({word for word in words if word})))):
        floor = spans[-1][1] if spans else 0
        start = at
        while start > floor and text[start - 1] in chars:  # (read back no further than the last run)
            start -= 1
        if spans and start == floor:
            spans[-1][1] = at  # (the run goes on from the last one, or touches it)
        else:
            spans.append([start, at])
    end = 0  # where the last match ended: no try before it
    for start, stop in spans:
        at = max(start, end)
        while at < stop:
            m = pattern.match(text, at)
            if m is None:
                at += 1
                continue
            yield m
            at = end = max(m.end(), at + 1)


def finditer_across_quotes(pattern: re.Pattern, text: str):
    """The spans (start, end) of `text` where `pattern` matches once a quote standing alone
    between two characters is passed over: 两“山”理念 read as 两山理念. For a pattern of plain
    words, this finds what the words written with an optional quote between each two of their
    characters would (两“?山, as `one_of(QUOTES)?` wrote them), without compiling those
    quotes hundreds of times: a quote beside another quote stops a word, as there."""
    view, dropped = _lone_quotes_dropped(text)
    for m in pattern.finditer(view):
        start, last = m.start(), m.end() - 1  # (in the text: after as many dropped quotes as stood before)
        yield start + bisect.bisect_right(dropped, start), last + bisect.bisect_right(dropped, last) + 1


_QUOTE_RUN = regex_cache.compile(f"[{re.escape(QUOTES)}]+")


@lru_cache(maxsize=2)
def _lone_quotes_dropped(text: str) -> tuple[str, list[int]]:
    """`text` without its lone quotes (a run of one), and for each quote dropped, where it
    would stand in the text left (its place less the quotes dropped before it)."""
    lone = [m.start() for m in _QUOTE_RUN.finditer(text) if m.end() - m.start() == 1]
    if not lone:
        return text, []
    parts, at = [], 0
    for i in lone:
        parts.append(text[at:i])
        at = i + 1
    parts.append(text[at:])
    return "".join(parts), [i - k for k, i in enumerate(lone)]


@lru_cache(maxsize=64)
def compiled(regex: str) -> re.Pattern:
    """A rule's regex, compiled once per process (looking behind after its first character:
    `regex_words.first_char_first`)."""
    return regex_cache.compile(regex_words.first_char_first(regex))


@lru_cache(maxsize=64)
def _sieve(regex: str) -> regex_words.Prefilter | None:
    return regex_words.prefilter(regex)


def finditer_sieved(regex: str, text: str):
    """The matches of `compiled(regex).finditer(text)`, searched only around the words every match
    holds (`regex_words.prefilter`), as a pattern rule's are (`rulebook.PatternRule.finditer`)."""
    sieve = _sieve(regex)
    return sieve.finditer(lambda: compiled(regex), text) if sieve is not None else compiled(regex).finditer(text)


def finditer_choices(regex: str, text: str):
    """The matches of `compiled(regex).finditer(text)`, for a regex that is a choice of parts
    (a|b): each part is searched on its own, by the quickest means it has (its first character,
    which re skips to; the words it holds: `regex_words.prefilter`), and the matches merged as the
    choice makes them: at each place the first part that matches there, from where the last
    match ended. A regex whose parts opens with look-behinds (?<=X)[0-9]+个…|(?<=X)(?:开工|…) is
    otherwise tried at every character. The matches are the parts' own (their spans are the
    choice's; their groups are numbered within the part)."""
    parts = _choice_parts(regex)
    if parts is None:
        yield from compiled(regex).finditer(text)
        return
    searches = [_part_search(pattern, sieve, text) for pattern, sieve in parts]
    ahead = [search(0) for search in searches]
    end = 0
    while True:
        best = None
        for i, m in enumerate(ahead):
            if m is not None and m.start() < end:  # (inside the last match: look again after it)
                ahead[i] = m = searches[i](end)
            if m is not None and (best is None or m.start() < ahead[best].start()):
                best = i
        if best is None:
            return
        m = ahead[best]
        yield m
        end = m.end()


def _part_search(pattern: re.Pattern, sieve: regex_words.Prefilter | None, text: str):
    """A function giving the first match of `pattern` in `text` that starts at `pos` or after
    (`pattern.search(text, pos)`), searching only the stretches of `sieve` where it has one."""
    return sieve.searcher(pattern, text) if sieve is not None else lambda pos: pattern.search(text, pos)


@lru_cache(maxsize=64)
def _choice_parts(regex: str) -> tuple[tuple[re.Pattern, regex_words.Prefilter | None], ...] | None:
    """The parts of a regex that is a choice at its top level, each compiled (`compiled`) with its
    prefilter; None for a regex that is no choice, or whose parts cannot be searched apart (a
    reference to a group, a flag for the whole, a part that matches nothing)."""
    parts = _top_level_parts(regex)
    if len(parts) < 2 or regex_words.refers_to_a_group(regex) or re.search(r"\(\?[aiLmsux]+\)", regex):
        return None
    if not all(regex_words.least_width(part) for part in parts):  # (0, or a parse this cannot read)
        return None
    return tuple((compiled(part), regex_words.prefilter(part)) for part in parts)


def _top_level_parts(regex: str) -> list[str]:
    """`regex` cut at each | that stands outside groups and classes of characters."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1
            if regex.startswith("^", i):
                i += 1
            if regex.startswith("]", i):  # (a ] first in a class is one of its characters)
                i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    parts.append(regex[start:])
    return parts


def list_items(doc: Document, rules: Rules) -> list[Mention]:
    """Each item of a list sharing one kind word (`[list]` of a family's rules):
    抓好A、B、C3个产业园建设, 推动A、B等国家战略. Items lose the verb leading the
    list and a trailing 等, and are named without the shared word."""
    cfg = rules.record.list
    rule = rulebook.NameRule(id=cfg.id, confidence=cfg.confidence, max_length=cfg.max_item)
    # verbs that lead a list (提升A、B等园区) and are soft elsewhere (提升工程)
    leading = rules.boundary | frozenset(boundary_rules().soft)
    found = []
    for m in clause_matches(cfg.regex, doc.text, cfg.needs):
        for start, end in item_spans(m.group("items"), m.start("items")):
            start = trim_leading(doc.text, start, end, leading)
            end -= doc.text[start:end].endswith("等")
            text = clean(doc.text[start:end])
            if len(text) >= cfg.min_item and accept(rules, rule, text, None):
                found.append(Mention(rules.type, text, start, end, rule.id, rule.confidence))
    return found


def item_spans(items: str, offset: int) -> list[tuple[int, int]]:
    """The (start, end) of each part of `A、B、C`, whose first character stands at `offset`."""
    spans = []
    for part in items.split("、"):
        spans.append((offset, offset + len(part)))
        offset += len(part) + 1
    return spans


def split_items(items: str, pos: int, joined: str) -> list[tuple[int, int]]:
    """The (start, end) of each item of `A、B、C` (first character at `pos`), the first
    without the clause before it (统筹布局镇区的|基础设施), and an item cut where the regex
    `joined` finds a conjunction that starts the next one (A项目和B)."""
    spans = [(start + len(part) - len(part.lstrip()), end) for (start, end), part in zip(item_spans(items, pos), items.split("、"))]
    first = items.split("、")[0]
    start, end = spans[0]
    cut = first.rfind("的")
    if cut >= 0:
        spans[0] = (max(start, end - len(first) + cut + 1), end)
    return [piece for start, end in spans for piece in _joined_parts(items[start - pos : end - pos], start, joined)]


def _joined_parts(item: str, start: int, joined: str) -> list[tuple[int, int]]:
    bounds = [0]
    for m in compiled(joined).finditer(item):
        bounds += [m.start(), m.end()]
    bounds.append(len(item))
    return [(start + a, start + b) for a, b in zip(bounds[::2], bounds[1::2])]


def name_start(doc: Document, start: int, end: int, boundary: frozenset[str]) -> int:
    """Where a list item's name begins: after the verbs and boundary words before it (统筹|电力)."""
    return trim_leading(doc.text, _strip_leading_verb(doc, start, end, boundary), end, boundary)


def _strip_leading_verb(doc: Document, start: int, end: int, boundary: frozenset[str]) -> int:
    """Skip boundary words (实施, 推进 ...) at the start of a list item."""
    tokens = doc.tokens  # (indexed, not sliced: a slice copies the rest of the document's tokens)
    for i in range(max(0, bisect.bisect_right(tokens, (start, start)) - 1), len(tokens)):
        s, e = tokens[i]
        if e <= start:
            continue
        # a boundary word that leaves one character is part of the name (规划|馆)
        if s >= end or doc.text[max(s, start):e] not in boundary or end - e < 2:
            return max(s, start)
        start = e
    return start


@lru_cache(maxsize=1)
def soft_words() -> frozenset[str]:
    """The soft verbs (建设, 发展, 带动) that end a name's walk back."""
    return frozenset(boundary_rules().soft)


@lru_cache(maxsize=1)
def boundary_rules() -> BoundaryWords:
    return load_boundary()


def load_boundary(path=None) -> BoundaryWords:
    """kg/rules/boundary.toml (or the file at `path`), read by the rulebook and checked: `surnames` and
    `not_given_name` are Chinese characters each written once, `cut_surnames` counts some of the surnames
    (a mistake raises `RuleError` naming the file and line)."""
    path = rulebook.rule_file("boundary") if path is None else path
    data = rulebook.load("boundary", BoundaryWords, path)
    lines = rulebook.key_lines(open(path, encoding="utf-8").read())

    def fail(key: str, message: str):
        raise rulebook.RuleError(path, lines.get((key,), 1), message)

    for key in ("surnames", "not_given_name"):
        chars = getattr(data, key)
        if not _HAN_WORD.fullmatch(chars or "一"):
            fail(key, f'"{key}" should hold Chinese characters only (no space, letter or mark)')
        twice = sorted({c for c in chars if chars.count(c) > 1})
        if twice:
            fail(key, f'"{key}" lists {"".join(twice)} more than once')
    if not 0 <= data.cut_surnames <= len(data.surnames):
        fail("cut_surnames", f'"cut_surnames" should lie between 0 and the {len(data.surnames)} surnames listed')
    return data


@lru_cache(maxsize=1)
def lead_verb_re() -> re.Pattern:
    """The verbs of building that open a listed work (`lead_verbs`), one or more, at the start."""
    verbs = sorted(boundary_rules().lead_verbs, key=len, reverse=True)
    return regex_cache.compile(f"^(?:{'|'.join(map(re.escape, verbs))})+" if verbs else "(?!)")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """kg/rules/boundary.toml `surnames`: the common surnames, one set for every family."""
    return frozenset(boundary_rules().surnames)


@lru_cache(maxsize=1)
def cut_surnames() -> frozenset[str]:
    """The first `cut_surnames` of `surnames`: the commonest, which open a person's name jieba cuts in two (李|明)."""
    rules = boundary_rules()
    return frozenset(rules.surnames[: rules.cut_surnames])


def is_person(word: str) -> bool:
    """张建国: one word jieba tags as a person's name (nr), a common surname (`surnames`) and a given name of two
    characters (西路军, 洪湖 are tagged nr too, and open with no surname; a word of two, 金秋 nr, is a brand as often),
    no character of a place, a clan or a trade in the given name (`not_given_name`: 王府井, 赵州桥, 王老吉, 金龙鱼, which
    jieba tags nr too) and no place of the gazetteer (张家港)."""
    return (len(word) == 3 and word[0] in surnames() and _HAN_WORD.fullmatch(word) is not None and word_tag(word) == "nr"
            and not _given_name_not(word[1:]) and not _a_place(word))


def _given_name_not(chars: str) -> bool:
    return any(c in boundary_rules().not_given_name for c in chars)


def _a_place(word: str) -> bool:
    """A division of the gazetteer called so, by its full name (赵县) or its short name (唐山, 张家港)."""
    return (gazetteer.find_names(word) == [(0, len(word))] or word in gazetteer.short_names()
            or word in gazetteer.higher_short_names())


_HAN_WORD = regex_cache.compile("[\\u4e00-\\u9fff]+")


def person_opening(text: str, words: list[str] | None = None) -> int:
    """How many characters of `text` a person's name opens it with (0: none): one word that `is_person` (张建国|酒店),
    or one of the commonest surnames (`cut_surnames`) that jieba cuts off before a single character and a word of
    the text after them (李|明|酒店, 王|强|二期|项目), or before a given name of two characters that is the whole
    text and no word of jieba's (赵|立|平, 吴|立国); the given name holds no place's, clan's or trade's character
    (`not_given_name`: 陈|村, 宋|城, 徐|工) and the name is no place of the gazetteer (唐|山, 赵|县)."""
    words = tokenizer().lcut(text, HMM=False) if words is None else words  # (jieba's cut of `text`, if the caller has it)
    if not words:
        return 0
    if is_person(words[0]):
        return len(words[0])
    if words[0] not in cut_surnames() or len(words) < 2 or not _HAN_WORD.fullmatch("".join(words[:3])):
        return 0
    if (len(words) >= 3 and len(words[1]) == 1 and len(words[2]) > 1 and not _given_name_not(words[1])
            and not _a_place(words[0] + words[1])):
        return 2  # (李|明|二期|项目: a given name of one character, and the work's words after it)
    given = "".join(words[1:])
    if (len(text) == 3 and len(given) == 2 and len(words) <= 3 and not _given_name_not(given) and not _a_place(text)
            and word_tag(text) is None):
        return 3  # (赵|立|平, 吴|立国 on their own: a given name of two characters, no word of jieba's whole)
    return 0


def shared_boundary() -> tuple[str, ...]:
    return boundary_rules().words


def find(doc: Document, rules: Rules) -> list[Mention]:
    found: list[Mention] = []
    text = doc.text
    for rule in rules.suffix_rules:
        verbs_inside = rules.record.verbs_inside_names if rule.verbs_inside_names is None else rule.verbs_inside_names
        # (the family's boundary, not one fixed at load: project.py narrows it)
        boundary = rules.boundary - rule.inside_words if rule.inside_words else rules.boundary
        for m in rule.finder.finditer(text):
            if _quoted_alone(text, m.start(), m.end()):
                continue  # 建设商贸物流“集聚区”: the kind word quoted on its own is a figure of speech
            budget = min(rule.max_length - len(m.group()), rule.max_core)
            start = extend_left(doc, m.start(), budget, boundary, rule.name_ends, verbs_inside)
            _add(found, doc, rules, rule, start, m.end(), core_end=m.start())
            if rule.actor_context:
                _add_after_actor_verb(found, doc, rules, rule, m)
    for rule in rules.pattern_rules:
        # `needs`: a word every match holds; a document without it is not searched
        if rule.needs and rule.needs not in doc.text:
            continue
        for m in rule.finditer(doc.text):  # (only around the words its matches hold: regex_words.prefilter)
            _add(found, doc, rules, rule, m.start("name"), m.end("name"), core_end=None)
    return found


def _add(found, doc, rules, rule, start, end, core_end) -> None:
    # a pattern that spells its name's first word (以X为中心) keeps it, and so does a
    # name its quotes delimit (“扩大X、丰富Y”: 扩大 is the line's own word)
    if not getattr(rule, "whole", False) and doc.text[start - 1 : start] != "“":
        start = trim_leading(doc.text, _quoted_start(doc.text, start, end), end, rules.boundary)
    if rule.precede and not _preceded(doc.text, start, rule.precede, 40):
        return
    if rule.not_precede and _preceded(doc.text, start, rule.not_precede, rule.not_precede_window):
        return  # 3个|万亩农业园区: a count before the name makes it a kind
    text = clean(doc.text[start:end])
    rare = rule.core_not_in_dictionary
    actor_context = getattr(rule, "actor_context", None)
    event_follow = getattr(rule, "event_follow", None)
    descriptor = getattr(rule, "descriptor_context", None)
    if actor_context and _preceded(doc.text, start, actor_context):
        rare = rule.actor_core_not_in_dictionary
    elif descriptor and _preceded(doc.text, start, descriptor):
        rare = rule.descriptor_core_not_in_dictionary
        rule = _variant(rule, generic_core=False)
    elif event_follow and compiled(event_follow).match(doc.text[end : end + 6]):
        rare = rule.event_core_not_in_dictionary
        rule = _variant(rule, generic_core=False)
    elif getattr(rule, "firms_follow", None) and compiled(rule.firms_follow).match(doc.text[end : end + 6]):
        rare = rule.firms_core_not_in_dictionary
    # (a phase after the name admits proper names whatever the context before it: 。X新能源一期)
    if getattr(rule, "proper_follow", None) and compiled(rule.proper_follow).match(doc.text[end : end + 6]):
        rule = _variant(rule, core_proper_freq=rule.proper_follow_freq, generic_core=False)
    core = doc.text[start:core_end] if core_end else None
    if core and core == _own_county(doc):
        rule = _variant(rule, generic_core=False)  # the county's own name is no everyday word (石首|高新区)
    if not text or not accept(rules, rule, text, core, rare):
        return
    found.append(Mention(rules.type, text, start, end, rule.id, rule.confidence))


_VARIANTS: dict[tuple, tuple] = {}


def _variant(rule, **changes):
    """`replace(rule, **changes)`, made once per rule and changes (a rule record is frozen)."""
    key = (id(rule), *sorted(changes.items()))
    made = _VARIANTS.get(key)
    if made is None or made[0] is not rule:  # (the rule itself is kept, so that its id is not reused)
        made = _VARIANTS[key] = (rule, replace(rule, **changes))
    return made[1]


def own_county(doc: Document) -> gazetteer.Division | None:
    """The document's county (from its manifest row or found in its text), if known."""
    code = doc.meta.get("county_code")
    return gazetteer.by_code(code) if code else None


def _own_county(doc: Document) -> str | None:
    """The short name of the document's county, if known."""
    county = own_county(doc)
    return county.short if county is not None else None


def _quoted_alone(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] == "“" and text.startswith("”", end)


def _quoted_start(text: str, start: int, end: int) -> int:
    """联网应用“X工程”: a name that ends where its closing quote stands begins at the
    opening quote when a verb stands before it (the sentence's words, not the name's), or
    when the words before it are the last item of a list (A、B“两大行动”: the list's name);
    城市文明“X工程” keeps its noun."""
    if text.startswith("”", end):
        opening = text.rfind("“", start, end)
        if opening > start and "”" not in text[opening:end] and (
                text[start - 1 : start] == "、" or _ends_in_verb(text[start:opening])):
            return opening + 1
    return start


def _ends_in_verb(words: str) -> bool:
    last = tokenizer().lcut(words, HMM=False)[-1]
    return (word_tag(last) or "").startswith("v")


def _add_after_actor_verb(found, doc, rules, rule, m) -> None:
    """依托泰新|机床: right after a verb that makes it an actor, the brand runs back to that verb,
    even across a character jieba takes for a word of its own (新, 如)."""
    lo = max(0, m.start() - rule.max_core - 4)
    hit = _actor_brand_re(rule.actor_context, rule.min_core, rule.max_core).search(doc.text, lo, m.start())
    if hit:
        _add(found, doc, rules, rule, hit.start("brand"), m.end(), core_end=m.start())


@lru_cache(maxsize=64)
def _actor_brand_re(context: str, least: int, most: int) -> re.Pattern:
    return regex_cache.compile(f"(?:{context})(?P<brand>[\u4e00-\u9fff]{{{least},{most}}})$")


@lru_cache(maxsize=64)
def _context_re(context: str) -> re.Pattern:
    return regex_cache.compile(f"(?:{context})$")


def _preceded(text: str, start: int, context: str, window: int = 8) -> bool:
    """Whether `context` (a regex) ends right where the name starts (依托|恒泰机床)."""
    return bool(_context_re(context).search(text, max(0, start - window), start))


def accept(rules: Rules, rule: rulebook.NameRule, text: str, core: str | None, rare: int | None = None) -> bool:
    """Whether `text` passes the family's rejections and the limits of `rule`
    (`rulebook.ANY_NAME`: only the family's rejections)."""
    if len(text) < rule.min_length or len(text) > rule.max_length:
        return False
    if rule.family_rejects and (text in rules.reject or _rejected(rules, text)):
        return False
    if rule.core_requires and not regex_cache.compile(rule.core_requires).search(text):
        return False
    if core is not None:
        core = clean(core)
        if not rule.min_core <= len(core) <= rule.max_core or core in rules.reject:
            return False
        if rule.generic_core and rules.generic_core_freq and is_common_word(core, rules.generic_core_freq) \
                and not (rule.place_core_proper and _higher_place(core) and _a_word_of(text, core)):
            return False
        if rule.core_not_tags and word_tag(core) in rule.core_not_tags:
            return False  # 洽谈|项目: what one does to works, not a work
        if rule.core_not_place and not strip_place(core):
            return False  # 湖南行动, 岳阳发展战略: a place is not the name of a line
        rare = rare or rule.core_not_in_dictionary
        proper = (rule.core_proper_tags, rule.core_proper_freq)
        if rare and not is_brand(core, rules.boundary, int(rare), proper):
            return False
    return True


def _higher_place(name: str) -> bool:
    """温州, 重庆市: a province's or a prefecture's name alone, short or full (not a county-level name
    such as 城区, 郊区, 矿区, which are everyday words as well)."""
    return name in gazetteer.higher_short_names() or name[-1:] in "省市" and name[:-1] in gazetteer.higher_short_names()


def _a_word_of(text: str, core: str) -> bool:
    """Whether `core` opens `text` as a word of its own (温州|经开区), or the whole name is one word of
    jieba's (苏州工业园区, a zone it knows), not fused with the kind's first characters into an everyday
    phrase (朝阳产业|园区: a sunrise industry, no city's zone)."""
    first = tokenizer().lcut(text, HMM=False)[0]
    return first == core or first == text


def _rejected(rules: Rules, text: str) -> bool:
    """Whether a reject pattern of the family finds `text` (as a search of them all joined by | would)."""
    start, rest = rules.reject_parts
    return bool(start and start.match(text) or rest and rest.search(text))


def extend_left(doc: Document, start: int, budget: int, boundary: frozenset[str], suffixes=(), verbs_inside=False) -> int:
    """The start of the name whose last part begins at `start`: tokens leftwards until a boundary.

    A boundary is punctuation, a boundary word, another occurrence of one of
    the rule's suffixes (项目 ... 项目: two names), or a soft verb (建设, 改造)
    whose own left neighbour is a boundary (加快建设 | 管网 | 项目).
    """
    tokens = doc.tokens
    i = bisect.bisect_left(tokens, (start, start)) - 1
    sentence = doc.sentences[doc.sentence_at(start)] if doc.sentences else None
    floor = max(start - budget, sentence.start if sentence else 0)
    soft = soft_words()
    begin = start
    while i >= 0:
        s, e = tokens[i]
        if begin == start and s < start < e:
            e = start  # jieba joined the name's last character to the suffix (商大|行动): cut it
        if e != begin or s < floor:
            break
        word = doc.text[s:e]
        if word in QUOTES:  # quotes inside a name (超硬材料“双创”示范基地) are dropped by clean()
            begin = s
            i -= 1
            continue
        if (word in boundary and not _counter_without_number(doc.text, s, word)) or _stops(word) or word in suffixes \
                or _split_boundary(doc.text, s, e, boundary):
            break
        if word in soft and (not verbs_inside or i == 0 or _is_boundary(doc, tokens[i - 1], s, boundary)):
            break
        begin = s
        i -= 1
    return begin


_NUMERAL_BEFORE = regex_cache.compile(r"[\d一二三四五六七八九十两百千万几多余数]$")


def _counter_without_number(text: str, start: int, word: str) -> bool:
    """家 of 家|纺 is no counter: a counter ends a name only right after a number (3家|X公司)."""
    return len(word) == 1 and word in boundary_rules().counters and not _NUMERAL_BEFORE.search(text, max(0, start - 1), start)


def trim_leading(text: str, start: int, end: int, boundary: frozenset[str]) -> int:
    """Skip what cannot begin a name: connectors (和文|旅 left by jieba) and boundary words (做强|介休)."""
    never_first = boundary_rules().never_first
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in never_first:
            start, changed = start + 1, True
        for n in (4, 3, 2):
            # ... unless the word goes on (服务|业提质… is 服务业, not 服务)
            if end - start > n + 2 and text[start : start + n] in boundary and not _word_goes_on(text, start, n):
                start, changed = start + n, True
                break
    return start


def _word_goes_on(text: str, start: int, n: int) -> bool:
    # a place suffix after the verb makes a word only by accident (新建|县医院)
    if text[start + n] in "县市区镇乡村":
        return False
    # a word one character longer (服务业), or a domain term of our own lexicon (高标准农田)
    return tokenizer().FREQ.get(text[start : start + n + 1], 0) > 0 or any(
        text[start : start + n + k] in domain_terms() for k in (2, 3, 4))


@lru_cache(maxsize=1)
def domain_terms() -> frozenset[str]:
    """The words of the project's own lexicon (kg/rules/lexicon.txt: 高标准农田, 集中供热)."""
    return frozenset(word for word, _, _ in lexicon_words())


def _split_boundary(text: str, s: int, e: int, boundary: frozenset[str]) -> bool:
    """A boundary word jieba cut in pieces (更|多, 打|好) that ends with this token."""
    if e - s >= 3:
        return False
    for n in range(e - s + 1, min(e, 4) + 1):  # (a loop: asked for most tokens a name walks over)
        if text[e - n : e] in boundary:
            return True
    return False


def _stops(word: str) -> bool:
    first = word[:1]
    return bool(first) and (first in _PUNCT_CHARS or first.isspace()) or word.isdigit() and len(word) < 2


def _is_boundary(doc, token, begin, boundary) -> bool:
    s, e = token
    word = doc.text[s:e]
    return e != begin or word in boundary or _stops(word)


def is_common_word(text: str, threshold: int) -> bool:
    """True for an everyday word (工业, 重点, 现代农业): too generic to name one thing."""
    return tokenizer().FREQ.get(text, 0) >= threshold


def is_brand(core: str, boundary: frozenset[str], rare: int = 1, proper=(frozenset(), 0)) -> bool:
    """A coined trade name (晋鑫, 泰丰), after any place prefix (山西康宁 -> 康宁):
    no boundary word inside, and no word jieba has seen `rare` times or more
    (精细, 低压 are everyday words; a brand such as 泰丰 is rare in jieba's corpus),
    unless it tags it as a proper name (`proper`: tags, and fewer times than: 恒瑞 nz)."""
    if core in boundary:
        return False  # 插上|科技“翅膀”: a verb, not a brand
    core = strip_place(core) or core
    words = _words(core)
    if any(w in boundary for w in words):
        return False
    tags, least = proper
    return not any(is_common_word(w, rare) and not (word_tag(w) in tags and not is_common_word(w, least)) for w in words)


def _words(text: str) -> list[str]:
    return [w for w in tokenizer().lcut(text, HMM=False) if len(w) > 1]


def clean(text: str) -> str:
    """The guideline surface form: no whitespace, no quotes or book-title marks; a bracket
    at either end goes unless the name holds its pair (209国道(甲至乙段), X工厂(一期))."""
    text = _SPACES.sub("", text).translate(_NO_QUOTES)
    text = text.strip(_END_MARKS)
    if not text or text[0] not in _BRACKETS and text[-1] not in _BRACKETS:
        return text
    before = None
    while text != before:
        before = text
        text = text.strip(_END_MARKS)
        opened, closed = len(re.findall("[(（]", text)), len(re.findall("[)）]", text))
        if text[-1:] in (")", "）") and (closed > opened or _wrapped(text)):
            text = text[1:-1] if closed == opened else text[:-1]
        elif text[:1] in ("(", "（") and opened > closed:
            text = text[1:]
    return text


_END_MARKS = "、，,：:；;。-—*＊#★●"
_SPACES = regex_cache.compile(r"\s+")
_NO_QUOTES = str.maketrans("", "", QUOTES)
_BRACKETS = "()（）"


def _wrapped(text: str) -> bool:
    """(X): the bracket that opens the text closes it, and only there."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth == 0:
            return i == len(text) - 1 and text[0] in "(（"
    return False
