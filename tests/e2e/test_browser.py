"""The site in a real browser: every script drawn with a real font, the
language switcher, and screenshots of the main pages for people to look at."""
import pytest

from catalog.tests.factories import RightsOfferFactory, WorkFactory
from cms.tests.factories import showcase_with, site
from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Title text per language, and the script a Noto face must cover to draw it.
SCRIPTS = {
    "th": ("ผ้าปักม้งลายดอกไม้", "Thai"),
    "km": ("ក្បាច់ចម្លាក់ប្រាក់ខ្មែរ", "Khmer"),
    "my": ("ပုဂံယက်ကန်းလက်ရာ", "Myanmar"),
    "lo": ("ຜ້າໄໝລາວລາຍບູຮານ", "Lao"),
    "zh-hans": ("山海逆战", "CJK SC"),
}


@pytest.fixture
def catalogue():
    site()
    works = []
    for code, (title, _font) in SCRIPTS.items():
        field = "title_zh_hans" if code == "zh-hans" else f"title_{code}"
        work = WorkFactory(slug=f"work-{code}", kind="folk_art", subtype="embroidery",
                           source_community="Hmong", **{field: title})
        RightsOfferFactory(work=work, territories="ASEAN", languages="th, km, my, lo")
        works.append(work)
    showcase_with(works)
    return works


def platform_fonts(page, selector: str) -> dict[str, int]:
    """The fonts Chromium really used to draw an element's text, with glyph counts."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {font["familyName"]: font["glyphCount"] for font in fonts}


@pytest.mark.parametrize("lang", SCRIPTS)
def test_each_script_is_drawn_with_its_own_font(live_server, page, catalogue, lang):
    title, script = SCRIPTS[lang]
    page.goto(f"{live_server.url}/{lang}/folk-art/work-{lang}/")
    assert page.inner_text("h1") == title
    fonts = platform_fonts(page, "h1")
    glyphs = sum(count for family, count in fonts.items() if family.startswith("Noto") and script in family)
    assert glyphs >= len(title) // 3, fonts  # drawn by the script's own face, not fallback boxes
    screenshot(page, f"work-{lang}")


@pytest.mark.parametrize("lang, path", [
    ("th", ""), ("km", "folk-art/"), ("my", "showcases/mountain-and-sea/"), ("zh-hans", ""),
])
def test_main_pages_render_for_screenshots(live_server, page, catalogue, lang, path):
    response = page.goto(f"{live_server.url}/{lang}/{path}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == ("zh-Hans" if lang == "zh-hans" else lang)
    screenshot(page, f"page-{lang}-{path.strip('/').replace('/', '-') or 'home'}")


def test_switching_language_keeps_the_page(live_server, page, catalogue):
    page.goto(f"{live_server.url}/th/folk-art/work-km/")
    page.click(".language-switcher summary")
    page.click('.language-switcher a[hreflang="km"]')
    page.wait_for_url(f"{live_server.url}/km/folk-art/work-km/")
    assert page.inner_text("h1") == SCRIPTS["km"][0]
    assert page.get_attribute("html", "lang") == "km"
