"""Merging one happening told several times in a document (`sitrep.events.merge`)."""

from __future__ import annotations

from sitrep.events.merge import merge_events
from sitrep.records import Actor, Event, Evidence

USA, SYR = Actor.of("USA", "United States"), Actor.of("SYR", "Syria")
WHITE_HOUSE = Actor.of("USA", "White House", "GOV")


def _sanctions(start: int, attributed_to: Actor | None = None, speaker: str | None = None,
               section: str = "text") -> Event:
    evidence = Evidence("the United States imposed new sanctions on Syria", start, start + 48, section)
    return Event(USA, SYR, "SANCTION", "asserted", evidence, attributed_to=attributed_to, speaker=speaker)


def test_a_headline_takes_a_later_tellings_claim_as_one_pair() -> None:
    # told first in a headline (headlines drop "said"), then in a spokesman's words
    merged = merge_events([_sanctions(0, section="title"), _sanctions(200, WHITE_HOUSE, "Josh Earnest")])
    assert len(merged) == 1
    assert (merged[0].attributed_to, merged[0].speaker) == (WHITE_HOUSE, "Josh Earnest")
    assert len(merged[0].also) == 1


def test_the_journalists_own_telling_keeps_its_voice() -> None:
    # CODEBOOK, Attribution: a happening stated in the journalist's own voice has no attribution, even
    # when a spokesman repeats it later in the report
    merged = merge_events([_sanctions(0), _sanctions(200, WHITE_HOUSE, "Josh Earnest")])
    assert len(merged) == 1
    assert (merged[0].attributed_to, merged[0].speaker) == (None, None)


def test_a_speaker_is_never_paired_with_another_claims_actor() -> None:
    # the first telling names a voice with no actor; a later claim does not lend it its actor
    merged = merge_events([_sanctions(0, None, "the court"), _sanctions(200, WHITE_HOUSE, "Josh Earnest")])
    assert (merged[0].attributed_to, merged[0].speaker) == (None, "the court")


def test_a_later_telling_in_the_doers_own_word_lends_it() -> None:
    # PolNeAR train (held-out range) "the FBI investigation of Hillary Clinton", told later as the FBI's
    # own act: the act is the FBI's word, whoever tells it first
    merged = merge_events([_sanctions(0), _sanctions(200, USA, "the United States")])
    assert (merged[0].attributed_to, merged[0].speaker) == (USA, "the United States")
