"""Work identifiers: ISBN (10 or 13, checked and stored as ISBN-13)."""
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def normalize_isbn(raw: str) -> str:
    """Return the ISBN-13 for a valid ISBN-10 or ISBN-13, else raise."""
    digits = re.sub(r"[\s-]", "", raw or "").upper()
    if re.fullmatch(r"\d{9}[\dX]", digits):
        if _isbn10_sum(digits) % 11:
            raise _bad_checksum(raw)
        core = "978" + digits[:9]
        return core + _isbn13_check_digit(core)
    if re.fullmatch(r"97[89]\d{10}", digits):
        if _isbn13_check_digit(digits[:12]) != digits[12]:
            raise _bad_checksum(raw)
        return digits
    raise ValidationError(
        _("“%(isbn)s” is not an ISBN: enter 10 or 13 digits (hyphens allowed).") % {"isbn": raw},
        code="isbn_format",
    )


def validate_isbn(raw: str) -> None:
    if raw:
        normalize_isbn(raw)


def format_isbn13(isbn: str) -> str:
    return f"{isbn[:3]}-{isbn[3:12]}-{isbn[12]}" if len(isbn) == 13 else isbn


def _isbn10_sum(digits: str) -> int:
    return sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))


def _isbn13_check_digit(first12: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)


def _bad_checksum(raw: str) -> ValidationError:
    return ValidationError(
        _("The ISBN “%(isbn)s” has a wrong check digit; please check it against the book.") % {"isbn": raw},
        code="isbn_checksum",
    )
