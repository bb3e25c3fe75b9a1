"""Event dates, follow-ups: a dateline's or header line's date is the report's, not an event's; a light
verb's event noun dates the event; relative dates still resolve against publication (cases say where from)."""

from __future__ import annotations

import pytest

from sitrep.events.dates import resolve_event_date


@pytest.fixture(scope="module")
def event_date(pipeline):
    """(text, trigger word, published) -> the event date of the first sentence holding that word."""

    def run(text: str, word: str, published: str | None, nth: int = 0) -> str | None:
        doc = pipeline.nlp(text)
        trigger = [t for t in doc if t.text == word][nth]
        return resolve_event_date(trigger.sent, published, trigger)

    return run


def test_a_header_line_joined_to_the_headline_is_the_reports_date(event_date) -> None:
    # ECB+ 12_4ecbplus: the "Published on" line is parsed into the headline's sentence
    text = ("Indian Navy captures 26 Somali pirates in Gulf of Aden\n"
            "Published on : Fri , 11 Nov 2011 at 09 : 56 IST\n"
            "New Delhi / Mumbai : An Indian warship foiled a five - boat pirate attack on merchant vessels.")
    assert event_date(text, "captures", "2011-11-12") is None  # was 2011-11-11, the header line's


def test_a_header_label_flattened_into_a_sentence_is_the_reports_date(event_date) -> None:
    # ECB+ 12_4ecbplus, its header lines flattened onto one line as a scraped page prints them
    text = "Indian Navy captures 26 Somali pirates in Gulf of Aden Published on 11 Nov 2011 ."
    assert event_date(text, "captures", None) is None


def test_prose_about_a_publication_keeps_its_date(event_date) -> None:
    # ECB+ 20_8ecbplus's event sentence: a lower-case verb of the story is no header label
    text = "A powerful earthquake hit southern Iran on Sunday , causing major destruction in seven villages ."
    assert event_date(text, "hit", "2005-11-28") == "2005-11-27"


def test_a_dateline_date_is_the_reports(event_date) -> None:
    # PolNeAR train huff-post_2016-08-31_france-s-marine-le-pen-backs-tru (Reuters dateline); a guard:
    # the parser splits this dateline off, so the date is out of the sentence before and after
    opening = "PARIS, Aug 31 (Reuters) - France's far-right National Front party leader, Marine Le Pen, "
    text = opening + "voiced support for U.S. Republican presidential candidate Donald Trump on Wednesday."
    assert event_date(text, "voiced", "2016-09-02") == "2016-08-31"  # from "on Wednesday", not the dateline
    no_own_date = opening + "voiced support for U.S. Republican presidential candidate Donald Trump."
    assert event_date(no_own_date, "voiced", "2016-09-02") is None  # was 2016-08-31, the dateline's


def test_a_light_verbs_event_noun_dates_the_event(event_date) -> None:
    # PolNeAR train (tuning 600-719): "filed a 2010 fraud lawsuit" -- the lawsuit's year is the filing's
    text = ("The attacks began to fly soon after Tarla Makaeff filed a 2010 fraud lawsuit "
            "against Trump University.")
    assert event_date(text, "filed", "2016-03-01") == "2010"


def test_the_event_nouns_own_date_beats_a_time_clauses(event_date) -> None:
    # PolNeAR train (pope Francis story): "made a 2014 stop" is dated 2014, not by "just as ... on Wednesday"
    text = ("Just as he made a politically charged visit to the border of Mexico and the United States on "
            "Wednesday, Francis also made a 2014 stop in Bethlehem to pray at the graffiti-covered wall.")
    assert event_date(text, "made", "2016-02-19", nth=1) == "2014"


@pytest.mark.parametrize(
    ("text", "word", "published", "expected"),
    [
        # ECB+ 12_18ecb
        ("Meanwhile , Somali pirates Saturday released a Greek chemical tanker , the MV Action .",
         "released", "2008-12-15", "2008-12-13"),
        # PolNeAR train: "last week picked up the endorsement"
        ("The Texas senator led both Donald Trump and John Kasich by significant margins in the days "
         "leading up to the contest and last week picked up the endorsement of Gov. Scott Walker.",
         "picked", "2016-04-01", "2016-W12"),
        # seed 000: "since this spring" -> the season's first month
        ("The new relationship has included Russia training Iranian pilots on its SU-35 fighter jets since "
         "this spring.", "training", "2022-12-09", "2022-03"),
    ],
)
def test_relative_dates_still_resolve_against_publication(event_date, text, word, published, expected):
    assert event_date(text, word, published) == expected


def test_an_event_without_a_date_has_none(event_date) -> None:
    # ECB+ 12_10ecb: no date anywhere in the sentence
    text = "The Indian navy has captured 23 Somalian pirates ."
    assert event_date(text, "captured", "2008-12-15") is None


def test_a_date_on_a_phrases_first_modifier_dates_the_phrase(event_date) -> None:
    # PolNeAR train ("13 Hours" story): the parser hangs 2012 on "Benghazi", not on "crisis", whose
    # relative clause holds the attack; the crisis's year dates the attack (was None)
    text = ("13 Hours will cover the 2012 Benghazi, Libya, crisis in which a U.S. State Department compound "
            "and The Annex, a CIA station, were both attacked by Islamic terrorists.")
    assert event_date(text, "attacked", "2016-01-15") == "2012"
