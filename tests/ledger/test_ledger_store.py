"""The store: one transaction per document, idempotent re-ingest, replacement, stable ids, migrations."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest

from sitrep.errors import LedgerError
from sitrep.ledger import Ledger
from sitrep.ledger import store as store_module
from sitrep.ledger.rows import event_id
from sitrep.ledger.schema import SCHEMA_VERSION
from sitrep.records import CodedDocument


def counts(ledger: Ledger, doc_id: str) -> tuple[int, int, int]:
    con = ledger.con
    return (
        con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc_id]).fetchone()[0],
        con.execute("SELECT count(*) FROM events WHERE document_id = ?", [doc_id]).fetchone()[0],
        con.execute("SELECT count(*) FROM evidence WHERE document_id = ?", [doc_id]).fetchone()[0],
    )


def test_store_then_restore_is_a_no_op(ledger, seed_coded):
    assert ledger.store(seed_coded) is True
    n = len(seed_coded.events)
    assert counts(ledger, "seed") == (1, n, n)
    before = ledger.con.execute("SELECT stored_at, content_hash FROM documents").fetchall()
    assert ledger.store(seed_coded) is False
    assert counts(ledger, "seed") == (1, n, n)
    assert ledger.con.execute("SELECT stored_at, content_hash FROM documents").fetchall() == before


def test_event_ids_are_stable_across_ledgers(tmp_path, seed_coded):
    ids = []
    for name in ("a", "b"):
        with Ledger(tmp_path / f"{name}.duckdb") as led:
            led.store(seed_coded)
            ids.append([r[0] for r in led.con.execute("SELECT id FROM events ORDER BY ordinal").fetchall()])
    assert ids[0] == ids[1]
    assert ids[0] == [event_id("seed", e) for e in seed_coded.events]
    assert len(set(ids[0])) == len(ids[0])


def test_changed_document_replaces_its_rows(ledger, seed_coded):
    ledger.store(seed_coded)
    doc = dataclasses.replace(seed_coded.document, text=seed_coded.document.text + "\nCorrection appended.")
    changed = CodedDocument(doc, seed_coded.events[:2])
    assert ledger.store(changed) is True
    assert counts(ledger, "seed") == (1, 2, 2)
    actors = {r["code"]: r for r in ledger.actors(output="records")}
    assert "UKR" not in actors  # the RUS-UKR ASSAULT event went with the old version
    assert actors["IRN"]["events_as_target"] == 2


def test_failure_mid_document_stores_nothing(ledger, seed_coded, monkeypatch):
    real = store_module._insert

    def failing(con, table, fields, rows):
        if table == "evidence":
            raise RuntimeError("disk full (injected)")
        return real(con, table, fields, rows)

    monkeypatch.setattr(store_module, "_insert", failing)
    with pytest.raises(RuntimeError, match="injected"):
        ledger.store(seed_coded)
    assert counts(ledger, "seed") == (0, 0, 0)
    assert ledger.con.execute("SELECT count(*) FROM clusters").fetchone()[0] == 0


def test_database_error_becomes_a_ledger_error(ledger, seed_coded, monkeypatch):
    real = store_module._insert

    def failing(con, table, fields, rows):
        if table == "events":
            con.execute("INSERT INTO documents (id) VALUES (NULL)")  # violates NOT NULL: a real DuckDB error
        return real(con, table, fields, rows)

    monkeypatch.setattr(store_module, "_insert", failing)
    with pytest.raises(LedgerError, match="not stored \\(nothing written\\)") as info:
        ledger.store(seed_coded)
    assert info.value.origin == "seed"
    assert counts(ledger, "seed") == (0, 0, 0)


def test_failed_replacement_keeps_the_old_version(ledger, seed_coded, monkeypatch):
    ledger.store(seed_coded)
    n = len(seed_coded.events)
    real = store_module._insert

    def failing(con, table, fields, rows):
        if table == "evidence":
            raise RuntimeError("injected")
        return real(con, table, fields, rows)

    monkeypatch.setattr(store_module, "_insert", failing)
    doc = dataclasses.replace(seed_coded.document, text=seed_coded.document.text + " (updated)")
    with pytest.raises(RuntimeError):
        ledger.store(CodedDocument(doc, seed_coded.events[:1]))
    assert counts(ledger, "seed") == (1, n, n)


def test_newer_schema_is_refused_with_advice(tmp_path):
    path = tmp_path / "new.duckdb"
    Ledger(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(LedgerError, match="newer than this sitrep") as info:
        Ledger(path)
    assert str(path) in str(info.value)


def test_unmigratable_schema_says_what_to_do(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    con.close()
    with pytest.raises(LedgerError, match="re-run `sitrep run` into a new --db file"):
        Ledger(path)


def test_version_1_file_is_migrated(tmp_path, seed_coded):
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    v1 = {
        "documents": "id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, subtitle VARCHAR,"
        " published DATE, publisher VARCHAR, author VARCHAR, url VARCHAR, origin VARCHAR, language VARCHAR,"
        " text VARCHAR NOT NULL, events INTEGER NOT NULL DEFAULT 0, stored_at TIMESTAMP NOT NULL",
        "events": "id VARCHAR PRIMARY KEY, document_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,"
        " source VARCHAR, source_name VARCHAR, source_country VARCHAR, target VARCHAR, target_name VARCHAR,"
        " target_country VARCHAR, type VARCHAR NOT NULL, mode VARCHAR NOT NULL, context VARCHAR,"
        " cameo VARCHAR,"
        " attributed_to VARCHAR, attributed_name VARCHAR, speaker VARCHAR, instrument VARCHAR,"
        " quantity VARCHAR, location VARCHAR, event_date DATE, confidence DOUBLE, trigger VARCHAR",
        "evidence": "event_id VARCHAR NOT NULL, document_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,"
        ' section VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL',
        "actors": "code VARCHAR PRIMARY KEY, name VARCHAR, sector VARCHAR, country VARCHAR,"
        " events_as_source INTEGER NOT NULL, events_as_target INTEGER NOT NULL, documents INTEGER NOT NULL",
    }
    for table, columns in v1.items():
        con.execute(f"CREATE TABLE {table} ({columns})")
    con.close()
    with Ledger(path) as led:
        version = led.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        assert int(version) == SCHEMA_VERSION
        assert led.store(seed_coded) is True
        assert led.con.execute("SELECT count(*) FROM clusters").fetchone()[0] > 0


def test_foreign_duckdb_file_is_not_a_ledger(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(LedgerError, match="not a sitrep ledger"):
        Ledger(path)


def test_read_only_open_of_a_missing_file(tmp_path):
    with pytest.raises(LedgerError, match="no such ledger"):
        Ledger(tmp_path / "missing.duckdb", read_only=True)


def test_rerun_skips_documents_the_ledger_already_holds_without_parsing_them(tmp_path, shared):
    """A second `ingest` of the same files resumes: stored documents are recognised before NLP."""
    import sitrep
    from sitrep.pipeline import Pipeline

    seed = shared / "seed" / "000_cffe77665d307e1a.txt"
    calls: list[str] = []

    class CountingPipeline(Pipeline):
        def code_documents(self, documents):
            for coded in super().code_documents(documents):
                calls.append(coded.document.id)
                yield coded

    with sitrep.open(str(tmp_path / "l.duckdb")) as ledger:
        pipeline = CountingPipeline()
        first = ledger.ingest([seed], pipeline=pipeline)
        second = ledger.ingest([seed], pipeline=pipeline)
    assert (first.stored, second.stored, second.unchanged) == (1, 0, 1)
    assert len(calls) == 1  # the second run never parsed the document
