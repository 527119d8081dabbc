"""Rights holders list their own works: create and edit drafts, preview them,
send them for review, withdraw them. Every write goes through the
catalogue's services, with the same validation and messages as the admin."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from catalog import services
from catalog.models import Creator, Work
from marketplace import acting, rules

from .listing_forms import FIELDS, CreditFormSet, ListingForm, OfferFormSet, text_fields


def _holder(request):
    organization = acting.acting_organization(request)
    if organization is None or not rules.can_manage_listings(request.user, organization):
        raise PermissionDenied
    return organization


def _work(request, work_id: int) -> Work:
    work = get_object_or_404(Work, pk=work_id)
    if not rules.can_manage_listings(request.user, work.rights_holder):
        raise PermissionDenied
    return work


@login_required
def listing_edit(request, work_id: int | None = None):
    holder = _holder(request) if work_id is None else None
    work = _work(request, work_id) if work_id is not None else None
    holder = holder or work.rights_holder
    draft = work.get_latest_revision_as_object() if work else None
    form = ListingForm(request.POST or None, request.FILES or None, initial=_initial(draft))
    offers = OfferFormSet(request.POST or None, prefix="offers", initial=_initial_offers(draft))
    credits = CreditFormSet(request.POST or None, prefix="credits", initial=_initial_credits(draft))
    if request.method == "POST" and form.is_valid() and offers.is_valid() and credits.is_valid():
        lines, people = _filled(offers), _filled(credits)
        try:
            saved = services.work_draft_save(user=request.user, holder=holder, work=work, fields=form.work_fields(),
                                             offers=lines, subjects=form.cleaned_data["subjects"], credits=people,
                                             cover=form.cleaned_data["cover"], files=form.uploads(),
                                             remove_assets=request.POST.getlist("remove_asset"))
        except ValidationError as error:
            _show_errors(error, form, offers)
        else:
            if "submit" in request.POST:
                return _submit(request, saved)
            messages.success(request, _("Draft saved. Preview it, then send it for review."))
            return redirect("workspace-listing-edit", work_id=saved.pk)
    return render(request, "workspace/listing_form.html", {
        "form": form, "offers": offers, "credits": credits, "work": work, "holder": holder,
        "known_creators": Creator.objects.filter(credits__work__rights_holder=holder).distinct()[:300],
        "review": services.work_review_state(work) if work else None,
        "assets": list(draft.media_assets.all()) if draft else [],
    })


@require_safe
@login_required
def listing_preview(request, work_id: int):
    work = _work(request, work_id)
    draft = work.get_latest_revision_as_object()
    return TemplateResponse(request, "catalog/work_detail.html", {**draft.detail_context(), "preview": True})


@require_POST
@login_required
def listing_submit(request, work_id: int):
    return _submit(request, _work(request, work_id))


@require_POST
@login_required
def listing_withdraw(request, work_id: int):
    services.work_withdraw(user=request.user, work=_work(request, work_id))
    messages.success(request, _("The listing is withdrawn from the catalogue."))
    return redirect("workspace")


def _submit(request, work):
    try:
        services.work_submit_for_review(user=request.user, work=work)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("workspace-listing-edit", work_id=work.pk)
    messages.success(request, _("Sent for review. A platform editor will publish it or tell you what to change."))
    return redirect("workspace")


def _show_errors(error: ValidationError, form, offers) -> None:
    """The services' errors, by field, on the boxes they belong to
    ("offers-<n>-<field>" counts the filled rows, as work_draft_save does)."""
    filled = _filled_forms(offers)
    for field, field_messages in error.message_dict.items():
        if field.startswith("offers-"):
            _prefix, n, name = field.split("-", 2)
            target = filled[int(n)]
            target.add_error(name if name in target.fields else None, field_messages)
        else:
            form.add_error(field if field in form.fields else None, field_messages)


def _initial(draft) -> dict:
    if draft is None:
        return {}
    initial = {name: getattr(draft, name) for name in FIELDS}
    for _code, _name, title, synopsis in text_fields():
        initial[title], initial[synopsis] = getattr(draft, title), getattr(draft, synopsis)
    initial["subjects"] = list(draft.subjects.all())
    return initial


def _filled_forms(formset) -> list:
    """The rows someone filled in and did not delete."""
    return [f for f in formset.forms if f.has_changed() and not f.cleaned_data.get("DELETE")]


def _filled(formset) -> list[dict]:
    """Their values, without the DELETE box."""
    return [{k: v for k, v in f.cleaned_data.items() if k != "DELETE"} for f in _filled_forms(formset)]


def _initial_credits(draft) -> list[dict]:
    if draft is None:
        return []
    return [{"name": c.creator.name, "name_original": c.creator.name_original, "role": c.role}
            for c in draft.credits.all()]


def _initial_offers(draft) -> list[dict]:
    if draft is None:
        return []
    return [{"right_type": o.right_type, "territories": o.territories, "languages": o.languages,
             "exclusivity": o.exclusivity, "term_years": o.term_years} for o in draft.rights_offers.all()]
