"""Facet links: each adds or removes one value from the current search and
goes back to its first page; selected values stay listed beyond the limit."""
from urllib.parse import parse_qs

import pytest
from django.http import QueryDict

from cms.search.facets import labelled_facets

pytestmark = pytest.mark.django_db


def links(facets, query):
    return {(f.name, v.value): (v.selected, parse_qs(v.url.lstrip("?")))
            for f in labelled_facets(facets, QueryDict(query)) for v in f.values}


def test_a_link_adds_a_value_to_a_many_valued_facet_and_resets_the_page():
    found = links({"kind": [("book", 4), ("comic", 2)]}, "q=山海&kind=book&page=3")
    assert found["kind", "comic"] == (False, {"q": ["山海"], "kind": ["book", "comic"]})
    assert found["kind", "book"] == (True, {"q": ["山海"]})  # selected: the link takes it away


def test_a_single_valued_facet_replaces_its_value():
    found = links({"territory": [("TH", 3), ("VN", 1)]}, "territory=TH&right=translation")
    assert found["territory", "VN"] == (False, {"territory": ["VN"], "right": ["translation"]})
    assert found["territory", "TH"] == (True, {"right": ["translation"]})


def test_a_year_link_sets_and_clears_the_range():
    found = links({"year": [(2019, 2), (2021, 1)]}, "year_from=2019&year_to=2019&q=silk")
    assert found["year", "2021"] == (False, {"q": ["silk"], "year_from": ["2021"], "year_to": ["2021"]})
    assert found["year", "2019"] == (True, {"q": ["silk"]})


def test_only_the_biggest_values_are_listed_but_a_selected_one_always_is():
    buckets = [(f"s{i}", 100 - i) for i in range(30)]
    (facet,) = labelled_facets({"subject": buckets}, QueryDict("subject=s25"), limit=12)
    assert [v.value for v in facet.values] == [f"s{i}" for i in range(12)] + ["s25"]
    assert facet.values[-1].selected


def test_labels_are_in_the_readers_language():
    from django.utils.translation import override

    with override("th"):
        (facet,) = labelled_facets({"territory": [("VN", 1)]}, QueryDict(""))
    assert facet.values[0].label == "เวียดนาม"
