"""What both engines' indices hold, named and weighed once.

Each engine lays out its own index (backends/embedded_schema, es_mapping),
but under these names, with these values taken from a search document
(search.documents), the same stored subset to build hits from (search.hits),
matches weighed on one scale and facets counted to the same depth, so that
the two answer alike.
"""
from .hits import display_title
from .query import FACETS

# What each index keeps of a document to build a hit from, without the database.
STORED_FIELDS = ("id", "slug", "kind", "subtype", "titles", "synopses", "original_title", "holder", "year")

# Values counted per facet: every year a catalogue spans, the top 100 of the rest.
FACET_SIZES = {name: 300 if name == "year" else 100 for name in FACETS}

# Within one query unit the best-matching field wins; each other matching field adds this share of its score.
TIE_BREAKER = 0.1


class Boost:
    """How much a match weighs by where it is found. Neither engine uses
    every weight: each says why beside the weight."""

    UI_TITLE = 4.0  # a title in the reader's language
    TITLE = 2.5  # a title in another language, or the original title
    NAMES = 1.5  # creators and the rights holder
    FOLDED = 1.5  # a title without its diacritics
    STEM = 1.5  # embedded: English titles by stem (Elasticsearch's english analyzer stems the title itself)
    GRAMS = 1.0  # embedded: a substring of unspaced text (Elasticsearch leaves its n-gram fields at 1)
    SYNOPSIS = 0.6
    SYNOPSIS_VARIANT = SYNOPSIS * 0.8  # embedded: a synopsis matched folded or by stem
    FUZZY = 0.5  # Elasticsearch: a Latin-script title within an edit or two


def suffix(code: str) -> str:
    """A language code as part of a field name: "zh-hans" -> "zh_hans"."""
    return code.replace("-", "_")


def title_field(code: str) -> str:
    return f"title_{suffix(code)}"


def synopsis_field(code: str) -> str:
    return f"synopsis_{suffix(code)}"


def sort_field(code: str) -> str:
    return f"sort_{suffix(code)}"


def stored(doc: dict) -> dict:
    return {name: doc.get(name) for name in STORED_FIELDS}


def names_of(doc: dict) -> list[str]:
    """The `names` field: creators in every spelling, then the holder's names."""
    holder = doc.get("holder") or {}
    return [*doc.get("creators", ()), *(holder.get("names") or {}).values()]


def sort_title(doc: dict, code: str) -> str:
    """What a work sorts by for a reader of `code`: the title they are shown."""
    return display_title(doc, code)[0]
