"""The country a document is about, for names that need it: "Congress" alone, "Georgia".

News about one country names its institutions without the country ("Congress passed a bill"). The
home country is the one the document's persons and titled officials belong to most often, at least
`MIN_COUNT` times and more than any other; a document without a clear one has no home, and these
names stay as they were.

A capitalised bare legislature noun ("Congress", "Parliament"; an agent noun of sector LEG, with no
owner, determiner or name around it) is the home country's legislature. The window rule of
`anaphora.py` would take the sentence's country instead: "Congress passed sanctions on Russia".
A person titled only by a home title (`data/home_titles.tsv`: "Rep. Trey Gowdy", "Sen. Tim Kaine")
is that country's official of the title's sector; in a text too short or mixed for a home, the
title falls back to `fallback_country` (the dateline's country, else the leading one). A name
followed by a US party-and-state tag ("(R-Ariz.)", ", Republican of Arizona,") is a US legislator.
`dominant_country` is the stricter home for a person the document names with no country at all (a
quoted "Republican strategist Ryan Williams"): it must count twice the runner-up and have persons.
A state's name that is also a region of the home federation (`data/namesakes.tsv`: "Georgia" in a
document of US officials) is that region, a place, unless another mention names the state
("Tbilisi", "Georgian troops", Saakashvili); a title it qualifies ("Georgia businessman", "former
Georgia Gov. Jimmy Carter") and the title's holder are the federation's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from sitrep.actors.lexicon import DATA, Lexicon, gazetteer_country, load_lexicon, norm, read_rows
from sitrep.actors.persons import person_actor
from sitrep.records import Actor, Mention

MIN_COUNT = 2
# People and officials: a report on sanctions against Iran names Iran more often than the US, but
# its people are US senators.
COUNTED_KINDS = frozenset({"person", "title"})
REPEATING_KINDS = frozenset({"description", "pronoun"})  # they repeat an actor named before


def home_country(mentions: list[Mention]) -> str | None:
    """The country of most persons and officials in a whole document's `mentions`, if one leads."""
    counts = Counter(m.actor.country for m in mentions if m.kind in COUNTED_KINDS and m.actor.country)
    top = counts.most_common(2)
    if not top or top[0][1] < MIN_COUNT or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


DOMINANCE = 2  # how many times the runner-up the home country must count to stand for an unknown person
PERSON_COUNT = 3  # mentions of the home country's persons needed for that


def dominant_country(mentions: list[Mention]) -> str | None:
    """The home country when it clearly dominates (`DOMINANCE` times the runner-up): safe to give a
    person the document names without any country ("said Republican strategist Ryan Williams"), not
    in a report that also quotes many people of another country ("said Issawi Frej, a member of
    parliament" in a US report on Israel)."""
    counts = Counter(m.actor.country for m in mentions if m.kind in COUNTED_KINDS and m.actor.country)
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[0][1] < DOMINANCE * top[1][1]):
        return None
    # and it has persons: "Iraqi forces", "the Iraqi people" in a UK minister's statement are no
    # Iraqi speakers
    persons = sum(1 for m in mentions if m.kind == "person" and m.actor.country == top[0][0])
    return top[0][0] if persons >= PERSON_COUNT else None


FALLBACK_KINDS = frozenset({"name", "metonym", "demonym", "organisation"})
CARRIER_SECTORS = frozenset({"JRN"})  # sectors of the media that carry a report, not its actors


def fallback_country(mentions: list[Mention], dateline: str | None = None) -> str | None:
    """The country a home title falls back to in a document too short or mixed for `home_country`:
    the dateline's ("WASHINGTON (AP) —"), else the one country of most persons and officials, else
    of most states named ("Sen. Jeff Flake criticized Obama": Obama's)."""
    if dateline:
        return dateline
    for kinds in (COUNTED_KINDS, COUNTED_KINDS | FALLBACK_KINDS):
        # (news media only carry the report: "told AFP" makes no French story)
        counts = Counter(m.actor.country for m in mentions if m.kind in kinds and m.actor.country
                         and m.actor.sector not in CARRIER_SECTORS)
        top = counts.most_common(2)
        if top and (len(top) == 1 or top[1][1] < top[0][1]):
            return top[0][0]
    return None


def home_legislature(doc: Doc, section: str, mentions: list[Mention], lex: Lexicon,
                     home: str | None) -> list[Mention]:
    """`mentions` plus a mention for each bare "Congress" (a legislature noun with no owner)."""
    if home is None:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for tok in doc:
        if tok.tag_ != "NNP" or not tok.text[:1].isupper() or tok.idx in taken:
            continue
        entry = lex.phrases.get(norm(tok.text))
        if entry is None or entry.kind != "agent" or entry.sector != "LEG":
            continue
        if any(c.dep_ in ("det", "poss", "compound", "amod") for c in tok.children) or (
                tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
            continue  # "Brazil's Congress", "the Congress Party", "Congress leader Rahul Gandhi"
        if tok.dep_ == "compound" or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "NNP"):
            continue
        added.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, Actor.of(home, tok.text, "LEG"),
                             section, None, "title"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# The US press writes a legislator's party and state after the name: "Sen. John McCain (R-AZ)",
# "Rep. Nancy Pelosi, D-Calif.,", "Senator Jeff Flake, Republican of Arizona,".
PARTY_TAG = re.compile(r"\s*[(,]\s*(?:[RDI]\s*[-–]\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s*[),]"
                       r"|(?:Republican|Democrat) of [A-Z])")
PARTY_TAG_COUNTRY = "USA"


def party_tagged(text: str, end: int) -> bool:
    """True when a person's name ending at `end` is followed by a party-and-state tag ("(R-Ariz.)")."""
    return PARTY_TAG.match(text, end) is not None


@lru_cache(maxsize=1)
def home_title_sectors() -> dict[str, str | None]:
    """Titles that name a home-country official when the phrase gives no country (home_titles.tsv),
    with the sector of the office where the lexicon gives the title to any body ("Representative
    Brooks" is a legislator; "a representative of the company" is the company's)."""
    return {norm(title): None if sector == "-" else sector
            for _, (title, sector) in read_rows("home_titles.tsv", 2, DATA)}


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns naming a person by family tie (kin.tsv): "Clinton's husband, Bill" is not Clinton."""
    return frozenset(norm(row[0]) for _, row in read_rows("kin.tsv", 1, DATA))


@lru_cache(maxsize=1)
def service_words() -> dict[str, str]:
    """Words naming an armed service -> the service (services.tsv): "naval" and "Navy" name one."""
    return {norm(word): service for _, (word, service) in read_rows("services.tsv", 2, DATA)}


@lru_cache(maxsize=1)
def home_titles() -> frozenset[str]:
    """The titles of `home_title_sectors`."""
    return frozenset(home_title_sectors())


@lru_cache(maxsize=1)
def namesakes() -> dict[str, tuple[str, str]]:
    """State names that are also regions of a federation: name -> (state, federation)."""
    rows = read_rows("namesakes.tsv", 3, DATA)
    return {norm(name): (state, federation) for _, (name, state, federation) in rows}


# A title or body the region's name qualifies: "Georgia prosecutors", "Georgia Republicans"
REGIONAL_KINDS = frozenset({"title", "organisation"})


@lru_cache(maxsize=1)
def region_cues() -> frozenset[str]:
    """Words after a state's name that make it a federation's region (region_cues.tsv: "primary")."""
    return frozenset(word.lower() for _, (word, _note) in read_rows("region_cues.tsv", 2, DATA))


_STATE_OF = re.compile(r"\bstate of\s*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"(?:'s)?\s+([A-Za-z.]+)")
# "Atlanta, Georgia", "Alabama, Georgia and Tennessee": a place of the federation beside the name
_BEFORE = re.compile(r"(?:^|[^A-Za-z.])((?:[A-Z][a-z.]+ )?[A-Z][a-z.]+)(?:,| and| or)\s*$")
_AFTER = re.compile(r"(?:,| and| or)\s+([A-Z][a-z.]+(?: [A-Z][a-z.]+)?)")


def _federation_place(words: str, federation: str, lex: Lexicon) -> bool:
    """True when `words` (or their last word) name a city or region of `federation`."""
    for key in (norm(words), norm(words.split()[-1])):
        entry = lex.phrases.get(key)
        country = entry.country if entry is not None and entry.kind in ("city", "capital") else (
            gazetteer_country(key) if entry is None else None)
        if country == federation:
            return True
    return False


def region_cued(text: str, start: int, end: int, federation: str, lex: Lexicon) -> bool:
    """True when the words around a state's name at text[start:end] make it a region of `federation`:
    "the state of Georgia", "Atlanta, Georgia", "Alabama, Georgia and Tennessee", "the Georgia primary"
    (`region_cues`). Read on the name's own neighbours, for a report whose home is not the federation
    (too few officials, or most of them foreign)."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 30]
    if _STATE_OF.search(before):
        return True
    nxt = _NEXT_WORD.match(after)
    if nxt is not None and nxt.group(1).lower() in region_cues():
        return True
    prev = _BEFORE.search(before)
    if prev is not None and _federation_place(prev.group(1), federation, lex):
        return True
    follow = _AFTER.match(after)
    return follow is not None and _federation_place(follow.group(1), federation, lex)


def home_regions(mentions: list[Mention], home: str | None,
                 cued: frozenset[str] = frozenset()) -> list[Mention]:
    """A whole document's `mentions` without state names that are a region of the home federation,
    or of the federation the name's own neighbours give (`cued`: names `region_cued` found)."""
    table = namesakes()
    fed = {name: federation for name, (_, federation) in table.items() if federation == home or name in cued}
    if not fed:
        return mentions
    drop = {norm(m.text) for m in mentions
            if m.kind == "name" and norm(m.text) in fed and table[norm(m.text)][0] == m.actor.country}
    # "Georgia businessman", "former Georgia Gov. Jimmy Carter": the region qualifies a title of the
    # home federation's
    regional = {id(m): name for m in mentions if m.kind in REGIONAL_KINDS for name in fed
                if norm(m.text).startswith(name + " ") and table[name][0] == m.actor.country}
    drop |= set(regional.values())
    if not drop:
        return mentions
    states = {table[name][0]: fed[name] for name in drop}
    holders = {m.person for m in mentions if id(m) in regional and m.person}
    # agent nouns took their country from a place in their sentence, often the region itself
    # ("Republican voters in Alabama, Georgia and Virginia"): they name no state
    # ("his Georgia chairman, Scott Johnson"): so did persons the lexicon does not know
    lex = load_lexicon()
    moved = {id(m) for m in mentions if id(m) in regional or (m.actor.country in states and (
        m.person in holders or m.kind == "agent"
        or (m.kind == "person" and m.person and person_actor(m.person, None, lex) is None)))}
    named = {m.actor.country for m in mentions if m.actor.country in states and norm(m.text) not in drop
             and m.kind not in REPEATING_KINDS and id(m) not in moved}
    # "the country", "it" that took the region's namesake go with it
    kept = [m for m in mentions if not (m.actor.country in states.keys() - named and (
        (norm(m.text) in drop and m.kind == "name") or m.kind in REPEATING_KINDS) and id(m) not in moved)]
    return [replace(m, actor=Actor.of(states[m.actor.country], m.actor.name, m.actor.sector))
            if id(m) in moved and m.actor.country not in named else m for m in kept]
