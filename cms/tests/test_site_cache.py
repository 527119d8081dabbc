"""The menu and the zone URLs are kept between requests, and an editor's
publish, unpublish, move or rename shows on the very next page."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.tests.factories import WorkFactory
from cms.models import ZonePage
from cms.tests.factories import site
from search.registry import reset_backends

pytestmark = pytest.mark.django_db


@pytest.fixture
def work(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.embedded", "PATH": tmp_path / "index"}}
    reset_backends()
    site()
    with django_capture_on_commit_callbacks(execute=True):  # indexed, as after a real commit
        work = WorkFactory(slug="shanhai", title_th="ศึกขุนเขาและทะเล")
    yield work
    reset_backends()


def menu(html: str) -> str:
    return html.split('class="main-nav"')[1].split("</nav>")[0]


def test_a_second_request_does_not_look_the_site_tree_up_again(client, work):
    client.get("/th/search/", {"q": "ศึก"})
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/th/search/", {"q": "ศึก"}).content.decode()
    assert "/th/comics/shanhai/" in html and "/th/books/" in menu(html)
    assert not [q["sql"] for q in queries if "wagtailcore_page" in q["sql"]]


def test_unpublishing_and_publishing_a_zone_changes_the_menu_at_once(client, work):
    assert "/th/books/" in menu(client.get("/th/").content.decode())
    books = ZonePage.objects.get(kind="book")
    books.unpublish()
    assert "/th/books/" not in menu(client.get("/th/").content.decode())
    books.save_revision().publish()
    assert "/th/books/" in menu(client.get("/th/").content.decode())


def test_a_renamed_zone_moves_its_work_links_and_its_menu_entry(client, work):
    client.get("/km/search/", {"q": "ศึก"})
    comics = ZonePage.objects.get(kind="comic")
    comics.slug = "manhua"
    comics.title_km = "តុក្កតា"
    comics.save_revision().publish()
    html = client.get("/km/search/", {"q": "ศึก"}).content.decode()
    assert "/km/manhua/shanhai/" in html and "/km/comics/" not in html
    assert "តុក្កតា" in menu(html)


def test_only_pages_and_sites_start_a_new_generation(work):
    from django.core.cache import cache
    from wagtail.models import Site

    from cms.site_cache import GENERATION_KEY

    before = cache.get(GENERATION_KEY)
    work.save()  # a work, an organisation: not part of the site tree
    work.rights_holder.save()
    assert cache.get(GENERATION_KEY) == before
    Site.objects.get().save()
    after_site = cache.get(GENERATION_KEY)
    assert after_site != before
    ZonePage.objects.get(kind="book").save()
    assert cache.get(GENERATION_KEY) != after_site
