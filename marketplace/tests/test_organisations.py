"""Organisations and their people: set-up, invitations that work once and
expire, roles, never losing the last owner, the acting organisation, and a
public profile; refusals are translated and write nothing."""
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext, override

from cms.tests.factories import site
from marketplace import services
from marketplace.models import Invitation, Membership, Organization, Profile
from marketplace.tests.factories import MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def owner():
    return MembershipFactory(role=Membership.Role.OWNER, user__email="owner@jieli.example")


def invite(owner, email="hoa@press.example", role="manager", on_commit=None):
    with on_commit():
        services.invitation_create(inviter=owner.user, organization=owner.organization, email=email, role=role)
    return re.search(r"/invitations/([^/\s]+)/", mail.outbox[-1].body)[1]


def test_a_signed_in_user_sets_up_an_organisation_in_thai_and_owns_it(client):
    site()
    user = UserFactory(email="somchai@agency.example")
    client.force_login(user)
    assert client.get("/th/workspace/").status_code == 302  # no organisation yet: set one up
    page = client.get("/th/workspace/organisations/new/")
    with override("th"):
        assert gettext("Set up your organisation") in page.content.decode()
    response = client.post("/th/workspace/organisations/new/", {
        "name": "เจ้าพระยา ไรต์ส", "kind": "agency", "country": "TH", "city": "กรุงเทพฯ",
        "website": "chao-phraya.example", "registration_number": "0105566000001", "description": "ซื้อลิขสิทธิ์การแปล"})
    assert response.status_code == 302
    organization = Organization.objects.get(name_th="เจ้าพระยา ไรต์ส")
    assert organization.slug and not organization.is_verified and organization.website == "https://chao-phraya.example"
    assert Membership.objects.get(organization=organization).role == "owner"
    dashboard = client.get("/th/workspace/").content.decode()
    assert "เจ้าพระยา ไรต์ส" in dashboard
    profile = client.get(f"/zh-hans/organisations/{organization.slug}/").content.decode()
    assert 'lang="th"' in profile and "เจ้าพระยา ไรต์ส" in profile  # shown, marked as Thai
    with override("zh-hans"):
        assert gettext("Not yet verified") in profile


def test_an_invitation_in_the_invitees_language_makes_a_membership_once(client, owner, on_commit):
    invitee = UserFactory(email="hoa@press.example")
    Profile.objects.create(user=invitee, language="vi")
    token = invite(owner, on_commit=on_commit)
    message = mail.outbox[-1]
    with override("vi"):
        assert gettext("Accept the invitation:") in message.body != "Accept the invitation:"
    assert "/vi/invitations/" in message.body
    assert Invitation.objects.get().token_hash != token  # only the hash is kept
    client.force_login(invitee)
    assert client.post(f"/vi/invitations/{token}/").status_code == 302
    assert Membership.objects.get(user=invitee).role == "manager"
    reused = client.post(f"/vi/invitations/{token}/")
    assert reused.status_code == 410
    with override("vi"):
        assert gettext("This invitation has already been used.") in reused.content.decode()
    assert Membership.objects.filter(user=invitee).count() == 1


@pytest.mark.parametrize("case", ["forged", "expired", "other_email"])
def test_a_bad_invitation_is_refused_in_the_readers_language(client, owner, on_commit, case):
    token = invite(owner, on_commit=on_commit)
    if case == "forged":
        token = token[:-4] + "AAAA"
    if case == "expired":
        Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    email = "someone-else@press.example" if case == "other_email" else "hoa@press.example"
    client.force_login(UserFactory(email=email))
    response = client.post(f"/km/invitations/{token}/")
    assert response.status_code in (400, 410)
    assert not Membership.objects.filter(user__email__in=["hoa@press.example", "someone-else@press.example"]).exists()
    assert 'role="alert"' in response.content.decode()
    assert "invitation" not in response.content.decode().split('role="alert"')[1][:300].lower()  # said in Khmer


def test_inviting_someone_already_a_member_is_refused(owner):
    MembershipFactory(organization=owner.organization, user__email="hoa@press.example", role="member")
    with override("th"), pytest.raises(ValidationError) as error:
        services.invitation_create(inviter=owner.user, organization=owner.organization, email="HOA@press.example",
                                   role="manager")
    assert error.value.code == "already_member" and not Invitation.objects.exists()


def test_only_an_owner_invites_and_the_last_owner_cannot_leave(client, owner):
    manager = MembershipFactory(organization=owner.organization, role="manager")
    with pytest.raises(Exception) as denied:
        services.invitation_create(inviter=manager.user, organization=owner.organization, email="x@example.test",
                                   role="member")
    assert denied.type.__name__ == "PermissionDenied"
    client.force_login(owner.user)
    response = client.post(f"/my/workspace/members/{owner.pk}/remove/", follow=True)
    assert Membership.objects.filter(pk=owner.pk).exists()
    with override("my"):
        assert gettext("An organisation needs an owner: make someone else an owner first.") in \
            response.content.decode()
    client.post(f"/my/workspace/members/{manager.pk}/role/", {"role": "owner"})
    client.post(f"/my/workspace/members/{owner.pk}/remove/")
    assert not Membership.objects.filter(pk=owner.pk).exists()  # another owner now: leaving is fine


def test_a_person_in_two_organisations_chooses_whom_to_act_for(client, owner):
    site()
    other = MembershipFactory(user=owner.user, role="member", organization=OrganizationFactory(name_en="Mekong Story"))
    client.force_login(owner.user)
    client.post("/en/workspace/acting/", {"organization": other.organization.pk, "next": "/en/workspace/"})
    assert "Mekong Story" in client.get("/en/workspace/").content.decode().split("<h1>")[1][:400]
    stranger = OrganizationFactory()
    assert client.post("/en/workspace/acting/", {"organization": stranger.pk}).status_code == 404
    for garbage in ("abc", "²", "99999999999999999999999", ""):
        assert client.post("/en/workspace/acting/", {"organization": garbage}).status_code == 404


def test_a_profile_pages_through_its_listings(client):
    from catalog.tests.factories import WorkFactory

    site()
    organization = OrganizationFactory(slug="big-press")
    for n in range(65):
        WorkFactory(rights_holder=organization, slug=f"listing-{n}")
    first = client.get("/en/organisations/big-press/").content.decode()
    last = client.get("/en/organisations/big-press/?page=2").content.decode()
    assert first.count('class="card"') == 60 and last.count('class="card"') == 5
    assert client.get("/en/organisations/big-press/?page=999").content.decode().count('class="card"') == 5
    assert 'rel="next"' in first and 'rel="prev"' in last
