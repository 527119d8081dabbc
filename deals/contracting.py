"""Contracts, from an accepted offer to an active licence: generate the PDF,
send it for signature, sign (re-authenticated, typed name, the exact bytes),
seal when every party has signed, and activate, which takes the grants.
Termination and expiry free them. Every step joins the deal log."""
import hashlib
from datetime import date, timedelta

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace import rules as people
from marketplace.storage import store_private

from . import avails, contract_pdf, log, notify, rules, seal
from .models import Contract, ContractParty, Deal, Grant, GrantOverride, Message, Signature
from .signals import grants_changed

GRANT_LOCK_SPACE = 7301  # the advisory-lock namespace for activations, keyed by work id
SECOND_LANGUAGE = {"CN": "zh-hans"}  # the licensor's country → the contract's other language; else English


def _log(contract: Contract, kind: str, *, user=None, organization=None, payload: dict | None = None):
    event = log.append(deal=contract.deal, kind=kind, actor=user, organization=organization,
                       payload={"contract": contract.reference, **(payload or {})})
    notify.event_happened(event)
    return event


def _languages(deal: Deal) -> str:
    first = (Message.objects.filter(deal=deal, organization=deal.buyer).order_by("pk")
             .values_list("language", flat=True).first()) or "en"
    second = SECOND_LANGUAGE.get(str(deal.seller.country), "en")
    if first == second:
        second = "en" if first != "en" else "zh-hans"
    return f"{first},{second}"


def _end_of_term(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years) - timedelta(days=1)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28) - timedelta(days=1)


def _store(contract: Contract, field: str, pdf: bytes, suffix: str) -> str:
    digest = hashlib.sha256(pdf).hexdigest()
    getattr(contract, field).name = store_private(
        getattr(contract, field).storage, f"contracts/{contract.pk}/{digest}{suffix}.pdf", ContentFile(pdf),
        overwrite_same=True)
    return digest


@transaction.atomic
def contract_create(*, user, organization, deal: Deal) -> Contract:
    deal = Deal.objects.select_for_update(of=("self",)).select_related("seller", "buyer", "agency", "work").get(
        pk=deal.pk)
    if not rules.can_commit(user, organization, deal):
        raise PermissionDenied(_("Only a manager or owner of a party may prepare the contract."))
    if deal.status != Deal.Status.ACCEPTED:
        raise ValidationError(_("A contract is made from accepted terms; this deal has none yet."), code="status")
    if Contract.objects.filter(deal=deal).exists():
        raise ValidationError(_("This deal already has its contract."), code="exists")
    offer = deal.offers.get(accepted_at__isnull=False)
    start = timezone.localdate()
    contract = Contract.objects.create(deal=deal, offer=offer, languages=_languages(deal), starts_on=start,
                                       ends_on=_end_of_term(start, offer.term_years))
    parties = [(ContractParty.Role.LICENSOR, deal.seller, "", True),
               (ContractParty.Role.LICENSEE, deal.buyer, "", True)]
    if deal.agency:
        parties.append((ContractParty.Role.AGENT, deal.agency, "", True))
    if deal.work.source_community:
        parties.append((ContractParty.Role.COMMUNITY, None, deal.work.source_community, False))
    ContractParty.objects.bulk_create(
        ContractParty(contract=contract, role=role, organization=org, name=name, signs=signs, sort_order=n)
        for n, (role, org, name, signs) in enumerate(parties))
    contract.document_sha256 = _store(contract, "document", contract_pdf.render(contract), "")
    contract.save(update_fields=["document", "document_sha256"])
    _log(contract, "contract_generated", user=user, organization=organization,
         payload={"sha256": contract.document_sha256, "languages": contract.languages})
    return contract


def _locked(contract: Contract) -> Contract:
    return Contract.objects.select_for_update(of=("self",)).select_related("deal", "offer").get(pk=contract.pk)


def _party_of(contract: Contract, organization) -> ContractParty | None:
    if organization is None:
        return None
    return contract.parties.filter(organization=organization).first()


@transaction.atomic
def contract_send(*, user, organization, contract: Contract) -> list[Contract]:
    """Out for signature. Refused if an active contract already holds the
    cells; other contracts being signed come back as warnings."""
    contract = _locked(contract)
    party = _party_of(contract, organization)
    if party is None or not people.can_manage_listings(user, organization):
        raise PermissionDenied(_("Only a manager or owner of a party may send the contract."))
    if contract.status != Contract.Status.DRAFT:
        raise ValidationError(_("This contract has already been sent."), code="status")
    claim = avails.Claim.of(contract)
    found = avails.conflicts(claim, exclude_contract=contract.pk)
    if found and not hasattr(contract, "override"):
        raise ValidationError([conflict.explain() for conflict in found], code="conflict")
    contract.status, contract.sent_at = Contract.Status.SENT, timezone.now()
    contract.save(update_fields=["status", "sent_at"])
    _log(contract, "contract_sent", user=user, organization=organization)
    return avails.soft_holds(claim, exclude_contract=contract.pk)


def _reauthenticated(user, secret: str) -> bool:
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp:
        return TOTP(totp).validate_code(secret.strip())
    return bool(secret) and user.check_password(secret)


@transaction.atomic
def contract_sign(*, user, organization, contract: Contract, typed_name: str, secret: str, document_sha256: str,
                  ip_address: str | None = None, user_agent: str = "") -> Signature:
    contract = _locked(contract)
    party = _party_of(contract, organization)
    if party is None or not party.signs or not people.can_manage_listings(user, organization):
        raise PermissionDenied(_("Only an owner or manager of a signing party may sign."))
    if contract.status != Contract.Status.SENT:
        raise ValidationError(_("This contract is not out for signature."), code="status")
    if Signature.objects.filter(party=party).exists():
        raise ValidationError(_("Your organisation has already signed this contract."), code="signed")
    if document_sha256 != contract.document_sha256:
        raise ValidationError(_("The document you read is not the current version; open the contract again "
                                "and read it before you sign."), code="outdated")
    if len(typed_name.strip()) < 2:
        raise ValidationError({"typed_name": _("Type your full name as your signature.")})
    if not _reauthenticated(user, secret):
        raise ValidationError({"secret": _("That password or code is not right.")}, code="reauthenticate")
    signature = Signature.objects.create(
        party=party, user=user, typed_name=typed_name.strip()[:200], signed_at=timezone.now(),
        ip_address=ip_address or None, user_agent=user_agent[:400], document_sha256=document_sha256)
    last = not contract.parties.filter(signs=True, signature__isnull=True).exists()
    # The seal is made before the first log entry: appending locks the platform's
    # chain head until commit, and rendering and sealing take a few hundred ms.
    sealed = seal.seal(contract_pdf.render(contract, signed=True), reason=contract.reference) if last else None
    _log(contract, "contract_signed", user=user, organization=organization,
         payload={"party": party.role, "typed_name": signature.typed_name, "sha256": document_sha256,
                  "ip": ip_address, "user_agent": user_agent[:400]})
    signature.held_back = []
    if sealed:
        _seal(contract, sealed)
        try:
            with transaction.atomic():
                contract_activate(contract=contract)
        except ValidationError as conflict:
            # Signed and sealed all the same; it waits, explained, until the rights are free or overridden.
            signature.held_back = conflict.messages
    return signature


def _seal(contract: Contract, final: bytes) -> None:
    contract.sealed_sha256 = _store(contract, "sealed_document", final, "-sealed")
    contract.status, contract.sealed_at = Contract.Status.SIGNED, timezone.now()
    contract.save(update_fields=["sealed_document", "sealed_sha256", "status", "sealed_at"])
    _log(contract, "contract_sealed", payload={"sha256": contract.sealed_sha256})


@transaction.atomic
def contract_activate(*, contract: Contract) -> Contract:
    """Take the grants. On PostgreSQL the exclusion constraint decides races;
    a loser stays signed and is told which contract holds its cells."""
    contract = _locked(contract)
    if contract.status != Contract.Status.SIGNED:
        raise ValidationError(_("Only a signed contract can become active."), code="status")
    claim = avails.Claim.of(contract)
    _one_activation_per_work(claim.work_id)
    overridden = _override_in_force(contract)
    found = [] if overridden else avails.conflicts(claim, exclude_contract=contract.pk)
    if found:
        raise ValidationError([conflict.explain() for conflict in found], code="conflict")
    try:
        with transaction.atomic():
            Grant.objects.bulk_create(avails.grant_rows(contract, claim, overridden=overridden))
    except IntegrityError:
        found = avails.conflicts(claim, exclude_contract=contract.pk)
        raise ValidationError([conflict.explain() for conflict in found] or [
            _("Another contract took these rights a moment ago.")], code="conflict") from None
    contract.status, contract.activated_at = Contract.Status.ACTIVE, timezone.now()
    contract.save(update_fields=["status", "activated_at"])
    grants_changed.send(sender=Contract, work_ids=[claim.work_id])
    _log(contract, "contract_active", payload={"cells": len(claim.cells()), "from": contract.starts_on,
                                               "to": contract.ends_on})
    return contract


def _one_activation_per_work(work_id: int) -> None:
    """Activations on one work take turns (PostgreSQL: a transaction-scoped
    advisory lock), so concurrent ones queue instead of deadlocking inside the
    exclusion constraint's check; the constraint still guards every other write.
    SQLite's immediate transactions are already one at a time."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [GRANT_LOCK_SPACE, work_id])


def _override_in_force(contract: Contract) -> bool:
    override = GrantOverride.objects.filter(contract=contract).first()
    return bool(override and override.expires_on >= timezone.localdate())


@transaction.atomic
def grant_override(*, editor, contract: Contract, reason: str, expires_on: date) -> GrantOverride:
    if not people.is_platform_editor(editor):
        raise PermissionDenied(_("Only a platform editor may override a conflict."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why this conflict may stand.")})
    if expires_on < timezone.localdate():
        raise ValidationError({"expires_on": _("An override must run until a date in the future.")})
    override, _created = GrantOverride.objects.update_or_create(
        contract=contract, defaults={"reason": reason.strip(), "approver": editor, "expires_on": expires_on})
    _log(contract, "grant_override", user=editor, payload={"reason": override.reason, "until": expires_on})
    return override


def _end(contract: Contract, status: str, kind: str, *, user=None, organization=None, reason: str = ""):
    now = timezone.now()
    contract.status, contract.ended_at, contract.end_reason = status, now, reason
    contract.save(update_fields=["status", "ended_at", "end_reason"])
    freed = Grant.objects.filter(contract=contract, released_at__isnull=True).update(released_at=now)
    grants_changed.send(sender=Contract, work_ids=[contract.deal.work_id])
    _log(contract, kind, user=user, organization=organization, payload={"reason": reason, "cells_freed": freed})


@transaction.atomic
def contract_terminate(*, user, organization, contract: Contract, reason: str) -> Contract:
    contract = _locked(contract)
    if _party_of(contract, organization) is None or not people.can_manage_listings(user, organization):
        raise PermissionDenied(_("Only a party's owner or manager may terminate its contract."))
    if contract.status != Contract.Status.ACTIVE:
        raise ValidationError(_("Only an active contract can be terminated."), code="status")
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for terminating.")})
    _end(contract, Contract.Status.TERMINATED, "contract_terminated", user=user, organization=organization,
         reason=reason.strip())
    return contract


def contracts_expire(*, today: date | None = None) -> int:
    """End contracts whose term is over and free their grants; run it as often as you like."""
    today = today or timezone.localdate()
    ended = 0
    for pk in Contract.objects.filter(status=Contract.Status.ACTIVE, ends_on__lt=today).values_list("pk", flat=True):
        with transaction.atomic():
            contract = _locked(Contract(pk=pk))
            if contract.status == Contract.Status.ACTIVE and contract.ends_on < today:
                _end(contract, Contract.Status.EXPIRED, "contract_expired")
                ended += 1
    return ended
