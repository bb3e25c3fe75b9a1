"""Read queries over the ledger, as library functions (the CLI, the API and the web page share them).

Every value a user gives travels as a bound parameter; the only names spliced into SQL come from
the whitelists below. Results come back as records (list of dicts), a pandas DataFrame or an
Arrow table.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import duckdb

from sitrep.errors import QueryError
from sitrep.records import MODES, PLOVER_TYPES

Output = Literal["records", "pandas", "arrow"]
OUTPUTS: tuple[str, ...] = ("records", "pandas", "arrow")

EVENT_COLUMNS: dict[str, str] = {
    "id": "e.id",
    "document_id": "e.document_id",
    "ordinal": "e.ordinal",
    "date": "coalesce(e.event_date, d.published)",
    "event_date": "e.event_date",
    "published": "d.published",
    "publisher": "d.publisher",
    "source": "e.source",
    "source_name": "e.source_name",
    "target": "e.target",
    "target_name": "e.target_name",
    "type": "e.type",
    "mode": "e.mode",
    "context": "e.context",
    "cameo": "e.cameo",
    "attributed_to": "e.attributed_to",
    "speaker": "e.speaker",
    "instrument": "e.instrument",
    "quantity": "e.quantity",
    "location": "e.location",
    "confidence": "e.confidence",
    "trigger": "e.trigger",
    "cluster_id": "e.cluster_id",
    "title": "d.title",
    "url": "d.url",
}
"""Columns `events()` returns and may be ordered by (name -> SQL expression)."""

DOCUMENT_ORDER: dict[str, str] = {
    "published": "published",
    "id": "id",
    "publisher": "publisher",
    "events": "events",
    "stored_at": "stored_at",
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive date range; either end may be open."""

    since: date | None = None
    until: date | None = None


def parse_day(value: str | date | None, *, end: bool = False, name: str = "date") -> date | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a date: the period's first day, or its last with `end`."""
    if value is None or isinstance(value, date):
        return value
    m = _DATE.match(value.strip())
    if not m:
        raise QueryError(f"bad {name} {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    try:
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, month, int(day))
    except ValueError:
        raise QueryError(f"bad {name} {value!r}: no such day") from None


def date_range(since: str | date | None, until: str | date | None) -> DateRange:
    """Validate a since/until pair."""
    r = DateRange(parse_day(since, name="--since"), parse_day(until, end=True, name="--until"))
    if r.since and r.until and r.since > r.until:
        raise QueryError(f"--since {r.since} is after --until {r.until}")
    return r


def _add_range(
    clauses: list[str], params: list[Any], since: str | date | None, until: str | date | None,
    start_column: str, end_column: str | None = None,
) -> None:
    """Add a validated since/until filter; the column names are the callers' constants, never input.

    `start_column` must be on or after `since`, `end_column` (default: the same) on or before `until`,
    so a span (a cluster's first and last sighting) overlaps the range.
    """
    r = date_range(since, until)
    if r.since:
        clauses.append(f"{start_column} >= ?")
        params.append(r.since)
    if r.until:
        clauses.append(f"{end_column or start_column} <= ?")
        params.append(r.until)


def _one_of(value: str | None, allowed: tuple[str, ...], what: str) -> str | None:
    """`value` in the case `allowed` uses, or a QueryError listing the valid ones."""
    if value is None:
        return None
    found = next((a for a in allowed if a.lower() == value.lower()), None)
    if found is None:
        raise QueryError(f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
    return found


def check_type(value: str | None) -> str | None:
    """A PLOVER type, upper-cased, or a QueryError listing the valid ones."""
    return _one_of(value, PLOVER_TYPES, "event type")


def check_mode(value: str | None) -> str | None:
    """A mode, lower-cased, or a QueryError listing the valid ones."""
    return _one_of(value, MODES, "mode")


def check_actor(value: str | None, name: str = "actor") -> str | None:
    """An actor code (letters only), upper-cased."""
    if value is None:
        return None
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2,12}", code):
        raise QueryError(f"bad {name} code {value!r}: use a code such as RUS, RUSGOV or NATO")
    return code


def actor_clause(column: str, code: str) -> tuple[str, list[str]]:
    """Match an actor by full code or, for a three-letter code, by country ("RUS" matches "RUSGOV")."""
    if len(code) == 3:
        return f"(e.{column} = ? OR e.{column}_country = ? OR e.{column} LIKE ? || '%')", [code, code, code]
    return f"e.{column} = ?", [code]


def _limit(limit: int | None, offset: int) -> tuple[str, list[int]]:
    if limit is not None and limit < 0:
        raise QueryError("--limit must be 0 or more")
    if offset < 0:
        raise QueryError("--offset must be 0 or more")
    if limit is None:
        return " OFFSET ?", [offset]
    return " LIMIT ? OFFSET ?", [limit, offset]


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], output: Output = "records") -> Any:
    """Run a query and return its rows in the requested shape."""
    if output not in OUTPUTS:
        raise QueryError(f"unknown output {output!r}; use one of {', '.join(OUTPUTS)}")
    if output == "arrow":
        return con.cursor().sql(sql, params=params).to_arrow_table()  # a cursor: free of unfinished results
    cur = con.execute(sql, params)
    if output == "pandas":
        return cur.fetch_df()
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def event_filters(
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    text: str | None = None,
    include_duplicates: bool = False,
    actor: str | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) shared by every query over events."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("source", source), ("target", target)):
        code = check_actor(value, column)
        if code:
            sql, p = actor_clause(column, code)
            clauses.append(sql)
            params += p
    code = check_actor(actor, "actor")
    if code:
        s_sql, s_p = actor_clause("source", code)
        t_sql, t_p = actor_clause("target", code)
        clauses.append(f"({s_sql} OR {t_sql})")
        params += s_p + t_p
    if (t := check_type(type)) is not None:
        clauses.append("e.type = ?")
        params.append(t)
    if (m := check_mode(mode)) is not None:
        clauses.append("e.mode = ?")
        params.append(m)
    _add_range(clauses, params, since, until, "coalesce(e.event_date, d.published)")
    if text:
        clauses.append("e.id IN (SELECT event_id FROM evidence WHERE contains(lower(text), lower(?)))")
        params.append(text)
    if not include_duplicates:
        clauses.append("d.duplicate_of IS NULL")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events(
    con: duckdb.DuckDBPyConnection,
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    text: str | None = None,
    actor: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
    order_by: str = "date",
    descending: bool = False,
    include_duplicates: bool = False,
    output: Output = "records",
) -> Any:
    """Events matching the filters, oldest first, with their first evidence span and document."""
    if order_by not in EVENT_COLUMNS:
        raise QueryError(f"cannot order by {order_by!r}; use one of {', '.join(EVENT_COLUMNS)}")
    where, params = event_filters(
        source=source,
        target=target,
        type=type,
        mode=mode,
        since=since,
        until=until,
        text=text,
        include_duplicates=include_duplicates,
        actor=actor,
    )
    page, page_params = _limit(limit, offset)
    columns = ", ".join(f"{expr} AS {name}" for name, expr in EVENT_COLUMNS.items())
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {columns}, v.text AS evidence, v.section AS evidence_section, v.start AS evidence_start,"
        f' v."end" AS evidence_end'
        f" FROM events e JOIN documents d ON d.id = e.document_id"
        f" LEFT JOIN evidence v ON v.event_id = e.id AND v.ordinal = 0"
        f"{where} ORDER BY {EVENT_COLUMNS[order_by]} {direction} NULLS LAST, e.document_id, e.ordinal{page}"
    )
    return fetch(con, sql, params + page_params, output)


def documents(
    con: duckdb.DuckDBPyConnection,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    publisher: str | None = None,
    text: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
    order_by: str = "published",
    output: Output = "records",
) -> Any:
    """Stored documents (without their text), with their event count and near-duplicate status."""
    if order_by not in DOCUMENT_ORDER:
        raise QueryError(f"cannot order by {order_by!r}; use one of {', '.join(DOCUMENT_ORDER)}")
    clauses, params = [], []
    _add_range(clauses, params, since, until, "published")
    if publisher:
        clauses.append("lower(publisher) = lower(?)")
        params.append(publisher)
    if text:
        clauses.append("(contains(lower(text), lower(?)) OR contains(lower(coalesce(title, '')), lower(?)))")
        params += [text, text]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    page, page_params = _limit(limit, offset)
    sql = (
        "SELECT id, title, subtitle, published, publisher, author, url, origin, language, events,"
        f" duplicate_of, content_hash, stored_at FROM documents{where}"
        f" ORDER BY {DOCUMENT_ORDER[order_by]} NULLS LAST, id{page}"
    )
    return fetch(con, sql, params + page_params, output)


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """One document with its text, its events (each with all its evidence) and its near-duplicate links."""
    rows = fetch(con, "SELECT * FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    doc = rows[0]
    evs = fetch(con, "SELECT * FROM events WHERE document_id = ? ORDER BY ordinal", [doc_id])
    spans = fetch(
        con,
        'SELECT event_id, section, start, "end", text FROM evidence WHERE document_id = ?'
        " ORDER BY event_id, ordinal",
        [doc_id],
    )
    by_event: dict[str, list[dict[str, Any]]] = {}
    for s in spans:
        by_event.setdefault(s.pop("event_id"), []).append(s)
    for e in evs:
        e["evidence"] = by_event.get(e["id"], [])
    doc["events_coded"] = evs
    doc["links"] = fetch(
        con,
        "SELECT other_id, kind, similarity FROM document_links WHERE document_id = ?"
        " UNION ALL SELECT document_id, kind, similarity FROM document_links WHERE other_id = ?"
        " ORDER BY 3 DESC",
        [doc_id, doc_id],
    )
    return doc


def actors(con: duckdb.DuckDBPyConnection, *, country: str | None = None, output: Output = "records") -> Any:
    """Every actor in the ledger with how often it acts, is acted on, and in how many documents."""
    code = check_actor(country, "country")
    where, params = ("", []) if not code else (" WHERE country = ? OR code = ?", [code, code])
    sql = (
        "SELECT code, name, sector, country, events_as_source, events_as_target, documents"
        f" FROM actors{where}"
        " ORDER BY events_as_source + events_as_target DESC, code"
    )
    return fetch(con, sql, params, output)


def clusters(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    type: str | None = None,
    disputed: bool | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int | None = 100,
    offset: int = 0,
    output: Output = "records",
) -> Any:
    """Clusters of events reporting the same happening, with their number of independent sources."""
    clauses, params = [], []
    code = check_actor(actor, "actor")
    if code:
        clauses.append(
            "(source = ? OR target = ? OR source LIKE ? || '%' OR target LIKE ? || '%')"
            if len(code) == 3
            else "(source = ? OR target = ?)"
        )
        params += [code, code, code, code] if len(code) == 3 else [code, code]
    if (t := check_type(type)) is not None:
        clauses.append("type = ?")
        params.append(t)
    if disputed is not None:
        clauses.append("disputed = ?")
        params.append(disputed)
    _add_range(clauses, params, since, until, "last_seen", "first_seen")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    page, page_params = _limit(limit, offset)
    sql = (
        f"SELECT id, type, source, target, mode, events, documents, sources, first_seen, last_seen,"
        f" disputed, asserted_by, denied_by FROM clusters{where}"
        f" ORDER BY first_seen NULLS LAST, id{page}"
    )
    return fetch(con, sql, params + page_params, output)


def cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict[str, Any] | None:
    """One cluster with its member events (date, outlet, first evidence span), oldest first."""
    rows = fetch(
        con,
        "SELECT id, type, source, target, mode, events, documents, sources, first_seen, last_seen,"
        " disputed, asserted_by, denied_by FROM clusters WHERE id = ?",
        [cluster_id],
    )
    if not rows:
        return None
    found = rows[0]
    found["members"] = fetch(
        con,
        "SELECT e.id, e.document_id, coalesce(e.event_date, d.published) AS date, d.publisher, d.title,"
        " d.duplicate_of, e.source, e.target, e.type, e.mode, e.attributed_to, v.text AS evidence,"
        " (SELECT list(x.text ORDER BY x.ordinal) FROM evidence x WHERE x.event_id = e.id) AS evidence_all"
        " FROM events e JOIN documents d ON d.id = e.document_id"
        " LEFT JOIN evidence v ON v.event_id = e.id AND v.ordinal = 0"
        " WHERE e.cluster_id = ? ORDER BY date NULLS LAST, e.document_id, e.ordinal",
        [cluster_id],
    )
    return found


def event_document(con: duckdb.DuckDBPyConnection, event_id: str) -> str | None:
    """The id of the document an event was coded from, or None for an unknown event."""
    rows = fetch(con, "SELECT document_id FROM events WHERE id = ?", [event_id])
    return rows[0]["document_id"] if rows else None
