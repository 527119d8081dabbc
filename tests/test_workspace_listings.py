"""Rights holders list their own works in the workspace: a draft with titles
in several languages and a rights offer, a preview, review by an editor in
Wagtail's workflow, publication into search, withdrawal. Members look but
cannot change; refusals are translated and write nothing."""
import pytest
from django.contrib.auth import get_user_model
from django.utils.translation import gettext, override

from catalog.models import Work
from catalog.tests.factories import listing_workflow
from cms.tests.factories import site
from marketplace.tests.factories import MembershipFactory
from search.query import CatalogQuery
from search.registry import get_backend

pytestmark = pytest.mark.django_db


@pytest.fixture
def workspace(embedded_index, client):
    site()
    listing_workflow()
    manager = MembershipFactory(role="manager", organization__name_zh_hans="接力出版社")
    client.force_login(manager.user)
    return manager


def listing(**overrides):
    data = {
        "kind": "book", "subtype": "picture_book", "original_title": "灯笼河", "original_language": "zh-Hans",
        "year": "2021", "title_zh_hans": "灯笼河", "title_vi": "Dòng sông đèn lồng",
        "offers-TOTAL_FORMS": "1", "offers-INITIAL_FORMS": "0", "offers-MIN_NUM_FORMS": "0",
        "offers-MAX_NUM_FORMS": "30", "offers-0-right_type": "translation", "offers-0-territories": "VN",
        "offers-0-languages": "vi", "offers-0-exclusivity": "exclusive", "offers-0-term_years": "7",
        "credits-TOTAL_FORMS": "0", "credits-INITIAL_FORMS": "0", "credits-MIN_NUM_FORMS": "0",
        "credits-MAX_NUM_FORMS": "30",
    }
    return {**data, **overrides}


def test_a_manager_lists_a_work_an_editor_approves_it_and_it_is_found_in_vietnamese(
        client, workspace, django_capture_on_commit_callbacks):
    response = client.post("/zh-hans/workspace/listings/new/", listing())
    assert response.status_code == 302
    work = Work.objects.get(original_title="灯笼河")
    assert not work.live and work.rights_holder == workspace.organization
    assert work.slug == "dong-song-en-long"  # from the Vietnamese title: the Chinese one slugifies to nothing
    assert work.title_vi == "Dòng sông đèn lồng" and work.rights_offers.get().territories == "VN"
    assert client.get(f"/zh-hans/workspace/listings/{work.pk}/preview/").status_code == 200
    client.post(f"/zh-hans/workspace/listings/{work.pk}/submit/")
    work.refresh_from_db()
    assert work.workflow_in_progress
    editor = get_user_model().objects.create_superuser("editor", "editor@rightsbridge.example", "pw")
    with django_capture_on_commit_callbacks(execute=True):
        work.current_workflow_task_state.approve(user=editor)
    work.refresh_from_db()
    assert work.live
    hits = get_backend().search(CatalogQuery(text="đèn lồng", ui_language="vi")).hits
    assert [hit.slug for hit in hits] == [work.slug] and hits[0].title == "Dòng sông đèn lồng"
    client.post(f"/zh-hans/workspace/listings/{work.pk}/withdraw/")
    work.refresh_from_db()
    assert not work.live


def test_an_offer_outside_the_rules_is_a_translated_error_and_nothing_is_saved(client, workspace):
    response = client.post("/th/workspace/listings/new/", listing(**{"offers-0-territories": "World excluding XX"}))
    assert response.status_code == 200 and not Work.objects.exists()
    html = response.content.decode()
    assert "XX" in html and "is not an ISO 3166 country code" not in html  # said in Thai


def test_an_editors_request_for_changes_reaches_the_holder(client, workspace):
    client.post("/en/workspace/listings/new/", listing(title_en="Lantern River"))
    work = Work.objects.get()
    client.post(f"/en/workspace/listings/{work.pk}/submit/")
    work.refresh_from_db()
    editor = get_user_model().objects.create_superuser("editor", "editor@rightsbridge.example", "pw")
    work.current_workflow_task_state.reject(user=editor, comment="Add the Vietnamese synopsis, please.")
    page = client.get(f"/en/workspace/listings/{work.pk}/").content.decode()
    assert "Add the Vietnamese synopsis, please." in page


def test_an_unverified_holder_cannot_send_a_listing_for_review(client, workspace):
    workspace.organization.verified_at = None
    workspace.organization.save()
    client.post("/km/workspace/listings/new/", listing(title_en="Lantern River"))
    work = Work.objects.get()
    response = client.post(f"/km/workspace/listings/{work.pk}/submit/", follow=True)
    work.refresh_from_db()
    assert not work.workflow_in_progress
    with override("km"):
        message = gettext("Your organisation must be verified before its listings can be published.")
    assert message in response.content.decode()


def test_a_member_sees_the_listings_but_cannot_change_them(client, workspace):
    client.post("/en/workspace/listings/new/", listing(title_en="Lantern River"))
    work = Work.objects.get()
    member = MembershipFactory(organization=workspace.organization, role="member")
    client.force_login(member.user)
    assert "Lantern River" in client.get("/en/workspace/").content.decode()
    assert client.get("/en/workspace/listings/new/").status_code == 403
    assert client.post(f"/en/workspace/listings/{work.pk}/", listing(title_en="Changed")).status_code == 403
    assert client.post(f"/en/workspace/listings/{work.pk}/withdraw/").status_code == 403
    work.refresh_from_db()
    assert work.title_en == "Lantern River"


def test_a_cover_and_a_pattern_are_checked_stored_and_previewed_once_published(
        client, workspace, settings, django_capture_on_commit_callbacks):
    from catalog.models import MediaAsset
    from catalog.tests.images import png_bytes, upload

    data = listing(kind="folk_art", subtype="batik", source_community="Bouyei, Guizhou", title_en="Bronze drum batik",
                   cover=upload("cover.png", png_bytes(600, 800)), pattern=upload("drum.png", png_bytes()))
    assert client.post("/en/workspace/listings/new/", data).status_code == 302
    work = Work.objects.get()
    pattern = MediaAsset.objects.get(work=work, kind="pattern")
    assert work.cover.width == 600 and pattern.file.name == f"originals/{pattern.sha256[:2]}/{pattern.sha256}.png"
    assert not pattern.preview  # a draft shows nothing publicly
    client.post(f"/en/workspace/listings/{work.pk}/submit/")
    work.refresh_from_db()
    editor = get_user_model().objects.create_superuser("editor", "editor@rightsbridge.example", "pw")
    with django_capture_on_commit_callbacks(execute=True):
        work.current_workflow_task_state.approve(user=editor)
    pattern.refresh_from_db()
    assert pattern.preview and pattern.preview_of == pattern.sha256


@pytest.mark.parametrize("field, content", [("cover", b"not an image"), ("pattern", b"GIF89a broken")])
def test_a_bad_file_is_a_translated_error_and_nothing_is_saved(client, workspace, field, content):
    from catalog.tests.images import upload

    response = client.post("/vi/workspace/listings/new/", listing(title_en="Lantern River",
                                                                  **{field: upload("x.png", content)}))
    assert response.status_code == 200 and not Work.objects.exists()
    assert 'role="alert"' in response.content.decode()


def test_creators_are_picked_from_the_catalogue_or_added(client, workspace):
    from catalog.models import Creator
    from catalog.tests.factories import CreatorFactory

    xia = CreatorFactory(name_original="夏达", name_en="Xia Da")
    credits = {"credits-TOTAL_FORMS": "2", "credits-INITIAL_FORMS": "0", "credits-MIN_NUM_FORMS": "0",
               "credits-MAX_NUM_FORMS": "30",
               "credits-0-name": "Xia Da", "credits-0-name_original": "夏达", "credits-0-role": "author",
               "credits-1-name": "Nguyễn Thị Hoa", "credits-1-role": "translator"}
    assert client.post("/vi/workspace/listings/new/", {**listing(), **credits}).status_code == 302
    work = Work.objects.get()
    people = [(c.creator, c.role) for c in work.credits.order_by("sort_order")]
    assert people[0] == (xia, "author")
    assert people[1][0].name_vi == "Nguyễn Thị Hoa" and people[1][1] == "translator"
    assert Creator.objects.count() == 2  # 夏达 reused, not duplicated
    page = client.get(f"/vi/workspace/listings/{work.pk}/").content.decode()
    assert 'value="Nguyễn Thị Hoa"' in page  # the saved credits come back in the form


def test_a_file_can_be_removed_from_a_draft_and_its_original_goes(client, workspace,
                                                                  django_capture_on_commit_callbacks):
    from catalog.models import MediaAsset
    from catalog.tests.images import PDF_BYTES, upload

    client.post("/en/workspace/listings/new/", listing(title_en="Lantern River", sample=upload("c.pdf", PDF_BYTES)))
    work = Work.objects.get()
    sample = MediaAsset.objects.get(work=work)
    storage, name = sample.file.storage, sample.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/workspace/listings/{work.pk}/", {**listing(title_en="Lantern River"),
                                                           "remove_asset": [str(sample.pk)]})
    assert not MediaAsset.objects.filter(work=work).exists() and not storage.exists(name)
