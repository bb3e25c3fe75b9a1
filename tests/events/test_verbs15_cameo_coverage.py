"""Session 15 coverage audit of the CAMEO codebook, by code: common news wordings of each act.

Sentences are written in wire style for the audit (`/work/notes/verbs15/probes.tsv`, one or more per CAMEO
code from the codebook's names and descriptions), in the forms real reports use ("ordered the diplomats to
leave the country", "gave the envoy 72 hours to leave" as on the scraped diplomacy pages); each is judged by
CODEBOOK.md and the CAMEO-to-PLOVER table. Negative cases are the false hits each rule was checked against.
"""

from __future__ import annotations


def kinds(got: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {kind for _, _, kind in got}


# --- an order to leave expels (CAMEO 161/166), not a demand (10)

def test_ordering_diplomats_to_leave_expels_them(events):
    got = events("Russia ordered the American ambassador to leave the country.")
    assert ("RUS", "USAGOV", "SANCTION") in got
    assert "REQUEST" not in kinds(got)


def test_hours_given_to_leave_expel(events):
    got = events("Russia gave the British ambassador 48 hours to leave the country.")
    assert ("RUS", "GBRGOV", "SANCTION") in got


def test_peacekeepers_ordered_to_leave_are_expelled(events):
    got = events("Mali ordered the UN peacekeeping mission to leave the country.")
    assert ("MLI", "UN", "SANCTION") in got


def test_ones_own_troops_ordered_home_are_no_expulsion(events):
    got = events("Iran ordered its troops to leave.")
    assert not kinds(got) & {"SANCTION", "COERCE"}


def test_an_order_to_do_anything_else_stays_a_demand(events):
    got = events("The United States ordered Iraq to hand over the suspects.")
    assert "SANCTION" not in kinds(got)


# --- "found X guilty": the court's verdict (CAMEO 116), not a reported clause

def test_a_court_finding_guilty_is_a_verdict(events):
    got = events("A Paris court found former French president Nicolas Sarkozy guilty of corruption.")
    assert any(s == "FRAJUD" and kind == "ACCUSE" for s, _, kind in got)


# --- labour strikes called (CAMEO 143), not air strikes (19x) or requests (10)

def test_a_general_strike_called_is_a_protest(events):
    got = events("Bangladesh's opposition called a general strike to demand the prime minister's "
                 "resignation.")
    assert any(s == "BGDOPP" and kind == "PROTEST" for s, _, kind in got)


def test_air_strikes_stay_assaults(events):
    got = events("Israel carried out strikes on Hezbollah targets in southern Lebanon.")
    assert "PROTEST" not in kinds(got)


# --- non-material support promised is a promise (CAMEO 032), material support aid

def test_diplomatic_support_pledged_is_a_promise(events):
    got = events("Germany pledged diplomatic support for Ukraine.")
    assert ("DEU", "UKR", "AGREE") in got
    assert "AID" not in kinds(got)


def test_military_support_pledged_stays_aid(events):
    got = events("Germany pledged military support for Ukraine.")
    assert ("DEU", "UKR", "AID") in got


# --- telephone talks by their other names (CAMEO 041)

def test_a_telephone_conversation_is_a_consultation(events):
    got = events("Indian Prime Minister Narendra Modi held a telephone conversation with Vladimir Putin.")
    assert ("INDGOV", "RUSGOV", "CONSULT") in got


def test_a_telephone_conversation_named_by_its_owner_is_a_consultation(events):
    got = events("Erdogan's telephone conversation with Putin focused on Syria.")
    assert ("TURGOV", "RUSGOV", "CONSULT") in got


# --- inspectors let in (CAMEO 0862), crossings opened (0863), relief handed out (073)

def test_inspectors_admitted_is_access_allowed(events):
    got = events("North Korea admitted IAEA inspectors to the Yongbyon reactor.")
    assert ("PRK", "IAEA", "RETREAT") in got


def test_a_trade_corridor_opened_allows_nothing(events):
    got = events("China and Pakistan opened a new trade corridor.")
    assert "RETREAT" not in kinds(got)


def test_relief_distributed_to_refugees_is_aid(events):
    got = events("Turkish relief agencies distributed food aid to Syrian refugees.")
    assert ("TUR", "SYRREF", "AID") in got


def test_weapons_systems_handed_over_are_aid(events):
    got = events("Germany handed over air defence systems to Ukraine.")
    assert ("DEU", "UKR", "AID") in got


def test_suspects_handed_over_stay_judicial_cooperation(events):
    got = events("Spain handed over two ETA suspects to France.")
    assert ("ESP", "FRA", "COOPERATE") in got


# --- objections voiced (CAMEO 110), accusations dismissed (120)

def test_an_objection_voiced_is_disapproval(events):
    got = events("China voiced strong objection to Japan's plan.")
    assert ("CHN", "JPN", "ACCUSE") in got


def test_accusations_dismissed_are_rejected(events):
    got = events("Moscow dismissed the British accusations as absurd.")
    assert ("RUS", "GBR", "REJECT") in got
    assert "ACCUSE" not in kinds(got)


# --- forces sent or arriving (CAMEO 154)

def test_an_aircraft_carrier_sent_is_a_mobilization(events):
    got = events("The Pentagon sent an aircraft carrier to the Gulf.")
    assert "MOBILIZE" in kinds(got)
    assert "AID" not in kinds(got)


def test_troops_arriving_are_deployed(events):
    got = events("American troops arrived in Poland on Friday.")
    assert ("USAMIL", "POL", "MOBILIZE") in got


def test_soldiers_going_somewhere_are_no_deployment(events):
    got = events("Two Russian soldiers went to the market in Kherson.")
    assert "MOBILIZE" not in kinds(got)


def test_a_minister_arriving_still_visits(events):
    got = events("The Indian foreign minister arrived in Moscow.")
    assert ("INDGOV", "RUS", "CONSULT") in got


# --- the past tense spaCy leaves as its own lemma (CAMEO 056)

def test_forgave_is_forgiveness(events):
    got = events("Rwandan President Paul Kagame forgave the rebels.")
    assert any(s == "RWAGOV" and kind == "SUPPORT" for s, _, kind in got)


# --- a strike staged or held by workers is a labour strike (CAMEO 143); by armed forces, force

def test_a_strike_staged_by_workers_is_a_protest(events):
    got = events("South African miners staged a strike for better wages.")
    assert "PROTEST" in kinds(got)
    assert "ASSAULT" not in kinds(got)


def test_a_strike_held_on_a_day_is_a_protest(events):
    got = events("Nigerian doctors held a three-day strike on Monday.")
    assert any(s == "NGAMED" and kind == "PROTEST" for s, _, kind in got)


def test_a_strike_staged_by_jets_stays_force(events):
    got = events("Russian jets staged a strike on rebel positions in Idlib.")
    assert "PROTEST" not in kinds(got)


# --- an attack survived was done to the survivor (nouns.yaml undergoing_verbs)

def test_an_attack_survived_targets_the_survivor(events):
    got = events("Pakistan's former prime minister survived an attack by gunmen in Punjab.")
    assert any(t is not None and t.startswith("PAK") and kind == "ASSAULT" for _, t, kind in got)
