"""Downloads of an organisation's papers: for its owners (the workspace links
here) and for platform editors (the verification queue links here)."""
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from . import rules
from .models import OrganizationPaper
from .storage import private_download


@require_safe
def paper_download(request, paper_id: int):
    paper = get_object_or_404(OrganizationPaper.objects.select_related("organization"), pk=paper_id)
    if not (rules.can_manage_people(request.user, paper.organization) or rules.can_verify(request.user)):
        raise PermissionDenied
    return private_download(paper.file)
