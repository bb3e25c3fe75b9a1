"""One event per distinct happening: merge the same happening told in headline, lead and quote."""

from __future__ import annotations

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
        for name in ("attributed_to", "speaker", "instrument", "quantity", "location", "context",
                     "event_date", "cameo"):
            if getattr(first, name) is None and getattr(ev, name) is not None:
                setattr(first, name, getattr(ev, name))
        first.confidence = min(1.0, max(first.confidence, ev.confidence) + 0.05)
    return sorted(merged.values(), key=lambda e: (SECTION_RANK.get(e.evidence.section, 3), e.evidence.start))
