"""How the server reaches the ledger file: a short-lived connection per request, with a time limit.

DuckDB lets one process write a file or many read it. The server opens a read-only `Ledger`
for each request and closes it at once, so `sitrep run` can take the file between requests
(while it writes, reads answer 503 "busy"). Within the server, readers share the file and the
ingest endpoint waits for them (DuckDB refuses a read-write and a read-only handle on one file in
one process).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import duckdb

from sitrep.errors import LedgerError
from sitrep.ledger import Ledger
from sitrep.web.limits import QUERY_SECONDS

T = TypeVar("T")


class QueryTimeout(Exception):
    """A ledger read ran past its time limit and was interrupted."""


class LedgerBusy(Exception):
    """The ledger file is locked or unreadable right now (another process is writing it)."""


class ReadWriteLock:
    """Many readers or one writer (DuckDB's rule for handles on one file within one process)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class LedgerAccess:
    """Opens the ledger file for one request at a time; the one way the web code touches DuckDB."""

    def __init__(self, path: str | Path, *, seconds: float = QUERY_SECONDS) -> None:
        self.path = Path(path)
        self.seconds = seconds
        self.lock = ReadWriteLock()

    def read(self, work: Callable[[Ledger], T]) -> T:
        """Run `work` on a fresh read-only ledger; interrupt it after `seconds`."""
        with self.lock.reading():
            try:
                ledger = Ledger(self.path, read_only=True)
            except LedgerError as exc:
                raise LedgerBusy(exc.message) from None
            timer = threading.Timer(self.seconds, ledger.con.interrupt)
            timer.start()
            try:
                return work(ledger)
            except duckdb.InterruptException:
                raise QueryTimeout(f"the query took longer than {self.seconds:g} s") from None
            finally:
                timer.cancel()
                ledger.close()

    def write(self, work: Callable[[Ledger], T]) -> T:
        """Run `work` on a read-write ledger once no request is reading it."""
        with self.lock.writing():
            try:
                ledger = Ledger(self.path)
            except LedgerError as exc:
                raise LedgerBusy(exc.message) from None
            try:
                return work(ledger)
            finally:
                ledger.close()
