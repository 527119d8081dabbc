"""The catalogue: works, their creators, the rights offered, and media assets."""
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from djmoney.models.fields import MoneyField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from marketplace.models import Organization
from marketplace.storage import private_storage
from marketplace.uploads import check_upload

from .identifiers import normalize_isbn, validate_isbn
from .kinds import (
    SUBTYPES_BY_KIND,
    YEAR_MAX,
    YEAR_MIN,
    Exclusivity,
    HeritageDesignation,
    Kind,
    RightType,
    Subtype,
)
from .language_codes import parse_language, parse_languages, validate_language, validate_languages
from .territories import parse_territory, validate_territory
from .widgets import OriginalFileInput


def canonical(parse, value: str) -> str:
    """The canonical spelling of a code field, or the value as typed when it
    does not parse: the field's own validator reports that, once."""
    if not value:
        return value
    try:
        return parse(value)
    except ValidationError:
        return value


class Subject(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("subject")
        verbose_name_plural = _("subjects")

    def __str__(self):
        return self.name


class Creator(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    name_original = models.CharField(
        _("name in original script"), max_length=200, blank=True,
        help_text=_("As the creator writes it, e.g. 夏达 or ສີບູນ."),
    )
    country = CountryField(_("country"), blank=True)
    biography = models.TextField(_("biography"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("name_original"), FieldPanel("country"), FieldPanel("biography")]
    search_fields = [index.SearchField("name"), index.SearchField("name_original")]

    class Meta:
        ordering = ["name_original", "name"]
        verbose_name = _("creator")
        verbose_name_plural = _("creators")

    def __str__(self):
        return self.name_original or self.name


class Work(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin,
           index.Indexed, ClusterableModel):
    """One listed work. It is public while `live`; editors draft, moderate and
    schedule it through Wagtail's snippet workflow."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    subtype = models.CharField(_("subtype"), max_length=20, choices=Subtype.choices)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    synopsis = models.TextField(_("synopsis"), blank=True)
    original_title = models.CharField(_("original title"), max_length=255)
    original_language = models.CharField(
        _("original language"), max_length=12, validators=[validate_language],
        help_text=_("ISO 639 code, e.g. zh-Hans, th, vi."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(YEAR_MIN), MaxValueValidator(YEAR_MAX)])
    isbn = models.CharField(_("ISBN"), max_length=17, blank=True, validators=[validate_isbn])
    isan = models.CharField(_("ISAN"), max_length=40, blank=True)
    subjects = ParentalManyToManyField(Subject, blank=True, related_name="works", verbose_name=_("subjects"))
    cover = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("cover image"),
    )
    rights_holder = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="works_held", verbose_name=_("rights holder"),
    )
    agency = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="works_represented",
        verbose_name=_("representing agency"),
    )
    # Folk art and heritage: the source community is named on every listing.
    source_community = models.CharField(_("source community"), max_length=200, blank=True)
    region = models.CharField(_("region"), max_length=200, blank=True)
    heritage_designation = models.CharField(
        _("heritage designation"), max_length=20, choices=HeritageDesignation.choices, blank=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="work")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState", content_type_field="base_content_type",
        object_id_field="object_id", related_query_name="work", for_concrete_model=False,
    )

    panels = [
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("subtype"), FieldPanel("slug")], heading=_("Listing")),
        FieldPanel("title"),
        FieldPanel("synopsis"),
        MultiFieldPanel([
            FieldPanel("original_title"), FieldPanel("original_language"), FieldPanel("year"),
            FieldPanel("isbn"), FieldPanel("isan"),
        ], heading=_("Bibliographic data")),
        FieldPanel("cover"),
        FieldPanel("subjects"),
        InlinePanel("credits", label=_("Creators")),
        MultiFieldPanel([FieldPanel("rights_holder"), FieldPanel("agency")], heading=_("Rights")),
        InlinePanel("rights_offers", label=_("Rights on offer")),
        InlinePanel("media_assets", label=_("Samples and pattern images")),
        MultiFieldPanel([
            FieldPanel("source_community"), FieldPanel("region"), FieldPanel("heritage_designation"),
        ], heading=_("Folk art and heritage")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("original_title"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("work")
        verbose_name_plural = _("works")
        indexes = [models.Index(fields=["kind", "live"])]

    def __str__(self):
        return self.title or self.original_title

    def clean(self):
        super().clean()
        if not (self.title_en or self.title_zh_hans):
            raise ValidationError({"title_en": _("Give the title in English or Chinese at least.")})
        if self.kind and self.subtype and self.subtype not in SUBTYPES_BY_KIND.get(self.kind, ()):
            raise ValidationError({"subtype": _("“%(subtype)s” is not a subtype of %(kind)s.") % {
                "subtype": Subtype(self.subtype).label, "kind": Kind(self.kind).label}})
        self.isbn = canonical(normalize_isbn, self.isbn)
        self.original_language = canonical(parse_language, self.original_language)
        if self.kind == Kind.FOLK_ART and not self.source_community:
            raise ValidationError({"source_community": _("Name the source community of a folk-art work.")})

    def publish(self, revision, *args, **kwargs):
        """Only a verified holder's listing goes live. Wagtail lets a draft keep
        an unfinished offer line (an empty territory); going live may not,
        whichever way it comes: the editor's button, a workflow or scheduled
        publishing."""
        if not self.rights_holder.is_verified:
            raise ValidationError(_("Only verified organisations can publish listings."), code="unverified")
        for offer in revision.as_object().rights_offers.all():
            offer.full_clean(exclude=["work"])
        return super().publish(revision, *args, **kwargs)

    @property
    def status(self) -> str:
        """draft -> published -> withdrawn, read off Wagtail's publishing state."""
        if self.live:
            return "published"
        return "withdrawn" if self.first_published_at else "draft"

    def get_preview_template(self, request, mode_name):
        return "catalog/work_detail.html"

    def get_preview_context(self, request, mode_name):
        return self.detail_context()

    def detail_context(self) -> dict:
        """What the work's page shows. The cluster relations serve both a saved
        work (from the database) and an unsaved admin preview (from the edit
        form, in memory)."""
        return {
            "work": self,
            "credits": self.credits.all(),
            "offers": self.rights_offers.all(),
            "assets": self.media_assets.all(),
            "subjects": self.subjects.all(),
        }


class WorkCredit(Orderable):
    """A creator's part in a work: author, illustrator, director, artisan…"""

    class Role(models.TextChoices):
        AUTHOR = "author", _("Author")
        ILLUSTRATOR = "illustrator", _("Illustrator")
        TRANSLATOR = "translator", _("Translator")
        DIRECTOR = "director", _("Director")
        SCREENWRITER = "screenwriter", _("Screenwriter")
        PRODUCER = "producer", _("Producer")
        ARTISAN = "artisan", _("Artisan")

    work = ParentalKey(Work, on_delete=models.CASCADE, related_name="credits")
    creator = models.ForeignKey(Creator, on_delete=models.PROTECT, related_name="credits", verbose_name=_("creator"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.AUTHOR)

    panels = [FieldPanel("creator"), FieldPanel("role")]


class RightsOffer(Orderable):
    """One line of what is offered for a work."""

    work = ParentalKey(Work, on_delete=models.CASCADE, related_name="rights_offers")
    right_type = models.CharField(_("right type"), max_length=30, choices=RightType.choices)
    territories = models.CharField(
        _("territories"), max_length=500, validators=[validate_territory],
        help_text=_("ISO 3166 codes and groups, e.g. “World excluding CN, TW” or “ASEAN”."),
    )
    languages = models.CharField(
        _("languages"), max_length=200, validators=[validate_languages],
        help_text=_("ISO 639 codes, e.g. “th, vi, zh-Hant”."),
    )
    exclusivity = models.CharField(
        _("exclusivity"), max_length=20, choices=Exclusivity.choices, default=Exclusivity.EXCLUSIVE,
    )
    term_years = models.PositiveSmallIntegerField(_("term (years)"), null=True, blank=True)
    asking_terms = models.CharField(
        _("asking terms"), max_length=300, blank=True,
        # xgettext:no-python-format
        help_text=_("e.g. “Advance from USD 3,000; royalty 7–9% of list price”."),
    )

    # Instant terms: a verified buyer takes the whole line at this price in one step.
    instant_price = MoneyField(
        _("instant price"), max_digits=14, decimal_places=2, null=True, blank=True, default_currency=None,
        help_text=_("Leave empty to negotiate every deal. With a price and a term, a verified buyer may accept "
                    "the line as it stands."),
    )

    panels = [
        FieldPanel("right_type"), FieldPanel("territories"), FieldPanel("languages"),
        FieldPanel("exclusivity"), FieldPanel("term_years"), FieldPanel("asking_terms"),
        FieldPanel("instant_price"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("rights offer")
        verbose_name_plural = _("rights offers")

    def clean(self):
        super().clean()
        self.territories = canonical(lambda text: parse_territory(text).canonical, self.territories)
        self.languages = canonical(lambda text: ", ".join(parse_languages(text)), self.languages)

    @property
    def territory(self):
        return parse_territory(self.territories)

    @property
    def language_tags(self) -> list[str]:
        return parse_languages(self.languages)


IMAGE_EXTENSIONS = {"png", "jpg", "jpeg", "webp", "gif", "tif"}


class MediaAsset(Orderable):
    """A sample chapter, pattern image or trailer link attached to a work.

    The original is kept in the private store with its sha256, so a pattern
    copied elsewhere can be proven to come from this listing; the public only
    ever sees a watermarked preview."""

    class Kind(models.TextChoices):
        SAMPLE = "sample", _("Sample")
        PATTERN = "pattern", _("Pattern image")
        TRAILER = "trailer", _("Trailer link")

    work = ParentalKey(Work, on_delete=models.CASCADE, related_name="media_assets")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200, blank=True)
    file = models.FileField(_("file"), upload_to="originals/%Y/%m/", storage=private_storage, blank=True)
    external_url = models.URLField(_("link"), blank=True)
    sha256 = models.CharField(max_length=64, blank=True, editable=False)
    preview = models.ImageField(upload_to="previews/%Y/%m/", blank=True, editable=False)
    preview_of = models.CharField(
        max_length=64, blank=True, editable=False,
        help_text="sha256 of the original the preview was made from; a new original gets a new preview.",
    )

    panels = [FieldPanel("kind"), FieldPanel("title"), FieldPanel("file", widget=OriginalFileInput),
              FieldPanel("external_url")]

    class Meta(Orderable.Meta):
        verbose_name = _("media asset")
        verbose_name_plural = _("media assets")

    def clean(self):
        super().clean()
        if not self.file and not self.external_url:
            raise ValidationError(_("Attach a file or give a link."))
        if self.kind == self.Kind.TRAILER and not self.external_url:
            raise ValidationError({"external_url": _("A trailer is given as a link.")})
        if self.file and not self.file._committed:
            # Judge the upload by its content now; catalog.services stores it
            # once the whole write is valid.
            check_upload(self.file.file, images_only=self.kind == self.Kind.PATTERN)

    @property
    def is_image(self) -> bool:
        return bool(self.file) and self.file.name.rsplit(".", 1)[-1].lower() in IMAGE_EXTENSIONS

    @property
    def needs_preview(self) -> bool:
        return self.is_image and self.preview_of != self.sha256
