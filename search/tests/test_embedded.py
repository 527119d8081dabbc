"""What is particular to the embedded engine: files, generations, the writer lock."""
import threading

import pytest
import tantivy

from search.backends import embedded
from search.backends.embedded_schema import build_schema
from search.query import CatalogQuery

from .factories import ids, make_doc, offer


@pytest.fixture
def path(tmp_path):
    return tmp_path / "search-index"


def open_backend(path, **params):
    return embedded.SearchBackend("default", {"PATH": path, **params})


def generations(path) -> list[str]:
    return sorted(p.name for p in path.iterdir() if p.is_dir() and not p.is_symlink())


def test_a_rebuild_elsewhere_is_seen_without_reopening(path):
    web, worker = open_backend(path), open_backend(path)  # two processes' views
    web.index_documents([make_doc("Lotus", id=1)])
    assert worker.count() == 1
    worker.rebuild([make_doc("Lantern", id=2)])
    assert ids(web.search(CatalogQuery(text="lantern"))) == [2]
    assert web.count() == 1


def test_facets_kept_for_a_commit_are_recounted_after_a_write_elsewhere(path):
    web, worker = open_backend(path), open_backend(path)
    web.index_documents([make_doc("Lotus", kind="book")])
    assert web.search(CatalogQuery(text="lotus", page=2)).facets["kind"] == [("book", 1)]
    worker.index_documents([make_doc("Lotus", kind="comic")])
    results = web.search(CatalogQuery(text="lotus", sort="newest"))
    assert (results.total, results.facets["kind"]) == (2, [("book", 1), ("comic", 1)])


def test_only_the_live_and_the_previous_generation_are_kept(path):
    backend = open_backend(path)
    for n in range(3):
        backend.rebuild([make_doc(f"Lotus {n}")])
    live = (path / "current").readlink().name
    assert len(generations(path)) == 2 and live == generations(path)[-1]


def test_a_failed_rebuild_leaves_the_live_index_alone(path):
    backend = open_backend(path)
    backend.rebuild([make_doc("Lotus", id=1)])
    before = generations(path)

    def broken():
        yield make_doc("Lantern", id=2)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        backend.rebuild(broken())
    assert generations(path) == before
    assert ids(backend.search(CatalogQuery(text="lotus"))) == [1]


def test_writes_wait_for_another_processes_writer(path):
    backend = open_backend(path, WRITER_TIMEOUT=5)
    backend.index_documents([make_doc("Lotus", id=1)])
    other = tantivy.Index(build_schema(), path=str(path / (path / "current").readlink()))
    writer = other.writer(heap_size=15_000_000, num_threads=1)
    releaser = threading.Timer(0.3, writer.wait_merging_threads)  # drops the lock after a while
    releaser.start()
    backend.index_documents([make_doc("Lantern", id=2)])
    releaser.join()
    assert backend.count() == 2


def test_a_writer_held_too_long_is_an_error(path):
    backend = open_backend(path, WRITER_TIMEOUT=0.2)
    backend.index_documents([make_doc("Lotus", id=1)])
    other = tantivy.Index(build_schema(), path=str(path / (path / "current").readlink()))
    writer = other.writer(heap_size=15_000_000, num_threads=1)
    with pytest.raises(ValueError, match="LockBusy"):
        backend.index_documents([make_doc("Lantern", id=2)])
    writer.wait_merging_threads()


def test_an_index_of_another_schema_version_is_replaced_by_an_empty_one(path, monkeypatch):
    open_backend(path).index_documents([make_doc("Lotus", id=1)])
    monkeypatch.setattr(embedded, "SCHEMA_VERSION", embedded.SCHEMA_VERSION + 1)
    upgraded = open_backend(path)
    assert upgraded.count() == 0
    assert [name.split("-")[0] for name in generations(path)] == [f"v{embedded.SCHEMA_VERSION}"]


def test_availability_reaches_a_works_last_offer_group(path):
    backend = open_backend(path)
    lines = [offer("translation", code, "th") for code in ("VN", "LA", "KH", "MM", "MY", "ID", "PH")]
    many, one = make_doc("Lotus", offers=lines), make_doc("Lantern", offers=lines[:1])
    backend.rebuild([many, one])
    assert ids(backend.search(CatalogQuery(territory="PH"))) == [many["id"]]
    assert set(ids(backend.search(CatalogQuery(territory="VN")))) == {many["id"], one["id"]}


def test_offer_facets_are_counted_from_one_key_per_work():
    from search.backends.embedded_schema import offer_facet_counts, offer_facets_key

    thai = offer_facets_key([offer("translation", "TH", "th"), offer("print", "TH, VN", "th")])
    assert thai == "print,translation|TH,VN|th"
    counts = offer_facet_counts([(thai, 3), (offer_facets_key([offer("merchandise", "VN", "vi, en")]), 2),
                                 (offer_facets_key([]), 4)])
    assert counts == {"right_type": {"print": 3, "translation": 3, "merchandise": 2},
                      "territory": {"TH": 3, "VN": 5}, "language": {"th": 3, "en": 2, "vi": 2}}
