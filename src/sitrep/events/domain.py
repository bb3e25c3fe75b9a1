"""Reports from fields that borrow the words of conflict: a sports page is not political news.

Teams are named after countries and play matches told with the coder's verbs: "Russia beat
Croatia" (assault), "Herbert and Mahut rallied to defeat ... of Japan" (protest), "Portugal allowed
only one shot" (concession). A report dense with a field's own terms (`data/domains.yaml`) is read
as that field's report: the types its contests fake are not coded, and other events only where the
sentence does not use the field's terms (a minister's comment on the tournament's host stays).
A natural-disaster report tells damage with the same verbs ("buildings were destroyed"): there only
the force no one used is dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from sitrep.events.lexicon import Field
from sitrep.nlp.model import ParsedDocument
from sitrep.nlp.sentences import sentence_bounds
from sitrep.records import Actor, Event

NON_STATE_CODES = frozenset({"MNC", "NGO"})  # organisations with no country of their own
COMMERCIAL_SECTORS = frozenset({"BUS", "JRN"})
"""Sectors of firms and the media: an event between two of them is business news, not politics."""


@lru_cache(maxsize=8)
def _term_ids(field: Field) -> numpy.ndarray:
    """The string-store ids of the field's terms, computed once per field, not per document."""
    return numpy.array(sorted(get_string_id(t) for t in field.terms), dtype=numpy.uint64)


def _hits(doc: Doc, ids: numpy.ndarray) -> list[int]:
    """Token indexes of `doc` whose lower-case form is one of the field's terms (one vectorised pass)."""
    if not len(doc):
        return []
    return numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), ids)).tolist()


def _sentence_of(doc: Doc, char: int) -> tuple[int, int]:
    bounds = sentence_bounds(doc)
    span = doc.char_span(char, min(char + 1, len(doc.text)), alignment_mode="expand")
    token = span.start if span is not None else 0
    return bounds[max(0, bisect_right([b[0] for b in bounds], token) - 1)]


def drop_field_events(parsed: ParsedDocument, events: list[Event], fields: tuple[Field, ...]) -> list[Event]:
    """`events` without those a non-political field's report fakes (see the module docstring)."""
    if not events or not fields:
        return events
    tokens = sum(len(doc) for doc in parsed.sections.values())
    for field in fields:
        ids = _term_ids(field)
        hits = {section: _hits(doc, ids) for section, doc in parsed.sections.items()}
        count = sum(len(h) for h in hits.values())
        if count < field.min_terms or count * field.tokens_per_term < tokens:
            continue
        kept = []
        for event in events:
            if event.type in field.faked_types:
                continue
            doc = parsed.sections.get(event.evidence.section)
            if doc is not None and field.owns_sentences:
                start, end = _sentence_of(doc, event.evidence.start)
                if any(start <= i < end for i in hits[event.evidence.section]):
                    continue
            kept.append(event)
        events = kept
    return events


def _placed(actor: Actor | None) -> bool:
    """Whether `actor` is a state (its country known) or an international organisation."""
    if actor is None:
        return False
    if actor.country:
        return True
    return not actor.unknown and actor.code not in NON_STATE_CODES


def drop_unplaced(events: list[Event]) -> list[Event]:
    """`events` without those in which no side is a state or an international organisation.

    An event between a company and its customers ("Google promised"), or between two parties the
    text gives no country ("gunmen who kill protesters", "the doctors offered the people") is not
    political in CODEBOOK's sense, or cannot be placed in any dyad an analyst would code; nor is one
    between firms and outlets alone ("They have imposed sharp cuts on some of their local publications",
    a column on a newspaper chains' merger).
    """
    return [e for e in events if (_placed(e.source) or _placed(e.target))
            and not (_commercial(e.source) and _commercial(e.target))]


def _commercial(actor: Actor | None) -> bool:
    """Whether `actor` is a firm or an outlet ("the chains", "local publications"), no political actor."""
    return actor is not None and (actor.code == "MNC" or actor.sector in COMMERCIAL_SECTORS)


__all__ = ["drop_field_events", "drop_unplaced"]
