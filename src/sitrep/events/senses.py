"""Tests on the dependency parse that tell an act from a mention of one: opinions, conditions, history,
background clauses, polls; and small helpers on mentions (whose country, which are others).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from sitrep.actors.home import kin_nouns
from sitrep.events.arguments import pobjs, subject_of
from sitrep.events.dates import time_clause_of
from sitrep.events.kinds import (
    ANSWERING,
    ARMED_SECTORS,
    ASIDES,
    BACKING,
    COMBATANT_SECTORS,
    CONDITION_MARKS,
    HISTORY_PREPS,
    INVERTING_AUX,
    OFFICES,
    PERCENT,
    PERSONAL,
    QUOTES,
    SEQUENCE_PREPS,
)
from sitrep.events.lexicon import Entry, load_lexicon
from sitrep.nlp.syntax import plain_word
from sitrep.records import Actor, Mention

APOLOGY = "055"  # CAMEO "apologize"
SETTING_PREPS = frozenset({"in", "at", "during", "on"})  # "said at a meeting with X": where a verb took place
LATER_MARKS = frozenset({"after", "when", "once"})  # "held after he was shot down in 1967": no later than it
# Prepositions of what a warning is about ("warned voters about X", "warned of X", "warned against X").
WARNED_ABOUT = ("of", "about", "against")


def recipient_preps(preps: tuple[str, ...], etype: str) -> tuple[str, ...]:
    """Prepositions that can name an act's recipient: whom a defence, praise or help is "against" is the
    opponent, not the one backed ("defended his record against ISIS", "delivered munitions against ISIL
    targets", "cooperate against terrorism")."""
    return tuple(p for p in preps if p != "against") if etype in BACKING else preps


def is_opinion(v: Token) -> bool:
    """"agree that ...": a that-clause and nothing agreed to or with (no object, clause or preposition)."""
    # "We agreed our first priority must be ...": the clause's subject read as the verb's object
    subjectless = [k for k in v.children if k.dep_ == "ccomp"
                   and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in k.children)]
    deps = {c.dep_ for c in v.children if not (c.dep_ == "dobj" and any(k.i > c.i for k in subjectless))}
    return "ccomp" in deps and not deps & {"xcomp", "dobj", "prep", "dative"}


def for_clause(v: Token) -> Token | None:
    """The "for X to do Y" clause of a verb ("pressed for Congress to offset", "renewed its calls for the
    United States to lift"), which the parser hangs on the verb as an adverbial clause."""
    return next((c for c in v.children if c.dep_ == "advcl" and any(
        k.dep_ == "mark" and k.lower_ == "for" for k in c.children) and any(
        k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)  # "calling for Trump to be banned"


def tells_clause(v: Token) -> bool:
    """"demonstrated that those who cross him pay a price", "demonstrated just how easily X could win",
    "protested that the aides were disingenuous": a verb of protest with a clause of its own shows or
    says something (a street protest takes no clause; "marched, chanting that ..." hangs it elsewhere)."""
    return any(c.dep_ == "ccomp" for c in v.children)


def is_topic(anchor: Token) -> bool:
    """A gerund as a clause's subject names an act in general ("legalizing it could put thousands to
    work"), not one that happened."""
    return anchor.dep_ == "csubj" and anchor.tag_ == "VBG"


def sequence_subject(v: Token) -> Token | None:
    """Who does a gerund after "by", "before", "after" ...: the verb it hangs on says ("criticized Trump
    before also ripping Ted Cruz", "sought to exploit her position by labeling her an extremist")."""
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and (
            v.head.lower_ in SEQUENCE_PREPS and v.head.head.pos_ in ("VERB", "AUX")):
        return subject_of(v.head.head)
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "as" and v.head.head.pos_ == "VERB":
        # "Netanyahu was quoted as warning Iran", "was seen as backing X": the one quoted or seen does it
        return next((c for c in v.head.head.children if c.dep_ == "nsubjpass"), None)
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "for" and v.head.dep_ == "prep":
        return answerer(v.head.head)
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "in" and v.head.dep_ == "prep":
        return engaged_in(v.head.head)
    return None


def engaged_in(h: Token) -> Token | None:
    """Who does what a predicate adjective says one is "in" doing: "Washington and London are virtually
    alone in warning Iraq of military strikes", "has been especially aggressive in pushing the Obama
    administration to release the 28 pages"; not what one is only keen or interested in doing (no act
    yet). A verb's "in" is left alone: "neither Merkel nor Hollande have gone as far as Cameron in
    chiding Trump" compares, it tells no chiding of theirs."""
    if h.lemma_ == "be":  # "are virtually alone in warning": the phrase may hang on the copula
        h = next((k for k in h.children if k.dep_ == "acomp"), h)
    if (h.pos_ != "ADJ" or h.dep_ != "acomp" or h.lower_ in load_lexicon().wishing
            or h.head.pos_ not in ("VERB", "AUX")):
        return None
    return subject_of(h.head)


def answerer(h: Token) -> Token | None:
    """Who did what one is blamed, praised or sorry "for": the one criticized ("criticized Manafort for
    accusing the campaign"), or the one who answers for it ("makes no apologies for accusing the Chinese",
    "resign for criticizing him"); a plea "for" an act ("called for lifting sanctions") names no doer."""
    if h.pos_ == "NOUN" and h.lemma_.lower() in ANSWERING and h.dep_ == "dobj":
        return subject_of(h.head)
    if h.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in h.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)
    if obj is not None:
        return obj
    return subject_of(h) if h.lemma_.lower() in ANSWERING else None


def is_made_to(v: Token) -> bool:
    """"getting some Republicans to say he is unfit": an infinitive whose subject another verb names is
    what someone wants said, not what was said ("continue to warn" is said)."""
    if v.dep_ not in ("xcomp", "ccomp") or not any(k.dep_ == "aux" and k.lower_ == "to" for k in v.children):
        return False
    return any(k.dep_ == "nsubj" for k in v.children) or any(k.dep_ == "dobj" for k in v.head.children)


# Relations by which a noun event hangs on the verb that asks about it ("received promises from X?").
NOUN_ARGUMENTS = frozenset({"dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "compound"})


def is_yes_no_question(anchor: Token) -> bool:
    """"Can Obama offer the Republicans something?", "Did they talk about his vow?": an auxiliary before
    the subject in a sentence that ends in "?" asks whether the act happens, it reports none."""
    last = next((t for t in reversed(anchor.sent) if not t.is_space and t.text not in QUOTES), None)
    if last is None or last.text != "?":
        return False
    for _ in range(4):  # a noun event asks with the verb it hangs on: "have they received promises?"
        if anchor.pos_ not in ("NOUN", "PROPN") or anchor.dep_ not in NOUN_ARGUMENTS or anchor.head is anchor:
            break
        anchor = anchor.head
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    inverted = [c for c in anchor.children if c.dep_ in ("aux", "auxpass") and c.i < subj.i]
    # "Why had Trump called into the program?": a wh-question takes the act as given
    return bool(inverted) and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.i < inverted[0].i
                                      for t in anchor.sent)


def is_desired(anchor: Token) -> bool:
    """"the need for Americans to recognize X", "time for Congress to act": a for-infinitive names an
    act wished or asked for, not one that happened (a request codes it as its content)."""
    marks = {(k.dep_, k.lower_) for k in anchor.children}
    return ("mark", "for") in marks and ("aux", "to") in marks


def is_assent(v: Token) -> bool:
    """"Iowa State's Dianne Bystrom agreed", "Things are going to be ok. I promise.": one speaker's
    assent or assurance, nothing agreed to, promised or offered (any AGREE verb)."""
    subj = subject_of(v)
    return (subj is not None and not subj.conjuncts
            and not {c.dep_ for c in v.children} & {"xcomp", "ccomp", "dobj", "prep", "dative", "advcl",
                                                    "nsubjpass", "agent", "obj"})


def is_poll_share(subj: Token | None) -> bool:
    """True if a report's speaker is a share of people ("38 percent of voters said", "six in 10
    Democrats"): a poll, no actor."""
    if subj is None:
        return False
    return subj.lower_ in PERCENT or any(k.lower_ in PERCENT for k in subj.children) or any(
        k.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ in ("in", "of") for q in k.children)
        for k in subj.children)


def is_conditional(anchor: Token) -> bool:
    """True inside an "if"/"unless" clause: "would meet him if he gave them a veto" reports no veto."""
    tok = anchor
    for _ in range(3):
        marks = {k.lower_ for k in tok.children if k.dep_ == "mark"}
        if tok.dep_ == "advcl" and marks & CONDITION_MARKS:
            return True
        if "whether" in marks and (tok.dep_ == "advcl" or (tok.dep_ == "ccomp" and tok is not anchor)):
            # "whether or not Israel wants to make the deal": a condition either way; "will decide whether the
            # Academy, funded by Saudi Arabia, can move": a standing description inside the question. The
            # question's own act is kept, with mode possible or considered, by modality: "would not say
            # whether Russian jets had bombed the hospital"
            return True
        if tok.dep_ == "advcl" and is_inverted_condition(tok):
            return True  # "Should Rubio win Florida, ...", "Had Russia attacked, ...": an inverted "if"
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def is_inverted_condition(clause: Token) -> bool:
    """Whether a clause opens with its auxiliary before its subject ("Should Rubio win Florida, Cruz
    would ...", "Had Russia attacked"): a condition with "if" left out, nothing that happened."""
    subj = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(k.dep_ == "aux" and k.lower_ in INVERTING_AUX and k.i < subj.i
                                    and k.i == clause.left_edge.i for k in clause.children)


def is_state(v: Token) -> bool:
    """Whether a clause only says what its subject is ("the GOP must be a party of ideas", "Congress
    should be more careful"): a copula with a predicate, no act to demand ("must be held" is a passive)."""
    return v.lemma_.lower() == "be" and any(k.dep_ in ("attr", "acomp") and not any(
        x.dep_ in ("xcomp", "ccomp") for x in k.children) for k in v.children)  # "must be ready to mediate"


def is_combatant(actor: Actor) -> bool:
    """An armed party to a conflict: a military, rebels, insurgents, an armed group."""
    return (actor.sector or "") in COMBATANT_SECTORS or actor.code in COMBATANT_SECTORS


def is_history(anchor: Token, published: str | None,
               eventful: Callable[[Token], bool] | None = None) -> bool:
    """An act dated to a year well before publication ("which fought a war with Israel in 2006", "killed
    in a 2008 raid") is background history, not the happening the report tells."""
    if not published or not published[:4].isdigit():
        return False
    old = int(published[:4]) - 1
    years = dated_years(anchor)
    if not years and anchor.dep_ == "advcl" and any(k.dep_ == "advmod" and k.lower_ == "when"
                                                    for k in anchor.children):
        years = dated_years(anchor.head)  # "took place in the spring of 1978, when she met him"
    if not years and not any(t.ent_type_ in ("DATE", "TIME") for k in anchor.children for t in k.subtree
                             if k.dep_ in ("prep", "npadvmod")):
        # "McCain was held there after he was shot down over Hanoi in 1967": an undated act told as
        # following an old one is as old ("held since 1967" or "released Friday after ..." are not)
        years = [y for c in anchor.children if time_clause_of(c, LATER_MARKS) is not None
                 for y in dated_years(c)]
    if not years and (outer := setting_clause(anchor, eventful)) is not None:
        years = dated_years(outer)  # "In 1991, he flew ... during a naval war in which the US sank X"
    return bool(years) and max(years) < old


def setting_clause(anchor: Token, eventful: Callable[[Token], bool] | None = None) -> Token | None:
    """The verb of the clause an event noun, or a relative clause on one, is told in ("In 1991, he flew
    during a war in which the United States sank the Iraqi Navy", "the war ended in 1991"): an act with
    no date of its own has the time of the happening it is part of. A relative clause on another noun
    has a time of its own ("The treaty from which Russia withdrew was signed in 1987")."""
    tok = anchor.head if anchor.dep_ == "relcl" else anchor
    if tok.pos_ not in ("NOUN", "PROPN") or (tok is not anchor and (eventful is None or not eventful(tok))):
        return None
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "appos") or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def dated_years(anchor: Token) -> list[int]:
    """The years a verb or noun is dated to by its own phrases ("in 2006", "in the spring of 1978", "her
    September 2011 visit"); not "since 2012", an act still going on."""
    dated = [p for k in anchor.children if k.dep_ == "prep" and k.lower_ in HISTORY_PREPS
             for p in k.children if p.dep_ == "pobj"]
    # "killed by an officer during a demonstration in Athens in 1985": the date of the setting
    dated += [q for p in dated for k in p.children if k.dep_ == "prep" and (  # "in the spring of 1978"
        k.lower_ in HISTORY_PREPS or (k.lower_ == "of" and p.ent_type_ == "DATE"))
              for q in k.children if q.dep_ == "pobj"]
    # "her September 2011 visit": the month is a nominal modifier of the act's noun
    dated += [k for k in anchor.children if k.dep_ in ("npadvmod", "nummod", "compound", "amod", "nmod")]
    dated += [k for p in dated for k in p.children if k.dep_ in ("nummod", "compound", "amod")]
    return [int(t.text) for t in dated if t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit()]


def is_generic(anchor: Token) -> bool:
    """"In many hijackings, pirates take the crew hostage", "Militants often attack checkpoints": a
    present-tense habit of a kind of people (a bare plural subject) said to recur, a generalisation
    about how things go, not a happening the report tells (a headline's "Pirates seize tanker" keeps)."""
    if anchor.pos_ not in ("VERB", "AUX") or anchor.tag_ not in ("VBP", "VBZ") or any(
            k.dep_ in ("aux", "auxpass") for k in anchor.children):
        return False
    subj = next((k for k in anchor.children if k.dep_ == "nsubj"), None)
    if not bare_plural(subj):
        return False
    lex = load_lexicon()
    return any(k.dep_ == "advmod" and k.lower_ in lex.frequency_adverbs for k in anchor.children) or any(
        p.dep_ == "pobj" and any(m.dep_ in ("amod", "det") and m.lower_ in lex.generic_quantifiers
                                 for m in p.children)
        for k in anchor.children if k.dep_ == "prep" for p in k.children)


# Dependents that make a noun phrase refer to particular ones: "the", "two", "their".
PARTICULAR_DEPS = frozenset({"det", "poss", "nummod"})


def bare_plural(tok: Token | None) -> bool:
    """Whether a noun phrase is a bare plural ("pirates", "police officers"): a kind of people or
    things, not particular ones (no article, possessor or number)."""
    return tok is not None and tok.tag_ == "NNS" and not any(k.dep_ in PARTICULAR_DEPS for k in tok.children)


def unnamed_kind(tok: Token | None) -> bool:
    """A bare plural that names no one ("unarmed black people"): no entity in it or on it and no
    apposition ("Iraqi" or "Palestinians" named make them particular ones)."""
    return bare_plural(tok) and not tok.ent_type_ and not any(
        k.dep_ == "appos" or k.ent_type_ for k in tok.children)


def kind_of_act(anchor: Token) -> bool:
    """Whether an act is told as a kind of act, done by a kind of people to a kind of people, in a
    gerund with no time or place: "the epidemic of police officers killing unarmed black people"
    (PolNeAR dev), "cases of soldiers beating protesters". A happening has particular doers or
    victims, or a time ("soldiers beating protesters in the square on Monday")."""
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("pcomp", "acl", "pobj") or any(
            k.dep_ in ("aux", "auxpass") for k in anchor.children):
        return False
    doer = next((k for k in anchor.children if k.dep_ == "nsubj"), None)
    if doer is None and anchor.dep_ == "acl":
        doer = anchor.head
    victim = next((k for k in anchor.children if k.dep_ == "dobj"), None)
    return unnamed_kind(doer) and unnamed_kind(victim) and not any(
        t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in anchor.subtree)


def accession_signed(objs: list[Token]) -> list[Token]:
    """The nouns of joining a body among what is signed ("papers of accession", "accession document"):
    a signature that joins an organisation, not an accord between its signers."""
    accessions = load_lexicon().accessions
    return [t for o in objs for t in (o, *o.children, *(p for _, p in pobjs(o, ("of",))))
            if (t is o or t.dep_ in ("compound", "amod", "pobj")) and t.lemma_.lower() in accessions]


def lasting_stance(anchor: Token) -> bool:
    """"Like many Commonwealth nations it still recognizes the British monarch as its head of state": a
    simple present said to go on "still" tells a standing state of affairs, not an act the report tells
    (a fresh endorsement, CAMEO 05x, is done at a time: "recognized", "has recognized", "will recognize")."""
    if anchor.tag_ not in ("VBP", "VBZ") or any(k.dep_ in ("aux", "auxpass") for k in anchor.children):
        return False
    return any(k.dep_ == "advmod" and k.lower_ in load_lexicon().lasting_adverbs for k in anchor.children)


def is_background(anchor: Token) -> bool:
    """A relative clause in the perfect describes its noun ("the group that has seized parts of Iraq"):
    what the actor did before, told to say who it is, not the happening the sentence reports."""
    return (anchor.dep_ == "relcl" and anchor.tag_ == "VBN"
            and any(k.dep_ == "aux" and k.lemma_.lower() == "have" for k in anchor.children)) or (
        describes_sanctioned(anchor))


def describes_sanctioned(anchor: Token) -> bool:
    """A participle or relative clause on the ones a sanction hits ("sanctioned 12 individuals providing
    support to the government", "sanctions on firms that supply drones to Russia") tells why they are
    listed, the sanctioning state's charge, not an act the report tells as done. Only a present
    participle or a present tense: a past tense tells a dated act ("officials who attacked protesters")."""
    if anchor.dep_ == "pcomp" and anchor.tag_ == "VBG" and anchor.head.lower_ == "for":
        return _sanctioning(anchor.head.head)  # "sanctioned the firm for providing support to Iran"
    if anchor.dep_ not in ("acl", "relcl") or anchor.head.pos_ not in ("NOUN", "PROPN") or (
            anchor.tag_ not in ("VBG", "VBZ", "VBP")):
        return False  # "sanctioned officials who attacked protesters": a past act told, kept
    if anchor.dep_ == "acl" and any(k.dep_ == "det" and k.lower_ in ("any", "every")
                                    for k in anchor.head.children):
        return True  # "sanctions risk for any actors providing support to Russia": a class, no act
    held = anchor.head
    while held.dep_ == "conj":
        held = held.head
    gov = held.head.head if held.dep_ == "pobj" else held.head if held.dep_ in ("dobj", "nsubjpass") else None
    return gov is not None and gov.i != held.i and _sanctioning(gov)


def _sanctioning(gov: Token) -> bool:
    """Whether a verb or noun is keyed as a sanction ("sanction", "blacklist", "sanctions")."""
    lex = load_lexicon()
    entry = (lex.verbs if gov.pos_ in ("VERB", "AUX") else lex.nouns).get(gov.lemma_.lower())
    return entry is not None and entry.type == "SANCTION"


def is_figurative(m: Mention) -> bool:
    """A politician (named or as a pronoun) who is no armed force: force without a victim is a figure."""
    return m.kind in ("person", "pronoun") and (m.actor.sector or "") not in ARMED_SECTORS


def has_future_aux(verb: Token, future: frozenset[str]) -> bool:
    """True if `verb` (or the verb it is conjoined to) has a future auxiliary ("will", "would")."""
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(k.dep_ == "aux" and plain_word(k) in future for h in heads for k in h.children)


def is_time_phrase(prep: Token) -> bool:
    """"on Friday", "in June": a preposition that dates the event, not one that keys the verb."""
    return prep.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in prep.children)


def is_aside(prep: Token) -> bool:
    """"for example", "in fact", "in turn": a discourse aside, not a preposition that keys the verb
    ("asked the U.S. attorney, for example, whether" is no "ask for")."""
    return prep.dep_ == "prep" and any(p.dep_ == "pobj" and p.lower_ in ASIDES and p.n_lefts + p.n_rights == 0
                                       for p in prep.children)


def one_country(mentions: list[Mention]) -> str | None:
    """The one state the mentions with a country name, or None when they name none or several."""
    countries = {m.actor.country for m in mentions if m.actor.country}
    return countries.pop() if len(countries) == 1 else None


def is_unplaced(m: Mention) -> bool:
    """An unknown actor, or an agent noun whose country was only inferred (see actors `_locate_agents`)."""
    return m.actor.unknown or m.kind == "agent"


def all_persons(mentions: list[Mention]) -> bool:
    """True if every mention is a named person (one politician's "attack" on another is verbal)."""
    return bool(mentions) and all(m.kind == "person" or (m.kind == "pronoun" and m.text.lower() in PERSONAL)
                                  for m in mentions)


def aimed_at(span: Span | None, hostile: Callable[[Token], bool]) -> bool:
    """Whether a mention only names whom a hostile measure is aimed at ("the EU Syria sanctions
    listings", "the new sanctions on Iran"): welcoming the measure backs its author, not its target."""
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "against"):
        return hostile(root.head.head)
    return root.dep_ == "compound" and hostile(root.head)


def addressees(v: Token, actors: Callable[[Token], list[Mention]]) -> list[Mention]:
    """Whom a verb of speech is said to: its object, dative or "to" phrase ("apologized to Russia"),
    not what it is said about ("apologized for the wartime abuses")."""
    heads = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    heads += [p for h in (v, *heads) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]  # "offering a deep and sincere apology to Sanders"
    return [m for h in heads for m in actors(h)]


def endangers(v: Token, names: Callable[[Token], bool]) -> bool:
    """"a scourge that threatens the lives of people", "threatens the stability of Lebanon": a danger
    posed to a thing, no threat made to an actor (no "to" clause, no "with", the object names neither
    an actor nor an act: "threatened retaliation" is a threat)."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ in ("against", "on") for o in objs for c in o.children):
        return False  # "threatened retaliation against the United States": an act threatened
    return bool(objs) and not any(names(o) for o in objs) and not any(
        c.dep_ in ("xcomp", "ccomp", "dative") or (c.dep_ == "prep" and c.lower_ == "with")
        for c in v.children)


def other_than(targets: list[Mention], sources: list[Mention]) -> list[Mention]:
    """Targets that are not the source itself (an actor does not act on itself)."""
    own = {m.actor.code for m in sources}
    return [t for t in targets if t.actor.code not in own]


def shared_objects(v: Token) -> list[Token]:
    """"Germany criticized and warned Russia": a verb with no object, clause or phrase of its own shares
    the object of the verb conjoined to it (when that verb has no subject of its own)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative", "nsubjpass") for c in v.children):
        return []
    nxt = next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        return []
    return [c for c in nxt.children if c.dep_ == "dobj"]


def claimants(objs: list[Token]) -> list[Token]:
    """Who claimed the acts an object names: "attacks ... claimed by Daesh", "attacks in Jabla, for which
    Da'esh has claimed responsibility" (the parser may hang the relative clause on a place inside)."""
    out: list[Token] = []
    for o in objs:
        for t in o.subtree:
            if t.lemma_.lower() != "claim" or t.pos_ != "VERB" or t.dep_ not in ("acl", "relcl"):
                continue
            if t.dep_ == "acl":  # a reduced passive: its agent claimed
                out += [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            elif any(k.dep_ == "dobj" and k.lemma_.lower() == "responsibility" for k in t.children):
                out += [k for k in t.children if k.dep_ == "nsubj"]
    return out


def noun_for_clause(n: Token) -> Token | None:
    """The "for X to do Y" of a noun ("Germany's call for Turkey to release the journalists"): the parser
    hangs the infinitive on the noun and X on "for"."""
    if not any(c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" for p in c.children)
               for c in n.children):
        return None
    return next((c for c in n.children if c.dep_ == "acl" and c.tag_ == "VB"
                 and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)), None)


def setting_verb(n: Token) -> Token | None:
    """The verb whose setting a noun names ("raised these concerns in a call with Lavrov", "spoke at a
    meeting with Abe"): its subject took part."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or prep.dep_ != "prep":
        return None
    head = prep.head.head if prep.head.dep_ == "acomp" else prep.head  # "remains steadfast in support of X"
    return head if head.pos_ in ("VERB", "AUX") else None


def authors(objs: list[Token]) -> list[Token]:
    """Who made what an object names, told by a reduced passive on it: "the resolution drafted by France",
    "the attack carried out by ISIS", "the plan proposed by Egypt" (the phrase's own agent only)."""
    return [p for o in objs for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def says_no(tok: Token) -> bool:
    """Whether "no" determines `tok` ("no one", "no apology", "offered no changes"): none of it is there."""
    return any(k.dep_ == "det" and k.lower_ == "no" for k in tok.children)


def enacts_law(v: Token) -> bool:
    """Whether what is signed is a law ("signed the legislation", "signed the bill into law"): an
    executive act of one's own state, no accord between parties (CAMEO 057)."""
    signed = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    signed += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children
               if p.dep_ == "pobj"]
    if v.dep_ in ("acl", "relcl") and not signed:  # "the bill signed by Obama", "the law that he signed"
        signed.append(v.head)
    return any(t.lemma_.lower() in load_lexicon().laws for t in signed)


def by_critics(v: Token) -> bool:
    """Whether a verb's subject is critics (grammar.yaml critics): their attack is one of words."""
    subj = subject_of(v)
    return subj is not None and subj.lemma_.lower() in load_lexicon().critics


def entrusted(v: Token) -> bool:
    """"charged the inspectors with verifying that ...", "was charged with the task of": what one is
    charged "with" is a duty given (grammar.yaml duties), no crime alleged."""
    duties = load_lexicon().duties
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ in ("pobj", "pcomp") and bool(verb_forms(p) & duties) for p in c.children) for c in v.children)


def verb_forms(t: Token) -> set[str]:
    """A word's lemma and, for a gerund the parser took for a noun ("with verifying"), its verb."""
    forms = {t.lemma_.lower()}
    if t.lower_.endswith("ing"):
        stem = t.lower_[:-3]
        forms |= {stem, stem + "e"}
    return forms


def made_to_own_up(v: Token) -> bool:
    """Whether a verb makes someone say or admit something ("forced Stumpf to admit that ..."): pressure
    of words unless a state's organs force it (a forced confession is coercion)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in load_lexicon().owning_up for c in v.children)


def meets_kin(objs: list[Token]) -> bool:
    """"where he met his wife, Ana": a meeting with one's own family (the actors stage's kin.tsv) is
    private, no talks (CAMEO 04); "met privately with the wife of an Iranian-American pastor" meets
    someone else's."""
    return bool(objs) and all(o.lemma_.lower() in kin_nouns() and any(
        k.dep_ == "poss" and k.pos_ == "PRON" for k in o.children) for o in objs)


def addressed_to_no_one(v: Token) -> bool:
    """"I apologize to nobody for that", "he thanked no one": an act aimed at no one did not happen."""
    aimed = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    aimed += [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(t.lower_ in ("nobody", "noone") or (
        t.lower_ == "one" and says_no(t)) for t in aimed)


def is_post_offer(v: Token) -> bool:
    """"asked Dr Gupta to be surgeon general", "asked Clinton to serve as secretary of state", "to join
    the cabinet": a request that a person take a post is an appointment offer (CODEBOOK: appointments
    are no events), not a demand between political actors; so is a request to pick a named person for
    one ("had been lobbying Mr. Trump to choose Mr. Gingrich")."""
    for x in v.children:
        if x.dep_ not in ("xcomp", "ccomp"):
            continue
        lemma = x.lemma_.lower()
        if lemma in ("be", "become") and any(  # a role named by a noun phrase, not "to be careful"
                k.dep_ in ("attr", "acomp") and (k.pos_ in ("NOUN", "PROPN") or any(
                    g.dep_ == "compound" for g in k.children)) for k in x.children):
            return True
        if lemma == "serve" and any(k.dep_ == "prep" and k.lower_ in ("as", "on") for k in x.children):
            return True
        if lemma == "join" and any(k.dep_ == "dobj" and k.lemma_.lower() in OFFICES for k in x.children):
            return True
        if lemma in ("join", "run") and any(  # "to join his administration as surgeon general", "to run
                k.dep_ == "prep" and k.lower_ == ("as" if lemma == "join" else "for") for k in x.children):
            return True  # for President" (a candidacy: CODEBOOK, elections are no events)
        if lemma in load_lexicon().appointing_verbs and any(
                k.dep_ == "dobj" and k.ent_type_ == "PERSON" for k in x.children):
            return True  # "lobbying Mr. Trump to choose Mr. Gingrich": a running mate or an official picked
    return False


def to_the_press(targets: list[Mention]) -> bool:
    """Whether an act is aimed only at the press ("spoke with reporters", "a conference call with
    reporters"): an interview, no act between political parties."""
    return bool(targets) and all((t.actor.sector or "") == "JRN" for t in targets)


def private_exchange(sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether an act passes only from named private persons (sector CVL: no office or side known) to named
    persons: a moderator pressing a candidate, a pundit urging one (PolNeAR: "pressed by moderator Dana Bash
    to release transcripts"). CODEBOOK: events are acts of political actors; a group ("activists", "we")
    or one asking a body ("we call on the Missouri House of Representatives") keeps its demand."""
    return (all_persons(sources) and all((m.actor.sector or "") == "CVL" for m in sources)
            and all_persons(targets))


def between_sides(n: Token, actors: Callable[[Token], list[Mention]], least: int = 2) -> list[Mention]:
    """The sides of a joint act named "between" on its noun or on a reduced passive of it ("meetings
    between senior Chinese and American officials", "the agreement reached between Colombia and the
    FARC"), when they are at least `least` different actors."""
    heads = [n, *(c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    if n.dep_ == "nsubj" and n.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in n.head.children):
        heads.append(n.head)  # "fighting erupted between army troops and M23": the sides on its verb
    elif n.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in n.head.children):
        heads.append(n.head)  # "no talks were held between the two delegations": held by no one named
    named = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
             for p in c.children if p.dep_ == "pobj"]
    # "senior Chinese and American officials": the sides are the conjoined modifiers of one noun
    named += [k for p in named for c in p.children if c.dep_ == "amod" and c.conjuncts
              for k in (c, *c.conjuncts)]
    sides = [m for p in named for m in actors(p)]
    return sides if len({m.actor.code for m in sides}) >= least else []


def accord_names(objs: list[Token], mentions: list[Mention],
                 is_accord: Callable[[Token], bool]) -> list[Mention]:
    """Mentions that only name an accord judged, not a party to it: the city it was signed in ("criticized
    the Paris agreement", "the Minsk agreement") or any place in a titled name ("supported the North
    American Free Trade Agreement"). "the Iran deal" keeps Iran, a party."""
    named: list[Mention] = []
    for o in objs:
        mods = [c for c in o.lefts if c.dep_ in ("compound", "amod")]
        if not mods or not is_accord(o):
            continue
        start, end = mods[0].left_edge.idx, o.idx
        named += [m for m in mentions if start <= m.start and m.end <= end
                  and (m.kind == "metonym" or o.pos_ == "PROPN")]
    return named


def in_name(tok: Token) -> bool:
    """Whether a word is part of a proper name: capitalised inside its sentence and a name itself or a
    modifier of one ("support for Common Core", "the Joint Chiefs of Staff"). Such a word means nothing
    of its own there ("common" marks no joint act in "Common Core")."""
    if tok.i == tok.sent.start or not tok.text[:1].isupper():
        return False
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    if sum(t.text[0].isupper() for t in words) * 2 > len(words):
        return False  # a title-cased headline ("Obama and Putin Fail To Find Common Ground")
    return tok.pos_ == "PROPN" or (tok.dep_ in ("compound", "amod") and tok.head.pos_ == "PROPN")


def bare_participle(c: Token) -> bool:
    """Whether `c` is a participle clause with no subject or marker of its own that completes its verb's
    sense ("Britain stood united with France", parsed with "united" as advcl: the pair keys "stand
    unite"). Only a past participle (VBN): a present one is an act of its own ("used batons, forcing the
    protesters back" is no "use force"), and a marked one a setting ("when attacked")."""
    return c.dep_ == "advcl" and c.tag_ == "VBN" and not any(
        k.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for k in c.children)


RESTRICTED = "172"  # CAMEO 172 impose administrative sanctions (restrictions), not aimed at another state
SANCTIONED = "163"  # CAMEO 163 impose embargo, boycott or sanctions (PLOVER SANCTION)
# the words that name a measure itself: a closed border or a blockade on a state stays force (COERCE)
RESTRICTION_WORDS = frozenset({"restriction", "restrict", "curb", "limit", "limitation"})


def aimed_abroad(sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether every target is another state as a whole (country, no sector): measures held over it are
    sanctions, where the same measures held over people at home or in a place ruled are restrictions."""
    # a body of states ("the European Union") has no country but is never the state it restricts
    homes = {m.actor.country or (None if m.actor.unknown else m.actor.code) for m in sources}
    return bool(targets) and bool(homes) and None not in homes and all(
        t.actor.country is not None and t.actor.country not in homes and t.actor.sector is None
        for t in targets)


def imposed_on_another(entry: Entry, sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether plain restrictions (CAMEO 172) are imposed on another state: "agreed fresh restrictions
    against Belarus", "imposed restrictions on Syrian banks" are sanctions (PLOVER SANCTION,
    CAMEO 163), where "restricted protests" or restrictions on a people stay COERCE."""
    return entry.cameo == RESTRICTED and entry.key.split()[-1] in RESTRICTION_WORDS and aimed_abroad(
        sources, targets)
