"""The web process as production runs it: gunicorn from a given venv."""
from __future__ import annotations

import subprocess
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from tests.support.process import PROJECT_ROOT, Service, free_port, launcher, make_stop, terminate, wait_until


def start_gunicorn(venv: Path, env: Mapping[str, str], workdir: Path, *, workers: int = 2,
                   timeout: float = 60.0) -> Service:
    """Ready when /healthz answers; `env` is the whole environment (nothing inherited)."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = workdir / "gunicorn.log"
    started = time.monotonic()
    cmd = [str(venv / "bin" / "gunicorn"), "marketplace.wsgi:application", "--bind", f"127.0.0.1:{port}",
           "--workers", str(workers), "--access-logfile", "-", "--error-logfile", "-"]
    proc: subprocess.Popen | None = None
    stop = make_stop("gunicorn", lambda: proc and terminate(proc))
    url = f"http://127.0.0.1:{port}"

    def answers() -> bool:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    try:
        with open(log_path, "ab") as log:
            proc = subprocess.Popen(launcher() + cmd, cwd=PROJECT_ROOT, env=dict(env), stdin=subprocess.DEVNULL,
                                    stdout=log, stderr=subprocess.STDOUT)
        wait_until(answers, proc, timeout, "gunicorn", log_path)
        return Service(name="gunicorn", url=url, version="gunicorn", started_in_seconds=time.monotonic() - started,
                       stop=stop, log_path=log_path, pid=proc.pid, port=port)
    except BaseException:
        stop()
        raise
