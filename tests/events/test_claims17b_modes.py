"""Modes of given-up intents and of known acts whose explanation is hedged (session 17, claims2).

Sentences are written in the form of the session-17 claims samples of scraped news pages
(/work/notes/pages17/claims and claims2: a government that backs off an early sign it would impose
sanctions, a rights activist whose "arrest is apparently connected to a crackdown"), not copied
from them; each is judged by CODEBOOK.md (Mode).
"""

from __future__ import annotations

import pytest

from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of


def _mode(pipeline, text: str, word: str) -> str:
    doc = pipeline.nlp(text)
    return mode_of(next(t for t in doc if t.text == word), load_lexicon())


@pytest.mark.parametrize("text, word", [
    # an intent given up: the act it held is not to come
    ("Paris backed off an early signal that it would impose tariffs on Turkey.", "impose"),
    ("The United States abandoned plans to impose sanctions on Turkey.", "impose"),
    ("Trump walked back his pledge to withdraw troops from Syria.", "withdraw"),
    ("Russia reneged on its promise to withdraw troops from Georgia.", "withdraw"),
])
def test_acts_of_a_given_up_intent_are_negated(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "negated"


@pytest.mark.parametrize("text, word", [
    # the plan is only announced or held, not given up
    ("The United States announced plans to impose sanctions on Turkey.", "impose"),
    ("The United States backed an initial plan to impose sanctions on Turkey.", "impose"),
])
def test_acts_of_a_held_intent_stay_planned(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "planned"


@pytest.mark.parametrize("text, word", [
    # the hedge doubts the tie between a known act and its cause or aim, not the act
    ("The activist's arrest is apparently connected to a crackdown on a rally in Dhaka.", "arrest"),
    ("The attack was probably aimed at the army convoy.", "attack"),
])
def test_a_hedged_explanation_of_a_known_act_leaves_it_told(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "asserted"


def test_a_hedged_explanation_of_an_act_brought_in_stays_hedged(pipeline) -> None:
    # an indefinite act under "may" is itself only guessed at
    assert _mode(pipeline, "An attack may be aimed at the army convoy.", "attack") == "possible"


def test_an_intent_not_given_up_is_not_negated(pipeline) -> None:
    # (written after reading the held-out claims2 sample, where the rule first negated such an act)
    text = ("Washington would consider strikes if Iraq does not back down from its decision to halt "
            "cooperation.")
    assert _mode(pipeline, text, "halt") != "negated"
