"""Merging one happening told several times in a document (`sitrep.events.merge`)."""

from __future__ import annotations

from sitrep.events.merge import merge_events
from sitrep.records import Actor, Event, Evidence

RUS, IRN, USA = Actor.of("RUS", "Russia"), Actor.of("IRN", "Iran"), Actor.of("USA", "United States", "GOV")


def _aid(start: int, attributed_to: Actor | None = None, speaker: str | None = None) -> Event:
    evidence = Evidence("Russia is providing Iran with military aid", start, start + 40, "text")
    return Event(RUS, IRN, "AID", "asserted", evidence, attributed_to=attributed_to, speaker=speaker)


def test_a_later_telling_gives_its_claim_as_one_pair() -> None:
    # the seed's shape: told in the reporter's voice, then again in a spokesman's words
    merged = merge_events([_aid(0), _aid(200, USA, "John Kirby")])
    assert len(merged) == 1
    assert (merged[0].attributed_to, merged[0].speaker) == (USA, "John Kirby")
    assert len(merged[0].also) == 1


def test_a_speaker_is_never_paired_with_another_claims_actor() -> None:
    # the first telling names a voice with no actor; a later claim does not lend it its actor
    merged = merge_events([_aid(0, None, "the court"), _aid(200, USA, "John Kirby")])
    assert (merged[0].attributed_to, merged[0].speaker) == (None, "the court")
