"""Workspace benchmark: the dashboard and an organisation's public profile at
catalogue scale, on PostgreSQL.

    .venv/bin/python -m bench.workspace_benchmark [--works 100000] [--organisations 2000] [--repeat 30]

Starts a throw-away PostgreSQL, migrates, seeds the demo plus N synthetic
works, adds organisations with an owner each, and gives the works to them:
one holder gets 5,000 works, the rest are spread thinly. Then, through
django.test.Client with a signed-in owner:

1. the workspace dashboard of a small and of the 5,000-work organisation:
   server time per request and SQL queries per request (which must not grow
   with the organisation's size);
2. the 5,000-work organisation's public profile.

Prints p50/p95 per page and PASS/MISS against the targets of the accounts
issue: dashboard p95 < 60 ms with a fixed query count; profile p95 < 150 ms.
"""
import argparse
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"dashboard_p95_ms": 60.0, "profile_p95_ms": 150.0}
BIG = 5_000


def percentile(values, p: float) -> float:
    data = sorted(values)
    k = (len(data) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def populate(works: int, organisations: int) -> tuple:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from catalog.models import Work
    from marketplace.models import Membership, Organization

    with contextlib.redirect_stdout(io.StringIO()):
        call_command("seed_demo", works=works)
    orgs = Organization.objects.bulk_create(
        Organization(slug=f"bench-org-{n}", name_en=f"Bench Press {n}", kind="publisher", country="TH")
        for n in range(organisations))
    User = get_user_model()
    users = User.objects.bulk_create(User(username=f"owner{n}", email=f"owner{n}@bench.example")
                                     for n in range(organisations))
    Membership.objects.bulk_create(Membership(user=u, organization=o, role="owner") for u, o in zip(users, orgs,
                                                                                                     strict=True))
    ids = list(Work.objects.filter(slug__startswith="synthetic-").order_by("pk").values_list("pk", flat=True))
    big, small = orgs[0], orgs[1]
    Work.objects.filter(pk__in=ids[:BIG]).update(rights_holder=big)
    for n, org in enumerate(orgs[1:], start=1):  # the rest, a few each
        chunk = ids[BIG + n * 20: BIG + n * 20 + 20]
        if chunk:
            Work.objects.filter(pk__in=chunk).update(rights_holder=org)
    return users[0], big, users[1], small


def measure(client, url: str, repeat: int) -> tuple[list[float], int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm-up: templates, caches
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return times, len(queries)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)

    project = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(project))
    from bench.site import start_django
    from tests.support.postgres import start_postgres

    workdir = Path(tempfile.mkdtemp(prefix="rb-wbench-"))
    pg = start_postgres(workdir / "pg")
    try:
        start_django(workdir, pg.url)
        from django.core.management import call_command
        from django.test import Client

        with contextlib.redirect_stdout(io.StringIO()):
            call_command("migrate", interactive=False, verbosity=0)
        log(f"seeding {args.works} works and {args.organisations} organisations …")
        started = time.perf_counter()
        big_owner, big, small_owner, small = populate(args.works, args.organisations)
        log(f"  {time.perf_counter() - started:.0f} s")

        rows = []
        for label, user, url in [
            ("dashboard, organisation with 20 works", small_owner, "/th/workspace/"),
            (f"dashboard, organisation with {BIG} works", big_owner, "/th/workspace/"),
            (f"public profile, {BIG} works", None, f"/th/organisations/{big.slug}/"),
            (f"public profile, {BIG} works, last page", None, f"/th/organisations/{big.slug}/?page={-(-BIG // 60)}"),
        ]:
            client = Client()
            if user:
                client.force_login(user)
            times, queries = measure(client, url, args.repeat)
            rows.append((label, percentile(times, 50), percentile(times, 95), queries))
        print(f"{'page':45} {'p50 ms':>8} {'p95 ms':>8} {'SQL':>5}")
        for label, p50, p95, queries in rows:
            print(f"{label:45} {p50:8.1f} {p95:8.1f} {queries:5d}")
        dashboard_p95 = max(rows[0][2], rows[1][2])
        fixed = rows[0][3] == rows[1][3]
        print(f"dashboard p95 < {TARGETS['dashboard_p95_ms']:.0f} ms: {dashboard_p95:.1f} ms "
              f"{'PASS' if dashboard_p95 < TARGETS['dashboard_p95_ms'] else 'MISS'}; "
              f"SQL count fixed whatever the size: {'PASS' if fixed else 'MISS'} ({rows[0][3]} vs {rows[1][3]})")
        profile_p95 = max(rows[2][2], rows[3][2])
        print(f"profile p95 < {TARGETS['profile_p95_ms']:.0f} ms (first and last page): {profile_p95:.1f} ms "
              f"{'PASS' if profile_p95 < TARGETS['profile_p95_ms'] else 'MISS'}")
        return 0
    finally:
        pg.stop()


if __name__ == "__main__":
    raise SystemExit(main())
