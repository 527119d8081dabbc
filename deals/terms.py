"""The money side of an offer, judged before anything is stored: a sensible
advance in a real currency, and royalty tiers that escalate."""
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from moneyed import CurrencyDoesNotExist, get_currency

# Above this an advance is a typing slip, not a rights deal.
ADVANCE_CEILING = Decimal("100000000")
HUNDRED = Decimal(100)


@dataclass
class Tier:
    format: str
    basis: str
    rate: Decimal
    threshold_kind: str = "units"
    threshold: Decimal = Decimal(0)


@dataclass
class Terms:
    advance: Decimal
    currency: str
    expires_at: datetime
    payment_schedule: str = "on_signature"
    instalments: int | None = None
    release_deadline_months: int | None = None
    option_months: int | None = None
    option_fee: Decimal | None = None
    purchase_price: Decimal | None = None
    sublicensing_share: Decimal | None = None
    agent_commission: Decimal | None = None
    note: str = ""
    tiers: list[Tier] = field(default_factory=list)


def check_terms(terms: Terms) -> None:
    errors = {}
    try:
        get_currency(code=(terms.currency or "").upper())
        terms.currency = terms.currency.upper()
    except CurrencyDoesNotExist:
        errors["currency"] = _("“%(code)s” is not an ISO 4217 currency code.") % {"code": terms.currency}
    for name, amount in (("advance", terms.advance), ("option_fee", terms.option_fee),
                         ("purchase_price", terms.purchase_price)):
        if amount is None:
            continue
        if not amount.is_finite() or amount < 0:
            errors[name] = _("Enter an amount of zero or more.")
        elif amount >= ADVANCE_CEILING:
            errors[name] = _("That amount is implausibly large; check the digits.")
    if terms.option_fee is not None and terms.purchase_price is not None and terms.option_fee > terms.purchase_price:
        errors["option_fee"] = _("The option fee is credited against the purchase price, so it cannot exceed it.")
    for name in ("sublicensing_share", "agent_commission"):
        value = getattr(terms, name)
        if value is not None and not (0 <= value <= HUNDRED):
            errors[name] = _("Enter a percentage between 0 and 100.")
    if terms.payment_schedule == "instalments" and not terms.instalments:
        errors["instalments"] = _("Say in how many instalments the advance is paid.")
    if terms.expires_at <= timezone.now():
        errors["expires_at"] = _("An offer must stay open until a date in the future.")
    tier_error = _tiers_error(terms.tiers)
    if tier_error:
        errors["tiers"] = tier_error
    if errors:
        raise ValidationError(errors)


def _tiers_error(tiers: list[Tier]) -> str | None:
    """Per format: the first tier starts at zero, thresholds rise, rates never fall."""
    by_format: dict[str, list[Tier]] = {}
    for tier in tiers:
        if not tier.rate.is_finite() or not (0 < tier.rate <= HUNDRED):
            return _("A royalty rate must be above 0% and at most 100%.")
        if not tier.threshold.is_finite() or tier.threshold < 0:
            return _("A tier's threshold cannot be negative.")
        by_format.setdefault(tier.format.strip().lower(), []).append(tier)
    for name, rows in by_format.items():
        if len({(row.basis, row.threshold_kind) for row in rows}) > 1:
            return _("The tiers for %(format)s must share one basis and one kind of threshold.") % {"format": name}
        if rows[0].threshold != 0:
            return _("The first tier for %(format)s must start from zero.") % {"format": name}
        for before, after in zip(rows, rows[1:], strict=False):
            if after.threshold <= before.threshold:
                return _("The tiers for %(format)s overlap or run backwards: each must start above "
                         "the one before.") % {"format": name}
            if after.rate < before.rate:
                return _("The tiers for %(format)s run backwards: an escalator never lowers the rate.") % {
                    "format": name}
    return None
