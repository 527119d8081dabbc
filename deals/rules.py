"""Who may see and move a deal. Only the parties see one: the buyer, the
rights holder and the work's representing agency; a platform editor only
once they have joined it as mediator. Any member of a party may write in the
room; offers, acceptance, decline and withdrawal commit the organisation, so
they need a manager or owner."""
from django.db.models import Q, QuerySet

from marketplace import rules as people

from .models import Deal

BUYER, SELLER = "buyer", "seller"


def side_of(organization, deal: Deal) -> str | None:
    """Which side an organisation sits on: the agency sits with the rights holder."""
    if organization is None:
        return None
    if organization.pk == deal.buyer_id:
        return BUYER
    if organization.pk in (deal.seller_id, deal.agency_id):
        return SELLER
    return None


def can_view(user, deal: Deal) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if deal.mediator_id == user.pk:
        return True
    return any(people.role_in(user, org) for org in deal.parties())


def can_write(user, organization, deal: Deal) -> bool:
    """Post a message for `organization` in the deal's room."""
    return side_of(organization, deal) is not None and people.role_in(user, organization) is not None


def can_commit(user, organization, deal: Deal) -> bool:
    """Make an offer, accept, decline or withdraw for `organization`."""
    return side_of(organization, deal) is not None and people.can_manage_listings(user, organization)


def can_inquire(user, organization) -> bool:
    return people.role_in(user, organization) is not None


def can_accept_instantly(user, organization) -> bool:
    """Instant terms bind at once, so only a verified buyer's manager or owner."""
    return people.can_manage_listings(user, organization) and organization.is_verified


def can_mediate(user, deal: Deal) -> bool:
    return people.is_platform_editor(user) and deal.mediation_requested_at is not None


def deals_of(organization) -> QuerySet[Deal]:
    if organization is None:
        return Deal.objects.none()
    return Deal.objects.filter(Q(buyer=organization) | Q(seller=organization) | Q(agency=organization))
