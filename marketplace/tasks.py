from celery import shared_task
from celery.signals import worker_ready
from django.core.mail import EmailMultiAlternatives

from marketplace import outbox


@shared_task(ignore_result=True)
def outbox_flush() -> int:
    return outbox.flush()


@worker_ready.connect
def flush_outbox_when_a_worker_starts(**_kwargs):
    # A worker coming up usually means the broker is back: catch up at once.
    outbox_flush.delay()


@shared_task(autoretry_for=(OSError,), retry_backoff=True, retry_backoff_max=600, max_retries=10, acks_late=True,
             ignore_result=True)
def email_send(message: dict) -> None:
    """Send a rendered email (subject, body, from_email, to, alternatives);
    retried while the mail server is unreachable."""
    email = EmailMultiAlternatives(message["subject"], message["body"], message.get("from_email"), message["to"])
    for content, mimetype in message.get("alternatives", []):
        email.attach_alternative(content, mimetype)
    email.send()
