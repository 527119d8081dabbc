"""The search contract: a CatalogQuery goes into a backend, CatalogResults come out.

Filters combine with AND; the values inside one filter (several kinds, several
subjects…) combine with OR, as facet links do. `right_type`, `territory` and
`language` ask that ONE offer line covers all three together (see
search/availability.py); `available_only` alone asks for any open offer.
"""
from dataclasses import dataclass, field
from math import ceil

from django.core.exceptions import ValidationError

from catalog.kinds import RightType
from catalog.language_codes import normalize_tag
from catalog.territories import ALL_COUNTRIES
from marketplace.languages import CODES

SORTS = ("relevance", "newest", "title")
FACETS = ("kind", "subtype", "right_type", "territory", "language", "holder", "subject", "year")
MAX_PER_PAGE = 100


@dataclass(frozen=True)
class CatalogQuery:
    text: str = ""
    ui_language: str = "en"
    kinds: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    right_type: str | None = None
    territory: str | None = None  # ISO 3166-1 alpha-2
    language: str | None = None  # ISO 639, e.g. "th", "zh-Hant"
    available_only: bool = False
    holders: tuple[int | str, ...] = ()  # organisation ids or slugs
    subjects: tuple[str, ...] = ()  # subject slugs
    year_from: int | None = None
    year_to: int | None = None
    match_all: bool = True  # every word must match; False: any word may (the relaxed retry)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20

    def __post_init__(self):
        """Normalise, and raise ValueError on what no engine could answer, so
        that every backend sees the same clean values."""
        if self.ui_language not in CODES:
            raise ValueError(f"Unknown UI language {self.ui_language!r}.")
        if self.sort not in SORTS:
            raise ValueError(f"Unknown sort {self.sort!r}; use one of {', '.join(SORTS)}.")
        if self.right_type is not None and self.right_type not in RightType.values:
            raise ValueError(f"Unknown right type {self.right_type!r}.")
        if self.territory is not None:
            territory = self.territory.strip().upper()
            if territory not in ALL_COUNTRIES:
                raise ValueError(f"{self.territory!r} is not an ISO 3166 country code.")
            object.__setattr__(self, "territory", territory)
        if self.language is not None:
            try:
                object.__setattr__(self, "language", normalize_tag(self.language))
            except ValidationError as error:
                raise ValueError(f"{self.language!r} is not an ISO 639 language code.") from error
        for name in ("kinds", "subtypes", "holders", "subjects"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "page", max(1, int(self.page)))
        object.__setattr__(self, "per_page", min(MAX_PER_PAGE, max(1, int(self.per_page))))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def wants_availability(self) -> bool:
        return self.available_only or any((self.right_type, self.territory, self.language))

    @property
    def holder_ids(self) -> tuple[int, ...]:
        return tuple(int(h) for h in self.holders if str(h).isdigit())

    @property
    def holder_slugs(self) -> tuple[str, ...]:
        return tuple(str(h) for h in self.holders if not str(h).isdigit())


@dataclass(frozen=True)
class Hit:
    id: int
    slug: str
    kind: str
    subtype: str
    title: str  # in the UI language, else the fallback (see title_language)
    title_language: str  # a language code, or "" for the original title
    title_html: str  # `title`, HTML-escaped, matches wrapped in <mark>
    snippet_html: str  # a synopsis fragment, same escaping
    matched_title_html: str  # the title in another language that matched, when `title` did not
    holder: str  # organisation slug
    holder_name: str
    year: int | None
    score: float | None  # None when sorted by something else than relevance


@dataclass(frozen=True)
class CatalogResults:
    query: CatalogQuery
    hits: list[Hit]
    total: int
    facets: dict[str, list[tuple[str | int, int]]] = field(default_factory=dict)
    took_ms: float = 0.0

    @property
    def page(self) -> int:
        return self.query.page

    @property
    def per_page(self) -> int:
        return self.query.per_page

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def sorted_buckets(buckets) -> list[tuple[str | int, int]]:
    """Facet values by count, then value: the same order from every engine."""
    return sorted(buckets, key=lambda b: (-b[1], str(b[0])))
