import pytest
from django.core.cache import cache

from marketplace.settings.storages import local_storages


@pytest.fixture(autouse=True)
def file_stores(settings, tmp_path):
    """Every test writes uploads, renditions and private originals into its own folders."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {**settings.STORAGES, **local_storages(str(tmp_path / "private"))}
    return tmp_path


@pytest.fixture(autouse=True)
def empty_cache():
    """Pages a test made roll back with it and send no signal: start each test with no cached site tree."""
    cache.clear()
    yield


@pytest.fixture
def embedded_index(settings, tmp_path):
    """A fresh embedded search index for the test; the backend is reloaded on both sides."""
    from search.registry import get_backend, reset_backends

    settings.SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.embedded", "PATH": tmp_path / "index"}}
    reset_backends()
    yield get_backend()
    reset_backends()
