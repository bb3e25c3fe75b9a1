"""Merging one happening told several times in a document (`sitrep.events.merge`)."""

from __future__ import annotations

from sitrep.events.merge import merge_events
from sitrep.records import Actor, Event, Evidence

USA, SYR = Actor.of("USA", "United States"), Actor.of("SYR", "Syria")
WHITE_HOUSE = Actor.of("USA", "White House", "GOV")


def _sanctions(start: int, attributed_to: Actor | None = None, speaker: str | None = None) -> Event:
    evidence = Evidence("the United States imposed new sanctions on Syria", start, start + 48, "text")
    return Event(USA, SYR, "SANCTION", "asserted", evidence, attributed_to=attributed_to, speaker=speaker)


def test_a_later_telling_gives_its_claim_as_one_pair() -> None:
    # told first in the reporter's voice, then again in a spokesman's words
    merged = merge_events([_sanctions(0), _sanctions(200, WHITE_HOUSE, "Josh Earnest")])
    assert len(merged) == 1
    assert (merged[0].attributed_to, merged[0].speaker) == (WHITE_HOUSE, "Josh Earnest")
    assert len(merged[0].also) == 1


def test_a_speaker_is_never_paired_with_another_claims_actor() -> None:
    # the first telling names a voice with no actor; a later claim does not lend it its actor
    merged = merge_events([_sanctions(0, None, "the court"), _sanctions(200, WHITE_HOUSE, "Josh Earnest")])
    assert (merged[0].attributed_to, merged[0].speaker) == (None, "the court")
