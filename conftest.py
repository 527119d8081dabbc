import pytest

from marketplace.settings.storages import local_storages


@pytest.fixture(autouse=True)
def file_stores(settings, tmp_path):
    """Every test writes uploads, renditions and private originals into its own folders."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {**settings.STORAGES, **local_storages(str(tmp_path / "private"))}
    return tmp_path
