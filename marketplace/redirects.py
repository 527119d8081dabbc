from django.utils.http import url_has_allowed_host_and_scheme


def is_local(url: str | None) -> bool:
    """A `next` address that stays on this site: a path, never another host ("//x", "/\\x")."""
    return bool(url) and url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
