"""The Elasticsearch request bodies and response parsing, without a server.
Responses are written in Elasticsearch 8's own format."""
from datetime import UTC, datetime

import pytest

from search.backends import elasticsearch as es_backend
from search.backends.es_mapping import index_settings, to_es_source
from search.backends.es_query import (
    build_search_body,
    build_suggest_body,
    parse_search_response,
    parse_suggest_response,
)
from search.query import CatalogQuery

from .factories import make_doc, offer


def walk(node):
    """Every dict inside a request body."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def multi_matches(body) -> list[dict]:
    return [node["multi_match"] for node in walk(body) if "multi_match" in node]


# --- index_settings() -------------------------------------------------------------

@pytest.fixture(scope="module")
def settings_body():
    return index_settings()


@pytest.mark.parametrize("field, analyzer, subfields", [
    ("title_en", "english", set()),
    ("title_id", "indonesian", set()),
    ("title_ms", "indonesian", set()),
    ("title_th", "rb_icu", {"grams"}),
    ("title_lo", "rb_icu", {"grams"}),
    ("title_km", "rb_icu", {"grams"}),
    ("title_my", "rb_icu", {"grams"}),
    ("title_zh_hans", "rb_icu", {"grams"}),
    ("title_vi", "rb_icu", {"folded"}),
    ("title_fil", "rb_icu", {"folded"}),
    ("synopsis_en", "english", set()),
    ("synopsis_vi", "rb_icu", {"folded"}),
])
def test_each_language_has_its_analyzer(settings_body, field, analyzer, subfields):
    mapping = settings_body["mappings"]["properties"][field]
    assert mapping["analyzer"] == analyzer
    assert set(mapping.get("fields", {})) == subfields


def test_analyzers_are_icu_and_folding_spares_southeast_asian_marks(settings_body):
    analysis = settings_body["settings"]["analysis"]
    assert analysis["analyzer"]["rb_icu"] == {
        "type": "custom", "tokenizer": "icu_tokenizer", "filter": ["icu_normalizer"],
    }
    assert analysis["analyzer"]["rb_folded"]["filter"] == ["icu_normalizer", "rb_folding"]
    assert analysis["filter"]["rb_folding"] == {
        "type": "icu_folding", "unicode_set_filter": "[^\\p{Thai}\\p{Lao}\\p{Khmer}\\p{Myanmar}]",
    }
    assert analysis["tokenizer"]["rb_ngram"] == {"type": "ngram", "min_gram": 1, "max_gram": 3, "token_chars": []}
    assert settings_body["settings"]["max_ngram_diff"] == 2


def test_mapping_has_keywords_nested_offers_suggestions_and_collation(settings_body):
    properties = settings_body["mappings"]["properties"]
    for field in ("kind", "subtype", "holder_slug", "subjects", "right_types", "territories", "languages"):
        assert properties[field]["type"] == "keyword"
    assert properties["offers"] == {"type": "nested", "properties": {"keys": {"type": "keyword"}}}
    assert properties["suggest"] == {"type": "search_as_you_type", "analyzer": "rb_folded"}
    assert properties["sort_th"] == {"type": "icu_collation_keyword", "language": "th", "index": False}
    assert properties["sort_zh_hans"]["language"] == "zh"
    assert properties["titles"] == {"type": "object", "enabled": False}


def test_document_source_carries_offer_groups_and_facets():
    doc = make_doc(titles={"zh-hans": "山海逆战"}, offers=[
        offer("translation", "World excluding CN, TW", "th"), offer("print", "World excluding CN, TW", "th"),
    ])
    source = to_es_source(doc)
    [group] = source["offers"]
    assert group["keys"][:7] == ["*", "r:translation", "r:print", "l:th", "c:*", "x:CN", "x:TW"]
    assert {"m:TH", "rm:print:TH", "rm:translation:HK"} <= set(group["keys"])
    assert not {"m:CN", "rm:print:TW"} & set(group["keys"])
    assert source["right_types"] == ["print", "translation"]
    assert "CN" not in source["territories"] and "TH" in source["territories"]
    assert source["title_zh_hans"] == "山海逆战"
    assert source["sort_en"] == "山海逆战"  # the fallback title is what sorts
    assert source["published"] == "2025-01-01T00:00:00+00:00"


# --- build_search_body() ----------------------------------------------------------

def test_query_text_is_split_into_units_that_must_all_match():
    body = build_search_body(CatalogQuery(text="the Hmong ผ้าปัก", ui_language="th"))
    query = body["query"]["bool"]
    assert len(query["must"]) == 2 and len(query["should"]) == 1  # "the" is a stop word
    phrases = [m for m in multi_matches(body) if m.get("type") == "phrase" and "title_th^4.0" in m["fields"]]
    assert [m["query"] for m in phrases] == ["hmong", "ผ้าปัก", "the"]
    assert "title_en^2.5" in phrases[0]["fields"]  # other languages count, less


def test_fuzziness_only_on_latin_fields_and_grams_only_for_unspaced_text():
    body = build_search_body(CatalogQuery(text="embroidery 山海"))
    fuzzy = [m for m in multi_matches(body) if "fuzziness" in m]
    assert [m["query"] for m in fuzzy] == ["embroidery"]
    assert fuzzy[0]["fuzziness"] == "AUTO"
    latin = {"title_en", "title_vi", "title_ms", "title_id", "title_fil"}
    assert all(f.split(".")[0] in latin for f in fuzzy[0]["fields"])
    grams = [m for m in multi_matches(body) if any(f.endswith(".grams") for f in m["fields"])]
    assert [(m["query"], m["operator"]) for m in grams] == [("山海", "and")]


def test_filters():
    body = build_search_body(CatalogQuery(
        kinds=["book", "comic"], subtypes=["novel"], holders=[3, "lotus-press"], subjects=["nature"],
        year_from=2000, year_to=2010, right_type="translation", territory="th", language="zh-hant",
    ))
    filters = body["query"]["bool"]["filter"][0]["bool"]["filter"]
    assert {"terms": {"kind": ["book", "comic"]}} in filters
    assert {"terms": {"subtype": ["novel"]}} in filters
    assert {"terms": {"subjects": ["nature"]}} in filters
    assert {"range": {"year": {"gte": 2000, "lte": 2010}}} in filters
    assert {"bool": {"minimum_should_match": 1, "should": [
        {"terms": {"holder_id": [3]}}, {"terms": {"holder_slug": ["lotus-press"]}}]}} in filters
    # Thailand is one of the platform's markets: one key for the right there.
    assert {"nested": {"path": "offers", "query": {"bool": {
        "filter": [{"terms": {"offers.keys": ["rm:translation:TH"]}},
                   {"terms": {"offers.keys": ["l:zh-Hant", "l:zh"]}}],
    }}}} in filters


def test_availability_elsewhere_than_the_markets_uses_the_territory_keys():
    body = build_search_body(CatalogQuery(right_type="translation", territory="fr", language="zh-hant"))
    assert {"nested": {"path": "offers", "query": {"bool": {
        "filter": [{"terms": {"offers.keys": ["r:translation"]}},
                   {"terms": {"offers.keys": ["c:FR", "c:*"]}},
                   {"terms": {"offers.keys": ["l:zh-Hant", "l:zh"]}}],
        "must_not": [{"terms": {"offers.keys": ["x:FR"]}}],
    }}}} in body["query"]["bool"]["filter"][0]["bool"]["filter"]


def test_aggregations_highlight_paging_and_sorting():
    body = build_search_body(CatalogQuery(text="lotus", page=3, per_page=10, sort="title", ui_language="km"))
    assert body["aggs"]["right_type"] == {"terms": {"field": "right_types", "size": 100}}
    assert body["aggs"]["holder"] == {"terms": {"field": "holder_slug", "size": 100}}
    assert set(body["aggs"]) == {"kind", "subtype", "right_type", "territory", "language", "holder", "subject", "year"}
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, True)
    assert body["sort"] == [{"sort_km": {"order": "asc"}}]
    assert body["highlight"]["pre_tags"] == ["<mark>"] and body["highlight"]["encoder"] == "html"
    assert body["highlight"]["fields"]["title_th"] == {"number_of_fragments": 0}
    assert body["highlight"]["fields"]["synopsis_th"]["number_of_fragments"] == 1


def test_without_text_everything_matches_newest_first():
    body = build_search_body(CatalogQuery())
    assert "query" not in body
    assert body["sort"] == [{"published": {"order": "desc", "missing": "_last"}}]


# --- parse_search_response() ------------------------------------------------------

RESPONSE = {
    "took": 7,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 42, "relation": "eq"},
        "max_score": 8.5,
        "hits": [
            {
                "_index": "rightsbridge-works-20261123081500000000", "_id": "12", "_score": 8.5,
                "_source": make_doc(id=12, titles={"en": "Mountains and Seas at War", "zh-hans": "山海逆战"},
                                    synopses={"en": "A boy fights ancient beasts."}, holder="lotus-press"),
                "highlight": {"title_zh_hans": ["<mark>山</mark><mark>海</mark>逆战"]},
            },
            {
                "_index": "rightsbridge-works-20261123081500000000", "_id": "13", "_score": 3.25,
                "_source": make_doc(id=13, titles={"en": "Hmong Embroidery"},
                                    synopses={"en": "Cross-stitch from Sa Pa."}, year=2011),
                "highlight": {"title_en": ["Hmong <mark>Embroidery</mark>"],
                              "synopsis_en": ["Cross-stitch <mark>from</mark> Sa Pa."]},
            },
        ],
    },
    "aggregations": {
        "kind": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                 "buckets": [{"key": "book", "doc_count": 30}, {"key": "comic", "doc_count": 12}]},
        "year": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                 "buckets": [{"key": 2011, "doc_count": 5}, {"key": 2020, "doc_count": 5}]},
    },
}


def test_parse_gives_hits_facets_total_and_took():
    query = CatalogQuery(text="山海", ui_language="en")
    results = parse_search_response(RESPONSE, query)
    assert (results.total, results.took_ms, results.pages) == (42, 7.0, 3)
    assert [(h.id, h.score) for h in results.hits] == [(12, 8.5), (13, 3.25)]
    first = results.hits[0]
    assert (first.title, first.title_language, first.holder) == ("Mountains and Seas at War", "en", "lotus-press")
    assert first.matched_title_html == "<mark>山海</mark>逆战"
    assert results.hits[1].title_html == "Hmong <mark>Embroidery</mark>"
    assert results.hits[1].snippet_html == "Cross-stitch <mark>from</mark> Sa Pa."
    assert results.facets["kind"] == [("book", 30), ("comic", 12)]
    assert results.facets["year"] == [(2011, 5), (2020, 5)]
    assert results.facets["subject"] == []


def test_parse_drops_scores_when_not_sorted_by_relevance():
    results = parse_search_response(RESPONSE, CatalogQuery(text="山海", sort="newest"))
    assert [h.score for h in results.hits] == [None, None]


def test_suggestions():
    body = build_suggest_body("ผ้าปั", limit=4)
    assert body["size"] == 12
    fields = [m["fields"] for m in multi_matches(body)]
    assert ["suggest", "suggest._2gram", "suggest._3gram"] in fields
    assert any("title_th.grams" in f for f in fields)
    response = {"took": 1, "hits": {"total": {"value": 2, "relation": "eq"}, "hits": [
        {"_id": "1", "_score": 2.0, "_source": {"titles": {"en": "Hmong Legends", "th": "ตำนานผ้าปักม้ง"}}},
        {"_id": "2", "_score": 1.0, "_source": {"titles": {"en": "Silk"}, "original_title": "ผ้าไหม"}},
    ]}}
    assert parse_suggest_response(response, "ผ้าปั", "en", 4) == ["ตำนานผ้าปักม้ง"]


# --- transport: the alias swap -----------------------------------------------------

class FakeIndices:
    def __init__(self, aliased):
        self.aliased, self.calls = aliased, []

    def __getattr__(self, name):
        def call(**kwargs):
            self.calls.append((name, kwargs))
            if name == "get_alias":
                return type("Response", (), {"body": {index: {} for index in self.aliased}})()
        return call


def test_rebuild_fills_a_new_index_then_moves_the_alias_and_drops_the_old(monkeypatch):
    backend = es_backend.SearchBackend("default", {"URL": "http://127.0.0.1:9", "INDEX": "rb"})
    backend.client = type("Client", (), {})()
    backend.client.indices = indices = FakeIndices(["rb-works-1"])
    loaded = []
    monkeypatch.setattr(es_backend, "streaming_bulk", lambda client, actions, chunk_size: [
        (loaded.append(action) or True, {}) for action in actions])
    docs = [make_doc("Lotus", published=datetime(2024, 5, 1, tzinfo=UTC)), make_doc("Lantern")]
    assert backend.rebuild(docs, total=2) == 2
    names = [name for name, _kwargs in indices.calls]
    assert names == ["create", "put_settings", "refresh", "get_alias", "update_aliases", "delete"]
    new = indices.calls[0][1]["index"]
    assert new.startswith("rb-works-") and indices.calls[0][1]["body"]["settings"]["refresh_interval"] == "-1"
    assert {action["_index"] for action in loaded} == {new}
    assert indices.calls[4][1]["actions"] == [
        {"remove": {"index": "rb-works-1", "alias": "rb-works"}}, {"add": {"index": new, "alias": "rb-works"}},
    ]
    assert indices.calls[5][1]["index"] == "rb-works-1"
