"""The catalogue search page and its JSON API: one form, one contract, any engine.

Bad parameters are field errors (a 400 with the fields on the API), an engine
outage is a 503 saying so in the reader's language, and suggestions just go
quiet while the engine is away."""
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language, override
from django.views.decorators.http import require_safe

from cms.routing import work_url
from cms.search.facets import labelled_facets
from cms.search.forms import CatalogSearchForm, echoed
from marketplace.api_errors import MESSAGES
from marketplace.languages import CODES
from search.base import SearchUnavailable
from search.registry import get_backend
from search.selectors import search_catalog

SUGGESTIONS = 8


@require_safe
def search_page(request):
    form = CatalogSearchForm(_with_default_sort(request.GET), ui_language=get_language())
    params = echoed(request.GET)
    results = facets = None
    relaxed = unavailable = False
    if form.is_valid():
        try:
            results, relaxed = search_catalog(form.catalog_query())
        except SearchUnavailable:
            unavailable = True
        else:
            facets = labelled_facets(results.facets, params)
    hits = [(hit, work_url(hit, request)) for hit in results.hits] if results else []
    without_page = params.copy()
    without_page.pop("page", None)
    return render(request, "search/search_page.html", {
        "form": form, "results": results, "hits": hits, "facets": facets, "relaxed": relaxed,
        "unavailable": unavailable, "query_text": params.get("q", ""), "querystring": without_page.urlencode(),
        "hidden_params": [(key, value) for key, values in params.lists() if key in HIDDEN for value in values],
    }, status=503 if unavailable else 200)


# Parameters the page's form has no visible control for: carried as hidden inputs.
HIDDEN = {"kind", "subtype", "holder", "subject", "year_from", "year_to"}


@require_safe
def search_api(request):
    language = _api_language(request)
    with override(language):
        form = CatalogSearchForm(_with_default_sort(request.GET), ui_language=language)
        if not form.is_valid():
            return JsonResponse({"errors": {f: [str(m) for m in ms] for f, ms in form.errors.items()}}, status=400)
        try:
            results, relaxed = search_catalog(form.catalog_query())
        except SearchUnavailable:
            return JsonResponse({"error": {"status": 503, "message": str(MESSAGES[503])}}, status=503)
        return JsonResponse({
            "total": results.total, "relaxed": relaxed, "page": results.page, "pages": results.pages,
            "took_ms": results.took_ms,
            "hits": [{
                "id": hit.id, "slug": hit.slug, "kind": hit.kind, "subtype": hit.subtype, "title": hit.title,
                "title_language": hit.title_language, "title_html": hit.title_html,
                "snippet_html": hit.snippet_html, "holder": hit.holder, "holder_name": hit.holder_name,
                "year": hit.year, "score": hit.score, "url": work_url(hit, request),
            } for hit in results.hits],
            "facets": {name: [[value, count] for value, count in buckets]
                       for name, buckets in results.facets.items()},
        })


@require_safe
def suggest_api(request):
    prefix = request.GET.get("q", "").strip()[:100]
    try:
        suggestions = get_backend().suggest(prefix, _api_language(request), SUGGESTIONS) if prefix else []
    except SearchUnavailable:
        suggestions = []  # typing goes on without completions
    return JsonResponse({"suggestions": suggestions})


def _with_default_sort(params):
    """Text searches rank by relevance, browsing shows the newest first; the
    sort box must show which one applies."""
    if params.get("sort"):
        return params
    params = params.copy()
    params["sort"] = "relevance" if params.get("q", "").strip() else "newest"
    return params


def _api_language(request) -> str:
    lang = request.GET.get("lang", "")
    return lang if lang in CODES else get_language()
