"""The security baseline: `check --deploy` is clean with DEBUG off and the
settings' defaults; public pages carry a CSP without unsafe-inline, a
Referrer-Policy and X-Frame-Options; state changes need a CSRF token."""
import os
import secrets
import subprocess
import sys

import pytest
from django.test import Client

from cms.tests.factories import site
from tests.support.process import PROJECT_ROOT


def test_check_deploy_is_clean_with_debug_off(tmp_path):
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DJANGO_SETTINGS_MODULE": "marketplace.settings",
           "DEBUG": "false", "SECRET_KEY": secrets.token_urlsafe(60), "VAR_DIR": str(tmp_path),
           "ALLOWED_HOSTS": "rightsbridge.example"}
    done = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/th/", "/th/search/?q=x", "/th/accounts/login/", "/th/accounts/signup/"])
def test_public_pages_carry_the_security_headers(client, path):
    site()
    response = client.get(path)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_sign_up_and_sign_out_refuse_a_post_without_csrf():
    site()
    client = Client(enforce_csrf_checks=True)
    assert client.post("/en/accounts/signup/", {"email": "x@example.test"}).status_code == 403
    assert client.post("/en/accounts/logout/").status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/samples/{n}/", "/papers/{n}/", "/en/workspace/listings/{n}/",
                                  "/admin/catalog/originals/{n}/", "/en/workspace/members/{n}/role/"])
def test_an_id_past_the_databases_range_is_a_404_not_a_500(admin_user, path):
    site()
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    assert client.get(path.format(n="9" * 30), follow=True).status_code == 404
