"""The search parameters people and API clients send, checked with translated errors."""
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from catalog.kinds import Kind, RightType, Subtype
from catalog.language_codes import normalize_tag
from catalog.territories import ALL_COUNTRIES
from search.query import MAX_PER_PAGE, CatalogQuery

SORT_CHOICES = [("relevance", _("Relevance")), ("newest", _("Newest")), ("title", _("Title"))]


class CatalogSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the catalogue"), required=False, max_length=200)
    kind = forms.MultipleChoiceField(label=_("Kind"), choices=Kind.choices, required=False)
    subtype = forms.MultipleChoiceField(label=_("Subtype"), choices=Subtype.choices, required=False)
    right = forms.ChoiceField(label=_("Right"), choices=[("", "")] + RightType.choices, required=False)
    territory = forms.CharField(label=_("Territory"), required=False, max_length=2)
    language = forms.CharField(label=_("Language"), required=False, max_length=12)
    available = forms.BooleanField(label=_("Available rights only"), required=False)
    holder = forms.MultipleChoiceField(label=_("Rights holder"), required=False)
    subject = forms.MultipleChoiceField(label=_("Subject"), required=False)
    year_from = forms.IntegerField(label=_("From year"), required=False, min_value=1000, max_value=2100)
    year_to = forms.IntegerField(label=_("To year"), required=False, min_value=1000, max_value=2100)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)
    per_page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PER_PAGE)

    def __init__(self, *args, ui_language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.ui_language = ui_language
        # Holders and subjects are slugs; the engine answers nothing for an unknown one.
        self.fields["holder"].valid_value = lambda value: bool(value) and len(value) <= 120
        self.fields["subject"].valid_value = lambda value: bool(value) and len(value) <= 50

    def clean_territory(self):
        code = self.cleaned_data["territory"].strip().upper()
        if code and code not in ALL_COUNTRIES:
            raise ValidationError(_("“%(code)s” is not an ISO 3166 country code.") % {"code": code})
        return code or None

    def clean_language(self):
        tag = self.cleaned_data["language"].strip()
        return normalize_tag(tag) if tag else None  # raises a translated ValidationError

    def clean(self):
        data = super().clean()
        if data.get("year_from") and data.get("year_to") and data["year_from"] > data["year_to"]:
            raise ValidationError(_("The first year must not be after the last."))
        return data

    def catalog_query(self) -> CatalogQuery:
        data = self.cleaned_data
        return CatalogQuery(
            text=data["q"].strip(), ui_language=self.ui_language, kinds=tuple(data["kind"]),
            subtypes=tuple(data["subtype"]), right_type=data["right"] or None, territory=data["territory"],
            language=data["language"], available_only=data["available"], holders=tuple(data["holder"]),
            subjects=tuple(data["subject"]), year_from=data["year_from"], year_to=data["year_to"],
            sort=data["sort"] or "relevance",
            page=data["page"] or 1, per_page=data["per_page"] or 20,
        )
