"""recognize: the families' mentions merged, one reading per name."""
from kg.document import Mention
from kg.recognize import one_type_per_name, outermost

from conftest import names, process_text


def mention(type_, text, start=0):
    return Mention(type_, text, start, start + len(text), "t", 0.7)


def test_a_programme_is_a_line_not_a_work():
    kept = one_type_per_name([mention("Project", "平安乡村工程"), mention("Strategy", "平安乡村工程", 20)])
    assert [(m.type, m.text) for m in kept] == [("Strategy", "平安乡村工程")]


def test_a_work_named_after_a_line_with_its_kind_word_is_that_line():
    kept = one_type_per_name([mention("Project", "煤改气工程"), mention("Strategy", "煤改气", 10)])
    assert [m.type for m in kept] == ["Strategy"]


def test_a_zone_is_a_park_but_its_construction_project_stays_a_work():
    kept = one_type_per_name([mention("Project", "农产品物流中心"), mention("Park", "农产品物流中心", 9),
                              mention("Project", "农产品物流中心建设项目", 30)])
    assert {(m.type, m.text) for m in kept} == {("Park", "农产品物流中心"), ("Project", "农产品物流中心建设项目")}


def test_the_longer_name_of_one_type_wins():
    kept = outermost([mention("Strategy", "乡村振兴战略"), mention("Strategy", "乡村振兴")])
    assert [m.text for m in kept] == ["乡村振兴战略"]


def test_in_a_sentence_the_revolution_is_a_line_only():
    doc = process_text("深入推进厕所革命。实施厕所革命、污水治理等工程。")
    assert "厕所革命" in names(doc, "Strategy")
    assert "厕所革命" not in names(doc, "Project")


def test_clean_keeps_a_bracket_whose_pair_the_name_holds():
    from kg.recognize.patterns import clean

    assert clean("华丰工厂(一期)") == "华丰工厂(一期)"
    assert clean("、G208国道（甲镇至乙镇段）。") == "G208国道（甲镇至乙镇段）"
    assert clean("X项目)") == "X项目"
    assert clean("(X项目") == "X项目"
    assert clean("（X项目）") == "X项目"


def test_a_name_found_twice_keeps_what_each_rule_learned_whatever_other_types_lie_between():
    line = Mention("Strategy", "乡村振兴", 0, 4, "national", 0.8, attrs={"known_as": "乡村振兴战略"})
    work = Mention("Project", "乡村振兴", 0, 4, "list", 0.7)
    member = Mention("Strategy", "乡村振兴", 0, 4, "member", 0.7, attrs={"framework": "十大工程", "member": 9})
    kept = outermost([work, member, line])
    strategies = [m for m in kept if m.type == "Strategy"]
    assert len(strategies) == 1 and strategies[0].attrs["framework"] == "十大工程"
    assert strategies[0].attrs["known_as"] == "乡村振兴战略"


def test_clean_drops_spaces_quotes_and_end_marks_as_before():
    from kg.recognize.patterns import clean

    assert clean(" “晋鑫\u3000钢铁”项目， ") == "晋鑫钢铁项目"
    assert clean("《平遥古城》「保护」『工程』〈一期〉") == "平遥古城保护工程一期"
    assert clean("(209国道(甲至乙段))") == "209国道(甲至乙段)"
    assert clean("X工厂(一期）") == "X工厂(一期）"


def test_a_rule_variant_is_made_once_and_follows_its_rule():
    from kg import rulebook
    from kg.recognize.patterns import _variant

    rule = rulebook.SuffixRule(id="t.a", suffixes=("项目",))
    other = rulebook.SuffixRule(id="t.b", suffixes=("工程",))
    assert _variant(rule, generic_core=False) is _variant(rule, generic_core=False)
    assert _variant(rule, generic_core=False).id == "t.a" and not _variant(rule, generic_core=False).generic_core
    assert _variant(other, generic_core=False).id == "t.b"


def test_clauses_holding_plain_words_are_those_a_regex_search_finds():
    # the pieces a choice of plain words picks (found by str.find over the whole text) are the
    # pieces in which re finds the choice: words cut by a piece's end, overlapping, repeated
    import random
    import re

    from kg.recognize import patterns

    rng = random.Random(7)
    long_clause = "投" * 400 + "资" + "签约落户" * 30  # cut after 400 characters: 投|资 is split
    texts = [long_clause, "落户，投资。签约落户、入驻；投资投资\n等", ""]
    texts += ["".join(rng.choice("投资签约落户等，。、；项目") for _ in range(2000)) for _ in range(20)]
    for needs in ("投资|签约|落户", "等", "签约|签约落户|约落", "投资投资|资投"):
        assert patterns._plain_words(needs) is not None
        for text in texts:
            pieces = patterns.clause_pieces(text)
            expected = tuple(p for p in pieces if re.search(needs, text[p[0] : p[1]]))
            assert patterns.needed_pieces(text, needs) == expected
    assert patterns.needed_pieces(long_clause, "投资") == ()
    # a regex that is more than plain words is searched as before
    assert patterns._plain_words("、[^，。；：\\n]*(?:园|区)") is None
    assert patterns._plain_words("为(?:龙头|引领)") is None


def test_a_list_rule_is_compiled_only_for_a_text_that_holds_what_it_needs():
    # a list rule's regex is compiled at the first text with a clause holding its needed words:
    # a build whose texts have none never compiles it (a short report needs few of the rules)
    from kg.recognize import patterns

    regex = "(?P<items>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)等罕见词测试"
    before = patterns.compiled.cache_info().misses
    assert list(patterns.clause_matches(regex, "甲乙、丙丁等项目，戊己。", "罕见词测试")) == []
    assert patterns.compiled.cache_info().misses == before
    found = list(patterns.clause_matches(regex, "甲乙、丙丁等罕见词测试。", "罕见词测试"))
    assert [m["items"] for m in found] == ["甲乙、丙丁"] and patterns.compiled.cache_info().misses == before + 1


def test_clauses_a_regex_needs_are_searched_only_where_a_word_it_holds_stands():
    # a regex that is more than plain words is searched in the pieces holding a word each of its
    # matches spans or looks ahead at (a class of characters is a choice of them): the same pieces
    # as the search of every piece finds
    import random
    import re

    from kg.recognize import patterns

    assert patterns._plain_words("[·•・]") == ("·", "•", "・")
    rng = random.Random(3)
    alphabet = "、，。；：\n等个两二3项目工程园区基地为龙头引领战略签约·•・甲乙"
    texts = ["甲乙、丙园区，等三大战略。", "", "为龙头", "、" * 500 + "园"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.choice((20, 900)))) for _ in range(40)]
    for needs in ("[·•・]", "、[^，。；：\\n]*(?:园|区|基地)", "(?:等|\\d个|[两二]个)[^，。；\\n]*(?:项目|工程)",
                  "等|为(?:龙头|引领)", "、[^，。；：\\n]*等[^，。；：\\n]{0,8}战略", "项目(?=[^，]{0,3}签约)", "(?<=签约)甲|乙"):
        needed = re.compile(needs)
        for text in texts:
            expected = tuple(p for p in patterns.clause_pieces(text) if needed.search(text, *p))
            assert patterns.needed_pieces(text, needs) == expected, (needs, text)


def test_a_family_rejects_the_names_its_joined_reject_patterns_find():
    # the patterns that open with ^ are tried at a name's start only, the rest searched: the same
    # names rejected as by the search of all of them joined, for every family's patterns
    import random
    import re

    from kg.recognize import enterprise, park, patterns, project, strategy

    rng = random.Random(5)
    for rules in (enterprise.rules(), park.rules(), project._rules(), strategy.rules()):
        start, rest = rules.reject_parts
        assert start is not None and rest is not None
        joined = re.compile("|".join(rules.record.reject_patterns))
        words = [p for regex in rules.record.reject_patterns for p in re.findall(r"[\u4e00-\u9fff]{2,}", regex)]
        pieces = words + list("县工程项目1二期、+") + ["甲乙", "丙"]
        names = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(3000)]
        for name in names + words:
            assert patterns._rejected(rules, name) == bool(joined.search(name)), name
    # a pattern that refers to a group keeps all in one (the numbers of the groups stay as joined)
    assert patterns._reject_parts(["^(甲)\\1", "乙$"])[0] is None
    assert patterns._reject_parts(["^甲|乙", "^丙"])[0].pattern == "^丙"


def test_a_choice_searched_part_by_part_finds_what_its_whole_search_finds():
    # each part of a regex that is a choice (a|b) searched on its own, the matches merged: the same
    # spans as the search of the whole, for rule regexes and for parts that open alike or overlap
    import random
    import re
    from pathlib import Path

    from kg.recognize import enterprise, patterns

    cfg = enterprise.rules().record.actor
    regexes = [cfg.work_list_bare_tail, "甲乙|甲", "甲|甲乙", "(?<=[甲乙])丙+|丙丁", "[|]甲|(?:乙|丙)丁", "丙(?=丁)|[乙丙]{2}",
               "(?<![甲])乙{1,3}丙|乙丙丁|丁(?!甲)"]
    assert patterns._top_level_parts("[|]甲|(?:乙|丙)丁") == ["[|]甲", "(?:乙|丙)丁"]
    assert patterns._top_level_parts("a\\|b|[]|]c") == ["a\\|b", "[]|]c"]
    assert patterns._choice_parts("甲(乙)\\1|丙") is None and patterns._choice_parts("甲|乙?") is None
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    rng = random.Random(4)
    texts += ["".join(rng.choice("甲乙丙丁、项目个3三开工已全面，") for _ in range(rng.choice((5, 80, 600)))) for _ in range(300)]
    for regex in regexes:
        assert patterns._choice_parts(regex) is not None, regex
        whole = re.compile(regex)
        for text in texts:
            assert [m.span() for m in patterns.finditer_choices(regex, text)] == [m.span() for m in whole.finditer(text)], regex
