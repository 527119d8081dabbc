"""The import rules of docs/architecture.md, checked on the code itself."""
import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("marketplace", "catalog", "deals", "search", "cms")

# The site layer knows every app: settings, URLs, health checks, the Celery
# app and the demo. Everything else imports only the apps below it.
SITE_LAYER = ("marketplace/settings/", "marketplace/urls.py", "marketplace/health.py", "marketplace/celery.py",
              "marketplace/demo/", "marketplace/management/", "marketplace/workspace/", "marketplace/wsgi.py",
              "marketplace/asgi.py")
ALLOWED = {
    "marketplace": set(),
    "catalog": {"marketplace"},
    "deals": {"marketplace", "catalog"},
    "search": {"marketplace", "catalog", "deals"},
    "cms": {"marketplace", "catalog", "deals", "search"},
}


def imported_apps(path: Path) -> set[str]:
    """The project apps a module imports, at any depth of the module (lazy imports count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names if name.split(".")[0] in APPS)
    return found


def runtime_modules(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if "/tests/" in relative or "/migrations/" in relative or relative.startswith(SITE_LAYER):
            continue
        yield relative, path


def test_apps_import_only_the_apps_below_them():
    wrong = {}
    for app in APPS:
        for relative, path in runtime_modules(app):
            extra = imported_apps(path) - ALLOWED[app] - {app}
            if extra:
                wrong[relative] = sorted(extra)
    assert wrong == {}


def test_every_pair_of_apps_has_one_direction():
    for app, below in ALLOWED.items():
        for other in below:
            assert app not in ALLOWED[other], f"{app} and {other} import each other"


def test_the_import_checker_sees_lazy_imports(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from cms.routing import work_url\n    import search.registry\n")
    assert imported_apps(module) == {"cms", "search"}


ENGINE_PROBE = """
import importlib, json, os, pkgutil, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "marketplace.settings.test"
from django.conf import settings
settings.INSTALLED_APPS = [app for app in settings.INSTALLED_APPS if app != "cms"]
settings.WAGTAILDOCS_DOCUMENT_MODEL = "wagtaildocs.Document"  # the site's own lives in cms
import django
django.setup()
import search
loaded = []
for module in pkgutil.walk_packages(search.__path__, "search."):
    if ".tests" not in module.name:
        importlib.import_module(module.name)
        loaded.append(module.name)
print(json.dumps({"loaded": loaded, "cms": sorted(m for m in sys.modules if m == "cms" or m.startswith("cms."))}))
"""


def test_the_search_engine_loads_no_cms_module():
    """In a fresh interpreter with the cms app absent, every engine module
    imports, and no module of cms is loaded along the way."""
    done = subprocess.run([sys.executable, "-c", ENGINE_PROBE], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"search.indexing", "search.backends.embedded", "search.backends.elasticsearch",
            "search.management.commands.search_reindex"} <= set(report["loaded"])
    assert report["cms"] == []


def test_the_search_engine_has_no_pages():
    assert not (ROOT / "search" / "templates").exists()
    assert not (ROOT / "search" / "templatetags").exists()
    assert not (ROOT / "search" / "views.py").exists()


def test_every_apps_tests_are_collected():
    import tomllib

    testpaths = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["testpaths"]
    assert [app for app in APPS if (ROOT / app / "tests").is_dir() and app not in testpaths] == []
