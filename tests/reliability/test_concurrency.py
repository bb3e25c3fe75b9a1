"""`sitrep serve` answering queries while `sitrep run` writes the same ledger file.

DuckDB lets one process write a file, or several read it, never both at once. The design: `sitrep run`
is the one writer; the server reads a snapshot copy of the file (taken when it starts, retaken when
the file changed and no writer holds it), so while the writer holds the file requests are answered
from the snapshot (200, never 503, 500 or a hang), the writer never waits for a reader, and once it
is done its documents appear within a few seconds. Input: 40 PLOVER gold-standard sentences
(`shared/benchmarks/event-coding/plover-gsr-cameo.jsonl`) ingested into a small synthetic ledger.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter

import httpx
import pytest

SENTENCES = 40


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served_ledger(tmp_path, synthetic_builder, sitrep_start):
    """A small ledger served by a real `sitrep serve` subprocess on a free loopback port."""
    db = tmp_path / "ledger.duckdb"
    synthetic_builder(db, 30, 5)
    port = _free_port()
    server = sitrep_start("serve", "--db", db, "--port", str(port))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        assert server.poll() is None, server.stderr.read()
        try:
            if httpx.get(f"{base}/api/info", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "sitrep serve did not answer in 2 minutes"
        time.sleep(0.2)
    yield db, base
    server.terminate()
    server.communicate(timeout=30)


def _hammer(base: str, stop: threading.Event, seen: Counter[int]) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        while not stop.is_set():
            try:
                seen[client.get("/api/events", params={"limit": 5, "type": "ASSAULT"}).status_code] += 1
            except httpx.HTTPError as exc:
                seen[type(exc).__name__] += 1  # type: ignore[index]


def test_serve_answers_while_run_ingests(served_ledger, shared, tmp_path, sitrep_cli) -> None:
    db, base = served_ledger
    lines = (shared / "benchmarks" / "event-coding" / "plover-gsr-cameo.jsonl").read_text(encoding="utf-8")
    source = tmp_path / "plover.jsonl"
    source.write_text("\n".join(lines.splitlines()[:SENTENCES]) + "\n", encoding="utf-8")
    before = httpx.get(f"{base}/api/documents", params={"limit": 500}).json()["items"]

    stop, seen = threading.Event(), Counter()
    readers = [threading.Thread(target=_hammer, args=(base, stop, seen)) for _ in range(4)]
    for reader in readers:
        reader.start()
    try:
        deadline = time.monotonic() + 120
        while sum(seen.values()) < 20:  # the readers are busy before the writer starts
            assert time.monotonic() < deadline, seen
            time.sleep(0.05)
        done = sitrep_cli("run", source, "--db", db, "--quiet")
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=60)
    print(f"status codes while ingesting: {dict(seen)}")
    assert done.code == 0, done.stderr  # a reader holding the file must not make the writer fail
    assert "stored" in done.stdout
    assert set(seen) == {200}, seen  # the server had its snapshot before the writer started: never busy
    deadline = time.monotonic() + 60  # the server looks for a changed file every 2 s
    while True:
        after = httpx.get(f"{base}/api/documents", params={"limit": 500}).json()["items"]
        if len(after) > len(before):  # once the writer is done, readers see its documents
            break
        assert time.monotonic() < deadline, f"still {len(after)} documents after the run"
        time.sleep(0.2)
