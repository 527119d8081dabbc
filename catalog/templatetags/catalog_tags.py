from django import template
from django.core.exceptions import ValidationError

from catalog.display import country_name, language_name
from catalog.identifiers import format_isbn13
from catalog.language_codes import display_languages
from catalog.territories import parse_territory
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
def isbn13(isbn):
    return format_isbn13(isbn)


@register.filter
def truncate_text(text, length):
    return truncate(str(text or ""), int(length))
