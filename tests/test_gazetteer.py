"""gazetteer: every division of China with its GB/T 2260 code."""
from kg import gazetteer


def test_codes_of_counties_prefectures_and_provinces():
    assert gazetteer.by_name("稷山县").code == "140824"
    assert gazetteer.by_name("平遥县").code == "140728"
    assert gazetteer.by_name("运城市").level == "prefecture"
    assert gazetteer.by_name("山西省").level == "province"
    assert gazetteer.by_name("义乌市").code == "330782"  # a county-level city
    assert gazetteer.by_name("海淀区").province == "110000"  # a municipal district


def test_every_level_is_complete():
    counties = gazetteer.counties()
    assert len(counties) > 2800
    assert all(len(d.code) == 6 and d.code.isdigit() for d in counties)
    provinces = [d for d in gazetteer._table()[0].values() if d.level == "province"]
    assert len(provinces) >= 34


def test_short_names():
    assert gazetteer.short_name("稷山县") == "稷山"
    assert gazetteer.short_name("河津市") == "河津"
    assert gazetteer.short_name("沁县") == "沁县"  # two characters keep the suffix
    assert gazetteer.short_name("长阳土家族自治县") == "长阳"


def test_ambiguous_names_need_context():
    assert gazetteer.by_name("朝阳区") is None  # Beijing and Changchun
    assert gazetteer.by_name("朝阳区", "110000").code == "110105"
    assert gazetteer.by_name("朝阳区", "220100").code == "220104"
