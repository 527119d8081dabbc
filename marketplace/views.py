"""Downloads of an organisation's papers: for its owners (the workspace links
here) and for platform editors (the verification queue links here)."""
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from . import rules
from .models import OrganizationPaper


@require_safe
def paper_download(request, paper_id: int):
    paper = get_object_or_404(OrganizationPaper.objects.select_related("organization"), pk=paper_id)
    if not (rules.can_manage_people(request.user, paper.organization) or rules.can_verify(request.user)):
        raise PermissionDenied
    if getattr(paper.file.storage, "querystring_auth", False):
        return HttpResponseRedirect(paper.file.url)  # a short-lived signed URL
    return FileResponse(paper.file.open("rb"), as_attachment=True, filename=paper.file.name.rsplit("/", 1)[-1])
