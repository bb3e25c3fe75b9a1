"""Code documents in several local worker processes, results in input order, one writer.

The caller stays the only writer (DuckDB allows one): workers clean, parse and code; the
caller iterates over the results and stores them. Workers fork from a fork server that has
loaded the model and every lexicon (`preload.py`), and code whole chunks of documents with
one `nlp.pipe`, so a chunk pays one round trip between processes. Chunks are fed lazily with
a bound on how many are in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from sitrep.records import CodedDocument, Problem, RawDocument

T = TypeVar("T")
Item = RawDocument | Problem
Result = CodedDocument | Problem

DEFAULT_BATCH_SIZE = 16
"""Documents per chunk sent to a worker (also the worker's `nlp.pipe` batch size)."""

IN_FLIGHT_PER_WORKER = 4
"""Chunks queued per worker: enough to keep it busy, few enough to bound memory."""

RECYCLE_DOCUMENTS = 1000
"""A worker is replaced by a fresh fork after coding about this many documents.

spaCy's string store and vocabulary only grow: every new name, number and misspelling in the
news stays in a long-lived worker for good. A fresh worker forks from the fork server, which
holds the model and lexicons already, so replacing one costs a fork, not a model load, and
a worker's memory stays bounded however long the run is.
"""

_worker_pipeline = None  # the worker process's Pipeline (set once by `_init_worker`)


def _init_worker(batch_size: int) -> None:
    """Build the worker's pipeline once (the model comes from the fork server when preloaded)."""
    global _worker_pipeline
    from sitrep.pipeline import Pipeline

    _worker_pipeline = Pipeline(batch_size=batch_size)


def _code_chunk(chunk: list[Item]) -> list[Result]:
    """Code one chunk in a worker (runs there, not in the caller)."""
    assert _worker_pipeline is not None, "worker used before its initializer ran"
    return list(_worker_pipeline.code_raw(chunk))


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """A start method that never forks a process holding threads or a loaded model."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # The fork server imports sitrep, loads the model and every lexicon once (preload.py);
        # workers fork from it ready to code.
        ctx.set_forkserver_preload(["sitrep.scale.preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def start_fork_server() -> None:
    """Start the workers' fork server now, without waiting: it loads while the caller goes on.

    Safe in a process that holds DuckDB threads: the server is a fresh interpreter (fork and
    exec), and workers fork from it, not from the caller. Does nothing where there is no fork
    server (the spawn start method) or when it already runs.
    """
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _ready(_: int) -> int:
    return os.getpid()


class WorkerPool:
    """`workers` processes that clean, parse and code chunks of documents; results in input order.

    Starting it waits until the workers run (with the fork server: until it has loaded the model
    and lexicons, once); `code` can then be called again and again. Use it as a context manager,
    or call `close`.
    """

    def __init__(self, workers: int, batch_size: int = DEFAULT_BATCH_SIZE,
                 recycle_documents: int | None = RECYCLE_DOCUMENTS) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.workers, self.batch_size = workers, batch_size
        # Counted in chunks (Pool's tasks); None keeps every worker for the pool's whole life.
        per_worker = max(1, recycle_documents // batch_size) if recycle_documents else None
        self._pool = _context().Pool(workers, initializer=_init_worker, initargs=(batch_size,),
                                     maxtasksperchild=per_worker)
        try:  # one trivial task per worker: returns once the workers have run their initializer
            self._pool.map(_ready, range(workers), chunksize=1)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def code(self, items: Iterable[Item]) -> Iterator[Result]:
        """Clean, parse and code `items` in the workers, yielding results in input order.

        Problems in the input come back in their place. Raises whatever a stage raised (other
        than a SitrepError, which becomes a Problem).
        """
        # Pool.imap pulls its input on a feeder thread as fast as it can; this semaphore makes
        # the feeder wait until the caller has taken results, so raw text is never all in memory.
        slots = threading.Semaphore(self.workers * IN_FLIGHT_PER_WORKER)
        stop = threading.Event()

        def feed() -> Iterator[list[Item]]:
            for chunk in chunked(items, self.batch_size):
                while not slots.acquire(timeout=0.2):
                    if stop.is_set():
                        return
                if stop.is_set():
                    return
                yield chunk

        try:
            for results in self._pool.imap(_code_chunk, feed(), chunksize=1):
                slots.release()
                yield from results
        finally:
            stop.set()

    def close(self) -> None:
        """End the worker processes (chunks still in flight are dropped)."""
        self._pool.terminate()
        self._pool.join()


def code_parallel(
    items: Iterable[Item], workers: int, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Result]:
    """Clean, parse and code `items` in `workers` processes, yielding results in input order.

    `workers <= 1` codes in this process. Problems in the input come back in their place.
    Raises whatever a stage raised (other than a SitrepError, which becomes a Problem).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if workers <= 1:
        from sitrep.pipeline import Pipeline

        yield from Pipeline(batch_size=batch_size).code_raw(items)
        return
    with WorkerPool(workers, batch_size) as pool:
        yield from pool.code(items)


class ParallelPipeline:
    """Stands in for `Pipeline` where a caller only reads (e.g. `Ledger.ingest(paths, pipeline=...)`)."""

    def __init__(self, workers: int, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.workers = workers
        self.batch_size = batch_size
        # The server loads the model and lexicons while the caller opens its ledger and reads.
        start_fork_server()

    def code_raw(self, items: Iterable[Item]) -> Iterator[Result]:
        """Clean and code raw documents in the worker processes, in input order."""
        return code_parallel(items, self.workers, self.batch_size)

    def code_paths(self, paths: Iterable[str]) -> Iterator[Result]:
        """Read (here, in this process), then clean and code every document under `paths`."""
        from sitrep.ingest import read_paths

        return self.code_raw(read_paths(paths))


def default_workers() -> int:
    """The number of CPUs this process may use (what `--workers 0` means)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
