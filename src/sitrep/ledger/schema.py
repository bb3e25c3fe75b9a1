"""The ledger's tables, its schema version, and the steps that migrate an older file.

One place for the DDL: the store, the queries and the exports all read the same tables.
Bump `SCHEMA_VERSION` and add a step to `MIGRATIONS` whenever a table changes shape.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from sitrep.errors import LedgerError

SCHEMA_VERSION = 3
"""Version written into `meta.schema_version` by this sitrep."""

TABLES: tuple[str, ...] = (
    "meta",
    "documents",
    "events",
    "evidence",
    "actors",
    "document_links",
    "document_bands",
    "clusters",
)

DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL,
        title VARCHAR, subtitle VARCHAR, published DATE, publisher VARCHAR, author VARCHAR,
        url VARCHAR, origin VARCHAR, language VARCHAR, text VARCHAR NOT NULL,
        events INTEGER NOT NULL DEFAULT 0,
        duplicate_of VARCHAR,
        stored_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY,
        document_id VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        source VARCHAR, source_name VARCHAR, source_country VARCHAR,
        target VARCHAR, target_name VARCHAR, target_country VARCHAR,
        type VARCHAR NOT NULL, mode VARCHAR NOT NULL, context VARCHAR, cameo VARCHAR,
        attributed_to VARCHAR, attributed_name VARCHAR, speaker VARCHAR,
        instrument VARCHAR, quantity VARCHAR, location VARCHAR,
        event_date DATE, confidence DOUBLE, trigger VARCHAR,
        cluster_id VARCHAR,
        event_end DATE
    )""",
    """CREATE TABLE IF NOT EXISTS evidence (
        event_id VARCHAR NOT NULL,
        document_id VARCHAR NOT NULL,
        ordinal INTEGER NOT NULL,
        section VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS actors (
        code VARCHAR PRIMARY KEY, name VARCHAR, sector VARCHAR, country VARCHAR,
        events_as_source INTEGER NOT NULL, events_as_target INTEGER NOT NULL, documents INTEGER NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS document_links (
        document_id VARCHAR NOT NULL, other_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, similarity DOUBLE
    )""",
    """CREATE TABLE IF NOT EXISTS document_bands (document_id VARCHAR NOT NULL, band INTEGER NOT NULL,
        hash UBIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS clusters (
        id VARCHAR PRIMARY KEY, block VARCHAR NOT NULL,
        type VARCHAR NOT NULL, source VARCHAR, target VARCHAR, mode VARCHAR,
        events INTEGER NOT NULL, documents INTEGER NOT NULL, sources INTEGER NOT NULL,
        first_seen DATE, last_seen DATE, disputed BOOLEAN NOT NULL,
        asserted_by VARCHAR[], denied_by VARCHAR[]
    )""",
    "CREATE INDEX IF NOT EXISTS events_document ON events (document_id)",
    "CREATE INDEX IF NOT EXISTS evidence_event ON evidence (event_id)",
    "CREATE INDEX IF NOT EXISTS evidence_document ON evidence (document_id)",
    "CREATE INDEX IF NOT EXISTS bands_hash ON document_bands (band, hash)",
    "CREATE INDEX IF NOT EXISTS clusters_block ON clusters (block)",
)


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1 (the first ledger) had no near-duplicate or cluster tables: add them, backfill nothing.

    Documents stored under version 1 get no near-duplicate links until they are stored again.
    """
    con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR")
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_id VARCHAR")
    for statement in DDL:
        con.execute(statement)


def _v2_to_v3(con: duckdb.DuckDBPyConnection) -> None:
    """Version 3 keeps an event date's precision: `event_end` is the last day of the period whose
    first day `event_date` holds ("last week", "in September 2014"), so clustering compares periods.

    Events stored under version 2 keep a NULL `event_end`, read as a one-day period (what version 2
    assumed) until their document is stored again.
    """
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS event_end DATE")


MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}
"""`MIGRATIONS[n]` upgrades a ledger from version n to n + 1."""


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The version stored in the file, or None for a file that holds no sitrep tables yet."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "meta" not in tables:
        if tables:
            raise LedgerError(
                "not a sitrep ledger (it has tables but no `meta` table); use another --db file"
            )
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise LedgerError("ledger has no valid meta.schema_version; it was not written by sitrep")
    return int(row[0])


def prepare(con: duckdb.DuckDBPyConnection, origin: str) -> None:
    """Create the tables in a new file, migrate an older one, refuse a newer one."""
    try:
        version = schema_version(con)
    except LedgerError as exc:
        raise LedgerError(exc.message, origin) from None
    if version is None:
        con.begin()
        for statement in DDL:
            con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.commit()
        return
    if version > SCHEMA_VERSION:
        raise LedgerError(
            f"ledger schema version {version} is newer than this sitrep's ({SCHEMA_VERSION}); "
            "upgrade sitrep-ledger or use another --db file",
            origin,
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise LedgerError(
                f"ledger schema version {version} cannot be migrated to {SCHEMA_VERSION}; "
                "export it with the sitrep that wrote it, or re-run `sitrep run` into a new --db file",
                origin,
            )
        con.begin()
        try:
            step(con)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version + 1)])
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise LedgerError(f"migrating schema {version} to {version + 1} failed: {exc}", origin) from exc
        version += 1
