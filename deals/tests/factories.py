"""A seller with a live work and one rights-offer line, a buyer agency, and
an owner, manager and member on each side."""
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from catalog.tests.factories import RightsOfferFactory, WorkFactory
from deals.terms import Terms, Tier
from marketplace.tests.factories import MembershipFactory, OrganizationFactory


@dataclass
class Side:
    organization: object
    owner: object
    manager: object
    member: object


def side(**organization):
    org = OrganizationFactory(**organization)
    people = {role: MembershipFactory(organization=org, role=role).user for role in ("owner", "manager", "member")}
    return Side(org, **people)


@dataclass
class World:
    seller: Side
    buyer: Side
    line: object

    @property
    def work(self):
        return self.line.work


def world(**line) -> World:
    seller = side(name_en="Kim Dong Publishing", country="VN")
    buyer = side(name_en="Bangkok Story Agency", country="TH", kind="agency")
    work = WorkFactory(rights_holder=seller.organization, kind="book", subtype="picture_book")
    defaults = {"territories": "ASEAN", "languages": "th, vi, zh", "term_years": 7}
    return World(seller, buyer, RightsOfferFactory(work=work, **{**defaults, **line}))


def scope(**changes) -> dict:
    return {"right_type": "translation", "territories": "TH", "languages": "th", "exclusivity": "exclusive",
            "term_years": 5, "print_run": 3000, "book_format": "paperback", **changes}


def terms(**changes) -> Terms:
    values = {"advance": Decimal("3000.00"), "currency": "USD", "expires_at": timezone.now() + timedelta(days=14),
              "tiers": [Tier("paperback", "list_price", Decimal("6")),
                        Tier("paperback", "list_price", Decimal("8"), "units", Decimal("10000"))]}
    return Terms(**{**values, **changes})
