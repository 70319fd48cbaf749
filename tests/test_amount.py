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
