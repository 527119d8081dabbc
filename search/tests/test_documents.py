"""Search documents built from the real catalogue models."""
import pytest

from catalog.models import Creator, RightsOffer, Subject, Work, WorkCredit
from marketplace.models import Organization
from search.availability import is_available
from search.documents import documents_for
from search.indexing import sync_works
from search.query import CatalogQuery
from search.registry import get_backend, reset_backends

from .oracle import work_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder():
    return Organization.objects.create(
        name_en="Lotus Press", name_zh_hans="莲花出版社", slug="lotus-press", kind="publisher", country="CN",
    )


def make_work(holder, slug="mountains-and-seas", live=True, **fields):
    work = Work(
        kind="comic", subtype="manhua", slug=slug, title_en="Battle of Mountains and Seas",
        title_zh_hans="山海逆战", title_ind="Pertempuran Gunung dan Laut", synopsis_th="วีรบุรุษแห่งขุนเขาและทะเล",
        original_title="山海逆战", original_language="zh-Hans", year=2021, rights_holder=holder, live=live,
        **fields,
    )
    work.save()
    RightsOffer.objects.create(work=work, right_type="translation", territories="World excluding CN, TW",
                               languages="th, zh-Hant")
    RightsOffer.objects.create(work=work, right_type="merchandise", territories="ASEAN", languages="en")
    creator = Creator.objects.create(name_en="Xia Da", name_original="夏达", country="CN")
    WorkCredit.objects.create(work=work, creator=creator)
    work.subjects.add(Subject.objects.get_or_create(slug="mythology", defaults={"name_en": "Mythology"})[0])
    work.save()
    return work


def test_work_document_gathers_titles_people_subjects_and_offers(holder):
    work = make_work(holder)
    doc = work_document(work)
    assert doc["id"] == work.pk
    assert (doc["slug"], doc["kind"], doc["subtype"]) == ("mountains-and-seas", "comic", "manhua")
    assert doc["titles"] == {"zh-hans": "山海逆战", "en": "Battle of Mountains and Seas",
                             "id": "Pertempuran Gunung dan Laut"}  # title_ind, title_zh_hans
    assert doc["synopses"] == {"th": "วีรบุรุษแห่งขุนเขาและทะเล"}
    assert doc["creators"] == ["Xia Da", "夏达"]
    assert doc["holder"] == {"id": holder.pk, "slug": "lotus-press",
                             "names": {"zh-hans": "莲花出版社", "en": "Lotus Press"}}
    assert (doc["subjects"], doc["year"], doc["original_title"]) == (["mythology"], 2021, "山海逆战")
    assert doc["published"] is not None
    translation, merchandise = doc["offers"]
    assert (translation["right_type"], translation["territory"], translation["languages"]) == (
        "translation", "World excluding CN, TW", ["th", "zh-Hant"])
    assert "TH" in translation["countries"] and "CN" not in translation["countries"]
    assert len(translation["countries"]) > 200
    assert merchandise["countries"] == sorted("BN KH ID LA MY MM PH SG TH VN TL".split())


def test_availability_reads_the_offer_rows(holder):
    offers = make_work(holder).rights_offers.all()
    assert is_available(offers, right_type="translation", territory="TH", language="zh")
    assert not is_available(offers, right_type="translation", territory="TW")
    assert is_available(offers, right_type="merchandise", territory="LA", language="en")


def test_documents_for_takes_a_fixed_number_of_queries_and_skips_drafts(holder, django_assert_max_num_queries):
    for n in range(4):
        make_work(holder, slug=f"work-{n}")
    draft = make_work(holder, slug="draft", live=False)
    with django_assert_max_num_queries(6):  # works, credits+creators, offers, subjects: not one per work
        docs = list(documents_for(Work.objects.all()))
    assert len(docs) == 4 and draft.pk not in {doc["id"] for doc in docs}


def test_documents_from_rows_equal_work_document(holder):
    """The bulk path reads rows, not instances: it must build the same dicts,
    across chunk boundaries, for works with and without each relation, for
    nearly consecutive works and for scattered ones (read another way)."""
    first = make_work(holder, slug="first", title_vi="  Trận chiến  ", synopsis_en="Gods and heroes.")
    painter = Creator.objects.create(name_en="Lin ", name_zh_hans="林", name_original="林")  # repeats, a space
    WorkCredit.objects.create(work=first, creator=painter, sort_order=1)
    first.subjects.add(Subject.objects.create(slug="epics", name_en="Epics"))
    RightsOffer.objects.create(work=first, right_type="ebook", territories="TH", languages="th", sort_order=5)
    bare_holder = Organization.objects.create(name_en="Bare", slug="bare", kind="studio", country="TH")
    Work.objects.create(kind="book", subtype="novel", slug="bare", title_en="Bare", original_title="Bare",
                        original_language="en", rights_holder=bare_holder, live=True)
    for n in range(3):  # drafts between: their credits and offers must not leak into a live work's
        make_work(holder, slug=f"draft-{n}", live=False)
    second = make_work(holder, slug="second")

    expected = [work_document(work) for work in Work.objects.filter(live=True).order_by("pk")]
    assert len(expected) == 3 and sorted(expected[0]["creators"]) == ["Lin", "Xia Da", "夏达", "林"]
    assert list(documents_for(Work.objects.all(), chunk_size=2)) == expected
    assert list(documents_for()) == expected
    assert list(documents_for(Work.objects.filter(pk__in=[first.pk, second.pk]))) == [expected[0], expected[2]]


def test_sync_works_indexes_live_works_and_removes_the_others(holder, settings, tmp_path):
    settings.SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.embedded", "PATH": tmp_path / "index"}}
    reset_backends()
    work = make_work(holder)
    sync_works([work.pk])
    backend = get_backend()
    results = backend.search(CatalogQuery(text="山海", right_type="translation", territory="TH", language="th"))
    assert [hit.id for hit in results.hits] == [work.pk]
    work.live = False
    work.save()
    sync_works([work.pk])
    assert backend.count() == 0
    reset_backends()
