"""The production shape, as it really starts: a venv built from
requirements/base.txt alone, gunicorn with the production settings (DEBUG
off), a Celery worker from the same venv, PostgreSQL, Redis and the S3 server
on loopback. An editor saves a work with a pattern image through the admin;
the task runs, the watermarked preview lands in the public bucket, and
/readyz answers 200.

The test venv carries packages production does not install, so only this
test can see a runtime dependency missing from base.txt (as `packaging`, for
kombu's Redis transport, once was)."""
import hashlib
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
import requests
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from catalog.models import MediaAsset
from catalog.tests.images import png_bytes
from marketplace.tests.factories import OrganizationFactory
from tests.conftest import test_database_url, wait_for
from tests.support.celery_worker import start_celery_worker
from tests.support.gunicorn import start_gunicorn
from tests.support.plugin import WORKERS, require
from tests.support.process import PROJECT_ROOT

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
BASE = PROJECT_ROOT / "requirements" / "base.txt"


@pytest.fixture(scope="session")
def base_venv() -> Path:
    """A venv with base.txt and nothing else, kept under var/ while base.txt is unchanged."""
    digest = hashlib.sha256(BASE.read_bytes()).hexdigest()[:12]
    venv = PROJECT_ROOT / "var" / f"venv-base-{digest}"
    if not (venv / ".complete").exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                        "-r", str(BASE)], check=True, timeout=900)
        (venv / ".complete").touch()
    return venv


def csrf(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def test_the_production_install_saves_a_work_and_makes_its_preview(base_venv, s3_env, tmp_path, settings):
    redis = require("redis")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]  # production's, not the tests'

    env = {
        "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONUNBUFFERED": "1",
        "DJANGO_SETTINGS_MODULE": "marketplace.settings", "DEBUG": "false", "SECRET_KEY": "production-shape-test",
        "ALLOWED_HOSTS": "127.0.0.1", "DATABASE_URL": test_database_url(), "CELERY_BROKER_URL": redis.url,
        "VAR_DIR": str(tmp_path / "var"), "READYZ_TOKEN": "readyz-test-token",
        # gunicorn on plain http, as docker-compose.yml runs it on localhost
        "SECURE_SSL_REDIRECT": "false", "SESSION_COOKIE_SECURE": "false", "CSRF_COOKIE_SECURE": "false",
        **{key: value for key, value in s3_env.items() if key != "client"},
    }
    worker = start_celery_worker(env, tmp_path / "worker", python=str(base_venv / "bin" / "python"),
                                 inherit_env=False)
    WORKERS.append(worker)
    web = start_gunicorn(base_venv, env, tmp_path / "web")
    try:
        get_user_model().objects.create_superuser("editor", "editor@example.test", "pw-for-the-test")
        holder = OrganizationFactory()
        browser = requests.Session()
        login = browser.get(f"{web.url}/admin/login/")
        browser.post(f"{web.url}/admin/login/", data={
            "username": "editor", "password": "pw-for-the-test", "csrfmiddlewaretoken": csrf(login.text)},
            headers={"Referer": f"{web.url}/admin/login/"})
        form = browser.get(f"{web.url}/admin/snippets/catalog/work/add/", allow_redirects=False)
        assert form.status_code == 200, "not logged in to the admin"
        data = nested_form_data({
            "kind": "folk_art", "subtype": "batik", "slug": "bouyei-batik", "title_en": "Bouyei batik",
            "original_title": "布依族蜡染", "original_language": "zh-Hans", "rights_holder": holder.pk,
            "source_community": "Bouyei, Guizhou", "credits": inline_formset([]), "rights_offers": inline_formset([]),
            "media_assets": inline_formset([{"kind": "pattern", "title_en": "Pattern sheet", "external_url": ""}]),
        })
        saved = browser.post(f"{web.url}/admin/snippets/catalog/work/add/",
                             data={**data, "csrfmiddlewaretoken": csrf(form.text), "action-publish": "action-publish"},
                             files={"media_assets-0-file": ("batik.png", png_bytes(), "image/png")},
                             headers={"Referer": form.url}, allow_redirects=False)
        assert saved.status_code == 302 and "login" not in saved.headers["Location"], saved.text[-2000:]

        asset = wait_for(lambda: MediaAsset.objects.filter(work__slug="bouyei-batik").exclude(preview="").first(),
                         timeout=60)
        assert asset.preview_of == asset.sha256
        media = s3_env["client"].list_objects_v2(Bucket=s3_env["AWS_STORAGE_BUCKET_NAME"], Prefix="previews/")
        assert [o["Key"] for o in media.get("Contents", [])] == [asset.preview.name]
        with urllib.request.urlopen(asset.preview.url) as preview:
            assert preview.read(3) == b"\xff\xd8\xff"  # a JPEG, from the public bucket
        originals = s3_env["client"].list_objects_v2(Bucket=s3_env["AWS_DOCUMENTS_BUCKET_NAME"])
        assert [o["Key"] for o in originals.get("Contents", [])] == [asset.file.name]

        ready = browser.get(f"{web.url}/readyz", headers={"Authorization": "Bearer readyz-test-token"})
        assert ready.status_code == 200, ready.text
        assert {name: part["state"] for name, part in ready.json()["parts"].items()} == {
            "database": "ok", "broker": "ok", "storage": "ok", "search": "ok"}
    finally:
        web.stop()
        worker.stop()
