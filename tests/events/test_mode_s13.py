"""Mode and event dates on real news (session 13): hypothetical event nouns under a verb that only answers
them, feared acts, signs, copula schedules ("is to cut"), adjoined participles and time clauses sharing
their main clause's "will", spaCy's "hoping" -> "hop", header lines with a day number, infinitives
describing a noun, spans counted from another time, seasons ahead.

Sentences from the TempEval-3 TimeBank texts (`shared/corpora/tempeval3/TimeBank/<file>`), the ECB+
corpus (`shared/corpora/ecbplus/ECB+/<topic>/<file>`) and re3d dev documents
(`shared/corpora/re3d`), named in each case, judged by CODEBOOK.md (Mode; Other fields: event_date).
"""

from __future__ import annotations

import pytest

from sitrep.events.dates import resolve_event_date, resolve_expression
from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import mode_of


def _mode(pipeline, text: str, word: str, nth: int = 0) -> str:
    doc = pipeline.nlp(text)
    token = [t for t in doc if t.text == word][nth]
    return mode_of(token, load_lexicon())


# --- mode -------------------------------------------------------------------------------------------------


def test_an_indefinite_attack_a_verb_will_answer_is_possible(pipeline) -> None:
    # TimeBank WSJ900813-0157.tml: no attack on Jordan is told, only Israel's answer to one
    text = ("Israel has publicly declared that it will respond to an Iraqi attack on Jordan because it won't "
            "allow Iraq's dangerous army to take control of Jordan's long border with Israel.")
    assert _mode(pipeline, text, "attack") == "possible"


def test_an_attack_answered_in_the_past_is_asserted(pipeline) -> None:
    # the control: the past answer tells the attack happened
    assert _mode(pipeline, "Israel responded to a rocket attack from Gaza.", "attack") == "asserted"


def test_signs_of_an_act_hedge_it(pipeline) -> None:
    # TimeBank WSJ910225-0066.tml
    text = ("There are likely to be additional American prisoners of war taken, and there are signs that "
            "President Hussein is taking Kuwaiti hostages.")
    assert _mode(pipeline, text, "taking") == "possible"


@pytest.mark.parametrize("text, word", [
    # the known open case of session 12 (TimeBank WSJ900813-0157.tml speaks of "the much-feared direct
    # invasion of Saudi Arabia"): a feared act may never come
    ("Saudi officials voiced fears that Iraq will invade Saudi Arabia.", "invade"),
    ("Saudi officials fear Iraq would invade Saudi Arabia.", "invade"),
])
def test_a_feared_act_is_possible_whatever_its_will(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "possible"


def test_a_will_under_a_report_still_plans(pipeline) -> None:
    # the control: a told intention is planned
    assert _mode(pipeline, "Saudi officials said Iraq will invade Saudi Arabia.", "invade") == "planned"


def test_a_copula_with_an_infinitive_is_a_schedule(pipeline) -> None:
    # ECB+ 8/8_1ecbplus.xml (Greek riots, 5 May 2010)
    text = ("Among the major measures , the government is to cut 13th and 14th month bonus pay for civil "
            "servants and retirees ; require three years more for pension contributions ; and raise the "
            "retirement age for women to 65 .")
    assert _mode(pipeline, text, "cut") == "planned"


def test_is_to_blame_is_no_schedule(pipeline) -> None:
    assert _mode(pipeline, "Russia is to blame for the attack.", "blame") == "asserted"


def test_a_participle_shares_its_clauses_will(pipeline) -> None:
    # re3d dev, UK Government 6CB38F21A7 (Foreign Secretary joins international call for access in Aleppo)
    text = ("Following the meeting in Paris the Foreign Secretary will return to the Gulf, visiting Saudi "
            "Arabia on 11 December.")
    assert _mode(pipeline, text, "visiting") == "planned"


def test_a_participle_does_not_share_a_negation(pipeline) -> None:
    # the control: "did not attend, citing ..." cites all the same
    assert _mode(pipeline, "Germany did not attend the summit, citing the attack.", "citing") == "asserted"


def test_a_present_time_clause_under_will_is_still_to_come(pipeline) -> None:
    # ECB+ 36/36_7ecbplus.xml has "his jail is ready for Jeffs whenever he arrives"; under a "will":
    text = "The sheriff will meet Jeffs when he arrives in the small West Texas town of Eldorado."
    assert _mode(pipeline, text, "arrives") == "planned"


def test_hoping_keeps_its_silent_e(pipeline) -> None:
    # ECB+ 16/16_7ecbplus.xml: spaCy lemmatizes "hoping" as "hop"
    text = ("Los Angeles County Sheriff's Deputy Jerry Ortiz was looking for a man considered to be a "
            "\"career criminal\" and was hoping to arrest him on suspicion of attempted murder , officials "
            "said Saturday .")
    assert _mode(pipeline, text, "arrest") == "planned"


def test_an_event_noun_brought_in_as_the_subject_of_would_is_possible(pipeline) -> None:
    # PolNeAR dev nyt_2016-09-28_what-mexico-could-do-when-up-aga.txt
    assert _mode(pipeline, "A trade war would certainly hurt the United States.", "war") == "possible"


def test_an_event_noun_brought_in_as_the_subject_of_will_is_planned(pipeline) -> None:
    # the schedule form of the same construction (constructed)
    text = "Talks between Russia and Ukraine will resume in Minsk next week."
    assert _mode(pipeline, text, "Talks") == "planned"


def test_a_known_happening_under_will_is_still_told(pipeline) -> None:
    # the control: "the invasion" is the reader's, its cost is what is foretold
    assert _mode(pipeline, "The invasion will cost Russia billions.", "invasion") == "asserted"


def test_a_claim_that_moves_the_speaker_is_taken_as_true(pipeline) -> None:
    # re3d dev, UK Government 32AACD4CCB (Tobias Ellwood on the Al Bu Nimr tribe)
    text = ("I am deeply concerned and shocked by reports that ISIL has killed 70 members of the Al Bu Nimr "
            "tribe in Anbar province, Iraq.")
    assert _mode(pipeline, text, "killed") == "asserted"
    # the control: the same claim in no one's voice is hedged
    hedged = "There are reports that ISIL has killed 70 members of the tribe."
    assert _mode(pipeline, hedged, "killed") == "possible"


@pytest.mark.parametrize("text, word", [
    # ECB+ 18/18_4ecbplus.xml
    ("Police in bulletproof vests and with guns could be seen going into the building , and people from "
     "inside could later be seen walking quickly out through a parking lot .", "walking"),
    # PolNeAR dev wash-post_2016-09-25_phone-video-is-first-public-look.txt
    ("Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.", "yelling"),
])
def test_what_could_be_seen_or_heard_happened(pipeline, text: str, word: str) -> None:
    assert _mode(pipeline, text, word) == "asserted"


def test_could_on_another_passive_still_hedges(pipeline) -> None:
    # the control
    assert _mode(pipeline, "Russian troops could be sent to Syria.", "sent") == "possible"


# --- dates ------------------------------------------------------------------------------------------------


def test_a_span_counted_from_another_time_has_no_date() -> None:
    # ECB+ 36/36_8ecbplus.xml (published 2010-06-12): "Fourteen months later , he was arrested outside
    # Las Vegas" counts from the story's earlier time, not from publication
    assert resolve_expression("Fourteen months later", "2010-06-12") is None
    assert resolve_expression("two days ago", "2010-06-12") == "2010-06-10"  # the control


def test_a_season_ahead_is_next_years_when_this_years_is_over() -> None:
    # re3d dev, EU Delegation to Syria 26E0189E3D: "the EU will be hosting a conference in Brussels ...
    # in spring" (a statement of late December)
    assert resolve_expression("spring", "2016-12-30", "future") == "2017-SP"
    assert resolve_expression("spring", "2016-12-30", "past") == "2016-SP"


def test_a_header_line_with_a_day_number_dates_no_event(pipeline) -> None:
    # ECB+ 8/8_7ecbplus.xml: the headline and its "Updated" line are joined in one sentence
    doc = pipeline.nlp("3 dead after protesters torch Greek bank\nUpdated Thu 6 May 2010 , 9 : 03am AEST\n")
    torch = next(t for t in doc if t.text == "torch")
    assert resolve_event_date(torch.sent, "2010-05-06", torch) is None


def test_a_day_on_an_infinitive_describing_a_noun_lies_ahead(pipeline) -> None:
    # ECB+ 8/8_1ecbplus.xml (published 2010-05-05, a Wednesday): the vote is the coming Thursday
    doc = pipeline.nlp("After rallying in two separate demonstrations in central Athens , members of the "
                       "main unions began converging on parliament , where the government was preparing for "
                       "the measures to be voted on Thursday .")
    voted = next(t for t in doc if t.text == "voted")
    rallying = next(t for t in doc if t.text == "rallying")
    assert resolve_event_date(voted.sent, "2010-05-05", voted) == "2010-05-06"
    assert resolve_event_date(rallying.sent, "2010-05-05", rallying) is None  # not a day of the news week


def test_a_charged_act_takes_no_day_from_the_sentencing(pipeline) -> None:
    # ECB+ 36/36_5ecbplus.xml (published 2011-08-09, a Tuesday): the assaults were years before
    doc = pipeline.nlp("Polygamist sect leader Warren Jeffs was sentenced to life in a Texas prison on "
                       "Tuesday following his conviction on charges that he sexually assaulted two young "
                       "girls he claimed as brides.")
    assaulted = next(t for t in doc if t.text == "assaulted")
    sentenced = next(t for t in doc if t.text == "sentenced")
    assert resolve_event_date(assaulted.sent, "2011-08-09", assaulted) is None
    assert resolve_event_date(sentenced.sent, "2011-08-09", sentenced) == "2011-08-09"  # the control


def test_likely_to_hedges_and_plans_nothing(pipeline) -> None:
    # article-extraction page 57d46c9d751e (Reuters, oil): a likelihood, no plan of Russia's
    text = ("Oil fell after sources told Reuters that Russia is unlikely to agree to cut its oil output "
            "further at a meeting with fellow exporters next month.")
    assert _mode(pipeline, text, "agree") == "possible"
    assert _mode(pipeline, "Russia is ready to attack Ukraine.", "attack") == "planned"  # the control


def test_a_hedge_with_its_own_infinitive_hedges_only_that(pipeline) -> None:
    # TimeBank APW19980227.0494.tml: the visit is planned, its purpose only likely
    text = ("Kuchma also planned to visit Russian gas giant Gazprom, most likely to discuss Ukraine's dlrs "
            "1.2 billion debt to the company.")
    assert _mode(pipeline, text, "visit") == "planned"
    assert _mode(pipeline, text, "discuss") == "possible"
