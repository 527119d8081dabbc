"""Facet buckets made readable: labels in the reader's language, and the link
that adds or removes each value from the current search."""
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from catalog.display import country_name, language_name
from catalog.kinds import Kind, RightType, Subtype
from catalog.models import Subject
from marketplace.fallback import translated
from marketplace.models import Organization

SHOWN_VALUES = 12  # per facet, biggest first

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


def labelled_facets(facets: dict, params: QueryDict, limit: int = SHOWN_VALUES) -> list[Facet]:
    """The `limit` biggest values of each facet, and any value the search has
    selected, with labels and links."""
    links = _Links(params)
    out = []
    shown = {}
    for name, buckets in facets.items():
        if name in FACET_PARAMS and buckets:
            chosen = _selected(params, name, FACET_PARAMS[name][0])
            shown[name] = chosen, [(str(v), c) for i, (v, c) in enumerate(buckets) if i < limit or str(v) in chosen]
    names = _names({name: buckets for name, (_chosen, buckets) in shown.items()})
    for name, (chosen, buckets) in shown.items():
        param, heading, multiple = FACET_PARAMS[name]
        values = [FacetValue(value, names.get((name, value), value), count, value in chosen,
                             links.toggle(name, param, value, multiple, value in chosen))
                  for value, count in buckets]
        out.append(Facet(name, str(heading), values))
    return out


def _selected(params, name, param):
    if name == "year":
        return {params.get("year_from")} if params.get("year_from") == params.get("year_to") else set()
    return set(params.getlist(param))


class _Links:
    """The current search's query string with one facet value added or taken
    away, and paging reset. A page shows about a hundred of these links, so
    the parameters are encoded once, not copied for every link."""

    def __init__(self, params: QueryDict):
        self.pairs = [(key, value) for key, values in params.lists() if key != "page" for value in values]
        self._without = {}

    def toggle(self, name, param, value, multiple, selected) -> str:
        if name == "year":
            rest = self.without("year_from", "year_to")
            extra = [] if selected else [("year_from", value), ("year_to", value)]
        elif selected:
            rest = self.without(param)
            extra = [(param, v) for key, v in self.pairs if key == param and v != value]
        elif multiple:
            rest, extra = self.without(), [(param, value)]
        else:
            rest, extra = self.without(param), [(param, value)]
        return "?" + "&".join(filter(None, (rest, urlencode(extra))))

    def without(self, *keys) -> str:
        if keys not in self._without:
            self._without[keys] = urlencode([(k, v) for k, v in self.pairs if k not in keys])
        return self._without[keys]


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
