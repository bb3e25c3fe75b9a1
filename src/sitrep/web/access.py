"""How the server reaches the ledger file: reads from a private snapshot copy, writes to the file itself.

DuckDB lets one process write a file or many read it, never both. So the server never reads the
ledger file in place: it copies it (with its WAL, if a crashed writer left one) into a private temp
folder while holding a shared lock on `<ledger>.writer` (writers take it exclusively, so none can
start mid-copy), opens the copy read-only once, and serves every request through its own cursor of
that one connection. `sitrep run` can therefore take the file at any time; while it writes, requests
are answered from the last snapshot (stale, never 503). At most every `refresh_seconds`, a request
looks whether the file changed (mtime, size) and, if no writer holds it, takes a new snapshot and
swaps it in; the old one is closed once its last in-flight request finishes. Only when there is no
snapshot yet and a writer holds the file does a request answer 503 "busy". Documents added through
the API are written to the file itself, then the snapshot is retaken.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb

from sitrep.errors import LedgerError
from sitrep.ledger import Ledger
from sitrep.ledger.locking import BUSY, no_writer_while
from sitrep.web.limits import QUERY_SECONDS

T = TypeVar("T")
Signature = tuple[tuple[int, int, int] | None, ...]
log = logging.getLogger(__name__)

REFRESH_SECONDS = 2.0
"""How often a request looks whether the ledger file changed and the snapshot should be retaken."""


class QueryTimeout(Exception):
    """A ledger read ran past its time limit and was interrupted."""


class LedgerBusy(Exception):
    """The ledger file is locked or unreadable right now (another process is writing it)."""


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_ino, found.st_mtime_ns, found.st_size)


def signature(path: Path) -> Signature:
    """What changes when the ledger is written: the file's and its WAL's inode, mtime and size."""
    return (_stat(path), _stat(Path(f"{path}.wal")))


@dataclass(eq=False)
class Snapshot:
    """One read-only copy of the ledger, open, with a count of the requests reading it."""

    ledger: Ledger
    folder: Path
    signature: Signature
    users: int = 0
    retired: bool = False

    def close(self) -> None:
        """Close the copy and delete its folder (once no request reads it)."""
        try:
            self.ledger.close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _cursor_ledger(cursor: duckdb.DuckDBPyConnection, path: str) -> Ledger:
    """A `Ledger` whose queries run on one request's cursor (errors still name the real file)."""
    return Ledger.on_connection(path, cursor)  # the snapshot's connection is already open and checked


class LedgerAccess:
    """Reads from a snapshot, writes to the file itself: the one way the web code touches DuckDB."""

    def __init__(self, path: str | Path, *, seconds: float = QUERY_SECONDS,
                 refresh_seconds: float = REFRESH_SECONDS) -> None:
        self.path = Path(path)
        self.seconds = seconds
        self.refresh_seconds = refresh_seconds
        self._root = Path(tempfile.mkdtemp(prefix="sitrep-snapshots-"))
        self._finalizer = weakref.finalize(self, shutil.rmtree, self._root, True)
        self._guard = threading.Lock()  # current snapshot, its users, when it was last checked
        self._refreshing = threading.Lock()  # one copy at a time
        self._writing = threading.Lock()  # one in-process writer at a time
        self._current: Snapshot | None = None
        self._checked = float("-inf")
        self._failed: tuple[Signature, str] | None = None
        self._count = 0

    # -- reading ---------------------------------------------------------------------------------
    def read(self, work: Callable[[Ledger], T]) -> T:
        """Run `work` on a cursor of the current snapshot; interrupt it after `seconds`."""
        snapshot = self._snapshot()
        try:
            with self._guard:  # creating a cursor touches the shared connection
                cursor = snapshot.ledger.con.cursor()
            timer = threading.Timer(self.seconds, cursor.interrupt)
            timer.start()
            try:
                return work(_cursor_ledger(cursor, str(self.path)))
            except duckdb.InterruptException:
                raise QueryTimeout(f"the query took longer than {self.seconds:g} s") from None
            finally:
                timer.cancel()
                cursor.close()
        finally:
            self._release(snapshot)

    def _snapshot(self) -> Snapshot:
        """The snapshot to read (refreshed first when due), counted as in use."""
        now = time.monotonic()
        with self._guard:
            current = self._current
            due = now - self._checked >= self.refresh_seconds
            if current is not None and not due:
                current.users += 1
                return current
        if current is None:
            with self._refreshing:  # the first request (or the first after a failure) waits for the copy
                self.refresh()
        elif self._refreshing.acquire(blocking=False):  # others keep reading the current one meanwhile
            try:
                self.refresh()
            except LedgerBusy as exc:  # keep serving the last good copy (said once per change)
                log.warning("%s: ledger snapshot not refreshed: %s", self.path, exc)
            finally:
                self._refreshing.release()
        with self._guard:
            current = self._current
            if current is None:
                raise LedgerBusy(BUSY)
            current.users += 1
            return current

    def _release(self, snapshot: Snapshot) -> None:
        with self._guard:
            snapshot.users -= 1
            done = snapshot.retired and snapshot.users == 0
        if done:
            snapshot.close()

    def refresh(self, *, force: bool = False) -> bool:
        """Take a new snapshot if the file changed and no writer holds it; True if one was taken.

        Raises LedgerBusy when the changed file cannot be opened, or there is no snapshot yet and a
        writer holds the file.
        """
        with self._guard:
            self._checked = time.monotonic()
            current = self._current
        seen = signature(self.path)
        if current is not None and current.signature == seen and not force:
            return False
        if self._failed is not None and self._failed[0] == seen and not force:
            if current is None:  # the same broken file: don't copy it again
                raise LedgerBusy(self._failed[1])
            return False
        with no_writer_while(str(self.path)) as free:
            if not free:  # a writer holds the file: the current snapshot (if any) stays
                if current is None:
                    raise LedgerBusy(BUSY)
                return False
            seen = signature(self.path)  # what is copied is what no writer can change now
            if seen[0] is None:
                raise LedgerBusy("no such ledger; create it with `sitrep run PATH --db FILE`")
            self._count += 1
            folder = self._root / f"{self._count:06d}"
            folder.mkdir(parents=True)
            copy = folder / "ledger.duckdb"
            try:
                shutil.copyfile(self.path, copy)
                if seen[1] is not None:  # a writer died before checkpointing: DuckDB replays the WAL
                    shutil.copyfile(f"{self.path}.wal", f"{copy}.wal")
            except OSError as exc:  # e.g. the temp folder's disk is full
                shutil.rmtree(folder, ignore_errors=True)
                raise LedgerBusy(f"cannot copy the ledger to {folder}: {exc.strerror or exc}") from None
        try:
            ledger = Ledger(copy, read_only=True)
        except LedgerError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            message = exc.message
            self._failed = (seen, message)
            raise LedgerBusy(message) from None
        self._failed = None
        self._replace(Snapshot(ledger, folder, seen))
        return True

    def _replace(self, fresh: Snapshot | None) -> None:
        """Make `fresh` the current snapshot; the old one closes now, or when its last reader is done."""
        with self._guard:
            old, self._current = self._current, fresh
            if old is not None:
                old.retired = True
            done = old is not None and old.users == 0
        if done and old is not None:
            old.close()

    def invalidate(self) -> None:
        """Make the next read retake the snapshot (after this process wrote the file)."""
        with self._guard:
            self._checked = float("-inf")
            if self._current is not None:
                self._current.signature = ()

    # -- writing ---------------------------------------------------------------------------------
    def write(self, work: Callable[[Ledger], T]) -> T:
        """Run `work` on the ledger file itself, opened read-write, then retake the snapshot."""
        with self._writing:
            try:
                ledger = Ledger(self.path)
            except LedgerError as exc:
                raise LedgerBusy(exc.message) from None
            try:
                return work(ledger)
            finally:
                ledger.close()
                self.invalidate()

    def close(self) -> None:
        """Close the snapshot and delete the temp folder (requests still reading finish first)."""
        self._replace(None)
        self._finalizer()  # a snapshot still being read is unlinked; its open handle keeps it readable
