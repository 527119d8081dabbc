"""A full rebuild analyses documents in worker processes: the index it
builds must answer exactly like one built in a single process."""
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from search.backends import embedded, embedded_pool
from search.query import CatalogQuery

from .factories import make_doc, offer

QUERIES = [
    CatalogQuery(text="silk", ui_language="en"),
    CatalogQuery(text="ผ้าไหม", ui_language="th"),
    CatalogQuery(text="山海", ui_language="zh-hans"),
    CatalogQuery(text="lua", ui_language="vi"),
    CatalogQuery(text="សូត្រ", ui_language="km"),
    CatalogQuery(text="lin", ui_language="en"),  # a creator's name
    CatalogQuery(text="silk", right_type="translation", territory="TH", language="th"),
    CatalogQuery(ui_language="th", sort="title"),
    CatalogQuery(ui_language="en", sort="newest", year_from=2005, kinds=("book",)),
]


def catalogue() -> list[dict]:
    titles = [
        {"en": "Silk Road", "th": "ถนนผ้าไหม"}, {"zh-hans": "山海逆战", "en": "Mountains and Seas"},
        {"vi": "Lụa và rồng", "en": "Silk and Dragons"}, {"km": "សូត្រខ្មែរ", "en": "Khmer Silk"},
        {"th": "ผ้าไหมมัดหมี่"}, {"en": "Lantern Festival", "zh-hans": "元宵灯会"},
    ]
    offers = [[offer("translation", "World excluding CN, TW", "th, vi")], [offer("ebook", "ASEAN", "en")], []]
    return [
        make_doc(titles=titles[n % len(titles)], id=n + 1, year=2000 + n % 13,
                 kind=("book", "comic", "folk_art")[n % 3], creators=["Lin Mei", "林梅"][: n % 3],
                 synopses={"en": f"A story of silk, number {n}."} if n % 2 else {},
                 holder=("lotus-press", "jieli-press")[n % 2], offers=offers[n % 3],
                 published=datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=n))
        for n in range(40)
    ]


def answers(backend) -> list:
    """Every hit of every query. Works of equal score (or title) come in the
    order of their segments, which tantivy's indexing threads make arbitrary:
    the order is compared by score (or title) only."""
    answers = []
    for query in QUERIES:
        results = backend.search(replace(query, per_page=50))
        order = [hit.title if hit.score is None else hit.score for hit in results.hits]
        hits = sorted((hit.id, hit.score, hit.title_html, hit.snippet_html, hit.holder_name) for hit in results.hits)
        answers.append((results.total, results.facets, order, hits))
    return answers


@pytest.fixture
def in_pool(monkeypatch):
    """Force the process pool on a handful of documents, in several chunks;
    `in_pool` counts how often it is used."""
    used = []
    real = embedded_pool._in_pool

    def counted(docs, processes):
        used.append(processes)
        return real(docs, processes)

    monkeypatch.setattr(embedded_pool, "PROCESSES", 2)
    monkeypatch.setattr(embedded_pool, "PARALLEL_MIN", 10)
    monkeypatch.setattr(embedded_pool, "CHUNK", 3)
    monkeypatch.setattr(embedded_pool, "_in_pool", counted)
    return used


def test_a_parallel_rebuild_answers_like_a_serial_one_and_like_single_writes(tmp_path, in_pool):
    docs = catalogue()
    serial, parallel, written = (embedded.SearchBackend("default", {"PATH": tmp_path / name})
                                 for name in ("serial", "parallel", "written"))
    assert serial.rebuild(docs, total=5) == len(docs)  # under PARALLEL_MIN: one process
    assert in_pool == []
    progress = []
    assert parallel.rebuild(iter(docs), total=len(docs), progress=lambda *p: progress.append(p)) == len(docs)
    assert in_pool == [2] and progress[-1] == (len(docs), len(docs))
    written.index_documents(docs)

    expected = answers(serial)
    assert all(total for total, _facets, _order, _hits in expected)
    assert answers(parallel) == expected
    assert answers(written) == expected


def test_a_failure_in_a_worker_or_in_the_parent_fails_the_rebuild_and_keeps_the_live_index(tmp_path, in_pool):
    backend = embedded.SearchBackend("default", {"PATH": tmp_path / "index"})
    docs = catalogue()
    backend.rebuild(docs[:20], total=20)
    before = answers(backend)

    broken = [*docs, {"id": 99}]  # no kind: its analysis raises in a worker
    with pytest.raises(KeyError):
        backend.rebuild(broken, total=len(broken))

    def database_gone():
        yield from docs
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        backend.rebuild(database_gone(), total=len(docs))
    assert in_pool == [2, 2, 2]
    assert answers(backend) == before
