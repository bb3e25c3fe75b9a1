"""Session 14 (coder3): an unnamed agent noun acting in a place is that place's agent of its sector; material
support is no statement of its doer.

Sentences are constructed in the form of CASE 2021 protest and aid snippets (which may not be copied into the
repo); the whole pipeline codes them (actors stage included).
"""

from __future__ import annotations


def test_police_officer_in_a_place_is_its_police(pipeline):
    # constructed, CASE 2021 FORCE_AGAINST_PROTEST form: the doer was the bare place state (KEN), or UNK
    evs = pipeline.code_text("A police officer hits a female demonstrator in Nairobi.").events
    assert {(e.source.code, e.type) for e in evs} == {("KENCOP", "ASSAULT")}


def test_agent_noun_without_a_place_is_no_one_guessed(pipeline):
    # constructed: no place, so no state to give the officer
    evs = pipeline.code_text("A police officer hits a female demonstrator.").events
    assert all(e.source is None or e.source.country != "KEN" for e in evs)


def test_material_support_is_not_the_doers_statement(pipeline):
    # constructed, in the form of an embassy's aid page: support given in deeds is no one's statement
    evs = pipeline.code_text("U.S. assistance is supporting independent media in Ukraine.").events
    assert [(e.type, e.attributed_to) for e in evs] == [("SUPPORT", None)]


def test_spoken_act_keeps_its_doer_as_speaker(pipeline):
    # constructed: an accusation is said by its doer, who is credited with it
    evs = pipeline.code_text("Iran accused Israel of sabotage at the Natanz site.").events
    assert any(e.type == "ACCUSE" and e.attributed_to is not None and e.attributed_to.code == "IRN"
               for e in evs)


def test_soldiers_are_not_placed(pipeline):
    # constructed: soldiers in a place may be another state's, so the place gives them no country
    evs = pipeline.code_text("A soldier shot a protester in Gaza on Monday.").events
    assert not any(e.source is not None and e.source.code == "PSEMIL" for e in evs)
