"""Verb lemmas repaired where spaCy's rule lemmatizer takes the wrong one of two real verbs.

The rule lemmatizer strips "-ing", "-ed" or "-es" and, when both the bare stem and the stem plus
"e" are verbs of its word index, keeps the bare stem: "hoping", "hoped", "hopes" -> "hop",
"staged" -> "stag", "waging" -> "wag", "fined" -> "fin", "slated" -> "slat". Every lexicon that
lists "hope", "stage" or "wage" then misses the verb.

English spelling says which verb it is. A one-syllable stem ending in one vowel letter and one
consonant ("hop", "stag", "wag", "plan") doubles that consonant before "-ing"/"-ed" ("hopping",
"planned") and takes "-s", not "-es" ("hops"); so "hoping", "hoped" and "hopes", with a single
consonant, are forms of "hope". Stems the rule cannot decide ("sing"/"singe", "rout"/"route",
"premier"/"premiere") are left to spaCy.

Only tokens tagged VERB whose lemma is one of those stems are looked at (a few per document), so
the repair costs one array read per document.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LEMMA, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc

from sitrep.nlp.components import add_once

COMPONENT = "sitrep_verb_lemmas"
SUFFIXES = ("ing", "ed", "es")
# one syllable ending in one vowel letter and one consonant that doubles ("w", "x", "y" never do)
_DOUBLING_STEM = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


def doubling_stems(verbs: frozenset[str]) -> frozenset[str]:
    """The verbs of `verbs` whose "-ing"/"-ed"/"-es" form with a single consonant is another verb's
    ("hop": "hoping" is "hope"'s): a one-syllable stem that doubles its last consonant, when the stem
    plus "e" is a verb too."""
    return frozenset(v for v in verbs if v + "e" in verbs and _DOUBLING_STEM.fullmatch(v))


class VerbLemmas:
    """The pipeline component: gives a verb the silent "e" its lemma lost (see the module's docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._stems: dict[int, str] | None = None  # lemma hash -> stem, read from the lemmatizer once

    def stems(self) -> dict[int, str]:
        """The doubling stems of the lemmatizer's verb index, by the hash of the lemma string."""
        if self._stems is None:
            verbs: frozenset[str] = frozenset()
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
            strings = self.nlp.vocab.strings
            self._stems = {strings.add(stem): stem for stem in doubling_stems(verbs)}
        return self._stems

    def __call__(self, doc: Doc) -> Doc:
        stems = self.stems()
        if not len(doc) or not stems:
            return doc
        rows = doc.to_array([POS, LEMMA])
        verbs = numpy.flatnonzero(rows[:, 0] == VERB).tolist()
        for i in verbs:
            stem = stems.get(int(rows[i, 1]))
            if stem is not None and doc[i].lower_ in {stem + suffix for suffix in SUFFIXES}:
                doc[i].lemma_ = stem + "e"
        return doc


@Language.factory(COMPONENT)
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    """spaCy's factory for `VerbLemmas`."""
    return VerbLemmas(nlp)


def with_verb_lemmas(nlp: Language) -> Language:
    """`nlp` with `VerbLemmas` placed after its lemmatizer (once)."""
    return add_once(nlp, COMPONENT, after="lemmatizer")
