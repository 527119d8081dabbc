"""Uploads are judged by their content, never by their name: real image or
PDF/EPUB bytes, a size limit, a pixel limit, and no decompression bombs.

An image is decoded once, after its header has shown it is within the pixel
limit, so a truncated or damaged file is refused here and not by a preview
task that would retry forever. An EPUB is a zip: its members' declared sizes
and compression ratios are checked before anything is inflated, and at most a
few bytes of one member are read."""
import hashlib
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif", "TIFF": "tif"}

EPUB_MIMETYPE = b"application/epub+zip"
# Text and markup compress about tenfold; a bomb by thousands.
ZIP_MAX_RATIO = 100
ZIP_MAX_MEMBERS = 10_000
ZIP_MAX_INFLATED = 512 * 1024 * 1024


@dataclass(frozen=True)
class CheckedUpload:
    extension: str
    is_image: bool


def check_upload(upload, *, images_only: bool) -> CheckedUpload:
    size = upload.size
    if size > settings.MEDIA_MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is %(size)s; files may be at most %(limit)s.") % {
            "size": filesizeformat(size), "limit": filesizeformat(settings.MEDIA_MAX_UPLOAD_BYTES)},
            code="too_large")
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if not images_only:
        if head.startswith(b"%PDF-"):
            return CheckedUpload("pdf", False)
        if head.startswith(b"PK\x03\x04") and _is_epub(upload):
            return CheckedUpload("epub", False)
    return CheckedUpload(check_image(upload, images_only=images_only), True)


def check_image(upload, *, images_only: bool = True) -> str:
    """The image's file extension, once its header is within the pixel limit
    and its pixels decode; a translated ValidationError otherwise."""
    not_allowed = (_("This file is not an image. Upload a PNG, JPEG, WebP, GIF or TIFF image.") if images_only
                   else _("This file type is not accepted. Upload an image, a PDF or an EPUB."))
    try:
        with Image.open(upload) as image:  # reads the header only: no pixels decoded yet
            if image.format not in IMAGE_FORMATS:
                raise ValidationError(not_allowed, code="file_type")
            if image.width * image.height > settings.MEDIA_MAX_IMAGE_PIXELS:
                raise _too_many_pixels(*image.size)
            image.load()
            return IMAGE_FORMATS[image.format]
    except Image.DecompressionBombError:
        # Pillow refuses a huge image before telling its size: read the header ourselves.
        size = _header_size(upload)
        raise (_too_many_pixels(*size) if size else ValidationError(not_allowed, code="file_type")) from None
    except UnidentifiedImageError:
        raise ValidationError(not_allowed, code="file_type") from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(_("The image is damaged or incomplete."), code="damaged") from None
    finally:
        upload.seek(0)


def _too_many_pixels(width: int, height: int) -> ValidationError:
    return ValidationError(_(
        "The image is %(width)s × %(height)s pixels; images may have at most %(limit)s million pixels."
    ) % {"width": width, "height": height, "limit": settings.MEDIA_MAX_IMAGE_PIXELS // 1_000_000},
        code="too_many_pixels")


def _header_size(upload) -> tuple[int, int] | None:
    """Width and height from the header, through the format's own reader,
    without Image.open's decompression-bomb refusal."""
    Image.init()
    upload.seek(0)
    prefix = upload.read(16)
    for name in IMAGE_FORMATS:
        factory, accept = Image.OPEN[name]
        upload.seek(0)
        if accept is None or accept(prefix):
            try:
                return factory(upload, "").size
            except Exception:  # any reader error means: not this format
                continue
    return None


def _is_epub(upload) -> bool:
    """An EPUB names itself in its first member, `mimetype`, stored
    uncompressed. Checked from the central directory first: no member is
    inflated beyond a few bytes, and an archive that would inflate out of all
    proportion is refused."""
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            _check_inflation(members, upload.size)
            info = archive.getinfo("mimetype")
            if info.file_size != len(EPUB_MIMETYPE) or info.compress_type != zipfile.ZIP_STORED:
                return False
            with archive.open(info) as member:
                return member.read(len(EPUB_MIMETYPE) + 1) == EPUB_MIMETYPE
    except (zipfile.BadZipFile, KeyError, EOFError, NotImplementedError, OSError, ValueError):
        return False
    finally:
        upload.seek(0)


def _check_inflation(members: list[zipfile.ZipInfo], archive_size: int) -> None:
    inflated = sum(m.file_size for m in members)
    too_much = (
        len(members) > ZIP_MAX_MEMBERS
        or inflated > ZIP_MAX_INFLATED
        or inflated > ZIP_MAX_RATIO * max(archive_size, 1)
        or any(m.file_size > ZIP_MAX_RATIO * max(m.compress_size, 1) for m in members)
    )
    if too_much:
        raise ValidationError(_("This archive expands to far more than its size, so it was refused."),
                              code="zip_bomb")


def upload_sha256(upload) -> str:
    """The upload's fingerprint, read in chunks; the file is left at its start."""
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in iter(lambda: upload.read(1 << 20), b""):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()
