"""Material events on conflict news: places taken, retaken or closed off (CAMEO 190, 191, 192) are aimed at
the side fought, not at the place; withdrawals of forces; wars named by their theatres; backing given by
strikes; an attack's toll when the attack names its place.

Sentences from re3d (`shared/corpora/re3d/<source>/documents.json`, document title named in each case),
judged by CODEBOOK.md and the CAMEO codebook (cameo-codebook.jsonl: 191 "prevent entry into and/or exit
from a territory using armed forces", 192 "occupy, seize control of a territory"; 0872 "withdraw forces").
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(events):
    """text -> (source, target, type) of the whole pipeline's events, dated as these reports are."""
    return lambda text: events(text, published="2016-12-20")


def test_a_place_taken_in_a_battle_is_taken_from_the_side_fought(events):
    # re3d BBC Online, "Mosul battle: Iraq forces 'retake' university from IS"
    got = events("Iraqi forces have seized full control of Mosul University in their battle with so-called "
                 "Islamic State, Iraqi state television said.")
    assert ("IRQMIL", "IMG", "ASSAULT") in got
    assert not any(tgt == "IRQEDU" for _, tgt, _ in got)


def test_villages_liberated_are_taken_from_the_group_the_section_fights(events):
    # re3d CENTCOM, "DoD Spokesman: U.S. Airstrikes Weaken Al-Qaida, ISIL Terrorists"
    got = events("Cook said the campaign against Islamic State of Iraq and the Levant terrorists is also "
                 "progressing in both Iraq and Syria. In Syria, the press secretary said, Syrian democratic "
                 "forces continue to liberate territory on the way to Raqqah.")
    assert ("SYRREB", "IMG", "ASSAULT") in got


def test_a_town_isolated_is_closed_off_against_its_holder(events):
    # re3d CENTCOM, "Lt. Gen. Townsend statement on SDF advance to isolate Raqqah"
    got = events("The Syrian Democratic Forces announced that they began their advance to isolate Raqqah, "
                 "Syria, Nov. 6, 2016. The isolation of Raqqah, when complete, will deny ISIL a base.")
    assert ("SYRREB", "IMG", "COERCE") in got
    assert not any(tgt == "SYR" for _, tgt, _ in got)


def test_an_armed_group_taking_a_place_is_not_aimed_at_those_it_fights(events):
    # re3d BBC Online, "Mosul battle: Iraq forces 'retake' university from IS" (mis-parsed "to isolate"
    # under "include" must not make ISIL the one who isolates the SDF's target)
    got = events("In the past 24 hours, the U.S.-led coalition's four airstrikes delivered 24 munitions "
                 "against ISIL targets, which include three tactical units and five supply routes in support "
                 "of SDF operations to isolate Raqqa, Davis said.")
    assert not any(src == "IMG" for src, _, _ in got)


def test_the_withdrawal_of_troops_is_their_retreat(events):
    # the brief's class "the withdrawal of troops" (CAMEO 0872, a noun with the forces in its "of" phrase)
    got = events("The withdrawal of U.S. troops from Iraq was completed last week.")
    assert ("USAMIL", "IRQ", "RETREAT") in got


def test_wars_named_by_their_theatres_are_no_war_between_them(events):
    # the brief's class "the Afghan and Iraq wars": two wars, not Afghanistan at war with Iraq
    got = events("The Afghan and Iraq wars cost the United States trillions of dollars.")
    assert not any(kind == "ASSAULT" for _, _, kind in got)


def test_forces_assisted_by_air_strikes_receive_aid_from_the_strikes_owner(events):
    # re3d BBC Online, "Mosul battle: UN receives reports of IS atrocities"
    got = events("UN human rights staff have received reports of atrocities being committed by Islamic State "
                 "militants as Iraqi government forces close in on Mosul. "
                 "About 30,000 Iraqi security force personnel, Kurdish fighters, Sunni Arab tribesmen "
                 "and Shia militiamen, assisted by US-led coalition air strikes, launched the long-awaited "
                 "offensive to retake Mosul eight days ago.")
    assert any(src == "USAMIL" and (tgt or "")[:3] == "IRQ" and kind == "AID" for src, tgt, kind in got)
    # the offensive is the named forces' (retaking Mosul from IS, the group the report is about); the
    # unnamed "Kurdish fighters" and "Shia militiamen" beside them add no doer of their own
    assert any((src or "")[:3] == "IRQ" and tgt == "IMG" and kind == "ASSAULT" for src, tgt, kind in got)
    assert not any((src or "").startswith("UNK") for src, _, _ in got)


def test_an_attack_on_a_place_keeps_its_toll_in_one_event(events):
    # shape of re3d BBC Online reports: an owned strike "on a market in Yemen" killing civilians is one
    # happening aimed at Yemen, not a second one at unnamed civilians
    got = events("A Saudi-led coalition air raid on a market in Yemen killed 20 civilians.")
    assert ("SAUMIL", "YEM", "ASSAULT") in got
    assert not any(tgt and tgt.startswith("UNK") for _, tgt, _ in got)


def test_forces_deployed_to_protect_are_aid_to_where_they_go(events):
    # CAMEO 074 "provide military forces for protection ... code here reported deployment of forces"
    # (cameo-codebook.jsonl); the brief's class "to protect him" in conflict reports
    got = events("Russia deployed troops to Syria to protect President Assad.")
    assert ("RUS", "SYR", "AID") in got
    assert not any(kind == "MOBILIZE" for _, _, kind in got)


def test_forces_deployed_to_a_border_mobilize_against_the_state_across_it(events):
    # the same verb with no protective purpose stays a show of force, aimed at the state across the border
    # (CAMEO 154 usage note: "the party against whom the military move is directed is the target actor")
    got = events("Russia deployed troops to its border with Ukraine.")
    assert ("RUS", "UKR", "MOBILIZE") in got
    assert not any(kind == "AID" for _, _, kind in got)
