"""What every service shares: the :class:`Service` handle, ports, log tails, and
child processes that die with us (``setpriv --pdeathsig``), so even a killed
pytest leaves no server behind."""
from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class ServiceError(RuntimeError):
    """A service could not be started (the message carries its log tail)."""


@dataclass
class Service:
    name: str
    url: str
    version: str
    started_in_seconds: float
    stop: Callable[[], None] = field(repr=False)
    log_path: Path | None = None
    pid: int | None = None
    port: int | None = None

    def log_tail(self, lines: int = 40) -> str:
        return tail(self.log_path, lines)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_accepts_connections(port: int, host: str = "127.0.0.1", timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def tail(path: Path | None, lines: int = 40) -> str:
    if not path:
        return ""
    try:
        text = Path(path).read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


def launcher(user: str | None = None, deathsig: str = "TERM") -> list[str]:
    """Command prefix: drop to ``user`` (when root) and die with our process.

    ``setpriv`` (util-linux) execs in place, so the pid we hold is the
    server's own, and sets the parent-death signal after changing user.
    """
    setpriv = shutil.which("setpriv")
    if user and is_root():
        if setpriv:
            return [setpriv, f"--reuid={user}", f"--regid={user}", "--init-groups", "--pdeathsig", deathsig, "--"]
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", user, "--"]
        raise ServiceError(f"need setpriv or runuser to run a service as {user!r}")
    if setpriv and sys.platform.startswith("linux"):
        return [setpriv, "--pdeathsig", deathsig, "--"]
    return []


def terminate(proc: subprocess.Popen, first: int = signal.SIGTERM, grace: float = 10.0) -> None:
    """Send ``first``, then SIGKILL after ``grace`` seconds; always reap."""
    if proc.poll() is not None:
        return
    try:
        proc.send_signal(first)
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


def make_stop(name: str, action: Callable[[], object]) -> Callable[[], None]:
    """Idempotent, thread-safe stop that is also run at interpreter exit."""
    lock = threading.Lock()
    done = False

    def stop() -> None:
        nonlocal done
        with lock:
            if done:
                return
            done = True
        try:
            action()
        finally:
            atexit.unregister(stop)

    stop.__name__ = f"stop_{name}"
    atexit.register(stop)
    return stop


def wait_until(check: Callable[[], bool], proc: subprocess.Popen | None, timeout: float, what: str,
               log_path: Path | None) -> None:
    """Poll ``check`` until true; fail early, with the log tail, if ``proc`` exits."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while not check():
        if proc is not None and proc.poll() is not None:
            raise ServiceError(f"{what} exited with status {proc.returncode} before it was ready.\n"
                               f"--- {log_path} ---\n{tail(log_path)}")
        if time.monotonic() > deadline:
            raise ServiceError(f"{what} was not ready after {timeout:.0f} s.\n--- {log_path} ---\n{tail(log_path)}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.2)
