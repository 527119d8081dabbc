"""Demo deals written through the deal services, so the log, notifications
and read marks are what a real negotiation leaves behind."""
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from catalog.models import Work
from deals import contracting, services
from deals.models import Deal
from deals.notify import emails_held
from deals.scope import language_covered
from deals.terms import Terms, Tier
from marketplace.models import Membership, Organization

from .accounts import DEMO_PASSWORD, demo_email
from .data.deals import DEALS, INSTANT


def build_deals() -> int:
    with emails_held():  # listed in the app; nobody is emailed about the demo's past
        return _build_deals()


def _build_deals() -> int:
    made = 0
    for row in DEALS:
        deal = _negotiate(row)
        if row.get("contract"):
            _contract(deal)
        made += 1
    for row in INSTANT:
        buyer = Organization.objects.get(slug=row["buyer"])
        services.instant_accept(user=_person(buyer, "manager"), organization=buyer, line=_line(row))
        made += 1
    return made


def _line(row):
    return Work.objects.get(slug=row["work"]).rights_offers.order_by("sort_order")[row["line"]]


def _person(organization, role):
    return Membership.objects.get(organization=organization, role=role,
                                  user__email=demo_email(role, organization)).user


def _scope(line, row) -> dict:
    """The buyer's own country and language where the line offers them."""
    country = row["country"] if line.territory.covers(row["country"]) else line.territories
    language = row["language"] if language_covered(row["language"], line.language_tags) else line.language_tags[0]
    return {"right_type": line.right_type, "territories": country, "languages": language,
            "exclusivity": line.exclusivity, "term_years": min(line.term_years or 5, 5), **row.get("details", {})}


def _negotiate(row) -> Deal:
    line = _line(row)
    buyer = Organization.objects.get(slug=row["buyer"])
    sides = {"buyer": buyer, "seller": line.work.rights_holder}
    scope = _scope(line, row)
    (_say, _side, language, text), *steps = row["steps"]
    deal = services.inquiry_send(user=_person(buyer, "member"), organization=buyer, line=line, scope=scope,
                                 message=text, language=language)
    for step in steps:
        kind, side = step[0], (step[1] if len(step) > 1 else None)
        org = sides.get(side)
        if kind == "say":
            services.message_post(user=_person(org, "member"), organization=org, deal=deal, body=step[3],
                                  language=step[2])
        elif kind == "offer":
            services.offer_make(user=_person(org, "manager"), organization=org, deal=deal, scope=scope,
                                terms=_terms(step[2]))
        elif kind == "accept":
            services.offer_accept(user=_person(org, "owner"), organization=org, deal=deal,
                                  version=services.latest_offer(deal).version)
        elif kind == "decline":
            services.deal_decline(user=_person(org, "owner"), organization=org, deal=deal)
        elif kind == "withdraw":
            services.deal_withdraw(user=_person(org, "owner"), organization=org, deal=deal)
        elif kind == "mediation":
            services.mediation_request(user=_person(org, "member"), organization=org, deal=deal, reason=step[2])
        elif kind == "expire":
            services.offers_expire(now=services.latest_offer(deal).expires_at)
    return deal


def _contract(deal: Deal) -> None:
    """The accepted deal's contract, out for signature; where the demo
    password works (the embedded default) every party's owner signs it, so it is
    sealed and active and its rights leave the catalogue's availability."""
    seller = deal.seller
    contract = contracting.contract_create(user=_person(seller, "manager"), organization=seller, deal=deal)
    contracting.contract_send(user=_person(seller, "manager"), organization=seller, contract=contract)
    if not settings.DEMO_LOGINS:
        return
    for party in contract.parties.filter(signs=True).select_related("organization"):
        organization = party.organization
        owner = _person(organization, "owner")
        contracting.contract_sign(user=owner, organization=organization, contract=contract,
                                  typed_name=owner.email.split("@")[0].title(), secret=DEMO_PASSWORD,
                                  document_sha256=contract.document_sha256, ip_address="127.0.0.1",
                                  user_agent="seed_demo")
        contract.refresh_from_db()


def _terms(values: dict) -> Terms:
    days = values.get("days_open", 30)
    # An offer "open 0 days" closes within the minute, so the demo can show one expired.
    closes = timezone.now() + (timedelta(days=days) if days else timedelta(seconds=1))
    money = {name: Decimal(values[name]) for name in ("option_fee", "purchase_price") if name in values}
    return Terms(
        advance=Decimal(values["advance"]), currency=values["currency"], expires_at=closes,
        payment_schedule=values.get("payment_schedule", "on_signature"),
        release_deadline_months=values.get("release_deadline_months"), option_months=values.get("option_months"),
        tiers=[Tier(fmt, "list_price", Decimal(rate), "units", Decimal(start))
               for fmt, rate, start in values.get("tiers", [])], **money)
