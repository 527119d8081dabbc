"""Catalogue-search benchmark: the embedded engine, the search page and the JSON
API, against Wagtail's own database search on PostgreSQL.

    .venv/bin/python -m bench.search_benchmark [--works 100000] [--repeat 5] [--reindex-only]

One run starts a throw-away PostgreSQL (tests.support.postgres.start_postgres), migrates,
seeds the demo plus N synthetic works (`seed_demo --works N`), then measures:

1. full reindex of the embedded engine (`search_reindex`, 3 runs, median);
2. the engine itself: every query of QUERIES `--repeat` times after a warm-up;
3. the search page and the JSON API through django.test.Client;
4. Wagtail's database backend (modelsearch on PostgreSQL): index build for
   catalog.Work, then `Work.objects.filter(live=True).search(text)` on the
   text queries of the same set;

and prints one table with p50/p95/max, the ratios and PASS/MISS per target.
Everything lives in temporary directories removed at the end. See
docs/search-benchmark.md.
"""
import argparse
import contextlib
import io
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

PAGE_LANGUAGES = ("th", "zh-hans", "vi", "en", "km")  # rotated for the page and the API
TARGETS = {
    "engine_p95_ms": 2.0,
    "page_p95_ms": 40.0,
    "api_p95_ms": 15.0,
    "speedup": 20.0,
    "reindex_s": 30.0,
}
REINDEX_RUNS = 3


# --- statistics ------------------------------------------------------------------


def percentile(values, p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    data = sorted(values)
    if not data:
        return float("nan")
    k = (len(data) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


@dataclass
class Series:
    name: str
    ms: list[float] = field(default_factory=list)

    def add(self, seconds: float) -> None:
        self.ms.append(seconds * 1000)

    @property
    def p50(self):
        return percentile(self.ms, 50)

    @property
    def p95(self):
        return percentile(self.ms, 95)

    @property
    def max(self):
        return max(self.ms) if self.ms else float("nan")


def log(message: str = "") -> None:
    print(message, flush=True)


# --- the query set -------------------------------------------------------------------


def build_queries():
    """(label, CatalogQuery) pairs: multi-script text, filters, browse, sorts, pages."""
    from search.query import CatalogQuery as Q

    return [
        # text, one script each
        ("zh 山海", Q(text="山海", ui_language="zh-hans")),
        ("zh 刺绣 folk_art", Q(text="刺绣", ui_language="zh-hans", kinds=("folk_art",))),
        ("zh 蜡染", Q(text="蜡染", ui_language="zh-hans")),
        ("zh 龙 p3", Q(text="龙", ui_language="zh-hans", page=3)),
        ("th ผ้าปักม้ง", Q(text="ผ้าปักม้ง", ui_language="th")),
        ("th ผ้าไหม", Q(text="ผ้าไหม", ui_language="th")),
        ("th มังกร transl TH th", Q(text="มังกร", ui_language="th", right_type="translation",
                                    territory="TH", language="th")),
        ("km ប្រាក់", Q(text="ប្រាក់", ui_language="km")),
        ("my ပိုး", Q(text="ပိုး", ui_language="my")),
        ("lo ໄໝ", Q(text="ໄໝ", ui_language="lo")),
        ("vi lụa", Q(text="lụa", ui_language="vi")),
        ("vi co tich", Q(text="co tich", ui_language="vi")),
        ("en silk", Q(text="silk", ui_language="en")),
        ("en embroideries", Q(text="embroideries", ui_language="en")),
        ("en dragon comic+film", Q(text="dragon", ui_language="en", kinds=("comic", "film_tv"))),
        ("en mountain river", Q(text="mountain river", ui_language="en")),
        # text with filters, sorts and pages
        ("en silk newest p2", Q(text="silk", ui_language="en", sort="newest", page=2)),
        ("en dragon title", Q(text="dragon", ui_language="en", sort="title")),
        ("en mountain river 2000-2010", Q(text="mountain river", ui_language="en", year_from=2000, year_to=2010)),
        ("zh 山海 film US en", Q(text="山海", ui_language="zh-hans", right_type="film_tv_adaptation",
                                territory="US", language="en")),
        ("th ผ้าไหม available", Q(text="ผ้าไหม", ui_language="th", available_only=True)),
        ("zh 刺绣 holder", Q(text="刺绣", ui_language="zh-hans", holders=("guizhou-folk-art-museum",))),
        ("en silk subj textiles", Q(text="silk", ui_language="en", subjects=("textiles",))),
        ("vi lụa transl VN vi", Q(text="lụa", ui_language="vi", right_type="translation",
                                 territory="VN", language="vi")),
        ("en tiger lantern newest", Q(text="tiger lantern", ui_language="en", sort="newest")),
        ("km ប្រាក់ folk_art book", Q(text="ប្រាក់", ui_language="km", kinds=("folk_art", "book"))),
        # browse: empty text, facets only
        ("browse en newest", Q(ui_language="en", sort="newest")),
        ("browse th folk_art", Q(ui_language="th", kinds=("folk_art",), sort="newest")),
        ("browse zh book novel", Q(ui_language="zh-hans", kinds=("book",), subtypes=("novel",), sort="newest")),
        ("browse vi transl VN vi", Q(ui_language="vi", right_type="translation", territory="VN",
                                    language="vi", sort="newest")),
        ("browse km 2010-2020 title", Q(ui_language="km", year_from=2010, year_to=2020, sort="title")),
        ("browse en subj mythology", Q(ui_language="en", subjects=("mythology",), sort="newest")),
        ("browse en holder p5", Q(ui_language="en", holders=("jieli-press",), sort="newest", page=5)),
        ("browse my broadcast TW zh-Hant", Q(ui_language="my", right_type="broadcast", territory="TW",
                                            language="zh-Hant", sort="newest")),
        ("browse lo available p2", Q(ui_language="lo", available_only=True, sort="newest", page=2)),
        ("browse en title p50", Q(ui_language="en", sort="title", page=50)),
    ]


def url_params(query) -> list[tuple[str, str]]:
    """A CatalogQuery as the search form's GET parameters (cms/search/forms.py)."""
    params = [("q", query.text)]
    params += [("kind", k) for k in query.kinds]
    params += [("subtype", s) for s in query.subtypes]
    if query.right_type:
        params.append(("right", query.right_type))
    if query.territory:
        params.append(("territory", query.territory))
    if query.language:
        params.append(("language", query.language))
    if query.available_only:
        params.append(("available", "on"))
    params += [("holder", str(h)) for h in query.holders]
    params += [("subject", s) for s in query.subjects]
    if query.year_from is not None:
        params.append(("year_from", str(query.year_from)))
    if query.year_to is not None:
        params.append(("year_to", str(query.year_to)))
    params.append(("sort", query.sort))
    if query.page != 1:
        params.append(("page", str(query.page)))
    if query.per_page != 20:
        params.append(("per_page", str(query.per_page)))
    return params


# --- machine info --------------------------------------------------------------------


def machine_info() -> dict:
    info = {"nproc": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    with contextlib.suppress(AttributeError):
        info["usable_cpus"] = len(os.sched_getaffinity(0))
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    return info


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# --- the phases ------------------------------------------------------------------


def freeze_code() -> str:
    """Import every view module and compile the search templates now, by one
    request to the page and the API, so that edits made to the working tree
    while the benchmark runs (minutes) cannot mix two versions of the code."""
    from django.core.cache import cache
    from django.test import Client
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - resolve the URLconf before timing
    client = Client()
    for url in ("/en/search/?q=warm", "/api/v1/search?q=warm&lang=en"):
        response = client.get(url)
        assert response.status_code == 200, f"{url} -> {response.status_code}"
    cache.clear()  # nothing cached from the empty site (e.g. Wagtail's site root paths)
    return time.strftime("%Y-%m-%d %H:%M:%S %Z")


def seed(works: int) -> dict:
    """`seed_demo --works N`, with its synthetic-works and reindex parts timed from outside."""
    from unittest import mock

    from django.core.management import call_command

    from marketplace.management.commands import seed_demo

    parts = {"synthetic_s": 0.0, "seed_reindex_s": 0.0}
    real_add, real_rebuild = seed_demo.add_synthetic_works, seed_demo.rebuild_index

    def timed_add(*args, **kwargs):
        started = time.perf_counter()
        try:
            return real_add(*args, **kwargs)
        finally:
            parts["synthetic_s"] += time.perf_counter() - started

    def timed_rebuild(*args, **kwargs):
        started = time.perf_counter()
        try:
            return real_rebuild(*args, **kwargs)
        finally:
            parts["seed_reindex_s"] += time.perf_counter() - started

    started = time.perf_counter()
    with mock.patch.object(seed_demo, "add_synthetic_works", timed_add), \
            mock.patch.object(seed_demo, "rebuild_index", timed_rebuild):
        call_command("seed_demo", works=works, stdout=io.StringIO())
    parts["seed_total_s"] = time.perf_counter() - started
    parts["demo_s"] = parts["seed_total_s"] - parts["synthetic_s"] - parts["seed_reindex_s"]
    return parts


def reindex(runs: int) -> tuple[list[float], int]:
    from django.core.management import call_command

    from search.registry import get_backend

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call_command("search_reindex", stdout=io.StringIO())
        times.append(time.perf_counter() - started)
        log(f"  reindex: {times[-1]:.2f} s")
    return times, get_backend().count()


def bench_engine(queries, repeat: int):
    from search.registry import get_backend

    backend = get_backend()
    totals = {}
    first = Series("engine, first call")  # the warm-up pass: nothing cached for this query yet
    for label, query in queries:
        started = time.perf_counter()
        totals[label] = backend.search(query).total
        first.add(time.perf_counter() - started)
    overall = Series("engine")
    per_query = {label: Series(label) for label, _q in queries}
    for _ in range(repeat):
        for label, query in queries:
            started = time.perf_counter()
            backend.search(query)
            elapsed = time.perf_counter() - started
            overall.add(elapsed)
            per_query[label].add(elapsed)
    return overall, per_query, totals, first


def bench_http(queries, repeat: int):
    from django.test import Client

    client = Client()
    page, api = Series("page"), Series("api")
    page_by_query = {label: Series(label) for label, _q in queries}

    def urls(i, r, query):
        lang = PAGE_LANGUAGES[(i + r) % len(PAGE_LANGUAGES)]
        params = url_params(query)
        return (f"/{lang}/search/?{urlencode(params)}",
                f"/api/v1/search?{urlencode(params + [('lang', lang)])}")

    def get(url):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, f"{url} -> {response.status_code}"
        return elapsed

    for r in range(len(PAGE_LANGUAGES)):  # warm-up: every query once, every language several times
        for i, (_label, query) in enumerate(queries):
            if r == 0 or i % len(PAGE_LANGUAGES) == 0:
                for url in urls(i, r, query):
                    get(url)
    for r in range(repeat):
        for i, (label, query) in enumerate(queries):
            page_url, api_url = urls(i, r, query)
            elapsed = get(page_url)
            page.add(elapsed)
            page_by_query[label].add(elapsed)
            api.add(get(api_url))
    return page, api, page_by_query


def build_wagtail_index() -> tuple[float, int]:
    """Wagtail's search index (modelsearch, PostgreSQL backend) for catalog.Work
    only, the way update_index fills one model: rebuilder, add_items in chunks."""
    from wagtail.search.backends import get_search_backend

    from catalog.models import Work

    backend = get_search_backend()
    started = time.perf_counter()
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(Work))
    index = rebuilder.start()
    index.add_model(Work)
    objects = Work.get_indexed_objects().order_by("pk")
    count, last = 0, 0
    while True:
        chunk = list(objects.filter(pk__gt=last)[:1000])
        if not chunk:
            break
        index.add_items(Work, chunk)
        count += len(chunk)
        last = chunk[-1].pk
    rebuilder.finish()
    return time.perf_counter() - started, count


def bench_wagtail(queries, repeat: int):
    """Wagtail DB search on the text queries (kind filters only: no availability)."""
    from wagtail.search.backends import get_search_backend

    from catalog.models import Work

    backend = get_search_backend()

    def run(query, with_count):
        queryset = Work.objects.filter(live=True)
        if query.kinds:
            queryset = queryset.filter(kind__in=query.kinds)
        results = backend.search(query.text, queryset)
        rows = list(results[query.offset:query.offset + query.per_page])
        total = results.count() if with_count else None
        return rows, total

    text_queries = [(label, q) for label, q in queries if q.text]
    totals = {}
    for label, query in text_queries:  # warm-up
        totals[label] = run(query, True)[1]
    fetch, fetch_count = Series("wagtail fetch"), Series("wagtail fetch+count")
    per_query = {label: Series(label) for label, _q in text_queries}
    for _ in range(repeat):
        for label, query in text_queries:
            started = time.perf_counter()
            run(query, False)
            middle = time.perf_counter()
            run(query, True)
            ended = time.perf_counter()
            fetch.add(middle - started)
            fetch_count.add(ended - middle)
            per_query[label].add(ended - middle)
    return fetch, fetch_count, per_query, totals, [label for label, _q in text_queries]


def breakdown(queries) -> dict:
    """Where a page request spends its time, median over the query set (one pass):
    the engine, facet labelling (cms/search/facets.py), DB queries per request."""
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils.translation import override

    from cms.search.facets import labelled_facets
    from search.registry import get_backend

    backend = get_backend()
    client = Client()
    engine, facets, page, api = [], [], [], []
    page_queries, api_queries = [], []
    for i, (_label, query) in enumerate(queries):
        lang = PAGE_LANGUAGES[i % len(PAGE_LANGUAGES)]
        params = url_params(query)
        started = time.perf_counter()
        results = backend.search(query)
        engine.append((time.perf_counter() - started) * 1000)
        with override(lang):
            started = time.perf_counter()
            labelled_facets(results.facets, QueryDict(urlencode(params)))
            facets.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(f"/{lang}/search/?{urlencode(params)}")
            page.append((time.perf_counter() - started) * 1000)
        page_queries.append(len(captured))
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(f"/api/v1/search?{urlencode(params + [('lang', lang)])}")
            api.append((time.perf_counter() - started) * 1000)
        api_queries.append(len(captured))
    med = statistics.median
    return {"engine_ms": med(engine), "facet_labels_ms": med(facets), "page_ms": med(page),
            "api_ms": med(api), "page_sql": med(page_queries), "api_sql": med(api_queries)}


# --- the report ------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(r: dict) -> str:
    lines = []
    add = lines.append
    m = r["machine"]
    add("=" * 78)
    add(f"RightsBridge catalogue-search benchmark  (works={r['works']}, repeat={r['repeat']}, "
        f"{r['n_queries']} queries, {r['n_text']} with text)")
    add("=" * 78)
    add(f"machine   nproc={m['nproc']} (usable {m.get('usable_cpus', '?')}), {m.get('cpu', '?')}, "
        f"{m.get('memory', '?')} RAM")
    add(f"          {m['platform']}")
    add(f"software  Python {m['python']}, Django {r['versions']['django']}, Wagtail {r['versions']['wagtail']}, "
        f"modelsearch {r['versions']['modelsearch']}")
    add(f"          {r['versions']['postgres']}")
    add(f"          tantivy (python) {r['versions']['tantivy']} [{r['versions']['tantivy_core']}]")
    add(f"load avg  start {r['load_start']}, end {r['load_end']}")
    add(f"code      snapshot loaded {r['snapshot']}")
    add("-" * 78)
    s = r["seed"]
    add(f"seed_demo --works {r['works']}: total {s['seed_total_s']:.1f} s  (demo {s['demo_s']:.1f} s, "
        f"synthetic works {s['synthetic_s']:.1f} s, its search_reindex {s['seed_reindex_s']:.1f} s)")
    runs = ", ".join(f"{t:.2f}" for t in r["reindex_runs"])
    add(f"embedded full reindex: median {r['reindex_median']:.2f} s  (runs: {runs} s), "
        f"{r['indexed_docs']} docs indexed")
    add(f"Wagtail DB index build (catalog.Work, {r['wagtail_indexed']} objects): {r['wagtail_build_s']:.1f} s")
    add("-" * 78)
    add(f"{'latency (ms)':<46}{'calls':>7}{'p50':>8}{'p95':>8}{'max':>9}")
    for title, series in r["rows"]:
        add(f"{title:<46}{len(series.ms):>7}{series.p50:>8.2f}{series.p95:>8.2f}{series.max:>9.2f}")
    add("-" * 78)
    add("Wagtail DB / embedded engine, same text queries (x times faster):")
    for name, (p50, p95) in r["ratios"].items():
        add(f"  {name:<44}p50 {p50:>7.1f}x   p95 {p95:>7.1f}x")
    add("-" * 78)
    add("targets")
    for line in r["targets"]:
        add(f"  {line[0]:<52}{line[1]:>14}  {line[2]}")
    add("-" * 78)
    b = r["breakdown"]
    add(f"page breakdown (median over the set, 1 pass): engine {b['engine_ms']:.2f} ms, facet labels "
        f"{b['facet_labels_ms']:.2f} ms, page {b['page_ms']:.2f} ms ({b['page_sql']:.0f} SQL), "
        f"API {b['api_ms']:.2f} ms ({b['api_sql']:.0f} SQL)")
    add("=" * 78)
    return "\n".join(lines)


def per_query_table(queries, engine, engine_totals, page, wagtail, wagtail_totals) -> str:
    lines = [f"{'query':<32}{'engine hits':>12}{'eng p50':>9}{'page p50':>10}{'wagtail hits':>13}{'wt p50':>9}"]
    for label, _q in queries:
        wt = wagtail.get(label)
        lines.append(
            f"{label[:31]:<32}{engine_totals[label]:>12}{engine[label].p50:>9.2f}{page[label].p50:>10.2f}"
            + (f"{wagtail_totals[label]:>13}{wt.p50:>9.1f}" if wt else f"{'-':>13}{'-':>9}"))
    return "\n".join(lines)


def versions(pg) -> dict:
    from importlib.metadata import version

    import django
    import tantivy
    import wagtail
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server = cursor.fetchone()[0]
    return {"django": django.get_version(), "wagtail": wagtail.__version__, "modelsearch": version("modelsearch"),
            "postgres": f"{pg.version} (server_version {server})", "tantivy": version("tantivy"),
            "tantivy_core": getattr(tantivy, "__version__", "?")}


# --- main ------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=100_000, help="synthetic works to add (default 100000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over the query set (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (debugging)")
    parser.add_argument("--reindex-only", action="store_true",
                        help="stop after the reindex runs: no query passes, no Wagtail baseline")
    args = parser.parse_args(argv)

    project = Path(__file__).resolve().parent.parent
    if str(project) not in sys.path:
        sys.path.insert(0, str(project))
    from tests.support.postgres import start_postgres

    workdir = Path(tempfile.mkdtemp(prefix="rb-bench-"))
    pg = None
    load_start = loadavg()
    try:
        log(f"PostgreSQL: starting in {workdir}")
        pg = start_postgres(workdir / "pg")
        log(f"  {pg.version} at {pg.url} ({pg.started_in_seconds:.1f} s)")
        var_dir = workdir / "var"
        (var_dir / "static").mkdir(parents=True)  # STATIC_ROOT: whitenoise warns when it is missing
        os.environ.update({
            "DATABASE_URL": pg.url, "VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "marketplace.settings",
            "ALLOWED_HOSTS": "testserver,127.0.0.1", "DEBUG": "False", "TQDM_DISABLE": "1",
        })
        for name in ("ELASTICSEARCH_URL", "CELERY_BROKER_URL", "AWS_STORAGE_BUCKET_NAME"):
            os.environ.pop(name, None)  # the embedded engine, eager tasks, local files

        import django

        django.setup()
        from django.core.management import call_command

        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # modeltranslation prints its column sync
            call_command("migrate", interactive=False, verbosity=0)
        log(f"migrate: {time.perf_counter() - started:.1f} s")

        snapshot = freeze_code()
        log(f"code snapshot: modules and templates loaded at {snapshot}")

        log(f"seed_demo --works {args.works} …")
        seeded = seed(args.works)
        log(f"  {seeded['seed_total_s']:.1f} s (synthetic works {seeded['synthetic_s']:.1f} s)")

        log(f"embedded engine: full reindex x{REINDEX_RUNS}")
        reindex_runs, indexed = reindex(REINDEX_RUNS)
        if args.reindex_only:
            runs = ", ".join(f"{t:.2f}" for t in reindex_runs)
            log(f"embedded full reindex: median {statistics.median(reindex_runs):.2f} s  (runs: {runs} s), "
                f"{indexed} docs indexed; load avg start {load_start}, end {loadavg()}")
            return 0

        queries = build_queries()
        log(f"embedded engine: {len(queries)} queries x {args.repeat}")
        engine, engine_by_query, engine_totals, engine_first = bench_engine(queries, args.repeat)
        log(f"  p50 {engine.p50:.2f} ms, p95 {engine.p95:.2f} ms")

        log(f"search page + JSON API: {len(queries)} queries x {args.repeat}")
        page, api, page_by_query = bench_http(queries, args.repeat)
        log(f"  page p95 {page.p95:.2f} ms, API p95 {api.p95:.2f} ms")

        log("Wagtail DB backend: building the index for catalog.Work")
        wagtail_build_s, wagtail_indexed = build_wagtail_index()
        log(f"  {wagtail_build_s:.1f} s")
        log("Wagtail DB backend: text queries")
        wt_fetch, wt_count, wt_by_query, wt_totals, text_labels = bench_wagtail(queries, args.repeat)
        log(f"  p50 {wt_count.p50:.1f} ms, p95 {wt_count.p95:.1f} ms")

        log("breakdown pass")
        parts = breakdown(queries)

        engine_text = Series("engine, text queries")
        for label in text_labels:
            engine_text.ms.extend(engine_by_query[label].ms)
        ratios = {
            "fetch+count vs engine": (wt_count.p50 / engine_text.p50, wt_count.p95 / engine_text.p95),
            "fetch only vs engine": (wt_fetch.p50 / engine_text.p50, wt_fetch.p95 / engine_text.p95),
        }
        reindex_median = statistics.median(reindex_runs)
        speed50, speed95 = ratios["fetch+count vs engine"]
        fetch50, fetch95 = ratios["fetch only vs engine"]
        targets = [
            (f"embedded engine p95 < {TARGETS['engine_p95_ms']:g} ms", f"{engine.p95:.2f} ms",
             verdict(engine.p95 < TARGETS["engine_p95_ms"])),
            (f"search page p95 < {TARGETS['page_p95_ms']:g} ms", f"{page.p95:.2f} ms",
             verdict(page.p95 < TARGETS["page_p95_ms"])),
            (f"JSON API p95 < {TARGETS['api_p95_ms']:g} ms", f"{api.p95:.2f} ms",
             verdict(api.p95 < TARGETS["api_p95_ms"])),
            (f">= {TARGETS['speedup']:g}x faster than Wagtail DB, p50 (fetch+count)", f"{speed50:.1f}x",
             verdict(speed50 >= TARGETS["speedup"])),
            (f">= {TARGETS['speedup']:g}x faster than Wagtail DB, p95 (fetch+count)", f"{speed95:.1f}x",
             verdict(speed95 >= TARGETS["speedup"])),
            (f">= {TARGETS['speedup']:g}x faster than Wagtail DB, p50 (fetch only)", f"{fetch50:.1f}x",
             verdict(fetch50 >= TARGETS["speedup"])),
            (f">= {TARGETS['speedup']:g}x faster than Wagtail DB, p95 (fetch only)", f"{fetch95:.1f}x",
             verdict(fetch95 >= TARGETS["speedup"])),
            (f"full reindex (median of {REINDEX_RUNS}) < {TARGETS['reindex_s']:g} s", f"{reindex_median:.2f} s",
             verdict(reindex_median < TARGETS["reindex_s"])),
        ]
        results = {
            "snapshot": snapshot, "works": args.works, "repeat": args.repeat, "n_queries": len(queries),
            "n_text": len(text_labels),
            "machine": machine_info(), "versions": versions(pg), "load_start": load_start, "load_end": loadavg(),
            "seed": seeded, "reindex_runs": reindex_runs, "reindex_median": reindex_median,
            "indexed_docs": indexed, "wagtail_build_s": wagtail_build_s, "wagtail_indexed": wagtail_indexed,
            "rows": [
                ("embedded engine, all queries", engine),
                ("embedded engine, text queries only", engine_text),
                ("embedded engine, first call of each query", engine_first),
                ("search page /<lang>/search/ (Client)", page),
                ("JSON API /api/v1/search (Client)", api),
                ("Wagtail DB .search() fetch 20", wt_fetch),
                ("Wagtail DB .search() fetch 20 + count()", wt_count),
            ],
            "ratios": ratios, "targets": targets, "breakdown": parts,
        }
        log()
        log("per query (engine and Wagtail hits = totals; p50 in ms)")
        log(per_query_table(queries, engine_by_query, engine_totals, page_by_query, wt_by_query, wt_totals))
        log()
        log(report(results))
        return 0
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            with contextlib.suppress(Exception):
                connections.close_all()
        if pg is not None:
            pg.stop()
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
