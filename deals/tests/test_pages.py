"""The deal pages, driven as people use them: in Thai, Chinese, Khmer and
Vietnamese, with what each side may see and do."""
import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.translation import gettext

from catalog.tests.images import PDF_BYTES, png_bytes
from cms.tests.factories import site
from deals.models import Attachment, Deal, Notification, Offer

from .factories import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    site()
    return world()


def inquiry_data(**changes):
    return {"territories": "TH", "languages": "th", "exclusivity": "exclusive", "term_years": "5",
            "print_run": "3000", "book_format": "paperback", "language": "th",
            "message": "สวัสดีค่ะ เราสนใจลิขสิทธิ์แปลภาษาไทย", **changes}


def offer_data(**changes):
    data = {"territories": "TH", "languages": "th", "exclusivity": "exclusive", "term_years": "5",
            "print_run": "3000", "book_format": "paperback", "currency": "USD", "advance": "3000",
            "payment_schedule": "on_signature", "open_until": (timezone.localdate() + timedelta(days=20)).isoformat(),
            "tiers-TOTAL_FORMS": "2", "tiers-INITIAL_FORMS": "0", "tiers-MIN_NUM_FORMS": "0",
            "tiers-MAX_NUM_FORMS": "20",
            "tiers-0-format": "paperback", "tiers-0-basis": "list_price", "tiers-0-rate": "6",
            "tiers-0-threshold_kind": "units", "tiers-0-threshold": "0",
            "tiers-1-format": "paperback", "tiers-1-basis": "list_price", "tiers-1-rate": "8",
            "tiers-1-threshold_kind": "units", "tiers-1-threshold": "10000"}
    return {**data, **changes}


def test_an_inquiry_in_thai_then_an_offer_in_chinese_a_counter_and_acceptance(client, w):
    client.force_login(w.buyer.member)
    page = client.get(f"/th/deals/inquire/{w.line.pk}/")
    with translation.override("th"):
        send = gettext("Send the inquiry")
    assert page.status_code == 200 and send != "Send the inquiry" and send in page.content.decode()
    answer = client.post(f"/th/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/th/deals/{deal.pk}/"
    room = client.get(f"/th/deals/{deal.pk}/").content.decode()
    assert "สวัสดีค่ะ" in room and 'lang="th"' in room

    client.force_login(w.seller.manager)
    assert client.get("/zh-hans/notifications/").content.decode().count(deal.work.title_zh_hans) == 1
    client.post(f"/zh-hans/deals/{deal.pk}/messages/", {"body": "谢谢您的询问。", "language": "zh-hans"})
    made = client.post(f"/zh-hans/deals/{deal.pk}/offer/", offer_data())
    assert made.status_code == 302, made.content.decode()[:3000]

    client.force_login(w.buyer.manager)
    counter = client.get(f"/vi/deals/{deal.pk}/offer/")
    assert 'value="3000.00"' in counter.content.decode()  # starts from the latest version
    client.post(f"/vi/deals/{deal.pk}/offer/", offer_data(advance="2500"))
    room = client.get(f"/vi/deals/{deal.pk}/").content.decode()
    # the differences between versions, in Vietnamese number format
    assert "<del>3.000,00" in room and "<ins>2.500,00" in room and room.count("<ins>") == 1

    client.force_login(w.seller.owner)
    client.post(f"/zh-hans/deals/{deal.pk}/accept/", {"version": "2"})
    deal.refresh_from_db()
    assert deal.status == Deal.Status.ACCEPTED and Offer.objects.get(version=2).is_frozen
    client.force_login(w.buyer.member)
    assert Notification.objects.filter(recipient=w.buyer.member, event__kind="accepted").exists()
    header = client.get("/km/notifications/").content.decode()
    assert 'class="count-badge"' in header


def test_a_scope_outside_the_line_comes_back_on_the_form_in_khmer(client, w):
    client.force_login(w.buyer.member)
    page = client.post(f"/km/deals/inquire/{w.line.pk}/", inquiry_data(territories="TH, JP"))
    assert page.status_code == 200 and not Deal.objects.exists()
    assert 'class="errorlist"' in page.content.decode()


def test_only_the_parties_see_a_deal_and_its_attachments(client, w):
    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    client.post(f"/en/deals/{deal.pk}/messages/", {
        "body": "Our catalogue", "language": "en",
        "files": [SimpleUploadedFile("catalogue.pdf", PDF_BYTES), SimpleUploadedFile("cover.png", png_bytes())]})
    attachment = Attachment.objects.first()
    assert Attachment.objects.count() == 2
    assert client.get(f"/en/deals/attachments/{attachment.pk}/").status_code == 200
    stranger = world()
    client.force_login(stranger.buyer.owner)
    assert client.get(f"/en/deals/{deal.pk}/").status_code == 404
    assert client.get(f"/en/deals/attachments/{attachment.pk}/").status_code == 404
    client.logout()
    assert client.get(f"/en/deals/{deal.pk}/").status_code == 302


def test_an_attachment_of_the_wrong_type_is_refused_and_the_message_not_stored(client, w):
    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    answer = client.post(f"/th/deals/{deal.pk}/messages/", {
        "body": "see attached", "language": "th",
        "files": [SimpleUploadedFile("virus.pdf", b"MZ\x90\x00 not a pdf")]}, follow=True)
    assert deal.messages.count() == 1 and not Attachment.objects.exists()
    assert 'class="message error"' in answer.content.decode()


def test_the_pipeline_filters_and_searches(client, w):
    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    for role, query, seen in [("buyer", "role=buying", True), ("buyer", "role=selling", False),
                              ("seller", "role=selling", True), ("seller", f"q={deal.reference}", True),
                              ("seller", "q=nothing-like-it", False), ("seller", "status=accepted", False),
                              ("seller", f"work={deal.work_id}", True), ("seller", "right_type=print", False)]:
        client.force_login(getattr(w, role).member)
        page = client.get(f"/th/workspace/deals/?{query}").content.decode()
        assert (deal.reference in page) == seen, (role, query)


def test_the_dashboard_counts_inquiries_per_work(client, w):
    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    client.force_login(w.seller.owner)
    page = client.get("/my/workspace/").content.decode()
    assert f'?work={w.work.pk}">1</a>' in page


def test_an_editor_sees_a_deal_only_after_joining_it_from_the_mediation_queue(client, w, django_user_model):
    from django.contrib.auth.models import Permission

    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    editor = django_user_model.objects.create_user("mediator", "mediator@example.test")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(f"/en/deals/{deal.pk}/").status_code == 404
    assert deal.reference not in client.get("/admin/mediation/").content.decode()
    client.force_login(w.buyer.member)
    client.post(f"/th/deals/{deal.pk}/mediation/", {"reason": "ตกลงเรื่องเงินล่วงหน้าไม่ได้"})
    client.force_login(editor)
    queue = client.get("/admin/mediation/").content.decode()
    assert deal.reference in queue and "ตกลงเรื่องเงินล่วงหน้าไม่ได้" in queue
    joined = client.post(f"/admin/mediation/{deal.pk}/join/")
    assert joined.status_code == 302 and client.get(f"/en/deals/{deal.pk}/").status_code == 200
    client.post(f"/en/deals/{deal.pk}/messages/", {"body": "I have read the thread.", "language": "en"})
    assert deal.messages.filter(organization__isnull=True, author=editor).exists()
    assert list(deal.events.values_list("kind", flat=True))[-3:] == ["mediation_requested", "mediator_joined",
                                                                     "message"]


def test_leaving_an_organisation_takes_its_deals_notifications_away(client, w):
    from marketplace.models import Membership

    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    client.force_login(w.seller.member)
    notification = Notification.objects.get(recipient=w.seller.member)
    assert deal.reference in client.get("/en/notifications/").content.decode()
    Membership.objects.filter(user=w.seller.member).delete()
    assert deal.reference not in client.get("/en/notifications/").content.decode()
    assert client.get(f"/en/notifications/{notification.pk}/").status_code == 404


def test_an_attachment_bomb_is_refused_in_thai_and_nothing_of_the_message_is_stored(client, w):
    import zipfile
    from io import BytesIO

    from PIL import Image

    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    pixels = BytesIO()
    Image.new("1", (30_000, 30_000)).save(pixels, "PNG")  # a few KB that decode to 900 megapixels
    inflating = BytesIO()
    with zipfile.ZipFile(inflating, "w") as archive:
        archive.writestr("mimetype", b"\0" * (64 << 20), compress_type=zipfile.ZIP_DEFLATED)
    for name, content in (("plan.png", pixels.getvalue()), ("book.epub", inflating.getvalue())):
        answer = client.post(f"/th/deals/{deal.pk}/messages/", {
            "body": "ไฟล์แนบ", "language": "th", "files": [SimpleUploadedFile(name, content)]}, follow=True)
        page = answer.content.decode()
        assert 'class="message error"' in page and deal.messages.count() == 1 and not Attachment.objects.exists()
    assert list(deal.events.values_list("kind", flat=True)) == ["inquiry"]


def test_a_work_with_deals_cannot_be_deleted_in_the_admin_and_the_editor_is_told_why(client, w, django_user_model):
    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.test", "pw"))
    answer = client.post(f"/admin/snippets/catalog/work/delete/{w.work.pk}/", follow=True)
    assert answer.status_code == 200 and [m.level_tag for m in answer.context["messages"]][-1] == "error"
    assert Deal.objects.get().work == w.work


def test_a_long_room_opens_on_its_newest_messages_and_pages_back(client, w):
    from deals.models import Message
    from deals.selectors import ROOM_MESSAGES

    client.force_login(w.buyer.member)
    client.post(f"/en/deals/inquire/{w.line.pk}/", inquiry_data())
    deal = Deal.objects.get()
    Message.objects.bulk_create(Message(deal=deal, author=w.buyer.member, organization=w.buyer.organization,
                                        language="en", body=f"message number {n}.") for n in range(1, 120))
    page = client.get(f"/en/deals/{deal.pk}/").content.decode()
    assert "message number 119." in page and "message number 70." in page and "message number 69." not in page
    earlier = re.search(r'href="\?before=(\d+)', page)[1]
    older = client.get(f"/en/deals/{deal.pk}/?before={earlier}").content.decode()
    assert "message number 69." in older and "message number 70." not in older
    assert older.count('class="thread-message') == ROOM_MESSAGES
