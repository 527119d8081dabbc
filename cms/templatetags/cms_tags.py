from django import template
from django.utils.translation import get_language

from cms import routing
from cms.models import NewsIndexPage, ShowcaseIndexPage, ZonePage

register = template.Library()


@register.simple_tag(takes_context=True)
def work_url(context, work):
    return routing.work_url(work, context.get("request"))


@register.simple_tag(takes_context=True)
def site_navigation(context):
    request = context.get("request")
    key = f"_site_navigation_{get_language()}"
    if request is not None and hasattr(request, key):
        return getattr(request, key)
    nav = list(ZonePage.objects.live().in_menu().order_by("path"))
    nav += list(ShowcaseIndexPage.objects.live().in_menu()) + list(NewsIndexPage.objects.live().in_menu())
    if request is not None:
        setattr(request, key, nav)
    return nav
