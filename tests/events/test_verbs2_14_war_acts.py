"""Acts of war and protest that the verb lexicon missed or mis-sensed (session 14, second verbs round):
grenades thrown, ground taken, bases set up, reinforcements deployed, chemical agents used; backing in a war,
troops hosted, meetings cancelled, property trashed; prisoners exchanged between conjoined sides; acts asked
about with "whether".

Actors are given by hand (tests/events/conftest.py) so these tests check the coder alone. Where no corpus in
/work/shared holds the construction, the sentence is constructed in the form of real conflict news (CASE 2021
snippets, whose text may not be copied) and says so.
"""

from __future__ import annotations

from tests.events.conftest import triples


def types_of(evs, etype: str) -> list:
    return [e for e in evs if e.type == etype]


def test_grenade_hurled_at_soldiers_is_an_attack(coded):
    # constructed (CASE 2021 form): a grenade thrown "at" someone attacks them (CAMEO 190)
    evs = coded("Militants hurled a grenade at Indian soldiers in Srinagar on Monday.",
                {"Militants": "INDUAF", "Indian soldiers": "INDMIL"})
    assert ("INDUAF", "INDMIL", "ASSAULT", "asserted") in triples(evs)


def test_control_of_a_place_taken_is_force(coded):
    # constructed (CASE 2021 form): ground taken by force (CAMEO 190)
    evs = coded("Taliban fighters took control of a district in Kunduz.",
                {"Taliban fighters": "AFGREB", "Kunduz": "AFG"})
    assert [(e.source.code, e.type) for e in evs] == [("AFGREB", "ASSAULT")]


def test_control_of_no_place_is_no_event(coded):
    # constructed in the form of the PolNeAR train phrase "taking control of escalating national health care
    # spending growth": control of a thing, no ground taken
    evs = coded("The president took control of escalating health care spending growth.",
                {"president": "USAGOV"})
    assert not evs


def test_base_set_up_mobilizes(coded):
    # constructed (CASE 2021 form): forces placing a base
    evs = coded("US forces have set up a new military base in Manbij.", {"US forces": "USAMIL",
                                                                         "Manbij": "SYR"})
    assert [e.type for e in evs] == ["MOBILIZE"]
    # a "base of" people is no military base
    evs = coded("Clinton built a base of loyal supporters in Ohio.", {"Clinton": "USAELI"})
    assert not types_of(evs, "MOBILIZE")


def test_reinforcements_deployed_mobilize(coded):
    # constructed (CASE 2021 form)
    evs = coded("Turkish forces deployed reinforcements to Idlib.",
                {"Turkish forces": "TURMIL", "Idlib": "SYR"})
    assert [(e.source.code, e.type) for e in evs] == [("TURMIL", "MOBILIZE")]


def test_chemical_agent_used_is_an_attack(coded):
    # constructed (CASE 2021 form): CAMEO 2041
    evs = coded("Syrian forces used sarin against civilians in Khan Sheikhoun.",
                {"Syrian forces": "SYRMIL", "civilians": "SYRCVL"})
    assert ("SYRMIL", "SYRCVL", "ASSAULT", "asserted") in triples(evs)


def test_armed_people_backed_in_a_war_get_no_support(coded):
    # constructed (CASE 2021 form): a war alliance described, no diplomatic SUPPORT
    evs = coded("Yemeni tribesmen backed by the Saudi-led coalition attacked Houthi rebels.",
                {"Yemeni tribesmen": "YEMCVL", "Saudi-led coalition": "SAUMIL", "Houthi rebels": "YEMREB"})
    assert not types_of(evs, "SUPPORT")
    assert types_of(evs, "ASSAULT")
    # a finite "backs" keeps its event
    evs = coded("The United States backs the Syrian rebels.",
                {"United States": "USA", "Syrian rebels": "SYRREB"})
    assert ("USA", "SYRREB", "SUPPORT", "asserted") in triples(evs)


def test_camp_hosting_forces_is_no_visit(coded):
    # constructed (CASE 2021 form): troops based somewhere are no guests (CAMEO 043)
    evs = coded("Militants attacked a camp hosting government forces in Somalia.",
                {"Militants": "SOMUAF", "government forces": "SOMMIL", "Somalia": "SOM"})
    assert not types_of(evs, "CONSULT")


def test_cancelled_meeting_is_rejected(coded):
    # constructed: CAMEO 125 reject a proposal to meet (PLOVER REJECT)
    evs = coded("Russia cancelled a meeting with US officials.", {"Russia": "RUS", "US officials": "USAGOV"})
    assert [(e.type, e.cameo) for e in evs] == [("REJECT", "125")]


def test_trashed_businesses_are_a_riot(coded):
    # constructed (CASE 2021 form): property wrecked, no words (CAMEO 111)
    evs = coded("Protesters trashed businesses in Minneapolis.", {"Protesters": "USACVL"})
    assert not types_of(evs, "ACCUSE")


def test_sides_exchanging_prisoners_act_on_each_other(coded):
    # constructed (CASE 2021 form): the prisoners are what is exchanged, no counterpart
    evs = coded("Syrian rebels and government forces exchanged prisoners.",
                {"Syrian rebels": "SYRREB", "government forces": "SYRMIL", "prisoners": "SYRCRM"})
    assert {(e.source.code, e.target.code) for e in evs} == {("SYRREB", "SYRMIL"), ("SYRMIL", "SYRREB")}


def test_act_asked_about_with_whether_is_possible(coded):
    # constructed (CASE 2021 form): an open question keeps the act, as possible (modality)
    evs = coded("The Pentagon would not say whether Russian jets had bombed the hospital in Syria.",
                {"Pentagon": "USAMIL", "Russian jets": "RUSMIL", "Syria": "SYR"})
    assert [(e.source.code, e.type, e.mode) for e in evs if e.type == "ASSAULT"] == [
        ("RUSMIL", "ASSAULT", "possible")]


def test_control_of_a_named_site_in_a_battle_is_force(coded):
    # re3d dev (BBC): control of a university taken in a battle names the side fought
    evs = coded("Iraqi forces have seized full control of Mosul University in their battle with so-called "
                "Islamic State.", {"Iraqi forces": "IRQMIL", "Islamic State": "IMG"})
    assert ("IRQMIL", "IMG", "ASSAULT", "asserted") in triples(evs)


def test_cancelled_visit_stays_a_sanction(coded):
    # GSR dev (PLOVER SANCTION): a visit called off reduces relations; only a meeting or talks cancelled
    # rejects a proposal to meet
    evs = coded("A French minister has cancelled a planned visit to Haiti after a state of siege was "
                "declared.",
                {"French minister": "FRAGOV", "Haiti": "HTI"})
    assert not types_of(evs, "REJECT")


def test_building_set_ablaze_is_burnt(coded):
    # constructed (CASE 2021 form): "set ablaze" burns property like "torch" (CAMEO 1712; by a crowd a riot)
    evs = coded("Protesters set ablaze a police station in Kano.", {"Protesters": "NGACVL",
                                                                    "police station": "NGACOP"})
    assert [e.trigger for e in evs] == ["set ablaze"]
