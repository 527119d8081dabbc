"""Where a work lives on the site: its detail route under the zone of its kind."""
from cms.models import ZonePage
from cms.site_cache import site_cached


def zone_urls(request=None) -> dict[str, str]:
    """kind -> zone URL in the active language."""
    return site_cached("zone-urls", request, _zone_urls)


def _zone_urls(request) -> dict[str, str]:
    return {zone.kind: zone.get_url(request) for zone in ZonePage.objects.live()}


def work_url(work, request=None) -> str | None:
    zone = zone_urls(request).get(work.kind)
    return f"{zone}{work.slug}/" if zone else None
