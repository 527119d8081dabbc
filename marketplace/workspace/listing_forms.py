"""The listing form of the workspace: the work's own fields, its titles and
synopses in the ten languages side by side, and its rights-offer lines."""
from django import forms
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from catalog.kinds import Exclusivity, HeritageDesignation, Kind, RightType, Subtype
from catalog.models import Subject, WorkCredit
from marketplace.languages import LANGUAGES

FIELDS = ("kind", "subtype", "original_title", "original_language", "year", "isbn", "isan",
          "source_community", "region", "heritage_designation")


def text_fields() -> list[tuple[str, str, str, str]]:
    """(language code, its name, title field, synopsis field) for each language."""
    return [(code, name, build_localized_fieldname("title", code), build_localized_fieldname("synopsis", code))
            for code, name in LANGUAGES]


class ListingForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    subtype = forms.ChoiceField(label=_("Subtype"), choices=Subtype.choices)
    original_title = forms.CharField(label=_("Original title"), max_length=255)
    original_language = forms.CharField(label=_("Original language"), max_length=12,
                                        help_text=_("ISO 639 code, e.g. zh-Hans, th, vi."))
    year = forms.IntegerField(label=_("Year"), required=False)
    isbn = forms.CharField(label=_("ISBN"), max_length=17, required=False)
    isan = forms.CharField(label=_("ISAN"), max_length=40, required=False)
    subjects = forms.ModelMultipleChoiceField(label=_("Subjects"), queryset=Subject.objects.all(), required=False,
                                              widget=forms.CheckboxSelectMultiple)
    source_community = forms.CharField(label=_("Source community"), max_length=200, required=False)
    region = forms.CharField(label=_("Region"), max_length=200, required=False)
    heritage_designation = forms.ChoiceField(label=_("Heritage designation"), required=False,
                                             choices=[("", "—"), *HeritageDesignation.choices])
    cover = forms.FileField(label=_("Cover image"), required=False)
    sample = forms.FileField(label=_("Sample chapter or stills"), required=False,
                             help_text=_("A PDF, an EPUB or an image; readers see it only as a sample."))
    pattern = forms.FileField(label=_("Pattern image"), required=False,
                              help_text=_("The original stays private; the public sees a watermarked preview."))

    def uploads(self) -> list[tuple[str, object]]:
        return [(kind, self.cleaned_data[kind]) for kind in ("sample", "pattern") if self.cleaned_data.get(kind)]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for _code, _name, title, synopsis in text_fields():
            self.fields[title] = forms.CharField(label=_("Title"), max_length=255, required=False)
            self.fields[synopsis] = forms.CharField(label=_("Synopsis"), required=False,
                                                    widget=forms.Textarea(attrs={"rows": 2}))

    def languages(self):
        """The title and synopsis boxes, a row per language, for the template."""
        return [(code, name, self[title], self[synopsis]) for code, name, title, synopsis in text_fields()]

    def work_fields(self) -> dict:
        data = {name: self.cleaned_data[name] for name in FIELDS}
        data["isbn"], data["isan"] = data["isbn"] or "", data["isan"] or ""
        for _code, _name, title, synopsis in text_fields():
            data[title], data[synopsis] = self.cleaned_data[title], self.cleaned_data[synopsis]
        return data


class OfferForm(forms.Form):
    right_type = forms.ChoiceField(label=_("Right"), choices=RightType.choices, initial=RightType.choices[0][0])
    territories = forms.CharField(label=_("Territories"), max_length=500,
                                  widget=forms.TextInput(attrs={"data-territory-chips": ""}),
                                  help_text=_("ISO 3166 codes and groups, e.g. “World excluding CN, TW” or “ASEAN”."))
    languages = forms.CharField(label=_("Languages"), max_length=200,
                                help_text=_("ISO 639 codes, e.g. “th, vi, zh-Hant”."))
    exclusivity = forms.ChoiceField(label=_("Exclusivity"), choices=Exclusivity.choices,
                                    initial=Exclusivity.EXCLUSIVE)
    term_years = forms.IntegerField(label=_("Term (years)"), required=False, min_value=1, max_value=99)


OfferFormSet = forms.formset_factory(OfferForm, extra=1, can_delete=True, max_num=30, validate_max=True)


class CreditForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200,
                           widget=forms.TextInput(attrs={"list": "known-creators", "autocomplete": "off"}))
    name_original = forms.CharField(label=_("Name in original script"), max_length=200, required=False,
                                    help_text=_("As the creator writes it, e.g. 夏达 or ສີບູນ."))
    # Initial values equal to what an untouched select submits, so a blank
    # extra row counts as unchanged and is skipped rather than refused.
    role = forms.ChoiceField(label=_("Role"), choices=WorkCredit.Role.choices, initial=WorkCredit.Role.AUTHOR)


CreditFormSet = forms.formset_factory(CreditForm, extra=1, can_delete=True, max_num=30, validate_max=True)
