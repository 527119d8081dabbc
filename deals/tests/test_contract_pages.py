"""The contract pages as the parties use them, and the public check of a
sealed PDF that tells an original from a changed copy."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.tests.factories import site
from deals.models import Contract

from .factories import world
from .test_contracts import PASSWORD, accepted_deal, with_passwords

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    site()
    return with_passwords(world())


def sign(client, user, contract, lang, **changes):
    client.force_login(user)
    return client.post(f"/{lang}/contracts/{contract.pk}/sign/", {
        "typed_name": f"{user.username} Signatory", "secret": PASSWORD,
        "document_sha256": contract.document_sha256, **changes}, REMOTE_ADDR="198.51.100.7",
        HTTP_USER_AGENT="Mozilla/5.0 test")


def test_prepare_send_sign_and_download_the_sealed_original(client, w):
    deal = accepted_deal(w)
    client.force_login(w.seller.manager)
    assert f"/zh-hans/deals/{deal.pk}/contract/" in client.get(f"/zh-hans/deals/{deal.pk}/").content.decode()
    made = client.post(f"/zh-hans/deals/{deal.pk}/contract/")
    contract = Contract.objects.get()
    assert made["Location"] == f"/zh-hans/contracts/{contract.pk}/"
    assert client.get(f"/zh-hans/contracts/{contract.pk}/document/").status_code == 200
    client.post(f"/zh-hans/contracts/{contract.pk}/send/")
    contract.refresh_from_db()
    assert contract.status == Contract.Status.SENT
    wrong = sign(client, w.buyer.owner, contract, "th", secret="guess")
    assert wrong.status_code == 200 and 'class="errorlist"' in wrong.content.decode()
    assert sign(client, w.buyer.owner, contract, "th").status_code == 302
    assert sign(client, w.seller.owner, contract, "zh-hans").status_code == 302
    contract.refresh_from_db()
    assert contract.status == Contract.Status.ACTIVE
    signature = contract.parties.get(role="licensee").signature
    assert (signature.ip_address, signature.user_agent) == ("198.51.100.7", "Mozilla/5.0 test")
    sealed = client.get(f"/th/contracts/{contract.pk}/sealed/")
    assert sealed.status_code == 200
    client.force_login(world().buyer.owner)
    assert client.get(f"/th/contracts/{contract.pk}/").status_code == 404
    assert client.get(f"/th/contracts/{contract.pk}/sealed/").status_code == 404


def check(client, data: bytes, name="contract.pdf"):
    client.logout()
    return client.post("/km/contracts/verify/", {"document": SimpleUploadedFile(name, data)}).content.decode()


def test_the_public_check_names_an_original_and_refuses_a_changed_copy(client, w):
    deal = accepted_deal(w)
    client.force_login(w.seller.manager)
    client.post(f"/en/deals/{deal.pk}/contract/")
    contract = Contract.objects.get()
    client.post(f"/en/contracts/{contract.pk}/send/")
    sign(client, w.buyer.owner, contract, "en")
    sign(client, w.seller.owner, contract, "en")
    contract.refresh_from_db()
    original = contract.sealed_document.open("rb").read()
    assert contract.reference in check(client, original)
    changed = bytearray(original)
    changed[len(changed) // 3] ^= 0x01
    page = check(client, bytes(changed))
    assert contract.reference not in page and 'class="message error"' in page
    unsealed = check(client, contract.document.open("rb").read())
    assert contract.reference not in unsealed and 'class="message error"' in unsealed
    assert 'class="errorlist' in check(client, b"MZ not a pdf at all", "x.pdf")
    assert str(contract.offer.advance.amount) not in check(client, original)  # no terms to the public


def test_the_conflicts_page_explains_a_held_back_contract_and_records_an_override(client, w):
    from deals import contracting
    from deals.tests.test_contracts import sign_all

    second_deal = accepted_deal(w)
    first = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                        deal=accepted_deal(w))
    contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=first)
    sign_all(w, first)
    second = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                         deal=second_deal)
    client.force_login(get_superuser())
    page = client.get("/admin/contracts/held-back/").content.decode()
    assert second.reference in page and first.reference in page
    refused = client.post(f"/admin/contracts/{second.pk}/override/", {"reason": " ", "expires_on": "2099-01-01"})
    assert refused.status_code == 302 and not hasattr(Contract.objects.get(pk=second.pk), "override")
    client.post(f"/admin/contracts/{second.pk}/override/", {"reason": "Licensor's written consent",
                                                            "expires_on": "2099-01-01"})
    assert Contract.objects.get(pk=second.pk).override.reason == "Licensor's written consent"
    assert second.deal.events.filter(kind="grant_override").exists()


def get_superuser():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("root", "root@example.test", "pw")
