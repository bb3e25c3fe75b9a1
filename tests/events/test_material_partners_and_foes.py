"""Material events on conflict news: partners in the use of force, "the enemy", seizures by armed
groups, bare "strikes", and victims placed by their clause or named by whose they are.

Sentences from re3d (`shared/corpora/re3d/<source>/documents.json`, document title named in each
case) and ECB+ (`shared/corpora/ecbplus/ECB+/<topic>/<file>`); judged by CODEBOOK.md and PLOVER's
definitions (plover-ontology.json: COOPERATE "military cooperation", ASSAULT "abduct, seize").
"""

from __future__ import annotations

from tests.events.conftest import triples

ISIL = {"ISIL": "IMG", "Coalition military forces": "USAMIL", "government of Iraq": "IRQGOV"}


def test_strikes_coordinated_with_a_government_cooperate_with_it(coded):
    # re3d CENTCOM, "January 9: Military airstrikes continue against ISIL terrorists in Syria and Iraq"
    got = triples(coded("Additionally in Iraq, Coalition military forces conducted 11 strikes coordinated "
                        "with and in support of the government of Iraq using attack, fighter, and remotely "
                        "piloted aircraft as well as rocket artillery against ISIL targets.", ISIL))
    assert ("USAMIL", "IRQGOV", "COOPERATE", "asserted") in got
    assert ("USAMIL", "IMG", "ASSAULT", "asserted") in got
    assert not any(tgt == "IRQGOV" and kind == "ASSAULT" for _, tgt, kind, _ in got)


def test_strikes_coordinated_parsed_as_an_adverbial_clause(coded):
    # re3d CENTCOM, "January 11: Military airstrikes continue against ISIL terrorists in Syria and Iraq"
    got = triples(coded("Additionally in Iraq, Coalition military forces conducted eight strikes coordinated "
                        "with and in support of the government of Iraq using attack, bomber, fighter, and "
                        "remotely piloted aircraft as well as rocket artillery against ISIL targets.", ISIL))
    assert ("USAMIL", "IRQGOV", "COOPERATE", "asserted") in got


def test_the_enemy_is_the_armed_group_the_section_fights(coded):
    # re3d CENTCOM, "Coalition Strikes Mosul Hospital"
    text = ("On Dec. 7th, after Iraqi forces continued to receive heavy and sustained machine gun and "
            "rocket propelled grenade fire from ISIL fighters in a building on the hospital complex, they "
            "requested immediate support from the Coalition. In support of the Iraqi Security Forces, "
            "Coalition aircraft conducted a precision strike on the location to target enemy fighters "
            "firing on Iraqi forces. "
            "We will continue to strike ISIL military targets in support of our partners in order to defeat "
            "ISIL in Iraq.")
    got = triples(coded(text, {"Iraqi forces": "IRQMIL", "Iraqi Security Forces": "IRQMIL", "ISIL": "IMG",
                               "Coalition aircraft": "USAMIL", "Coalition": "USAMIL"}))
    assert ("USAMIL", "IMG", "ASSAULT", "asserted") in got
    assert ("IMG", "IRQMIL", "ASSAULT", "asserted") in got
    assert not any(src == "USAMIL" and tgt == "IRQMIL" and kind == "ASSAULT" for src, tgt, kind, _ in got)


def test_an_armed_group_seizing_equipment_assaults(coded):
    # re3d CENTCOM, "Airstrikes destroy ISIL's captured tanks": PLOVER COERCE is a state's repression;
    # what an armed group seizes it takes by force (ASSAULT)
    got = triples(coded("ISIL seized the tanks and other military hardware from Tiyas Military Airfield near "
                        "Palmyra, Syria, between 11-13 Dec.", {"ISIL": "IMG", "Syria": "SYR"}))
    assert ("IMG", "SYR", "ASSAULT", "asserted") in got
    assert not any(kind == "COERCE" for _, _, kind, _ in got)


def test_a_navy_arresting_pirates_still_coerces(coded):
    # ECB+ 12/12_2ecbplus.xml (NDTV): a state's forces capturing criminals is an arrest (COERCE)
    got = triples(coded("Indian Naval ship , INS Sukanya , thwarted a piracy attack in the Gulf of Aden and "
                        "captured three boats of the pirates .",
                        {"Indian Naval ship": "INDMIL", "pirates": "SOMCRM"}))
    assert ("INDMIL", "SOMCRM", "COERCE", "asserted") in got


def test_victims_of_a_clause_on_an_attack_are_of_its_place(events):
    # re3d UK Government, "Foreign Secretary condemns further Syrian barrel bomb use"
    got = events("Philip Hammond condemns apparent barrel bomb attacks in Syria which have killed and "
                 "injured more innocent civilians.")
    assert any(kind == "ASSAULT" and (tgt or "")[:3] == "SYR" for _, tgt, kind in got)
    assert not any(kind == "ASSAULT" and tgt is not None and tgt[:3] == "UNK" for _, tgt, kind in got)


def test_bare_strikes_are_the_reporting_coalitions(coded):
    # re3d CENTCOM, "January 11: Military airstrikes continue against ISIL terrorists in Syria and Iraq"
    text = ("On Jan. 10, Coalition military forces conducted 23 strikes against ISIL terrorists in Syria and "
            "Iraq. Near Mosul, three strikes engaged three ISIL tactical units; destroyed four fighting "
            "positions, two vehicles, an ISIL-held building, and a rocket-propelled grenade launcher; and "
            "damaged 39 supply routes, three tunnels, and a front-end loader.")
    evs = coded(text, {"Coalition military forces": "USAMIL", "ISIL": "IMG", "Iraq": "IRQ", "Syria": "SYR",
                       "Mosul": "IRQ"})
    got = triples(evs)
    assert ("USAMIL", "IMG", "ASSAULT", "asserted") in got
    assert all(src == "USAMIL" for src, _, kind, _ in got if kind == "ASSAULT")
    assert all(e.instrument is None for e in evs if e.type == "ASSAULT")  # what is destroyed is no weapon


def test_one_of_our_service_members_is_the_speakers_states(events):
    # re3d CENTCOM, "DoD Identifies Fallen U.S. Service Member in Syria" (Ash Carter's statement)
    got = events("Defense Secretary Ash Carter said in a statement: \"I am deeply saddened by the news on "
                 "this Thanksgiving Day that one of our brave service members has been killed in Syria while "
                 "protecting us from the evil of ISIL.\"")
    assert any(kind == "ASSAULT" and (tgt or "")[:3] == "USA" for _, tgt, kind in got)
    assert not any(kind == "ASSAULT" and (tgt or "")[:3] == "SYR" for _, tgt, kind in got)


def test_inflicting_a_bombardment_on_a_city_assaults_its_state(coded):
    # re3d UK Government, "Foreign Secretary statement on UN chemical weapons report"
    got = triples(coded("The regime and its backers, notably Russia, are inflicting the worst bombardment "
                        "seen yet on Aleppo and other towns and areas in Syria, causing severe humanitarian "
                        "suffering.", {"Russia": "RUS", "Aleppo": "SYR", "Syria": "SYR"}))
    assert ("RUS", "SYR", "ASSAULT", "asserted") in got
