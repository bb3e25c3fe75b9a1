"""One event per distinct happening: merge the same happening told in headline, lead and quote."""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.events.lexicon import SYMMETRIC_TYPES
from sitrep.records import Event

SECTION_RANK = {"text": 0, "subtitle": 1, "title": 2}


def happening_key(event: Event) -> tuple[str | None, str | None, str, str]:
    """What makes two coded events the same happening: who did what to whom, in which mode."""
    src = event.source.code if event.source else None
    tgt = event.target.code if event.target else None
    if event.type in SYMMETRIC_TYPES and src and tgt and tgt < src:
        src, tgt = tgt, src
    return src, tgt, event.type, event.mode


def _overlaps(a: Event, b: Event) -> bool:
    ea, eb = a.evidence, b.evidence
    return ea.section == eb.section and ea.start < eb.end and eb.start < ea.end


def merge_events(events: list[Event]) -> list[Event]:
    """Merge events of one document that report the same happening; the body span stays primary."""
    ordered = sorted(events, key=lambda e: (SECTION_RANK.get(e.evidence.section, 3), e.evidence.start))
    merged: dict[tuple[str | None, str | None, str, str], Event] = {}
    for ev in ordered:
        key = happening_key(ev)
        first = merged.get(key)
        if first is None:
            merged[key] = ev
            continue
        if not _overlaps(first, ev) and all(
                not (x.section == ev.evidence.section and x.start == ev.evidence.start) for x in first.also):
            first.also.append(ev.evidence)
        if first.attributed_to is None and first.speaker is None and ev.attributed_to is not None:
            first.attributed_to, first.speaker = ev.attributed_to, ev.speaker  # one claim: actor and voice
        for name in ("instrument", "quantity", "location", "context", "event_date", "cameo"):
            if getattr(first, name) is None and getattr(ev, name) is not None:
                setattr(first, name, getattr(ev, name))
        first.confidence = min(1.0, max(first.confidence, ev.confidence) + 0.05)
    kept = [ev for ev in merged.values() if not _told_fuller(ev, merged.values())]
    return sorted(kept, key=lambda e: (SECTION_RANK.get(e.evidence.section, 3), e.evidence.start))


def _told_fuller(event: Event, events: Iterable[Event]) -> bool:
    """Whether a recipient-less event is part of a span that codes the same act with its recipient.

    "to kill and injure innocent civilians" codes "kill" with no one and "injure civilians": one
    happening, told in full by the second.
    """
    if event.target is not None or event.source is None:
        return False
    return any(other is not event and other.target is not None and other.source is not None
               and other.source.code == event.source.code and other.type == event.type
               and other.mode == event.mode and _overlaps(other, event)
               for other in events)
