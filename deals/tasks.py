from datetime import timedelta

from celery import shared_task
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import override

from marketplace.mail import preferred_language, queue_templated_email
from marketplace.models import NotificationEmail

from . import contracting, services
from .models import Notification
from .notify import describe, room_url
from .selectors import notifications_for


@shared_task(ignore_result=True)
def offers_expire() -> dict:
    return services.offers_expire()


@shared_task(ignore_result=True)
def contracts_expire() -> int:
    return contracting.contracts_expire()


@shared_task(ignore_result=True)
def notification_email(notification_id: int) -> None:
    """Email one notification in its recipient's language; a second run sends nothing."""
    notification = (Notification.objects.select_related("recipient", "event__deal__work", "event__organization")
                    .filter(pk=notification_id, emailed_at__isnull=True).first())
    if notification is None or not notification.recipient.email:
        return
    language = preferred_language(notification.recipient)
    with override(language):
        context = {"text": describe(notification.event), "deal": notification.event.deal,
                   "link": room_url(notification.event, language)}
    if Notification.objects.filter(pk=notification.pk, emailed_at__isnull=True).update(emailed_at=timezone.now()):
        queue_templated_email(template_prefix="deals/email/notification", to=notification.recipient.email,
                              context=context, language=language)


@shared_task(ignore_result=True)
def notifications_digest() -> int:
    """Once a day: one email per person who chose the digest, with what they have not been sent."""
    sent = 0
    since = timezone.now() - timedelta(days=7)
    people = get_user_model().objects.filter(
        profile__notification_email=NotificationEmail.DAILY, deal_notifications__emailed_at__isnull=True,
        deal_notifications__created_at__gte=since).exclude(email="").distinct()
    for user in people:
        pending = list(notifications_for(user).select_related("event__deal__work", "event__organization")
                       .filter(emailed_at__isnull=True, created_at__gte=since).order_by("pk"))
        claimed = Notification.objects.filter(pk__in=[n.pk for n in pending], emailed_at__isnull=True).update(
            emailed_at=timezone.now())
        if not claimed:
            continue
        language = preferred_language(user)
        with override(language):
            lines = [(describe(n.event), room_url(n.event, language)) for n in pending]
        queue_templated_email(template_prefix="deals/email/digest", to=user.email, context={"lines": lines},
                              language=language)
        sent += 1
    return sent
