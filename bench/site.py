"""The production settings, pointed at a throw-away PostgreSQL and var dir:
what every benchmark measures against."""
import os
from pathlib import Path


def start_django(workdir: Path, database_url: str, *, broker: str | None = None) -> None:
    """DEBUG off, no Elasticsearch, S3 or mail server. With `broker`, Celery
    publishes there (not eager), so a page pays for publishing its tasks, not
    for running them; without one, tasks run in-process."""
    (workdir / "var" / "static").mkdir(parents=True)
    os.environ.update({"DATABASE_URL": database_url, "VAR_DIR": str(workdir / "var"), "DEBUG": "False",
                       "DJANGO_SETTINGS_MODULE": "marketplace.settings", "ALLOWED_HOSTS": "testserver",
                       "SECURE_SSL_REDIRECT": "false", "SESSION_COOKIE_SECURE": "false",
                       "CSRF_COOKIE_SECURE": "false", "TQDM_DISABLE": "1"})
    if broker:
        os.environ["CELERY_BROKER_URL"] = broker
    unset = ("ELASTICSEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "EMAIL_URL") + (() if broker else ("CELERY_BROKER_URL",))
    for name in unset:
        os.environ.pop(name, None)
    import django

    django.setup()
