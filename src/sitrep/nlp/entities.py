"""A Doc's named entities by token range, indexed once per Doc.

spaCy's `Span.ents` rebuilds the entity list of the whole Doc on every access, so asking it once
per candidate event or per reporting cue made coding a section O(events x tokens). The index is
built on first use and kept in `doc.user_data`, so the attribution, date and location steps share it.

The model's PERSON entities cut at a name particle are made whole here too (`whole_person_names`).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp.components import add_once
from sitrep.nlp.word_lists import read_word_list

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


PARTICLE_COMPONENT = "sitrep_name_particles"


@lru_cache(maxsize=1)
def name_particles() -> tuple[str, ...]:
    """The lower-case name particles of the data file ("von", "van", "bin")."""
    return read_word_list("name_particles.txt")


@Language.component(PARTICLE_COMPONENT)
def whole_person_names(doc: Doc) -> Doc:
    """Extend a PERSON entity cut at a name particle over the particles and the capitalised words after them
    ("Ursula von" + "der" + "Leyen" -> "Ursula von der Leyen"; see `data/name_particles.txt`). Entities are
    read only when the document has a particle in lower case."""
    if len(doc) < 3:
        return doc
    particles = numpy.array([doc.vocab.strings.add(p) for p in name_particles()], dtype=numpy.uint64)
    if not numpy.isin(doc.to_array(ORTH), particles).any():
        return doc
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        end = _name_end(doc, ent.end)
        if end > ent.end:
            ents[k] = Span(doc, ent.start, end, label=ent.label)
            changed = True
    if changed:
        kept: list[Span] = []
        for ent in sorted(ents, key=lambda e: (e.start, -len(e))):
            if kept and ent.start < kept[-1].end:
                continue  # a piece of the name the recogniser labelled apart ("Leyen" GPE)
            kept.append(ent)
        doc.ents = kept
    return doc


def _name_end(doc: Doc, end: int) -> int:
    """The end of the name going on at token `end` (a PERSON entity's end): `end` itself unless particles
    (the entity may end in one) lead to capitalised words."""
    particles = name_particles()
    i = end
    while i < len(doc) and doc[i].text in particles:
        i += 1
    if i == end and doc[end - 1].text not in particles:
        return end
    last = i
    while last < len(doc) and doc[last].is_title and doc[last].is_alpha:
        last += 1
    return last if last > i else end


def with_name_particles(nlp: Language) -> Language:
    """`nlp` with `whole_person_names` placed after its entity recogniser (once)."""
    return add_once(nlp, PARTICLE_COMPONENT, after="ner")
