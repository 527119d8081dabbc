"""The mediation queue and the contracts held back by conflicts, in the Wagtail admin menu."""
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from marketplace import rules as people

from . import admin_views


@hooks.register("register_admin_urls")
def mediation_urls():
    return [
        path("mediation/", admin_views.queue, name="deals_mediation_queue"),
        path("mediation/<id:deal_id>/join/", admin_views.join, name="deals_mediation_join"),
        path("contracts/held-back/", admin_views.contracts_held_back, name="deals_contracts_held_back"),
        path("contracts/<id:contract_id>/override/", admin_views.contract_override,
             name="deals_contract_override"),
    ]


class MediationMenuItem(MenuItem):
    def is_shown(self, request):
        return people.is_platform_editor(request.user)


@hooks.register("register_admin_menu_item")
def mediation_menu_item():
    return MediationMenuItem(_("Mediation"), reverse("deals_mediation_queue"), icon_name="group", order=220)


@hooks.register("register_admin_menu_item")
def contracts_held_back_menu_item():
    return MediationMenuItem(_("Conflicts"), reverse("deals_contracts_held_back"), icon_name="warning", order=221)
