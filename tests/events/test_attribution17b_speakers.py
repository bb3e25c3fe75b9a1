"""Speakers of quotes framed after them, of requests a medium passes on, and of local media cited under a
dateline (session 17, claims2).

Sentences are written in the form of the session-17 claims2 sample of scraped news pages
(/work/notes/pages17/claims2: rights groups that "called on" a government "..., Reuters reported",
Japanese agencies cited under a TOKYO dateline, a quote followed by "That was the warning from ...", a
quote paragraph whose opening mark was dropped), not copied from them; judged by CODEBOOK.md
(Attribution: a speech act is attributed to the speaking actor).
"""

from __future__ import annotations

from tests.events.conftest import of_type

from sitrep.events.quotes import quote_spans


def test_a_request_a_medium_passes_on_is_the_requesters(whole) -> None:
    events = whole("Amnesty International called on Iran's government to release the detained activists, "
                   "Reuters reported.")
    event = of_type(events, "REQUEST")
    assert (event.attributed_to.code, event.speaker) == ("NGO", "Amnesty International")


def test_a_local_agency_cited_under_a_dateline_is_of_the_datelines_country(whole) -> None:
    events = whole("TOKYO (Reuters) - Japan will impose sanctions on Russia next week, Jiji news agency "
                   "reported.")
    event = of_type(events, "SANCTION")
    assert (event.attributed_to.code, event.speaker) == ("JPNJRN", "Jiji news agency")


def test_a_medium_called_foreign_takes_no_dateline_country(whole) -> None:
    events = whole("TOKYO - Japan will impose sanctions on Russia next week, a foreign news agency reported.")
    event = of_type(events, "SANCTION")
    assert event.attributed_to is None or event.attributed_to.country != "JPN"


def test_a_quote_framed_after_it_is_the_framed_speakers(whole) -> None:
    events = whole('"Israel will strike Hezbollah with full force if the rockets do not stop." That was the '
                   "warning from Israeli Prime Minister Benjamin Netanyahu on Sunday.")
    event = of_type(events, "THREATEN")
    assert (event.attributed_to.code, event.speaker) == ("ISRGOV", "Benjamin Netanyahu")


def test_a_frame_without_a_quote_before_it_takes_nothing(whole) -> None:
    events = whole("Israel will strike Hezbollah with full force if the rockets do not stop. That was the "
                   "warning from Israeli Prime Minister Benjamin Netanyahu on Sunday.")
    assert of_type(events, "THREATEN").speaker != "Benjamin Netanyahu"


def test_a_closing_mark_before_any_opening_one_closes_a_quote_from_the_paragraph_start() -> None:
    # the writer dropped the opening mark: the words before it are quoted, "he added" is not
    text = "The US has also banned two operatives,\u201d he added."
    spans = quote_spans(text, single=False)
    assert [(q.start, q.end) for q in spans] == [(0, text.index("\u201d") + 1)]


def test_a_straight_mark_alone_opens_no_dropped_quote() -> None:
    text = 'He said the talks were "productive and he added more.'
    assert all(q.start > 0 for q in quote_spans(text, single=False))


def test_a_report_opening_its_sentence_tells_the_clause_after_it(whole) -> None:
    # the parser hangs "had reported" on "detained" as an adverbial clause; set off by a comma, it reports
    events = whole("Earlier, the Kurdistan Human Rights Network had reported, Iranian police arrested four "
                   "Kurdish teachers in Sanandaj.")
    assert of_type(events, "COERCE").speaker == "the Kurdistan Human Rights Network"


def test_a_negated_speech_act_stays_with_the_one_who_denies_it(whole) -> None:
    events = whole("The Dutch defence minister said that the United States had not asked the Netherlands "
                   "for military help.")
    event = of_type(events, "REQUEST")
    assert event.mode == "negated" and event.attributed_to.country == "NLD"


def test_a_report_the_parser_conjoined_without_a_conjunction_tells_the_clause_before(whole) -> None:
    # "reported" parsed as a conjunct of "mulling" (the participle "citing" after it); no "and": a report
    events = whole("SEOUL - South Korea is weighing fresh sanctions on North Korea, local newspapers said "
                   "on Monday, quoting unnamed ministry sources.")
    assert of_type(events, "SANCTION").attributed_to is not None
