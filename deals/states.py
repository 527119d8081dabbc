"""The deal's state machine: which step may follow which status, and who may
take it. Everything else is refused with a message saying why."""
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import Deal
from .rules import BUYER, SELLER

S = Deal.Status
OPEN = set(Deal.OPEN)

# action -> (statuses it may follow, the status it leads to; None keeps the status)
TRANSITIONS = {
    "reply": ({S.NEW}, S.NEGOTIATING),
    "message": (OPEN | {S.ACCEPTED}, None),
    "offer": (OPEN, S.OFFERED),
    "accept": ({S.OFFERED}, S.ACCEPTED),
    "decline": (OPEN, S.DECLINED),
    "withdraw": (OPEN, S.WITHDRAWN),
    "expire": ({S.OFFERED}, S.EXPIRED),
    "request_mediation": (OPEN | {S.ACCEPTED}, None),
}
# Which side may take an action; "accept" is for the side that did not make the offer.
SIDES = {"decline": {SELLER}, "withdraw": {BUYER}}


def allows(deal: Deal, action: str) -> bool:
    return deal.status in TRANSITIONS[action][0]


def next_status(deal: Deal, action: str, side: str | None = None, offer_side: str | None = None) -> str:
    to = TRANSITIONS[action][1]
    if not allows(deal, action):
        raise ValidationError(_("This deal is %(status)s, so it can no longer be %(action)s.") % {
            "status": deal.get_status_display().lower(), "action": action_label(action)}, code="status")
    if action in SIDES and side not in SIDES[action]:
        raise ValidationError(
            _("Only the buyer may withdraw an inquiry.") if action == "withdraw"
            else _("Only the rights holder's side may decline an inquiry."), code="side")
    if action == "accept" and side == offer_side:
        raise ValidationError(_("The other side accepts an offer; you cannot accept your own."), code="side")
    return to or deal.status


def action_label(action: str) -> str:
    return {
        "reply": _("answered"), "message": _("written in"), "offer": _("given a new offer"),
        "accept": _("accepted"), "decline": _("declined"), "withdraw": _("withdrawn"), "expire": _("expired"),
        "request_mediation": _("taken to mediation"),
    }[action]
