"""WARC archives (plain or gzip): every HTML `response` record becomes a raw document."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_text
from sitrep.ingest.limits import Limits
from sitrep.ingest.raw import make_raw
from sitrep.ingest.streams import read_bounded
from sitrep.records import Problem, RawDocument

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def read_warc(path: Path, limits: Limits) -> Iterator[RawDocument | Problem]:
    """Yield the HTML responses of a WARC in order; a corrupt or truncated tail becomes one Problem."""
    number = 0
    with open(path, "rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                number += 1
                origin = f"{path}#record {number}"
                if record.format != "warc" and ".arc" not in [s.lower() for s in path.suffixes]:
                    yield Problem(origin, "not a WARC record (is this file a WARC archive?)")
                    return
                found = _document(record, origin, limits) if _is_html_response(record) else []
                if not _drained(record):
                    yield Problem(origin, "truncated WARC record (shorter than its Content-Length)")
                    return
                yield from found
        # warcio fails on malformed headers with whatever its parsing hits (AttributeError, KeyError, ...)
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error, AttributeError, KeyError,
                IndexError, TypeError) as exc:
            yield Problem(f"{path}#record {number + 1}", f"corrupt WARC record ({_one_line(exc)})")
            return
        if number == 0:
            yield Problem(str(path), "no WARC records found")
        elif records.offset < path.stat().st_size:
            yield Problem(f"{path}#record {number + 1}", "truncated or corrupt WARC record at the end")


def _is_html_response(record) -> bool:  # type: ignore[no-untyped-def]
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    status = record.http_headers.get_statuscode() or ""
    return "html" in content_type.lower() and status.startswith("2")


def _drained(record) -> bool:  # type: ignore[no-untyped-def]
    """Read what is left of a record's block; False when the file ended before its Content-Length."""
    raw = record.raw_stream
    while raw.read(1024 * 1024):
        pass
    return getattr(raw, "limit", 0) == 0


def _document(record, origin: str, limits: Limits) -> list[RawDocument | Problem]:  # type: ignore[no-untyped-def]
    """The record's document, after a warning if its bytes mixed encodings; or the problem with it."""
    charset = _CHARSET.search(record.http_headers.get_header("Content-Type") or "")
    try:
        data = read_bounded(record.content_stream(), limits.max_document_bytes, origin)
        decoded = decode_text(data, origin, declared=charset.group(1) if charset else None)
    except InputError as exc:
        return [Problem(origin, exc.message)]
    headers = record.rec_headers
    document = make_raw(origin, decoded.text, "html", limits, url=headers.get_header("WARC-Target-URI"),
                        fetched=headers.get_header("WARC-Date"))
    return [Problem(origin, decoded.note, level="warning"), document] if decoded.note else [document]


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
