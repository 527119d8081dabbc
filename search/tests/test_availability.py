import pytest

from search.availability import (
    FACET_COUNTRIES,
    facet_values,
    group_keys,
    is_available,
    matches,
    offer_entry,
    offer_groups,
    requirement,
)


def test_world_offers_stay_a_handful_of_keys():
    [group] = offer_groups([offer_entry("translation", "World excluding CN, TW", "th, zh-Hant")])
    markets = ["BN", "HK", "ID", "KH", "LA", "MM", "MO", "MY", "PH", "SG", "TH", "TL", "VN"]  # all but CN, TW
    assert group_keys(group) == [
        "*", "r:translation", "l:th", "l:zh-Hant", "lb:zh", "c:*", "x:CN", "x:TW",
        *[f"m:{code}" for code in markets], *[f"rm:translation:{code}" for code in markets],
    ]


@pytest.mark.parametrize("territories", [
    "World", "World excluding CN, TW", "World excluding ASEAN", "ASEAN", "ASEAN, CN excluding MM",
    "Greater China", "TH, VN", "US",
])
def test_market_keys_answer_as_the_territory_keys_do(territories):
    [group] = offer_groups([offer_entry("translation", territories, "th"), offer_entry("ebook", territories, "th")])
    keys = group_keys(group)
    for code in sorted(FACET_COUNTRIES):
        for right in (None, "translation", "ebook", "print"):
            wanted = {"right_type": right, "territory": code, "language": "th"}
            assert matches(keys, requirement(**wanted)) == matches(keys, requirement(**wanted, by_market=False)), (
                code, right)


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
