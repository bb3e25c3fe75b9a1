"""Stable document ids derived from content, so re-reading a file gives the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def stable_id(content: str) -> str:
    """Sixteen hex characters of the sha256 of the whitespace- and Unicode-normalised content."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFC", content)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]
