"""Reads of the catalogue search that the page, the API and the relevance
command share: every word first, and if nothing has them all, any of them,
saying so. Engine-neutral: it only uses the contract."""
from dataclasses import replace

from .analysis import query_units
from .query import CatalogQuery, CatalogResults
from .registry import get_backend


def search_catalog(query: CatalogQuery) -> tuple[CatalogResults, bool]:
    """(results, relaxed): relaxed is True when the results match only some words."""
    backend = get_backend()
    results = backend.search(query)
    if results.total or not query.match_all or len(query_units(query.text)) < 2:
        return results, False
    relaxed = backend.search(replace(query, match_all=False))
    return (relaxed, True) if relaxed.total else (results, False)
