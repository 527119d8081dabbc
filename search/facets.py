"""Facet buckets made readable: labels in the reader's language, and the link
that adds or removes each value from the current search."""
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from catalog.display import country_name, language_name
from catalog.kinds import Kind, RightType, Subtype
from catalog.models import Subject
from marketplace.fallback import translated
from marketplace.models import Organization

# facet name -> (query parameter, heading, many values at once?)
FACET_PARAMS = {
    "kind": ("kind", _("Kind"), True),
    "subtype": ("subtype", _("Subtype"), True),
    "right_type": ("right", _("Right"), False),
    "territory": ("territory", _("Territory"), False),
    "language": ("language", _("Language"), False),
    "holder": ("holder", _("Rights holder"), True),
    "subject": ("subject", _("Subject"), True),
    "year": ("year", _("Year"), False),
}


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass(frozen=True)
class Facet:
    name: str
    heading: str
    values: list[FacetValue]


def labelled_facets(facets: dict, params: QueryDict) -> list[Facet]:
    names = _names(facets)
    out = []
    for name, buckets in facets.items():
        if name not in FACET_PARAMS or not buckets:
            continue
        param, heading, multiple = FACET_PARAMS[name]
        values = []
        for value, count in buckets:
            value = str(value)
            selected = value in _selected(params, name, param)
            values.append(FacetValue(value, names.get((name, value), value), count, selected,
                                     _toggle(params, name, param, value, multiple, selected)))
        out.append(Facet(name, str(heading), values))
    return out


def _selected(params, name, param):
    if name == "year":
        return {params.get("year_from")} if params.get("year_from") == params.get("year_to") else set()
    return set(params.getlist(param))


def _toggle(params: QueryDict, name, param, value, multiple, selected) -> str:
    query = params.copy()
    query.pop("page", None)
    if name == "year":
        for key in ("year_from", "year_to"):
            query.pop(key, None)
            if not selected:
                query[key] = value
    elif selected:
        query.setlist(param, [v for v in query.getlist(param) if v != value])
    elif multiple:
        query.appendlist(param, value)
    else:
        query[param] = value
    return "?" + query.urlencode()


def _names(facets: dict) -> dict[tuple[str, str], str]:
    names = {}
    for value, _count in facets.get("kind", []):
        names["kind", str(value)] = Kind(value).label if value in Kind.values else value
    for value, _count in facets.get("subtype", []):
        names["subtype", str(value)] = Subtype(value).label if value in Subtype.values else value
    for value, _count in facets.get("right_type", []):
        names["right_type", str(value)] = RightType(value).label if value in RightType.values else value
    for value, _count in facets.get("territory", []):
        names["territory", str(value)] = country_name(str(value))
    for value, _count in facets.get("language", []):
        names["language", str(value)] = language_name(str(value))
    holders = [str(v) for v, _c in facets.get("holder", [])]
    for org in Organization.objects.filter(slug__in=holders):
        names["holder", org.slug] = str(translated(org, "name"))
    subjects = [str(v) for v, _c in facets.get("subject", [])]
    for subject in Subject.objects.filter(slug__in=subjects):
        names["subject", subject.slug] = str(translated(subject, "name"))
    return {key: str(label) for key, label in names.items()}
