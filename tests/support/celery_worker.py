"""A real ``celery worker`` subprocess: it sees the test database through the
environment it is given, as production workers do."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

import celery

from tests.support.process import (
    PROJECT_ROOT,
    Service,
    ServiceError,
    free_port,
    launcher,
    make_stop,
    tail,
    terminate,
    wait_until,
)


def start_celery_worker(env: Mapping[str, str], workdir: Path, *, app: str = "marketplace",
                        queues: Iterable[str] = ("celery",), pool: str = "solo", concurrency: int | None = None,
                        inherit_env: bool = True, timeout: float = 60.0, python: str = sys.executable) -> Service:
    """Ready when it logs "ready.".

    ``env`` is laid over ``os.environ`` (unless ``inherit_env=False``); give it
    ``CELERY_BROKER_URL``, ``DJANGO_SETTINGS_MODULE`` and a ``DATABASE_URL``
    naming the *test* database. The worker runs from the project root with its
    log in ``workdir``, under ``python`` (another venv's, for the production shape).
    """
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    full_env = {**(os.environ if inherit_env else {}), **env}
    full_env.setdefault("PYTHONUNBUFFERED", "1")
    if not full_env.get("CELERY_BROKER_URL"):
        raise ServiceError("start_celery_worker needs CELERY_BROKER_URL in env")
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), full_env.get("PYTHONPATH")]))
    node = f"rbtest{os.getpid()}-{free_port()}@{socket.gethostname()}"
    log_path = workdir / f"celery-{node.split('@')[0]}.log"
    cmd = [
        python, "-m", "celery", "-A", app, "worker", f"--pool={pool}", "--loglevel=INFO",
        "--without-heartbeat", "--without-mingle", "--without-gossip", "-Q", ",".join(queues), "-n", node,
    ]
    if concurrency:
        cmd.append(f"--concurrency={concurrency}")
    proc: subprocess.Popen | None = None

    def action() -> None:
        if proc is not None:
            terminate(proc, signal.SIGTERM, grace=20)  # SIGTERM is Celery's warm shutdown

    stop = make_stop("celery_worker", action)
    try:
        with open(log_path, "ab") as log:
            proc = subprocess.Popen(launcher() + cmd, cwd=PROJECT_ROOT, env=full_env, stdin=subprocess.DEVNULL,
                                    stdout=log, stderr=subprocess.STDOUT)
        wait_until(lambda: re.search(r"\bready\.", tail(log_path, 200)) is not None, proc, timeout,
                   "Celery worker", log_path)
        return Service(name="celery_worker", url=node, version=f"celery {celery.__version__}",
                       started_in_seconds=time.monotonic() - started, stop=stop, log_path=log_path, pid=proc.pid)
    except BaseException:
        stop()
        raise
