"""The Wagtail admin's deal pages: the mediation queue (deals whose parties
asked for a platform editor, and a button to join; once joined, the editor
works in the deal room on the site like the parties), and the contracts held
back by conflicts, where an editor may record an override."""
from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace import rules as people
from marketplace.feedback import refused

from . import avails, contracting, services
from .models import Contract, Deal, DealEvent


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
        refused(request, error)
        return redirect("deals_mediation_queue")
    messages.success(request, _("You have joined this deal as mediator."))
    return redirect("deal-room", deal.pk)


def contracts_held_back(request):
    """Contracts that cannot go out or become active because active licences
    hold their rights: each conflict explained, and a form to override it
    with a reason and an expiry."""
    if not people.is_platform_editor(request.user):
        raise PermissionDenied
    waiting = (Contract.objects.filter(status__in=[Contract.Status.DRAFT, Contract.Status.SIGNED])
               .select_related("deal__work", "offer").order_by("-created_at")[:200])
    held = []
    for contract in waiting:
        found = avails.conflicts(avails.Claim.of(contract), exclude_contract=contract.pk)
        if found:
            held.append((contract, [conflict.explain() for conflict in found]))
    return TemplateResponse(request, "deals/admin/contracts_held_back.html", {"held": held})


@require_POST
def contract_override(request, contract_id: int):
    contract = get_object_or_404(Contract, pk=contract_id)
    try:
        expires_on = date.fromisoformat(request.POST.get("expires_on", ""))
    except ValueError:
        messages.error(request, _("Give the date until which the override runs."))
        return redirect("deals_contracts_held_back")
    try:
        contracting.grant_override(editor=request.user, contract=contract, reason=request.POST.get("reason", ""),
                                   expires_on=expires_on)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    else:
        messages.success(request, _("The override of %(contract)s is recorded in the deal log.") % {
            "contract": contract.reference})
    return redirect("deals_contracts_held_back")
