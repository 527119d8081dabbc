"""The private documents store, looked up lazily.

A FileField evaluates its storage once, at import; this proxy resolves
storages["documents"] on first use and again after STORAGES changes (tests
switch between local disk and S3), the way Django's default_storage does."""
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import FileResponse, HttpResponseRedirect
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext as _


class DocumentsStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages["documents"]


documents_storage = DocumentsStorage()


def private_storage():
    return documents_storage


@receiver(setting_changed)
def _reset_documents_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        documents_storage._wrapped = empty


def store_private(storage, name: str, upload, *, overwrite_same: bool = False) -> str:
    """Save `upload` as `name` in a private store; the name it got. With
    overwrite_same, a name already there is taken to hold the same bytes (the
    name carries their hash) and nothing is written. A store outage is a
    translated ValidationError, so a form shows it and nothing is half-saved."""
    try:
        if overwrite_same and storage.exists(name):
            return name
        return storage.save(name, upload)
    except Exception as error:  # any storage backend: disk, S3 client, network
        raise ValidationError(
            _("The file store cannot be reached just now, so nothing was saved. Please try again in a few minutes."),
            code="storage_unavailable",
        ) from error


def private_download(file):
    """A private file for someone already allowed to read it: a short-lived
    signed URL on S3, the file itself on disk."""
    if getattr(file.storage, "querystring_auth", False):
        return HttpResponseRedirect(file.url)
    return FileResponse(file.open("rb"), as_attachment=True, filename=file.name.rsplit("/", 1)[-1])
