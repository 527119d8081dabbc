"""Who may do what to which organisation: one predicate per question.

Views, the admin, the API and querysets ask these; no check is written out
twice. A predicate takes the acting user first and never raises."""
from django.db.models import QuerySet

from .models import Membership, Organization

MANAGING_ROLES = (Membership.Role.OWNER, Membership.Role.MANAGER)


def role_in(user, organization: Organization) -> str | None:
    """The user's role in the organisation, or None."""
    if not getattr(user, "is_authenticated", False) or organization is None:
        return None
    cache = user.__dict__.setdefault("_roles", {})
    if organization.pk not in cache:
        cache[organization.pk] = (Membership.objects.filter(user=user, organization=organization)
                                  .values_list("role", flat=True).first())
    return cache[organization.pk]


def can_manage_listings(user, organization: Organization) -> bool:
    """Create, edit, submit and withdraw the organisation's works."""
    return role_in(user, organization) in MANAGING_ROLES


def can_manage_people(user, organization: Organization) -> bool:
    """Invite people, change roles, remove members."""
    return role_in(user, organization) == Membership.Role.OWNER


def is_platform_editor(user) -> bool:
    """Editors verify organisations and moderate listings in the Wagtail admin."""
    return getattr(user, "is_authenticated", False) and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def can_verify(user) -> bool:
    return is_platform_editor(user)


def organizations_of(user) -> QuerySet[Organization]:
    if not getattr(user, "is_authenticated", False):
        return Organization.objects.none()
    return Organization.objects.filter(memberships__user=user).order_by("name")
