"""JSON Lines: one document per line (`id`, `text` or `html`, optional `title`, `date`, `url`, `author`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from sitrep.errors import InputError
from sitrep.ingest.limits import Limits
from sitrep.ingest.raw import make_raw
from sitrep.records import Problem, RawDocument, SourceKind

_META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "publication_date"),
    "url": ("url", "link"),
    "author": ("author", "byline"),
    "publisher": ("publisher", "sitename"),
}


def read_jsonl(stream: BinaryIO, name: str, limits: Limits) -> Iterator[RawDocument | Problem]:
    """Yield one raw document (or problem) per non-blank line; a bad line never stops the others."""
    number = 0
    try:
        while True:
            line = stream.readline(limits.max_document_bytes + 1)
            if not line:
                return
            number += 1
            origin = f"{name}:line {number}"
            if len(line) > limits.max_document_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(stream)
                yield Problem(origin, f"line longer than {limits.max_document_bytes // (1024 * 1024)} MB")
                continue
            if line.strip():
                yield _record(line, origin, limits)
    except InputError as exc:  # truncated or oversized compressed stream: stop, keep what was read
        yield Problem(f"{name}:line {number + 1}", exc.message)


def read_json(data: str, name: str, limits: Limits) -> Iterator[RawDocument | Problem]:
    """A `.json` file: one record object, or an array of them."""
    try:
        value = json.loads(data)
    except json.JSONDecodeError as exc:
        yield Problem(name, f"invalid JSON ({_where(exc, line=True)})")
        return
    items = value if isinstance(value, list) else [value]
    for number, item in enumerate(items, 1):
        yield from_record(item, f"{name}#item {number}" if isinstance(value, list) else name, limits)


def _record(line: bytes, origin: str, limits: Limits) -> RawDocument | Problem:
    try:
        item = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Problem(origin, "not UTF-8 (JSON Lines must be UTF-8)")
    except json.JSONDecodeError as exc:
        return Problem(origin, f"invalid JSON ({_where(exc)})")
    return from_record(item, origin, limits)


def _where(exc: json.JSONDecodeError, *, line: bool = False) -> str:
    """The parser's message with where it stopped: "Unterminated string starting at column 10", "Expecting
    value at line 3, column 1" (some of its messages end in "at", which the place then follows)."""
    place = (f"line {exc.lineno}, " if line else "") + f"column {exc.colno}"
    return f"{exc.msg} {place}" if exc.msg.endswith(" at") else f"{exc.msg} at {place}"


def from_record(item: Any, origin: str, limits: Limits) -> RawDocument | Problem:
    """A raw document from one decoded JSON record."""
    if not isinstance(item, dict):
        return Problem(origin, f"expected a JSON object, got {type(item).__name__}")
    kind: SourceKind
    if isinstance(item.get("text"), str) and item["text"].strip():
        content, kind = item["text"], "text"
    elif isinstance(item.get("html"), str) and item["html"].strip():
        content, kind = item["html"], "html"
    elif "text" in item or "html" in item:
        return Problem(origin, "record's 'text'/'html' is empty or not a string")
    else:
        return Problem(origin, "record has no 'text' or 'html' field")
    meta = {name: _first_string(item, keys) for name, keys in _META_FIELDS.items()}
    doc_id = item.get("id")
    doc_id = str(doc_id) if isinstance(doc_id, str | int) and str(doc_id).strip() else None
    return make_raw(origin, content, kind, limits, doc_id=doc_id, **meta)


def _first_string(item: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(1024 * 1024):
        if chunk.endswith(b"\n"):
            return
