"""Build raw documents, applying the checks every source shares (empty, too long) in one place."""

from __future__ import annotations

from sitrep.ingest.ids import stable_id
from sitrep.ingest.limits import Limits
from sitrep.records import Problem, RawDocument, SourceKind


def make_raw(
    origin: str, content: str, kind: SourceKind, limits: Limits, *, doc_id: str | None = None,
    **meta: str | None,
) -> RawDocument | Problem:
    """A raw document, or a Problem when the content is empty or longer than the limit."""
    if content.startswith("\ufeff"):
        content = content[1:]
    if not content.strip():
        return Problem(origin, "empty document (no text)")
    if len(content) > limits.max_document_chars:
        return Problem(origin, f"document has {len(content):,} characters, more than the limit of "
                               f"{limits.max_document_chars:,}; split it or raise the limit")
    return RawDocument(origin=origin, content=content, kind=kind, id=doc_id or stable_id(content), **meta)
