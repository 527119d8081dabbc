"""Fixtures for tests on real parts: S3 buckets on the moto server, the Celery
app pointed at the test Redis, and a live worker on the test database."""
import contextlib
import json
import os
import time
import uuid
from urllib.parse import urlsplit, urlunsplit

import boto3
import pytest
from django.conf import settings as django_settings
from kombu import pools as kombu_pools

from marketplace.celery import app as celery_app
from marketplace.settings.storages import s3_storages
from tests.support.celery_worker import start_celery_worker
from tests.support.plugin import WORKERS, require
from tests.support.process import Service

S3_KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_S3_REGION_NAME": "us-east-1"}


@pytest.fixture
def s3_env(settings):
    """Fresh public and private buckets; STORAGES pointed at them. Returns the
    environment a worker needs to use the same buckets."""
    s3 = require("s3")
    media, documents = f"media-{uuid.uuid4().hex[:12]}", f"docs-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3.url, aws_access_key_id="testing",
                          aws_secret_access_key="testing", region_name="us-east-1")
    for bucket in (media, documents):
        client.create_bucket(Bucket=bucket)
    # As docker/minio-init.sh does: anyone may read the media bucket, nobody the documents one.
    client.put_bucket_policy(Bucket=media, Policy=json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{media}/*"}]}))
    settings.STORAGES = {**settings.STORAGES, **s3_storages(
        bucket=media, documents_bucket=documents, endpoint_url=s3.url, access_key="testing",
        secret_key="testing", url_protocol="http:", custom_domain=f"{urlsplit(s3.url).netloc}/{media}")}
    return {**S3_KEYS, "AWS_S3_ENDPOINT_URL": s3.url, "AWS_STORAGE_BUCKET_NAME": media,
            "AWS_DOCUMENTS_BUCKET_NAME": documents, "AWS_S3_URL_PROTOCOL": "http:",
            "AWS_S3_CUSTOM_DOMAIN": f"{urlsplit(s3.url).netloc}/{media}", "client": client}


@contextlib.contextmanager
def celery_broker(url: str):
    """Publish to a real broker for the duration (the suite otherwise runs tasks eagerly)."""
    previous = {key: celery_app.conf[key] for key in ("broker_url", "task_always_eager")}
    celery_app.conf.update(broker_url=url, task_always_eager=False)
    _drop_connections()
    try:
        yield
    finally:
        celery_app.conf.update(previous)
        _drop_connections()


def _drop_connections():
    # Celery caches a connection pool and a producer pool, and kombu keeps a
    # registry of pools per connection: all three must follow the new URL.
    if celery_app._pool is not None:
        celery_app._pool.force_close_all()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    kombu_pools.reset()


def test_database_url() -> str:
    """The URL of the database pytest-django created, for a worker process."""
    db = django_settings.DATABASES["default"]
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit((parts.scheme, parts.netloc, f"/{db['NAME']}", "", ""))


test_database_url.__test__ = False  # a helper, not a test


def start_worker(tmp_path, broker_url: str, s3: dict) -> Service:
    require("postgres")
    env = {"DJANGO_SETTINGS_MODULE": "marketplace.settings.test", "DATABASE_URL": test_database_url(),
           "CELERY_BROKER_URL": broker_url, "VAR_DIR": str(tmp_path / "worker-var"),
           **{k: v for k, v in s3.items() if k != "client"}}
    worker = start_celery_worker(env, tmp_path)
    WORKERS.append(worker)
    return worker


def wait_for(check, timeout=30.0, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"not true after {timeout} s: {check.__doc__ or check}")
