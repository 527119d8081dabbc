"""What can be listed: the four kinds of work, their subtypes, and right types."""
from django.db import models
from django.utils.translation import gettext_lazy as _

# The years a work may carry, in the catalogue and in the search filter alike.
YEAR_MIN, YEAR_MAX = 1000, 2100


class Kind(models.TextChoices):
    BOOK = "book", _("Book")
    COMIC = "comic", _("Comics & animation")
    FILM_TV = "film_tv", _("Film & TV")
    FOLK_ART = "folk_art", _("Folk art & heritage")


class Subtype(models.TextChoices):
    NOVEL = "novel", _("Novel")
    NONFICTION = "nonfiction", _("Non-fiction")
    PICTURE_BOOK = "picture_book", _("Picture book")
    CHILDRENS = "childrens", _("Children's book")
    MANHUA = "manhua", _("Manhua")
    MANGA = "manga", _("Manga")
    WEBCOMIC = "webcomic", _("Webcomic")
    ANIMATION = "animation", _("Animation")
    FEATURE_FILM = "feature_film", _("Feature film")
    DOCUMENTARY = "documentary", _("Documentary")
    SERIES = "series", _("TV series")
    EMBROIDERY = "embroidery", _("Embroidery")
    BATIK = "batik", _("Batik")
    CERAMICS = "ceramics", _("Ceramics")
    CLAY_FIGURE = "clay_figure", _("Clay figure")
    PAPER_CUT = "paper_cut", _("Paper cut")
    SILVERWORK = "silverwork", _("Silverwork")
    WEAVING = "weaving", _("Weaving")


SUBTYPES_BY_KIND = {
    Kind.BOOK: {Subtype.NOVEL, Subtype.NONFICTION, Subtype.PICTURE_BOOK, Subtype.CHILDRENS},
    Kind.COMIC: {Subtype.MANHUA, Subtype.MANGA, Subtype.WEBCOMIC, Subtype.ANIMATION, Subtype.PICTURE_BOOK},
    Kind.FILM_TV: {Subtype.FEATURE_FILM, Subtype.DOCUMENTARY, Subtype.SERIES, Subtype.ANIMATION},
    Kind.FOLK_ART: {
        Subtype.EMBROIDERY, Subtype.BATIK, Subtype.CERAMICS, Subtype.CLAY_FIGURE,
        Subtype.PAPER_CUT, Subtype.SILVERWORK, Subtype.WEAVING,
    },
}


class RightType(models.TextChoices):
    TRANSLATION = "translation", _("Translation")
    PRINT = "print", _("Print")
    EBOOK = "ebook", _("E-book")
    AUDIO = "audio", _("Audio")
    FILM_TV_ADAPTATION = "film_tv_adaptation", _("Film/TV adaptation")
    BROADCAST = "broadcast", _("Broadcast")
    STREAMING = "streaming", _("Streaming")
    MERCHANDISE = "merchandise", _("Merchandise")
    EXHIBITION = "exhibition", _("Exhibition")
    DIGITAL_DISPLAY = "digital_display", _("Digital display")
    DESIGN_LICENSING = "design_licensing", _("Design licensing")


class Exclusivity(models.TextChoices):
    EXCLUSIVE = "exclusive", _("Exclusive")
    NON_EXCLUSIVE = "non_exclusive", _("Non-exclusive")


class HeritageDesignation(models.TextChoices):
    NONE = "", _("None")
    UNESCO = "unesco", _("UNESCO intangible cultural heritage")
    NATIONAL = "national", _("National intangible cultural heritage")
    PROVINCIAL = "provincial", _("Provincial intangible cultural heritage")
    COMMUNITY = "community", _("Community-recognised tradition")
