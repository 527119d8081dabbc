"""Celery entry points of the catalogue: they take ids, do work that is safe
to repeat, and retry with backoff when a store is briefly unreachable."""
from celery import shared_task
from django.core.files.base import ContentFile

from .models import MediaAsset, Work
from .watermark import watermarked_preview

# The cover sizes the templates ask for; made ahead so pages never wait on them.
COVER_RENDITIONS = ["fill-300x400", "width-640"]
RETRY = {"autoretry_for": (OSError, ConnectionError), "retry_backoff": True, "retry_backoff_max": 300,
         "max_retries": 8, "acks_late": True}


@shared_task(**RETRY)
def media_asset_make_preview(asset_id: int) -> bool:
    asset = MediaAsset.objects.filter(pk=asset_id).first()
    if asset is None or not asset.needs_preview:
        return False  # gone, not an image, or already done for this original
    with asset.file.open("rb") as original:
        preview = watermarked_preview(original)
    old_name = asset.preview.name
    asset.preview.save(f"{asset.sha256[:16]}.jpg", ContentFile(preview), save=False)
    # Compare-and-set on the original's hash: a concurrent run for the same
    # original writes once; a newer original is never overwritten by an older run.
    updated = MediaAsset.objects.filter(pk=asset_id, sha256=asset.sha256).update(
        preview=asset.preview.name, preview_of=asset.sha256)
    if old_name and old_name != asset.preview.name:
        asset.preview.storage.delete(old_name)
    return bool(updated)


@shared_task(**RETRY)
def work_make_cover_renditions(work_id: int) -> int:
    work = Work.objects.select_related("cover").filter(pk=work_id).first()
    if work is None or work.cover is None:
        return 0
    return len(work.cover.get_renditions(*COVER_RENDITIONS))
