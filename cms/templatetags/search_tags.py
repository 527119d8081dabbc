from functools import lru_cache

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from catalog.display import country_name, language_name
from catalog.kinds import RightType

register = template.Library()

# The markets agents ask about most; any other ISO code still works in the URL.
TERRITORIES = "BN KH ID LA MY MM PH SG TH TL VN CN HK MO TW JP KR IN AU US GB FR DE".split()
LANGUAGES = "zh-Hans zh-Hant en vi th ms id my lo fil km ja ko fr de es".split()


@register.simple_tag
def territory_choices():
    return _territory_choices(get_language())


@register.simple_tag
def language_choices():
    return _language_choices(get_language())


# The names come from CLDR and change only with the reader's language.
@lru_cache(maxsize=32)
def _territory_choices(language):
    return sorted(((code, country_name(code, language)) for code in TERRITORIES), key=lambda c: c[1])


@lru_cache(maxsize=32)
def _language_choices(language):
    return sorted(((tag, language_name(tag, language)) for tag in LANGUAGES), key=lambda c: c[1])


@register.simple_tag
def right_type_choices():
    return RightType.choices


# The facet lists and the choice boxes are most of a search page's markup:
# built in Python they render several times faster than template loops.
@register.simple_tag
def facet_items(facet):
    return format_html_join(
        "\n", '<li><a href="{}"{}><span>{}</span> <span class="count">{}</span></a></li>',
        ((v.url, _CURRENT if v.selected else "", v.label, v.count) for v in facet.values),
    )


@register.simple_tag
def choice_options(choices, selected):
    return format_html_join("", '<option value="{}"{}>{}</option>',
                            ((value, _SELECTED if value == selected else "", label) for value, label in choices))


_CURRENT = mark_safe(' class="selected" aria-current="true"')
_SELECTED = mark_safe(" selected")
