"""The deal pages: the inquiry form, the room with its offers and messages,
the steps taken from it, attachments, the pipeline and the notifications.
Thin: a form, a selector or a service, and deals.rules for every check."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from catalog.kinds import Kind, RightType
from catalog.models import RightsOffer
from marketplace import acting
from marketplace.feedback import errors_onto, refused
from marketplace.redirects import is_local
from marketplace.storage import private_download

from . import rules, selectors, services, states
from .forms import COMMON_CURRENCIES, InquiryForm, MessageForm, OfferForm, TierFormSet, tier_initial, tiers_from
from .models import Attachment, Deal
from .notify import describe


def _acting_or_set_up(request):
    organization = acting.acting_organization(request)
    if organization is None:
        messages.info(request, _("Set up your organisation first: deals are made between organisations."))
    return organization


def _visible_deal(request, deal_id: int) -> Deal:
    try:
        deal = selectors.room(deal_id)
    except Deal.DoesNotExist:
        raise Http404 from None
    if not rules.can_view(request.user, deal):
        raise Http404  # a deal's existence is the parties' business
    return deal


@login_required
def inquiry_new(request, line_id: int):
    line = get_object_or_404(RightsOffer.objects.select_related("work", "work__rights_holder"), pk=line_id,
                             work__live=True)
    organization = _acting_or_set_up(request)
    if organization is None:
        return redirect("workspace-organization-new")
    form = InquiryForm(request.POST or None, line=line)
    if request.method == "POST" and form.is_valid():
        try:
            deal = services.inquiry_send(
                user=request.user, organization=organization, line=line, scope=form.scope(),
                message=form.cleaned_data["message"], language=form.cleaned_data["language"],
                target_date=form.cleaned_data["target_date"])
        except ValidationError as error:
            errors_onto(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your inquiry has been sent. The rights holder will answer here."))
            return redirect("deal-room", deal.pk)
    return render(request, "deals/inquiry_form.html", {"form": form, "line": line, "work": line.work,
                                                        "organization": organization})


@require_safe
@login_required
def room(request, deal_id: int):
    deal = _visible_deal(request, deal_id)
    organization = acting.acting_organization(request)
    side = rules.side_of(organization, deal)
    offers = list(deal.offers.all())
    versions = [(offer, selectors.changes(before, offer) if before else [])
                for before, offer in zip([None, *offers], offers, strict=False)]
    latest = offers[-1] if offers else None
    if side:
        services.deal_mark_read(organization=organization, deal=deal)
    may_commit = rules.can_commit(request.user, organization, deal)
    before = request.GET.get("before", "")
    thread, earlier = selectors.room_messages(deal, int(before) if before.isdigit() else None)
    return render(request, "deals/room.html", {
        "thread": thread, "earlier": earlier, "paged_back": before.isdigit(),
        "contract": getattr(deal, "contract", None), "may_prepare_contract": may_commit,
        "deal": deal, "work": deal.work, "side": side, "organization": organization,
        "versions": list(reversed(versions)), "latest": latest,
        "history": [(event, describe(event)) for event in selectors.room_events(deal)],
        "message_form": MessageForm(initial={"language": get_language()}),
        "may_write": rules.can_write(request.user, organization, deal) or deal.mediator_id == request.user.pk,
        "may_commit": may_commit and deal.is_open,
        "may_accept": may_commit and latest is not None and deal.status == Deal.Status.OFFERED
        and rules.side_of(latest.made_for, deal) != side,
        "may_decline": may_commit and deal.is_open and side == rules.SELLER,
        "may_withdraw": may_commit and deal.is_open and side == rules.BUYER,
        "may_ask_mediation": side and not deal.mediation_requested_at and states.allows(deal, "request_mediation"),
    })


@require_POST
@login_required
def message_new(request, deal_id: int):
    deal = _visible_deal(request, deal_id)
    form = MessageForm(request.POST, request.FILES)
    mediator = deal.mediator_id == request.user.pk and rules.side_of(acting.acting_organization(request), deal) is None
    organization = None if mediator else acting.acting_organization(request)
    if form.is_valid():
        _apply(request, services.message_post, user=request.user, organization=organization, deal=deal,
               body=form.cleaned_data["body"], language=form.cleaned_data["language"],
               files=form.cleaned_data["files"], done=_("Your message has been posted."))
    else:
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
    return redirect("deal-room", deal.pk)


@login_required
def offer_new(request, deal_id: int):
    deal = _visible_deal(request, deal_id)
    organization = acting.acting_organization(request)
    if not rules.can_commit(request.user, organization, deal):
        raise PermissionDenied
    if not deal.is_open:
        messages.error(request, _("This deal is %(status)s; no further offers can be made.") % {
            "status": deal.get_status_display().lower()})
        return redirect("deal-room", deal.pk)
    if deal.rights_offer is None:
        messages.error(request, _("The rights-offer line of this deal has been removed from the listing."))
        return redirect("deal-room", deal.pk)
    latest = services.latest_offer(deal)
    film = deal.work.kind == Kind.FILM_TV or deal.right_type == RightType.FILM_TV_ADAPTATION
    form = OfferForm(request.POST or None, line=deal.rights_offer, film=film,
                     initial=OfferForm.initial_from(latest, deal))
    # Bound, the rows are judged as typed: with initial values an unchanged row would count as empty.
    tiers = (TierFormSet(request.POST, prefix="tiers") if request.method == "POST"
             else TierFormSet(prefix="tiers", initial=tier_initial(latest)))
    if request.method == "POST" and form.is_valid() and tiers.is_valid():
        try:
            offer = services.offer_make(user=request.user, organization=organization, deal=deal,
                                        scope=form.scope(), terms=form.terms(tiers_from(tiers)))
        except ValidationError as error:
            errors_onto(form, error)
        else:
            messages.success(request, _("Version %(version)s of the offer has been sent.") % {
                "version": offer.version})
            return redirect("deal-room", deal.pk)
    return render(request, "deals/offer_form.html", {
        "deal": deal, "work": deal.work, "form": form, "tiers": tiers, "latest": latest,
        "currencies": COMMON_CURRENCIES})


@require_POST
@login_required
def offer_accept(request, deal_id: int):
    deal = _visible_deal(request, deal_id)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        raise Http404 from None
    _apply(request, services.offer_accept, user=request.user, organization=acting.acting_organization(request),
           deal=deal, version=version, done=_("You accepted version %(version)s. The terms are now frozen.") % {
               "version": version})
    return redirect("deal-room", deal.pk)


def _closing(service, done: str):
    @require_POST
    @login_required
    def view(request, deal_id: int):
        deal = _visible_deal(request, deal_id)
        _apply(request, service, user=request.user, organization=acting.acting_organization(request), deal=deal,
               reason=request.POST.get("reason", "")[:1000], done=done)
        return redirect("deal-room", deal.pk)
    return view


deal_decline = _closing(services.deal_decline, _("You declined this deal."))
deal_withdraw = _closing(services.deal_withdraw, _("You withdrew your inquiry."))


@require_POST
@login_required
def mediation_request(request, deal_id: int):
    deal = _visible_deal(request, deal_id)
    _apply(request, services.mediation_request, user=request.user, organization=acting.acting_organization(request),
           deal=deal, reason=request.POST.get("reason", "")[:1000],
           done=_("A platform editor has been asked to mediate."))
    return redirect("deal-room", deal.pk)


@require_POST
@login_required
def mediation_join(request, deal_id: int):
    deal = get_object_or_404(Deal, pk=deal_id)
    if not (rules.can_view(request.user, deal) or rules.can_mediate(request.user, deal)):
        raise Http404  # as everywhere, a deal's existence is the parties' business
    _apply(request, services.mediation_join, editor=request.user, deal=deal,
           done=_("You have joined this deal as mediator."))
    return redirect("deal-room", deal.pk)


@require_POST
@login_required
def instant_accept(request, line_id: int):
    line = get_object_or_404(RightsOffer.objects.select_related("work"), pk=line_id, work__live=True)
    organization = _acting_or_set_up(request)
    if organization is None:
        return redirect("workspace-organization-new")
    try:
        with transaction.atomic():
            deal = services.instant_accept(user=request.user, organization=organization, line=line)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
        return redirect(request.POST.get("next") if is_local(request.POST.get("next")) else "workspace")
    messages.success(request, _("Done: you have accepted the published terms."))
    return redirect("deal-room", deal.pk)


@require_safe
@login_required
def attachment_download(request, attachment_id: int):
    attachment = get_object_or_404(Attachment.objects.select_related("message__deal"), pk=attachment_id)
    if not rules.can_view(request.user, attachment.message.deal):
        raise Http404
    return private_download(attachment.file)


@require_safe
@login_required
def pipeline(request):
    organization = _acting_or_set_up(request)
    if organization is None:
        return redirect("workspace-organization-new")
    filters = selectors.PipelineFilter.from_query(request.GET)
    page = selectors.pipeline_page(organization, filters, request.GET.get("page"))
    return render(request, "deals/pipeline.html", {
        "organization": organization, "filters": filters, "page": page, "deals": page.object_list,
        "counts": selectors.pipeline_counts(organization), "statuses": Deal.Status.choices,
        "right_types": RightType.choices, "counterparties": selectors.counterparties(organization),
        "roles": [("", _("All")), ("buying", _("Buying")), ("selling", _("Selling")), ("agency", _("As agency"))],
        "query": request.GET.copy(),
    })


@require_safe
@login_required
def notifications(request):
    page = Paginator(selectors.notifications_of(request.user), 30).get_page(request.GET.get("page"))
    return render(request, "deals/notifications.html", {
        "page": page, "items": [(n, describe(n.event)) for n in page.object_list]})


@require_POST
@login_required
def notifications_read(request):
    request.user.deal_notifications.filter(read_at__isnull=True).update(read_at=timezone.now())
    return redirect("notifications")


@require_safe
@login_required
def notification_open(request, notification_id: int):
    notification = get_object_or_404(selectors.notifications_for(request.user).select_related("event"),
                                     pk=notification_id)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return redirect("deal-room", notification.event.deal_id)


def _apply(request, service, *, done: str, **kwargs) -> None:
    try:
        service(**kwargs)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    else:
        messages.success(request, done)
