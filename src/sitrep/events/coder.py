"""Code events from the dependency parse.

PLACEHOLDER: codes nothing; the events helper replaces this.
"""

from __future__ import annotations

from sitrep.nlp.model import ParsedDocument
from sitrep.records import Event, Mention


def code_events(parsed: ParsedDocument, mentions: list[Mention]) -> list[Event]:
    """The events `parsed` reports, one per distinct happening, with all their evidence."""
    return []
