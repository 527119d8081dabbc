"""The negotiation: a deal about one rights-offer line, its room (messages,
attachments, read marks) and the versioned offers made in it. Money is
Decimal with an ISO 4217 currency."""
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from djmoney.models.fields import MoneyField

from catalog.kinds import Exclusivity, RightType
from catalog.models import RightsOffer, Work
from marketplace.models import Organization
from marketplace.storage import private_storage

PERCENT = [MinValueValidator(0), MaxValueValidator(100)]


class BookFormat(models.TextChoices):
    HARDBACK = "hardback", _("Hardback")
    PAPERBACK = "paperback", _("Paperback")
    EBOOK = "ebook", _("E-book")
    AUDIO = "audio", _("Audiobook")


class Channel(models.TextChoices):
    THEATRICAL = "theatrical", _("Theatrical")
    FREE_TV = "free_tv", _("Free TV")
    PAY_TV = "pay_tv", _("Pay TV")
    STREAMING = "streaming", _("Streaming")


class Scope(models.Model):
    """What is asked for or offered: the dimensions of a rights-offer line,
    narrowed, plus what fits the work's kind."""

    right_type = models.CharField(_("right type"), max_length=30, choices=RightType.choices)
    territories = models.CharField(_("territories"), max_length=500)
    languages = models.CharField(_("languages"), max_length=200)
    exclusivity = models.CharField(_("exclusivity"), max_length=20, choices=Exclusivity.choices)
    term_years = models.PositiveSmallIntegerField(_("term (years)"), validators=[MinValueValidator(1),
                                                                                 MaxValueValidator(99)])
    # Books and comics
    print_run = models.PositiveIntegerField(_("first print run"), null=True, blank=True)
    book_format = models.CharField(_("format"), max_length=20, choices=BookFormat.choices, blank=True)
    # Film and TV
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, blank=True)
    episodes = models.PositiveSmallIntegerField(_("episodes"), null=True, blank=True)
    # Merchandise and designs
    product_categories = models.CharField(_("product categories"), max_length=300, blank=True)

    class Meta:
        abstract = True

    SCOPE_FIELDS = ("right_type", "territories", "languages", "exclusivity", "term_years", "print_run",
                    "book_format", "channel", "episodes", "product_categories")

    def scope(self) -> dict:
        return {name: getattr(self, name) for name in self.SCOPE_FIELDS}


class Deal(Scope):
    class Status(models.TextChoices):
        # A context of their own: "New" and "Withdrawn" mean other things for listings.
        NEW = "new", pgettext_lazy("deal status", "New")
        NEGOTIATING = "negotiating", pgettext_lazy("deal status", "In negotiation")
        OFFERED = "offered", pgettext_lazy("deal status", "Offer made")
        ACCEPTED = "accepted", pgettext_lazy("deal status", "Accepted")
        DECLINED = "declined", pgettext_lazy("deal status", "Declined")
        WITHDRAWN = "withdrawn", pgettext_lazy("deal status", "Withdrawn")
        EXPIRED = "expired", pgettext_lazy("deal status", "Expired")

    OPEN = (Status.NEW, Status.NEGOTIATING, Status.OFFERED)

    work = models.ForeignKey(Work, on_delete=models.PROTECT, related_name="deals", verbose_name=_("work"))
    rights_offer = models.ForeignKey(RightsOffer, null=True, on_delete=models.SET_NULL, related_name="deals",
                                     verbose_name=_("rights offer"))
    buyer = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="deals_buying",
                              verbose_name=_("buyer"))
    seller = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="deals_selling",
                               verbose_name=_("rights holder"))
    agency = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="deals_representing", verbose_name=_("representing agency"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    mediation_requested_at = models.DateTimeField(null=True, blank=True)
    mediator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="deals_mediated", verbose_name=_("mediator"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    last_activity_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-last_activity_at", "-pk"]
        verbose_name = _("deal")
        verbose_name_plural = _("deals")
        indexes = [
            models.Index(fields=["buyer", "-last_activity_at"]),
            models.Index(fields=["seller", "-last_activity_at"]),
            models.Index(fields=["agency", "-last_activity_at"]),
        ]

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return f"RB-{self.pk:06d}" if self.pk else "RB-new"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    def parties(self) -> list[Organization]:
        return [org for org in (self.buyer, self.seller, self.agency) if org is not None]


class Message(models.Model):
    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+", help_text="Null for a platform mediator.")
    language = models.CharField(_("language"), max_length=12, choices=settings.LANGUAGES)
    body = models.TextField(_("message"), max_length=10_000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["deal", "created_at"])]

    def __str__(self):
        return f"{self.deal_id}: {self.body[:40]}"


class Attachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    name = models.CharField(max_length=200)
    file = models.FileField(upload_to="deals/", storage=private_storage)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)

    def __str__(self):
        return self.name


class ReadMark(models.Model):
    """How far an organisation has read a deal's room."""

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="read_marks")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["deal", "organization"], name="one_read_mark")]

    def __str__(self):
        return f"{self.deal_id}/{self.organization_id}: {self.read_at}"


class Offer(Scope):
    """One version of the terms. A counter-offer is a new version; an
    accepted version is frozen."""

    class Schedule(models.TextChoices):
        ON_SIGNATURE = "on_signature", _("All on signature")
        ON_PUBLICATION = "on_publication", _("Half on signature, half on publication")
        INSTALMENTS = "instalments", _("In equal instalments")

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="offers")
    version = models.PositiveSmallIntegerField()
    # Null for a line's published instant terms: nobody typed them for this deal.
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    made_for = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    advance = MoneyField(_("advance"), max_digits=14, decimal_places=2, default_currency=None)
    payment_schedule = models.CharField(_("payment schedule"), max_length=20, choices=Schedule.choices,
                                        default=Schedule.ON_SIGNATURE)
    instalments = models.PositiveSmallIntegerField(_("instalments"), null=True, blank=True,
                                                   validators=[MinValueValidator(2), MaxValueValidator(24)])
    release_deadline_months = models.PositiveSmallIntegerField(
        _("publication or release within (months)"), null=True, blank=True, validators=[MaxValueValidator(120)])
    option_months = models.PositiveSmallIntegerField(_("option period (months)"), null=True, blank=True,
                                                     validators=[MinValueValidator(1), MaxValueValidator(60)])
    option_fee = MoneyField(_("option fee"), max_digits=14, decimal_places=2, null=True, blank=True,
                            default_currency=None, help_text=_("Credited against the purchase price."))
    purchase_price = MoneyField(_("purchase price"), max_digits=14, decimal_places=2, null=True, blank=True,
                                default_currency=None)
    sublicensing_share = models.DecimalField(_("sub-licensing share (%)"), max_digits=5, decimal_places=2,
                                             null=True, blank=True, validators=PERCENT)
    agent_commission = models.DecimalField(_("agent's commission (%)"), max_digits=5, decimal_places=2,
                                           null=True, blank=True, validators=PERCENT)
    note = models.TextField(_("note"), blank=True, max_length=5_000)
    expires_at = models.DateTimeField(_("open until"))
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    accepted_for = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")

    class Meta:
        ordering = ["deal", "version"]
        constraints = [models.UniqueConstraint(fields=["deal", "version"], name="one_offer_version")]
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self):
        return f"{self.deal.reference} v{self.version}"

    @property
    def is_frozen(self) -> bool:
        return self.accepted_at is not None


class RoyaltyTier(models.Model):
    """A royalty rate for one format, from a threshold of units or receipts
    upwards; escalators are further tiers of the same format."""

    class Basis(models.TextChoices):
        LIST_PRICE = "list_price", _("List price")
        NET_RECEIPTS = "net_receipts", _("Net receipts")

    class Threshold(models.TextChoices):
        UNITS = "units", _("Units sold")
        RECEIPTS = "receipts", _("Receipts")

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="tiers")
    format = models.CharField(_("format"), max_length=40)
    basis = models.CharField(_("basis"), max_length=20, choices=Basis.choices)
    rate = models.DecimalField(_("rate (%)"), max_digits=5, decimal_places=2,
                               validators=[MinValueValidator(0), MaxValueValidator(100)])
    threshold_kind = models.CharField(_("escalates by"), max_length=10, choices=Threshold.choices,
                                      default=Threshold.UNITS)
    threshold = models.DecimalField(_("from"), max_digits=14, decimal_places=2, default=0,
                                    validators=[MinValueValidator(0)])

    class Meta:
        ordering = ["offer", "format", "threshold"]

    def __str__(self):
        return f"{self.format} {self.rate}% from {self.threshold}"
