"""/healthz says the process is up; /readyz says whether every part it
depends on answers: a short public status, the detail for staff or a token,
and the stores probed at most once every few seconds."""
import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import storages

from marketplace.health import PROBE_SECONDS, forget_probes


@pytest.fixture(autouse=True)
def fresh_probes():
    forget_probes()
    yield
    forget_probes()


def test_healthz_answers_without_touching_anything(client):
    # No django_db mark: any database query here would raise.
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_tells_the_public_only_the_status(client):
    response = client.get("/readyz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_shows_every_part_to_staff_and_to_the_token(client, settings):
    settings.READYZ_TOKEN = "s3cret-readyz-token"
    assert "parts" not in client.get("/readyz", HTTP_AUTHORIZATION="Bearer wrong").json()
    body = client.get("/readyz", HTTP_AUTHORIZATION="Bearer s3cret-readyz-token").json()
    assert set(body["parts"]) == {"database", "broker", "storage", "search"}
    assert body["parts"]["database"]["state"] == body["parts"]["storage"]["state"] == "ok"
    client.force_login(get_user_model().objects.create_user("ops", is_staff=True))
    assert "parts" in client.get("/readyz").json()


@pytest.mark.django_db
def test_readyz_probes_the_stores_at_most_once_in_a_while(client, monkeypatch):
    writes = []
    store = storages["default"]
    original_save = store.save
    monkeypatch.setattr(store, "save", lambda *a, **k: writes.append(a[0]) or original_save(*a, **k))
    for _ in range(20):
        assert client.get("/readyz").status_code == 200
    assert len(writes) == 1, f"the store was written {len(writes)} times within {PROBE_SECONDS} s"


@pytest.mark.django_db
def test_readyz_fails_when_the_broker_is_unreachable(client, settings):
    from marketplace.celery import app

    unreachable = "redis://127.0.0.1:9/0"  # the discard port: nothing listens there
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.READYZ_TOKEN = "t"
    original = app.conf.broker_url
    app.conf.broker_url = unreachable
    try:
        response = client.get("/readyz", HTTP_AUTHORIZATION="Bearer t")
    finally:
        app.conf.broker_url = original
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["parts"]["broker"]["state"] == "error"
