"""Celery entry points of the catalogue: they take ids, call a service that is
safe to repeat, and retry with backoff when a store is briefly unreachable."""
from celery import shared_task

from . import services

RETRY = {"autoretry_for": (OSError, ConnectionError), "retry_backoff": True, "retry_backoff_max": 300,
         "max_retries": 8, "acks_late": True}


@shared_task(**RETRY)
def media_asset_make_preview(asset_id: int) -> bool:
    return services.media_asset_make_preview(asset_id=asset_id)


@shared_task(**RETRY)
def work_make_cover_renditions(work_id: int) -> int:
    return services.work_make_cover_renditions(work_id=work_id)


@shared_task(**RETRY)
def media_files_release(originals: list[str], previews: list[str]) -> list[str]:
    return services.media_files_release(originals=originals, previews=previews)


@shared_task(**RETRY)
def work_withdraw_previews(work_id: int) -> int:
    return services.work_withdraw_previews(work_id=work_id)


@shared_task(**RETRY)
def work_make_previews(work_id: int) -> int:
    return services.work_make_previews(work_id=work_id)
