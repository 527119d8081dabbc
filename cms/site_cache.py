"""What every page takes from the site tree (the main menu, and the zone URLs
that work links hang off), kept between requests.

Looking them up costs page queries, a Site lookup and Wagtail's URL routing
on every request, more than a catalogue search itself; they change only when
an editor publishes, unpublishes, moves or deletes a page, or edits a Site.
Those signals, and any page or Site save (a page created live sends no
publish signal), start a new generation, so no stale entry is read again. With a
per-process cache (the default), another process's edit is seen within
TIMEOUT; set CACHE_URL to a shared cache (Redis in docker-compose) to see it
at once everywhere.
"""
import uuid

from django.core.cache import cache
from django.utils.translation import get_language

GENERATION_KEY = "cms:site-tree:generation"
TIMEOUT = 60


def site_cached(name: str, request, build):
    """build(request), cached per site, language and generation, and memoised
    on the request, which may ask many times (a link per search hit)."""
    host = request.get_host() if request is not None else ""
    key = f"cms:site-tree:{name}:{get_language()}:{host}"
    memo = getattr(request, "_site_cache", None) if request is not None else None
    if memo is not None and key in memo:
        return memo[key]
    generation = cache.get(GENERATION_KEY)
    value = cache.get(f"{key}:{generation}") if generation else None
    if value is None:
        value = build(request)
        if not generation:
            generation = new_generation()
        cache.set(f"{key}:{generation}", value, TIMEOUT)
    if request is not None:
        if memo is None:
            memo = request._site_cache = {}
        memo[key] = value
    return value


def new_generation(**_signal_kwargs) -> str:
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, None)
    return generation


def connect_signals() -> None:
    """Listen to the models the cache is built from: every page type, and Site."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, Site, get_page_models
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(new_generation, dispatch_uid="cms-site-cache")
    for model in {Page, Site, *get_page_models()}:
        for signal in (post_save, post_delete):
            signal.connect(new_generation, sender=model, dispatch_uid=f"cms-site-cache-{model._meta.label}")
