"""The embedded index's fields, and a work document turned into them.

Text is analysed in Python (search.analysis) and indexed as space-joined
words through a whitespace tokenizer, because tantivy cannot call back into
Python and its own tokenizers break Thai and Khmer inside words. English
also goes through tantivy's stemming analyzer; unspaced scripts also into
an n-gram field.
"""
import base64
import json
from functools import lru_cache

import tantivy
from tantivy import Filter, SchemaBuilder, TextAnalyzerBuilder, Tokenizer

from marketplace.languages import CODES

from ..analysis import english_analyzer, fold, grams, sort_key, words
from ..availability import facet_values, group_keys, offer_groups
from ..fields import names_of, sort_field, sort_title, stored, title_field

SCHEMA_VERSION = 4  # bump when fields or their analysis change: an older index is then replaced
WORDS = "rb_words"
ENGLISH = "rb_english"
KEYWORD_FACETS = ("kind", "subtype", "holder", "subject")
OFFER_FACETS = ("right_type", "territory", "language")


def slot_key(slot: int, key: str) -> str:
    return f"{slot}|{key}"


def build_schema():
    builder = SchemaBuilder()
    builder.add_integer_field("id", stored=True, indexed=True, fast=True)
    builder.add_integer_field("holder_id", indexed=True)
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_integer_field("published", fast=True)
    for name in KEYWORD_FACETS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("offer_facets", fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("avail", tokenizer_name="raw", index_option="basic")
    for code in CODES:
        builder.add_text_field(title_field(code), tokenizer_name=WORDS)
        builder.add_text_field(sort_field(code), fast=True, tokenizer_name="raw", index_option="basic")
    for name in ("original_title", "names", "synopsis", "title_folded", "synopsis_folded"):
        builder.add_text_field(name, tokenizer_name=WORDS)
    for name in ("title_stem", "synopsis_stem"):
        builder.add_text_field(name, tokenizer_name=ENGLISH)
    builder.add_text_field("grams", tokenizer_name=WORDS, index_option="freq")
    builder.add_bytes_field("source", stored=True)
    return builder.build()


def register_analyzers(index) -> None:
    """Analyzers are not saved with an index: register them on every open."""
    # remove_long counts bytes: 240 bytes is 80 Thai characters, longer than any word.
    words_analyzer = (
        TextAnalyzerBuilder(Tokenizer.whitespace()).filter(Filter.remove_long(240)).filter(Filter.lowercase()).build()
    )
    index.register_tokenizer(WORDS, words_analyzer)
    index.register_tokenizer(ENGLISH, english_analyzer())


def to_tantivy(doc: dict, schema) -> tantivy.Document:
    return tantivy.Document.from_dict(tantivy_fields(doc), schema)


def tantivy_json(doc: dict) -> str:
    """The document as IndexWriter.add_json() takes it (bytes in base64). A
    full rebuild analyses in worker processes (embedded_pool), and one string
    comes back from them far cheaper than a dict of many short ones."""
    fields = tantivy_fields(doc)
    fields["source"] = base64.b64encode(fields["source"]).decode()
    return json.dumps(fields, ensure_ascii=False)


def tantivy_fields(doc: dict) -> dict:
    """A search document (search.documents) as the index's fields: every text
    analysed in Python, since tantivy's own tokenizers split Thai and Khmer
    inside words."""
    titles, synopses = doc.get("titles") or {}, doc.get("synopses") or {}
    holder = doc.get("holder") or {}
    names = names_of(doc)
    title_texts = list(dict.fromkeys([*titles.values(), doc.get("original_title") or "", *names]))
    forms = {text: _title_forms(text) for text in title_texts}
    joined = {text: " ".join(words(text)) for text in synopses.values()}
    offers = doc.get("offers") or ()
    fields = {
        "id": doc["id"],
        "holder_id": holder.get("id") or 0,
        "published": int(doc["published"].timestamp()) if doc.get("published") else 0,
        "kind": doc["kind"],
        "subtype": doc["subtype"],
        "holder": holder.get("slug") or "",
        "subject": list(doc.get("subjects") or ()),
        "offer_facets": offer_facets_key(offers),
        "avail": [slot_key(slot, key) for slot, group in enumerate(offer_groups(offers)) for key in group_keys(group)],
        "original_title": forms[doc.get("original_title") or ""][0],
        "names": [forms[name][0] for name in names],
        "synopsis": [joined[text] for text in synopses.values()],
        "title_folded": [forms[text][1] for text in title_texts],
        # Only where folding changes something: synopses are long, and ASCII or Thai ones fold to themselves.
        "synopsis_folded": [f for text in synopses.values() if (f := fold(joined[text])) != joined[text]],
        "title_stem": titles.get("en", ""),
        "synopsis_stem": synopses.get("en", ""),
        "grams": " ".join([forms[text][2] for text in title_texts if forms[text][2]]),
        "source": json.dumps(stored(doc), ensure_ascii=False, default=str).encode(),
    }
    for code in CODES:
        if titles.get(code):
            fields[title_field(code)] = forms[titles[code]][0]
        fields[sort_field(code)] = sort_key(sort_title(doc, code), code)
    if doc.get("year"):  # without one, a work is outside every year range and facet
        fields["year"] = doc["year"]
    return fields


@lru_cache(maxsize=8192)
def _title_forms(text: str) -> tuple[str, str, str]:
    """The words, folded words and n-grams of a title or a name, each
    space-joined. Holder and creator names recur in thousands of works."""
    joined = " ".join(words(text))
    return joined, fold(joined), " ".join(grams(text))


def offer_facets_key(offers) -> str:
    """A work's right types, territories and languages as ONE value, e.g.
    "translation,print|TH,VN|th,vi". Counting a many-valued field costs per
    value (about 15 territories a work: 8 ms over 100k works), counting a
    one-valued field is almost free, and a catalogue has few such
    combinations (79 in 100k synthetic works): facets count the keys and
    add each key's count to every value in it (offer_facet_counts)."""
    values = facet_values(offers)
    return "|".join(",".join(values[name]) for name in OFFER_FACETS)


def offer_facet_counts(buckets) -> dict[str, dict[str, int]]:
    """(offer_facets key, work count) pairs -> counts per right type, territory and language."""
    counts = {name: {} for name in OFFER_FACETS}
    for key, count in buckets:
        for name, joined in zip(OFFER_FACETS, key.split("|"), strict=False):
            for value in filter(None, joined.split(",")):
                counts[name][value] = counts[name].get(value, 0) + count
    return counts
