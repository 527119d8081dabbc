"""Search documents as plain dicts, shaped like search.documents.documents_for()'s."""
import itertools
from datetime import UTC, datetime

from search.availability import offer_entry

_ids = itertools.count(1)


def offer(right_type: str, territories: str, languages: str) -> dict:
    return offer_entry(right_type, territories, languages)


def make_doc(title: str = "", *, titles=None, synopses=None, id=None, kind="book", subtype="novel",
             holder="lotus-press", holder_id=1, subjects=(), year=2020,
             published=None, offers=(), original_title="", creators=()) -> dict:
    work_id = id or next(_ids)
    return {
        "id": work_id,
        "slug": f"work-{work_id}",
        "kind": kind,
        "subtype": subtype,
        "titles": titles if titles is not None else {"en": title},
        "synopses": synopses or {},
        "original_title": original_title,
        "original_language": "en",
        "creators": list(creators),
        "holder": {"id": holder_id, "slug": holder, "names": {"en": holder.replace("-", " ").title()}},
        "subjects": list(subjects),
        "year": year,
        "published": published or datetime(2025, 1, 1, tzinfo=UTC),
        "offers": list(offers),
    }


def ids(results) -> list[int]:
    return [hit.id for hit in results.hits]
