"""Works as search documents: one engine-neutral dict per live work.

    {"id", "slug", "kind", "subtype",
     "titles": {lang: text}, "synopses": {lang: text}, "original_title", "original_language",
     "creators": [names in every spelling], "holder": {"id", "slug", "names": {lang: name}},
     "subjects": [slugs], "year", "published": datetime,
     "offers": [{"right_type", "territory", "countries", "languages"}]}

Language keys are the platform's codes ("zh-hans", "id"); modeltranslation's
column names ("title_zh_hans", "title_ind") stay inside this module.
"""
from collections.abc import Iterator

from django.db.models import QuerySet
from modeltranslation.utils import build_localized_fieldname

from catalog.models import Work
from marketplace.languages import CODES

from .availability import offer_entry


def work_document(work: Work) -> dict:
    holder = work.rights_holder
    return {
        "id": work.pk,
        "slug": work.slug,
        "kind": work.kind,
        "subtype": work.subtype,
        "titles": _translations(work, "title"),
        "synopses": _translations(work, "synopsis"),
        "original_title": work.original_title,
        "original_language": work.original_language,
        "creators": _creator_names(work),
        "holder": {"id": holder.pk, "slug": holder.slug, "names": _translations(holder, "name")},
        "subjects": sorted(subject.slug for subject in work.subjects.all()),
        "year": work.year,
        "published": work.first_published_at or work.created_at,
        "offers": [offer_entry(o.right_type, o.territories, o.languages) for o in work.rights_offers.all()],
    }


def indexable_works() -> QuerySet[Work]:
    return Work.objects.filter(live=True)


def documents_for(works: QuerySet[Work] | None = None, chunk_size: int = 500) -> Iterator[dict]:
    """Documents for the live works among `works` (default: all), in a fixed
    number of queries per chunk whatever the number of works."""
    works = indexable_works() if works is None else works.filter(live=True)
    works = works.select_related("rights_holder").prefetch_related(
        "credits__creator", "rights_offers", "subjects",
    ).order_by("pk")
    for work in works.iterator(chunk_size=chunk_size):
        yield work_document(work)


def _translations(obj, field: str) -> dict[str, str]:
    values = {}
    for code in CODES:
        value = (getattr(obj, build_localized_fieldname(field, code), "") or "").strip()
        if value:
            values[code] = value
    return values


def _creator_names(work: Work) -> list[str]:
    names = []
    for credit in work.credits.all():
        creator = credit.creator
        for name in (*_translations(creator, "name").values(), creator.name_original):
            if name and name not in names:
                names.append(name)
    return names
