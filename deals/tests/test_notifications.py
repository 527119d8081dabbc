"""Every event tells the other side: in the app, and by email in each
recipient's own language, at once or in a daily digest, never twice."""
import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from deals import services, tasks
from deals.models import Notification
from deals.notify import describe
from marketplace.models import NotificationEmail, Profile

from .factories import scope, terms, world

pytestmark = pytest.mark.django_db


def prefer(user, language, email=NotificationEmail.IMMEDIATE):
    Profile.objects.update_or_create(user=user, defaults={"language": language, "notification_email": email})


@pytest.fixture
def w():
    w = world()
    prefer(w.seller.owner, "zh-hans")
    prefer(w.seller.manager, "vi")
    prefer(w.seller.member, "km", NotificationEmail.DAILY)
    prefer(w.buyer.owner, "th", NotificationEmail.NEVER)
    return w


def inquire(w):
    return services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                                 scope=scope(), message="สวัสดีค่ะ", language="th")


def test_an_inquiry_emails_the_other_side_at_once_each_in_their_language(w, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        deal = inquire(w)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {w.seller.owner.email, w.seller.manager.email}  # the km reader chose the digest
    event = deal.events.get(kind="inquiry")
    for user, language in ((w.seller.owner, "zh-hans"), (w.seller.manager, "vi")):
        with translation.override(language):
            sentence = describe(event)
        message = by_recipient[user.email]
        with translation.override("en"):
            assert sentence != describe(event)  # not the English one
        assert deal.reference in message.subject and sentence in message.body
        assert f"/{language}/deals/{deal.pk}/" in message.body

def test_the_acting_side_is_not_told_of_its_own_step(w, django_capture_on_commit_callbacks):
    deal = inquire(w)
    services.offer_make(user=w.seller.manager, organization=w.seller.organization, deal=deal, scope=scope(),
                        terms=terms())
    told = set(Notification.objects.filter(event__kind="offer").values_list("recipient", flat=True))
    assert told == {w.buyer.owner.pk, w.buyer.manager.pk, w.buyer.member.pk}


def test_an_email_task_run_twice_sends_once(w, django_capture_on_commit_callbacks):
    inquire(w)
    notification = Notification.objects.get(recipient=w.seller.owner)
    with django_capture_on_commit_callbacks(execute=True):
        tasks.notification_email(notification.pk)
        tasks.notification_email(notification.pk)
    assert [m.to for m in mail.outbox] == [[w.seller.owner.email]]


def test_the_daily_digest_gathers_what_was_not_sent_once(w, django_capture_on_commit_callbacks):
    deal = inquire(w)
    services.message_post(user=w.buyer.member, organization=w.buyer.organization, deal=deal, body="?",
                          language="th")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.notifications_digest() == 1
        assert tasks.notifications_digest() == 0
    [digest] = mail.outbox
    assert digest.to == [w.seller.member.email] and digest.body.count(f"/km/deals/{deal.pk}/") == 2
    with translation.override("km"):
        assert gettext("What happened in your deals since the last digest:") in digest.body
