"""The server's snapshot of the ledger: stale while a writer holds the file, retaken once it is done.

The ledger is the web fixture (the seed article and three re3d documents); the document added is the
first sentence of the PLOVER gold standard (`shared/benchmarks/event-coding/plover-gsr-cameo.jsonl`,
PLOVER-GSR01-AGREE-0001), coded by the real pipeline.
"""

from __future__ import annotations

import json
import shutil

import pytest

from sitrep.ledger import Ledger
from sitrep.web.access import LedgerAccess, LedgerBusy


def _count(access: LedgerAccess) -> int:
    return access.read(lambda led: led.con.execute("SELECT count(*) FROM documents").fetchone()[0])


@pytest.fixture()
def plover_coded(shared, pipeline):
    """The first PLOVER gold sentence, coded."""
    path = shared / "benchmarks" / "event-coding" / "plover-gsr-cameo.jsonl"
    record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    return pipeline.code_text(record["text"], doc_id=record["id"].lower())


def test_reads_stay_on_the_snapshot_while_a_writer_holds_the_file(web_db, tmp_path, plover_coded):
    db = tmp_path / "ledger.duckdb"
    shutil.copy(web_db, db)
    access = LedgerAccess(db, refresh_seconds=0)  # look for changes on every read
    try:
        before = _count(access)
        with Ledger(db) as writer:  # like `sitrep run`: holds `<ledger>.writer` exclusively
            assert writer.store(plover_coded)
            assert _count(access) == before  # stale, not busy
            with pytest.raises(LedgerBusy, match="being written"):
                _count(LedgerAccess(db))  # no snapshot yet and a writer holds the file: busy
        assert _count(access) == before + 1  # the writer is done: the next read retakes the snapshot
        assert len(list(access._root.iterdir())) == 1  # the old copy is gone
    finally:
        access.close()
    assert not access._root.exists()


def test_a_retired_snapshot_stays_readable_until_its_request_ends(web_db, tmp_path, plover_coded):
    db = tmp_path / "ledger.duckdb"
    shutil.copy(web_db, db)
    access = LedgerAccess(db)  # the default: changes are looked for every few seconds at most
    try:
        before = _count(access)

        def read_across_a_write(led: Ledger) -> tuple[int, int, int]:
            access.write(lambda writer: writer.store(plover_coded))  # the ingest endpoint's path
            newer = _count(access)  # a write retakes the snapshot at once, whatever the interval
            return newer, led.con.execute("SELECT count(*) FROM documents").fetchone()[0], len(
                list(access._root.iterdir()))

        newer, older, copies = access.read(read_across_a_write)
        assert (newer, older, copies) == (before + 1, before, 2)  # the old copy lives while read
        assert len(list(access._root.iterdir())) == 1  # and is deleted once its request ends
    finally:
        access.close()


def test_a_snapshot_holds_what_a_killed_writer_committed(web_db, tmp_path):
    import subprocess
    import sys

    db = tmp_path / "ledger.duckdb"
    shutil.copy(web_db, db)
    # a writer commits, then dies before DuckDB checkpoints: the commit is only in `<ledger>.wal`
    subprocess.run([sys.executable, "-c",
                    "import os, sys; from sitrep.ledger import Ledger; led = Ledger(sys.argv[1]);"
                    " led.con.execute(\"UPDATE documents SET title = 'retitled'\"); os._exit(0)", str(db)],
                   check=True)
    assert (tmp_path / "ledger.duckdb.wal").exists()
    access = LedgerAccess(db)
    try:
        titles = access.read(lambda led: led.con.execute("SELECT DISTINCT title FROM documents").fetchall())
        assert titles == [("retitled",)]
    finally:
        access.close()
    assert (tmp_path / "ledger.duckdb.wal").exists()  # the file itself is left to its next writer
