"""Find lexicon phrases in a parsed sentence and compose them into actors, noun phrase by noun phrase.

Mechanism (vocabulary is in `lexicon.py`'s table):
1. `match_hits`: greedy longest match of lowercased token n-grams (at most `MAX_TOKENS`) against the
   phrase table; one dict lookup per n-gram, no loops over the table.
2. `group_hits`: hits are grouped by the head of the noun phrase they modify, climbing the
   dependency parse through compound / amod / poss / nmod / flat (and conj when the first conjunct
   is itself a modifier: "Hungarian and Romanian officials").
3. `compose`: in each group a country-bearing hit (country, demonym, capital, body, known person)
   gives the country or organisation and the agent noun nearest the head gives the sector
   ("Iranian pilots" -> IRN + MIL). A group with an agent but no country borrows one from an
   "of / for / from" phrase ("a spokesman for the Pentagon"); "in" is allowed only for civilian
   sectors ("Muslim leaders in France").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

import pycountry
from spacy.attrs import IS_PUNCT, IS_SPACE, SPACY
from spacy.tokens import Doc, Token

from sitrep.actors.lexicon import DATA, MAX_TOKENS, Entry, Lexicon, load_lexicon, read_rows
from sitrep.nlp.entities import name_particles
from sitrep.nlp.model import section_text
from sitrep.records import Actor

NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "nummod", "npadvmod"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat"})
# nouns for people that agents_extra.tsv keeps from being actors by themselves ("women", "a man"):
# with a demonym they are that state's people (PLOVER CVL)
PEOPLE_NOUNS = frozenset({"man", "men", "woman", "women", "person", "persons"})
FORMER = frozenset({"former", "ex", "ousted", "exiled", "retired"})
OF_PREPS = frozenset({"of", "for", "from"})
CIVIL_SECTORS = frozenset({"CVL", "REL", "EDU", "BUS", "LAB", "AGR", "REF", "MED", "UNK", "NGO", "SOC"})
NONSTATE_SECTORS = frozenset({"REB", "PRM", "CRM", "PTY", "OPP", "UAF", "PRE"})
NON_ACTOR_SECTORS = frozenset({"-", "JNK", "NON"})
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
STATE_ORGANS = STATE_FORCES | {"GOV", "JUD", "LEG"}
# Sectors of offices whose former holders are elites (PLOVER ELI: former officials)
HELD_OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "ELI"})
ARMED_NOUN_SECTORS = frozenset({"UAF", "MIL"})  # "fighters", "forces": armed, but whose?
# a modifier's sector that says which side armed men are on; armed opposition is rebellion
SIDE_SECTORS = {"REB": "REB", "INS": "INS", "PRM": "PRM", "CRM": "CRM", "OPP": "REB"}
# a modifier's sector that makes a governing noun a rebellion's own ("separatist authorities")
REBEL_GOVERNMENTS = frozenset({"REB", "INS"})
# Sectors of groups a text may introduce in the singular ("a human rights group", "a rebel faction").
GROUP_SECTORS = frozenset({"NGO", "OPP", "REB", "PTY", "LAB", "REL", "MED", "JRN", "EDU"})
# ... and one armed person a report introduces as its attacker ("A gunman attacked a bus", "a
# militant opened fire"): the codebook's unnamed perpetrator, the country plus UAF
LONE_SECTORS = GROUP_SECTORS | {"UAF"}
BEARER_RANK = {"country": 0, "demonym": 1, "capital": 2, "city": 3, "person": 4, "body": 5}
COUNTRY_NAMES_FIX = {"XKX": "Kosovo"}
ARABIC_ARTICLES = frozenset({"al", "el"})
# "rebel-held areas of Aleppo", "militant-controlled territory": the noun before the hyphen holds the
# place the phrase names, an actor though it only modifies a thing
HOLDER_WORDS = frozenset({"held", "controlled", "occupied", "run", "dominated", "besieged"})
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))


@dataclass(slots=True)
class Hit:
    """A lexicon phrase found at tokens [start, end) of a Doc."""

    start: int
    end: int
    entry: Entry
    root: Token

    @property
    def bears(self) -> bool:
        """True when the phrase names a state, an organisation or a person (not a bare agent noun)."""
        return self.entry.kind != "agent" and bool(self.entry.country or self.entry.org)


@dataclass(slots=True)
class Composed:
    """An actor composed from the hits of one noun phrase, with the tokens it covers."""

    start: int
    end: int
    actor: Actor
    kind: str
    root: Token
    hits: list[Hit] = field(default_factory=list)
    person: str | None = None


@lru_cache(maxsize=512)
def country_name(iso3: str) -> str:
    """A short English name for an ISO3 code, for `Actor.name`."""
    if iso3 in COUNTRY_NAMES_FIX:
        return COUNTRY_NAMES_FIX[iso3]
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    return getattr(c, "common_name", None) or c.name


def _text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _accept(entry: Entry, doc: Doc, start: int, end: int, surface: str, lex: Lexicon) -> bool:
    if entry.caps_only:
        return surface.isupper()
    if entry.kind == "agent":
        if entry.sector in NON_ACTOR_SECTORS:
            return _struck_person(entry, doc[end - 1])
        last = doc[end - 1]
        if entry.sector == "JRN" and _of_thing(last):
            return False  # "13 magazines of ammunition": a thing, not the press
        if last.lower_ in crowd_counts():
            # "Tens of thousands rallied": a crowd; not "thousands of dollars", "hundreds of protesters"
            return not any(c.dep_ == "prep" and c.lower_ == "of" for c in last.rights)
        if last.pos_ in ("NOUN", "PROPN"):
            return True
        # An adjective names an actor when it stands alone ("mujahideen" tagged JJ) or qualifies a
        # generic group noun ("a paramilitary group"), not in "military drones".
        if last.pos_ == "ADJ" and last.dep_ == "ROOT":
            return True
        head = lex.phrases.get(last.head.lower_) if last.dep_ == "amod" else None
        # "Kurdish fighters": a side's adjective before an armed noun
        return head is not None and head.kind == "agent" and (head.sector == "UNK" or (
            entry.sector in SIDE_SECTORS and head.sector in ARMED_NOUN_SECTORS))
    words = [t for t in doc[start:end] if t.text[:1].isalpha() and t.lower_ != "the"]  # "Da’esh"
    if len(words) > 1 and words[0].lower_ in ARABIC_ARTICLES:
        words = words[1:]  # "al-Qaeda", "al-Shabaab": the article is written in lower case
    if not words or not (words[0].text[0].isupper()):
        return False
    if entry.kind == "person":
        # spaCy often tags a known surname as a noun or adjective ("Trump said", "Trump, Clinton clash"):
        # written with capitals it is the name.
        # (a name particle is written in lower case: "Staffan de Mistura", "Ursula von der Leyen")
        return all(t.pos_ == "PROPN" or not t.is_alpha or t.text[0].isupper() or t.text in name_particles()
                   for t in doc[start:end] if t.lower_ != "the")
    return True


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    """Last words of agent phrases that name a facility (data/facilities.tsv)."""
    return frozenset(row[0] for _, row in read_rows("facilities.tsv", 1, DATA))


STRUCK_PREPS = frozenset({"on", "against"})  # "an attack on the police station"; "at" only places


@lru_cache(maxsize=1)
def private_persons() -> frozenset[str]:
    """Nouns for a private person, no actor unless an act falls on them (data/private_persons.tsv)."""
    return frozenset(row[0] for _, row in read_rows("private_persons.tsv", 1, DATA))


def _struck(tok: Token) -> bool:
    """Whether an act falls on the noun: the direct object or passive subject of a verb, or the object
    of "on"/"against" ("gunmen attacked a police station", "an army garrison was overrun", "an assault
    on the police headquarters"); after "at" or "in" a noun is where something happened ("at the
    police station, he said")."""
    if tok.dep_ in ("dobj", "nsubjpass"):
        return tok.head.pos_ == "VERB"
    return tok.dep_ == "pobj" and tok.head.lower_ in STRUCK_PREPS


def _struck_facility(tok: Token) -> bool:
    """A singular facility noun an act falls on stands for the people it houses ("gunmen attacked a
    police station": its police); one that only places an act names no one."""
    return tok.lower_ in facility_words() and _struck(tok)


def _struck_person(entry: Entry, tok: Token) -> bool:
    """A blocked private-person noun an act falls on names civilians ("abducted a man", "raped
    women"; not "the man who leads the party")."""
    return entry.sector == "-" and tok.lower_ in private_persons() and _struck(tok)


@lru_cache(maxsize=1)
def crowd_counts() -> frozenset[str]:
    """Counts that stand alone for a crowd of people (data/crowd_counts.tsv)."""
    return frozenset(row[0] for _, row in read_rows("crowd_counts.tsv", 1, DATA))


@lru_cache(maxsize=1)
def counted_things() -> frozenset[str]:
    """Media nouns a numeral counts as things (data/counted_things.tsv)."""
    return frozenset(row[0] for _, row in read_rows("counted_things.tsv", 1, DATA))


def _of_thing(tok: Token) -> bool:
    """True for a media noun that names things, not outlets: with "of" and a lowercase common noun
    ("magazines of ammunition", "a paper of record"; "the newspaper of the Communist Party" is one),
    or a thing noun counted by a numeral ("confiscated 14 AK-47 Rifles, 31 magazines and 923 rounds";
    "detained 30 journalists" counts people)."""
    counted = tok.lower_ in counted_things()
    return any((c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.text.islower() for o in c.children))
        or (counted and c.dep_ == "nummod" and c.like_num) for c in tok.children)


def match_hits(doc: Doc, lex: Lexicon) -> list[Hit]:
    """Longest lexicon phrases in `doc`, left to right, non-overlapping.

    Keys are built from per-token lowercase forms (equal to `norm` of the surface for ordinary
    spacing), only at tokens that can start a phrase, so a document costs a few dict look-ups
    per token.
    """
    phrases, first_words = lex.phrases, lex.first_words
    n = len(doc)
    # invisible format marks pasted from web pages ("Prime Minister\u200e Haider al-Abadi") are no letters
    words = [t.lower_.replace("’", "'").translate(INVISIBLE) for t in doc]
    flags = doc.to_array([SPACY, IS_PUNCT, IS_SPACE])  # one C pass instead of a Python one per flag
    spaced = flags[:, 0].astype(bool).tolist()
    skip = (flags[:, 1] | flags[:, 2]).astype(bool).tolist()
    text = section_text(doc)  # a Doc rebuilds its text on every access: the parse kept it
    hits: list[Hit] = []
    i = 0
    while i < n:
        if skip[i] or words[i] not in first_words:
            i += 1
            continue
        keys = []
        key = ""
        for j in range(i, min(n, i + MAX_TOKENS)):
            if words[j].isspace():
                break
            key += words[j]
            keys.append((j + 1, key))
            key += " " if spaced[j] else ""
        found = None
        for j, key in reversed(keys):
            entry = phrases.get(key)
            if entry is None or (skip[j - 1] and words[j - 1] != "."):
                continue
            surface = text[doc[i].idx: doc[j - 1].idx + len(words[j - 1])]
            if _accept(entry, doc, i, j, surface, lex):
                found = (j, entry)
                break
        if found:
            j, entry = found
            if entry.sector == "-":  # a private person an act falls on (`_struck_person`): civilians
                entry = replace(entry, sector="CVL")
            hits.append(Hit(i, j, entry, doc[i:j].root))
            i = j
        else:
            i += 1
    return hits


def _line_between(a: Token, b: Token) -> bool:
    """Whether a line break separates two tokens: a headline's last word is no modifier of the next
    paragraph's first ("... sites in Palmyra / Minister for the Middle East")."""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    return "\n" in lo.whitespace_ or any("\n" in t.text_with_ws for t in lo.doc[lo.i + 1:hi.i])


def anchor(tok: Token) -> Token:
    """The head of the noun phrase a token modifies (itself when it heads one)."""
    seen = 0
    while tok.head.i != tok.i and seen < 12:
        seen += 1
        modifier_conj = tok.dep_ == "conj" and tok.head.dep_ in MODIFIER_DEPS
        # "the Yemeni internationally recognized government": a participle modifying a noun has no
        # subject; the parser's "subject" before it is one more modifier of the noun
        misparsed = tok.dep_ == "nsubj" and tok.head.dep_ == "amod" and tok.i < tok.head.i
        if (tok.dep_ in NP_DEPS or tok.dep_ == "case" or modifier_conj or misparsed) and not _line_between(
                tok, tok.head):
            tok = tok.head
        else:
            break
    return tok


def group_hits(hits: list[Hit]) -> dict[int, list[Hit]]:
    """Hits grouped by the token index of the noun-phrase head they belong to."""
    groups: dict[int, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(anchor(hit.root).i, []).append(hit)
    return groups


def actor_for(country: str | None, org: str | None, sector: str | None, name: str) -> Actor:
    """One place that turns a country or organisation plus a sector into an `Actor`."""
    if country:
        return Actor.of(country, name or country_name(country), sector)
    if org:
        # Organisations keep their short code ("UN", "NATO"): the codebook gives them no sector.
        return Actor.of(None, name, None, org=org)
    return Actor.of(None, name, sector)


def _conj_linked(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i) or (
        a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)


def bearer_kind(hit: Hit) -> str:
    """Mention kind of a hit standing alone."""
    e = hit.entry
    if e.kind == "person":
        return "person"
    if e.metonym:
        return "metonym"
    if e.kind == "body":
        return "organisation"
    return {"demonym": "demonym", "capital": "metonym"}.get(e.kind, "name")


def _alone(doc: Doc, hit: Hit) -> Composed:
    e = hit.entry
    start = hit.start
    if e.metonym and e.kind == "body" and start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    name = e.label if e.kind in ("body", "person") else (country_name(e.country) if e.country else e.label)
    sector = e.sector
    if (e.kind == "demonym" and hit.root.tag_ in ("NNS", "NNPS") and hit.root.dep_ not in MODIFIER_DEPS
            and not any(c.dep_ == "det" and c.lower_ == "the" for c in hit.root.children)):
        sector = "CVL"  # "ordinary Kazakhs", "Syrians fled": the people; "the Russians" is the side
    elif (e.kind == "demonym" and hit.root.dep_ not in MODIFIER_DEPS and hit.end - hit.start == 1
          and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in hit.root.children)):
        sector = "CVL"  # "expelled five Iraqis and a Libyan": one of the people, as the plural is
    elif e.kind == "demonym" and hit.root.dep_ in MODIFIER_DEPS and hit.root.head.lower_ in PEOPLE_NOUNS:
        sector = "CVL"  # "tens of thousands of Cuban women marched": nouns no actor of their own
    actor = actor_for(e.country, e.org, sector, name)
    return Composed(start, hit.end, actor, bearer_kind(hit), hit.root, [hit],
                    person=e.label if e.kind == "person" else None)


def _bearers_alone(doc: Doc, bearers: list[Hit], keep_cities: bool) -> list[Composed]:
    """Actors of a phrase without an agent noun. A body's default country gives way to a country
    named in the same phrase ("Chile's Defense Department" -> CHL); a city alone is a place."""
    countries = [b for b in bearers if b.entry.kind in ("country", "demonym", "capital")]
    out: list[Composed] = []
    for b in bearers:
        if b.entry.kind == "city" and not keep_cities:
            continue
        if b.entry.kind == "body" and b.entry.country and countries:
            c = countries[0]
            if c.entry.country != b.entry.country and c.end <= b.start:
                out = [o for o in out if o.hits[0] is not c]
                name = _text(doc, c.start, b.end)
                out.append(Composed(c.start, b.end, actor_for(c.entry.country, None, b.entry.sector, name),
                                    "organisation", b.root, [c, b]))
                continue
        out.append(_alone(doc, b))
    return out


MEMBER_PREPS = frozenset({"of", "from"})
# prepositions before a bare singular noun that names a condition, not a person: "into exile"
CONDITION_PREPS = frozenset({"in", "into"})


def _condition_noun(tok: Token) -> bool:
    """A person noun used bare after "in"/"into" names a condition, no one: "forced Hadi into exile in
    Riyadh", "lives in exile" (a person takes an article or a number: "in an exile's home")."""
    return (tok.tag_ == "NN" and tok.dep_ == "pobj" and tok.head.lower_ in CONDITION_PREPS
            and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in tok.children))


def _prep_agent(tok: Token, by_token: dict[int, list[Hit]], determined: bool = False,
                unknown: bool = False) -> str | None:
    """Sector of an agent noun (or body) in an "of" phrase attached to `tok` (with `determined`, only
    of a noun phrase with an article: "of the website", not "of Labor"; with `unknown`, also "UNK"
    for a noun of no known sector: "of a polygamist group")."""
    skipped = ("*",) if unknown else ("UNK", "*")
    for child in tok.rights:
        # ("leaders from the main opposition party" are its members as "leaders of" it are; a
        # possessive determines as an article does for a group: "of Bangladesh's main opposition
        # party", not for a place or its people: "the governor of Ukraine's eastern province")
        if child.dep_ == "prep" and child.lower_ in MEMBER_PREPS:
            for pobj in child.children:
                article = any(c.dep_ == "det" for c in pobj.children)
                if determined and not article and not any(c.dep_ == "poss" for c in pobj.children):
                    continue
                for h in by_token.get(pobj.i, []):
                    if h.entry.kind == "agent" and h.entry.sector not in skipped and (
                            article or not determined or h.entry.sector in GROUP_SECTORS):
                        return h.entry.sector
                    if h.entry.sector and h.entry.kind == "body":
                        return h.entry.sector
    return None


def _prep_bearers(agent_tok: Token, sector: str | None, by_token: dict[int, list[Hit]]) -> list[Hit]:
    """Country-bearing hits in an "of / for / from" phrase attached to an agent noun, or a body in a
    "with" phrase."""
    for child in agent_tok.rights:
        if child.dep_ != "prep":
            continue
        word = child.lower_
        # "an attorney with the American Civil Liberties Union": a member of a body it names ("with
        # Palestinian flags" names no body)
        member = word == "with"
        if word in OF_PREPS or member or (word in ("in", "across") and (sector or "CVL") in CIVIL_SECTORS):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = [h for h in by_token.get(pobj.i, [])
                             if h.bears and (not member or h.entry.kind == "body")]
                    if found:
                        return found
    return []


def _holder(doc: Doc, agent: Hit) -> bool:
    """True for an agent noun that holds a place: "rebel-held areas", "ISIS-controlled territory"."""
    end = agent.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in HOLDER_WORDS


DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _after_dateline(doc: Doc, i: int) -> bool:
    """Whether token `i` opens the story after a dateline ("QUETTA, Pakistan (AP) - Gunmen attacked",
    "NAIROBI, March 3 (Reuters) - Police said"): a capital there only starts the sentence."""
    return (i >= 2 and doc[i - 1].text in DATELINE_DASHES
            and (doc[i - 2].text == ")" or (doc[i - 2].is_upper and doc[i - 2].is_alpha)))


def _rebel_modifiers(root: Token) -> list[str]:
    """Sectors of the adjectives before a noun that are rebels' nouns too ("separatist", "insurgent"
    tagged as adjectives, which the phrase matcher leaves out): "the separatist authorities"."""
    phrases = load_lexicon().phrases
    return [e.sector for t in root.lefts if t.dep_ == "amod" and (e := phrases.get(t.lower_)) is not None
            and e.kind == "agent" and e.sector in REBEL_GOVERNMENTS]


def opposition_role(doc: Doc, agent: Hit) -> bool:
    """Whether an agent phrase PLOVER gives the opposition as its second sector names the opposition
    itself ("opposition leader", "opposition activists": OPP), not only people
    who may side with it ("protesters", "activists" stay civilians): one of its words is an
    opposition noun on its own. Not the opposition's media ("the opposition newspaper La Prensa"): an
    outlet or reporter is the press whatever side it takes."""
    if agent.entry.sector2 != "OPP":
        return False
    phrases = load_lexicon().phrases
    head = phrases.get(doc[agent.end - 1].lower_)
    if head is not None and head.kind == "agent" and head.sector == "JRN":
        return False
    return any((e := phrases.get(t.lower_)) is not None and e.kind == "agent" and e.sector == "OPP"
               for t in doc[agent.start:agent.end])


def compose(doc: Doc, head: int, hits: list[Hit], by_anchor: dict[int, list[Hit]],
            person_tokens: set[int], equipment: frozenset[str] = frozenset(),
            bare_singular: bool = False, craft: frozenset[str] = frozenset(),
            title_case: bool = False) -> list[Composed]:
    """The actors one noun-phrase group names (one per conjunct), left to right. `title_case`: whether
    the document is a title-case line (`nlp.truecase.is_title_case`), computed once by the caller."""
    # A known person heading the phrase is the person, not a modifier; "the Assad regime" is Syria's.
    bearers = [h for h in hits if h.bears and not (h.entry.kind == "person" and h.root.i == head)]
    agents = [h for h in hits if h.entry.kind == "agent" and h.end - 1 not in person_tokens]
    # "ethnic Albanians (guerrillas)": a people, not a state; the text's places say whose they are.
    ethnic = [b for b in bearers if b.entry.kind == "demonym" and b.start > 0
              and doc[b.start - 1].lower_ == "ethnic"]
    if ethnic:
        bearers = [b for b in bearers if b not in ethnic]
        people = ethnic[-1]
        if not agents and not bearers and people.root.i == head and people.root.tag_ in ("NNS", "NNPS"):
            actor = Actor.of(None, _text(doc, people.start - 1, people.end), "CVL")
            return [Composed(people.start - 1, people.end, actor, "agent", people.root, [people])]
    if not agents:
        armed = [b for b in bearers if b.entry.kind in ("country", "demonym", "capital")]
        noun = doc[head].lower_
        if (armed and noun in equipment and noun not in craft and len(armed) == len(bearers)
                and armed[-1].end <= head):
            # "Russian jets", "Syrian helicopters": a state's weapons in action are its military (not
            # "an Indian vessel": `craft`)
            b = armed[0]
            name = _text(doc, b.start, head + 1)
            return [Composed(b.start, head + 1, actor_for(b.entry.country, None, "MIL", name), "title",
                             doc[head], list(armed))]
        return _bearers_alone(doc, bearers, bare_singular)
    # A state or body heading the phrase is the actor; an agent noun before it only describes it
    # ("NATO-member Norway").
    heading = [b for b in bearers if b.root.i == head and b.entry.kind in ("country", "body")]
    if heading and all(a.root.i != head and a.end - 1 != head for a in agents):
        return [_alone(doc, b) for b in heading]
    specific = [a for a in agents if a.entry.sector != "UNK"]
    agent = (specific or agents)[-1]
    sector = agent.entry.sector
    if sector in ("CVL", "UNK") and opposition_role(doc, agent):
        sector = "OPP"
    if sector in ARMED_NOUN_SECTORS and not any(b.entry.kind == "body" for b in bearers):
        # "rebel fighters", "Kurdish militants", "opposition forces": the modifier says whose side
        side = [a.entry.sector for a in agents if a is not agent and a.entry.sector in SIDE_SECTORS]
        if side:
            sector = SIDE_SECTORS[side[-1]]
    if sector in ("GOV", "*") and not any(b.entry.kind == "body" for b in bearers):
        # "separatist authorities", "rebel officials", "the insurgent government": a government a
        # rebellion set up is the rebels' (PLOVER REB), not the state's it broke from
        side = [a.entry.sector for a in agents if a is not agent and a.end <= agent.start
                and a.entry.sector in REBEL_GOVERNMENTS] or _rebel_modifiers(agent.root)
        if side:
            sector = side[-1]
    if sector == "UNK":
        # "a group of tourists", "members of SANDF": the "of" phrase says who they are.
        inner = _prep_agent(agent.root, by_anchor)
        if inner is not None:
            sector = inner
    elif sector in ("GOV", "*"):
        # "chief executive of the London-based fact-checking website Full Fact", "the president of a
        # university": the head of a body of civil society is that body's, not a government's
        # (a portfolio has no article: "Secretary of Labor", "Minister of Education" stay GOV)
        # ("two leaders of a polygamist group", "leaders of the armed group": a group's leaders are
        # its own; one of no known kind is a private association, PLOVER's civilians)
        inner = _prep_agent(agent.root, by_anchor, determined=True, unknown=True)
        if inner is None and _prep_agent(agent.root, by_anchor, unknown=True) == "UNK":
            inner = "UNK"  # a headline's bare "leaders of polygamist group" (no portfolio is a group)
        if inner in CIVIL_SECTORS or inner in NONSTATE_SECTORS or inner == "JRN":
            sector = "CVL" if inner == "UNK" else inner
    if sector == "*":
        inner = [a.entry.sector for a in agents[:-1] if a.entry.sector not in ("*", None)]
        bodies = [b.entry.sector for b in bearers if b.entry.kind == "body" and b.entry.sector]
        sector = (inner or bodies or ["GOV"])[-1]
    if sector in HELD_OFFICES and (any(t.lower_ in FORMER for t in doc[min(h.start for h in hits): agent.end])
                                   or any(c.lower_ in FORMER for c in agent.root.children)):
        sector = "ELI"  # (a "former Trump University customer" is no ex-official: still a customer)
    lead = [b for b in bearers if b.start < agent.start] or bearers
    group_sector = next((b.entry.sector for b in lead if b.entry.kind == "body"
                         and b.entry.sector in NONSTATE_SECTORS), None)
    if group_sector and sector != "ELI":
        sector = group_sector  # "Hezbollah fighters" are Hezbollah's (REB), whatever the noun says
    force = next((b.entry.sector for b in lead
                  if b.entry.kind == "body" and b.entry.sector in STATE_FORCES), None)
    if force and sector in ("UAF", "MIL"):
        sector = force  # "Peshmerga fighters" are a state's forces (MIL), "FSB agents" its spies
    organ = next((b.entry.sector for b in lead if b.entry.kind == "body" and b.entry.country
                  and b.entry.sector in STATE_ORGANS), None)
    if organ and sector == "CVL":
        sector = organ  # "Justice Department lawyers" work for the state, as a lawyer alone does not
    out: list[Composed] = []
    if not lead and _condition_noun(agent.root):
        return out
    if not lead:
        holder = agent.root.i != head and _holder(doc, agent)
        lead = _prep_bearers(agent.root, sector, by_anchor) or (
            # "rebel-held areas of Aleppo", "militant-controlled villages in Iraq" (no sector: "in" counts)
            _prep_bearers(doc[head], None, by_anchor) if holder else [])
        if not lead:
            is_head = agent.root.i == head or agent.end - 1 == head
            last = doc[agent.end - 1]
            # (a plural the tagger reads as a name when it opens a story: "(AP) - Gunmen attacked")
            plural = last.tag_ in ("NNS", "NNPS") or (
                last.tag_ == "NNP" and _after_dateline(doc, last.i) and last.lower_.endswith(("s", "men")))
            thing = doc[agent.end - 1].lower_ in equipment
            # Whose official or spokesman is unknown without a country or body: no actor (but a
            # rebellion's are its own: "rebel officials")
            unowned = agent.entry.sector == "*" and sector not in REBEL_GOVERNMENTS
            # "a human rights group", "an opposition party": one group the text introduces; "the
            # opposition leader", "the journalist": one member of such a group, named by the role
            indefinite = sector in LONE_SECTORS and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in doc[agent.end - 1].children)
            # "the opposition newspaper La Prensa": a group the text names (not "the capital Kabul")
            named = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in by_anchor
                        for c in doc[agent.end - 1].children)
            # a capital that only starts the sentence ("Opposition groups in Zimbabwe") is no name
            # ... nor one a title-case headline gives every word ("M23 Rebels Clash With Government Forces")
            lowercase = (not doc[agent.start].text[0].isupper() or doc[agent.start].is_sent_start
                         or title_case or _after_dateline(doc, agent.start))
            if ((is_head and (plural or bare_singular or indefinite or named or _struck_facility(doc[head])
                                or doc[head].lower_ in private_persons()))
                    or holder) and not thing and (
                    not unowned and lowercase):
                name = _text(doc, agent.start, agent.end)
                # NGOs are coded as such, without a country (CODEBOOK: actors)
                actor = Actor.of(None, name, org="NGO") if sector == "NGO" else Actor.of(None, name, sector)
                out.append(Composed(agent.start, agent.end, actor, "agent", agent.root, [agent]))
            return out
        chosen = min(lead, key=lambda h: BEARER_RANK.get(h.entry.kind, 9))
        e = chosen.entry
        if agent.entry.sector == "*" and sector != "ELI":
            # "a spokesman for Sen. Marco Rubio" speaks for the LEG: the owner's own title says whose
            owner = [h.entry.sector for h in by_anchor.get(anchor(chosen.root).i, [])
                     if h.entry.kind == "agent" and h.entry.sector not in (None, "*", "UNK")]
            if owner:
                sector = owner[-1]
            elif e.kind == "body" and e.sector:
                sector = e.sector
        name = _text(doc, agent.start, agent.end)
        out.append(Composed(agent.start, agent.end, actor_for(e.country, e.org, sector, name), "title",
                            agent.root, [agent, chosen]))
        return out
    # Conjoined bearers ("Hungarian and Romanian officials") give one actor each.
    chains: list[list[Hit]] = []
    for b in sorted(lead, key=lambda h: h.start):
        for chain in chains:
            if any(_conj_linked(b.root, c.root) for c in chain):
                chain.append(b)
                break
        else:
            chains.append([b])
    if len(chains) == 1 and len(chains[0]) > 1:
        conjuncts = chains[0]
    else:
        conjuncts = [min(lead, key=lambda h: (BEARER_RANK.get(h.entry.kind, 9), h.start))]
    country_hits = [h for h in lead if h.entry.country]
    for k, b in enumerate(conjuncts):
        e = b.entry
        country = e.country
        org = e.org
        if e.kind == "body" and not country and country_hits and len(conjuncts) == 1:
            country, org = country_hits[0].entry.country, None
        last = k == len(conjuncts) - 1
        start = min(b.start, agent.start) if last else b.start
        if last and len(conjuncts) == 1:
            start = min(h.start for h in [*lead, agent])
        end = agent.end if last else b.end
        if not last and e.kind != "demonym":
            out.append(_alone(doc, b))
            continue
        name = _text(doc, start, end)
        out.append(Composed(start, end, actor_for(country, org, sector, name), "title", agent.root,
                            [b, agent] if last else [b]))
    return out
