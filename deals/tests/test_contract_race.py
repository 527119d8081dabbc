"""50 signed exclusive contracts for the same cell, activated at once from
threads on real PostgreSQL: the database lets exactly one through, and every
other is told which contract holds the cell."""
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.utils import timezone
from djmoney.money import Money

from deals import contracting
from deals.models import Contract, Deal, Grant, Offer
from tests.support.plugin import require

from .factories import scope, world

THREADS = 50


def signed_contracts(w, n):
    contracts = []
    for _ in range(n):
        deal = Deal.objects.create(work=w.work, rights_offer=w.line, buyer=w.buyer.organization,
                                   seller=w.seller.organization, opened_by=w.buyer.member,
                                   status=Deal.Status.ACCEPTED, **scope())
        offer = Offer.objects.create(deal=deal, version=1, made_by=w.seller.manager, made_for=w.seller.organization,
                                     advance=Money(Decimal("1000"), "USD"), expires_at=timezone.now(),
                                     accepted_at=timezone.now(), **scope())
        start = timezone.localdate()
        contracts.append(Contract.objects.create(deal=deal, offer=offer, languages="th,en", starts_on=start,
                                                 ends_on=start + timedelta(days=365), status=Contract.Status.SIGNED))
    return contracts


@pytest.mark.django_db(transaction=True)
def test_fifty_conflicting_activations_at_once_leave_exactly_one_licence():
    require("postgres")
    assert connection.vendor == "postgresql"
    w = world()
    contracts = signed_contracts(w, THREADS)
    barrier, outcomes = threading.Barrier(THREADS), {}

    def activate(contract):
        try:
            barrier.wait()
            contracting.contract_activate(contract=contract)
            outcomes[contract.pk] = "active"
        except ValidationError as error:
            outcomes[contract.pk] = error.messages[0]
        finally:
            connections.close_all()

    threads = [threading.Thread(target=activate, args=(contract,)) for contract in contracts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    winners = [pk for pk, outcome in outcomes.items() if outcome == "active"]
    assert len(outcomes) == THREADS and len(winners) == 1
    winner = Contract.objects.get(pk=winners[0])
    assert all(winner.reference in outcome for pk, outcome in outcomes.items() if pk != winner.pk)
    assert Contract.objects.filter(status=Contract.Status.ACTIVE).count() == 1
    assert set(Grant.objects.values_list("contract", flat=True)) == {winner.pk}


@pytest.mark.django_db
@pytest.mark.parametrize(("first", "second", "refused"), [
    (True, True, True), (True, False, True), (False, True, True), (False, False, False)])
def test_postgresql_itself_refuses_an_overlap_whenever_either_grant_is_exclusive(first, second, refused):
    from django.db import IntegrityError, transaction

    require("postgres")
    assert connection.vendor == "postgresql"
    w = world()
    one, two = signed_contracts(w, 2)
    cell = {"work": w.work, "right_type": "translation", "country": "TH", "language": "th"}
    today = timezone.localdate()
    Grant.objects.create(contract=one, starts_on=today, ends_on=today + timedelta(days=30), exclusive=first, **cell)
    overlapping = Grant(contract=two, starts_on=today + timedelta(days=30), ends_on=today + timedelta(days=60),
                        exclusive=second, **cell)  # one shared day
    if refused:
        with pytest.raises(IntegrityError), transaction.atomic():
            overlapping.save()
    else:
        overlapping.save()
    next_day = Grant(contract=two, starts_on=today + timedelta(days=31), ends_on=today + timedelta(days=60),
                     exclusive=True, **{**cell, "language": "lo"})
    next_day.save()  # another language is another cell
