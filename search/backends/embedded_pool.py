"""Analysing documents in worker processes during a full rebuild.

Once documents come from rows, analysis (ICU segmentation, folding,
n-grams, collation keys) is most of a rebuild, and it is pure Python on
plain dicts: forked workers analyse chunks of documents while the parent
reads the database and feeds tantivy. Workers inherit the parent's database
connection and never use it; they exit without closing it.
"""
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from .embedded_schema import tantivy_json

PROCESSES = os.cpu_count() or 1
PARALLEL_MIN = 2000  # documents: below this, forking workers costs more than it saves
CHUNK = 250  # documents per task: large enough to amortise the pickling, small enough to balance


def analysed(docs: Iterable[dict], total: int | None) -> Iterator[str]:
    """tantivy_json() of every document, in order; in a process pool when
    there are enough of them and more than one CPU."""
    if PROCESSES < 2 or total is None or total < PARALLEL_MIN:
        return map(tantivy_json, docs)
    return _in_pool(docs, PROCESSES)


def _in_pool(docs: Iterable[dict], processes: int) -> Iterator[str]:
    # fork: the workers start with the analysis modules (and ICU) loaded. They
    # are forked at the first submit, before tantivy gets any document, so no
    # writer thread holds a lock the children could inherit.
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"))
    pending = deque()
    try:
        for chunk in _chunks(docs, CHUNK):
            pending.append(pool.submit(_analyse, chunk))
            if len(pending) > 2 * processes:  # read no further ahead than the workers need
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    return iter(lambda: list(islice(items, size)), [])


def _analyse(docs: list[dict]) -> list[str]:
    return [tantivy_json(doc) for doc in docs]
