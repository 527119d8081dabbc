"""Downloads of stored originals: samples of published works for anyone, any
original for the editors. On S3 a short-lived signed URL to the private
bucket; on disk the file itself."""
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from wagtail.admin.auth import require_admin_access

from marketplace.storage import private_download

from .models import MediaAsset


@require_safe
def sample_download(request, asset_id: int):
    """Samples of published works are downloadable; pattern originals never are."""
    return _download(get_object_or_404(MediaAsset, pk=asset_id, kind=MediaAsset.Kind.SAMPLE, work__live=True))


@require_safe
@require_admin_access
def original_download(request, asset_id: int):
    """Any original, for people who may use the admin (the widget links here)."""
    return _download(get_object_or_404(MediaAsset, pk=asset_id))


def _download(asset: MediaAsset):
    if not asset.file:
        raise Http404
    return private_download(asset.file)
