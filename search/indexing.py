"""Keeping the index in step with the catalogue; what tasks and commands call.

    sync_works([work.pk])            # after a save, publish, unpublish or delete
    rebuild_index(progress=bar)      # the reindex command
"""
from collections.abc import Iterable

from catalog.models import Work

from .base import Progress
from .documents import documents_for, indexable_works
from .registry import get_backend


def sync_works(work_ids: Iterable[int], alias: str = "default") -> None:
    """Index the live works among `work_ids`; remove the rest (drafts, withdrawn, deleted)."""
    ids = {int(i) for i in work_ids}
    if not ids:
        return
    docs = list(documents_for(Work.objects.filter(pk__in=ids)))
    backend = get_backend(alias)
    backend.index_documents(docs)
    gone = ids - {doc["id"] for doc in docs}
    if gone:
        backend.delete_documents(gone)


def rebuild_index(alias: str = "default", progress: Progress | None = None) -> int:
    works = indexable_works()
    return get_backend(alias).rebuild(documents_for(works), total=works.count(), progress=progress)
