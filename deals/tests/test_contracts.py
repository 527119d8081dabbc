"""From accepted terms to an active licence: the contract, its signatures,
the seal, and the grants it takes."""
import hashlib
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from deals import contracting, seal, services
from deals.log import first_broken_link
from deals.models import Contract, Grant

from .factories import scope, terms, world

pytestmark = pytest.mark.django_db
PASSWORD = "a long demo password"


def accepted_deal(w, **scope_changes):
    deal = services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                                 scope=scope(**scope_changes), message="สวัสดีค่ะ", language="th")
    services.offer_make(user=w.seller.manager, organization=w.seller.organization, deal=deal,
                        scope=scope(**scope_changes), terms=terms())
    services.offer_accept(user=w.buyer.owner, organization=w.buyer.organization, deal=deal, version=1)
    return deal


def with_passwords(w):
    for side in (w.seller, w.buyer):
        for user in (side.owner, side.manager):
            user.set_password(PASSWORD)
            user.save()
    return w


def sign_all(w, contract):
    for side in (w.seller, w.buyer):
        contracting.contract_sign(user=side.owner, organization=side.organization, contract=contract,
                                  typed_name=f"{side.owner.username} Owner", secret=PASSWORD,
                                  document_sha256=contract.document_sha256, ip_address="203.0.113.9",
                                  user_agent="pytest")
        contract.refresh_from_db()
    return contract


def test_a_contract_from_accepted_terms_is_signed_sealed_and_takes_its_grants():
    w = with_passwords(world())
    deal = accepted_deal(w)
    contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization, deal=deal)
    assert contract.languages == "th,en" and contract.status == Contract.Status.DRAFT
    pdf = contract.document.open("rb").read()
    assert hashlib.sha256(pdf).hexdigest() == contract.document_sha256 and pdf.startswith(b"%PDF")
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=contract)
    contract = sign_all(w, contract)
    assert contract.status == Contract.Status.ACTIVE
    sealed = contract.sealed_document.open("rb").read()
    assert seal.check(sealed).genuine and hashlib.sha256(sealed).hexdigest() == contract.sealed_sha256
    assert set(Grant.objects.values_list("country", "language", "exclusive")) == {("TH", "th", True)}
    kinds = list(deal.events.values_list("kind", flat=True))
    assert kinds[-5:] == ["contract_sent", "contract_signed", "contract_signed", "contract_sealed",
                          "contract_active"]
    assert first_broken_link() is None


def test_signing_refusals_say_why_and_change_nothing():
    w = with_passwords(world())
    contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                           deal=accepted_deal(w))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=contract)
    good = {"contract": contract, "typed_name": "Somchai Owner", "secret": PASSWORD,
            "document_sha256": contract.document_sha256}
    with pytest.raises(PermissionDenied):  # a member has no authority to sign
        contracting.contract_sign(user=w.buyer.member, organization=w.buyer.organization, **good)
    with translation.override("th"), pytest.raises(ValidationError) as outdated:
        contracting.contract_sign(user=w.buyer.owner, organization=w.buyer.organization,
                                  **{**good, "document_sha256": "0" * 64})
    assert outdated.value.code == "outdated" and not outdated.value.messages[0].isascii()
    with pytest.raises(ValidationError) as wrong:
        contracting.contract_sign(user=w.buyer.owner, organization=w.buyer.organization,
                                  **{**good, "secret": "not it"})
    assert "secret" in wrong.value.message_dict
    contracting.contract_sign(user=w.buyer.owner, organization=w.buyer.organization, **good)
    with pytest.raises(ValidationError) as twice:
        contracting.contract_sign(user=w.buyer.manager, organization=w.buyer.organization, **good)
    assert twice.value.code == "signed"
    assert contract.parties.filter(signature__isnull=False).count() == 1


def test_a_second_exclusive_licence_on_the_same_cell_is_refused_with_an_explanation():
    w = with_passwords(world())
    second_deal = accepted_deal(w, territories="TH, LA")  # agreed before the first licence took Thailand
    first = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                        deal=accepted_deal(w))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=first)
    sign_all(w, first)
    second = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                         deal=second_deal)
    with translation.override("zh-hans"), pytest.raises(ValidationError) as refused:
        contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=second)
    assert first.reference in refused.value.messages[0] and "泰国" in refused.value.messages[0]
    second.refresh_from_db()
    assert second.status == Contract.Status.DRAFT


def test_termination_and_expiry_free_the_grants():
    w = with_passwords(world())
    contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                           deal=accepted_deal(w))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=contract)
    sign_all(w, contract)
    other = world()
    with pytest.raises(PermissionDenied):
        contracting.contract_terminate(user=other.seller.owner, organization=other.seller.organization,
                                       contract=contract, reason="not mine")
    with pytest.raises(ValidationError):
        contracting.contract_terminate(user=w.seller.owner, organization=w.seller.organization, contract=contract,
                                       reason=" ")
    assert contracting.contracts_expire(today=contract.ends_on) == 0
    assert contracting.contracts_expire(today=contract.ends_on + timedelta(days=1)) == 1
    assert contracting.contracts_expire(today=contract.ends_on + timedelta(days=1)) == 0
    assert not Grant.objects.filter(released_at__isnull=True).exists()
    assert Contract.objects.get().status == Contract.Status.EXPIRED


def test_an_override_needs_a_reason_and_lets_a_conflicting_licence_stand(django_user_model):
    from django.contrib.auth.models import Permission

    w = with_passwords(world())
    second_deal = accepted_deal(w)
    first = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                        deal=accepted_deal(w))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=first)
    sign_all(w, first)
    second = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                         deal=second_deal)
    editor = django_user_model.objects.create_user("editor")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    editor = django_user_model.objects.get(pk=editor.pk)
    with pytest.raises(ValidationError):
        contracting.grant_override(editor=editor, contract=second, reason="", expires_on=timezone.localdate())
    contracting.grant_override(editor=editor, contract=second, reason="Court order: both editions may run",
                               expires_on=timezone.localdate() + timedelta(days=30))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=second)
    sign_all(w, second)
    assert Contract.objects.filter(status=Contract.Status.ACTIVE).count() == 2
    assert "grant_override" in second.deal.events.values_list("kind", flat=True)


def test_an_active_exclusive_licence_leaves_search_for_its_cell_and_comes_back_when_it_ends(
        embedded_index, django_capture_on_commit_callbacks):
    from search.query import CatalogQuery
    from search.registry import get_backend

    def found(territory, language):
        query = CatalogQuery(right_type="translation", territory=territory, language=language)
        return [hit.id for hit in get_backend().search(query).hits]

    w = with_passwords(world())
    deal = accepted_deal(w)
    with django_capture_on_commit_callbacks(execute=True):
        w.work.save()  # indexed as it stands
    assert found("TH", "th") == [w.work.pk]
    with django_capture_on_commit_callbacks(execute=True):
        contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization, deal=deal)
        contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=contract)
        sign_all(w, contract)
    assert found("TH", "th") == [] and found("LA", "th") == [w.work.pk] and found("TH", "vi") == [w.work.pk]
    with django_capture_on_commit_callbacks(execute=True):
        contracting.contract_terminate(user=w.buyer.owner, organization=w.buyer.organization, contract=contract,
                                       reason="The edition was cancelled.")
    assert found("TH", "th") == [w.work.pk]


def test_an_inquiry_for_rights_licensed_exclusively_is_refused_and_says_by_what():
    w = with_passwords(world())
    contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                           deal=accepted_deal(w))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=contract)
    sign_all(w, contract)
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                              scope=scope(territories="TH, LA"), message="?", language="vi")
    assert "territories" in refused.value.message_dict and "Thái Lan" in refused.value.message_dict["territories"][0]
    services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                          scope=scope(territories="LA"), message="?", language="vi")


def test_the_work_page_shows_what_is_licensed_without_naming_the_licensee(client):
    from cms.tests.factories import site

    site()
    w = with_passwords(world())
    contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                           deal=accepted_deal(w))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=contract)
    sign_all(w, contract)
    from cms.routing import work_url

    with translation.override("th"):
        page = client.get(work_url(w.work)).content.decode()
    from catalog.display import country_name

    licensed = page.split('class="licensed"')[1].split("</ul>")[0]
    assert country_name("TH", "th") in licensed and str(contract.ends_on.year) in licensed
    assert str(w.buyer.organization.name) not in page and contract.reference not in page


def test_the_last_signature_on_a_contract_beaten_to_its_rights_stands_and_says_why_it_waits():
    w = with_passwords(world())
    deals = [accepted_deal(w), accepted_deal(w)]
    first, second = (contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                                 deal=deal) for deal in deals)
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=first)
    holds = contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=second)
    assert holds == [first]  # a soft hold: warned, not refused
    sign_all(w, first)
    contracting.contract_sign(user=w.buyer.owner, organization=w.buyer.organization, contract=second,
                              typed_name="Buyer Owner", secret=PASSWORD, document_sha256=second.document_sha256)
    last = contracting.contract_sign(user=w.seller.owner, organization=w.seller.organization, contract=second,
                                     typed_name="Seller Owner", secret=PASSWORD,
                                     document_sha256=second.document_sha256)
    second.refresh_from_db()
    assert second.status == Contract.Status.SIGNED and second.sealed_sha256
    assert first.reference in last.held_back[0]
    assert second.parties.filter(signature__isnull=False).count() == 2
    assert not Grant.objects.filter(contract=second).exists()
