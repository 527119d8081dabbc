"""Editors manage works in the Wagtail admin: bad codes come back as translated
form errors and nothing is saved; good input lands as a draft for moderation."""
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext, override
from wagtail.images.models import Image
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from catalog.identifiers import normalize_isbn
from catalog.language_codes import parse_language, parse_languages
from catalog.models import MediaAsset, Work
from catalog.services import media_asset_create
from catalog.territories import parse_territory
from catalog.tests.factories import WorkFactory
from catalog.tests.images import png_bytes, upload
from marketplace.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.test", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "th"
    profile.save()
    client.force_login(user)
    return user


def work_post(holder, **offer):
    return nested_form_data({
        "kind": "comic", "subtype": "manhua", "slug": "new-manhua", "title_en": "Lantern River",
        "title_zh_hans": "灯笼河", "original_title": "灯笼河", "original_language": "zh-Hans",
        "rights_holder": holder.pk, "isbn": offer.pop("isbn", ""),
        "credits": inline_formset([]), "media_assets": inline_formset([]),
        "rights_offers": inline_formset([{"right_type": "translation", "territories": "ASEAN",
                                          "languages": "th, vi", "exclusivity": "exclusive", "term_years": 5,
                                          **offer}]),
    })


def test_a_bad_territory_is_a_translated_error_and_nothing_is_saved(client, editor):
    holder = OrganizationFactory()
    response = client.post("/admin/snippets/catalog/work/add/",
                           work_post(holder, territories="World excluding XX"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "XX" in html and "ISO 3166" in html
    assert "is not an ISO 3166 country code or a known territory group" not in html  # shown in Thai
    assert 'value="灯笼河"' in html  # what the editor typed is kept
    assert not Work.objects.exists()


def test_a_bad_isbn_is_refused(client, editor):
    response = client.post("/admin/snippets/catalog/work/add/",
                           work_post(OrganizationFactory(), isbn="978-7-02-000220-8"))
    assert response.status_code == 200 and not Work.objects.exists()


def test_good_input_is_saved_as_a_draft_with_canonical_codes(client, editor):
    response = client.post("/admin/snippets/catalog/work/add/",
                           work_post(OrganizationFactory(), territories="world excl. cn, tw", languages="TH vi"))
    assert response.status_code == 302
    work = Work.objects.get(slug="new-manhua")
    assert work.live is False and work.status == "draft"
    offer = work.rights_offers.get()
    assert offer.territories == "World excluding CN, TW" and offer.languages == "th, vi"


def pattern_post(holder, **fields):
    data = {**work_post(holder, **fields), "kind": "folk_art", "subtype": "batik", "source_community": "Bouyei"}
    data.update(nested_form_data({"media_assets": inline_formset([
        {"kind": "pattern", "title_en": "Pattern sheet", "file": upload("IMG_7.PNG", png_bytes()), "external_url": ""},
    ])}))
    return data


def stored_originals(settings) -> list[Path]:
    return [p for p in Path(settings.STORAGES["documents"]["OPTIONS"]["location"]).rglob("*") if p.is_file()]


def test_an_uploaded_pattern_is_stored_once_the_whole_form_is_valid(client, editor, settings):
    response = client.post("/admin/snippets/catalog/work/add/", pattern_post(OrganizationFactory()))
    assert response.status_code == 302
    asset = MediaAsset.objects.get(work__slug="new-manhua")
    assert len(asset.sha256) == 64 and asset.file.name == f"originals/{asset.sha256[:2]}/{asset.sha256}.png"
    assert [p.name for p in stored_originals(settings)] == [f"{asset.sha256}.png"]


def test_a_form_refused_for_another_field_stores_no_original(client, editor, settings):
    response = client.post("/admin/snippets/catalog/work/add/",
                           pattern_post(OrganizationFactory(), isbn="978-7-02-000220-8"))
    assert response.status_code == 200 and not Work.objects.exists()
    assert stored_originals(settings) == []


def test_indonesian_fields_are_labelled_with_the_language_code(client, editor):
    html = client.get("/admin/snippets/catalog/work/add/").content.decode()
    assert "[id]" in html and "[th]" in html
    assert "[ind]" not in html


def test_a_damaged_cover_image_is_a_translated_form_error(client, editor):
    data = png_bytes()
    response = client.post("/admin/images/add/", {"title": "Cover", "file": upload("cover.png", data[:-300])})
    assert response.status_code == 200 and not Image.objects.exists()
    with override("th"):
        assert gettext("The image is damaged or incomplete.") in response.content.decode()
    response = client.post("/admin/images/add/", {"title": "Cover", "file": upload("cover.png", data)})
    assert response.status_code == 302 and Image.objects.get().width == 640


def thai_message(parse, value) -> str:
    with override("th"), pytest.raises(ValidationError) as error:
        parse(value)
    return escape(error.value.messages[0])


@pytest.mark.parametrize("fields, parse, value", [
    ({"territories": "World excluding XX"}, parse_territory, "World excluding XX"),
    ({"languages": "th, qqq"}, parse_languages, "th, qqq"),
    ({"isbn": "978-7-02-000220-8"}, normalize_isbn, "978-7-02-000220-8"),
])
def test_a_code_error_is_shown_once(client, editor, fields, parse, value):
    response = client.post("/admin/snippets/catalog/work/add/", work_post(OrganizationFactory(), **fields))
    assert response.status_code == 200 and not Work.objects.exists()
    assert response.content.decode().count(thai_message(parse, value)) == 1


@pytest.mark.parametrize("year", ["0", "999", "2101", "3000", "99999"])
def test_a_year_outside_the_catalogues_range_is_refused(client, editor, year):
    data = work_post(OrganizationFactory())
    response = client.post("/admin/snippets/catalog/work/add/", {**data, "year": year})
    assert response.status_code == 200 and not Work.objects.exists()


def test_an_original_language_is_one_language(client, editor):
    data = work_post(OrganizationFactory())
    response = client.post("/admin/snippets/catalog/work/add/", {**data, "original_language": "th, vi"})
    assert response.status_code == 200 and not Work.objects.exists()
    assert thai_message(parse_language, "th, vi") in response.content.decode()


def test_the_admin_links_an_original_to_the_editors_download(client, editor):
    work = WorkFactory(kind="folk_art", subtype="batik", source_community="Bouyei")
    asset = media_asset_create(work=work, kind=MediaAsset.Kind.PATTERN, file=upload("p.png", png_bytes()))
    html = client.get(f"/admin/snippets/catalog/work/edit/{work.pk}/").content.decode()
    link = f"/admin/catalog/originals/{asset.pk}/"
    assert link in html and "/media/originals/" not in html
    download = client.get(link)
    assert download.status_code == 200 and b"".join(download.streaming_content) == png_bytes()
    client.logout()
    assert client.get(link).status_code == 302  # to the admin login
