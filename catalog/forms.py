"""The editors' form for a work: the originals uploaded with it are stored only
once the whole form (work, offers, credits, assets) is valid."""
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

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
