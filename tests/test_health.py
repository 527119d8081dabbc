"""/healthz says the process is up; /readyz reports each part it depends on."""
import pytest


def test_healthz_answers_without_touching_anything(client):
    # No django_db mark: any database query here would raise.
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_reports_every_part(client):
    response = client.get("/readyz")
    body = response.json()
    assert set(body["parts"]) == {"database", "broker", "storage", "search"}
    assert body["parts"]["database"]["state"] == "ok"
    assert body["parts"]["storage"]["state"] == "ok"
    assert response.status_code == 200 and body["status"] == "ok"


@pytest.mark.django_db
def test_readyz_fails_when_the_broker_is_unreachable(client, settings):
    from marketplace.celery import app

    unreachable = "redis://127.0.0.1:9/0"  # the discard port: nothing listens there
    settings.CELERY_TASK_ALWAYS_EAGER = False
    original = app.conf.broker_url
    app.conf.broker_url = unreachable
    try:
        response = client.get("/readyz")
    finally:
        app.conf.broker_url = original
    assert response.status_code == 503
    assert response.json()["parts"]["broker"]["state"] == "error"
