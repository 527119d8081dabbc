"""A save never answers 500 after its commit: whatever goes wrong while
publishing a task, the message waits in the outbox."""
import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from catalog.models import Work
from marketplace import outbox
from marketplace.models import OutboxMessage
from marketplace.tests.factories import OrganizationFactory
from tests.conftest import celery_broker

pytestmark = pytest.mark.django_db(transaction=True)


# A transport kombu cannot load: the failure production met when kombu's Redis
# transport could not import `packaging`, an ImportError, not a connection error.
BROKEN_BROKER = "no-such-transport://localhost//"


def test_a_publish_error_of_any_kind_keeps_the_message_and_the_save_succeeds(client):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.test", "pw")
    client.force_login(editor)
    holder = OrganizationFactory()
    data = nested_form_data({
        "kind": "comic", "subtype": "manhua", "slug": "lantern-river", "title_en": "Lantern River",
        "original_title": "灯笼河", "original_language": "zh-Hans", "rights_holder": holder.pk,
        "credits": inline_formset([]), "media_assets": inline_formset([]), "rights_offers": inline_formset([]),
    })
    with celery_broker(BROKEN_BROKER):
        response = client.post("/admin/snippets/catalog/work/add/", data)
        assert response.status_code == 302
        work = Work.objects.get(slug="lantern-river")
        kept = OutboxMessage.objects.filter(task_name="search.tasks.works_sync").order_by("id")
        assert kept and all(m.args == [[work.pk]] and "no-such-transport" in m.last_error for m in kept)
        assert outbox.flush() == 0  # still broken: kept, the attempt counted
        assert OutboxMessage.objects.order_by("id").first().attempts == 1
