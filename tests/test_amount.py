"""amount: money to yuan, Chinese numerals, ranges, kinds; quantities with units."""
from decimal import Decimal

from kg.amount import find_amounts, find_quantities


def values(text):
    return [(a.value, a.kind) for a in find_amounts(text)]


def test_units_and_kinds():
    assert values("总投资5亿元") == [(Decimal("500000000"), "total")]
    assert values("年度投资0.45亿元") == [(Decimal("45000000"), "annual")]
    assert values("投资3000万元") == [(Decimal("30000000"), "investment")]


def test_chinese_numerals_and_ranges():
    assert values("三千万元")[0][0] == Decimal("30000000")
    assert values("一百二十亿元")[0][0] == Decimal("12000000000")
    a = find_amounts("计划投资3-5亿元")[0]
    assert (a.value, a.low) == (Decimal("500000000"), Decimal("300000000"))


def test_quantities():
    qs = [(q.amount, q.unit) for q in find_quantities("年产6万吨甲醇、600MW储能、流转土地1000亩")]
    assert qs == [(Decimal(6), "万吨"), (Decimal(600), "MW"), (Decimal(1000), "亩")]


def test_spans_surfaces_and_plain_yuan():
    text = "项目总投资1,200万元，其中财政补助85.5万元、群众自筹3000元。"
    found = find_amounts(text)
    assert [a.value for a in found] == [Decimal("12000000"), Decimal("855000"), Decimal("3000")]
    assert [text[a.start : a.end] for a in found] == [a.surface for a in found]
    assert found[0].kind == "total" and found[1].kind == "other"


def test_chinese_numerals_with_two_and_tens():
    assert values("两亿元")[0][0] == Decimal("200000000")
    assert values("五十万元")[0][0] == Decimal("500000")


def test_no_amount_without_a_money_unit():
    assert find_amounts("新建厂房3万平方米，带动就业500人") == []


def test_quantities_of_power_grid_and_land():
    qs = [(q.amount, q.unit) for q in find_quantities("新建110千伏变电站，铺设管网12.5公里，绿化3.2万平方米")]
    assert qs == [(Decimal(110), "千伏"), (Decimal("12.5"), "公里"), (Decimal("3.2"), "万平方米")]


# Hostile and unusual amounts: no exception, no wrong amount (none rather than a misreading).

def test_absurd_amounts_never_raise_and_give_none():
    assert find_amounts("总投资99999999999999999999万亿元") == []
    assert find_amounts("总投资" + "9" * 5000 + "亿元") == []
    assert values("总投资1000万亿元") == [(Decimal("1000000000000000"), "total")]  # the largest kept


def test_a_negative_amount_is_not_read_without_its_sign():
    assert find_amounts("投资-5亿元") == [] and find_amounts("总投资－5亿元") == [] and find_amounts("负5亿元") == []
    assert values("计划投资3-5亿元") == [(Decimal("500000000"), "total")]  # a range is not a sign


def test_numbers_inside_longer_tokens_are_not_misread():
    assert find_amounts("1e309亿元") == []
    assert find_amounts("10.5.3亿元") == []
    assert find_amounts("1,2345万元") == []
    assert find_amounts("版本v2亿元") == []
    assert values("项目总投资1,200万元") == [(Decimal("12000000"), "total")]


def test_another_currency_is_kept_in_it():
    (a,) = find_amounts("总投资10亿美元")
    assert (a.value, a.currency, a.kind) == (Decimal("1000000000"), "USD", "total")
    assert [(x.value, x.currency) for x in find_amounts("投资2000万欧元，另投资3亿港元")] == [
        (Decimal("20000000"), "EUR"), (Decimal("300000000"), "HKD")]
    assert find_amounts("总投资5亿元")[0].currency == "CNY"


def test_a_foreign_investment_reaches_the_graph_in_its_currency_and_validates(tmp_path):
    import pyoxigraph as ox

    import kg

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "d.txt").write_text(
        "平遥县引进外资，总投资10亿美元的平遥新能源电池项目开工建设。总投资5亿元的平遥物流园项目开工建设。\n"
        "总投资99999999999999999999万亿元的平遥宇宙项目开工建设。", encoding="utf-8")
    kg.build([tmp_path / "src"], tmp_path / "out")
    result = kg.query(tmp_path / "out", """SELECT ?label ?v ?c WHERE {
        ?p kg:investmentInCurrency ?a ; rdfs:label ?label . ?a schema:value ?v ; schema:currency ?c }""")
    assert result.rows == [["平遥新能源电池项目", Decimal("1000000000"), "USD"]]  # typed values
    cny = kg.query(tmp_path / "out", "SELECT ?v WHERE { ?p kg:investmentCNY ?v }")
    assert cny.rows == [[Decimal("500000000")]]  # the dollars are not converted into it, the absurd amount is dropped
    conforms, report = kg.validate(tmp_path / "out")
    assert conforms, report


def test_a_colon_after_the_amount_word_and_the_cost_of_a_work():
    # project tables write 总投资：6000万元; a work's 总造价 is its total
    assert values("总投资：6000万元；年度计划投资: 2000万元") == [
        (Decimal("60000000"), "total"), (Decimal("20000000"), "total")]
    assert values("大桥总造价1.46亿元") == [(Decimal("146000000"), "total")]
    # a colon with no amount word before it is no part of the amount
    (a,) = find_amounts("全年：5亿元")
    assert (a.surface, a.kind) == ("5亿元", "other")


# --- the table of common numerals: cn2an's readings, made once ------------------------------


def test_the_numeral_table_reads_as_cn2an_reads():
    """Every numeral of the table (readings and refusals) is what cn2an itself says."""
    import cn2an

    from kg.amount import numerals

    table = numerals()
    assert {"十五", "两千万", "一百二十", "〇", "百"} <= table.keys()
    for form in sorted(table)[::37]:
        try:
            expected = str(cn2an.cn2an(form, "smart"))
        except ValueError:
            expected = None
        assert table[form] == expected, form


def test_numerals_outside_the_table_are_read_by_cn2an():
    from kg.amount import number, numerals

    for text, value in (("三点五", Decimal("3.5")), ("一万零五十", Decimal("10050")), ("二十万零三", Decimal("200003"))):
        assert text not in numerals()
        assert number(text) == value
    assert number("百") is None  # cn2an refuses a unit alone, from the table as by itself
    assert number("点点") is None


def test_the_numeral_table_is_made_once_in_the_cache_folder(tmp_path, monkeypatch):
    import sqlite3

    from kg import amount

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    amount.numerals.cache_clear()
    try:
        table = dict(amount.numerals())
        files = list((tmp_path / "county-kg").glob("cn2an-numerals-*.sqlite"))
        assert len(files) == 1 and len(table) > 30000
        with sqlite3.connect(files[0]) as db:
            assert dict(db.execute("SELECT form, reading FROM numeral")) == table
        assert not list((tmp_path / "county-kg").glob(".*.tmp"))  # written atomically, nothing left over
        amount.numerals.cache_clear()
        assert amount.numerals() == table and amount.numerals()["十五"] == "15"  # read again, as made
        files[0].write_bytes(b"SQLite format 3\x00 broken")  # a torn or tampered file
        amount.numerals.cache_clear()
        assert amount.numerals() == table
        assert "三点五" not in amount.numerals() and amount.numerals().get("百", "") is None
    finally:
        amount.numerals.cache_clear()


def test_a_common_numeral_is_read_without_importing_cn2an():
    """cn2an costs a fifth of a second to import; once the table is made, 十五 or 两千万
    needs no cn2an."""
    import subprocess
    import sys

    from kg.amount import numerals

    numerals()  # the table exists in this user's cache folder
    code = ("import sys; from kg.amount import number; "
            "print(number('十五'), number('两千万'), number('百'), 'cn2an' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["15", "20000000", "None", "False"]


def test_a_cache_folder_that_cannot_be_written_leaves_the_numerals_to_cn2an(tmp_path, monkeypatch):
    from kg import amount

    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr("kg.lexicon.cache_dir", lambda: blocked)  # mkstemp inside it fails
    amount.numerals.cache_clear()
    amount.number.cache_clear()
    try:
        assert amount.numerals() == {}
        assert amount.number("十五") == Decimal(15) and amount.number("百") is None
    finally:
        amount.numerals.cache_clear()
        amount.number.cache_clear()


def test_the_numeral_table_is_read_again_from_a_folder_whose_name_has_uri_characters(tmp_path, monkeypatch):
    from kg import amount

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache #1 ?x %20"))
    amount.numerals.cache_clear()
    try:
        table = dict(amount.numerals())
        amount.numerals.cache_clear()

        def made_again():
            raise AssertionError("the table was made again instead of read")

        monkeypatch.setattr(amount, "_read_numerals", made_again)
        assert dict(amount.numerals()) == table
    finally:
        amount.numerals.cache_clear()


def test_a_text_is_read_for_amounts_only_when_it_holds_a_unit_of_money_and_reads_the_same():
    import random
    from pathlib import Path

    from kg import amount

    cfg = amount.rules()
    rng = random.Random(2)
    pieces = ["总投资", "约", "5", "0.45", "一百二十", "-", "至", "亿", "万", "元", "美元", "港币", "英镑", "，", "项目", "年"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    texts += [line for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
              for line in p.read_text(encoding="utf-8").splitlines()]
    ungated = type("Always", (), {"search": staticmethod(lambda text: True)})()
    gated = [amount.find_amounts(t) for t in texts]
    cfg.__dict__["money_gate"], kept = ungated, cfg.money_gate
    try:
        assert [amount.find_amounts(t) for t in texts] == gated
    finally:
        cfg.__dict__["money_gate"] = kept
    assert sum(map(len, gated)) > 500 and not cfg.money_gate.search("投资5亿，建设项目")


def test_a_unit_numeral_alone_before_a_unit_of_money_is_one_of_it():
    assert values("总投资超百亿元") == [(Decimal("10000000000"), "total")]
    assert values("投资千亿元") == [(Decimal("100000000000"), "investment")]
    # a vague count states no amount; a unit numeral alone elsewhere is no number
    assert values("带动数百亿元投资") == [] and values("吸引几千亿元") == []
    assert values("百元") == [(Decimal("100"), "other")] and values("百家企业") == []


def test_a_unit_numeral_alone_is_one_of_it_before_any_unit_of_money():
    assert values("投资超千万元的澜川项目") == [(Decimal("10000000"), "investment")]
    assert values("总投资百万元") == [(Decimal("1000000"), "total")]
    assert [(a.value, a.currency) for a in find_amounts("吸引外资超千万美元")] == [(Decimal("10000000"), "USD")]
    # a vague count states no amount: 成百上千, 上千 (many), 数, 几
    assert values("成百上千亿元") == [] and values("带动上千万元投资") == [] and values("数百万元") == []
    assert values("几千万元") == []


def test_the_vague_words_before_a_unit_numeral_are_words_not_characters(monkeypatch):
    from kg.amount import rules

    money = rules().money
    assert isinstance(money.vague_before, tuple)
    monkeypatch.setitem(money.__dict__, "vague_before", ("成百上",))  # a word of several characters, whole
    assert values("成百上千亿元") == [] and values("上千亿元") == [(Decimal("100000000000"), "other")]
