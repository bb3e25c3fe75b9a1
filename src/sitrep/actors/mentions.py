"""Find actor mentions in a parsed document: names, metonyms, titles, persons and pronouns.

Per section (title, subtitle, text) and sentence: lexicon phrases are composed into actors noun
phrase by noun phrase (`phrases.py`). Then, in reading order over the whole document:

- Persons (spaCy PERSON entities and lexicon persons) take the actor of a title in their own noun
  phrase ("Russian President Vladimir Putin") or of an appositive ("John Kirby, a spokesman for the
  Pentagon") or of the office a passive verb put them in ("Khan was elected as mayor of London");
  later mentions of the same full name or surname take the same actor, and a later title of
  another state does not move them ("FCO Minister Tobias Ellwood ... In Turkey Minister Ellwood");
  a name followed by "of <state>" ("King Abdullah II of Jordan", "Presidents Leonid Kuchma of Ukraine")
  is that state's; a name the lexicon knows with its title ("King Hussein", "Saudi King Salman") is
  the lexicon's person though the tagger leaves the title out; a singular appositive after the second
  of two conjoined names describes that one ("Mr. Podesta and Todd Stern, the State Department's
  climate envoy"); a title is found across the no-break space a page writes before a name;
  people named without a title are looked up in `persons.tsv` by the document's publication date
  (undated: the latest date its text names, `persons.text_date`),
  and the rest (also a lone surname the tagger reads as a person's: "Manafort said"), in a report
  one country dominates (`home.dominant_country`), are its private persons (CVL), or its officials
  when a countryless title says so ("Environment Minister Robert Hill": GOV; "opposition Labour Party
  leader Jeremy Corbyn": OPP), the same for their later mentions; a US
  party-and-state tag makes a US legislator ("Bob Goodlatte (R-Va.)"); a countryless police or court
  title places its holder where the report is datelined; a state body ("told police LaCalamita") or a
  headline's last word is no title of the name after it; a copular relative clause ("Lech Walesa, who
  was then the president of Poland") titles like an appositive. A person named by kin
  ("Clinton's husband, Bill") holds none of the relative's offices; an aide of a person ("a
  spokesman for Mrs. Clinton") holds that person's sector; a headline's lone surname is the person
  the story names in full with it.
- he / she / him / his / her take the most recent person named in the same section within
  `PERSON_WINDOW` sentences, preferring persons who are subjects and skipping persons inside the
  clause the pronoun reports ('"Putin will decide," he said'), and in the latest sentence with
  subjects the main clause's subject (a name in apposition to a subject counts as one: "the object of
  Trump's admiration, Vladimir Putin, has utilized his invasions"); never the subject of the pronoun's
  own verb ("Trump praised him"), nor, inside a quote, its speaker; a person whose gender the text
  marks otherwise (`gender.py`:
  "Mrs.", "Congresswoman", a given name) is no candidate. When that person has no actor the pronoun
  gets none.
- it / its (and they / their / them) take the most recent state or organisation mention, or a
  singular (plural) titled group ("Iran's Air Force ... its neighbours"), that is a subject (nsubj,
  nsubjpass) earlier in the same sentence, else any such mention earlier in the same sentence, else
  a subject of the previous sentence; a sentence-initial subject "it" with none of these, the
  organisation the previous sentence names last when its subject is persons and no singular thing
  follows the name (`_group_named_before`). Dummy "it" ("it is hard to verify") is skipped. First-person
  pronouns are left to the attribution module. An object "them" is not its verb's subject ("Russia
  and the Regime are blocking them"), nor a group of an earlier sentence when a plural thing is
  named in between ("those thieves ... passwords ... entering them").
- A name that modifies another noun ("Putin's envoy", "the Assad regime") is covered by that noun's
  mention, which takes the person's country.
- A coalition's armed forces ("Coalition aircraft") are its leading state's military (`coalition.py`).
- Countryless police, courts, prosecutors, "authorities", people, critics, media and plural home
  officeholders ("senators", "lawmakers") that their sentence does not place are those of the
  country the document happens in (`_where`: dateline, else the leading place, else home).
- A countryless force named by its service ("The Naval commandos") is the state's whose service of
  that kind the section named last ("The Indian Navy"); a definite plural for persons of two
  states ("the two leaders") is neither's; a group a participle gives a sponsor ("rebels vetted by
  the United States") is not the sponsor's.
- Bodies: an NGO named with a demonym ("the Chadian Human Rights League", "Americans for
  Prosperity") is that state's NGO, not its people; "Amnesty" after "Amnesty International" is it;
  "an attorney with the ACLU" is the body's.

Mention kinds: name (a state's name), metonym (capital or seat of power, also when used as a
place), demonym, organisation, title (a role or body with its country: "Iranian pilots"), person,
pronoun, agent. An agent is a bare agent noun with no country ("gunmen", "protesters"): code
"UNK" + sector, `actor.country` None, kept only when plural and lowercase; singular institutions
("Air Force", "the army") and weapons ("fighter jets") name no actor without an owner.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.actors.anaphora import generic_nouns, resolve_descriptions
from sitrep.actors.coalition import coalition_forces
from sitrep.actors.gender import PRONOUN_GENDER, fits, gender_words, name_gender, surname_genders
from sitrep.actors.groups import DEFINITE, meeting_words, with_groups
from sitrep.actors.home import (
    PARTY_TAG_COUNTRY,
    REGIONAL_KINDS,
    REPEATING_KINDS,
    dominant_country,
    fallback_country,
    home_country,
    home_legislature,
    home_regions,
    home_title_sectors,
    home_titles,
    kin_nouns,
    namesakes,
    party_tagged,
    region_cued,
    service_words,
)
from sitrep.actors.lexicon import (
    DATA,
    TOWN_KINDS,
    Entry,
    Lexicon,
    gazetteer_country,
    load_lexicon,
    named_subdivision_country,
    norm,
    read_rows,
    subdivision_country,
    subdivision_word,
)
from sitrep.actors.persons import (
    HONORIFICS,
    SUFFIXES,
    name_words,
    person_actor,
    same_given,
    surname,
    surname_keys,
    term_actor,
    text_date,
)
from sitrep.actors.phrases import (
    FORMER,
    MODIFIER_DEPS,
    Composed,
    Hit,
    anchor,
    compose,
    group_hits,
    match_hits,
    opposition_role,
)
from sitrep.actors.statements import relation_nouns, same_role_nouns, statement_voice, title_issuer
from sitrep.clean.header import dateline_spans
from sitrep.nlp.model import SECTIONS, ParsedDocument, section_text
from sitrep.nlp.sentences import sentence_bounds
from sitrep.nlp.truecase import is_title_case
from sitrep.records import STATE_SECTORS, UNKNOWN_CODES, Actor, Mention

PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "theirs", "itself", "themselves"})
PERSON_WINDOW = 5
SENTENCE_NUMBERS = "sitrep.actors.sentence_numbers"  # doc.user_data key of `_sentence_numbers`
DATELINE_COUNTRY = "sitrep.actors.dateline_country"  # doc.user_data key: country of the dateline's place
PLACE_COUNTRIES = "sitrep.actors.place_countries"  # doc.user_data key: Counter of the places' countries
# doc.user_data key: Counter of the countries of places named as where something happens ("in Iraq")
SCENE_COUNTRIES = "sitrep.actors.scene_countries"
VENUE_COUNTRIES = "sitrep.actors.venue_countries"  # doc.user_data key: Counter of meeting venues' countries
QUOTED = "sitrep.actors.quoted"  # doc.user_data key of `_quoted`
LOCAL_COUNTRIES = "sitrep.actors.local_countries"  # doc.user_data key: Counter of `_one_state`'s places
PLACE_ENTRY_KINDS = frozenset({"country", "capital", "city"})  # cities.tsv also holds regions ("Michigan")
PLACE_MIN = 2  # places of one country a document needs before its unplaced people are that country's
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Noun roles a thing "it" may refer back to (`_group_named_before`)
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})
STATE_KINDS = frozenset({"name", "metonym", "organisation"})
# Where a countryless agent noun is placed: "demonstrators in Baghdad", "students throughout Indonesia".
PLACE_PREPS = frozenset({"in", "throughout", "across", "inside"})
# In the agent's own phrase only, where it comes from: "pirates from Somalia", "refugees from Syria"
ORIGIN_PREPS = PLACE_PREPS | {"from"}
# entity labels a name followed by a word of subdivision may carry ("Zamfara State" read as a person)
SUBDIVISION_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC"})
CITY_PREPS = frozenset({"in", "near", "into", "inside", "outside", "around", "across", "throughout"})
PLACE_KINDS = frozenset({"name", "metonym"})
STANCE_PREFIXES = frozenset({"pro", "anti"})
# Adjectives that take a personal subject: "it is willing to ..." refers to an actor.
WILLING_ADJECTIVES = frozenset({"willing", "unwilling", "ready", "prepared", "eager", "keen", "determined",
                                "reluctant", "able", "unable"})
SPONSOR_WORDS = frozenset({"backed", "sponsored", "funded", "supported", "armed", "linked", "affiliated",
                           "allied", "inspired", "aligned", "vetted", "trained", "equipped"})
# Forces of several or other states: "coalition forces" in Anbar, "foreign insurgents" crossing into
# Iraq are not Iraq's.
MULTINATIONAL_WORDS = frozenset({"coalition", "multinational", "allied", "international", "foreign"})
# Posts held by a state's envoy at an international body: "UN ambassador" is posted to the UN.
POSTED_TO = frozenset({"ambassador", "ambassadors"})
PAST = FORMER | {"then"}  # "former Foreign Secretary X", "then-Sen. Barack Obama": an office held before
# Offices of a state whose holder a title names without the state ("Foreign Secretary X").
OFFICE_SECTORS = STATE_SECTORS
# Offices whose holder a countryless title makes an official of the document's home
# (`_home_office`): courts, police, intelligence, legislators, and former holders of any office
# ("former Surgeon General David Satcher": ELI). Not officers of armed forces: a
# coalition's releases quote other states' ("Capt. Christophe Cluzel" of the French Navy in a US
# command's); the enlisted ranks that name home soldiers are home titles (home_titles.tsv).
HOME_OFFICE_SECTORS = frozenset({"JUD", "COP", "SPY", "LEG", "ELI"})
DATELINED_SECTORS = frozenset({"JUD", "COP"})  # ... of which those of the dateline's place (`_home_titled`)
# Countryless government titles ("Interior Minister X") that take the report's home state even when no
# state dominates it (`find_mentions`); armed forces' ranks do not (a coalition quotes others' officers)
HOME_GOVERNMENT_SECTORS = frozenset({"GOV"})
# ... unless the sentence names another official of the home (`_unmarked_home`)
OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "ELI"})
TITLE_GAP = 2  # capitalised title words between an office and a name: "Supreme Court" Justice X
TITLE_HITS = 4  # roles and bodies one title phrase before a name strings together
# Armed forces are often abroad: "troops in Bosnia" are not Bosnia's.
ABROAD_SECTORS = frozenset({"MIL", "UAF", "IGO", "PKO"})
# ... but gunmen and militants nobody names are where they strike (the codebook's "country plus UAF"):
# "Police sources said militants lobbed a grenade at a police post in Shopian district" (CASE 2021) are
# India's, placed like rebels by the places of their clause, else of the document (`_locate_agents`)
LOCAL_ARMED = frozenset({"UAF"})
# Criminals (pirates, smugglers, bandits) a state's armed forces take on are not that state's
# (`_locate_agents`); police (COP) act at home and do place them ("Mexican police arrested traffickers").
STATELESS_SECTORS = frozenset({"CRM"})


@dataclass(slots=True)
class _Person:
    start: int
    end: int
    name: str
    sent: int
    actor: Actor | None
    titled: bool
    modifier: bool = False  # the name modifies another noun ("Putin's envoy")
    home_sector: str | None = None  # sector of a countryless home title before the name ("Rep. X")
    # sector of any countryless title before the name ("Environment Minister Robert Hill": GOV)
    office_sector: str | None = None


def mention_of(doc: Doc, section: str, start: int, end: int, actor: Actor, kind: str,
             person: str | None = None) -> Mention:
    span = doc[start:end]
    return Mention(span.start_char, span.end_char, span.text, actor, section, person, kind)


def _sentence_numbers(doc: Doc) -> dict[int, int]:
    """Token index -> sentence number, built once per Doc (three steps of this module use it)."""
    cached = doc.user_data.get(SENTENCE_NUMBERS)
    if cached is None:
        cached = {i: k for k, (start, end) in enumerate(sentence_bounds(doc)) for i in range(start, end)}
        doc.user_data[SENTENCE_NUMBERS] = cached
    return cached


def _joined_names(names: list[Span]) -> list[Span]:
    """PERSON entities that touch, one name: spaCy cuts a long name in two ("Foreign Minister Bilawal
    Bhutto Zardari" as "Bilawal Bhutto" + "Zardari"), and news never writes two persons' names side by
    side without a comma or a word between them."""
    out: list[Span] = []
    for e in names:
        if out and out[-1].end == e.start and out[-1][-1].tag_ == "NNP" and e[0].tag_ == "NNP":
            out[-1] = e.doc[out[-1].start:e.end]
        else:
            out.append(e)
    return out


# kinds of mention that name a state in a sentence (`_unmarked_home`)
PLACING_KINDS = frozenset({"name", "metonym", "demonym", "title", "person", "organisation"})
NAME_WORDS = (2, 4)  # words of a name the tagger missed after a person's title (`_titled_names`)
NOT_NAME_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _name_run(doc: Doc, start: int, end: int, taken: set[int], hit_at: set[int]) -> bool:
    """Whether tokens [start, end) read as a person's name: `NAME_WORDS` capitalised proper nouns
    (hyphens allowed: "Choi Jong-kun") that are no place, group, date or other lexicon name."""
    if not NAME_WORDS[0] <= end - start <= NAME_WORDS[1]:
        return False
    if end < len(doc) and doc[end].tag_ == "POS":
        return False  # "Tigray People's Liberation Front": a body's name goes on
    inside = (doc[start],) + ((doc[end],) if end < len(doc) else ())
    if any(t.ent_iob_ == "I" and t.ent_type_ != "PERSON" for t in inside):
        return False  # part of a longer name the tagger gave a body or a place
    return all(t.tag_ == "NNP" and t.text[:1].isupper() and not t.text.isupper()
               and t.text.replace("-", "").isalpha() and t.i not in taken and t.i not in hit_at
               and t.ent_type_ not in NOT_NAME_ENTS for t in doc[start:end])


def _titled_names(doc: Doc, hits: list[Hit], taken: set[int]) -> list[Span]:
    """Names the tagger missed or called an organisation right after a person's title ("Ministry
    spokesperson Randhir Jaiswal said") or in apposition to one ("the head of the African Union
    Commission, Moussa Faki Mahamat,"): a role noun (`generic_nouns` "person", or a role of anybody's
    body, sector "*") is followed by a name, not by a body's."""
    roles = {h.end - 1 for h in hits if h.entry.kind == "agent" and (
        h.entry.sector == "*" or generic_nouns().get(doc[h.end - 1].lower_) == "person")}
    if not roles:
        return []
    hit_at = {i for h in hits for i in range(h.start, h.end)}
    out: list[Span] = []
    n = len(doc)
    for r in sorted(roles):
        end = r + 1
        while end < n and end - r <= NAME_WORDS[1] and doc[end].tag_ == "NNP":
            end += 1
        if (end < n and doc[end].pos_ != "PROPN") and _name_run(doc, r + 1, end, taken, hit_at):
            out.append(doc[r + 1:end])
            continue
        # an apposition on the role or on the body it heads: "the head of X, Name Name,"
        for c in doc[r].children if doc[r].pos_ == "NOUN" else ():
            for tok in [g for g in c.subtree if g.dep_ == "appos"]:
                if tok.dep_ != "appos" or tok.tag_ != "NNP" or tok.i < r:
                    continue
                first = tok.left_edge.i
                if doc[first - 1].text == "," and _name_run(doc, first, tok.i + 1, taken, hit_at) and (
                        tok.i + 1 >= n or doc[tok.i + 1].pos_ != "PROPN"):
                    out.append(doc[first:tok.i + 1])
    return list({(s.start, s.end): s for s in out}.values())


def _person_spans(doc: Doc, hits: list[Hit], lex: Lexicon) -> list[Span]:
    """PERSON entities plus lexicon persons spaCy missed, without leading title words."""
    spans = _joined_names([e for e in doc.ents if e.label_ == "PERSON"])
    taken = {t.i for s in spans for t in s}
    for h in hits:
        if h.entry.kind == "person" and not any(i in taken for i in range(h.start, h.end)):
            spans.append(doc[h.start:h.end])
    spans = sorted(spans + _titled_names(doc, hits, taken), key=lambda s: s.start)
    # A title word spaCy folds into the entity ("President Kassym-Jomart Tokayev") is trimmed off,
    # and so is a title of several words ("Raksha Mantri Rajnath Singh", "Foreign Minister Wang Yi").
    titles = {h.start: h.end for h in hits if h.entry.kind == "agent"}
    out = []
    for s in sorted(spans, key=lambda s: s.start):
        k = s.start
        while k < s.end - 1:
            if titles.get(k, s.end) < s.end:
                k = titles[k]
                continue
            entry = lex.phrases.get(norm(doc[k].text))
            if not (entry and entry.kind == "agent") and doc[k].lower_ not in ("the", "former"):
                break
            k += 1
        end = s.end
        while end > k + 1 and doc[end - 1].tag_ == "POS":  # "Burkina Faso’s" tagged with its "’s"
            end -= 1
        out.append(doc[k:end])
    return _surname_recall(doc, out, hits)


def _defined_acronyms(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Hits for an acronym the text defines after a body's name: "the Syrian Arab Army (SAA) ...
    The SAA later withdrew" (CASE 2021 snippets). The definition also beats another meaning the
    lexicon gives the same letters elsewhere in the text; the parenthesised acronym itself is left as
    the lexicon reads it (a mention only if the lexicon knows it)."""
    defined: dict[str, Entry] = {}
    n = len(doc)
    for h in hits:
        if (h.entry.kind == "body" and h.end + 2 < n and doc[h.end].text == "(" and doc[h.end + 2].text == ")"
                and len(acr := doc[h.end + 1].text) >= 2 and acr.isalpha() and acr.isupper()):
            defined[acr] = h.entry
    if not defined:
        return hits
    taken = {k: h for h in hits for k in range(h.start, h.end)}
    out = list(hits)
    for t in doc:
        entry = defined.get(t.text)
        bracketed = t.i > 0 and doc[t.i - 1].text == "(" and t.i + 1 < n and doc[t.i + 1].text == ")"
        if entry is None or bracketed:
            continue
        old = taken.get(t.i)
        if old is None:
            out.append(Hit(t.i, t.i + 1, entry, t))
        elif old.end - old.start == 1 and old.entry is not entry:
            out[out.index(old)] = Hit(t.i, t.i + 1, entry, t)
    return sorted(out, key=lambda h: h.start)


def _gazetteer_hits(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """`hits` plus the cities of `lexicon.gazetteer_country` among the tagger's places (GPE) that no
    phrase covers: "Russian forces struck Kharkiv" has a place of Ukraine."""
    covered = {i for h in hits for i in range(h.start, h.end)}
    extra = []
    for e in doc.ents:
        name, kind = _subdivision_kind(e)
        if any(t.i in covered for t in (e if kind is None else name)):
            continue
        # the tagger often reads a foreign city as a person or a company ("fighting in Kharkiv"): a
        # lone name after a preposition of place counts too (never a known given name)
        if kind is None and e.label_ not in ("GPE", "LOC") and not (
                e.label_ in ("PERSON", "ORG") and len(e) == 1 and e.root.dep_ == "pobj"
                and e.root.head.lower_ in CITY_PREPS and e.root.lower_ not in gender_words()):
            continue
        if kind is not None and (country := subdivision_country(name.text, kind)):
            # the place is the whole "Benue state", headed by its word of subdivision
            end = name.end + 1
            extra.append(Hit(name.start, end, Entry("city", name.text, country=country, region=True),
                             doc[end - 1]))
        elif country := gazetteer_country(e.text):
            extra.append(Hit(e.start, e.end, Entry("city", e.text, country=country), e.root))
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


def _state_named_regions(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """`hits` with a state's name that its word of subdivision makes another state's province read as
    that province: "Nigeria's Niger state", "the Niger State Police Command" are Nigeria's, not Niger's
    (`lexicon.named_subdivision_country`); "Mexico State" stays Mexico's."""
    out = hits
    for k, h in enumerate(hits):
        if h.entry.kind != "country" or h.end >= len(doc) or not subdivision_word(doc[h.end].text):
            continue
        country = named_subdivision_country(doc[h.start:h.end].text, doc[h.end].text)
        if country is not None:
            out = list(out) if out is hits else out
            out[k] = Hit(h.start, h.end + 1, Entry("city", doc[h.start:h.end].text, country=country,
                                                   region=True), doc[h.end])
    return out


def _subdivision_kind(e: Span) -> tuple[Span, str | None]:
    """A place name and the word of subdivision the text says right after it, in the entity ("Kunar
    province") or just after it ("Benue state"): (name, None) when there is none. The word makes any
    capitalised name a candidate (the tagger may call "Zamfara" a person), so only a name of one or
    more capitalised words counts."""
    doc = e.doc
    if len(e) > 1 and subdivision_word(e[-1].text):
        name, kind = e[:-1], e[-1].text
    elif e.end < len(doc) and subdivision_word(doc[e.end].text):
        name, kind = e, doc[e.end].text
    else:
        return e, None
    if e.label_ not in SUBDIVISION_LABELS or not all(t.text[:1].isupper() for t in name):
        return e, None
    return name, kind


# Verbs that put a person in an office: "Khan was elected (as) mayor of London", "X was named
# defense minister of Iraq".
INSTALL_VERBS = frozenset({"elect", "appoint", "name", "nominate", "choose", "select", "install", "swear",
                           "reelect", "re-elect", "confirm"})


def _installed_as(root, table: dict) -> Composed | None:
    """The title a person was put into: the subject of a passive office verb takes its complement."""
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_.lower() not in INSTALL_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "oprd" and c.i in table:
            return table[c.i]
        if c.dep_ == "prep" and c.lower_ == "as":
            found = next((table[o.i] for o in c.children if o.dep_ == "pobj" and o.i in table), None)
            if found is not None:
                return found
    return None


def _surname_recall(doc: Doc, spans: list[Span], hits: list[Hit]) -> list[Span]:
    """`spans` plus later bare uses of a surname the text gave a full name that spaCy did not tag
    ("Former Mexican President Felipe Calderon ... Calderon intimated disappointment"; a surname that is
    also a word, parsed as a common noun, when it is a subject: "Flake also praised Clinton"); either word of
    a two-word name, as family names come first in some languages ("Zhao Lijian ... Zhao said")."""
    # (the surname, not a suffix: "Morris J. Brooks Jr. ... Representative Brooks"; also without its
    # Arabic article: "Qassim al-Araji ... Araji met")
    full = [s for s in spans if len(s) > 1 and s[-1].text[:1].isupper()]
    names = {key for s in full for key in surname_keys(s.text)}
    # either word of a two-word name: family names come first in Chinese or Korean names ("Zhao Lijian")
    pairs = [s for s in spans if len(s) == 2 and len(name_words(s.text)) == 2]
    names |= {norm(s[0].text) for s in pairs}
    # a given name only one full name has: "Bilawal Bhutto Zardari ... Bilawal said" (`_first_named`)
    names |= {given for given, last in _given_names(s.text for s in full).items() if len(last) == 1}
    if not names:
        return spans
    first = min(s.start for s in full + pairs)
    taken = {t.i for s in spans for t in s} | {i for h in hits for i in range(h.start, h.end)}
    taken |= {t.i for e in doc.ents if e.label_ != "PERSON" and len(e) > 1 for t in e}
    # a title right before the surname is no part of another name: "Representative Brooks"
    titled = {h.end for h in hits if h.entry.kind == "agent"}
    found = [doc[t.i:t.i + 1] for t in doc[first:] if t.text[:1].isupper() and norm(t.text) in names
             and t.i not in taken
             and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.dep_ in SUBJECT_DEPS))
             and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
             and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and t.i not in titled)]
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _stance_prefixed(doc: Doc, start: int) -> bool:
    """"pro-Iranian Hizbollah", "anti-Syria journalist": the name says whom they side with or oppose,
    not whose they are."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES:
        return True
    return start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-")


def _sponsor_suffixed(doc: Doc, end: int) -> bool:
    """"the Syrian-backed Amal militia": the name is the militia's sponsor, not its country."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SPONSOR_WORDS


# "Cuban-American senator", "an Iranian-American pastor": the first demonym is an origin, the
# second the nationality, in the immigrant nations where news writes people so.
HYPHENATED_NATIONALITIES = frozenset({"american", "canadian", "australian"})
CURRENCY_WORDS = frozenset({"$", "dollar", "dollars"})  # "US $50 million", "Hong Kong dollars"
# A demonym naming a language: "Spanish-language newspaper", "speaking Spanish", "said in Arabic".
LANGUAGE_WORDS = frozenset({"language", "speaking", "speaker", "speakers", "sounding"})
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "translate", "understand", "write", "prefer"})


def _language(doc: Doc, h: Hit) -> bool:
    """True when a demonym names a language rather than a state or its people."""
    if h.end + 1 < len(doc) and doc[h.end].text == "-" and doc[h.end + 1].lower_ in LANGUAGE_WORDS:
        return True
    root = h.root
    if root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" for c in root.children):
        return False
    return (root.dep_ == "dobj" and root.head.lemma_ in LANGUAGE_VERBS) or (
        root.dep_ == "pobj" and root.head.lower_ == "in" and h.end - h.start == 1
        and not any(c.dep_ in ("compound", "amod") for c in root.children))


@lru_cache(maxsize=1)
def place_features() -> frozenset[str]:
    """Capitalised words that make a state's name part of a place's name ("Persian Gulf"; from
    data/place_features.tsv)."""
    return frozenset(row[0] for _, row in read_rows("place_features.tsv", 1, DATA))


PLACE_NAME_KINDS = frozenset({"country", "demonym", "capital", "city"})  # may start another place's name


@lru_cache(maxsize=1)
def place_named_acts() -> frozenset[str]:
    """Nouns that after a capital or city name a document or process made there ("the Minsk
    agreements", "the Astana process"; from data/place_named_acts.tsv)."""
    return frozenset(row[0] for _, row in read_rows("place_named_acts.tsv", 1, DATA))


def _place_named_act(doc: Doc, h: Hit) -> bool:
    """A capital or city that names where an agreement, process or talks were made ("the Minsk
    agreements", "the Vienna talks between Tehran and world powers"): a place, no actor. Only as a
    determined noun's modifier: "Tehran talks with the IAEA" is Iran talking."""
    if h.entry.kind not in TOWN_KINDS or h.end >= len(doc) or h.start == 0:
        return False
    if doc[h.start - 1].lower_ != "the":
        return False
    after = doc[h.end]
    return after.lower_ in place_named_acts() and after.pos_ in ("NOUN", "PROPN")


def _not_actors(doc: Doc, hits: list[Hit], date: str | None = None) -> list[Hit]:
    """Drop names that are an origin ("Cuban-American"), a currency ("US $50 million"), a language or
    part of the name of a sea, landform or county ("the Persian Gulf", "the South China Sea", "Nassau
    County"), and a historic state's adjective in a document not dated before the state ceased
    ("Soviet officials" in 1990 are Moscow's; "Soviet-era tanks" today are nobody)."""
    out = []
    for k, h in enumerate(hits):
        if h.entry.until and (date is None or date >= h.entry.until):
            continue
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        after = doc[h.end].lower_ if h.end < len(doc) else ""
        if h.entry.kind in PLACE_NAME_KINDS and h.end < len(doc) and doc[h.end].text in place_features():
            continue
        if _place_named_act(doc, h):
            continue
        if (h.entry.kind == "demonym" and after == "-" and nxt is not None and nxt.start == h.end + 1
                and nxt.entry.kind == "demonym" and nxt.entry.label.lower() in HYPHENATED_NATIONALITIES):
            continue
        if h.entry.kind in ("country", "demonym") and after in CURRENCY_WORDS:
            continue
        if after.startswith("@"):
            continue  # a name before a handle is a retweet's mark ("RT @user"), no actor
        if h.entry.kind == "demonym" and _language(doc, h):
            continue
        of_state = _of_other_state(doc, h, nxt)
        if of_state is not None:
            if h.entry.kind == "country":
                continue  # "the Islamic Republic of Pakistan": Pakistan's name, not Iran's
            h = replace(h, entry=replace(h.entry, country=of_state))  # "the Foreign Office of Pakistan"
        out.append(h)
    return out


def _of_other_state(doc: Doc, h: Hit, nxt: Hit | None) -> str | None:
    """The state a longer name goes on to name when a state's name or a state's body the lexicon
    knows is only its start: "the Islamic Republic" + "of Afghanistan", "the National Security
    Council" + "of Pakistan" (the lexicon's own full names, "Islamic Republic of Iran", match whole)."""
    if (h.entry.kind not in ("country", "body") or not h.entry.country or nxt is None
            or nxt.start != h.end + 1 or doc[h.end].lower_ != "of" or nxt.entry.kind != "country"
            or not nxt.entry.country or nxt.entry.country == h.entry.country):
        return None
    return nxt.entry.country


CORPORATE_ENDINGS = frozenset({"inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "ag", "co",
                               "company", "holdings"})
# Names of non-governmental bodies: "Anti-Defamation League", "Cato Institute", "Human Rights Watch",
# "Amnesty International" (CODEBOOK: NGOs are NGO)
NGO_ENDINGS = frozenset({"league", "foundation", "institute", "association", "society", "watch"})
# "Americans for Prosperity", "Americans United for Life", "Syrians for Truth and Justice"
CAUSE_WORDS = frozenset({"for", "against", "united"})
NGO_NAMES_END = frozenset({"international"})  # "Amnesty International", not "Mondelez International Inc."


def _company_hits(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Add companies and NGOs the lexicon does not list: an organisation spaCy finds whose name ends in
    a corporate form ("Mondelez International Inc.", "Halliburton Co.") is an MNC, one ending in a
    word of NGO_ENDINGS ("the Anti-Defamation League") an NGO (CODEBOOK: actors)."""
    # a body named after a person is the body: "the Clinton Foundation", "Ford Motor Co."; a demonym
    # opening its name is part of the name: "the Chadian Human Rights League", "Americans for Prosperity"
    taken = {i for h in hits if h.entry.kind != "person" for i in range(h.start, h.end)}
    # (a national NGO keeps its state as its country: "the Chadian Human Rights League" TCDNGO)
    lead = {h.start: h for h in hits if h.entry.kind == "demonym"}
    found = [Hit(h.start, end, _national_ngo(doc[h.start:end].text, h), doc[h.start])
             for h, end in _cause_groups(doc, hits)]
    for ent in doc.ents:
        first = ent.start + 1 if ent[0].dep_ == "det" else ent.start
        named = lead[first].end if first in lead else first
        if (ent.label_ != "ORG" or len(ent) < 2 or named >= ent.end
                or any(t.i in taken for t in doc[named:ent.end])):
            continue
        last = ent[-1].lower_.rstrip(".")
        org = "MNC" if last in CORPORATE_ENDINGS else "NGO" if last in NGO_ENDINGS | NGO_NAMES_END else None
        if org is not None:
            entry = (_national_ngo(ent.text, lead[first]) if org == "NGO" and first in lead
                     else Entry("body", ent.text, org=org))
            found.append(Hit(ent.start, ent.end, entry, ent.root))
    if not found:
        return hits
    inside = {i for h in found for i in range(h.start, h.end)}
    kept = [h for h in hits if not (h.entry.kind in ("person", "demonym") and h.start in inside)]
    return sorted(kept + found, key=lambda h: h.start)


def _short_names(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Add the later mentions of a body by its name without "International" ("Amnesty International
    ... Amnesty also condemned"): news drops the word after the first mention. Only after the full
    name, and only capitalised, so the common noun ("an amnesty for migrants") stays none."""
    short: dict[str, Entry] = {}
    for h in hits:
        words = doc[h.start:h.end]
        if (h.entry.kind == "body" and len(words) >= 2 and words[-1].lower_ in NGO_NAMES_END
                and words[0].text[:1].isupper()):
            short.setdefault(words[:-1].text, h.entry)
    if not short:
        return hits
    taken = {i for h in hits for i in range(h.start, h.end)}
    first = min(h.start for h in hits if h.entry.kind == "body" and doc[h.start:h.end][:-1].text in short)
    found = []
    for name, entry in short.items():
        size = len(name.split())
        for k in range(first + 1, len(doc) - size + 1):
            if doc[k:k + size].text == name and not any(i in taken for i in range(k, k + size)) and (
                    k + size == len(doc) or doc[k + size].lower_ not in NGO_NAMES_END):
                found.append(Hit(k, k + size, entry, doc[k:k + size].root))
    return sorted(hits + found, key=lambda h: h.start) if found else hits


def _national_ngo(name: str, demonym: Hit) -> Entry:
    """An NGO named with a state's demonym: that state's NGO sector (PLOVER NGO), not its people."""
    return Entry("body", name, country=demonym.entry.country, sector="NGO")


def _cause_groups(doc: Doc, hits: list[Hit]) -> list[tuple[Hit, int]]:
    """Demonym hits and ends of advocacy groups named as a people for a cause ("Americans for Prosperity",
    "Americans United for Life"): a plural demonym, a word of CAUSE_WORDS, then capitalised words.
    The demonym names the group, not the state's people (PLOVER CVL). A capitalised "For" is a
    headline's ("Syrians For Peace Rally") and tells nothing."""
    out = []
    for h in hits:
        k = h.end
        if (h.entry.kind != "demonym" or h.end - h.start != 1 or doc[h.start].tag_ != "NNPS"
                or k + 1 >= len(doc) or doc[k].lower_ not in CAUSE_WORDS
                or (doc[k].text != doc[k].lower_) != (doc[k].lower_ == "united")):
            continue
        if doc[k].lower_ == "united":
            k += 1 if k + 1 < len(doc) and doc[k + 1].lower_ in CAUSE_WORDS else 0
        end = k + 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
        if end > k + 1:
            out.append((h, end))
    return out


def _placed_towns(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Drop a town named with another state's region or country after a comma ("San Jose, California",
    "Berlin, New Hampshire"): it is a namesake, a place in that other state, not the capital."""
    out = []
    for k, h in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (nxt is not None and h.entry.kind in ("capital", "city") and nxt.start == h.end + 1
                and doc[h.end].text == "," and (nxt.entry.kind == "country" or nxt.entry.region)
                and nxt.entry.country and nxt.entry.country != h.entry.country):
            continue
        out.append(h)
    return out


def _joined_bodies(hits: list[Hit]) -> list[Hit]:
    """A body's name right before an agent noun is that noun's owner even when the parser split them
    ("IS fighters" with "IS" read as a verb, "Hamas gunmen" as two phrases): one noun phrase."""
    out = list(hits)
    for k in range(len(hits) - 1):
        h, nxt = hits[k], hits[k + 1]
        if (h.entry.kind == "body" and nxt.entry.kind == "agent" and nxt.start == h.end
                and anchor(h.root).i != anchor(nxt.root).i and nxt.root.pos_ in ("NOUN", "PROPN")):
            out[k] = Hit(h.start, h.end, h.entry, nxt.root)
    return out


def _doer_or_scene(tok: Token) -> bool:
    """Whether a word is a verb's subject or qualifies it directly ("Myanmar junta troops torched", also
    under "..., villagers said"), or names where something happens ("in Myanmar"). Not a word
    deeper in the subject: "Foreign Minister X and his Afghan counterpart" are no Afghan story. A
    place joined to another counts as it does ("in Kenya and Tanzania" names two)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in CITY_PREPS:
        return True
    subject = tok.head if tok.dep_ in ("compound", "amod", "poss", "nmod") else tok
    return subject.dep_ in SUBJECT_DEPS and subject.head.pos_ in ("VERB", "AUX")


def _lead_state(doc: Doc, hits: list[Hit], after: int) -> str | None:
    """The one state the lead sentence after a dateline names, when that is not the dateline's own:
    a dateline says where the reporter sits, and "BANGKOK: Myanmar junta troops torched dozens of
    houses" happens in Myanmar, so the story's unplaced actors ("Soldiers also torched ...") are
    Myanmar's, not Thailand's. None when the lead names no state, several, or the dateline's too.
    Only the states of its doers and places count: "ISLAMABAD - Foreign Minister Ishaq Dar met his
    Chinese counterpart" happens in Pakistan. Only states and places, not bodies ("the Foreign Office",
    which several states have)."""
    start = next((t for t in doc if t.idx >= after), None)
    if start is None:
        return None
    sent = start.sent
    states = {h.entry.country for h in hits if h.entry.country and sent.start <= h.start < sent.end
              and (h.entry.kind in PLACE_ENTRY_KINDS or h.entry.kind == "demonym")
              and doc[h.start].idx >= after and _doer_or_scene(h.root)}
    filed = {h.entry.country for h in hits if h.entry.country and doc[h.start].idx < after}
    # a lead that names the dateline's state in any role is set there ("GAZA CITY (AP) — Israel said
    # its aircraft hit military sites for Gaza's Hamas rulers": the strikes are in Gaza)
    named = {h.entry.country for h in hits if h.entry.country and sent.start <= h.start < sent.end
             and doc[h.start].idx >= after}
    if len(states) == 1 and not named & filed:
        return next(iter(states))
    return None


def analyse_doc(doc: Doc, section: str, lex: Lexicon, people: dict[str, Actor],
                bare_singular: bool = False, date: str | None = None) -> tuple[list[Mention], list[_Person]]:
    """Mentions of one section before person look-ups and pronouns, plus the persons it names.

    Titled persons are added to `people` (normalised full name and surname -> actor). A known person
    named as a modifier ("Clinton's campaign") is what they were on `date` (ISO; None = today).
    """
    hits = _defined_acronyms(doc, _gazetteer_hits(doc, _state_named_regions(doc, match_hits(doc, lex))))
    hits = _short_names(doc, _company_hits(doc, _not_actors(doc, _placed_towns(doc, hits), date)))
    hits = [h for h in hits if not _stance_prefixed(doc, h.start)
            and not _sponsor_suffixed(doc, h.end)]
    # "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China": where the story was
    # filed, and by whom, is no actor of it (the parser often makes the dateline the subject)
    text = section_text(doc)  # a Doc rebuilds its text on every access: the parse kept it
    filed = dateline_spans(text)
    if filed:
        where = [h.entry.country for h in hits if h.entry.country and any(
            a <= doc[h.start].idx < b for a, b in filed)]
        if where:  # the country a story was filed from stands in for a home it does not show
            doc.user_data.setdefault(DATELINE_COUNTRY, _lead_state(doc, hits, filed[0][1]) or where[0])
        hits = [h for h in hits if not any(a <= doc[h.start].idx < b for a, b in filed)]
    if DATELINE_COUNTRY in doc.user_data:
        # ("Foreign Office Spokesperson Mumtaz Zahra Baloch" in a report datelined ISLAMABAD: the body
        # written bare inside a title is the dateline state's, and so is the title's holder)
        home = doc.user_data[DATELINE_COUNTRY]
        hits = [replace(h, entry=replace(h.entry, country=home)) if _bare_home_body(doc, h, home) else h
                for h in hits]
    doc.user_data[PLACE_COUNTRIES] = Counter(h.entry.country for h in hits if h.entry.country
                                             and h.entry.kind in PLACE_ENTRY_KINDS)
    # places a short report happens in (`_one_state`): not a capital standing for its government ("the
    # Ankara forces"), nor a state before a hyphen ("the US-led coalition")
    agents = {h.root.i for h in hits if h.entry.kind == "agent" and h.entry.sector in OFFICE_SECTORS}
    doc.user_data[LOCAL_COUNTRIES] = Counter(
        h.entry.country for h in hits if h.entry.country and h.entry.kind in PLACE_ENTRY_KINDS
        and h.root.dep_ not in SUBJECT_DEPS  # "He told voters that if Iran were a stock": no place
        and not (h.entry.kind == "capital" and h.root.dep_ == "poss")
        # ("the Ankara forces", "the US military": a state's forces may be abroad; "Rangpur police" are not)
        and not (h.entry.kind in ("capital", "country") and h.root.head.i in agents)
        and not (h.end < len(doc) and doc[h.end].text == "-"))
    venues = [h for h in hits if h.entry.country and h.entry.kind in PLACE_ENTRY_KINDS
              and _venue_place(h.root)]
    doc.user_data[VENUE_COUNTRIES] = Counter(h.entry.country for h in venues)
    doc.user_data[PLACE_COUNTRIES] -= doc.user_data[VENUE_COUNTRIES]
    doc.user_data[SCENE_COUNTRIES] = Counter(h.entry.country for h in hits if h.entry.country
                                             and h.entry.kind in PLACE_ENTRY_KINDS and h.root.dep_ == "pobj"
                                             and h.root.head.lower_ in CITY_PREPS and h not in venues)
    persons = _person_spans(doc, hits, lex)
    # spaCy sometimes tags a lone country or group name as a person ("Sri Lanka has established
    # ties", "Boko Haram gunmen", "Raqqah"): a "person" that is exactly a state's or a body's name is
    # that; so is a demonym modifying a noun ("Bangladeshi troops") or in the plural, a people and
    # nobody's name ("when Greeks protesting against government austerity measures threw petrol bombs").
    states = {(h.start, h.end) for h in hits if h.entry.kind in ("country", "body", "capital", "city") or (
        h.entry.kind == "demonym" and (h.root.dep_ in MODIFIER_DEPS or h.root.lower_.endswith("s")))}
    persons = [p for p in persons if (p.start, p.end) not in states]
    person_tokens = {t.i for p in persons for t in p}
    # A known surname inside a longer name ("Jeb Bush", "Vladimir Vladimirovich Putin") is not that
    # person by itself: the whole name is looked up (`person_actor` checks the given name).
    # ("Obama White House", a name spaCy runs on, keeps its person; "Donald Trump Jr." is not his father).
    inner = {t.i for p in persons if len(p) > 1 for t in p[1:]}
    fathers = {p.end - 2 for p in persons if len(p) > 1 and p[-1].lower_.rstrip(".") in SUFFIXES}
    hits = [h for h in hits if h.entry.kind != "person" or not (h.start in inner or h.end - 1 in fathers)]
    # A place inside a person's name ("Jordan Peterson") is part of the name.
    hits = [h for h in hits if h.entry.kind in ("agent", "person")
            or not all(i in person_tokens for i in range(h.start, h.end))]
    by_anchor = group_hits(_joined_bodies(hits))
    title_case = is_title_case(text)
    composed: list[Composed] = []
    for head, group in by_anchor.items():
        composed.extend(compose(doc, head, group, by_anchor, person_tokens, lex.equipment, bare_singular,
                                lex.craft, title_case))
    for c in composed:
        _principal_sector(c, date)
    sent_of = _sentence_numbers(doc)
    # Actor of each noun-phrase head, for persons in the same phrase or in apposition. Titles
    # ("Russian President") are strong; a bare organisation or state ("UN High Commissioner,
    # Rupert Colville") is weak: a person the lexicon knows by name takes the lexicon's actor.
    strong: dict[int, Composed] = {}
    weak: dict[int, Composed] = {}
    for c in composed:
        if c.kind == "agent":
            continue  # "fighters, including Omar": a countryless noun gives a name no actor
        table = strong if c.kind == "title" else weak
        table.setdefault(c.root.i, c)
        table.setdefault(anchor(c.root).i, c)

    def lookup(table: dict[int, Composed], tok, climb: bool = True) -> Composed | None:
        # An appositive often attaches to the object of "spokesman for the UN ...": climb to the title.
        # A person who is that object is not the title's holder ("an ally of Vladimir Putin").
        if climb and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i in table:
            return table[tok.head.head.i]
        return table.get(tok.i) or table.get(anchor(tok).i)

    found: list[_Person] = []
    # a title of another state right before a person named before ("In Turkey Minister Ellwood"):
    # the place is where they are, and the title is the person's
    moved_titles: dict[int, tuple[Actor, str]] = {}
    posted: set[int] = set()  # starts of "UN Ambassador" titles: they name no actor of their own
    titles = home_title_sectors()
    # a countryless home title right before a name ("Rep. Trey Gowdy", "Sen. Tim Kaine",
    # "Representative Brooks")
    home_title = {h.end: "ELI" if _former(doc, h) else sector for h in hits if h.entry.kind == "agent"
                  and (title := norm(doc[h.start:h.end].text)) in titles
                  and (sector := titles[title] or h.entry.sector) not in (None, "*")}
    # a countryless office right before a name the lexicon knows as out of office on the date
    # ("Foreign Secretary Boris Johnson" on a page dated before his term, "President Ronald Reagan
    # pardoned Felt in 1981" in a 2008 obituary): the person's state, in that office, a role of
    # anybody's ("*") being its government's as in `compose`; "then-President Lech Walesa" held it when
    # what the sentence tells happened, "former Foreign Secretary X" names a past office (ELI)
    # ("opposition leader Juan Guaido" leads the opposition on the page's day as an office holder does)
    office = {h.end: "GOV" if h.entry.sector == "*" else "OPP" if opposition_role(doc, h) else h.entry.sector
              for h in hits if h.entry.kind == "agent"
              and (h.entry.sector in OFFICE_SECTORS | {"*"} or opposition_role(doc, h))
              and not any(t.lower_.rstrip("-") in FORMER for t in doc[max(0, h.start - 2):h.start])}
    # the sector of any agent noun right before a name ("King Abdullah II of Jordan")
    titled_by = {h.end: h.entry.sector for h in hits if h.entry.kind == "agent"
                 and h.entry.sector not in (None, "*")}
    # ... for a name followed by "of <state>", also of a role of anybody's ("*"), which with only a
    # state is its government's: "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia"
    of_title = {h.end: "GOV" for h in hits if h.entry.kind == "agent" and h.entry.sector == "*"}
    # ... and of an office held before ("former Sen. Bob Dole"): the holder is an ex-official
    titled_by.update({h.end: "ELI" for h in hits if h.entry.kind == "agent"
                      and h.entry.sector in OFFICE_SECTORS and _former(doc, h)})
    of_title.update(titled_by)
    # countryless roles and bodies by where they end, for the title phrase before a name
    title_ends = {h.end: h for h in hits if h.entry.kind in ("agent", "body") and not h.entry.country
                  and not h.entry.org and h.entry.sector not in (None, "*")}
    # a lexicon person whose title the tagger's name leaves out ("King Hussein" named "Hussein"; "Saudi
    # King Salman"): the bare name is nobody the lexicon knows, the titled one is
    titled_known = {p.start: h.entry for h in hits if h.entry.kind == "person"
                    for p in persons if h.start < p.start and p.end <= h.end}

    def known_as(span: Span) -> Actor | None:
        entry = titled_known.get(span.start)
        return term_actor(entry, date, span.text) if entry is not None else person_actor(span.text, date, lex)

    for span in persons:
        root = span.root
        at = _title_end(doc, span.start)  # where a title before the name ends
        title = weak_title = None
        if not span.start <= anchor(root).i < span.end:
            # The name modifies another noun ("Putin's envoy", "the Assad regime"): that noun's
            # mention covers it, and the person keeps only what the lexicon knows.
            found.append(_Person(span.start, span.end, span.text, sent_of[span.start], None, False, True))
            continue
        kin = _kin_named(root)
        for table in (strong, weak):
            hit = lookup(table, root, climb=False)
            if hit is None and root.dep_ == "appos" and kin is None:
                hit = lookup(table, root.head)
            if hit is None:
                hit = next((table[c.i] for c in (*_appositives(root), *_relative_attributes(root))
                            if c.i in table and c.lemma_.lower() not in kin_nouns()), None)
            if hit is None and table is strong:
                hit = _installed_as(root, table)
            if hit is not None:
                if table is strong:
                    title = hit
                else:
                    weak_title = hit
                break
        actor = None
        office_held = False
        if kin is not None and len(span) == 1:
            # "Clinton's husband, Bill": the given name with the relative's surname, if the lexicon knows it
            actor = person_actor(f"{span.text} {surname(kin)}", date, lex)
        if title is not None:
            # A person the lexicon knows keeps their state when a misparsed "title" names another
            # ("For Hillary Clinton, Britain's emotionally charged uprising ...").
            known = known_as(span)
            said = title.actor
            earlier = _remembered(people, span.text)
            # (and the state a title gave a person before stays theirs: "FCO Minister Tobias Ellwood ...
            # In Turkey Minister Ellwood met ..." is not a Turkish minister)
            moved = bool(earlier and earlier.country and said.country) and earlier.country != said.country
            if moved:
                moved_titles[title.start] = (earlier, span.text)
            if moved or (known is not None and (known.country or known.code) != (said.country or said.code)):
                title = None
            elif _place_before_title(doc, title):
                posted.add(title.start)  # (the place names nobody: no mention of its own either)
                title = None
            elif _held_before(doc, title) and (said.country is None or earlier is not None):
                # an office held before does not beat the role the report gave the person before,
                # and a former office of an international body makes nobody its agent:
                # "Sytenko, a former deputy secretary-general of the United Nations" is the Soviet envoy
                title = None
            # "UN Ambassador John Bolton" is a state's ambassador to the UN, not a UN official: the
            # person is whatever the document's other mentions or the lexicon make them.
            elif said.country is None and not said.unknown and any(
                    w.lower_ in POSTED_TO for w in doc[title.start:title.end]):
                posted.add(title.start)
                title = None
        if title is not None:
            t = title.actor
            actor = Actor(code=t.code, name=span.text, sector=t.sector, country=t.country)
            if t.sector is None and known is not None and known.sector:
                # a state alone before a name the lexicon knows ("Saudi King Salman", the title
                # inside the name): the lexicon's office
                actor = Actor(code=known.code, name=span.text, sector=known.sector, country=known.country)
            _remember(people, span.text, actor)
        elif weak_title is not None:
            t = weak_title.actor
            actor = Actor(code=t.code, name=span.text, sector=t.sector, country=t.country)
            known = known_as(span) if span.start in titled_known else None
            if known is not None and known.country == t.country:
                actor = known  # "Saudi King Salman": the king the lexicon knows, not a Saudi
        elif party_tagged(text, span.end_char):
            # a legislator, unless a home title before the name says which office: "Gov. Mike Pence (R-IN)"
            actor = Actor.of(PARTY_TAG_COUNTRY, span.text, home_title.get(at) or "LEG")
            office_held = True
            _remember(people, span.text, actor)
        elif at in office:
            # only against the dates of persons.tsv: a misdated page or a term the table lacks
            known = person_actor(span.text, date, lex)
            if known is not None and known.country and known.sector == "ELI":
                actor = Actor.of(known.country, span.text, office[at])
                office_held = True
                _remember(people, span.text, actor)
        if actor is None and weak_title is None:
            actor = _of_state(root, weak, span.text, of_title.get(at))
            known = known_as(span) if actor is not None else None
            if known is not None and known.country == actor.country:
                actor = known  # the lexicon knows the office too ("King Abdullah II of Jordan")
            elif actor is None and span.start in titled_known:
                actor = known_as(span)
            if actor is not None:
                office_held = True
                _remember(people, span.text, actor)
        person = _Person(span.start, span.end, span.text, sent_of[span.start], actor,
                         title is not None or office_held)
        if actor is None:
            # (a person the lexicon knows keeps its actor and is no titled holder of the surname:
            # "Former President Bill Clinton ... whether Clinton faces prosecution" is Hillary)
            unknown = person_actor(span.text, date, lex) is None
            person.home_sector = home_title.get(at) or (
                _home_office(doc, at, titled_by) if unknown else None)
            person.office_sector = _title_phrase_sector(doc, at, title_ends)
        found.append(person)
    mentions: list[Mention] = []
    for c in composed:
        if c.start in posted:
            continue
        inside = [p.start for p in found if c.start <= p.start < c.end and not p.modifier]
        if inside:
            # The title ends where the person's name starts: keep them as two mentions.
            if min(inside) <= c.start:
                continue
            c.end = min(inside)
        person = next((p.name for p in found if p.titled and p.start == c.end), None)
        actor = c.actor
        if c.kind == "person" and c.hits[0].entry.kind == "person":
            actor = term_actor(c.hits[0].entry, date, actor.name)
        if c.start in moved_titles:
            actor, person = moved_titles[c.start]
        mentions.append(mention_of(doc, section, c.start, c.end, actor, c.kind, person))
    return mentions, found


PLACE_HIT_KINDS = frozenset({"country", "capital", "city"})


def _place_before_title(doc: Doc, title: Composed) -> bool:
    """Whether a title's first word is the place a preposition left without its object points to:
    "In Turkey Minister Ellwood met with the Syrian National Coalition" (re3d, a UK Foreign Office
    release) is parsed with "In" taking no object and "Turkey" as part of the title; the minister
    is the UK's, named so before, not Turkey's."""
    k = title.start - 1
    if k < 0 or not title.hits or title.hits[0].start != title.start:
        return False
    prep = doc[k]
    return (prep.dep_ == "prep" and prep.tag_ == "IN" and not any(c.dep_ == "pobj" for c in prep.children)
            and title.hits[0].entry.kind in PLACE_HIT_KINDS and title.end - title.start > 1)


def _title_end(doc: Doc, start: int) -> int:
    """Where a title right before the name starting at `start` ends: past whitespace tokens, as scraped
    pages write a no-break space between a title and a name ("Gov.\xa0Mike Pence"), which the
    tokenizer keeps as a token of its own; not past a line break (a headline's last word is no title of
    the name the next line starts with: "... sentenced to life in prison\nWarren Jeffs, leader of ...").
    -1 (no title) when the word before is a state institution (anaphors.tsv): a body names no person,
    so "told police LaCalamita loaded a shell" is the object of "told" and then a suspect, no officer
    (unless the tagger's name starts with a rank the body's title goes on with: "Troy police Sgt. Barry
    Whiteside")."""
    name = start
    while start > 0 and doc[start - 1].is_space and "\n" not in doc[start - 1].text:
        start -= 1
    if (start > 0 and generic_nouns().get(doc[start - 1].lower_) == "institution"
            and doc[name].lower_.rstrip(".") not in HONORIFICS):
        return -1
    return start


def _principal_sector(c: Composed, date: str | None) -> None:
    """Give an aide of a known person ("a spokesman for Mrs. Clinton", "Trump's campaign chairman")
    the sector the person holds on `date`, not the government's: `compose` has no date and gives an
    owner-less role of anybody's ("*") the GOV default. Only when the phrase names no body or office."""
    if c.kind != "title" or not c.actor.country:
        return
    aides = [h for h in c.hits if h.entry.kind == "agent"]
    principals = [h for h in c.hits if h.entry.kind == "person"]
    if (len(principals) != 1 or not aides or any(h.entry.sector != "*" for h in aides)
            or any(h.entry.kind == "body" for h in c.hits)):
        return
    held = term_actor(principals[0].entry, date)
    if held.country == c.actor.country and held.sector != c.actor.sector:
        c.actor = Actor.of(held.country, c.actor.name, held.sector)


def _appositives(root) -> list:
    """The appositives that describe a name. The parser hangs "A and B, the X," on A; a singular
    one right after B describes B ("Mr. Podesta and Todd Stern, the State Department's climate envoy,
    began negotiations": Stern is the envoy), a plural one ("Obama and Xi, the two leaders") both."""
    after_conjunct = {c.i for c in root.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNP")
                      and any(root.i < k.i < c.i for k in root.conjuncts)}
    own = [c for c in root.children if c.dep_ == "appos" and c.i not in after_conjunct]
    if root.dep_ == "conj":
        head = root.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        own += [c for c in head.children if c.dep_ == "appos" and c.i > root.i and c.tag_ in ("NN", "NNP")
                and not any(root.i < k.i < c.i for k in head.conjuncts)]
    return own


def _relative_attributes(root) -> list:
    """What a relative clause on a name says the person is, as an appositive would: "Lech Walesa, who
    was then the president of Poland" is Poland's president in what the sentence tells. The parser
    hangs a clause after the last of conjoined names on the first ("with President Havel and Lech
    Walesa, who was then ..."): it describes the name it follows."""
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    last = max([head.i, *(k.i for k in head.conjuncts)])
    # (the clause after the last name is that one's, one after an earlier name that name's)
    end = len(root.doc)
    after, before = (root.i, end) if head is not root else (-1, last if last != root.i else end)
    return [a for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be" and after < c.i < before
            and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)
            for a in c.children if a.dep_ == "attr"]


def _kin_named(root) -> str | None:
    """The name of the relative a person is named by ("Clinton's husband, Bill" -> "Clinton"), else
    None: the person is in apposition to a family noun (`home.kin_nouns`) with a possessor."""
    head = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
    if head is None or head.lemma_.lower() not in kin_nouns():
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    return owner.text


def _former(doc: Doc, h: Hit) -> bool:
    """True for an office title written as held before: "former Sen.", "ex-Surgeon General"."""
    return any(t.lower_.rstrip("-") in FORMER for t in doc[max(0, h.start - 2):h.start])


def _held_before(doc: Doc, title: Composed) -> bool:
    """True for a title phrase written as an office held before: "a former deputy secretary-general
    of the United Nations", "then-Secretary of State": a word of `PAST` before or in it, or on its head."""
    return (any(t.lower_.rstrip("-") in PAST for t in doc[max(0, title.start - 2):title.end])
            or any(c.lower_ in PAST for c in title.root.children))


def _home_office(doc: Doc, start: int, titled_by: dict[int, str]) -> str | None:
    """The sector of a countryless office title before a name that holds no home title: "Supreme
    Court Justice Sonia Sotomayor" is an official of the document's home (`_home_titled`), as "Rep. X"
    is; "former Surgeon General David Satcher" its ex-official (ELI). Only offices of HOME_OFFICE_SECTORS:
    a bare "President X" or "Minister X" is often a foreign one. Up to `TITLE_GAP` capitalised title words
    may stand between the office and the name ("Supreme Court" + "Justice")."""
    sector = _title_sector(doc, start, titled_by)
    return sector if sector in HOME_OFFICE_SECTORS else None


def _title_phrase_sector(doc: Doc, at: int, title_ends: dict[int, Hit]) -> str | None:
    """The sector the countryless title phrase ending at `at` gives the name after it, for a report
    about one country (`find_mentions`): "opposition" makes an opposition figure ("opposition Labour
    Party leader Jeremy Corbyn": OPP), else a body in the phrase its sector ("Labour Party leader":
    PTY), else a capitalised office its own ("Environment Minister Robert Hill": GOV; not
    "immigration leader Maria Espinoza", a role written in lower case); None without a title."""
    found: list[Hit] = []
    while at in title_ends and len(found) < TITLE_HITS:
        found.append(title_ends[at])
        at = title_ends[at].start
    sectors = [h.entry.sector for h in found]
    if "OPP" in sectors or any(opposition_role(doc, h) for h in found):
        return "OPP"  # (also "opposition leader Raila Odinga": a role PLOVER files under CVL, OPP)
    body = next((h.entry.sector for h in found if h.entry.kind == "body"), None)
    if body is not None:
        return body
    last = found[0] if found else None
    return last.entry.sector if last is not None and doc[last.end - 1].text[:1].isupper() else None


def _title_sector(doc: Doc, start: int, titled_by: dict[int, str]) -> str | None:
    """The sector of the countryless title before a name (`titled_by`: agent hits by end), across up
    to `TITLE_GAP` capitalised title words ("Supreme Court" + "Justice"), else None."""
    for k in range(start, max(0, start - TITLE_GAP) - 1, -1):
        if k in titled_by:
            return titled_by[k]
        prev = doc[k - 1] if k > 0 else None
        if prev is None or not (prev.is_alpha and prev.is_title):
            return None
    return None


def _of_state(root, table: dict[int, Composed], name: str, sector: str | None) -> Actor | None:
    """The state a person's name is followed by: "King Abdullah II of Jordan", "Sheikh Tamim of
    Qatar" are that state's (in its office before the name, if any), whatever the report's home."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            c = table.get(obj.i) if obj.dep_ == "pobj" else None
            if c is not None and c.kind == "name" and c.actor.country:
                return Actor.of(c.actor.country, name, sector)
    return None


def _dummy_it(tok) -> bool:
    """True for "it" that refers to nothing: "it is hard to verify", "it seems clear that"."""
    head = tok.head
    if any(c.dep_ == "acomp" and c.lemma_.lower() in WILLING_ADJECTIVES for c in head.children):
        return False  # "it is willing to withdraw": only an actor is willing
    return tok.lower_ == "it" and head.lemma_ in ("be", "seem", "appear") and any(
        c.dep_ in ("acomp", "xcomp", "ccomp") for c in head.children)


OPENING_QUOTES = frozenset({"“", "``"})
CLOSING_QUOTES = frozenset({"”", "''"})


def _quoted(doc: Doc) -> list[bool]:
    """Token index -> inside a direct quote (quotes pair within a paragraph); built once per Doc (the
    pronouns and the statement voice both ask, neither writes to it) and kept in `doc.user_data`."""
    cached = doc.user_data.get(QUOTED)
    if cached is None:
        cached = doc.user_data[QUOTED] = _quoted_tokens(doc)
    return cached


def _quoted_tokens(doc: Doc) -> list[bool]:
    """Token index -> inside a direct quote, walked token by token (see `_quoted`)."""
    out = [False] * len(doc)
    inside = False
    for tok in doc:
        if "\n" in tok.text_with_ws:
            out[tok.i] = inside
            inside = False  # a paragraph ends: a quote left open continues only by convention
            continue
        text = tok.text
        if text in OPENING_QUOTES or (text == '"' and not inside):
            inside = True
        elif text in CLOSING_QUOTES or text == '"':
            inside = False
        else:
            out[tok.i] = inside
    return out


def _quote_speakers(doc: Doc, i: int, in_quote: list[bool], persons: list[_Person]) -> set[str]:
    """Surnames of the persons who speak the quote holding token `i`: the subjects outside the quote
    in the sentence where it ends ('..., " Stirling said') or starts ('Stirling said: "...')."""
    end = i
    while end < len(doc) and (in_quote[end] or doc[end].is_quote or doc[end].is_punct) and (
            "\n" not in doc[end].text_with_ws):
        end += 1
    start = i
    while start > 0 and (in_quote[start - 1] or doc[start - 1].is_quote) and (
            "\n" not in doc[start - 1].text_with_ws):
        start -= 1
    around = range(_line_bound(doc, start, doc[start].sent.start, -1), start) if start > 0 else range(0)
    after = range(end, _line_bound(doc, end, doc[end].sent.end, 1)) if end < len(doc) else range(0)
    return {surname(p.name) for p in persons if (p.start in around or p.start in after)
            and not in_quote[p.start] and _subject_root(doc[p.start:p.end].root).dep_ in SUBJECT_DEPS}


def _line_bound(doc: Doc, i: int, limit: int, step: int) -> int:
    """From token `i` towards `limit` (a sentence bound), where the paragraph ends first: a speaker
    is named in the quote's own paragraph."""
    k = i
    while k != limit:
        nxt = k + step
        if step > 0 and "\n" in doc[k].text_with_ws:
            return k + 1
        if step < 0 and "\n" in doc[nxt].text_with_ws:
            return k
        k = nxt
    return limit


def _bound_to_noun(tok) -> bool:
    """"an American Muslim and his Pakistani wife": "his" is the person the conjoined common noun
    describes, not the last person named (no name to give it)."""
    head = tok.head
    noun = head.head
    return (tok.dep_ == "poss" and head.dep_ == "conj" and noun.i < tok.i and noun.pos_ in ("NOUN", "PROPN")
            and noun.ent_type_ != "PERSON")


def _subject_root(root):
    """The subject a person's name stands for: the name itself, or the noun it is in apposition to
    ("the object of Trump's admiration, Vladimir Putin, has utilized his invasions": Putin is the
    subject, not Trump)."""
    return root.head if root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS else root


def _passive_agent(root) -> bool:
    """True for the doer a passive names with "by" ("This was stated by spokesman X"): the clause's
    logical subject, the antecedent of a "He added" after it as a subject would be."""
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _acts_as_subject(root, agent: bool = False) -> bool:
    """True for a name that is its clause's subject, in apposition to it, or (`agent`) its passive
    agent."""
    return _subject_root(root).dep_ in SUBJECT_DEPS or (agent and _passive_agent(root))


def _main_subject(root, agent: bool = False) -> bool:
    """True for the subject (or, with `agent`, the passive agent) of a sentence's main verb (or of a
    verb conjoined with it)."""
    if agent and _passive_agent(root):
        verb = root.head.head
    else:
        root = _subject_root(root)
        if root.dep_ not in SUBJECT_DEPS:
            return False
        verb = root.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _pronouns(doc: Doc, section: str, mentions: list[Mention], persons: list[_Person],
              genders: dict[str, str] | None = None) -> list[Mention]:
    """Mentions for third-person pronouns (see the module docstring for the heuristic); `genders`
    maps a lowercased surname to the gender the document marks for it (`gender.surname_genders`)."""
    out: list[Mention] = []
    genders = dict(genders or {})  # grows as pronouns resolve: "Clinton ... She said ... he" is not Clinton
    own = {id(p): name_gender(doc, p.start, p.end, p.actor.name if p.actor else None) for p in persons}

    def gender_of(p: _Person) -> str | None:
        return own[id(p)] or genders.get(surname(p.name).lower())

    sent_of = _sentence_numbers(doc)
    by_start = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            by_start[span.start] = (m, span)
    # "it/its" may also refer to a singular titled body ("Iran's Air Force ... its neighbours"),
    # "they/their" to a plural group ("Iranian officials ... their").
    # ("Republicans", "the Houthis": a body named in the plural is "they", not "it")
    # ("The army said its forces killed ...": a singular description repeats such a body)
    singular = sorted(((span, m) for m, span in by_start.values() if (
        m.kind in STATE_KINDS and span.root.tag_ not in ("NNS", "NNPS")) or (
        m.kind in ("title", "description") and span.root.tag_ in ("NN", "NNP"))), key=lambda x: x[0].start)
    # A lone state is "it", not "they" ("The US claimed that they had attacked Iraq"); states joined
    # by "and" ("Moscow and Tehran ... their") and organisations ("ISIL ... they") are "they".
    plural = sorted(((span, m) for m, span in by_start.values() if m.kind == "organisation" or (
        m.kind in STATE_KINDS and (span.root.dep_ == "conj" or any(
            c.dep_ == "conj" for c in span.root.children))) or (
        m.kind in ("title", "agent") and (span.root.tag_ in ("NNS", "NNPS") or _collective(span.root))) or (
        # "the militants invaded Warwara ..., slaughtering their victims"
        m.kind == "description" and span.root.tag_ in ("NNS", "NNPS"))),
        key=lambda x: x[0].start)
    in_quote = _quoted(doc)
    roots: dict[int, int] | None = None  # id of a person -> its head word, found at the first pronoun
    for tok in doc:
        low = tok.lower_
        if tok.tag_ not in ("PRP", "PRP$"):
            continue
        if low in PERSON_PRONOUNS:
            if _bound_to_noun(tok) or (tok.text[0].isupper() and tok.i > 0 and doc[tok.i - 1].is_lower):
                continue  # "ask for His forgiveness": a capital after a lowercase word is reverence for God
            here = sent_of[tok.i]
            # In '"Putin will decide," he said' the speaker is not the person inside the quote.
            quoted: set[int] = set()
            if tok.dep_ == "nsubj":
                verb = tok.head
                # '"Putin will decide," he said' parsed inverted: a quote or comma ends the clause
                # before the pronoun ("Obama said he would not ..." is not inverted)
                if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < tok.i and any(
                        t.is_quote or t.text == "," for t in doc[verb.head.i:tok.i]):
                    inner = {t.i for t in verb.subtree}
                    quoted.update(t.i for t in verb.head.subtree if t.i not in inner)
                for c in verb.children:
                    if c.dep_ in ("ccomp", "parataxis"):
                        quoted.update(t.i for t in c.subtree)
            bound = _co_arguments(tok)
            # (nor that person named before: "Trump met Putin. Trump praised him")
            if roots is None:
                roots = {id(p): doc[p.start:p.end].root.i for p in persons}
            bound_names = {surname(p.name) for p in persons if roots[id(p)] in bound}
            cands = [p for p in persons if p.start < tok.i and here - p.sent <= PERSON_WINDOW
                     and p.start not in quoted and fits(low, gender_of(p))
                     and surname(p.name) not in bound_names]
            doers = _reflexive_doers(tok)
            if doers:
                # an object reflexive is its verb's named subject, or nobody named: "said one bomber
                # blew herself up inside the mosque" (CASE 2021) is not the speaker
                cands = [p for p in cands if doc[p.start:p.end].root.i in doers]
            # the surnames this pronoun could mean: its gender is learnt only when it is one of them
            possible = {surname(p.name) for p in cands}
            if not in_quote[tok.i]:
                # '"If Donald Trump becomes president ...," he said': the speaker is not a person
                # named inside the quote before the pronoun
                cands = [p for p in cands if not in_quote[p.start]] or cands
            else:
                # and a "he" inside a quote is not its speaker, who would say "I": '"He is a killer.
                # He murdered Deputy Sheriff Jerry Ortiz," Stirling said' is Orozco
                speakers = _quote_speakers(doc, tok.i, in_quote, persons)
                cands = [p for p in cands if surname(p.name) not in speakers]
            # A pronoun inside a clause of its sentence looks first in that sentence ("... an
            # indication that Assad's 'war' on ISIL is a sham and that he supports them", after
            # "Philip Hammond said:" sentences before); the main clause's subject looks back further.
            if tok.dep_ in SUBJECT_DEPS and not _main_subject(tok):
                cands = [p for p in cands if p.sent == here] or cands
            # Prefer a person who is a subject (the usual antecedent of "he said") over one named
            # in passing ("Putin's envoy").
            # (a passive's "by" agent only for a pronoun in a later sentence: "This was stated by
            # spokesman X. He added"; "confirmed by Mills after Nebenzia said he" is Nebenzia)
            subjects = [p for p in cands if _acts_as_subject(doc[p.start:p.end].root, p.sent < here)]
            cands = subjects or cands
            # and, in the latest sentence with one, the subject of the main clause over a subject
            # inside it ("McConnell said it was wrong for Ginsburg to criticize Trump. He said ...")
            main = [p for p in cands if p.sent == cands[-1].sent
                    and _main_subject(doc[p.start:p.end].root, p.sent < here)]
            cands = main or cands
            if cands and cands[-1].actor is not None:
                p = cands[-1]
                # A pronoun that had several people to choose from proves no gender ("backed
                # Hillary Clinton since her 2008 bid" after "said Don Fowler" must not make Fowler a
                # woman for the rest of the article): only an unambiguous one marks the surname.
                if gender_of(p) is None and low in PRONOUN_GENDER and len(possible) == 1:
                    genders[surname(p.name).lower()] = PRONOUN_GENDER[low]
                out.append(mention_of(doc, section, tok.i, tok.i + 1, p.actor, "pronoun", p.actor.name))
        elif low in THING_PRONOUNS and tok.dep_ != "expl" and not _dummy_it(tok):
            states = singular if low in ("it", "its", "itself") else plural
            here = sent_of[tok.i]
            before = [(s, m) for s, m in states if s.end <= tok.i and sent_of[s.start] == here
                      and not (tok.head.i >= s.start and tok.head.i < s.end)]
            subj = [(s, m) for s, m in before if s.root.dep_ in SUBJECT_DEPS]
            # (a singular institution is "they" only in the pronoun's own sentence: "Sources reported that
            # the Syrian army has dispatched hundreds of forces ... They noted" are the sources)
            # (a singular description only in its own sentence: "SANA reported that the UN diplomat and
            # the minister exchanged views. It added" is SANA)
            prev = [(s, m) for s, m in states if sent_of[s.start] == here - 1 and s.root.dep_ in SUBJECT_DEPS
                    and not (states is plural and _singular_body(s, m))
                    and not (states is singular and m.kind == "description")]
            doers = _reflexive_doers(tok)
            if doers:
                # a reflexive is its own clause's named subject or nobody named: "Pakistan's military
                # says suicide bombers blew themselves up" (CASE 2021) are the bombers, no mention
                before = [(s, m) for s, m in before if s.root.i in doers]
                subj = [(s, m) for s, m in subj if s.root.i in doers]
                prev = []
            bound = _co_arguments(tok)
            before = [(s, m) for s, m in before if s.root.i not in bound]
            subj = [(s, m) for s, m in subj if s.root.i not in bound]
            if states is plural:
                # a singular institution or a description has no subject's pull over a plural named after
                # it ("the Bankruptcy Court ... was viewed as favorable to corporations looking to cut
                # their debts"; "the security forces ... recaptured the areas ... after clashes with the IS
                # militants, leaving at least 17 militants killed and destroying three of their vehicles")
                subj = [(s, m) for s, m in subj if not _singular_body(s, m) and m.kind != "description"]
            pick = _reason_patient(tok, before) or (subj or before or prev or [None])[-1]
            # (a pick from the pronoun's own sentence keeps the subject's pull: "nationals, for assets
            # they lost when Idi Amin expelled them"), but a singular institution none: "to prove that
            # the rigs and their drivers posed no undue safety threat" are the rigs' drivers
            if (pick is not None and ((low == "them" and sent_of[pick[0].start] != here)
                                      or (states is plural and _singular_body(*pick)))
                    and _nearer_plural(doc, pick[0].end, tok.i, by_start)):
                pick = None
            if pick is None and low == "it" and tok.dep_ == "nsubj":
                pick = _group_named_before(tok, by_start)
            if pick is not None:
                m = pick[1]
                out.append(mention_of(doc, section, tok.i, tok.i + 1, m.actor, "pronoun"))
    return out


OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
# prepositions that give the reason an act is done to someone ("sanctioned Russia over its
# cyberattack", "thanked the United States for its support")
REASON_PREPS = frozenset({"over", "for"})
# ... and those that name whom a noun of the act is done to ("imposed sanctions on Moscow")
PATIENT_PREPS = frozenset({"on", "against"})


def _reason_patient(tok, before: list[tuple[Span, Mention]]) -> tuple[Span, Mention] | None:
    """The named party a possessive in a reason phrase refers to: the one the act is done to, not its
    doer ("Washington imposed sanctions on Moscow over its SolarWinds cyberattack" is Moscow's
    cyberattack; "Turkey criticised Sweden over its failure to extradite"). None elsewhere."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in REASON_PREPS:
        return None
    verb = noun.head.head
    heads = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]
    patients = {c.i for h in heads for c in h.children if c.dep_ in OBJECT_DEPS and h is verb}
    patients |= {g.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PATIENT_PREPS
                 for g in c.children if g.dep_ == "pobj"}
    return next((x for x in reversed(before) if x[0].root.i in patients), None)


SIDE_KINDS = frozenset({"demonym", "name", "metonym"})  # mentions that name a state


def _sided_relations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop a possessive pronoun on a relation noun (data/relations.tsv) that names its own side with
    a state modifier: "Xi ... his American counterpart" is the American, not Xi ("their Russian
    partners" are Russians). The events stage reads a possessor before an adjective and would give the
    relation the possessor's country. A same-role noun ("counterpart") holds the possessor's office:
    its state modifier takes the possessor's sector (USAGOV for Xi's American counterpart)."""
    relations = relation_nouns()
    dropped: set[int] = set()
    for k, m in enumerate(mentions):
        if m.kind != "pronoun" or (tok := _token_at(doc, m.start)) is None:
            continue
        head = tok.head
        if tok.dep_ != "poss" or norm(head.text) not in relations:
            continue
        side = next((j for c in head.children if c.dep_ in ("amod", "compound")
                     for j, s in enumerate(mentions)
                     if s.kind in SIDE_KINDS and s.start <= c.idx < s.end), None)
        if side is None:
            continue
        dropped.add(k)
        s = mentions[side]
        if norm(head.text) in same_role_nouns() and s.actor.country and m.actor.sector and not s.actor.sector:
            mentions[side] = replace(s, actor=Actor.of(s.actor.country, s.actor.name, m.actor.sector))
            _holder_office(doc, head, mentions, mentions[side].actor)
    return [m for k, m in enumerate(mentions) if k not in dropped] if dropped else mentions


def _holder_office(doc: Doc, head, mentions: list[Mention], office: Actor) -> None:
    """Give the person named right after a same-role noun ("his Japanese counterpart, Takeshi Iwaya",
    "his Russian counterpart Sergey Lavrov") the counterpart's office, here and wherever the section
    names them again with only their state ("Cho and Iwaya have agreed"): JPNGOV, not JPN. The office
    the text gives also outranks the lexicon's elite or former one ("met his Chinese counterpart Li
    Keqiang" in an undated report: CHNGOV, not the ex-premier's CHNELI)."""
    at = head.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc):
        return
    named = next((m for m in mentions if m.kind == "person" and m.start == doc[at].idx), None)
    if named is None or named.person is None or named.actor.sector not in (None, "ELI") or (
            named.actor.country != office.country):
        return
    old = named.actor
    for j, n in enumerate(mentions):
        if n.person == named.person and n.actor == old:
            mentions[j] = replace(n, actor=Actor.of(office.country, old.name, office.sector))


def _token_at(doc: Doc, char: int):
    """The token starting at (or covering) a character offset, if any."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return doc[span.start] if span is not None else None


def _co_arguments(tok) -> set[int]:
    """Tokens an object pronoun cannot refer to: the subjects of its own verb and of the verbs that
    verb completes, with their conjuncts ("Russia and the Regime are blocking them", "people began
    using them", "Trump attacked him": an object is not its own clause's subject, which would be
    "themselves", "himself")."""
    if tok.dep_ not in OBJECT_DEPS or tok.lower_.endswith(("self", "selves")):
        return set()  # ("Greece has surrendered itself": a reflexive is its subject)
    out: set[int] = set()
    verb, steps = tok.head, 0
    while steps < 4:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        for c in subjects:
            out.add(c.i)
            out.update(k.i for k in c.conjuncts)
        # "people began using them"; "Ryan calls Trump line 'racist,' but backs him" (a conjoined
        # verb shares its subject)
        if not (verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not subjects)) or verb.head.i == verb.i:
            break
        verb, steps = verb.head, steps + 1
    return out


def _singular_body(span: Span, m: Mention) -> bool:
    """A plural pronoun's candidate that is a singular institution (`_collective`), not a plural."""
    return m.kind in ("title", "agent") and _collective(span.root)


def _reflexive_doers(tok) -> set[int]:
    """The nouns an object reflexive ("blew themselves up", "blew herself up") must refer to: the
    subjects of its verb. Empty when it is no object reflexive, or its verb has no subject or only a
    pronoun one ("he portrayed himself", "offering himself up"), where the usual search applies."""
    if not tok.lower_.endswith(("self", "selves")) or tok.dep_ not in OBJECT_DEPS:
        return set()
    subjects = [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.tag_ in ("PRP", "WDT", "WP") or generic_nouns().get(c.lower_) == "person"
                           for c in subjects):
        # ("which until recently had publicly aligned itself with Al Qaeda"; "the leading GOP candidate
        # has surprisingly earned himself a few fans": a role, whose holder the usual search finds)
        return set()
    # (with their appositions: "the court's chief judge, Merrick Garland, has recused himself")
    return {t.i for c in subjects for t in c.subtree}


def _collective(root) -> bool:
    """Whether a singular noun names a state institution ("the Iraqi Army", "the government", "the
    Clinton administration", data/anaphors.tsv institutions), which news, British news above all,
    calls "they": "125 soldiers to assist in Counter-IED training for the Iraqi Army helping them"
    helps the army, not the soldiers. (Not "group": "one group ... has run ads reminding Republicans
    that their leaders" are the Republicans'.)"""
    return root.tag_ in ("NN", "NNP") and generic_nouns().get(root.lower_) == "institution"


def _nearer_plural(doc: Doc, start: int, end: int, by_start: dict[int, tuple[Mention, Span]]) -> bool:
    """Whether a plural common noun that names no actor stands between an antecedent (ending at
    token `start`) and an object "them" at `end`: "those thieves ... generating strong passwords for
    each of your accounts, and automatically entering them" enters the passwords."""
    covered = {t.i for _, span in by_start.values() for t in span}
    return any(t.tag_ == "NNS" and t.pos_ == "NOUN" and t.i not in covered and t.dep_ in NOMINAL_DEPS
               for t in doc[start:end])


def _thingless_subject(sent: Span) -> bool:
    """Whether a sentence's main subject cannot be "it": a person, a plural or conjoined phrase, a
    personal pronoun ("Trump and other Republicans pointed at ...")."""
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    return (subject.ent_type_ == "PERSON" or subject.tag_ in ("NNS", "NNPS")
            or any(c.dep_ == "conj" for c in subject.children)
            or subject.lower_ in ("he", "she", "they", "we", "i", "you"))


def _group_named_before(tok, by_start: dict[int, tuple[Mention, Span]]) -> tuple[Span, Mention] | None:
    """The group a sentence-initial subject "it" continues when the previous sentence names it last
    but not as its subject: "Trump and other Republicans pointed at ... President Obama's failure to
    counter Islamic State militants. It has seized large parts of Iraqi and Syrian territory".

    Only a group with a proper name and no country (an organisation: "Islamic State", "Hezbollah",
    "NATO"), only when that sentence's subject cannot be "it" (`_thingless_subject`), and only when
    no singular common noun follows the name in that sentence (which "it" would more likely be:
    "... near the UN office. It exploded")."""
    doc = tok.doc
    if tok.i != tok.sent.start or tok.sent.start == 0:
        return None
    prev = doc[tok.sent.start - 1].sent
    if not _thingless_subject(prev):
        return None
    last = None
    for start in range(prev.start, prev.end):
        found = by_start.get(start)
        if found is not None:
            m, span = found
            if m.kind != "pronoun" and m.actor.code:
                last = (m, span)
    if last is None:
        return None
    m, span = last
    if m.kind not in ("organisation", "title") or m.actor.country or m.actor.unknown or not (
            span[0].text[:1].isupper() and any(t.pos_ == "PROPN" for t in span)):
        return None
    if any(t.tag_ == "NN" and t.dep_ in NOMINAL_DEPS for t in doc[span.end:prev.end]):
        return None
    return span, m


def _place_country(root, by_token: dict[int, Mention], lex: Lexicon | None = None) -> str | None:
    """The country of a place in an agent noun's own phrase ("demonstrators in Baghdad", "pirates from
    Somalia", "insurgents in Mosul")."""
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ORIGIN_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (country := _place_of(pobj, by_token, lex)):
                    return country
            if prep.lower_ == "from" and (country := _nested_place(prep, by_token, lex)):
                return country
    return None


def _nested_place(prep, by_token: dict[int, Mention], lex: Lexicon | None, depth: int = 4) -> str | None:
    """The country of the place a "from" phrase reaches through further prepositions ("fighters from
    over the frontier in Afghanistan"), the first found going down, None when it names none."""
    for child in prep.children:
        if child.dep_ not in ("prep", "pobj"):
            continue
        if child.dep_ == "pobj" and (country := _place_of(child, by_token, lex)):
            return country
        if depth > 1 and (country := _nested_place(child, by_token, lex, depth - 1)):
            return country
    return None


def _place_of(pobj, by_token: dict[int, Mention], lex: Lexicon | None) -> str | None:
    """The country of a place a preposition's object names: a state's or capital's mention, else a city
    the lexicon knows (cities name no actor, so they have no mention), unless a comma puts it in
    another place ("San Jose, Calif.": a capital with no mention was dropped as such a namesake)."""
    m = by_token.get(pobj.i)
    if m is None and pobj.pos_ in ("NOUN", "PROPN"):
        # a state's name before a common noun of place: "police in the Comoros archipelago"
        m = next((by_token[c.i] for c in pobj.children if c.dep_ == "compound" and c.i in by_token), None)
    if m is not None:
        # (also a description of a state: "Five major political parties in the country")
        placed = m.kind in PLACE_KINDS or (m.kind == "description" and m.actor.sector is None)
        return m.actor.country if placed else None
    doc = pobj.doc
    if pobj.i + 2 < len(doc) and doc[pobj.i + 1].text == "," and doc[pobj.i + 2].text[:1].isupper():
        return None
    words = [c for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i]
    entry = lex.phrases.get(norm(doc[(words or [pobj])[0].i:pobj.i + 1].text)) if lex else None
    if entry is not None and entry.kind in ("city", "capital") and pobj.pos_ == "PROPN":
        return entry.country
    return None


def _clause_place(root, by_token: dict[int, Mention], lex: Lexicon | None) -> str | None:
    """The country of the place where the agent's own clause happens: "youths threw stones at soldiers
    in Hebron" are Hebron's people, not the soldiers'; "killed 20 civilians in Anbar" are Iraq's (a
    city the lexicon knows counts here); "killed by insurgents in Mosul" are Iraq's, not the
    victim's state's."""
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head  # the passive's agent: "Sgt. X was killed by insurgents in Mosul"
    elif root.dep_ not in SUBJECT_DEPS and root.dep_ != "dobj":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and (by_token.get(pobj.i) is not None or _place_of(pobj, by_token, lex)):
                return _place_of(pobj, by_token, lex)
    return None


def _where_clause_place(root, by_token: dict[int, Mention]) -> str | None:
    """The country of the place a "where" clause holding the agent hangs on: "visit the Kurdistan
    Region, where he will meet with regional government officials" are that region's officials."""
    tok, steps = root, 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 4:
        tok, steps = tok.head, steps + 1
    where = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    if tok.dep_ != "relcl" or where is None:
        return None
    # the place is the latest one before "where" ("the Region on November 23, where"): the parser
    # often hangs the clause on a date
    for k in range(where.i - 1, max(where.sent.start, where.i - 8) - 1, -1):
        m = by_token.get(k)
        if m is not None and m.actor.country and m.kind not in ("person", "pronoun", "agent", "description"):
            return m.actor.country
    return None


def _sponsored(doc: Doc, start: int) -> bool:
    """True for an agent noun after "X-backed" or "X-led" ("Russian-backed separatists")."""
    k = start - 1
    while k >= 0 and doc[k].dep_ in ("amod", "compound") and doc[k].lower_ not in SPONSOR_WORDS:
        k -= 1  # "Iran-backed Shiite militias"
    return k >= 1 and doc[k].lower_ in SPONSOR_WORDS | {"led"} and doc[k - 1].text == "-"


@lru_cache(maxsize=1)
def force_sides() -> dict[str, str]:
    """Words that put an armed noun on the state's side -> "state" or "ally" (data/force_sides.tsv)."""
    return {norm(word): side for _, (word, side) in read_rows("force_sides.tsv", 2, DATA)}


def _modifier_words(span: Span) -> list[str]:
    """The lowercased words of an agent phrase and of the modifiers before its head, hyphenated
    compounds joined back ("pro-government", which the tokenizer splits in three)."""
    root = span.root
    first = min([span.start] + [t.i for t in root.lefts if t.dep_ in ("amod", "compound", "nmod", "punct")])
    words: list[str] = []
    for t in root.doc[first:span.end]:
        if words and (t.text == "-" or words[-1].endswith("-")):
            words[-1] += t.lower_
        else:
            words.append(t.lower_)
    return words


def _force_side(span: Span) -> str | None:
    """Which side a countryless armed noun is on by its own words: "state" for the state's forces
    ("Regime forces bombed Idlib", "government troops"), "ally" for militias on its side
    ("pro-government militias"); None when the words say neither."""
    sides = force_sides()
    found = [sides[w] for w in _modifier_words(span) if w in sides]
    return ("ally" if "ally" in found else "state") if found else None


@lru_cache(maxsize=1)
def sponsor_sides() -> dict[tuple[str, str], str]:
    """(backer, scene) -> "ally" / "rebel": the side a state's backing puts a group on (data/sponsors.tsv)."""
    return {(backer, scene): side for _, (backer, scene, side) in read_rows("sponsors.tsv", 3, DATA)}


def _sponsor_country(doc: Doc, start: int, lex: Lexicon | None) -> str | None:
    """The state named before "-backed" / "-led" in front of an agent noun ("Ankara-backed militants",
    "Turkey-backed militants", "Iranian-backed militias"), if the lexicon knows it."""
    k = start - 1
    while k >= 0 and doc[k].dep_ in ("amod", "compound") and doc[k].lower_ not in SPONSOR_WORDS:
        k -= 1
    if lex is None or k < 2 or doc[k - 1].text != "-":
        return None
    entry = lex.phrases.get(norm(doc[k - 2].text))
    return entry.country if entry is not None and entry.kind != "agent" else None


def _loyal_to(root, by_token: dict[int, Mention]) -> Actor | None:
    """The actor an armed noun is "loyal to" ("Fighters loyal to Khalifa Haftar", "forces loyal to
    President Bashar al-Assad"), if a mention names it."""
    for adj in root.rights:
        if adj.dep_ == "amod" and adj.lower_ == "loyal":
            for prep in adj.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    m = by_token.get(obj.i) if obj is not None else None
                    if m is not None and not m.actor.unknown:
                        return m.actor
    return None


REBEL_SECTORS = frozenset({"REB", "INS"})
# The sector of fighters loyal to a leader of that sector: a government's are its paramilitaries
# (PLOVER PRM), an opposition's or ousted leader's rebels, a rebel's or commander's their own.
LOYAL_SECTORS = {"GOV": "PRM", "OPP": "REB", "ELI": "REB", "PTY": "REB", "REB": "REB", "INS": "REB",
                 "MIL": "MIL", "PRM": "PRM"}


def _sided_actor(doc: Doc, span: Span, m: Mention, by_token: dict[int, Mention], lex: Lexicon | None,
                 scene: str | None, rebels: str | None = None, alone: frozenset[str] = frozenset()
                 ) -> Actor | None:
    """The actor of a countryless armed noun its own words place on a side (None when they do not):

    - "loyal to" a leader: the leader's state, in `LOYAL_SECTORS` ("Fighters loyal to Khalifa Haftar");
    - "X-backed" / "backed by X" militants are of the state where the fighting is (`scene`), not
      X's, on the side data/sponsors.tsv says X backs there: "Ankara-backed militants" in a report on
      northern Syria are SYRREB, "Iran-backed fighters" there SYRPRM. Not when the scene is the
      backer's own state or unknown;
    - the state's own forces ("regime forces", "government troops") and its militias
      ("pro-government militias", PRM): the state where the fighting is, the sentence's place first,
      else the one state whose rebels the section names (`rebels`: they fight their own government).
    """
    sector = m.actor.sector
    if any(c.dep_ == "poss" for c in span.root.children):
        return None  # "the country's security forces": the possessor says whose
    leader = _loyal_to(span.root, by_token)
    if leader is not None:
        side = LOYAL_SECTORS.get(leader.sector or "", "PRM")
        side = sector if sector == "MIL" and side == "PRM" else side
        return Actor.of(leader.country, m.actor.name, side, leader.code[:3] if not leader.country else None)
    force = _force_side(span)
    named = _sentence_states(span, by_token)
    places = _sentence_states(span, by_token, PLACE_KINDS)
    place = (_place_country(span.root, by_token, lex) or _clause_place(span.root, by_token, lex)
             or _one(places) or _one(named))
    if force is None and (_sponsored(doc, span.start) or _sponsored_by(span.root)):
        sponsor = _sponsor_country(doc, span.start, lex)
        where = place if place and place != sponsor else scene
        if sponsor is None or where is None or where == sponsor:
            return None
        side = sponsor_sides().get((sponsor, where))
        if side == "rebel":
            sector = "REB"  # "Turkey-backed forces launch assault in Idlib": Syria's armed opposition
        elif side == "ally" and sector != "MIL":
            sector = "PRM"
        return Actor.of(where, m.actor.name, sector)
    if force is None:
        return None
    # (a sentence naming two states leaves them unplaced; else the section's rebels, else the document's
    # scene if it is the one state the section names: "security forces began arresting" in a New York
    # Times story on Ethiopia that names the US more often is no US force)
    where = place or (None if named else rebels or (scene if scene and alone <= {scene} else None))
    if where is None:
        return None
    return Actor.of(where, m.actor.name, "PRM" if force == "ally" or sector == "UAF" else sector)


OBJECT_PREPS = ORIGIN_PREPS | {"of"}  # "the town of Bunagana", "two towns in eastern Congo"


@lru_cache(maxsize=1)
def seizing_verbs() -> frozenset[str]:
    """Lemmas of verbs by which an armed group takes or strikes a place (seizing_verbs.tsv)."""
    return frozenset(norm(verb) for _, (verb,) in read_rows("seizing_verbs.tsv", 1, DATA))


def _seized_place(root, by_token: dict[int, Mention], lex: Lexicon | None) -> str | None:
    """The country of the place an armed group's own verb seizes: "the rebels who seized Goma", "Rebels
    captured the town of Bunagana in Congo" take a town in its own state. The verb is the group's relative
    clause or the verb it is the subject of; its object is the place ("Goma", "the town of X", "two towns
    in eastern Congo")."""
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    for verb in verbs:
        if verb.lemma_.lower() not in seizing_verbs():
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            places = [obj] + [p for prep in obj.children if prep.dep_ == "prep"
                              and prep.lower_ in OBJECT_PREPS for p in prep.children if p.dep_ == "pobj"]
            for place in places:
                if (country := _place_of(place, by_token, lex)) is not None:
                    return country
    return None


# Lemmas of verbs by which a state sides with an armed group abroad: "Uganda has denied backing the
# rebels" names the rebels' backer, not their state (their state is the scene's, `_locate_agents`)
BACKING_VERBS = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "equip", "harbour",
                           "harbor", "aid"})


def _backer(root, by_token: dict[int, Mention]) -> str | None:
    """The state that backs an armed group in the group's own sentence: the subject of the backing
    verb the group is the object of ("Rwanda has repeatedly denied backing the rebels"), looked for
    up to two verbs up ("denied backing")."""
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in BACKING_VERBS:
        return None
    verb = root.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            m = by_token.get(subject.i)
            return m.actor.country if m is not None and m.kind not in ("agent", "pronoun") else None
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


PARTY_SECTORS = frozenset({"GOV", "MIL"})


def _counterpart_government(root, by_token: dict[int, Mention]) -> str | None:
    """The state whose government or army an armed group is joined to by "and" ("negotiations of the
    government and rebels hosted in Kampala", "clashes between the army and insurgents"): the two sides
    of one country's conflict, whatever place the phrase then names."""
    for other in (*root.conjuncts, root.head if root.dep_ == "conj" else None):
        m = by_token.get(other.i) if other is not None else None
        if m is not None and m.actor.country and m.actor.sector in PARTY_SECTORS:
            return m.actor.country
    return None


def _one(countries: set[str]) -> str | None:
    """The country of a set of one; None for none or several (which would be a guess)."""
    return next(iter(countries)) if len(countries) == 1 else None


def _sentence_states(span: Span, by_token: dict[int, Mention],
                     kinds: frozenset[str] | None = None) -> set[str]:
    """The countries a sentence names by states, places, bodies and titles ("Regime forces bombed
    Idlib": SYR; "... spread to the Amhara region as well; in August, security forces shot dead
    roughly 100 demonstrators": ETH), not by agent nouns, pronouns, persons or descriptions, which
    repeat or guess an actor; with `kinds`, only by mentions of those kinds that name no sector (places:
    "Airstrikes hit two hospitals in northern Syria ... Russian warplanes supporting a major advance by
    government troops")."""
    return {m.actor.country for t in span.sent if (m := by_token.get(t.i)) is not None and m.actor.country
            and m.kind not in ("agent", "pronoun", "person", "description")
            and (kinds is None or (m.kind in kinds and not m.actor.sector))}


def _sponsored_by(root) -> bool:
    """True for an agent noun a participle gives a sponsor ("rebels vetted by the United States",
    "militias backed by Iran"): the sentence's state is the sponsor's, not the group's."""
    return any(c.dep_ == "acl" and c.lower_ in SPONSOR_WORDS and any(a.dep_ == "agent" for a in c.children)
               for c in root.rights)


# Conjunctions that open a clause about another situation: "He told voters that if Iran attacked ...".
CLAUSE_MARKS = frozenset({"if", "that", "when", "whether", "unless", "because", "while", "after", "before"})


def _marked_clauses(tok) -> tuple[int, ...]:
    """Heads of the subordinate clauses opened by a conjunction of CLAUSE_MARKS that hold `tok`."""
    out = []
    steps = 0
    while tok.head.i != tok.i and steps < 40:
        if tok.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in tok.children):
            out.append(tok.i)
        tok = tok.head
        steps += 1
    return tuple(out)


ARMED_SECTORS = frozenset({"MIL", "UAF", "REB", "PRM", "INS"})


def _stance_side(doc: Doc, start: int, lex: Lexicon, date: str | None) -> str | None:
    """The country of the leader an armed agent sides with: "pro-Assad forces" -> SYR.

    PLOVER's agents file codes a pro-government armed group as that state's PRM; a leader in office
    on `date` (persons.tsv) names the state. "pro-Russian separatists" name a state, not a leader,
    and keep the place the sentence gives them.
    """
    k = start - 1
    if k < 2 or not doc[k].text[:1].isupper() or doc[k - 1].text != "-" or doc[k - 2].lower_ != "pro":
        return None
    actor = person_actor(doc[k].text, date, lex)
    if actor is None or not actor.country or actor.sector in (None, "ELI"):
        return None
    return actor.country


def _person_like(m: Mention, span: Span) -> bool:
    """A person, or a demonym on a same-role noun standing for one ("his Uzbek counterpart"), for the
    persons a sentence names."""
    return m.kind == "person" or (m.kind == "demonym" and norm(span.root.head.text) in same_role_nouns())


@lru_cache(maxsize=1)
def regional_bodies() -> dict[str, str]:
    """Regional adjective -> organisation code (data/regional_bodies.tsv)."""
    return {row[0]: row[1] for _, row in read_rows("regional_bodies.tsv", 2, DATA)}


def _regional_body(doc: Doc, span: Span) -> str | None:
    """The organisation of a region whose adjective stands right before a government agent noun
    ("Southeast Asian foreign ministers urged Myanmar's military rulers": ASEAN, not Myanmar)."""
    table = regional_bodies()
    for width in (3, 2, 1):  # "South-East Asian" is three tokens
        if span.start >= width:
            words = doc[span.start - width:span.start].text.lower()
            if words in table:
                return table[words]
    return None


def _stance_state(doc: Doc, start: int, lex: Lexicon | None) -> str | None:
    """The state a stance prefix before an agent names ("pro-Russian separatists" -> RUS), if any."""
    k = start - 1
    if lex is None or k < 2 or doc[k - 1].text != "-" or doc[k - 2].lower_ not in STANCE_PREFIXES:
        return None
    entry = lex.phrases.get(norm(doc[k].text))
    return entry.country if entry is not None and entry.kind in ("country", "demonym") else None


def _victim_countries(root: Token, by_token: dict[int, Mention]) -> Counter:
    """Countries of the mentions an agent's verb acts on ("Soldiers shot Palestinian protesters",
    "troops opened fire on Afghan civilians"): a subject's objects, and a preposition's objects under
    its verb, counted once per mention; none when the agent is no active subject (soldiers who "were
    killed" are the victims themselves)."""
    out: Counter = Counter()
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return out
    seen: set[int] = set()
    for child in root.head.children:
        objects = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] \
            if child.dep_ == "prep" else []
        for obj in objects:
            m = by_token.get(obj.i)
            # (people acted on whose own words name their nationality, not places ("were killed in
            # the eastern Iraqi province of Diyala") nor agents a place placed ("villagers in Benue"))
            if (m is not None and m.actor.country and m.actor.sector is not None
                    and any(w[:1].isupper() for w in m.text.split()[:-1])
                    and m.actor.sector not in ABROAD_SECTORS and id(m) not in seen):
                seen.add(id(m))
                out[m.actor.country] += 1
    return out


def _locate_agents(doc: Doc, mentions: list[Mention], lex: Lexicon | None = None,
                   date: str | None = None, home: str | None = None,
                   placed_home: str | None = None) -> list[Mention]:
    """Give a countryless agent noun ("demonstrators", "rebels") the country its sentence places it in.

    First the place in its own phrase ("Demonstrators in Baghdad" -> IRQ; not for armed forces,
    which are often abroad), else the one country the sentence names ("Egyptian police dispersed
    demonstrators" -> EGY): a domestic event, which the codebook codes when sectors differ. A
    country inside a subordinate clause the agent is not in ("He told voters that if Iran ...")
    is about another situation and does not count. Police, prosecutors, "authorities", people and
    critics the sentence does not place are those of `home`, the country the document happens in
    (`_where`): "police arrested him, authorities said" in a report from Vancouver; rebels are those
    of `placed_home`, the country the document's places (not its persons) name. A non-state group
    the section named with a country before ("Somali pirates") keeps it (`_group_countries`).
    """
    by_token: dict[int, Mention] = {}
    spans: dict[int, Span] = {}
    for k, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            spans[k] = span
            for t in span:
                by_token.setdefault(t.i, m)
    # sentence start -> (country, innermost marked clause or -1, places someone, armed forces, a person,
    # a non-state group, a state's officials)
    named_in: dict[int, list[tuple[str, int, bool, bool, bool, bool, bool]]] = {}
    roles = generic_nouns()  # "officials" are persons, "government" a body
    for k, span in spans.items():
        m = mentions[k]
        # a news agency ("told AFP") says where the news went, not where it happened; a description
        # ("the coalition") repeats an actor and places no one
        if (m.actor.country and m.kind not in ("agent", "pronoun", "description") and m.actor.sector != "JRN"
                and not _origin_of_agent(span.root, by_token) and not _across_border(span.root)):
            clauses = _marked_clauses(span.root)
            # a lone demonym qualifies a thing ("Chinese imports", "German goods"): it counts
            # among the sentence's countries but places no one
            named_in.setdefault(span.sent.start, []).append(
                (m.actor.country, clauses[0] if clauses else -1, m.kind != "demonym",
                 m.actor.sector in ABROAD_SECTORS, _person_like(m, span),
                 m.actor.sector in REMEMBERED_SECTORS,
                 m.kind == "title" and m.actor.sector == "GOV"
                 and roles.get(span.root.lemma_.lower()) == "person"))
    remembered = _group_countries(spans, mentions)
    rebel_states = {m.actor.country for m in mentions if m.actor.sector in REBEL_SECTORS and m.actor.country}
    rebels = rebel_states.pop() if len(rebel_states) == 1 else None
    alone = frozenset(m.actor.country for m in mentions if m.actor.country and m.kind != "agent")
    forces = frozenset(m.actor.country for m in mentions
                       if m.actor.country and m.actor.sector in ABROAD_SECTORS)
    out = []
    for k, m in enumerate(mentions):
        span = spans.get(k)
        if m.kind != "agent" or m.actor.country or not m.actor.unknown or span is None:
            out.append(m)
            continue
        if m.actor.sector in ARMED_SECTORS:
            sided = _sided_actor(doc, span, m, by_token, lex, placed_home, rebels, alone)
            if sided is not None:
                out.append(Mention(m.start, m.end, m.text, sided, m.section, m.person, m.kind))
                continue
        own = (_counterpart_government(span.root, by_token) or _seized_place(span.root, by_token, lex)
               if m.actor.sector in REBEL_SECTORS and not _sponsored(doc, span.start) else None)
        if own is not None:
            out.append(Mention(m.start, m.end, m.text, Actor.of(own, m.actor.name, m.actor.sector),
                               m.section, m.person, m.kind))
            continue
        # ("foreign ministers" are a government's own: "Germany's president and foreign and defense
        # ministers")
        if _sponsored(doc, span.start) or _sponsored_by(span.root) or (m.actor.sector != "GOV" and any(
                t.lower_ in MULTINATIONAL_WORDS for t in (*span, *span.root.lefts))):
            out.append(m)  # "Iran-backed militias": not Iran's, and no more Iraq's than the troops'
            continue
        body = _regional_body(doc, span) if m.actor.sector == "GOV" else None
        if body is not None:
            out.append(Mention(m.start, m.end, m.text, Actor.of(None, m.actor.name, None, org=body),
                               m.section, m.person, m.kind))
            continue
        if _joint_group(span, named_in) or _of_several_states(span.root) or _worldwide(span.root):
            out.append(m)  # "where the two leaders discussed": both, not the place's one
            continue
        example = _named_example(span.root, by_token)
        if example is not None:
            out.append(Mention(m.start, m.end, m.text, example, m.section, m.person, m.kind))
            continue
        sector = m.actor.sector if m.actor.sector not in (None, "UNK") else None
        side = None
        if lex is not None and sector in ARMED_SECTORS:
            side = _stance_side(doc, span.start, lex, date)
        if side is not None:
            out.append(Mention(m.start, m.end, m.text, Actor.of(side, m.actor.name, "PRM"), m.section,
                               m.person, m.kind))
            continue
        country = (_sender_country(span.root, by_token) or _service_country(span, mentions, spans)
                   if sector == "MIL" else None)
        if country is None and (sector not in ABROAD_SECTORS or sector in LOCAL_ARMED):
            country = (_place_country(span.root, by_token, lex) or _clause_place(span.root, by_token, lex)
                       or _where_clause_place(span.root, by_token))
        # "air support for local ground forces": armed forces called local are not the foreign
        # state's the sentence names
        local = sector in ABROAD_SECTORS and any(t.lower_ == "local" for t in (*span, *span.root.lefts))
        backer = _backer(span.root, by_token) if sector in REMEMBERED_SECTORS else None
        if country is None and not local:
            own = set(_marked_clauses(span.root)) | {-1}
            here = [entry for entry in named_in.get(span.sent.start, []) if entry[1] in own]
            # "The Indian navy captured 23 pirates", "INS Mysore thwarted an attack on an Ethiopian
            # vessel and captured 23 pirates": armed forces fight criminals abroad, where the
            # sentence's states are the force's and the victims', not the criminals'
            if sector in STATELESS_SECTORS and any(entry[3] for entry in here):
                here = []
            # nor are state forces the group's they fight: "The Naval commandos seized rifles from the
            # 12 Somali and 11 Yemeni pirates"
            if sector in ABROAD_SECTORS:
                here = [entry for entry in here if not entry[5]]
            # a person's state is not where a non-state group is: "Keating's service ... as we
            # eliminate the terrorists associated with ISIL", "Obama vowed to defeat the militants";
            # nor are a state's officials, persons named by office (not its government: "The Mozambique
            # government accepted demands from Shona rebels"): "U.S. officials reported that the
            # operation killed 139 insurgents" (in Iraq)
            if sector in REMEMBERED_SECTORS:
                here = [entry for entry in here if not (entry[4] or entry[6]) and entry[0] != backer]
            # nor are armed forces the nationality of those they act on: "Soldiers shot Palestinian
            # protesters" does not make them Palestinian (a state the sentence also names otherwise
            # still counts: "Troops fired on Israeli protesters in Tel Aviv")
            # (a state's forces only: gunmen are the place's, "Gunmen have stormed Kabul University")
            if sector == "MIL" and (victims := _victim_countries(span.root, by_token)):
                counts = Counter(entry[0] for entry in here)
                here = [entry for entry in here if counts[entry[0]] > victims[entry[0]]]
            # and the people a state's armed forces act on where the document's fighting is another
            # state's are not the forces' nationality: "the army said its forces killed ten gunmen and
            # arrested eight suspects" in a report on a raid in the West Bank; only the scene's state
            # places them then, not another the sentence names in passing ("a Britain-based monitor")
            if sector not in ABROAD_SECTORS and placed_home and any(
                    entry[3] and entry[0] != placed_home for entry in here):
                here = [entry for entry in here if entry[0] == placed_home]
            named = [(c, placed) for c, _, placed, *_ in here]
            if len({c for c, _ in named}) == 1 and any(placed for _, placed in named):
                country = named[0][0]
        if country is None:
            country = remembered.get(_noun_key(span, sector))
        if country is None and (_home_institution(span, sector) or sector in LOCAL_ARMED):
            # rebels fight where the document's places are, not in the state its persons are from
            # ("the terrorists associated with ISIL" in a US command's statement on Iraq); but a
            # sentence about other states does not happen there: "even terrorist groups that opposed
            # Iraq in its war with Iran" in a report from Saudi Arabia are nobody's the text says
            if sector in PLACED_SECTORS or sector in LOCAL_ARMED:
                # (states, not persons or armed groups: "Obama vowed to defeat the militants")
                others = {entry[0] for entry in named_in.get(span.sent.start, [])
                          if not (entry[3] or entry[4] or entry[5] or entry[6])} - {placed_home}
                # (nor the state the group sides with: "talks with pro-Russian separatists ... blamed
                # Russia" happen where the separatists are)
                others -= {_stance_state(doc, span.start, lex), backer}
                # (and a sentence naming the scene's own state's forces tells of the fighting there: "The
                # Congolese army said it made advances against eastern rebel forces and called on
                # neighboring Rwanda to help disarm the insurgents")
                if any(entry[0] == placed_home and entry[3] for entry in named_in.get(span.sent.start, [])):
                    others = set()
                country = None if others else placed_home
            else:
                country = home
        if country is None and sector == "MIL":
            country = _scene_army(named_in.get(span.sent.start, []), forces, placed_home)
        if country is None:
            out.append(m)
            continue
        actor = Actor.of(country, m.actor.name, sector)
        out.append(Mention(m.start, m.end, m.text, actor, m.section, m.person, m.kind))
    return out


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
WORLD_NOUNS = frozenset({"world", "globe"})
WORLD_PREPS = frozenset({"over", "around", "across", "throughout"})


def _worldwide(root) -> bool:
    """Whether an agent noun is placed everywhere ("people all over the world", "protesters around the
    world"): nobody's state, not the one its sentence names."""
    return any(c.dep_ == "prep" and c.lower_ in WORLD_PREPS and any(
        g.dep_ == "pobj" and g.lower_ in WORLD_NOUNS for g in c.children) for c in root.children)


def _across_border(root) -> bool:
    """Whether a state is named only as the neighbour across a border ("militants raided a post close to
    the border with Iran", in a report on Pakistan): the happening is on this side, not in it. So is a
    state owning or naming the border ("a camp a few miles from Mauritania's border" in a report on
    Mali, "near the Turkish border"), unless the border is its own with another ("a garrison near Mali's
    frontier with Niger" is in Mali)."""
    if root.dep_ in ("poss", "amod", "compound"):
        border = root.head
        return border.lemma_.lower() in BORDER_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in border.children)
    return (root.dep_ == "pobj" and root.head.lower_ == "with"
            and root.head.head.lemma_.lower() in BORDER_NOUNS)


def _origin_of_agent(root, by_token: dict[int, Mention]) -> bool:
    """Whether a state is named only as where an agent noun comes from ("gunmen who crossed from inside
    Afghanistan shot dead two soldiers"): it places that agent (`_place_country`), not the sentence's other
    agents (the soldiers are not Afghan)."""
    tok, came_from = root, False
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return False
        came_from = came_from or (tok.dep_ == "prep" and tok.lower_ == "from")
        tok = tok.head
        m = by_token.get(tok.i)
        if m is not None and m.kind == "agent":
            return came_from
    return False


def _scene_army(named: list[tuple], forces: frozenset[str], scene: str | None) -> str | None:
    """The state whose army bare "soldiers" or "troops" are in a report set in one state (`_scene`: the
    dateline's, or the lead's, "BANGKOK: Myanmar junta troops torched ... Soldiers also shot two
    villagers"): the scene's, when the section names no other state's forces and the sentence no other
    state (`named`: the sentence's states, `_locate_agents`); None otherwise ("Soldiers crossed into
    Lebanon" stays unplaced)."""
    if scene is None or not forces <= {scene} or {entry[0] for entry in named} - {scene}:
        return None
    return scene


EXAMPLE_PREPS = frozenset({"like", "including"})
EXAMPLE_KINDS = frozenset({"organisation", "name", "person"})


def _named_example(root, by_token: dict[int, Mention]) -> Actor | None:
    """The actor of the named examples of a group noun, when they all share one.

    "militias like Hezbollah", "groups such as ISIL and al-Nusra Front", "armed groups, including
    Hezbollah": the noun is a class the example belongs to, so the events it takes part in are the
    example's; the sentence's places (the regime's state) say where it acts, not whose it is.
    Examples of different actors ("groups including Hezbollah and the Syrian army") give none.
    """
    for prep in root.children:
        if prep.dep_ != "prep" or not (prep.lower_ in EXAMPLE_PREPS or (
                prep.lower_ == "as" and any(t.lower_ == "such" for t in prep.lefts))):
            continue
        heads = [t for t in prep.children if t.dep_ == "pobj"]
        named = [t for h in heads for t in (h, *h.conjuncts)]
        found = [by_token.get(t.i) for t in named]
        if not found or any(m is None or m.kind not in EXAMPLE_KINDS or not m.actor.country for m in found):
            return None
        if len({m.actor.code for m in found}) == 1:
            return found[0].actor
        return None
    return None


@lru_cache(maxsize=1)
def sending_verbs() -> frozenset[str]:
    """Lemmas of verbs by which a state sends its forces (sending_verbs.tsv: "provide", "deploy")."""
    return frozenset(norm(verb) for _, (verb,) in read_rows("sending_verbs.tsv", 1, DATA))


SENDER_SECTORS = frozenset({"GOV", "MIL"})


def _sender_country(root, by_token: dict[int, Mention]) -> str | None:
    """The state that sends countryless armed forces, the subject of the sending verb they are the
    object of: "the UK has flown over 870 missions ... and is now providing an additional 125
    soldiers" are British soldiers, whatever else the sentence names (the Iraqi Army they train).
    The subject of a verb joined to an earlier one is that verb's; a subject that is no state
    (the UN, a company) gives none."""
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in sending_verbs():
        return None
    verb = root.head
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    m = by_token.get(subject.i) if subject is not None else None
    if m is None or m.kind in ("agent", "pronoun") or not m.actor.country:
        return None
    return m.actor.country if m.actor.sector in SENDER_SECTORS or not m.actor.sector else None


def _service_country(span: Span, mentions: list[Mention], spans: dict[int, Span]) -> str | None:
    """The country of the armed service a countryless force's own words name ("The Naval commandos",
    "marine commandos"): that of the closest earlier mention in the section of a state's armed forces
    whose words name the same service (`home.service_words`: "The Indian Navy thwarted ... The Naval
    commandos boarded"), else of the one state whose armed forces the section named before ("the
    Indian warship"). A force named by its trade alone ("commandos") is anyone's."""
    services = service_words()
    wanted = {services[t.lower_] for t in (*span, *span.root.lefts) if t.lower_ in services}
    if not wanted:
        return None
    best = None
    forces: set[str] = set()  # the states whose armed forces the section named before
    for k, other in spans.items():
        m = mentions[k]
        if other.start >= span.start or not m.actor.country or m.actor.sector != "MIL" or m.kind == "agent":
            continue
        forces.add(m.actor.country)
        if any(services.get(t.lower_) in wanted for t in other) and (best is None or other.start > best[0]):
            best = (other.start, m.actor.country)
    if best is None and len(forces) == 1:
        return next(iter(forces))  # "the Indian warship ... The Naval commandos": the one force named
    return best[1] if best else None



def _of_several_states(root) -> bool:
    """Whether an agent noun belongs to states named in the plural ("the foreign ministers of the three
    countries", "officials of both nations"): several states', not the one its sentence names."""
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and generic_nouns().get(norm(o.lemma_)) == "state"
        for o in prep.children) for prep in root.rights)


def _joint_group(span: Span, named_in: dict[int, list[tuple]]) -> bool:
    """Whether a definite plural ("the two leaders", "both leaders") stands for persons of two or more
    states its sentence or the one before names ("Ash Carter met with Iraqi Prime Minister Haider
    al-Abadi in Baghdad, where the two leaders discussed ..."): no one state's."""
    root = span.root
    if root.tag_ != "NNS" or not any(c.lower_ in DEFINITE or c.dep_ == "nummod"
                                     for c in root.children if c.i < root.i):
        return False
    sent = span.sent
    starts = [sent.start] + ([span.doc[sent.start - 1].sent.start] if sent.start > 0 else [])
    persons = {entry[0] for start in starts for entry in named_in.get(start, []) if entry[4]}
    return len(persons) > 1


def _noun_key(span: Span, sector: str | None) -> tuple[str, str] | None:
    """The agent noun and sector by which a non-state group's country is remembered (`_group_countries`)."""
    return (span.root.lemma_.lower(), sector) if sector in REMEMBERED_SECTORS else None


def _group_countries(spans: dict[int, Span], mentions: list[Mention]) -> dict[tuple[str, str], str]:
    """Agent noun and sector -> the one country the section gives that group by a demonym or name
    ("Somali pirates ... captured 23 pirates", "Houthi rebels ... the rebels' positions"): a later
    countryless mention of the same noun is that group. Nouns the section gives two countries
    ("12 Somali and 11 Yemeni pirates") are left out."""
    seen: dict[tuple[str, str], set[str]] = {}
    for k, span in spans.items():
        m = mentions[k]
        key = _noun_key(span, m.actor.sector)
        if key is not None and m.kind == "title" and m.actor.country:
            # (one mention for conjoined demonyms, "12 Somali and 11 Yemeni pirates": no one country)
            seen.setdefault(key, set()).update(
                (m.actor.country, "") if any(t.dep_ in ("conj", "cc") for t in span) else (m.actor.country,))
    return {key: next(iter(countries)) for key, countries in seen.items() if len(countries) == 1}


# Institutions and people that act in their own state: unnamed police, courts and prosecutors,
# "authorities" (GOV, named by this plural only: "officials" are often another state's), and the
# people, critics and media of the place ("100 people rioted and threw bottles at officers").
# Armed forces (MIL, UAF) are often abroad and stay unplaced; rebels and stateless armed groups
# ("Kurdish forces", "insurgents") fight in the state the document happens in.
HOME_SECTORS = frozenset({"COP", "JUD", "CVL", "OPP", "JRN", "REB"})
PLACED_SECTORS = frozenset({"REB"})  # placed where the document's fighting is (`_scene`), not by its persons
# Non-state groups a section names once with a country and then without ("Somali pirates ... pirates")
REMEMBERED_SECTORS = frozenset({"CRM", "REB", "INS", "SEP", "PRM"})
# Government services that act only at home: "authorities", and the fire service ("Firefighters rescued
# another five people from the balcony" in an Athens story is Greece's)
HOME_GOV_NOUNS = frozenset({"authorities", "firefighters", "firefighter", "firemen", "fireman",
                            "fire brigade", "fire department", "fire service"})


def _home_institution(span: Span, sector: str | None) -> bool:
    """True for a countryless police, court, "authorities", people, critics or media noun, or home
    officeholders in the plural ("senators", "lawmakers", "governors"): they act at home
    (`_locate_agents`)."""
    root = span.root
    pair = norm(root.doc[max(0, root.i - 1):root.i + 1].text)  # "fire brigade"
    return sector in HOME_SECTORS or (sector == "GOV" and bool(HOME_GOV_NOUNS & {root.lower_, pair})) or (
        root.tag_ == "NNS" and norm(root.lemma_) in home_titles())


def _given_names(names: Iterable[str]) -> dict[str, set[str]]:
    """Given name -> the surnames of the persons named in full with it ("Bilawal Bhutto Zardari":
    "bilawal" -> {"zardari"}), for a later mention by the given name alone (`_first_named`)."""
    firsts: dict[str, set[str]] = {}
    for name in names:
        if len(words := name_words(name)) > 1:
            firsts.setdefault(norm(words[0]), set()).add(norm(words[-1]))
    return firsts


def _first_named(p: _Person, firsts: dict[str, set[str]], seen: dict[str, Actor | None],
                 surnames: set[str]) -> Actor | None:
    """The person a lone given name is when exactly one person of the document was named in full with
    it, before ("Foreign Minister Bilawal Bhutto Zardari ... Bilawal said": Pakistan's minister, not a
    private person of the story's other state). None for a word that is also a surname of the document
    ("Clinton", "Jordan"), a given name several of its persons share, or one not named in full before."""
    words = name_words(p.name)
    key = norm(words[0]) if len(words) == 1 else ""
    if not key or key in surnames or len(firsts.get(key, ())) != 1:
        return None
    return seen.get(next(iter(firsts[key])))


def _known_person(p: _Person, people: dict[str, Actor], titled: dict[str, list[tuple[str, Actor]]],
                  seen: dict[str, Actor | None], date: str | None, lex: Lexicon) -> Actor | None:
    """The actor of a person named without a title in their own phrase.

    A full name is a titled person of the document with that name, else the lexicon's; a bare
    surname is the person first named in full with it ("Jeb Bush ... Bush" is not President Bush,
    "Adm. Harry B. Harris Jr. ... Admiral Harris" not Kamala Harris), else a titled person of the
    document with that surname (a headline before the body), else the lexicon's.
    """
    actor = people.get(norm(p.name))
    if actor is not None:
        return actor
    words = name_words(p.name)
    key = norm(surname(p.name))
    if len(words) > 1:
        same = [a for given, a in titled.get(key, []) if given and same_given(words[0], frozenset({given}))]
        actor = (same[0] if same else None) or person_actor(p.name, date, lex) or p.actor or _titled_surname(
            titled.get(key, []))
        seen.setdefault(key, actor)  # the first person named so is the story's ("Clinton" stays Hillary)
        return actor
    if key in seen:
        return seen[key]
    same = titled.get(key)
    return same[0][1] if same else person_actor(p.name, date, lex) or p.actor


def _body_office(doc: Doc, p: _Person, lex: Lexicon) -> str | None:
    """The sector of the state body whose office the title before a person's name is, the body named
    without its state ("ministry spokesman" GOV, "army spokesman" MIL); None for an office of its own
    ("President", "Foreign Minister": a report names foreign ones bare too) or a title naming a state."""
    root = doc[p.start:p.end].root
    before = [t for t in root.subtree if t.i < p.start]
    if any(t.ent_type_ in ("GPE", "NORP") for t in before):
        return None
    for t in before:
        entry = lex.phrases.get(norm(t.text))
        if (generic_nouns().get(t.lower_) == "institution" and entry is not None and entry.kind == "agent"
                and entry.sector not in (None, "*")):
            return entry.sector
    return None


@lru_cache(maxsize=1)
def home_body_names() -> frozenset[str]:
    """Body names several states use, bodies.tsv giving one (data/home_bodies.tsv)."""
    return frozenset(norm(row[0]) for _, row in read_rows("home_bodies.tsv", 1, DATA))


def _bare_home_body(doc: Doc, h: Hit, home: str) -> bool:
    """A body several states name alike (data/home_bodies.tsv) written bare, at a sentence's start or
    after "the", that the lexicon gives a state other than `home`."""
    return (h.entry.kind == "body" and h.entry.country not in (None, home)
            and norm(doc[h.start:h.end].text) in home_body_names()
            and (h.start == 0 or doc[h.start].is_sent_start or doc[h.start - 1].lower_ == "the"
                 or doc[h.start - 1].is_punct))


def _home_bodies(doc: Doc, mentions: list[Mention], home: str | None) -> list[Mention]:
    """A body several states name alike, written bare ("the Foreign Office said in a statement" in a
    report datelined Islamabad), is the office of the state the report is datelined in (`home`),
    not the one state bodies.tsv gives it."""
    if home is None:
        return mentions
    out = []
    for m in mentions:
        if (m.kind == "organisation" and m.actor.country not in (None, home)
                and norm(m.text) in home_body_names() and (tok := _token_at(doc, m.start)) is not None
                and (tok.i == 0 or doc[tok.i - 1].lower_ == "the" or doc[tok.i - 1].is_punct)):
            m = replace(m, actor=Actor.of(home, m.actor.name, m.actor.sector))
        out.append(m)
    return out


def _role_before(doc: Doc, start: int) -> bool:
    """Whether the word before a name is an office's: a capitalised title word ("Interior Minister X")
    or a person noun ("spokesperson X"), not a body's modifier (a rebel front the tagger calls a
    person: "fighting between the army and rebel X Liberation Front")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (prev.is_alpha and prev.text[:1].isupper()) or generic_nouns().get(prev.lower_) == "person"


def _unmarked_home(doc: Doc, p: _Person, mentions: list[Mention], home: str | None) -> str | None:
    """`home` for a person a countryless government title names, unless the person's sentence names
    another official of the home state: a report marks the other state's officials with its name
    (in a report most of whose officials are Japanese, the bare "Vice Foreign Minister Kim" who called
    in the "Japanese Ambassador" is the unmarked, other side), or another state."""
    if home is None:
        return None
    sent = doc[p.start].sent
    first, last = sent.start_char, sent.end_char
    own = doc[p.start].idx
    here = [m for m in mentions if first <= m.start < last and m.start != own]
    if any(m.actor.country == home and m.actor.sector in OFFICIAL_SECTORS and m.kind in ("title", "person")
           for m in here):
        return None
    # nor when the sentence names another state or an international body ("while the Russian side was
    # led by Deputy Defense Minister X", "spokesman X said at a briefing in Beijing" in a report mostly
    # of US officials, a UN envoy's "Deputy Envoy X")
    if any(m.actor.country != home and (m.actor.country or m.actor.code[:3] not in UNKNOWN_CODES)
           and m.kind in PLACING_KINDS for m in here):
        return None
    return home


def _counterpart_state(doc: Doc, p: _Person, mentions: list[Mention]) -> str | None:
    """The state of the counterpart a person meets or is paired with in their sentence ("Foreign
    Minister Cho Tae-yul and his Japanese counterpart", "Qureshi met his Chinese counterpart"): a
    same-role noun (data/relations.tsv) with a possessive pronoun and a state modifier, conjoined with
    the person or in the clause the person is the subject of. The person is of another state. Only for
    a person holding an office (`p.office_sector`), or one a bare head title names ("President Arif
    Alvi met his Turkish counterpart"): that title, paired with a state's counterpart, heads a
    state, so the person takes its government's office (GOV) when a counterpart is found."""
    head_title = p.office_sector is None and p.actor is None and _bare_head_title(doc, p.start)
    if p.office_sector is None and not head_title:
        return None
    root = doc[p.start:p.end].root
    verb = root.head if root.dep_ in SUBJECT_DEPS else None
    for tok in root.sent:
        if norm(tok.text) not in same_role_nouns() or not any(c.dep_ == "poss" for c in tok.children):
            continue
        if not ((tok.dep_ == "conj" and tok.head.i == root.i)
                or (verb is not None and any(a.i == verb.i for a in tok.ancestors))):
            continue
        for c in tok.children:
            if c.dep_ in ("amod", "compound"):
                side = next((m for m in mentions if m.kind in SIDE_KINDS and m.start <= c.idx < m.end), None)
                if side is not None and side.actor.country:
                    if head_title:
                        p.office_sector = "GOV"
                    return side.actor.country
    return None


@lru_cache(maxsize=1)
def _plover_agent_sectors() -> dict[str, str]:
    """The sector PLOVER's own agent list (data/agents.tsv) gives a role noun, before agents_extra.tsv
    turns heads of bodies into "*": "president" is GOV there, a head of state."""
    return {norm(phrase): sector for _, (phrase, sector, _s2) in read_rows("agents.tsv", 3, DATA)}


def _bare_head_title(doc: Doc, start: int) -> bool:
    """Whether the name starting at `start` follows a capitalised head-of-a-body title alone ("President
    Mamnoon Hussain", agents_extra.tsv sector "*"), no body or state before it ("Microsoft President
    Brad Smith", "Sri Lankan President ...") nor "of" one after the name: whose head the text leaves to
    the counterpart it meets."""
    at = _title_end(doc, start)
    if at <= 0:
        return False
    title = doc[at - 1]
    entry = load_lexicon().phrases.get(norm(title.text))
    if entry is None or entry.kind != "agent" or entry.sector != "*" or not title.is_title or (
            _plover_agent_sectors().get(norm(title.text)) != "GOV"):
        return False  # (a "Speaker" or "Chairman" heads a house or a party as often: not the state)
    before = doc[at - 2] if at >= 2 else None
    return before is None or not (before.is_title or before.is_upper or before.pos_ == "PROPN")


def _home_besides(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], country: str,
                  dateline: str | None) -> str | None:
    """The home country of a document leaving one state out (`home.fallback_country` over the other
    states' mentions): whose official meets that state's counterpart."""
    others = [m for _, _, mentions, _ in staged for m in mentions if m.actor.country not in (None, country)]
    return fallback_country(others, None if dateline == country else dateline)


def _titled_surname(titled: list[tuple[str, Actor]]) -> Actor | None:
    """The actor of the one person the document titles by this surname alone ("Morris J. Brooks Jr.
    ... Representative Brooks", "Charles H. Keating IV ... Petty Officer Keating"): a full name the
    lexicon does not know is that person. None when a titled full name also has the surname (its
    given name differs: another person) or the surname-only titles disagree."""
    if not titled or any(given for given, _ in titled):
        return None
    codes = {a.code for _, a in titled}
    return titled[0][1] if len(codes) == 1 else None


def _described(doc: Doc, mentions: list[Mention]) -> list[_Person]:
    """Persons referred to by a role description ("The former Mexican president didn't stop there"),
    as antecedents of the pronouns after it ("... he continued")."""
    sent_of = _sentence_numbers(doc)
    out = []
    for m in mentions:
        if m.kind == "description" and m.person:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append(_Person(span.start, span.end, m.person, sent_of[span.start], m.actor, True))
    return out


def _home_titled(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], people: dict[str, Actor],
                 date: str | None, lex: Lexicon) -> str | None:
    """Give persons titled only "Rep." / "Gov." (no country in the phrase) the home country's office,
    and return that home country (None when the document shows none).

    The home country is the one the titled officials and known persons of the document belong to
    (`home.home_country`), else `home.fallback_country` (the dateline's, or the leading one); a
    person the lexicon knows keeps the lexicon's actor.
    """
    pending = [(p, d, ms) for _, d, ms, persons in staged for p in persons
               if p.home_sector and p.actor is None]
    everything = [m for _, _, mentions, _ in staged for m in mentions]
    dateline = _dateline(staged)
    home = home_country(everything)
    if home is None:
        # persons named without a title are looked up only later: count them here too
        everything += _person_mentions(staged, date, lex)
        home = home_country(everything) or fallback_country(everything, dateline)
    for p, doc, mentions in pending:
        actor = person_actor(p.name, date, lex)
        # police and courts work where the report is datelined, whoever else it names: "immigration
        # official Jurie de Wet" in a CAPE TOWN story about US embassies is South African
        # (legislators and governors stay the home's: "BAGHDAD - Sen. John McCain visited")
        local = dateline if p.home_sector in DATELINED_SECTORS else None
        if p.start > 0 and doc[p.start - 1].lower_ in POSTED_TO:
            local = _reporting_state(doc, p.start, mentions)
        if actor is None and (local or home) is not None:
            actor = Actor.of(local or home, p.name, p.home_sector)
        if actor is None:
            continue
        p.actor, p.titled = actor, True
        _remember(people, p.name, actor)
    return home


def _reporting_state(doc: Doc, start: int, mentions: list[Mention]) -> str | None:
    """The state whose official reports the clause a token is in: an envoy a state's spokesman
    announces is that state's ("Soviet Foreign Ministry spokesman Yuri Gremitskikh said special
    ambassador Mikhail Sytenko left Tuesday for consultations", TimeBank AP900815-0044, in a report
    about Iraq). None when the clause is nobody's report or its reporter is no state's official."""
    verb = doc[start]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return None
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    at = {t.idx for t in subject.subtree}
    officials = {m.actor.country for m in mentions if m.start in at and m.actor.country
                 and m.actor.sector == "GOV" and m.kind in ("title", "person")}
    return officials.pop() if len(officials) == 1 else None


def _dominant(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], date: str | None,
              lex: Lexicon) -> str | None:
    """`home.dominant_country` of a document before its persons have mentions: the persons' actors
    (from titles or the lexicon) count as person mentions."""
    everything = [m for _, _, mentions, _ in staged for m in mentions]
    return dominant_country(everything + _person_mentions(staged, date, lex))


# Sectors whose naming makes a report one of crime, courts or fighting (`_local_story`)
FORCE_SECTORS = frozenset({"COP", "JUD", "MIL", "REB", "UAF", "PRM", "CRM", "INS"})


def _local_story(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], where: str | None,
                 date: str | None, lex: Lexicon) -> str | None:
    """The country of a local story's private persons: where its happenings take place (`where`:
    the dateline's, else the country its places name at least twice) when no person or other mention
    it names is of another state. A crime or court report names suspects and victims
    without nationality ("Twenty-year-old Andrew Lopez has been accused of carelessly firing at rival
    gang members from a rooftop" in a report on a Brooklyn trial, ECB+ 33_1ecbplus); a report that
    names another state is about more than one ("Minister Tobias Ellwood" in a UK release on Iraq that
    names the UK, "Capt. Jeff Davis" in a Pentagon release on Syria) and leaves them unplaced. Only
    in reports of crime, courts and fighting (a police, court or armed actor named): in business,
    science and sports pages the persons are executives, researchers and players, no private persons
    of a place ("Tim Cook said", "said study co-author Anezina Solomonidou, a European Space Agency
    scientist")."""
    if where is None:
        return None
    everything = [m for _, _, mentions, _ in staged for m in mentions]
    if not any(m.actor.sector in FORCE_SECTORS for m in everything):
        return None
    known = {m.actor.country for m in _person_mentions(staged, date, lex) if m.actor.country}
    named = {m.actor.country for m in everything if m.actor.country}
    return where if known | named <= {where} else None


def _acting_person(doc: Doc, p: _Person) -> bool:
    """Whether a full name the tagger calls a person acts as one in its clause: a subject ("Andrew Lopez
    has been accused", "said Baba Kura") or a name with an apposition ("Baba Kura, a member of a
    vigilante group"). Places the tagger misreads as persons are objects and list items ("fighters
    won back Zaalaneh", "invaded Warwara, Mangari and Bura-Shika", CASE 2021 snippets); a name after a
    capitalised word has a title the lexicon does not read, which says nothing of whose office it is."""
    if len(name_words(p.name)) < 2:
        return False  # a lone name may be a surname of someone titled before ("said Russell")
    root = doc[p.start:p.end].root
    before = doc[p.start - 1] if p.start > 0 else None
    if before is not None and not doc[p.start].is_sent_start and (
            before.text[:1].isupper() or before.text == "."):
        return False  # a title or rank the lexicon does not read ("said Spc. Lorraine Walsh"): whose office?
    return root.dep_ in SUBJECT_DEPS or any(c.dep_ == "appos" and any(d.dep_ == "det" for d in c.children)
                                            for c in root.children)


def _person_mentions(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], date: str | None,
                     lex: Lexicon) -> list[Mention]:
    """Stand-in person mentions for the persons staged so far (their actor from a title or the
    lexicon), so that a document's home can be counted before its persons have mentions."""
    named = [(p, p.actor or person_actor(p.name, date, lex))
             for _, _, _, persons in staged for p in persons if not p.modifier]
    return [Mention(0, 0, p.name, a, "", None, "person") for p, a in named if a is not None]


def _body_surnames(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], date: str | None,
                   lex: Lexicon) -> dict[str, Actor]:
    """Surname -> actor of the first person the body names in full with it, by title or the lexicon:
    a headline names by surname alone the person its story names in full ("Ryan calls Trump line
    'racist'" over "Speaker Paul Ryan"), and is read before the story."""
    out: dict[str, Actor] = {}
    for section, _, _, persons in staged:
        for p in persons if section != "title" else ():
            if len(name_words(p.name)) > 1 and not p.modifier:
                actor = p.actor or person_actor(p.name, date, lex)
                if actor is not None:
                    out.setdefault(norm(surname(p.name)), actor)
    return out


# mentions that name a state's actors, not a place (a venue is named by its city or state: "talks in
# Geneva, Switzerland"): a dateline the body names as a meeting's venue, whose state none of them
# names while another state is named `VENUE_MIN` times, is only the venue (`_dateline`)
VENUE_BLIND_KINDS = frozenset({"demonym", "title", "person", "organisation"})
VENUE_MIN = 1
# verbs that hold a gathering the object names ("held talks in Geneva", "hosted a summit in Sochi")
HOLDING_VERBS = frozenset({"hold", "host", "convene", "attend", "open"})


@lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    """Nouns of gatherings held at a venue (data/venue_nouns.tsv, with data/meeting_verbs.tsv)."""
    return frozenset(norm(w) for _, (w,) in read_rows("venue_nouns.tsv", 1, DATA)) | meeting_words()


def _venue_place(tok: Token) -> bool:
    """Whether a place is where a gathering is held: "talks in Geneva", "met in Sochi", "held a second
    round of talks in Geneva" (the object of "in"/"at" under a meeting noun or verb, or under a verb
    holding one)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
        return False
    owner = tok.head.head
    nouns = venue_nouns()
    if owner.lemma_.lower() in nouns:
        return True
    return owner.lemma_.lower() in HOLDING_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in nouns or any(
            g.lemma_.lower() in nouns for g in c.subtree)) for c in owner.children)


def _dateline(staged: list[tuple[str, Doc, list[Mention], list[_Person]]]) -> str | None:
    """The country of the place a document's dateline names (set by `analyse_doc`), if any; not when
    it is only where the report was filed or the talks were held: no actor of the report is of that
    country while another country's are named ("GENEVA (Reuters) - Syrian government and opposition
    delegates held talks ... rebels fired rockets" happens in Syria, not Switzerland)."""
    country = next((d.user_data[DATELINE_COUNTRY] for _, d, _, _ in staged
                    if DATELINE_COUNTRY in d.user_data), None)
    if country is None:
        return None
    actors = Counter(m.actor.country for _, _, mentions, _ in staged for m in mentions
                     if m.kind in VENUE_BLIND_KINDS and m.actor.country)
    actors.update(p.actor.country for _, _, _, persons in staged for p in persons
                  if p.actor is not None and p.actor.country)
    venue = any(d.user_data.get(VENUE_COUNTRIES, {}).get(country) for _, d, _, _ in staged)
    if venue and actors[country] == 0 and any(n >= VENUE_MIN for n in actors.values()):
        return None
    return country


def _where(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], home: str | None) -> str | None:
    """The country a document's happenings take place in, for institutions it does not place: the
    dateline's, else the country its places (states, capitals, cities, regions) name most (at least
    `PLACE_MIN` times: one place may be named in passing, "if Iran were a stock"), else `home` (the
    country that clearly dominates its persons, `home.dominant_country`)."""
    return _dateline(staged) or _most_named(staged, PLACE_COUNTRIES, PLACE_MIN) or home


def _one_state(staged: list[tuple[str, Doc, list[Mention], list[_Person]]]) -> str | None:
    """The one state a short report names at all, when it names it as a place: "A man had tried to
    rob a store in the Moldovan capital Chisinau, police said" (CASE 2021) happens in Moldova,
    though `_where` wants two places. None when any mention or place names another state ("a "Peaceful
    March of Pittsburgh" ... to the Birmingham Bridge"). A town the gazetteer places in another state
    than the report's misleads it as it misleads the town's own mention ("Surrey" is British Columbia's)."""
    countries: set[str] = set()
    for _, d, _, _ in staged:
        countries.update(d.user_data.get(LOCAL_COUNTRIES, ()))
    if len(countries) != 1:
        return None
    (only,) = countries
    named = {m.actor.country for _, _, mentions, _ in staged for m in mentions if m.actor.country}
    return only if named <= {only} else None


def _scene(staged: list[tuple[str, Doc, list[Mention], list[_Person]]]) -> str | None:
    """The country where a document's fighting happens, for rebels it does not place: the dateline's,
    else the one its places named after "in" / "near" ... name most ("killed yesterday in northern
    Iraq"), else the one its described places name ("the Indian state of Nagaland", "Mogadishu, the
    capital of Somalia": `_described_scene`). Not `_where`'s count of every place: "U.S. Central
    Command" is no scene."""
    return _dateline(staged) or _most_named(staged, SCENE_COUNTRIES) or _described_scene(staged)


# Prepositions before a place that say where something happens or whose office it is ("the governor of
# Bamako"), not where someone goes or comes from ("flew to", "fled from", "across the border in").
SCENE_PREPS = CITY_PREPS - {"into", "across"} | {"of", "at", "on"}


def _described_scene(staged: list[tuple[str, Doc, list[Mention], list[_Person]]]) -> str | None:
    """The one state the places a document describes by their state belong to: a subdivision "the
    <demonym> state/province/region of X" or a city "X, the capital of <state>", named where something
    happens (`_scene_role`). None when such places name two states."""
    found: set[str] = set()
    for _, doc, mentions, _ in staged:
        for m in mentions:
            if m.kind in ("demonym", "name") and m.actor.country and m.actor.sector is None:
                top = _described_place(doc, m)
                if top is not None and _scene_role(top):
                    found.add(m.actor.country)
    return next(iter(found)) if len(found) == 1 else None


def _described_place(doc: Doc, m: Mention) -> Token | None:
    """The noun phrase's head when a state mention describes a place as that state's: "Indian" in
    "the Indian state of Nagaland" (the word of subdivision), "Somalia" in "Mogadishu, the capital of
    Somalia" (the city the capital is set beside)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    head = tok.head
    if m.kind == "demonym" and tok.dep_ == "amod" and subdivision_word(head.text) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN"
                                                          for g in c.children) for c in head.children):
        return head
    if m.kind == "name" and tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "capital":
        return _capital_city(head.head)
    return None


def _capital_city(capital: Token) -> Token | None:
    """The city a ", the capital of <state>" phrase is set beside: the name just before its comma (the
    parser may hang the phrase on an earlier noun: "three guards died in a raid on the governor of
    Bamako, the capital of Mali" made an apposition of "guards"), else the name it qualifies."""
    start = capital.left_edge.i
    doc = capital.doc
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN":
        return doc[start - 2]
    return capital.head if capital.dep_ == "appos" and capital.head.pos_ == "PROPN" else None


def _scene_role(tok: Token) -> bool:
    """Whether a place's phrase says where something happens: the object of "in", "near", "of" ...
    (`SCENE_PREPS`), not a subject, a verb's object ("visited ...") or where one goes ("to")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPS


def _most_named(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], key: str,
                at_least: int = 1) -> str | None:
    """The country the sections' place counts under `key` (set by `analyse_doc`) name most, at least
    `at_least` times and more often than any other; None when two tie."""
    counts: Counter = Counter()
    for _, d, _, _ in staged:
        counts.update(d.user_data.get(key, ()))
    top = counts.most_common(2)
    if top and top[0][1] >= at_least and (len(top) == 1 or top[1][1] < top[0][1]):
        return top[0][0]
    return None


def _headline_titles(staged: list[tuple[str, Doc, list[Mention], list[_Person]]], headline: dict[str, Actor],
                     people: dict[str, Actor], date: str | None, lex: Lexicon) -> None:
    """Let the body's titles win over the headline's: a headline's commas list people ("Carter, Iraqi
    Prime Minister Discuss Next Moves") where the parser reads an apposition, so a headline person the
    body names in full as of another state (by title or the lexicon) takes the body's actor; the
    headline's own titles are kept for persons the body does not place."""
    body: dict[str, Actor] = {}
    for section, _, _, persons in staged:
        for p in persons:
            if section != "title" and not p.modifier and len(name_words(p.name)) > 1:
                actor = p.actor or person_actor(p.name, date, lex)
                if actor is not None and actor.country:
                    body.setdefault(norm(surname(p.name)), actor)
    for section, _, _, persons in staged:
        if section != "title":
            continue
        for p in persons:
            known = body.get(norm(surname(p.name)))
            if p.titled and p.actor is not None and known is not None and known.country != p.actor.country:
                p.actor = Actor(code=known.code, name=p.name, sector=known.sector, country=known.country)
                headline[norm(p.name)] = headline[norm(surname(p.name))] = p.actor
    for key, actor in headline.items():
        people.setdefault(key, actor)


def _remember(people: dict[str, Actor], name: str, actor: Actor) -> None:
    """Keep a person's actor under the full name and the surname (also without its Arabic article:
    "Prime Minister Haider al-Abadi ... Abadi"), for their later mentions."""
    people.setdefault(norm(name), actor)
    for key in surname_keys(name):
        people.setdefault(key, actor)


def _remembered(people: dict[str, Actor], name: str) -> Actor | None:
    """The actor kept for a person by full name, else by surname (see `_remember`)."""
    return people.get(norm(name)) or people.get(norm(surname(name)))


def _plain_name(name: str, surnames: set[str]) -> bool:
    """A name that reads as a person's: two to four capitalised words ("Morton Blackwell", "Richard
    A. Viguerie"), or the surname of such a name the document gave ("Blackwell")."""
    words = name.split()
    if len(words) == 1:
        return norm(name) in surnames
    return len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").replace("-", "").replace("’", "")
                                   .replace("'", "").isalpha() for w in words)


def _lone_surname(doc: Doc, p: _Person) -> bool:
    """A single capitalised word the tagger reads as a person's name ("Manafort said"): a person the
    document names by surname only."""
    tok = doc[p.start]
    # (a name after "the" is a thing's: "a human return to the Moon")
    return (p.end - p.start == 1 and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.is_alpha
            and tok.text[:1].isupper() and not tok.text.isupper()
            and not (p.start > 0 and doc[p.start - 1].lower_ == "the"))


def _members_of_legislature(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a countryless agent noun in a home legislature ("Democratic leaders in
    Congress") made that legislature's members: `home_legislature` names a bare "Congress" only after
    `_locate_agents` has placed the agents."""
    houses = {m.start: m for m in mentions if m.kind == "title" and m.actor.sector == "LEG"}
    if not houses:
        return mentions
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if (
            m.kind == "agent" and not m.actor.country) else None
        house = None
        for prep in span.root.rights if span is not None else ():
            if prep.dep_ == "prep" and prep.lower_ == "in":
                house = next((houses[c.idx] for c in prep.children
                              if c.dep_ == "pobj" and c.idx in houses), None)
        out.append(m if house is None else
                   replace(m, actor=Actor.of(house.actor.country, m.actor.name, "LEG")))
    return out


def _cued_region(doc: Doc, m: Mention, lex: Lexicon) -> str | None:
    """The state's name (`home.namesakes`) a mention uses as a federation's region, from its own
    words: "the Georgia primary", "Atlanta, Georgia" (`home.region_cued`); "Georgia prosecutors", "a
    Georgia judge" (the name as a noun before an office or trade: the state's people are "Georgian")."""
    table = namesakes()
    if m.kind in REGIONAL_KINDS and " " in m.text:
        name = norm(m.text.split(" ")[0])
        return name if name in table else None
    name = norm(m.text)
    if m.kind == "name" and name in table and region_cued(
            section_text(doc), m.start, m.end, table[name][1], lex):
        return name
    return None


def find_mentions(parsed: ParsedDocument) -> list[Mention]:
    """Every mention of a political actor in every section of `parsed`, in text order."""
    lex = load_lexicon()
    people: dict[str, Actor] = {}
    # who held which office is looked up as of the publication date, else the date the text implies
    published = parsed.document.published or text_date(
        e.text for d in parsed.sections.values() for e in d.ents if e.label_ == "DATE")
    staged: list[tuple[str, Doc, list[Mention], list[_Person]]] = []
    # First pass collects titled persons document-wide so "Kirby" in the headline finds its title.
    headline: dict[str, Actor] = {}
    for section in SECTIONS:
        doc = parsed.sections.get(section)
        if doc is None:
            continue
        mentions, persons = analyse_doc(doc, section, lex, headline if section == "title" else people,
                                        date=published)
        staged.append((section, doc, mentions, persons))
    home = _home_titled(staged, people, published, lex)
    _headline_titles(staged, headline, people, published, lex)
    titled: dict[str, list[tuple[str, Actor]]] = {}
    for _, _, _, persons in staged:
        for p in persons:
            words = name_words(p.name)
            if p.titled and p.actor is not None and words:
                given = words[0].lower().rstrip(".") if len(words) > 1 else ""
                for key in surname_keys(p.name):  # "al-Abadi" and "Abadi"
                    titled.setdefault(key, []).append((given, p.actor))
                if len(words) == 2:  # a family name written first ("Zhao Lijian ... Zhao told reporters")
                    titled.setdefault(norm(words[0]), []).append(("", p.actor))
    # "Mark Cuban ... Cuban said", "Michael Jordan ... Jordan": a surname the document gave a person
    # is that person, not a demonym or a state.
    surnames = {norm(words[-1]) for _, _, _, persons in staged for p in persons
                if len(words := name_words(p.name)) > 1}
    firsts = _given_names(p.name for _, _, _, persons in staged for p in persons)
    seen: dict[str, Actor | None] = {}
    unplaced: dict[str, Actor] = {}  # persons of the dominant country by name, as first named
    genders = surname_genders([(p.name, name_gender(d, p.start, p.end)) for _, d, _, persons in staged
                               for p in persons])
    dominant = _dominant(staged, published, lex)
    where = _where(staged, dominant) or _one_state(staged)
    placed = _scene(staged)
    local = None if dominant else _local_story(staged, where, published, lex)
    done: list[tuple[str, Doc, list[Mention]]] = []
    result: list[Mention] = []
    ahead = _body_surnames(staged, published, lex)
    dateline = _dateline(staged)
    # (not the dateline's: a foreign minister speaking abroad is datelined where he speaks, a report
    # from Beijing on what Venezuela's "Foreign Minister Jorge Arreaza said" there)
    officials_home = home_country([m for _, _, ms, _ in staged for m in ms])
    for section, doc, mentions, persons in staged:
        # A known person written as a modifier ("Clinton's campaign") already has a mention: it
        # takes the actor the document's naming gives the person.
        named = {(m.start, m.end): k for k, m in enumerate(mentions) if m.kind == "person"}
        dropped: set[int] = set()
        for p in persons:
            if p.titled:
                seen.setdefault(norm(surname(p.name)), p.actor)
            elif section == "title" and len(name_words(p.name)) == 1 and norm(p.name) in ahead:
                p.actor = ahead[norm(p.name)]  # "Ryan calls Trump line 'racist'" over "Paul Ryan" below
            else:
                p.actor = _first_named(p, firsts, seen, surnames) or _known_person(
                    p, people, titled, seen, published, lex)
                if p.actor is None and len(p.name.split()) > 2:
                    # a headline's capitals run a verb into the name: "Ted Cruz Refuses to Disavow ..."
                    p.actor = person_actor(" ".join(p.name.split()[:2]), published, lex)
                home_of = dominant or (local if local and _acting_person(doc, p) else None)
                body = _body_office(doc, p, lex)
                if home_of is None and dateline and body is not None:
                    # "ministry spokesman Anurag Srivastava said" in a report datelined NEW DELHI: an
                    # office of a state body the report names without its state is the dateline's
                    home_of = dateline
                p.office_sector = p.office_sector or body  # (and the office, wherever the home comes from)
                if (home_of is None and p.office_sector in HOME_GOVERNMENT_SECTORS
                        and _role_before(doc, p.start) and len(name_words(p.name)) > 1):
                    # "Interior Minister Ahmad Vahidi announced", "Federal Interior Minister X" in a
                    # report too short for a dominant state: a government office written with no state
                    # is the state's whose official reports it, else the report's home state's (its
                    # officials'; not merely the state it names most); a full name only: "Minister
                    # Ellwood said:" then a UK statement on the Government of Iraq is no Iraqi's)
                    home_of = (_reporting_state(doc, p.start, mentions)
                               or _unmarked_home(doc, p, mentions, officials_home))
                other = _counterpart_state(doc, p, mentions)
                if other is not None and home_of in (other, None):
                    # "Foreign Minister Cho Tae-yul and his Japanese counterpart": not the counterpart's
                    # state, however often the report names it, but the report's other state
                    home_of = _home_besides(staged, other, _dateline(staged))
                if p.actor is None and home_of and not p.modifier and (
                        _plain_name(p.name, surnames) or _lone_surname(doc, p)):
                    # "said Charles Barkley", "Viguerie said": in a report about one country, a
                    # person it names without office or nationality is of that country, a private
                    # person (PLOVER's CVL) as far as the text tells; one with a countryless title
                    # holds its office there ("Environment Minister Robert Hill" in an Australian story)
                    # (the name or surname later is this person: "Wells Fargo CEO John Stumpf ... Stumpf")
                    p.actor = unplaced.get(norm(p.name)) or Actor.of(home_of, p.name,
                                                                     p.office_sector or "CVL")
                    unplaced.setdefault(norm(p.name), p.actor)
                    if len(name_words(p.name)) > 1 and seen.get(norm(surname(p.name)), p.actor) is None:
                        seen[norm(surname(p.name))] = p.actor
                    if p.office_sector and len(name_words(p.name)) == 2:
                        # as for titled persons: a family name written first ("Foreign Minister Cho
                        # Tae-yul ... Cho and Iwaya")
                        seen.setdefault(norm(name_words(p.name)[0]), p.actor)
            span = doc[p.start:p.end]
            k = named.get((span.start_char, span.end_char))
            if k is not None:
                if p.actor is None:
                    dropped.add(k)
                else:
                    m = mentions[k]
                    mentions[k] = Mention(m.start, m.end, m.text, p.actor, m.section, m.person, m.kind)
                continue
            if p.actor is not None and not (p.modifier and any(
                    m.start <= doc[p.start].idx < m.end for m in mentions)):
                mentions.append(mention_of(doc, section, p.start, p.end, p.actor, "person", p.actor.name))
        dropped.update(k for k, m in enumerate(mentions) if m.kind in ("demonym", "name")
                       and norm(m.text) in surnames)
        if dropped:
            mentions = [m for k, m in enumerate(mentions) if k not in dropped]
        mentions = _home_bodies(doc, mentions, dateline)
        mentions = resolve_descriptions(doc, section, mentions, lex, _sentence_numbers(doc), home)
        mentions = _locate_agents(doc, mentions, lex, published, where, placed)
        mentions = coalition_forces(doc, section, mentions, lex)
        described = sorted(persons + _described(doc, mentions), key=lambda p: p.start)
        mentions.extend(_pronouns(doc, section, mentions, described, genders))
        mentions = _sided_relations(doc, mentions)
        mentions = with_groups(doc, section, mentions)  # "U.S. and Russian diplomats", "the two leaders"
        if section == "text":
            issuer = next((title_issuer(d, ms) for s, d, ms in done if s == "title"), None)
            mentions.extend(statement_voice(doc, section, mentions, _quoted, issuer))
        done.append((section, doc, sorted(mentions, key=lambda m: m.start)))
    home = home_country([m for _, _, mentions in done for m in mentions])
    cued = frozenset(name for _, doc, mentions in done for m in mentions
                     if (name := _cued_region(doc, m, lex)))
    for section, doc, mentions in done:
        result.extend(_members_of_legislature(doc, home_legislature(doc, section, mentions, lex, home)))
    return home_regions(_shared_names(result), home, cued)


@lru_cache(maxsize=1)
def shared_names() -> tuple[tuple[re.Pattern, str, str], ...]:
    """(bare name as a word, not after "of" nor joined by a hyphen; default iso3; other iso3) from
    data/shared_names.tsv."""
    return tuple((re.compile(rf"(?<![\w-])(?<!of ){re.escape(name)}(?![\w-])"), default, other)
                 for _, (name, default, other) in read_rows("shared_names.tsv", 3, DATA))


def _shared_names(mentions: list[Mention]) -> list[Mention]:
    """A name two states share ("Congo") is the second state's in a document that names the second by
    a name of its own ("Democratic Republic of Congo", "Congolese", "Kinshasa") and the first by none
    (descriptions, pronouns and agents the bare name placed follow it, and so does any mention of the
    first state whose words hold no name at all: "towns" in "capture 2 more towns in eastern Congo")."""
    out = mentions
    for pattern, default, other in shared_names():
        shared = [k for k, m in enumerate(out) if m.actor.country == default
                  and (pattern.search(m.text) or m.kind in REPEATING_KINDS or m.kind == "agent"
                       or m.text.islower())]
        own = {m.actor.country for k, m in enumerate(out) if k not in shared}
        if not shared or other not in own or default in own:
            continue
        out = list(out)
        for k in shared:
            m = out[k]
            out[k] = replace(m, actor=Actor.of(other, m.actor.name, m.actor.sector))
        out = [_moved_members(m, default, other) for m in out]
    return out


def _moved_members(m: Mention, default: str, other: str) -> Mention:
    """`m` with its members of the shared name's first state given to the second, as its actor was:
    "Both sides blame each other" after "Congo's army" and "Rwandan troops" in a report that names
    the Democratic Republic of Congo is COD's and RWA's. Members that fall into one state are no group."""
    if not any(a.country == default for a in m.members):
        return m
    moved = {}
    for a in m.members:
        a = Actor.of(other, a.name, a.sector) if a.country == default else a
        moved.setdefault(a.code, a)
    return replace(m, members=tuple(moved.values()) if len(moved) >= 2 else ())
