"""Speech acts on real political news: what is said that is no event, and what is.

Every text is from an article of the PolNeAR corpus, train split (`corpora/polnear/train/text/`); the
file each comes from is named above its test. Where the wrong coding needed the article's context
(who "he" is, which deal), the test codes the whole article.
"""

from __future__ import annotations

from typing import Any

from tests.conftest import CORPORA

TRAIN = CORPORA / "polnear" / "train" / "text"

Coded = tuple[str | None, str | None, str, str]


def _coded(pipeline: Any, text: str, published: str = "2016-08-01") -> set[Coded]:
    coded = pipeline.code_text(text, published=published)
    return {(e.source and e.source.code, e.target and e.target.code, e.type, e.mode) for e in coded.events}


def _article(pipeline: Any, name: str) -> set[Coded]:
    return _coded(pipeline, (TRAIN / name).read_text(encoding="utf-8"), published=name.split("_")[1])


# wash-post_2016-09-07_republican-seeks-new-clinton-inq.txt: "for example" is an aside, not "ask for";
# asking whether someone committed perjury is a question, not an allegation
def test_an_aside_does_not_key_a_verb_and_a_question_alleges_nothing(pipeline) -> None:
    found = _article(pipeline, "wash-post_2016-09-07_republican-seeks-new-clinton-inq.txt")
    assert not any(s == "USALEG" and t == "USAELI" and k in ("REQUEST", "ACCUSE") for s, t, k, _ in found)


# wash-post_2016-08-06_clinton-acknowledges-that-she-mi.txt: "Comey indicated that Clinton ... 'should
# have known that an unclassified system was no place' for a classified conversation"
def test_should_have_done_reproaches_and_asks_nothing(pipeline) -> None:
    found = _article(pipeline, "wash-post_2016-08-06_clinton-acknowledges-that-she-mi.txt")
    assert ("USACOP", "USAELI", "ACCUSE", "asserted") in found
    assert not any(k == "REQUEST" for _, _, k, _ in found)


# wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi.txt: "Congress has to approve any future deals
# with Iran" is an obligation, no deal
def test_what_an_actor_has_to_do_is_no_happening(pipeline) -> None:
    found = _article(pipeline, "wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi.txt")
    assert not any(t == "IRN" and k == "AGREE" for _, t, k, _ in found)


# wash-post_2016-07-22_republican-assails-elites-as-he-.txt: "his family, friends and employees talked
# glowingly about his character" is no meeting of parties
def test_unnamed_people_talking_together_hold_no_talks(pipeline) -> None:
    found = _article(pipeline, "wash-post_2016-07-22_republican-assails-elites-as-he-.txt")
    assert not any(k == "CONSULT" for _, _, k, _ in found)


# wash-post_2016-08-28_in-crazy-election-gary-johnson-s.txt: "where he declined to criticize Clinton"
def test_declining_to_criticize_is_criticism_negated_not_a_rejection(pipeline) -> None:
    found = _article(pipeline, "wash-post_2016-08-28_in-crazy-election-gary-johnson-s.txt")
    assert not any(t == "USAELI" and k == "REJECT" for _, t, k, _ in found)
    assert any(t == "USAELI" and k == "ACCUSE" and mode == "negated" for _, t, k, mode in found)


# west-journal_2015-12-07_immediately-after-obama-s-terror.txt: "defended his record against ISIS" backs
# no ISIS; "the need for Americans to recognize" is wished, not done; "railed at Obama's refusal" criticises
def test_defence_against_a_party_and_a_wished_act_support_no_one(pipeline) -> None:
    found = _article(pipeline, "west-journal_2015-12-07_immediately-after-obama-s-terror.txt")
    assert not any(k == "SUPPORT" for _, _, k, _ in found)
    assert ("USAELI", "USAGOV", "ACCUSE", "asserted") in found


# wash-post_2016-09-03_hacker-who-exposed-clinton-s-use.txt: "requested that Lazar be immediately
# released": the request is about the passive clause's subject
def test_a_request_that_someone_be_freed_is_a_request(pipeline) -> None:
    found = _article(pipeline, "wash-post_2016-09-03_hacker-who-exposed-clinton-s-use.txt")
    assert any(s == "ROUGOV" and k == "REQUEST" for s, _, k, _ in found)


# west-journal_2015-11-10_christian-speaker-just-shared-th.txt: "people that are praying for and
# encouraging Mr. Donald Trump" cheer him on and ask nothing of him
def test_encouraging_someone_with_nothing_asked_is_no_request(pipeline) -> None:
    found = _article(pipeline, "west-journal_2015-11-10_christian-speaker-just-shared-th.txt")
    assert not any(k == "REQUEST" for _, _, k, _ in found)


# wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi.txt: a reported verdict on an act names its
# author ("mistake by the Obama administration"), not the partner of the deal
def test_warning_that_a_deal_was_a_mistake_criticizes_its_author(pipeline) -> None:
    found = _article(pipeline, "wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi.txt")
    assert any(t == "USAGOV" and k == "ACCUSE" for _, t, k, _ in found)
    assert not any(t == "IRN" and k == "ACCUSE" for _, t, k, _ in found)


# nyt_2016-03-04_republicans-have-stake-in-a-deal.txt: a yes/no question reports no offer
def test_a_yes_no_question_reports_no_act(pipeline) -> None:
    found = _coded(pipeline, "In other words, can Obama offer the Republicans something they want, and at "
                             "what price?")
    assert not any(k == "AGREE" for _, _, k, _ in found)


# usa-today_2016-03-21_trump-campaign-makes-a-capital-i.txt: a candidate arriving in his own capital
def test_arriving_in_ones_own_capital_is_no_visit(pipeline) -> None:
    found = _coded(pipeline, "Republican front-runner Donald Trump, the self-proclaimed, consummate "
                             "political outsider, is set to meet with the titans of the political "
                             "establishment Monday when he arrives in Washington to hype his campaign and "
                             "local business interests.")
    assert not any(t == "USA" and k == "CONSULT" for _, t, k, _ in found)


# breitbart_2016-03-29_liberal-oscar-winner-sarandon-no.txt: supporters who "would not support Clinton"
# make an electoral choice, not a rejection
def test_voters_withholding_support_reject_no_one(pipeline) -> None:
    found = _coded(pipeline, "\u201cThat\u2019s a legitimate concern, because they\u2019re very passionate "
                             "and very principled,\u201d Sarandon, 69, told MSNBC Monday when asked about "
                             "concerns that Sanders\u2019s supporters would not support Clinton if he loses "
                             "the nomination.")
    assert not any(k == "REJECT" for _, _, k, _ in found)


# huff-post_2016-08-12_why-progressives-are-celebrating.txt: what someone gets others to say is wanted,
# not said
def test_getting_others_to_call_someone_unfit_is_no_criticism(pipeline) -> None:
    found = _coded(pipeline, "\u201cToday\u2019s speech shows that getting some Republicans to say "
                             "Donald Trump is unfit to be president is not mutually exclusive with Clinton "
                             "running on bold progressive ideas,\u201d Adam Green, co-founder of the "
                             "Progressive Campaign Change Committee, said in a statement.")
    assert not any(k == "ACCUSE" for _, _, k, _ in found)
