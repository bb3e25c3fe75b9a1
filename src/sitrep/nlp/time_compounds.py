"""A day or month name the parser joined to the name after it, given back to its preposition.

News puts a bare name right after a time phrase: "Earlier on Friday IS had carried out a bombing", "On
Friday Hamas fired rockets". The small model reads "Friday IS" as one compound noun, the object of "on",
so the bombing has no subject and its actor is lost (or "Friday Hamas" is the subject and "on" has no
object). A weekday or month name that is a compound of the proper noun right after it is made the object
of the preposition before it, and the name the subject of the first verb after it that has none ("IS"
nsubj of "carried out", passive subject under a passive auxiliary).

Only tokens whose lower form is a weekday or month name are looked at (one array read per document).
"""

from __future__ import annotations

import calendar

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.nlp.components import add_once

COMPONENT = "sitrep_time_compounds"
TIME_NAMES = tuple(n.lower() for n in (*calendar.day_name, *calendar.month_name[1:]) if n != "May")
NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
VERB_TAGS = ("VB", "MD")


@Language.component(COMPONENT)
def time_compounds(doc: Doc) -> Doc:
    """Split each "<day> <Name>" compound after a preposition (see the module's docstring)."""
    if len(doc) < 3:
        return doc
    names = numpy.array([doc.vocab.strings.add(n) for n in TIME_NAMES], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), names)).tolist():
        _split(doc[i])
    return doc


def _split(day: Token) -> None:
    """Give `day` to the preposition before it and the name after it to the verb that lacks a subject."""
    doc = day.doc
    if day.i == 0 or day.i + 1 >= len(doc) or day.dep_ != "compound" or day.head.i != day.i + 1:
        return
    name, prep = day.head, doc[day.i - 1]
    if name.tag_ not in NAME_TAGS or prep.tag_ != "IN" or prep.dep_ != "prep":
        return
    if any(c.dep_ == "pobj" and c.i != name.i for c in prep.children):
        return
    if name.dep_ == "pobj" and name.head.i == prep.i:
        verb = _subjectless_verb(name)
        if verb is None:
            return
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        name.head, name.dep_ = verb, "nsubjpass" if passive else "nsubj"
    elif name.dep_ not in SUBJECT_DEPS:
        return
    day.head, day.dep_ = prep, "pobj"


def _subjectless_verb(name: Token) -> Token | None:
    """The verb of the first verb form after `name` in its sentence, when that verb has no subject yet."""
    sentence_end = name.sent.end
    for token in name.doc[name.i + 1 : sentence_end]:
        if token.tag_.startswith(VERB_TAGS):
            verb = token.head if token.dep_ in ("aux", "auxpass") else token
            if verb.i <= name.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                return None
            return verb
        if not (token.is_punct or token.tag_ == "RB"):
            return None  # only adverbs may stand between the name and its verb
    return None


def with_time_compounds(nlp: Language) -> Language:
    """`nlp` with `time_compounds` placed right after its parser (once)."""
    return add_once(nlp, COMPONENT, after="parser")
