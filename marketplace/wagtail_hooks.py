"""The verification queue in the Wagtail admin menu."""
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views, rules


@hooks.register("register_admin_urls")
def verification_urls():
    # Wagtail serves these behind its own admin login.
    return [
        path("verification/", admin_views.queue, name="marketplace_verification_queue"),
        path("verification/<id:organization_id>/", admin_views.decide, name="marketplace_verification_decide"),
    ]


class VerificationMenuItem(MenuItem):
    def is_shown(self, request):
        return rules.can_verify(request.user)


@hooks.register("register_admin_menu_item")
def verification_menu_item():
    return VerificationMenuItem(_("Verification queue"), reverse("marketplace_verification_queue"),
                                icon_name="tick-inverse", order=210)
