"""Coded documents as flat table rows (for Parquet) and back, without losing a field.

The Ray engine writes one row per document: the document's fields as columns, its events,
mentions and problems as JSON text (queryable in place with DuckDB's JSON functions). A
document that could not be coded is a row with `error` set. Records are rebuilt from their
dataclass type hints, so a field another stage adds travels without a change here.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any

import pyarrow as pa

from sitrep.records import CodedDocument, Document, Event, Mention, Problem, RawDocument

RAW_SCHEMA = pa.schema([(f.name, pa.string()) for f in dataclasses.fields(RawDocument)]
                       + [("error", pa.string())])
"""A raw document (or a Problem, with `origin` and `error` set) as a row."""

_DOC_COLUMNS = [f.name for f in dataclasses.fields(Document)]
CODED_SCHEMA = pa.schema(
    [(name, pa.string()) for name in _DOC_COLUMNS]
    + [("n_events", pa.int32()), ("events", pa.string()), ("mentions", pa.string()),
       ("problems", pa.string()), ("error", pa.string())]
)
"""A coded document (or a Problem, with `origin` and `error` set) as a row."""


def raw_to_row(item: RawDocument | Problem) -> dict[str, Any]:
    """A raw document or a problem as a RAW_SCHEMA row."""
    if isinstance(item, Problem):
        return {"origin": item.origin, "error": item.message}
    return {**dataclasses.asdict(item), "error": None}


def row_to_raw(row: dict[str, Any]) -> RawDocument | Problem:
    """The inverse of `raw_to_row`."""
    if row.get("error") is not None:
        return Problem(row["origin"], row["error"])
    return RawDocument(**{f.name: row.get(f.name) for f in dataclasses.fields(RawDocument)})


def coded_to_row(item: CodedDocument | Problem) -> dict[str, Any]:
    """A coded document or a problem as a CODED_SCHEMA row."""
    if isinstance(item, Problem):
        return {"origin": item.origin, "error": item.message, "n_events": 0}
    doc = {name: _text(getattr(item.document, name)) for name in _DOC_COLUMNS}
    return {
        **doc, "n_events": len(item.events),
        "events": _json([dataclasses.asdict(e) for e in item.events]),
        "mentions": _json([dataclasses.asdict(m) for m in item.mentions]),
        "problems": _json([dataclasses.asdict(p) for p in item.problems]),
        "error": None,
    }


def row_to_coded(row: dict[str, Any]) -> CodedDocument | Problem:
    """The inverse of `coded_to_row`."""
    if row.get("error") is not None:
        return Problem(row["origin"], row["error"])
    document = from_dict(Document, {name: row.get(name) for name in _DOC_COLUMNS})
    return CodedDocument(
        document=document,
        events=[from_dict(Event, e) for e in json.loads(row["events"] or "[]")],
        mentions=[from_dict(Mention, m) for m in json.loads(row["mentions"] or "[]")],
        problems=[from_dict(Problem, p) for p in json.loads(row["problems"] or "[]")],
    )


def to_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table with a fixed schema (missing keys become nulls)."""
    return pa.Table.from_pylist([{name: r.get(name) for name in schema.names} for r in rows], schema=schema)


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a dataclass (and the dataclasses inside it) from `dataclasses.asdict` output."""
    hints = _hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: _value(hints[k], v) for k, v in data.items() if k in known})


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if dataclasses.is_dataclass(arg) and isinstance(value, dict):
                return from_dict(arg, value)
        return value
    if origin in (list, tuple) and typing.get_args(hint):
        inner = typing.get_args(hint)[0]
        return origin(_value(inner, v) for v in value)
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
