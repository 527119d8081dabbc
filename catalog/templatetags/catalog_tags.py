from functools import lru_cache

from django import template
from django.core.exceptions import ValidationError
from django.utils.translation import get_language

from catalog.display import country_name, join_list, language_name
from catalog.identifiers import format_isbn13
from catalog.language_codes import display_languages
from catalog.territories import ALL_COUNTRIES, CANONICAL_GROUP, GROUPS, parse_territory
from catalog.text import truncate

register = template.Library()


@register.filter
def territory_display(expression):
    try:
        return parse_territory(expression).display()
    except ValidationError:
        return expression


@register.filter
def languages_display(text):
    try:
        return display_languages(text)
    except ValidationError:
        return text


@register.filter
def language_display(tag):
    return language_name(tag) if tag else ""


@register.filter
def country_display(country):
    return country_name(country.code) if country else ""


@register.filter
def join_countries(codes):
    """["TH", "LA"] -> "Thailand and Laos", in the reader's language."""
    return join_list([country_name(code) for code in codes])


@register.filter
def isbn13(isbn):
    return format_isbn13(isbn)


@register.filter
def truncate_text(text, length):
    return truncate(str(text or ""), int(length))


@register.simple_tag
def territory_options():
    """Groups, then every country by its name in the reader's language, for
    the territory chips of an offer line: (value as written in an
    expression, label)."""
    return _territory_options(get_language())


@lru_cache(maxsize=16)
def _territory_options(language: str) -> list[tuple[str, str]]:
    groups = [(CANONICAL_GROUP[key], str(label)) for key, (label, _members) in GROUPS.items()]
    names = sorted(((code, country_name(code, language)) for code in ALL_COUNTRIES), key=lambda pair: pair[1])
    return groups + names
