"""pytest plugin (`-p tests.support.plugin` in pytest.ini): the suite runs on
real PostgreSQL, with Redis and an S3 server at hand for the tests that need
them, all started on loopback before Django reads its settings.

Where a service cannot be had (its Debian package is missing: `bash
bin/system-packages` installs it), the suite says so and runs on SQLite, and the
tests marked `services` skip; under CI=true that is an error instead.
RB_SERVICES=off skips starting them (a quick local run)."""
import os
import sys
import tempfile
from pathlib import Path

import pytest

from tests.support.postgres import start_postgres
from tests.support.process import Service, ServiceError
from tests.support.redis_server import start_redis
from tests.support.s3 import start_moto_s3

STARTED: dict[str, Service] = {}
WORKERS: list[Service] = []  # live Celery workers the tests started
UNAVAILABLE: dict[str, str] = {}
ON_CI = os.environ.get("CI") == "true"


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    if os.environ.get("RB_SERVICES") == "off" and not ON_CI:
        UNAVAILABLE.update(all="RB_SERVICES=off")
        return
    workdir = Path(tempfile.mkdtemp(prefix="rb-services-"))
    _start("postgres", lambda: start_postgres(workdir))
    _start("redis", lambda: start_redis(workdir))
    _start("s3", start_moto_s3)
    if "postgres" in STARTED and not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = STARTED["postgres"].url


def _start(name, start):
    try:
        STARTED[name] = start()
    except (ServiceError, OSError) as error:
        if ON_CI:
            raise pytest.UsageError(f"{name} could not be started on CI: {error}") from error
        UNAVAILABLE[name] = str(error).splitlines()[0]
        print(f"!! {name} unavailable, its tests will be skipped: {UNAVAILABLE[name]}", file=sys.stderr)


def pytest_report_header(config):
    from django.conf import settings

    lines = [f"{s.name}: {s.version} at {s.url} (started in {s.started_in_seconds:.2f} s)" for s in STARTED.values()]
    lines += [f"{name}: unavailable ({why})" for name, why in UNAVAILABLE.items()]
    lines.append(f"database engine: {settings.DATABASES['default']['ENGINE']}")
    es = os.environ.get("ELASTICSEARCH_URL")
    lines.append("search engines: embedded" + (f", elasticsearch at {es}" if es else
                                                 " (ELASTICSEARCH_URL unset: no Elasticsearch cases)"))
    return lines


def pytest_terminal_summary(terminalreporter):
    for worker in WORKERS:
        terminalreporter.write_line(f"live Celery worker {worker.url}: {worker.version}, "
                                    f"ready in {worker.started_in_seconds:.1f} s (pid {worker.pid})")


def pytest_unconfigure(config):
    for service in reversed(list(STARTED.values())):
        service.stop()


def require(name: str) -> Service:
    """The running service, or a skip (a failure on CI) saying why it is missing."""
    if name in STARTED:
        return STARTED[name]
    why = UNAVAILABLE.get(name) or UNAVAILABLE.get("all", "not started")
    if ON_CI:
        pytest.fail(f"{name} is required on CI: {why}")
    pytest.skip(f"{name} unavailable: {why}")
