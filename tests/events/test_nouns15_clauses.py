"""Event nouns and verbs, session 15 second wave: fights named as a clause's subject, sides named by
conjoined modifiers, vows of force, refusals to send forces, armed people placed by the place of the act.

The sentences are written in the form of the wire stories of the session 15 pages samples
(`notes/pages15/conflict`, `notes/pages15/verbs`: Reuters, AFP, PTI reprints), not copied from them.
Judged by CODEBOOK.md (one event per happening; warn, threaten = THREATEN; refuse = REJECT).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text: str, published: str = "2021-05-10"):
        return pipeline.code_text(text, published=published).events

    return run


def _keys(events):
    return [(e.source.code, e.type, e.target and e.target.code, e.mode) for e in events]


def test_clashes_between_sides_as_subject_are_one_event(code):
    # form of a Nigerian conflict report: the fight noun is the subject of "erupted"
    events = code("Clashes between Nigerian troops and Boko Haram erupted on Monday in Borno state.")
    fights = [e for e in events if e.type == "ASSAULT"]
    assert len(fights) == 1, _keys(events)
    assert fights[0].source.code == "NGAMIL" and fights[0].target.code == "NGAREB"


def test_fighting_erupted_between_sides_on_the_verb(code):
    # form of a DR Congo report: the "between" phrase hangs on the verb the fight noun is subject of
    events = code("Fighting erupted between Congolese troops and M23 rebels near Goma on Sunday.")
    fights = [e for e in events if e.type == "ASSAULT"]
    assert [(e.source.code, e.target.code) for e in fights] == [("CODMIL", "CODREB")], _keys(events)


def test_conjoined_nationalities_exchanging_fire_are_two_sides(code):
    # form of a PTI report: "Indian and Pakistani troops" names both sides of one exchange of fire
    events = code("Indian and Pakistani troops exchanged fire across the Line of Control on Monday.")
    fights = [e for e in events if e.type == "ASSAULT"]
    assert [(e.source.code, e.target.code) for e in fights] == [("INDMIL", "PAKMIL")], _keys(events)


def test_vow_to_strike_is_a_threat_of_force(code):
    events = code("Iran vowed on Monday to strike Israel if it attacked Iranian nuclear sites.")
    assert any(e.source.code == "IRN" and e.type == "THREATEN" and e.target.code == "ISR"
               for e in events), _keys(events)
    assert not any(e.type == "ASSAULT" and e.mode == "planned" for e in events), _keys(events)


def test_vow_to_retaliate_is_no_agreement(code):
    events = code("Iran vowed to retaliate against Israel on Monday.")
    assert [(e.source.code, e.type, e.target.code) for e in events] == [("IRN", "THREATEN", "ISR")]


def test_pledged_aid_stays_aid(code):
    events = code("Russia pledged military aid to Syria on Monday.")
    assert [(e.source.code, e.type, e.target.code) for e in events] == [("RUS", "AID", "SYR")]


def test_declining_to_send_troops_to_another_is_a_refusal(code):
    events = code("France declined to send troops to Mali on Monday.")
    assert [(e.source.code, e.type, e.target.code, e.mode) for e in events] == [
        ("FRA", "REJECT", "MLI", "asserted")]


def test_refusing_to_deploy_to_a_border_stays_a_negated_deployment(code):
    events = code("Israel refused to deploy troops to the border on Monday.")
    assert not any(e.type == "REJECT" for e in events), _keys(events)


def test_soldiers_killed_in_a_place_keep_their_sector(code):
    events = code("The Taliban killed two soldiers in Helmand province on Monday.")
    assert any(e.type == "ASSAULT" and e.target.code == "AFGMIL" for e in events), _keys(events)


def test_promised_aid_is_aid_to_come(code):
    # CODEBOOK Mode: promised is planned, as the seed's "plans to provide" is AID planned
    events = code("Britain promised humanitarian aid to Jordan on Monday.")
    assert [(e.source.code, e.type, e.target.code, e.mode) for e in events] == [
        ("GBR", "AID", "JOR", "planned")]


def test_a_measure_as_subject_of_target_is_the_measure(code):
    # a measure "targets" whom it is aimed at: the sanction itself, no attack
    events = code("The new US tariffs target Chinese steel, the Commerce Department said.")
    assert not any(e.type == "ASSAULT" for e in events), _keys(events)
    assert any(e.source.code == "USA" and e.type == "SANCTION" and e.target.code == "CHN"
               for e in events), _keys(events)
