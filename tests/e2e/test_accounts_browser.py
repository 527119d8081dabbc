"""Accounts and organisations in a real browser: a Thai agent signs up in
Thai, confirms her email from the outbox and sets up her agency; a Chinese
publisher's owner invites a manager, who joins in Vietnamese. Screenshots of
every step go to var/screenshots/accounts/."""
import re

import pytest
from django.core import mail

from cms.tests.factories import site
from marketplace.models import Membership, Organization
from marketplace.tests.factories import MembershipFactory
from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Lantern-River-2026"


def last_link(pattern: str) -> str:
    return re.search(pattern, mail.outbox[-1].body)[0]


def sign_up(page, base, lang, email, shot):
    page.goto(f"{base}/{lang}/accounts/signup/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    screenshot(page, f"accounts/{shot}-1-signup")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    screenshot(page, f"accounts/{shot}-2-verification-sent")
    page.goto(last_link(r"https?://\S+/confirm-email/\S+"))
    screenshot(page, f"accounts/{shot}-3-confirm")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main form button[type=submit]")


def test_a_thai_agent_signs_up_and_sets_up_her_agency(page, live_server):
    site()
    sign_up(page, live_server.url, "th", "somchai@agency.example", "th-agent")
    page.goto(f"{live_server.url}/th/workspace/")
    assert "/th/workspace/organisations/new/" in page.url
    page.fill("input[name=name]", "เจ้าพระยา ไรต์ส")
    page.select_option("select[name=kind]", "agency")
    page.select_option("select[name=country]", "TH")
    page.fill("input[name=city]", "กรุงเทพฯ")
    screenshot(page, "accounts/th-agent-4-organisation")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    screenshot(page, "accounts/th-agent-5-workspace")
    assert page.locator("html").get_attribute("lang") == "th" and "/th/workspace/" in page.url
    assert "เจ้าพระยา ไรต์ส" in page.locator(".org-line").inner_text()
    assert "เจ้าพระยา ไรต์ส" in page.locator(".account-nav").inner_text()  # acting for, in the header
    organization = Organization.objects.get(name_th="เจ้าพระยา ไรต์ส")
    assert Membership.objects.get(organization=organization).user.email == "somchai@agency.example"


def test_a_publisher_invites_a_manager_who_joins_in_vietnamese(page, live_server, browser):
    site()
    owner = MembershipFactory(role="owner", user__email="owner@jieli.example",
                              organization__name_zh_hans="接力出版社", organization__name_en="Jieli Press")
    owner.user.set_password(PASSWORD)
    owner.user.save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=owner.user, email=owner.user.email, verified=True, primary=True)
    page.goto(f"{live_server.url}/zh-hans/accounts/login/")
    page.fill("input[name=login]", "owner@jieli.example")
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    page.goto(f"{live_server.url}/zh-hans/workspace/")
    page.fill("#invite-form input[name=email]", "hoa@press.example")
    page.select_option("#invite-form select[name=role]", "manager")
    screenshot(page, "accounts/zh-owner-1-invite")
    with page.expect_navigation():
        page.click("#invite-form button[type=submit]")
    screenshot(page, "accounts/zh-owner-2-invited")
    assert "hoa@press.example" in page.locator("section[aria-labelledby=people-heading]").inner_text()
    invitation = last_link(r"https?://\S+/invitations/\S+/").replace("/zh-hans/", "/vi/")

    other = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_up(other, live_server.url, "vi", "hoa@press.example", "vi-manager")
    other.goto(invitation)
    screenshot(other, "accounts/vi-manager-4-invitation")
    with other.expect_navigation():
        other.click("main form button[type=submit]")
    screenshot(other, "accounts/vi-manager-5-joined")
    assert Membership.objects.get(user__email="hoa@press.example").role == "manager"
    assert "接力出版社" in other.locator(".org-line").inner_text() or "Jieli" in other.locator(".org-line").inner_text()
    other.context.close()
