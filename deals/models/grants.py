"""Grants (avails): what an active contract licenses, one row per cell of
work × right × country × language, over a period, exclusive or not.

The rule: an exclusive grant overlaps no other grant, and a non-exclusive
one overlaps no exclusive grant, on the same cell for any day. PostgreSQL
enforces it with an exclusion constraint (migration 0003); deals/avails.py
checks it first everywhere so that a conflict explains itself."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from catalog.kinds import RightType
from catalog.models import Work

from .contracts import Contract


class GrantOverride(models.Model):
    """A platform editor's permission for one contract to overlap others."""

    contract = models.OneToOneField(Contract, on_delete=models.PROTECT, related_name="override")
    reason = models.TextField(_("reason"))
    approver = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    expires_on = models.DateField(_("valid until"))
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"override of {self.contract_id} until {self.expires_on}"


class Grant(models.Model):
    contract = models.ForeignKey(Contract, on_delete=models.PROTECT, related_name="grants")
    work = models.ForeignKey(Work, on_delete=models.PROTECT, related_name="grants")
    right_type = models.CharField(max_length=30, choices=RightType.choices)
    country = models.CharField(max_length=2)
    language = models.CharField(max_length=12)
    starts_on = models.DateField()
    ends_on = models.DateField(help_text="The last day included.")
    exclusive = models.BooleanField()
    released_at = models.DateTimeField(null=True, blank=True, help_text="Set when the contract ends: no longer blocks.")
    overridden = models.BooleanField(default=False, help_text="Under a platform editor's override: not constrained.")

    class Meta:
        indexes = [models.Index(fields=["work", "right_type", "country", "language"],
                                condition=models.Q(released_at__isnull=True), name="grant_live_cell")]

    def __str__(self):
        return f"{self.work_id} {self.right_type} {self.country}/{self.language} {self.starts_on}–{self.ends_on}"
