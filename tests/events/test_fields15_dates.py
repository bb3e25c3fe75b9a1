"""Event dates on wire-story sentences (session 15): a date on a verb with "would" in a report told in the
past is the report's future ("said that Lavrov would pay a working visit to Minsk on June 19", UrduPoint /
Sputnik, 11 June 2020: this June 19, not last year's); "would have" looks back.
"""

from __future__ import annotations

from sitrep.events.dates import resolve_event_date


def _date(pipeline, text: str, trigger: str, published: str) -> str | None:
    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return resolve_event_date(tok.sent, published, tok)


def test_future_in_the_past_points_ahead(pipeline):
    text = "The deputy minister said that Lavrov would pay a working visit to Minsk on June 19."
    assert _date(pipeline, text, "pay", "2020-06-11") == "2020-06-19"
    text = "The ministry said Putin would meet Erdogan on Friday."
    assert _date(pipeline, text, "meet", "2020-06-11") == "2020-06-12"  # published on a Thursday


def test_a_report_of_the_past_still_points_back(pipeline):
    text = "The deputy minister said on June 9 that Lavrov visited Minsk on Monday."
    assert _date(pipeline, text, "visited", "2020-06-11") == "2020-06-08"
    text = "Officials said the two leaders would have met on Monday."
    assert _date(pipeline, text, "met", "2020-06-11") == "2020-06-08"
