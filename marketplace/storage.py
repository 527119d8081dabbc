"""The private documents store, looked up lazily.

A FileField evaluates its storage once, at import; this proxy resolves
storages["documents"] on first use and again after STORAGES changes (tests
switch between local disk and S3), the way Django's default_storage does."""
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


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
