"""Find actor mentions in a parsed document.

PLACEHOLDER: finds nothing; the actors helper replaces this.
"""

from __future__ import annotations

from sitrep.nlp.model import ParsedDocument
from sitrep.records import Mention


def find_mentions(parsed: ParsedDocument) -> list[Mention]:
    """Every mention of a political actor in every section of `parsed`, in text order."""
    return []
