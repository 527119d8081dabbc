"""Which organisation a person is acting for: chosen in the header, kept for
the session, and always one they belong to."""
from . import rules
from .models import Organization

SESSION_KEY = "acting_organization"


def acting_organization(request) -> Organization | None:
    if not request.user.is_authenticated:
        return None
    if not hasattr(request, "_acting_organization"):
        organizations = list(rules.organizations_of(request.user))
        chosen = request.session.get(SESSION_KEY)
        request._acting_organization = next((o for o in organizations if o.pk == chosen),
                                            organizations[0] if organizations else None)
        request._my_organizations = organizations
    return request._acting_organization


def choose(request, organization: Organization) -> None:
    request.session[SESSION_KEY] = organization.pk
    request._acting_organization = organization


def context(request) -> dict:
    """Template context processor: the header shows whom you act for."""
    organization = acting_organization(request)
    return {"acting_organization": organization,
            "my_organizations": getattr(request, "_my_organizations", [])}
