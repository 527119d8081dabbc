"""The production shape on real parts: S3 storage (moto's server), Redis with a
live Celery worker on the test PostgreSQL database, and the two faults — broker
down, storage down — losing nothing."""
import urllib.error
import urllib.request

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from catalog.models import MediaAsset
from catalog.services import media_asset_create
from catalog.tasks import media_asset_make_preview
from catalog.tests.factories import WorkFactory
from catalog.tests.images import PDF_BYTES, png_bytes, upload
from marketplace import outbox
from marketplace.models import OutboxMessage
from marketplace.settings.storages import s3_storages
from tests.conftest import celery_broker, start_worker, wait_for
from tests.support.plugin import require
from tests.support.process import free_port
from tests.support.redis_server import start_redis

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def folk_art_work():
    return WorkFactory(kind="folk_art", subtype="embroidery", source_community="Miao (Hmong), Guizhou")


def pattern_asset(work, **kwargs) -> MediaAsset:
    return media_asset_create(work=work, kind=MediaAsset.Kind.PATTERN, file=upload("pattern.png", png_bytes()),
                              **kwargs)


def keys(client, bucket, prefix=""):
    return [o["Key"] for o in client.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])]


def test_originals_are_private_and_samples_download_through_short_signed_urls(client, s3_env):
    work = folk_art_work()
    sample = media_asset_create(work=work, kind=MediaAsset.Kind.SAMPLE, file=upload("chapter.pdf", PDF_BYTES))
    s3 = s3_env["client"]
    assert keys(s3, s3_env["AWS_DOCUMENTS_BUCKET_NAME"]) == [sample.file.name]
    assert keys(s3, s3_env["AWS_STORAGE_BUCKET_NAME"], "originals/") == []
    with pytest.raises(urllib.error.HTTPError) as refused:  # the private bucket refuses plain reads
        urllib.request.urlopen(f"{s3_env['AWS_S3_ENDPOINT_URL']}/{s3_env['AWS_DOCUMENTS_BUCKET_NAME']}/{sample.file.name}")
    assert refused.value.code == 403
    response = client.get(f"/samples/{sample.pk}/")
    assert response.status_code == 302
    signed = response["Location"]
    assert "X-Amz-Signature=" in signed and "X-Amz-Expires=300" in signed
    with urllib.request.urlopen(signed) as download:
        assert download.read() == PDF_BYTES


def test_a_live_worker_makes_the_preview_after_the_save_commits(s3_env, tmp_path):
    redis = require("redis")
    worker = start_worker(tmp_path, redis.url, s3_env)
    try:
        with celery_broker(redis.url):
            asset = pattern_asset(folk_art_work())
            done = wait_for(lambda: MediaAsset.objects.filter(pk=asset.pk, preview_of=asset.sha256).first())
    finally:
        worker.stop()
    previews = keys(s3_env["client"], s3_env["AWS_STORAGE_BUCKET_NAME"], "previews/")
    assert previews == [done.preview.name]
    with urllib.request.urlopen(done.preview.url) as public:  # public bucket: plain URL, no signature
        assert public.read(3) == b"\xff\xd8\xff"  # JPEG
    assert "Signature" not in done.preview.url
    assert OutboxMessage.objects.count() == 0


def test_with_the_broker_down_the_save_succeeds_and_the_work_runs_when_it_is_back(s3_env, tmp_path):
    port = free_port()
    broker_url = f"redis://127.0.0.1:{port}/0"
    with celery_broker(broker_url):
        asset = pattern_asset(folk_art_work())  # nothing listens on the broker port
        assert MediaAsset.objects.filter(pk=asset.pk).exists()
        kept = {m.task_name: m.args for m in OutboxMessage.objects.all()}
        assert kept["catalog.tasks.media_asset_make_preview"] == [asset.pk]
        assert kept["search.tasks.works_sync"] == [[asset.work_id]]
        assert outbox.flush() == 0  # still down: kept, the attempt counted
        assert OutboxMessage.objects.order_by("id").first().attempts == 1

        redis = start_redis(tmp_path, port=port)  # the broker comes back
        worker = start_worker(tmp_path, broker_url, s3_env)  # flushes the outbox when ready
        try:
            wait_for(lambda: MediaAsset.objects.filter(pk=asset.pk, preview_of=asset.sha256).exists())
            wait_for(lambda: not OutboxMessage.objects.exists())
            assert outbox.flush() == 0
        finally:
            worker.stop()
            redis.stop()
    assert media_asset_make_preview(asset.pk) is False  # a repeat run changes nothing
    assert len(keys(s3_env["client"], s3_env["AWS_STORAGE_BUCKET_NAME"], "previews/")) == 1


def test_with_storage_down_an_upload_fails_clearly_and_saves_nothing(settings, s3_env):
    work = folk_art_work()
    pattern_asset(work)  # an earlier upload, while the store was up
    down = f"http://127.0.0.1:{free_port()}"
    settings.STORAGES = {**settings.STORAGES, **s3_storages(
        bucket=s3_env["AWS_STORAGE_BUCKET_NAME"], documents_bucket=s3_env["AWS_DOCUMENTS_BUCKET_NAME"],
        endpoint_url=down, access_key="testing", secret_key="testing")}
    with translation.override("th"), pytest.raises(ValidationError) as error:
        media_asset_create(work=work, kind=MediaAsset.Kind.PATTERN, file=upload("new.png", png_bytes(colour=(9, 9, 9))))
    assert error.value.code == "storage_unavailable"
    with translation.override("th"):
        thai = error.value.messages[0]
    assert thai != "The file store cannot be reached just now, so nothing was saved. Please try again in a few minutes."
    assert MediaAsset.objects.filter(work=work).count() == 1  # the earlier upload is untouched


def test_deal_attachments_live_in_the_private_bucket_and_download_through_short_signed_urls(client, s3_env):
    from deals import services
    from deals.models import Attachment
    from deals.tests.factories import scope, world

    w = world()
    deal = services.inquiry_send(user=w.buyer.member, organization=w.buyer.organization, line=w.line,
                                 scope=scope(), message="Our catalogue is attached.", language="en")
    services.message_post(user=w.buyer.member, organization=w.buyer.organization, deal=deal, body="PDF",
                          language="en", files=[upload("catalogue.pdf", PDF_BYTES)])
    attachment = Attachment.objects.get()
    s3 = s3_env["client"]
    assert attachment.file.name in keys(s3, s3_env["AWS_DOCUMENTS_BUCKET_NAME"])
    assert keys(s3, s3_env["AWS_STORAGE_BUCKET_NAME"], "deals/") == []
    client.force_login(w.seller.member)
    signed = client.get(f"/en/deals/attachments/{attachment.pk}/")["Location"]
    assert "X-Amz-Signature=" in signed and "X-Amz-Expires=300" in signed
    with urllib.request.urlopen(signed) as download:
        assert download.read() == PDF_BYTES
