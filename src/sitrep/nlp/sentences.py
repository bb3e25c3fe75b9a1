"""A Doc's sentence bounds, computed once per Doc.

`Doc.sents` and `Token.sent` rebuild sentence spans on every access; the actors stage (sentence
numbers for windows) and attribution (sentence bounds per cue) both need them for every token, so
the bounds are read once from the parse's sentence starts and kept in `doc.user_data`.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

SENTENCE_BOUNDS = "sitrep.nlp.sentences"  # doc.user_data key


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indexes of every sentence of `doc`, in order."""
    bounds = doc.user_data.get(SENTENCE_BOUNDS)
    if bounds is None:
        if doc.has_annotation("SENT_START") and len(doc):
            starts = sorted({0, *numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()})
            bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True))
        else:
            bounds = [(sent.start, sent.end) for sent in doc.sents]
        doc.user_data[SENTENCE_BOUNDS] = bounds
    return bounds
