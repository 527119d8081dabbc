"""The fixed skeleton of the public site: home, four trade zones, showcases, news.

Idempotent, so seed_demo and the tests can both call it on any database."""
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Collection, Locale, Page, Site

from catalog.kinds import Kind
from marketplace.languages import CODES

from .models import HomePage, NewsIndexPage, ShowcaseIndexPage, ZonePage

ZONE_TITLES = {
    Kind.BOOK: (_("Books"), "books"),
    Kind.COMIC: (_("Comics & animation"), "comics"),
    Kind.FILM_TV: (_("Film & TV"), "film-tv"),
    Kind.FOLK_ART: (_("Folk art & heritage"), "folk-art"),
}


def in_every_language(text) -> dict[str, str]:
    """{'title_en': 'Books', 'title_th': 'หนังสือ', …} from a lazy gettext string."""
    values = {}
    for code in CODES:
        with override(code):
            values[code] = str(text)
    return values


def localized(field: str, text) -> dict[str, str]:
    return {build_localized_fieldname(field, code): value for code, value in in_every_language(text).items()}


def wagtail_roots() -> Page:
    """The rows Wagtail's migrations create, made again if a flush removed them."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title_en="Root", slug="root", live=True))


@transaction.atomic
def ensure_site_tree() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = wagtail_roots()
        # Wagtail's initial migration leaves a placeholder "Welcome" page at the site root.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(slug="home", **localized("title", _("RightsBridge"))))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "RightsBridge"},
        )
    for kind, (title, slug) in ZONE_TITLES.items():
        if not ZonePage.objects.filter(kind=kind).exists():
            home.add_child(instance=ZonePage(kind=kind, slug=slug, show_in_menus=True, **localized("title", title)))
    if not ShowcaseIndexPage.objects.exists():
        home.add_child(instance=ShowcaseIndexPage(slug="showcases", show_in_menus=True,
                                                  **localized("title", _("Showcases"))))
    if not NewsIndexPage.objects.exists():
        home.add_child(instance=NewsIndexPage(slug="news", show_in_menus=True, **localized("title", _("News"))))
    return home
