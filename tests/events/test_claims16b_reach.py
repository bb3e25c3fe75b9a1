"""Acts whose mode was right but that did not reach the output, or reached it with the wrong mode
(session 16, claims2).

Sentences are written in the form of scraped news pages (wire reports of detentions announced by police,
"announced plans to expel diplomats", ministry denials, visit previews by foreign offices, Xinhua readouts
of leaders' talks: /work/notes/pages15/general, /work/notes/pages16/claims), not copied from them; each is
judged by CODEBOOK.md (Mode, Events).
"""

from __future__ import annotations

import pytest

from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of


def _events(pipeline, text: str):
    return [(e.source.code, e.type, e.target.code if e.target else None, e.mode)
            for e in pipeline.code_text(text).events]


def _mode(pipeline, text: str, word: str) -> str:
    doc = pipeline.nlp(text)
    return mode_of(next(t for t in doc if t.text == word), load_lexicon())


def test_a_detention_announced_of_its_victim_is_no_threat(pipeline) -> None:
    # the victim is the passive subject of a plain report: the police's schedule, COERCE planned
    events = _events(pipeline, "Russian opposition leader Alexei Navalny would be detained for 48 hours, "
                               "Moscow police said on Monday.")
    assert ("RUSCOP", "COERCE", "RUSOPP", "planned") in events
    assert not any(e[1] == "THREATEN" for e in events)


def test_the_doers_own_announced_force_stays_a_threat(pipeline) -> None:
    # active voice, the doer speaking: its own warning (unchanged)
    events = _events(pipeline, "Moscow police said they would detain opposition leader Alexei Navalny.")
    assert any(e[1] == "THREATEN" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Russia announced plans to expel 35 American diplomats.", ("RUS", "SANCTION", "USAGOV", "planned")),
    ("Turkey denied plans to invade Syria.", ("TUR", "ASSAULT", "SYR", "negated")),
    ("Washington has no plans to attack Iran, the Pentagon said.", ("USA", "ASSAULT", "IRN", "negated")),
])
def test_the_holder_of_an_intent_noun_does_its_act(pipeline, text: str, expected) -> None:
    assert expected in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    # a critic or a refuser is not the planner: no doer named, no event
    "Washington condemned plans to build settlements in the West Bank.",
    "Iran rejected a proposal to hold talks with Washington.",
])
def test_a_critic_of_a_plan_is_not_its_doer(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize("text, word", [
    ("This will be the Indian prime minister's first official visit to Japan.", "visit"),
    ("Putin said his meeting with Trump would focus on Iran.", "meeting"),
    ("That would be their first meeting since the border crisis began.", "meeting"),
])
def test_a_gathering_the_clause_looks_ahead_to_is_planned(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "planned"


@pytest.mark.parametrize("text, word", [
    # a visit's effect is said during the visit too; a past visit stays past
    ("Hu said Aquino's visit to China will further promote friendship between the two peoples.", "visit"),
    ("Khan's visit to Turkey last week will help ties, the ministry said.", "visit"),
])
def test_a_gathering_told_by_its_effect_is_not_planned(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "asserted"


def test_a_recommended_act_is_considered(pipeline) -> None:
    assert _mode(pipeline, "Xi said both sides should boost their strategic partnership to a new level.",
                 "partnership") == "considered"


def test_an_inverted_should_is_a_condition(pipeline) -> None:
    assert _mode(pipeline, "Should Iran attack Saudi Arabia, the United States will respond.",
                 "attack") == "possible"


def test_an_opportunity_for_an_act_is_no_happening(pipeline) -> None:
    assert _mode(pipeline, "Aquino said the trip offers an opportunity for China and the Philippines "
                           "to deepen cooperation.", "deepen") == "possible"


def test_an_intent_noun_over_a_light_verb_plans_its_event_noun(pipeline) -> None:
    assert _mode(pipeline, "The ministers restated the union's willingness to open a dialogue with the "
                           "new Libyan cabinet.", "dialogue") == "planned"


def test_setting_out_on_a_visit_takes_the_verbs_time(pipeline) -> None:
    # "will embark on" looks ahead; "is embarking on" tells the visit begun (reported as happening)
    assert _mode(pipeline, "Premier Sharif will embark on a two-day visit to Qatar on Monday.",
                 "visit") == "planned"
    assert _mode(pipeline, "Premier Sharif is embarking on a two-day visit to Qatar.",
                 "visit") == "asserted"


def test_a_report_of_doers_acting_called_untrue_negates_the_act(pipeline) -> None:
    # a gerund with its own subject inside the "of" phrase of a claim noun the text calls untrue
    assert _mode(pipeline, "The coast guard said that the reports of its cutters firing on a Thai trawler "
                           "were untrue.", "firing") == "negated"


def test_a_plan_told_by_a_dismissed_report_is_negated(pipeline) -> None:
    # the report's content is told by a participle ("alleging that"), not a "that" clause of the noun
    assert _mode(pipeline, "A Kremlin aide dismissed foreign press reports alleging that Moscow has "
                           "intentions to attack Georgia.", "attack") == "negated"


def test_setting_out_adjoined_to_a_schedule_is_planned(pipeline) -> None:
    # a participle with no subject of its own shares the main clause's "will"
    assert _mode(pipeline, "The ministry said Premier Sharif will be touring the Gulf next month, embarking "
                           "on his first visit to Doha.", "visit") == "planned"


def test_a_done_agreement_under_a_recommendation_stays_told(pipeline) -> None:
    # "reached by" marks the accord as done; only the implementing is recommended
    assert _mode(pipeline, "The envoys should uphold consensus reached by their leaders in Hanoi, Li said.",
                 "consensus") == "asserted"
