"""Unnamed perpetrators of attempts (session 11, wave 3): "An attempt to assassinate X was thwarted in Y"
is an assault by someone unnamed in Y (CAMEO 185), placed by the verb the attempt is the passive
subject of.

Sentence from the PLOVER GSR dev set (`shared/benchmarks/event-coding/plover-gsr-cameo.jsonl`,
PLOVER-GSR01-ASSAULT-0014), and a negative built on it.
"""

from __future__ import annotations

from tests.events.conftest import keyed_events


def test_thwarted_attempt_is_an_assault_by_the_place_forces(pipeline) -> None:
    text = ("An attempt to assassinate deputy governor of the Tyumen region, Oleg Chemezov, was thwarted in "
            "Khanty-Mansiysk (Siberia), the city's police reported.")
    got = {(s, t, ty) for s, t, ty, _ in keyed_events(pipeline, text)}
    assert ("RUS", "RUS", "ASSAULT") in got


def test_a_plan_is_no_attempt_made_in_the_place(pipeline) -> None:
    # a plan discussed somewhere was not carried out there: no unnamed attacker of that place
    text = "A plan to assassinate deputy governor Oleg Chemezov was discussed in Khanty-Mansiysk."
    got = keyed_events(pipeline, text)
    assert not any(s == "RUS" and ty == "ASSAULT" for s, _, ty, _ in got)
