"""The plain records that travel between sitrep's stages.

Each concept is defined once here and reused by the ledger, the CLI, the API and the
exports, so that a field renamed in one place is renamed everywhere. The names of the
fields of `Document` and `Event` are part of the public `sitrep extract` contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SourceKind = Literal["text", "html"]
Mode = Literal["asserted", "negated", "planned", "considered", "possible"]
MODES: tuple[str, ...] = ("asserted", "negated", "planned", "considered", "possible")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types, in the ontology's order (cooperative to conflictual)."""


@dataclass(slots=True)
class RawDocument:
    """One document as a source gave it: decoded text or HTML plus what the source said of it.

    `origin` names where it came from ("path", "path:line 3", "archive.warc.gz#record 12") so
    that every error about it can name it.
    """

    origin: str
    content: str
    kind: SourceKind
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    publisher: str | None = None
    fetched: str | None = None  # when a crawler fetched it (WARC-Date): a last-resort publication date


@dataclass(slots=True)
class Document:
    """A cleaned article: body text plus metadata. Evidence offsets point into `text`."""

    id: str
    text: str
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    origin: str = ""
    language: str | None = None

    def public(self) -> dict[str, Any]:
        """The fields of the `sitrep extract` contract."""
        return {
            "id": self.id, "title": self.title, "subtitle": self.subtitle,
            "published": self.published, "publisher": self.publisher, "author": self.author,
            "url": self.url, "text": self.text,
        }


UNKNOWN_CODES = ("UNK", "---")  # code prefixes of an actor of no known state: sitrep's, CAMEO's
# PLOVER sectors of a state's own organs: government, military, police, courts, legislature, intelligence.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved political actor.

    `code` is the full PLOVER/CAMEO-style code: an ISO 3166-1 alpha-3 country followed by a
    sector ("RUSGOV", "IRNMIL", "USA"), or an organisation's short code ("UN", "NATO", "UNSC").
    `country` is the three-letter part when the actor belongs to a state, else None.
    """

    code: str
    name: str
    sector: str | None = None
    country: str | None = None

    def public(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "sector": self.sector}

    @property
    def unknown(self) -> bool:
        """Whether the text gave this actor no state or organisation ("gunmen" is UNKUAF; CAMEO's "---")."""
        return self.code.startswith(UNKNOWN_CODES)

    @staticmethod
    def of(country: str | None, name: str, sector: str | None = None, org: str | None = None) -> Actor:
        """Build an actor from a country (or an organisation code) and an optional sector."""
        base = country or org or UNKNOWN_CODES[0]
        return Actor(code=base + (sector or ""), name=name, sector=sector, country=country)


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of a document that names an actor (a name, a metonym, a title, a pronoun).

    Offsets are characters into the section text the mention was found in; `section` is
    "title", "subtitle" or "text". `person` is the named or described person when the
    mention is one ("John Kirby", "NSC spokesman"), so attribution can give a speaker.
    `members` are the actors a mention of several stands for, one each ("U.S. and Russian diplomats",
    "the two leaders" after "Putin met Erdogan"): the events coder counts each as a party of its own.
    """

    start: int
    end: int
    text: str
    actor: Actor
    section: str = "text"
    person: str | None = None
    kind: str = "name"  # name | metonym | demonym | title | person | pronoun | organisation
    members: tuple[Actor, ...] = ()


@dataclass(slots=True)
class Evidence:
    """The text an event was coded from, with character offsets into its section."""

    text: str
    start: int
    end: int
    section: str = "text"

    def public(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "section": self.section}


@dataclass(slots=True)
class Event:
    """One coded event. See `Event.public` for the `sitrep extract` contract."""

    source: Actor | None
    target: Actor | None
    type: str
    mode: str
    evidence: Evidence
    context: str | None = None
    cameo: str | None = None
    attributed_to: Actor | None = None
    speaker: str | None = None
    instrument: str | None = None
    quantity: str | None = None
    location: str | None = None
    event_date: str | None = None
    confidence: float = 0.5
    trigger: str | None = None
    also: list[Evidence] = field(default_factory=list)

    def public(self) -> dict[str, Any]:
        """The event as `sitrep extract` prints it (a public contract: keep these names)."""
        return {
            "source": self.source.public() if self.source else None,
            "target": self.target.public() if self.target else None,
            "type": self.type,
            "context": self.context,
            "mode": self.mode,
            "cameo": self.cameo,
            "attributed_to": (
                {"code": self.attributed_to.code, "name": self.attributed_to.name}
                if self.attributed_to else None
            ),
            "speaker": self.speaker,
            "instrument": self.instrument,
            "quantity": self.quantity,
            "location": self.location,
            "event_date": self.event_date,
            "evidence": self.evidence.public(),
            "also_in": [e.public() for e in self.also],
            "trigger": self.trigger,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Problem:
    """A file, line or record that could not be used, with a one-line reason."""

    origin: str
    message: str
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(slots=True)
class CodedDocument:
    """What the pipeline makes of one document: the cleaned document and its events."""

    document: Document
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unchanged: bool = False  # already in the ledger as it is: not coded again (events left empty)

    def public(self) -> dict[str, Any]:
        """One line of `sitrep extract` output."""
        return {"document": self.document.public(), "events": [e.public() for e in self.events]}


def as_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict (for storage and tests)."""
    return asdict(record)
