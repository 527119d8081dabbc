"""Request bodies for Elasticsearch and the reading of its responses: pure
functions, testable without a server.

The query text is cut into the same units as the embedded engine's
(search.analysis.query_units), every unit must match somewhere, and each is
tried, best field winning, as a phrase in every language's field (analysed
by that language's analyzer), folded, as n-grams for unspaced scripts, and
fuzzily in Latin-script titles.
"""
from elasticsearch.dsl import Q, Search
from elasticsearch.dsl.query import Query

from marketplace.languages import CODES

from ..analysis import Unit, query_units
from ..availability import requirement
from ..fields import FACET_SIZES, STORED_FIELDS, TIE_BREAKER, Boost, sort_field, synopsis_field, title_field
from ..highlight import SNIPPET_CHARS
from ..hits import build_hit, pick_suggestions
from ..policy import SUGGESTION_SPARES, required_units, sort_order
from ..query import FACETS, CatalogQuery, CatalogResults, sorted_buckets
from .es_mapping import FACET_FIELDS, FOLDED_LANGUAGES, LATIN_LANGUAGES, UNSPACED_LANGUAGES

HIGHLIGHTED = {title_field(code): ("title", code) for code in CODES} | {
    synopsis_field(code): ("synopsis", code) for code in CODES
} | {"original_title": ("title", "")}


def build_search_body(query: CatalogQuery) -> dict:
    units = query_units(query.text)
    search = Search().extra(track_total_hits=True, from_=query.offset, size=query.per_page).source(list(STORED_FIELDS))
    if units:
        search = search.query(text_query(units, query.ui_language, query.match_all))
    filters = filter_queries(query)
    if filters:
        search = search.filter(Q("bool", filter=filters))
    search = search.sort(*sort_clauses(query, has_text=bool(units)))
    for name in FACETS:
        search.aggs.bucket(name, "terms", field=FACET_FIELDS[name], size=FACET_SIZES[name])
    search = search.highlight_options(
        pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html", require_field_match=False,
    )
    for name, (field, _code) in HIGHLIGHTED.items():
        options = {"number_of_fragments": 0} if field == "title" else {
            "fragment_size": SNIPPET_CHARS, "number_of_fragments": 1}
        search = search.highlight(name, **options)
    return search.to_dict()


def text_query(units: list[Unit], ui: str, match_all: bool = True) -> Query:
    required = required_units(units, match_all)
    return Q("bool", must=[unit_query(u, ui) for u in required],
             should=[unit_query(u, ui) for u in units if u not in required],
             minimum_should_match=0 if required else 1)


def unit_query(unit: Unit, ui: str) -> Query:
    exact = [f"{title_field(c)}^{Boost.UI_TITLE if c == ui else Boost.TITLE}" for c in CODES]
    exact += [f"original_title^{Boost.TITLE}", f"names^{Boost.NAMES}"]
    exact += [f"{synopsis_field(c)}^{Boost.SYNOPSIS}" for c in CODES]
    folded = [f"{title_field(c)}.folded^{Boost.FOLDED}" for c in FOLDED_LANGUAGES]
    folded += [f"original_title.folded^{Boost.FOLDED}", "names.folded"]
    folded += [f"{synopsis_field(c)}.folded^{Boost.SYNOPSIS}" for c in FOLDED_LANGUAGES]
    alternatives = [
        Q("multi_match", query=unit.text, type="phrase", fields=exact),
        Q("multi_match", query=unit.text, type="phrase", fields=folded),
    ]
    if unit.unspaced:
        grams = [f"{title_field(c)}.grams" for c in UNSPACED_LANGUAGES] + ["original_title.grams"]
        alternatives.append(Q("multi_match", query=unit.text, operator="and", fields=grams))
    else:
        latin = [title_field(c) for c in LATIN_LANGUAGES] + [f"{title_field(c)}.folded" for c in FOLDED_LANGUAGES]
        alternatives.append(Q("multi_match", query=unit.text, operator="and", fuzziness="AUTO",
                              prefix_length=1, fields=latin, boost=Boost.FUZZY))
    return Q("dis_max", queries=alternatives, tie_breaker=TIE_BREAKER)


def filter_queries(query: CatalogQuery) -> list[Query]:
    filters = [
        Q("terms", **{field: list(values)})
        for field, values in (("kind", query.kinds), ("subtype", query.subtypes), ("subjects", query.subjects))
        if values
    ]
    if query.holders:
        filters.append(Q("bool", minimum_should_match=1, should=[
            *([Q("terms", holder_id=list(query.holder_ids))] if query.holder_ids else []),
            *([Q("terms", holder_slug=list(query.holder_slugs))] if query.holder_slugs else []),
        ]))
    if query.year_from is not None or query.year_to is not None:
        bounds = {"gte": query.year_from, "lte": query.year_to}
        filters.append(Q("range", year={k: v for k, v in bounds.items() if v is not None}))
    if query.wants_availability:
        filters.append(availability_query(query))
    return filters


def availability_query(query: CatalogQuery) -> Query:
    """Some ONE offer group (a nested document) must meet the whole requirement."""
    wanted = requirement(right_type=query.right_type, territory=query.territory, language=query.language)
    group = Q("bool",
              filter=[Q("terms", **{"offers.keys": list(options)}) for options in wanted.any_of],
              must_not=[Q("terms", **{"offers.keys": list(wanted.none_of)})] if wanted.none_of else [])
    return Q("nested", path="offers", query=group)


def sort_clauses(query: CatalogQuery, has_text: bool) -> list:
    """search.policy.sort_order() as sort clauses; equal scores come newest first."""
    order = sort_order(query, has_text)
    if order == "title":
        return [{sort_field(query.ui_language): {"order": "asc"}}]
    newest = {"published": {"order": "desc", "missing": "_last"}}
    return [newest] if order == "newest" else ["_score", newest]


def parse_search_response(response: dict, query: CatalogQuery) -> CatalogResults:
    units = query_units(query.text)
    relevance = sort_order(query, has_text=bool(units)) == "relevance"
    hits = []
    for raw in response["hits"]["hits"]:
        # ICU tokens are marked one by one: ผ้า, ปัก, ม้ง make one match, as in the embedded engine.
        highlighted = {
            HIGHLIGHTED[name]: fragments[0].replace("</mark><mark>", "")
            for name, fragments in (raw.get("highlight") or {}).items() if name in HIGHLIGHTED and fragments
        }
        score = raw.get("_score") if relevance else None
        hits.append(build_hit(raw["_source"], units, query.ui_language, score, highlighted))
    aggregations = response.get("aggregations") or {}
    facets = {
        name: sorted_buckets((b["key"], b["doc_count"]) for b in aggregations.get(name, {}).get("buckets", ()))
        for name in FACETS
    }
    return CatalogResults(query, hits, response["hits"]["total"]["value"], facets, took_ms=float(response["took"]))


def build_suggest_body(prefix: str, limit: int) -> dict:
    units = query_units(prefix)
    alternatives = [Q("multi_match", query=prefix, type="bool_prefix", operator="and",
                      fields=["suggest", "suggest._2gram", "suggest._3gram"])]
    if len(units) == 1 and units[0].unspaced:  # a half-typed word ICU may segment otherwise
        grams = [f"{title_field(c)}.grams" for c in UNSPACED_LANGUAGES] + ["original_title.grams"]
        alternatives.append(Q("multi_match", query=units[0].text, operator="and", fields=grams))
    search = Search().extra(size=limit * SUGGESTION_SPARES).source(["titles", "original_title"])
    return search.query(Q("bool", should=alternatives, minimum_should_match=1)).to_dict()


def parse_suggest_response(response: dict, prefix: str, ui: str, limit: int) -> list[str]:
    units = query_units(prefix)
    return pick_suggestions((raw["_source"] for raw in response["hits"]["hits"]), units, ui, limit)
