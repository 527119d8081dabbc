"""Email in the recipient's language, sent by a Celery task through the
outbox so that a slow or absent mail server never holds up a page."""
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.translation import get_language, override

from .models import Profile
from .outbox import enqueue
from .tasks import email_send


def preferred_language(user) -> str:
    """The language a person reads email in: their profile's, else the page's."""
    profile = Profile.objects.filter(user=user).first() if user is not None and user.pk else None
    return profile.language if profile else (get_language() or settings.LANGUAGE_CODE)


def queue_email(message: EmailMessage) -> None:
    """Hand a rendered message to the email task, on commit."""
    enqueue(email_send, {
        "subject": message.subject, "body": message.body, "from_email": message.from_email,
        "to": list(message.to), "alternatives": [list(a) for a in getattr(message, "alternatives", [])],
    })


def queue_templated_email(*, template_prefix: str, to: str, context: dict, language: str) -> None:
    """<template_prefix>_subject.txt and _message.txt, rendered in `language`."""
    with override(language):
        subject = render_to_string(f"{template_prefix}_subject.txt", context).strip()
        body = render_to_string(f"{template_prefix}_message.txt", context)
    queue_email(EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [to]))
