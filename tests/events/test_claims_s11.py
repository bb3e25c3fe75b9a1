"""Mode, attribution and event dates on real news (session 11): performatives, hypotheticals, asides,
headings after a colon, the report's own date, TIME entities, durations, and merging told-apart days.

Sentences from PolNeAR train texts (`shared/corpora/polnear/train/text/<file>`, named in each case) and
the article-extraction pages (`shared/benchmarks/article-extraction/html/<id>.html.gz`), judged by
CODEBOOK.md (Mode, Attribution, Other fields: event_date).
"""

from __future__ import annotations

from tests.events.conftest import triples

from sitrep.events.merge import merge_events, same_time
from sitrep.records import Actor, Event, Evidence

# --- mode ---------------------------------------------------------------------------------------------


def test_a_first_person_wish_to_thank_is_the_thanks_itself(coded) -> None:
    # "I particularly want to commend Donald Trump" (wash-post_2016-04-30_indiana-governor-endorses-cruz-b),
    # its construction with a thanks the coder reads: the act is made in the saying (asserted)
    got = triples(coded('"I want to thank President Putin for his help," Obama said.',
                        {"President Putin": "RUSGOV", "Obama": "USAGOV"}))
    assert ("USAGOV", "RUSGOV", "SUPPORT", "asserted") in got


def test_a_wish_to_meet_stays_planned(coded) -> None:
    # the control: a meeting wanted is not made by saying so
    got = triples(coded('"We want to meet Putin next month," Obama said.',
                        {"Putin": "RUSGOV", "Obama": "USAGOV"}))
    assert ("USAGOV", "RUSGOV", "CONSULT", "planned") in got


def test_an_imagined_doer_would_is_possible(coded) -> None:
    # wash-post_2015-11-17_republicans-turning-their-backs-: the writer's argument, no one's plan
    got = triples(coded("A worthy opposition would demand more force and clarity from Obama on the "
                        "Islamic State.", {"A worthy opposition": "USAOPP", "Obama": "USAGOV"}))
    assert {mode for _, t, kind, mode in got if t == "USAGOV"} == {"possible"}


def test_a_counterfactual_if_makes_would_possible(pipeline) -> None:
    # the counterfactual of huff-post_2015-12-03 ("Sanders said if he were president, DACA and DAPA would
    # be supplemented ..."), told of a strike
    coded = pipeline.code_text("Trump said if he were president he would bomb the Islamic State.",
                               published="2016-03-10")
    assert [e.mode for e in coded.events if e.type == "ASSAULT"] == ["possible"]


def test_a_reported_would_stays_planned(pipeline) -> None:
    # politico_2016-03-10_trump-s-rivals-pull-their-punche: a pledge reported
    text = "Trump said he would deploy up to 30,000 American soldiers in the Middle East."
    coded = pipeline.code_text(text, published="2016-03-10")
    assert coded.events and {e.mode for e in coded.events} == {"planned"}


# --- attribution --------------------------------------------------------------------------------------


def test_a_parenthesised_aside_is_the_writers(claims) -> None:
    # wash-post_2015-12-12_misinformation-enters-mainstream: the correction is the reporter's, not Trump's
    attributor, doc = claims("Trump never cited a source for his claim in November that Obama wants to take "
                             "in as many as 250,000 Syrian refugees (Obama has proposed accepting 10,000 "
                             "Syrians).")
    wants = next(t for t in doc if t.text == "wants")
    proposed = next(t for t in doc if t.text == "proposed")
    assert attributor.claim_for("text", wants.i).speaker == "Trump"
    assert attributor.claim_for("text", proposed.i).speaker != "Trump"  # Obama's own proposal


def test_an_aside_with_its_own_cue_keeps_it(claims) -> None:
    # an aside of a PolNeAR train 300-419 nyt text: "(The French ... are big fans ..., Mr. Madden said.)"
    attributor, doc = claims("The show sells well abroad, the producer said (the French are big fans of it, "
                             "Mr. Madden said).")
    fans = next(t for t in doc if t.text == "fans")
    assert "Madden" in (attributor.claim_for("text", fans.i).speaker or "")


def test_evidence_told_by_a_speaker_is_the_speakers_claim(claims) -> None:
    # article-extraction page d90bda7ed14d (Amnesty on Iran's protests): the footage is Amnesty's evidence
    attributor, doc = claims("Verified video footage, eyewitness testimony from people on the ground and "
                             "information gathered from human rights activists outside Iran reveal a "
                             "harrowing pattern of unlawful killings by Iranian security forces, said "
                             "Amnesty International on Tuesday, November 19.")
    killings = next(t for t in doc if t.text == "killings")
    assert attributor.claim_for("text", killings.i).speaker == "Amnesty International"


def test_a_statement_alone_keeps_its_source(claims) -> None:
    # "the statement said" with no maker named: the statement, not some other actor of the story
    attributor, doc = claims("Trump spoke in Ohio on Monday.\n\nRussian troops shelled Ukrainian positions "
                             "near Donetsk, the statement said.")
    shelled = next(t for t in doc if t.text == "shelled")
    claim = attributor.claim_for("text", shelled.i)
    assert claim.speaker == "the statement" and claim.actor is None


def test_a_heading_ends_a_colon_statement(claims) -> None:
    # article-extraction page 680c2848e94a: the writer's section follows "what the early reviews say:"
    attributor, doc = claims("Stadia, Google's streaming gaming platform, launches today. Here's what the "
                             "early reviews say:\n\nWhat Does Stadia Offer?\n\nStadia is Google's attempt to "
                             "make cloud gaming happen, and the company has promised a lot.")
    attempt = next(t for t in doc if t.text == "attempt")
    assert attributor.claim_for("text", attempt.i).speaker is None


# --- dates --------------------------------------------------------------------------------------------


def test_the_reports_day_does_not_date_what_it_reports(event_date) -> None:
    # nyt 2016-07 (PolNeAR train): Tuesday is when Comey spoke, not when the account was hacked
    text = ("Comey said on Tuesday that his investigators had no direct evidence that Hillary Clinton's "
            "email account had been successfully hacked.")
    assert event_date(text, "hacked", "2016-07-08") is None
    assert event_date("Kerry said on Friday that Russian jets bombed a hospital in Aleppo.", "bombed",
                      "2016-03-10") is None


def test_a_speakers_own_clause_date_does_not_date_the_report(event_date) -> None:
    # a weekday in the speaker's relative clause ("critics who on Sunday cast ...", session 10's notes)
    text = "Critics who on Sunday cast doubt on the deal said Iran had attacked a Saudi tanker."
    assert event_date(text, "attacked", "2016-03-10") is None


def test_a_date_in_the_reported_clause_still_counts(event_date) -> None:
    text = "Russian jets bombed a hospital in Aleppo on Friday, activists said."
    assert event_date(text, "bombed", "2016-03-10") == "2016-03-04"


def test_a_time_entity_with_a_weekday_dates_the_event(event_date) -> None:
    # politico_2016-01-05_republicans-blast-obama-after-no
    text = "Sen. Marco Rubio responded first, ripping into President Barack Obama late Tuesday night."
    assert event_date(text, "ripping", "2016-01-06") == "2016-01-05"


def test_another_dated_item_keeps_its_date(event_date) -> None:
    # politico_2015-12-31_more-than-clinton-emails-now-dee
    text = ("In another Jan. 17, 2013 email, Clinton asks her assistant to print out recommendations on CGI "
            "and Clinton Foundation leadership.")
    assert event_date(text, "asks", "2015-12-31") == "2013-01-17"


def test_a_duration_is_no_date(event_date) -> None:
    # nyt_2016-06-29_the-perfect-term-for-conservativ: four days before another event, not before publication
    text = ("The court seemed to send an assertive signal four days before Justice Scalia died, blocking the "
            "Obama administration's effort to combat global warming.")
    assert event_date(text, "blocking", "2016-06-29") is None


# --- merge --------------------------------------------------------------------------------------------


def _attack(start: int, day: str | None) -> Event:
    return Event(source=Actor.of("RUS", "Russian jets", "MIL"), target=Actor.of("SYR", "rebels", "REB"),
                 type="ASSAULT", mode="asserted", evidence=Evidence("x", start, start + 1, "text"),
                 event_date=day)


def test_two_days_are_two_happenings() -> None:
    # "Russian jets attacked rebels near Aleppo on Monday. ... attacked rebels near Aleppo again on Thursday"
    merged = merge_events([_attack(0, "2016-03-07"), _attack(50, "2016-03-10"), _attack(90, None)])
    assert sorted(e.event_date for e in merged) == ["2016-03-07", "2016-03-10"]


def test_periods_that_overlap_are_one_time() -> None:
    assert same_time("2016-03", "2016-03-04") and same_time("2016-W09", "2016-03-04")
    assert not same_time("2016-W09", "2016-03-10") and not same_time("2008", "2016-03")
