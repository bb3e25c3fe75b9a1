"""The noun coder's word lists load from nouns.yaml, the verb senses' from grammar.yaml (session 12
refactors: they were constants in code).

A list whose key is misspelt or dropped from the YAML would load empty and silently switch its rule off;
these tests fail then. The rules themselves are tested on real sentences elsewhere (test_nouns_s12.py,
test_noun_recall_s11.py, test_material_places_taken.py).
"""

from __future__ import annotations

import pytest

from sitrep.events.lexicon import load_lexicon

# field -> a word the rule's real-news example turns on
NOUN_WORD_LISTS = {
    "in_object_verbs": "engage",  # "Activists engaged in a brief sit-in"
    "placing_verbs": "put",  # "A US national has been put under investigation in Italy"
    "undergoing_verbs": "come",  # "the convoy came under attack by militants"
    "series_nouns": "series",  # "carried out a series of air strikes on Hamas targets"
    "travel_verbs": "leave",  # "Sytenko left Tuesday for consultations with the governments of Syria"
    "answer_verbs": "respond",  # "Trump has responded with attacks on Machado"
    "receiving_verbs": "have",  # "Assad has the backing of Russia"
    "attempt_nouns": "attempt",  # "An attempt to assassinate deputy governor ... was thwarted in ..."
    "frontiers": "border",  # "Russia deployed troops to its border with Ukraine"
}


# field -> a word the verb sense's real-news example turns on (tests/events/test_verbs_s12.py, _verbs2_s12.py)
SENSE_WORD_LISTS = {
    "lasting_adverbs": "still",  # "it still recognizes the British monarch as its head of state"
    "menaces": "consequence",  # "warned Iran of serious consequences"
    "laws": "legislation",  # "Bush, who signed the legislation authorizing ..."
    "critics": "critic",  # "critics of the academy are targeting its owner"
    "duties": "verify",  # "charged the inspectors with verifying that Iraq has destroyed ..."
    "owning_up": "admit",  # "forced Stumpf to admit that no senior executives have been held accountable"
    "wishing": "interested",  # "interested in buying"
    "polities": "country",  # "invited the three central and eastern European countries to join"
    "ergatives": "sink",  # "drowned when their boat sank"
    "accessions": "accession",  # "signed papers of accession"
    "frequency_adverbs": "often",  # "pirates often seize ships" (a habit, senses.is_generic)
    "generic_quantifiers": "many",  # "in many hijackings"
    "appointing_verbs": "pick",  # "urged Trump to pick Pence"
}


@pytest.mark.parametrize(("name", "word"), sorted({**NOUN_WORD_LISTS, **SENSE_WORD_LISTS}.items()))
def test_word_list_loads_from_its_yaml(name: str, word: str) -> None:
    words = getattr(load_lexicon(), name)
    assert word in words
    assert all(w == w.strip().lower() and w for w in words)


def test_answer_verbs_are_not_answering_for_a_wrong() -> None:
    # two lists, two rules: "responded with attacks" (nouns.yaml) is not "take responsibility" (grammar.yaml)
    lex = load_lexicon()
    assert "respond" in lex.answer_verbs and "respond" not in lex.answering
