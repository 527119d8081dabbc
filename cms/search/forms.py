"""The search parameters people and API clients send, checked with translated errors."""
import re

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from catalog.kinds import YEAR_MAX, YEAR_MIN, Kind, RightType, Subtype
from catalog.language_codes import normalize_tag
from catalog.territories import ALL_COUNTRIES
from search.query import MAX_PER_PAGE, CatalogQuery

SORT_CHOICES = [("relevance", _("Relevance")), ("newest", _("Newest")), ("title", _("Title"))]


# Holder ids reach the index as integers (an Elasticsearch integer field).
MAX_ID = 2**31 - 1
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
# What a page echoes back of a query, in links and hidden inputs: its own
# parameters only, each value at most this long, at most this many values.
ECHO_CHARS = 200
ECHO_VALUES = 20


class AsciiIntegerField(forms.IntegerField):
    """Digits 0-9 only: int() also takes '١٢' or fullwidth digits, which nobody means."""

    def to_python(self, value):
        if value not in self.empty_values and not str(value).strip().isascii():
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class SlugsField(forms.MultipleChoiceField):
    """Slugs (or, for holders, ids) checked by shape; the engine answers
    nothing for an unknown one."""

    def __init__(self, *, max_length: int, ids: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.max_length, self.ids = max_length, ids

    def valid_value(self, value) -> bool:
        if len(value) > self.max_length or not SLUG.fullmatch(value):
            return False
        return not value.isdigit() or (self.ids and int(value) <= MAX_ID)


class CatalogSearchForm(forms.Form):
    q = forms.CharField(label=_("Search the catalogue"), required=False, max_length=200)
    kind = forms.MultipleChoiceField(label=_("Kind"), choices=Kind.choices, required=False)
    subtype = forms.MultipleChoiceField(label=_("Subtype"), choices=Subtype.choices, required=False)
    right = forms.ChoiceField(label=_("Right"), choices=[("", "")] + RightType.choices, required=False)
    territory = forms.CharField(label=_("Territory"), required=False, max_length=2)
    language = forms.CharField(label=_("Language"), required=False, max_length=12)
    available = forms.BooleanField(label=_("Available rights only"), required=False)
    holder = SlugsField(label=_("Rights holder"), required=False, max_length=120, ids=True)
    subject = SlugsField(label=_("Subject"), required=False, max_length=50)
    year_from = AsciiIntegerField(label=_("From year"), required=False, min_value=YEAR_MIN, max_value=YEAR_MAX)
    year_to = AsciiIntegerField(label=_("To year"), required=False, min_value=YEAR_MIN, max_value=YEAR_MAX)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    page = AsciiIntegerField(label=_("Page"), required=False, min_value=1, max_value=10_000)
    per_page = AsciiIntegerField(label=_("Results per page"), required=False, min_value=1, max_value=MAX_PER_PAGE)

    def __init__(self, *args, ui_language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.ui_language = ui_language

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


def echoed(params: QueryDict) -> QueryDict:
    """The form's own parameters, trimmed, for links and hidden inputs: a
    60 KB query string is not copied into every link of the page."""
    kept = QueryDict(mutable=True)
    for key in CatalogSearchForm.base_fields:
        values = [value[:ECHO_CHARS] for value in params.getlist(key)[:ECHO_VALUES]]
        if values:
            kept.setlist(key, values)
    return kept
