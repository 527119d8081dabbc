"""A manager lists a work in the workspace in a real browser: titles in
Chinese and Vietnamese, a rights offer built with territory chips, sent for
review; once an editor approves it, a Vietnamese reader finds it in search.
Screenshots go to var/screenshots/accounts/."""
import pytest
from django.contrib.auth import get_user_model

from catalog.models import Work
from catalog.tests.factories import listing_workflow
from cms.tests.factories import site
from marketplace.tests.factories import MembershipFactory
from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def manager(embedded_index, page, live_server):
    site()
    listing_workflow()
    membership = MembershipFactory(role="manager", organization__name_zh_hans="接力出版社",
                                   organization__name_en="Jieli Press")
    page.context.add_cookies([{"name": "sessionid", "value": _session_for(membership.user), "url": live_server.url}])
    return membership


def _session_for(user) -> str:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


def test_a_manager_lists_a_work_with_territory_chips_and_it_reaches_vietnamese_search(page, live_server, manager,
                                                                                       browser):
    page.goto(f"{live_server.url}/zh-hans/workspace/listings/new/")
    page.select_option("select[name=kind]", "book")
    page.select_option("select[name=subtype]", "picture_book")
    page.fill("input[name=original_title]", "灯笼河")
    page.fill("input[name=original_language]", "zh-Hans")
    page.fill("input[name=title_zh_hans]", "灯笼河")
    page.fill("input[name=title_vi]", "Dòng sông đèn lồng")
    line = page.locator(".offer-line").filter(has=page.locator("input[name=offers-0-territories]"))
    line.locator(".chip-input").fill("ASEAN")
    line.locator(".chip-add").click()
    line.locator(".chip-input").fill("MM")
    line.locator(".chip-exclude").check()
    line.locator(".chip-add").click()
    assert page.input_value("input[name=offers-0-territories]") == "ASEAN excluding MM"
    assert line.locator(".chips-exclude .chip").inner_text().startswith("缅甸")  # Myanmar, named in Chinese
    line.locator(".chip-input").fill("JP")
    line.locator(".chip-add").click()
    assert page.input_value("input[name=offers-0-territories]") == "ASEAN, JP excluding MM"
    line.locator(".chips-include .chip").nth(1).locator(".chip-remove").click()  # JP again
    assert page.input_value("input[name=offers-0-territories]") == "ASEAN excluding MM"
    page.fill("input[name=offers-0-languages]", "vi")
    screenshot(page, "accounts/zh-manager-1-listing")
    with page.expect_navigation():
        page.click("button[name=submit]")
    screenshot(page, "accounts/zh-manager-2-sent-for-review")
    work = Work.objects.get(original_title="灯笼河")
    assert work.workflow_in_progress and work.rights_offers.get().territories == "ASEAN excluding MM"

    get_user_model().objects.create_superuser("editor", "editor@rightsbridge.example", "Editor-pw-2026")
    admin = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("input[name=username]", "editor")
    admin.fill("input[name=password]", "Editor-pw-2026")
    with admin.expect_navigation():
        admin.click("form button[type=submit]")
    admin.goto(f"{live_server.url}/admin/snippets/catalog/work/edit/{work.pk}/")
    screenshot(admin, "accounts/en-editor-3-review")
    with admin.expect_navigation():  # "Approve" sits in the footer's action menu
        admin.locator('[data-workflow-action-name="approve"]').first.dispatch_event("click")
    admin.context.close()
    work.refresh_from_db()
    assert work.live
    page.goto(f"{live_server.url}/vi/search/?q=đèn+lồng")
    screenshot(page, "accounts/vi-reader-4-search")
    assert page.locator(".hit-title").first.inner_text() == "Dòng sông đèn lồng"
