from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import MediaAsset


@require_GET
def sample_download(request, asset_id: int):
    """Samples of published works are downloadable; pattern originals never are.
    On S3 this is a short-lived signed URL to the private bucket."""
    asset = get_object_or_404(MediaAsset, pk=asset_id, kind=MediaAsset.Kind.SAMPLE, work__live=True)
    if not asset.file:
        raise Http404
    storage = asset.file.storage
    if getattr(storage, "querystring_auth", False):
        return HttpResponseRedirect(asset.file.url)
    return FileResponse(asset.file.open("rb"), as_attachment=True, filename=asset.file.name.rsplit("/", 1)[-1])
