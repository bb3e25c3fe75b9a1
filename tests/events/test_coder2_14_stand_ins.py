"""Session 14 (coder2): crowds, protests and facilities stand for their people and owners as what force
is used on; one happening told in two clauses of one sentence is one event.

Sentences: ECB+ topic 19 (`shared/corpora/ecbplus/ECB+/19/`, file named) and sentences constructed for
these tests in the form of conflict and protest news (CASE 2021 snippets may not be copied into the
repo: none is). Whole pipeline, actors stage included (the `events` fixture).
"""

from __future__ import annotations


def test_a_police_station_attacked_is_the_police(events):
    # ECB+ 19_9ecb.xml: the station is the Greek police's, not Greece named bare
    got = events("Youths - some on foot, others riding motorcycles - attacked a police station with petrol "
                 "bombs in central Athens as well as at least three banks, several stores and a government "
                 "building, police said.")
    assert ("GRCCVL", "GRCCOP", "ASSAULT") in got
    assert ("GRCCVL", "GRC", "ASSAULT") not in got


def test_tear_gas_at_crowds_is_force_on_the_crowds_people(events):
    # constructed: "crowds" named no one, so the act was coded on Kenya, a state on its own organ, and lost
    assert ("KENCOP", "KENCVL", "ASSAULT") in events("Kenyan police fired tear gas at crowds in Nairobi.")


def test_a_protest_dispersed_is_its_protesters(events):
    # constructed: the protest's people, of the place's state, not the state named bare
    got = events("Police dispersed a protest in Kampala, Uganda.")
    assert ("UGACOP", "UGACVL", "COERCE") in got
    assert ("UGACOP", "UGA", "COERCE") not in got


def test_a_rally_suppressed_by_police_at_home(events):
    # constructed: no place named; a state's police act on its own people
    got = events("Belarusian police violently suppressed a peaceful rally.")
    assert ("BLRCOP", "BLRCVL", "COERCE") in got


def test_an_army_is_not_placed_at_home(events):
    # constructed: an army acts abroad too ("Israeli forces attacked a peaceful protest" in the West Bank)
    got = events("Israeli troops attacked a peaceful protest.")
    assert ("ISRMIL", "ISRCVL", "ASSAULT") not in got


def test_a_college_campus_is_the_colleges(events):
    # constructed: the agent word before the thing names its owner (actors agents.tsv: college EDU)
    assert ("KENUAF", "KENEDU", "ASSAULT") in events("Gunmen attacked a college campus in Garissa, Kenya.")


def test_a_date_is_no_march(events):
    # constructed: "on 27 March" is a date, not a march of protesters
    got = events("Rebels attacked the town on 27 March.")
    assert not any(t is not None and t.endswith("CVL") for _, t, _ in got)


def test_armed_force_on_a_crowd_is_no_contest(events):
    # constructed: "crowd", "market" are prizes of a political contest only for candidates, not troops
    assert ("ZWEMIL", "ZWECVL", "ASSAULT") in events("Troops opened fire on a crowd of mourners in Harare, "
                                                     "Zimbabwe.")
    assert ("NGAUAF", "NGACVL", "ASSAULT") in events("Two suicide bombers killed eleven people at a cattle "
                                                     "market in Maiduguri, Nigeria.")


def test_the_toll_and_the_strike_are_one_happening(events):
    # constructed: the killing and the strike that did it, told in two clauses of one sentence
    got = events("Five people were killed and dozens injured after suicide bombers struck a mosque in Kano, "
                 "Nigeria.")
    assert [k for k in got if k[2] == "ASSAULT"] == [("NGAUAF", "NGACVL", "ASSAULT")]


def test_one_acts_two_recipients_stay_two(events):
    # constructed: conjoined recipients of one verb are two events, not one happening told twice
    got = events("Rebels attacked positions of the African Union and Ethiopian troops in Somalia.")
    assert {("SOMREB", "AU", "ASSAULT"), ("SOMREB", "ETHMIL", "ASSAULT")} <= got


def test_other_victims_stay_apart(events):
    # constructed: a bomb's victims and the army's shelling of rebels are two happenings
    got = events("Two soldiers were killed by a roadside bomb and the army shelled rebel positions in Idlib, "
                 "Syria.")
    assert len([k for k in got if k[2] == "ASSAULT"]) == 2


def test_a_facility_told_as_a_passive_subject(events):
    # ECB+ 19_11ecb.xml: the firebombed station is the Greek police's
    got = events("A police station in Athens was firebombed on Saturday night.")
    assert any(t == "GRCCOP" and kind == "ASSAULT" for _, t, kind in got)
    assert not any(t == "GRC" for _, t, _ in got)


def test_a_facility_after_a_light_verbs_attack(events):
    # constructed: "launched an attack on X" codes the light verb, whose attack noun holds the recipient
    got = events("Gunmen launched an attack on a police station in Kabul, Afghanistan.")
    assert ("AFGUAF", "AFGCOP", "ASSAULT") in got


def test_a_thing_used_by_a_group_is_that_groups(events):
    # constructed: a clause on the thing struck names whose it is, not the state it lies in
    got = events("Turkish jets destroyed weapon depots and hideouts used by PKK terrorists in northern Iraq.")
    assert ("TURMIL", "TURREB", "ASSAULT") in got
    assert ("TURMIL", "IRQ", "ASSAULT") not in got
    got = events("Al-Shabab fighters attacked two military camps belonging to Kenyan forces in Lamu, Kenya.")
    assert ("SOMREB", "KENMIL", "ASSAULT") in got
