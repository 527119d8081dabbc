"""Tell the other side: one in-app notification per member of every party
but the one that acted, and email in each recipient's own language, at once
or in a daily digest as their profile says."""
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from marketplace.models import Membership, NotificationEmail
from marketplace.outbox import enqueue

from .models import DealEvent, Notification

_emails_held = ContextVar("deal_emails_held", default=False)


@contextmanager
def emails_held():
    """Notifications inside this block are listed in the app but never emailed
    (the demo's seeding: its history is news to nobody)."""
    token = _emails_held.set(True)
    try:
        yield
    finally:
        _emails_held.reset(token)


def event_happened(event: DealEvent) -> list[Notification]:
    from .tasks import notification_email  # tasks import this module

    deal = event.deal
    parties = [org.pk for org in deal.parties() if org.pk != event.organization_id]
    recipients = set(Membership.objects.filter(organization__in=parties).values_list("user_id", flat=True))
    if deal.mediator_id:
        recipients.add(deal.mediator_id)
    recipients.discard(event.actor_id)
    held = _emails_held.get()
    notifications = Notification.objects.bulk_create(
        Notification(recipient_id=user_id, event=event, emailed_at=event.created_at if held else None)
        for user_id in sorted(recipients))
    if held:
        return notifications
    # People who never chose get email at once, the default.
    immediate = set(get_user_model().objects.filter(pk__in=recipients).filter(
        Q(profile__isnull=True) | Q(profile__notification_email=NotificationEmail.IMMEDIATE),
    ).values_list("pk", flat=True))
    for notification in notifications:
        if notification.recipient_id in immediate:
            enqueue(notification_email, notification.pk)
    return notifications


def describe(event: DealEvent) -> str:
    """One sentence for the list, the email and the room's history, in the active language."""
    who = str(event.organization.name) if event.organization else _("The platform")
    work = str(event.deal.work.title or event.deal.work.original_title)
    texts = {
        "inquiry": _("%(who)s sent an inquiry about “%(work)s”."),
        "message": _("%(who)s wrote in the deal room for “%(work)s”."),
        "offer": _("%(who)s made an offer for “%(work)s”."),
        "counter_offer": _("%(who)s made a counter-offer for “%(work)s”."),
        "accepted": _("%(who)s accepted the offer for “%(work)s”."),
        "declined": _("%(who)s declined the deal for “%(work)s”."),
        "withdrawn": _("%(who)s withdrew the inquiry about “%(work)s”."),
        "expired": _("The offer for “%(work)s” expired."),
        "expiry_reminder": _("The offer for “%(work)s” expires in less than three days."),
        "mediation_requested": _("%(who)s asked for mediation on the deal for “%(work)s”."),
        "mediator_joined": _("A platform mediator joined the deal for “%(work)s”."),
    }
    return texts.get(event.kind, _("The deal for “%(work)s” changed.")) % {"who": who, "work": work}


def room_url(event: DealEvent, language: str) -> str:
    with override(language):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("deal-room", args=[event.deal_id])
