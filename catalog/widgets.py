"""Admin widgets of the catalogue."""
from django import forms
from django.urls import reverse


class OriginalFileInput(forms.ClearableFileInput):
    """The file box of a media asset: the current original links to the
    editors' download, not to a storage URL the private store never serves."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        instance = getattr(value, "instance", None)
        if context["widget"]["is_initial"] and instance is not None and instance.pk:
            context["widget"]["value"] = StaffLink(value.name.rsplit("/", 1)[-1],
                                                   reverse("catalog_original", args=[instance.pk]))
        return context


class StaffLink(str):
    """A file name that renders as itself and links to `url`."""

    def __new__(cls, name: str, url: str):
        link = super().__new__(cls, name)
        link.url = url
        return link
