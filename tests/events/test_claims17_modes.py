"""Modes of hedged, scheduled, rejected and carried-out acts (session 17, claims).

Sentences are written in the form of the session-17 claims sample of scraped news pages
(/work/notes/pages17/claims: ministers who "might travel" next week, the EU "set to announce" sanctions,
ministers who "decided against arming" rebels, talks "due to resume", visits told "ahead of" a summit,
decisions dated years back), not copied from them; each is judged by CODEBOOK.md (Mode).
"""

from __future__ import annotations

import pytest
from tests.events.conftest import of_type

from sitrep.events.attribution import is_reporting_verb
from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of


def _mode(pipeline, text: str, word: str) -> str:
    doc = pipeline.nlp(text)
    return mode_of(next(t for t in doc if t.text == word), load_lexicon())


@pytest.mark.parametrize("text, word", [
    # a time ahead does not firm up a hedge: "might travel next week" is possible, not planned
    ("The trade minister said he might travel to Washington next week to meet his counterpart.", "travel"),
    ("Russia may attack Ukraine next month.", "attack"),
    # a plan hedged by its own modal or by a hedge above it
    ("Officials thought Moscow could be planning an offensive on Kyiv early next year.", "offensive"),
    ("Seoul is likely to propose talks with Pyongyang next month.", "talks"),
])
def test_hedged_plans_are_possible(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "possible"


@pytest.mark.parametrize("text, word", [
    # a verb of choosing takes the act chosen against through "against"
    ("The foreign ministers decided against arming the Syrian rebels.", "arming"),
    ("The cabinet voted against a strike on the rebel bases.", "strike"),
])
def test_acts_decided_against_are_negated(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "negated"


def test_voting_for_an_act_is_not_negated(pipeline) -> None:
    # only "against" turns the choice: the vote for the strike stays the planner's
    assert _mode(pipeline, "The cabinet decided on a strike on the rebel bases.", "strike") != "negated"


@pytest.mark.parametrize("text, word, mode", [
    # an event noun as the subject of a cue adjective's infinitive
    ("Talks between Israel and Hamas are due to resume in Cairo next week.", "Talks", "planned"),
    ("The talks between the two Koreas are unlikely to resume soon.", "talks", "possible"),
    # a gathering something happens ahead of is still to come
    ("Protesters marched in Manila ahead of the American president's visit to the Philippines.", "visit",
     "planned"),
])
def test_framed_and_awaited_gatherings(pipeline, text: str, word: str, mode: str) -> None:
    assert _mode(pipeline, text, word) == mode


def test_a_known_act_framed_by_a_hedge_on_its_effect_is_told(pipeline) -> None:
    # the hedge is on the condemnation, not on the attack the reader knows
    text = "The Israeli attack on the refugee camp is likely to draw condemnation from Cairo."
    assert _mode(pipeline, text, "attack") == "asserted"


@pytest.mark.parametrize("text, word, mode", [
    # a decision dated in the past tells its act carried out
    ("Tehran has cut its commitments since the American 2018 decision to reimpose sanctions.", "reimpose",
     "asserted"),
    ("Moscow condemned his decision last year to expel 35 Russian diplomats.", "expel", "asserted"),
    # an undated decision is still a plan
    ("Moscow condemned the decision to expel 35 Russian diplomats.", "expel", "planned"),
])
def test_decisions_dated_in_the_past_are_carried_out(pipeline, text: str, word: str, mode: str) -> None:
    assert _mode(pipeline, text, word) == mode


@pytest.mark.parametrize("text, mode", [
    # a report that performs its object (announcing sanctions imposes them) gives the act its own mode
    ("The EU is set to announce new sanctions against Russian officials.", "planned"),
    ("The United States will announce new sanctions on Russia next week, officials said.", "planned"),
    ("The United States announced new sanctions on Russia on Monday.", "asserted"),
])
def test_acts_a_report_performs_take_its_mode(whole, text: str, mode: str) -> None:
    assert of_type(whole(text), "SANCTION").mode == mode


def test_a_clause_the_parser_hung_on_a_verb_of_stopping_is_not_denied(pipeline) -> None:
    # "halted" takes no clause with its own subject: the parser hung the conjoined clause on it, and the
    # sanctions the EU is set to announce are planned, not denied
    doc = pipeline.nlp("Berlin on Monday halted approval of the gas link and the EU is set to "
                       "announce sanctions on Russian officials.")
    stop = frozenset(t.i for t in doc if t.pos_ in ("VERB", "AUX") and is_reporting_verb(t))
    assert mode_of(next(t for t in doc if t.text == "sanctions"), load_lexicon(), stop) == "planned"
