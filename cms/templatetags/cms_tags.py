from dataclasses import dataclass

from django import template

from cms import routing
from cms.models import NewsIndexPage, ShowcaseIndexPage, ZonePage
from cms.site_cache import site_cached
from marketplace.fallback import Translated, translated

register = template.Library()


@register.simple_tag(takes_context=True)
def work_url(context, work):
    return routing.work_url(work, context.get("request"))


@dataclass(frozen=True)
class NavItem:
    pk: int
    url: str
    title: Translated


@register.simple_tag(takes_context=True)
def site_navigation(context) -> list[NavItem]:
    return site_cached("navigation", context.get("request"), _navigation)


def _navigation(request) -> list[NavItem]:
    pages = list(ZonePage.objects.live().in_menu().order_by("path"))
    pages += list(ShowcaseIndexPage.objects.live().in_menu()) + list(NewsIndexPage.objects.live().in_menu())
    return [NavItem(page.pk, page.get_url(request), translated(page, "title")) for page in pages]
