"""Wagtail documents kept in the private store.

Wagtail's own Document stores files in public media, where a document in a
login-restricted collection could be read by anyone who had its URL. These
live in the documents store (a private bucket in the stack) and are reached
only through Wagtail's document view, which checks the collection's
restrictions first (then streams the file, or redirects to a short-lived
signed URL on S3)."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from marketplace.storage import private_storage


class PrivateDocument(AbstractDocument):
    file = models.FileField(upload_to="documents", storage=private_storage, verbose_name=_("file"))

    admin_form_fields = WagtailDocument.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
