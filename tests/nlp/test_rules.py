"""The faster attribute ruler and lemmatizer annotate exactly as spaCy's own components do."""

from __future__ import annotations

import json

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline.lemmatizer import Lemmatizer

from sitrep.nlp.abbreviations import with_title_abbreviations
from sitrep.nlp.continuations import with_sentence_continuations
from sitrep.nlp.lemmas import with_verb_lemmas
from sitrep.nlp.model import MODEL_PACKAGE
from sitrep.nlp.paragraphs import with_paragraph_starts
from sitrep.nlp.rules import FastAttributeRuler, FastLemmatizer
from sitrep.nlp.time_compounds import with_time_compounds

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD]
# Colloquial forms the ruler's multi-token patterns rewrite ("ai n't", "gon na"), white space the
# ruler re-tags, and a word whose tag the ruler maps per word: written for this test.
EDGE_CASES = ["He ain't here.  \n  She's gonna go, y'all.", "", "\n\n", "We're NOT gonna take it."]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    """spaCy's own rule components, with the same paragraph starts, sentence continuations, time-name
    compounds, verb-lemma repair and title abbreviations as sitrep's model (each tested apart)."""
    nlp = with_paragraph_starts(with_title_abbreviations(spacy.load(MODEL_PACKAGE)))
    return with_verb_lemmas(with_time_compounds(with_sentence_continuations(nlp)))


def _texts(shared) -> list[str]:
    polnear = sorted((shared / "corpora" / "polnear" / "train" / "text").glob("*.txt"))[:6]
    re3d = sorted((shared / "corpora" / "re3d").glob("*/documents.json"))[0]
    lines = re3d.read_text(encoding="utf-8-sig").splitlines()[:6]
    return ([p.read_text(encoding="utf-8") for p in polnear] + [json.loads(k)["text"] for k in lines]
            + EDGE_CASES)


def test_components_replaced(pipeline) -> None:
    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(pipeline.nlp.get_pipe("lemmatizer"), FastLemmatizer)


def test_same_annotations_as_spacy(pipeline, stock, shared) -> None:
    texts = _texts(shared)
    for ours, theirs in zip(pipeline.nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert numpy.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS)), ours.text[:60]
        def strings(doc):
            return [(t.lemma_, t.pos_, str(t.morph)) for t in doc]

        assert strings(ours) == strings(theirs)


def test_colloquial_lemmas(pipeline) -> None:
    doc = pipeline.nlp("He ain't here and she's gonna go.")
    assert [t.lemma_ for t in doc][1:3] == ["be", "not"]
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_rule_lemmas_as_spacy(pipeline, shared) -> None:
    # Every candidate list, not only the first lemma: the set-backed index answers as spaCy's lists.
    lemmatizer = pipeline.nlp.get_pipe("lemmatizer")
    tokens = [t for doc in pipeline.nlp.pipe(_texts(shared)) for t in doc]
    assert len(tokens) > 5000
    spacy_lemmas = [Lemmatizer.rule_lemmatize(lemmatizer, t) for t in tokens]
    assert [lemmatizer.rule_lemmas(t) for t in tokens] == spacy_lemmas


def test_multi_token_patterns_found_as_a_matcher_finds_them(pipeline, shared) -> None:
    # The ruler's multi-token patterns ("ai n't", "gon na", "there is") are looked for at their anchor
    # word or label, not by a Matcher: the same matches over real text (PolNeAR, re3d) and the edge cases.
    ruler = pipeline.nlp.get_pipe("attribute_ruler")
    index = ruler._sitrep_index
    assert index.anchored and not index.has_multi  # every pattern of the model has an anchor
    matcher = Matcher(pipeline.nlp.vocab)
    for attr_id in range(len(ruler.attrs)):
        for pattern in ruler.matcher.get(str(attr_id))[1]:
            if len(pattern) > 1:
                matcher.add(str(attr_id), [pattern])
    found = 0
    for doc in pipeline.nlp.pipe(_texts(shared)):
        keys = doc.to_array([LOWER, TAG, DEP, IS_SPACE])
        ours = sorted(index.multi_matches(doc, keys, keys.tolist()))
        theirs = sorted((int(doc.vocab.strings[m]), s, e) for m, s, e in matcher(doc, allow_missing=True))
        assert ours == theirs, doc.text[:60]
        found += len(ours)
    assert found > 5
