"""One event per distinct happening: merge the same happening told in headline, lead and quote."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.actors.lexicon import load_lexicon, norm
from sitrep.events.kinds import FORCEFUL
from sitrep.events.lexicon import SYMMETRIC_TYPES
from sitrep.records import Actor, Event, Evidence

SECTION_RANK = {"text": 0, "subtitle": 1, "title": 2}
HEADLINE_SECTIONS = frozenset({"title", "subtitle"})
# Types an analyst codes with no recipient when the text names none (CODEBOOK, Events: "PROTEST,
# MOBILIZE, ..."): a rally, a troop build-up, a resignation or a withdrawal needs no one it is aimed at.
# Any other act is done to someone: coded with no one, the coder missed its recipient (judged on PolNeAR
# and ECB+ articles: none of 24 ASSAULT, COERCE and AGREE events with no recipient was right;
# MOBILIZE 3 of 4; the GSR's resignations and withdrawals are RETREAT with none).
RECIPIENTLESS = frozenset({"PROTEST", "MOBILIZE", "RETREAT"})
# A commitment may be to an act of one's own ("agreed to resign"): kept with no recipient unless the
# document codes the same commitment with its counterpart ("agreed to slash spending in return for
# loans" beside "the IMF agreed to lend Greece billions").
SELF_COMMITMENTS = frozenset({"AGREE"})
# Only an agreement keeps no recipient ("Akayev has agreed to resign"): a promise, proposal, offer or
# invitation with no one named was a campaign pledge or a plan on real news ("he promised to bridge",
# "proposed a steep levy", "invited international observers"; 0 of 6 right on PolNeAR train 300-369).
AGREEING = frozenset({"agree", "agree to", "agree on"})


# Acts that happen again and again between the same sides (strikes of one war, marches of one strike,
# arrests of one crackdown). A report's lead sums up its story, so a later telling of another act between
# the lead's sides, of its type, mode and time, tells the lead's happening in detail ("Russia is providing
# Iran with an unprecedented level of military assistance" ... "offering Iran an unprecedented level of
# military and technical support", Kirby said); a recurring act may be another one of its kind.
RECURRING = FORCEFUL | {"PROTEST", "MOBILIZE"}


# The name events give the doer of violence the text leaves unnamed (places.py `unnamed_in_place`).
UNNAMED_FORCES = "unidentified armed forces"


@dataclass(frozen=True, slots=True)
class Telling:
    """How the parse tells one event, which decides whether two tellings in the body of a report are one
    happening (see `_one_happening`): the dyad, type, mode and date alone join different attacks of one
    war or marches of one strike ("dual attacks ... which killed at least 28 people" and "multiple
    attacks ... have killed at least 35 more")."""

    sentence: int  # where the anchor's sentence starts in its section
    definite: bool  # a noun that refers back to a known happening: "the Athens riots", "its invasion"
    anew: bool  # told as one more: "another 20,000 people marched", "killed 35 more", "shelled it again"
    newcomer: bool  # done to someone brought in anew: "fatally shot a carjacker" (after "shot Ortiz")
    words: frozenset[str] = frozenset()  # the clause's content words, names and trigger left out
    place: str | None = None  # where the clause or one it hangs from sets it: "Near Palmyra, one strike ..."


def happening_key(event: Event) -> tuple[str | None, str | None, str, str]:
    """What makes two coded events the same happening: who did what to whom, in which mode."""
    src = event.source.code if event.source else None
    tgt = event.target.code if event.target else None
    if event.type in SYMMETRIC_TYPES and src and tgt and tgt < src:
        src, tgt = tgt, src
    return src, tgt, event.type, event.mode


def _overlaps(a: Event, b: Event) -> bool:
    return _overlaps_span(a.evidence, b.evidence)


def _overlaps_span(ea: Evidence, eb: Evidence) -> bool:
    return ea.section == eb.section and ea.start < eb.end and eb.start < ea.end


def merge_events(events: list[Event], tellings: Mapping[int, Telling] | None = None) -> list[Event]:
    """Merge events of one document that report the same happening; the body span stays primary.
    `tellings` maps `id(event)` to how the parse tells it; events with none merge on their key alone."""
    ordered = _struck_not_striking(sorted(events, key=_telling_order))
    told_as = tellings or {}
    merged: dict[tuple[str | None, str | None, str, str], list[Event]] = {}
    members: dict[int, list[Event]] = {}  # id of a kept event -> the events merged into it, itself first
    sentences = _told_sentences(events, told_as)
    for ev in ordered:
        told = merged.setdefault(happening_key(ev), [])
        first = next((e for e in told if same_time(e.event_date, ev.event_date)
                      and _one_happening(members[id(e)], ev, told_as, sentences)), None)
        if first is None:
            told.append(ev)
            members[id(ev)] = [ev]
            continue
        members[id(first)].append(ev)
        _absorb(first, ev, _narrated_lead(first, told_as))
    events = sorted((ev for told in merged.values() for ev in told), key=_telling_order)
    events = _merge_retold(events, told_as)
    events = _merge_one_sentence(events, told_as)
    kept = [ev for ev in events if not _told_fuller(ev, events) and _has_recipient(ev, events)]
    return sorted(kept, key=_telling_order)


def _struck_not_striking(events: list[Event]) -> list[Event]:
    """Headlines pack "strikes on Syria" into "Syria strikes", which the parse reads as Syria striking. A
    headline act of force whose doer is a state the body shows only as struck by that kind of act (never
    doing it) names the place struck: it is the body's act told again ("Syria strikes kill 20 civilians"
    over "US-led coalition air strikes on Syria killed 20 civilians"), one more evidence span of the
    first body telling, not an act of that state. `events` come body first (see `_telling_order`)."""
    body = [ev for ev in events if ev.evidence.section not in HEADLINE_SECTIONS]
    kept: list[Event] = []
    for ev in events:
        struck = [] if ev.evidence.section not in HEADLINE_SECTIONS else _struck_state(ev, body)
        if struck:
            _absorb(struck[0], ev)
        else:
            kept.append(ev)
    return kept


def _struck_state(headline: Event, body: list[Event]) -> list[Event]:
    """The body's acts of the headline's type done to the headline's doer, a state named bare, when the
    body never shows that state doing such an act (see `_struck_not_striking`)."""
    doer = headline.source
    if headline.type not in FORCEFUL or doer is None or not _bare(doer):
        return []
    same = [ev for ev in body if ev.type == headline.type]
    if any(_country(ev.source) == doer.country for ev in same):
        return []
    return [ev for ev in same if ev.target is not None and _country(ev.target) == doer.country
            and ev.source is not None]


def _told_sentences(events: Iterable[Event], tellings: Mapping[int, Telling]) -> dict[str, list[int]]:
    """Where each section's sentences that tell some act start, in order: two tellings in sentences
    next to each other in this list have no other act told between them."""
    starts: dict[str, set[int]] = {}
    for ev in events:
        if (t := tellings.get(id(ev))) is not None:
            starts.setdefault(ev.evidence.section, set()).add(t.sentence)
    return {section: sorted(found) for section, found in starts.items()}


def _told_next(event: Event, earlier: Telling, later: Telling, starts: list[int]) -> bool:
    """Whether `later` is told in the sentence that follows that of `event` (told as `earlier`), with no
    act told between and at most a short tail (", the ministry said.") after `event`'s clause:
    "Putin and Erdogan met in Sochi on Monday. They held talks on Syria and trade." """
    if earlier.sentence not in starts or later.sentence not in starts:
        return False
    return (starts.index(later.sentence) == starts.index(earlier.sentence) + 1
            and 0 <= later.sentence - event.evidence.end <= SENTENCE_TAIL)


def _told_as_added(event: Event) -> bool:
    """Whether a telling's own words say it adds another act or looks back to an earlier one: "He will
    also join a three-way meeting", "having earlier met in Wuhan last year"."""
    return any(word in ADDED_ACT for word in re.findall(r"[a-z]+", event.evidence.text.lower()))


def _narrated_lead(event: Event, tellings: Mapping[int, Telling]) -> bool:
    """Whether an event's primary telling is the report's first sentence in the journalist's own voice
    (no speaker): the lead states the happening, whoever is quoted on it later (CODEBOOK, Attribution)."""
    told = tellings.get(id(event))
    return (told is not None and told.sentence == 0 and event.evidence.section == "text"
            and event.attributed_to is None and event.speaker is None)


def _one_happening(members: list[Event], ev: Event, tellings: Mapping[int, Telling],
                   sentences: Mapping[str, list[int]] | None = None) -> bool:
    """Whether `ev` tells again the happening of `members` (same key and time, earlier tellings first).

    A headline retells the body. In the body, a telling marked as one more ("another 20,000 people
    marched", "killed at least 35 more") or set in another place or with another weapon is another
    happening, and so is an act done to someone the report brings in with an indefinite article ("He shot
    Ortiz once in the head" and, later, "after he fatally shot a carjacker"). A second telling must
    show it is the same one: the same word family for the act
    ("rallied" ... "after rallying"), a definite noun that refers back ("The Athens protest march" ...
    "the Athens riots"), or the same sentence ("shot and killed a man", "killed 35 and injured scores").
    Without these an act between the same sides is another act of the same conflict ("seized full
    control of Mosul University" and "attempting to retake the city"; "conducted five airstrikes" and
    "the airstrikes have destroyed 967 vehicle bombs")."""
    later = tellings.get(id(ev))
    earlier = [t for m in members if (t := tellings.get(id(m))) is not None]
    if later is None or len(earlier) < len(members) or ev.evidence.section in HEADLINE_SECTIONS or any(
            m.evidence.section in HEADLINE_SECTIONS for m in members):
        return True  # no parse to judge by (an event built by hand), or a headline: the key decides
    if _told_apart(members[0], ev, later, earlier):
        return False
    stem = _stem(ev.trigger)
    lead = ev.type not in RECURRING and any(t.sentence == 0 for t in earlier)
    starts = (sentences or {}).get(ev.evidence.section, [])
    follows = ev.type in TOLD_ON and not _told_as_added(ev) and any(
        _told_next(m, t, later, starts) and not _told_as_added(m)
        for m, t in zip(members, earlier, strict=True))
    return later.definite or lead or follows or any(
        t.definite or t.sentence == later.sentence or (stem is not None and _stem(m.trigger) == stem)
        or _same_wording(t, later) for m, t in zip(members, earlier, strict=True))


# Acts one pair does once in a spell, which a report tells in one sentence and goes on with in the next:
# "met in Sochi on Monday. They held talks on Syria and trade." The next sentence tells the same meeting
# unless it says it is another (another place or day, "met again"; see `_told_apart`, `same_time`).
TOLD_ON = frozenset({"CONSULT"})
# Characters a sentence may go on after an act's clause before the next sentence ("..., the
# ministry said in a statement."): more leaves room for a sentence that tells no act between them.
SENTENCE_TAIL = 60
# Words by which the next sentence tells one more act or an earlier one, not the same told on.
ADDED_ACT = frozenset({"also", "earlier", "previously", "previous", "again", "another", "second"})


# Share of content words two tellings of one act must have in common when their verbs differ: "providing
# Iran with an unprecedented level of military assistance" and "offering Iran an unprecedented level of
# military and technical support" share 3 of 7.
SAME_WORDING = 0.3


def _same_wording(a: Telling, b: Telling) -> bool:
    """Whether two tellings describe the act in the same words (Jaccard of their content words)."""
    union = a.words | b.words
    return bool(union) and len(a.words & b.words) / len(union) >= SAME_WORDING


def _told_apart(first: Event, ev: Event, later: Telling, earlier: list[Telling]) -> bool:
    """Whether the body's later telling `ev` says it is not the happening of `first` (told as
    `earlier`): one more of its kind, another place or weapon ("Near Ayn Isa, one strike destroyed a
    VBIED" and "Near Palmyra, one strike destroyed two ISIL weapons caches"), or done to a newcomer in
    another sentence."""
    return later.anew or _set_apart(first, ev) or _looks_back(first) != _looks_back(ev) or (
        _counted_apart(first, ev)) or _many_times(first) != _many_times(ev) or (
        later.newcomer and all(t.sentence != later.sentence for t in earlier)) or (
        later.place is not None and any(t.place not in (None, later.place) for t in earlier))


# What the words of a stated quantity multiply its number by ("Rs five crore", "$20 mn", "1.2 billion").
MULTIPLIERS = {"hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "millions": 1e6,
               "mn": 1e6, "m": 1e6, "crore": 1e7, "crores": 1e7, "billion": 1e9, "bn": 1e9, "dozen": 12}
# Number words a quantity spells out ("Rs five crore"): "a" and "an" are no count ("a financial assistance").
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50}


def amount(quantity: str | None) -> float | None:
    """The number a stated quantity comes to, so that one sum told twice ("Rs 5 crore", "Rs five crore";
    "$20 million", "USD 20 mn") is one figure; None when it states no number ("dozens of troops")."""
    if not quantity:
        return None
    words = re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", quantity.lower())
    numbers = [float(w.replace(",", "")) if w[0].isdigit() else float(COUNT_WORDS[w])
               for w in words if w[0].isdigit() or w in COUNT_WORDS]
    if len(numbers) != 1:
        return None  # no number, or a range ("between 20 and 30"): nothing sure to compare
    value = numbers[0]
    for w in words:
        value *= MULTIPLIERS.get(w, 1)
    return value


def _counted_apart(a: Event, b: Event) -> bool:
    """Whether two tellings of one kind of act state two different quantities of it: "pledged relief worth Rs
    three crore" for one flood and "earlier pledged relief worth Rs 8 crore" for another are two grants,
    not one told twice (whose date and place it would take). Acts that recur (`RECURRING`) are counted in
    parts: "conducted 23 strikes against ISIL in Syria and Iraq" and "In Syria, Coalition forces conducted
    15 strikes" tell one day's campaign and its share in one place."""
    if a.type in RECURRING:
        return False
    x, y = _sum_of(a), _sum_of(b)
    return x is not None and y is not None and x != y


# A sum of money as a telling writes it: a currency sign or code, a number, a multiplier ("Rs 10 crore").
_MONEY = re.compile(r"(?:[$€£]|\b(?:rs\.?|usd|inr|eur|us\$))\s*(?:\d[\d,.]*|[a-z]+)(?:\s+(?:"
                    + "|".join(MULTIPLIERS) + r")\b)?", re.I)


def _sum_of(event: Event) -> float | None:
    """The quantity an event states (see `amount`), else the one sum of money its evidence writes, which
    the argument reader may not have taken as its quantity ("earlier pledged relief worth Rs 8
    crore")."""
    if (stated := amount(event.quantity)) is not None:
        return stated
    sums = _MONEY.findall(event.evidence.text)
    return amount(sums[0]) if len(sums) == 1 else None


# Words that count how often an act happened: "in roughly a dozen summits over the years", "have
# met five times", "on several occasions". Such a telling sums up many acts of a pair, not the one reported.
OCCASION_COUNTS = frozenset({"dozen", "dozens", "several", "many", "numerous", "multiple", "countless",
                             "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice"})
OCCASIONS = frozenset({"times", "occasions", "rounds", "meetings", "summits", "visits", "talks", "calls",
                       "conversations", "encounters"})
OCCASION_REACH = 2  # words between the count and the occasions ("a dozen international meetings")


def _many_times(event: Event) -> bool:
    """Whether a telling of an act that happens once in a spell (a meeting, a visit: not `RECURRING`) counts
    it as many: "The two have talked in roughly a dozen summits over the years"
    recalls the pair's past meetings, not the summit the report's lead tells. An act of force counted
    ("killed in three air strikes") is the one happening the report tells in parts, and so are the meetings
    a visit plans ("will see the premier several times during the stay")."""
    if event.type in RECURRING or event.mode not in ("asserted", "negated"):
        return False
    words = re.findall(r"[a-z]+|\d+", event.evidence.text.lower())
    return "twice" in words or any(
        (w in OCCASION_COUNTS or w.isdigit()) and any(
            x in OCCASIONS for x in words[i + 1: i + 2 + OCCASION_REACH])
        for i, w in enumerate(words))


# Words that set an act before the one a report tells, placed just before its noun: "his earlier visit to
# China", "their last meeting", "their past meetings", "in earlier summit meetings", "the previous round".
LOOK_BACK = frozenset({"earlier", "last", "past", "previous", "prior", "former", "preceding"})
# Words between such a word and the act's noun: "earlier summit meetings", "last face-to-face meeting".
LOOK_BACK_REACH = 2


def _looks_back(event: Event) -> bool:
    """Whether a telling names an act as an earlier one of its kind by a word just before its trigger
    noun ("his earlier visit to China", "Their last meeting"): the pair's meeting before this one, which
    the report recalls beside today's (the same words and sides, another happening). A time phrase ("last
    week", "earlier on Monday") sets the date of the act, not another act: `same_time` judges it."""
    stem = _stem(event.trigger)
    if stem is None:
        return False
    words = re.findall(r"[a-z][a-z-]*", event.evidence.text.lower())
    at = next((i for i, w in enumerate(words) if w.startswith(stem)), None)
    return at is not None and any(w in LOOK_BACK for w in words[max(0, at - LOOK_BACK_REACH): at])


def _words_of(value: str) -> list[str]:
    """The words of a place or weapon, lower-cased, a leading article left out ("the Gulf of Aden") and
    a plural -s dropped, so "a missile" and "two missiles" name one weapon."""
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in value.lower().split()]
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words


def set_apart(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two tellings' (place, weapon) pairs name different places or weapons, which keeps their
    happenings apart ("In Ioannina the protesters attacked banks" beside a march in Salonika). A name
    and the same name with more words after it are one: "the Gulf of Aden" and "Gulf of Aden", "Gaza"
    and "Gaza City", "rockets" and "rockets and mortars" (reports name one place at two levels); a name
    inside another's end is not ("Sudan", "South Sudan")."""
    for x, y in zip(a, b, strict=True):
        if not x or not y:
            continue
        short, long_ = sorted((_words_of(x), _words_of(y)), key=len)
        if long_[: len(short)] != short:
            return True
    return False


def _set_apart(a: Event, b: Event) -> bool:
    """Whether two tellings name different places or weapons ("In Ioannina the protesters attacked
    banks" beside a march in Salonika): the test `ledger.clusters` applies across reports."""
    return set_apart((a.location, a.instrument), (b.location, b.instrument))


def _telling_order(event: Event) -> tuple[int, int]:
    """Body before subtitle before title, then by position: the first body telling is primary."""
    return SECTION_RANK.get(event.evidence.section, 3), event.evidence.start


def _absorb(first: Event, ev: Event, narrated: bool = False) -> None:
    """Make `ev`, a later telling of `first`'s happening, one more evidence span of `first`, with the
    spans `ev` had taken in already. A lead in the journalist's voice (`narrated`) keeps its voice."""
    for span in (ev.evidence, *ev.also):
        if not _overlaps_span(first.evidence, span) and all(
                not (x.section == span.section and x.start == span.start) for x in first.also):
            first.also.append(span)
    if ev.attributed_to is not None and (_unvoiced_headline(first) or _denier(first, ev) or (
            _own_word(first, ev) and not narrated)):
        first.attributed_to, first.speaker = ev.attributed_to, ev.speaker  # one claim: actor and voice
    for name in ("instrument", "quantity", "location", "context", "event_date", "cameo"):
        if getattr(first, name) is None and getattr(ev, name) is not None:
            setattr(first, name, getattr(ev, name))
    first.confidence = min(1.0, max(first.confidence, ev.confidence) + 0.05)


def _merge_retold(events: list[Event], tellings: Mapping[int, Telling]) -> list[Event]:
    """Merge the same act told again with its doer named once as a state and once with its sector: "The
    Indian navy captured 23 pirates" and, later, "captured by the Indians"; "Iraq's invasion of Kuwait"
    and "his invasion of Kuwait". One happening needs the same type, mode and time and the same word
    family for the act (the trigger's stem: "invasion", "invaded"); two different acts between the same
    states ("relaxed travel restrictions" and "allowed Cubans to have dollars") stay two (see `_retold`).
    The merged event keeps the more specific code."""
    kept: list[Event] = []
    for ev in events:
        first = next((e for e in kept if _retold(e, ev) and not _retold_apart(e, ev, tellings)), None)
        if first is None:
            kept.append(ev)
            continue
        loose = _loose(first, ev)
        swapped = not _one_person_struck(first, ev) and (not _same_actor(first.source, ev.source, loose) or (
            not _same_actor(first.target, ev.target, loose)))
        src, tgt = (ev.target, ev.source) if swapped else (ev.source, ev.target)
        first.source = _narrower(first.source, src)
        first.target = _narrower(first.target, tgt)
        _absorb(first, ev, _narrated_lead(first, tellings))
    return kept


def _merge_one_sentence(events: list[Event], tellings: Mapping[int, Telling]) -> list[Event]:
    """Merge acts of force one sentence tells of one happening in two clauses: its harm and the act that
    did it. "Twelve people were killed after four suicide bombers struck in Maiduguri" codes the killing
    of Nigeria's civilians and a strike on Nigeria named bare; "two people were killed and others
    injured after security forces used tear gas" codes the killing by the place's unidentified forces
    and the forces' use of gas. One happening when the type, mode and time agree and either the doer is
    the same and the recipients can be one (see `_one_recipient`), or one doer is the place's unidentified
    forces (no doer named in its clause) and the recipients agree: the merged event keeps the named doer
    and the recipient with a sector. Different victims ("two soldiers were killed by a roadside bomb and
    the army shelled rebel positions": KENMIL, KENREB) stay two happenings."""
    kept: list[Event] = []
    for ev in events:
        first = next((e for e in kept if _one_sentence(e, ev, tellings) and _sides_agree(e, ev)), None)
        if first is None:
            kept.append(ev)
            continue
        place = _place_beside_recipient(first, ev)
        if _unnamed_doer(first.source) and not _unnamed_doer(ev.source):
            first.source = ev.source
        elif place or _same_actor(first.source, ev.source):
            first.source = _narrower(first.source, ev.source)
        other = ev.target if _recipient_is_place(first) else first.target
        if place and other is not None and not other.unknown:
            first.target = other  # the Islamic State, not Syria where it was struck
        else:
            first.target = _fuller_recipient(first.target, ev.target)
        _absorb(first, ev)
    return kept


def _recipient_is_place(event: Event) -> bool:
    """Whether an act's recipient is a state named bare that is only where it happened: "US-led air
    strikes targeting Islamic State positions in a village in northern Syria" codes a strike on Syria
    whose place is Syria; Niger is not the place of an attack "in north-east Nigeria"."""
    target = event.target
    return (target is not None and _bare(target) and bool(event.location) and re.search(
        rf"\b{re.escape(target.name)}\b", event.location or "", re.IGNORECASE) is not None)


def _place_beside_recipient(a: Event, b: Event) -> bool:
    """Whether two overlapping tellings of one act by one doer give it, one the place it happened as
    a recipient, the other who it was done to ("US-led air strikes targeting Islamic State positions in
    a village in northern Syria": Syria and the Islamic State); "Israel attacked Syria and Hezbollah",
    with no place, names two recipients. One act: the same trigger; "kidnapped advisers ... and exploded
    bombs in the capital Kabul" are two acts, the bombing's place beside the kidnapping's recipients."""
    if not (a.trigger == b.trigger and _overlaps(a, b) and _same_actor(a.source, b.source)
            and a.target is not None and b.target is not None
            and _recipient_is_place(a) != _recipient_is_place(b)):
        return False
    place, other = (a.target, b.target) if _recipient_is_place(a) else (b.target, a.target)
    # people of another state struck there are a coding to keep apart: "40 civilians have been killed
    # in US-led air strikes ... in northern Syria" read as Americans still tells the strike on Syria
    return other.country in (None, place.country) or _bare(other)


def _one_sentence(first: Event, ev: Event, tellings: Mapping[int, Telling]) -> bool:
    """Whether two acts of force of one type, mode and time are told in one sentence of the body."""
    a, b = tellings.get(id(first)), tellings.get(id(ev))
    return (a is not None and b is not None and a.sentence == b.sentence and ev.type in FORCEFUL
            and first.evidence.section == ev.evidence.section
            and (first.type, first.mode) == (ev.type, ev.mode) and same_time(first.event_date, ev.event_date))


def _sides_agree(first: Event, ev: Event) -> bool:
    """Whether two acts of one sentence are one happening's (see `_merge_one_sentence`)."""
    if first.source is None or ev.source is None or first.target is None or ev.target is None:
        return False
    if _place_beside_recipient(first, ev):
        return True
    if (first.evidence.start, first.evidence.end) == (ev.evidence.start, ev.evidence.end):
        return False  # one act's recipients ("attacked positions of Amisom and Ethiopian troops")
    if _same_actor(first.source, ev.source):  # one doer, maybe named at two levels ("A US drone strike")
        return first.target.code != ev.target.code and _one_recipient(first.target, ev.target)
    if _unnamed_doer(first.source) == _unnamed_doer(ev.source):
        return False
    # the harm told with its recipient and the act named bare on the place ("24 people were killed after
    # gunmen attacked a church in northern Burkina Faso"); not one more act on the same people ("killed
    # three people as police fought pitched battles with protesters": other doers, no cause told)
    # The harm comes first and its cause after it ("were killed when ..."); "seized a district centre,
    # while a bomb at an army base killed five people" tells two happenings. The doer is not the harmed
    # ("ten terrorists were killed when they attacked the headquarters": they fell).
    harm, act = (first, ev) if _unnamed_doer(first.source) else (ev, first)
    named = act.source
    return (harm.evidence.start < act.evidence.start and not named.unknown
            and named.code not in (first.target.code, ev.target.code)
            and _one_recipient(first.target, ev.target))


def _one_recipient(a: Actor, b: Actor) -> bool:
    """Whether two recipients one sentence gives acts of force can be one: a state named bare and its
    people with a sector ("struck in Maiduguri", "twelve people were killed"), or people of no state
    named beside those of a state ("attacked a college campus in Garissa, killing at least two people");
    not a body of no state ("positions of Amisom and Ethiopian troops" are two recipients)."""
    if a.unknown or b.unknown:
        return a.unknown != b.unknown and (a.country or b.country) is not None
    return a.country is not None and a.country == b.country and _bare(a) != _bare(b)


def _fuller_recipient(a: Actor | None, b: Actor | None) -> Actor | None:
    """The recipient told more fully of two for one happening: with a state and a sector, else a state."""
    if a is None or b is None:
        return a or b
    state, unknown = (a, b) if b.unknown else (b, a)
    if unknown.unknown and unknown.sector and state.country and _bare(state):
        # "attacked two military bases in Borno State" and "injuring six soldiers": Nigeria's soldiers
        return Actor.of(state.country, f"{state.name} {unknown.name}", unknown.sector)
    return b if _fullness(b) > _fullness(a) else a


def _fullness(x: Actor) -> int:
    """How fully an actor is told: 0 no state, 1 a state named bare, 2 a state with a sector."""
    return (x.country is not None) + (x.country is not None and not _bare(x))


def _unnamed_doer(actor: Actor | None) -> bool:
    """An act's doer the text does not name, set to the place's unidentified armed forces (events
    `places.unnamed_in_place`, `disowned`)."""
    return actor is not None and actor.sector == "UAF" and actor.name.startswith(UNNAMED_FORCES)


def _retold(first: Event, ev: Event) -> bool:
    """Whether `ev` tells `first`'s act again, its doer named at another level of detail ("The Indian navy
    captured 23 pirates" and "captured by the Indians"). In the body the recipient must be the same:
    "killed at least 40 people during an attack on a school" (Palestinians) and "killed six Hamas
    gunmen", "a meeting with Liu He" (China) and "a meeting with Xi Jinping", are other happenings of one
    war or one trade talk. A headline names both sides loosely ("South Sudan Accuses Sudan" over
    "President Salva Kiir accused the Sudanese government")."""
    if (first.type, first.mode) != (ev.type, ev.mode) or not same_time(first.event_date, ev.event_date):
        return False
    if (_stem(first.trigger) is None or _stem(first.trigger) != _stem(ev.trigger)) and not _headline_over(
            first, ev):
        return False
    loose = _loose(first, ev)
    if _same_actor(first.source, ev.source, loose) and _same_recipient(
            first.target, ev.target, loose, _overlaps(first, ev) or _vaguely_told(first, ev)) and (
            _one_side_named(first.source, ev.source, first.target, ev.target)):
        return _two_sides(_narrower(first.source, ev.source), _narrower(first.target, ev.target))
    if _one_person_struck(first, ev):
        return True
    # a joint act told by each side in turn ("Armenia, Azerbaijan agree on cease-fire" over "Armenia
    # ... agreed to a cease-fire") leaves a side out, never names it unknown
    sides = (first.source, ev.target, first.target, ev.source)
    return first.type in SYMMETRIC_TYPES and loose and _same_actor(first.source, ev.target, loose) and (
        _same_actor(first.target, ev.source, loose)) and (
        _one_side_named(*sides) or all(x is None or _detail(x) for x in sides)) and _two_sides(
        _narrower(first.source, ev.target), _narrower(first.target, ev.source))


def _one_person_struck(first: Event, ev: Event) -> bool:
    """Whether two tellings of one act of force, one with its doer named and one with none ("A drone
    strike killed Rahimi ... near the city's airport", coded as done by the place's unidentified
    forces), are done to one named person ("the army says it killed commander Ahmad Rahimi"): a person
    is killed once, whatever sector either telling gives him. Their stated sums must not differ."""
    if first.type not in FORCEFUL or _unnamed_doer(first.source) == _unnamed_doer(ev.source):
        return False
    doers, struck = (first.source, ev.source), (first.target, ev.target)
    if any(x is None or (x.unknown and not _unnamed_doer(x)) for x in doers) or None in struck:
        return False
    a, b = first.target, ev.target
    assert a is not None and b is not None
    surname = _surname(a)
    return (a.country is not None and a.country == b.country and surname is not None
            and surname == _surname(b) and not _counted_apart(first, ev))


# Letters a surname must have to name one person ("Rahimi"; not "Al" or "Jr").
SURNAME_LETTERS = 4


def _surname(actor: Actor) -> str | None:
    """The last word of an actor's name when the name is a person's (capitalised words the actor lexicon
    knows as no state, body or place: "Ahmad Rahimi", "Rahimi"; not "Quds Force", "Iran")."""

    words = actor.name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1].strip(".,'’")
    if len(last) < SURNAME_LETTERS:
        return None
    phrases = load_lexicon().phrases
    known = (phrases.get(norm(actor.name)), phrases.get(norm(last)))
    return None if any(e is not None and e.kind != "person" for e in known) else last.lower()


def _headline_over(body: Event, headline: Event) -> bool:
    """Whether a headline telling comes after a body telling, which it may retell in other words: a
    headline sums up the report's lead in its own ("Russian attacks in Donetsk region" over "Russian
    forces killed 9 civilians in Donetsk"; "coalition airstrike in Syria" over a lead of civilians killed
    by the coalition's strikes), so the act's word family need not match; the first body telling
    of the act between the headline's sides is the one it retells (tellings come body first)."""
    return body.evidence.section == "text" and headline.evidence.section in HEADLINE_SECTIONS


def _one_side_named(source: Actor | None, source2: Actor | None, target: Actor | None,
                    target2: Actor | None) -> bool:
    """Whether two tellings agree on a side both name, or name neither side: a headline may leave one
    side unnamed, not both ("Gunmen kill 10 villagers" is not "Soldiers killed 10 gunmen")."""
    named = [(a, b) for a, b in ((source, source2), (target, target2)) if _detail(a) and _detail(b)]
    return any(_same_actor(a, b) for a, b in named) or not any(
        _detail(x) for x in (source, source2, target, target2))


def _vaguely_told(first: Event, ev: Event) -> bool:
    """Whether one of two tellings of an act names both its sides only as states, which the other may
    tell with their sectors: "The meeting between FMs of Pakistan and Russia took place on the
    sidelines" and "Pakistan Foreign Minister Bilawal Bhutto-Zardari held a bilateral meeting with his
    Russian counterpart"; "A US drone strike killed four militants" and "four militants were killed
    when ...". An act that recurs between two sides must also give the same count ("a meeting with Liu
    He" and "a meeting with Xi Jinping" name two Chinese recipients with a sector: two meetings)."""
    if not any(e.source is not None and e.target is not None and _vague(e.source) and _vague(e.target)
               for e in (first, ev)):
        return False
    return ev.type not in RECURRING or (first.quantity is not None and first.quantity == ev.quantity)


def _loose(first: Event, ev: Event) -> bool:
    """Whether one of two tellings is a headline, which names both sides loosely (see `_same_actor`)."""
    return bool({first.evidence.section, ev.evidence.section} & HEADLINE_SECTIONS)


def _retold_apart(first: Event, ev: Event, tellings: Mapping[int, Telling]) -> bool:
    """Whether two body tellings of one act with the doer named at two levels say they are two
    happenings (see `_told_apart`)."""
    a, b = tellings.get(id(first)), tellings.get(id(ev))
    return (a is not None and b is not None and "text" == first.evidence.section == ev.evidence.section
            and _told_apart(first, ev, b, [a]))


def _same_recipient(a: Actor | None, b: Actor | None, loose: bool, one_span: bool = False) -> bool:
    """The same recipient: the same code, or (told in a headline, or in one span of the body) a state
    vaguely and with a sector. One span names one act's recipients once: "A senior Bangladesh opposition
    leader and dozens of members of his party have been arrested" codes the arrest of Bangladesh and of
    its civilians, "imposed sanctions on 19 Russian officials and five groups" of Russia's government
    and of Russians of no sector; each is one happening, coded with the sector."""
    if loose or one_span:
        return _same_actor(a, b, loose)
    return (a is None and b is None) or (a is not None and b is not None and a.code == b.code)


def _two_sides(source: Actor | None, target: Actor | None) -> bool:
    """Whether a merged event still has two different actors: "Poland's Kwasniewski and Havel signed"
    codes POL -> POLCVL and POLCVL -> POL, which are not one act told at two levels of detail."""
    return source is None or target is None or source.code != target.code


# Letters a trigger's first word shares with its other forms ("invade", "invasion"; "kill", "killing").
STEM_LETTERS = 4


def _stem(trigger: str | None) -> str | None:
    """The word family of a trigger: its first word's first letters."""
    word = (trigger or "").split(" ")[0].lower()
    return word[:STEM_LETTERS] if len(word) >= STEM_LETTERS else None


def _same_actor(a: Actor | None, b: Actor | None, loose: bool = False) -> bool:
    """Whether two codes can name one actor of one happening: the same code, or a state named vaguely
    ("Tanzania", "groups" of Russia) and with a sector ("Tanzanian civilians"). A headline (`loose`)
    also leaves a side unnamed that the body names: "Airstrikes on Islamic State-held villages in Syria
    kill at least 56 civilians" over "the U.S.-led coalition" named as the doer in the lead."""
    if loose and (_detail(a) == UNNAMED or _detail(b) == UNNAMED):
        return True
    if a is None or b is None:
        return a is b
    return a.code == b.code or (a.country is not None and a.country == b.country and (_vague(a) or _vague(b)))


def _bare(actor: Actor) -> bool:
    """Whether an actor is a state named with no sector ("IRQ", not "IRQGOV")."""
    return actor.country is not None and actor.code == actor.country


def _vague(actor: Actor) -> bool:
    """Whether an actor is a state named with no sector or one the text leaves unknown ("RUSUNK")."""
    return _bare(actor) or (actor.country is not None and actor.sector == UNKNOWN_SECTOR)


# How much of an actor a telling names (see `_detail`): none or an unnamed one, a state, a state's sector.
UNNAMED, STATE, SECTOR = 0, 1, 2
UNKNOWN_SECTOR = "UNK"


def _detail(actor: Actor | None) -> int:
    """How much of an actor a telling names: none at all, no state or the place's unnamed forces
    (UNNAMED), a state vaguely (STATE), a state with a sector or an organisation (SECTOR)."""
    if actor is None or actor.unknown or _unnamed_doer(actor):
        return UNNAMED
    return STATE if _vague(actor) else SECTOR


def _narrower(a: Actor | None, b: Actor | None) -> Actor | None:
    """The more specific of two codes for one actor: named rather than not, with a sector rather than
    the state alone."""
    return b if _detail(b) > _detail(a) else a


def same_time(a: str | None, b: str | None) -> bool:
    """Whether two event dates can be one happening's: either unknown, or their periods overlap
    ("2016-03" holds "2016-03-04"). Two attacks by one side on another told with different days
    ("shelled the town on Monday ... shelled it again on Thursday") are two happenings."""
    if a is None or b is None or a == b:
        return True
    span_a, span_b = _period(a), _period(b)
    if span_a is None or span_b is None:
        return True  # a value this reader does not know (a decade, a season code) cannot tell them apart
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


def _period(value: str) -> tuple[date, date] | None:
    """The first and last day of a TimeML date value (day, month, year, ISO week or weekend)."""
    try:
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (
                monday, monday + timedelta(days=6))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = date(int(m[1]), int(m[2]), 1)
            return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _unvoiced_headline(event: Event) -> bool:
    """Whether an event's primary telling is a headline with no voice, which lends it a later telling's
    claim: headlines drop "said" ("Russia bombs Aleppo" over "Russian jets bombed Aleppo, activists
    said"). A body telling in the journalist's voice keeps none (CODEBOOK, Attribution): the journalist
    states it, whoever repeats it later."""
    return (event.attributed_to is None and event.speaker is None
            and event.evidence.section in HEADLINE_SECTIONS)


def _own_word(first: Event, later: Event) -> bool:
    """Whether a later telling gives the primary one's act as its doer's own word, which the primary
    lacks: "the FBI investigation of Hillary Clinton" told later as "the FBI is investigating" (a
    speech act is attributed to the actor who does it; CODEBOOK, Attribution)."""
    return (first.attributed_to is None and first.speaker is None and first.source is not None
            and later.attributed_to is not None and later.attributed_to.code == first.source.code)


def _denier(first: Event, later: Event) -> bool:
    """Whether a later telling of a denied act gives its doer as the one who denies it, where the
    primary gives no one of the doer's side: "Kremlin denies plans to invade" over "dismissed Western
    reports alleging that Moscow intends to invade", whose voice is the reports'. A denial is its
    denier's word (CODEBOOK, Attribution), and the doer is the one who denies its own act."""
    doer = _country(first.source)
    return (first.mode == "negated" and doer is not None and later.attributed_to is not None
            and _country(later.attributed_to) == doer and _country(first.attributed_to) != doer)


def _has_recipient(event: Event, events: Iterable[Event]) -> bool:
    """Whether an event names whom it is done to, or is of a type done to no one (a commitment of
    one's own unless the document tells it with its counterpart)."""
    if event.target is not None or event.type in RECIPIENTLESS:
        return True
    return (event.type in SELF_COMMITMENTS and (event.trigger or "") in AGREEING
            and not _told_with_recipient(event, events))


def _told_with_recipient(event: Event, events: Iterable[Event]) -> bool:
    """Whether the document codes an act of the same type between the event's source country and
    someone (either side, for symmetric types)."""
    country = _country(event.source)
    symmetric = event.type in SYMMETRIC_TYPES
    return country is not None and any(
        other.type == event.type and other.target is not None
        and (_country(other.source) == country or (symmetric and _country(other.target) == country))
        for other in events)


def _country(actor: Actor | None) -> str | None:
    """The first three letters of an actor's code, which is what tells two actors' states apart."""
    return actor.code[:3] if actor is not None and actor.code else None


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
