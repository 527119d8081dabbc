"""A write to a work, its rights offers or its credits schedules its re-indexing
on commit; publishing, withdrawing and deleting all arrive here as saves or
deletes. The database stays the source of truth: a failed index update is
retried by the task, and `search_reindex` rebuilds everything.

Bulk loads (the demo seed) pause this with `indexing_paused()` and rebuild the
index once at the end, as `search_reindex` does."""
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from catalog.models import RightsOffer, Work, WorkCredit
from deals.signals import grants_changed
from marketplace.outbox import enqueue

from .tasks import works_sync

_paused = ContextVar("search_indexing_paused", default=False)


@contextmanager
def indexing_paused():
    """Saves inside this block schedule no index updates."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


@receiver([post_save, post_delete], sender=Work, dispatch_uid="search_work_changed")
def work_changed(sender, instance, raw=False, **kwargs):
    if not raw and not _paused.get():
        enqueue(works_sync, [instance.pk])


@receiver(m2m_changed, sender=Work.subjects.through, dispatch_uid="search_subjects_changed")
def work_subjects_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Subjects are written after the work's post_save: outside a transaction
    that update has already run without them."""
    if _paused.get() or not action.startswith("post_"):
        return
    work_ids = pk_set if reverse else [instance.pk]
    if work_ids:
        enqueue(works_sync, sorted(work_ids))


@receiver([post_save, post_delete], sender=RightsOffer, dispatch_uid="search_offer_changed")
@receiver([post_save, post_delete], sender=WorkCredit, dispatch_uid="search_credit_changed")
def work_part_changed(sender, instance, raw=False, **kwargs):
    if not raw and not _paused.get() and instance.work_id:
        enqueue(works_sync, [instance.work_id])


@receiver(grants_changed, dispatch_uid="search_grants_changed")
def grants_changed_reindex(sender, work_ids, **kwargs):
    """A contract became active or ended: what its works offer has changed."""
    if not _paused.get():
        enqueue(works_sync, sorted(set(work_ids)))
