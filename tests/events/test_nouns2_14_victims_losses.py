"""Victims and doers of force told by nouns and places (session 14, second nouns round): force that falls
on a protest or on unnamed private people in a place hits that place's civilians, not its bare state; the
loser of "suffered heavy losses in raids by X" underwent X's raids; an arrest that is condemned happened, by
the authorities of its place.

The sentences are CONSTRUCTED in the form of CASE 2021 conflict-news snippets (whose text has no license and
may not be copied here): no such sentence was found in /work/shared corpora. The whole pipeline codes them,
since the rules read the actors stage's agent nouns and places.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def whole(pipeline):
    """text -> (source, type, target) of each event the whole pipeline codes."""
    return lambda text: {(e.source.code, e.type, e.target.code if e.target else None)
                         for e in pipeline.code_text(text, published="2019-06-01").events}


def test_a_protest_dispersed_in_a_place_is_its_civilians(whole):
    # constructed (CASE 2021 form): the demonstrators, not the Iraqi state, are dispersed
    assert ("IRQCOP", "COERCE", "IRQCVL") in whole("Police dispersed a demonstration in Najaf, Iraq.")


def test_an_unnamed_person_abducted_in_a_place_is_its_civilian(whole):
    # constructed (CASE 2021 form): "a man", "a female activist" are private people of the place
    assert ("EGYCOP", "COERCE", "EGYCVL") in whole("Police arrested a man in Cairo.")
    assert ("EGYCOP", "ASSAULT", "EGYCVL") in whole("Egyptian police kidnapped a female activist in Cairo.")


def test_a_place_or_armed_people_struck_keep_their_codes(whole):
    # constructed: a village taken is a place, soldiers are no civilians, a city struck stands for its state
    assert ("YEMUAF", "ASSAULT", "YEMMIL") in whole("Gunmen attacked soldiers in Sanaa, Yemen.")
    assert not any(t == "SYRCVL" for _, _, t in whole("Syrian troops recaptured a village in Syria."))
    assert ("ISRMIL", "ASSAULT", "PSE") in whole("Israeli jets attacked Gaza.")


def test_losses_suffered_in_raids_by_a_force(whole):
    # constructed (CASE 2021 form): the rebels underwent the army's raids
    evs = whole("Rebels suffered heavy losses in raids by the Syrian army.")
    assert any(s == "SYRMIL" and t == "SYRREB" for s, _, t in evs)


def test_a_loss_in_a_labour_strike_is_no_force(whole):
    # constructed: a strike by workers is no act of force against the company
    assert whole("The company suffered losses in a strike by workers.") == set()


def test_a_condemned_arrest_is_the_place_authorities(whole):
    # constructed (CASE 2021 form): the arrest judged happened, by the police of the place
    evs = whole("Amnesty criticised the detention of activists in Bahrain.")
    assert ("BHRCOP", "COERCE", "BHRCVL") in evs


def test_a_praised_arrest_of_no_place_names_no_one(whole):
    # constructed: no place, no country of those held: no arrester guessed
    assert not any(t == "COERCE" for _, t, _ in whole("He praised the arrest of the suspects."))
