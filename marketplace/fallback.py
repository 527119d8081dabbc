"""Which language a translated field is shown in, so pages can say when it is
a fallback (requested -> en -> zh-hans), and mark it with the right `lang`."""
from dataclasses import dataclass

from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from marketplace.languages import FALLBACK


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
    requested = language or get_language() or "en"
    for code in (requested, *FALLBACK):
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
