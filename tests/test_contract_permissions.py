"""Who may see and move a contract, each cell asserted: the parties' people
by role, a stranger, a platform editor, a superuser and the public. Only the
parties see a contract or its PDFs; only a signing party's owner or manager
sends, signs or terminates; anyone may check a sealed copy; only editors
see the conflicts page and override."""
import pytest
from django.contrib.auth import get_user_model

from cms.tests.factories import site
from deals import contracting
from deals.models import Contract, GrantOverride, Signature
from deals.tests.factories import world
from deals.tests.test_contracts import PASSWORD, accepted_deal, with_passwords
from tests.permission_world import _editor_groups

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member_buyer", "manager_buyer", "owner_buyer", "member_seller", "manager_seller",
         "owner_seller", "stranger", "editor", "superuser"]
OK, LOGIN, MISSING, CHANGED, SAME, ADMIN_LOGIN = 200, "login", 404, "changed", "unchanged", "admin login"
PARTY_READ = [LOGIN, OK, OK, OK, OK, OK, OK, MISSING, MISSING, MISSING]
MATRIX = {
    "contract page": PARTY_READ,
    "the PDF to sign": PARTY_READ,
    "send for signature": [LOGIN, SAME, CHANGED, CHANGED, SAME, CHANGED, CHANGED, MISSING, MISSING, MISSING],
    "sign for one's organisation": [LOGIN, SAME, CHANGED, CHANGED, SAME, CHANGED, CHANGED, MISSING, MISSING,
                                    MISSING],
    "public check of a sealed copy": [OK] * 10,
    "conflicts page (admin)": [ADMIN_LOGIN] * 8 + [OK, OK],
    "override a conflict (admin)": [ADMIN_LOGIN] * 8 + [CHANGED, CHANGED],
}


@pytest.fixture
def world_of_contract():
    site()
    w = with_passwords(world())
    stranger = world().buyer.owner
    editor = get_user_model().objects.create_user("editor", "editor@rightsbridge.example", is_staff=True)
    editor.groups.add(*_editor_groups())
    people = {"anonymous": None, "stranger": stranger, "editor": editor,
              "superuser": get_user_model().objects.create_superuser("root", "root@example.test", "pw")}
    for side, party in (("buyer", w.buyer), ("seller", w.seller)):
        for role in ("member", "manager", "owner"):
            user = getattr(party, role)
            user.set_password(PASSWORD)
            user.save()
            people[f"{role}_{side}"] = user
    return w, people


def fresh_contract(w, *, sent: bool) -> Contract:
    contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization,
                                           deal=accepted_deal(w, territories="LA"))
    if sent:
        contracting.contract_send(user=w.seller.manager, organization=w.seller.organization, contract=contract)
    return contract


def answer(response) -> object:
    if response.status_code == 302:
        location = response["Location"]
        if "/admin/login/" in location:
            return ADMIN_LOGIN
        if "login" in location:
            return LOGIN
    return response.status_code


def effect(response, changed: bool) -> object:
    """A write judged by what it did: changed, else how it was refused (login, 404),
    else unchanged (refused with a message, back to the page)."""
    if changed:
        return CHANGED
    seen = answer(response)
    return seen if seen in (LOGIN, ADMIN_LOGIN, MISSING) else SAME


def probe(client, name, w):
    if name in ("contract page", "the PDF to sign"):
        contract = fresh_contract(w, sent=False)
        suffix = "" if name == "contract page" else "document/"
        return answer(client.get(f"/en/contracts/{contract.pk}/{suffix}"))
    if name == "send for signature":
        contract = fresh_contract(w, sent=False)
        response = client.post(f"/en/contracts/{contract.pk}/send/")
        contract.refresh_from_db()
        return effect(response, contract.status == Contract.Status.SENT)
    if name == "sign for one's organisation":
        contract = fresh_contract(w, sent=True)
        response = client.post(f"/en/contracts/{contract.pk}/sign/", {
            "typed_name": "A Signatory", "secret": PASSWORD, "document_sha256": contract.document_sha256})
        return effect(response, Signature.objects.filter(party__contract=contract).exists())
    if name == "public check of a sealed copy":
        return client.get("/en/contracts/verify/").status_code
    if name == "conflicts page (admin)":
        return answer(client.get("/admin/contracts/held-back/"))
    contract = fresh_contract(w, sent=False)
    response = client.post(f"/admin/contracts/{contract.pk}/override/",
                           {"reason": "Court order", "expires_on": "2099-01-01"})
    return effect(response, GrantOverride.objects.filter(contract=contract).exists())


@pytest.mark.parametrize("role", ROLES)
def test_every_cell_of_the_contract_permission_matrix(client, world_of_contract, role):
    w, people = world_of_contract
    if people[role] is not None:
        client.force_login(people[role])
    seen = {name: probe(client, name, w) for name in MATRIX}
    assert seen == {name: row[ROLES.index(role)] for name, row in MATRIX.items()}
