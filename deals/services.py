"""Every step of a deal, each in one transaction that locks the deal row,
checks the rules and the state machine, writes, logs a DealEvent and
notifies the other side. Refusals are translated ValidationErrors or
PermissionDenied, and nothing is stored when one is raised."""
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from djmoney.money import Money

from catalog.language_codes import parse_languages
from catalog.models import RightsOffer
from catalog.territories import parse_territory
from marketplace.models import Organization
from marketplace.storage import store_private
from marketplace.uploads import check_upload, upload_sha256

from . import avails, log, notify, rules, states
from .models import Attachment, Deal, Message, Offer, ReadMark, RoyaltyTier
from .scope import check_scope
from .terms import Terms, check_terms

MAX_ATTACHMENTS = 5
INSTANT_OFFER_DAYS = 30


def _locked(deal: Deal) -> Deal:
    return (Deal.objects.select_for_update(of=("self",)).select_related("buyer", "seller", "agency", "work")
            .get(pk=deal.pk))


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied(_("You do not act for a party to this deal."))


def _step(deal: Deal, *, kind: str, user, organization, payload: dict | None = None, status: str | None = None):
    """Move the deal, log the step and tell the other side, in the caller's transaction."""
    now = timezone.now()
    fields = ["last_activity_at"]
    deal.last_activity_at = now
    if status and status != deal.status:
        deal.status = status
        fields.append("status")
    deal.save(update_fields=fields)
    event = log.append(deal=deal, kind=kind, actor=user, organization=organization, payload=payload)
    notify.event_happened(event)
    if organization is not None:
        ReadMark.objects.update_or_create(deal=deal, organization=organization, defaults={"read_at": now})
    return event


@transaction.atomic
def inquiry_send(*, user, organization: Organization, line: RightsOffer, scope: dict, message: str,
                 language: str, target_date: date | None = None) -> Deal:
    if not rules.can_inquire(user, organization):
        raise PermissionDenied(_("You do not act for this organisation."))
    work = line.work
    if not work.live:
        raise ValidationError(_("This work is not listed any more."), code="not_live")
    if organization.pk in (work.rights_holder_id, work.agency_id):
        raise ValidationError(_("An organisation cannot ask for rights it offers itself."), code="own_work")
    if not message.strip():
        raise ValidationError({"message": _("Write a first message to the rights holder.")})
    if target_date and target_date < timezone.localdate():
        raise ValidationError({"target_date": _("The target date has already passed.")})
    clean = check_scope(scope, line)
    _refuse_licensed(line, clean)
    deal = Deal.objects.create(
        work=work, rights_offer=line, buyer=organization, seller=work.rights_holder, agency=work.agency,
        opened_by=user, target_date=target_date, **clean,
    )
    _step(deal, kind="inquiry", user=user, organization=organization,
          payload={"scope": deal.scope(), "target_date": target_date})
    Message.objects.create(deal=deal, author=user, organization=organization, language=language, body=message)
    return deal


def _refuse_licensed(line: RightsOffer, scope: dict) -> None:
    """Rights already licensed exclusively are not for sale: say by which contract, where and until when."""
    start = timezone.localdate()
    claim = avails.Claim(work_id=line.work_id, right_type=scope["right_type"],
                         countries=parse_territory(scope["territories"]).countries,
                         languages=tuple(parse_languages(scope["languages"])), starts_on=start,
                         ends_on=start + timedelta(days=365 * scope["term_years"]),
                         exclusive=scope["exclusivity"] == "exclusive")
    found = avails.conflicts(claim)
    if found:
        raise ValidationError({"territories": [conflict.explain() for conflict in found]})


@transaction.atomic
def message_post(*, user, organization: Organization | None, deal: Deal, body: str, language: str,
                 files=()) -> Message:
    deal = _locked(deal)
    mediating = organization is None and deal.mediator_id == user.pk
    _require(mediating or rules.can_write(user, organization, deal))
    if not body.strip():
        raise ValidationError({"body": _("The message is empty.")})
    if len(files) > MAX_ATTACHMENTS:
        raise ValidationError({"files": _("Attach at most %(count)s files to one message.") % {
            "count": MAX_ATTACHMENTS}})
    checked = [(upload, check_upload(upload, images_only=False)) for upload in files]
    side = rules.side_of(organization, deal)
    action = "reply" if side == rules.SELLER and deal.status == Deal.Status.NEW else "message"
    status = states.next_status(deal, action, side)
    message = Message.objects.create(deal=deal, author=user, organization=organization, language=language,
                                     body=body)
    for upload, check in checked:
        digest = upload_sha256(upload)
        attachment = Attachment(message=message, name=upload.name[-200:], size=upload.size, sha256=digest)
        attachment.file = store_private(attachment.file.storage, f"deals/{deal.pk}/{digest}.{check.extension}",
                                        upload, overwrite_same=True)
        attachment.save()
    _step(deal, kind="message", user=user, organization=organization, status=status,
          payload={"message": message.pk, "language": language, "attachments": [c[0].name for c in checked]})
    return message


def _tiers(offer: Offer, terms: Terms) -> None:
    RoyaltyTier.objects.bulk_create(RoyaltyTier(
        offer=offer, format=tier.format.strip(), basis=tier.basis, rate=tier.rate,
        threshold_kind=tier.threshold_kind, threshold=tier.threshold) for tier in terms.tiers)


def _money(amount, currency):
    return None if amount is None else Money(amount, currency)


@transaction.atomic
def offer_make(*, user, organization: Organization, deal: Deal, scope: dict, terms: Terms) -> Offer:
    """The first offer, or a counter-offer: always a new version."""
    deal = _locked(deal)
    _require(rules.can_commit(user, organization, deal))
    status = states.next_status(deal, "offer", rules.side_of(organization, deal))
    errors = {}
    try:
        clean = check_scope(scope, deal.rights_offer) if deal.rights_offer else scope
    except ValidationError as error:
        errors.update(error.message_dict)
    try:
        check_terms(terms)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    previous = deal.offers.aggregate(latest=Max("version"))["latest"] or 0
    offer = Offer.objects.create(
        deal=deal, version=previous + 1, made_by=user, made_for=organization, **clean,
        advance=Money(terms.advance, terms.currency), payment_schedule=terms.payment_schedule,
        instalments=terms.instalments if terms.payment_schedule == Offer.Schedule.INSTALMENTS else None,
        release_deadline_months=terms.release_deadline_months, option_months=terms.option_months,
        option_fee=_money(terms.option_fee, terms.currency),
        purchase_price=_money(terms.purchase_price, terms.currency),
        sublicensing_share=terms.sublicensing_share, agent_commission=terms.agent_commission,
        note=terms.note, expires_at=terms.expires_at,
    )
    _tiers(offer, terms)
    _step(deal, kind="counter_offer" if previous else "offer", user=user, organization=organization,
          status=status, payload=offer_record(offer))
    return offer


def offer_record(offer: Offer) -> dict:
    """What the log keeps of a version: every term, so the chain vouches for it."""
    money = {name: (None if getattr(offer, name) is None else
                    [str(getattr(offer, name).amount), str(getattr(offer, name).currency)])
             for name in ("advance", "option_fee", "purchase_price")}
    return {
        "version": offer.version, "scope": offer.scope(), **money,
        "payment_schedule": offer.payment_schedule, "instalments": offer.instalments,
        "release_deadline_months": offer.release_deadline_months, "option_months": offer.option_months,
        "sublicensing_share": offer.sublicensing_share, "agent_commission": offer.agent_commission,
        "expires_at": offer.expires_at, "note": offer.note,
        "tiers": [[t.format, t.basis, str(t.rate), t.threshold_kind, str(t.threshold)] for t in offer.tiers.all()],
    }


def latest_offer(deal: Deal) -> Offer | None:
    return deal.offers.order_by("-version").first()


@transaction.atomic
def offer_accept(*, user, organization: Organization, deal: Deal, version: int) -> Offer:
    deal = _locked(deal)
    _require(rules.can_commit(user, organization, deal))
    offer = latest_offer(deal)
    side = rules.side_of(organization, deal)
    states.next_status(deal, "accept", side, offer and rules.side_of(offer.made_for, deal))
    if offer.version != version:
        raise ValidationError(_("Version %(old)s has been replaced by version %(new)s; read the latest "
                                "terms before you accept.") % {"old": version, "new": offer.version},
                              code="outdated")
    if offer.expires_at <= timezone.now():
        raise ValidationError(_("This offer has expired."), code="expired")
    offer.accepted_at, offer.accepted_by, offer.accepted_for = timezone.now(), user, organization
    offer.save(update_fields=["accepted_at", "accepted_by", "accepted_for"])
    _step(deal, kind="accepted", user=user, organization=organization, status=Deal.Status.ACCEPTED,
          payload={"version": offer.version, "hash_of_terms": log.terms_hash(offer_record(offer))})
    return offer


def _close(action: str, kind: str):
    @transaction.atomic
    def close(*, user, organization: Organization, deal: Deal, reason: str = "") -> Deal:
        deal = _locked(deal)
        _require(rules.can_commit(user, organization, deal))
        status = states.next_status(deal, action, rules.side_of(organization, deal))
        _step(deal, kind=kind, user=user, organization=organization, status=status, payload={"reason": reason})
        return deal
    close.__name__ = f"deal_{action}"
    return close


deal_decline = _close("decline", "declined")
deal_withdraw = _close("withdraw", "withdrawn")


@transaction.atomic
def mediation_request(*, user, organization: Organization, deal: Deal, reason: str) -> Deal:
    deal = _locked(deal)
    _require(rules.can_write(user, organization, deal))
    states.next_status(deal, "request_mediation")
    if deal.mediation_requested_at:
        raise ValidationError(_("Mediation has already been asked for."), code="already")
    deal.mediation_requested_at = timezone.now()
    deal.save(update_fields=["mediation_requested_at"])
    _step(deal, kind="mediation_requested", user=user, organization=organization, payload={"reason": reason})
    return deal


@transaction.atomic
def mediation_join(*, editor, deal: Deal) -> Deal:
    deal = _locked(deal)
    if not rules.can_mediate(editor, deal):
        raise PermissionDenied(_("Only a platform editor may mediate, once a party has asked."))
    if deal.mediator_id:
        raise ValidationError(_("A mediator has already joined this deal."), code="already")
    deal.mediator = editor
    deal.save(update_fields=["mediator"])
    _step(deal, kind="mediator_joined", user=editor, organization=None)
    return deal


@transaction.atomic
def instant_accept(*, user, organization: Organization, line: RightsOffer) -> Deal:
    """Take a line's published terms as they stand: a deal born accepted, with
    the same offer record a negotiation ends in."""
    if not rules.can_accept_instantly(user, organization):
        raise PermissionDenied(_("Only a manager or owner of a verified organisation may accept instant terms."))
    if line.instant_price is None or not line.term_years:
        raise ValidationError(_("This line has no instant terms."), code="no_instant_terms")
    scope = {"right_type": line.right_type, "territories": line.territories, "languages": line.languages,
             "exclusivity": line.exclusivity, "term_years": line.term_years}
    deal = inquiry_send(user=user, organization=organization, line=line, scope=scope,
                        language=get_language() or "en", message=_("Accepted the published instant terms."))
    deal = _locked(deal)
    offer = Offer.objects.create(
        deal=deal, version=1, made_by=None, made_for=deal.seller, **deal.scope(), advance=line.instant_price,
        expires_at=timezone.now() + timedelta(days=INSTANT_OFFER_DAYS),
        note=_("Published instant terms."),
    )
    _step(deal, kind="offer", user=None, organization=deal.seller, status=Deal.Status.OFFERED,
          payload={**offer_record(offer), "instant": True})
    offer_accept(user=user, organization=organization, deal=deal, version=1)
    deal.refresh_from_db()
    return deal


def deal_mark_read(*, organization: Organization, deal: Deal) -> None:
    ReadMark.objects.update_or_create(deal=deal, organization=organization, defaults={"read_at": timezone.now()})


@transaction.atomic
def offers_expire(*, now=None) -> dict:
    """Expire offers past their deadline and remind three days before. Run it
    as often as you like: each offer is expired and reminded once."""
    now = now or timezone.now()
    expired = reminded = 0
    due = set(Deal.objects.filter(status=Deal.Status.OFFERED, offers__expires_at__lte=now).values_list("pk", flat=True))
    for deal in Deal.objects.select_for_update().filter(pk__in=due, status=Deal.Status.OFFERED):
        offer = latest_offer(deal)
        if offer and offer.expires_at <= now:
            _step(deal, kind="expired", user=None, organization=None, status=Deal.Status.EXPIRED,
                  payload={"version": offer.version})
            expired += 1
    soon = Offer.objects.filter(deal__status=Deal.Status.OFFERED, reminded_at__isnull=True,
                                expires_at__gt=now, expires_at__lte=now + timedelta(days=3))
    for offer in soon.select_related("deal").select_for_update(of=("self",)):
        if offer == latest_offer(offer.deal):
            offer.reminded_at = now
            offer.save(update_fields=["reminded_at"])
            event = log.append(deal=offer.deal, kind="expiry_reminder", payload={
                "version": offer.version, "expires_at": offer.expires_at})
            notify.event_happened(event)
            reminded += 1
    return {"expired": expired, "reminded": reminded}
