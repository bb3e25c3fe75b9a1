"""Resolve a short actor text ("Russian President Vladimir Putin", "Iranian pilots") to an `Actor`.

Used by the NGEC benchmark and by stages that hold a phrase rather than a parsed document. It
parses the text with the shared spaCy model and applies the same mechanisms as `find_mentions`,
then keeps the actor of the phrase's head; `context` (e.g. "German") supplies a missing country,
`date` picks the right term of a known person.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from sitrep.actors.lexicon import load_lexicon, norm
from sitrep.actors.mentions import analyse_doc, mention_of
from sitrep.actors.persons import parse_date, person_actor, term_actor
from sitrep.actors.phrases import NONSTATE_SECTORS, actor_for, match_hits
from sitrep.nlp.model import load_model
from sitrep.records import Actor, Mention

FUZZY_KINDS = ("country", "capital", "city", "demonym", "person")
FUZZY_CUTOFF = 85


@lru_cache(maxsize=1)
def _fuzzy_keys() -> list[str]:
    lex = load_lexicon()
    return [k for k, e in lex.phrases.items() if e.kind in FUZZY_KINDS and len(k) >= 5]


def _fuzzy(text: str, date: str | None) -> Actor | None:
    """Near-miss spellings of a country, capital, demonym or known person ("Kazahks", "Dehli")."""
    key = norm(text)
    if len(key) < 5 or len(key.split()) > 4:
        return None
    best = process.extractOne(key, _fuzzy_keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:  # one swapped pair of letters ("Dehli") scores low on the ratio
        best = process.extractOne(key, _fuzzy_keys(), scorer=OSA.distance, score_cutoff=1)
    if best is None:
        return None
    entry = load_lexicon().phrases[best[0]]
    if entry.kind == "person":
        return term_actor(entry, date)
    return actor_for(entry.country, entry.org, None, text)


def _pick(mentions: list[Mention], root_char: int) -> Mention:
    covering = [m for m in mentions if m.start <= root_char < m.end and m.kind != "pronoun"]
    ranked = covering or [m for m in mentions if m.kind in ("title", "person")] or mentions
    return ranked[0]


def resolve_name(text: str, context: str | None = None, date: str | None = None) -> Actor | None:
    """The actor a short text names, or None when it names none."""
    text = (text or "").strip()
    if not text:
        return None
    lex = load_lexicon()
    iso = parse_date(date)
    doc = load_model()(text)
    mentions, persons = analyse_doc(doc, "text", lex, {}, bare_singular=True)
    for p in persons:
        if p.actor is None:
            p.actor = person_actor(p.name, iso, lex)
        elif not p.titled:
            continue
        if p.actor is not None:
            mentions.append(mention_of(doc, "text", p.start, p.end, p.actor, "person", p.name))
    if not mentions:
        found = _fuzzy(text, iso)
        if found is None:
            sectors = [h.entry.sector for h in match_hits(doc, lex) if h.entry.kind == "agent"]
            if sectors:
                # A head of something unnamed ("president", "the governor's spokesman") is GOV.
                found = Actor.of(None, text, next((x for x in reversed(sectors) if x != "*"), "GOV"))
        return _with_context(found, context)
    root = next(iter(doc.sents)).root
    picked = _pick(sorted(mentions, key=lambda m: m.start), root.idx)
    actor = _owner(text, picked, mentions, iso) or _place_sector(text, picked) or picked.actor
    return _with_context(actor, context)


PLACE_SECTORS = {"capital": "GOV", "city": "CVL"}


def _place_sector(text: str, m: Mention) -> Actor | None:
    """A capital named alone stands for its government ("TEHRAN"), a city for its people ("Sydney")."""
    entry = load_lexicon().phrases.get(norm(text))
    if entry is None or entry.kind not in PLACE_SECTORS or m.actor.sector or not m.actor.country:
        return None
    return Actor.of(m.actor.country, m.actor.name, PLACE_SECTORS[entry.kind])


def _owner(text: str, m: Mention, mentions: list[Mention], date: str | None) -> Actor | None:
    """A countryless agent's owner named just before it ("Boko Haram gunmen", parsed apart) or
    misspelt ("Dehli police"): that owner's country, and a non-state group's own sector."""
    if m.kind != "agent" or m.actor.country:
        return None
    before = [o for o in mentions if o.end <= m.start and not text[o.end:m.start].strip()]
    if before and (before[-1].actor.country or not before[-1].actor.unknown):
        o = before[-1].actor
        sector = o.sector if o.sector in NONSTATE_SECTORS else m.actor.sector
        org = None if o.country else o.code[:len(o.code) - len(o.sector or "")]
        return Actor.of(o.country, text, sector, org=org)
    rest = (text[:m.start] + " " + text[m.end:]).strip()
    owner = _fuzzy(rest, date) if rest else None
    if owner is None or not owner.country:
        return None
    return Actor.of(owner.country, text, m.actor.sector)


def _with_context(actor: Actor | None, context: str | None) -> Actor | None:
    """Give a country-less actor the country its context names ("Defense Minister" + "German")."""
    if actor is None or actor.country or not context or not actor.unknown:
        return actor
    other = resolve_name(context)
    if other is None or not other.country:
        return actor
    return Actor.of(other.country, actor.name, actor.sector)
