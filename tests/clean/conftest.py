"""Helpers shared by the clean-stage tests."""

from __future__ import annotations

from sitrep.clean.extracted import Extracted
from sitrep.clean.text import extract_text
from sitrep.records import RawDocument


def extract_page(text: str) -> Extracted:
    """Clean a scraped page's text as `sitrep` reads a plain-text dump."""
    return extract_text(RawDocument(origin="test", content=text, kind="text"))
