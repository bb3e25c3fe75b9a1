"""Session 16 (scene): a report whose only place is described by its state ("the Indian state of
Assam", "Juba, the capital of South Sudan") is set in that state, so its unplaced soldiers
are that state's; a state named only as a visitor's destination sets no scene.

The sentences are written for these tests on the pattern of the scraped news pages read this round
(/work/notes/pages16/actors2, /work/notes/pages15/general: reports of shootings in an Indian state and
of an attack in an African capital), not copied from them.
"""

from __future__ import annotations

from .conftest import codes_of


def test_a_subdivision_described_by_its_state_sets_the_scene(pipeline) -> None:
    """"in the Indian state of Assam": the later bare "soldiers" are India's."""
    coded = pipeline.code_text("Four villagers died after a landslide hit a road in the Indian state of "
                               "Assam. Soldiers later cleared the road.")
    assert codes_of(coded, "Soldiers") == ["INDMIL"]


def test_a_city_described_as_a_capital_sets_the_scene(pipeline) -> None:
    """"the market of Juba, the capital of South Sudan": the later bare "soldiers" are South Sudan's."""
    coded = pipeline.code_text("Gunmen opened fire near the main market of Juba, the capital of South Sudan, "
                               "on Friday. Soldiers later sealed off the area.")
    assert codes_of(coded, "Soldiers") == ["SSDMIL"]


def test_a_capital_a_minister_visits_sets_no_scene(pipeline) -> None:
    """"visited Nairobi, the capital of Kenya": where a visitor goes is no scene for later soldiers."""
    coded = pipeline.code_text("The foreign minister visited Nairobi, the capital of Kenya, on Monday. "
                               "Soldiers later arrested two protesters.")
    assert codes_of(coded, "Soldiers") != ["KENMIL"]


def test_a_subdivision_someone_came_from_sets_no_scene(pipeline) -> None:
    """"crossed from the Indian state of Manipur": where the rebels came from is no scene."""
    coded = pipeline.code_text("The army said rebels crossed from the Indian state of Manipur. "
                               "Soldiers later sealed off the area.")
    assert codes_of(coded, "Soldiers") != ["INDMIL"]


def test_a_capital_phrase_the_parser_hangs_on_an_earlier_noun_still_sets_the_scene(pipeline) -> None:
    """The parser may make ", the capital of Mali" an apposition of "people": the city is the name
    just before its comma."""
    coded = pipeline.code_text("At least four people were hurt in a raid targeting the home of the governor "
                               "of Bamako, the capital of Mali, on Sunday. Soldiers later sealed off the "
                               "area.")
    assert codes_of(coded, "Soldiers") == ["MLIMIL"]
