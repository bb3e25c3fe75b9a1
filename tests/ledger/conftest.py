"""Coded documents built from real text for the ledger tests.

The events are hand-coded by an analyst, so the ledger is tested independently of the coder:
- the seed article with its gold events (`shared/seed/expected.json`);
- ECB+ topic 41 articles (Sudan's bombing of the Yida refugee camp, Nov 2011, told by several
  outlets, some with Sudan's denial), coded here sentence by sentence;
- TempEval-3 AQUAINT articles (for near-duplicates: re-dated copies and updated versions).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from sitrep.ledger.clusters import ClusterItem, cluster_items
from sitrep.records import Actor, CodedDocument, Document, Event, Evidence


def cluster_item(id_: str, doc: str, evidence: str, *, type_: str, source: str, target: str,
                 day: date | None = None, **fields: str | None) -> ClusterItem:
    """One asserted event of document `doc` as the ledger clusters it (undated unless `day` is given;
    `fields`: location, instrument, the parties' names)."""
    return ClusterItem(id=id_, document_id=doc, type=type_, source=source, target=target, mode="asserted",
                       day=day, evidence=evidence, **fields)


def cluster_groups(items: list[ClusterItem]) -> set[frozenset[str]]:
    """The ids of the items each cluster holds."""
    return {frozenset(m.id for m in members) for members in cluster_items(items).values()}


def actor(code: str | None) -> Actor | None:
    """An actor from a code: three letters of country plus an optional sector, or an organisation."""
    if code is None:
        return None
    if code in ("UN", "UNSC", "NATO", "EU"):
        return Actor(code=code, name=code)
    return Actor(code=code, name=code, sector=code[3:] or None, country=code[:3])


def event_in(
    doc: Document,
    quote: str,
    source: str | None,
    target: str | None,
    type_: str,
    mode: str = "asserted",
    **fields,
) -> Event:
    """An event whose evidence is `quote`, found verbatim in the document's text."""
    start = doc.text.find(quote)
    assert start >= 0, f"{quote!r} not in {doc.id}"
    attributed = fields.pop("attributed_to", None)
    return Event(
        source=actor(source),
        target=actor(target),
        type=type_,
        mode=mode,
        evidence=Evidence(quote, start, start + len(quote)),
        attributed_to=actor(attributed),
        **fields,
    )


@pytest.fixture(scope="session")
def code_event() -> Callable[..., Event]:
    """`event_in` as a fixture, for tests that hand-code events in other documents."""
    return event_in


@pytest.fixture(scope="session")
def seed_coded(shared) -> CodedDocument:
    """The seed article with the analyst's gold events (shared/seed/expected.json)."""
    text = (shared / "seed" / "000_cffe77665d307e1a.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "seed" / "expected.json").read_text(encoding="utf-8"))
    doc = Document(
        id="seed",
        text=text,
        title=gold["metadata"]["title"],
        published="2022-12-09",
        publisher=gold["metadata"]["publisher_or_agency"],
        origin="seed",
    )
    events = []
    for g in gold["events"]:
        if doc.text.find(g["evidence"]) < 0:
            continue
        events.append(
            event_in(
                doc,
                g["evidence"],
                g["source"],
                g.get("target"),
                g["type"],
                g["mode"],
                attributed_to=g.get("attributed_to"),
                speaker=g.get("speaker"),
                instrument=g.get("instrument"),
                quantity=g.get("quantity"),
                context=g.get("context"),
            )
        )
    return CodedDocument(document=doc, events=events)


@pytest.fixture(scope="session")
def ecb(shared) -> Callable[[str], Document]:
    """An ECB+ article as a Document (tokens joined by spaces, one sentence per line)."""
    from sitrep.ledger.benchmark import read_ecb

    def load(name: str) -> Document:
        topic = name.split("_")[0]
        return read_ecb(shared / "corpora" / "ecbplus" / "ECB+" / topic / f"{name}.xml").document

    return load


@pytest.fixture(scope="session")
def yida(ecb) -> dict[str, CodedDocument]:
    """Three outlets on the Yida camp bombing (ECB+ 41_1, 41_3, 41_5 ecbplus), hand-coded."""
    d1, d3, d5 = ecb("41_1ecbplus"), ecb("41_3ecbplus"), ecb("41_5ecbplus")
    return {
        "41_1ecbplus": CodedDocument(
            d1,
            [
                event_in(
                    d1,
                    "The Sudan Armed Forces , or SAF , attacked a refugee camp in South Sudan",
                    "SDNMIL",
                    "SSD",
                    "ASSAULT",
                ),
                event_in(
                    d1,
                    "A SAF spokesman denied the attack occurred",
                    "SDNMIL",
                    "SSD",
                    "ASSAULT",
                    "negated",
                    attributed_to="SDNMIL",
                ),
            ],
        ),
        "41_3ecbplus": CodedDocument(
            d3,
            [
                event_in(
                    d3,
                    "South Sudanese officials have condemned Sudan after an aerial bombardment of a refugee "
                    "camp",
                    "SSDGOV",
                    "SDN",
                    "ACCUSE",
                ),
                event_in(
                    d3, "an aerial bombardment of a refugee camp in their territory", "SDN", "SSD", "ASSAULT"
                ),
            ],
        ),
        "41_5ecbplus": CodedDocument(
            d5,
            [
                event_in(
                    d5,
                    "Sudan's armed forces denied they carried out the strike",
                    "SDNMIL",
                    "SSD",
                    "ASSAULT",
                    "negated",
                    attributed_to="SDNMIL",
                ),
            ],
        ),
    }


def tml_document(path: Path) -> Document:
    """A TempEval-3 TimeML file as a Document: tags removed, the DCT as publication date."""
    raw = path.read_text(encoding="utf-8")
    value = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', raw)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    text = re.sub(r"<[^>]+>", "", body.group(1) if body else raw).strip()
    return Document(
        id=path.stem,
        text=text,
        published=value.group(1) if value else None,
        publisher=path.stem[:3],
        origin=str(path),
    )


@pytest.fixture(scope="session")
def aquaint(shared) -> Callable[[str], Document]:
    def load(name: str) -> Document:
        return tml_document(shared / "corpora" / "tempeval3" / "AQUAINT" / f"{name}.tml")

    return load


@pytest.fixture()
def ledger(tmp_path):
    from sitrep.ledger import Ledger

    with Ledger(tmp_path / "test.duckdb") as led:
        yield led
