"""Downloads of an organisation's papers: for its owners (the workspace links
here) and for platform editors (the verification queue links here); and a
person's preferences."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from . import rules
from .accounts import PreferencesForm
from .models import OrganizationPaper, Profile
from .storage import private_download


@require_safe
def paper_download(request, paper_id: int):
    paper = get_object_or_404(OrganizationPaper.objects.select_related("organization"), pk=paper_id)
    if not (rules.can_manage_people(request.user, paper.organization) or rules.can_verify(request.user)):
        raise PermissionDenied
    return private_download(paper.file)


@login_required
def preferences(request):
    """The language of one's email and notifications, and how often deals email."""
    profile, _created = Profile.objects.get_or_create(user=request.user, defaults={"language": get_language()})
    form = PreferencesForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your preferences are saved."))
        return redirect("account-preferences")
    return render(request, "marketplace/preferences.html", {"form": form})
