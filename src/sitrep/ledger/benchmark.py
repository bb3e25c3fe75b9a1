"""Measure event clustering on ECB+ (cross-document event coreference) with B-cubed P/R/F1.

ECB+ (Cybulska & Vossen 2014; `shared/corpora/ecbplus/`) marks event mentions (ACTION_*,
NEG_ACTION_*) in news articles and links those that refer to the same happening across articles.
We code every article with the pipeline, cluster the coded events across all articles with
`sitrep.ledger.clusters`, align gold mentions to coded events (a mention inside an event's evidence
that matches its trigger; without a trigger, the first mention inside the evidence) and score
B-cubed:

- `mentions`: over every gold mention in the annotated sentences; a mention no event covers is a
  singleton in the system's clustering (so recall also measures how much the coder covers);
- `aligned`: over the gold mentions that some coded event covers (clustering quality alone);
- `documents`: over articles, gold = the seminal event an article reports (topic + ecb/ecbplus),
  system = articles joined when they share an event cluster.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.ledger.clusters import ClusterItem, cluster_items, evidence_text
from sitrep.ledger.rows import iso_date, period
from sitrep.records import CodedDocument, Document

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_DATE_MDY = re.compile(r"\b([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}) ,? (\d{4})\b")
_DATE_DMY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})\b")


@dataclass(slots=True)
class GoldMention:
    """An annotated event mention: its character span in our text and its gold cluster."""

    doc: str
    start: int
    end: int
    text: str
    cluster: str


@dataclass(slots=True)
class EcbDocument:
    """One ECB+ article rebuilt as text, with its gold event mentions."""

    name: str
    topic: str
    seminal: str  # topic + "ecb" or "ecbplus": the happening the article was collected for
    document: Document
    mentions: list[GoldMention] = field(default_factory=list)


def _published(sentences: list[str]) -> str | None:
    for line in sentences[:3]:
        for pattern, order in ((_DATE_MDY, "mdy"), (_DATE_DMY, "dmy")):
            m = pattern.search(line)
            if not m:
                continue
            month_name, day_s = (m[1], m[2]) if order == "mdy" else (m[2], m[1])
            month = _MONTHS.get(month_name.lower())
            try:
                return date(int(m[3]), month, int(day_s)).isoformat() if month else None
            except ValueError:
                continue
    return None


def read_ecb(path: Path, annotated: set[tuple[str, int]] | None = None) -> EcbDocument:
    """An ECB+ XML file as a Document (tokens joined by spaces, one sentence a line) and its mentions."""
    root = ET.parse(path).getroot()
    name = path.name.removesuffix(".xml")
    topic = name.split("_")[0]
    sentences: dict[int, list[tuple[str, str]]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence", "0")), []).append((tok.get("t_id", ""), tok.text or ""))
    url = None
    lines: list[str] = []
    offset = 0
    spans: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    for sid in sorted(sentences):
        words = sentences[sid]
        joined = " ".join(w for _, w in words)
        if sid == 0 and joined.startswith("http"):
            url = joined.replace(" ", "")
            continue
        pos = offset
        for tid, word in words:
            spans[tid] = (pos, pos + len(word))
            sentence_of[tid] = sid
            pos += len(word) + 1
        lines.append(joined)
        offset += len(joined) + 1
    text = "\n".join(lines)
    publisher = None
    if url:
        host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
        publisher = host or None
    doc = Document(
        id=name, text=text, published=_published(lines), publisher=publisher, url=url, origin=str(path)
    )
    # gold: event mentions with anchors, clustered by their CROSS_DOC_COREF instance (else a singleton)
    instance: dict[str, str] = {}
    markables = root.find("Markables")
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            target = rel.find("target")
            cluster = rel.get("note") or (target.get("m_id") if target is not None else None)
            for src in rel.findall("source"):
                if cluster:
                    instance[src.get("m_id", "")] = cluster
    mentions = []
    for m in markables if markables is not None else []:
        if not (m.tag.startswith("ACTION_") or m.tag.startswith("NEG_ACTION_")):
            continue
        anchors = [a.get("t_id", "") for a in m.findall("token_anchor")]
        anchors = [a for a in anchors if a in spans]
        if not anchors:
            continue
        if annotated is not None and (name, sentence_of[anchors[0]]) not in annotated:
            continue
        start, end = spans[anchors[0]][0], spans[anchors[-1]][1]
        mid = m.get("m_id", "")
        mentions.append(GoldMention(name, start, end, text[start:end], instance.get(mid, f"{name}#{mid}")))
    seminal = topic + ("ecbplus" if name.endswith("ecbplus") else "ecb")
    return EcbDocument(name, topic, seminal, doc, mentions)


def _annotated(corpus_dir: Path) -> set[tuple[str, int]]:
    path = corpus_dir / "ECBplus_coreference_sentences.csv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as fh:
        return {(f"{r['Topic']}_{r['File']}", int(r["Sentence Number"])) for r in csv.DictReader(fh)}


INTERNATIONAL_TOPICS: tuple[int, ...] = (9, 11, 12, 19, 20, 30, 34, 37, 41)
"""The topics the corpus README lists as international affairs (the rest: crime, celebrities, sport, tech)."""


def read_corpus(corpus_dir: str | Path, limit: int | None = None,
                topics: Iterable[int] | None = None) -> list[EcbDocument]:
    """The ECB+ articles, international-affairs topics first; `limit` keeps the first N articles."""
    root = Path(corpus_dir)
    folder = root / "ECB+" if (root / "ECB+").is_dir() else root
    annotated = _annotated(root) or None
    wanted = {str(t) for t in topics} if topics is not None else None
    # international-affairs topics first, so that a `limit` keeps the part sitrep is for
    files = sorted(
        (p for p in folder.glob("*/*.xml") if wanted is None or p.parent.name in wanted),
        key=lambda p: (int(p.parent.name) not in INTERNATIONAL_TOPICS, int(p.parent.name), p.name),
    )
    if limit is not None:
        files = files[:limit]
    return [read_ecb(f, annotated) for f in files]


def bcubed(gold: dict[Any, str], system: dict[Any, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of `system` against `gold` (both: item -> cluster)."""
    items = [i for i in gold if i in system]
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "items": 0}
    g_members: dict[str, set] = {}
    s_members: dict[str, set] = {}
    for i in items:
        g_members.setdefault(gold[i], set()).add(i)
        s_members.setdefault(system[i], set()).add(i)
    p = r = 0.0
    for i in items:
        g, s = g_members[gold[i]], s_members[system[i]]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    p, r = p / len(items), r / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "items": len(items)}


def cluster_coded(coded: Iterable[CodedDocument]) -> tuple[dict[tuple[str, int], str], list[tuple[str, Any]]]:
    """Cluster the events of coded documents as the ledger does; returns (doc, ordinal) -> cluster."""
    items, events = [], []
    for c in coded:
        for i, ev in enumerate(c.events):
            src = (ev.source.country or ev.source.code) if ev.source else None
            tgt = (ev.target.country or ev.target.code) if ev.target else None
            dated = period(ev.event_date)
            first, last = dated or (iso_date(c.document.published), None)
            items.append(
                ClusterItem(
                    id=f"{c.document.id}#{i}",
                    document_id=c.document.id,
                    type=ev.type,
                    source=src,
                    target=tgt,
                    mode=ev.mode,
                    day=first,
                    evidence=evidence_text(span.text for span in (ev.evidence, *ev.also)),
                    publisher=c.document.publisher,
                    attributed_to=ev.attributed_to.code if ev.attributed_to else None,
                    location=ev.location,
                    instrument=ev.instrument,
                    last_day=last,
                    stated=dated is not None,
                )
            )
            events.append((c.document.id, ev))
    assignment = {}
    for cid, members in cluster_items(items).items():
        for m in members:
            doc, i = m.id.rsplit("#", 1)
            assignment[(doc, int(i))] = cid
    return assignment, events


def _align(mentions: list[GoldMention], coded: CodedDocument) -> dict[int, int]:
    """Gold mention index -> ordinal of the coded event that reports it.

    An event claims the mentions inside its evidence that match its trigger; an event without a
    trigger claims only the first mention inside its evidence (its main verb, most of the time).
    """
    claimed: dict[int, int] = {}
    for i, ev in enumerate(coded.events):
        inside = [
            k for k, m in enumerate(mentions)
            for span in (ev.evidence, *ev.also)
            if span.section == "text" and span.start <= m.start and m.end <= span.end
        ]
        trig = (ev.trigger or "").lower()
        if trig:
            hits = [k for k in inside if trig in mentions[k].text.lower() or mentions[k].text.lower() in trig]
        else:
            hits = sorted(inside, key=lambda k: mentions[k].start)[:1]
        for k in hits:
            claimed.setdefault(k, i)
    return claimed


def score_ecbplus(
    corpus_dir: str | Path, limit: int | None = None, *, pipeline: Any = None,
    topics: Iterable[int] | None = None,
) -> dict[str, Any]:
    """Code ECB+ with the pipeline, cluster its events and score B-cubed at mention and document level.

    `topics` restricts the run; `limit` keeps the first N articles, international-affairs topics
    first (they hold 206 articles), so `limit=206` scores exactly those.
    """
    from sitrep.pipeline import Pipeline

    docs = read_corpus(corpus_dir, limit, topics)
    pipeline = pipeline or Pipeline()
    coded = list(pipeline.code_documents([d.document for d in docs]))
    return score_coded(docs, coded)


def score_coded(docs: list[EcbDocument], coded: list[CodedDocument]) -> dict[str, Any]:
    """B-cubed of the ledger's clustering of already coded ECB+ articles, with a singleton baseline."""
    assignment, _ = cluster_coded(coded)
    by_name = {c.document.id: c for c in coded}
    gold_m: dict[tuple[str, int], str] = {}
    sys_m: dict[tuple[str, int], str] = {}
    aligned: set[tuple[str, int]] = set()
    for d in docs:
        claimed = _align(d.mentions, by_name[d.name])
        for k, m in enumerate(d.mentions):
            key = (d.name, k)
            gold_m[key] = m.cluster
            i = claimed.get(k)
            if i is not None and (d.name, i) in assignment:
                sys_m[key] = assignment[(d.name, i)]
                aligned.add(key)
            else:
                sys_m[key] = f"single:{d.name}#{k}"
    # documents: union of articles that share a cluster
    parent = {d.name: d.name for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_doc: dict[str, str] = {}
    for (doc, _), cid in sorted(assignment.items()):
        if cid in first_doc:
            parent[find(doc)] = find(first_doc[cid])
        else:
            first_doc[cid] = doc
    gold_d = {d.name: d.seminal for d in docs}
    sys_d = {d.name: find(d.name) for d in docs}
    events = sum(len(c.events) for c in coded)
    return {
        "corpus": "ECB+",
        "topics": sorted({int(d.topic) for d in docs}),
        "documents": len(docs),
        "events": events,
        "clusters": len(set(assignment.values())),
        "gold_mentions": len(gold_m),
        "aligned_mentions": len(aligned),
        "mentions": bcubed(gold_m, sys_m),
        "aligned": bcubed({k: gold_m[k] for k in aligned}, {k: sys_m[k] for k in aligned}),
        "documents_bcubed": bcubed(gold_d, sys_d),
        # what leaving every mention / article alone scores: the floor the clustering must beat
        "baseline_singletons": {
            "mentions": bcubed(gold_m, {k: str(k) for k in gold_m}),
            "documents": bcubed(gold_d, {k: k for k in gold_d}),
        },
    }
