"""Which language a translated field is shown in, so pages can say when it is
a fallback (requested -> en -> zh-hans), and mark it with the right `lang`."""
from dataclasses import dataclass

from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from marketplace.languages import CODES, FALLBACK


@dataclass(frozen=True)
class Translated:
    value: object
    language: str
    requested: str

    @property
    def is_fallback(self) -> bool:
        return bool(self.value) and self.language != self.requested

    def __str__(self):
        return "" if self.value is None else str(self.value)

    def __bool__(self):
        return bool(self.value)


def translated(obj, field: str, language: str | None = None) -> Translated:
    """requested -> en -> zh-hans, then any language that has it (an agency in
    Phnom Penh may name itself in Khmer only)."""
    requested = language or get_language() or "en"
    for code in dict.fromkeys((requested, *FALLBACK, *CODES)):
        value = getattr(obj, build_localized_fieldname(field, code), None)
        if _filled(value):
            return Translated(value, code, requested)
    return Translated(None, requested, requested)


def _filled(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0  # StreamField values
    except TypeError:
        return True
