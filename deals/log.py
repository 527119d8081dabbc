"""The deal log: append an event to both hash chains, and verify them.

A link's hash covers its own fields and the hashes before it, platform-wide
and within its deal. Appending locks the chain head, so two deals logging at
once still make one unbroken line."""
import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from .models import Deal, DealEvent, LogHead

GENESIS = "0" * 64


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), cls=DjangoJSONEncoder)


def terms_hash(record: dict) -> str:
    """The fingerprint of an accepted version's terms, kept in the acceptance event."""
    return hashlib.sha256(canonical_json(record).encode()).hexdigest()


def link_hash(event: DealEvent) -> str:
    body = {
        "sequence": event.sequence, "deal": event.deal_id, "kind": event.kind, "actor": event.actor_id,
        "organization": event.organization_id, "payload": event.payload,
        "created_at": event.created_at.isoformat(), "previous": event.previous_hash,
        "deal_previous": event.deal_previous_hash,
    }
    return hashlib.sha256(canonical_json(body).encode()).hexdigest()


def append(*, deal: Deal, kind: str, actor=None, organization=None, payload: dict | None = None) -> DealEvent:
    """Log one step of a deal. Call inside the transaction that makes the step."""
    with transaction.atomic():
        head = LogHead.objects.select_for_update().filter(pk=1).first()
        if head is None:
            head, _created = LogHead.objects.get_or_create(pk=1, defaults={"hash": GENESIS})
            head = LogHead.objects.select_for_update().get(pk=1)
        deal_previous = (DealEvent.objects.filter(deal=deal).order_by("-sequence")
                         .values_list("hash", flat=True).first()) or GENESIS
        event = DealEvent(
            sequence=head.sequence + 1, deal=deal, kind=kind, actor=actor, organization=organization,
            payload=json.loads(canonical_json(payload or {})),
            created_at=timezone.now(), previous_hash=head.hash, deal_previous_hash=deal_previous,
        )
        event.hash = link_hash(event)
        event.save()
        head.sequence, head.hash = event.sequence, event.hash
        head.save(update_fields=["sequence", "hash"])
    return event


def first_broken_link(batch: int = 5000) -> str | None:
    """None when both chains hold; else which row breaks them, and how."""
    previous, expected_sequence, deal_heads = GENESIS, 1, {}
    events = DealEvent.objects.order_by("sequence").iterator(chunk_size=batch)
    for event in events:
        where = f"event #{event.sequence} (id {event.pk}, deal {event.deal_id})"
        if event.sequence != expected_sequence:
            return f"{where}: the event(s) before it, from #{expected_sequence}, are missing"
        if event.previous_hash != previous:
            return f"{where}: it does not follow the event before it"
        if event.deal_previous_hash != deal_heads.get(event.deal_id, GENESIS):
            return f"{where}: it does not follow the deal's previous event"
        if link_hash(event) != event.hash:
            return f"{where}: its content was changed after it was logged"
        previous, expected_sequence = event.hash, expected_sequence + 1
        deal_heads[event.deal_id] = event.hash
    head = LogHead.objects.filter(pk=1).first()
    if head and (head.sequence, head.hash) != (expected_sequence - 1, previous):
        return f"event #{expected_sequence} onwards: missing, though the chain head records {head.sequence} events"
    return None
