"""Reads for the deal pages: a party's pipeline, a room, what changed between
two offer versions, and the header's unread count. Each page's query count
stays fixed whatever the data size."""
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from marketplace.models import Membership, Organization

from . import rules
from .models import Deal, DealEvent, Grant, Message, Notification, Offer, ReadMark, Scope

PIPELINE_PAGE = 25


@dataclass
class PipelineFilter:
    role: str = ""
    status: str = ""
    work: str = ""
    counterparty: str = ""
    right_type: str = ""
    since: str = ""
    until: str = ""
    q: str = ""

    @classmethod
    def from_query(cls, query) -> "PipelineFilter":
        return cls(**{name: query.get(name, "").strip()[:100] for name in cls.__dataclass_fields__})


def pipeline(organization, filters: PipelineFilter):
    deals = rules.deals_of(organization)
    if filters.role == "buying":
        deals = deals.filter(buyer=organization)
    elif filters.role == "selling":
        deals = deals.filter(seller=organization)
    elif filters.role == "agency":
        deals = deals.filter(agency=organization)
    if filters.status in Deal.Status.values:
        deals = deals.filter(status=filters.status)
    if filters.right_type:
        deals = deals.filter(right_type=filters.right_type)
    if filters.work.isdigit():
        deals = deals.filter(work_id=int(filters.work))
    if filters.counterparty.isdigit():
        other = int(filters.counterparty)
        deals = deals.filter(Q(buyer_id=other) | Q(seller_id=other) | Q(agency_id=other))
    for name, lookup in (("since", "created_at__date__gte"), ("until", "created_at__date__lte")):
        day = _date(getattr(filters, name))
        if day:
            deals = deals.filter(**{lookup: day})
    if filters.q:
        q = filters.q
        reference = q.upper().removeprefix("RB-").lstrip("0")
        deals = deals.filter(
            Q(work__title__icontains=q) | Q(work__original_title__icontains=q) | Q(buyer__name__icontains=q)
            | Q(seller__name__icontains=q) | (Q(pk=int(reference)) if reference.isdigit() else Q(pk__in=[])))
    return deals.order_by("-last_activity_at", "-pk")


def pipeline_page(organization, filters: PipelineFilter, number) -> Page:
    """One page of the pipeline. The page's ids come first, from the party's
    indexes alone; only those 25 rows are then joined to their works and
    organisations and read marks, so the last page costs what the first does."""
    paginator = Paginator(pipeline(organization, filters).values_list("pk", flat=True), PIPELINE_PAGE)
    page = paginator.get_page(number)
    ids = list(page.object_list)
    read = ReadMark.objects.filter(deal=OuterRef("pk"), organization=organization).values("read_at")[:1]
    rows = {deal.pk: deal for deal in Deal.objects.filter(pk__in=ids).select_related("work", "buyer", "seller",
                                                                                       "agency")
            .annotate(read_at=Subquery(read))}
    page.object_list = [rows[pk] for pk in ids]
    return page


def _date(text: str):
    try:
        return parse_date(text) if text else None
    except ValueError:
        return None


def counterparties(organization) -> list:
    """The organisations this one has deals with, for the filter's choices:
    three index-only DISTINCT reads, however many deals there are."""
    ids = set()
    for ours, theirs in (("buyer", ("seller_id", "agency_id")), ("seller", ("buyer_id",)),
                         ("agency", ("buyer_id",))):
        for column in theirs:
            ids.update(Deal.objects.filter(**{ours: organization}).order_by().values_list(column, flat=True)
                       .distinct())
    ids.discard(None)
    ids.discard(organization.pk)
    names = [build_localized_fieldname("name", code) for code, _name in settings.LANGUAGES]
    return list(Organization.objects.filter(pk__in=ids).only("pk", "name", *names).order_by("name")[:500])


def inquiries_per_work(organization, work_ids) -> dict[int, int]:
    rows = (Deal.objects.filter(seller=organization, work_id__in=list(work_ids)).values("work_id")
            .annotate(n=Count("pk")))
    return {row["work_id"]: row["n"] for row in rows}


def pipeline_counts(organization) -> dict[str, int]:
    counts = rules.deals_of(organization).values("status").annotate(n=Count("pk"))
    return {row["status"]: row["n"] for row in counts}


def room(deal_id: int):
    offers = Offer.objects.select_related("made_by", "made_for", "accepted_by", "accepted_for").prefetch_related(
        "tiers")
    return (Deal.objects.select_related("work", "work__cover", "buyer", "seller", "agency", "rights_offer", "mediator")
            .prefetch_related(Prefetch("offers", queryset=offers.order_by("version")))
            .get(pk=deal_id))


ROOM_MESSAGES = 50


def room_messages(deal: Deal, before: int | None = None) -> tuple[list[Message], int | None]:
    """The newest messages (or those before a message id), oldest first, and
    the id to page back from when there are earlier ones. A room with years
    of correspondence opens as fast as a new one."""
    messages = Message.objects.filter(deal=deal).select_related("author", "organization").prefetch_related(
        "attachments")
    if before:
        messages = messages.filter(pk__lt=before)
    page = list(messages.order_by("-pk")[:ROOM_MESSAGES + 1])
    earlier = page[ROOM_MESSAGES - 1].pk if len(page) > ROOM_MESSAGES else None
    return page[:ROOM_MESSAGES][::-1], earlier


def room_events(deal: Deal) -> list[DealEvent]:
    events = list(DealEvent.objects.filter(deal=deal).select_related("organization").order_by("sequence"))
    for event in events:
        event.deal = deal  # the history describes each event with the deal's work: no query per event
    return events


def notifications_for(user):
    """A person's notifications about deals they may still see: leaving an
    organisation takes its deals' notifications away too."""
    organizations = Membership.objects.filter(user=user).values("organization")
    return Notification.objects.filter(recipient=user).filter(
        Q(event__deal__buyer__in=organizations) | Q(event__deal__seller__in=organizations)
        | Q(event__deal__agency__in=organizations) | Q(event__deal__mediator=user))


def unread_count(user) -> int:
    return notifications_for(user).filter(read_at__isnull=True).count()


def notifications_of(user):
    return (notifications_for(user).select_related("event__deal__work", "event__organization")
            .order_by("-created_at", "-pk"))


# What a counter-offer changed: label, before, after.
COMPARED = [*Scope.SCOPE_FIELDS, "advance", "payment_schedule", "instalments", "release_deadline_months",
            "option_months", "option_fee", "purchase_price", "sublicensing_share", "agent_commission", "expires_at"]


def changes(before: Offer, after: Offer) -> list[tuple[str, object, object]]:
    rows = []
    for name in COMPARED:
        old, new = _shown(before, name), _shown(after, name)
        if old != new:
            rows.append((Offer._meta.get_field(name).verbose_name, old, new))
    old_tiers, new_tiers = _tiers(before), _tiers(after)
    if old_tiers != new_tiers:
        rows.append((_("royalty tiers"), old_tiers, new_tiers))
    return rows


def _shown(offer: Offer, name: str):
    value = getattr(offer, name)
    if isinstance(value, datetime):
        return timezone.localdate(value)
    display = getattr(offer, f"get_{name}_display", None)
    return display() if display and value else value


def _tiers(offer: Offer) -> str:
    return "; ".join(f"{t.format} {_plain(t.rate)}% ≥ {_plain(t.threshold)}" for t in offer.tiers.all())


def _plain(number) -> str:
    return format(number.normalize(), "f")


def licensed_by_line(work) -> dict[int, list[dict]]:
    """For a work's page: per rights-offer line, what active grants already
    hold inside it (countries, languages, until when, exclusive or not),
    without naming the licensee."""
    today = timezone.localdate()
    grants = (Grant.objects.filter(work=work, released_at__isnull=True, starts_on__lte=today, ends_on__gte=today)
              .values_list("right_type", "country", "language", "ends_on", "exclusive"))
    summary: dict[tuple, dict] = {}
    for right_type, country, language, ends_on, exclusive in grants:
        entry = summary.setdefault((right_type, language, ends_on, exclusive), {
            "language": language, "until": ends_on, "exclusive": exclusive, "countries": set()})
        entry["countries"].add(country)
    shown: dict[int, list[dict]] = {}
    for line in work.rights_offers.all():
        countries, languages = line.territory.countries, set(line.language_tags)
        for (right_type, language, _until, _exclusive), entry in sorted(summary.items(), key=lambda i: str(i[0])):
            inside = entry["countries"] & countries
            if right_type == line.right_type and language in languages and inside:
                shown.setdefault(line.pk, []).append({**entry, "countries": sorted(inside)})
    return shown
