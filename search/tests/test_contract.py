"""The query contract and loading backends by alias."""
import pytest
from django.core.exceptions import ImproperlyConfigured

from search.backends.embedded import SearchBackend as EmbeddedBackend
from search.query import CatalogQuery, CatalogResults
from search.registry import get_backend, reset_backends


def test_query_values_are_normalised():
    query = CatalogQuery(territory=" th ", language="zh-hant", kinds=["book"], holders=[3, "lotus-press", "12"],
                         page=0, per_page=1000)
    assert (query.territory, query.language, query.kinds) == ("TH", "zh-Hant", ("book",))
    assert (query.holder_ids, query.holder_slugs) == ((3, 12), ("lotus-press",))
    assert (query.page, query.per_page, query.offset) == (1, 100, 0)
    assert CatalogQuery(page=3, per_page=20).offset == 40


@pytest.mark.parametrize("options", [
    {"ui_language": "fr"}, {"sort": "price"}, {"right_type": "perfume"}, {"territory": "XX"},
    {"territory": "ASEAN"}, {"language": "klingon"},
])
def test_unanswerable_queries_are_refused(options):
    with pytest.raises(ValueError):
        CatalogQuery(**options)


def test_availability_is_wanted_by_any_of_its_filters():
    assert not CatalogQuery().wants_availability
    assert CatalogQuery(available_only=True).wants_availability
    assert CatalogQuery(language="th").wants_availability


def test_results_page_info():
    results = CatalogResults(CatalogQuery(page=2, per_page=10), hits=[], total=21)
    assert (results.pages, results.has_next, results.has_previous) == (3, True, True)
    assert CatalogResults(CatalogQuery(), hits=[], total=0).pages == 1


def test_backends_load_by_alias_once_until_reset(settings, tmp_path):
    settings.SEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.embedded", "PATH": tmp_path / "a"},
        "archive": {"BACKEND": "search.backends.embedded", "PATH": tmp_path / "b"},
    }
    reset_backends()
    default = get_backend()
    assert isinstance(default, EmbeddedBackend) and default.store.root == tmp_path / "a"
    assert get_backend("default") is default
    assert get_backend("archive").store.root == tmp_path / "b"
    reset_backends()
    assert get_backend() is not default
    reset_backends()


def test_unknown_alias_or_missing_backend_is_a_configuration_error(settings):
    settings.SEARCH_BACKENDS = {"default": {"PATH": "/tmp/x"}}
    reset_backends()
    with pytest.raises(ImproperlyConfigured):
        get_backend("nowhere")
    with pytest.raises(ImproperlyConfigured):
        get_backend()
