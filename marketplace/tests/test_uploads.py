"""Uploads are judged by content: type, size, pixels, damage; errors translated."""
import time
import tracemalloc
import zipfile
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from catalog.models import MediaAsset
from catalog.services import media_asset_create
from catalog.tests.factories import WorkFactory
from catalog.tests.images import PDF_BYTES, png_bytes, upload
from marketplace.uploads import check_upload


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


def test_a_900_megapixel_image_is_refused_as_too_many_pixels():
    # 30,000 × 30,000 one-bit pixels compress to a few kilobytes; Pillow calls it a bomb.
    out = BytesIO()
    Image.new("1", (30_000, 30_000)).save(out, "PNG")
    assert len(out.getvalue()) < 200_000
    with translation.override("en"), pytest.raises(ValidationError) as error:
        check_upload(upload("bomb.png", out.getvalue()), images_only=True)
    assert error.value.code == "too_many_pixels"
    assert "30000 × 30000" in error.value.messages[0]


def jpeg_bytes() -> bytes:
    out = BytesIO()
    Image.open(BytesIO(png_bytes())).convert("RGB").save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize("name, data", [
    ("cut.png", png_bytes()[: len(png_bytes()) // 2]),
    ("cut.jpg", jpeg_bytes()[: len(jpeg_bytes()) // 2]),
    ("short.png", png_bytes()[:-200]),
])
def test_a_truncated_image_is_refused_as_damaged_in_the_readers_language(name, data):
    with translation.override("th"), pytest.raises(ValidationError) as error:
        check_upload(upload(name, data), images_only=True)
    assert error.value.code == "damaged"
    assert error.value.messages[0] != "The image is damaged or incomplete."


def zip_with(members: dict[str, tuple[int, bytes | int]]) -> bytes:
    """members: name -> (compression, content bytes or a count of zero bytes, written in chunks)."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, (compression, content) in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = compression
            with archive.open(info, "w", force_zip64=True) as member:
                if isinstance(content, bytes):
                    member.write(content)
                else:
                    chunk = bytes(1 << 20)
                    for _ in range(content >> 20):
                        member.write(chunk)
    return out.getvalue()


EPUB = {"mimetype": (zipfile.ZIP_STORED, b"application/epub+zip"),
        "OEBPS/chapter1.xhtml": (zipfile.ZIP_DEFLATED, "<p>山海逆战</p>\n".encode() * 200)}


def test_an_epub_is_accepted():
    assert check_upload(upload("book.epub", zip_with(EPUB)), images_only=False).extension == "epub"


@pytest.fixture(scope="module")
def mimetype_bomb() -> bytes:
    """An upload of about 300 KB whose `mimetype` member inflates to 300 MB."""
    return zip_with({"mimetype": (zipfile.ZIP_DEFLATED, 300 << 20)})


def test_a_zip_bomb_is_refused_fast_and_in_little_memory(mimetype_bomb):
    assert len(mimetype_bomb) < 1_000_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ValidationError) as error:
            check_upload(upload("book.epub", mimetype_bomb), images_only=False)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.value.code == "zip_bomb"
    assert elapsed < 0.1, elapsed
    assert peak < 50 * 1024 * 1024, peak


def test_an_epub_with_a_bomb_inside_is_refused():
    members = {**EPUB, "OEBPS/huge.xhtml": (zipfile.ZIP_DEFLATED, 8 << 20)}
    with pytest.raises(ValidationError) as error:
        check_upload(upload("book.epub", zip_with(members)), images_only=False)
    assert error.value.code == "zip_bomb"


def test_a_compressed_mimetype_is_not_an_epub():
    members = {**EPUB, "mimetype": (zipfile.ZIP_DEFLATED, b"application/epub+zip")}
    with pytest.raises(ValidationError) as error:
        check_upload(upload("book.epub", zip_with(members)), images_only=False)
    assert error.value.code == "file_type"


@pytest.mark.django_db
def test_a_pattern_original_goes_to_the_private_store_named_by_its_hash(settings, tmp_path):
    work = WorkFactory(kind="folk_art", subtype="embroidery", source_community="Miao (Hmong)")
    asset = media_asset_create(work=work, kind=MediaAsset.Kind.PATTERN, file=upload("IMG_0001.JPG", png_bytes()))
    assert len(asset.sha256) == 64 and asset.file.name == f"originals/{asset.sha256[:2]}/{asset.sha256}.png"
    assert asset.file.path.startswith(str(settings.STORAGES["documents"]["OPTIONS"]["location"]))
    assert not asset.file.path.startswith(settings.MEDIA_ROOT)


def test_loading_the_pdf_writer_does_not_let_damaged_images_through():
    """WeasyPrint turns on Pillow's LOAD_TRUNCATED_IMAGES for the whole process when imported."""
    import importlib

    from PIL import ImageFile

    importlib.reload(importlib.import_module("weasyprint.images"))
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # what importing WeasyPrint does
    importlib.reload(importlib.import_module("deals.contract_pdf"))
    with pytest.raises(ValidationError):
        check_upload(upload("cover.png", png_bytes()[:-300]), images_only=True)
