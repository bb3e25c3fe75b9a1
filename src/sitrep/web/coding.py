"""Code a pasted text or an uploaded file the way `sitrep extract` codes a file, without storing it."""

from __future__ import annotations

import threading
from typing import Any

from sitrep.errors import InputError
from sitrep.ingest import DEFAULT_LIMITS
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.raw import make_raw
from sitrep.ingest.sniff import looks_like_html
from sitrep.records import CodedDocument, Problem, RawDocument


class Coder:
    """One pipeline for the server, loaded on first use; spaCy runs one document at a time."""

    def __init__(self, pipeline: Any = None) -> None:
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def code(self, raw: RawDocument) -> CodedDocument:
        """Clean and code one raw document; InputError with the cleaner's reason when it is unusable."""
        with self._lock:
            if self._pipeline is None:
                from sitrep.pipeline import Pipeline

                self._pipeline = Pipeline()
            result = next(iter(self._pipeline.code_raw([raw])))
        if isinstance(result, Problem):
            raise InputError(result.message, result.origin)
        return result


def raw_from_text(text: str, origin: str, *, title: str | None = None, published: str | None = None
                  ) -> RawDocument:
    """A raw document from pasted text (HTML when it looks like markup), as `sitrep extract` reads a file."""
    made = make_raw(origin, text, "html" if looks_like_html(text) else "text", DEFAULT_LIMITS,
                    title=title, published=published)
    if isinstance(made, Problem):
        raise InputError(made.message, made.origin)
    return made


def raw_from_bytes(data: bytes, origin: str, *, title: str | None = None, published: str | None = None
                   ) -> RawDocument:
    """A raw document from an uploaded file's bytes (decoded like a file on disk)."""
    return raw_from_text(decode_bytes(data, origin), origin, title=title, published=published)
