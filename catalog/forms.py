"""The editors' forms: a work, whose uploaded originals are stored only once
the whole form (work, offers, credits, assets) is valid, and Wagtail's image
upload, whose pixels are checked before the image is kept."""
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from marketplace.uploads import check_image

from .services import media_asset_store_original


class WorkAdminForm(WagtailAdminModelForm):
    def is_valid(self) -> bool:
        if not super().is_valid():
            return False
        assets = self.formsets.get("media_assets")
        for form in assets.forms if assets else []:
            if assets.can_delete and form.cleaned_data.get("DELETE"):
                continue
            try:
                media_asset_store_original(asset=form.instance)
            except ValidationError as error:  # the store is down: a form error, nothing saved
                form.add_error(None, error)
                return False
        return True


class CheckedImageField(WagtailImageField):
    def to_python(self, data):
        # Before Wagtail's own checks: they read the size through a full
        # decode that fails with a bare OSError on a truncated file.
        if isinstance(data, UploadedFile):
            check_image(data)
        return super().to_python(data)


class CheckedImageForm(BaseImageForm):
    """Wagtail's image upload form (covers, page images), with the pixels
    decoded once within the limit, so a damaged file is a translated form
    error rather than a server error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:  # Wagtail builds the field itself; keep its settings, add the check
            self.fields["file"].__class__ = CheckedImageField

