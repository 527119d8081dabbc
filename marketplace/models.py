"""The participants: organisations that hold or buy rights, and their people."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .storage import private_storage


class Organization(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        PUBLISHER = "publisher", _("Publisher")
        AGENCY = "agency", _("Literary agency")
        STUDIO = "studio", _("Studio")
        INSTITUTION = "institution", _("Cultural institution")
        WORKSHOP = "workshop", _("Heritage workshop")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    registration_number = models.CharField(
        _("registration number"), max_length=100, blank=True,
        help_text=_("As on the business licence or registration certificate."))
    description = models.TextField(_("description"), blank=True)
    verified_at = models.DateTimeField(
        _("verified at"), null=True, blank=True,
        help_text=_("Set by a platform editor once the organisation's papers are checked."),
    )
    verification_requested_at = models.DateTimeField(_("verification requested at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("city"),
        FieldPanel("website"),
        FieldPanel("registration_number"),
        FieldPanel("description"),
        FieldPanel("verified_at"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def is_verified(self):
        return self.verified_at is not None


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        MANAGER = "manager", _("Manager")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships",
        verbose_name=_("user"),
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="one_membership_per_org"),
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.user} @ {self.organization} ({self.get_role_display()})"


class OrganizationPaper(models.Model):
    """A business licence or registration certificate, kept in the private
    store and read only by the organisation's owners and platform editors."""

    class Kind(models.TextChoices):
        BUSINESS_LICENCE = "business_licence", _("Business licence")
        REGISTRATION = "registration", _("Registration certificate")
        OTHER = "other", _("Other document")

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="papers",
                                     verbose_name=_("organisation"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    file = models.FileField(_("file"), upload_to="papers/%Y/%m/", storage=private_storage)
    sha256 = models.CharField(max_length=64, editable=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("organisation paper")
        verbose_name_plural = _("organisation papers")

    def __str__(self):
        return f"{self.get_kind_display()} · {self.organization}"


class Invitation(models.Model):
    """An owner's invitation to join an organisation with a role. The link
    carries a random token; only its sha256 is kept, so the table leaks no
    usable link. It works once, before it expires."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="invitations",
                                     verbose_name=_("organisation"))
    email = models.EmailField(_("email address"))
    role = models.CharField(_("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.MEMBER)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                                   verbose_name=_("invited by"))
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} → {self.organization} ({self.get_role_display()})"


class OutboxMessage(models.Model):
    """A task that could not be handed to the broker when its write committed.

    The write is the source of truth; this row makes sure the side effect still
    happens once the broker is back (see marketplace/outbox.py)."""

    task_name = models.CharField(max_length=200)
    args = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.task_name}{tuple(self.args)}"


class NotificationEmail(models.TextChoices):
    IMMEDIATE = "immediate", _("At once, one email per event")
    DAILY = "daily", _("Once a day, as a digest")
    NEVER = "never", _("Never; I read them on the site")


class Profile(models.Model):
    """What the platform keeps about a person beyond Django's user: the
    language their email and notifications are written in."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile",
                                verbose_name=_("user"))
    language = models.CharField(_("preferred language"), max_length=10, choices=settings.LANGUAGES, default="en",
                                help_text=_("Emails and notifications are written in this language."))
    notification_email = models.CharField(
        _("email me about deals"), max_length=10, choices=NotificationEmail.choices,
        default=NotificationEmail.IMMEDIATE)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return f"{self.user} ({self.language})"
