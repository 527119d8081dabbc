from celery import shared_task
from celery.signals import worker_ready

from marketplace import outbox


@shared_task(ignore_result=True)
def outbox_flush() -> int:
    return outbox.flush()


@worker_ready.connect
def flush_outbox_when_a_worker_starts(**_kwargs):
    # A worker coming up usually means the broker is back: catch up at once.
    outbox_flush.delay()
