"""The inquiry and offer forms. They parse what people type; the services
judge it against the line and the rules, and their errors come back onto
these forms' fields."""
from datetime import datetime, time, timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Deal, Offer, RoyaltyTier, Scope
from .scope import BOOK_DETAILS, PRODUCT_DETAILS, SCREEN_DETAILS, details_for
from .terms import Terms, Tier

# type=date wants ISO dates whatever the page's language.
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
SCOPE_FIELDS = forms.fields_for_model(Deal, fields=Scope.SCOPE_FIELDS)
# Currencies offered first in the list; any ISO 4217 code may be typed.
COMMON_CURRENCIES = ["USD", "EUR", "CNY", "THB", "VND", "IDR", "MYR", "SGD", "PHP", "KHR", "LAK", "MMK", "JPY",
                     "KRW", "GBP"]


def language_field(**kwargs):
    return forms.ChoiceField(label=_("Written in"), choices=settings.LANGUAGES, **kwargs)


class ScopeForm(forms.Form):
    """The scope's fields, only those that fit the work's kind and the right."""

    def __init__(self, *args, line, **kwargs):
        super().__init__(*args, **kwargs)
        self.line = line
        kept = set(details_for(line.work.kind, line.right_type))
        for name in Scope.SCOPE_FIELDS:
            if name in BOOK_DETAILS + SCREEN_DETAILS + PRODUCT_DETAILS and name not in kept:
                continue
            self.fields[name] = SCOPE_FIELDS[name]
        self.fields["right_type"].disabled = True
        self.initial.setdefault("right_type", line.right_type)  # a disabled field reads its initial value
        self.fields["territories"].help_text = _("Inside what the line offers, e.g. “TH” or “ASEAN excluding SG”.")
        self.fields["languages"].help_text = _("ISO 639 codes, e.g. “th” or “zh-Hant”.")
        for name in ("print_run", "book_format", "channel", "episodes", "product_categories"):
            if name in self.fields:
                self.fields[name].required = False

    def scope(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in Scope.SCOPE_FIELDS if name in self.fields}


class InquiryForm(ScopeForm):
    target_date = forms.DateField(label=_("Target date"), required=False,
                                  widget=DATE_INPUT,
                                  help_text=_("When you hope to have an answer or a deal."))
    language = language_field()
    message = forms.CharField(label=_("First message"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 5}))

    def __init__(self, *args, line, **kwargs):
        super().__init__(*args, line=line, **kwargs)
        self.fields["target_date"] = self.fields.pop("target_date")
        self.fields["language"] = self.fields.pop("language")
        self.fields["message"] = self.fields.pop("message")
        if not self.is_bound:
            self.initial = {"right_type": line.right_type, "territories": line.territories,
                            "languages": line.languages, "exclusivity": line.exclusivity,
                            "term_years": line.term_years, "language": get_language(), **self.initial}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 4}))
    language = language_field()
    files = MultipleFileField(label=_("Attachments"), required=False,
                              help_text=_("PDF, EPUB or images, up to five files."))


class OfferForm(ScopeForm):
    currency = forms.CharField(label=_("Currency"), max_length=3, initial="USD",
                               widget=forms.TextInput(attrs={"list": "currencies", "size": 4,
                                                             "autocapitalize": "characters"}))
    advance = forms.DecimalField(label=_("Advance"), max_digits=14, decimal_places=2)
    payment_schedule = forms.ChoiceField(label=_("Payment schedule"), choices=Offer.Schedule.choices)
    instalments = forms.IntegerField(label=_("Instalments"), required=False, min_value=2, max_value=24)
    release_deadline_months = forms.IntegerField(label=_("Publication or release within (months)"),
                                                 required=False, min_value=1, max_value=120)
    option_months = forms.IntegerField(label=_("Option period (months)"), required=False, min_value=1,
                                       max_value=60)
    option_fee = forms.DecimalField(label=_("Option fee"), required=False, max_digits=14, decimal_places=2,
                                    help_text=_("Credited against the purchase price."))
    purchase_price = forms.DecimalField(label=_("Purchase price"), required=False, max_digits=14,
                                        decimal_places=2)
    sublicensing_share = forms.DecimalField(label=_("Sub-licensing share (%)"), required=False, max_digits=5,
                                            decimal_places=2)
    agent_commission = forms.DecimalField(label=_("Agent's commission (%)"), required=False, max_digits=5,
                                          decimal_places=2)
    open_until = forms.DateField(label=_("Open until"), widget=DATE_INPUT)
    note = forms.CharField(label=_("Note"), required=False, max_length=5_000,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, line, film: bool, **kwargs):
        super().__init__(*args, line=line, **kwargs)
        if not film:
            for name in ("option_months", "option_fee", "purchase_price"):
                del self.fields[name]

    def scope_fields(self):
        return [self[name] for name in self.fields if name in Scope.SCOPE_FIELDS]

    def term_fields(self):
        return [self[name] for name in self.fields if name not in Scope.SCOPE_FIELDS and name != "note"]

    def terms(self, tiers: list[Tier]) -> Terms:
        data = self.cleaned_data
        closes = datetime.combine(data["open_until"], time(23, 59), tzinfo=timezone.get_current_timezone())
        return Terms(
            advance=data["advance"], currency=data["currency"].strip(), expires_at=closes,
            payment_schedule=data["payment_schedule"], instalments=data.get("instalments"),
            release_deadline_months=data.get("release_deadline_months"), option_months=data.get("option_months"),
            option_fee=data.get("option_fee"), purchase_price=data.get("purchase_price"),
            sublicensing_share=data.get("sublicensing_share"), agent_commission=data.get("agent_commission"),
            note=data.get("note", ""), tiers=tiers)

    @staticmethod
    def initial_from(offer: Offer | None, deal: Deal) -> dict:
        """A counter-offer starts from the latest version; a first offer from what was asked."""
        if offer is None:
            return {**deal.scope(), "open_until": timezone.localdate() + timedelta(days=30)}
        values = {name: getattr(offer, name) for name in Scope.SCOPE_FIELDS}
        values.update({
            "currency": str(offer.advance.currency), "advance": offer.advance.amount,
            "payment_schedule": offer.payment_schedule, "instalments": offer.instalments,
            "release_deadline_months": offer.release_deadline_months, "option_months": offer.option_months,
            "option_fee": offer.option_fee and offer.option_fee.amount,
            "purchase_price": offer.purchase_price and offer.purchase_price.amount,
            "sublicensing_share": offer.sublicensing_share, "agent_commission": offer.agent_commission,
            "open_until": max(timezone.localdate() + timedelta(days=14), timezone.localdate(offer.expires_at)),
        })
        return values


class TierForm(forms.Form):
    format = forms.CharField(label=_("Format"), max_length=40)
    # Initial values on every field, so that an untouched blank row counts as empty.
    basis = forms.ChoiceField(label=_("Basis"), choices=RoyaltyTier.Basis.choices,
                              initial=RoyaltyTier.Basis.LIST_PRICE)
    rate = forms.DecimalField(label=_("Rate (%)"), max_digits=5, decimal_places=2)
    threshold_kind = forms.ChoiceField(label=_("Escalates by"), choices=RoyaltyTier.Threshold.choices,
                                       initial=RoyaltyTier.Threshold.UNITS)
    threshold = forms.DecimalField(label=_("From"), max_digits=14, decimal_places=2, initial=0)


TierFormSet = forms.formset_factory(TierForm, extra=2, max_num=20, validate_max=True)


def tiers_from(formset) -> list[Tier]:
    return [Tier(f.cleaned_data["format"], f.cleaned_data["basis"], f.cleaned_data["rate"],
                 f.cleaned_data["threshold_kind"], f.cleaned_data["threshold"])
            for f in formset.forms if f.has_changed() and f.cleaned_data and not f.cleaned_data.get("DELETE")]


def tier_initial(offer: Offer | None) -> list[dict]:
    if offer is None:
        return []
    return [{"format": t.format, "basis": t.basis, "rate": t.rate, "threshold_kind": t.threshold_kind,
             "threshold": t.threshold} for t in offer.tiers.all()]
