from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language, get_language_info

from marketplace.fallback import translated as translated_field

register = template.Library()
MAX_ECHOED_QUERY = 1000


@register.simple_tag
def translated(obj, field):
    """{% translated work "title" as title %} -> .value, .language, .is_fallback"""
    return translated_field(obj, field)


@register.filter
def get_item(mapping, key):
    """mapping[key], or None where the page has no such mapping (a preview)."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def bcp47(code: str) -> str:
    """Django's zh-hans -> the HTML lang tag zh-Hans."""
    lang, _sep, script = (code or "").partition("-")
    return f"{lang}-{script.title()}" if script else lang


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language, for the switcher and hreflang."""
    request = context["request"]
    # The query string goes along (a search stays a search in another
    # language), unless it is too long to copy into every link.
    short = len(request.META.get("QUERY_STRING", "")) <= MAX_ECHOED_QUERY
    path = request.get_full_path() if short else escape_uri_path(request.path)
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        links.append({
            "code": code,
            "name_local": get_language_info(code)["name_local"],
            "url": url,
            "absolute_url": request.build_absolute_uri(url),
            "current": code == current,
        })
    return links


@register.simple_tag
def language_name_local(code):
    return get_language_info(code)["name_local"]


@register.inclusion_tag("marketplace/includes/fallback_note.html")
def fallback_note(value):
    return {"value": value}
