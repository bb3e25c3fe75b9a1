"""Event clusters: events from different documents that report the same happening.

Events are blocked by type, dyad (unordered for symmetric types such as meetings) and mode
family (claims about a happening - asserted, negated, possible - versus intentions - planned,
considered). Inside a block, an event joins a cluster when a member from another document is
dated within `WINDOW_DAYS` of it (dates are periods: "last week" overlaps its Saturday) and their
evidence - all of each event's spans, headline and body - shares enough content words; differing
stated locations or instruments keep happenings apart, and so do a possible act and an act
reported as fact unless their own dates match. Two copies of one story pair each event with its
counterpart only. A cluster where one party asserts and another denies is disputed.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib.resources import files
from typing import Any

from sitrep.events.merge import set_apart
from sitrep.ledger.scores import is_symmetric
from sitrep.records import UNKNOWN_CODES

WINDOW_DAYS = 3
COARSE_DAYS = 7  # a dated period longer than a week (a month, a year) is held to the undated threshold
MIN_SIMILARITY = 0.1  # content-word Jaccard of the evidence, for dated events
UNDATED_SIMILARITY = 0.15  # stricter when either event has no date
# Both thresholds were chosen on ECB+'s even international topics (12, 20, 30, 34) with
# `sitrep.ledger.benchmark`: undated 0.10 / 0.15 / 0.25 gave aligned-mention B-cubed F1 0.70 / 0.68 / 0.65
# and article F1 0.33 / 0.32 / 0.21 (precision 0.94 / 0.95 / 0.97); 0.15 keeps precision at 0.95.
# The dated threshold made no difference there (few ECB+ articles carry a date line).
CLAIMS = ("asserted", "negated", "possible")
ANTICIPATED = frozenset({"possible"})  # claims of an act that may yet happen, unlike asserted or negated
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset(
    w for w in files("sitrep.ledger").joinpath("data", "stopwords.txt").read_text(encoding="utf-8").split()
    if not w.startswith("#")
)


@dataclass(slots=True)
class ClusterItem:
    """What clustering needs to know of one event."""

    id: str
    document_id: str
    type: str
    source: str | None
    target: str | None
    mode: str
    day: date | None  # first day of the event's date, else its report's publication date
    evidence: str  # the event's evidence spans, one a line (see `evidence_text`)
    publisher: str | None = None
    attributed_to: str | None = None
    location: str | None = None
    instrument: str | None = None
    duplicate: bool = False
    canonical: str | None = None  # the original this event's document copies, else its own id
    words: frozenset[str] = field(default_factory=frozenset)
    last_day: date | None = None  # last day of the event's dated period ("last week"); None: `day`
    stated: bool = False  # `day` is the event's own date, not the report's publication date


def evidence_text(spans: Iterable[str | None]) -> str:
    """All of an event's evidence spans as the one text clustering compares, one span a line.

    A headline ("U.S. imposes fresh sanctions on Russians") shares few words with another outlet's
    body sentence about the same act; the event's body span, merged into the same event, does.
    """
    return "\n".join(span for span in spans if span)


def block_key(type_: str, source: str | None, target: str | None, mode: str) -> str:
    """The block an event is clustered in: type, dyad (sorted when symmetric), mode family."""
    a, b = source or "", target or ""
    if is_symmetric(type_) and b < a:
        a, b = b, a
    family = "claim" if mode in CLAIMS else "intent"
    return f"{type_}|{a}|{b}|{family}"


_SUFFIXES = (("'s", ""), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""))


def _stem(word: str) -> str:
    """A crude stem, so that "attacked" meets "attack" and "forces" meets "force"."""
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    return word


def content_words(text: str) -> frozenset[str]:
    """Stemmed lower-cased content words of a span (stop words and short words dropped)."""
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP)


def _gap(a: ClusterItem, b: ClusterItem) -> int:
    """Days between two events' dated periods (0 when they overlap): "last week" meets its Tuesday."""
    assert a.day is not None and b.day is not None
    return max(0, (a.day - (b.last_day or b.day)).days, (b.day - (a.last_day or a.day)).days)


def _coarse(item: ClusterItem) -> bool:
    """Whether an event's date is a period too long to tell happenings apart (a month, a year)."""
    return item.day is not None and (item.last_day or item.day) - item.day > timedelta(days=COARSE_DAYS)


def _anticipates(a: ClusterItem, b: ClusterItem) -> bool:
    """Whether one event is a possible act and the other an act reported as fact or denied, without
    dates of their own that match: "if he and Kim will meet again" is not the summit held last month."""
    if (a.mode in ANTICIPATED) == (b.mode in ANTICIPATED):
        return False
    return not (a.stated and b.stated and a.day and b.day and _gap(a, b) == 0)


def _similar(a: ClusterItem, b: ClusterItem, partners: set[frozenset[str]] | None = None) -> bool:
    """Whether two events tell the same happening. `partners`: the pairs of events from copies of one
    story that tell each other's happening (`_copy_partners`); without it, copies are compared as
    any two reports."""
    if a.document_id == b.document_id and a.mode == b.mode:
        return False  # the coder already merged what one document says twice; a denial it reports stays apart
    if set_apart((a.location, a.instrument), (b.location, b.instrument)):
        return False
    if _anticipates(a, b):
        return False
    if partners is not None and a.canonical and a.canonical == b.canonical and a.document_id != b.document_id:
        # copies of one story: their dates are the copies' dates, not the event's; each event has
        # one counterpart in the other copy, so that one story's several happenings stay apart
        return frozenset((a.id, b.id)) in partners
    sim = _similarity(a, b)
    if a.day and b.day:
        threshold = UNDATED_SIMILARITY if _coarse(a) or _coarse(b) else MIN_SIMILARITY
        return _gap(a, b) <= WINDOW_DAYS and sim >= threshold
    return sim >= UNDATED_SIMILARITY


def _copy_partners(members: list[ClusterItem]) -> set[frozenset[str]]:
    """Pairs of events, from two copies of one story (syndicated reprints), that are each other's most
    similar event in the other copy. A reprint tells each happening of the story once, as the original
    does; pairing every similar event of two copies would fuse the story's different happenings (a
    ceasefire agreed and talks to start) into one cluster."""
    stories: dict[str, list[ClusterItem]] = {}
    for m in members:
        if m.canonical:
            stories.setdefault(m.canonical, []).append(m)
    best: dict[tuple[str, str], tuple[float, str]] = {}  # (event, other copy) -> (similarity, its best)
    document = {m.id: m.document_id for m in members}
    for copies in stories.values():
        for a in copies:
            for b in copies:
                sim = _similarity(a, b) if a.document_id != b.document_id else 0.0
                key = (a.id, b.document_id)
                if sim >= MIN_SIMILARITY and (key not in best or (sim, b.id) > best[key]):
                    best[key] = (sim, b.id)
    return {
        frozenset((a_id, b_id)) for (a_id, _), (_, b_id) in best.items()
        if best.get((b_id, document[a_id]), (0.0, ""))[1] == a_id
    }


def cluster_items(items: list[ClusterItem]) -> dict[str, list[ClusterItem]]:
    """Group events into clusters (single link inside each block); returns cluster id -> members."""
    blocks: dict[str, list[ClusterItem]] = {}
    for item in items:
        if not item.words:
            item.words = content_words(item.evidence)
        blocks.setdefault(block_key(item.type, item.source, item.target, item.mode), []).append(item)
    clusters: dict[str, list[ClusterItem]] = {}
    for key, members in blocks.items():
        members.sort(key=lambda i: (i.day or date.max, i.id))
        parent = list(range(len(members)))

        def find(i: int, parent: list[int] = parent) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        partners = _copy_partners(members)
        for i in range(len(members)):
            for j in range(i):
                if find(i) != find(j) and _similar(members[i], members[j], partners):
                    parent[find(i)] = find(j)
        groups: dict[int, list[ClusterItem]] = {}
        for i, m in enumerate(members):
            groups.setdefault(find(i), []).append(m)
        for group in groups.values():
            cid = "c" + hashlib.sha1(f"{key}|{group[0].id}".encode()).hexdigest()[:15]
            clusters[cid] = group
    _attach_unnamed(clusters)
    return clusters


def _unnamed(side: str | None) -> bool:
    """Whether a side of a dyad names no one a report could be told apart by: none, or no known state."""
    return side is None or side.startswith(UNKNOWN_CODES)


def _named_side(source: str | None, target: str | None) -> tuple[str, str] | None:
    """The one side a dyad names ("source" or "target", and its code) when it leaves the other unnamed."""
    sides = [(side, code) for side, code in (("source", source), ("target", target)) if not _unnamed(code)]
    return (sides[0][0], sides[0][1] or "") if len(sides) == 1 else None


def _hosts(family: str, side: tuple[str, str], symmetric: bool) -> list[tuple[str, str, str]]:
    """Keys of the named dyads a cluster naming only `side` may join (either side when symmetric)."""
    flipped = "target" if side[0] == "source" else "source"
    return [(family, side[0], side[1])] + ([(family, flipped, side[1])] if symmetric else [])


def related_blocks(blocks: set[str], known: Iterable[str]) -> set[str]:
    """`blocks` and the blocks of `known` whose clusters `cluster_items` may join to theirs, directly or
    through one another (see `_attach_unnamed`): re-clustering a touched block must load them too, or a
    cluster keeps members it no longer has."""
    out, new = set(blocks), set(blocks)
    rest = set(known) - out
    while new:  # to a fixed point: a host's other unnamed blocks, their other hosts ...
        wanted = {h for b in new for h in _block_hosts(b)}
        named = {k for b in new for k in _block_keys(b)}
        new = {b for b in rest if set(_block_hosts(b)) & named or set(_block_keys(b)) & wanted}
        out |= new
        rest -= new
    return out


def _block_hosts(block: str) -> list[tuple[str, str, str]]:
    type_, source, target, family = block.split("|")
    side = _named_side(source or None, target or None)
    return _hosts(f"{type_}||{family}", side, is_symmetric(type_)) if side else []


def _block_keys(block: str) -> list[tuple[str, str, str]]:
    type_, source, target, family = block.split("|")
    if _unnamed(source or None) or _unnamed(target or None):
        return []
    return [(f"{type_}||{family}", "source", source), (f"{type_}||{family}", "target", target)]


def _attach_unnamed(clusters: dict[str, list[ClusterItem]]) -> None:
    """Join each cluster whose dyad leaves a party unnamed to the one cluster, of a dyad that names it,
    that tells the same happening best: reports name the doer of one bombing as "Sudan" in one and not
    at all in another ("the camp was bombed"), or its victims as "Somali pirates" and "the pirates".
    Only the best fit is taken, so that one vague report does not chain two named dyads together; a
    dyad that names neither party is too vague to join anything."""
    hosts: dict[tuple[str, str, str], list[str]] = {}  # (type||family, side, code) -> clusters naming it
    for cid, members in clusters.items():
        hosts_of = _block_keys(block_key(members[0].type, members[0].source, members[0].target,
                                         members[0].mode))
        for key in hosts_of:
            hosts.setdefault(key, []).append(cid)
    for cid, members in sorted(clusters.items(), key=lambda kv: kv[1][0].id):
        block = block_key(members[0].type, members[0].source, members[0].target, members[0].mode)
        candidates = sorted({other for key in _block_hosts(block) for other in hosts.get(key, [])} - {cid})
        best, best_sim = None, 0.0
        for other_id in candidates:
            sims = [_similarity(m, o) for m in members for o in clusters[other_id] if _similar(m, o)]
            if sims and max(sims) > best_sim:
                best, best_sim = other_id, max(sims)
        if best is not None:
            clusters[best].extend(members)
            members.clear()
    for cid in [cid for cid, members in clusters.items() if not members]:
        del clusters[cid]


def _similarity(a: ClusterItem, b: ClusterItem) -> float:
    """Content-word Jaccard of two events' evidence."""
    union = a.words | b.words
    return len(a.words & b.words) / len(union) if union else 0.0


def cluster_row(cid: str, members: list[ClusterItem]) -> dict[str, Any]:
    """The `clusters` row of one cluster: sources, dates, who asserts and who denies."""
    first = members[0]
    block = block_key(first.type, first.source, first.target, first.mode)
    a, b = block.split("|")[1:3]
    canonical = [m for m in members if not m.duplicate] or members
    asserted = sorted(
        {m.attributed_to for m in members if m.mode in ("asserted", "possible") and m.attributed_to}
    )
    denied = sorted({m.attributed_to for m in members if m.mode == "negated" and m.attributed_to})
    modes = {m.mode for m in members}
    days = [m.day for m in members if m.day]
    return {
        "id": cid,
        "block": block,
        "type": first.type,
        "source": a or None,
        "target": b or None,
        "mode": Counter(m.mode for m in members).most_common(1)[0][0],
        "events": len(members),
        "documents": len({m.document_id for m in canonical}),
        "sources": len({m.publisher or f"doc:{m.document_id}" for m in canonical}),
        "first_seen": min(days) if days else None,
        "last_seen": max(days) if days else None,
        "disputed": "negated" in modes and bool(modes & {"asserted", "possible"}),
        "asserted_by": asserted,
        "denied_by": denied,
    }
