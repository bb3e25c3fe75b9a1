"""Countryless agent nouns take the country their sentence places them in (actors stage).

PLOVER GSR sentences of the dev split, `shared/benchmarks/event-coding/plover-gsr-cameo.jsonl`.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def codes(pipeline):
    """text -> {mention text: actor code} with the session pipeline."""
    def run(text: str) -> dict[str, str]:
        return {m.text: m.actor.code for m in pipeline.code_text(text).mentions}
    return run


def test_place_in_the_agents_own_phrase(codes):
    # PLOVER-GSR01-PROTEST-0016
    got = codes("Seven opposition parties in Nepal have organized a general strike that shut down "
                "Khatmandu in protest of last week's arrest of a number of activists.")
    assert got["opposition parties"] == "NPLPTY"


def test_single_country_of_the_sentence(codes):
    # PLOVER-GSR01-COERCE-0018
    got = codes("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday "
                "night, killing one person and arresting 12, security sources said.")
    assert got["demonstrators"] == "EGYCVL"


def test_two_countries_leave_the_agent_unknown(codes):
    # PLOVER-GSR01-MOBILIZE-0006: Britain and Iraq are both named; armed forces are not placed by "in".
    got = codes("Britain mobilized army reservists for a possible war against Iraq on Tuesday while UN "
                "arms inspectors said they needed more time.")
    assert got["reservists"].startswith("UNK")


def test_country_name_tagged_as_person_is_the_state(codes):
    # PLOVER-GSR01-SUPPORT-0008: spaCy tags "Sri Lanka" as PERSON here.
    got = codes("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran, the "
                "foreign ministry said on Wednesday.")
    assert got["Sri Lanka"] == "LKA"


def test_international_organisations_added(codes):
    # PLOVER-GSR01-DEMAND-0026 (ILO), PLOVER-GSR01-AGREE-0002 (APEC), PLOVER-GSR01-AID-0002 (EC).
    assert codes("The International Labor Office (ILO) reiterated its demand today that Israel ease "
                 "restrictions on the movement of Palestinian workers.")["ILO"] == "ILO"
    assert codes("The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy "
                 "research center in Tokyo.")["APEC"] == "APEC"
    assert codes("The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid for "
                 "agricultural development projects.")["European Community"] == "EU"


def test_stance_and_sponsor_names_give_no_country(codes):
    # PLOVER-GSR01-RETREAT-0014: "pro-Iranian Hizbollah" is Lebanese; "Syrian-backed" names a sponsor.
    got = codes("The pro-Iranian Hizbollah (Party of God) group declared a unilateral ceasefire on "
                "Wednesday in south Lebanon after 12 days of battles with the Syrian-backed Amal militia.")
    assert got["Hizbollah (Party of God) group"] == "LBNREB"
    assert not any(code.startswith("IRN") or code.startswith("SYR") for code in got.values())
