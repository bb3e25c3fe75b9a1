"""Dispatch a raw document to the cleaner for its kind and assemble the cleaned `Document`."""

from __future__ import annotations

import re

from sitrep.clean.dates import to_iso
from sitrep.clean.extracted import Extracted
from sitrep.clean.html import extract_html
from sitrep.clean.language import detect_language
from sitrep.clean.text import extract_text
from sitrep.errors import CleanError
from sitrep.ingest.ids import stable_id
from sitrep.records import Document, RawDocument

MAX_BODY_CHARS = 200_000
"""Longest article body accepted: longer texts are books or dumps, not news reports."""
ACCEPTED_LANGUAGES = frozenset({"en"})
_DOUBLED_STOP = re.compile(r"(\b(?:[A-Z]\.){2,})\.(?=\s)")
"""An initialism's full stop typed twice ("the new U.S.. Senate's sanctions bill"): the tokenizer splits
"U.S" from ".." and the parser ends the sentence there, cutting the event's object and its evidence."""


def clean_document(raw: RawDocument) -> Document:
    """Article text and metadata from a raw document; raises CleanError when nothing usable is left."""
    try:
        found = extract_html(raw) if raw.kind == "html" else extract_text(raw)
    except RecursionError as exc:
        raise CleanError("document is too deeply nested to read", raw.origin) from exc
    text = "\n\n".join(found.paragraphs)
    if ".." in text:
        text = _DOUBLED_STOP.sub(r"\1", text)
    if not text.strip():
        raise CleanError("no article text left after cleaning", raw.origin)
    if len(text) > MAX_BODY_CHARS:
        raise CleanError(f"article body has {len(text):,} characters, more than the limit of "
                         f"{MAX_BODY_CHARS:,}; split the document", raw.origin)
    language, _ = detect_language(text)
    if language is not None and language not in ACCEPTED_LANGUAGES:
        raise CleanError(f"not English (detected: {language})", raw.origin)
    return _document(raw, found, text, language)


def _document(raw: RawDocument, found: Extracted, text: str, language: str | None) -> Document:
    """Metadata the source gave wins over what was read from the page; the crawl date comes last."""
    return Document(
        id=raw.id or stable_id(raw.content),
        text=text,
        title=raw.title or found.title,
        subtitle=found.subtitle,
        published=to_iso(raw.published) or to_iso(found.published) or to_iso(raw.fetched),
        publisher=raw.publisher or found.publisher,
        author=raw.author or found.author,
        url=raw.url or found.url,
        origin=raw.origin,
        language=language or "en",
    )
