"""A contract made from an accepted offer: its parties, its PDF (kept
privately with its sha256), each signature and the platform's seal."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from marketplace.models import Organization
from marketplace.storage import private_storage

from .negotiation import Deal, Offer


class Contract(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("contract status", "Draft")
        SENT = "sent", pgettext_lazy("contract status", "Out for signature")
        SIGNED = "signed", pgettext_lazy("contract status", "Signed")
        ACTIVE = "active", pgettext_lazy("contract status", "Active")
        EXPIRED = "expired", pgettext_lazy("contract status", "Expired")
        TERMINATED = "terminated", pgettext_lazy("contract status", "Terminated")

    deal = models.OneToOneField(Deal, on_delete=models.PROTECT, related_name="contract")
    offer = models.OneToOneField(Offer, on_delete=models.PROTECT, related_name="contract",
                                 help_text="The accepted version whose terms the contract freezes.")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    languages = models.CharField(max_length=40, help_text="The text's languages, side by side: 'th,en'.")
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    document = models.FileField(upload_to="contracts/", storage=private_storage, blank=True)
    document_sha256 = models.CharField(max_length=64, blank=True)
    sealed_document = models.FileField(upload_to="contracts/", storage=private_storage, blank=True)
    sealed_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    sealed_at = models.DateTimeField(null=True, blank=True)
    activated_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.TextField(blank=True)

    class Meta:
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return f"RBC-{self.pk:06d}" if self.pk else "RBC-new"

    @property
    def language_list(self) -> list[str]:
        return self.languages.split(",")


class ContractParty(models.Model):
    class Role(models.TextChoices):
        LICENSOR = "licensor", _("Licensor")
        LICENSEE = "licensee", _("Licensee")
        AGENT = "agent", _("Agent")
        COMMUNITY = "community", _("Source community")

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="parties")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="contract_parties")
    name = models.CharField(max_length=200, blank=True, help_text="A party without an account, e.g. a community.")
    signs = models.BooleanField(default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["contract", "sort_order"]

    def __str__(self):
        return f"{self.get_role_display()}: {self.organization or self.name}"


class Signature(models.Model):
    """Who signed, for whom, when, from where, and exactly which bytes."""

    party = models.OneToOneField(ContractParty, on_delete=models.PROTECT, related_name="signature")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    typed_name = models.CharField(_("your full name"), max_length=200)
    signed_at = models.DateTimeField()
    ip_address = models.GenericIPAddressField(null=True)
    user_agent = models.CharField(max_length=400, blank=True)
    document_sha256 = models.CharField(max_length=64)

    def __str__(self):
        return f"{self.typed_name} ({self.signed_at:%Y-%m-%d})"
