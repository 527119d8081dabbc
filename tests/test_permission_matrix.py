"""Who may do what, asked of the running site: every role against every
object, action and surface, each cell asserted. Roles: anonymous, signed in
without an organisation, member/manager/owner of A, the same of B, a platform
editor (in Wagtail's Editors and Moderators groups, as the demo's) and a
superuser. Objects: organisation A's draft, live and withdrawn works, their
rights offers, media (public watermarked previews, private originals), papers,
organisations, memberships, invitations. Surfaces: the public site, the JSON
API, the workspace, the Wagtail admin. The answers come from marketplace/rules.py
and Wagtail's permissions. The world and one probe per row: tests/permission_world.py.

A cell is an HTTP answer (200, 400, 403, 404, "login", "set up", "refused" =
Wagtail's no-permission bounce to the admin's home), "shown"/"not shown" for
what a page lists, or "changed" for a write that changed the database (judged
by its effect, then undone). Membership role changes and removals are asserted
by test_only_as_owner_changes_as_people below.

Cells left out (object x action x surface), and why:

| object       | action         | surface          | why                                                              |
|--------------|----------------|------------------|------------------------------------------------------------------|
| work         | delete         | workspace        | none: holders withdraw; only the admin deletes                   |
| work         | publish        | workspace        | none: holders submit; editors publish by approving (admin)       |
| work         | submit         | admin            | Wagtail's own "submit" on the edit form: not a holder's path     |
| work         | create, edit   | admin (POST)     | Wagtail checks the same permission on GET and POST; GET asked    |
| work         | view           | JSON API         | no endpoint (any other /api/ address is a 404: asserted once)    |
| rights offer | create, edit,  | own address      | none: lines of their work's form, changed by saving the work     |
|              | delete         |                  | (asserted in the workspace; in the admin, the work's editor)     |
| media        | create, delete | own address      | none: added and removed by saving the work (removal asserted)    |
| original     | download       | workspace        | none: holders cannot download their own originals                |
| preview      | view           | HTTP             | public files the web server (or the public bucket) serves to     |
|              |                |                  | anyone: asserted as "is there a public preview", the same for all|
| paper        | edit, delete   | every surface    | none: papers are only added and read                             |
| paper        | list           | workspace        | A's dashboard lists papers only while A is unverified (A is not) |
| organisation | edit, delete   | workspace        | none: only the admin's snippet views (owners cannot edit theirs) |
| organisation | delete         | admin (POST)     | A's works protect it; the confirmation page is asked             |
| organisation | list           | public site, API | none: the admin's snippet list only                              |
| membership   | create         | own address      | none: made by setting up an organisation or accepting an         |
|              |                |                  | invitation (both asserted)                                       |
| membership   | view           | own address      | none: the dashboard's people table (asserted as a list)          |
| invitation   | edit, delete   | every surface    | none: invitations expire after 14 days                           |
| invitation   | list           | admin            | none: the dashboard's pending invitations only                   |
"""
import pytest

from tests.permission_world import (
    CHANGED,
    DENIED,
    LOGIN,
    MISSING,
    NOT_SHOWN,
    OK,
    REFUSED,
    ROLES,
    SET_UP,
    SHOWN,
    assert_cells_of,
    assert_matrix_shape,
    build_world,
    organisations,
    people,
)

pytestmark = pytest.mark.django_db


def everyone(cell):
    return [cell] * 10


def admins(editor, superuser):
    """Organisations' people have no admin access: Wagtail sends them to its login."""
    return [LOGIN] * 8 + [editor, superuser]


def managers_of_a(cell):
    return [LOGIN, DENIED, DENIED, cell, cell, DENIED, DENIED, DENIED, DENIED, DENIED]


def members_of_a(cell, elsewhere):
    """A's dashboard: what A's people see, `elsewhere` for B's people (who see B's)."""
    return [LOGIN, SET_UP, cell, cell, cell, elsewhere, elsewhere, elsewhere, SET_UP, SET_UP]


def owner_of_a(cell, otherwise):
    """Workspace writes the view lets through and the service refuses (a message, back to the workspace)."""
    return [LOGIN, otherwise, otherwise, otherwise, cell, otherwise, otherwise, otherwise, otherwise, otherwise]


# row -> the right answer per role, in ROLES order
MATRIX = {
    # --- works: the public site and the JSON API ---
    "view A's live work (public page)": everyone(OK),
    "view A's draft work (public page)": everyone(MISSING),
    "view A's withdrawn work (public page)": everyone(MISSING),
    "zone page lists A's live work": everyone(SHOWN),
    "zone page lists A's draft work": everyone(NOT_SHOWN),
    "zone page lists A's withdrawn work": everyone(NOT_SHOWN),
    "A's public profile": everyone(OK),
    "A's public profile lists its live work": everyone(SHOWN),
    "A's public profile lists its draft work": everyone(NOT_SHOWN),
    "A's public profile lists its withdrawn work": everyone(NOT_SHOWN),
    "search page finds A's live work": everyone(SHOWN),
    "search page finds A's draft work": everyone(NOT_SHOWN),
    "search page finds A's withdrawn work": everyone(NOT_SHOWN),
    "API search finds A's live work": everyone(SHOWN),
    "API search finds A's draft work": everyone(NOT_SHOWN),
    "API search finds A's withdrawn work": everyone(NOT_SHOWN),
    "API suggests A's live title": everyone(SHOWN),
    "API suggests A's draft title": everyone(NOT_SHOWN),
    "API suggests A's withdrawn title": everyone(NOT_SHOWN),
    "API: a work by its id (no such endpoint)": everyone(MISSING),
    # --- works: the workspace ---
    "workspace dashboard": [LOGIN, SET_UP, OK, OK, OK, OK, OK, OK, SET_UP, SET_UP],
    "dashboard lists A's draft work": members_of_a(SHOWN, NOT_SHOWN),
    "dashboard lists A's live work": members_of_a(SHOWN, NOT_SHOWN),
    "dashboard lists A's withdrawn work": members_of_a(SHOWN, NOT_SHOWN),
    "new listing form": [LOGIN, DENIED, DENIED, OK, OK, DENIED, OK, OK, DENIED, DENIED],
    "edit A's draft listing": managers_of_a(OK),
    "edit A's live listing": managers_of_a(OK),
    "edit A's withdrawn listing": managers_of_a(OK),
    "preview A's draft listing": managers_of_a(OK),
    "preview A's live listing": managers_of_a(OK),
    "preview A's withdrawn listing": managers_of_a(OK),
    # --- works: the Wagtail admin ---
    "admin home": admins(OK, OK),
    "list works (admin)": admins(OK, OK),
    "new work form (admin)": admins(OK, OK),
    "edit A's draft work (admin)": admins(OK, OK),
    "edit A's live work (admin)": admins(OK, OK),
    "edit A's withdrawn work (admin)": admins(OK, OK),
    "confirm deleting A's draft work (admin)": admins(OK, OK),
    # --- rights offers ---
    "A's live work page shows its rights offer": everyone(SHOWN),
    "A's live listing form shows its rights offer": managers_of_a(SHOWN),
    # --- media: watermarked previews are public, originals private ---
    "A's live work page shows the pattern's preview": everyone(SHOWN),
    "A's live work page links a pattern original": everyone(NOT_SHOWN),
    "public preview of A's live pattern": everyone(SHOWN),
    "public preview of A's draft pattern": everyone(NOT_SHOWN),
    "public preview of A's withdrawn pattern": everyone(NOT_SHOWN),
    "sample of A's draft listing": everyone(MISSING),
    "sample of A's live listing": everyone(OK),
    "sample of A's withdrawn listing": everyone(MISSING),
    "pattern original of A's live listing as a sample": everyone(MISSING),
    "download A's pattern original (admin)": admins(OK, OK),
    "download A's draft sample original (admin)": admins(OK, OK),
    "download A's withdrawn pattern original (admin)": admins(OK, OK),
    # --- papers ---
    "read A's verification paper": [DENIED, DENIED, DENIED, DENIED, OK, DENIED, DENIED, DENIED, OK, OK],
    "read B's verification paper": [DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, OK, OK, OK],
    "verification queue (admin)": admins(OK, OK),
    "verification queue lists B's paper (admin)": admins(SHOWN, SHOWN),
    # --- organisations, people, invitations ---
    "new organisation form": [LOGIN] + [OK] * 9,
    "list organisations (admin)": admins(OK, OK),
    "new organisation form (admin)": admins(REFUSED, OK),
    "edit A's organisation (admin)": admins(OK, OK),
    "confirm deleting A's organisation (admin)": admins(REFUSED, OK),
    "dashboard lists A's members": members_of_a(SHOWN, NOT_SHOWN),
    "dashboard lists A's pending invitations": members_of_a(SHOWN, NOT_SHOWN),
    "open an invitation to A": everyone(OK),
    # --- writes, judged by their effect on the database ---
    "act for A": [LOGIN, MISSING, CHANGED, CHANGED, CHANGED, MISSING, MISSING, MISSING, MISSING, MISSING],
    "create a listing (for the organisation acted for)": [LOGIN, DENIED, DENIED, CHANGED, CHANGED, DENIED, CHANGED,
                                                          CHANGED, DENIED, DENIED],
    "save A's draft listing": managers_of_a(CHANGED),
    "save A's live listing (a revision for review)": managers_of_a(CHANGED),
    "change the rights offer of A's draft": managers_of_a(CHANGED),
    "remove a sample from A's draft": managers_of_a(CHANGED),
    "submit A's draft for review": managers_of_a(CHANGED),
    "withdraw A's live listing": managers_of_a(CHANGED),
    "publish A's listing in review (admin workflow)": admins(CHANGED, CHANGED),
    "withdraw A's live work (admin)": admins(CHANGED, CHANGED),
    "delete A's draft work (admin)": admins(CHANGED, CHANGED),
    "upload a paper for A": owner_of_a(CHANGED, 302),
    "ask for A's verification": owner_of_a(CHANGED, 302),
    "verify B (admin)": admins(CHANGED, CHANGED),
    "turn B down (admin)": admins(CHANGED, CHANGED),
    "set up an organisation": [LOGIN] + [CHANGED] * 9,
    "invite someone to A": [LOGIN, DENIED, DENIED, DENIED, CHANGED, DENIED, DENIED, 302, DENIED, DENIED],
    "accept the invitation to A sent to nobody@": [LOGIN, CHANGED] + [400] * 8,
}

# Cells where the site answers wrongly today: (row, role) -> what it answers now.
# The matrix above says what is right; the test holds these cells to today's
# answer so that a fix shows up as a failure here, to be deleted from this list.
KNOWN_BUGS: dict = {}  # (row, role) -> today's wrong answer, while a bug is open


@pytest.fixture
def world(embedded_index, django_capture_on_commit_callbacks):
    return build_world(django_capture_on_commit_callbacks)


def test_the_matrix_has_a_probe_and_a_full_row_for_every_address(world):
    assert_matrix_shape(MATRIX, world["addresses"], ROLES, KNOWN_BUGS)


@pytest.mark.parametrize("role", ROLES)
def test_every_cell_of_the_permission_matrix(client, world, role):
    assert_cells_of(role, client, world, MATRIX, ROLES, KNOWN_BUGS)


def test_a_draft_title_never_reaches_other_organisations_or_the_public(client, world):
    for role in ("anonymous", "member_b", "owner_b", "no_organisation"):
        client.logout()
        if world["people"][role]:
            client.force_login(world["people"][role])
        for url in ("/en/organisations/org-a/", "/en/workspace/", "/en/search/?q=secret"):
            response = client.get(url, follow=True)
            assert "A&#x27;s secret draft" not in response.content.decode() and \
                "A's secret draft" not in response.content.decode(), (role, url)


@pytest.fixture
def cast():
    return people(*organisations())


# Writes to A's people, judged by their effect: only A's owner changes anything.
PEOPLE_WRITES = {"change a role in A": "role", "remove a member of A": "remove"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", PEOPLE_WRITES)
def test_only_as_owner_changes_as_people(client, cast, role, action):
    from marketplace.models import Membership

    target = Membership.objects.get(user=cast["member_a"])
    user = cast[role]
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
