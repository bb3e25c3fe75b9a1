"""Export the ledger's tables as CSV, JSON Lines or Parquet that pandas and DuckDB read as they are."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from sitrep.errors import LedgerError, QueryError

FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")
TABLES: tuple[str, ...] = ("documents", "events", "evidence", "clusters", "actors", "document_links")
DEFAULT_TABLES: tuple[str, ...] = ("documents", "events", "evidence", "clusters")
_ORDER = {
    "documents": "id",
    "events": "document_id, ordinal",
    "evidence": "event_id, ordinal",
    "clusters": "id",
    "actors": "code",
    "document_links": "document_id, other_id",
}
_EXTENSION = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet"}


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def export(
    con: duckdb.DuckDBPyConnection,
    out: str | Path,
    *,
    format: str = "csv",
    tables: Iterable[str] | None = None,
) -> list[Path]:
    """Write one file per table into folder `out` (created if needed); returns the files written."""
    if format not in FORMATS:
        raise QueryError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    chosen = list(tables) if tables else list(DEFAULT_TABLES)
    unknown = [t for t in chosen if t not in TABLES]
    if unknown:
        raise QueryError(f"unknown table {unknown[0]!r}; use some of {', '.join(TABLES)}")
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LedgerError(f"cannot create export folder: {exc.strerror}", str(folder)) from exc
    written = []
    for table in chosen:
        path = folder / f"{table}.{_EXTENSION[format]}"
        # table names come from the TABLES whitelist, never from the user
        sql = f"SELECT * FROM {table} ORDER BY {_ORDER[table]}"
        if format == "jsonl":
            cur = con.execute(sql)
            names = [d[0] for d in cur.description]
            with path.open("w", encoding="utf-8") as fh:
                for row in cur.fetchall():
                    fh.write(
                        json.dumps(
                            dict(zip(names, row, strict=True)), ensure_ascii=False, default=_json_default
                        )
                        + "\n"
                    )
        else:
            arrow = con.cursor().sql(sql).to_arrow_table()  # a cursor: free of unfinished results
            if format == "parquet":
                import pyarrow.parquet as pq

                pq.write_table(arrow, path)
            else:
                import pyarrow as pa
                import pyarrow.csv as pcsv

                # CSV has no lists: write list columns as JSON arrays
                for i, f in enumerate(arrow.schema):
                    if pa.types.is_list(f.type):
                        values = [json.dumps(v) for v in arrow.column(i).to_pylist()]
                        arrow = arrow.set_column(i, f.name, pa.array(values, pa.string()))
                pcsv.write_csv(arrow, path)
        written.append(path)
    return written
