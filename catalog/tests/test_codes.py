"""Territory expressions, language lists and ISBNs: parsing, rejection, display."""
import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from catalog.identifiers import normalize_isbn
from catalog.language_codes import display_languages, parse_languages
from catalog.territories import ASEAN, parse_territory


def test_world_excluding_leaves_out_the_exclusions():
    territory = parse_territory("world excl. cn, tw")
    assert territory.canonical == "World excluding CN, TW"
    assert territory.covers("TH") and territory.covers("us")
    assert not territory.covers("CN") and not territory.covers("TW")


def test_groups_and_codes_combine():
    territory = parse_territory("ASEAN, CN excluding MM")
    assert territory.countries == (ASEAN - {"MM"}) | {"CN"}
    assert parse_territory("VN TH LA").countries == {"VN", "TH", "LA"}


@pytest.mark.parametrize("text, code", [
    ("World excluding XX", "unknown_territory"),
    ("ASEAN, Narnia", "unknown_territory"),
    ("ASEAN excluding CN", "exclude_outside"),
    ("TH excluding TH", "nothing_left"),
    ("", "empty"),
    ("World excluding CN excluding TW", "excluding"),
])
def test_bad_territories_are_rejected_with_a_reason(text, code):
    with pytest.raises(ValidationError) as error:
        parse_territory(text)
    assert error.value.code == code


def test_territory_errors_are_translated():
    with translation.override("th"), pytest.raises(ValidationError) as error:
        parse_territory("World excluding XX")
    assert "XX" in error.value.messages[0]
    assert "ISO 3166" in error.value.messages[0]
    with translation.override("en"):
        english = pytest.raises(ValidationError, parse_territory, "World excluding XX").value.messages[0]
    assert error.value.messages[0] != english


@pytest.mark.parametrize("ui, expected", [
    ("en", "World excluding China and Taiwan"),
    ("th", "ทั่วโลก ยกเว้น จีนและไต้หวัน"),
])
def test_territories_display_in_the_readers_language(ui, expected):
    with translation.override(ui):
        assert parse_territory("World excluding CN, TW").display() == expected


def test_languages_are_normalised_and_scripts_kept():
    assert parse_languages("TH, vi; zh_hant tha") == ["th", "vi", "zh-Hant"]


@pytest.mark.parametrize("bad", ["xx", "thai", "zh-Qqqq", "", "12"])
def test_bad_language_codes_are_rejected(bad):
    with pytest.raises(ValidationError):
        parse_languages(bad)


def test_language_lists_display_in_the_readers_language():
    with translation.override("km"):
        shown = display_languages("th, vi")
    assert "ថៃ" in shown and "វៀតណាម" in shown


@pytest.mark.parametrize("raw, isbn13", [
    ("978-7-02-000220-7", "9787020002207"),
    ("7-02-000220-X", "9787020002207"),   # ISBN-10 with X check digit -> ISBN-13
    ("0 306 40615 2", "9780306406157"),
])
def test_valid_isbns_normalise_to_isbn13(raw, isbn13):
    assert normalize_isbn(raw) == isbn13


@pytest.mark.parametrize("bad, code", [
    ("978-7-02-000220-8", "isbn_checksum"),
    ("0-306-40615-3", "isbn_checksum"),
    ("12345", "isbn_format"),
    ("ISBN-A", "isbn_format"),
])
def test_bad_isbns_are_rejected(bad, code):
    with pytest.raises(ValidationError) as error:
        normalize_isbn(bad)
    assert error.value.code == code
