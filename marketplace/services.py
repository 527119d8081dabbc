"""Writes about organisations and their people: creating an organisation,
inviting, accepting, changing roles, leaving; papers and verification. Keyword-only functions named
<entity>_<action>, one transaction each; emails queued on commit.

Every refusal is a ValidationError with a translated message, and nothing
is written before it is raised."""
import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from modeltranslation.utils import build_localized_fieldname

from . import rules
from .mail import preferred_language, queue_templated_email
from .models import Invitation, Membership, Organization, OrganizationPaper, Profile
from .storage import store_private
from .uploads import check_upload, upload_sha256

INVITATION_DAYS = 14


@transaction.atomic
def organization_create(*, user, name: str, kind: str, country: str, language: str, city: str = "",
                        website: str = "", registration_number: str = "", description: str = "") -> Organization:
    """A new, unverified organisation with `user` as its owner; its name and
    description are kept in the language the user wrote them in."""
    organization = Organization(
        slug=_unique_slug(name), kind=kind, country=country, city=city, website=website,
        registration_number=registration_number,
        **{build_localized_fieldname("name", language): name,
           build_localized_fieldname("description", language): description},
    )
    # The name may be in any one language; modeltranslation would insist on English.
    organization.full_clean(exclude=["name", build_localized_fieldname("name", settings.LANGUAGE_CODE)])
    organization.save()
    Membership.objects.create(user=user, organization=organization, role=Membership.Role.OWNER)
    return organization


def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "organisation"  # a name in Thai or Chinese slugifies to nothing
    slug = base
    while Organization.objects.filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(3)}"
    return slug


@transaction.atomic
def invitation_create(*, inviter, organization: Organization, email: str, role: str, request=None) -> Invitation:
    """Invite `email` to the organisation with `role`; the link is emailed on commit."""
    if not rules.can_manage_people(inviter, organization):
        raise PermissionDenied
    email = email.strip().lower()
    if Membership.objects.filter(organization=organization, user__email__iexact=email).exists():
        raise ValidationError(_("%(email)s is already a member of this organisation.") % {"email": email},
                              code="already_member")
    if role not in Membership.Role.values:
        raise ValidationError(_("Choose a role."), code="role")
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organization=organization, email=email, role=role, token_hash=_digest(token), invited_by=inviter,
        expires_at=timezone.now() + timedelta(days=INVITATION_DAYS))
    _send_invitation(invitation, token, request)
    return invitation


def invitation_for_token(token: str) -> Invitation:
    """The invitation a link names, if it can still be used."""
    invitation = Invitation.objects.select_related("organization").filter(token_hash=_digest(token)).first()
    if invitation is None:
        raise ValidationError(_("This invitation link is not valid. Ask the organisation for a new one."),
                              code="invalid")
    if invitation.accepted_at is not None:
        raise ValidationError(_("This invitation has already been used."), code="used")
    if invitation.expires_at <= timezone.now():
        raise ValidationError(_("This invitation has expired. Ask the organisation for a new one."),
                              code="expired")
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user) -> Membership:
    invitation = invitation_for_token(token)
    # Lock the row: two clicks on the same link make one membership.
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise ValidationError(_("This invitation has already been used."), code="used")
    if user.email.lower() != invitation.email.lower():
        raise ValidationError(_("This invitation was sent to %(email)s. Sign in with that address to accept it.")
                              % {"email": invitation.email}, code="other_email")
    if Membership.objects.filter(organization=invitation.organization, user=user).exists():
        raise ValidationError(_("You are already a member of this organisation."), code="already_member")
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return Membership.objects.create(user=user, organization=invitation.organization, role=invitation.role)


@transaction.atomic
def membership_change_role(*, actor, membership: Membership, role: str) -> Membership:
    if not rules.can_manage_people(actor, membership.organization):
        raise PermissionDenied
    if role not in Membership.Role.values:
        raise ValidationError(_("Choose a role."), code="role")
    if membership.role == Membership.Role.OWNER and role != Membership.Role.OWNER:
        _keep_an_owner(membership)
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def membership_remove(*, actor, membership: Membership) -> None:
    """An owner removes a member, or anyone leaves; never the last owner."""
    if actor != membership.user and not rules.can_manage_people(actor, membership.organization):
        raise PermissionDenied
    if membership.role == Membership.Role.OWNER:
        _keep_an_owner(membership)
    membership.delete()


def _keep_an_owner(membership: Membership) -> None:
    owners = (Membership.objects.select_for_update()
              .filter(organization=membership.organization, role=Membership.Role.OWNER))
    if [m.pk for m in owners] == [membership.pk]:
        raise ValidationError(_("An organisation needs an owner: make someone else an owner first."),
                              code="last_owner")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _send_invitation(invitation: Invitation, token: str, request) -> None:
    """In the invitee's language if they have an account, else the inviter's."""
    profile = Profile.objects.filter(user__email__iexact=invitation.email).first()
    language = profile.language if profile else preferred_language(invitation.invited_by)
    with override(language):  # the link names the invitee's language too
        path = reverse("invitation-accept", args=[token])
    link = request.build_absolute_uri(path) if request else f"{settings.WAGTAILADMIN_BASE_URL}{path}"
    queue_templated_email(template_prefix="marketplace/email/invitation", to=invitation.email, language=language,
                          context={"invitation": invitation, "link": link, "days": INVITATION_DAYS})


@transaction.atomic
def organization_paper_add(*, user, organization: Organization, kind: str, upload) -> OrganizationPaper:
    """Store a paper privately, judged by its content (a PDF or an image)."""
    if not rules.can_manage_people(user, organization):
        raise PermissionDenied
    checked = check_upload(upload, images_only=False)
    if checked.extension == "epub":
        raise ValidationError(_("Upload the paper as a PDF or an image."), code="file_type")
    paper = OrganizationPaper(organization=organization, kind=kind, uploaded_by=user, sha256=upload_sha256(upload))
    paper.file = store_private(paper.file.storage, f"papers/{paper.sha256[:2]}/{paper.sha256}.{checked.extension}",
                               upload)
    paper.save()
    return paper


@transaction.atomic
def organization_request_verification(*, user, organization: Organization) -> Organization:
    if not rules.can_manage_people(user, organization):
        raise PermissionDenied
    if not organization.papers.exists():
        raise ValidationError(_("Upload your business licence or registration certificate first."),
                              code="no_papers")
    organization.verification_requested_at = timezone.now()
    organization.rejection_reason = ""
    organization.save(update_fields=["verification_requested_at", "rejection_reason"])
    return organization


@transaction.atomic
def organization_verify(*, editor, organization: Organization) -> Organization:
    if not rules.can_verify(editor):
        raise PermissionDenied
    organization.verified_at = timezone.now()
    organization.verification_requested_at = None
    organization.rejection_reason = ""
    organization.save(update_fields=["verified_at", "verification_requested_at", "rejection_reason"])
    _tell_owners(organization, "verified")
    return organization


@transaction.atomic
def organization_reject(*, editor, organization: Organization, reason: str) -> Organization:
    if not rules.can_verify(editor):
        raise PermissionDenied
    if not reason.strip():
        raise ValidationError(_("Say why, so the organisation knows what to send."), code="no_reason")
    organization.verified_at = None
    organization.verification_requested_at = None
    organization.rejection_reason = reason.strip()
    organization.save(update_fields=["verified_at", "verification_requested_at", "rejection_reason"])
    _tell_owners(organization, "rejected")
    return organization


def _tell_owners(organization: Organization, outcome: str) -> None:
    """An email to each owner, in the owner's language."""
    owners = organization.memberships.filter(role=Membership.Role.OWNER).select_related("user")
    for membership in owners:
        language = preferred_language(membership.user)
        with override(language):
            link = f"{settings.WAGTAILADMIN_BASE_URL}{reverse('workspace')}"
        queue_templated_email(template_prefix="marketplace/email/verification", to=membership.user.email,
                              language=language, context={"organization": organization, "outcome": outcome,
                                                          "link": link})
