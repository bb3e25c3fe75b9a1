"""False positives of the weak types on real news, and controls that must stay coded.

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/`, file named in each case),
re3d (`shared/corpora/re3d/`) and ECB+ (`shared/corpora/ecbplus/`); judged by CODEBOOK.md.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def types(pipeline):
    """text -> {(PLOVER type, trigger)} with the session pipeline."""
    def run(text: str) -> set[tuple[str, str | None]]:
        return {(e.type, e.trigger) for e in pipeline.code_text(text).events}
    return run


def _kinds(got: set[tuple[str, str | None]]) -> set[str]:
    return {t for t, _ in got}


def test_a_letter_sent_is_no_aid(types):
    # politico_2016-07-11_republicans-ask-doj...: words handed over, not goods.
    got = types("Also Monday, Goodlatte and Benghazi Committee Chairman Trey Gowdy (R-S.C) sent a letter to "
                "Comey, signed by 200 House Republicans, seeking more answers about his decisions.")
    assert "AID" not in _kinds(got)


def test_fighters_sent_stay_aid(types):
    # re3d (BBC Online, "Syria accuses Israel of bombardment"): troops sent to support an ally.
    got = types("Hezbollah has sent thousands of fighters to Syria to support President Bashar "
                "al-Assad's forces.")
    assert "AID" in _kinds(got)


def test_a_nomination_locked_up_is_no_coercion(types):
    # politico_2016-05-12_the-t...: the prize of a primary, no force.
    got = types("But now that he has beaten those former rivals and effectively locked up the GOP "
                "nomination, he is suddenly a character in a similar charade.")
    assert not _kinds(got) & {"COERCE", "ASSAULT"}


def test_a_vote_share_beaten_is_an_election(types):
    # usa-today_2016-05-18_in-kentucky...: a result in percent.
    got = types("Sanders beat her 51% to 36% in West Virginia.")
    assert "ASSAULT" not in _kinds(got)


def test_a_lead_traded_is_no_cooperation(types):
    # usa-today_2016-05-18_in-kentucky...
    got = types("Sanders and Clinton traded the lead throughout the vote count, which at one point held a "
                "margin of just 126 ballots.")
    assert "COOPERATE" not in _kinds(got)


def test_a_polls_should_is_no_request(types):
    # nyt_2016-08-22_foundation...: a share of voters is no actor making a demand.
    got = types("In a CNN/ORC International Poll the same month, 38 percent of voters said Mr. Clinton "
                "should completely step down from the foundation.")
    assert "REQUEST" not in _kinds(got)


def test_a_firms_advice_to_customers_is_no_request(types):
    # ECB+ 27/27_11ecb.xml (Microsoft patch story).
    got = types("Microsoft encourages all IE customers to test and deploy this update as soon as possible.")
    assert "REQUEST" not in _kinds(got)


def test_credentials_pulled_out_are_no_retreat(types):
    # breitbart_2016-04-14_the-... (live blog).
    assert "RETREAT" not in _kinds(types("Hillary Clinton is pulling out her New York credentials fast."))


def test_a_politician_attacking_lawmakers_is_criticism(types):
    # wash-post_2016-07-15_thin...: words, not force.
    got = types("Trump has continued to needle his detractors, as he did on a recent visit to Capitol Hill, "
                "where he attacked some Republican lawmakers.")
    assert "ASSAULT" not in _kinds(got)


def test_a_call_on_a_state_stays_a_request(types):
    # politico_2016-01-05_republicans...: NATO's demand of North Korea.
    got = types("NATO's secretary general, meanwhile, called on the North Korean regime to abandon its "
                "nuclear weapons.")
    assert "REQUEST" in _kinds(got)


def test_one_speaker_agreeing_is_no_agreement(types):
    # usa-today_2016-01-13_trump...: an expert sharing a view (CAMEO 019, no PLOVER type).
    assert "AGREE" not in _kinds(types("Iowa State University's Dianne Bystrom agreed."))


def test_the_second_half_of_a_call_is_asked_not_conceded(types):
    # politico_2016-01-05_republicans...: "comply" is what NATO asks, not a concession.
    got = types("NATO's secretary general, meanwhile, called on the North Korean regime to abandon its "
                "nuclear weapons and comply with the international community.")
    assert "CONCEDE" not in _kinds(got)
    assert "REQUEST" in _kinds(got)


def test_pardoning_oneself_concedes_to_no_one(types):
    # wash-post_2016-01-31_state-department...: Rubio's gibe; the actor acts on no other.
    got = types('Rubio said her first acts as president may very well be to pardon herself.')
    assert "CONCEDE" not in _kinds(got)


def test_sexist_attacks_are_words(types):
    # breitbart_2016-02-08_the-... : an attack qualified as words is criticism, not force.
    got = types("Sanders has denounced supporters that level sexist attacks, saying his campaign does not "
                "want them.")
    assert "ASSAULT" not in _kinds(got)


def test_the_attack_on_a_school_stays_force(types):
    # ECB+ 41/41_9ecb.xml: a shell hitting a UN school in Gaza.
    got = types("Three shells hit Fakhura, a girls elementary school in the Jabalya refugee camp in northern "
                "Gaza, at about 3pm on Tuesday.")
    assert "ASSAULT" in _kinds(got)
