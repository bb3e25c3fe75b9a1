"""Function-word acronyms ("IS", "WHO") parsed as the names the document shows them to be."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitrep.nlp import load_model
from sitrep.nlp.acronyms import COMPONENT, acronym_norms, in_capitals, names_acronym, with_acronym_norms
from sitrep.nlp.model import MODEL_PACKAGE
from sitrep.nlp.paragraphs import with_paragraph_starts
from sitrep.nlp.rules import speed_up
from sitrep.pipeline import Pipeline

# re3d, BBC Online documents.json, _id 62A11A900C2139D329C5F0E29B0B2AC4 (third and eleventh sentences)
HRW_NAMED = ('"The US-led coalition conducting air strikes against so-called Islamic State in Iraq has said '
             'it has ""definitively determined"" it was not responsible."')
HRW_MORTAR = ("A police officer told HRW that earlier on Friday IS had carried out a mortar attack on a "
              "Peshmerga frontline position about 6km from Daquq.")
# The BBC sentences the defect was reported on (BBC Online, Palmyra, May 2015)
PALMYRA = "So-called Islamic State (IS) militants have advanced in Syria. IS has seized the town of Palmyra."
KILLED = "IS killed 20 people, the Islamic State said."
# article-extraction page 076f4f33bf75 (tuning): an emphatic "IS" in an article that names no body
OXYGEN = "So now you know that there IS an oxygen bar in Delhi. Are you planning to visit?"
# article-extraction page 8b1945303082 (tuning), with the body's name from the same page
PLAGUE = ('The World Health Organization has warned of cases in China. '
          'Untreated pneumonic plague is "always fatal", says WHO.')


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The model with the component: sitrep's own once `load_model` places it, else a private copy."""
    model = load_model()
    if COMPONENT in model.pipe_names:
        return model
    return with_acronym_norms(with_paragraph_starts(speed_up(spacy.load(MODEL_PACKAGE))))


def _token(doc, text: str, nth: int = 0):
    return [t for t in doc if t.text == text][nth]


def test_named_acronym_is_a_proper_noun(nlp: Language) -> None:
    doc = nlp(HRW_NAMED + "\n" + HRW_MORTAR)
    acronym = _token(doc, "IS")
    assert acronym.norm_ == "IS"
    assert acronym.tag_ == "NNP"  # the verb "is" (VBZ, auxpass) without the component
    doc = nlp(PALMYRA)
    assert _token(doc, "IS").norm_ == "is"  # "(IS)": the brackets already say it is a name
    second = _token(doc, "IS", 1)
    assert (second.tag_, second.dep_, second.head.lemma_) == ("NNP", "nsubj", "seize")


def test_a_real_is_stays_a_verb(nlp: Language) -> None:
    doc = nlp(OXYGEN)  # no other name of the Islamic State in the text
    assert _token(doc, "IS").norm_ == "is"
    doc = nlp("Islamic State fighters advanced.\nWHAT IS HAPPENING IN SYRIA\nIS fighters advanced.")
    assert _token(doc, "IS").norm_ == "is"  # a line in capitals
    assert _token(doc, "IS", 1).norm_ == "IS"
    doc = nlp("The United States (US) and the US Navy said the Islamic State had fled.")
    assert all(t.norm_ == "us" for t in doc if t.text == "US")  # a state's abbreviation: the model knows it


def test_evidence() -> None:
    assert names_acronym("WHO", PLAGUE)
    assert not names_acronym("WHO", 'Untreated pneumonic plague is "always fatal", says WHO.')
    assert names_acronym("IT", "spending on Information Technology (IT) rose")  # defined in brackets
    assert not names_acronym("IT", "the party (IT) said")  # initials do not match
    assert not names_acronym("US", "the United States (US) said")
    blank = spacy.blank("en")
    assert in_capitals(blank("FIGHTERS: WHAT IS HAPPENING"), 3)
    assert not in_capitals(blank("fears that IS will use civilians"), 2)
    assert not acronym_norms(blank("IS")).has_annotation("TAG")  # nothing to read: left alone


def test_event_source_is_the_islamic_state(nlp: Language) -> None:
    coded = Pipeline(nlp).code_text(KILLED)
    assert [(e.source.code if e.source else None, e.type) for e in coded.events] == [("IMG", "ASSAULT")]
