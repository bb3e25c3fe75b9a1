"""Recall of verb-headed events (session 11): constructions and codebook verbs no rule covered.

Actors are given by hand (tests/events/conftest.py) so these tests check the coder alone; each sentence is
real, and its source is named in a comment.
"""

from __future__ import annotations

from tests.events.conftest import triples


def test_refusal_to_allow_is_aimed_at_the_one_not_allowed(coded):
    # PLOVER GSR dev REJECT-0020: "refused to allow United Nations planes to land" rejects the UN.
    evs = coded("The UNITA militarist wing refused to allow United Nations planes to land and evacuate 15 of "
                "its observers who were taken hostage, the United Nations Observer Mission in Angola (MONUA) "
                "said.", {"UNITA": "AGOREB", "United Nations": "IGO"})
    assert ("AGOREB", "IGO", "REJECT", "asserted") in triples(evs)


def test_refusal_to_allow_a_thing_rejects_no_one(coded):
    # ECB+ topic 4 (tuning): a picture not allowed to be taken names no actor refused.
    evs = coded("After resurfacing in the 1990s, she occasionally granted interviews but refused to allow "
                "her picture to be taken.", {})
    assert not [e for e in evs if e.type == "REJECT"]


def test_warning_of_no_tolerance_threatens_those_not_tolerated(coded):
    # PLOVER GSR dev THREATEN-0020: police that "will no longer tolerate rallies by the Kifaya group" are the
    # threat's means; the group is its target (CAMEO 137 threaten with repression).
    evs = coded("Cairo's security chief has warned that police will no longer tolerate rallies by the Kifaya "
                "(``Enough'') group.", {"Cairo": "EGYGOV", "police": "EGYCOP", "Kifaya": "EGYOPP"})
    assert ("EGYGOV", "EGYOPP", "THREATEN", "asserted") in triples(evs)
    assert not [e for e in evs if e.type == "THREATEN" and e.target.code == "EGYCOP"]


def test_no_tolerance_said_without_a_warning_is_no_threat(coded):
    # POLNEAR (Huffington Post, Jul 2016): a view of what the US would not put up with threatens no one.
    evs = coded("The United States would not tolerate that from any other country, especially one considered "
                "an adversary, she said.", {"United States": "USA"})
    assert not [e for e in evs if e.type == "THREATEN"]


def test_resorting_to_an_act_makes_it_the_subjects_own(coded):
    # PLOVER GSR dev PROTEST-0026: the parser hangs "resorted" on "youths" as a reduced relative; the stones
    # are thrown by the youths, in demonstrations against the Israeli military.
    evs = coded("Palestinian youths resorted to throwing stones during demonstrations against the alleged "
                "human rights violations by the Israeli military, officials said on Thursday.",
                {"Palestinian youths": "PSECVL", "Israeli military": "ISRMIL"})
    assert ("PSECVL", "ISRMIL", "PROTEST", "asserted") in triples(evs)


def test_hostile_act_on_a_condition_set_for_another_is_a_threat(pipeline):
    # TimeBank APW19980306.1001 (AP, Mar 1998): "would strike Iraq unless it gave the U.N. inspectors
    # unrestricted access" threatens Iraq (CAMEO 138), it strikes no one yet (the whole pipeline: the
    # pronouns are resolved by the actors stage).
    evs = pipeline.code_text("The United States had moved additional troops and a naval armada into the Gulf "
                             "and said it would strike Iraq unless it gave the U.N. inspectors unrestricted "
                             "access.").events
    assert ("USA", "IRQ", "THREATEN", "asserted") in triples(evs)
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_moving_troops_mobilizes_and_moving_to_act_does_not(coded):
    # TimeBank APW19980306.1001: "moved additional troops ... into the Gulf" deploys forces (CAMEO 154).
    evs = coded("The United States had moved additional troops and a naval armada into the Gulf.",
                {"United States": "USA"})
    assert ("USA", None, "MOBILIZE", "asserted") in triples(evs)
    # POLNEAR (tuning 300-419): "moved to classify" is a step taken, no deployment.
    evs = coded("The State Department moved to classify the emails.", {"State Department": "USAGOV"})
    assert not [e for e in evs if e.type == "MOBILIZE"]


def test_agentless_passive_of_rescue_teams_mobilizes_no_one(coded):
    # ECB+ topic 20 (tuning): rescue teams deployed are no armed force moved by a side (CAMEO 15x).
    evs = coded("Qeshm's governor, Heidar Alishvandi, told the state television that rescue teams have been "
                "deployed to the affected areas.", {"Qeshm": "IRN"})
    assert not [e for e in evs if e.type == "MOBILIZE"]


def test_agentless_passive_moves_the_forces_of_their_own_side(coded):
    # PLOVER GSR dev SANCTION-0012, its first clause with CAMEO 1661's own verb (the GSR "shipped out" is
    # no lexicon verb): peacekeepers withdrawn are withdrawn by their organisation.
    evs = coded("Eighty UN peacekeepers were withdrawn from the eastern Bosnian enclave of Gorazde Friday.",
                {"UN": "IGO", "Bosnian": "BIH"})
    assert ("IGO", "BIH", "SANCTION", "asserted") in triples(evs)


def test_hanging_oneself_is_no_execution(coded):
    # ECB+ topic 26 (tuning): "hang" codes an execution (CAMEO 186) only of others.
    evs = coded("Police said Lo Presti, alleged boss of a Sicilian Mafia clan in a district of Palermo, "
                "hanged himself in his cell.", {"Police": "ITACOP", "Lo Presti": "ITACRM", "Sicilian": "ITA"})
    assert not [e for e in evs if e.type == "ASSAULT"]
