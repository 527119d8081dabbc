"""docker-compose.yml, its Dockerfiles and .env.example, checked by parsing.

No container engine runs here, so these tests read the files the way compose
would: YAML with anchors and merge keys, ``${VAR}`` interpolation from .env,
then the references between services, volumes, ports and files.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"

DJANGO_SERVICES = ("web", "worker", "beat")
BACKING_SERVICES = ("postgres", "redis", "elasticsearch", "minio")
ONE_SHOT_SERVICES = ("minio-init",)
EXPECTED_SERVICES = DJANGO_SERVICES + BACKING_SERVICES + ONE_SHOT_SERVICES
LONG_RUNNING = DJANGO_SERVICES + BACKING_SERVICES

# Environment variables the settings read for the full stack.
SETTINGS_ENV = [
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "CACHE_URL",
    "ELASTICSEARCH_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "AWS_S3_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_DOCUMENTS_BUCKET_NAME",
]
MEDIA_BUCKET = "rightsbridge-media"
DOCUMENTS_BUCKET = "rightsbridge-documents"
EXPECTED_VOLUMES = {"postgres-data", "redis-data", "es-data", "minio-data", "var"}


# --- reading compose the way compose does ------------------------------------

_VAR = re.compile(
    r"\$(?:(?P<escaped>\$)"
    r"|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}"
    r"|(?P<bare>[A-Za-z_][A-Za-z0-9_]*))"
)


class MissingVariable(Exception):
    pass


def interpolated_names(text: str) -> set[str]:
    return {m["braced"] or m["bare"] for m in _VAR.finditer(text) if not m["escaped"]}


def interpolate(text: str, env: dict[str, str]) -> str:
    def replace(m: re.Match) -> str:
        if m["escaped"]:
            return "$"
        name = m["braced"] or m["bare"]
        op, arg = m["op"], m["arg"] or ""
        is_set = name in env
        value = env.get(name, "")
        empty_counts = bool(op) and op.startswith(":")
        present = is_set and (value != "" or not empty_counts)
        if op in (":-", "-"):
            return value if present else arg
        if op in (":?", "?"):
            if not present:
                raise MissingVariable(f"{name}: {arg}")
            return value
        if op in (":+", "+"):
            return arg if present else ""
        return value

    return _VAR.sub(replace, text)


def walk_strings(node, fn):
    if isinstance(node, dict):
        return {key: walk_strings(value, fn) for key, value in node.items()}
    if isinstance(node, list):
        return [walk_strings(value, fn) for value in node]
    if isinstance(node, str):
        return fn(node)
    return node


def all_strings(node):
    out: list[str] = []
    walk_strings(node, lambda s: out.append(s) or s)
    return out


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        assert "=" in line, f"{path.name}:{number}: not KEY=VALUE: {line!r}"
        key, value = line.split("=", 1)
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key), f"{path.name}:{number}: bad name {key!r}"
        assert key not in values, f"{path.name}:{number}: {key} defined twice"
        values[key] = value
    return values


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def env_example():
    return read_env_file(ENV_EXAMPLE)


@pytest.fixture(scope="module")
def compose(raw, env_example):
    """The configuration as compose sees it with .env copied from .env.example."""
    return walk_strings(raw, lambda s: interpolate(s, env_example))


@pytest.fixture(scope="module")
def compose_defaults(raw):
    """The configuration with only the required SECRET_KEY set: the defaults."""
    return walk_strings(raw, lambda s: interpolate(s, {"SECRET_KEY": "x" * 50}))


def environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return {key: ("" if value is None else str(value)) for key, value in env.items()}


def command_text(value) -> str:
    return " ".join(value) if isinstance(value, list) else str(value or "")


def depends_on(service: dict) -> dict[str, str]:
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):
        return {name: "service_started" for name in deps}
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


# --- services ----------------------------------------------------------------


def test_every_expected_service_exists(raw):
    missing = set(EXPECTED_SERVICES) - set(raw["services"])
    assert not missing, f"services missing from docker-compose.yml: {sorted(missing)}"


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_long_running_service_has_a_healthcheck(raw, name):
    check = raw["services"][name].get("healthcheck")
    assert check, f"{name} has no healthcheck"
    assert not check.get("disable"), f"{name} disables its healthcheck"
    test = check.get("test")
    assert test and command_text(test).strip() not in ("NONE", ""), f"{name}: empty healthcheck"
    if isinstance(test, list):
        assert test[0] in ("CMD", "CMD-SHELL"), f"{name}: healthcheck must start with CMD or CMD-SHELL"


@pytest.mark.parametrize("name", DJANGO_SERVICES)
def test_django_services_wait_for_healthy_postgres_and_redis(raw, name):
    deps = depends_on(raw["services"][name])
    for backend in ("postgres", "redis"):
        assert deps.get(backend) == "service_healthy", f"{name} must wait for a healthy {backend}"


@pytest.mark.parametrize("name", ("web", "worker"))
def test_web_and_worker_wait_for_search_and_storage(raw, name):
    deps = depends_on(raw["services"][name])
    for backend in ("elasticsearch", "minio"):
        assert deps.get(backend) == "service_healthy", f"{name} must wait for a healthy {backend}"
    assert deps.get("minio-init") == "service_completed_successfully", (
        f"{name} must wait until the buckets exist"
    )


def test_dependencies_exist_and_have_no_cycle(raw):
    services = raw["services"]
    graph = {name: set(depends_on(spec)) for name, spec in services.items()}
    for name, deps in graph.items():
        unknown = deps - set(services)
        assert not unknown, f"{name} depends on unknown services {sorted(unknown)}"
        for dep, condition in depends_on(services[name]).items():
            if condition == "service_healthy":
                assert services[dep].get("healthcheck"), f"{name} waits for {dep}'s health; it has none"

    state: dict[str, str] = {}

    def visit(node, path):
        if state.get(node) == "done":
            return
        assert state.get(node) != "active", f"dependency cycle: {' -> '.join(path + [node])}"
        state[node] = "active"
        for dep in graph[node]:
            visit(dep, path + [node])
        state[node] = "done"

    for node in graph:
        visit(node, [])


def test_django_environment_is_one_anchor(raw):
    """The Django services share one environment block (x-django-env)."""
    shared = raw.get("x-django-env")
    assert isinstance(shared, dict), "docker-compose.yml should define x-django-env"
    for name in DJANGO_SERVICES:
        assert raw["services"][name]["environment"] is shared, f"{name} does not use *django-env"


@pytest.mark.parametrize("name", DJANGO_SERVICES)
@pytest.mark.parametrize("resolved", ["compose", "compose_defaults"])
def test_settings_variables_are_set_for_django_services(request, resolved, name):
    env = environment(request.getfixturevalue(resolved)["services"][name])
    missing = [key for key in SETTINGS_ENV if not env.get(key)]
    assert not missing, f"{name} lacks {missing} ({resolved})"
    assert env.get("DEBUG", "").lower() == "false"


@pytest.mark.parametrize("resolved", ["compose", "compose_defaults"])
def test_environment_points_at_the_compose_services(request, resolved):
    config = request.getfixturevalue(resolved)
    services = config["services"]
    env = environment(services["web"])

    db = urlsplit(env["DATABASE_URL"])
    pg = environment(services["postgres"])
    assert db.scheme in ("postgres", "postgresql", "pgsql")
    assert (db.hostname, db.port) == ("postgres", 5432)
    assert db.username == pg["POSTGRES_USER"]
    assert db.password == pg["POSTGRES_PASSWORD"], "DATABASE_URL and POSTGRES_PASSWORD disagree"
    assert db.path.lstrip("/") == pg["POSTGRES_DB"]

    broker = urlsplit(env["CELERY_BROKER_URL"])
    assert (broker.scheme, broker.hostname, broker.port) == ("redis", "redis", 6379)
    shared_cache = urlsplit(env["CACHE_URL"])
    assert (shared_cache.scheme, shared_cache.hostname, shared_cache.port) == ("redis", "redis", 6379)
    assert shared_cache.path != broker.path, "the cache and the broker share a Redis database"

    search = urlsplit(env["ELASTICSEARCH_URL"])
    assert (search.hostname, search.port) == ("elasticsearch", 9200)

    s3 = urlsplit(env["AWS_S3_ENDPOINT_URL"])
    assert (s3.hostname, s3.port) == ("minio", 9000)
    minio = environment(services["minio"])
    assert env["AWS_ACCESS_KEY_ID"] == minio["MINIO_ROOT_USER"]
    assert env["AWS_SECRET_ACCESS_KEY"] == minio["MINIO_ROOT_PASSWORD"]
    assert len(minio["MINIO_ROOT_PASSWORD"]) >= 8, "MinIO refuses root passwords under 8 characters"

    assert env["AWS_STORAGE_BUCKET_NAME"] == MEDIA_BUCKET
    assert env["AWS_DOCUMENTS_BUCKET_NAME"] == DOCUMENTS_BUCKET
    assert env["AWS_S3_CUSTOM_DOMAIN"].endswith("/" + MEDIA_BUCKET)
    init = environment(services["minio-init"])
    assert init["MEDIA_BUCKET"] == env["AWS_STORAGE_BUCKET_NAME"]
    assert init["DOCUMENTS_BUCKET"] == env["AWS_DOCUMENTS_BUCKET_NAME"]
    assert (init["MINIO_ROOT_USER"], init["MINIO_ROOT_PASSWORD"]) == (
        minio["MINIO_ROOT_USER"], minio["MINIO_ROOT_PASSWORD"])


def test_web_port_matches_the_healthcheck_and_gunicorn(compose):
    ports = [parse_port(p) for p in compose["services"]["web"]["ports"]]
    assert any(target == 8000 for _, _, target in ports)


# --- files -------------------------------------------------------------------


def build_files(raw):
    for name, spec in raw["services"].items():
        build = spec.get("build")
        if build is None:
            continue
        if isinstance(build, str):
            build = {"context": build}
        context = (ROOT / build.get("context", ".")).resolve()
        yield name, context, context / build.get("dockerfile", "Dockerfile")


def test_build_contexts_and_dockerfiles_exist(raw):
    found = list(build_files(raw))
    assert {name for name, _, _ in found} >= {"web", "worker", "beat", "elasticsearch"}
    for name, context, dockerfile in found:
        assert context.is_dir(), f"{name}: build context {context} missing"
        assert dockerfile.is_file(), f"{name}: {dockerfile} missing"


def test_files_the_web_image_copies_exist():
    dockerfile = (ROOT / "docker/web.Dockerfile").read_text()
    for source in re.findall(r"^COPY\s+(\S+)\s+\S+", dockerfile, re.M):
        assert (ROOT / source).exists(), f"web.Dockerfile copies missing {source}"
    entry = re.search(r'^ENTRYPOINT \["/app/([^"]+)"\]', dockerfile, re.M)  # the project is copied to /app
    assert entry and (ROOT / entry.group(1)).is_file(), "the image's entrypoint is not in the repository"


def test_entrypoint_migrates_and_collects_static_before_gunicorn():
    script = (ROOT / "docker/entrypoint.sh").read_text()
    assert script.startswith("#!/bin/sh")
    migrate = script.index("manage.py migrate --noinput")
    collect = script.index("manage.py collectstatic --noinput")
    run = script.index('exec "$@"')
    assert migrate < collect < run
    assert (ROOT / "docker/entrypoint.sh").stat().st_mode & 0o111, "entrypoint.sh is not executable"


@pytest.mark.parametrize("script", ["docker/entrypoint.sh", "docker/minio-init.sh"])
def test_shell_scripts_parse(script):
    sh = shutil.which("sh")
    if sh is None:
        pytest.skip("no sh")
    result = subprocess.run([sh, "-n", str(ROOT / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_elasticsearch_image_has_the_analysis_plugins(raw):
    text = (ROOT / "docker/elasticsearch.Dockerfile").read_text()
    install = re.search(r"^RUN bin/elasticsearch-plugin install (.+)$", text, re.M)
    assert install, "no elasticsearch-plugin install"
    words = install.group(1).split()
    assert "--batch" in words
    assert [w for w in words if w.startswith("analysis-")] == ["analysis-icu"]  # no smartcn: ICU segments Chinese

    env = environment(raw["services"]["elasticsearch"])
    assert env["discovery.type"] == "single-node"
    assert env["xpack.security.enabled"] == "false"


def test_minio_init_creates_public_media_and_private_documents(raw):
    init = raw["services"]["minio-init"]
    mounts = [v for v in init.get("volumes", []) if isinstance(v, str)]
    script_mount = next(v for v in mounts if v.split(":")[0].endswith("minio-init.sh"))
    host_path, container_path = script_mount.split(":")[:2]
    assert (ROOT / host_path).resolve() == (ROOT / "docker/minio-init.sh").resolve()
    assert container_path in command_text(init["entrypoint"])
    assert depends_on(init).get("minio") == "service_healthy"
    assert init.get("restart", "no") == "no"

    script = (ROOT / "docker/minio-init.sh").read_text()
    assert 'mc mb --ignore-existing "local/$MEDIA_BUCKET"' in script
    assert 'mc mb --ignore-existing "local/$DOCUMENTS_BUCKET"' in script
    assert 'mc anonymous set download "local/$MEDIA_BUCKET"' in script
    assert 'mc anonymous set none "local/$DOCUMENTS_BUCKET"' in script
    assert "set -e" in script


def test_bind_mounts_exist(raw):
    for name, spec in raw["services"].items():
        for volume in spec.get("volumes", []):
            source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source", "")
            if source.startswith((".", "/")):
                assert (ROOT / source).exists(), f"{name} mounts missing {source}"


# --- .env.example, volumes, ports ---------------------------------------------


def test_env_example_defines_every_interpolated_variable(raw, env_example):
    used = set()
    for text in all_strings(raw):
        used |= interpolated_names(text)
    missing = used - set(env_example)
    assert not missing, f".env.example lacks {sorted(missing)}"


def test_env_example_lists_the_settings_variables(env_example):
    missing = [key for key in SETTINGS_ENV if key not in env_example]
    assert not missing, f".env.example lacks {missing}"


def test_env_example_holds_only_placeholders(env_example):
    assert "change-me" in env_example["SECRET_KEY"]
    assert "change-me" in env_example["AWS_SECRET_ACCESS_KEY"]
    assert env_example["DEBUG"].lower() == "false"
    assert not re.search(r"AKIA[0-9A-Z]{16}", ENV_EXAMPLE.read_text()), "looks like a real AWS key"


def test_secret_key_must_be_given(raw):
    with pytest.raises(MissingVariable, match="SECRET_KEY"):
        walk_strings(raw, lambda s: interpolate(s, {}))


def test_env_file_stays_out_of_git_and_images():
    gitignore = (ROOT / ".gitignore").read_text().split()
    dockerignore = (ROOT / ".dockerignore").read_text().split()
    assert ".env" in gitignore
    for entry in (".env", "var", ".venv", ".git"):
        assert entry in dockerignore, f".dockerignore should exclude {entry}"


def named_volume_sources(raw):
    for name, spec in raw["services"].items():
        for volume in spec.get("volumes", []):
            if isinstance(volume, str):
                source = volume.split(":")[0] if ":" in volume else None
                kind = "volume"
            else:
                source, kind = volume.get("source"), volume.get("type", "volume")
            if source and kind == "volume" and not source.startswith((".", "/", "~")):
                yield name, source


def test_volumes_are_declared_and_used(raw):
    declared = set(raw.get("volumes") or {})
    used = set()
    for service, source in named_volume_sources(raw):
        assert source in declared, f"{service} uses undeclared volume {source}"
        used.add(source)
    assert declared >= EXPECTED_VOLUMES, f"missing volumes {sorted(EXPECTED_VOLUMES - declared)}"
    assert declared <= used, f"declared but unused volumes {sorted(declared - used)}"
    for name in DJANGO_SERVICES:
        assert "var" in {s for svc, s in named_volume_sources(raw) if svc == name}


def parse_port(spec) -> tuple[str, int | None, int]:
    """(host_ip, host_port, container_port) of a ports entry."""
    if isinstance(spec, dict):
        published = spec.get("published")
        return spec.get("host_ip", "0.0.0.0"), int(published) if published else None, int(spec["target"])
    text = str(spec).split("/")[0]
    parts = text.rsplit(":", 2) if text.count(":") >= 2 else text.split(":")
    if len(parts) == 3:
        return parts[0], int(parts[1]), int(parts[2])
    if len(parts) == 2:
        return "0.0.0.0", int(parts[0]), int(parts[1])
    return "0.0.0.0", None, int(parts[0])


@pytest.mark.parametrize("resolved", ["compose", "compose_defaults"])
def test_published_ports_do_not_collide(request, resolved):
    seen: dict[int, str] = {}
    for name, spec in request.getfixturevalue(resolved)["services"].items():
        for entry in spec.get("ports", []):
            _, host_port, _ = parse_port(entry)
            if host_port is None:
                continue
            assert host_port not in seen, f"{name} and {seen[host_port]} both publish {host_port}"
            seen[host_port] = name


def test_backing_services_publish_on_loopback_only(compose):
    """Elasticsearch runs without security and MinIO with a known password."""
    for name in BACKING_SERVICES:
        for entry in compose["services"][name].get("ports", []):
            host_ip, _, _ = parse_port(entry)
            assert host_ip == "127.0.0.1", f"{name} publishes {entry} beyond loopback"
