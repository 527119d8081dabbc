"""A throw-away PostgreSQL cluster from Debian's server binaries.

Not pytest-postgresql: its PostgreSQLExecutor drives ``pg_ctl``, which refuses to
run as root (as the suite runs on CI) and daemonizes the server, so it could
neither switch to the ``postgres`` user nor give the server our parent-death signal.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.process import (
    Service,
    ServiceError,
    free_port,
    is_root,
    launcher,
    make_stop,
    port_accepts_connections,
    run,
    terminate,
    wait_until,
)


def find_postgres_bindir() -> Path | None:
    """The newest PostgreSQL server bin directory (with initdb and postgres)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True,
                        key=lambda path: tuple(int(n) for n in re.findall(r"\d+", path)))
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = run([pg_config, "--bindir"])
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(out.stdout.strip())
    for directory in candidates:
        if all(os.access(Path(directory) / b, os.X_OK) for b in ("initdb", "postgres")):
            return Path(directory)
    return None


def _utf8_locale() -> str:
    """C.UTF-8 when the system has it (Unicode upper/lower), else C."""
    out = run(["locale", "-a"]) if shutil.which("locale") else None
    names = {n.strip().lower().replace("-", "") for n in (out.stdout.splitlines() if out else [])}
    return "C.UTF-8" if "c.utf8" in names else "C"


def _remove_stale_dirs(min_age: float = 600.0) -> None:
    """Remove data dirs left by killed test runs (their server is gone)."""
    for base in Path(tempfile.gettempdir()).glob("rb-pg-*"):
        try:
            if time.time() - base.stat().st_mtime < min_age:
                continue
            pid_file = base / "data" / "postmaster.pid"
            if pid_file.exists():
                try:
                    os.kill(int(pid_file.read_text().split()[0]), 0)
                    continue  # still running: not ours to remove
                except ProcessLookupError:
                    pass
            shutil.rmtree(base, ignore_errors=True)
        except (OSError, ValueError, IndexError):
            continue


def start_postgres(workdir: Path, *, port: int | None = None, dbname: str = "postgres",
                   timeout: float = 30.0) -> Service:
    """PostgreSQL on 127.0.0.1 with trust authentication.

    The data directory lives in its own temporary folder (pytest's tmp dirs are
    private to root, and initdb refuses to run as root, so the server runs as
    the ``postgres`` OS user) and is removed on stop. ``url`` names database
    ``dbname`` (``postgres`` by default: Django's test runner connects there to
    create ``test_<name>``). The server logs to ``workdir/postgres-<port>.log``.
    """
    bindir = find_postgres_bindir()
    if bindir is None:
        raise ServiceError("PostgreSQL server binaries not found: run `bash bin/system-packages` as root")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    as_user = "postgres" if is_root() else None
    started = time.monotonic()
    _remove_stale_dirs()

    port = port or free_port()
    # The server writes to a file descriptor we open, so its log can live in
    # workdir even where the postgres user may not enter.
    log_path = workdir / f"postgres-{port}.log"
    base = Path(tempfile.mkdtemp(prefix="rb-pg-"))
    datadir, sockdir = base / "data", base / "sock"
    sockdir.mkdir()
    if as_user:
        shutil.chown(base, as_user, as_user)
        shutil.chown(sockdir, as_user, as_user)

    proc: subprocess.Popen | None = None

    def action() -> None:
        if proc is not None:
            terminate(proc, signal.SIGINT, grace=15)  # SIGINT is PostgreSQL's "fast" shutdown
        shutil.rmtree(base, ignore_errors=True)

    stop = make_stop("postgres", action)
    try:
        initdb = run(launcher(as_user) + [
            str(bindir / "initdb"), "-D", str(datadir), "-A", "trust", "-U", "postgres", "--encoding=UTF8",
            f"--locale={_utf8_locale()}", "--no-sync", "--no-instructions",
        ], cwd=base, timeout=120)
        if initdb.returncode != 0:
            raise ServiceError(f"initdb failed:\n{initdb.stdout}\n{initdb.stderr}")

        with open(log_path, "ab") as log:
            proc = subprocess.Popen(launcher(as_user, deathsig="INT") + [
                str(bindir / "postgres"), "-D", str(datadir), "-p", str(port), "-k", str(sockdir),
                "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=200",
            ], cwd=base, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        pid_file = datadir / "postmaster.pid"

        def ready() -> bool:
            # Line 8 of postmaster.pid turns "ready" once the server accepts
            # connections (what pg_ctl -w waits for); no probe can hang.
            try:
                lines = pid_file.read_text().splitlines()
            except OSError:
                return False
            return len(lines) >= 8 and lines[7].strip() == "ready" and port_accepts_connections(port)

        wait_until(ready, proc, timeout, "PostgreSQL", log_path)

        if dbname != "postgres":
            created = run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", dbname])
            if created.returncode != 0:
                raise ServiceError(f"createdb {dbname} failed: {created.stderr}")

        return Service(
            name="postgres",
            url=f"postgres://postgres@127.0.0.1:{port}/{dbname}",
            version=run([str(bindir / "postgres"), "--version"]).stdout.strip(),
            started_in_seconds=time.monotonic() - started,
            stop=stop,
            log_path=log_path,
            pid=proc.pid,
            port=port,
        )
    except BaseException:
        stop()
        raise
