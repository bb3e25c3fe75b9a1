"""Storing in batches (`Ledger.store_all`, `ingest`): the same rows as one document at a time.

Documents: the seed article with its gold events, the Yida camp bombing told by three ECB+ outlets
(hand-coded, see conftest.py) and TempEval-3 AQUAINT pairs that are copies and updated versions of
one story (so near-duplicate links between documents of the same batch are exercised).
"""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.errors import LedgerError
from sitrep.ledger import Ledger
from sitrep.ledger import store as store_module
from sitrep.records import CodedDocument, Problem

AQUAINT = ("APW20000107.0088", "APW20000115.0209", "XIE19990313.0031", "XIE19990313.0229",
           "APW19990506.0155", "APW19990507.0207")
TABLES = ("documents", "events", "evidence", "clusters", "actors", "document_links", "document_bands")


def _rows(ledger: Ledger) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the storage time."""
    out = {}
    for table in TABLES:
        columns = [r[0] for r in ledger.con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "stored_at"]
        select = ", ".join(f'"{c}"' for c in columns)
        out[table] = sorted(ledger.con.execute(f"SELECT {select} FROM {table}").fetchall(), key=repr)
    return out


@pytest.fixture()
def documents(seed_coded, yida, aquaint) -> list[CodedDocument]:
    """Real documents; a third copy of an AQUAINT story makes a chain of duplicates inside the batch."""
    third = dataclasses.replace(aquaint(AQUAINT[0]), id="third copy", origin="third copy")
    return [seed_coded, *yida.values(), *(CodedDocument(aquaint(n)) for n in AQUAINT), CodedDocument(third)]


def test_one_batch_gives_the_rows_of_one_document_at_a_time(tmp_path, documents):
    with Ledger(tmp_path / "one.duckdb") as one, Ledger(tmp_path / "batch.duckdb") as batch:
        for coded in documents:
            one.store(coded)
        assert batch.store_all(documents) == ["stored"] * len(documents)
        expected, got = _rows(one), _rows(batch)
        batch_dups = batch.con.execute(
            "SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL").fetchall()
    assert len(got["document_links"]) == 4  # the AQUAINT copies were linked inside the batch
    duplicate_of = dict(batch_dups)
    assert duplicate_of == {AQUAINT[1]: AQUAINT[0], AQUAINT[3]: AQUAINT[2], "third copy": AQUAINT[0]}
    assert got == expected


def test_batch_is_idempotent_and_a_repeat_inside_it_is_unchanged(ledger, seed_coded, yida):
    docs = list(yida.values())
    assert ledger.store_all([*docs, docs[0]]) == ["stored", "stored", "stored", "unchanged"]
    before = _rows(ledger)
    assert ledger.store_all(docs) == ["unchanged"] * 3
    assert _rows(ledger) == before


def test_batch_with_a_changed_document_replaces_it(ledger, seed_coded, yida):
    ledger.store_all([seed_coded, *yida.values()])
    doc = dataclasses.replace(seed_coded.document, text=seed_coded.document.text + "\nCorrection appended.")
    assert ledger.store_all([CodedDocument(doc, seed_coded.events[:2]), yida["41_1ecbplus"]]) == [
        "replaced", "unchanged"]
    assert ledger.con.execute("SELECT count(*) FROM events WHERE document_id = 'seed'").fetchone()[0] == 2


def _fail_on(doc_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real DuckDB error (NOT NULL violated) whenever the rows of `doc_id` are inserted."""
    real = store_module._insert

    def failing(con, table, fields, rows):
        if table == "events" and any(r["document_id"] == doc_id for r in rows):
            con.execute("INSERT INTO documents (id) VALUES (NULL)")
        return real(con, table, fields, rows)

    monkeypatch.setattr(store_module, "_insert", failing)


def test_failed_batch_writes_nothing(ledger, seed_coded, yida, monkeypatch):
    _fail_on("seed", monkeypatch)
    with pytest.raises(LedgerError, match="batch of 4 documents not stored \\(nothing written\\)"):
        ledger.store_all([*yida.values(), seed_coded])
    assert ledger.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert ledger.con.execute("SELECT count(*) FROM document_bands").fetchone()[0] == 0


def test_ingest_skips_only_the_document_that_fails(ledger, shared, monkeypatch):
    """Five PolNeAR train articles in one batch; the third cannot be stored: the other four are."""
    from sitrep.ingest.ids import stable_id

    paths = sorted((shared / "corpora" / "polnear" / "train" / "text").glob("*.txt"))[:5]
    bad = stable_id(paths[2].read_text(encoding="utf-8"))

    class Coder:  # codes no events: this test is about storing, not coding
        def code_paths(self, names):
            from sitrep.clean import clean_document
            from sitrep.ingest import read_paths

            for raw in read_paths(names):
                yield CodedDocument(clean_document(raw))

    real = store_module._insert

    def failing(con, table, fields, rows):
        if table == "documents" and any(r["id"] == bad for r in rows):
            con.execute("INSERT INTO documents (id) VALUES (NULL)")
        return real(con, table, fields, rows)

    monkeypatch.setattr(store_module, "_insert", failing)
    seen: list[tuple[object, bool | None]] = []
    summary = ledger.ingest(paths, pipeline=Coder(),
                            progress=lambda item, changed: seen.append((item, changed)))
    assert (summary.stored, len(summary.skipped)) == (4, 1)
    problem = summary.skipped[0]
    assert problem.origin == str(paths[2]) and "not stored (nothing written)" in problem.message
    assert "\n" not in str(problem)
    assert [changed for _, changed in seen] == [True, True, None, True, True]  # in input order
    assert isinstance(seen[2][0], CodedDocument) and not isinstance(seen[2][0], Problem)
    stored = {r[0] for r in ledger.con.execute("SELECT id FROM documents").fetchall()}
    assert bad not in stored and len(stored) == 4
