"""The search policy both engines follow, stated once (named policy, not
rules: an app's rules.py says who may do what): which query units a
work must match, the order results come in, how many candidates a
completion looks at. Each engine only spells them in its own query language.
"""
from typing import Literal

from .analysis import Unit
from .query import CatalogQuery

SortOrder = Literal["relevance", "newest", "title"]

# A hit may match through n-grams in no title that shows the prefix: completions fetch spares.
SUGGESTION_SPARES = 3


def required_units(units: list[Unit], match_all: bool) -> list[Unit]:
    """The units every hit must match. Stop words need not, unless the query
    is nothing else; when relaxed (match_all False) none must: any one will
    do, and more matching units rank higher."""
    if not match_all:
        return []
    return [u for u in units if not u.optional] or units


def sort_order(query: CatalogQuery, has_text: bool) -> SortOrder:
    """The query's sort, except that relevance without text (nothing to score) is newest first.
    "title" follows sort_field(ui_language); "newest" the published date, works without one last."""
    if query.sort == "relevance" and not has_text:
        return "newest"
    return query.sort
