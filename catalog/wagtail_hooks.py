"""Editors manage works, creators, subjects and organisations in the Wagtail admin."""
from django.contrib import messages
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet, SnippetViewSetGroup

from marketplace.models import Organization

from .forms import WorkAdminForm
from .models import Creator, Subject, Work
from .views import original_download


class WorkDeleteView(DeleteView):
    """A work that deals refer to stays: the log and the parties must still find
    it. Say so and offer withdrawal, instead of a server error."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            messages.error(self.request, _("This work cannot be deleted: deals refer to it. Unpublish it to take "
                                           "it off the catalogue."))
            return redirect(self.get_success_url())


class WorkViewSet(SnippetViewSet):
    model = Work
    delete_view_class = WorkDeleteView
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
