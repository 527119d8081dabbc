"""The mediation queue in the Wagtail admin: deals whose parties asked for a
platform editor, the reason they gave, and a button to join. Once joined,
the editor works in the deal room on the site like the parties."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace import rules as people

from . import services
from .models import Deal, DealEvent


def queue(request):
    if not people.is_platform_editor(request.user):
        raise PermissionDenied
    reason = DealEvent.objects.filter(deal=OuterRef("pk"), kind="mediation_requested").values("payload__reason")[:1]
    deals = (Deal.objects.filter(mediation_requested_at__isnull=False).select_related("work", "buyer", "seller")
             .annotate(reason=Subquery(reason)).order_by("mediator_id", "mediation_requested_at"))
    return TemplateResponse(request, "deals/admin/mediation_queue.html", {
        "waiting": [deal for deal in deals if deal.mediator_id is None],
        "mine": [deal for deal in deals if deal.mediator_id == request.user.pk],
    })


@require_POST
def join(request, deal_id: int):
    deal = get_object_or_404(Deal, pk=deal_id)
    try:
        services.mediation_join(editor=request.user, deal=deal)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect("deals_mediation_queue")
    messages.success(request, _("You have joined this deal as mediator."))
    return redirect("deal-room", deal.pk)
