"""Session 17 (clusters): a meeting a report recalls as an earlier one ("their last meeting", "in earlier
summit meetings") is another happening than the meeting it tells, though told with the same sides and
words.

Sentences are written in the form of the scraped pages of /work/notes/pages16/clusters (Indian and US
reports of a leaders' summit that recall the pair's meetings before it); none is copied from a page.
"""

from __future__ import annotations

from sitrep.events.merge import Telling, merge_events
from sitrep.records import Actor, Event, Evidence

USA = Actor.of("USA", "Joe Biden", "GOV")
CHN = Actor.of("CHN", "Xi Jinping", "GOV")


def _consults(coded) -> list[str]:
    return [e.evidence.text for e in coded.events if e.type == "CONSULT"]


def test_the_pairs_last_meeting_is_another_meeting(pipeline) -> None:
    # form of page 066: today's meeting, then "Their last meeting" recalled in the next sentence
    coded = pipeline.code_text("US President Joe Biden met Chinese President Xi Jinping in California on "
                               "Wednesday. Their last meeting, in Bali, produced a pledge on climate.",
                               published="2023-11-16")
    assert _consults(coded) == ["US President Joe Biden met Chinese President Xi Jinping in California on "
                                "Wednesday", "Their last meeting"]


def test_earlier_summit_meetings_are_other_meetings(pipeline) -> None:
    # form of page 040: the trust "developed in earlier summit meetings" is not today's summit
    coded = pipeline.code_text("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in "
                               "Wuhan on Friday. The two leaders had built trust in their earlier summit "
                               "meetings, officials said.", published="2023-11-16")
    assert len(_consults(coded)) == 2


def _event(text: str, start: int, trigger: str) -> Event:
    return Event(type="CONSULT", source=USA, target=CHN, mode="asserted", trigger=trigger,
                 evidence=Evidence(text=text, section="text", start=start, end=start + len(text)))


def _telling(sentence: int, definite: bool) -> Telling:
    return Telling(sentence=sentence, definite=definite, anew=False, newcomer=False)


def test_a_time_phrase_with_last_is_no_earlier_meeting() -> None:
    # "their meeting last week" dates the meeting told; "last" after the noun looks back to no other one
    first = _event("Biden met Xi on Wednesday", 0, "meet")
    again = _event("their meeting last week", 40, "meeting")
    merged = merge_events([first, again], {id(first): _telling(0, False), id(again): _telling(40, True)})
    assert len(merged) == 1


def test_a_recalled_meeting_told_definitely_stays_apart() -> None:
    first = _event("Biden met Xi on Wednesday", 0, "meet")
    before = _event("their previous talks", 40, "talks")
    merged = merge_events([first, before], {id(first): _telling(0, False), id(before): _telling(40, True)})
    assert len(merged) == 2
