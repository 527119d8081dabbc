import pytest

from search.availability import (
    facet_values, group_keys, is_available, matches, offer_entry, offer_groups, requirement,
)


def test_world_offers_stay_a_handful_of_keys():
    [group] = offer_groups([offer_entry("translation", "World excluding CN, TW", "th, zh-Hant")])
    assert group_keys(group) == ["*", "r:translation", "l:th", "l:zh-Hant", "lb:zh", "c:*", "x:CN", "x:TW"]


def test_lines_with_the_same_territory_and_languages_share_a_group():
    groups = offer_groups([
        offer_entry("translation", "ASEAN", "th"), offer_entry("ebook", "ASEAN", "th"),
        offer_entry("print", "ASEAN", "vi"),
    ])
    assert [(g["right_types"], g["languages"]) for g in groups] == [
        (["translation", "ebook"], ["th"]), (["print"], ["vi"]),
    ]


@pytest.mark.parametrize("territories, languages, wanted, expected", [
    ("World excluding CN, TW", "th", {"territory": "TH"}, True),
    ("World excluding CN, TW", "th", {"territory": "CN"}, False),
    ("World excluding ASEAN", "en", {"territory": "LA"}, False),
    ("ASEAN", "lo", {"territory": "LA"}, True),
    ("ASEAN, CN excluding MM", "th", {"territory": "MM"}, False),
    ("ASEAN, CN excluding MM", "th", {"territory": "CN"}, True),
    ("World", "zh", {"language": "zh-Hant"}, True),
    ("World", "zh-Hans", {"language": "zh"}, True),
    ("World", "zh-Hans", {"language": "zh-Hant"}, False),
    ("World", "th", {"language": "tha"}, True),  # ISO 639-2 spelling of Thai
    ("World", "th", {"right_type": "print"}, False),
    ("World", "th", {"right_type": "translation", "territory": "VN", "language": "th"}, True),
])
def test_is_available(territories, languages, wanted, expected):
    assert is_available([offer_entry("translation", territories, languages)], **wanted) is expected


def test_every_condition_must_hold_on_the_same_line():
    offers = [offer_entry("translation", "TH", "th"), offer_entry("print", "CN", "zh-Hans")]
    assert is_available(offers, right_type="translation", territory="TH")
    assert not is_available(offers, right_type="translation", territory="CN")
    assert not is_available(offers, territory="CN", language="th")


def test_no_offers_is_never_available():
    assert not is_available([])
    assert not matches([], requirement())


def test_facet_values_keep_to_the_platforms_markets():
    values = facet_values([offer_entry("translation", "World excluding CN", "th"), offer_entry("print", "CN", "zh")])
    assert values["right_type"] == ["print", "translation"]
    assert values["language"] == ["th", "zh"]
    assert set(values["territory"]) == {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL",
                                        "CN", "HK", "MO", "TW"}
