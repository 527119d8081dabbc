"""The verification queue in the Wagtail admin: organisations that asked to
be verified, their papers, and approve / reject with a reason."""
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .models import Organization


def queue(request):
    waiting = Organization.objects.filter(verification_requested_at__isnull=False, verified_at__isnull=True)
    return TemplateResponse(request, "marketplace/admin/verification_queue.html", {
        "organizations": waiting.order_by("verification_requested_at").prefetch_related("papers"),
    })


@require_POST
def decide(request, organization_id: int):
    organization = get_object_or_404(Organization, pk=organization_id)
    try:
        if request.POST.get("decision") == "approve":
            services.organization_verify(editor=request.user, organization=organization)
            messages.success(request, _("%(organization)s is verified.") % {"organization": organization})
        else:
            services.organization_reject(editor=request.user, organization=organization,
                                         reason=request.POST.get("reason", ""))
            messages.success(request, _("%(organization)s was told why.") % {"organization": organization})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("marketplace_verification_queue")
