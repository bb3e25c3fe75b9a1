"""Session 11 (claims2): efforts toward an act are planned; condemning an attack accuses its doer.

Sentences from re3d (`shared/corpora/re3d`, US State Department statements) and the session brief's
real-news wording, judged by CODEBOOK.md (Mode; speech acts need a recipient).
"""

from __future__ import annotations

from tests.events.conftest import triples


def test_pushing_to_impose_sanctions_is_planned(coded) -> None:
    # "pushed to impose sanctions" (brief, as "sought to"): the sanctions are not imposed yet
    got = coded("The European Union pushed to impose sanctions on Russia.",
                {"European Union": "EU", "Russia": "RUS"})
    assert ("EU", "RUS", "SANCTION", "planned") in triples(got)


def test_pushing_without_an_infinitive_is_the_act_itself(coded) -> None:
    # the control: an act told with no infinitive keeps its own mode
    got = coded("The European Union imposed sanctions on Russia.", {"European Union": "EU", "Russia": "RUS"})
    assert ("EU", "RUS", "SANCTION", "asserted") in triples(got)


def test_condemning_an_attack_does_not_accuse_its_victim(coded) -> None:
    # re3d: "The United States strongly condemns today's brutal, senseless terrorist attack on Camp
    # Hurriya that killed and injured camp residents" (no doer named: nothing to accuse)
    got = coded("The United States strongly condemns today's brutal, senseless terrorist attack on Camp "
                "Hurriya that killed and injured camp residents.",
                {"United States": "USA", "Camp Hurriya": "IRQ"})
    assert not any(e.type == "ACCUSE" and e.target is not None and e.target.code == "IRQ" for e in got)


def test_condemning_an_attack_accuses_its_doer(coded) -> None:
    # brief: "Russia's strikes" names the doer; Aleppo is what was hit
    got = coded("France condemned Russia's strikes on Aleppo.",
                {"France": "FRA", "Russia": "RUS", "Aleppo": "SYR"})
    assert ("FRA", "RUS", "ACCUSE", "asserted") in triples(got)
    assert not any(e.type == "ACCUSE" and e.target is not None and e.target.code == "SYR" for e in got)


def test_condemning_an_attack_on_a_state_does_not_accuse_it(coded) -> None:
    # brief: "condemn the attack on Israel" with no doer named
    got = coded("Germany condemned the attack on Israel.", {"Germany": "DEU", "Israel": "ISR"})
    assert not any(e.type == "ACCUSE" for e in got)


def test_condemning_a_bombing_against_soldiers_does_not_accuse_them(coded) -> None:
    # an act of force "against" its victims (fails before: DEU ACCUSE TURMIL)
    got = coded("Germany condemned the suicide bombing against Turkish soldiers.",
                {"Germany": "DEU", "Turkish soldiers": "TURMIL"})
    assert not any(e.type == "ACCUSE" and e.target is not None and e.target.code.startswith("TUR")
                   for e in got)


def test_a_claimant_inside_the_condemned_attacks_stays_the_target(coded) -> None:
    # re3d (US State Department): the doer named in a clause of its own is kept, not taken for a victim
    got = coded("The United States strongly condemns the barbaric terrorist attacks in Iraq today, including "
                "one in Baghdad claimed by Daesh that specifically targeted mourners inside a funeral tent.",
                {"United States": "USA", "Daesh": "IMG", "Iraq": "IRQ", "Baghdad": "IRQ"})
    assert ("USA", "IMG", "ACCUSE", "asserted") in triples(got)


def test_a_late_by_phrase_names_the_condemned_attack_s_doer(coded) -> None:
    # wire wording ("condemned the attack on X by Y"); the parser hangs "by Hamas" on the active verb, which
    # has no agent of its own, so the phrase names the attack's doer
    got = coded("Egypt condemned the attack on Israel by Hamas.",
                {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREB"})
    assert ("EGY", "PSEREB", "ACCUSE", "asserted") in triples(got)
    assert not any(e.type == "ACCUSE" and e.target is not None and e.target.code == "ISR" for e in got)


def test_the_agent_of_a_passive_condemnation_is_its_source_not_a_doer(coded) -> None:
    # the control: "was condemned by Egypt" names who condemned, not who attacked
    got = coded("The attack on Israel was condemned by Egypt.", {"Egypt": "EGY", "Israel": "ISR"})
    assert not any(e.type == "ACCUSE" and e.target is not None and e.target.code == "EGY" for e in got)
