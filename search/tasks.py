from celery import shared_task

from . import indexing


@shared_task(autoretry_for=(Exception,), retry_backoff=True, retry_backoff_max=600, max_retries=10,
             acks_late=True, ignore_result=True)
def works_sync(work_ids: list[int]) -> None:
    """Bring the index in line with the database for these works: safe to repeat."""
    indexing.sync_works(work_ids)
