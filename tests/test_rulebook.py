"""The rule files are read into typed records; a mistake in one is named by file, line and key."""
import re
import tomllib
from pathlib import Path

import pytest

from kg import amount, link, names, normalize, regex_words, rulebook
from kg.recognize import county, enterprise, park, patterns, project, repeat, strategy
from kg.relate import project as relate_project
from kg.relate import sector, status

RULES = Path(rulebook.rule_file("park")).parent

# every rule file and the function of the stage that reads it
READERS = {
    "amount": amount.rules,
    "boundary": patterns.boundary_rules,
    "county": county.rules,
    "enterprise": enterprise.rules,
    "link": link.rules,
    "names": names.rules,
    "normalize": normalize.rules,
    "park": park.rules,
    "project": project._rules,
    "relate": relate_project.rules,
    "repeat": repeat.rules,
    "sector": sector.rules,
    "status": status.rules,
    "strategy": strategy.rules,
}


def test_every_rule_file_is_read_into_its_record():
    assert {p.stem for p in RULES.glob("*.toml")} == set(READERS)
    for name, read in READERS.items():
        record = read()
        record = getattr(record, "record", record)  # a family's rules hold their record
        assert type(record).__dataclass_fields__, name


def test_every_key_of_every_rule_file_is_found_on_its_line():
    for path in sorted(RULES.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        found = rulebook.key_lines(text)
        for key_path in _key_paths(tomllib.loads(text)):
            assert key_path in found, (path.name, key_path)
            line = lines[found[key_path] - 1].lstrip()
            assert line.startswith((key_path[-1], f'"{key_path[-1]}"')), (path.name, key_path, line)


def _key_paths(table: dict, prefix: tuple = ()):
    """The path of every key a table sets, into tables and arrays of tables (not inline values)."""
    for key, value in table.items():
        if isinstance(value, dict) and not _inline(value):
            yield from _key_paths(value, prefix + (key,))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, element in enumerate(value):
                yield from _key_paths(element, prefix + (key, i))
        else:
            yield prefix + (key,)


def _inline(value: dict) -> bool:
    # the inline tables of the rule files map words to values (units, kinds, bare park words)
    return all(not isinstance(v, (dict, list)) for v in value.values()) and any(not k.isascii() for k in value)


def _misspelt(tmp_path, name: str, old: str, new: str) -> tuple[Path, int]:
    """A copy of a rule file with the key `old` written `new` once, and the line of it."""
    text = rulebook.rule_file(name).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if re.match(rf"{re.escape(old)}\s*=", line))
    lines[n] = lines[n].replace(old, new, 1)
    path = tmp_path / f"{name}.toml"
    path.write_text("".join(lines), encoding="utf-8")
    return path, n + 1


def test_a_misspelt_key_of_a_rule_names_file_line_and_key(tmp_path):
    path, line = _misspelt(tmp_path, "park", "not_precede", "not_preceed")
    with pytest.raises(rulebook.RuleError) as err:
        rulebook.load("park", park.ParkRules, path)
    assert f'{path.name}:{line}: unknown key "not_preceed" in [[suffix]] 1 (park.zone-suffix)' in str(err.value)
    assert 'did you mean "not_precede"' in str(err.value)
    assert (err.value.file, err.value.line) == (str(path), line)


def test_a_misspelt_key_in_a_later_rule_and_after_long_lists(tmp_path):
    # the third [[suffix]] of enterprise.toml comes after lists of words and regexes full of brackets
    path, line = _misspelt(tmp_path, "enterprise", "follow", "folow")
    with pytest.raises(rulebook.RuleError, match=rf'{re.escape(path.name)}:{line}: unknown key "folow" in \[\[suffix\]\] 2 \(enterprise.trade-name\)'):
        rulebook.load("enterprise", enterprise.EnterpriseRules, path)


def test_a_misspelt_window_of_the_enterprise_actor_rules_names_file_line_and_key(tmp_path):
    # the windows of amount-led and sibling works are fields of [actor], checked like the others
    for key, typo in (("amount_led_reach", "amount_led_rech"), ("sibling_opened_within", "sibling_opened_whitin")):
        path, line = _misspelt(tmp_path, "enterprise", key, typo)
        with pytest.raises(rulebook.RuleError, match=rf'{re.escape(path.name)}:{line}: unknown key "{typo}" in \[actor\]'):
            rulebook.load("enterprise", enterprise.EnterpriseRules, path)


def test_a_misspelt_key_at_the_top_and_in_a_nested_table(tmp_path):
    path, line = _misspelt(tmp_path, "project", "generic_core_freq", "generic_core_frq")
    with pytest.raises(rulebook.RuleError, match=rf':{line}: unknown key "generic_core_frq" in the top table'):
        rulebook.load("project", project.ProjectRules, path)
    path, line = _misspelt(tmp_path, "relate", "max_offset", "max_ofset")
    with pytest.raises(rulebook.RuleError, match=rf':{line}: unknown key "max_ofset" in \[located_in_park.topic\]'):
        rulebook.load("relate", relate_project.RelateRules, path)


def test_a_missing_key_a_wrong_type_and_a_bad_regex_are_named(tmp_path):
    path = tmp_path / "repeat.toml"
    path.write_text('id = "r"\nconfidence = 0.6\ntypes = ["Park"]\n', encoding="utf-8")
    with pytest.raises(rulebook.RuleError, match=r':1: the top table lacks the key "min_length"'):
        rulebook.load("repeat", repeat.RepeatRules, path)
    path.write_text('id = "r"\nconfidence = 0.6\ntypes = "Park"\nmin_length = 3\n', encoding="utf-8")
    with pytest.raises(rulebook.RuleError, match=r':3: "types" should be a list, not a string'):
        rulebook.load("repeat", repeat.RepeatRules, path)
    path = tmp_path / "county.toml"
    text = rulebook.rule_file("county").read_text(encoding="utf-8")
    path.write_text(re.sub(r"short_name_follow = .*", "short_name_follow = '[和与'", text), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("short_name_follow = '[和与'") + 1
    with pytest.raises(rulebook.RuleError, match=rf':{line}: "short_name_follow" is not a valid regex'):
        rulebook.load("county", county.CountyRules, path)


def test_a_file_that_is_not_toml_is_named_with_its_line(tmp_path):
    path = tmp_path / "repeat.toml"
    path.write_text('id = "r"\nconfidence = = 0.6\n', encoding="utf-8")
    with pytest.raises(rulebook.RuleError, match=rf"{re.escape(path.name)}:2: not valid TOML"):
        rulebook.load("repeat", repeat.RepeatRules, path)


def test_a_long_regex_is_written_as_a_list_of_pieces_and_choices():
    assert rulebook.join_regex("a|b") == "a|b"
    assert rulebook.join_regex(["(?<!x)", "“(?P<name>", ["甲", "乙", ["丙", "丁?"]], ")”"]) == "(?<!x)“(?P<name>(?:甲|乙|丙丁?))”"


def test_the_file_is_named_as_the_user_finds_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rules").mkdir()
    path, line = _misspelt(tmp_path / "rules", "repeat", "min_length", "min_lenght")
    with pytest.raises(rulebook.RuleError, match=rf'^rules/repeat.toml:{line}: unknown key "min_lenght"'):
        rulebook.load("repeat", repeat.RepeatRules, path)


def test_a_users_rule_file_is_read_the_same_way(tmp_path):
    text = rulebook.rule_file("park").read_text(encoding="utf-8")
    path = tmp_path / "my-park.toml"
    path.write_text(text.replace('"物流商贸城",', '"物流商贸城", "农创园",'), encoding="utf-8")
    mine = rulebook.load("park", park.ParkRules, path)
    assert "农创园" in mine.suffix[0].suffixes
    assert "农创园" not in park.rules().suffix_rules[0].suffixes


def test_no_rule_id_is_tested_in_python():
    """What a rule does is a field of the rule: no code asks which rule found a name."""
    id_test = re.compile(r"""\.rule\s*[!=]=|\.rule\.startswith|\.id\s*[!=]=\s*["']|\[["']id["']\]\s*[!=]=|[!=]=\s*["'](?:county|enterprise|park|project|strategy|link|relate)\.""")
    package = Path(rulebook.__file__).parent
    found = [f"{path.relative_to(package)}:{n}" for path in package.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if id_test.search(line)]
    assert found == []


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """An empty cache folder of the user's, and a fresh memory of the regexes known valid."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rulebook._valid_regexes.cache_clear()
    rulebook._remembered.clear()
    yield tmp_path / "cache" / "county-kg"
    rulebook._valid_regexes.cache_clear()
    rulebook._remembered.clear()


def _compiles_while(monkeypatch, load) -> list[str]:
    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags))
    load()
    monkeypatch.setattr(re, "compile", real)
    return compiled


def test_a_regex_that_compiled_once_is_not_compiled_again_to_be_checked(own_cache, monkeypatch):
    """Reading a rule file checks each regex by compiling it; the digests of those that compiled
    are kept in the cache folder (by Python version), and a later reading skips them."""
    first = _compiles_while(monkeypatch, lambda: rulebook.load("county", county.CountyRules))
    assert first  # the county rules hold regexes, all compiled to be checked
    [kept] = own_cache.glob("valid-regexes-*.txt")
    assert len(kept.read_text(encoding="ascii").split()) >= len(set(first))
    rulebook._valid_regexes.cache_clear()  # as in a new process
    rulebook._remembered.clear()
    assert _compiles_while(monkeypatch, lambda: rulebook.load("county", county.CountyRules)) == []


def test_a_bad_regex_is_named_every_time_and_never_remembered(own_cache, tmp_path):
    path = tmp_path / "county.toml"
    text = rulebook.rule_file("county").read_text(encoding="utf-8")
    path.write_text(re.sub(r"short_name_follow = .*", "short_name_follow = '[和与'", text), encoding="utf-8")
    rulebook.load("county", county.CountyRules)  # the shipped file: its regexes are remembered
    for _ in range(2):
        rulebook._valid_regexes.cache_clear()
        rulebook._remembered.clear()
        with pytest.raises(rulebook.RuleError, match=r'"short_name_follow" is not a valid regex'):
            rulebook.load("county", county.CountyRules, path)
    assert rulebook.regex_problem("[和与") and not rulebook.regex_problem("[和与]")


def test_one_of_matches_exactly_the_characters_given():
    """regex_words.one_of: a class of characters written as a choice of small classes (quicker to
    compile), matching the same characters as [chars] and nothing else."""
    for chars in ("“”\"'‘’《》「」『』〈〉", "abc", "“”", "甲丙乙", "-]^\\"):
        pattern = re.compile(regex_words.one_of(chars))
        matched = {chr(i) for i in range(0x10000) if pattern.fullmatch(chr(i))}
        assert matched == set(chars), chars


def test_a_rule_file_is_parsed_once_and_again_when_its_text_changes(own_cache, tmp_path, monkeypatch):
    """What tomllib made of a rule file is kept (JSON, in the cache folder, by the text's digest):
    a later reading of the same text gives the same record without tomllib; an edited file
    is parsed anew, its mistakes named as before."""
    path = tmp_path / "county.toml"
    text = rulebook.rule_file("county").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = rulebook.load("county", county.CountyRules, path)
    assert len(list(own_cache.glob("rules-county-*.json"))) == 1

    def no_toml(_text):
        raise AssertionError("parsed again")

    with monkeypatch.context() as patched:
        patched.setattr(tomllib, "loads", no_toml)
        assert rulebook.load("county", county.CountyRules, path) == first
    path.write_text(text.replace("short_name_follow =", "short_name_folow ="), encoding="utf-8")
    with pytest.raises(rulebook.RuleError, match=r'unknown key "short_name_folow"'):
        rulebook.load("county", county.CountyRules, path)
    path.write_text(text + "\n[[", encoding="utf-8")
    with pytest.raises(rulebook.RuleError, match="not valid TOML"):
        rulebook.load("county", county.CountyRules, path)
    path.write_text(text, encoding="utf-8")
    assert rulebook.load("county", county.CountyRules, path) == first
    assert len(list(own_cache.glob("rules-county-*.json"))) == 1  # one kept file per rule file


def test_a_rule_file_with_a_date_names_its_unknown_key_and_is_not_kept(own_cache, tmp_path):
    """TOML has dates and JSON has not: such a file is read as ever (its key named as unknown,
    with file and line), never written to the cache."""
    path = tmp_path / "county.toml"
    path.write_text("updated = 2024-01-01\n" + rulebook.rule_file("county").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(rulebook.RuleError, match=r'unknown key "updated"') as err:
        rulebook.load("county", county.CountyRules, path)
    assert ":1" in str(err.value) or "line 1" in str(err.value)
    assert list(own_cache.glob("rules-county-*.json")) == []


def test_rule_files_read_from_many_places_keep_one_parse_per_name(own_cache, tmp_path):
    text = rulebook.rule_file("county").read_text(encoding="utf-8")
    for n in range(3):
        (tmp_path / str(n)).mkdir()
        (tmp_path / str(n) / "county.toml").write_text(text, encoding="utf-8")
        rulebook.load("county", county.CountyRules, tmp_path / str(n) / "county.toml")
    assert len(list(own_cache.glob("rules-county-*.json"))) == 1


def test_a_pattern_that_looks_behind_first_is_compiled_looking_behind_after_its_first_character():
    # re skips fast to a pattern's first character when the pattern begins with it; the
    # look-behinds a rule writes first are moved after that character, widened by one
    assert regex_words.first_char_first("(?<!评为)(?<!称为)“(?P<name>X)") == "“(?<!(?:评为)(?s:.))(?<!(?:称为)(?s:.))(?P<name>X)"
    assert regex_words.first_char_first("(?<![一二])(?P<name>[三四]{2,5}?X)") == "(?P<name>[三四](?<!(?:[一二])(?s:.))[三四]{1,4}?X)"
    assert regex_words.first_char_first("(?<=[，。])[三四]+X") == "[三四](?<=(?:[，。])(?s:.))[三四]*X"
    for as_written in ("(?<!a)“?x", "(?<!a)b*", "(?<!a)b{0,3}", "(?<!a)b++", "(?<=(?:a|b))c", "(?<!a)\\dx",
                       "(?<!a)(?:b)", "abc", "(?<![]a])b", "(?i)(?<!a)b"):
        assert regex_words.first_char_first(as_written) == as_written  # (anything else as written)


def test_moving_the_look_behinds_finds_the_same_matches_for_every_pattern_rule():
    import random

    regexes = ["(?<!评为)(?<!称为)“(?P<name>[^“”]{2,6})”", "(?<![一二\n])(?P<name>[三四\n]{1,3}?[五六])",
               "(?<=[，。])[三四]+(?P<name>五?)", "(?<![a-c])(?P<name>b{2})|c", "(?<!a)b{1,}c"]
    for rules in (enterprise.rules(), park.rules(), project._rules(), strategy.rules()):
        regexes += [rule.regex for rule in rules.pattern_rules]
    regexes.append(project._rules().record.bracket.regex)  # (patterns.compiled moves it too)
    moved = [r for r in regexes if regex_words.first_char_first(r) != r]
    assert len(moved) >= 9  # (the rules' own: strategy.quoted, the counted frameworks …)
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    assert texts
    rng = random.Random(11)
    for regex in moved:
        before, after = re.compile(regex), re.compile(regex_words.first_char_first(regex))
        alphabet = "".join(sorted(set(re.sub(r"\\[a-zA-Z]|[\[\]()?*+{}|^$<>!=:\\]", "", regex)))) + "“”，。、\n 12一三五"
        samples = texts + ["".join(rng.choice(alphabet) for _ in range(400)) for _ in range(40)]
        for text in samples:
            found = [(m.span(), m.groupdict(), [m.span(g) for g in range(before.groups + 1)]) for m in before.finditer(text)]
            assert [(m.span(), m.groupdict(), [m.span(g) for g in range(after.groups + 1)])
                    for m in after.finditer(text)] == found, regex


@pytest.mark.parametrize("field, good, bad", [
    ("seed_rules", "enterprise.legal-suffix", "enterprise.legal-sufix"),
    ("typed_by_tail", "enterprise.trade-name", "enterprise.trade-nam"),  # (a list's tail types by rule)
])
def test_a_misspelt_rule_id_a_rule_refers_to_is_named_with_its_file_and_line(tmp_path, field, good, bad):
    from kg.recognize import enterprise

    text = rulebook.rule_file("enterprise").read_text(encoding="utf-8")
    assert f'{field} = ["{good}"' in text
    path = tmp_path / "enterprise.toml"
    path.write_text(text.replace(f'{field} = ["{good}"', f'{field} = ["{bad}"'), encoding="utf-8")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if row.startswith(field))
    with pytest.raises(rulebook.RuleError, match=rf'names the rule "{bad}".*did you mean "{good}"') as err:
        rulebook.load("enterprise", enterprise.EnterpriseRules, path)
    assert f":{line}:" in str(err.value) or f"line {line}" in str(err.value)


def test_the_words_every_match_holds_and_how_far_it_reaches_are_read_from_the_pattern():
    town = regex_words.prefilter("“?(?P<name>[\u4e00-\u9fff]{2,8}?小镇(?<!特色小镇)”?[一二三]期(?:工程|项目)?)")
    assert (town.choices, town.width, town.reach) == ((("小镇",), ("期",)), 16, 20)  # (the look-behind counted too)
    line = regex_words.prefilter("(?P<name>(?:全面)?(?:依法|从严|依规)治(?:国|党))(?=[，。]{1,3})")
    assert (line.choices, line.width, line.reach) == ((("从严", "依法", "依规"), ("治",)), 6, 9)
    assert regex_words.prefilter("(?:ab|cd)x{2}").choices == (("ab", "cd"), ("x",))
    assert regex_words.prefilter("y(?:ab|[bc])").choices == (("y",),)  # (a choice with a branch of no word says nothing)
    for unknown in ("[一-龥]{2,4}", "a+b", "ab(?=c+)", "(?i)ab", "x(?i:ab)", "(?:ab)?c*", "a{0,3}", "[ab]x?"):
        assert regex_words.prefilter(unknown) is None, unknown


def test_the_words_a_look_around_must_see_are_needed_too_with_how_far_they_stand():
    # (?<=竣工) sees its word up to 2 characters before the match's start, (?=…投产) up to 12 after it
    finished = regex_words.prefilter("(?<=竣工)(?P<name>[\u4e00-\u9fff]{2,6}?公司)(?=[，。]{0,2}投产)")
    assert (finished.choices, finished.extents, finished.width) == ((("竣工",), ("公司",), ("投产",)), ((2, 8), (0, 8), (0, 12)), 8)
    # a word every alternative holds, seen or spanned, is needed as it is (not 、 of the second)
    phase = regex_words.prefilter("(?:(?<=期)|、[一二]期)[三四]{2}")
    assert (phase.choices, phase.extents) == ((("期",),), ((1, 5),))
    # a negative look-around needs nothing; an unbounded look-ahead says nothing of its words
    assert regex_words.prefilter("[一二]{2}(?!投产)") is None
    assert regex_words.prefilter("[一二]{2}(?=[三]*投产)") is None
    # a pattern that opens with a fixed character is looked for by one choice (re skips to it)
    assert regex_words.prefilter("“(?P<name>[一二]{2})”").skips and not finished.skips


def test_stretches_are_narrowed_by_every_choice_and_a_crowded_choice_gives_way_to_the_next():
    sieve = regex_words.prefilter("(?<=竣工)(?P<name>[\u4e00-\u9fff]{2,6}?公司)(?=[，。]{0,2}投产)")
    filler = "实施城市更新行动，" * 30
    text = filler + "竣工甲乙公司投产。" + filler + "竣工的丙丁公司。" + filler + "甲乙公司，投产。" + filler
    # only where 竣工, 公司 and 投产 all stand near enough
    spans = sieve.spans(text)
    assert len(spans) == 1 and spans[0][0] <= len(filler) + 2 < spans[0][1]
    assert [m["name"] for m in sieve.finditer(re.compile("(?<=竣工)(?P<name>[\u4e00-\u9fff]{2,6}?公司)(?=[，。]{0,2}投产)"), text)] == ["甲乙公司"]
    # 竣工 everywhere (crowded): the stretches of the next choice are taken
    crowded = "竣工" * 400 + text
    spans = sieve.spans(crowded)
    assert spans is not None and sum(b - a for a, b in spans) < len(crowded) // 10


def test_searching_around_the_words_finds_the_same_matches_for_every_pattern_rule(monkeypatch):
    import random

    monkeypatch.setattr(regex_words.Prefilter, "CROWDED", 1e9)  # (stretches searched even where they would cover the text)
    regexes = ["(?P<name>[一二三]{1,3}?期)(?![四五]{1,2})", "(?<![一期])期[二三]$", "期\\b", "(?<=期)[一二]期", "期(?=[一二]{0,3}\\Z)",
               "^期[一]", "(?:期一|二期)[三]{0,2}", "(?:(?!期一)[一二三]){2,4}期", "三{0,2}(?:期一|期一二三|五)[一]?",
               "(?<=期一)[二三]{1,2}", "[一二]{1,3}(?=三?期)", "(?:(?<=期)|一期)[二三]", "[一二三]{1,2}(?=[一二]{0,2}期)(?<!三期)",
               "(?<=[一二]期)[一二三]{1,4}?(?=[三]{0,3}二期)", "(?:(?<=一二)|二一)[三期]{1,3}(?=二)",
               "(?<=期一)|二三期"]  # (the last matches empty: at the end of a text, too)
    for rules in (enterprise.rules(), park.rules(), project._rules(), strategy.rules()):
        regexes += [rule.regex for rule in rules.pattern_rules]
    sieved = [r for r in regexes if regex_words.prefilter(r) is not None]
    assert len(sieved) >= 20
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    for regex in sieved:
        pattern, sieve = re.compile(regex), regex_words.prefilter(regex)
        own = "".join(sorted(set(re.sub(r"\\[a-zA-Z]|[\[\]()?*+{}|^$<>!=:\\]", "", regex))))
        alphabet = own + "“”，。、\n 12一三五期"
        samples = texts + ["".join(rng.choice(alphabet) for _ in range(rng.choice((3, 30, 400)))) for _ in range(60)]
        # (and of the pattern's own characters alone: near misses of its words and look-arounds)
        samples += ["".join(rng.choice(own) for _ in range(rng.choice((3, 30, 400)))) for _ in range(60 if len(own) < 12 else 0)]
        for text in samples:
            found = [(m.span(), [m.span(g) for g in range(pattern.groups + 1)]) for m in pattern.finditer(text)]
            assert [(m.span(), [m.span(g) for g in range(pattern.groups + 1)]) for m in sieve.finditer(pattern, text)] == found, regex


def test_an_empty_match_at_the_end_of_the_text_is_found_around_the_words():
    """A stretch cut at the text's end still holds a match that is empty and stands there (a
    look-behind alone): by the stretches' own search and by the search from a place."""
    regex, text = "(?<=竣工)|投产项目", "实施城市更新行动，" * 20 + "项目竣工"
    pattern, sieve = re.compile(regex), regex_words.prefilter(regex)
    assert sieve is not None and sieve.spans(text) is not None
    assert [m.span() for m in pattern.finditer(text)] == [(len(text), len(text))]
    assert [m.span() for m in sieve.finditer(pattern, text)] == [(len(text), len(text))]
    search = sieve.searcher(pattern, text)
    assert search(0).span() == search(len(text)).span() == (len(text), len(text))


def test_a_short_word_inside_a_longer_one_starts_its_stretch_where_its_own_match_may_start():
    """A word of a choice found inside a longer one found earlier ends earlier: its stretch
    starts earlier, and the matches are those of the whole text's search."""
    for regex, text in (("(?:.{0,5}区|街区中)", "ABCDE街区中" + "。" * 60),
                        ("(?:[一-龥]{1,6}新区|国家级新区建设)", "加快推进两江国家级新区建设。" + "实施城市更新行动。" * 20)):
        sieve = regex_words.prefilter(regex)
        assert sieve is not None, regex
        assert [m.span() for m in sieve.finditer(re.compile(regex), text)] == [m.span() for m in re.finditer(regex, text)]


def test_a_pattern_the_parse_cannot_be_read_for_is_searched_whole(monkeypatch):
    """A later Python may shape re's private parse otherwise: whatever error reading it
    gives, the rule is searched over the whole text, never a crash."""
    from re import _parser

    def odd_parse(regex, *args):
        raise TypeError("a shape this code does not know")

    monkeypatch.setattr(_parser, "parse", odd_parse)
    regex_words.prefilter.cache_clear()
    try:
        assert regex_words.prefilter("(?P<name>[一-龥]{2,4}?小镇)") is None
    finally:
        regex_words.prefilter.cache_clear()


def test_a_pattern_rule_is_searched_only_around_its_words():
    rule = rulebook.PatternRule(id="t.town", regex="(?P<name>[\u4e00-\u9fff]{2,4}?小镇)")
    text = "，".join(["推进乡村振兴战略"] * 400 + ["建设温泉小镇"] + ["实施城市更新行动"] * 400)
    assert regex_words.prefilter(rule.regex).spans(text) == [(text.index("小镇") - 4, text.index("小镇") + 6)]
    assert [m["name"] for m in rule.finditer(text)] == ["建设温泉小镇"] == [m["name"] for m in rule.finder.finditer(text)]
    assert list(rule.finditer(text.replace("小镇", "城镇"))) == []


def test_a_pattern_rule_is_compiled_only_for_a_text_that_holds_its_words():
    rule = rulebook.PatternRule(id="t.town", regex="(?P<name>[\u4e00-\u9fff]{2,4}?小镇(?:二期)?)")
    assert list(rule.finditer("推进乡村振兴战略，实施城市更新行动。")) == []
    assert "finder" not in rule.__dict__  # (a cached_property not yet made)
    assert [m["name"] for m in rule.finditer("建设温泉小镇二期。")] == ["建设温泉小镇二期"]
    assert "finder" in rule.__dict__


def test_a_choice_of_words_grouped_by_first_character_matches_as_the_words_joined():
    # in any order, alone or followed by more, with words that open or hold each other
    import random

    rng = random.Random(9)
    assert regex_words.choice_of_words(["中国", "农业", "中华"]) == "中(?:国|华)|农业"
    for _ in range(300):
        words = ["".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))]
        text = "".join(rng.choice("甲乙丙丁") for _ in range(60))
        for tail in ("", "(?=丙)", "(?!甲)乙?"):
            flat = re.compile(f"(?:{'|'.join(map(re.escape, words))}){tail}")
            grouped = re.compile(f"(?:{regex_words.choice_of_words(words)}){tail}")
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], (words, tail)
