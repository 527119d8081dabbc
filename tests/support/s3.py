"""S3 from moto's server, in a thread of this process."""
from __future__ import annotations

import logging
import threading
import time

import moto
from moto.server import ThreadedMotoServer

from tests.support.process import Service, ServiceError, make_stop


def start_moto_s3(*, port: int | None = None, timeout: float = 15.0) -> Service:
    """moto on 127.0.0.1; it accepts any credentials, bucket names need 3+ characters.

    With ``port=None`` the OS picks the port at bind time (no race).
    """
    # werkzeug logs every request at INFO unless told otherwise.
    werkzeug_log = logging.getLogger("werkzeug")
    if werkzeug_log.level == logging.NOTSET:
        werkzeug_log.setLevel(logging.WARNING)
    started = time.monotonic()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port or 0, verbose=False)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            server.start()
        except BaseException as exc:  # reported below
            errors.append(exc)

    # ThreadedMotoServer.start() waits forever if binding fails; run it in a
    # helper thread so we can give up after ``timeout``.
    starter = threading.Thread(target=run, daemon=True, name="moto-start")

    def action() -> None:
        inner = getattr(server, "_server", None)
        if inner is not None:
            inner.shutdown()
            inner.server_close()  # shutdown() only ends serve_forever(); close the listening socket too
        inner_thread = getattr(server, "_thread", None)
        if inner_thread is not None:
            inner_thread.join(timeout=10)

    stop = make_stop("moto_s3", action)
    try:
        starter.start()
        starter.join(timeout)
        if starter.is_alive() or errors:
            raise ServiceError(f"moto server did not start: {errors[0] if errors else 'timeout'}")
        host, bound_port = server.get_host_and_port()
        return Service(name="moto_s3", url=f"http://{host}:{bound_port}", version=f"moto {moto.__version__}",
                       started_in_seconds=time.monotonic() - started, stop=stop, port=bound_port)
    except BaseException:
        stop()
        raise
