"""Type precision, second pass (session 16): frames around an event word that change its type, its mode or
its sides, one test per mechanism, each with a control that keeps the act it must not lose.

Sentences are written in the form of real news sentences (the form's source is named above each test:
/work/notes/pages16/types2/NNN, or a page from the session brief's list); none is copied.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import keyed_events


@pytest.fixture(scope="module")
def keyed(pipeline):
    """text -> {(source country, target country, type, mode)} with the session pipeline."""
    return lambda text: keyed_events(pipeline, text, "2023-05-10")


def _types(found: set) -> set[str]:
    return {k[2] for k in found}


# --- a vow to go on with force threatens it (verb_events.carried_force) ---------------------------------

# brief's list ("the group vowed to continue attacks on government forces"), pages16/types2/000 form
def test_vowing_to_continue_attacks_threatens_force(keyed) -> None:
    found = keyed("The Taliban vowed to continue attacks on Afghan government forces.")
    assert ("AFG", "AFG", "THREATEN", "asserted") in found
    assert "AGREE" not in _types(found)


def test_vowing_to_carry_out_attacks_threatens_force(keyed) -> None:
    found = keyed("Hamas vowed to carry out major attacks on Israel.")
    assert ("PSE", "ISR", "THREATEN", "asserted") in found


def test_vowing_to_stop_attacks_threatens_nothing(keyed) -> None:
    found = keyed("Hamas vowed to stop attacks on Israel.")
    assert "THREATEN" not in _types(found)


def test_vowing_to_continue_talks_stays_a_promise(keyed) -> None:
    found = keyed("Pakistan vowed to continue talks with India.")
    assert ("PAK", "IND", "AGREE", "asserted") in found


# --- an act under an option noun: done by who weighs it (noun_events.option_weigher) --------------------

# pages16/types2/002 form ("EU ministers mull sanctions"); brief: "discussed the possibility of sanctions"
def test_possibility_of_sanctions_discussed_is_the_discussers(keyed) -> None:
    found = keyed("EU foreign ministers discussed the possibility of sanctions on Belarus.")
    assert ("EU", "BLR", "SANCTION", "considered") in found


def test_possibility_of_using_sanctions_considered(keyed) -> None:
    found = keyed("Washington is considering the possibility of using extra sanctions against Iran.")
    assert ("USA", "IRN", "SANCTION", "considered") in found


def test_a_possibility_weighed_by_no_one_has_no_doer(keyed) -> None:
    assert "SANCTION" not in _types(keyed("There is a possibility of sanctions on Belarus."))


# --- talks held "between" with no agent: the sides (senses.between_sides) --------------------------------

# pages16/types2/006 form (a meeting of two foreign ministers that will not take place)
def test_no_talks_held_between_two_sides_is_talks_negated(keyed) -> None:
    found = keyed("No talks were held between Russia and Ukraine.")
    assert ("RUS", "UKR", "CONSULT", "negated") in found


def test_talks_held_between_two_sides_are_held(keyed) -> None:
    found = keyed("Talks were held between Russia and Ukraine in Istanbul.")
    assert ("RUS", "UKR", "CONSULT", "asserted") in found


# --- the clause of an admission is a reported act (verb_events.admitted) ---------------------------------

# brief's list ("Ukraine refused to admit that its forces shelled Russian territory")
def test_an_admitted_act_is_reported(keyed) -> None:
    found = keyed("Kyiv admitted that Ukrainian forces shelled the Russian town of Belgorod.")
    assert ("UKR", "RUS", "ASSAULT", "asserted") in found


def test_an_admission_refused_reports_nothing(keyed) -> None:
    refused = keyed("Ukraine refused to admit that its forces shelled Russian territory.")
    assert "ASSAULT" not in _types(refused)
    assert "ASSAULT" not in _types(keyed("Israel did not admit that its army killed the journalists."))


def test_admitting_refugees_reports_no_clause(keyed) -> None:
    found = keyed("Germany admitted 10,000 Syrian refugees last year.")
    assert "ASSAULT" not in _types(found)


# --- "make X adjective" says something of the act (noun_events.predicated) --------------------------------

# brief's list (a strike making a humanitarian ceasefire more pressing)
def test_a_ceasefire_made_imperative_is_no_retreat(keyed) -> None:
    found = keyed("Israel's latest strikes make a truce with Hamas all the more urgent.")
    assert "RETREAT" not in _types(found)


def test_a_ceasefire_made_is_made(keyed) -> None:
    assert "RETREAT" in _types(keyed("Israel made a ceasefire with Hamas."))


# --- a headline's gerund object keys its verb (verb_events.gerund_object_entry) ---------------------------

# pages16/types2/004-006 form (a meeting called off); brief: "Moscow cancels meeting with top US diplomat"
def test_a_meeting_cancelled_in_a_headline_is_a_refusal(keyed) -> None:
    found = keyed("Moscow cancels meeting with top US diplomat")
    assert ("RUS", "USA", "REJECT", "asserted") in found
    assert "CONSULT" not in _types(found)


def test_stopping_a_gerund_keeps_the_act_negated(keyed) -> None:
    found = keyed("Russia stopped fighting in Kherson.")
    assert "RETREAT" not in _types(found)


# --- readiness for a cooperative act is AGREE (noun_events.readiness) ------------------------------------

# pages16/types2/007 form (a foreign ministry ready for talks with Washington)
def test_ready_for_talks_agrees(keyed) -> None:
    found = keyed("Iran is ready for talks with the United States.")
    assert ("IRN", "USA", "AGREE", "asserted") in found


def test_ready_for_war_offers_nothing(keyed) -> None:
    assert "AGREE" not in _types(keyed("Russia is ready for war with Ukraine."))


# --- travel and trade measures on foreigners are sanctions (nouns.yaml) -----------------------------------

# pages16/types2/002 form ("travel bans on over 20 Syrians"); brief: "visa restrictions on Russian officials"
def test_visa_restrictions_on_foreign_officials_are_sanctions(keyed) -> None:
    found = keyed("The EU imposed visa restrictions on Russian officials.")
    assert ("EU", "RUS", "SANCTION", "asserted") in found
    assert "COERCE" not in _types(found)


def test_restrictions_on_protesters_stay_coercion(keyed) -> None:
    assert "COERCE" in _types(keyed("China imposed restrictions on Hong Kong protesters."))


# --- a hostile measure agreed through a light verb (noun_events.agreed_measure) ---------------------------

# pages16/types2/010 form ("agreed to extend the blacklist"); brief: "agreed to expand ... sanctions"
def test_sanctions_agreed_to_be_expanded_are_planned(keyed) -> None:
    found = keyed("EU leaders agreed to expand sanctions on Russia.")
    assert ("EU", "RUS", "SANCTION", "planned") in found
    assert "AGREE" not in _types(found)


def test_talks_agreed_stay_an_accord(keyed) -> None:
    assert ("EU", "RUS", "AGREE", "asserted") in keyed("EU leaders agreed to hold talks with Russia.")


# --- cooperation as the manner of another act (noun_events.manner_of_act, code_partnered) ----------------

# brief's list ("in close cooperation with the EU, will impose sanctions")
def test_sanctions_imposed_in_cooperation_code_no_cooperation(keyed) -> None:
    found = keyed("Britain, in close cooperation with the EU, will impose sanctions on Russia.")
    assert ("GBR", "RUS", "SANCTION", "planned") in found
    assert "COOPERATE" not in _types(found)


def test_working_in_cooperation_cooperates(keyed) -> None:
    assert "COOPERATE" in _types(keyed("France works in close cooperation with Germany on migration."))


def test_strikes_in_cooperation_stay_military_cooperation(keyed) -> None:
    found = keyed("US forces conducted strikes in close cooperation with Iraqi forces.")
    assert ("USA", "IRQ", "COOPERATE", "asserted") in found
