"""Who may do what, asked of the running site: every role against every
guarded address of organisation A, each cell asserted. Roles: anonymous,
signed in without an organisation, member/manager/owner of A, the same of B,
a platform editor and a superuser. The answers come from marketplace/rules.py
through the workspace, the public pages, the downloads and the Wagtail admin."""
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from catalog.models import MediaAsset
from catalog.services import media_asset_create
from catalog.tests.factories import RightsOfferFactory, WorkFactory
from catalog.tests.images import PDF_BYTES, png_bytes, upload
from cms.tests.factories import site
from marketplace.models import OrganizationPaper
from marketplace.services import organization_paper_add
from marketplace.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no_organisation", "member_a", "manager_a", "owner_a", "member_b", "manager_b", "owner_b",
         "editor", "superuser"]
OK, LOGIN, DENIED, MISSING, SET_UP = 200, "login", 403, 404, "set up"
# address -> expected answer per role, in ROLES order
MATRIX = {
    "workspace dashboard": [LOGIN, SET_UP, OK, OK, OK, OK, OK, OK, SET_UP, SET_UP],
    "edit A's draft listing": [LOGIN, DENIED, DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED],
    "preview A's draft listing": [LOGIN, DENIED, DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED],
    "withdraw A's live listing": [LOGIN, DENIED, DENIED, 302, 302, DENIED, DENIED, DENIED, DENIED, DENIED],
    "read A's verification paper": [DENIED, DENIED, DENIED, DENIED, OK, DENIED, DENIED, DENIED, OK, OK],
    "download A's pattern original (admin)": [LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, OK, OK],
    "verification queue (admin)": [LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, OK, OK],
    "A's public profile": [OK] * 10,
    "sample of A's draft listing": [MISSING] * 10,
    "sample of A's live listing": [OK] * 10,
}


@pytest.fixture
def world():
    site()
    a, b = OrganizationFactory(slug="org-a"), OrganizationFactory(slug="org-b")
    people = {"anonymous": None, "no_organisation": get_user_model().objects.create_user("nobody")}
    for letter, organization in (("a", a), ("b", b)):
        for role in ("member", "manager", "owner"):
            people[f"{role}_{letter}"] = MembershipFactory(organization=organization, role=role).user
    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    people["editor"] = get_user_model().objects.create_user("editor", "editor@rightsbridge.example")
    people["editor"].groups.add(editors)
    people["superuser"] = get_user_model().objects.create_superuser("root", "root@rightsbridge.example", "pw")
    draft = WorkFactory(rights_holder=a, live=False, first_published_at=None, title_en="A's secret draft")
    draft.save_revision()
    live = WorkFactory(rights_holder=a, kind="folk_art", subtype="batik", source_community="Bouyei")
    RightsOfferFactory(work=live)
    pattern = media_asset_create(work=live, kind=MediaAsset.Kind.PATTERN, file=upload("p.png", png_bytes()))
    draft_sample = media_asset_create(work=draft, kind=MediaAsset.Kind.SAMPLE, file=upload("c.pdf", PDF_BYTES))
    live_sample = media_asset_create(work=live, kind=MediaAsset.Kind.SAMPLE, file=upload("l.pdf", PDF_BYTES))
    paper = organization_paper_add(user=people["owner_a"], organization=a, kind=OrganizationPaper.Kind.REGISTRATION,
                                   upload=upload("reg.pdf", PDF_BYTES))
    addresses = {
        "workspace dashboard": ("get", "/en/workspace/"),
        "edit A's draft listing": ("get", f"/en/workspace/listings/{draft.pk}/"),
        "preview A's draft listing": ("get", f"/en/workspace/listings/{draft.pk}/preview/"),
        "withdraw A's live listing": ("post", f"/en/workspace/listings/{live.pk}/withdraw/"),
        "read A's verification paper": ("get", f"/papers/{paper.pk}/"),
        "download A's pattern original (admin)": ("get", f"/admin/catalog/originals/{pattern.pk}/"),
        "verification queue (admin)": ("get", "/admin/verification/"),
        "A's public profile": ("get", "/en/organisations/org-a/"),
        "sample of A's draft listing": ("get", f"/samples/{draft_sample.pk}/"),
        "sample of A's live listing": ("get", f"/samples/{live_sample.pk}/"),
    }
    return {"people": people, "addresses": addresses, "live": live}


def answer(response):
    if response.status_code == 302:
        location = response["Location"]
        if "login" in location:
            return LOGIN
        if "/workspace/organisations/new/" in location:
            return SET_UP
    return response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_every_cell_of_the_permission_matrix(client, world, role):
    user = world["people"][role]
    if user is not None:
        client.force_login(user)
    seen, expected = {}, {}
    for name, row in MATRIX.items():
        method, url = world["addresses"][name]
        seen[name] = answer(getattr(client, method)(url))
        expected[name] = row[ROLES.index(role)]
        if name == "withdraw A's live listing" and seen[name] == 302:
            world["live"].save_revision().publish()  # put it back for the next cell
    assert seen == expected


def test_a_draft_title_never_reaches_other_organisations_or_the_public(client, world):
    for role in ("anonymous", "member_b", "owner_b", "no_organisation"):
        client.logout()
        if world["people"][role]:
            client.force_login(world["people"][role])
        for url in ("/en/organisations/org-a/", "/en/workspace/", "/en/search/?q=secret"):
            response = client.get(url, follow=True)
            assert "A&#x27;s secret draft" not in response.content.decode() and \
                "A's secret draft" not in response.content.decode(), (role, url)


# Writes to A's people, judged by their effect: only A's owner changes anything.
PEOPLE_WRITES = {"change a role in A": "role", "remove a member of A": "remove"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", PEOPLE_WRITES)
def test_only_as_owner_changes_as_people(client, world, role, action):
    from marketplace.models import Membership

    target = Membership.objects.get(user=world["people"]["member_a"])
    user = world["people"][role]
    if user is not None:
        client.force_login(user)
    if PEOPLE_WRITES[action] == "role":
        client.post(f"/en/workspace/members/{target.pk}/role/", {"role": "manager"})
        changed = Membership.objects.get(pk=target.pk).role != "member"
    else:
        client.post(f"/en/workspace/members/{target.pk}/remove/")
        changed = not Membership.objects.filter(pk=target.pk).exists()
    # The member may leave by themselves; nobody else but A's owner may touch them.
    allowed = role == "owner_a" or (role == "member_a" and action == "remove a member of A")
    assert changed == allowed
