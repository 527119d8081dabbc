"""The search page in a real browser, in the languages of its readers: hits
with highlighted matches, facets that narrow the search, filters that submit
themselves, search-as-you-type, and screenshots for people to look at."""
import pytest

from catalog.tests.factories import RightsOfferFactory, WorkFactory
from cms.tests.factories import site
from search.registry import get_backend, reset_backends
from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue(settings, tmp_path):
    settings.SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.embedded", "PATH": tmp_path / "index"}}
    reset_backends()
    site()
    # Committed at once (transaction=True), so the on-commit tasks index each work.
    shanhai = WorkFactory(slug="shanhai-battle", title_en="Battle of Mountains and Seas",
                          title_zh_hans="山海逆战", title_th="ศึกขุนเขาและทะเล", title_vi="Trận chiến núi và biển",
                          year=2021)
    RightsOfferFactory(work=shanhai, territories="World excluding CN, TW", languages="th, vi")
    silk = WorkFactory(slug="lao-silk", kind="folk_art", subtype="weaving", source_community="Tai Lue",
                       title_en="Silk of the Tai Lue weavers", title_zh_hans="傣泐织丝", title_th="ผ้าไหมไทลื้อ",
                       title_vi="Lụa của thợ dệt Tày Lự", year=2018, original_title="ຜ້າໄໝໄທລື້",
                       original_language="lo", synopsis_en="Silk weaving patterns from Luang Namtha.")
    RightsOfferFactory(work=silk, right_type="merchandise", territories="ASEAN", languages="en, th")
    hmong = WorkFactory(slug="hmong-embroidery", kind="folk_art", subtype="embroidery", source_community="Hmong",
                        title_en="Hmong embroidery of Doi Pui", title_zh_hans="苗族刺绣山海纹",
                        title_th="ลายผ้าปักม้งดอยปุย", title_vi="Thêu H'Mông Doi Pui", year=2019)
    RightsOfferFactory(work=hmong, right_type="merchandise", territories="ASEAN", languages="en")
    assert get_backend().count() == 3
    yield {"shanhai": shanhai, "silk": silk, "hmong": hmong}
    reset_backends()


# (language, query, a title the reader sees first, the text highlighted in it)
SEARCHES = [
    ("th", "ผ้าไหม", "ผ้าไหมไทลื้อ", "ผ้าไหม"),
    ("zh-hans", "山海", "山海逆战", "山海"),
    ("vi", "lua", "Lụa của thợ dệt Tày Lự", "Lụa"),  # unaccented, as typed on a phone
    ("en", "weaver", "Silk of the Tai Lue weavers", "weavers"),  # by stem
]


@pytest.mark.parametrize("lang, query, title, marked", SEARCHES)
def test_search_page_in_the_readers_language(live_server, page, catalogue, lang, query, title, marked):
    page.goto(f"{live_server.url}/{lang}/search/?q={query}")
    first = page.locator(".hit-title").first
    assert first.inner_text() == title
    assert marked in first.locator("mark").all_inner_texts()
    assert page.locator(".facet").count() >= 3
    assert page.get_attribute("html", "lang") == ("zh-Hans" if lang == "zh-hans" else lang)
    screenshot(page, f"search-{lang}")


def test_a_facet_narrows_the_search_and_can_be_taken_back(live_server, page, catalogue):
    page.goto(f"{live_server.url}/th/search/?q=山海")
    assert page.locator(".hit").count() == 2  # the comic and the embroidery with 山海 in its title
    page.locator(".facet a", has_text="ศิลปะพื้นบ้าน").first.click()  # "Folk art & heritage" in Thai
    page.wait_for_url("**kind=folk_art**")
    assert page.locator(".hit-title").all_inner_texts() == ["ลายผ้าปักม้งดอยปุย"]
    page.locator(".facet a.selected").first.click()
    page.wait_for_url(lambda url: "kind=" not in url)
    assert page.locator(".hit").count() == 2


def test_choosing_a_territory_runs_the_search_again(live_server, page, catalogue):
    page.goto(f"{live_server.url}/vi/search/")
    assert page.locator(".hit").count() == 3
    with page.expect_navigation():
        page.select_option("select[name=right]", "translation")
    with page.expect_navigation():
        page.select_option("select[name=territory]", "VN")
    assert "territory=VN" in page.url
    assert page.locator(".hit-title").all_inner_texts() == ["Trận chiến núi và biển"]


def test_search_as_you_type_offers_titles(live_server, page, catalogue):
    page.goto(f"{live_server.url}/zh-hans/search/")
    page.locator("#q").press_sequentially("山海")
    # A locator, not wait_for_function: the page's CSP forbids the eval that a string predicate needs.
    page.locator("#suggestions option").first.wait_for(state="attached")
    offered = [option.get_attribute("value") for option in page.locator("#suggestions option").all()]
    assert "山海逆战" in offered
