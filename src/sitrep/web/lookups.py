"""Ledger look-ups the web page needs and `sitrep.ledger.queries` does not offer (yet).

Each is the smallest query that serves one endpoint, with bound parameters only; they belong in
the ledger's `queries.py` and should move there.
"""

from __future__ import annotations

from typing import Any

import duckdb

from sitrep.ledger import queries


def event_document(con: duckdb.DuckDBPyConnection, event_id: str) -> str | None:
    """The id of the document an event was coded from, or None for an unknown event."""
    row = con.execute("SELECT document_id FROM events WHERE id = ?", [event_id]).fetchone()
    return row[0] if row else None


def cluster(con: duckdb.DuckDBPyConnection, cluster_id: str, *, members: int = 200) -> dict[str, Any] | None:
    """One cluster with its first `members` events (date, outlet, first evidence span), oldest first."""
    rows = queries.fetch(
        con, "SELECT id, type, source, target, mode, events, documents, sources, first_seen, last_seen,"
             " disputed, asserted_by, denied_by FROM clusters WHERE id = ?", [cluster_id])
    if not rows:
        return None
    found = rows[0]
    found["members"] = queries.fetch(
        con, "SELECT e.id, e.document_id, coalesce(e.event_date, d.published) AS date, d.publisher, d.title,"
             " e.source, e.target, e.type, e.mode, v.text AS evidence"
             " FROM events e JOIN documents d ON d.id = e.document_id"
             " LEFT JOIN evidence v ON v.event_id = e.id AND v.ordinal = 0"
             " WHERE e.cluster_id = ? ORDER BY date NULLS LAST, e.document_id, e.ordinal LIMIT ?",
        [cluster_id, members])
    return found
