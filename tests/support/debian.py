"""Checks for the Debian packages the tests use. Only ``bin/system-packages``
installs them; here a missing one skips the test, or fails it under CI=true."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

# The program or path that shows a package is there, as bin/system-packages checks.
PROBES = {
    "postgresql": "/usr/lib/postgresql",
    "redis-server": "/usr/bin/redis-server",
    "chromium": "/usr/bin/chromium",
    "fonts-noto-cjk": "/usr/share/fonts/opentype/noto",
    "fonts-noto-core": "/usr/share/fonts/truetype/noto",
    "gettext": "/usr/bin/msgfmt",
    "poppler-utils": "/usr/bin/pdftotext",
}


def missing_debian_packages(packages: Iterable[str] | Mapping[str, str]) -> list[str]:
    """The packages not installed; a mapping gives each package's own probe."""
    probes = packages if isinstance(packages, Mapping) else {name: PROBES[name] for name in packages}
    return [name for name, probe in probes.items() if not (shutil.which(probe) or Path(probe).exists())]


def require_debian_packages(packages: Iterable[str] | Mapping[str, str]) -> None:
    missing = missing_debian_packages(packages)
    if missing:
        message = f"needs Debian packages {', '.join(missing)}: run `bash bin/system-packages` as root"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
