"""Definite descriptions that point back to an actor named earlier: "the minister", "the militants".

News names an actor once and then refers to it by a common noun: "The Chinese foreign minister
visited Pakistan. The minister urged India to resume talks"; "The Taliban seized Kunduz. The
militants executed three policemen"; "Iran ... the country has denied". Without this the second
sentence has no actor (a lone title names nobody) or an unknown one (`UNKUAF`).

A noun phrase "the <noun>" or "these / those <plural noun>" (only adjectives or common nouns between
the article and the head, no name) whose words are an agent noun of the lexicon, or a generic noun of
`data/anaphors.tsv`, takes the actor of the closest earlier mention in the same section, at most
`WINDOW` sentences back, that has a known country or organisation and is compatible:

- the antecedent's own words contain the head noun ("the minister" <- "Chinese foreign minister",
  "the president" <- "President Hassan Rouhani"); or
- for a bare plural agent noun, the sectors are of one family ("the militants" <- the Taliban, REB
  and UAF; "the soldiers" <- "Russian troops"; an armed one also to an international militarised
  group: "ISIL ... these terrorists"); or
- for a generic noun, the antecedent is of its class (`state`: "the country" <- Iran; `group`:
  "the group" <- Hamas, an armed or political group or an organisation); a `named` noun takes only
  an antecedent containing it ("the coalition" <- "the US-led coalition", coded by its leader).

A role noun of a known country ("the former Mexican president", a `person` noun of anaphors.tsv)
is the closest person named with that country and sector within `ROLE_WINDOW` sentences. A role
noun with no country ("the senator", "The Foreign Secretary", "the billionaire businessman") is,
within that window, a person whose title holds all its words, else one whose title holds its head
noun, else the closest person whose sector fits the role (any person for a role of no sector; former
officials and candidates fit any office; a word of an office of data/role_offices.tsv, "the
monarch", only a person titled by a word of that office, "King Hussein"), for a description that is
a subject the closest such person who is a subject within `WINDOW` sentences; never the subject of a
verb whose clause holds the description ("Barkley said the billionaire ...") nor a person joined to it
by "and". A home office ("the senator") with no such person is the document's home country's. A head
of state or government ("the president", "The Prime Minister", data/heads.tsv) with no such person is
the last person whose title holds the role however far back ("President Obama"), else the home
country's head (GOV); a head role found for a person out of office on the report's date is that
person in the office ("killing the prime minister": Rabin in 1995, not the ex-official of 1998), but
"the former president" is not.

A plural whose fitting antecedents in its and the last sentence are of two or more states ("Putin met
Erdogan ... The leaders agreed") is left unresolved: it is both, and one would be a wrong actor.

A state institution ("the government", "the army", "the police") with no such antecedent is the
closest one named in full before it in the section, however far back ("The Indian Navy ... the
navy"), unless the window names a state other than in a prepositional phrase; else it takes the one
country the window names, if it names exactly one: a report about one country's events calls that
country's institutions "the army" (a state named only as a place, "in Syria", counts only when no
other is named: "Turkish troops shelled militants in Syria, the ministry said"). With two
or more countries it stays unresolved: guessing whose army would put a culprit in the ledger the text
does not name.

"The statement" as a subject ("... the statement said") is its issuer's: the actor that issued the
closest statement noun (`data/release_nouns.tsv`) named before it within the window ("President Obama
released a statement", "the ministry said in a statement", "a statement from the Kremlin").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.actors.home import home_titles
from sitrep.actors.lexicon import DATA, Lexicon, norm, read_rows
from sitrep.actors.phrases import FORMER
from sitrep.actors.statements import release_nouns, statement_maker
from sitrep.nlp.model import section_text
from sitrep.records import Actor, Mention

WINDOW = 2  # sentences back, besides the anaphor's own sentence
# Sectors one plural description can point across: "militants" are the rebels just named.
SECTOR_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"REB", "UAF", "INS", "SEP"}),
    frozenset({"MIL", "PKO"}),
    frozenset({"OPP", "PTY"}),
)
GROUP_SECTORS = frozenset({"REB", "UAF", "INS", "SEP", "OPP", "PTY", "NGO", "CRM"})
GROUP_CODES = frozenset({"IMG", "NGO"})  # CAMEO's international militarised groups, NGOs
STATE_KINDS = frozenset({"name", "metonym", "demonym"})
MODIFIER_POS = frozenset({"ADJ", "NOUN"})
PERSON_KINDS = frozenset({"person", "description"})
# Sectors of persons who may hold or seek any role: former officials and candidates
# ("Jeb Bush ... the governor", "Hillary Clinton ... the candidate").
ROLE_SECTORS = frozenset({"ELI", "PTY"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FOREIGN = "foreign"  # data/anaphors.tsv class: the other side's forces ("the invaders", `_foreign_force`)
FITTING = "fitting"  # `_compatible` class: a person whose sector fits a role noun's
# "Ben Jealous, the former president of ...", "X is the leader": these describe a name already
# there, they do not point back.
NOT_ANAPHORIC_DEPS = frozenset({"appos", "attr", "acomp", "npadvmod"})


@lru_cache(maxsize=1)
def generic_nouns() -> dict[str, str]:
    """Generic nouns ("country", "group", "government") and their class (data/anaphors.tsv)."""
    return {norm(noun): kind for _, (noun, kind) in read_rows("anaphors.tsv", 2, DATA)}


@lru_cache(maxsize=1)
def _offices() -> dict[str, frozenset[str]]:
    """Role word -> all the words of its office (data/role_offices.tsv): "monarch" -> king, emir, ..."""
    rows = [(norm(word), office) for _, (word, office) in read_rows("role_offices.tsv", 2, DATA)]
    return {word: frozenset(w for w, o in rows if o == office) for word, office in rows}


def _family(sector: str | None) -> frozenset[str]:
    for family in SECTOR_FAMILIES:
        if sector in family:
            return family
    return frozenset({sector}) if sector else frozenset()


@lru_cache(maxsize=1)
def of_verbs() -> frozenset[str]:
    """Lemmas of verbs whose object takes an "of" complement (data/of_verbs.tsv: "accuse", "warn")."""
    return frozenset(norm(row[0]) for _, row in read_rows("of_verbs.tsv", 1, DATA))


def _verb_of(head: Token) -> bool:
    """Whether the "of" on an object is its verb's complement, not the object's owner: "accused the
    government of corruption" (the parser hangs "of corruption" on "government"), not "the government
    of Iraq" (a named owner is one either way)."""
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in of_verbs():
        return False
    return not any(t.pos_ == "PROPN" for r in head.rights if r.lower_ == "of" for t in r.subtree)


def _description(doc: Doc, head: Token, names: bool = False) -> tuple[int, int] | None:
    """Token range of "the [ADJ|NOUN]* head" without the article, or None if it is not one (with
    `names`, proper nouns may qualify it too: "the Vermont senator")."""
    if head.dep_ in NOT_ANAPHORIC_DEPS or (any(r.dep_ == "prep" and r.lower_ == "of" for r in head.rights)
                                           and not _verb_of(head)):
        return None
    left = list(head.lefts)
    if not left or left[0].dep_ != "det" or not (
            left[0].lower_ == "the" or (left[0].lower_ in PLURAL_DEMONSTRATIVES and head.tag_ == "NNS")):
        return None
    mods = left[1:]
    allowed = MODIFIER_POS | {"PROPN"} if names else MODIFIER_POS
    if any(t.pos_ not in allowed or t.dep_ not in ("amod", "compound") for t in mods):
        return None
    if any(generic_nouns().get(t.lower_) == "generic" for t in mods):
        return None  # "the next president", "the only candidate": a role, not someone named before
    return left[0].i + 1, head.i + 1


PLACE_PREPS = frozenset({"in", "into", "inside", "across", "throughout", "near", "over"})
# "ISIL ... these terrorists": a plural demonstrative points back like "the"
PLURAL_DEMONSTRATIVES = frozenset({"these", "those"})
# An international militarised group (CAMEO IMG: "ISIL", "al-Qaeda") is what its fighters are called:
# "the militants", "these terrorists".
ARMED_FAMILY = SECTOR_FAMILIES[0]


def _placed(root: Token) -> bool:
    """Whether a name is the object of a place preposition ("in Syria and Iraq"), conjuncts included."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


def _coordinated(root: Token) -> bool:
    """Whether a name is one of several joined by "and" / "or" ("Hungary, Poland and the Czech Republic")."""
    return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)


def _known(actor: Actor) -> bool:
    return not actor.unknown


def _words(m: Mention, titles: dict[int, set[str]]) -> set[str]:
    """The lowercased words of a mention and of its person's title outside it."""
    return {w.strip(".,'’").lower() for w in m.text.split()} | titles.get(id(m), set())


def _compatible(m: Mention, head: str, plural: bool, sectors: frozenset[str], generic: str | None,
                titles: dict[int, set[str]]) -> bool:
    """Can `m` be what "the <head>" refers to?"""
    if generic == "state":
        return m.kind in STATE_KINDS and m.actor.sector is None and m.actor.country is not None
    if generic == "group":
        return m.kind != "person" and (m.actor.sector in GROUP_SECTORS or m.actor.code[:3] in GROUP_CODES)
    if generic == "body":
        return m.kind == "organisation"
    if generic == "media":
        return m.kind == "organisation" and m.actor.sector == "JRN"
    words = _words(m, titles)
    if sectors & SIDE_SECTORS and m.actor.sector and not sectors & _family(m.actor.sector):
        return False  # "the separatist forces" are not "Ukrainian security forces"
    if head in words or head.rstrip("s") in words:
        return True
    office = _offices().get(head)
    if office is not None:
        # "the monarch" is a person titled king, emir ...: never a president whose sector fits it
        return bool(words & office)
    if generic == FITTING:
        # "Sen. Ted Cruz ... the senator", "Donald Trump ... the billionaire businessman": a person
        # named before whose office fits the role (any person for a role of no sector)
        return m.kind in PERSON_KINDS and bool(m.person) and (not sectors or m.actor.sector in sectors)
    # (a plural is a group, never one person of its sector: "opposition leader Raila Odinga ... riot
    # police then broke up the protesters")
    return plural and not m.person and (bool(sectors & _family(m.actor.sector)) or (
        m.actor.code[:3] == "IMG" and bool(sectors & ARMED_FAMILY)))


# Sentences back a role description looks for its holder: "the press secretary" is the one named
# with that title at the top of a briefing report; "the former Mexican president" the last Mexican named.
ROLE_WINDOW = 10


def _foreign_force(located: list[tuple[Mention, int]], begin: int, sent: int, home: str | None,
                   places: set[int]) -> Mention | None:
    """The foreign armed force "the invaders" / "the occupiers" / "the enemy" refers to: the closest
    state force (MIL) named before it whose state is neither the report's home nor one the section
    names as a place ("Russian forces have attacked the village of Zmiivka in the Kherson region ...
    the invaders were shelling Kherson": Russia's). These words name the other side of a war from
    where the report stands, never the home side's own forces, nor the side the anaphor's own sentence
    names ("Ukrainian troops repelled the invaders")."""
    local = {m.actor.country for m, m_sent in located if m.actor.country and (
        id(m) in places or (m_sent == sent and m.start < begin))}
    for m, _ in reversed(located):
        if m.start >= begin or m.actor.sector != "MIL" or not m.actor.country:
            continue
        if m.actor.country != home and m.actor.country not in local:
            return m
    return None


def _role_holder(title: Mention, located: list[tuple[Mention, int]], sent: int) -> Mention | None:
    """The person a role description of a known country refers to: the closest one named before it
    with that country and sector ("Felipe Calderon ... the former Mexican president", both MEXELI;
    "the Vermont senator" is the last US legislator named, not the last American)."""
    for m, m_sent in reversed(located):
        if m_sent < sent - ROLE_WINDOW:
            break
        if m.start >= title.start:
            continue
        if (m.kind == "person" and m.person and m.actor.country == title.actor.country
                and m.actor.sector == title.actor.sector):
            return m
    return None


def _cited_medium_only(mentions: list[Mention], home: str) -> bool:
    """Whether the only mentions of a section's home country are news media it cites ("told AFP",
    "Reuters reported"): an agency's country is where the news went, not where its story happens, so
    it gives no home to "the army" or "the government"."""
    ours = [m for m in mentions if m.actor.country == home]
    return bool(ours) and all(m.actor.sector == "JRN" for m in ours)


def _states_after(located: list[tuple[Mention, int]], begin: int, sent: int) -> bool:
    """Whether sentence `sent` names a state (any mention with a country) after character `begin`."""
    return any(m_sent == sent and m.start > begin and m.actor.country and m.kind != "pronoun"
               for m, m_sent in located)


def _titled_before(located: list[tuple[Mention, int]], begin: int, wanted: set[str],
                   titles: dict[int, set[str]]) -> Mention | None:
    """The latest person named before `begin`, however far back, whose title holds all the words of
    a role description ("Prime Minister Narendra Modi" for "the prime minister")."""
    for m, _ in reversed(located):
        if (m.start < begin and m.kind == "person" and m.person and _known(m.actor)
                and wanted <= _words(m, titles)):
            return m
    return None


@lru_cache(maxsize=1)
def head_roles() -> frozenset[str]:
    """Roles heading a state or its government (data/heads.tsv)."""
    return frozenset(norm(row[0]) for _, row in read_rows("heads.tsv", 1, DATA))


def _issuer_of(noun: Token, covered: dict[int, Mention]) -> Mention | None:
    """The known actor that issues a statement noun: "President Obama released a statement", "the
    White House said in a statement", "a statement from the Kremlin", "the ministry's statement"."""
    maker = statement_maker(noun, lambda t, how: how in ("possessor", "by", "subject") and t.i in covered)
    return covered[maker.i] if maker is not None else None


def _statement_issuer(doc: Doc, tok: Token, covered: dict[int, Mention], sentence_of: dict[int, int]
                      ) -> Mention | None:
    """Whose "the statement" is, as the subject of "... the statement said": the issuer of the closest
    statement named before it within `WINDOW` sentences ("President Obama released a statement ...
    'We stand in solidarity and partnership with France,' the statement said"). A closer statement
    whose issuer is not named (or only by a pronoun) stops the search: it is the one meant."""
    nouns = release_nouns()
    first = sentence_of.get(tok.i, -1) - WINDOW
    for k in range(tok.i - 1, -1, -1):
        if sentence_of.get(k, -1) < first:
            return None
        if doc[k].pos_ == "NOUN" and norm(doc[k].text) in nouns:
            found = _issuer_of(doc[k], covered)
            return found if found is not None and _known(found.actor) else None
    return None


def _named_institution(located: list[tuple[Mention, int]], begin: int, head: str) -> Mention | None:
    """The closest institution named in full anywhere before a description of it: "The Indian Navy on
    Saturday foiled a hijack attempt ... [ten sentences on] The navy has been carrying out anti-piracy
    patrols" is India's navy, not that of the one state the last sentences name as a place ("the
    territorial waters of Somalia"). Only a mention whose own words hold the noun."""
    for m, _ in reversed(located):
        if m.start < begin and _known(m.actor) and m.kind not in ("pronoun", "person") and (
                head in {w.strip(".,'’").lower() for w in m.text.split()}):
            return m
    return None


# Sectors of non-state sides whose noun, modifying a force noun, makes the force theirs ("the
# separatist forces" are rebels, not the army named before as "Ukrainian security forces")
SIDE_SECTORS = frozenset({"REB", "OPP", "INS"})


def _side_modifier(doc: Doc, tok: Token, rng: tuple[int, int], lex: Lexicon):
    """The lexicon entry of a non-state side's noun modifying a description's head inside its phrase
    ("the separatist forces", "the insurgent fighters"), for a phrase the lexicon lacks. Only on an
    agent noun: "the terrorist attacks" are no one."""
    head = lex.phrases.get(norm(tok.text))
    if head is None or head.kind != "agent" or head.sector in (None, "*"):
        return None
    for c in tok.children:
        if rng[0] <= c.i < tok.i and c.dep_ in ("amod", "compound"):
            entry = lex.phrases.get(norm(c.text))
            if entry is not None and entry.kind == "agent" and entry.sector in SIDE_SECTORS:
                return entry
    return None


QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _quoted_before(text: str, end: int, begin: int) -> bool:
    """Whether a quotation closes between a mention (ending at char `end`) and a description (at
    `begin`) that it opened before the mention: the mention is inside the quote, and a person named in
    a quote is not its speaker. (A quote opening there, "Boris Johnson ... said: “The Foreign
    Secretary met", leaves the mention outside.)"""
    last = max(text.rfind(q, end, begin) for q in QUOTE_MARKS)
    if last < 0 or sum(text.count(q, end, begin) for q in QUOTE_MARKS) % 2 == 0:
        return False
    mark = text[last]
    return mark == "\u201d" or (mark == '"' and last > 0 and not text[last - 1].isspace())


def resolve_descriptions(doc: Doc, section: str, mentions: list[Mention], lex: Lexicon,
                         sentence_of: dict[int, int], home: str | None = None) -> list[Mention]:
    """One section's `mentions` with definite descriptions resolved to earlier actors.

    `sentence_of` maps token index -> sentence number (see the module docstring for the rules);
    `home` is the document's home country, for a home office named before any holder ("the senator").
    """
    generic = generic_nouns()
    local_titles = home_titles()
    text = section_text(doc)  # a Doc rebuilds its text on every access: the parse kept it
    own = sorted(mentions, key=lambda m: m.start)
    if home is not None and _cited_medium_only(own, home):
        home = None  # "Officials said the army had killed 12 militants, ... told AFP": not France's army
    starts = [(m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in own]
    located = [(m, sentence_of.get(span.start, -1)) for m, span in starts if span is not None]
    roots = {id(m): span.root for m, span in starts if span is not None}
    covered: dict[int, Mention] = {}
    for m, span in starts:
        if span is not None:
            for t in span:
                covered[t.i] = m
    # a person's title words outside any mention ("Pentagon Press Secretary Peter Cook": "Pentagon"
    # is the mention, "press secretary" only words): "the press secretary" later is that person
    by_person: dict[str, set[str]] = {}
    for m, span in starts:
        if m.kind == "person" and m.person and span is not None and span.root.left_edge.i < span.start:
            by_person.setdefault(m.person, set()).update(
                t.lower_ for t in doc[span.root.left_edge.i:span.start])
        # (and a title the lexicon writes in the name: "Pope Francis ... Francis ... The pontiff")
        if m.kind == "person" and m.person and span is not None:
            by_person.setdefault(m.person, set()).update(
                t.lower_ for t in span if t.lower_ in _offices())
    titles = {id(m): by_person[m.person] for m, _ in starts if m.person in by_person}
    # "shelled militants in Syria and Iraq": a state named as where something happens owns no institution
    places = {id(m) for m, span in starts if span is not None and m.kind in STATE_KINDS
              and _placed(span.root)}
    replaced: dict[int, Mention] = {}  # id(old mention) -> new
    added: list[Mention] = []
    for tok in doc:
        role = tok.tag_ in ("NN", "NNP") and generic.get(norm(tok.text)) == "person"
        # a capitalised office is a proper noun to the tagger: "The Foreign Secretary met ..."
        if tok.pos_ != "NOUN" and not (role and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"):
            continue
        old = covered.get(tok.i)
        if old is not None and (_known(old.actor) or old.kind != "agent"):
            if not (role and old.kind == "title" and old.person is None):
                continue
            rng = _description(doc, tok, names=True)
            found = _role_holder(old, located, sentence_of.get(tok.i, -1)) if rng is not None else None
            if found is not None:
                span = doc[rng[0]:rng[1]]
                replaced[id(old)] = Mention(span.start_char, span.end_char, span.text, found.actor, section,
                                            found.person, "description")
            continue
        rng = _description(doc, tok, names=role)  # "the Republican front-runner"
        if rng is None:
            continue
        if tok.dep_ in SUBJECT_DEPS and norm(tok.text) in release_nouns() and old is None:
            issuer = _statement_issuer(doc, tok, covered, sentence_of)
            if issuer is not None:
                span = doc[rng[0]:rng[1]]
                added.append(Mention(span.start_char, span.end_char, span.text, issuer.actor, section,
                                     issuer.person, "description"))
            continue
        phrase = norm(doc[rng[0]:rng[1]].text)
        if generic.get(phrase) == FOREIGN or generic.get(norm(tok.text)) == FOREIGN:
            found = _foreign_force(located, doc[rng[0]].idx, sentence_of.get(tok.i, -1), home, places)
            if found is not None:
                span = doc[rng[0]:rng[1]]
                new = Mention(span.start_char, span.end_char, span.text, found.actor, section, None,
                              "description")
                if old is not None:
                    replaced[id(old)] = new
                else:
                    added.append(new)
            continue
        side = None if lex.phrases.get(phrase) else _side_modifier(doc, tok, rng, lex)
        entry = lex.phrases.get(phrase) or side or lex.phrases.get(norm(tok.text))
        kind = generic.get(phrase) or generic.get(norm(tok.text))
        if kind in ("state", "group", "body", "media") and tok.tag_ != "NN":
            kind = None
        if kind == "media" and any(t.tag_ != "DT" for t in doc[rng[0]:tok.i]):
            continue  # "the terrorist network", "the state newspaper": not the outlet just named
        agent = entry is not None and entry.kind == "agent" and entry.sector not in (None, "*")
        # "the officials" after "Israeli officials said": a noun of anybody's ("*") takes only an
        # antecedent containing it
        owned = entry is not None and entry.kind == "agent" and entry.sector == "*"
        if kind is None and not agent and not owned:
            continue
        if kind == "institution" and not agent:
            continue
        sectors = frozenset({entry.sector, entry.sector2}) - {None} if agent else frozenset()
        fits = sectors | ROLE_SECTORS if sectors else sectors
        if kind == "person" and owned:
            fits = frozenset({"GOV"})  # "the president": a head of government, not any person
        plural = tok.tag_ == "NNS" and rng[0] == tok.i  # "the militants", not "the coalition forces"
        sent = sentence_of.get(tok.i, -1)
        head = tok.lower_
        antecedent = fitting = exact = named = subject = leader = None
        # all the description's words in a person's title: "The Foreign Secretary Boris Johnson joined
        # US Secretary of State John Kerry ... the Foreign Secretary will return" is Johnson
        wanted = {t.lower_ for t in doc[rng[0]:rng[1]]}
        countries: set[str] = set()
        joint: set[str] = set()  # countries of the plural's fitting antecedents in its and the last sentence
        where: set[str] = set()  # countries named only as places
        acting: set[str] = set()  # countries named other than in a prepositional phrase ("Turkish troops")
        begin = doc[rng[0]].idx
        first_sent = sent - (ROLE_WINDOW if kind == "person" else WINDOW)
        # "Barkley said the billionaire was wrong": the speaker whose clause holds a role is not it
        above = {a.i for a in tok.ancestors} if kind == "person" else set()
        # "The Prime Minister and President Hollande met": a role joined to a person is someone else
        others = ({covered[c.i].person for c in tok.conjuncts if c.i in covered} - {None}
                  if kind == "person" else set())
        for m, m_sent in reversed(located):  # in text order, so the window ends at the first older one
            if m_sent < first_sent:
                break
            if m.start >= begin:
                continue
            if not _known(m.actor) or m.kind == "pronoun":
                continue
            if (above and m_sent == sent and id(m) in roots and roots[id(m)].dep_ in SUBJECT_DEPS
                    and roots[id(m)].head.i in above):
                continue
            if others and m.person in others:
                continue
            if kind == "person" and _quoted_before(text, m.end, begin):
                continue  # "my meeting with Foreign Minister Wang Yi," the foreign minister said: not Wang
            if (leader is None and antecedent is None and kind == "institution" and m.kind == "person"
                    and m.actor.sector == "GOV" and m.actor.country and id(m) in roots
                    and roots[id(m)].dep_ in SUBJECT_DEPS):
                leader = m  # a government official acting since the last government named
            if m.actor.country:
                (where if id(m) in places else countries).add(m.actor.country)
                if id(m) in roots and roots[id(m)].dep_ != "pobj":
                    acting.add(m.actor.country)
            strict = None if kind in ("institution", "person") else kind
            if _compatible(m, head, plural, sectors, strict, titles):
                antecedent = antecedent or m
                if plural and m.actor.country and m_sent >= sent - 1:
                    joint.add(m.actor.country)
            if (named is None and kind == "person" and m.kind == "person" and m.person
                    and _compatible(m, head, plural, sectors, strict, titles)):
                named = m
            if exact is None and kind == "person" and len(wanted) > 1 and wanted <= _words(m, titles):
                exact = m
            if kind == "person" and _compatible(m, head, plural, fits, FITTING, titles):
                fitting = fitting or m
                if (subject is None and m_sent >= sent - WINDOW and id(m) in roots
                        and roots[id(m)].dep_ in SUBJECT_DEPS):
                    subject = m
        # a person whose own title names the role ("President Obama ... the president") before the
        # closest one whose office fits it
        # and a named holder of the role ("President Trump ... the president of Ukraine ... the
        # president's phone calls") before an office named without its holder
        if antecedent is not None and antecedent.kind == "title" and antecedent.person is None:
            antecedent = named or antecedent
        # a description that is a subject continues a subject named shortly before ("Boris Johnson met
        # the Iraqi Foreign Minister, Ibrahim al-Jaafari ... The Foreign Secretary met ...")
        if tok.dep_ in SUBJECT_DEPS:
            fitting = subject or fitting
        antecedent = exact or antecedent or fitting
        if len(joint) > 1:
            # "Putin met Erdogan ... The leaders agreed": a plural for actors of two states is neither
            continue
        if (leader is not None and antecedent is not None and "GOV" in sectors
                and antecedent.actor.country and leader.actor.country != antecedent.actor.country):
            # "the government" after a state's official acting in a later sentence than the last
            # government named is that official's: "the U.S. government's decision to return Gonzalez
            # to Cuba. Castro attended a rally ... For weeks the communist government has held such rallies"
            antecedent = None
        else:
            leader = None
        if antecedent is None and leader is None and kind == "institution" and not acting:
            # (a state the last sentences name as an actor, "Turkish troops ... the army said", is nearer)
            antecedent = _named_institution(located, begin, head)
        if (kind == "state" and not plural and antecedent is not None and home
                and home != antecedent.actor.country and home in countries | where
                and id(antecedent) in roots and _coordinated(roots[id(antecedent)])):
            # "the country" after states named together is none of them in particular: the report's
            # home, if it is among the states named ("The ambassadors of Hungary, Poland and the Czech
            # Republic issued a statement ... Five parties in the country" in a report from Budapest)
            actor = Actor.of(home, doc[rng[0]:rng[1]].text, None)
            antecedent = None
        elif antecedent is not None:
            actor = antecedent.actor
        elif leader is not None:
            actor = Actor.of(leader.actor.country, doc[rng[0]:rng[1]].text, "GOV")
        elif kind == "institution" and len(countries or where) == 1:
            actor = Actor.of(next(iter(countries or where)), doc[rng[0]:rng[1]].text, entry.sector)
        elif kind == "institution" and home and not (countries or where) and not _states_after(
                located, begin, sent):
            # "The opposition leader accused the government of corruption" opening a report on one
            # country: with no state named in the window, the home country's, as "the president" is;
            # not when its own sentence names a state after it, which is often the other party ("The
            # government expressed appreciation for China's assistance")
            actor = Actor.of(home, doc[rng[0]:rng[1]].text, entry.sector)
        elif kind == "person" and agent and home and norm(tok.text) in local_titles:
            # a home office ("the senator", "the governor") with no holder named before it
            actor = Actor.of(home, doc[rng[0]:rng[1]].text, entry.sector)
        elif kind == "person" and phrase in head_roles() and not others and (
                antecedent := _titled_before(located, begin, wanted, titles)) is not None:
            # "President Obama" many paragraphs before "the president"
            actor = antecedent.actor
        elif kind == "person" and phrase in head_roles() and home and not others:
            # (not "The Prime Minister and President Hollande met": the home may be Hollande's)
            # "The Prime Minister" with no holder named before: the home country's head
            actor = Actor.of(home, doc[rng[0]:rng[1]].text, "GOV")
        elif side is not None and old is None:
            # a side's forces named before no antecedent: an agent the sentence's places locate
            span = doc[rng[0]:rng[1]]
            agent = Actor.of(None, span.text, side.sector)
            added.append(Mention(span.start_char, span.end_char, span.text, agent, section, None, "agent"))
            continue
        else:
            continue
        span = doc[rng[0]:rng[1]]
        if (kind == "person" and phrase in head_roles() and actor.sector == "ELI" and actor.country
                and not any(t.lower_.rstrip("-") in FORMER for t in span)):
            # "the prime minister" for a person out of office on the report's date is the head the
            # story tells of ("Amir was infatuated with Har-Shefi and may have been trying to impress
            # her by killing the prime minister": Rabin in 1995); "the former president" is not
            actor = Actor.of(actor.country, actor.name, "GOV")
        new = Mention(span.start_char, span.end_char, span.text, actor, section,
                      antecedent.person if antecedent is not None else None, "description")
        if old is not None:
            replaced[id(old)] = new
        else:
            added.append(new)
    if not replaced and not added:
        return mentions
    out = [replaced.get(id(m), m) for m in mentions] + added
    return sorted(out, key=lambda m: m.start)
