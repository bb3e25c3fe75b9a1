"""Decide what kind of file a path holds: by its name first, by its content when the name says nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

FileKind = Literal["text", "html", "jsonl", "json", "warc", "timeml"]

_SUFFIX_KINDS: dict[str, FileKind] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".warc": "warc", ".arc": "warc",
    ".tml": "timeml",
}
COMPRESSIONS: dict[str, str] = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bzip2"}

_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|section|span)\b", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


def kind_of(path: Path) -> tuple[FileKind | None, str | None]:
    """The file kind its name announces (None if unknown) and its compression (None, "gzip", "bzip2")."""
    suffixes = [s.lower() for s in path.suffixes]
    compression = COMPRESSIONS.get(suffixes[-1]) if suffixes else None
    if compression:
        suffixes = suffixes[:-1]
    if compression and suffixes and suffixes[-1] == ".warc":
        return "warc", None  # warcio reads per-record gzip members itself
    kind = _SUFFIX_KINDS.get(suffixes[-1]) if suffixes else None
    return kind, compression


def looks_like_html(text: str) -> bool:
    """True when the start of a text is markup rather than prose."""
    head = text[:4096].lstrip()
    if not head.startswith("<") or not _MARKUP.search(head):
        return False
    tags = _TAG.findall(head)
    return len(tags) >= 2
