from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from catalog.views import sample_download
from cms.search.urls import api_urls as search_api_urls
from cms.search.urls import page_urls as search_page_urls
from marketplace import api_errors
from marketplace.health import healthz, readyz
from marketplace.views import paper_download, preferences
from marketplace.workspace import urls as workspace_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("samples/<id:asset_id>/", sample_download, name="sample-download"),
    path("papers/<id:paper_id>/", paper_download, name="organization-paper"),
    path("api/v1/", include(search_api_urls)),
    re_path(r"^api/", api_errors.not_found),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under a language prefix: /th/…, /zh-hans/…
urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("accounts/preferences/", preferences, name="account-preferences"),
    path("accounts/", include("allauth.urls")),
    path("", include(workspace_urls)),
    path("", include("deals.urls")),
    *search_page_urls,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
