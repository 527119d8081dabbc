"""Verification: an owner uploads papers to private storage and asks; an
editor approves, or rejects with a reason, in the Wagtail admin queue; the
owner gets an email either way, in the owner's language."""
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils.translation import gettext, override

from catalog.tests.images import PDF_BYTES, upload
from cms.tests.factories import site
from marketplace.models import Membership, OrganizationPaper, Profile
from marketplace.tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(client):
    site()
    membership = MembershipFactory(role=Membership.Role.OWNER, user__email="owner@angkor.example",
                                   organization__verified_at=None)
    Profile.objects.create(user=membership.user, language="km")
    client.force_login(membership.user)
    return membership


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@rightsbridge.example", "pw")


def test_papers_are_private_and_go_through_the_queue_to_a_verified_badge(client, owner, editor,
                                                                        django_capture_on_commit_callbacks, settings):
    client.post("/km/workspace/papers/", {"kind": "business_licence", "file": upload("licence.pdf", PDF_BYTES)})
    paper = OrganizationPaper.objects.get()
    assert paper.file.path.startswith(str(settings.STORAGES["documents"]["OPTIONS"]["location"]))
    assert client.get(f"/papers/{paper.pk}/").status_code == 200  # the owner may read it
    client.post("/km/workspace/verification/")
    stranger = UserFactory()
    client.force_login(stranger)
    assert client.get(f"/papers/{paper.pk}/").status_code == 403
    client.force_login(editor)
    queue = client.get("/admin/verification/").content.decode()
    assert f"/papers/{paper.pk}/" in queue
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/verification/{owner.organization.pk}/", {"decision": "approve"})
    owner.organization.refresh_from_db()
    assert owner.organization.is_verified
    [message] = mail.outbox
    assert message.to == ["owner@angkor.example"]
    with override("km"):
        assert gettext("Verification queue") != "Verification queue"
    assert "is verified" not in message.subject  # written in Khmer


def test_a_rejection_needs_a_reason_and_the_owner_reads_it(client, owner, editor, django_capture_on_commit_callbacks):
    client.post("/km/workspace/papers/", {"kind": "registration", "file": upload("cert.pdf", PDF_BYTES)})
    client.post("/km/workspace/verification/")
    client.force_login(editor)
    client.post(f"/admin/verification/{owner.organization.pk}/", {"decision": "reject", "reason": " "})
    owner.organization.refresh_from_db()
    assert owner.organization.verification_requested_at is not None  # nothing changed without a reason
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/verification/{owner.organization.pk}/",
                    {"decision": "reject", "reason": "The licence is unreadable."})
    owner.organization.refresh_from_db()
    assert not owner.organization.is_verified and owner.organization.rejection_reason == "The licence is unreadable."
    assert "The licence is unreadable." in mail.outbox[-1].body
    client.force_login(owner.user)
    assert "The licence is unreadable." in client.get("/km/workspace/").content.decode()


@pytest.mark.parametrize("name, content", [("notes.txt", b"just text"), ("book.epub", None)])
def test_a_paper_of_the_wrong_type_is_refused_and_nothing_is_stored(client, owner, name, content):
    if content is None:
        import io
        import zipfile

        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr(zipfile.ZipInfo("mimetype"), b"application/epub+zip")
        content = out.getvalue()
    response = client.post("/km/workspace/papers/", {"kind": "other", "file": upload(name, content)}, follow=True)
    assert not OrganizationPaper.objects.exists()
    assert 'class="message error"' in response.content.decode()


def test_a_member_cannot_upload_papers_or_ask(client, owner):
    member = MembershipFactory(organization=owner.organization, role="member")
    client.force_login(member.user)
    client.post("/en/workspace/papers/", {"kind": "other", "file": upload("licence.pdf", PDF_BYTES)})
    client.post("/en/workspace/verification/")
    assert not OrganizationPaper.objects.exists()
    owner.organization.refresh_from_db()
    assert owner.organization.verification_requested_at is None
