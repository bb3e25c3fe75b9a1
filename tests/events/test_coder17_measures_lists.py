"""Session 17 (coder): an agreement or a pledge whose content is a hostile measure, states listed with only
a comma (headline style), an aspectual verb between a vow and its act, and a dateline the parser makes the
subject.

Sentences are written in the form of the scraped pages of /work/notes/pages17/coder (EU ministers agreeing
sanctions on a neighbour, headlines of two states signing or being warned, a militant group's vow, a DPA
report opening with its dateline); none is copied from a page.
"""

from __future__ import annotations


def _keys(coded) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.type, e.target.code if e.target else "") for e in coded.events}


def _modes(coded, etype: str) -> set[str]:
    return {e.mode for e in coded.events if e.type == etype}


def test_agreeing_on_sanctions_is_the_sanction_planned(pipeline) -> None:
    # the ministers agree among themselves, not with Belarus: the act is the sanction, still to be imposed
    coded = pipeline.code_text("European Union foreign ministers agreed on fresh sanctions against "
                               "Belarus on Monday.")
    keys = _keys(coded)
    assert ("EU", "SANCTION", "BLR") in keys
    assert ("EU", "AGREE", "BLR") not in keys
    assert _modes(coded, "SANCTION") == {"planned"}


def test_promising_sanctions_is_the_sanction_planned(pipeline) -> None:
    coded = pipeline.code_text("Canada promised tougher sanctions against Iran on Friday.")
    keys = _keys(coded)
    assert ("CAN", "SANCTION", "IRN") in keys
    assert ("CAN", "AGREE", "IRN") not in keys


def test_agreeing_to_stop_attacks_stays_an_agreement(pipeline) -> None:
    # the attacks are to be ended, not carried out: no planned assault
    coded = pipeline.code_text("The rebels agreed to stop attacks on Kabul.")
    assert not any(e.type == "ASSAULT" for e in coded.events)


def test_agreed_measure_against_no_one_codes_nothing(pipeline) -> None:
    # a sanction needs a recipient (PLOVER requires_recipient); what is agreed is that measure, no accord
    coded = pipeline.code_text("EU ministers said they had agreed to move ahead with the drafting of a new "
                               "package of sanctions.")
    assert not any(e.type in ("AGREE", "SANCTION") for e in coded.events)


def test_headline_states_listed_after_a_comma_are_each_a_target(pipeline) -> None:
    # "from Australia, Canada": the second state is hung on the verb, still one of the critics
    coded = pipeline.code_text("Beijing rejects criticism from Australia, Canada over trade curbs")
    keys = _keys(coded)
    assert ("CHN", "REJECT", "AUS") in keys
    assert ("CHN", "REJECT", "CAN") in keys


def test_headline_states_listed_before_a_comma_are_each_a_party(pipeline) -> None:
    # "Kazakhstan, Uzbekistan sign": the first state is parsed as a modifier of the verb
    coded = pipeline.code_text("Kazakhstan, Uzbekistan sign border demarcation deal")
    sources = {e.source.code for e in coded.events}
    assert {"KAZ", "UZB"} <= sources


def test_vow_to_keep_attacking_is_aimed_at_whom_the_attacks_hit(pipeline) -> None:
    # "keep" carries the attack: its object is the threat's target, not the place it is made in
    coded = pipeline.code_text("Al-Shabaab vowed to keep attacking Kenyan troops in Somalia.")
    assert ("SOMREB", "THREATEN", "KENMIL") in _keys(coded)


def test_promise_to_continue_backing_is_aimed_at_the_one_backed(pipeline) -> None:
    coded = pipeline.code_text("Germany promised to continue supporting Ukraine with weapons.")
    assert ("DEU", "AGREE", "UKR") in _keys(coded)


def test_dateline_before_a_colon_is_no_doer(pipeline) -> None:
    # "Brussels : EU governments agreed ...": the parser makes the dateline the subject, the actors its
    # apposition
    coded = pipeline.code_text("Brussels : European Union (EU) governments agreed Thursday to impose fresh "
                               "sanctions on the rulers of Syria.")
    sanctions = [e for e in coded.events if e.type == "SANCTION"]
    assert sanctions and all(e.source.code == "EU" for e in sanctions)


def test_passive_done_between_two_states_is_done_by_both(pipeline) -> None:
    # "were signed between X and Y": no "by" agent, the sides named are those who signed
    coded = pipeline.code_text("Nine cooperation documents were signed between Egypt and Jordan on "
                               "Wednesday.")
    keys = _keys(coded)
    assert ("EGY", "SUPPORT", "JOR") in keys or ("JOR", "SUPPORT", "EGY") in keys


def test_passive_between_a_place_names_no_doer(pipeline) -> None:
    # one place after "between" is no pair of sides
    coded = pipeline.code_text("A ceasefire was agreed between the warring sides in Tripoli on Friday.")
    assert not any(e.source.code == "LBY" and e.type == "AGREE" for e in coded.events)


def test_claim_with_its_for_phrase_on_the_verb_names_the_attacker(pipeline) -> None:
    # "claimed responsibility late on Monday for a bombing": the parse hangs "for" on "claimed" once a
    # time phrase comes between; the claimant is still the perpetrator, not an unknown one
    coded = pipeline.code_text("Al-Shabaab claimed responsibility late on Monday for a bombing that killed "
                               "12 soldiers in Mogadishu.")
    assaults = [e for e in coded.events if e.type == "ASSAULT"]
    assert assaults and all(e.source.code == "SOMREB" for e in assaults)


def test_envoy_summoned_to_a_ministry_is_summoned_by_its_state(pipeline) -> None:
    # no "by" phrase: the office the envoy is called to does the summoning (a protest, CAMEO 111)
    coded = pipeline.code_text("The Iranian ambassador was summoned to the Foreign Office in London on "
                               "Monday.")
    assert ("GBRGOV", "ACCUSE", "IRNGOV") in _keys(coded)


def test_envoy_summoned_home_is_no_protest(pipeline) -> None:
    coded = pipeline.code_text("Russia's ambassador to Washington was summoned to Moscow for consultations.")
    assert not any(e.type == "ACCUSE" for e in coded.events)
