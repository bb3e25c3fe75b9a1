"""Session 14 (actors3): nouns an act falls on. A singular facility noun struck by an act names its
sector's people ("attacked a police station" -> the place's COP), one that only places an act names
no one; a private-person noun the lexicon blocks ("man", "women") struck by an act names civilians
of the place; an "Islamist group" or Islamist militants are rebels (CODEBOOK: the Taliban in
Afghanistan is AFGREB).

The sentences are constructed on the pattern of CASE 2021 snippets (whose text may not be quoted in
tests), not copied from them.
"""

from __future__ import annotations

from .conftest import codes_of


def test_struck_facility_names_its_sector(pipeline) -> None:
    coded = pipeline.code_text("Militants attacked a police station in Kano, Nigeria, on Monday.")
    assert codes_of(coded, "police station") == ["NGACOP"]
    coded = pipeline.code_text("Insurgents attacked the police headquarters in Kano, Nigeria.")
    assert codes_of(coded, "police headquarters") == ["NGACOP"]


def test_facility_that_only_places_names_no_one(pipeline) -> None:
    coded = pipeline.code_text("He was questioned at the police station in Kano, Nigeria, his lawyer said.")
    assert codes_of(coded, "police station") == []


def test_struck_private_person_is_civilians_of_the_place(pipeline) -> None:
    coded = pipeline.code_text("Gunmen abducted a man in Sanaa, Yemen, on Tuesday.")
    assert codes_of(coded, "man") == ["YEMCVL"]
    coded = pipeline.code_text("A unit of Sudan's security forces raped women near the capital.")
    assert codes_of(coded, "women") == ["SDNCVL"]


def test_unstruck_private_person_is_no_actor(pipeline) -> None:
    coded = pipeline.code_text("The man who leads the party in Yemen said he would run again.")
    assert codes_of(coded, "man") == []


def test_islamist_group_and_militants_are_rebels(pipeline) -> None:
    coded = pipeline.code_text("The Nigerian Islamist group has killed thousands of people.")
    assert codes_of(coded, "Nigerian Islamist group") == ["NGAREB"]
    coded = pipeline.code_text("Islamist militants killed 12 soldiers in Mali on Sunday.")
    assert codes_of(coded, "Islamist militants") == ["MLIREB"]
