"""The search document of a work read through the models: the definition that
search.documents.documents_for() must match. Indexing builds documents from
rows, ten times faster; tests hold the two equal on the same works."""
from modeltranslation.utils import build_localized_fieldname

from catalog.models import Work
from marketplace.languages import CODES
from search.availability import offer_entry, subtract_licensed
from search.documents import licensed_cells


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
        "offers": subtract_licensed([offer_entry(o.right_type, o.territories, o.languages)
                                     for o in work.rights_offers.all()],
                                    [cell[1:] for cell in licensed_cells({"work_id": work.pk})]),
    }


def _translations(obj, field: str) -> dict[str, str]:
    """{language code: text} of the languages that have one, stripped."""
    values = {}
    for code in CODES:
        value = (getattr(obj, build_localized_fieldname(field, code), "") or "").strip()
        if value:
            values[code] = value
    return values


def _creator_names(work: Work) -> list[str]:
    """Every spelling of every credited creator's name, in credit order, once each."""
    names = []
    for credit in work.credits.all():
        creator = credit.creator
        for name in (*_translations(creator, "name").values(), creator.name_original):
            if name and name not in names:
                names.append(name)
    return names
