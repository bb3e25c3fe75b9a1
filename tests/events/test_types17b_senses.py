"""Type precision and recall, second pass (session 17): one test per mechanism, each with a control.

Each sentence is written in the form of a real news sentence (the page it is modelled on is named above the
test: /work/notes/pages17/types2/NNN).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(events):
    """text -> (source, target, type) of the whole pipeline's events."""
    return lambda text, published="2023-05-10": events(text, published)


def _types(found: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {t for _, _, t in found}


# --- sanctions enacted: adopt / pass, a package of sanctions, restrictive measures (nouns.yaml) -----------

# pages17/types2/000 form (headline): member states adopt sanctions
def test_adopted_sanctions_are_sanctions(events) -> None:
    found = events("The European Union adopted fresh sanctions against Belarus on Monday.")
    assert ("EU", "BLR", "SANCTION") in found


# pages17/types2/004 form: a package of sanctions adopted by ministers
def test_a_package_of_sanctions_adopted(events) -> None:
    found = events("EU ministers on Friday formally adopted a sixth package of sanctions against Iran.")
    assert ("EU", "IRN", "SANCTION") in found


# pages17/types2/004 form: the EU's own name for its sanctions
def test_restrictive_measures_are_sanctions(events) -> None:
    found = events("The European Union adopted restrictive measures against Belarus over the crackdown.")
    assert ("EU", "BLR", "SANCTION") in found


# control: a package of reforms adopted is no event
def test_a_package_of_reforms_is_nothing(events) -> None:
    found = events("The Greek parliament adopted a package of pension reforms on Friday.")
    assert "SANCTION" not in _types(found)


# pages17/types2/002 form: a sanctions package that "targeted" officials is no attack
def test_a_sanctions_package_targeting_officials_is_no_attack(events) -> None:
    found = events("Macron said the new EU sanctions package targeted the top officials in Russia.")
    assert "ASSAULT" not in _types(found)
    assert ("EU", "RUS", "SANCTION") in found


# --- drones fired as missiles are; fire in an attack (verbs.yaml object_families, verb_events aimed_fire) --

# pages17/types2/009 form (Reuters on Kyiv): drones launched at a country
def test_drones_launched_at_a_country_are_an_attack(events) -> None:
    found = events("Russia launched 40 drones and three missiles at Ukraine overnight, Kyiv said on Monday.")
    assert ("RUS", "UKR", "ASSAULT") in found
    assert "MOBILIZE" not in _types(found)


# pages17/types2/007 form: missiles launched during an attack are no show of force
def test_missiles_launched_during_an_attack_are_no_show_of_force(events) -> None:
    found = events("Russia also launched two cruise missiles during the attack on Kyiv, the air force said.")
    assert "MOBILIZE" not in _types(found)


# control: a missile test at no one still shows force
def test_a_missile_launched_alone_shows_force(events) -> None:
    found = events("North Korea launched a ballistic missile into the sea off its east coast on Sunday.")
    assert ("PRK", None, "MOBILIZE") in found


# --- a vessel rammed (verbs.yaml object_families) -------------------------------------------------------

# pages17/types2/013 form (Philstar): a coast guard vessel rams a supply boat
def test_a_boat_rammed_is_an_assault(events) -> None:
    found = events("A Chinese coast guard ship rammed a Philippine supply boat near the shoal on Sunday.")
    assert ("CHNMIL", "PHL", "ASSAULT") in found


# control: a bill rammed through parliament is no assault
def test_a_bill_rammed_through_is_nothing(events) -> None:
    found = events("The Hungarian government rammed the bill through parliament on Tuesday.")
    assert "ASSAULT" not in _types(found)


# --- military sites destroyed are force, context military (verbs.yaml object_families) ------------------

# pages17/types2/030 form (The Hindu on Rajouri): hideouts destroyed in an operation
def test_hideouts_destroyed_are_military_force(whole) -> None:
    found = whole("The Pakistani army destroyed three Taliban hideouts in Waziristan on Monday.")
    hits = [e for e in found if e.type == "ASSAULT"]
    assert hits and all(e.cameo == "190" and e.context == "military" for e in hits)


# control: houses destroyed stay property destroyed
def test_houses_destroyed_stay_property(whole) -> None:
    found = whole("Israeli forces destroyed three Palestinian houses in Hebron on Monday.")
    assert all(e.cameo != "190" for e in found)


# --- protection given in a forum is diplomatic (verb_events shielded_in_words) --------------------------

def test_protection_at_the_security_council_is_support(whole) -> None:
    found = whole("Critics say China protected North Korea at the Security Council last year.")
    assert {(e.type, e.context) for e in found if e.type in ("AID", "SUPPORT")} == {("SUPPORT", "diplomatic")}


# control: troops protecting a place stay protection
def test_troops_protecting_a_country_stay_aid(events) -> None:
    found = events("France sent troops to protect Mali against the rebels.")
    assert "SUPPORT" not in _types(found)


# --- a thing "going to" someone is no visit (verb_events) -----------------------------------------------

def test_a_thing_going_to_a_group_is_no_visit(events) -> None:
    found = events("Israel says the fuel will be used by hospitals and it does not go to Hamas.")
    assert "CONSULT" not in _types(found)


# control: a leader going to a country visits it
def test_a_leader_going_to_a_country_visits(events) -> None:
    assert "CONSULT" in _types(events("Indian Prime Minister Narendra Modi will go to Japan next week."))


# --- a relation's level is no act (noun_events standing_relation) ---------------------------------------

# pages17/types2/028 form (TASS): trade and economic cooperation described, not done
def test_cooperation_that_has_grown_is_no_event(events) -> None:
    found = events("Russia-China economic cooperation has grown quickly over the past year, the ministry "
                   "said.")
    assert "COOPERATE" not in _types(found)


# control: cooperation agreed is an agreement
def test_cooperation_agreed_stays_an_agreement(events) -> None:
    found = events("Pakistan and China agreed on Monday to expand their economic cooperation.")
    assert "AGREE" in _types(found)


# --- diplomatic staff expelled reduce relations (verb_events: PLOVER SANCTION expel) --------------------

# pages17/types2/032 form (EADaily): states expelling diplomatic workers
def test_diplomatic_workers_expelled_are_a_sanction(events) -> None:
    found = events("Hungary expelled three Russian diplomatic workers on Monday.")
    assert "SANCTION" in _types(found)
    assert "COERCE" not in _types(found)


# control: foreign workers expelled are deported
def test_foreign_workers_expelled_are_deported(events) -> None:
    assert "COERCE" in _types(events("Greece expelled 200 Albanian workers on Monday."))
