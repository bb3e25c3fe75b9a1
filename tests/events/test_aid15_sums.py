"""Session 15 (aid3): a sum "in" aid counts the aid, a walk-out from talks "with" a state is aimed at it,
and an act of force named as a clause's subject places its victims where it struck.

Sentences constructed for these tests in the form of wire news (no page text is copied into the repo).
Whole pipeline, actors stage included. Judged by CODEBOOK.md: "$1 billion in military aid for Ukraine" is
aid (PLOVER AID) with the aid as instrument and the sum as quantity; leaving talks with a state reduces
relations with it (CAMEO 16); people killed by shelling of a city are that city's state's civilians.
"""

from __future__ import annotations

import pytest


def details(pipeline, text: str) -> set[tuple[str | None, str | None, str, str | None, str | None]]:
    evs = pipeline.code_text(text, published="2023-05-10").events
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.type, e.instrument,
             e.quantity) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # constructed: the sum stands in the verb's object, the aid in its "in" phrase
    ("The United States announced $1 billion in military aid for Ukraine.",
     ("USA", "UKR", "AID", "military aid", "$1 billion")),
    ("Japan provided $500 million in loans to Sri Lanka.", ("JPN", "LKA", "AID", "loans", "$500 million")),
    # the "of" form takes the same details
    ("Egypt announced $1 billion of military aid for Ukraine.",
     ("EGY", "UKR", "AID", "military aid", "$1 billion")),
])
def test_a_sum_in_aid_counts_the_aid(pipeline, text, expected):
    assert expected in details(pipeline, text)


@pytest.mark.parametrize("text", [
    # constructed: the recipient hangs on the goods, the verb's "will" makes the aid planned
    "The United States will provide nearly $100 million in new assistance to the Syrian opposition.",
    "The United States will provide nearly $100 million of new assistance to the Syrian opposition.",
])
def test_a_sum_of_aid_given_is_one_planned_transfer(pipeline, text):
    evs = pipeline.code_text(text, published="2023-05-10").events
    got = [(e.source.code, e.target.code, e.type, e.mode, e.instrument) for e in evs]
    assert got == [("USA", "SYROPP", "AID", "planned", "assistance")]


def test_a_sum_in_currency_nouns_counts_the_goods(pipeline):
    # constructed: "euros" carries no MONEY entity; the currency noun makes it a sum
    got = details(pipeline, "Germany will send 500 million euros in weapons to Ukraine.")
    assert ("DEU", "UKR", "AID", "weapons", "500 million euros") in got


def test_a_sum_in_a_place_is_no_aid(events):
    # constructed: "in Egypt" names where the money went, not goods
    assert not any(t == "AID" for _, _, t in events("China invested $2 billion in Egypt."))


def test_walking_out_of_talks_with_a_state(events):
    # constructed: the talks name no actor, their "with" phrase names the other side
    got = events("Palestinian negotiators walked out of the talks with Israel.")
    assert ("PSE", "ISR", "SANCTION") in got


def test_shelling_of_a_city_places_its_victims(events):
    # constructed: the shelling's own "of" phrase names the place struck
    got = events("Russian shelling of Kharkiv killed two people.")
    assert ("RUS", "UKRCVL", "ASSAULT") in got
    assert ("RUS", "UNKCVL", "ASSAULT") not in got
