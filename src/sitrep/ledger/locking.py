"""One writer, readers that step aside: who may open a ledger file, announced through a side file.

DuckDB lets one process write a file or several read it, never both. A reader that opens the file
for a moment (a web request) would make a starting `sitrep run` fail, and readers arriving one after
another could keep it out for ever. So a writer first takes an exclusive `flock` on `<ledger>.writer`
(the kernel drops it if the writer dies), then waits for the readers in flight to close the file;
readers look at that lock first and give way at once. Where `fcntl` is missing (Windows) only
DuckDB's own lock applies.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import duckdb

from sitrep.errors import LedgerError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

WRITER_WAIT_SECONDS = 30.0
"""How long a writer waits for another writer, or for readers to close the file, before giving up."""
RETRY_SECONDS = 0.05
BUSY = "the ledger is being written by another process (e.g. `sitrep run`); try again when it is done"


def _intent_path(path: str) -> Path:
    return Path(f"{path}.writer")


def announce_writer(path: str, wait: float = WRITER_WAIT_SECONDS) -> IO[bytes] | None:
    """Hold the writer's side-file lock (until the returned file is closed); LedgerError if taken."""
    if fcntl is None or path == ":memory:":
        return None
    try:
        handle = _intent_path(path).open("ab")
    except OSError:  # a read-only folder: there can be no other writer to announce to
        return None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise LedgerError(BUSY, path) from None
            time.sleep(RETRY_SECONDS)


def check_no_writer(path: str) -> None:
    """Raise LedgerError (busy) when a writer holds or waits for the file."""
    if fcntl is None or path == ":memory:":
        return
    try:
        handle = _intent_path(path).open("rb")
    except OSError:  # no writer ever announced itself here
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LedgerError(BUSY, path) from None
        fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def no_writer_while(path: str) -> Iterator[bool]:
    """Keep writers out (a shared lock on the side file) for the block; yields False if one holds it."""
    if fcntl is None or path == ":memory:":
        yield True
        return
    try:  # created when missing, so a writer starting now must wait for the shared lock
        handle = _intent_path(path).open("ab")
    except OSError:  # a read-only folder: no writer can announce itself here either
        yield True
        return
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def connect(path: str, *, read_only: bool, wait: float = WRITER_WAIT_SECONDS) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file; a writer retries while readers still hold it (for at most `wait` seconds)."""
    deadline = time.monotonic() + (0 if read_only else wait)
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(RETRY_SECONDS)
