"""Saving a work or an asset schedules its follow-up work; nothing more."""
from django.db.models.signals import post_save
from django.dispatch import receiver

from marketplace.outbox import enqueue

from .models import MediaAsset, Work
from .tasks import media_asset_make_preview, work_make_cover_renditions


@receiver(post_save, sender=Work, dispatch_uid="work_saved")
def work_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.cover_id:
        enqueue(work_make_cover_renditions, instance.pk)


@receiver(post_save, sender=MediaAsset, dispatch_uid="media_asset_saved")
def media_asset_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.needs_preview:
        enqueue(media_asset_make_preview, instance.pk)
