"""Deals benchmark: a party's pipeline, a deal room and sending an inquiry at
marketplace scale, on PostgreSQL.

    .venv/bin/python -m bench.deals_benchmark [--works 100000] [--deals 200000] [--messages 2000000] [--repeat 30]
    .venv/bin/python -m bench.deals_benchmark --small   # 2,000 works, 4,000 deals, 40,000 messages

Starts a throw-away PostgreSQL, migrates, seeds the demo plus N synthetic
works, adds organisations (owner, manager and member each) and gives them
the synthetic works, then writes the deals and their messages with
INSERT ... SELECT FROM generate_series (not through the services). One party
has deals/40 deals (5,000 at full size), half selling and half buying; a
small party has 20. Three rooms are opened through the services (inquiry,
three offer versions with royalty tiers) and filled to 50 or 500 messages
and 5 or 50 log events. Then, through django.test.Client with a signed-in
owner, it measures server time and the SQL queries of one request:

1. the pipeline of the small and of the big party (first and last page);
2. the rooms (the page a room opens on, and for the 500-message one the
   page of its oldest messages: `?before=`, where the room pages back);
3. an inquiry POSTed by the small and by the big party (each creates a deal).

Prints p50/p95 and PASS/MISS against the deals issue: pipeline and 500-message
room p95 < 80 ms, inquiry p95 < 50 ms, SQL count fixed whatever the size.
"""
import argparse
import contextlib
import io
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench.workspace_benchmark import log, measure, percentile

TARGETS = {"pipeline_p95_ms": 80.0, "room_p95_ms": 80.0, "inquiry_p95_ms": 50.0}
SMALL = {"works": 2_000, "deals": 4_000, "messages": 40_000}
STATUSES = ["new", "new", "negotiating", "negotiating", "negotiating", "offered", "accepted", "accepted",
            "declined", "withdrawn", "expired"]
BODIES = [("th", "สวัสดีค่ะ เราสนใจลิขสิทธิ์แปลภาษาไทย ขอทราบเงื่อนไขและกำหนดเวลาด้วยค่ะ"),
          ("en", "Thank you for the inquiry. We can offer the translation rights for five years."),
          ("zh-hans", "谢谢您的询问。我们可以提供五年的翻译版权，预付款可以商量。"),
          ("vi", "Cảm ơn quý vị. Chúng tôi muốn đề nghị mức ứng trước cao hơn một chút."),
          ("km", "សូមអរគុណ។ យើងចង់ដឹងពីលក្ខខណ្ឌនៃការបោះពុម្ព។")]


def sql(statement: str, params=None) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.rowcount


def organisations(prefix: str, count: int) -> list:
    """Organisations with an owner, a manager and a member each; returns (organisation, owner) pairs."""
    from django.contrib.auth import get_user_model

    from marketplace.models import Membership, Organization

    orgs = Organization.objects.bulk_create(
        Organization(slug=f"{prefix}-{n}", name_en=f"Bench {prefix} {n}", kind="publisher", country="TH")
        for n in range(count))
    roles = ("owner", "manager", "member")
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"{prefix}{n}-{role}", email=f"{prefix}{n}-{role}@bench.example")
        for n in range(count) for role in roles)
    Membership.objects.bulk_create(Membership(user=user, organization=orgs[i // 3], role=roles[i % 3])
                                   for i, user in enumerate(users))
    return [(org, users[3 * n]) for n, org in enumerate(orgs)]


def insert_deals(count: int, sellers: list[int], buyers: list[int]) -> int:
    """`count` deals on the synthetic lines of `sellers`' works, bought by `buyers` (never the seller),
    with the line's own scope, opened and last active at spread times over two years."""
    if not count:
        return 0
    from catalog.models import RightsOffer, Work
    from deals.models import Deal
    from marketplace.models import Membership

    return sql(f"""
        WITH line AS (
            SELECT row_number() OVER (ORDER BY ro.id) AS n, ro.id, ro.work_id, w.rights_holder_id AS seller_id,
                   w.agency_id, ro.right_type, ro.territories, ro.languages, ro.exclusivity,
                   coalesce(ro.term_years, 5) AS term_years
            FROM {RightsOffer._meta.db_table} ro JOIN {Work._meta.db_table} w ON w.id = ro.work_id
            WHERE w.slug LIKE 'synthetic-%%' AND w.rights_holder_id = ANY(%(sellers)s)),
        lines AS (SELECT count(*) AS c FROM line),
        pick AS (
            SELECT g, line.*, random() AS age,
                   CASE WHEN (%(buyers)s::bigint[])[1 + g %% %(nb)s] = line.seller_id
                        THEN (%(buyers)s::bigint[])[1 + (g + 1) %% %(nb)s]
                        ELSE (%(buyers)s::bigint[])[1 + g %% %(nb)s] END AS buyer_id
            FROM generate_series(1, %(count)s) g JOIN line ON line.n = 1 + (g * 7919) %% (SELECT c FROM lines)),
        opener AS (SELECT organization_id, min(user_id) AS user_id FROM {Membership._meta.db_table}
                   WHERE organization_id = ANY(%(buyers)s) GROUP BY organization_id)
        INSERT INTO {Deal._meta.db_table} (work_id, rights_offer_id, buyer_id, seller_id, agency_id, status,
            right_type, territories, languages, exclusivity, term_years, book_format, channel, product_categories,
            opened_by_id, created_at, last_activity_at)
        SELECT p.work_id, p.id, p.buyer_id, p.seller_id, p.agency_id, (%(statuses)s::text[])[1 + p.g %% %(ns)s],
               p.right_type, p.territories, p.languages, p.exclusivity, p.term_years, '', '', '',
               o.user_id, now() - p.age * interval '730 days',
               now() - p.age * interval '730 days' + (p.age * random()) * interval '730 days'
        FROM pick p JOIN opener o ON o.organization_id = p.buyer_id
        ORDER BY p.g""", {"sellers": sellers, "buyers": buyers, "nb": len(buyers), "count": count,
                          "statuses": STATUSES, "ns": len(STATUSES)})


def insert_messages(count: int, first_deal: int) -> int:
    """`count` messages over the deals from `first_deal` on, round-robin, written by each side in turn."""
    from deals.models import Deal, Message
    from marketplace.models import Membership

    sql(f"""CREATE TEMP TABLE bench_deal AS
            SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, buyer_id, seller_id, created_at, last_activity_at
            FROM {Deal._meta.db_table} WHERE id >= %s""", [first_deal])
    sql("CREATE UNIQUE INDEX ON bench_deal (n)")
    sql(f"""CREATE TEMP TABLE bench_author AS SELECT organization_id, min(user_id) AS user_id
            FROM {Membership._meta.db_table} GROUP BY organization_id""")
    written = sql(f"""
        WITH total AS (SELECT count(*) AS c FROM bench_deal),
        m AS (
            SELECT g, d.id AS deal_id, g / total.c AS k,
                   CASE WHEN (g / total.c) %% 2 = 0 THEN d.buyer_id ELSE d.seller_id END AS org_id,
                   d.created_at, d.last_activity_at
            FROM generate_series(0, %(count)s - 1) g CROSS JOIN total JOIN bench_deal d ON d.n = g %% total.c)
        INSERT INTO {Message._meta.db_table} (deal_id, author_id, organization_id, language, body, created_at)
        SELECT m.deal_id, a.user_id, m.org_id, (%(langs)s::text[])[1 + m.g %% 5],
               repeat((%(bodies)s::text[])[1 + m.g %% 5] || ' ', 1 + m.g %% 4) || '#' || m.g,
               m.created_at + (m.last_activity_at - m.created_at) * (m.k + 1) / (m.k + 2)
        FROM m JOIN bench_author a ON a.organization_id = m.org_id
        ORDER BY m.deal_id, m.k""",
                  {"count": count, "langs": [b[0] for b in BODIES], "bodies": [b[1] for b in BODIES]})
    sql("DROP TABLE bench_deal, bench_author")
    return written


def open_room(seller, seller_owner, buyer, buyer_owner, line, messages: int, events: int):
    """A deal opened through the services (inquiry, offer, counter-offer, counter-offer), then filled
    to `events` log events (deals.log.append) and `messages` messages (one INSERT)."""
    from datetime import timedelta

    from django.utils import timezone

    from deals import log, services
    from deals.models import Deal, Message
    from deals.terms import Terms, Tier

    scope = {"right_type": line.right_type, "territories": line.territories, "languages": line.languages,
             "exclusivity": line.exclusivity, "term_years": line.term_years or 5}
    deal = services.inquiry_send(user=buyer_owner, organization=buyer, line=line, scope=scope, language="th",
                                 message=BODIES[0][1])
    for advance, org, user in ((3000, seller, seller_owner), (2500, buyer, buyer_owner), (2800, seller, seller_owner)):
        services.offer_make(user=user, organization=org, deal=deal, scope=scope, terms=Terms(
            advance=Decimal(advance), currency="USD", expires_at=timezone.now() + timedelta(days=14),
            tiers=[Tier("paperback", "list_price", Decimal("6")),
                   Tier("paperback", "list_price", Decimal("8"), "units", Decimal("10000"))]))
    for n in range(events - 4):
        log.append(deal=deal, kind="message", actor=buyer_owner if n % 2 else seller_owner,
                   organization=buyer if n % 2 else seller, payload={"language": "th"})
    sql(f"""INSERT INTO {Message._meta.db_table} (deal_id, author_id, organization_id, language, body, created_at)
            SELECT %(deal)s, CASE WHEN g %% 2 = 0 THEN %(su)s ELSE %(bu)s END,
                   CASE WHEN g %% 2 = 0 THEN %(so)s ELSE %(bo)s END, (%(langs)s::text[])[1 + g %% 5],
                   repeat((%(bodies)s::text[])[1 + g %% 5] || ' ', 1 + g %% 4), now() - (%(n)s - g) * interval '1 hour'
            FROM generate_series(1, %(n)s) g""",
        {"deal": deal.pk, "su": seller_owner.pk, "bu": buyer_owner.pk, "so": seller.pk, "bo": buyer.pk,
         "langs": [b[0] for b in BODIES], "bodies": [b[1] for b in BODIES], "n": messages - 1})
    assert Message.objects.filter(deal=deal).count() == messages and deal.events.count() == events
    return Deal.objects.get(pk=deal.pk)


def populate(works: int, deals: int, messages: int) -> dict:
    from django.core.management import call_command

    from catalog.models import RightsOffer, Work
    from deals.models import Deal, Message, ReadMark

    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("seed_demo", works=works)
    log(f"  seed_demo: {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    count = max(20, works // 100)
    bench = organisations("bench", count)
    (big, big_owner), (small, small_owner) = organisations("party", 2)
    ids = [org.pk for org, _owner in bench]
    table = Work._meta.db_table
    sql(f"UPDATE {table} SET rights_holder_id = (%s::bigint[])[1 + id %% %s] WHERE slug LIKE 'synthetic-%%'",
        [ids, count])
    held = list(Work.objects.filter(slug__startswith="synthetic-").order_by("pk").values_list("pk", flat=True))
    Work.objects.filter(pk__in=held[:max(5, works // 100)]).update(rights_holder=big)
    Work.objects.filter(pk__in=held[-5:]).update(rights_holder=small)
    first = Deal.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    mine = deals // 40
    made = insert_deals(deals - mine - 20, ids, ids)
    made += insert_deals(mine // 2, [big.pk], ids) + insert_deals(mine - mine // 2, ids, [big.pk])
    made += insert_deals(10, [small.pk], ids) + insert_deals(10, ids, [small.pk])
    log(f"  organisations and {made} deals: {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    written = insert_messages(messages, first + 1)
    # The party has read about half of its deals.
    sql(f"""INSERT INTO {ReadMark._meta.db_table} (deal_id, organization_id, read_at)
            SELECT id, %(org)s, last_activity_at FROM {Deal._meta.db_table}
            WHERE (buyer_id = %(org)s OR seller_id = %(org)s) AND id %% 2 = 0""", {"org": big.pk})
    log(f"  {written} messages: {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    sql("ANALYZE")
    log(f"  ANALYZE: {time.perf_counter() - started:.0f} s")
    lines = RightsOffer.objects.select_related("work").filter(work__rights_holder=big).order_by("pk")
    buyer, buyer_owner = bench[0]
    rooms = {size: open_room(big, big_owner, buyer, buyer_owner, lines[n], *size)
             for n, size in enumerate([(50, 5), (500, 5), (500, 50)])}
    line = RightsOffer.objects.select_related("work").filter(work__rights_holder=bench[1][0]).order_by("pk")[0]
    oldest = Message.objects.filter(deal=rooms[500, 50]).order_by("pk").values_list("pk", flat=True)[50]
    return {"oldest": oldest, "big": big, "big_owner": big_owner, "small": small, "small_owner": small_owner,
            "rooms": rooms, "line": line, "mine": mine, "deals": Deal.objects.count(), "messages": written}


def inquiry(client, line, repeat: int) -> tuple[list[float], int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = f"/en/deals/inquire/{line.pk}/"
    data = {"territories": line.territories, "languages": line.languages, "exclusivity": line.exclusivity,
            "term_years": str(line.term_years or 5), "language": "th", "message": BODIES[0][1]}

    def post():
        response = client.post(url, data)
        assert response.status_code == 302, (url, response.status_code, response.content[:2000])

    post()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        post()
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        post()
    return times, len(queries)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--deals", type=int, default=200_000)
    parser.add_argument("--messages", type=int, default=2_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--small", action="store_true", help="a quick check: 2,000 works, 4,000 deals, "
                                                             "40,000 messages")
    args = parser.parse_args(argv)
    if args.small:
        vars(args).update(SMALL)

    project = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(project))
    from bench.site import start_django
    from tests.support.postgres import start_postgres

    workdir = Path(tempfile.mkdtemp(prefix="rb-dbench-"))
    pg = start_postgres(workdir / "pg")
    try:
        # As bench.workspace_benchmark, but with a broker: Celery publishes to kombu's in-memory transport
        # (CELERY_TASK_ALWAYS_EAGER is then off), so an inquiry pays for publishing its notification
        # emails, as in production, and not for rendering or sending them.
        start_django(workdir, pg.url, broker="memory://localhost/")
        from django.conf import settings
        from django.core.management import call_command
        from django.test import Client

        assert not settings.CELERY_TASK_ALWAYS_EAGER
        with contextlib.redirect_stdout(io.StringIO()):
            call_command("migrate", interactive=False, verbosity=0)
        log(f"generating {args.works} works, {args.deals} deals, {args.messages} messages …")
        started = time.perf_counter()
        data = populate(args.works, args.deals, args.messages)
        log(f"  total {time.perf_counter() - started:.0f} s")

        last = -(-(data["mine"] + 3) // 25)  # the rooms and the inquiries add to the big party's deals
        rooms = data["rooms"]
        rows = []
        for label, user, url in [
            ("pipeline, party with 20 deals", data["small_owner"], "/en/workspace/deals/"),
            (f"pipeline, party with {data['mine']} deals", data["big_owner"], "/en/workspace/deals/"),
            (f"pipeline, {data['mine']} deals, last page", data["big_owner"], f"/en/workspace/deals/?page={last}"),
            ("pipeline, filtered: selling, negotiating", data["big_owner"],
             "/en/workspace/deals/?role=selling&status=negotiating"),
            ("pipeline, search 'Bench'", data["big_owner"], "/en/workspace/deals/?q=Bench"),
        ] + [(f"room, {m} messages, {e} events", data["big_owner"], f"/en/deals/{deal.pk}/")
             for (m, e), deal in rooms.items()] + [
            ("room, 500 messages, 50 events, oldest page", data["big_owner"],
             f"/en/deals/{rooms[500, 50].pk}/?before={data['oldest']}"),
        ]:
            client = Client()
            client.force_login(user)
            times, queries = measure(client, url, args.repeat)
            rows.append((label, percentile(times, 50), percentile(times, 95), queries))
        for label, user in [("inquiry, party with 20 deals", data["small_owner"]),
                            (f"inquiry, party with {data['mine']} deals", data["big_owner"])]:
            client = Client()
            client.force_login(user)
            times, queries = inquiry(client, data["line"], args.repeat)
            rows.append((label, percentile(times, 50), percentile(times, 95), queries))

        print(f"data: {args.works} works, {data['deals']} deals, {data['messages']} messages (+ the rooms')")
        print(f"{'page':45} {'p50 ms':>8} {'p95 ms':>8} {'SQL':>5}")
        for label, p50, p95, queries in rows:
            print(f"{label:45} {p50:8.1f} {p95:8.1f} {queries:5d}")

        def verdict(name, p95, target, small_sql, big_sql):
            ok = p95 < target
            fixed = small_sql == big_sql
            print(f"{name} p95 < {target:.0f} ms: {p95:.1f} ms {'PASS' if ok else 'MISS'}; "
                  f"SQL count fixed whatever the size: {'PASS' if fixed else 'MISS'} ({small_sql} vs {big_sql})")

        verdict("pipeline", max(rows[1][2], rows[2][2]), TARGETS["pipeline_p95_ms"], rows[0][3], rows[1][3])
        verdict("room (500 messages, 50 events, newest and oldest page)", max(rows[7][2], rows[8][2]),
                TARGETS["room_p95_ms"], rows[5][3], rows[7][3])
        verdict("inquiry", max(rows[9][2], rows[10][2]), TARGETS["inquiry_p95_ms"], rows[9][3], rows[10][3])
        return 0
    finally:
        pg.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
