"""Where a work lives on the site: its detail route under the zone of its kind."""
from django.utils.translation import get_language

from cms.models import ZonePage


def zone_urls(request=None) -> dict[str, str]:
    """kind -> zone URL in the active language, memoised on the request."""
    key = f"_zone_urls_{get_language()}"
    if request is not None and hasattr(request, key):
        return getattr(request, key)
    urls = {zone.kind: zone.get_url(request) for zone in ZonePage.objects.live()}
    if request is not None:
        setattr(request, key, urls)
    return urls


def work_url(work, request=None) -> str | None:
    zone = zone_urls(request).get(work.kind)
    return f"{zone}{work.slug}/" if zone else None
