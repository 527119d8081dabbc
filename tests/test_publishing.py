"""An unfinished offer line can live in a draft, never in the catalogue; and
if one reaches a live row anyway, it costs the index that line, not the work
or the rebuild. The index always sees a save's final rows."""
import pytest
from django.core.exceptions import ValidationError

from catalog.models import RightsOffer, Work
from catalog.tests.factories import RightsOfferFactory, SubjectFactory, WorkFactory
from search.indexing import rebuild_index
from search.query import CatalogQuery
from search.registry import get_backend


@pytest.fixture
def index(embedded_index):
    return embedded_index


def found(**query) -> list[str]:
    return [hit.slug for hit in get_backend().search(CatalogQuery(ui_language="en", **query)).hits]


@pytest.mark.django_db
def test_publishing_a_draft_with_an_empty_territory_is_refused(index):
    work = WorkFactory(live=False, first_published_at=None, last_published_at=None)
    work.rights_offers.add(RightsOffer(right_type="translation", territories="", languages="th"))
    revision = work.save_revision()  # a draft: Wagtail defers validation
    with pytest.raises(ValidationError) as error:
        revision.publish()
    assert "territories" in error.value.error_dict
    work.refresh_from_db()
    assert work.live is False


@pytest.mark.django_db
def test_a_bad_offer_line_costs_the_index_that_line_only(index, caplog):
    good = WorkFactory(slug="good-work")
    RightsOfferFactory(work=good)
    bad = WorkFactory(slug="bad-line-work")
    RightsOfferFactory(work=bad, territories="ASEAN", languages="th")
    line = RightsOfferFactory(work=bad, right_type="print")
    RightsOffer.objects.filter(pk=line.pk).update(territories="")  # as a published draft left it
    assert rebuild_index() == 2
    assert set(found()) == {"good-work", "bad-line-work"}
    assert set(found(right_type="translation", territory="TH")) == {"good-work", "bad-line-work"}
    assert found(right_type="print") == []  # the bad line, left out
    assert "left out of the index" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_a_save_with_new_subjects_is_indexed_with_them(index):
    """Outside a transaction each write commits at once: the work's post_save
    comes before its subjects are written."""
    myth = SubjectFactory(slug="mythology")
    work = WorkFactory(slug="shanhai")
    assert found(subjects=("mythology",)) == []
    work.subjects = [myth]
    work.save()
    assert found(subjects=("mythology",)) == ["shanhai"]
    assert Work.objects.get(pk=work.pk).subjects.count() == 1
