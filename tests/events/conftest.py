"""Event-coder test fixtures: hand-built actor mentions, so coder tests do not depend on the actors stage."""

from __future__ import annotations

import re

import pytest

from sitrep.events import code_events
from sitrep.events.attribution import Attributor
from sitrep.events.dates import resolve_event_date
from sitrep.nlp import parse_documents
from sitrep.records import Actor, Document, Event, Mention


def mentions_for(parsed, names: dict[str, str]) -> list[Mention]:
    """A mention for every whole-word occurrence of each name, in every section."""
    out: list[Mention] = []
    for section, doc in parsed.sections.items():
        for name, code in names.items():
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
                actor = Actor(code=code, name=name, country=code[:3] if code[:3].isalpha() else None)
                out.append(Mention(m.start(), m.end(), name, actor, section=section))
    return sorted(out, key=lambda m: (m.section, m.start))


def code(nlp, text: str, names: dict[str, str], title: str | None = None) -> list[Event]:
    """Code one text with the given name -> actor-code table."""
    doc = Document(id="t", text=text, title=title, published="2022-12-09")
    parsed = next(parse_documents([doc], nlp))
    return code_events(parsed, mentions_for(parsed, names))


def event_types(events: list[Event]) -> set[str]:
    """The PLOVER types of the events."""
    return {e.type for e in events}


def triples(events: list[Event]) -> set[tuple[str | None, str | None, str, str]]:
    """(source, target, type, mode) of each event."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.type, e.mode)
            for e in events}


@pytest.fixture(scope="module")
def coded(pipeline):
    """code(text, names, title=None) -> events, with the session's spaCy model."""
    return lambda text, names, title=None: code(pipeline.nlp, text, names, title)


@pytest.fixture(scope="module")
def claims(pipeline):
    """claims(text) -> (Attributor, body Doc); no actor mentions (speakers come from the parse)."""

    def run(text: str):
        parsed = next(parse_documents([Document(id="t", text=text, published="2016-01-01")], pipeline.nlp))
        return Attributor(parsed, []), parsed.sections["text"]

    return run


@pytest.fixture(scope="module")
def whole(pipeline):
    """text -> the events the whole pipeline (actors stage included) codes, every field kept."""
    return lambda text, published="2016-06-01": pipeline.code_text(text, published=published).events


def of_type(events: list[Event], etype: str) -> Event:
    """The first event of a type; fails showing what was coded when there is none."""
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.evidence.text) for e in events]
    return found[0]


@pytest.fixture(scope="module")
def events(pipeline):
    """text -> (source, target, type) of the events the whole pipeline codes (actors stage included)."""
    def run(text: str, published: str = "2016-06-01") -> set[tuple[str | None, str | None, str]]:
        evs = pipeline.code_text(text, published=published).events
        return {(e.source.code if e.source else None, e.target.code if e.target else None, e.type)
                for e in evs}
    return run


Keyed = tuple[str | None, str | None, str, str]


def keyed_events(pipeline, text: str, published: str = "2016-06-07") -> set[Keyed]:
    """(source country, target country, type, mode) of each event the whole pipeline codes from `text`:
    the key the judge scores on, with the mode."""
    coded = pipeline.code_text(text, published=published)
    return {(e.source and e.source.code[:3], e.target and e.target.code[:3], e.type, e.mode)
            for e in coded.events}


@pytest.fixture(scope="module")
def dyads(pipeline):
    """text -> {(source country, target country or None, type)} with the session pipeline."""
    def run(text: str, published: str | None = None) -> set[tuple[str, str | None, str]]:
        events = pipeline.code_text(text, published=published).events
        return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.type) for e in events}
    return run


# sector codes a hand-given actor code may end in (USAGOV -> sector GOV)
SECTORS = ("GOV", "LEG", "ELI", "CVL", "JRN", "MIL", "COP", "REB", "BUS", "PTY", "UAF", "REF", "OPP", "JUD")
# three-letter codes that name no state (an NGO, a firm, an unknown or a migrant group)
STATELESS = ("UNK", "NGO", "MNC", "IMG")


def hand_actor(code: str, name: str) -> Actor:
    """An actor from a hand-given code: a state's code ("USA", "USABUS") carries its country and sector,
    an organisation's ("UNSC", "NATO") neither."""
    state = len(code) in (3, 6) and code[:3] not in STATELESS
    sector = code[3:] if code[3:] in SECTORS else None
    return Actor(code=code, name=name, sector=sector, country=code[:3] if state else None)


@pytest.fixture(scope="module")
def typed(pipeline):
    """typed(text, {name: (code, kind)}, published="2016-06-01") -> events: hand-built mentions with a
    sector and a mention kind (a person, a pronoun, an agent noun), for rules that read them."""
    def run(text: str, names: dict[str, tuple[str, str]], published: str = "2016-06-01"):
        parsed = next(parse_documents([Document(id="t", text=text, published=published)], pipeline.nlp))
        out = []
        for section, doc in parsed.sections.items():
            for name, (code, kind) in names.items():
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
                    actor = hand_actor(code, name)
                    out.append(Mention(m.start(), m.end(), name, actor, section=section, kind=kind))
        return code_events(parsed, sorted(out, key=lambda m: (m.section, m.start)))
    return run


@pytest.fixture(scope="module")
def event_date(pipeline):
    """(text, trigger word, published) -> the event date of the sentence holding that word."""

    def run(text: str, word: str, published: str | None) -> str | None:
        doc = pipeline.nlp(text)
        trigger = next(t for t in doc if t.text == word)
        return resolve_event_date(trigger.sent, published, trigger)

    return run
