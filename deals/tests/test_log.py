"""The deal log: two hash chains that any edit or deletion breaks, named by
the verify command."""
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections

from deals import services
from deals.log import first_broken_link
from deals.models import Deal, DealEvent
from tests.support.plugin import require

from .factories import scope, terms, world

pytestmark = pytest.mark.django_db


def two_deals():
    w = world()
    deals = [services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                                   scope=scope(), message=f"inquiry {n}", language="en") for n in (1, 2)]
    for deal in deals:
        services.offer_make(user=w.seller.manager, organization=w.seller.organization, deal=deal, scope=scope(),
                            terms=terms())
    return w, deals


def test_an_untouched_log_verifies(capsys):
    two_deals()
    call_command("deals_verify_log")
    assert "4 events, every link intact" in capsys.readouterr().out


def verify_fails_naming(sequence):
    with pytest.raises(CommandError) as broken:
        call_command("deals_verify_log")
    assert f"event #{sequence} " in str(broken.value)
    return str(broken.value)


@pytest.mark.parametrize("field", ["payload", "kind", "created_at", "actor", "hash"])
def test_editing_any_field_of_a_row_is_caught_at_that_row(field):
    _w, _deals = two_deals()
    event = DealEvent.objects.get(sequence=2)
    changes = {"payload": {"forged": True}, "kind": "accepted", "actor": None,
               "created_at": event.created_at.replace(year=2020), "hash": "f" * 64}
    DealEvent.objects.filter(pk=event.pk).update(**{field: changes[field]})
    verify_fails_naming(2)


def test_rewriting_a_row_and_its_hash_is_caught_by_the_next_link():
    from deals.log import link_hash

    two_deals()
    event = DealEvent.objects.get(sequence=2)
    event.payload = {"advance": ["1.00", "USD"]}
    event.hash = link_hash(event)
    DealEvent.objects.filter(pk=event.pk).update(payload=event.payload, hash=event.hash)
    assert "does not follow the event before it" in verify_fails_naming(3)


def test_deleting_a_row_is_caught_where_the_gap_is():
    two_deals()
    DealEvent.objects.filter(sequence=2).delete()
    assert "missing" in verify_fails_naming(3)


def test_deleting_the_newest_row_is_caught_by_the_head():
    two_deals()
    DealEvent.objects.filter(sequence=4).delete()
    assert "missing" in verify_fails_naming(4)


def test_each_deal_has_its_own_chain_too():
    _w, deals = two_deals()
    first, second = (list(DealEvent.objects.filter(deal=deal)) for deal in deals)
    assert first[1].deal_previous_hash == first[0].hash and second[1].deal_previous_hash == second[0].hash
    assert second[0].previous_hash == first[0].hash  # the platform chain runs across deals


@pytest.mark.django_db(transaction=True)
def test_both_sides_acting_at_once_on_postgresql_one_wins_and_the_deal_stays_whole():
    require("postgres")
    if connection.vendor != "postgresql":
        pytest.fail("the race must run on PostgreSQL")
    w = world()
    deal = services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                                 scope=scope(), message="hello", language="en")
    services.offer_make(user=w.seller.manager, organization=w.seller.organization, deal=deal, scope=scope(),
                        terms=terms())
    barrier, outcomes = threading.Barrier(2), {}

    def run(name, step):
        try:
            barrier.wait()
            step()
            outcomes[name] = "done"
        except Exception as error:  # the loser's refusal is the point
            outcomes[name] = type(error).__name__
        finally:
            connections.close_all()

    accept = lambda: services.offer_accept(user=w.buyer.owner, organization=w.buyer.organization,  # noqa: E731
                                           deal=deal, version=1)
    decline = lambda: services.deal_decline(user=w.seller.owner,  # noqa: E731
                                            organization=w.seller.organization, deal=deal)
    threads = [threading.Thread(target=run, args=("accept", accept)),
               threading.Thread(target=run, args=("decline", decline))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes.values()) == ["ValidationError", "done"]
    deal.refresh_from_db()
    winner = "accept" if outcomes["accept"] == "done" else "decline"
    assert deal.status == {"accept": Deal.Status.ACCEPTED, "decline": Deal.Status.DECLINED}[winner]
    kinds = list(deal.events.values_list("kind", flat=True))
    assert kinds == ["inquiry", "offer", "accepted" if winner == "accept" else "declined"]
    assert deal.offers.get().is_frozen == (winner == "accept")
    assert first_broken_link() is None
