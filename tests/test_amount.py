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
