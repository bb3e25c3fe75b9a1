"""Dispatch a raw document to the cleaner for its kind.

PLACEHOLDER: passes text through; the clean helper replaces this.
"""

from __future__ import annotations

from sitrep.records import Document, RawDocument


def clean_document(raw: RawDocument) -> Document:
    """Article text and metadata from a raw document; raises CleanError when nothing usable is left."""
    return Document(id=raw.id or "", text=raw.content, title=raw.title, published=raw.published,
                    url=raw.url, origin=raw.origin)
