"""Works as search documents: one engine-neutral dict per live work.

    {"id", "slug", "kind", "subtype",
     "titles": {lang: text}, "synopses": {lang: text}, "original_title", "original_language",
     "creators": [names in every spelling], "holder": {"id", "slug", "names": {lang: name}},
     "subjects": [slugs], "year", "published": datetime,
     "offers": [{"right_type", "territory", "countries", "languages"}]}

Language keys are the platform's codes ("zh-hans", "id"); modeltranslation's
column names ("title_zh_hans", "title_ind") stay inside this module. Texts are
stripped, and languages without one left out. Tests hold these documents
equal to the same works read through the models (search/tests/oracle.py).
"""
import logging
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from catalog.models import RightsOffer, Work, WorkCredit
from deals.models import Grant
from marketplace.languages import CODES

from .availability import offer_entry, subtract_licensed

logger = logging.getLogger(__name__)


def indexable_works() -> QuerySet[Work]:
    return Work.objects.filter(live=True)


def documents_for(works: QuerySet[Work] | None = None, chunk_size: int = 1000) -> Iterator[dict]:
    """The documents of the live works among `works` (default: all), by pk,
    in four queries per chunk whatever the number of works. Built from rows:
    model instances (modeltranslation, modelcluster managers) cost ten times
    the SQL. Documents may share offer entries: treat them as read-only."""
    works = indexable_works() if works is None else works.filter(live=True)
    last = 0
    while True:
        # rewrite(False): modeltranslation would re-read every row for fallbacks this does not use.
        rows = list(works.filter(pk__gt=last).order_by("pk").rewrite(False)
                    .values(*_WORK_COLUMNS, published=Coalesce("first_published_at", "created_at"))[:chunk_size])
        yield from _documents(rows)
        if len(rows) < chunk_size:
            return
        last = rows[-1]["id"]


def _localized(field: str, prefix: str = "") -> dict[str, str]:
    """{language code: column}, e.g. {"zh-hans": "title_zh_hans", "id": "title_ind"}."""
    return {code: prefix + build_localized_fieldname(field, code) for code in CODES}


_TITLE, _SYNOPSIS = _localized("title"), _localized("synopsis")
_HOLDER_NAME, _CREATOR_NAME = _localized("name", "rights_holder__"), _localized("name", "creator__")
_WORK_COLUMNS = (
    "id", "slug", "kind", "subtype", "original_title", "original_language", "year",
    "rights_holder_id", "rights_holder__slug",
    *_TITLE.values(), *_SYNOPSIS.values(), *_HOLDER_NAME.values(),
)


def _documents(rows: list[dict]) -> list[dict]:
    chunk = _chunk_filter([row["id"] for row in rows])
    creators = _grouped(
        WorkCredit.objects.filter(**chunk).order_by("sort_order", "pk")  # modelcluster's order
        .values_list("work_id", *_CREATOR_NAME.values(), "creator__name_original"))
    offers = _grouped(
        RightsOffer.objects.rewrite(False).filter(**chunk).order_by("sort_order", "pk")
        .values_list("work_id", "right_type", "territories", "languages"))
    subjects = _grouped(Work.subjects.through.objects.filter(**chunk).values_list("work_id", "subject__slug"))
    licensed = _grouped(licensed_cells(chunk))
    return [
        {
            "id": row["id"],
            "slug": row["slug"],
            "kind": row["kind"],
            "subtype": row["subtype"],
            "titles": _texts(row, _TITLE),
            "synopses": _texts(row, _SYNOPSIS),
            "original_title": row["original_title"],
            "original_language": row["original_language"],
            "creators": _credit_names(creators[row["id"]]),
            "holder": {"id": row["rights_holder_id"], "slug": row["rights_holder__slug"],
                       "names": _texts(row, _HOLDER_NAME)},
            "subjects": sorted(slug for (slug,) in subjects[row["id"]]),
            "year": row["year"],
            "published": row["published"],
            "offers": subtract_licensed(_offers(row["id"], offers[row["id"]]), licensed[row["id"]]),
        }
        for row in rows
    ]


def licensed_cells(work_filter: dict):
    """(work_id, right type, country, language) of every cell an active
    exclusive grant holds today; a contract's expiry or termination re-indexes
    its work (deals.signals.grants_changed)."""
    today = timezone.localdate()
    return (Grant.objects.filter(**work_filter, exclusive=True, released_at__isnull=True, starts_on__lte=today,
                                 ends_on__gte=today)
            .values_list("work_id", "right_type", "country", "language"))


def _chunk_filter(ids: list[int]) -> dict:
    """The rows of a chunk's works, or a few more (ignored): a pk range when
    the works are nearly consecutive, as in a full rebuild, which saves
    binding a thousand parameters per query; else the list."""
    if ids and ids[-1] - ids[0] < 2 * len(ids):
        return {"work_id__gte": ids[0], "work_id__lte": ids[-1]}
    return {"work_id__in": ids}


def _grouped(rows) -> defaultdict[int, list[tuple]]:
    """(work_id, *values) rows as {work_id: [values, …]}, in query order."""
    groups = defaultdict(list)
    for work_id, *values in rows:
        groups[work_id].append(values)
    return groups


def _texts(row: dict, columns: dict[str, str]) -> dict[str, str]:
    """{language code: text} of the columns that hold one, stripped."""
    values = {}
    for code, column in columns.items():
        value = (row[column] or "").strip()
        if value:
            values[code] = value
    return values


def _credit_names(credits: list[tuple]) -> list[str]:
    """Every spelling of every credited creator's name, from (name_<code>…, name_original)
    rows in credit order, once each."""
    names = []
    for *translated, original in credits:
        for name in (*[(t or "").strip() for t in translated], original):
            if name and name not in names:
                names.append(name)
    return names


def _offers(work_id: int, lines: list[tuple]) -> list[dict]:
    """The work's parsed offer lines. A line that does not parse (a draft's
    empty territory that reached the live row) is logged and left out: one
    bad line must not keep the work, or a whole rebuild, out of the index."""
    entries = []
    for line in lines:
        try:
            entries.append(_offer(*line))
        except ValidationError as error:
            logger.warning("Work %s: offer line %r left out of the index: %s", work_id, line, error.messages)
    return entries


@lru_cache(maxsize=1024)
def _offer(right_type: str, territories: str, languages: str) -> dict:
    """offer_entry(), parsed once per distinct line: most works share a few."""
    return offer_entry(right_type, territories, languages)
