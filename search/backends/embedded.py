"""The embedded search engine: a tantivy index in a directory, no server.

    SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.embedded", "PATH": VAR_DIR / "search-index"}}

Optional parameters: WRITER_TIMEOUT (seconds to wait for the index writer
another process holds, default 30), REBUILD_HEAP (bytes, default 512 MB).

tantivy allows one writer per index across processes (a lock file): each
write batch opens a writer, commits and drops it, so the web process and
the task worker take turns; within a process a lock serialises them.
"""
import json
import logging
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import tantivy

from ..analysis import query_units
from ..base import BaseSearchBackend, Progress
from ..hits import build_hit, pick_suggestions
from ..policy import SUGGESTION_SPARES
from ..query import FACETS, CatalogQuery, CatalogResults, sorted_buckets
from .embedded_pool import analysed
from .embedded_query import AGGREGATIONS, OFFER_COMBINATIONS, catalog_query, ordering, suggest_query
from .embedded_schema import (
    SCHEMA_VERSION,
    build_schema,
    offer_facet_counts,
    register_analyzers,
    slot_key,
    to_tantivy,
)
from .embedded_store import IndexStore

logger = logging.getLogger(__name__)

BATCH_HEAP = 32_000_000
FACET_CACHE_SIZE = 256
PROGRESS_EVERY = 1000


class SearchBackend(BaseSearchBackend):
    def __init__(self, alias: str, params: dict):
        super().__init__(alias, params)
        self.store = IndexStore(Path(params["PATH"]), SCHEMA_VERSION)
        self.schema = build_schema()
        self.writer_timeout = params.get("WRITER_TIMEOUT", 30)
        self.rebuild_heap = params.get("REBUILD_HEAP", 512_000_000)
        self._lock = threading.RLock()
        self._live: _Live | None = None

    # --- reading ------------------------------------------------------------

    def search(self, query: CatalogQuery) -> CatalogResults:
        started = time.perf_counter()
        searcher, facet_cache = self._searcher()
        units = query_units(query.text)
        slots = _slot_count(searcher) if query.wants_availability else 0
        tantivy_query = catalog_query(self.schema, query, units, slots)
        order = ordering(query, has_text=bool(units))
        found = searcher.search(tantivy_query, limit=query.per_page, offset=query.offset, count=False, **order)
        hits = [
            build_hit(_source(searcher, address), units, query.ui_language, None if order else score)
            for score, address in found.hits
        ]
        facets = _facets(searcher, tantivy_query, query, facet_cache)
        total = sum(count for _kind, count in facets["kind"])  # every work has one kind
        return CatalogResults(query, hits, total, facets, took_ms=(time.perf_counter() - started) * 1000)

    def suggest(self, prefix: str, ui_language: str, limit: int = 8) -> list[str]:
        units = query_units(prefix)
        if not units or limit < 1:
            return []
        searcher, _facet_cache = self._searcher()
        found = searcher.search(suggest_query(self.schema, units, ui_language), limit=limit * SUGGESTION_SPARES)
        sources = (_source(searcher, address) for _score, address in found.hits)  # loaded as far as needed
        return pick_suggestions(sources, units, ui_language, limit)

    def count(self) -> int:
        return self._searcher()[0].num_docs

    def ping(self) -> bool:
        try:
            self._open()
        except (OSError, ValueError):
            logger.exception("The embedded search index cannot be opened.")
            return False
        return True

    def close(self) -> None:
        with self._lock:
            self._live = None

    # --- writing ------------------------------------------------------------

    def index_documents(self, docs) -> int:
        prepared = [(int(doc["id"]), to_tantivy(doc, self.schema)) for doc in docs]
        if prepared:
            with self._writing() as writer:
                for work_id, document in prepared:
                    writer.delete_documents_by_term("id", work_id)
                    writer.add_document(document)
        return len(prepared)

    def delete_documents(self, ids) -> None:
        ids = [int(i) for i in ids]
        if ids:
            with self._writing() as writer:
                for work_id in ids:
                    writer.delete_documents_by_term("id", work_id)

    def rebuild(self, docs, total: int | None = None, progress: Progress | None = None) -> int:
        with self._lock:  # writes from this process wait, rather than land in the old index
            generation = self.store.new_generation()
            index = self._create(generation)
            writer = index.writer(heap_size=self.rebuild_heap)
            done = 0
            try:
                try:
                    for document in analysed(docs, total):
                        writer.add_json(document)
                        done += 1
                        if progress and done % PROGRESS_EVERY == 0:
                            progress(done, total)
                    writer.commit()
                except BaseException:
                    writer.rollback()
                    raise
                finally:
                    writer.wait_merging_threads()
            except BaseException:
                shutil.rmtree(generation, ignore_errors=True)
                raise
            with self.store.locked():
                self.store.swap(generation)
            self._use(index, generation.name)
        if progress:
            progress(done, total)
        return done

    # --- the index and its writer ----------------------------------------------

    def _open(self) -> "_Live":
        """The live index, reopened when a rebuild (here or elsewhere) swapped it."""
        name, live = self.store.current(), self._live
        if live is not None and name == live.generation:
            return live
        with self._lock:
            name = self.store.current()
            if name is None:
                with self.store.locked():
                    name = self.store.current()
                    if name is None:  # first use, or an index of an older schema: start empty
                        logger.warning("No search index of schema v%s in %s: starting an empty one, "
                                       "run the reindex.", SCHEMA_VERSION, self.store.root)
                        generation = self.store.new_generation()
                        self._create(generation)
                        self.store.swap(generation)
                        name = generation.name
            if self._live is None or name != self._live.generation:
                self._use(tantivy.Index(self.schema, path=str(self.store.path(name)), reuse=True), name)
            return self._live

    def _use(self, index, generation: str) -> None:
        """Serve `index`. Its reader reloads only when _searcher() says, so that
        cached facets always belong to the commit being searched."""
        register_analyzers(index)
        index.config_reader(reload_policy="manual")
        self._live = _Live(index, generation)

    def _searcher(self):
        """A searcher on the latest commit (from this process or another), and
        the facet cache of that commit."""
        live = self._open()
        try:
            meta = (self.store.path(live.generation) / "meta.json").read_bytes()
        except FileNotFoundError:  # swapped away a moment ago: the next search reopens
            meta = live.meta
        if meta != live.meta:
            with self._lock:
                live.index.reload()
                live.meta, live.facets = meta, {}
        facets = live.facets  # taken before the searcher: never older than the commit it caches
        return live.index.searcher(), facets

    def _create(self, generation: Path):
        index = tantivy.Index(self.schema, path=str(generation), reuse=False)
        register_analyzers(index)
        return index

    @contextmanager
    def _writing(self):
        with self._lock:
            writer = self._writer(self._open().index)
            try:
                yield writer
                writer.commit()
            except BaseException:
                writer.rollback()
                raise
            finally:
                writer.wait_merging_threads()  # drops the writer: frees the lock file

    def _writer(self, index):
        deadline = time.monotonic() + self.writer_timeout
        while True:
            try:
                return index.writer(heap_size=BATCH_HEAP, num_threads=1)
            except ValueError as error:  # another process is writing
                if "LockBusy" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


@dataclass
class _Live:
    """The index being served, with what was last loaded of it."""

    index: tantivy.Index
    generation: str
    meta: bytes | None = None  # meta.json of the commit the reader holds
    facets: dict = field(default_factory=dict)  # match -> facet counts, for that commit


def _facets(searcher, tantivy_query, query: CatalogQuery, cache: dict) -> dict:
    """Counting facets over a large result set costs more than the search
    (about 25 ms for 100k works): they are kept per commit, for the next
    page, another sort, or the next visitor to the same listing."""
    key = replace(query, ui_language="en", sort="relevance", page=1, per_page=1)
    facets = cache.get(key)
    if facets is None:
        found = searcher.aggregate(tantivy_query, AGGREGATIONS)
        buckets = {name: [(b["key"], b["doc_count"]) for b in found.get(name, {}).get("buckets", ())]
                   for name in (*FACETS, "offer_facets")}
        if found.get("offer_facets", {}).get("sum_other_doc_count"):
            logger.error("More than %s combinations of offered rights: facet counts are short.", OFFER_COMBINATIONS)
        buckets.update({name: counts.items() for name, counts in offer_facet_counts(buckets["offer_facets"]).items()})
        facets = {name: sorted_buckets(buckets[name]) for name in FACETS}
        if len(cache) >= FACET_CACHE_SIZE:
            cache.clear()
        cache[key] = facets
    return facets


def _source(searcher, address) -> dict:
    return json.loads(searcher.doc(address).get_first("source"))


def _slot_count(searcher) -> int:
    """How many offer groups the most-offered work has: the slots a filter must try.
    doc_freq is a dictionary lookup; deleted documents may overcount, harmlessly."""
    slots = 0
    while searcher.doc_freq("avail", slot_key(slots, "*")) > 0:
        slots += 1
    return slots
