"""Availability less what is licensed: an exclusive licence takes its cells
out of the offer, and nothing else; a property test holds the key-based
answer equal to a brute-force one."""
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.territories import parse_territory
from search.availability import is_available, offer_entry, subtract_licensed

LINE = offer_entry("translation", "ASEAN", "th, lo, vi")


def test_selling_thai_in_thailand_leaves_the_rest_of_the_line_open():
    licensed = [("translation", "TH", "th")]
    assert not is_available([LINE], right_type="translation", territory="TH", language="th", licensed=licensed)
    assert is_available([LINE], right_type="translation", territory="LA", language="th", licensed=licensed)
    assert is_available([LINE], right_type="translation", territory="TH", language="lo", licensed=licensed)
    assert not is_available([LINE], right_type="ebook", territory="TH", language="th", licensed=licensed)


def test_a_licence_of_another_right_changes_nothing():
    assert subtract_licensed([LINE], [("ebook", "TH", "th")]) == [LINE]


COUNTRIES = ["TH", "LA", "VN", "KH", "CN", "FR", "US"]
LANGUAGES = ["th", "lo", "vi", "en"]
TERRITORIES = ["ASEAN", "World", "World excluding CN", "TH, LA", "ASEAN excluding TH, VN", "FR"]


@settings(max_examples=300, deadline=None)
@given(territory=st.sampled_from(TERRITORIES), languages=st.lists(st.sampled_from(LANGUAGES), min_size=1,
                                                                    max_size=3, unique=True),
       licensed=st.lists(st.tuples(st.sampled_from(["translation", "audio"]), st.sampled_from(COUNTRIES),
                                   st.sampled_from(LANGUAGES)), max_size=8),
       asked=st.tuples(st.sampled_from(COUNTRIES), st.sampled_from(LANGUAGES)))
def test_the_keys_agree_with_brute_force(territory, languages, licensed, asked):
    line = offer_entry("translation", territory, ", ".join(languages))
    country, language = asked
    oracle = (country in parse_territory(territory).countries and language in languages
              and ("translation", country, language) not in licensed)
    assert is_available([line], right_type="translation", territory=country, language=language,
                        licensed=licensed) == oracle
