"""names: what does not change the thing a name names (shared by recognize and link)."""
from kg import names


def test_folding_drops_what_does_not_change_the_thing():
    assert names.fold("Enterprise", "山西泰丰钢铁有限公司") == ("泰丰钢铁", ["link.legal-suffix", "link.place-prefix"])
    assert names.fold("Park", "省级经济技术开发区")[0] == "经开区"
    assert names.fold("Strategy", "五大战略") == ("五大战略", [])  # too short to lose its kind word


def test_a_place_before_a_name_is_stripped_but_a_name_is_never_emptied_by_folding():
    assert names.strip_place("山西泰丰") == "泰丰"
    assert names.strip_place("泰丰") == "泰丰"
    assert names.strip_place("山西") == ""
    assert names.fold("Enterprise", "山西公司")[0] == "山西"
