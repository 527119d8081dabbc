"""The contract pages: prepare from an accepted deal, read and download,
send, sign, terminate; and the public check of a sealed PDF."""
import hashlib

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from marketplace import acting
from marketplace.feedback import errors_onto, refused
from marketplace.storage import private_download
from marketplace.uploads import check_upload

from . import contracting, rules, seal
from .models import Contract, Deal

MAX_CHECKED_PDF = 20 * 1024 * 1024


class SignForm(forms.Form):
    typed_name = forms.CharField(label=gettext_lazy("Your full name"), max_length=200)
    secret = forms.CharField(label=gettext_lazy("Your password, or the code from your authenticator app"),
                             widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))
    document_sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)


class VerifyForm(forms.Form):
    document = forms.FileField(label=gettext_lazy("The PDF to check"))


def _visible(request, contract_id: int) -> Contract:
    contract = get_object_or_404(Contract.objects.select_related("deal", "deal__work", "offer"), pk=contract_id)
    if not rules.can_view(request.user, contract.deal):
        raise Http404
    return contract


@require_POST
@login_required
def contract_new(request, deal_id: int):
    deal = get_object_or_404(Deal, pk=deal_id)
    if not rules.can_view(request.user, deal):
        raise Http404
    try:
        contract = contracting.contract_create(user=request.user, organization=acting.acting_organization(request),
                                               deal=deal)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
        return redirect("deal-room", deal.pk)
    messages.success(request, _("The contract is ready. Read it, then send it for signature."))
    return redirect("contract", contract.pk)


@require_safe
@login_required
def contract_page(request, contract_id: int):
    return _page(request, _visible(request, contract_id))


def _page(request, contract: Contract, form: "SignForm | None" = None):
    organization = acting.acting_organization(request)
    party = contract.parties.filter(organization=organization).first() if organization else None
    parties = list(contract.parties.select_related("organization", "signature__user"))
    return render(request, "deals/contract/page.html", {
        "contract": contract, "deal": contract.deal, "work": contract.deal.work, "parties": parties,
        "party": party, "may_act": party is not None and rules.can_commit(request.user, organization, contract.deal),
        "sign_form": form or SignForm(initial={"document_sha256": contract.document_sha256}),
        "signed_by_us": party is not None and hasattr(party, "signature"),
    })


@require_safe
@login_required
def contract_document(request, contract_id: int, sealed: bool = False):
    contract = _visible(request, contract_id)
    file = contract.sealed_document if sealed else contract.document
    if not file:
        raise Http404
    return private_download(file)


@require_POST
@login_required
def contract_send(request, contract_id: int):
    contract = _visible(request, contract_id)
    try:
        holds = contracting.contract_send(user=request.user, organization=acting.acting_organization(request),
                                          contract=contract)
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    else:
        messages.success(request, _("The contract is out for signature."))
        for hold in holds:
            messages.warning(request, _("%(contract)s, still being signed, covers some of the same rights: if it "
                                        "becomes active first, this one cannot.") % {"contract": hold.reference})
    return redirect("contract", contract.pk)


@require_POST
@login_required
def contract_sign(request, contract_id: int):
    contract = _visible(request, contract_id)
    form = SignForm(request.POST)
    if form.is_valid():
        try:
            signature = contracting.contract_sign(
                user=request.user, organization=acting.acting_organization(request), contract=contract,
                typed_name=form.cleaned_data["typed_name"], secret=form.cleaned_data["secret"],
                document_sha256=form.cleaned_data["document_sha256"], ip_address=request.META.get("REMOTE_ADDR"),
                user_agent=request.headers.get("User-Agent", ""))
        except ValidationError as error:
            errors_onto(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("You have signed the contract."))
            for text in signature.held_back:
                messages.warning(request, _("Every party has signed, but the contract cannot become active: "
                                            "%(reason)s") % {"reason": text})
            return redirect("contract", contract.pk)
    return _page(request, contract, form)


@require_POST
@login_required
def contract_terminate(request, contract_id: int):
    contract = _visible(request, contract_id)
    try:
        contracting.contract_terminate(user=request.user, organization=acting.acting_organization(request),
                                       contract=contract, reason=request.POST.get("reason", "")[:2000])
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    else:
        messages.success(request, _("The contract is terminated and its rights are free again."))
    return redirect("contract", contract.pk)


def verify(request):
    """Anyone may check a PDF: is it a sealed original, and of which contract.
    The terms stay with the parties."""
    form = VerifyForm(request.POST or None, request.FILES or None)
    result = contract = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["document"]
        try:
            if upload.size > MAX_CHECKED_PDF or check_upload(upload, images_only=False).extension != "pdf":
                raise ValidationError(_("Upload the contract as a PDF."))
        except ValidationError as error:
            form.add_error("document", error.messages)
        else:
            upload.seek(0)
            data = upload.read()
            result = seal.check(data)
            if result.genuine:
                contract = Contract.objects.filter(sealed_sha256=hashlib.sha256(data).hexdigest()).first()
    return render(request, "deals/contract/verify.html", {"form": form, "result": result, "contract": contract})
