"""The world tests/test_permission_matrix.py asks its questions of: two
organisations with a person in every role, a platform editor and a superuser;
organisation A's works in every state with their offers, samples and
patterns; papers, an invitation; and one probe per matrix row.

A probe takes a Visit (the test client, signed in as one role) and returns
the cell's answer: the HTTP answer (OK, LOGIN, DENIED, ...), SHOWN / NOT_SHOWN
for what a page or the API lists, or CHANGED for a write that changed the
database (a write that changed nothing answers with its HTTP answer). A write
that changed something is undone at once, so every row sees the same world."""
import hashlib
import importlib
import json
from datetime import timedelta
from pathlib import Path

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from catalog.models import MediaAsset, Work
from catalog.services import media_asset_create, work_submit_for_review, work_withdraw
from catalog.tests.factories import RightsOfferFactory, WorkFactory, listing_workflow
from catalog.tests.images import PDF_BYTES, png_bytes, upload
from cms.routing import work_url
from cms.tests.factories import site
from marketplace.acting import SESSION_KEY
from marketplace.models import Invitation, Membership, Organization, OrganizationPaper
from marketplace.services import organization_paper_add, organization_request_verification
from marketplace.tests.factories import MembershipFactory, OrganizationFactory

ROLES = ["anonymous", "no_organisation", "member_a", "manager_a", "owner_a", "member_b", "manager_b", "owner_b",
         "editor", "superuser"]
OK, LOGIN, DENIED, MISSING, SET_UP = 200, "login", 403, 404, "set up"
REFUSED = "refused"  # Wagtail's "Sorry, you do not have permission": back to the admin's home page
CHANGED = "changed"
SHOWN, NOT_SHOWN = "shown", "not shown"
INVITATION_TOKEN = "matrix-invitation-token"


def answer(response):
    if response.status_code == 302:
        location = response["Location"]
        if "login" in location:
            return LOGIN
        if "/workspace/organisations/new/" in location:
            return SET_UP
        if location == "/admin/":
            return REFUSED
    return response.status_code


class Visit:
    """The client of one role; GETs are remembered until the next write."""

    def __init__(self, client):
        self.client, self._pages = client, {}

    def get(self, url):
        if url not in self._pages:
            self._pages[url] = self.client.get(url)
        return self._pages[url]

    def post(self, url, data):
        self._pages.clear()
        return self.client.post(url, data)


class Get:
    def __init__(self, url):
        self.url = url

    def __call__(self, visit):
        return answer(visit.get(self.url))


class Shows:
    """Whether the page (when it answers 200) shows something."""

    def __init__(self, url, seen):
        self.url, self.seen = url, seen

    def __call__(self, visit):
        response = visit.get(self.url)
        if response.status_code != 200:
            return answer(response)
        return SHOWN if self.seen(response) else NOT_SHOWN


class Fact:
    """Something true or not whoever asks (public files are served by the web server to anyone)."""

    def __init__(self, check):
        self.check = check

    def __call__(self, visit):
        return SHOWN if self.check() else NOT_SHOWN


class Post:
    """A write, judged by `state` before and after; `restore` undoes a change."""

    def __init__(self, url, data=None, state=None, restore=None):
        self.url, self.data, self.state, self.restore = url, data, state, restore

    def __call__(self, visit):
        before = self.state(visit) if self.state else None
        response = visit.post(self.url, self.data() if callable(self.data) else (self.data or {}))
        if self.state is None or self.state(visit) == before:
            return answer(response)
        if self.restore:
            self.restore()
        return CHANGED


def text_in(*texts):
    """The page contains one of the texts, raw or HTML-escaped."""
    def seen(response):
        page = response.content.decode()
        return any(t in page or t.replace("'", "&#x27;") in page for t in texts)
    return seen


def api_hit(slug):
    return lambda response: slug in [hit["slug"] for hit in json.loads(response.content)["hits"]]


def suggested(title):
    return lambda response: title in json.loads(response.content)["suggestions"]


def listing(**overrides):
    """What the workspace's listing form posts (as tests/test_workspace_listings.py sends it)."""
    data = {
        "kind": "book", "subtype": "picture_book", "original_title": "灯笼河", "original_language": "zh-Hans",
        "year": "2021", "title_en": "Lantern River",
        "offers-TOTAL_FORMS": "1", "offers-INITIAL_FORMS": "0", "offers-MIN_NUM_FORMS": "0",
        "offers-MAX_NUM_FORMS": "30", "offers-0-right_type": "translation", "offers-0-territories": "VN",
        "offers-0-languages": "vi", "offers-0-exclusivity": "exclusive", "offers-0-term_years": "7",
        "credits-TOTAL_FORMS": "0", "credits-INITIAL_FORMS": "0", "credits-MIN_NUM_FORMS": "0",
        "credits-MAX_NUM_FORMS": "30",
    }
    return {**data, **overrides}


def _editor_groups():
    """The groups as the migrations leave them (Wagtail's: admin access, images,
    documents, pages; ours: works and organisations); the demo editor is in both.
    Made again if another module's flush removed them."""
    access = Permission.objects.get(codename="access_admin")
    groups = [Group.objects.get_or_create(name=name)[0] for name in ("Editors", "Moderators")]
    for group in groups:
        group.permissions.add(access)
    for migration in ("catalog.migrations.0004_editors_moderate_works",
                      "marketplace.migrations.0005_editors_manage_organisations"):
        importlib.import_module(migration).forwards(django_apps, None)
    return groups


def people(a, b):
    found = {"anonymous": None,
             "no_organisation": get_user_model().objects.create_user("nobody", "nobody@example.test")}
    for letter, organization in (("a", a), ("b", b)):
        for role in ("member", "manager", "owner"):
            found[f"{role}_{letter}"] = MembershipFactory(organization=organization, role=role).user
    # As marketplace/demo/accounts.py makes the platform editor.
    found["editor"] = get_user_model().objects.create_user("editor", "editor@rightsbridge.example", is_staff=True)
    found["editor"].groups.add(*_editor_groups())
    found["superuser"] = get_user_model().objects.create_superuser("root", "root@rightsbridge.example", "pw")
    return found


def organisations():
    a = OrganizationFactory(slug="org-a")
    b = OrganizationFactory(slug="org-b", verified_at=None)  # B has asked to be verified
    return a, b


def _public_preview_of(asset) -> bool:
    """A watermarked preview of the asset's original is in the public media folder."""
    return any(Path(settings.MEDIA_ROOT).glob(f"previews/**/{asset.sha256[:16]}*"))


def build_world(capture):
    """Everything the matrix asks about; `capture` is pytest-django's
    django_capture_on_commit_callbacks (previews and the search index follow commits)."""
    site()
    listing_workflow()
    a, b = organisations()
    who = people(a, b)
    owner_a = who["owner_a"]
    with capture(execute=True):
        draft = WorkFactory(rights_holder=a, live=False, first_published_at=None, slug="secret-draft-of-a",
                            title_en="A's secret draft")
        draft_sample = media_asset_create(work=draft, kind=MediaAsset.Kind.SAMPLE, file=upload("c.pdf", PDF_BYTES))
        draft_pattern = media_asset_create(work=draft, kind=MediaAsset.Kind.PATTERN,
                                           file=upload("d.png", png_bytes(70, 90)))
        draft.save_revision()
        live = WorkFactory(rights_holder=a, kind="folk_art", subtype="batik", source_community="Bouyei",
                           slug="secret-batik-of-a", title_en="A's secret batik")
        offer = RightsOfferFactory(work=live, asking_terms_en="Advance from USD 4,321")
        pattern = media_asset_create(work=live, kind=MediaAsset.Kind.PATTERN, file=upload("p.png", png_bytes()))
        live_sample = media_asset_create(work=live, kind=MediaAsset.Kind.SAMPLE, file=upload("l.pdf", PDF_BYTES))
        live.save_revision()
        withdrawn = WorkFactory(rights_holder=a, slug="secret-tale-of-a", title_en="A's secret withdrawn tale")
        RightsOfferFactory(work=withdrawn)
        withdrawn_sample = media_asset_create(work=withdrawn, kind=MediaAsset.Kind.SAMPLE,
                                              file=upload("w.pdf", PDF_BYTES))
        withdrawn_pattern = media_asset_create(work=withdrawn, kind=MediaAsset.Kind.PATTERN,
                                               file=upload("w.png", png_bytes(50, 60)))
        withdrawn.save_revision()
    with capture(execute=True):
        work_withdraw(user=owner_a, work=withdrawn)  # its preview goes, and it leaves the index
    for asset in (pattern, withdrawn_pattern):
        asset.refresh_from_db()
    # Works only the writes touch: a draft to save, trim and submit, one in review, one to delete.
    scratch = WorkFactory(rights_holder=a, live=False, first_published_at=None, slug="scratch-draft-of-a")
    RightsOfferFactory(work=scratch, territories="TH", languages="th")
    scratch_sample = media_asset_create(work=scratch, kind=MediaAsset.Kind.SAMPLE, file=upload("s.pdf", PDF_BYTES))
    scratch.save_revision()
    in_review = WorkFactory(rights_holder=a, live=False, first_published_at=None, slug="in-review-of-a")
    RightsOfferFactory(work=in_review)
    in_review.save_revision()
    work_submit_for_review(user=who["manager_a"], work=in_review)
    task_state = Work.objects.get(pk=in_review.pk).current_workflow_task_state
    victim = WorkFactory(rights_holder=a, live=False, first_published_at=None, slug="doomed-draft-of-a")
    victim.save_revision()

    paper = organization_paper_add(user=owner_a, organization=a, kind=OrganizationPaper.Kind.REGISTRATION,
                                   upload=upload("reg.pdf", PDF_BYTES))
    paper_b = organization_paper_add(user=who["owner_b"], organization=b, kind=OrganizationPaper.Kind.REGISTRATION,
                                     upload=upload("reg-b.pdf", PDF_BYTES + b"B"))
    organization_request_verification(user=who["owner_b"], organization=b)
    Invitation.objects.create(organization=a, email="nobody@example.test", role=Membership.Role.MEMBER,
                              token_hash=hashlib.sha256(INVITATION_TOKEN.encode()).hexdigest(), invited_by=owner_a,
                              expires_at=timezone.now() + timedelta(days=14))
    world_works = set(Work.objects.values_list("pk", flat=True))
    world_organisations = set(Organization.objects.values_list("pk", flat=True))

    def zone(work):
        return work_url(work).removesuffix(f"{work.slug}/")

    def fresh(work, *fields):
        row = Work.objects.get(pk=work.pk)
        return tuple(getattr(row, f) for f in fields)

    def republish(work):
        return lambda: Work.objects.get(pk=work.pk).save_revision().publish()

    def new_works_gone():
        Work.objects.exclude(pk__in=world_works).delete()

    def b_waits_again(**fields):
        return lambda: Organization.objects.filter(pk=b.pk).update(
            verified_at=None, verification_requested_at=timezone.now(), **fields)

    nobody = who["no_organisation"]
    search, suggest = "/en/search/?q=secret", "/api/v1/search/suggest?q=secret"
    api_search = "/api/v1/search?q=secret"
    probes = {
        # --- works: the public site and the JSON API ---
        "view A's live work (public page)": Get(work_url(live)),
        "view A's draft work (public page)": Get(work_url(draft)),
        "view A's withdrawn work (public page)": Get(work_url(withdrawn)),
        "zone page lists A's live work": Shows(zone(live), text_in(f"/{live.slug}/")),
        "zone page lists A's draft work": Shows(zone(draft), text_in(f"/{draft.slug}/")),
        "zone page lists A's withdrawn work": Shows(zone(withdrawn), text_in(f"/{withdrawn.slug}/")),
        "A's public profile": Get("/en/organisations/org-a/"),
        "A's public profile lists its live work": Shows("/en/organisations/org-a/", text_in(f"/{live.slug}/")),
        "A's public profile lists its draft work": Shows("/en/organisations/org-a/", text_in(f"/{draft.slug}/")),
        "A's public profile lists its withdrawn work": Shows("/en/organisations/org-a/",
                                                             text_in(f"/{withdrawn.slug}/")),
        "search page finds A's live work": Shows(search, text_in(f"/{live.slug}/")),
        "search page finds A's draft work": Shows(search, text_in(f"/{draft.slug}/")),
        "search page finds A's withdrawn work": Shows(search, text_in(f"/{withdrawn.slug}/")),
        "API search finds A's live work": Shows(api_search, api_hit(live.slug)),
        "API search finds A's draft work": Shows(api_search, api_hit(draft.slug)),
        "API search finds A's withdrawn work": Shows(api_search, api_hit(withdrawn.slug)),
        "API suggests A's live title": Shows(suggest, suggested(live.title_en)),
        "API suggests A's draft title": Shows(suggest, suggested(draft.title_en)),
        "API suggests A's withdrawn title": Shows(suggest, suggested(withdrawn.title_en)),
        "API: a work by its id (no such endpoint)": Get(f"/api/v1/works/{live.pk}"),
        # --- works: the workspace (reads) ---
        "workspace dashboard": Get("/en/workspace/"),
        "dashboard lists A's draft work": Shows("/en/workspace/", text_in(draft.title_en)),
        "dashboard lists A's live work": Shows("/en/workspace/", text_in(live.title_en)),
        "dashboard lists A's withdrawn work": Shows("/en/workspace/", text_in(withdrawn.title_en)),
        "new listing form": Get("/en/workspace/listings/new/"),
        "edit A's draft listing": Get(f"/en/workspace/listings/{draft.pk}/"),
        "edit A's live listing": Get(f"/en/workspace/listings/{live.pk}/"),
        "edit A's withdrawn listing": Get(f"/en/workspace/listings/{withdrawn.pk}/"),
        "preview A's draft listing": Get(f"/en/workspace/listings/{draft.pk}/preview/"),
        "preview A's live listing": Get(f"/en/workspace/listings/{live.pk}/preview/"),
        "preview A's withdrawn listing": Get(f"/en/workspace/listings/{withdrawn.pk}/preview/"),
        # --- works: the Wagtail admin (reads) ---
        "admin home": Get("/admin/"),
        "list works (admin)": Get("/admin/snippets/catalog/work/"),
        "new work form (admin)": Get("/admin/snippets/catalog/work/add/"),
        "edit A's draft work (admin)": Get(f"/admin/snippets/catalog/work/edit/{draft.pk}/"),
        "edit A's live work (admin)": Get(f"/admin/snippets/catalog/work/edit/{live.pk}/"),
        "edit A's withdrawn work (admin)": Get(f"/admin/snippets/catalog/work/edit/{withdrawn.pk}/"),
        "confirm deleting A's draft work (admin)": Get(f"/admin/snippets/catalog/work/delete/{draft.pk}/"),
        # --- rights offers ---
        "A's live work page shows its rights offer": Shows(work_url(live), text_in(offer.asking_terms_en)),
        "A's live listing form shows its rights offer": Shows(f"/en/workspace/listings/{live.pk}/",
                                                              text_in(offer.territories)),
        # --- media: previews (public) and originals (private) ---
        "A's live work page shows the pattern's preview": Shows(work_url(live), text_in(pattern.preview.url)),
        "A's live work page links a pattern original": Shows(
            work_url(live), text_in(pattern.file.name, f"/admin/catalog/originals/{pattern.pk}/")),
        "public preview of A's live pattern": Fact(lambda: _public_preview_of(pattern)),
        "public preview of A's draft pattern": Fact(lambda: _public_preview_of(draft_pattern)),
        "public preview of A's withdrawn pattern": Fact(lambda: _public_preview_of(withdrawn_pattern)),
        "sample of A's draft listing": Get(f"/samples/{draft_sample.pk}/"),
        "sample of A's live listing": Get(f"/samples/{live_sample.pk}/"),
        "sample of A's withdrawn listing": Get(f"/samples/{withdrawn_sample.pk}/"),
        "pattern original of A's live listing as a sample": Get(f"/samples/{pattern.pk}/"),
        "download A's pattern original (admin)": Get(f"/admin/catalog/originals/{pattern.pk}/"),
        "download A's draft sample original (admin)": Get(f"/admin/catalog/originals/{draft_sample.pk}/"),
        "download A's withdrawn pattern original (admin)": Get(f"/admin/catalog/originals/{withdrawn_pattern.pk}/"),
        # --- papers ---
        "read A's verification paper": Get(f"/papers/{paper.pk}/"),
        "read B's verification paper": Get(f"/papers/{paper_b.pk}/"),
        "verification queue (admin)": Get("/admin/verification/"),
        "verification queue lists B's paper (admin)": Shows("/admin/verification/", text_in(f"/papers/{paper_b.pk}/")),
        # --- organisations, people, invitations (reads) ---
        "new organisation form": Get("/en/workspace/organisations/new/"),
        "list organisations (admin)": Get("/admin/snippets/marketplace/organization/"),
        "new organisation form (admin)": Get("/admin/snippets/marketplace/organization/add/"),
        "edit A's organisation (admin)": Get(f"/admin/snippets/marketplace/organization/edit/{a.pk}/"),
        "confirm deleting A's organisation (admin)": Get(f"/admin/snippets/marketplace/organization/delete/{a.pk}/"),
        "dashboard lists A's members": Shows("/en/workspace/", text_in(who["member_a"].email)),
        "dashboard lists A's pending invitations": Shows("/en/workspace/", text_in("nobody@example.test")),
        "open an invitation to A": Get(f"/en/invitations/{INVITATION_TOKEN}/"),
        # --- writes, judged by their effect ---
        "act for A": Post("/en/workspace/acting/", {"organization": str(a.pk)},
                          state=lambda v: v.client.session.get(SESSION_KEY)),
        "create a listing (for the organisation acted for)": Post(
            "/en/workspace/listings/new/", listing(), state=lambda v: Work.objects.count(), restore=new_works_gone),
        "save A's draft listing": Post(f"/en/workspace/listings/{scratch.pk}/", listing(title_en="Saved by a cell"),
                                       state=lambda v: fresh(scratch, "title_en")),
        "save A's live listing (a revision for review)": Post(
            f"/en/workspace/listings/{live.pk}/", listing(kind="folk_art", subtype="batik", source_community="Bouyei",
                                                          title_en="Saved by a cell"),
            state=lambda v: Work.objects.get(pk=live.pk).get_latest_revision_as_object().title_en,
            restore=lambda: Work.objects.get(pk=live.pk).save_revision()),
        "change the rights offer of A's draft": Post(
            f"/en/workspace/listings/{scratch.pk}/", listing(**{"offers-0-territories": "KH"}),
            state=lambda v: list(Work.objects.get(pk=scratch.pk).rights_offers.values_list("territories", flat=True))),
        "remove a sample from A's draft": Post(
            f"/en/workspace/listings/{scratch.pk}/", listing(remove_asset=[str(scratch_sample.pk)]),
            state=lambda v: MediaAsset.objects.filter(pk=scratch_sample.pk).exists()),
        "submit A's draft for review": Post(f"/en/workspace/listings/{scratch.pk}/submit/",
                                            state=lambda v: Work.objects.get(pk=scratch.pk).workflow_in_progress),
        "withdraw A's live listing": Post(f"/en/workspace/listings/{live.pk}/withdraw/",
                                          state=lambda v: fresh(live, "live"), restore=republish(live)),
        "publish A's listing in review (admin workflow)": Post(
            f"/admin/snippets/catalog/work/workflow/action/{in_review.pk}/approve/{task_state.pk}/",
            state=lambda v: fresh(in_review, "live")),
        "withdraw A's live work (admin)": Post(f"/admin/snippets/catalog/work/unpublish/{live.pk}/",
                                               state=lambda v: fresh(live, "live"), restore=republish(live)),
        "delete A's draft work (admin)": Post(f"/admin/snippets/catalog/work/delete/{victim.pk}/",
                                              state=lambda v: Work.objects.filter(pk=victim.pk).exists()),
        "upload a paper for A": Post(
            "/en/workspace/papers/", lambda: {"kind": "registration", "file": upload("more.pdf", PDF_BYTES + b"A")},
            state=lambda v: a.papers.count(), restore=lambda: a.papers.exclude(pk=paper.pk).delete()),
        "ask for A's verification": Post(
            "/en/workspace/verification/",
            state=lambda v: Organization.objects.get(pk=a.pk).verification_requested_at,
            restore=lambda: Organization.objects.filter(pk=a.pk).update(verification_requested_at=None)),
        "verify B (admin)": Post(f"/admin/verification/{b.pk}/", {"decision": "approve"},
                                 state=lambda v: Organization.objects.get(pk=b.pk).verified_at,
                                 restore=b_waits_again()),
        "turn B down (admin)": Post(f"/admin/verification/{b.pk}/", {"decision": "reject", "reason": "Blurred scan"},
                                    state=lambda v: Organization.objects.get(pk=b.pk).rejection_reason,
                                    restore=b_waits_again(rejection_reason="")),
        "set up an organisation": Post(
            "/en/workspace/organisations/new/", {"name": "Matrix Press", "kind": "publisher", "country": "TH"},
            state=lambda v: Organization.objects.count(),
            restore=lambda: Organization.objects.exclude(pk__in=world_organisations).delete()),
        "invite someone to A": Post(
            "/en/workspace/invitations/", {"email": "newcomer@example.test", "role": "member"},
            state=lambda v: a.invitations.filter(email="newcomer@example.test").exists(),
            restore=lambda: a.invitations.filter(email="newcomer@example.test").delete()),
        "accept the invitation to A sent to nobody@": Post(
            f"/en/invitations/{INVITATION_TOKEN}/",
            state=lambda v: Membership.objects.filter(organization=a, user=nobody).exists(),
            restore=lambda: (Membership.objects.filter(organization=a, user=nobody).delete(),
                             a.invitations.update(accepted_at=None))),
    }
    return {"people": who, "addresses": probes, "live": live, "draft": draft}


def assert_matrix_shape(matrix: dict, addresses: dict, roles: list, known_bugs: dict) -> None:
    """Every row has a probe and a cell per role; a known bug differs from the right answer."""
    assert list(matrix) == list(addresses)
    assert all(len(row) == len(roles) for row in matrix.values())
    assert all(matrix[row][roles.index(role)] != now for (row, role), now in known_bugs.items())


def assert_cells_of(role: str, client, world: dict, matrix: dict, roles: list, known_bugs: dict) -> None:
    """Ask every address as `role` and compare the whole row at once, so a failure shows every wrong cell."""
    user = world["people"][role]
    if user is not None:
        client.force_login(user)
    visit = Visit(client)
    seen, expected = {}, {}
    for name, row in matrix.items():
        seen[name] = world["addresses"][name](visit)
        expected[name] = known_bugs.get((name, role), row[roles.index(role)])
    assert seen == expected
