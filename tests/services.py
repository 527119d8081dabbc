"""Real services for the test suite, started on loopback.

PostgreSQL and Redis come from Debian packages, S3 from moto's server, and the
Celery worker is the project's own. Each ``start_*`` helper returns a
:class:`Service`; its ``stop()`` is idempotent and is also registered with
``atexit``. Child processes get a parent-death signal (``setpriv
--pdeathsig``), so even a killed pytest leaves no server behind.

Typical use from a session fixture::

    pg = start_postgres(workdir)        # pg.url -> DATABASE_URL
    redis = start_redis(workdir)        # redis.url -> CELERY_BROKER_URL
    s3 = start_moto_s3()                # s3.url -> AWS_S3_ENDPOINT_URL
    worker = start_celery_worker({...}, workdir)
    ...
    worker.stop(); s3.stop(); redis.stop(); pg.stop()

A helper that cannot start its service raises :class:`ServiceError` with the
tail of the service's log. A missing Debian package is reported by
:func:`ensure_debian_packages` (which installs it when running as root) and
:func:`require_debian_packages` (which skips, or fails under ``CI=true``).
"""
from __future__ import annotations

import atexit
import glob
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent

__all__ = [
    "Service",
    "ServiceError",
    "free_port",
    "find_postgres_bindir",
    "start_postgres",
    "start_redis",
    "start_moto_s3",
    "start_celery_worker",
    "ensure_debian_packages",
    "require_debian_packages",
    "port_accepts_connections",
]


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
        return _tail(self.log_path, lines)


# --- small tools -----------------------------------------------------------


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


def _tail(path: Path | None, lines: int = 40) -> str:
    if not path:
        return ""
    try:
        text = Path(path).read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _launcher(user: str | None = None, deathsig: str = "TERM") -> list[str]:
    """Command prefix: drop to ``user`` (when root) and die with our process.

    ``setpriv`` (util-linux) execs in place, so the pid we hold is the
    server's own, and sets the parent-death signal after changing user.
    """
    setpriv = shutil.which("setpriv")
    if user and _is_root():
        if setpriv:
            return [setpriv, f"--reuid={user}", f"--regid={user}", "--init-groups",
                    "--pdeathsig", deathsig, "--"]
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", user, "--"]
        raise ServiceError(f"need setpriv or runuser to run a service as {user!r}")
    if setpriv and sys.platform.startswith("linux"):
        return [setpriv, "--pdeathsig", deathsig, "--"]
    return []


def _terminate(proc: subprocess.Popen, first: int = signal.SIGTERM, grace: float = 10.0) -> None:
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


def _make_stop(name: str, action: Callable[[], None]) -> Callable[[], None]:
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


def _wait_until(check: Callable[[], bool], proc: subprocess.Popen | None, timeout: float,
                what: str, log_path: Path | None) -> None:
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        if check():
            return
        if proc is not None and proc.poll() is not None:
            raise ServiceError(
                f"{what} exited with status {proc.returncode} before it was ready.\n"
                f"--- {log_path} ---\n{_tail(log_path)}"
            )
        if time.monotonic() > deadline:
            raise ServiceError(
                f"{what} was not ready after {timeout:.0f} s.\n--- {log_path} ---\n{_tail(log_path)}"
            )
        time.sleep(delay)
        delay = min(delay * 1.5, 0.2)


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


# --- PostgreSQL ------------------------------------------------------------


def _version_key(path: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", path))


def find_postgres_bindir() -> Path | None:
    """The newest PostgreSQL server bin directory (with initdb and postgres)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = _run([pg_config, "--bindir"])
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(out.stdout.strip())
    for directory in candidates:
        if all(os.access(Path(directory) / b, os.X_OK) for b in ("initdb", "postgres")):
            return Path(directory)
    for directory in {os.path.dirname(p) for p in filter(None, [shutil.which("initdb")])}:
        if os.access(Path(directory) / "postgres", os.X_OK):
            return Path(directory)
    return None


def _utf8_locale() -> str:
    """C.UTF-8 when the system has it (Unicode upper/lower), else C."""
    out = _run(["locale", "-a"]) if shutil.which("locale") else None
    names = {n.strip().lower().replace("-", "") for n in (out.stdout.splitlines() if out else [])}
    return "C.UTF-8" if "c.utf8" in names else "C"


def _remove_stale_postgres_dirs(min_age: float = 600.0) -> None:
    """Remove data dirs left by killed test runs (their server is gone)."""
    for base in Path(tempfile.gettempdir()).glob("rb-pg-*"):
        try:
            if time.time() - base.stat().st_mtime < min_age:
                continue
            pid_file = base / "data" / "postmaster.pid"
            if pid_file.exists():
                pid = int(pid_file.read_text().split()[0])
                try:
                    os.kill(pid, 0)
                    continue  # still running: not ours to remove
                except ProcessLookupError:
                    pass
            shutil.rmtree(base, ignore_errors=True)
        except (OSError, ValueError, IndexError):
            continue


def start_postgres(workdir: Path, *, port: int | None = None, dbname: str = "postgres",
                   timeout: float = 30.0) -> Service:
    """A throw-away PostgreSQL cluster on 127.0.0.1 with trust authentication.

    The data directory lives in its own temporary folder (pytest's tmp dirs
    are private to root, and initdb refuses to run as root, so the server
    runs as the ``postgres`` OS user) and is removed on stop. ``url`` names
    database ``dbname`` (``postgres`` by default: Django's test runner
    connects there to create ``test_<name>``). The server logs to
    ``workdir/postgres-<port>.log``.
    """
    bindir = find_postgres_bindir()
    if bindir is None:
        raise ServiceError("PostgreSQL server binaries not found (apt-get install -y postgresql)")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    as_user = "postgres" if _is_root() else None
    started = time.monotonic()
    _remove_stale_postgres_dirs()

    port = port or free_port()
    # The server writes to a file descriptor we open, so its log can live in
    # workdir even where the postgres user may not enter.
    log_path = workdir / f"postgres-{port}.log"
    base = Path(tempfile.mkdtemp(prefix="rb-pg-"))
    datadir, sockdir = base / "data", base / "sock"
    sockdir.mkdir()
    if as_user:
        import pwd

        entry = pwd.getpwnam(as_user)
        for path in (base, sockdir):
            os.chown(path, entry.pw_uid, entry.pw_gid)

    proc: subprocess.Popen | None = None

    def action() -> None:
        if proc is not None:
            # SIGINT is PostgreSQL's "fast" shutdown; SIGKILL if it hangs.
            _terminate(proc, signal.SIGINT, grace=15)
        shutil.rmtree(base, ignore_errors=True)

    stop = _make_stop("postgres", action)
    try:
        initdb = _run(
            _launcher(as_user) + [
                str(bindir / "initdb"), "-D", str(datadir), "-A", "trust", "-U", "postgres",
                "--encoding=UTF8", f"--locale={_utf8_locale()}", "--no-sync", "--no-instructions",
            ],
            cwd=base, timeout=120,
        )
        if initdb.returncode != 0:
            raise ServiceError(f"initdb failed:\n{initdb.stdout}\n{initdb.stderr}")

        with open(log_path, "ab") as log:
            proc = subprocess.Popen(
                _launcher(as_user, deathsig="INT") + [
                    str(bindir / "postgres"), "-D", str(datadir), "-p", str(port),
                    "-k", str(sockdir), "-c", "listen_addresses=127.0.0.1",
                    "-c", "fsync=off", "-c", "synchronous_commit=off",
                    "-c", "full_page_writes=off", "-c", "max_connections=200",
                ],
                cwd=base, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )
        pid_file = datadir / "postmaster.pid"

        def ready() -> bool:
            # Line 8 of postmaster.pid turns "ready" once the server accepts
            # connections (what pg_ctl -w waits for); no probe can hang.
            try:
                lines = pid_file.read_text().splitlines()
            except OSError:
                return False
            return (len(lines) >= 8 and lines[7].strip() == "ready"
                    and port_accepts_connections(port))

        _wait_until(ready, proc, timeout, "PostgreSQL", log_path)

        if dbname != "postgres":
            created = _run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                            "-U", "postgres", dbname])
            if created.returncode != 0:
                raise ServiceError(f"createdb {dbname} failed: {created.stderr}")

        version = _run([str(bindir / "postgres"), "--version"]).stdout.strip()
        return Service(
            name="postgres",
            url=f"postgres://postgres@127.0.0.1:{port}/{dbname}",
            version=version,
            started_in_seconds=time.monotonic() - started,
            stop=stop,
            log_path=log_path,
            pid=proc.pid,
            port=port,
        )
    except BaseException:
        stop()
        raise


# --- Redis -----------------------------------------------------------------


def _redis_command(port: int, *parts: str, timeout: float = 1.0) -> bytes:
    """Send one command in RESP and return the raw first reply."""
    payload = f"*{len(parts)}\r\n".encode()
    for part in parts:
        data = part.encode()
        payload += b"$%d\r\n%s\r\n" % (len(data), data)
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(payload)
        reply = b""
        while b"\r\n" not in reply:
            chunk = sock.recv(65536)
            if not chunk:
                return reply
            reply += chunk
        head = reply.split(b"\r\n", 1)[0]
        if head.startswith(b"$") and int(head[1:]) >= 0:
            needed = len(head) + 2 + int(head[1:]) + 2
            while len(reply) < needed:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                reply += chunk
        return reply


def start_redis(workdir: Path, *, port: int | None = None, timeout: float = 15.0) -> Service:
    """``redis-server`` in the foreground on 127.0.0.1 without persistence."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise ServiceError("redis-server not found (apt-get install -y redis-server)")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    port = port or free_port()
    log_path = workdir / f"redis-{port}.log"
    proc: subprocess.Popen | None = None

    def action() -> None:
        if proc is not None:
            _terminate(proc, signal.SIGTERM, grace=10)

    stop = _make_stop("redis", action)
    try:
        with open(log_path, "ab") as log:
            proc = subprocess.Popen(
                _launcher() + [
                    binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                    "--appendonly", "no", "--daemonize", "no", "--dir", str(workdir),
                    "--logfile", "", "--databases", "16",
                ],
                cwd=workdir, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )

        def ready() -> bool:
            try:
                return _redis_command(port, "PING", timeout=0.5).startswith(b"+PONG")
            except OSError:
                return False

        _wait_until(ready, proc, timeout, "Redis", log_path)
        info = _redis_command(port, "INFO", "server").decode(errors="replace")
        match = re.search(r"redis_version:(\S+)", info)
        version = f"Redis {match.group(1)}" if match else _run([binary, "--version"]).stdout.strip()
        return Service(
            name="redis",
            url=f"redis://127.0.0.1:{port}/0",
            version=version,
            started_in_seconds=time.monotonic() - started,
            stop=stop,
            log_path=log_path,
            pid=proc.pid,
            port=port,
        )
    except BaseException:
        stop()
        raise


# --- S3 (moto) -------------------------------------------------------------


def start_moto_s3(*, port: int | None = None, timeout: float = 15.0) -> Service:
    """moto's server in a thread of this process, on 127.0.0.1.

    It accepts any credentials; bucket names need at least 3 characters.
    With ``port=None`` the OS picks the port at bind time (no race).
    """
    import logging

    import moto
    from moto.server import ThreadedMotoServer

    # werkzeug logs every request at INFO unless told otherwise.
    werkzeug_log = logging.getLogger("werkzeug")
    if werkzeug_log.level == logging.NOTSET:
        werkzeug_log.setLevel(logging.WARNING)
    started = time.monotonic()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port or 0, verbose=False)
    thread: dict = {}

    def run() -> None:
        try:
            server.start()
        except BaseException as exc:  # pragma: no cover - reported below
            thread["error"] = exc

    # ThreadedMotoServer.start() waits forever if binding fails; run it in a
    # helper thread so we can give up after ``timeout``.
    starter = threading.Thread(target=run, daemon=True, name="moto-start")

    def action() -> None:
        inner = getattr(server, "_server", None)
        if inner is not None:
            inner.shutdown()
            # shutdown() only ends serve_forever(); close the listening socket too.
            inner.server_close()
        inner_thread = getattr(server, "_thread", None)
        if inner_thread is not None:
            inner_thread.join(timeout=10)

    stop = _make_stop("moto_s3", action)
    try:
        starter.start()
        starter.join(timeout)
        if starter.is_alive() or "error" in thread:
            raise ServiceError(f"moto server did not start: {thread.get('error', 'timeout')}")
        host, bound_port = server.get_host_and_port()
        return Service(
            name="moto_s3",
            url=f"http://{host}:{bound_port}",
            version=f"moto {moto.__version__}",
            started_in_seconds=time.monotonic() - started,
            stop=stop,
            port=bound_port,
        )
    except BaseException:
        stop()
        raise


# --- Celery worker ---------------------------------------------------------


def start_celery_worker(env: Mapping[str, str], workdir: Path, *, app: str = "marketplace",
                        queues: Iterable[str] = ("celery",), pool: str = "solo",
                        concurrency: int | None = None, inherit_env: bool = True,
                        timeout: float = 60.0) -> Service:
    """A real ``celery worker`` subprocess, ready when it logs "ready.".

    ``env`` is laid over ``os.environ`` (unless ``inherit_env=False``); give
    it ``CELERY_BROKER_URL``, ``DJANGO_SETTINGS_MODULE`` and a
    ``DATABASE_URL`` naming the *test* database. The worker runs from the
    project root with its log in ``workdir``.
    """
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    full_env = dict(os.environ) if inherit_env else {}
    full_env.update(env)
    full_env.setdefault("PYTHONUNBUFFERED", "1")
    if not full_env.get("CELERY_BROKER_URL"):
        raise ServiceError("start_celery_worker needs CELERY_BROKER_URL in env")
    pythonpath = [str(PROJECT_ROOT)] + ([full_env["PYTHONPATH"]] if full_env.get("PYTHONPATH") else [])
    full_env["PYTHONPATH"] = os.pathsep.join(pythonpath)
    node = f"rbtest{os.getpid()}-{free_port()}@{socket.gethostname()}"
    log_path = workdir / f"celery-{node.split('@')[0]}.log"
    cmd = [
        sys.executable, "-m", "celery", "-A", app, "worker", f"--pool={pool}",
        "--loglevel=INFO", "--without-heartbeat", "--without-mingle", "--without-gossip",
        "-Q", ",".join(queues), "-n", node,
    ]
    if concurrency:
        cmd.append(f"--concurrency={concurrency}")
    proc: subprocess.Popen | None = None

    def action() -> None:
        if proc is not None:
            # SIGTERM is Celery's warm shutdown (finish the current task).
            _terminate(proc, signal.SIGTERM, grace=20)

    stop = _make_stop("celery_worker", action)
    try:
        with open(log_path, "ab") as log:
            proc = subprocess.Popen(
                _launcher() + cmd, cwd=PROJECT_ROOT, env=full_env,
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )

        def ready() -> bool:
            return re.search(r"\bready\.", _tail(log_path, 200)) is not None

        _wait_until(ready, proc, timeout, "Celery worker", log_path)
        import celery

        return Service(
            name="celery_worker",
            url=node,
            version=f"celery {celery.__version__}",
            started_in_seconds=time.monotonic() - started,
            stop=stop,
            log_path=log_path,
            pid=proc.pid,
        )
    except BaseException:
        stop()
        raise


# --- Debian packages -------------------------------------------------------

# How to tell that a package's program is there.
_PROBES: dict[str, Callable[[], bool]] = {
    "postgresql": lambda: find_postgres_bindir() is not None,
    "redis-server": lambda: shutil.which("redis-server") is not None,
    "gettext": lambda: shutil.which("msgfmt") is not None,
    "chromium": lambda: shutil.which("chromium") is not None,
}
_apt_updated = False
_apt_lock = threading.Lock()


def _present(package: str, binary: str | None) -> bool:
    if binary:
        return shutil.which(binary) is not None or os.access(binary, os.X_OK)
    if package in _PROBES:
        return _PROBES[package]()
    if shutil.which("dpkg-query"):
        out = _run(["dpkg-query", "-W", "-f=${Status}", package])
        return out.returncode == 0 and out.stdout.strip() == "install ok installed"
    return False


def ensure_debian_packages(packages: Iterable[str] | Mapping[str, str], *,
                           install: bool | None = None) -> list[str]:
    """Install missing Debian packages when possible; return those still missing.

    ``packages`` is a list of package names, or a mapping of package name to
    the program that shows it is installed. Installing happens only as root
    with apt-get (``install=None``), runs ``apt-get update`` once per
    process and then ``apt-get install -y``.
    """
    wanted = dict(packages) if isinstance(packages, Mapping) else {p: None for p in packages}
    missing = [p for p, b in wanted.items() if not _present(p, b)]
    if not missing:
        return []
    if install is None:
        install = _is_root() and shutil.which("apt-get") is not None
    if not install:
        return missing
    global _apt_updated
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with _apt_lock:
        if not _apt_updated:
            _run(["apt-get", "update"], env=apt_env, timeout=600)
            _apt_updated = True
        _run(["apt-get", "install", "-y", "--no-install-recommends", *missing],
             env=apt_env, timeout=1200)
    return [p for p in missing if not _present(p, wanted[p])]


def require_debian_packages(packages: Iterable[str] | Mapping[str, str]) -> None:
    """For tests: install what is missing, else skip (or fail under ``CI=true``)."""
    import pytest

    missing = ensure_debian_packages(packages)
    if missing:
        message = (f"needs Debian packages {', '.join(missing)} "
                   f"(apt-get install -y {' '.join(missing)})")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
