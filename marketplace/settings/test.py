"""Settings pytest and CI share: the base settings with fast hashing, and
files and search index in a folder of their own, never the developer's var/
(module-scoped fixtures run outside the per-test folders of conftest.py)."""
import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403
from .base import AWS_STORAGE_BUCKET_NAME, SEARCH_BACKENDS, STORAGES
from .storages import local_storages

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

TEST_VAR = Path(tempfile.mkdtemp(prefix="rb-test-var-"))
atexit.register(shutil.rmtree, TEST_VAR, ignore_errors=True)
MEDIA_ROOT = str(TEST_VAR / "media")
if not AWS_STORAGE_BUCKET_NAME:  # a live worker in the S3 tests is given buckets: keep them
    STORAGES = {**STORAGES, **local_storages(str(TEST_VAR / "private"))}
if "PATH" in SEARCH_BACKENDS["default"]:
    SEARCH_BACKENDS["default"]["PATH"] = TEST_VAR / "search-index"

# The test client speaks plain http.
SECURE_SSL_REDIRECT = SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
