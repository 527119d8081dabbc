"""Queue Celery tasks after commit without ever losing one to a broker outage.

`enqueue(task, *ids)` inside a write: on commit the task is published; if the
broker cannot take it, an OutboxMessage row keeps it, and `flush()` (run by
beat and whenever a worker comes up) publishes it later. Tasks must be safe to
run twice: a message can be published and then fail to be deleted."""
import logging
from functools import partial

from celery import current_app
from django.db import transaction
from kombu.exceptions import OperationalError

from marketplace.models import OutboxMessage

logger = logging.getLogger(__name__)
BROKER_ERRORS = (OperationalError, ConnectionError, OSError)


def enqueue(task, *args) -> None:
    transaction.on_commit(partial(_publish_or_keep, task.name, list(args)))


def _publish_or_keep(task_name: str, args: list) -> None:
    try:
        _publish(task_name, args)
    except BROKER_ERRORS as error:
        logger.warning("Broker unavailable, keeping %s%s in the outbox: %s", task_name, args, error)
        OutboxMessage.objects.create(task_name=task_name, args=args, last_error=str(error)[:2000])


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
            except BROKER_ERRORS as error:
                OutboxMessage.objects.filter(pk=message.pk).update(
                    attempts=message.attempts + 1, last_error=str(error)[:2000])
                break
            message.delete()
            sent += 1
    return sent
