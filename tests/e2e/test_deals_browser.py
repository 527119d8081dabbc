"""A deal from first inquiry to acceptance in a real browser, each side in its
own language: a Thai agent finds a Vietnamese picture book by availability
and asks for Thai translation rights in Thai; the Vietnamese publisher's
manager answers in Chinese and makes an offer; the agent counters; the
publisher accepts; both see the accepted version and their notifications.
Screenshots go to var/screenshots/deals/."""
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from catalog.tests.factories import RightsOfferFactory, WorkFactory
from cms.tests.factories import site
from deals.log import first_broken_link
from deals.models import Deal
from deals.tests.factories import side
from tests.e2e.conftest import SCREENSHOTS, screenshot
from tests.e2e.test_listing_browser import _session_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def market(embedded_index):
    site()
    publisher = side(name_en="Kim Dong Publishing", name_vi="NXB Kim Đồng", name_zh_hans="金童出版社", country="VN")
    agency = side(name_en="Chao Phraya Rights", name_th="เจ้าพระยา ไรต์ส", country="TH", kind="agency")
    book = WorkFactory(rights_holder=publisher.organization, kind="book", subtype="picture_book",
                       slug="the-lantern-river", original_title="Dòng sông đèn lồng", original_language="vi",
                       title_en="The Lantern River", title_th="แม่น้ำโคมไฟ", title_vi="Dòng sông đèn lồng",
                       title_zh_hans="灯笼河")
    RightsOfferFactory(work=book, territories="World excluding VN", languages="th, km, zh-Hans")
    other = WorkFactory(rights_holder=publisher.organization, title_th="หนังสือที่ไม่มีสิทธิ์แปลไทย")
    RightsOfferFactory(work=other, territories="CN", languages="zh-Hans")
    return {"publisher": publisher, "agency": agency, "book": book}


def sign_in(page, live_server, user):
    page.context.clear_cookies()
    page.context.add_cookies([{"name": "sessionid", "value": _session_for(user), "url": live_server.url}])


def shot(page, name):
    return screenshot(page, f"deals/{name}")


def test_inquiry_offer_counter_offer_and_acceptance_in_thai_chinese_and_back(page, live_server, market):
    agent, publisher = market["agency"], market["publisher"]

    # 1. The Thai agent filters by availability and opens the picture book.
    sign_in(page, live_server, agent.member)
    page.goto(f"{live_server.url}/th/search/?right=translation&territory=TH&language=th")
    assert page.locator(".hit-title").all_inner_texts() == ["แม่น้ำโคมไฟ"]
    shot(page, "1-search-th")
    page.locator(".hit-title").first.click()
    page.locator(".offer-actions a").first.click()
    page.fill("input[name=territories]", "TH")
    page.fill("input[name=languages]", "th")
    page.fill("input[name=term_years]", "5")
    page.fill("input[name=print_run]", "3000")
    page.select_option("select[name=book_format]", "paperback")
    page.fill("input[name=target_date]", (timezone.localdate() + timedelta(days=60)).isoformat())
    page.fill("textarea[name=message]", "สวัสดีค่ะ เราสนใจลิขสิทธิ์แปลภาษาไทยของหนังสือเล่มนี้")
    shot(page, "1-inquiry-th")
    page.locator("form.listing-form button[type=submit]").click()
    page.wait_for_url("**/th/deals/*/")
    deal = Deal.objects.get()
    assert deal.status == Deal.Status.NEW and deal.languages == "th" and deal.territories == "TH"
    assert page.locator(".thread-message .message-body").inner_text().startswith("สวัสดีค่ะ")
    shot(page, "1-room-th")

    # 2. The publisher's manager answers in Chinese and makes an offer.
    sign_in(page, live_server, publisher.manager)
    page.goto(f"{live_server.url}/zh-hans/notifications/")
    assert page.locator(".notification-list li.unread").count() == 1
    page.locator(".notification-list a").first.click()
    page.wait_for_url(f"**/zh-hans/deals/{deal.pk}/")
    page.fill("textarea[name=body]", "感谢您的询价，请看我们的报价。")
    page.select_option("select[name=language]", "zh-hans")
    with page.expect_navigation():
        page.locator(".message-form button[type=submit]").click()
    page.locator(".deal-actions a.button-small").click()
    page.fill("input[name=currency]", "USD")
    page.fill("input[name=advance]", "1800")
    page.fill("input[name=release_deadline_months]", "18")
    page.fill("input[name=tiers-0-format]", "paperback")
    page.fill("input[name=tiers-0-rate]", "6")
    page.fill("input[name=tiers-1-format]", "paperback")
    page.fill("input[name=tiers-1-rate]", "8")
    page.fill("input[name=tiers-1-threshold]", "5000")
    # A viewport shot: after a full-page one (which resizes the page) Chromium drops the next click.
    page.locator(".tiers-table").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "deals" / "2-offer-zh.png"))
    page.locator("form.listing-form .form-actions button").click()
    page.wait_for_url(f"**/zh-hans/deals/{deal.pk}/")
    deal.refresh_from_db()
    assert deal.status == Deal.Status.OFFERED and deal.offers.get().tiers.count() == 2
    shot(page, "2-room-zh")

    # 3. The agent's manager counters in Thai.
    sign_in(page, live_server, agent.manager)
    page.goto(f"{live_server.url}/th/deals/{deal.pk}/")
    page.locator(".deal-actions a.button-small").click()
    assert page.input_value("input[name=advance]") == "1800.00"  # the form starts from version 1
    page.fill("input[name=advance]", "1500")
    page.locator("form.listing-form .form-actions button").click()
    page.wait_for_url(f"**/th/deals/{deal.pk}/")
    assert page.locator(".offer-version.latest .changes ins").first.inner_text().startswith("US$1,500")
    shot(page, "3-counter-th")

    # 4. The publisher's owner accepts version 2, reading in Vietnamese.
    sign_in(page, live_server, publisher.owner)
    page.goto(f"{live_server.url}/vi/deals/{deal.pk}/")
    page.locator(".deal-actions form[action$='/accept/'] button").click()
    page.wait_for_url(f"**/vi/deals/{deal.pk}/")
    deal.refresh_from_db()
    accepted = deal.offers.get(version=2)
    assert deal.status == Deal.Status.ACCEPTED and accepted.accepted_by == publisher.owner
    assert page.locator(".offer-version.accepted").count() == 1
    shot(page, "4-accepted-vi")

    # 5. Both sides see the accepted version and their notifications.
    sign_in(page, live_server, agent.member)
    page.goto(f"{live_server.url}/th/deals/{deal.pk}/")
    assert page.locator(".offer-version.accepted h3").inner_text().count("2") >= 1
    assert page.locator(".count-badge").inner_text().strip().isdigit()
    page.goto(f"{live_server.url}/th/notifications/")
    assert page.locator(".notification-list li").count() == 3  # the offer, the counter-party's message, acceptance
    shot(page, "5-notifications-th")
    assert list(deal.events.values_list("kind", flat=True)) == [
        "inquiry", "message", "offer", "counter_offer", "accepted"]
    assert first_broken_link() is None


def test_the_accepted_deal_becomes_a_sealed_contract_and_leaves_thai_search(page, live_server, market):
    from deals import services
    from deals.models import Contract
    from deals.seal import check
    from deals.tests.factories import scope, terms

    agent, publisher = market["agency"], market["publisher"]
    for user in (agent.owner, publisher.owner):
        user.set_password("signing password")
        user.save()
    deal = services.inquiry_send(user=agent.member, organization=agent.organization,
                                 line=market["book"].rights_offers.get(), scope=scope(languages="th"),
                                 message="สวัสดีค่ะ", language="th")
    services.offer_make(user=publisher.manager, organization=publisher.organization, deal=deal, scope=scope(),
                        terms=terms())
    services.offer_accept(user=agent.owner, organization=agent.organization, deal=deal, version=1)

    # The publisher's manager prepares the contract in Chinese and sends it.
    sign_in(page, live_server, publisher.manager)
    page.goto(f"{live_server.url}/zh-hans/deals/{deal.pk}/")
    page.locator(f"form[action$='/deals/{deal.pk}/contract/'] button").click()
    page.wait_for_url("**/zh-hans/contracts/*/")
    page.locator("form[action$='/send/'] button").click()
    page.wait_for_url("**/zh-hans/contracts/*/")
    contract = Contract.objects.get()
    assert contract.status == Contract.Status.SENT
    shot(page, "6-contract-sent-zh")

    # The Thai agent's owner signs in Thai, then the publisher's owner in Chinese.
    for user, lang, name in ((agent.owner, "th", "สมใจ ใจดี"), (publisher.owner, "zh-hans", "陈明")):
        sign_in(page, live_server, user)
        page.goto(f"{live_server.url}/{lang}/contracts/{contract.pk}/")
        page.fill("input[name=typed_name]", name)
        page.fill("input[name=secret]", "signing password")
        page.locator("form[action$='/sign/'] button").click()
        page.wait_for_url(f"**/{lang}/contracts/{contract.pk}/")
        shot(page, f"7-signed-{lang}")
    contract.refresh_from_db()
    assert contract.status == Contract.Status.ACTIVE

    # The sealed original downloads, and its seal holds.
    with page.expect_download() as download:
        page.locator(f"a[href$='/contracts/{contract.pk}/sealed/']").click()
    data = Path(download.value.path()).read_bytes()
    assert check(data).genuine

    # Thai translation rights in Thailand are sold: Thai search no longer offers them.
    page.goto(f"{live_server.url}/th/search/?right=translation&territory=TH&language=th")
    assert page.locator(".hit-title").count() == 0
    shot(page, "8-search-th-sold")
    page.goto(f"{live_server.url}/th/search/?right=translation&territory=KH&language=th")
    assert page.locator(".hit-title").all_inner_texts() == ["แม่น้ำโคมไฟ"]
