"""Unnamed attackers are not the victims' own state; mutual acts are coded both ways (CODEBOOK: actors)."""

from __future__ import annotations


def test_unclaimed_attack_in_a_place_has_an_unknown_doer(dyads):
    # re3d "BBC Online" (Mosul offensive report): no one is named for the attack on the mosque.
    got = dyads("Human Rights Watch has called for an investigation into an attack on a mosque in northern "
                "Iraq on Friday that killed at least 13 women and children.")
    assert ("IRQ", "IRQ", "ASSAULT") not in got
    assert ("UNK", "IRQ", "ASSAULT") in got


def test_owner_named_in_the_sentence_is_the_attacker(dyads):
    # PLOVER-GSR01-DISAPPROVE-0014: the raids that killed are Israel's, named earlier in the sentence.
    got = dyads("Lebanon complained to the United Nations on Tuesday over two Israeli air raids last Friday "
                "in which it said 20 people were killed or wounded.")
    assert any(s == "ISR" and t == "ASSAULT" for s, _, t in got)
    assert not any(s in ("LBN", "UNK") and t == "ASSAULT" for s, _, t in got)


def test_car_bomb_in_a_place_keeps_the_place_forces(dyads):
    # PLOVER-GSR01-ASSAULT-0010: a planted bomb (CAMEO 183) is the place's unidentified armed forces.
    got = dyads("A prominent anti-Syria journalist has been killed in a car bomb explosion in a residential "
                "sector of mostly Christian eastern Beirut.")
    assert ("LBN", "LBN", "ASSAULT") in got


def test_violence_during_protests_stays_domestic(dyads):
    # ECB+ 8_9ecbplus (Athens austerity protests): the bank was torched during the protests there.
    got = dyads("The Greek prime minister has denounced what he called the murder of three bank workers "
                "killed when the building they were in was torched during protests in Athens against "
                "harsh new austerity measures.")
    assert ("GRC", "GRC", "ASSAULT") in got


def test_foreign_victims_keep_the_place_forces(dyads):
    # re3d "BBC Online" (Azaz car bomb) wording with foreign victims: who was hit is not the place's state.
    got = dyads("Two Turkish soldiers were killed in a rocket attack in the rebel-held Syrian town of Azaz.")
    assert ("SYR", "TUR", "ASSAULT") in got


def test_mutual_accusation_is_coded_both_ways(dyads):
    # CAMEO 112 "accuse" with the reciprocal object of conflict reports (re3d-style wording).
    got = dyads("Armenia and Azerbaijan accused each other of breaking the ceasefire on Sunday.")
    assert {("ARM", "AZE", "ACCUSE"), ("AZE", "ARM", "ACCUSE")} <= got


def test_mutual_attack_on_each_others_positions(dyads):
    # "shelled each other's positions": the owner of the object is the reciprocal.
    got = dyads("India and Pakistan shelled each other's positions in Kashmir overnight.")
    assert {("IND", "PAK", "ASSAULT"), ("PAK", "IND", "ASSAULT")} <= got
    assert not any(t == "COOPERATE" for _, _, t in got)


def test_the_reports_one_named_attacker_owns_its_unclaimed_strikes(dyads):
    # ECB+ 41_9ecb (Jabalya school shelling): the report names Israel's shelling; the shells are its.
    got = dyads("Two people were killed when an artillery shell hit a UN school in the southern city of "
                "Khan Younis. UNRWA wanted an impartial probe of the Israeli shelling.")
    assert ("ISR", "PSE", "ASSAULT") in got
    assert ("PSE", "PSE", "ASSAULT") not in got
