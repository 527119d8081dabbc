"""``redis-server`` on 127.0.0.1 without persistence, run by pytest-redis's executor.

(Named ``redis_server`` so that ``import redis`` always means the client package.)
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import redis
from mirakuru.exceptions import ExecutorError
from pytest_redis.exception import UnixSocketTooLong
from pytest_redis.executor import RedisExecutor

from tests.support.process import Service, ServiceError, free_port, launcher, make_stop, tail


def start_redis(workdir: Path, *, port: int | None = None, timeout: float = 15.0) -> Service:
    """Ready once the port accepts connections; logs to ``workdir/redis-server.<port>.log``."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise ServiceError("redis-server not found: run `bash bin/system-packages` as root")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    port = port or free_port()
    log_path = workdir / f"redis-server.{port}.log"
    executor = RedisExecutor(binary, databases=16, redis_timeout=0, loglevel="notice", host="127.0.0.1", port=port,
                             startup_timeout=max(1, round(timeout)), datadir=workdir)
    executor.command_parts[:0] = launcher()  # die with us, even on SIGKILL
    stop = make_stop("redis", executor.stop)
    try:
        executor.start()
    except (ExecutorError, UnixSocketTooLong) as error:  # port taken, early exit, timeout: no process is left
        stop()
        log = f"--- {log_path} ---\n{tail(log_path)}"
        raise ServiceError(f"Redis did not start on port {port}: {error}\n{log}") from None
    url = f"redis://127.0.0.1:{port}/0"
    with redis.Redis.from_url(url, socket_timeout=5) as client:
        version = client.info("server")["redis_version"]
    return Service(name="redis", url=url, version=f"Redis {version}", started_in_seconds=time.monotonic() - started,
                   stop=stop, log_path=log_path, pid=executor.process.pid, port=port)
