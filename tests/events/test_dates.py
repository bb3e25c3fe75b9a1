"""Event dates: relative expressions resolved against the publication date (cases say where from)."""

from __future__ import annotations

import pytest

from sitrep.events.dates import resolve_event_date, resolve_expression, tense_preference


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("Friday", "2022-12-09", "2022-12-09", "seed: 'the White House said on Friday', a Friday"),
        ("on Friday", "2022-12-12", "2022-12-09", "seed sentence, read three days later"),
        ("Thursday", "1990-08-16", "1990-08-16", "TimeBank AP900816-0139 (corpus README sample)"),
        ("Friday", "1998-08-07", "1998-08-07", "AQUAINT APW19980807.0261 (corpus README sample)"),
        ("last week", "2013-03-22", "2013-W11", "te3-platinum 'the last week', DCT 2013-03-22"),
        ("this week", "2013-03-22", "2013-W12", "te3-platinum"),
        ("next year", "2013-03-22", "2014", "te3-platinum"),
        ("late last July", "2013-03-22", "2012-07", "te3-platinum"),
        ("last summer", "2013-03-22", "2012-SU", "te3-platinum"),
        ("Last month", "2013-03-22", "2013-02", "te3-platinum"),
        ("two years ago", "2013-03-22", "2011", "te3-platinum"),
        ("August", "2013-03-22", "2012-08", "te3-platinum: a month before publication is the past one"),
        ("Feb. 28", "2013-03-21", "2013-02-28", "te3-platinum nyt_20130321_china_pollution"),
        ("yesterday", "2022-12-09", "2022-12-08", "seed publication date"),
        ("June last year", "1998-02-19", "1997-06", "AQUAINT (Pol Pot story)"),
        ("since this spring", "2022-12-09", "2022-SP", "seed: 'training Iranian pilots since this spring'"),
    ],
)
def test_relative_expressions(text, published, expected, source):
    assert resolve_expression(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("December 09, 2022", "2022-12-09"),  # seed dateline
        ("March 22, 2013", "2013-03-22"),  # te3-platinum DCT text
        ("May 2010", "2010-05"),  # te3-platinum
        ("2010", "2010"),  # te3-platinum
        ("9 December 2022", "2022-12-09"),
    ],
)
def test_absolute_dates_need_no_publication_date(text, expected):
    assert resolve_expression(text, None) == expected


def test_relative_dates_without_publication_date_stay_unknown():
    assert resolve_expression("Friday", None) is None
    assert resolve_expression("last week", None) is None


def test_future_sentences_look_ahead():
    # te3-platinum: "... is due to be published in May" (DCT 2013-03-22): the coming May
    sentence = "A book of memoirs by Mr Lowe is due to be published in May"
    assert tense_preference(sentence) == "future"
    assert resolve_expression("May", "2013-03-22", tense_preference(sentence)) == "2013-05"
    assert resolve_expression("Monday", "2022-12-09", "future") == "2022-12-12"
    assert tense_preference("the White House said on Friday") == "past"


def test_event_date_from_a_parsed_sentence(pipeline):
    # seed, paragraph 1 and paragraph 5
    said = pipeline.nlp("Russia is providing Iran with military assistance, the White House said on Friday.")
    assert resolve_event_date(next(said.sents), "2022-12-09") == "2022-12-09"
    spring = pipeline.nlp("The new relationship has included Russia training Iranian pilots on its SU-35 "
                          "fighter jets since this spring.")
    # a season becomes its first month
    assert resolve_event_date(next(spring.sents), "2022-12-09") == "2022-03"
    assert resolve_event_date(next(said.sents), None) is None


def test_event_date_prefers_the_trigger_clause(pipeline):
    # AQUAINT APW19980807.0261 (README sample) with the dateline date added before it
    doc = pipeline.nlp("On Saturday, officials said suspected bombs exploded outside the U.S. embassies "
                       "Friday.")
    exploded = next(t for t in doc if t.text == "exploded")
    assert resolve_event_date(doc[:], "1998-08-08", trigger=exploded) == "1998-08-07"
    assert resolve_event_date(doc[:], "1998-08-08") == "1998-08-08"
