"""Paragraph breaks as sentence breaks, set before the parser so it parses each paragraph apart.

A cleaned article's paragraphs are joined by a blank line (`clean.article`), and the small model's
parser often runs a short paragraph without a full stop into the next one: a subheading, a verdict
box ("False") or a label then becomes part of the story's next sentence, and its words part of that
sentence's events and evidence. spaCy's parser keeps sentence starts set by an earlier component,
so marking the token after each blank line is enough.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "sitrep_paragraph_starts"
PARAGRAPH_BREAK = "\n\n"


@Language.component(COMPONENT)
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token of every paragraph after the first."""
    if len(doc) < 2:
        return doc
    for i in numpy.flatnonzero(doc.to_array([IS_SPACE])).tolist():
        if i + 1 < len(doc) and PARAGRAPH_BREAK in doc[i].text and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = True
    return doc


def with_paragraph_starts(nlp: Language) -> Language:
    """`nlp` with `paragraph_starts` placed before its parser (once)."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
