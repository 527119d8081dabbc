"""Reads of the catalogue that pages, admin previews and APIs share."""
from django.db.models import QuerySet

from .models import Work


def published_works(*, kind: str | None = None) -> QuerySet[Work]:
    works = Work.objects.filter(live=True).select_related("cover", "rights_holder")
    if kind:
        works = works.filter(kind=kind)
    return works.order_by("-first_published_at", "-id")


def newest_works(*, kind: str, limit: int) -> list[Work]:
    return list(published_works(kind=kind)[:limit])



def works_held_by(organization, *, live_only: bool = False) -> QuerySet[Work]:
    """An organisation's listings: all of them for its workspace, the live ones for its public page."""
    works = Work.objects.filter(rights_holder=organization).select_related("cover")
    if live_only:
        works = works.filter(live=True)
    return works.order_by("-updated_at", "-id")
