"""Type precision and recall (session 17): one test per mechanism, each with a control.

Each sentence is written in the form of a real news sentence (the page it is modelled on is named above the
test: /work/notes/pages17/types/NNN, /work/notes/pages15/general/NNN).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(events):
    """text -> (source, target, type) of the whole pipeline's events."""
    return lambda text, published="2023-05-10": events(text, published)


def _types(found: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {t for _, _, t in found}


# --- a checkpoint opened lets people through (verbs.yaml object_families) --------------------------------

# pages17/types/038 form (24.kg): a border checkpoint opened after talks
def test_a_checkpoint_opened_is_no_deployment(events) -> None:
    found = events("Following talks between border officials, Tajikistan reopened a checkpoint on its border "
                   "with Kyrgyzstan on Tuesday.")
    assert "MOBILIZE" not in _types(found)
    assert ("TJK", "KGZ", "RETREAT") in found


# control: a checkpoint set up is forces placed
def test_a_checkpoint_set_up_stays_a_deployment(events) -> None:
    found = events("Turkey set up a new checkpoint near the Syrian town of Idlib.")
    assert ("TUR", "SYR", "MOBILIZE") in found


# --- security handed over cedes control (verbs.yaml object_families) --------------------------------------

# pages17/types/020 form (RFE/RL): troops leaving a zone hand over its security
def test_security_handed_over_is_no_cooperation(events) -> None:
    found = events("American forces will pull back from the southern district on Friday and hand over "
                   "security to a newly formed Iraqi unit.")
    assert "COOPERATE" not in _types(found)
    assert "RETREAT" in _types(found)


# control: a suspect handed over to another state is judicial cooperation (CAMEO 063)
def test_a_suspect_handed_over_stays_cooperation(events) -> None:
    assert ("USA", "ITA", "COOPERATE") in events("The United States handed over the suspect to Italy.")


# --- energy supplied is trade (verb_events.traded_commodity) ----------------------------------------------

# pages15/general/073 form: a gas supply deal
def test_gas_supplied_is_trade_not_aid(events) -> None:
    found = events("Gazprom will supply Egypt with two million tonnes of liquefied natural gas a year, the "
                   "Russian energy minister said.")
    assert "AID" not in _types(found)
    assert "COOPERATE" in _types(found)


# pages15/general/074 form: a volume of gas through "of"
def test_a_volume_of_gas_supplied_is_trade(events) -> None:
    found = events("Russia supplied 38 billion cubic metres of gas to China last year.")
    assert ("RUS", "CHN", "COOPERATE") in found
    assert "AID" not in _types(found)


# control (pages17/types/001 form): relief food and fuel delivered stay aid
def test_relief_food_and_fuel_stay_aid(events) -> None:
    found = events("The World Food Programme delivered wheat flour and fuel to displaced families in Gaza.")
    assert "AID" in _types(found)


# --- an armed force leaving a place withdraws (verb_events.leaving_force) ---------------------------------

# pages17/types/022 form (Reuters reprint): troops quit a city
def test_troops_quitting_a_city_withdraw(events) -> None:
    found = events("British soldiers quit the southern Iraqi city of Basra on Sunday.")
    assert ("GBRMIL", "IRQ", "RETREAT") in found


# pages17/types/021 form (AFP via Naharnet): troops left a besieged town
def test_troops_leaving_a_town_withdraw(events) -> None:
    found = events("Syrian troops left the besieged town of Tall Kalakh on Thursday, a witness said.")
    assert any(s == "SYRMIL" and t == "RETREAT" for s, _, t in found)


# controls: people leaving a place, or soldiers leaving a market, withdraw nothing
def test_civilians_leaving_a_town_withdraw_nothing(events) -> None:
    assert "RETREAT" not in _types(events("Thousands of Syrian civilians left the town on Thursday."))
    assert "RETREAT" not in _types(events("Two Syrian soldiers left the market before the blast."))


# --- a thing that makes an act possible yields nothing (verb_events.enabled_by_thing) ---------------------

# pages15/general/098 form: strikes "which allowed" troops to retake a town
def test_strikes_allowing_an_advance_are_no_concession(events) -> None:
    found = events("The American airstrikes, which allowed Somali troops to retake the town, continued on "
                   "Sunday.")
    assert not _types(found) & {"CONCEDE", "RETREAT"}


# control: a government allowing the opposition a rally concedes (CAMEO 086)
def test_a_government_allowing_a_rally_concedes(events) -> None:
    found = events("Pakistan allowed the opposition to hold a rally in Islamabad.")
    assert ("PAK", "PAKOPP", "CONCEDE") in found


# --- an order with a bare participle tells the orderer's act (verb_events.causing_order) ------------------

# pages17/types/012 form (AP): prisoners ordered freed in an amnesty
def test_prisoners_ordered_freed_are_released(events) -> None:
    found = events("Myanmar's government ordered more than 300 prisoners freed on Friday in an amnesty.")
    assert any(s == "MMRGOV" and t == "RETREAT" for s, _, t in found)


# control: an order to do something (an infinitive) is no act done by the orderer
def test_an_order_to_act_is_no_release(events) -> None:
    found = events("Myanmar's government ordered the army to free the prisoners.")
    assert not any(s == "MMRGOV" and t == "RETREAT" for s, _, t in found)


# --- a protest stopped by the state's power is repressed (verb_events: DISSENT_EASED by STATE_POWERS) -----

# pages16/fields2/014 form (headline): police halt a rally
def test_police_halting_a_rally_repress_it(events) -> None:
    found = events("Russian police halted an opposition rally in Moscow on Saturday.")
    assert "CONCEDE" not in _types(found)
    assert any(s == "RUSCOP" and t == "COERCE" for s, _, t in found)


# control: a strike called off by its own people yields (CAMEO 082)
def test_unions_calling_off_a_strike_concede(events) -> None:
    found = events("Egyptian unions called off the strike after talks with the government.")
    assert "CONCEDE" in _types(found)


# --- views exchanged are talks (verbs.yaml object_families) ----------------------------------------------

# pages16/pairs2/001 form (IANS): leaders "exchanged perspectives"
def test_perspectives_exchanged_are_talks(events) -> None:
    found = events("Modi and Trump exchanged perspectives on how to reduce the trade deficit.")
    assert "COOPERATE" not in _types(found)
    assert "CONSULT" in _types(found)


# control: prisoners exchanged are released (CAMEO 0841)
def test_prisoners_exchanged_stay_released(events) -> None:
    assert "RETREAT" in _types(events("Israel and Hamas exchanged prisoners on Saturday."))


# --- a strategic partnership is diplomatic (nouns.yaml) ---------------------------------------------------

# pages16/pairs2/001 form: a partnership to strengthen
def test_a_strategic_partnership_is_diplomatic_support(events) -> None:
    found = events("The US government said it looked forward to working with India to deepen the "
                   "India-US strategic partnership next year.")
    assert "COOPERATE" not in _types(found)
    assert "SUPPORT" in _types(found)


# --- fire aimed at something is no show of force (verb_events.aimed_fire) ---------------------------------

# pages16/claims/036 form (monitor's claim): missiles "targeting" a runway
def test_missiles_targeting_a_runway_are_no_show_of_force(events) -> None:
    found = events("The monitor said Israeli jets fired two missiles targeting a runway at the Damascus "
                   "airport.")
    assert "MOBILIZE" not in _types(found)


# control: missiles fired in drills show force (CAMEO 150)
def test_missiles_test_fired_in_drills_show_force(events) -> None:
    assert "MOBILIZE" in _types(events("Iran test-fired two missiles during drills on Sunday."))


# --- a seized ship released is returned (verbs.yaml object_families) -------------------------------------

# session 16 open item ("release the oil tanker"): a seized vessel and its crew let go
def test_a_seized_vessel_released_is_returned(events) -> None:
    found = events("Nigeria released the seized vessel and its crew on Friday.")
    assert ("NGA", None, "RETREAT") in found


# control: a video of a ship released frees no one
def test_a_video_released_returns_nothing(events) -> None:
    assert "RETREAT" not in _types(events("The Nigerian navy released a video of the ship on Friday."))


# --- one helped against is no recipient of aid (verb_events.acted_on_directly) ---------------------------

# pages15/actors/026 form (Reuters): troops to "help disarm" insurgents
def test_helping_disarm_insurgents_aids_no_insurgents(events) -> None:
    found = events("The Congolese army said UN troops would help disarm the M23 insurgents.")
    assert not any(t == "AID" and (g or "").endswith("REB") for _, g, t in found)


# control: a government helped to retake a city is aided
def test_helping_a_government_retake_a_city_aids_it(events) -> None:
    assert ("RUS", "SYRGOV", "AID") in events("Russia helped the Syrian government to retake Aleppo.")
