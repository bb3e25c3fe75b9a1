"""Abbreviated titles before a name ("Capt.", "Lt.", "Sgt.", "Gen."), listed in
`data/title_abbreviations.txt` with why: the tokenizer keeps each one token, and a name after one
never starts a sentence. Split from its full stop, or taken as a sentence's end by the parser, a title
cuts the name from its verb ("Navy Capt. | Jeff Davis said today") and the claim loses its speaker."""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_TITLE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.components import add_once
from sitrep.nlp.word_lists import read_word_list

COMPONENT = "sitrep_title_names"


@lru_cache(maxsize=1)
def title_abbreviations() -> tuple[str, ...]:
    """The abbreviations of the data file (comments and blank lines aside)."""
    return read_word_list("title_abbreviations.txt")


@Language.component(COMPONENT)
def title_names(doc: Doc) -> Doc:
    """A capitalised word after a title abbreviation continues the sentence ("Capt. Jeff Davis")."""
    if len(doc) < 2:
        return doc
    titles = [doc.vocab.strings[a] for a in title_abbreviations()]
    rows = doc.to_array([ORTH, IS_TITLE])
    after = numpy.flatnonzero(numpy.isin(rows[:-1, 0], titles) & (rows[1:, 1] == 1)) + 1
    for i in after.tolist():
        if doc[i].is_sent_start is None:  # a start set before (a paragraph's) stays
            doc[i].is_sent_start = False
    return doc


def with_title_abbreviations(nlp: Language) -> Language:
    """`nlp` whose tokenizer keeps each title one token (as spaCy keeps "Mr.") and whose parser never
    starts a sentence at the capitalised word after one (`title_names`, placed before the parser)."""
    for abbreviation in title_abbreviations():
        if abbreviation not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return add_once(nlp, COMPONENT, before="parser")
