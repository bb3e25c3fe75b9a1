"""Size limits that keep one hostile or oversized input from exhausting memory or time."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds applied while reading; anything past them becomes a `Problem`, never a crash."""

    max_document_chars: int = 5_000_000
    """Longest text (or HTML) a single document may have."""
    max_document_bytes: int = 20 * MB
    """Largest encoded document read into memory (a file, a JSONL line, a WARC record body)."""
    max_decompressed_bytes: int = 2048 * MB
    """Most bytes one compressed file may expand to (guards against gzip/bzip2 bombs)."""


DEFAULT_LIMITS = Limits()
