"""Uploads are judged by content: type, size, pixels, damage; errors translated."""
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from catalog.models import MediaAsset
from catalog.tests.factories import WorkFactory
from catalog.services import media_asset_create
from catalog.tests.images import PDF_BYTES, png_bytes, upload
from catalog.uploads import check_upload


def test_an_image_is_recognised_whatever_its_name():
    checked = check_upload(upload("scan.pdf", png_bytes()), images_only=False)
    assert checked.is_image and checked.extension == "png"


def test_a_pdf_sample_is_accepted_but_not_as_a_pattern():
    assert check_upload(upload("chapter1.pdf", PDF_BYTES), images_only=False).extension == "pdf"
    with pytest.raises(ValidationError) as error:
        check_upload(upload("pattern.png", PDF_BYTES), images_only=True)
    assert error.value.code == "file_type"


def test_text_named_png_is_refused_in_the_readers_language():
    fake = upload("pattern.png", b"not an image at all, just text")
    with translation.override("my"), pytest.raises(ValidationError) as burmese:
        check_upload(fake, images_only=True)
    with translation.override("en"), pytest.raises(ValidationError) as english:
        check_upload(fake, images_only=True)
    assert burmese.value.code == english.value.code == "file_type"
    assert burmese.value.messages != english.value.messages


def test_files_over_the_size_limit_are_refused(settings):
    settings.MEDIA_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(ValidationError) as error:
        check_upload(upload("big.png", png_bytes()), images_only=True)
    assert error.value.code == "too_large"


def test_images_over_the_pixel_limit_are_refused_before_decoding(settings):
    settings.MEDIA_MAX_IMAGE_PIXELS = 1_000_000
    with pytest.raises(ValidationError) as error:
        check_upload(upload("wide.png", png_bytes(2000, 1000)), images_only=True)
    assert error.value.code == "too_many_pixels"


def test_a_decompression_bomb_is_refused():
    # 30,000 × 30,000 one-bit pixels compress to a few kilobytes.
    out = BytesIO()
    Image.new("1", (30_000, 30_000)).save(out, "PNG")
    assert len(out.getvalue()) < 200_000
    with pytest.raises(ValidationError):
        check_upload(upload("bomb.png", out.getvalue()), images_only=True)


def test_a_truncated_image_is_refused():
    data = png_bytes()
    with pytest.raises(ValidationError) as error:
        check_upload(upload("cut.png", data[: len(data) // 2]), images_only=True)
    assert error.value.code in {"damaged", "file_type"}


@pytest.mark.django_db
def test_a_pattern_original_goes_to_the_private_store_named_by_its_hash(settings, tmp_path):
    work = WorkFactory(kind="folk_art", subtype="embroidery", source_community="Miao (Hmong)")
    asset = media_asset_create(work=work, kind=MediaAsset.Kind.PATTERN, file=upload("IMG_0001.JPG", png_bytes()))
    assert len(asset.sha256) == 64 and asset.file.name.endswith(f"{asset.sha256[:16]}.png")
    assert asset.file.path.startswith(str(settings.STORAGES["documents"]["OPTIONS"]["location"]))
    assert not asset.file.path.startswith(settings.MEDIA_ROOT)
