"""CatalogQuery -> tantivy queries for the embedded engine.

Every query unit (search.analysis.query_units) must match somewhere; within
a unit the best field wins (disjunction max), the UI language's title
weighing most, so a Chinese query finds a work whose English title the
reader sees. Filters score nothing, so they never reorder hits.
"""
from tantivy import FieldType, Occur, Order, Query

from marketplace.languages import CODES

from ..analysis import Unit, stems
from ..availability import requirement
from ..fields import FACET_SIZES, TIE_BREAKER, Boost, sort_field, title_field
from ..policy import required_units, sort_order
from ..query import FACETS, CatalogQuery
from .embedded_schema import OFFER_FACETS, slot_key

# Far more combinations of offered rights than any catalogue has; beyond it, counts would be short.
OFFER_COMBINATIONS = 60_000
# The offer facets are counted from the combinations (offer_facet_counts), so not cut to FACET_SIZES.
AGGREGATIONS = {
    **{name: {"terms": {"field": name, "size": FACET_SIZES[name]}} for name in FACETS if name not in OFFER_FACETS},
    "offer_facets": {"terms": {"field": "offer_facets", "size": OFFER_COMBINATIONS}},
}


def catalog_query(schema, query: CatalogQuery, units: list[Unit], slots: int):
    clauses = []
    if units:
        clauses.append((Occur.Must, text_query(schema, units, query.ui_language, query.match_all)))
    filters = filter_queries(schema, query, slots)
    if filters:
        clauses.append((Occur.Must, Query.const_score_query(_all(filters), 0.0)))
    return Query.boolean_query(clauses) if clauses else Query.all_query()


def text_query(schema, units: list[Unit], ui: str, match_all: bool = True):
    required = required_units(units, match_all)
    return Query.boolean_query([
        (Occur.Must if unit in required else Occur.Should, unit_query(schema, unit, ui)) for unit in units
    ])


def unit_query(schema, unit: Unit, ui: str):
    alternatives = title_alternatives(schema, unit, ui) + [
        _boost(_words(schema, "names", unit.words), Boost.NAMES),
        _boost(_words(schema, "synopsis", unit.words), Boost.SYNOPSIS),
        _boost(_words(schema, "synopsis_folded", unit.folded), Boost.SYNOPSIS_VARIANT),
    ]
    if unit.folded != unit.words:  # "cổ tích" also finds a synopsis written "co tich"
        alternatives.append(_boost(_words(schema, "synopsis", unit.folded), Boost.SYNOPSIS_VARIANT))
    if not unit.unspaced:
        english = stems(unit.text)
        if english:
            alternatives += [
                _boost(_words(schema, "title_stem", english), Boost.STEM),
                _boost(_words(schema, "synopsis_stem", english), Boost.SYNOPSIS_VARIANT),
            ]
    return Query.disjunction_max_query(alternatives, tie_breaker=TIE_BREAKER)


def title_alternatives(schema, unit: Unit, ui: str, prefix: bool = False) -> list:
    match = _prefix if prefix else _words
    alternatives = [
        _boost(match(schema, title_field(code), unit.words), Boost.UI_TITLE if code == ui else Boost.TITLE)
        for code in CODES
    ]
    alternatives.append(_boost(match(schema, "original_title", unit.words), Boost.TITLE))
    if not unit.unspaced:  # folding changes only Latin letters: unspaced text is found as it is
        alternatives.append(_boost(match(schema, "title_folded", unit.folded), Boost.FOLDED))
    if unit.grams:  # a substring of the unspaced text, however it was segmented
        alternatives.append(_boost(_all([Query.term_query(schema, "grams", g) for g in unit.grams]), Boost.GRAMS))
    return alternatives


def suggest_query(schema, units: list[Unit], ui: str):
    """Every unit in some title; the last one may be a word being typed."""
    return _all([
        Query.disjunction_max_query(title_alternatives(schema, unit, ui, prefix=(i == len(units) - 1)))
        for i, unit in enumerate(units)
    ])


def filter_queries(schema, query: CatalogQuery, slots: int) -> list:
    filters = []
    for field, values in (("kind", query.kinds), ("subtype", query.subtypes), ("subject", query.subjects)):
        if values:
            filters.append(_terms(schema, field, values))
    if query.holders:
        filters.append(_any([
            *([_terms(schema, "holder_id", query.holder_ids)] if query.holder_ids else []),
            *([_terms(schema, "holder", query.holder_slugs)] if query.holder_slugs else []),
        ]))
    if query.year_from is not None or query.year_to is not None:
        filters.append(Query.range_query(schema, "year", FieldType.Integer, query.year_from, query.year_to))
    if query.wants_availability:
        filters.append(availability_query(schema, query, slots))
    return filters


def availability_query(schema, query: CatalogQuery, slots: int):
    """Some ONE offer group (slot) must meet the whole requirement."""
    wanted = requirement(right_type=query.right_type, territory=query.territory, language=query.language)
    per_slot = []
    for slot in range(slots):
        clauses = [
            (Occur.Must, _terms(schema, "avail", [slot_key(slot, key) for key in options]))
            for options in wanted.any_of
        ]
        clauses += [(Occur.MustNot, Query.term_query(schema, "avail", slot_key(slot, key))) for key in wanted.none_of]
        per_slot.append(Query.boolean_query(clauses))
    return _any(per_slot) if per_slot else Query.empty_query()


def ordering(query: CatalogQuery, has_text: bool) -> dict:
    """searcher.search() arguments for the sort (search.policy.sort_order); none for relevance.
    A work without a date is published 0 here, so it comes last."""
    order = sort_order(query, has_text)
    if order == "title":
        return {"order_by_field": sort_field(query.ui_language), "order": Order.Asc}
    if order == "newest":
        return {"order_by_field": "published", "order": Order.Desc}
    return {}


def _terms(schema, field: str, values):
    """Any of `values`. Unlike term_set_query, a union of term queries can skip
    ahead inside an intersection: "c:*" alone lists most of the catalogue."""
    return _any([Query.term_query(schema, field, value) for value in values])


def _words(schema, field: str, words):
    if len(words) == 1:
        return Query.term_query(schema, field, words[0])
    return Query.phrase_query(schema, field, list(words))


def _prefix(schema, field: str, words):
    return Query.phrase_prefix_query(schema, field, list(words))


def _boost(query, weight: float):
    return Query.boost_query(query, weight)


def _all(queries):
    return queries[0] if len(queries) == 1 else Query.boolean_query([(Occur.Must, q) for q in queries])


def _any(queries):
    return queries[0] if len(queries) == 1 else Query.boolean_query([(Occur.Should, q) for q in queries])
