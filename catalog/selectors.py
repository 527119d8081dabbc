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

