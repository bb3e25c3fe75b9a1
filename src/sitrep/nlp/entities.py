"""A Doc's named entities by token range, indexed once per Doc.

spaCy's `Span.ents` rebuilds the entity list of the whole Doc on every access, so asking it once
per candidate event or per reporting cue made coding a section O(events x tokens). The index is
built on first use and kept in `doc.user_data`, so the attribution, date and location steps share it.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

ENTITY_INDEX = "sitrep.nlp.entities"  # doc.user_data key


def entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The named entities wholly inside tokens [start, end) of `doc`, in order (as `Span.ents`)."""
    index = doc.user_data.get(ENTITY_INDEX)
    if index is None:
        ents = list(doc.ents)
        index = doc.user_data[ENTITY_INDEX] = (ents, [e.start for e in ents])
    ents, starts = index
    out = []
    for ent in ents[bisect.bisect_left(starts, start):]:
        if ent.end > end:
            break
        out.append(ent)
    return out


def entities_of(span: Span) -> list[Span]:
    """The named entities wholly inside `span` (`span.ents` without rebuilding the Doc's list)."""
    return entities_in(span.doc, span.start, span.end)
