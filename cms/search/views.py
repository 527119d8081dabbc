"""The catalogue search page and its JSON API: one form, one contract, any engine."""
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language, override
from django.views.decorators.http import require_GET

from cms.routing import work_url
from cms.search.facets import labelled_facets
from cms.search.forms import CatalogSearchForm
from marketplace.languages import CODES
from search.registry import get_backend
from search.selectors import search_catalog

SUGGESTIONS = 8


@require_GET
def search_page(request):
    form = CatalogSearchForm(_with_default_sort(request.GET), ui_language=get_language())
    results = facets = None
    relaxed = False
    if form.is_valid():
        results, relaxed = search_catalog(form.catalog_query())
        facets = labelled_facets(results.facets, request.GET)
    hits = [(hit, work_url(hit, request)) for hit in results.hits] if results else []
    return render(request, "search/search_page.html", {
        "form": form, "results": results, "hits": hits, "facets": facets, "relaxed": relaxed,
        "query_text": request.GET.get("q", ""), "querystring": _without_page(request.GET),
    })


@require_GET
def search_api(request):
    with override(_api_language(request)):
        form = CatalogSearchForm(_with_default_sort(request.GET), ui_language=_api_language(request))
        if not form.is_valid():
            return JsonResponse({"errors": {f: [str(m) for m in ms] for f, ms in form.errors.items()}}, status=400)
        results, relaxed = search_catalog(form.catalog_query())
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


@require_GET
def suggest_api(request):
    prefix = request.GET.get("q", "").strip()[:100]
    language = _api_language(request)
    suggestions = get_backend().suggest(prefix, language, SUGGESTIONS) if prefix else []
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


def _without_page(params) -> str:
    query = params.copy()
    query.pop("page", None)
    return query.urlencode()
