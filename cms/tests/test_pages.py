"""Every page type renders in all ten languages, with translated UI strings,
lang and hreflang, a switcher that keeps the page, and fallback notes."""
import re

import pytest
from django.utils.translation import gettext, override

from catalog.tests.factories import RightsOfferFactory, WorkCreditFactory, WorkFactory
from cms.tests.factories import news_item, showcase_with, site
from marketplace.languages import CODES

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    home = site()
    work = WorkFactory(slug="shanhai", title_th="ศึกขุนเขาและทะเล", synopsis_th="วีรบุรุษจากคัมภีร์ซานไห่กลับมา")
    RightsOfferFactory(work=work)
    WorkCreditFactory(work=work)
    showcase = showcase_with([work])
    news = news_item()
    home.featured_showcases.create(showcase=showcase)
    return {"home": home, "work": work, "showcase": showcase, "news": news}


PAGES = {
    "home": "/{lang}/",
    "zone": "/{lang}/comics/",
    "work": "/{lang}/comics/shanhai/",
    "showcase_index": "/{lang}/showcases/",
    "showcase": "/{lang}/showcases/mountain-and-sea/",
    "news_index": "/{lang}/news/",
    "news": "/{lang}/news/fair-report/",
}
# A UI string each page must show, translated.
PAGE_STRINGS = {
    "home": "Rights from China and Southeast Asia, licensed across borders",
    "zone": "Comics & animation",
    "work": "Rights on offer",
    "showcase_index": "Showcases",
    "showcase": "Skip to content",
    "news_index": "News",
    "news": "Change language",
}


@pytest.mark.parametrize("lang", CODES)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_type_renders_translated(client, catalogue, name, lang):
    response = client.get(PAGES[name].format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    with override(lang):
        expected = gettext(PAGE_STRINGS[name])
    if lang != "en":
        assert expected != PAGE_STRINGS[name], f"{PAGE_STRINGS[name]!r} is not translated into {lang}"
    assert expected.replace("&", "&amp;") in html
    lang_attr = "zh-Hans" if lang == "zh-hans" else lang
    assert f'<html lang="{lang_attr}"' in html


def test_hreflang_alternates_point_at_the_same_page_in_every_language(client, catalogue):
    html = client.get("/km/comics/shanhai/").content.decode()
    alternates = dict(re.findall(r'hreflang="([^"]+)" href="http://testserver([^"]+)"', html))
    assert alternates["th"] == "/th/comics/shanhai/"
    assert alternates["zh-Hans"] == "/zh-hans/comics/shanhai/"
    assert alternates["x-default"] == "/en/comics/shanhai/"
    assert len(alternates) == len(CODES) + 1


def test_switcher_keeps_the_reader_on_the_same_page(client, catalogue):
    html = client.get("/my/showcases/mountain-and-sea/?page=2").content.decode()
    switcher = html[html.index('class="language-switcher"'):]
    for code in CODES:
        assert f'href="/{code}/showcases/mountain-and-sea/?page=2"' in switcher
    assert 'aria-current="true">မြန်မာ' in switcher


def test_work_page_shows_translated_title_and_rights_table(client, catalogue):
    html = client.get("/th/comics/shanhai/").content.decode()
    assert "ศึกขุนเขาและทะเล" in html and "วีรบุรุษจากคัมภีร์ซานไห่กลับมา" in html
    assert "fallback-note" not in html.split("rights-heading")[0]
    with override("th"):
        assert gettext("Translation") in html          # right type
        assert gettext("Exclusive") in html
        assert "ยกเว้น" in html                          # World excluding CN, TW


def test_missing_translation_falls_back_to_english_and_says_so(client, catalogue):
    html = client.get("/km/comics/shanhai/").content.decode()
    work = catalogue["work"]
    assert f'<h1 lang="en">{work.title_en}</h1>' in html
    with override("km"):
        assert gettext("Not yet translated into your language: shown in %(shown_in)s.") % {
            "shown_in": "English"} in html


def test_fallback_goes_to_chinese_when_english_is_missing(client, catalogue):
    WorkFactory(slug="no-english", title_en="", title_zh_hans="苗族刺绣", synopsis_en="", kind="comic")
    html = client.get("/lo/comics/no-english/").content.decode()
    assert '<h1 lang="zh-Hans">苗族刺绣</h1>' in html
    assert "中文" in html  # the note names the language shown


def test_unpublished_work_is_not_served(client, catalogue):
    WorkFactory(slug="draft-work", live=False)
    assert client.get("/en/comics/draft-work/").status_code == 404


def test_work_of_another_kind_is_not_served_under_this_zone(client, catalogue):
    assert client.get("/en/books/shanhai/").status_code == 404


def test_zone_pages_page_through_works(client, catalogue):
    for n in range(13):
        WorkFactory(slug=f"extra-{n}")
    first = client.get("/vi/comics/").content.decode()
    second = client.get("/vi/comics/?page=2").content.decode()
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert first.count('class="card"') == 12 and second.count('class="card"') == 2


def test_root_redirects_by_accept_language(client, catalogue):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="th-TH,th;q=0.9,en;q=0.5")
    assert response.status_code == 302 and response["Location"] == "/th/"


@pytest.mark.parametrize("lang", ["en", "th"])
def test_each_title_names_the_site_once(client, catalogue, lang):
    titles = {name: re.search(r"<title>(.*?)</title>", client.get(path.format(lang=lang)).content.decode(), re.S)[1]
              for name, path in PAGES.items()}
    assert titles["home"] == "RightsBridge"
    for name, title in titles.items():
        assert title.count("RightsBridge") == 1, (name, title)
