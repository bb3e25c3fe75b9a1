"""Paragraph breaks as sentence breaks, set before the parser so it parses each paragraph apart.

A cleaned article's paragraphs are joined by a blank line (`clean.article`), and the small model's
parser often runs a short paragraph without a full stop into the next one: a subheading, a verdict
box ("False") or a label then becomes part of the story's next sentence, and its words part of that
sentence's events and evidence. spaCy's parser keeps sentence starts set by an earlier component,
so marking the token after each blank line is enough.

A dateline on a line of its own ("June 26 , 2005" between two sentences of a text whose lines are
its sentences) is a sentence of its own too: run into the next sentence, its date became the date of
that sentence's events ("... was hoping to arrest him, officials said Saturday" dated by the
dateline). Only a short line that is a calendar date and nothing else (`sitrep.clean.dates.find_date`)
is split off: a line break inside a sentence (hard-wrapped text) is left to the parser.

A wire dateline opening a paragraph ("Khartoum, Jun 15 (UNI) A feared unit ...", "WASHINGTON (AP) _ The
...") is split from the story's first sentence the same way: run into it, the parser made the place the
subject ("Khartoum ... soldiers killed": the soldiers lost their sector) and the event's evidence opened with
the dateline. The datelines are the ones `sitrep.clean.header` reads (`dateline_length` here,
`dateline_spans` for the actors stage, which keeps their places out of the story's actors).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.clean.dates import find_date
from sitrep.clean.header import dateline_length
from sitrep.nlp.components import add_once

COMPONENT = "sitrep_paragraph_starts"
PARAGRAPH_BREAK = "\n\n"
LINE_BREAK = "\n"
MAX_DATELINE_TOKENS = 10  # "Saturday , June 25 , 2005 , 10:42 a.m." and shorter
_DATELINE_TRIM = " \t,.;:-\u2013\u2014|/"  # punctuation a dateline may carry around its date
WIRE_DATELINE_TOKENS = 24  # tokens read at a paragraph's start: "Washington [US], December 9 (ANI):" is 12


@Language.component(COMPONENT)
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token of every paragraph after the first."""
    if len(doc) < 2:
        return doc
    _split_wire_dateline(doc, 0)
    for i in numpy.flatnonzero(doc.to_array([IS_SPACE])).tolist():
        if i + 1 >= len(doc) or doc[i + 1].is_space or LINE_BREAK not in doc[i].text:
            continue
        _split_wire_dateline(doc, i + 1)
        if PARAGRAPH_BREAK in doc[i].text:
            doc[i + 1].is_sent_start = True
        elif (start := _dateline_start(doc, i)) is not None:
            doc[i + 1].is_sent_start = True
            if start > 0:
                doc[start].is_sent_start = True
    return doc


def _split_wire_dateline(doc: Doc, start: int) -> None:
    """Start a sentence after the wire dateline opening the line at token `start`, if one does."""
    window = doc[start : start + WIRE_DATELINE_TOKENS]
    length = dateline_length(window.text)
    if length is None:
        return
    end = window.start_char + length
    after = next((t for t in window if t.idx >= end), None)
    if after is not None and after.idx == end and after.i > start and after.is_sent_start is None:
        after.is_sent_start = True


def _dateline_start(doc: Doc, end: int) -> int | None:
    """The first token of the line ending at the line break `end` when that line is a dateline (a
    calendar date and nothing else: "June 26 , 2005"), else None."""
    start = end
    while start > 0 and LINE_BREAK not in doc[start - 1].text:
        start -= 1
        if end - start > MAX_DATELINE_TOKENS:
            return None
    if start == end:
        return None
    line = doc[start:end].text
    found = find_date(line)
    if found is None or line[: found.start].strip(_DATELINE_TRIM) or line[found.end :].strip(_DATELINE_TRIM):
        return None
    return start


def with_paragraph_starts(nlp: Language) -> Language:
    """`nlp` with `paragraph_starts` placed before its parser (once)."""
    return add_once(nlp, COMPONENT, before="parser")
