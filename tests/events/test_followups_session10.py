"""Event-coding follow-ups on real news (session 10): idioms of seizing and setting off, words offered,
topics not discussed, political quarrels, undoings that are only aims, blocked attempts, forces keeping
order, envoys recalled, engagements cancelled, races conceded, seizures from their holders, blows by
abstractions.

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named in each case) and ECB+
(topic named); judged by CODEBOOK.md.
"""

from __future__ import annotations

import pytest

from sitrep.events import code_events
from sitrep.events.lexicon import load_lexicon
from sitrep.nlp import parse_documents
from sitrep.records import Actor, Document, Mention


@pytest.fixture(scope="module")
def events(pipeline):
    """text -> {(source, PLOVER type, target)} with the session pipeline."""
    def run(text: str) -> set[tuple[str | None, str, str | None]]:
        return {(e.source.code if e.source else None, e.type, e.target.code if e.target else None)
                for e in pipeline.code_text(text).events}
    return run


def _types(got: set[tuple[str | None, str, str | None]]) -> set[str]:
    return {t for _, t, _ in got}


def test_seizing_on_words_is_no_coercion(events):
    # nyt_2016-01-12_evangelical-iowans-flock-to-cruz (a figurative seizure, as in the brief's case)
    got = events("Republicans seized on the remarks by the Mexican president.")
    assert "COERCE" not in _types(got)


def test_setting_off_for_is_a_departure(events):
    # wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets ("Bobby Jindal was setting off for two more days")
    got = events("Former Louisiana Gov. Bobby Jindal was setting off for two more days in Iowa.")
    assert "ASSAULT" not in _types(got)


def test_a_retort_offered_is_no_agreement(events):
    # wash-post_2016-02-09_barbs-and-pleas-before-n-h-vote
    got = events("Bush offered a Trump-style retort on the mogul's preferred mode of communication, "
                 "tweeting at him.")
    assert "AGREE" not in _types(got)


def test_a_glimpse_offered_with_a_second_object_is_no_agreement(events):
    # wash-post_2016-06-27_the-revolutionary-s-next-tactic-
    got = events("The campaign stop, Sanders's first for a congressional candidate, offered a glimpse of the "
                 "post-presidential-bid figure he would like to become: a politician.")
    assert "AGREE" not in _types(got)


def test_declining_to_discuss_a_topic_rejects_no_one(events):
    # wash-post_2016-01-17_cruz-glad-to-finish-fight-with-t
    got = events("Trump's campaign manager declined to discuss the candidate's latest attacks on Cruz.")
    assert "REJECT" not in _types(got)


def test_refusing_to_discuss_with_a_state_stays_a_rejection(events):
    # control (the counterpart named): a refusal of talks with the United States
    got = events("Iran refused to discuss its nuclear program with the United States.")
    assert ("IRN", "REJECT", "USA") in got


def test_political_fighting_is_no_assault(events):
    # wash-post_2016-01-16_ex-cia-chief-in-benghazi-breaks- (a sentence of context before it)
    got = events("Former CIA station chief Bob said he took only one call that evening from CIA "
                 "headquarters. He declined to comment on continued political fighting in Washington over "
                 "the attack.")
    assert "ASSAULT" not in _types(got)


def test_a_work_that_demonstrates_a_quality_is_no_protest(events):
    # PolNeAR tuning (Santorum on Clinton): "her work ... demonstrates her 'tremendous attention'"
    got = events("Former Pennsylvania Sen. Rick Santorum said Clinton's work to provide health care to the "
                 "poor and elderly demonstrates her tremendous attention to the issue of life.")
    assert "PROTEST" not in _types(got)


def test_ending_violence_as_an_aim_is_no_retreat(events):
    # UK government statement quoted on real news: "to defeat Daesh and end this violence" is an aim
    got = events("The UK stands by Iraq to defeat Daesh and end this violence.")
    assert "RETREAT" not in _types(got)
    assert ("GBR", "SUPPORT", "IRQ") in got


def test_blocking_an_attempt_rejects_it(events):
    # wash-post_2015-12-28_tug-of-war-in-central-asia
    got = events("Russia had long blocked China's attempts to create an infrastructure development bank.")
    assert ("RUS", "REJECT", "CHN") in got
    assert "PROTEST" not in _types(got)


def test_police_blocking_a_street_protest_nothing(pipeline):
    # real news (the brief's case, "police barricaded Snyder Avenue"); actors given by hand with sectors
    text = "Police barricaded Snyder Avenue on Tuesday."
    parsed = next(parse_documents([Document(id="t", text=text, published="2016-07-26")], pipeline.nlp))
    mentions = [Mention(0, 6, "Police", Actor.of("USA", "Police", "COP"), section="text"),
                Mention(18, 31, "Snyder Avenue", Actor.of("USA", "Snyder Avenue"), section="text")]
    assert "PROTEST" not in {e.type for e in code_events(parsed, mentions)}


def test_recall_needs_an_envoy():
    # west-journal_2016-02-17_woman-reveals-stunning-thing-tru: "Trump recalled Leonard Hill's widow"
    # remembers her; only an envoy recalled reduces relations (CAMEO 161)
    verbs = load_lexicon().verbs
    assert "recall" not in verbs
    assert verbs["recall ambassador"].type == "SANCTION"


def test_cancelling_a_rally_is_no_sanction(coded):
    # wash-post_2016-06-13_responses-are-in-keeping-with-ca; actors given by hand
    got = coded("By Sunday afternoon Clinton had canceled a much-heralded joint rally with Obama slated for "
                "Wednesday in Green Bay, Wis., citing the attack.", {"Clinton": "USAELI", "Obama": "USAGOV"})
    assert "SANCTION" not in {e.type for e in got}


def test_a_race_conceded_is_no_concession(events):
    # wash-post_2016-03-03_push-inside-gop-to-upend-trump
    got = events("Other Republicans yielded to Trump after he swept seven out of 11 states on Tuesday.")
    assert "CONCEDE" not in _types(got)


def test_seizing_arms_from_pirates_targets_them(events):
    # ECB+ topic 12 (Indian Navy and Somali pirates): "from" hangs on the last item of the list
    got = events("The Indian Navy seized seven AK-47 assault rifles, two other rifles, a grenade launcher "
                 "and 13 fully loaded magazines of ammunition from the 12 Somali pirates on board the two "
                 "boats.")
    assert any(t == "COERCE" and (tgt or "").startswith("SOM") for _, t, tgt in got)


def test_targeted_by_hate_has_no_attacker(events):
    # wash-post_2016-07-29_convention-notebook
    got = events("Today in America, LGBTQ people are targeted by hate that lives in both laws and hearts.")
    assert "ASSAULT" not in _types(got)


def test_an_ad_hitting_a_candidate_is_words(events):
    # wash-post_2016-03-24_republicans-building-firewall-be (with its earlier mention of Strickland)
    got = events("Former Ohio Gov. Ted Strickland is running for the Senate. A top target is Ohio, where the "
                 "Koch-backed advocacy group Americans for Prosperity ran an ad last August hitting "
                 "Strickland for job losses in the state.")
    assert "ASSAULT" not in _types(got)
