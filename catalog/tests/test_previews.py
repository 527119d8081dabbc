"""Watermarked previews: made after commit, idempotent, original untouched."""
import pytest
from PIL import Image, ImageChops

from catalog.models import MediaAsset
from catalog.services import media_asset_create
from catalog.tasks import media_asset_make_preview
from catalog.tests.factories import WorkFactory
from catalog.tests.images import PDF_BYTES, png_bytes, upload
from catalog.watermark import watermarked_preview

pytestmark = pytest.mark.django_db


def make_asset(content=None, kind=MediaAsset.Kind.PATTERN, name="pattern.png"):
    work = WorkFactory(kind="folk_art", subtype="batik", source_community="Bouyei, Guizhou")
    return media_asset_create(work=work, kind=kind, file=upload(name, content or png_bytes()))


def test_the_preview_is_watermarked_and_smaller(tmp_path):
    original = tmp_path / "o.png"
    original.write_bytes(png_bytes(2400, 1600))
    preview_path = tmp_path / "p.jpg"
    preview_path.write_bytes(watermarked_preview(original))
    with Image.open(preview_path) as preview, Image.open(original) as source:
        assert preview.format == "JPEG" and max(preview.size) == 1200
        plain = source.convert("RGB").resize(preview.size)
        difference = ImageChops.difference(plain, preview.convert("RGB")).convert("L")
        # The mark covers the picture: many pixels differ, in every corner quarter.
        w, h = preview.size
        for box in [(0, 0, w // 2, h // 2), (w // 2, 0, w, h // 2), (0, h // 2, w // 2, h), (w // 2, h // 2, w, h)]:
            assert difference.crop(box).point(lambda v: 255 if v > 40 else 0).histogram()[255] > 500


def test_saving_an_image_asset_makes_its_preview_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        asset = make_asset()
    asset.refresh_from_db()
    assert asset.preview and asset.preview_of == asset.sha256
    assert asset.preview.storage.exists(asset.preview.name)


def test_making_the_preview_twice_changes_nothing():
    asset = make_asset()
    assert media_asset_make_preview(asset.pk) is True
    asset.refresh_from_db()
    first = asset.preview.name
    assert media_asset_make_preview(asset.pk) is False
    asset.refresh_from_db()
    assert asset.preview.name == first


def test_a_pdf_sample_gets_no_preview():
    asset = make_asset(PDF_BYTES, kind=MediaAsset.Kind.SAMPLE, name="chapter.pdf")
    assert media_asset_make_preview(asset.pk) is False


def test_pattern_originals_are_not_downloadable_but_samples_are(client):
    pattern = make_asset()
    sample = make_asset(PDF_BYTES, kind=MediaAsset.Kind.SAMPLE, name="chapter.pdf")
    assert client.get(f"/samples/{pattern.pk}/", follow=True).status_code == 404
    response = client.get(f"/samples/{sample.pk}/")
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF_BYTES
    assert client.head(f"/samples/{sample.pk}/").status_code == 200
