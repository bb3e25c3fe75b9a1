"""Session 16 (prepmode): a hope over another actor's clause wishes the act, it does not plan or
assert it; an event noun aimed at by "focus on", "work towards" takes the mode of that verb's clause.

Sentences constructed for these tests in the form of wire news (no page text is copied into the repo).
Judged by CODEBOOK.md modes: "planned" is intended, scheduled or promised (by the doer); a hope that
someone else acts is hedged (possible); "should focus on cooperation" weighs the cooperation (its
clause's mode), "focused on cooperation" tells it.
"""

from __future__ import annotations

import pytest


def modes(pipeline, text: str) -> set[tuple[str, str]]:
    evs = pipeline.code_text(text, published="2015-06-01").events
    return {(e.type, e.mode) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # constructed: a hope noun over a clause with its own subject (asserted before)
    ("German Chancellor Angela Merkel expressed the hope that Moscow and Kiev reach an agreement.",
     ("AGREE", "possible")),
    # constructed: a hope verb over another actor's "would" (planned before)
    ("German Chancellor Angela Merkel hoped that Russia would withdraw its troops from Ukraine.",
     ("RETREAT", "possible")),
])
def test_a_hoped_for_act_is_only_possible(pipeline, text, expected):
    assert expected in modes(pipeline, text)


def test_a_hope_to_act_oneself_stays_planned(pipeline):
    # constructed: the hoper's own intent, no clause of its own
    assert ("SUPPORT", "planned") in modes(pipeline, "Iran hopes to sign the deal with France.")


@pytest.mark.parametrize(("text", "mode"), [
    # constructed: the noun under "focus on" takes the clause's mode (asserted before)
    ("China and Japan should focus on cooperation in trade, Wang said.", "considered"),
    ("Putin and Biden will focus on a fresh accord on missile limits at the summit.", "planned"),
    # constructed: told as done, it stays asserted
    ("China and Japan focused on cooperation in trade, Wang said.", "asserted"),
])
def test_an_act_aimed_at_takes_its_clause_mode(pipeline, text, mode):
    found = {m for _, m in modes(pipeline, text)}
    assert mode in found and (mode == "asserted" or "asserted" not in found)
