"""The ten languages of the platform, in one place.

Django ships locale data for eight of them; Lao and Filipino are added to
LANG_INFO here, or LocaleMiddleware would silently ignore /lo/ and /fil/.
"""
from django.conf import locale
from django.utils.translation import gettext_lazy as _

LANGUAGES = [
    ("zh-hans", _("Chinese (Simplified)")),
    ("en", _("English")),
    ("vi", _("Vietnamese")),
    ("th", _("Thai")),
    ("ms", _("Malay")),
    ("id", _("Indonesian")),
    ("my", _("Burmese")),
    ("lo", _("Lao")),
    ("fil", _("Filipino")),
    ("km", _("Khmer")),
]
CODES = [code for code, _name in LANGUAGES]

# Content falls back requested -> English -> Chinese.
FALLBACK = ("en", "zh-hans")

# Added where Django lacks them (lo, fil) or corrected where Django names the
# language in English instead of in itself (km).
EXTRA_LANG_INFO = {
    "lo": {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ລາວ"},
    "fil": {"bidi": False, "code": "fil", "name": "Filipino", "name_local": "Filipino"},
    "km": {"bidi": False, "code": "km", "name": "Khmer", "name_local": "ខ្មែរ"},
}


def register_missing_languages():
    locale.LANG_INFO.update(EXTRA_LANG_INFO)


def localized_verbose_name(verbose_name, lang: str) -> str:
    """The admin label of a translated field, "Title [th]". modeltranslation
    names Indonesian columns `_ind` (an `_id` suffix would clash with foreign
    keys); editors know the language as `id`."""
    return f"{verbose_name} [{'id' if lang == 'ind' else lang}]"
