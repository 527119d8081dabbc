"""The deal log's rows and its chain head (deals/log.py appends and verifies)."""
from django.conf import settings
from django.db import models

from marketplace.models import Organization

from .negotiation import Deal


class DealEvent(models.Model):
    """The deal log: append-only. Each row carries the hash of the row before
    it across the platform, and of the one before it in the same deal, so a
    row edited or deleted afterwards breaks both chains."""

    sequence = models.PositiveBigIntegerField(unique=True)
    deal = models.ForeignKey(Deal, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=40)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    organization = models.ForeignKey(Organization, null=True, on_delete=models.PROTECT, related_name="+")
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField()
    previous_hash = models.CharField(max_length=64)
    deal_previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["sequence"]
        indexes = [models.Index(fields=["deal", "sequence"])]

    def __str__(self):
        return f"#{self.sequence} {self.kind}"


class LogHead(models.Model):
    """The newest link of the platform chain, locked while one is appended."""

    sequence = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    def __str__(self):
        return f"#{self.sequence}"
