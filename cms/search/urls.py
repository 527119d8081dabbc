from django.urls import path

from . import views

page_urls = [path("search/", views.search_page, name="search")]
api_urls = [
    path("search", views.search_api, name="search-api"),
    path("search/suggest", views.suggest_api, name="search-suggest"),
]
