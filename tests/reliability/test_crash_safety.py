"""Kill `sitrep run` with SIGKILL mid-run, then run it again: nothing half-stored, nothing twice, resumed.

Input: the first 200 sentences of the PLOVER gold-standard (`shared/benchmarks/event-coding/
plover-gsr-cameo.jsonl`), one small real news document each, read as JSON Lines.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import duckdb

DOCUMENTS = 200
WAL_BYTES_BEFORE_KILL = 40_000
"""The write-ahead log grows with every committed document; past this size a dozen or so are stored."""


def _input(shared: Path, folder: Path) -> Path:
    lines = (shared / "benchmarks" / "event-coding" / "plover-gsr-cameo.jsonl").read_text(encoding="utf-8")
    path = folder / "plover.jsonl"
    path.write_text("\n".join(lines.splitlines()[:DOCUMENTS]) + "\n", encoding="utf-8")
    return path


def _wait_for_commits(process: subprocess.Popen[str], wal: Path) -> None:
    """Wait (bounded) until the running process has committed some documents."""
    deadline = time.monotonic() + 600
    while not (wal.exists() and wal.stat().st_size > WAL_BYTES_BEFORE_KILL):
        assert process.poll() is None, f"sitrep run ended before it could be killed: {process.stderr.read()}"
        assert time.monotonic() < deadline, "sitrep run stored nothing in 10 minutes"
        time.sleep(0.1)


def _consistency(db: Path) -> dict[str, int]:
    """Counts that must agree in a ledger with no half-stored document."""
    with duckdb.connect(str(db), read_only=True) as con:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "distinct_ids": one("SELECT count(DISTINCT id) FROM documents"),
            "events": one("SELECT count(*) FROM events"),
            # a document's event count is written with it: it must match the event rows stored
            "count_mismatch": one(
                "SELECT count(*) FROM documents d WHERE d.events <>"
                " (SELECT count(*) FROM events e WHERE e.document_id = d.id)"
            ),
            "events_without_evidence": one(
                "SELECT count(*) FROM events e WHERE NOT EXISTS"
                " (SELECT 1 FROM evidence v WHERE v.event_id = e.id)"
            ),
            "orphan_events": one(
                "SELECT count(*) FROM events e WHERE e.document_id NOT IN (SELECT id FROM documents)"
            ),
            "orphan_evidence": one(
                "SELECT count(*) FROM evidence v WHERE v.event_id NOT IN (SELECT id FROM events)"
            ),
            "dangling_clusters": one(
                "SELECT count(*) FROM events WHERE cluster_id IS NOT NULL AND cluster_id"
                " NOT IN (SELECT id FROM clusters)"
            ),
        }


def _assert_whole(counts: dict[str, int]) -> None:
    assert counts["documents"] == counts["distinct_ids"], counts
    for key in (
        "count_mismatch",
        "events_without_evidence",
        "orphan_events",
        "orphan_evidence",
        "dangling_clusters",
    ):
        assert counts[key] == 0, counts


def _summary(stdout: str) -> dict[str, int]:
    found = re.search(r"(\d+) stored, (\d+) replaced, (\d+) unchanged, (\d+) skipped", stdout)
    assert found, stdout
    return dict(zip(("stored", "replaced", "unchanged", "skipped"), map(int, found.groups()), strict=True))


def test_killed_run_leaves_whole_documents_and_resumes(shared, tmp_path, sitrep_cli, sitrep_start) -> None:
    source = _input(shared, tmp_path)
    db = tmp_path / "ledger.duckdb"
    process = sitrep_start("run", source, "--db", db, "--quiet")
    try:
        _wait_for_commits(process, Path(f"{db}.wal"))
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
    assert process.returncode == -signal.SIGKILL

    # the killed process left a WAL behind: a new process must replay it and see whole documents only
    first = _consistency(db)
    _assert_whole(first)
    assert 0 < first["documents"] < DOCUMENTS, first

    again = sitrep_cli("run", source, "--db", db, "--quiet")
    assert again.code == 0, again.stderr
    summary = _summary(again.stdout)
    assert summary["unchanged"] == first["documents"], (summary, first)  # resumed: kept what was stored
    assert summary["replaced"] == 0
    final = _consistency(db)
    _assert_whole(final)
    assert final["documents"] == first["documents"] + summary["stored"]
    assert final["documents"] + summary["skipped"] == DOCUMENTS, (final, summary, again.stderr)
