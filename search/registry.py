"""Backends by alias from settings.SEARCH_BACKENDS, the way Django loads CACHES.

    SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.embedded", "PATH": ...}}

BACKEND names a module exposing `SearchBackend`; the other keys are its
parameters. One instance per alias and process: the embedded engine keeps a
single index writer per process, Elasticsearch a single connection pool.
"""
import threading
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .base import BaseSearchBackend

_backends: dict[str, BaseSearchBackend] = {}
_lock = threading.Lock()


def get_backend(alias: str = "default") -> BaseSearchBackend:
    backend = _backends.get(alias)
    if backend is None:
        with _lock:
            backend = _backends.get(alias)
            if backend is None:
                backend = _backends[alias] = _load(alias)
    return backend


def reset_backends() -> None:
    """Close and forget every backend, e.g. after tests change the settings."""
    with _lock:
        for backend in _backends.values():
            backend.close()
        _backends.clear()


def _load(alias: str) -> BaseSearchBackend:
    try:
        params = dict(settings.SEARCH_BACKENDS[alias])
    except KeyError:
        raise ImproperlyConfigured(f"SEARCH_BACKENDS has no alias {alias!r}.") from None
    path = params.pop("BACKEND", None)
    if not path:
        raise ImproperlyConfigured(f"SEARCH_BACKENDS[{alias!r}] names no BACKEND.")
    return import_module(path).SearchBackend(alias, params)
