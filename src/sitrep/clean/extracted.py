"""What a cleaner extracts from one raw document before it becomes a `Document`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NON_WORD = re.compile(r"[\W_]+")


@dataclass(slots=True)
class Extracted:
    """Body paragraphs plus the metadata a cleaner found."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None


def same_text(a: str | None, b: str | None) -> bool:
    """True when two strings differ only in case, spacing and punctuation."""
    if not (a and b):
        return False
    return text_key(a) == text_key(b)


def text_key(text: str) -> str:
    """`text` without case, spacing and punctuation: two texts `same_text` calls the same have one key."""
    return _NON_WORD.sub(" ", text.lower()).strip()
