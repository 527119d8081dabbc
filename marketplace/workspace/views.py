"""The workspace pages and organisations' public profiles. Thin: forms,
a selector or a service, a template. Every state change is a POST."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from catalog.selectors import works_held_by
from deals import selectors as deal_selectors
from deals.models import Deal
from marketplace import acting, rules, services
from marketplace.models import Membership, Organization
from marketplace.redirects import is_local

from .forms import InvitationForm, OrganizationForm, PaperForm, RoleForm


@require_safe
@login_required
def dashboard(request):
    organization = acting.acting_organization(request)
    if organization is None:
        return redirect("workspace-organization-new")
    works = _page(request, works_held_by(organization), 50)
    return render(request, "workspace/dashboard.html", {
        "organization": organization,
        "deal_counts": deal_selectors.pipeline_counts(organization),
        "inquiries": deal_selectors.inquiries_per_work(organization, [work.pk for work in works]),
        "role_label": dict(Membership.Role.choices).get(rules.role_in(request.user, organization), ""),
        "works": works,
        "members": organization.memberships.select_related("user").order_by("role", "user__email"),
        "invitations": organization.invitations.filter(accepted_at__isnull=True, expires_at__gt=timezone.now()),
        "may_manage_people": rules.can_manage_people(request.user, organization),
        "may_manage_listings": rules.can_manage_listings(request.user, organization),
        "invitation_form": InvitationForm(),
        "paper_form": PaperForm(),
        "papers": organization.papers.all(),
        "role_choices": Membership.Role.choices,
        "deal_statuses": Deal.Status.choices,
    })


@login_required
def organization_new(request):
    form = OrganizationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organization = services.organization_create(user=request.user, language=get_language(),
                                                        **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            acting.choose(request, organization)
            messages.success(request, _("Your organisation is set up. A platform editor will verify it."))
            return redirect("workspace")
    return render(request, "workspace/organization_form.html", {"form": form})


@require_POST
@login_required
def act_for(request):
    chosen = request.POST.get("organization", "")
    if not chosen.isascii() or not chosen.isdigit() or len(chosen) > 18:
        raise Http404
    organization = get_object_or_404(rules.organizations_of(request.user), pk=int(chosen))
    acting.choose(request, organization)
    return redirect(request.POST.get("next") if is_local(request.POST.get("next")) else "workspace")


@require_POST
@login_required
def invite(request):
    organization = acting.acting_organization(request)
    form = InvitationForm(request.POST)
    if organization is None or not rules.can_manage_people(request.user, organization):
        raise PermissionDenied
    if form.is_valid():
        try:
            services.invitation_create(inviter=request.user, organization=organization, request=request,
                                       **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]})
    else:
        _form_errors(request, form)
    return redirect("workspace")


@require_POST
@login_required
def paper_upload(request):
    organization = acting.acting_organization(request)
    form = PaperForm(request.POST, request.FILES)
    if form.is_valid():
        _apply(request, services.organization_paper_add, user=request.user, organization=organization,
               kind=form.cleaned_data["kind"], upload=form.cleaned_data["file"])
    else:
        _form_errors(request, form)
    return redirect("workspace")


@require_POST
@login_required
def verification_request(request):
    _apply(request, services.organization_request_verification, user=request.user,
           organization=acting.acting_organization(request))
    return redirect("workspace")


@require_POST
@login_required
def membership_role(request, membership_id: int):
    membership = get_object_or_404(Membership, pk=membership_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        raise PermissionDenied
    _apply(request, services.membership_change_role, actor=request.user, membership=membership,
           role=form.cleaned_data["role"])
    return redirect("workspace")


@require_POST
@login_required
def membership_remove(request, membership_id: int):
    membership = get_object_or_404(Membership, pk=membership_id)
    _apply(request, services.membership_remove, actor=request.user, membership=membership)
    return redirect("workspace")


def invitation(request, token: str):
    """Anyone may open the link; accepting needs the invited address signed in."""
    try:
        found = services.invitation_for_token(token)
    except ValidationError as error:
        return render(request, "workspace/invitation.html", {"error": " ".join(error.messages)}, status=410)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{_login_url()}?next={request.path}")
        try:
            membership = services.invitation_accept(token=token, user=request.user)
        except ValidationError as error:
            context = {"invitation": found, "error": " ".join(error.messages)}
            return render(request, "workspace/invitation.html", context, status=400)
        acting.choose(request, membership.organization)
        messages.success(request, _("You have joined %(organization)s.") % {"organization": membership.organization})
        return redirect("workspace")
    return render(request, "workspace/invitation.html", {"invitation": found})


@require_safe
def organization_profile(request, slug: str):
    organization = get_object_or_404(Organization, slug=slug)
    return render(request, "workspace/organization_profile.html", {
        "organization": organization, "works": _page(request, works_held_by(organization, live_only=True), 60),
    })


def _apply(request, service, **kwargs) -> None:
    try:
        service(**kwargs)
    except PermissionDenied:
        messages.error(request, _("Only an owner of the organisation can do this."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Saved."))


def _page(request, queryset, per_page: int):
    """One page of a listing; an unknown page number gives the last page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def _form_errors(request, form) -> None:
    for errors in form.errors.values():
        messages.error(request, " ".join(errors))


def _login_url() -> str:
    from django.urls import reverse

    return reverse("account_login")
