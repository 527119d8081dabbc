"""/healthz: the process answers. /readyz: every part it needs answers, as JSON.

/readyz is public, so its public answer is only "ok" or "unavailable", and
the parts are probed at most once every few seconds per process however often
it is hit (the storage probe writes a file to each store). The detail, each
part's state, time and error, is shown to staff and to a caller presenting
READYZ_TOKEN as a bearer token."""
import hmac
import threading
import time
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


PROBE_SECONDS = 5
_last: dict = {}
_lock = threading.Lock()


@never_cache
def readyz(request):
    parts = _parts()
    ready = all(part["state"] in ("ok", "not configured") for part in parts.values())
    body = {"status": "ok" if ready else "unavailable"}
    if _may_see_detail(request):
        body["parts"] = parts
    return JsonResponse(body, status=200 if ready else 503)


def _parts() -> dict:
    with _lock:
        if _last and time.monotonic() - _last["at"] < PROBE_SECONDS:
            return _last["parts"]
        parts = {name: _probe(check) for name, check in CHECKS.items()}
        _last.update(at=time.monotonic(), parts=parts)
        return parts


def forget_probes() -> None:
    """Probe afresh on the next request (tests, after changing a part)."""
    with _lock:
        _last.clear()


def _may_see_detail(request) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff:
        return True
    token = settings.READYZ_TOKEN
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    return bool(token) and hmac.compare_digest(given.encode(), token.encode())


def _probe(check) -> dict:
    started = time.perf_counter()
    try:
        state = check() or "ok"
        result = {"state": state}
    except Exception as error:  # a probe reports, it never raises
        result = {"state": "error", "error": f"{type(error).__name__}: {error}"[:300]}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _broker():
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "not configured"  # tasks run in-process
    from marketplace.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


def _storage():
    # A write-read-delete round trip in each store proves it takes files.
    for alias in ("default", "documents"):
        store = storages[alias]
        name = store.save(f"readyz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
        try:
            with store.open(name) as handle:
                assert handle.read() == b"ok"
        finally:
            store.delete(name)


def _search():
    try:
        from search.registry import get_backend
    except ImportError:
        return "not configured"
    if not get_backend().ping():
        raise ConnectionError("search backend did not answer")


CHECKS = {"database": _database, "broker": _broker, "storage": _storage, "search": _search}
