"""The noun coder's word lists load from nouns.yaml (session 12 refactor: they were constants in code).

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


@pytest.mark.parametrize(("name", "word"), sorted(NOUN_WORD_LISTS.items()))
def test_noun_word_list_loads_from_nouns_yaml(name: str, word: str) -> None:
    words = getattr(load_lexicon(), name)
    assert word in words
    assert all(w == w.strip().lower() and w for w in words)


def test_answer_verbs_are_not_answering_for_a_wrong() -> None:
    # two lists, two rules: "responded with attacks" (nouns.yaml) is not "take responsibility" (grammar.yaml)
    lex = load_lexicon()
    assert "respond" in lex.answer_verbs and "respond" not in lex.answering
