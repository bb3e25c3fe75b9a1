"""Session 16 (merge3): a meeting told on in the next sentence is one meeting; a merged event keeps the
voice of its lead or its denier.

Sentences are written in the form of the scraped pages of /work/notes/pages15 and pages16 (a Pakistani
report of two foreign ministers who "held discussions" and then "held talks", a PTI lead "held formal
talks" later recalled in the leader's words, an AP headline "Kremlin denies plans to invade" over a body
that dismisses reports alleging it); none is copied from a page.
"""

from __future__ import annotations

from sitrep.events.merge import Telling, merge_events
from sitrep.records import Actor, Event, Evidence

RUS, UKR = Actor.of("RUS", "Russia"), Actor.of("UKR", "Ukraine")
KREMLIN = Actor.of("RUS", "Kremlin", "GOV")
CHN = Actor.of("CHN", "Xi Jinping", "GOV")
USA = Actor.of("USA", "Joe Biden", "GOV")

OPENING = "The Egyptian government announced new measures on food prices on Sunday. "


def _consults(coded) -> list[tuple[str, str | None]]:
    return [(e.trigger or "", e.event_date) for e in coded.events if e.type == "CONSULT"]


def test_talks_told_on_in_the_next_sentence_are_the_same_meeting(pipeline) -> None:
    # pages15/actors/001 form: the meeting, then "They held talks on ..." adding only the topics
    coded = pipeline.code_text(OPENING + "Egyptian President Sisi and Palestinian President Abbas met in "
                               "Cairo on Tuesday. They held talks on trade, water and energy.",
                               published="2023-02-10")
    consults = [e for e in coded.events if e.type == "CONSULT"]
    assert len(consults) == 1
    assert [span.text[:4] for span in consults[0].also] == ["They"]


def test_two_meetings_told_in_turn_stay_two(pipeline) -> None:
    # another month and another city: a second meeting, even with no "again"
    coded = pipeline.code_text(OPENING + "Egyptian President Sisi met Palestinian President Abbas in "
                               "Cairo in May. In January Sisi held talks with Abbas in Ramallah.",
                               published="2023-02-10")
    assert len(_consults(coded)) == 2
    coded = pipeline.code_text(OPENING + "Egyptian President Sisi met Palestinian President Abbas in "
                               "Cairo in May. They met again in Ramallah in January.", published="2023-02-10")
    assert len(_consults(coded)) == 2


def _invasion(start: int, section: str, attributed_to: Actor | None, speaker: str | None) -> Event:
    evidence = Evidence("plans to invade Ukraine", start, start + 23, section)
    return Event(RUS, UKR, "ASSAULT", "negated", evidence, attributed_to=attributed_to, speaker=speaker,
                 trigger="invade")


def test_a_denial_keeps_its_denier_not_the_alleger() -> None:
    # the body's telling is voiced by the reports it dismisses ("Western"); the headline gives the
    # doer denying its own act: the merged denial is the Kremlin's
    body = _invasion(120, "text", None, "Western")
    title = _invasion(0, "title", KREMLIN, "Kremlin")
    merged = merge_events([title, body])
    assert len(merged) == 1
    assert (merged[0].attributed_to, merged[0].speaker) == (KREMLIN, "Kremlin")


def test_a_denial_voiced_by_its_doer_keeps_that_voice() -> None:
    # the primary already has the doer's side as its voice: a later telling does not replace it
    body = _invasion(120, "text", KREMLIN, "Dmitry Peskov")
    later = _invasion(400, "text", RUS, "Moscow")
    merged = merge_events([body, later])
    assert (merged[0].attributed_to, merged[0].speaker) == (KREMLIN, "Dmitry Peskov")


def _talks(start: int, attributed_to: Actor | None, speaker: str | None) -> Event:
    evidence = Evidence("Xi held talks with Biden", start, start + 24, "text")
    return Event(CHN, USA, "CONSULT", "asserted", evidence, attributed_to=attributed_to, speaker=speaker,
                 trigger="hold talk")


def test_a_lead_in_the_journalists_voice_keeps_it() -> None:
    # PTI form: the lead states the talks; the leader recalling "their meetings" later does not make
    # the lead his claim (CODEBOOK, Attribution)
    lead, recalled = _talks(0, None, None), _talks(600, CHN, "Xi Jinping")
    tellings = {id(lead): Telling(0, False, False, False), id(recalled): Telling(590, True, False, False)}
    merged = merge_events([lead, recalled], tellings)
    assert len(merged) == 1
    assert (merged[0].attributed_to, merged[0].speaker) == (None, None)


def test_a_later_sentence_in_the_journalists_voice_still_takes_the_doers_word() -> None:
    # not the lead: the doer's own word is lent as before ("the FBI investigation", then "is investigating")
    first, later = _talks(300, None, None), _talks(600, CHN, "Xi Jinping")
    tellings = {id(first): Telling(290, True, False, False), id(later): Telling(590, True, False, False)}
    merged = merge_events([first, later], tellings)
    assert (merged[0].attributed_to, merged[0].speaker) == (CHN, "Xi Jinping")


def test_talks_told_as_added_in_the_next_sentence_stay_apart(pipeline) -> None:
    # "also" tells one more meeting of the pair (a trilateral one beside the bilateral visit)
    coded = pipeline.code_text(OPENING + "Egyptian President Sisi met Palestinian President Abbas in "
                               "Cairo on Tuesday. Sisi also held talks with Abbas on trade and energy.",
                               published="2023-02-10")
    assert len(_consults(coded)) == 2
