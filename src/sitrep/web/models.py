"""The API's typed models: defined once here, they validate, document (OpenAPI) and serialise.

The `*Out` models of `/api/extract` mirror `sitrep.records` field for field (`Event.public()`,
`Document.public()`, `CodedDocument.public()`); the `*Row` models mirror the ledger's query rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sitrep.web.limits import MAX_TEXT_CHARS, MAX_TITLE_CHARS


class Model(BaseModel):
    """Base: ignore extra keys the ledger may add later, so a new column never breaks the API."""

    model_config = ConfigDict(extra="ignore")


# -- the `sitrep extract` contract (records.py) --------------------------------------------------
class ActorOut(Model):
    code: str
    name: str
    sector: str | None = None


class AttributionOut(Model):
    code: str
    name: str


class EvidenceOut(Model):
    text: str
    start: int
    end: int
    section: str = "text"


class EventOut(Model):
    """One coded event, exactly as `sitrep extract` prints it."""

    source: ActorOut | None = None
    target: ActorOut | None = None
    type: str
    context: str | None = None
    mode: str
    cameo: str | None = None
    attributed_to: AttributionOut | None = None
    speaker: str | None = None
    instrument: str | None = None
    quantity: str | None = None
    location: str | None = None
    event_date: str | None = None
    evidence: EvidenceOut
    also_in: list[EvidenceOut] = Field(default_factory=list)
    trigger: str | None = None
    confidence: float


class DocumentOut(Model):
    id: str
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    text: str


class CodedDocumentOut(Model):
    """One line of `sitrep extract`: the cleaned document and its events."""

    document: DocumentOut
    events: list[EventOut]


class ExtractRequest(Model):
    """Text to code without storing it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="Article body (plain text).")
    title: str | None = Field(default=None, max_length=MAX_TITLE_CHARS)
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")


# -- ledger rows ---------------------------------------------------------------------------------
class EventRow(Model):
    """An event as the ledger lists it, with its first evidence span and its document."""

    id: str
    document_id: str
    date: dt.date | None = None
    event_date: dt.date | None = None
    published: dt.date | None = None
    publisher: str | None = None
    source: str | None = None
    source_name: str | None = None
    target: str | None = None
    target_name: str | None = None
    type: str
    mode: str
    context: str | None = None
    cameo: str | None = None
    attributed_to: str | None = None
    speaker: str | None = None
    instrument: str | None = None
    quantity: str | None = None
    location: str | None = None
    confidence: float | None = None
    trigger: str | None = None
    cluster_id: str | None = None
    title: str | None = None
    url: str | None = None
    evidence: str | None = None
    evidence_section: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None


class EventPage(Model):
    items: list[EventRow]
    limit: int
    offset: int
    has_more: bool


class Span(Model):
    """One evidence span of a stored event: offsets into its document's `section`."""

    section: str
    start: int
    end: int
    text: str


class StoredEvent(Model):
    """An event as stored, with every evidence span."""

    id: str
    document_id: str
    ordinal: int
    source: str | None = None
    source_name: str | None = None
    source_country: str | None = None
    target: str | None = None
    target_name: str | None = None
    target_country: str | None = None
    type: str
    mode: str
    context: str | None = None
    cameo: str | None = None
    attributed_to: str | None = None
    attributed_name: str | None = None
    speaker: str | None = None
    instrument: str | None = None
    quantity: str | None = None
    location: str | None = None
    event_date: dt.date | None = None
    confidence: float | None = None
    trigger: str | None = None
    cluster_id: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class ClusterMember(Model):
    id: str
    document_id: str
    date: dt.date | None = None
    publisher: str | None = None
    title: str | None = None
    source: str | None = None
    target: str | None = None
    type: str
    mode: str
    evidence: str | None = None


class Cluster(Model):
    """Events that report the same happening, with their number of independent sources."""

    id: str
    type: str
    source: str | None = None
    target: str | None = None
    mode: str | None = None
    events: int
    documents: int
    sources: int
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    disputed: bool
    asserted_by: list[str] | None = None
    denied_by: list[str] | None = None
    members: list[ClusterMember] = Field(default_factory=list)


class DocumentRef(Model):
    id: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None


class EventDetail(Model):
    event: StoredEvent
    document: DocumentRef
    cluster: Cluster | None = None


class DocumentRow(Model):
    id: str
    title: str | None = None
    subtitle: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    events: int
    duplicate_of: str | None = None
    stored_at: dt.datetime | None = None


class DocumentPage(Model):
    items: list[DocumentRow]
    limit: int
    offset: int
    has_more: bool


class DocumentLink(Model):
    other_id: str
    kind: str
    similarity: float | None = None


class DocumentDetail(DocumentRow):
    """A stored document with its cleaned text, its events and every evidence span."""

    text: str
    events_coded: list[StoredEvent] = Field(default_factory=list)
    links: list[DocumentLink] = Field(default_factory=list)


class ActorRow(Model):
    code: str
    name: str | None = None
    sector: str | None = None
    country: str | None = None
    events_as_source: int
    events_as_target: int
    documents: int


class ActorPage(Model):
    items: list[ActorRow]
    limit: int
    offset: int
    has_more: bool


class DyadPeriod(Model):
    """One period of a dyad: counts per type, and the cooperation/conflict score of asserted events."""

    period: dt.date
    events: int
    asserted: int
    cooperation: int
    conflict: int
    score: float | None = Field(default=None, description="Mean Goldstein score of asserted events.")
    types: dict[str, int] = Field(default_factory=dict, description="Events per PLOVER type.")
    directions: dict[str, int] = Field(default_factory=dict, description="Events per direction (A->B).")


class DyadResponse(Model):
    a: str
    b: str
    by: Literal["day", "week", "month", "year"]
    periods: list[DyadPeriod]


class NetworkNode(Model):
    code: str
    name: str
    country: str = ""
    x: float
    y: float
    events: int = Field(description="Events in which the actor is source or target (edges shown).")


class NetworkEdge(Model):
    source: str
    target: str
    weight: int
    cooperation: int
    conflict: int
    goldstein: float
    documents: int
    types: dict[str, int]


class NetworkResponse(Model):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool = Field(description="True when only the heaviest edges are shown.")


class IngestResponse(Model):
    id: str
    stored: bool = Field(description="False when the same content was already in the ledger.")
    events: int


class ErrorResponse(Model):
    detail: str
