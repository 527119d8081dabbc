"""Who may see and move a deal, asked of the running site (issue 11): every
role against inquiries, instant terms, the deal room, its messages and
attachments, offers, acceptance, decline, withdrawal and mediation, each cell
asserted. The answers come from deals/rules.py: only the parties (the buyer,
the rights holder and the work's representing agency) see a deal; a platform
editor only once they have joined it as mediator; any member of a party
writes in the room; offers, acceptance, decline and withdrawal need a manager
or owner. Roles: anonymous, signed in without an organisation, member/manager/
owner of the buyer, the same of the seller (the work's rights holder), a
member of the work's agency, a member of an unrelated organisation, a platform
editor who has not joined the deal, one who has, and a superuser (who is no
party: deals.rules.can_view lets in parties and the mediator only, so a
superuser sees a deal only by joining it as mediator, like any editor).
The world and one probe per row: tests/deal_permission_world.py.

The cells use tests/test_permission_matrix.py's vocabulary: an HTTP answer
(200, 302 = refused with a message and sent back, 403, 404, "login", "set up"),
"shown"/"not shown" for what a page lists, or "changed" for a write judged by
its effect. Writes are asked of a deal made for that cell alone.

Cells left out, and why:

| object     | action             | why                                                                  |
|------------|--------------------|----------------------------------------------------------------------|
| deal log   | verify (command)   | `manage.py` only, no web surface                                     |
| message    | edit, delete       | none: the room is append-only                                        |
| attachment | upload             | only with a message: "post a message" (types: deals/tests)           |
| offer      | edit               | none: a change is a counter-offer, a new version ("make an offer")   |
| deal       | list (admin)       | none but the mediation queue (asserted); no snippet for deals        |
| deal       | expire             | the offers_expire task, not a person's action                        |
"""
import pytest

from deals.models import Deal
from marketplace.tests.factories import MembershipFactory, OrganizationFactory
from tests.deal_permission_world import ROLES, SECRETS, WORK_TITLE, build_world
from tests.permission_world import (
    CHANGED,
    DENIED,
    LOGIN,
    MISSING,
    NOT_SHOWN,
    OK,
    SET_UP,
    SHOWN,
    assert_cells_of,
    assert_matrix_shape,
)

pytestmark = pytest.mark.django_db

REFUSED_BACK = 302  # the service refused: a message, and back to the room (or the workspace)
BUYERS = ("member_buyer", "manager_buyer", "owner_buyer")
SELLERS = ("member_seller", "manager_seller", "owner_seller", "agency_member")  # the agency sits with the holder
PARTIES = BUYERS + SELLERS
BUYER_MANAGERS = ("manager_buyer", "owner_buyer")
SELLER_MANAGERS = ("manager_seller", "owner_seller")
EDITORS = ("editor", "mediator", "superuser")
WITHOUT_ORGANISATION = ("no_organisation", *EDITORS)


def of(roles, cell):
    return dict.fromkeys(roles, cell)


def cells(otherwise, *groups, **answers):
    """A row in ROLES order: `groups` then `answers` by role, `otherwise` for the
    roles not named; anonymous is sent to log in unless named."""
    named = {}
    for group in (*groups, answers):
        named.update(group)
    return [named.get(role, LOGIN if role == "anonymous" else otherwise) for role in ROLES]


# row -> the right answer per role, in ROLES order
MATRIX = {
    # --- inquiries and instant terms ---
    "inquiry form on the live work's line": cells(OK, of(WITHOUT_ORGANISATION, SET_UP)),
    "inquiry form on a draft work's line": cells(MISSING),
    # The holder's and the agency's people get the form back: nobody asks for rights it offers itself.
    "send an inquiry": cells(CHANGED, of(WITHOUT_ORGANISATION, SET_UP), of(SELLERS, OK)),
    # Only a manager or owner of a verified organisation, and not the holder's own (buyer and stranger
    # are verified; the unverified case: test_instant_terms_need_a_verified_buyer).
    "accept a line's instant terms": cells(REFUSED_BACK, of(WITHOUT_ORGANISATION, SET_UP),
                                           of(BUYER_MANAGERS, CHANGED)),
    # --- the deal (its existence is hidden: 404 for everyone but the parties and the mediator) ---
    "view the deal room": cells(MISSING, of(PARTIES, OK), mediator=OK),
    "the room shows the messages": cells(MISSING, of(PARTIES, SHOWN), mediator=SHOWN),
    "the room links the attachment": cells(MISSING, of(PARTIES, SHOWN), mediator=SHOWN),
    "view a deal waiting for a mediator": cells(MISSING, of(PARTIES, OK)),
    "the pipeline lists the deal": cells(NOT_SHOWN, of(WITHOUT_ORGANISATION, SET_UP), of(PARTIES, SHOWN)),
    "notifications mention the deal": cells(NOT_SHOWN, of(PARTIES, SHOWN), mediator=SHOWN),
    "open the seller owner's notification of the deal": cells(MISSING, owner_seller=302),
    "download the attachment": cells(MISSING, of(PARTIES, OK), mediator=OK),
    "offer form": cells(MISSING, of(PARTIES, DENIED), of(BUYER_MANAGERS + SELLER_MANAGERS, OK), mediator=DENIED),
    # --- mediation: the admin's queue is for editors; organisations' people go to the admin's login ---
    "mediation queue (admin)": cells(LOGIN, of(EDITORS, OK)),
    "mediation queue lists the deal waiting for a mediator": cells(LOGIN, of(EDITORS, SHOWN)),
    "mediation queue lists the mediated deal": cells(LOGIN, editor=NOT_SHOWN, mediator=SHOWN, superuser=NOT_SHOWN),
    # --- writes, judged by their effect ---
    "post a message": cells(MISSING, of(PARTIES, CHANGED), mediator=CHANGED),
    "make an offer": cells(MISSING, of(PARTIES, DENIED), of(BUYER_MANAGERS + SELLER_MANAGERS, CHANGED),
                           mediator=DENIED),
    "accept the rights holder's offer": cells(MISSING, of(PARTIES, REFUSED_BACK), of(BUYER_MANAGERS, CHANGED),
                                              mediator=REFUSED_BACK),
    "accept the buyer's counter-offer": cells(MISSING, of(PARTIES, REFUSED_BACK), of(SELLER_MANAGERS, CHANGED),
                                              mediator=REFUSED_BACK),
    "decline the deal": cells(MISSING, of(PARTIES, REFUSED_BACK), of(SELLER_MANAGERS, CHANGED),
                              mediator=REFUSED_BACK),
    "withdraw the inquiry": cells(MISSING, of(PARTIES, REFUSED_BACK), of(BUYER_MANAGERS, CHANGED),
                                  mediator=REFUSED_BACK),
    # Any member of a party may ask. The mediator cannot have joined a deal nobody asked mediation for.
    "ask for mediation": cells(MISSING, of(PARTIES, CHANGED)),
    # Any editor (and a superuser) may join a deal waiting for a mediator, the mediator of another deal too.
    "join as mediator (admin)": cells(LOGIN, of(EDITORS, CHANGED)),
    "join as mediator (the room's address)": cells(MISSING, of(PARTIES, REFUSED_BACK), of(EDITORS, CHANGED)),
}

# Cells where the site answers wrongly today: (row, role) -> what it answers now.
# The matrix above says what is right; the test holds these cells to today's
# answer so that a fix shows up as a failure here, to be deleted from this list.
KNOWN_BUGS: dict = {}  # (row, role) -> today's wrong answer, while a bug is open


@pytest.fixture
def world():
    return build_world()


def test_the_matrix_has_a_probe_and_a_full_row_for_every_address(world):
    assert_matrix_shape(MATRIX, world["addresses"], ROLES, KNOWN_BUGS)


@pytest.mark.parametrize("role", ROLES)
def test_every_cell_of_the_deal_permission_matrix(client, world, role):
    assert_cells_of(role, client, world, MATRIX, ROLES, KNOWN_BUGS)


def test_a_missing_deal_answers_like_a_hidden_one(client, world):
    """The 404 a stranger gets for the deal is the one anybody gets for a deal that does not exist."""
    client.force_login(world["people"]["stranger"])
    missing = Deal.objects.order_by("-pk").first().pk + 1000
    for address in ("/en/deals/{}/", "/en/deals/{}/offer/"):
        assert client.get(address.format(missing)).status_code == client.get(
            address.format(world["deal"].pk)).status_code == MISSING
    for address in ("/en/deals/{}/messages/", "/en/deals/{}/accept/", "/en/deals/{}/decline/",
                    "/en/deals/{}/withdraw/", "/en/deals/{}/mediation/"):
        data = {"version": "1", "body": "x", "language": "en"}
        assert client.post(address.format(missing), data).status_code == client.post(
            address.format(world["deal"].pk), data).status_code == MISSING


def test_instant_terms_need_a_verified_buyer(client, world):
    unverified = OrganizationFactory(slug="unverified-buyer", verified_at=None)
    owner = MembershipFactory(organization=unverified, role="owner").user
    client.force_login(owner)
    line = world["instant_line"]
    answer = client.post(f"/en/deals/instant/{line.pk}/")
    assert answer.status_code == REFUSED_BACK and not Deal.objects.filter(buyer=unverified).exists()


def test_no_page_a_non_party_reaches_shows_the_deals_messages(client, world):
    """Nor, on their own pages, the work's title or the deal's reference (the work's page is public)."""
    deal, waiting = world["deal"], world["waiting"]
    own_pages = ("/en/workspace/deals/", "/en/notifications/", "/en/workspace/")
    public_pages = (world["work_url"], "/en/organisations/deal-buyer/", "/en/organisations/deal-seller/")
    deal_pages = (f"/en/deals/{deal.pk}/", f"/en/deals/{waiting.pk}/", f"/en/deals/{deal.pk}/offer/",
                  f"/en/deals/attachments/{world['attachment'].pk}/")

    def page(url):
        response = client.get(url, follow=True)
        return (b"".join(response.streaming_content) if response.streaming else response.content).decode(
            errors="replace")

    # The checks can see: a party finds all of it on these pages, anybody the work's public page.
    client.force_login(world["people"]["member_buyer"])
    assert all(secret in page(f"/en/deals/{deal.pk}/") for secret in SECRETS)
    assert WORK_TITLE in page("/en/workspace/deals/") and deal.reference in page("/en/notifications/")
    assert client.get(world["work_url"]).status_code == 200
    for role in ("anonymous", "no_organisation", "stranger", "editor", "superuser"):
        client.logout()
        if world["people"][role]:
            client.force_login(world["people"][role])
        for url in own_pages + public_pages + deal_pages + ("/admin/mediation/",):
            seen = page(url)
            assert not [secret for secret in SECRETS if secret in seen], (role, url)
            if url in own_pages:
                assert WORK_TITLE not in seen and deal.reference not in seen, (role, url)
