"""Session 14 (verbs3): armed doers or armed sites are no contest of candidates; crowds broken up and
sprayed are repressed; "an N of X" selects the noun key "X N".

Sentences marked constructed are written in the form of CASE 2021 snippets (which may not be copied into the
repo); the whole pipeline codes them (actors stage included).
"""

from __future__ import annotations


def _types(pipeline, text: str) -> set[tuple[str | None, str]]:
    return {(e.source.code if e.source else None, e.type) for e in pipeline.code_text(text).events}


def test_jets_bombing_a_military_base_is_an_assault(pipeline):
    # constructed, CASE 2021 AIR_STRIKE form: "base" is a contest object (a party's base), which dropped it
    assert ("ISRMIL", "ASSAULT") in _types(
        pipeline, "Israeli jets bombed a military base in Syria on Monday.")


def test_rebels_attacking_a_base_is_an_assault(pipeline):
    # constructed, CASE 2021 ARMED_CLASH form: an armed subject makes the base a military one
    assert ("SOMREB", "ASSAULT") in _types(
        pipeline, "Al-Shabab fighters attacked a military base in El Wak, Kenya on Tuesday.")


def test_police_dispersing_a_crowd_is_repression(pipeline):
    # ECB+ 19_8ecbplus: "the crowd is being dispersed by police" (a place added; "crowd" is a contest object)
    evs = pipeline.code_text("In Brooklyn on Monday night the crowd is being dispersed by police.").events
    assert any(e.type == "COERCE" and e.source is not None and e.source.sector == "COP" for e in evs)


def test_a_candidates_base_and_crowd_stay_no_event(pipeline):
    # constructed, PolNeAR form: a party's voters energized or rallied are no act of force or protest
    assert not pipeline.code_text("Trump energized his base.").events
    assert not pipeline.code_text("Sanders rallied the crowd.").events


def test_breaking_up_a_protest_is_repression(pipeline):
    # constructed, CASE 2021 FORCE_AGAINST_PROTEST form (CAMEO 175, as "disperse")
    assert ("KENCOP", "COERCE") in _types(pipeline, "Police broke up the demonstration in Nairobi on Monday.")


def test_breaking_up_a_meeting_or_a_couple_is_nothing(pipeline):
    # constructed: "break up" codes only of gatherings of protest
    assert not pipeline.code_text("He broke up the meeting early.").events
    assert not pipeline.code_text("The couple broke up last year.").events


def test_pepper_spray_used_on_protesters_is_force(pipeline):
    # constructed, CASE 2021 FORCE_AGAINST_PROTEST form: "pepper spray" is headed by "spray"
    assert ("KENCOP", "ASSAULT") in _types(pipeline, "Police used pepper spray on protesters in Nairobi.")


def test_a_swap_of_prisoners_is_a_prisoner_swap(pipeline):
    # constructed, CASE 2021 AGREEMENT form: "N of X" selects the key "X N" (0841 RETREAT)
    assert ("RUS", "RETREAT") in _types(
        pipeline, "Russia and Ukraine carried out a swap of prisoners on Sunday.")


def test_the_support_of_the_military_is_no_military_support(pipeline):
    # constructed: a determiner makes "of the military" name who supports, not a kind of support
    assert not any(e.type == "AID" for e in pipeline.code_text(
        "The rebels won the battle with the support of the military.").events)
