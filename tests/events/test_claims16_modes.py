"""Mode and attribution of denied, excluded, weighed and wire-reported acts (session 16, claims).

Sentences are written in the form of the session-16 claims sample of scraped news pages
(/work/notes/pages16/claims: Kremlin and foreign-ministry denials, ministers ruling out or weighing
options, "..., state news agency X reported Tuesday"), not copied from them.
"""

from __future__ import annotations

import pytest

from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of


def _mode(pipeline, text: str, word: str) -> str:
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == word)
    return mode_of(token, load_lexicon())


@pytest.mark.parametrize("text, word", [
    # the parser takes the claim's "that" for a relative pronoun beside the clause's own object
    ("Beijing denied an accusation by the American president that it hacked the email accounts of US "
     "officials.", "hacked"),
    # a denied or absent intent: the act is told as not coming
    ("Moscow has no plans to attack Kyiv, a Kremlin spokesman said.", "attack"),
    ("The Kremlin denied plans to invade its neighbour.", "invade"),
    # a denial over a plan or a guess denies the plan or the guess
    ("Tehran denied that its navy would seize the tanker.", "seize"),
    ("Officials denied suggestions that the army is preparing to storm the city.", "storm"),
    # an act excluded, also as a second object the parser conjoined to the verb of excluding
    ("London ruled out air strikes or arming the Syrian opposition.", "arming"),
    ("The defence minister said there is no prospect of arming the rebels.", "arming"),
])
def test_denied_or_excluded_acts_are_negated(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "negated"


def test_an_act_not_ruled_out_is_kept_open(pipeline) -> None:
    # "not ruling out" leaves the option open: possible, not negated
    assert _mode(pipeline, "The prime minister is not ruling out attacking militant camps in Syria.",
                 "attacking") == "possible"


def test_an_option_weighed_is_considered(pipeline) -> None:
    assert _mode(pipeline, "EU foreign ministers discussed the possibility of imposing sanctions on Minsk.",
                 "imposing") == "considered"


def test_an_option_raised_is_possible(pipeline) -> None:
    assert _mode(pipeline, "The general raised the possibility of a strike on the nuclear sites.",
                 "strike") == "possible"


def test_an_announced_plan_stays_planned(pipeline) -> None:
    # the negated-intent rule must not touch an intent told as held
    text = "Russia announced plans to expel dozens of American diplomats."
    assert _mode(pipeline, text, "expel") == "planned"


def test_a_report_closing_the_sentence_as_an_adverbial_clause_attributes_it(pipeline) -> None:
    # the parser hangs "SANA reported Monday" on "fired" as an adverbial clause; it still reports it
    text = ("Israeli jets fired two missiles at an arms depot near Damascus overnight Sunday, "
            "Syrian state news agency SANA reported Monday.")
    coded = pipeline.code_text(text, published="2021-03-02")
    strikes = [e for e in coded.events if e.type == "ASSAULT"]
    assert strikes and all(e.attributed_to is not None and e.attributed_to.code.startswith("SYR")
                           for e in strikes)
    assert all("SANA" in (e.speaker or "") for e in strikes)


def test_a_ministry_denying_a_hostile_act_speaks_for_the_doer(pipeline) -> None:
    # two states in the sentence: the ministry is the one whose act it denies, not the victim's
    coded = pipeline.code_text("Iranian forces did not attack the Saudi tanker, the foreign ministry said.",
                               published="2021-03-02")
    attacks = [e for e in coded.events if e.type == "ASSAULT"]
    assert attacks and all(e.mode == "negated" and e.attributed_to is not None
                           and e.attributed_to.code.startswith("IRN") for e in attacks)


def test_it_closing_a_quote_is_not_the_state_the_quote_talks_about(pipeline) -> None:
    # the pronoun's nearest antecedent is inside the quote it closes; the speaker is the agency before
    text = ('The Syrian news agency SANA blamed Israel for the raid. "The raid shows the support Israel '
            'gives to the armed groups," it said.')
    coded = pipeline.code_text(text, published="2021-03-02")
    backing = [e for e in coded.events if e.type == "SUPPORT"]
    assert backing and all(e.attributed_to is not None and e.attributed_to.code.startswith("SYR")
                           for e in backing)


@pytest.mark.parametrize("text, word", [
    # a claim about the act denied by its verb, or called void and groundless
    ("The army denied reports about soldiers burning homes in the village.", "burning"),
    ("The Kremlin denied reports of plans to invade its neighbour.", "invade"),
    ("Claims by Western media about Moscow's alleged plans to invade its neighbour are void and groundless.",
     "invade"),
])
def test_acts_in_denied_or_false_claims_are_negated(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "negated"


def test_acts_in_confirmed_claims_stay_asserted(pipeline) -> None:
    assert _mode(pipeline, "The army confirmed reports of attacks on civilians in the north.",
                 "attacks") == "asserted"
