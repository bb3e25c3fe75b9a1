"""Deterministic regression tests for the bugs the reliability tests found.

- a UTF-8 file with a paragraph pasted from a cp1252 file was read whole as one single-byte encoding
  (mojibake in every UTF-8 line, no warning); text: the seed article (`shared/seed/`);
- a WARC `response` record without `WARC-Target-URI` crashed the reader (AttributeError in warcio);
- `sitrep run` failed at once when a reader (a web request) held the ledger file as it started.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from sitrep.errors import LedgerError
from sitrep.ingest import read_paths
from sitrep.ingest.decode import decode_text
from sitrep.ledger import Ledger, locking
from sitrep.records import Problem, RawDocument

PASTED = "The café’s owner said “we will not close”.\n"


def test_pasted_cp1252_lines_are_read_as_cp1252_with_a_warning(shared: Path, tmp_path: Path) -> None:
    seed = (shared / "seed" / "000_cffe77665d307e1a.txt").read_text(encoding="utf-8")
    assert "\xa0" in seed  # the seed holds non-ASCII UTF-8 (no-break spaces)
    path = tmp_path / "mixed.txt"
    path.write_bytes(seed.encode("utf-8") + b"\n" + PASTED.encode("cp1252"))
    warning, document = list(read_paths([path]))
    line = seed.count("\n") + 2
    assert warning == Problem(str(path), f"mixed encodings: line {line} not UTF-8, read as cp1252", "warning")
    assert isinstance(document, RawDocument)
    assert document.content == seed + "\n" + PASTED


def test_single_byte_files_are_still_detected_whole() -> None:
    # no valid non-ASCII UTF-8 anywhere: the whole file is one legacy encoding, no warning
    decoded = decode_text(("Señor Núñez said “no” — again.\n" * 4).encode("cp1252"), "latin.txt")
    assert decoded.note is None and decoded.text.startswith("Señor Núñez said “no”")


def test_warc_record_without_target_uri_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "no-uri.warc"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Talks resumed.</p>"
    path.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http
    )
    [problem] = list(read_paths([path]))
    assert isinstance(problem, Problem) and problem.origin == f"{path}#record 1"
    assert problem.message.startswith("corrupt WARC record")


READER = """
import sys
from sitrep.ledger import Ledger, locking
ledger = Ledger(sys.argv[1], read_only=True)
print("reading", flush=True)
sys.stdin.read()  # hold the file until the test closes stdin
ledger.close()
"""


def test_writer_waits_for_a_reader_and_readers_give_way(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    Ledger(db).close()
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout.readline().strip() == "reading"
        opened: list[Ledger] = []
        writer_thread = threading.Thread(target=lambda: opened.append(Ledger(db)))
        writer_thread.start()
        deadline = time.monotonic() + 60
        while not _announced(db):  # the writer announces itself before it waits for the file
            assert time.monotonic() < deadline and writer_thread.is_alive(), (
                "the writer never announced itself"
            )
            time.sleep(0.01)
        assert not opened  # it waits while the other process reads...
    finally:
        reader.communicate(input="", timeout=60)
    writer_thread.join(timeout=60)  # ...and gets the file once that reader is done
    [writer] = opened
    assert _refused(db)
    writer.close()
    assert not _refused(db)  # once the writer is gone, readers are back


def _announced(db: Path) -> bool:
    """Whether a writer holds the side-file lock (checked without opening the DuckDB file)."""
    try:
        locking.check_no_writer(str(db))
    except LedgerError:
        return True
    return False


def _refused(db: Path) -> bool:
    try:
        Ledger(db, read_only=True).close()
    except LedgerError as exc:
        assert "being written" in exc.message
        return True
    return False


def test_timeml_entity_bomb_is_a_problem(tmp_path: Path) -> None:
    # "billion laughs": nine levels of ten entity references (10^9 "lol"s if expanded)
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    path = tmp_path / "bomb.tml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE TimeML [{"".join(entities)}]>'
        "<TimeML><DOCID>bomb</DOCID><TEXT>Talks resumed. &lol9;</TEXT></TimeML>",
        encoding="utf-8",
    )
    [problem] = list(read_paths([path]))
    assert isinstance(problem, Problem) and problem.origin == str(path)
    assert problem.message.startswith("not valid TimeML XML")
