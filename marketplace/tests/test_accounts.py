"""Accounts: sign-up in the reader's language with email verification, log-in
(throttled), password reset, two-factor set-up; every email in the
recipient's language, sent by a task."""
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils.translation import gettext, override

from marketplace.models import Profile

pytestmark = pytest.mark.django_db
PASSWORD = "Lantern-River-2026"


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def sign_up(client, lang="th", email="somchai@agency.example", language="th"):
    return client.post(f"/{lang}/accounts/signup/", {
        "email": email, "password1": PASSWORD, "password2": PASSWORD, "language": language})


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body)[1]


def test_a_thai_agent_signs_up_confirms_her_email_and_signs_in(client, run_on_commit):
    page = client.get("/th/accounts/signup/").content.decode()
    with override("th"):
        assert gettext("Preferred language") in page
    with run_on_commit():
        response = sign_up(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="somchai@agency.example")
    assert Profile.objects.get(user=user).language == "th"
    [message] = mail.outbox
    with override("th"):
        assert gettext("Please Confirm Your Email Address") in message.subject
    assert "Please Confirm" not in message.subject
    confirm = link_in(message)
    assert confirm.startswith("/th/accounts/confirm-email/")
    assert client.post(confirm).status_code == 302
    assert user.emailaddress_set.get().verified
    client.logout()
    response = client.post("/th/accounts/login/", {"login": "somchai@agency.example", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_duplicate_email_is_a_translated_error_and_creates_nothing(client, run_on_commit):
    with run_on_commit():
        sign_up(client)
    client.logout()
    response = sign_up(client, lang="km", email="SOMCHAI@agency.example", language="km")
    assert response.status_code == 200
    assert get_user_model().objects.count() == 1
    with override("km"):
        expected = gettext("A user is already registered with this email address.")
    assert expected != "A user is already registered with this email address."
    assert expected in response.content.decode()


def test_the_password_reset_email_is_in_the_recipients_language(client, run_on_commit):
    with run_on_commit():
        sign_up(client, lang="en", email="dara@studio.example", language="km")
    mail.outbox.clear()
    client.logout()
    with run_on_commit():
        client.post("/en/accounts/password/reset/", {"email": "dara@studio.example"})
    [message] = mail.outbox
    with override("km"):
        assert gettext("Password Reset Email") in message.subject
    assert "Password Reset" not in message.subject


def test_failed_logins_are_throttled(client, run_on_commit):
    with run_on_commit():
        sign_up(client, lang="en", email="mai@press.example", language="vi")
    client.post(link_in(mail.outbox[0]))
    client.logout()
    for _ in range(5):
        client.post("/vi/accounts/login/", {"login": "mai@press.example", "password": "wrong"})
    throttled = client.post("/vi/accounts/login/", {"login": "mai@press.example", "password": PASSWORD})
    assert throttled.status_code == 200 and "_auth_user_id" not in client.session  # even the right one waits
    with override("vi"):
        message = gettext("Too many failed login attempts. Try again later.")
    assert message != "Too many failed login attempts. Try again later." and message in throttled.content.decode()


def test_a_signed_in_user_can_set_up_an_authenticator_app(client, run_on_commit):
    with run_on_commit():
        sign_up(client, lang="zh-hans", email="li@press.example", language="zh-hans")
    client.post(link_in(mail.outbox[0]))
    client.post("/zh-hans/accounts/login/", {"login": "li@press.example", "password": PASSWORD})
    asked = client.get("/zh-hans/accounts/2fa/totp/activate/")
    assert asked.status_code == 302 and "/zh-hans/accounts/reauthenticate/" in asked["Location"]  # password again
    client.post(asked["Location"], {"password": PASSWORD})
    page = client.get("/zh-hans/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    assert "otpauth://" in page.content.decode() or "<svg" in page.content.decode()


def test_demo_passwords_work_only_where_demo_logins_are_on(settings):
    from marketplace.demo.accounts import DEMO_PASSWORD, create_demo_accounts
    from marketplace.tests.factories import OrganizationFactory

    settings.DEMO_LOGINS = False
    create_demo_accounts([OrganizationFactory(slug="lotus-press", country="CN")])
    owner = get_user_model().objects.get(email="owner@lotus-press.example")
    assert not owner.check_password(DEMO_PASSWORD) and not owner.has_usable_password()
    assert owner.profile.language == "zh-hans"


def test_a_person_chooses_the_language_and_frequency_of_their_email(client):
    from marketplace.models import NotificationEmail
    from marketplace.tests.factories import UserFactory

    user = UserFactory()
    client.force_login(user)
    page = client.get("/km/accounts/preferences/")
    assert page.status_code == 200 and 'name="notification_email"' in page.content.decode()
    answer = client.post("/km/accounts/preferences/", {"language": "my", "notification_email": "daily"})
    assert answer.status_code == 302
    assert (Profile.objects.get(user=user).language, Profile.objects.get(user=user).notification_email) == (
        "my", NotificationEmail.DAILY)
    refused = client.post("/km/accounts/preferences/", {"language": "xx", "notification_email": "hourly"})
    assert refused.status_code == 200 and refused.content.decode().count('class="errorlist') == 2
    assert Profile.objects.get(user=user).language == "my"
