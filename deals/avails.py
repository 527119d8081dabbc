"""Availability: which cells of work × right × country × language a contract
would take, and what already holds them.

A conflict is a live grant (an active contract) on the same cell whose
period shares a day with ours, where either grant is exclusive. Contracts
still being signed are a soft hold: reported, not refused. Each conflict
explains itself: which contract, which countries, languages and dates."""
from dataclasses import dataclass
from datetime import date

from django.db.models import BigIntegerField, Q, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from catalog.display import country_name, join_list, language_name
from catalog.language_codes import parse_languages
from catalog.territories import parse_territory

from .models import Contract, Grant


@dataclass(frozen=True)
class Claim:
    """What a contract asks of the avails."""

    work_id: int
    right_type: str
    countries: frozenset[str]
    languages: tuple[str, ...]
    starts_on: date
    ends_on: date
    exclusive: bool

    @classmethod
    def of(cls, contract: Contract) -> "Claim":
        offer = contract.offer
        return cls(work_id=contract.deal.work_id, right_type=offer.right_type,
                   countries=parse_territory(offer.territories).countries,
                   languages=tuple(parse_languages(offer.languages)), starts_on=contract.starts_on,
                   ends_on=contract.ends_on, exclusive=offer.exclusivity == "exclusive")

    def cells(self) -> list[tuple[str, str]]:
        return [(country, language) for country in sorted(self.countries) for language in self.languages]


@dataclass
class Conflict:
    contract: Contract | None
    countries: list[str]
    languages: list[str]
    starts_on: date
    ends_on: date

    def explain(self) -> str:
        return _("%(contract)s already licenses this right in %(countries)s, in %(languages)s, from %(start)s to "
                 "%(end)s.") % {
            "contract": self.contract.reference,
            "countries": join_list([country_name(c) for c in self.countries[:10]])
            + ("…" if len(self.countries) > 10 else ""),
            "languages": join_list([language_name(tag) for tag in self.languages]),
            "start": self.starts_on.isoformat(), "end": self.ends_on.isoformat()}


def blocking(claim: Claim, *, exclude_contract: int | None = None):
    """Live grants that this claim may not overlap."""
    # As a bigint, like the column: a smaller integer type makes PostgreSQL
    # prefer the exclusion constraint's GiST index and scan a whole right type.
    grants = Grant.objects.filter(
        work_id=Cast(Value(claim.work_id), BigIntegerField()), right_type=claim.right_type, country__in=claim.countries,
        language__in=claim.languages, released_at__isnull=True, overridden=False,
        starts_on__lte=claim.ends_on, ends_on__gte=claim.starts_on)
    if not claim.exclusive:
        grants = grants.filter(exclusive=True)
    if exclude_contract:
        grants = grants.exclude(contract_id=exclude_contract)
    return grants


def conflicts(claim: Claim, *, exclude_contract: int | None = None) -> list[Conflict]:
    """One Conflict per contract in the way, read as plain values: a World
    claim may meet hundreds of cells."""
    found: dict[int, Conflict] = {}
    rows = blocking(claim, exclude_contract=exclude_contract).order_by("contract_id", "country", "language")
    for contract_id, country, language, starts_on, ends_on in rows.values_list(
            "contract_id", "country", "language", "starts_on", "ends_on"):
        conflict = found.setdefault(contract_id, Conflict(None, [], [], starts_on, ends_on))
        if country not in conflict.countries:
            conflict.countries.append(country)
        if language not in conflict.languages:
            conflict.languages.append(language)
    for contract in Contract.objects.filter(pk__in=found):
        found[contract.pk].contract = contract
    return list(found.values())


def soft_holds(claim: Claim, *, exclude_contract: int | None = None) -> list[Contract]:
    """Contracts still being signed whose scope would conflict once active."""
    pending = (Contract.objects.filter(status__in=[Contract.Status.SENT, Contract.Status.SIGNED],
                                       deal__work_id=claim.work_id, offer__right_type=claim.right_type,
                                       starts_on__lte=claim.ends_on, ends_on__gte=claim.starts_on)
               .exclude(pk=exclude_contract).select_related("offer", "deal"))
    if not claim.exclusive:
        pending = pending.filter(Q(offer__exclusivity="exclusive"))
    return [contract for contract in pending if _overlaps(claim, Claim.of(contract))]


def _overlaps(a: Claim, b: Claim) -> bool:
    return bool(a.countries & b.countries) and bool(set(a.languages) & set(b.languages)) and (
        a.exclusive or b.exclusive)


def grant_rows(contract: Contract, claim: Claim, *, overridden: bool = False) -> list[Grant]:
    return [Grant(contract=contract, work_id=claim.work_id, right_type=claim.right_type, country=country,
                  language=language, starts_on=claim.starts_on, ends_on=claim.ends_on, exclusive=claim.exclusive,
                  overridden=overridden)
            for country, language in claim.cells()]
