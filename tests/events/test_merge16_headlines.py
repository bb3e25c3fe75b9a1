"""Session 16: a headline retells the lead in its own words; one sentence names one strike's doer twice.

Sentences are written in the form of the scraped pages of /work/notes/pages15 (a Gulf News headline
"Russian attacks in ... region" over a lead of civilians killed, a Globe and Mail headline "coalition
airstrike in Syria" over civilians killed in coalition airstrikes, a Dawn lead of a drone strike that
killed militants and destroyed a compound); none is copied from a page.
"""

from __future__ import annotations

from sitrep.events.merge import Telling, merge_events
from sitrep.records import Actor, Event, Evidence


def _assaults(coded) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.evidence.section)
            for e in coded.events if e.type == "ASSAULT"]


def test_a_headline_retells_the_lead_in_other_words(pipeline) -> None:
    # "attacks" in the headline, "killed" in the lead: one happening, the lead's telling kept
    coded = pipeline.code_text("Russian forces killed seven civilians in Kharkiv on Sunday, the regional "
                               "governor said.", title="Russian attacks in Ukraine's Kharkiv region")
    assert _assaults(coded) == [("RUSMIL", "UKRCVL", "text")]
    assert [span.section for span in coded.events[0].also] == ["title"]


def test_a_headline_meeting_is_the_lead_talks(pipeline) -> None:
    coded = pipeline.code_text("Chinese President Xi Jinping on Tuesday held talks with his French "
                               "counterpart Emmanuel Macron in Beijing, a day after Macron arrived.",
                               title="Macron meets China's Xi")
    consults = [e for e in coded.events if e.type == "CONSULT"]
    assert len(consults) == 1 and consults[0].evidence.section == "text"


def test_a_headline_of_another_act_type_stays(pipeline) -> None:
    # the headline rule retells acts of the lead's type only: a protest headline over a lead of arrests
    coded = pipeline.code_text("Police arrested dozens of opposition supporters in Dhaka on Sunday, "
                               "officials said.", title="Bangladesh opposition protests election")
    types = sorted(e.type for e in coded.events)
    assert "COERCE" in types and ("PROTEST" in types or len(types) == 1)


def _event(text: str, span: str, source: Actor, target: Actor) -> Event:
    start = text.index(span)
    return Event(source, target, "ASSAULT", "asserted", Evidence(span, start, start + len(span), "text"),
                 trigger=span.split()[0])


def test_one_sentence_names_one_strikes_doer_at_two_levels() -> None:
    # a drone strike that killed fighters and destroyed their compound: the kill coded with the US
    # military, the destruction with the US named bare, on the fighters and on Pakistan, one strike
    text = ("On Monday a US drone strike killed four suspected fighters and destroyed their compound in "
            "Pakistan's tribal belt.")
    kill = _event(text, "killed four suspected fighters and destroyed their compound",
                  Actor("USAMIL", "US drone", "MIL", "USA"), Actor("PAKUAF", "militants", "UAF", "PAK"))
    destroy = _event(text, "destroyed their compound in Pakistan's tribal belt",
                     Actor("USA", "US", None, "USA"), Actor("PAK", "Pakistan", None, "PAK"))
    told = {id(kill): Telling(0, False, False, False), id(destroy): Telling(0, False, False, False)}
    merged = merge_events([kill, destroy], told)
    assert [(e.source.code, e.target.code) for e in merged] == [("USAMIL", "PAKUAF")]


def test_two_doers_of_one_state_in_one_sentence_on_other_states_stay_two() -> None:
    # the doer named twice is not enough: the recipients must be one ("struck Syria and Iraq")
    text = "US jets struck targets in Syria on Monday while the US shelled positions in Iraq."
    a = _event(text, "struck targets in Syria on Monday", Actor("USAMIL", "US jets", "MIL", "USA"),
               Actor("SYR", "Syria", None, "SYR"))
    b = _event(text, "shelled positions in Iraq", Actor("USA", "US", None, "USA"),
               Actor("IRQ", "Iraq", None, "IRQ"))
    told = {id(a): Telling(0, False, False, False), id(b): Telling(0, False, False, False)}
    assert len(merge_events([a, b], told)) == 2
