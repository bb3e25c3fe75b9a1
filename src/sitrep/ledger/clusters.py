"""Event clusters: events from different documents that report the same happening.

Events are blocked by type, dyad (unordered for symmetric types such as meetings) and mode
family (claims about a happening - asserted, negated, possible - versus intentions - planned,
considered). Inside a block, an event joins a cluster when a member from another document is
dated within `WINDOW_DAYS` of it (dates are periods: "last week" overlaps its Saturday) and their
evidence - all of each event's spans, headline and body - shares enough content words; differing
stated locations or instruments keep happenings apart, and so do a possible act and an act
reported as fact unless their own dates match. Events with no date of their own or of their report
(or only a month or a year) join only on details beyond the dyad's names and titles, the act's words and
units of time, or on the same wording (`_strong`); a count both state ("215 prisoners") lets less alike
evidence join.
No cluster holds two dated events more than `SPREAD_DAYS` apart, so an undated report cannot bridge
two meetings years apart. Two copies of one story pair each event with its
counterpart only. A cluster where one party asserts and another denies is disputed.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import Any

from sitrep.clean.dates import MONTH_NAMES, month_number
from sitrep.events.lexicon import read_yaml
from sitrep.events.merge import set_apart
from sitrep.ledger.dedup import jaccard
from sitrep.ledger.scores import is_symmetric
from sitrep.records import UNKNOWN_CODES

WINDOW_DAYS = 3
COARSE_DAYS = 7  # a dated period longer than a week (a month, a year) is held to the undated threshold
SPREAD_DAYS = 7  # no two dated events of one cluster further apart: one happening's news lasts a week
MIN_SIMILARITY = 0.1  # content-word Jaccard of the evidence, for dated events
UNDATED_SIMILARITY = 0.15  # stricter when either event has no date
# Both thresholds were chosen on ECB+'s even international topics (12, 20, 30, 34) with
# `sitrep.ledger.benchmark`: undated 0.10 / 0.15 / 0.25 gave aligned-mention B-cubed F1 0.70 / 0.68 / 0.65
# and article F1 0.33 / 0.32 / 0.21 (precision 0.94 / 0.95 / 0.97); 0.15 keeps precision at 0.95.
# The dated threshold made no difference there (few ECB+ articles carry a date line).
# Undated events (or dated only by a month or a year) have nothing but their words to tell two meetings of
# one pair of leaders, or two missile launches of one state, apart: the dyad's names ("Biden", "Xi") and the
# act's own words ("summit", "fired a ballistic missile") recur in every report of every such happening. They
# join only when their evidence shares `SHARED_DETAILS` words beyond those ("concluded an extraordinary
# summit", "brazen attack", "central bank"), or is told in the same words (`SAME_WORDING` Jaccard).
SHARED_DETAILS = 1
SAME_WORDING = 0.5
CLAIMS = ("asserted", "negated", "possible")
ANTICIPATED = frozenset({"possible"})  # claims of an act that may yet happen, unlike asserted or negated
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_CASED = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
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
    details: frozenset[str] | None = None  # `words` less names and act words (see `detail_words`)
    span_words: tuple[frozenset[str], ...] = ()  # `words` of each evidence span, one set a span
    source_name: str | None = None  # a standing party's name as the text gives it (see `party_name`)
    target_name: str | None = None


# Sectors whose members act for their state again and again (a foreign minister meets his counterpart
# every month): their names recur in reports of every happening of the dyad. A person acted on once (an
# opposition leader arrested, a general killed) is named for that happening.
STANDING_SECTORS = frozenset({"GOV"})


def party_name(code: str | None, name: str | None) -> str | None:
    """The name of a party clustering leaves out of its details: a member of a standing sector ("Jeyhun
    Bayramov", AZEGOV), not "Viktor Medvedchuk" (UKRPTY), arrested once."""
    return name if code and name and code[3:] in STANDING_SECTORS else None


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


_INFLECTIONS = ("", "s", "es", "d", "ed", "ing")


@lru_cache(maxsize=1)
def act_words() -> frozenset[str]:
    """Stems of the words that name an act (the events lexicon's verb and noun keys, in their inflected
    forms) or a weapon: "summit", "talks", "fired", "missiles" say what kind of act a report tells, which
    every happening of its block shares, not which one."""
    verbs, nouns, details = read_yaml("verbs.yaml"), read_yaml("nouns.yaml"), read_yaml("details.yaml")
    keys = [*verbs.get("verbs", {}), *nouns.get("nouns", {}), *details.get("instrument_nouns", [])]
    lemmas = {w for key in keys for w in str(key).lower().split()}
    forms = {lemma + end for lemma in lemmas for end in _INFLECTIONS} | {
        lemma[:-1] + "ing" for lemma in lemmas if lemma.endswith("e")}
    return frozenset(_stem(f) for f in forms)


def _names(text: str) -> frozenset[str]:
    """Stems of the words an event's evidence writes only capitalised and that name a state, a people, a
    place, a known person or a body ("Biden", "Jinping", "Chinese", "Geneva"): every report of every
    happening of a dyad names its parties. A title-case headline's words all count ("Biden, Xi Meet In
    Bali"): names there are no surer than elsewhere, and a word told in lower case in another span is kept.
    A capitalised word no actor or place list knows ("Medvedchuk", "Azovstal", "Skripal") is not taken:
    such a name beyond the dyad's own tells one happening from another."""
    lower = set(_WORD.findall(text))
    known = _known_name_words()
    found = {w.lower() for w in _CASED.findall(text) if w[0].isupper() and w.lower() not in lower}
    return frozenset(stem for w in found if w not in _STOP and ((stem := _stem(w)) in known or w in known))


@lru_cache(maxsize=1)
def _known_name_words() -> frozenset[str]:
    """Every word (and its stem) of the actor lexicon's phrases (states, peoples, places, persons, bodies,
    titles) and of the gazetteer's places: the names a dyad's reports share whichever happening they tell."""
    from sitrep.actors.lexicon import DATA, load_lexicon, read_rows

    places = (name for _, (name, _iso3) in read_rows("gazetteer.tsv", 2, DATA))
    words = {w for key in (*load_lexicon().phrases, *places) for w in _WORD.findall(key.lower())}
    return frozenset(words | {_stem(w) for w in words})


_NUMBER = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,.]?\d)")  # not "G-20", "F-16"
_MONTH = rf"(?:{MONTH_NAMES})\b"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s*$", re.I)  # "Sept. 21"
_MONTH_AFTER = re.compile(rf"\s*{_MONTH}", re.I)  # "4 March"
MIN_QUANTITY = 10  # smaller counts ("two", "4-day") recur in reports of many happenings


def _quantities(text: str) -> frozenset[str]:
    """The counts an event's evidence states ("215 prisoners", "23 diplomats", "1,200 people") as
    "#215": two reports stating one count of one act tell one happening. Years, days of a month ("Sept.
    21", "4 March") and counts under `MIN_QUANTITY` are left out."""
    found = set()
    for m in _NUMBER.finditer(text):
        value = int(m.group(1).replace(",", ""))
        if value < MIN_QUANTITY or (len(m.group(1)) == 4 and 1900 <= value <= 2100):
            continue
        if _MONTH_BEFORE.search(text[max(0, m.start() - 12): m.start()]) or _MONTH_AFTER.match(
                text[m.end(): m.end() + 12]):
            continue
        found.add(f"#{value}")
    return frozenset(found)


@lru_cache(maxsize=1)
def _generic_details() -> frozenset[str]:
    """Stems of the words of data/generic_details.txt in their inflected forms (see there)."""
    text = files("sitrep.ledger").joinpath("data", "generic_details.txt").read_text(encoding="utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return frozenset(_stem(w + end) for w in words for end in _INFLECTIONS)


_DAY_MONTH = re.compile(rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})"
                        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}))(?![\d:])", re.I)


def _month_days(text: str) -> frozenset[str]:
    """The days of a month an event's evidence names ("on Oct. 7", "on October 7", "7 October") as
    "@10-07": two undated reports naming one day for one dyad's act tell one happening (the year is
    seldom written beside it)."""
    found = set()
    for m in _DAY_MONTH.finditer(text):
        month, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
        if 1 <= int(day) <= 31:
            found.add(f"@{month_number(month):02d}-{int(day):02d}")
    return frozenset(found)


def detail_words(item: ClusterItem) -> frozenset[str]:
    """The content words of an event's evidence that tell its happening from others of its block: not
    the names of people, states and places, not the words of acts and weapons, not the parties' own names
    as the text gives them ("Bayramov" in every report of every meeting of the two foreign ministers), and
    not its own stated place or weapon (those keep happenings apart when they differ, but one place sees
    many attacks). Stated counts ("#215") and days of a month ("@10-07") are details."""
    fields = content_words(" ".join(v for v in (item.location, item.instrument) if v))
    parties = content_words(" ".join(v for v in (item.source_name, item.target_name) if v))
    words = item.words or content_words(item.evidence)
    told = words - _names(item.evidence) - act_words() - fields - parties - _generic_details()
    return told | _quantities(item.evidence) | _month_days(item.evidence)


def _strong(a: ClusterItem, b: ClusterItem, sim: float) -> bool:
    """Whether two events with nothing but words to go by tell one happening: naming one day of a month
    ("on Oct. 7", "on October 7"), not stating other counts or days, and told in the same words, or
    sharing details beyond the names and the act ("concluded an extraordinary summit" in two reports of
    the Singapore summit; not "Biden", "Xi" and "met" in reports of two meetings a year apart). With a
    stated count in common ("#215", see `_quantities`), evidence as little alike as `MIN_SIMILARITY`
    joins ("215 Ukrainian ... released by Russia" and "Russia released 215 prisoners of war"); other
    shared words at that likeness are the parties' own ("militants", "security forces", "ways to
    resolve"), not the happening's."""
    da = a.details if a.details is not None else detail_words(a)
    db = b.details if b.details is not None else detail_words(b)
    shared = da & db
    if any(w.startswith("@") for w in shared):
        return sim >= MIN_SIMILARITY  # one day of a month named by both: one happening's
    if _counts_differ(da, db, a.evidence, b.evidence) or _days_differ(da, db):
        return False  # even in the same words: agencies tell each launch or strike from one template
    if sim >= SAME_WORDING:
        return True
    if sim >= UNDATED_SIMILARITY:
        return len(shared) >= SHARED_DETAILS
    return sim >= MIN_SIMILARITY and any(w.startswith("#") for w in shared)


def _counts_differ(a: frozenset[str], b: frozenset[str], text_a: str, text_b: str) -> bool:
    """Whether two events' evidence share no count (see `_quantities`) and count one thing differently:
    "killed 34 Palestinians" and "12 Palestinian civilians were killed" are two attacks of one conflict,
    told alike; "for around 38 minutes" and "for about 45 min" count nothing alike."""
    if {w for w in a if w.startswith("#")} & {w for w in b if w.startswith("#")}:
        return False
    counted_a, counted_b = _counted(text_a), _counted(text_b)
    return any(counted_a[noun] != values for noun, values in counted_b.items() if noun in counted_a)


_COUNTED = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)\s+([A-Za-z][a-z'-]+)")


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    """The words of data/measures.txt (units of time, distance, weight: see there)."""
    text = files("sitrep.ledger").joinpath("data", "measures.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=4096)
def _counted(text: str) -> dict[str, frozenset[str]]:
    """The counts (see `_quantities`) an evidence states of each thing, by the stem of the word after
    the number: "24 militants" -> {"militant": {"#24"}}."""
    found: dict[str, set[str]] = {}
    for m in _COUNTED.finditer(text):
        count = _quantities(m.group(1))
        if count and m.group(2).lower() not in _STOP and m.group(2).lower() not in _measures():
            found.setdefault(_stem(m.group(2).lower()), set()).update(count)
    return {noun: frozenset(values) for noun, values in found.items()}


def _days_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two events' evidence both name days of a month (see `_month_days`) and share none."""
    da, db = {w for w in a if w.startswith("@")}, {w for w in b if w.startswith("@")}
    return bool(da) and bool(db) and not da & db


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


def _fit(a: ClusterItem, b: ClusterItem, partners: set[frozenset[str]] | None = None) -> float | None:
    """How alike two events that tell the same happening are (`_similarity`), or None when they tell two.
    `partners`: the pairs of events from copies of one story that tell each other's happening
    (`_copy_partners`); without it, copies are compared as any two reports. Callers rank the events that
    fit by this figure, so it is computed once per pair."""
    if a.document_id == b.document_id and a.mode == b.mode:
        return None  # the coder already merged what one document says twice; a denial it reports stays apart
    if set_apart((a.location, a.instrument), (b.location, b.instrument)):
        return None
    if _anticipates(a, b):
        return None
    sim = _similarity(a, b)
    if partners is not None and a.canonical and a.canonical == b.canonical and a.document_id != b.document_id:
        # copies of one story: their dates are the copies' dates, not the event's; each event has
        # one counterpart in the other copy, so that one story's several happenings stay apart
        return sim if frozenset((a.id, b.id)) in partners else None
    if a.day and b.day and not (_coarse(a) or _coarse(b)):
        fits = _gap(a, b) <= WINDOW_DAYS and sim >= MIN_SIMILARITY
    elif a.day and b.day and _gap(a, b) > WINDOW_DAYS:
        fits = False
    else:
        fits = _strong(a, b, sim)
    return sim if fits else None


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


Period = tuple[date, date] | None  # (latest first day, earliest last day) of a group's dated events


def _dated(members: Iterable[ClusterItem]) -> Period:
    """The latest first day and the earliest last day of a group's dated events (reprints' dates are the
    copies' dates, not the event's, and are left out); None when no member is dated."""
    dated = [(m.day, m.last_day or m.day) for m in members if m.day and not m.duplicate]
    if not dated:
        return None
    return max(first for first, _ in dated), min(last for _, last in dated)


def _shared(a: Period, b: Period) -> Period:
    """The period two groups' dated events share when joined (its first day may fall after its last)."""
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])


def _together(a: Period, b: Period) -> bool:
    """Whether two groups' dated events may be one cluster: every two of them within `SPREAD_DAYS`.
    Single links chain: an undated report bridges the 2016 and the 2018 meetings of one pair of
    leaders, and daily strikes three days apart a month of them. (Places are not held to this: one
    report's "Sheremetyevo airport" is another's "a Moscow airport", and a third naming none joins them.)"""
    joined = _shared(a, b)
    return joined is None or (joined[0] - joined[1]).days <= SPREAD_DAYS


def cluster_items(items: list[ClusterItem]) -> dict[str, list[ClusterItem]]:
    """Group events into clusters (single link inside each block); returns cluster id -> members."""
    blocks: dict[str, list[ClusterItem]] = {}
    for item in items:
        if not item.words:
            item.words = content_words(item.evidence)
        if item.details is None:
            item.details = detail_words(item)
        if not item.span_words:
            item.span_words = _span_words(item.evidence)
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
        periods = {i: _dated([m]) for i, m in enumerate(members)}  # root -> its members' shared period
        for i in range(len(members)):
            # the most similar earlier events first: an event that fits two groups it may not bridge
            # joins the one telling its happening best, not the first met
            fits = sorted(((sim, j) for j in range(i)
                           if (sim := _fit(members[i], members[j], partners)) is not None), reverse=True)
            for _, j in fits:
                a, b = find(i), find(j)
                if a != b and _together(periods[a], periods[b]):
                    parent[a] = b
                    periods[b] = _shared(periods[a], periods[b])
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
            if not _together(_dated(members), _dated(clusters[other_id])):
                continue
            sims = [sim for m in members for o in clusters[other_id] if (sim := _fit(m, o)) is not None]
            if sims and max(sims) > best_sim:
                best, best_sim = other_id, max(sims)
        if best is not None:
            clusters[best].extend(members)
            members.clear()
    for cid in [cid for cid, members in clusters.items() if not members]:
        del clusters[cid]


def _similarity(a: ClusterItem, b: ClusterItem) -> float:
    """How much two events' evidence says alike: the content-word Jaccard of all their spans, or of any
    one span of either against all of the other's, whichever is higher. An event told in a long lead
    and two quotes shares few words, over all its spans, with another report's short telling that
    matches one of them ("The Indian navy has captured 23 pirates" against a lead, a quote and a
    headline); one span against all of the other keeps a one-word span ("Fighting") from matching alone."""
    best = jaccard(a.words, b.words)
    for one, other in ((a, b), (b, a)):
        spans = one.span_words or _span_words(one.evidence)
        if len(spans) > 1:
            best = max(best, *(jaccard(s, other.words) for s in spans))
    return best


def _span_words(evidence: str) -> tuple[frozenset[str], ...]:
    """The content words of each of an event's evidence spans (see `evidence_text`)."""
    return tuple(content_words(span) for span in evidence.split("\n"))


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
