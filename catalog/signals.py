"""Saving, publishing, withdrawing or deleting a work or an asset schedules
its follow-up work on commit; nothing more."""
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import published, unpublished

from marketplace.outbox import enqueue

from .models import MediaAsset, Work
from .tasks import (
    media_asset_make_preview,
    media_files_release,
    work_make_cover_renditions,
    work_make_previews,
    work_withdraw_previews,
)


@receiver(post_save, sender=Work, dispatch_uid="work_saved")
def work_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.cover_id:
        enqueue(work_make_cover_renditions, instance.pk)


@receiver(published, sender=Work, dispatch_uid="work_published")
def work_published(sender, instance, **kwargs):
    enqueue(work_make_previews, instance.pk)


@receiver(unpublished, sender=Work, dispatch_uid="work_unpublished")
def work_unpublished(sender, instance, **kwargs):
    enqueue(work_withdraw_previews, instance.pk)


@receiver(post_save, sender=MediaAsset, dispatch_uid="media_asset_saved")
def media_asset_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.needs_preview:
        enqueue(media_asset_make_preview, instance.pk)


@receiver(post_delete, sender=MediaAsset, dispatch_uid="media_asset_deleted")
def media_asset_deleted(sender, instance, **kwargs):
    enqueue(media_files_release, [instance.file.name or ""], [instance.preview.name or ""])
