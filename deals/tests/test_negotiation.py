"""Inquiry to acceptance through the services: every allowed step of the
state machine, every refused one with its translated reason, and nothing
stored by a refusal."""
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from deals import services
from deals.models import Deal, DealEvent, Message, Notification, Offer
from deals.terms import Tier
from marketplace.models import Membership

from .factories import scope, terms, world

pytestmark = pytest.mark.django_db
S = Deal.Status


def inquire(w, **changes):
    return services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                                 scope=scope(**changes), message="สวัสดีค่ะ สนใจลิขสิทธิ์แปลภาษาไทย", language="th")


def offer(w, deal, seller=True, **changes):
    party = w.seller if seller else w.buyer
    return services.offer_make(user=party.manager, organization=party.organization, deal=deal, scope=scope(),
                               terms=terms(**changes))


def test_an_inquiry_opens_a_deal_logs_it_and_tells_the_seller():
    w = world()
    deal = inquire(w)
    assert deal.status == S.NEW and deal.seller == w.seller.organization and deal.territories == "TH"
    assert deal.messages.get().language == "th"
    assert list(deal.events.values_list("kind", flat=True)) == ["inquiry"]
    told = set(Notification.objects.values_list("recipient", flat=True))
    assert told == {w.seller.owner.pk, w.seller.manager.pk, w.seller.member.pk}


@pytest.mark.parametrize(("change", "part"), [
    ({"territories": "TH, CN"}, "territories"),
    ({"languages": "th, ja"}, "languages"),
    ({"term_years": 9}, "term_years"),
    ({"right_type": "film_tv_adaptation"}, "right_type"),
])
def test_a_scope_outside_the_line_is_refused_naming_the_part_and_stores_nothing(change, part):
    w = world()
    with translation.override("th"), pytest.raises(ValidationError) as refused:
        inquire(w, **change)
    assert list(refused.value.message_dict) == [part]
    assert Deal.objects.count() == DealEvent.objects.count() == Message.objects.count() == 0


def test_the_refusal_names_the_countries_outside_in_the_readers_language():
    w = world()
    with translation.override("zh-hans"), pytest.raises(ValidationError) as refused:
        inquire(w, territories="TH, CN")
    assert "中国" in refused.value.message_dict["territories"][0]


def test_a_non_exclusive_line_refuses_an_exclusive_request():
    w = world(exclusivity="non_exclusive")
    with pytest.raises(ValidationError) as refused:
        inquire(w)
    assert "exclusivity" in refused.value.message_dict
    assert inquire(w, exclusivity="non_exclusive").status == S.NEW


def test_a_language_offered_without_script_covers_a_script():
    w = world()
    assert inquire(w, languages="zh-Hant").languages == "zh-Hant"


def test_the_whole_negotiation_in_order():
    w = world()
    deal = inquire(w)
    services.message_post(user=w.seller.member, organization=w.seller.organization, deal=deal,
                          body="我们很高兴收到您的询问。", language="zh-hans")
    deal.refresh_from_db()
    assert deal.status == S.NEGOTIATING
    first = offer(w, deal)
    counter = offer(w, deal, seller=False, advance=Decimal("2500"))
    assert (first.version, counter.version) == (1, 2)
    services.offer_accept(user=w.seller.owner, organization=w.seller.organization, deal=deal, version=2)
    deal.refresh_from_db()
    counter.refresh_from_db()
    assert deal.status == S.ACCEPTED and counter.is_frozen and counter.accepted_by == w.seller.owner
    assert list(deal.events.values_list("kind", flat=True)) == [
        "inquiry", "message", "offer", "counter_offer", "accepted"]


def test_accepting_an_outdated_version_is_refused():
    w = world()
    deal = inquire(w)
    offer(w, deal)
    offer(w, deal, seller=False)
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        services.offer_accept(user=w.seller.owner, organization=w.seller.organization, deal=deal, version=1)
    assert refused.value.code == "outdated" and "2" in refused.value.messages[0]
    assert Deal.objects.get().status == S.OFFERED and not Offer.objects.filter(accepted_at__isnull=False).exists()


def test_nobody_accepts_their_own_offer():
    w = world()
    deal = inquire(w)
    offer(w, deal)
    with pytest.raises(ValidationError):
        services.offer_accept(user=w.seller.owner, organization=w.seller.organization, deal=deal, version=1)


REFUSED = [
    # (status reached, action, side that tries)
    (S.NEW, "accept", "buyer"),
    (S.NEW, "decline", "buyer"),
    (S.NEW, "withdraw", "seller"),
    (S.ACCEPTED, "offer", "seller"),
    (S.ACCEPTED, "decline", "seller"),
    (S.ACCEPTED, "withdraw", "buyer"),
    (S.DECLINED, "offer", "buyer"),
    (S.DECLINED, "message", "buyer"),
    (S.WITHDRAWN, "accept", "seller"),
    (S.EXPIRED, "accept", "buyer"),
]


def reach(w, status):
    deal = inquire(w)
    if status == S.NEW:
        return deal
    offer(w, deal)
    if status == S.ACCEPTED:
        services.offer_accept(user=w.buyer.owner, organization=w.buyer.organization, deal=deal, version=1)
    elif status == S.DECLINED:
        services.deal_decline(user=w.seller.owner, organization=w.seller.organization, deal=deal)
    elif status == S.WITHDRAWN:
        services.deal_withdraw(user=w.buyer.owner, organization=w.buyer.organization, deal=deal)
    elif status == S.EXPIRED:
        services.offers_expire(now=timezone.now() + timedelta(days=15))
    deal.refresh_from_db()
    assert deal.status == status
    return deal


def act(w, deal, action, side):
    party = w.seller if side == "seller" else w.buyer
    common = {"user": party.owner, "organization": party.organization, "deal": deal}
    if action == "accept":
        return services.offer_accept(**common, version=1)
    if action == "offer":
        return services.offer_make(**common, scope=scope(), terms=terms())
    if action == "message":
        return services.message_post(**common, body="?", language="en")
    return {"decline": services.deal_decline, "withdraw": services.deal_withdraw}[action](**common)


@pytest.mark.parametrize(("status", "action", "side"), REFUSED)
def test_refused_steps_say_why_in_the_readers_language_and_change_nothing(status, action, side):
    w = world()
    deal = reach(w, status)
    events = DealEvent.objects.count()
    with translation.override("th"), pytest.raises(ValidationError) as refused:
        act(w, deal, action, side)
    assert refused.value.messages[0] and refused.value.messages[0].isascii() is False  # said in Thai
    deal.refresh_from_db()
    assert deal.status == status and DealEvent.objects.count() == events


@pytest.mark.parametrize(("action", "side", "status"), [
    ("decline", "seller", S.DECLINED), ("withdraw", "buyer", S.WITHDRAWN), ("offer", "buyer", S.OFFERED)])
def test_allowed_closing_steps_from_an_offer(action, side, status):
    w = world()
    deal = reach(w, S.OFFERED)
    act(w, deal, action, side)
    deal.refresh_from_db()
    assert deal.status == status


def test_a_member_writes_but_only_managers_commit():
    w = world()
    deal = inquire(w)
    services.message_post(user=w.seller.member, organization=w.seller.organization, deal=deal, body="ok",
                          language="en")
    with pytest.raises(PermissionDenied):
        services.offer_make(user=w.seller.member, organization=w.seller.organization, deal=deal, scope=scope(),
                            terms=terms())


def test_acting_for_an_organisation_the_user_left_is_refused_and_stores_nothing():
    w = world()
    deal = inquire(w)
    Membership.objects.filter(user=w.seller.manager).delete()
    messages = Message.objects.count()
    with pytest.raises(PermissionDenied):
        services.message_post(user=w.seller.manager, organization=w.seller.organization, deal=deal, body="hi",
                              language="en")
    with pytest.raises(PermissionDenied):
        offer(w, deal)
    assert Message.objects.count() == messages and not Offer.objects.exists()


def test_a_stranger_cannot_touch_the_deal():
    w, other = world(), world()
    deal = inquire(w)
    with pytest.raises(PermissionDenied):
        services.message_post(user=other.buyer.owner, organization=other.buyer.organization, deal=deal, body="x",
                              language="en")


@pytest.mark.parametrize(("change", "field"), [
    ({"advance": Decimal("-1")}, "advance"),
    ({"advance": Decimal("1e12")}, "advance"),
    ({"advance": Decimal("NaN")}, "advance"),
    ({"currency": "XYZ"}, "currency"),
    ({"currency": "usd$"}, "currency"),
    ({"tiers": [Tier("paperback", "list_price", Decimal("101"))]}, "tiers"),
    ({"tiers": [Tier("paperback", "list_price", Decimal("0"))]}, "tiers"),
    ({"tiers": [Tier("paperback", "list_price", Decimal("8")),
                Tier("paperback", "list_price", Decimal("6"), "units", Decimal("10000"))]}, "tiers"),
    ({"tiers": [Tier("paperback", "list_price", Decimal("6")),
                Tier("paperback", "list_price", Decimal("8"), "units", Decimal("0"))]}, "tiers"),
    ({"tiers": [Tier("paperback", "list_price", Decimal("6"), "units", Decimal("500"))]}, "tiers"),
    ({"tiers": [Tier("ebook", "list_price", Decimal("6")),
                Tier("ebook", "net_receipts", Decimal("8"), "units", Decimal("100"))]}, "tiers"),
    ({"agent_commission": Decimal("120")}, "agent_commission"),
    ({"expires_at": timezone.now() - timedelta(days=1)}, "expires_at"),
    ({"option_fee": Decimal("5000"), "purchase_price": Decimal("1000")}, "option_fee"),
])
def test_bad_terms_are_refused_with_the_field_named_and_nothing_stored(change, field):
    w = world()
    deal = inquire(w)
    with translation.override("km"), pytest.raises(ValidationError) as refused:
        offer(w, deal, **change)
    assert field in refused.value.message_dict
    deal.refresh_from_db()
    assert deal.status == S.NEW and not Offer.objects.exists()
    assert list(deal.events.values_list("kind", flat=True)) == ["inquiry"]


def test_instant_terms_make_an_accepted_deal_with_the_same_offer_record():
    from djmoney.money import Money

    w = world(instant_price=Money("800.00", "USD"), exclusivity="non_exclusive", right_type="digital_display",
              term_years=1)
    deal = services.instant_accept(user=w.buyer.manager, organization=w.buyer.organization, line=w.line)
    accepted = deal.offers.get()
    assert deal.status == S.ACCEPTED and accepted.advance == Money("800.00", "USD") and accepted.is_frozen
    assert accepted.accepted_for == w.buyer.organization and accepted.made_for == w.seller.organization
    assert list(deal.events.values_list("kind", flat=True)) == ["inquiry", "offer", "accepted"]


def test_instant_terms_need_a_verified_buyer():
    from djmoney.money import Money

    w = world(instant_price=Money("800.00", "USD"))
    w.buyer.organization.verified_at = None
    w.buyer.organization.save()
    with pytest.raises(PermissionDenied):
        services.instant_accept(user=w.buyer.owner, organization=w.buyer.organization, line=w.line)
    assert not Deal.objects.exists()


def test_expiry_runs_twice_without_doing_anything_twice():
    w = world()
    deal = inquire(w)
    offer(w, deal, expires_at=timezone.now() + timedelta(days=2))
    first = services.offers_expire()
    second = services.offers_expire()
    assert (first, second) == ({"expired": 0, "reminded": 1}, {"expired": 0, "reminded": 0})
    later = timezone.now() + timedelta(days=3)
    assert services.offers_expire(now=later) == {"expired": 1, "reminded": 0}
    assert services.offers_expire(now=later) == {"expired": 0, "reminded": 0}
    deal.refresh_from_db()
    assert deal.status == S.EXPIRED
    assert list(deal.events.values_list("kind", flat=True)) == ["inquiry", "offer", "expiry_reminder", "expired"]


def test_mediation_brings_an_editor_in_and_is_logged(django_user_model):
    from django.contrib.auth.models import Permission

    w = world()
    deal = inquire(w)
    editor = django_user_model.objects.create_user("mediator")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    with pytest.raises(PermissionDenied):
        services.mediation_join(editor=editor, deal=deal)
    services.mediation_request(user=w.buyer.member, organization=w.buyer.organization, deal=deal, reason="stuck")
    editor = django_user_model.objects.get(pk=editor.pk)
    services.mediation_join(editor=editor, deal=deal)
    services.message_post(user=editor, organization=None, deal=deal, body="I have read the thread.", language="en")
    assert list(deal.events.values_list("kind", flat=True))[-3:] == [
        "mediation_requested", "mediator_joined", "message"]
