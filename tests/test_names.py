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


def test_the_longest_place_name_a_name_begins_with_is_stripped_once():
    assert names.strip_place("内蒙古自治区新材料产业园") == "新材料产业园"  # not 自治区… after 内蒙古
    assert names.strip_place("内蒙古新材料") == "新材料"
    assert names.strip_place("山西省运城市泰丰") == "运城市泰丰"  # one division, the first
    assert names.strip_place("") == ""
