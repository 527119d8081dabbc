"""Editors manage works, creators, subjects and organisations in the Wagtail admin."""
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from marketplace.models import Organization

from .forms import WorkAdminForm
from .models import Creator, Subject, Work
from .views import original_download


class WorkViewSet(SnippetViewSet):
    model = Work
    edit_handler = ObjectList(Work.panels, base_form_class=WorkAdminForm)
    icon = "doc-full"
    menu_label = _("Works")
    list_display = ["title", "kind", "subtype", "rights_holder", "live"]
    list_filter = ["kind", "subtype", "live", "rights_holder"]
    search_fields = ["title", "original_title"]
    list_per_page = 50


class CreatorViewSet(SnippetViewSet):
    model = Creator
    icon = "user"
    menu_label = _("Creators")
    search_fields = ["name", "name_original"]


class SubjectViewSet(SnippetViewSet):
    model = Subject
    icon = "tag"
    menu_label = _("Subjects")


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "country", "verified_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]


class CatalogueGroup(SnippetViewSetGroup):
    menu_label = _("Catalogue")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (WorkViewSet, CreatorViewSet, SubjectViewSet, OrganizationViewSet)


register_snippet(CatalogueGroup)


@hooks.register("register_admin_urls")
def original_download_url():
    return [path("catalog/originals/<id:asset_id>/", original_download, name="catalog_original")]
