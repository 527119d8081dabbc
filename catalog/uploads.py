"""Uploads are judged by their content, never by their name: real image or
PDF/EPUB bytes, a size limit, a pixel limit, and no decompression bombs."""
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif", "TIFF": "tif"}


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
    return CheckedUpload(_check_image(upload, images_only), True)


def _check_image(upload, images_only: bool) -> str:
    limit = settings.MEDIA_MAX_IMAGE_PIXELS
    not_allowed = (_("This file is not an image. Upload a PNG, JPEG, WebP, GIF or TIFF image.") if images_only
                   else _("This file type is not accepted. Upload an image, a PDF or an EPUB."))
    try:
        with Image.open(upload) as image:  # reads the header only: no pixels decoded yet
            width, height = image.size
            if image.format not in IMAGE_FORMATS:
                raise ValidationError(not_allowed, code="file_type")
            if width * height > limit:
                raise ValidationError(_(
                    "The image is %(width)s × %(height)s pixels; images may have at most %(limit)s million pixels."
                ) % {"width": width, "height": height, "limit": limit // 1_000_000}, code="too_many_pixels")
            image.verify()
            return IMAGE_FORMATS[image.format]
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise ValidationError(not_allowed, code="file_type")
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(_("The image is damaged or incomplete."), code="damaged")
    finally:
        upload.seek(0)


def _is_epub(upload) -> bool:
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.read("mimetype").strip() == b"application/epub+zip"
    except (zipfile.BadZipFile, KeyError):
        return False
    finally:
        upload.seek(0)
