"""Turn a coded document into the rows the ledger stores, with stable ids and a content hash."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sitrep.records import CodedDocument, Document, Event, Evidence


def content_hash(doc: Document) -> str:
    """A hash of what the document says (text and metadata), to tell a re-ingest from an update."""
    payload = json.dumps(doc.public(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def event_id(document_id: str, event: Event) -> str:
    """A stable id: the same document, evidence, type and actors always give the same id."""
    spans = [event.evidence, *event.also]
    key = "|".join(
        [
            document_id,
            event.type,
            event.source.code if event.source else "",
            event.target.code if event.target else "",
            ";".join(f"{e.section}:{e.start}-{e.end}" for e in spans),
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def iso_date(value: str | None) -> date | None:
    """An ISO date string as a date; anything else (partial dates, junk) as None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_PERIOD = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d\d)|-W(?P<week>\d\d)(?P<weekend>-WE)?)?|(?P<decade>\d{3})")


def period(value: str | None) -> tuple[date, date] | None:
    """The first and last day of the period an event date names (TimeML values: `YYYY-MM-DD`,
    `YYYY-MM`, `YYYY`, `YYYY-Www` Monday to Sunday, `-WE` its Saturday and Sunday, decades `YYY`).

    A date keeps its precision: "last week" is seven days and "since September 2014" a month, so
    that two reports of one strike, one dated by its day and one by "last week", can be told to
    overlap rather than compared day by day from the period's first day.
    """
    if not value:
        return None
    m = _PERIOD.fullmatch(value)  # before `iso_date`: Python reads "2015-W18" as that week's Monday
    if m is None:
        day = iso_date(value)
        return (day, day) if day is not None else None
    try:
        if m["decade"]:
            first = int(m["decade"]) * 10
            return date(first, 1, 1), date(first + 9, 12, 31)
        year = int(m["year"])
        if m["week"]:
            monday = date.fromisocalendar(year, int(m["week"]), 1)
            return (monday + timedelta(days=5) if m["weekend"] else monday), monday + timedelta(days=6)
        if m["month"]:
            month = int(m["month"])
            after = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), after - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # "2016-13", week 54
        return None


def period_start(value: str | None) -> date | None:
    """The first day of the period an event date names, as the ledger's `event_date` column holds it.

    An event of 1985 ("killed by an officer in 1985") or of last December is stored under the first
    day of that year or month, not under the report's publication date, which the ledger falls back
    to for undated events and which would put history among this week's news.
    """
    span = period(value)
    return span[0] if span else None


def period_end(value: str | None) -> date | None:
    """The last day of the period an event date names (`event_end`; see `period`)."""
    span = period(value)
    return span[1] if span else None


@dataclass(slots=True)
class DocumentRows:
    """Everything one document adds to the ledger."""

    document: dict[str, Any]
    events: list[dict[str, Any]]
    evidence: list[dict[str, Any]]


def _evidence_row(event_id_: str, document_id: str, ordinal: int, ev: Evidence) -> dict[str, Any]:
    return {
        "event_id": event_id_,
        "document_id": document_id,
        "ordinal": ordinal,
        "section": ev.section,
        "start": ev.start,
        "end": ev.end,
        "text": ev.text,
    }


def document_rows(coded: CodedDocument) -> DocumentRows:
    """The rows of a coded document; events whose ids collide get a numbered suffix."""
    doc = coded.document
    events: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    seen: set[str] = set()
    for ordinal, ev in enumerate(coded.events):
        eid = base = event_id(doc.id, ev)
        n = 1
        while eid in seen:  # two events from the same span, type and actors (e.g. different modes)
            n += 1
            eid = f"{base}-{n}"
        seen.add(eid)
        events.append(
            {
                "id": eid,
                "document_id": doc.id,
                "ordinal": ordinal,
                "source": ev.source.code if ev.source else None,
                "source_name": ev.source.name if ev.source else None,
                "source_country": ev.source.country if ev.source else None,
                "target": ev.target.code if ev.target else None,
                "target_name": ev.target.name if ev.target else None,
                "target_country": ev.target.country if ev.target else None,
                "type": ev.type,
                "mode": ev.mode,
                "context": ev.context,
                "cameo": ev.cameo,
                "attributed_to": ev.attributed_to.code if ev.attributed_to else None,
                "attributed_name": ev.attributed_to.name if ev.attributed_to else None,
                "speaker": ev.speaker,
                "instrument": ev.instrument,
                "quantity": ev.quantity,
                "location": ev.location,
                "event_date": period_start(ev.event_date),
                "event_end": period_end(ev.event_date),
                "confidence": float(ev.confidence),
                "trigger": ev.trigger,
                "cluster_id": None,
            }
        )
        for i, span in enumerate([ev.evidence, *ev.also]):
            evidence.append(_evidence_row(eid, doc.id, i, span))
    document = {
        "id": doc.id,
        "content_hash": content_hash(doc),
        "title": doc.title,
        "subtitle": doc.subtitle,
        "published": iso_date(doc.published),
        "publisher": doc.publisher,
        "author": doc.author,
        "url": doc.url,
        "origin": doc.origin,
        "language": doc.language,
        "text": doc.text,
        "events": len(events),
        "duplicate_of": None,
    }
    return DocumentRows(document, events, evidence)
