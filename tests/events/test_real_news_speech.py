"""Verbal and diplomatic events on real political news: one test per mechanism.

Every text is from an article of the PolNeAR corpus, train split (`corpora/polnear/train/text/`);
the file each comes from is named above its test.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import CORPORA

TRAIN = CORPORA / "polnear" / "train" / "text"
DEFICIT = TRAIN / "nyt_2016-01-20_falling-deficit-to-reverse-cours.txt"
SUMMIT = TRAIN / "usa-today_2016-04-01_obama-asian-leaders-huddle-on-re.txt"




@pytest.fixture(scope="module")
def events(events):
    """text -> (source, target, type) of the whole pipeline's events, dated as these reports are."""
    return lambda text, published="2016-03-01": events(text, published)


def _types(events: Any, text: str) -> set[str]:
    return {t for _, _, t in events(text)}


# --- verdicts: "called X 'stupid'" is criticism (coder.code_evaluation) ----------------------------

# breitbart_2016-02-08_former-mexico-leader-calderon-ca.txt (headline)
def test_calling_an_actors_idea_stupid_accuses_it(events) -> None:
    found = events("Former Mexico leader Calderon calls Trump’s idea for border wall ‘stupid’, "
                   "‘useless.’")
    assert ("MEXELI", "USAELI", "ACCUSE") in found


# huff-post_2015-12-20_why-the-democratic-party-s-move-.txt
def test_calling_a_partys_decision_arbitrary_accuses_the_party(events) -> None:
    found = events("Sanders called the DNC’s suspension “arbitrary.”")
    assert ("USALEG", "USAPTY", "ACCUSE") in found


# nyt_2016-04-08_tensions-flare-after-sanders-cal.txt (headline, a small clause)
def test_calling_a_rival_unqualified_accuses_her(events) -> None:
    found = events("Tensions flare after Sanders calls Clinton unqualified.")
    assert ("USALEG", "USAELI", "ACCUSE") in found


# --- bare assurances and campaign promises are no AGREE (coder._assent, events_of) ----------------

# huff-post_2016-05-25_obama-to-asians-worried-about-u-.txt
def test_i_promise_alone_is_no_agreement(events) -> None:
    text = ("“Usually, eventually the voters make good decisions and democracy works,” replied Obama. "
            "“Things are going to be ok. I promise.”")
    assert "AGREE" not in _types(events, text)


# nyt_2016-01-20_falling-deficit-to-reverse-cours.txt
def test_a_candidates_proposal_to_no_one_is_no_agreement(events) -> None:
    text = ("Democratic presidential candidates, including Hillary Clinton and Senator Bernie Sanders of "
            "Vermont, have proposed spending increases for a range of domestic initiatives.")
    assert "AGREE" not in _types(events, text)


# --- conjoined parties of a symmetric act act with each other (code_verb pairs) ------------------

# nyt_2016-01-20_falling-deficit-to-reverse-cours.txt (the whole article: its "Congress" is the US one)
def test_congress_and_the_president_agree_with_each_other_not_with_the_taxpayers(events) -> None:
    found = events(DEFICIT.read_text(encoding="utf-8"), published="2016-01-20")
    agreed = {(s, t) for s, t, kind in found if kind == "AGREE"}
    assert agreed & {("USALEG", "USAGOV"), ("USAGOV", "USALEG")}
    assert not {t for _, t in agreed} & {"USABUS", "USACVL"}


# --- ordinary people sent or travelling are no aid and no visit ----------------------------------

# breitbart_2016-02-08_former-mexico-leader-calderon-ca.txt
def test_a_state_sending_its_people_is_no_aid(events) -> None:
    text = "“When Mexico sends its people, they’re not sending their best,” he said."
    assert "AID" not in _types(events, text)


# breitbart_2016-02-08_former-mexico-leader-calderon-ca.txt ("give X a shot": an idiom)
def test_giving_a_candidate_a_shot_is_no_aid(events) -> None:
    text = ("Calderon intimated disappointment that the American people have given Trump a real shot at "
            "succeeding Barack Obama in the Oval Office next January.")
    assert "AID" not in _types(events, text)


# breitbart_2016-02-08_former-mexico-leader-calderon-ca.txt
def test_citizens_going_abroad_is_no_visit(events) -> None:
    text = "“Mexican citizens don’t want to go to the U.S. They can work for a motor company,” he said."
    assert "CONSULT" not in _types(events, text)


# --- warnings of a danger, phone calls, polls, votes: no speech act -----------------------------

# politico_2015-11-19_trump-calls-for-bringing-back-su.txt
def test_warning_followers_of_a_danger_is_no_threat(events) -> None:
    text = ("On Thursday, Donald Trump expanded upon his calls for increased surveillance of the Muslim "
            "community in the United States, warning followers on social media and in interviews that the "
            "Islamic State could easily penetrate the country.")
    assert "THREATEN" not in _types(events, text)


# politico_2016-07-14_susan-brooks-planning-to-enter-i.txt
def test_making_calls_to_members_is_no_request(events) -> None:
    text = ("Indiana GOP Rep. Susan Brooks is planning to seek her party's gubernatorial nomination. Clark "
            "said Brooks had begun making calls to committee members.")
    assert "REQUEST" not in _types(events, text)


# politico_2016-04-22_poll-trump-a-big-turnoff-for-flo.txt
def test_what_a_share_of_voters_says_is_a_poll_not_support(events) -> None:
    text = ("But Trump’s controversial candidacy could shift the tides this cycle, with 47 percent of Cuban "
            "Americans saying they will certainly support Hillary Clinton over Trump.")
    assert "SUPPORT" not in _types(events, text)


# politico_2016-08-28_christie-doubles-down-on-trump-s.txt
def test_should_vote_for_a_candidate_is_advice_not_a_demand(events) -> None:
    text = ("Christie said that \"If people want safer streets, they want police supported, then they should "
            "vote for Donald Trump.\"")
    assert "REQUEST" not in _types(events, text)


# wash-post_2015-12-10_netanyahu-rejects-trump-s-remark.txt
def test_what_one_refused_to_say_is_no_demand(events) -> None:
    text = ("Donald Trump was jeered last week after he refused to say that Jerusalem should be the "
            "undivided and recognized capital of Israel.")
    assert "REQUEST" not in _types(events, text)


# --- who speaks, and to whom --------------------------------------------------------------------

# huff-post_2016-04-27_why-does-israel-refuse-to-recogn.txt (a document speaks for its issuer)
def test_a_resolution_calling_on_a_state_is_its_issuers_request(events) -> None:
    text = ("After the European Parliament passed a resolution calling on Turkey to recognize the Armenian "
            "genocide, Azerbaijan's foreign ministry spokesman said it was an example of double standards.")
    assert ("EU", "TUR", "REQUEST") in events(text)


# nyt_2016-01-20_falling-deficit-to-reverse-cours.txt ("budget watchdog groups had pressed for Congress
# to offset the costs"; the whole article)
def test_pressing_for_congress_to_act_asks_congress(events) -> None:
    found = events(DEFICIT.read_text(encoding="utf-8"), published="2016-01-20")
    assert any(t == "USALEG" and kind == "REQUEST" for _, t, kind in found)


# huff-post_2015-12-20_why-the-democratic-party-s-move-.txt (an attack noun with its relative clause)
def test_an_attack_a_senator_leveled_at_rivals_is_criticism(events) -> None:
    text = ("But Sanders’ apology overshadowed an attack he leveled just seconds earlier at Clinton and the "
            "Democratic National Committee for their handling of the situation.")
    found = events(text)
    assert ("USALEG", "USAELI", "ACCUSE") in found
    assert ("USALEG", "USAPTY", "ACCUSE") in found


# politico_2016-03-23_sanders-scrambles-to-keep-pace-w.txt (a gerund after "before" keeps the subject)
def test_ripping_a_rival_after_criticizing_another_is_criticism(events) -> None:
    text = ("Clinton repeatedly, implicitly criticized the Republican front-runner Trump on foreign policy "
            "before also ripping Ted Cruz.")
    assert ("USAELI", "USALEG", "ACCUSE") in events(text)


# nyt_2016-04-08_tensions-flare-after-sanders-cal.txt ("against" hangs on the particle)
def test_pushing_back_against_an_attack_rejects_its_author(events) -> None:
    text = "The Clinton campaign pushed back against Mr. Sanders's attack on her qualifications."
    assert ("USAELI", "USALEG", "REJECT") in events(text)


# nyt_2016-01-20_falling-deficit-to-reverse-cours.txt (a refusal answers the proposal before it)
def test_a_refusal_after_a_proposal_rejects_the_proposer(events) -> None:
    text = ("Mr. Obama had proposed paying for the tax cuts by raising taxes on the wealthiest Americans, "
            "but the Republicans who control Congress refused.")
    assert ("USAPTY", "USAGOV", "REJECT") in events(text)


# wash-post_2015-12-10_netanyahu-rejects-trump-s-remark.txt (session 16: a meeting announced with its date
# is the meeting, planned, even when the visitor's own officials announce it: CODEBOOK mode "scheduled")
def test_a_scheduled_meeting_is_the_meeting_planned(events) -> None:
    text = ("Israeli Prime Minister Benjamin Netanyahu will meet with Donald Trump later this month, "
            "Israeli officials said Wednesday. The officials said the prime minister's Dec. 28 meeting with "
            "Trump was scheduled two weeks ago.")
    found = events(text)
    assert ("ISRGOV", "USAELI", "CONSULT") in found
    assert ("ISRGOV", "USAELI", "AGREE") not in found


# politico_2016-06-13_terrorism-experts-rebuke-trump-p.txt (verbs.yaml object family "pledge allegiance")
def test_pledging_allegiance_to_a_group_supports_it(events) -> None:
    text = ("\"We have to really increase the bombings,\" the presumptive Republican presidential nominee "
            "told \"Fox and Friends\" after he was asked about the Islamic State's claim of credit for the "
            "attack by an American Muslim who pledged his allegiance to the group during the massacre that "
            "killed 49 people and wounded 53.")
    found = events(text)
    assert ("USAREL", "IMG", "SUPPORT") in found
    assert not any(kind == "AGREE" for _, _, kind in found)


# breitbart_2015-12-11_exclusive-maria-espinoza-anti-il.txt (a campaign meeting with victims' families) and
# nyt_2016-07-25_political-future-unsure-at-fox-a.txt (going to a network)
def test_a_candidate_meeting_families_or_going_to_a_network_is_no_consultation(events) -> None:
    met = "In August Trump met with Espinoza and families of victims killed by illegal aliens."
    went = ("When Donald J. Trump wanted to proclaim his doubts about President Obama's birth certificate, "
            "he went to Fox News.")
    assert "CONSULT" not in _types(events, met)
    assert "CONSULT" not in _types(events, went)


# usa-today_2016-04-01_obama-asian-leaders-huddle-on-re.txt ("The leaders were expected to discuss the
# battle against the Islamic State and climate change": a meeting's topic is no partner; the whole article)
def test_what_a_meeting_discusses_is_not_its_partner(events) -> None:
    found = events(SUMMIT.read_text(encoding="utf-8"), published="2016-04-01")
    assert not any(t == "IMG" for _, t, kind in found if kind == "CONSULT")
    assert any(kind == "CONSULT" for _, _, kind in found)  # the meetings themselves are coded


# breitbart_2016-02-07_after-rubio-stumbles-rivals-see-.txt ("call out": criticism)
def test_calling_a_rival_out_is_criticism(events) -> None:
    text = ("Christie unleashed withering attacks against Rubio in Saturday’s debate, and the New Jersey "
            "governor tripped up Rubio by calling him out in real-time for his reliance on rehearsed talking "
            "points.")
    assert ("USAGOV", "USALEG", "ACCUSE") in events(text)


# wash-post_2016-03-03_staffer-who-set-up-clinton-email.txt (an event noun made in a reduced passive needs
# its counterpart: a deal one lawyer brokered is no agreement between actors)
def test_a_deal_brokered_by_a_lawyer_is_no_agreement(events) -> None:
    text = ("In a deal brokered by Kendall, the subpoena was withdrawn and Clinton testified voluntarily "
            "in 1998.")
    assert "AGREE" not in _types(events, text)
