"""Wagtail documents live in the private store: a document in a
login-restricted collection is readable only through Wagtail's view, which
checks the restriction; no storage URL serves it to anyone."""
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

CONTRACT = b"%PDF-1.4 draft licence for the Thai edition\n%%EOF\n"


@pytest.fixture
def restricted_document():
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    legal = root.add_child(name="Legal")
    CollectionViewRestriction.objects.create(collection=legal, restriction_type=CollectionViewRestriction.LOGIN)
    return get_document_model().objects.create(title="Draft licence", collection=legal,
                                               file=ContentFile(CONTRACT, name="draft-licence.pdf"))


def test_the_file_is_in_the_private_store_not_in_public_media(restricted_document, settings):
    path = Path(restricted_document.file.path)
    assert path.read_bytes() == CONTRACT
    assert path.is_relative_to(settings.STORAGES["documents"]["OPTIONS"]["location"])
    assert not path.is_relative_to(settings.MEDIA_ROOT)
    assert restricted_document.url.startswith("/documents/")


def test_only_a_signed_in_user_can_read_a_restricted_document(client, restricted_document):
    anonymous = client.get(restricted_document.url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    client.force_login(get_user_model().objects.create_user("agent"))
    response = client.get(restricted_document.url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == CONTRACT
