"""Files follow their rows: identical originals are stored once; a deleted
asset or work leaves no file behind; a withdrawn work's previews are no
longer served, and publishing it again makes them anew."""
import pytest

from catalog.models import MediaAsset
from catalog.services import media_asset_create
from catalog.tests.factories import WorkFactory
from catalog.tests.images import png_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what a write schedules, as after a real commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def pattern(work, colour=(180, 40, 60)) -> MediaAsset:
    return media_asset_create(work=work, kind=MediaAsset.Kind.PATTERN, file=upload("p.png", png_bytes(colour=colour)))


def folk_art(**kwargs):
    return WorkFactory(kind="folk_art", subtype="batik", source_community="Bouyei", **kwargs)


def stored(field, name) -> bool:
    return MediaAsset._meta.get_field(field).storage.exists(name)


def test_identical_originals_share_one_stored_object(on_commit):
    with on_commit():
        first, second = pattern(folk_art()), pattern(folk_art())
    assert first.file.name == second.file.name and first.sha256 == second.sha256
    with on_commit():
        first.delete()
    assert stored("file", second.file.name)  # still used by the second asset
    with on_commit():
        second.delete()
    assert not stored("file", second.file.name)


def test_deleting_a_work_removes_its_originals_and_previews(client, on_commit):
    with on_commit():
        asset = pattern(folk_art())
    asset.refresh_from_db()
    assert asset.preview and stored("preview", asset.preview.name)
    original, preview = asset.file.name, asset.preview.name
    with on_commit():
        asset.work.delete()
    assert not stored("file", original) and not stored("preview", preview)


def test_a_withdrawn_works_previews_go_and_come_back_when_it_is_published(on_commit):
    with on_commit():
        asset = pattern(folk_art())
    asset.refresh_from_db()
    preview = asset.preview.name
    work = asset.work
    with on_commit():
        work.unpublish()
    asset.refresh_from_db()
    assert not asset.preview and not stored("preview", preview)
    assert stored("file", asset.file.name)  # the original stays with the row
    with on_commit():
        work.save_revision().publish()
    asset.refresh_from_db()
    assert asset.preview and asset.preview_of == asset.sha256 and stored("preview", asset.preview.name)


def test_a_draft_gets_no_public_preview(on_commit):
    with on_commit():
        asset = pattern(folk_art(live=False, first_published_at=None, last_published_at=None))
    asset.refresh_from_db()
    assert not asset.preview
