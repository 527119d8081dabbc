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
