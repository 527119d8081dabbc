"""Country, language and list names in the reader's language, from ICU's CLDR data.

CLDR covers all ten UI languages, Lao and Filipino included, where Django's
and django-countries' catalogues do not.
"""
from functools import lru_cache

import icu
from django.utils.translation import get_language


def icu_locale(language_code: str) -> icu.Locale:
    """'zh-hans' -> zh_Hans, 'th' -> th."""
    lang, _sep, script = (language_code or "en").partition("-")
    return icu.Locale(f"{lang}_{script.title()}" if script else lang)


@lru_cache(maxsize=4096)
def _country_name(code: str, ui: str) -> str:
    return icu.Locale("", code).getDisplayCountry(icu_locale(ui))


@lru_cache(maxsize=4096)
def _language_name(tag: str, ui: str) -> str:
    return icu_locale(tag).getDisplayName(icu_locale(ui))


@lru_cache(maxsize=64)
def _list_formatter(ui: str):
    return icu.ListFormatter.createInstance(icu_locale(ui))


def country_name(code: str, ui: str | None = None) -> str:
    return _country_name(code.upper(), ui or get_language() or "en")


def language_name(tag: str, ui: str | None = None) -> str:
    return _language_name(tag, ui or get_language() or "en")


def join_list(items, ui: str | None = None) -> str:
    """'China and Taiwan', '中国和台湾' — the reader's own list grammar."""
    return _list_formatter(ui or get_language() or "en").format([str(i) for i in items])
