"""The world tests/test_deal_permissions.py asks its questions of: a buyer and
a seller organisation with a person in every role, the agency representing
the seller's live work, an unrelated organisation, two platform editors (one
of them joins the deal as mediator) and a superuser; the deal itself (an
inquiry, a message with an attachment, the seller's offer, mediation asked
for and joined, a reply), a second deal waiting for a mediator, and one probe
per matrix row.

The probes answer in tests/permission_world.py's vocabulary. A write is asked
of a deal made for that cell alone (OnFreshDeal), so no write changes what
another row sees; inquiries and instant acceptances make new deals that no
other row looks at."""
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from djmoney.money import Money

from catalog.tests.factories import RightsOfferFactory, WorkFactory
from catalog.tests.images import PDF_BYTES
from cms.routing import work_url
from cms.tests.factories import site
from deals import services
from deals.models import Deal, Notification
from deals.tests.factories import scope, terms
from deals.tests.test_pages import inquiry_data, offer_data
from marketplace.tests.factories import MembershipFactory, OrganizationFactory
from tests.permission_world import Get, Post, Shows, _editor_groups, people, text_in

ROLES = ["anonymous", "no_organisation", "member_buyer", "manager_buyer", "owner_buyer", "member_seller",
         "manager_seller", "owner_seller", "agency_member", "stranger", "editor", "mediator", "superuser"]

WORK_TITLE = "Lantern River Under Negotiation"
INQUIRY = "We would like the Thai translation rights, first print run 3000."
ATTACHED = "Our catalogue and sales figures are attached."
REPLY = "Our counter-party reply: the advance stays at USD 3000."
REASON = "We cannot agree on the advance."
SECRETS = (INQUIRY, ATTACHED, REPLY)  # the message bodies: the parties' and their mediator's only


def cast():
    """Every role's person (None for anonymous) and the organisations."""
    buyer = OrganizationFactory(slug="deal-buyer", name_en="Bangkok Story Agency", country="TH", kind="agency")
    seller = OrganizationFactory(slug="deal-seller", name_en="Kim Dong Publishing", country="VN")
    agency = OrganizationFactory(slug="deal-agency", name_en="Mekong Rights Agency", kind="agency")
    stranger = OrganizationFactory(slug="deal-stranger", name_en="Unrelated Press")
    found = people(buyer, seller)  # A is the buyer, B the seller
    for role in ("member", "manager", "owner"):
        found[f"{role}_buyer"], found[f"{role}_seller"] = found[f"{role}_a"], found[f"{role}_b"]
    found["agency_member"] = MembershipFactory(organization=agency, role="member").user
    found["stranger"] = MembershipFactory(organization=stranger, role="member").user
    # The same kind of editor as people() makes; this one will join the deal as mediator.
    found["mediator"] = get_user_model().objects.create_user("mediator", "mediator@rightsbridge.example",
                                                             is_staff=True)
    found["mediator"].groups.add(*_editor_groups())
    return {role: found[role] for role in ROLES}, {"buyer": buyer, "seller": seller, "agency": agency,
                                                   "stranger": stranger}


class OnFreshDeal:
    """A write asked of a deal made for this cell alone, judged by `state(deal)`
    before and after (tests/permission_world.Post does the judging)."""

    def __init__(self, make, action, state, data=None):
        self.make, self.action, self.state, self.data = make, action, state, data

    def __call__(self, visit):
        deal = self.make()
        return Post(self.action.format(deal=deal.pk), self.data,
                    state=lambda v: self.state(Deal.objects.get(pk=deal.pk)))(visit)


def build_world():
    site()
    who, orgs = cast()
    buyer, seller = orgs["buyer"], orgs["seller"]
    work = WorkFactory(rights_holder=seller, agency=orgs["agency"], kind="book", subtype="picture_book",
                       slug="lantern-river-deal", title_en=WORK_TITLE)
    line = RightsOfferFactory(work=work, territories="ASEAN", languages="th, vi, zh", term_years=7)
    instant_line = RightsOfferFactory(work=work, territories="VN", languages="vi", term_years=5,
                                      instant_price=Money(500, "USD"))
    draft = WorkFactory(rights_holder=seller, live=False, first_published_at=None, slug="unlisted-draft")
    draft_line = RightsOfferFactory(work=draft)

    def inquiry(text=INQUIRY):
        return services.inquiry_send(user=who["member_buyer"], organization=buyer, line=line, scope=scope(),
                                     message=text, language="en")

    def offer(by, organization, deal):
        services.offer_make(user=who[by], organization=organization, deal=deal, scope=scope(), terms=terms())

    def ask_mediation(deal):
        services.mediation_request(user=who["member_buyer"], organization=buyer, deal=deal, reason=REASON)

    def fresh(*offers, asked=True, joined=True):
        """A deal like the world's: the buyer's inquiry, `offers` as (role, organisation), mediation."""
        deal = inquiry()
        for by, organization in offers:
            offer(by, organization, deal)
        if asked:
            ask_mediation(deal)
        if joined:
            services.mediation_join(editor=who["mediator"], deal=deal)
        return deal

    deal = inquiry()
    services.message_post(user=who["member_buyer"], organization=buyer, deal=deal, body=ATTACHED, language="en",
                          files=[SimpleUploadedFile("catalogue.pdf", PDF_BYTES)])
    offer("manager_seller", seller, deal)
    ask_mediation(deal)
    services.mediation_join(editor=who["mediator"], deal=deal)
    services.message_post(user=who["member_seller"], organization=seller, deal=deal, body=REPLY, language="en")
    attachment = deal.messages.get(body=ATTACHED).attachments.get()
    waiting = fresh(joined=False)
    notice = Notification.objects.filter(recipient=who["owner_seller"], event__deal=deal).first()

    room, pipeline, queue = f"/en/deals/{deal.pk}/", "/en/workspace/deals/", "/admin/mediation/"
    seller_offer = [("manager_seller", seller)]
    probes = {
        # --- inquiries and instant terms ---
        "inquiry form on the live work's line": Get(f"/en/deals/inquire/{line.pk}/"),
        "inquiry form on a draft work's line": Get(f"/en/deals/inquire/{draft_line.pk}/"),
        "send an inquiry": Post(f"/en/deals/inquire/{line.pk}/", inquiry_data(),
                                state=lambda v: Deal.objects.filter(rights_offer=line).count()),
        "accept a line's instant terms": Post(
            f"/en/deals/instant/{instant_line.pk}/",
            state=lambda v: Deal.objects.filter(rights_offer=instant_line, status=Deal.Status.ACCEPTED).count()),
        # --- the deal, its messages and attachments (reads) ---
        "view the deal room": Get(room),
        "the room shows the messages": Shows(room, text_in(INQUIRY, REPLY)),
        "the room links the attachment": Shows(room, text_in(f"/en/deals/attachments/{attachment.pk}/")),
        "view a deal waiting for a mediator": Get(f"/en/deals/{waiting.pk}/"),
        "the pipeline lists the deal": Shows(pipeline, text_in(deal.reference)),
        "notifications mention the deal": Shows("/en/notifications/", text_in(deal.reference)),
        "open the seller owner's notification of the deal": Get(f"/en/notifications/{notice.pk}/"),
        "download the attachment": Get(f"/en/deals/attachments/{attachment.pk}/"),
        "offer form": Get(f"/en/deals/{deal.pk}/offer/"),
        # --- mediation (reads) ---
        "mediation queue (admin)": Get(queue),
        "mediation queue lists the deal waiting for a mediator": Shows(queue, text_in(waiting.reference)),
        "mediation queue lists the mediated deal": Shows(queue, text_in(deal.reference)),
        # --- writes, each on a deal of its own, judged by their effect ---
        "post a message": OnFreshDeal(fresh, "/en/deals/{deal}/messages/", lambda d: d.messages.count(),
                                      {"body": "A message from the matrix.", "language": "en"}),
        "make an offer": OnFreshDeal(fresh, "/en/deals/{deal}/offer/", lambda d: d.offers.count(), offer_data()),
        "accept the rights holder's offer": OnFreshDeal(
            lambda: fresh(*seller_offer), "/en/deals/{deal}/accept/", lambda d: d.status, {"version": "1"}),
        "accept the buyer's counter-offer": OnFreshDeal(
            lambda: fresh(*seller_offer, ("manager_buyer", buyer)), "/en/deals/{deal}/accept/", lambda d: d.status,
            {"version": "2"}),
        "decline the deal": OnFreshDeal(fresh, "/en/deals/{deal}/decline/", lambda d: d.status),
        "withdraw the inquiry": OnFreshDeal(fresh, "/en/deals/{deal}/withdraw/", lambda d: d.status),
        "ask for mediation": OnFreshDeal(lambda: fresh(asked=False, joined=False), "/en/deals/{deal}/mediation/",
                                         lambda d: d.mediation_requested_at, {"reason": REASON}),
        "join as mediator (admin)": OnFreshDeal(lambda: fresh(joined=False), "/admin/mediation/{deal}/join/",
                                                lambda d: d.mediator_id),
        "join as mediator (the room's address)": OnFreshDeal(
            lambda: fresh(joined=False), "/en/deals/{deal}/mediation/join/", lambda d: d.mediator_id),
    }
    return {"people": who, "organisations": orgs, "addresses": probes, "deal": deal, "waiting": waiting,
            "attachment": attachment, "work": work, "instant_line": instant_line, "work_url": work_url(work)}
