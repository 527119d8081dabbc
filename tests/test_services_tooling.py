"""The test support in tests/support starts real services that answer.

Each service is started for real on loopback, used through its ordinary
client, then stopped; a stopped service must no longer accept connections
and a failed start must leave no process behind.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest
from celery import Celery

from tests.support.celery_worker import start_celery_worker
from tests.support.debian import PROBES, missing_debian_packages, require_debian_packages
from tests.support.postgres import start_postgres
from tests.support.process import PROJECT_ROOT, Service, ServiceError, free_port, port_accepts_connections
from tests.support.redis_server import start_redis
from tests.support.s3 import start_moto_s3

pytestmark = pytest.mark.services

TEXT = "ผ้าไหมไทย · 山海逆战 · ເມືອງລາວ · ប្រាសាទ · မြန်မာ · cổ tích"

# A trivial Celery app for the worker test: the worker imports this module
# (``-A tests.test_services_tooling:probe_app``) and reads its broker and
# result backend from the environment the test gives it.
probe_app = Celery(
    "rb_probe",
    broker=os.environ.get("RB_PROBE_BROKER_URL"),
    backend=os.environ.get("RB_PROBE_RESULT_BACKEND"),
    set_as_current=False,
)


@probe_app.task(name="rb_probe.echo_upper")
def echo_upper(text: str) -> str:
    return text.upper()


def wait_port_closed(port: int, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not port_accepts_connections(port, timeout=0.2):
            return True
        time.sleep(0.05)
    return False


def pid_alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def processes_mentioning(fragment: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if fragment in cmdline and pid_alive(int(entry.name)):
            found.append(f"{entry.name}: {cmdline}")
    return found


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("services")


@pytest.fixture(scope="module")
def need_postgres():
    require_debian_packages(["postgresql"])


@pytest.fixture(scope="module")
def need_redis():
    require_debian_packages(["redis-server"])


@pytest.fixture(scope="module")
def redis_service(need_redis, workdir):
    service = start_redis(workdir)
    yield service
    service.stop()


def report(service: Service) -> None:
    print(f"{service.name}: {service.version}, started in {service.started_in_seconds:.2f} s")


def test_free_port_can_be_bound():
    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_postgres_answers_and_keeps_utf8(need_postgres, workdir):
    import environ
    import psycopg

    service = start_postgres(workdir, dbname="rightsbridge")
    report(service)
    try:
        assert service.url == f"postgres://postgres@127.0.0.1:{service.port}/rightsbridge"
        assert "PostgreSQL" in service.version
        with psycopg.connect(service.url, connect_timeout=5) as conn:
            assert conn.execute("select current_database()").fetchone()[0] == "rightsbridge"
            version = conn.execute("select version()").fetchone()[0]
            assert version.startswith("PostgreSQL")
            assert conn.execute("show server_encoding").fetchone()[0] == "UTF8"
            conn.execute("create table sample (title text)")
            conn.execute("insert into sample values (%s)", [TEXT])
            assert conn.execute("select title from sample").fetchone()[0] == TEXT
            assert conn.execute("select count(*) from sample where title like %s",
                                ["%山海%"]).fetchone()[0] == 1
        # Django reads it through django-environ: the PostgreSQL backend.
        config = environ.Env.db_url_config(service.url)
        assert config["ENGINE"] == "django.db.backends.postgresql"
        assert (config["HOST"], int(config["PORT"])) == ("127.0.0.1", service.port)
    finally:
        service.stop()
    assert wait_port_closed(service.port), "PostgreSQL still accepts connections after stop()"
    assert not pid_alive(service.pid)
    service.stop()  # a second stop is harmless


def test_postgres_start_failure_leaves_nothing_running(need_postgres, workdir):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ServiceError) as failure:
            start_postgres(workdir, port=port, timeout=15)
    assert "could not" in str(failure.value).lower()  # the log tail explains why
    assert not processes_mentioning(f"-p {port} "), "a postgres process outlived the failed start"


def test_redis_answers(redis_service):
    import redis

    report(redis_service)
    assert redis_service.url == f"redis://127.0.0.1:{redis_service.port}/0"
    client = redis.Redis.from_url(redis_service.url, socket_timeout=2)
    assert client.ping() is True
    client.set("rb:title", TEXT)
    assert client.get("rb:title").decode() == TEXT
    assert client.info("server")["redis_version"] in redis_service.version
    client.close()


def test_redis_stop_closes_the_port(need_redis, workdir):
    service = start_redis(workdir)
    assert port_accepts_connections(service.port)
    service.stop()
    assert wait_port_closed(service.port)
    assert not pid_alive(service.pid)


def test_redis_start_failure_leaves_nothing_running(need_redis, workdir):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ServiceError):
            start_redis(workdir, port=port, timeout=10)
    assert not processes_mentioning(f"--port {port} ")


def test_server_dies_with_a_killed_test_process(need_redis, workdir):
    """Even SIGKILL (no atexit) leaves no redis-server: the parent-death signal."""
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(PROJECT_ROOT)!r})
        from tests.support.redis_server import start_redis
        service = start_redis(__import__("pathlib").Path({str(workdir)!r}))
        print(service.port, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == -signal.SIGKILL, result.stderr
    port = int(result.stdout.split()[0])
    assert wait_port_closed(port), "redis-server outlived the process that started it"


def test_moto_s3_serves_buckets_and_presigned_urls():
    import boto3
    from botocore.config import Config

    service = start_moto_s3()
    report(service)
    try:
        s3 = boto3.client(
            "s3",
            endpoint_url=service.url,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            config=Config(signature_version="s3v4", retries={"max_attempts": 1}),
        )
        s3.create_bucket(Bucket="rightsbridge-documents")
        body = TEXT.encode()
        s3.put_object(Bucket="rightsbridge-documents", Key="contracts/ສັນຍາ.txt", Body=body)
        got = s3.get_object(Bucket="rightsbridge-documents", Key="contracts/ສັນຍາ.txt")
        assert got["Body"].read() == body
        url = s3.generate_presigned_url(
            "get_object", Params={"Bucket": "rightsbridge-documents", "Key": "contracts/ສັນຍາ.txt"},
            ExpiresIn=60,
        )
        assert "X-Amz-Signature=" in url
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.status == 200
            assert response.read() == body
    finally:
        service.stop()
    assert wait_port_closed(service.port), "moto still accepts connections after stop()"


def test_celery_worker_runs_a_task(redis_service, workdir):
    env = {
        "RB_PROBE_BROKER_URL": redis_service.url,
        "RB_PROBE_RESULT_BACKEND": redis_service.url,
        "CELERY_BROKER_URL": redis_service.url,
        # Keep Celery's Django fix-up out of this probe (pytest-django sets it).
        "DJANGO_SETTINGS_MODULE": "",
    }
    worker = start_celery_worker(env, workdir, app="tests.test_services_tooling:probe_app")
    report(worker)
    client = Celery("rb_probe_client", broker=redis_service.url, backend=redis_service.url,
                    set_as_current=False)
    try:
        replies = client.control.ping(destination=[worker.url], timeout=5, limit=1)
        assert replies and worker.url in replies[0], replies
        result = client.send_task("rb_probe.echo_upper", args=["cổ tích"])
        assert result.get(timeout=10) == "CỔ TÍCH"
    finally:
        worker.stop()
        client.close()
    assert not pid_alive(worker.pid)
    assert "ready." in worker.log_tail(200)


def test_celery_worker_start_failure_shows_the_log(redis_service, workdir):
    with pytest.raises(ServiceError) as failure:
        start_celery_worker({"CELERY_BROKER_URL": redis_service.url}, workdir, app="tests.no_such_module",
                            timeout=30)
    assert "no_such_module" in str(failure.value)


def test_a_missing_debian_package_skips_and_fails_on_ci_pointing_at_bin_system_packages(monkeypatch):
    probes = {"rb-no-such-package": "rb-no-such-binary", "coreutils": "ls"}
    assert missing_debian_packages(probes) == ["rb-no-such-package"]
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="bash bin/system-packages"):
        require_debian_packages(probes)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="bash bin/system-packages"):
        require_debian_packages(probes)


def test_bin_system_packages_installs_every_package_the_tests_check():
    """It is the one place that installs Debian packages, so it must cover them all."""
    installs = {package: path for path, package in
                re.findall(r"^\s*\[(\S+)\]=(\S+)", (PROJECT_ROOT / "bin/system-packages").read_text(), re.M)}
    assert PROBES.items() <= installs.items()
