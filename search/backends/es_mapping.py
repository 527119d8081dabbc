"""The Elasticsearch index: analyzers per language, the mapping, and documents.

Needs the analysis-icu plugin. Chinese uses ICU's dictionary tokenizer too
(not smartcn): one plugin fewer, and the same segmentation as the embedded
engine, so both answer alike. ICU folding is restricted to spare Thai, Lao,
Khmer and Burmese marks, which it would otherwise strip (ผ้าไหม -> ผาไหม).
"""
from elasticsearch.dsl import (
    Date,
    Document,
    Field,
    Index,
    InnerDoc,
    Integer,
    Keyword,
    Nested,
    Object,
    SearchAsYouType,
    Text,
    analyzer,
    char_filter,
    token_filter,
    tokenizer,
)

from marketplace.languages import CODES

from ..availability import facet_values, group_keys, offer_groups
from ..fields import names_of, sort_field, sort_title, stored, synopsis_field, title_field

UNSPACED_SCRIPTS = r"\p{IsThai}\p{IsLao}\p{IsKhmer}\p{IsMyanmar}\p{IsHan}\p{IsHiragana}\p{IsKatakana}"
FOLD_ONLY = "[^\\p{Thai}\\p{Lao}\\p{Khmer}\\p{Myanmar}]"
UNSPACED_LANGUAGES = ("zh-hans", "th", "lo", "km", "my")
LATIN_LANGUAGES = ("en", "vi", "ms", "id", "fil")
FOLDED_LANGUAGES = ("vi", "fil")
# Facet name -> keyword field; "holder" is the stored holder object in _source.
FACET_FIELDS = {
    "kind": "kind", "subtype": "subtype", "right_type": "right_types", "territory": "territories",
    "language": "languages", "holder": "holder_slug", "subject": "subjects", "year": "year",
}

icu_text = analyzer("rb_icu", tokenizer="icu_tokenizer", filter=["icu_normalizer"])
folded_text = analyzer(
    "rb_folded", tokenizer="icu_tokenizer",
    filter=["icu_normalizer", token_filter("rb_folding", "icu_folding", unicode_set_filter=FOLD_ONLY)],
)
# Substring matching for unspaced scripts, like search.analysis.grams(): the
# spaces between unspaced runs are removed, then 1- to 3-grams.
gram_text = analyzer(
    "rb_grams",
    char_filter=[
        char_filter("rb_nfkc_cf", "icu_normalizer", name="nfkc_cf"),
        char_filter("rb_join_unspaced", "pattern_replace",
                    pattern=f"(?<=[{UNSPACED_SCRIPTS}])\\s+(?=[{UNSPACED_SCRIPTS}])", replacement=""),
    ],
    tokenizer=tokenizer("rb_ngram", "ngram", min_gram=1, max_gram=3, token_chars=[]),  # 1: 龙 alone
)
LANGUAGE_ANALYZERS = {"en": "english", "id": "indonesian", "ms": "indonesian"}


class IcuCollationKeyword(Field):
    name = "icu_collation_keyword"


class OfferGroup(InnerDoc):
    keys = Keyword()  # search.availability.group_keys()


class WorkDocument(Document):
    id = Integer()
    slug = Keyword()
    kind = Keyword()
    subtype = Keyword()
    holder_slug = Keyword()
    holder_id = Integer()
    subjects = Keyword()
    year = Integer()
    published = Date()
    right_types = Keyword()
    territories = Keyword()
    languages = Keyword()
    offers = Nested(OfferGroup)
    original_title = Text(
        analyzer=icu_text, fields={"folded": Text(analyzer=folded_text), "grams": Text(analyzer=gram_text)},
    )
    names = Text(analyzer=icu_text, fields={"folded": Text(analyzer=folded_text)})
    suggest = SearchAsYouType(analyzer=folded_text)
    # Kept in _source for building hits, not indexed.
    titles = Object(enabled=False)
    synopses = Object(enabled=False)
    holder = Object(enabled=False)


def _language_text(code: str, with_grams: bool) -> Text:
    subfields = {}
    if code in FOLDED_LANGUAGES:
        subfields["folded"] = Text(analyzer=folded_text)
    if with_grams and code in UNSPACED_LANGUAGES:
        subfields["grams"] = Text(analyzer=gram_text)
    options = {"fields": subfields} if subfields else {}
    return Text(analyzer=LANGUAGE_ANALYZERS.get(code, icu_text), **options)


for _code in CODES:
    WorkDocument._doc_type.mapping.field(title_field(_code), _language_text(_code, with_grams=True))
    WorkDocument._doc_type.mapping.field(synopsis_field(_code), _language_text(_code, with_grams=False))
    WorkDocument._doc_type.mapping.field(
        sort_field(_code), IcuCollationKeyword(language=_code.split("-")[0], index=False),
    )


def index_settings(shards: int = 1, replicas: int = 0) -> dict:
    """Analysis and mappings for a new versioned index."""
    index = Index("works")
    index.settings(number_of_shards=shards, number_of_replicas=replicas, max_ngram_diff=2)
    index.document(WorkDocument)
    return index.to_dict()


def to_es_source(doc: dict) -> dict:
    titles, synopses = doc.get("titles") or {}, doc.get("synopses") or {}
    holder = doc.get("holder") or {}
    offers = doc.get("offers") or ()
    facets = facet_values(offers)
    source = {
        **stored(doc),
        "holder_slug": holder.get("slug"),
        "holder_id": holder.get("id"),
        "subjects": list(doc.get("subjects") or ()),
        "published": doc["published"].isoformat() if doc.get("published") else None,
        "right_types": facets["right_type"],
        "territories": facets["territory"],
        "languages": facets["language"],
        "offers": [{"keys": group_keys(group)} for group in offer_groups(offers)],
        "names": names_of(doc),
        "suggest": [t for t in dict.fromkeys([*titles.values(), doc.get("original_title")]) if t],
    }
    for code in CODES:
        if titles.get(code):
            source[title_field(code)] = titles[code]
        if synopses.get(code):
            source[synopsis_field(code)] = synopses[code]
        source[sort_field(code)] = sort_title(doc, code)
    return source
