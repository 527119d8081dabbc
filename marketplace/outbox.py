"""Queue Celery tasks after commit without ever losing one to a broker outage.

`enqueue(task, *ids)` inside a write: on commit the task is published; if the
broker cannot take it, an OutboxMessage row keeps it, and `flush()` (run by
beat and whenever a worker comes up) publishes it later. Tasks must be safe to
run twice: a message can be published and then fail to be deleted."""
import logging
from functools import partial

from celery import current_app
from django.db import transaction

from marketplace.models import OutboxMessage

logger = logging.getLogger(__name__)


def enqueue(task, *args) -> None:
    # robust: whatever happens here, the write has committed and its answer
    # must not become a 500 (Django logs an error a callback raises).
    transaction.on_commit(partial(_publish_or_keep, task.name, list(args)), robust=True)


def _publish_or_keep(task_name: str, args: list) -> None:
    try:
        _publish(task_name, args)
    except Exception as error:  # any failure to publish: down broker, missing transport, bad config
        logger.warning("Could not publish %s%s, keeping it in the outbox: %r", task_name, args, error)
        OutboxMessage.objects.create(task_name=task_name, args=args, last_error=repr(error)[:2000])


def _publish(task_name: str, args: list) -> None:
    current_app.tasks[task_name].apply_async(args=args)


def flush(limit: int = 1000) -> int:
    """Publish kept messages oldest first; stop at the first broker error."""
    sent = 0
    for _ in range(limit):
        with transaction.atomic():
            message = OutboxMessage.objects.select_for_update(skip_locked=True).order_by("id").first()
            if message is None:
                break
            try:
                _publish(message.task_name, message.args)
            except Exception as error:  # kept for the next flush, whatever the cause
                OutboxMessage.objects.filter(pk=message.pk).update(
                    attempts=message.attempts + 1, last_error=repr(error)[:2000])
                break
            message.delete()
            sent += 1
    return sent
