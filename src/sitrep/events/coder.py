"""Code events from the dependency parse: verbs, event nouns, joint undertakings and accusations.

For each section the coder walks the tokens once; a token codes an event when its lemma (with a
particle, preposition or object where the lexicon says so) is in the verb or noun lexicon. The
participants come from `arguments`, the mode from `modality`, the details from `details`;
`merge` keeps one event per happening. Vocabulary is in data/*.yaml (see `lexicon`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from sitrep.actors.lexicon import load_lexicon as actor_lexicon
from sitrep.actors.lexicon import norm
from sitrep.actors.phrases import country_name
from sitrep.events.arguments import (
    RELATIVE_PRONOUNS,
    TARGET_PREPS,
    ActorIndex,
    agent_of,
    charged_with,
    datives_of,
    is_passive,
    objects_of,
    pobjs,
    reduced_passive,
    subject_of,
)
from sitrep.events.details import bare_quantity, clause_span, context_of, instrument_of, location_of
from sitrep.events.domain import drop_field_events, drop_unplaced
from sitrep.events.lexicon import SYMMETRIC_TYPES, Entry, Lexicon, load_lexicon
from sitrep.events.merge import merge_events
from sitrep.events.modality import mode_of, refuses
from sitrep.nlp.model import ParsedDocument
from sitrep.records import Actor, Event, Evidence, Mention

try:  # written by the attribution helper; the coder runs without it
    from sitrep.events.attribution import Attributor, is_reporting_verb
except ImportError:  # pragma: no cover - fallback while the module does not exist
    Attributor = None  # type: ignore[assignment,misc]

    def is_reporting_verb(token: Token) -> bool:  # type: ignore[misc]
        return token.lemma_.lower() in {"say", "tell", "add", "state", "announce", "report", "claim"}

try:
    from sitrep.events.dates import resolve_event_date
except ImportError:  # pragma: no cover
    resolve_event_date = None  # type: ignore[assignment]

# PLOVER types that need a recipient (plover-ontology.json `requires_recipient`).
NEEDS_TARGET = frozenset({"COOPERATE", "AID", "SANCTION"})
# Types coded here only with a counterpart: "the Cabinet met" alone is an internal meeting, not a dyad.
NEEDS_COUNTERPART = frozenset({"CONSULT"})
# Speech acts are addressed to someone: with no recipient found they are not coded (CODEBOOK: target
# is null only for types that need no recipient).
ADDRESSED = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
# PLOVER AGREE is a commitment to cooperate: "pledged to expel X" codes the expulsion, planned.
CONFLICTUAL = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                         "ASSAULT"})
# Force its own actor announces it will use against a named target is a threat (PLOVER THREATEN:
# "coercive or forceful warnings"; CAMEO 13x): "NATO said it would tighten the blockade of Serbia".
# A pledge ("pledged to expel"), a sanction or the journalist's own "will" stays planned.
ANNOUNCED_THREATS = frozenset({"COERCE", "ASSAULT"})
# Violence whose victims are unnamed takes the state of the place where it happened as target.
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE"})
# Types whose verbs are speech acts: without a reporter they are the speaking actor's claim.
SPEECH_ACTS = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Violence whose perpetrator is unnamed is coded to the place's state plus UAF (see `unnamed_perpetrator`).
UNNAMED_PERPETRATOR = frozenset({"ASSAULT"})
PERPETRATOR_PLACE_PREPS = ("in", "at", "near", "outside")
# Mention kinds that name people (see records.Mention.kind): what can be held, freed or executed.
PEOPLE_KINDS = frozenset({"person", "title", "agent", "demonym", "organisation", "pronoun"})
PEOPLE_ENTS = frozenset({"PERSON", "NORP"})
# Force posture in another state's territory is aimed at that state (PLOVER MOBILIZE: the recipient
# is whom the actor mobilizes against "if that is clear"; see `foreign_place`).
FOREIGN_PLACE_TARGETS = frozenset({"MOBILIZE"})
# Types whose unnamed recipient is the state where it happens or the actors' own (see `home_target`).
HOME_TARGETS = frozenset({"PROTEST", "CONCEDE"})  # "lifted the curfew": conceded to its own people
# What envoys are sent to do that is the sender's act: investigate (CAMEO 09), mediate or talk (04).
ERRANDS = frozenset({"ACCUSE", "CONSULT"})
# Force and repression: a named individual doing these to no one named is speaking figuratively.
FORCEFUL = frozenset({"ASSAULT", "COERCE"})
# PLOVER RETREAT "resign" is an official's resignation (CAMEO 080, type RETREAT); who holds office.
RESIGNATION = "080"
OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# Arrests and seizures (CAMEO 173, 1711) between armed forces are combat: PLOVER COERCE's ambiguities
# code "combatants captured during conflict" as ASSAULT.
CAPTURES = frozenset({"173", "1711"})
ARREST, DEPORT = "173", "174"  # CAMEO 173 arrest, 174 deport: only a state's authorities do them
STATE_ACTS = frozenset({ARREST, DEPORT})
RIOT = "145"  # CAMEO 145 protest violently, riot (PLOVER PROTEST "riot")
COMBATANT_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "IMG"})
# Types that undo an act (reversals in verbs.yaml): told in the passive, the act's owner undoes it.
UNDOINGS = frozenset({"RETREAT", "CONCEDE", "SANCTION"})
# Material events: what actors do, not what they say.
MATERIAL = frozenset({"AID", "SANCTION", "RETREAT", "CONCEDE", "COOPERATE", "MOBILIZE", "COERCE", "ASSAULT",
                      "PROTEST"})
# Judging an act presupposes it happened: "condemned ISIL's attack on the market", "welcomed Iraq's
# liberation of Tikrit" report the attack and the liberation too.
JUDGING = frozenset({"ACCUSE", "SUPPORT"})
CAMPAIGN_SECTORS = frozenset({"ELI", "PTY", "LEG", "JRN", "BUS", "EDU"})  # candidates, parties, press, firms
CONTESTED = FORCEFUL | {"COOPERATE", "RETREAT"}  # types a contest's prize can fake ("traded the lead")
PERSONAL = frozenset({"he", "she", "him", "her", "his", "i", "me", "my"})  # pronouns of one person
TRAVELLERS = frozenset({"CVL", "REF", "LAB"})  # ordinary people, whose trips are no visits (CAMEO 042)
PUBLIC = frozenset({"", "CVL", "BUS", "LAB"})  # a country's people, firms and workers: a campaign's audience
# Prepositions of a gerund that goes on with its verb's subject ("criticized Trump before also ripping Cruz").
SEQUENCE_PREPS = frozenset({"before", "after", "by", "while", "since", "without", "upon", "besides"})
ELECTED_SECTORS = frozenset({"ELI", "PTY", "LEG", "GOV"})  # candidates, parties, lawmakers, a president
CANDIDATES = frozenset({"ELI", "PTY", "LEG"})  # who campaigns: meeting voters is no consultation
# Hosts of no state visit: going to a network, a firm, a school or a church (CAMEO 042); hosting ordinary
# people (TRAVELLERS, "Merkel's welcome of 1 million migrants") is no visit either (043).
NO_HOSTS = frozenset({"JRN", "BUS", "EDU", "MED", "REL"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "CRM", "INS", "IMG"})
# Conjunctions of a threat's condition, whose subject is the one threatened ("unless Israel ...").
WITNESSED = frozenset({"see", "saw", "leave", "witness", "watch"})  # "fighting that saw 120 soldiers killed"
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
LOCALS = frozenset({"CVL", "BUS", "LAB"})  # people of the place they are in (soldiers may be foreign)
HOLDING = frozenset({"hold", "control", "occupy", "run"})  # "ISIL-held", "rebel-controlled": who holds it
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
PERCENT = frozenset({"%", "percent", "per cent"})  # a share: polls and vote counts, not actors
DEMONSTRATIVES = frozenset({"it", "this", "that", "which"})  # a verdict on "it" names no one judged
QUESTION_MARKS = frozenset({"whether", "if"})  # "asked whether X did Y": a question
OBLIGING = frozenset({"have", "need"})  # "has to", "needs to": an obligation, like "must"
QUOTES = frozenset({"'", '"', "\u2018", "\u201c", "`", "``"})  # marks before a quoted verdict
CONDITION_MARKS = frozenset({"unless", "if"})  # unnamed perpetrators count for little (CODEBOOK: actors)
# Dependents that can key a verb entry ("call on", "hold talks", "held X responsible": oprd, or a
# small clause parsed as ccomp, "hold them accountable").
KEY_DEPS = frozenset({"prt", "prep", "advmod", "acomp", "dobj", "compound:prt", "oprd", "ccomp"})
SOURCE_MODIFIERS = ("poss", "compound", "amod", "nmod")
NOUN_TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "into", "at")
# Prepositions inside a verb's object phrase that name whom the act concerns (see `phrase_actors`).
PHRASE_PREPS = ("against", "of", "from", "with", "to", "toward", "towards", "on", "by", "for")


@dataclass(slots=True)
class _Coded:
    """A coded action before it becomes events (one per source/target pair)."""

    anchor: Token
    entry: Entry
    type: str
    sources: list[Mention]
    targets: list[Mention]
    mode: str
    instrument: str | None = None
    quantity: str | None = None
    inst_tokens: list[Token] = field(default_factory=list)
    confidence: float = 0.7
    cameo: str | None = None


class _SectionCoder:
    """Codes the events of one parsed section."""

    def __init__(self, doc: Doc, section: str, index: ActorIndex, lex: Lexicon,
                 attributor: Any, published: str | None) -> None:
        self.doc, self.section, self.index, self.lex = doc, section, index, lex
        self.attributor, self.published = attributor, published
        self.reporting = frozenset(t.i for t in doc if t.pos_ in ("VERB", "AUX") and is_reporting_verb(t))
        self.coded: list[_Coded] = []
        self.content_of_report: set[int] = set()  # clauses coded as what a report demands
        self.elided_counts: list[tuple[Token, str, str]] = []

    # --- lookups -------------------------------------------------------------------------------
    def verb_entry(self, v: Token) -> Entry | None:
        """The lexicon entry for a verb, preferring "lemma particle/preposition/object" keys."""
        lemma = self.verb_lemma(v)
        if lemma not in self.lex.verb_heads:
            return None
        particle = False
        for c in v.children:
            # a passive's subject keys it as its object would ("the ban was lifted" is "lift ban")
            if (c.dep_ in KEY_DEPS or c.dep_ == "nsubjpass") and not _is_time_phrase(c) and not (
                    _is_aside(c)):
                if f"{lemma} {c.lemma_.lower()}" in self.lex.not_events and not any(
                        k.dep_ == "xcomp" for k in v.children):  # "agreed with X to cut" is an agreement
                    return None  # "agree with him", "hit the campaign trail": a sense that is no event
                hit = self.lex.verbs.get(f"{lemma} {c.lemma_.lower()}")
                if hit is None and c.dep_ in ("dobj", "nsubjpass"):  # "exchanged dozens of prisoners"
                    hit = self.lex.verbs.get(f"{lemma} {self.counted(c).lemma_.lower()}")
                if c.dep_ in ("dobj", "nsubjpass") and (spec := self.noun_entry(c)) is not None and (
                        " " in spec.key):  # "lifted the ban on arms sales": the undoing of an embargo
                    hit = self.lex.verbs.get(f"{lemma} {spec.key}") or hit
                if c.dep_ == "prep":  # "withdrew from the treaty" (not "from the city"): keyed by its object
                    hit = next((e for p in c.children if p.dep_ == "pobj" and (e := self.lex.verbs.get(
                        f"{lemma} {c.lemma_.lower()} {p.lemma_.lower()}")) is not None), hit)
                if c.dep_ == "prt":  # "called off the strike" (the object may hang off the particle)
                    objs = [o for o in (*v.children, *c.children) if o.dep_ in ("dobj", "pobj")]
                    hit = next((e for o in objs if (e := self.lex.verbs.get(
                        f"{lemma} {c.lemma_.lower()} {o.lemma_.lower()}")) is not None), hit)
                if hit is not None:
                    return hit
            particle = particle or c.dep_ == "prt"
        if _for_clause(v) is not None and (hit := self.lex.verbs.get(f"{lemma} for")) is not None:
            return hit  # "called for Assad to step down": "for" marks the clause of what is asked
        # a phrasal verb the lexicon does not list means something else ("sign up", "call off")
        return None if particle else self.lex.verbs.get(lemma)

    def verb_lemma(self, v: Token) -> str:
        """The verb's lemma, repaired where the lemmatizer cut "-ed" too short ("staged" -> "stag")."""
        lemma = v.lemma_.lower()
        low = v.lower_
        if v.tag_ in ("VBD", "VBN") and low.endswith("ed") and lemma == low[:-2] and (
                lemma not in self.lex.verb_heads and lemma not in self.lex.light_verbs):
            fixed = low[:-1]
            if fixed in self.lex.verb_heads or fixed in self.lex.light_verbs:
                return fixed
        return lemma

    def is_event_verb(self, v: Token) -> bool:
        """True if `v` codes an event itself (a lexicon verb that is not a light verb over an event noun)."""
        if v.pos_ not in ("VERB", "AUX") or self.verb_entry(v) is None:
            return False
        return not self.has_event_object(v)

    def has_event_object(self, v: Token) -> bool:
        if self.verb_lemma(v) not in self.lex.light_verbs:
            return False
        entry = self.verb_entry(v)  # a "verb object" entry wins ("lodge a protest", "grant demands")
        dobjs = {c.lemma_.lower() for c in v.children if c.dep_ == "dobj"}
        if entry is not None and len(entry.key.split()) > 1 and entry.key.split()[-1] in dobjs:
            return False
        if entry is not None and entry.frame == "give" and dobjs & self.lex.aid_nouns:
            return False  # "provided support to Israel" is the transfer itself (AID)
        if (v.dep_ in ("relcl", "acl") and v.head.pos_ == "NOUN"
                and not any(c.dep_ == "dobj" for c in v.children)):
            return self.noun_entry(v.head) is not None  # "the sanctions Washington imposed on Iran"
        return any(c.dep_ in ("dobj", "nsubjpass") and self.noun_entry(c) is not None for c in v.children)

    def governed_by_event(self, v: Token) -> bool:
        """True if `v` is the content of an outer event verb ("agreed to provide", "threatened to attack")."""
        tok = v
        while tok.dep_ == "conj" and tok.head.dep_ in ("xcomp", "ccomp"):
            tok = tok.head  # "called on X to abandon its weapons and comply with ...": both are asked
        for _ in range(3):
            purpose = tok.dep_ == "advcl" and tok.tag_ == "VB"  # "met with X to discuss"
            if (tok.dep_ not in ("xcomp", "ccomp") and not purpose) or tok.head is tok:
                return False
            tok = tok.head
            if self.is_event_verb(tok):
                return not self.commits_to_conflict(tok) and not self.declines_conflict(tok)
            if purpose and self.codes_protest(tok):
                return True  # "staged demonstrations to demand reforms": the demand is the protest's
            if tok.dep_ == "ccomp":
                return False
        return False

    def commits_to_conflict(self, v: Token) -> bool:
        """"pledged to expel", "vowed to strike": a commitment (AGREE) whose content is a conflictual act."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        if entry is None or entry.type != "AGREE":
            return False
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (e := self.verb_entry(c)) is not None
                   and e.type in CONFLICTUAL for c in v.children)

    def declines_conflict(self, v: Token) -> bool:
        """"declined to criticize Clinton", "refused to condemn the coup": the act refused is coded,
        negated; the refusal rejects no demand of the act's target (CAMEO 12x)."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        refusals = self.lex.modality["negated"]["verbs"]  # "ruled out attacking" is no refusal to attack
        if entry is None or entry.type != "REJECT" or self.verb_lemma(v) not in refusals:
            return False
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (e := self.verb_entry(c)) is not None
                   and e.type in CONFLICTUAL and e.type != "REJECT" for c in v.children)

    def pledged(self, v: Token) -> bool:
        """"pledged to expel": `v` is what its subject commits itself to (a promise, not a warning)."""
        return v.dep_ == "xcomp" and v.head.pos_ in ("VERB", "AUX") and self.commits_to_conflict(v.head)

    def obliged(self, v: Token) -> bool:
        """"Y must do Z", "Y must be ready to do Z": the content of a demand, not a happening."""
        obligation = self.lex.modality["obligation"]["aux"]
        tok = v
        for _ in range(3):
            if any(c.dep_ == "aux" and c.lower_ in obligation for c in tok.children):
                return True
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OBLIGING and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                return True  # "Congress has to approve any deal", "Iran needs to release them"
            if tok.dep_ not in ("xcomp", "acomp", "advcl") or tok.head is tok:
                return False
            tok = tok.head
        return False

    def codes_protest(self, v: Token) -> bool:
        """True if `v` codes a protest itself ("demonstrated") or over its event noun ("staged a strike")."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        if entry is not None and entry.type == "PROTEST" and not self.has_event_object(v):
            return True
        return any(c.dep_ in ("dobj", "nsubjpass") and (e := self.noun_entry(c)) is not None
                   and e.type == "PROTEST" for c in v.children) and self.has_event_object(v)

    def protest_content(self, v: Token) -> bool:
        """"demonstrated in Kirkuk calling for independence": the call is what the protest says."""
        return v.dep_ == "advcl" and v.tag_ == "VBG" and self.codes_protest(v.head)

    def wished(self, v: Token) -> bool:
        """"Obama wants Putin to attack": an act one actor wishes of another is no event."""
        head = v.head
        if v.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in self.lex.object_control:
            return False
        if self.verb_entry(head) is not None:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False  # "told reporters that Russia is offering ...": a report, not a wish
        own_subject = any(c.dep_ == "nsubj" for c in v.children)
        return own_subject or any(c.dep_ in ("dobj", "obj") for c in head.children)

    def actors(self, tok: Token | None) -> list[Mention]:
        return self.index.actors_of(tok)

    def instrument(self, heads: list[Token]) -> tuple[str | None, str | None, list[Token]]:
        for h in heads:
            inst, qty = instrument_of(h, self.lex)
            if inst:
                return inst, qty, list(h.subtree)
        return None, None, []

    # --- verbs ---------------------------------------------------------------------------------
    def code_verb(self, v: Token) -> None:
        entry = self.verb_entry(v)
        if entry is None or self.has_event_object(v) or self.governed_by_event(v) or self.wished(v):
            return
        if entry.type in SPEECH_ACTS and self.protest_content(v):
            return
        if entry.frame == "give" and is_passive(v):
            subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            qty = bare_quantity(subj, self.lex) if subj is not None and not self.actors(subj) else None
            if qty:  # "Several hundred have already been provided": the count of an earlier transfer
                self.elided_counts.append((v, entry.type, qty))
                return
        if reduced_passive(v) and (agent := agent_of(v)) is not None and self.index.direct(agent) is None:
            return  # "victims killed by the MH17 crash": the agent is a happening, not an actor
        if self.obliged(v) or self.commits_to_conflict(v) or self.declines_conflict(v):
            return  # "Iraqi forces should investigate": a demand's content, not a happening
        if entry.type == "REJECT" and any(c.dep_ == "neg" for c in v.children) and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and not self.is_event_verb(c) for c in v.children):
            return  # "would not rule out shifting her position": an option kept open, nothing rejected
        if self.polled(v):
            return  # "47 percent of Cuban Americans saying they will support Clinton": a poll
        if entry.type in MATERIAL and v.dep_ == "relcl" and v.tag_ in ("VBP", "VBZ") and not any(
                c.dep_ in ("aux", "auxpass") for c in v.children):
            return  # "our troops who protect us every day": what someone habitually does describes them
        objs, dats = objects_of(v), datives_of(v)
        # "Israel is opposed to French mediation": a stative participle whose subject holds the stance
        stance = entry.stative and is_passive(v) and agent_of(v) is None
        if stance:
            objs = [o for o in objs if o.dep_ not in ("nsubjpass", "csubjpass")]
        if entry.needs_force and not any(
                self.counted(o).lemma_.lower() in self.lex.force_nouns for o in objs):
            return  # "reinforce troops" mobilizes; "reinforce ties" does not
        things = [o for o in objs if o.pos_ != "SCONJ"]  # not a "that" the parser took for an object
        if entry.frame == "give" and things and all(
                o.lemma_.lower() in self.lex.message_objects for o in things):
            return  # "sent a letter to Comey", "delivered an address": words handed over, not goods
        if entry.type in CONTESTED and any(
                o.lemma_.lower() in self.lex.contest_objects and self.index.direct(o) is None for o in objs):
            return  # "locked up the nomination", "recaptured her momentum": a political contest
        if entry.contest and any(
                t.lower_ in PERCENT for c in v.children if c.dep_ != "nsubj" for t in c.subtree):
            return  # "Sanders beat her 51% to 36%": an election result
        if (entry.type in COOPERATIVE and entry.frame != "self"
                and any(o.lower_ in REFLEXIVES for o in objs)):
            return  # "to pardon herself", "helped himself": the actor acts on no other
        dobjs = [o for o in objs if o.dep_ == "dobj"]
        if entry.type == "RETREAT" and entry.frame == "self" and dobjs and not any(
                o.lemma_.lower() in self.lex.force_nouns or self.index.direct(o) or self.holds_people(o)
                for o in objs):
            return  # "pulled out her credentials": a thing taken out, not forces withdrawn
        if entry.type == "PROTEST" and entry.frame == "self" and any(
                (k := self.counted(o)).pos_ == "NUM" or k.lemma_.lower() in self.lex.quantity_nouns
                or k.lemma_.lower() in self.lex.person_nouns for o in dobjs):
            return  # "Trump has rallied thousands", "rallied supporters": people gathered, no protest
        obj_actors = [m for o in objs for m in self.actors(o)]
        # "welcomed the president", "welcomed soldiers visiting": an actor as object (or small clause)
        small = [m for c in v.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
                 for m in self.actors(subject_of(c))]
        if entry.with_actor is not None and (obj_actors or small):
            entry, obj_actors = entry.with_actor, obj_actors or small
        if entry.type == "AGREE" and (_opinion(v) or _assent(v)):
            return  # "Most Democrats agree that a president should not": shared views (CAMEO 019)
        if entry.with_people is not None and any(self.holds_people(o, bodies=False) for o in objs):
            entry = entry.with_people  # "forced out 1,000 refugees" deports people (CAMEO 174)
        if entry.frame == "give" and objs and all(o.lemma_.lower() in self.lex.envoys for o in objs):
            # "sent 21 personnel to Bosnia to investigate": envoys are sent for their errand (CAMEO 09, 04)
            errand = [e for c in v.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                      and (e := self.verb_entry(c)) is not None and e.type in ERRANDS]
            entry = errand[0] if errand else entry
        if entry.type == "CONSULT":  # "will visit X to mediate": the mediation takes precedence (CAMEO 042)
            purpose = [e for c in v.children if c.dep_ == "advcl" and c.tag_ == "VB"
                       and (e := self.verb_entry(c)) is not None and e.cameo in ("045", "046")]
            entry = purpose[0] if purpose else entry
        if entry.needs_actor_object and not any(self.holds_people(o) for o in objs):
            return  # "released the prisoners", not "released a statement" or "held the White House"
        if entry.needs_content and not any(c.dep_ == "xcomp" for c in v.children):
            return  # "asked reporters rhetorically", "pressed him on it": a question, not a request
        if entry.needs_proposal and not any(o.lemma_.lower() in self.lex.proposals for o in objs):
            return  # "accepted the offer", not "accepted awards"
        if entry.verbal is not None and self.of_words(v, objs):
            entry = entry.verbal  # "attacked his rival's policy", "Trump attacked Clinton": criticism
        elif entry.contest and self.of_words(v, objs):
            return  # "he can beat Hillary", "battling Carson for the top spot": a political contest
        deps = {c.dep_ for c in v.children}  # "threatened to shell X" (an xcomp) is an act even so
        # "warned it would attack X": a warning of force is the act ("warned that the famine..." is not)
        warning = entry.type == "THREATEN" and any(
            c.dep_ == "ccomp" and (e := self.verb_entry(c)) is not None and e.type in CONFLICTUAL
            for c in v.children)
        if (v.i in self.reporting and not obj_actors and "ccomp" in deps and "xcomp" not in deps
                and not warning):
            return  # "X conceded that ...": a report, not an act
        if entry.type == "THREATEN" and not warning and "xcomp" not in deps and self.caution(v, obj_actors):
            return  # "warning followers that the Islamic State could penetrate the country": a danger told
        subj = subject_of(v)
        if entry.type in FORCEFUL and v.dep_ in ("ccomp", "xcomp", "oprd") and (
                v.tag_ == "VBN" or (v.tag_ == "VBD" and v.head.lemma_.lower() in WITNESSED)) and not any(
                c.dep_ in ("aux", "auxpass", "dobj") for c in v.children):
            return  # "fighting that saw 120 Iraqi soldiers killed": its subject is the victim, not the killer
        if entry.type in FORCEFUL and self.toll_of_attack(v):
            return  # "dual attacks in Baghdad which killed 28 people": the attack's toll, one happening
        if subj is None and entry.type in SPEECH_ACTS:
            subj = _sequence_subject(v)  # "criticized Trump before also ripping Ted Cruz"
        if stance:
            subj = next((c for c in v.children if c.dep_ == "nsubjpass"), subj)
        sources = self.actors(subj)
        if (not sources and subj is not None and subj.i == v.head.i and v.dep_ == "acl"
                and entry.type in SPEECH_ACTS):
            sources = self.issuer(subj)  # "passed a resolution calling on Turkey to recognize"
        if not sources and entry.type in UNDOINGS and is_passive(v) and agent_of(v) is None:
            sources, owned_targets = self.owner_of_undone(objs)  # "Washington's ban ... was lifted"
            obj_actors = owned_targets if sources else obj_actors
        if not sources and entry.cameo[:3] in STATE_ACTS and is_passive(v) and agent_of(v) is None:
            sources = self.arresting_state(v, obj_actors)  # "two police officers were arrested in Athens"
        movers = [] if subj is None else [subj, *(o for _, o in pobjs(subj, ("of",)))]
        if entry.type == "CONSULT" and any(t.lemma_.lower() in self.lex.force_nouns for t in movers):
            return  # troops (or "a first contingent of troops") arriving somewhere are not on a visit
        if entry.cameo == "042" and sources and all(
                (m.actor.sector or "") in TRAVELLERS or m.actor.unknown for m in sources):
            return  # "[Mexican citizens] don't want to go to the U.S.": people travelling, no state visit
        if entry.frame == "get":
            targets = sources
            named = [m for o in objs for x in (o, *o.conjuncts)
                     if (m := self.index.direct(x)) is not None and not m.actor.unknown]
            sources = [m for _, p in pobjs(v, ("from",)) for m in self.actors(p)] or [
                m for o in objs for _, p in pobjs(o, ("from",)) for m in self.actors(p)] or named
            inst_heads = [o for o in objs if not self.actors(o)]
        elif entry.frame == "give":
            to_actors = [m for _, p in pobjs(v, ("to", "for")) for m in self.actors(p)]
            # "contribute troops to a peace-keeping force in Liberia": given to where it serves
            to_actors = to_actors or [m for _, p in pobjs(v, ("to",)) for m in self.place_of(p)]
            dat_actors = [m for d in dats for m in self.actors(d)]
            if to_actors or dat_actors:  # "sent thousands of fighters to Syria": the fighters are sent
                targets = dat_actors + to_actors
                inst_heads = list(objs)
            else:  # troops sent are what is given, not whom it is given to
                targets = [m for o in objs if o.lemma_.lower() not in self.lex.force_nouns
                           for m in self.actors(o)]
                # speech/idiom senses: "When Mexico sends its people": a state's own people
                # sent abroad are emigrants, not recipients of aid ("supply its people with food" is aid)
                homes = {m.actor.country for m in sources if m.actor.country}
                if not any(p for _, p in pobjs(v, ("with",))):
                    targets = [m for m in targets if not (
                        m.actor.country in homes and (m.actor.sector or "") in TRAVELLERS)]
                inst_heads = [o for o in objs if not self.actors(o)]
            inst_heads += [p for _, p in pobjs(v, ("with",))]
            if not targets and not objs and not any(c.dep_ == "xcomp" for c in v.children):
                return  # "who returned after the war": nothing handed to anyone ("offered to talk" is kept)
            if entry.type == "RETREAT" and not objs and not dats:
                return  # "Ambassador Ford returns to Syria": a journey, nothing handed back
        else:
            if entry.type in MATERIAL:  # "suspended its military aid to Syria": its own aid
                obj_actors = _others(obj_actors, sources)
            targets = [] if entry.frame == "self" else obj_actors or [m for d in dats for m in self.actors(d)]
            if not targets:  # "defended his record against ISIS": whom a defence is against is no recipient
                preps = tuple(p for p in TARGET_PREPS if p != "against" or entry.type != "SUPPORT")
                targets = [m for _, p in pobjs(v, preps) for m in self.actors(p)]
                if entry.type in FORCEFUL:  # "fired missiles from Lebanese airspace into Syria": an origin
                    targets = [m for _, p in pobjs(v, tuple(x for x in preps if x != "from"))
                               for m in self.actors(p)] or targets  # "seized the town from ISIL" keeps it
            inst_heads = [p for _, p in pobjs(v, ("with", "using", *entry.inst_preps))]
            inst_heads += [o for o in objs if not self.actors(o)]
        direct = bool(targets)  # a recipient named by the verb itself, not found in what it governs
        keyed = entry.key.split()[1:]  # "arrive in", "call on": the keyed preposition names the target
        topic = [m for _, p in pobjs(v, ("over", "about")) for m in self.actors(p)
                 ] if entry.type == "ACCUSE" else []
        if topic:  # "complained to the UN over Israeli air raids": the complaint is against Israel
            targets = topic
        elif keyed:
            inner = [p for _, p in pobjs(v, (keyed[0],))]
            # "committed to supporting the Iraqi government": the gerund's object is the recipient
            gerunds = [o for p in inner if p.pos_ == "VERB" for o in objects_of(p)]
            targets = [m for p in inner for m in self.actors(p)] or [
                m for o in gerunds for m in self.actors(o)] or targets
            # "pushed back against Sanders's attack", "hit back at": the preposition hangs on the particle
            targets = targets or [m for c in v.children if c.dep_ in ("prt", "advmod")
                                  and c.lower_ == keyed[0]
                                  for _, p in pobjs(c, TARGET_PREPS) for m in self.actors(p)]
        targets = _others(targets, sources)
        if entry.type == "REQUEST" and (clause := _for_clause(v)) is not None:
            self.content_of_report.add(clause.i)  # "pressed for Congress to offset": what is asked for
            asked = subject_of(clause) or next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
            targets = targets or _others(self.actors(asked), sources)  # has not happened
        if not targets and self.verb_lemma(v) in self.lex.object_control:
            targets = _others(self.controlled_subjects(v), sources)
        if not targets:
            targets = self.inner_targets(v, nested=entry.type not in MATERIAL)
        if not targets and entry.type in SPEECH_ACTS:
            targets = _others(self.content_targets(v, objs, entry.type), sources)
        if not targets and entry.type == "PROTEST":  # "blocked streets in defiance of Chinese authorities"
            targets = _others(self.defied(v), sources)
        # "lifted its ban on arms sales to Vietnam": an act's own possessive names no recipient
        unowned = [o for o in objs if not (_others(self.actors(o), sources) if entry.type in MATERIAL
                                           else self.actors(o))]
        if not targets and entry.frame != "self":  # "halted aid to Serbia", "cancelled a visit to Haiti"
            preps = (*NOUN_TARGET_PREPS, "from") if entry.type == "CONCEDE" else NOUN_TARGET_PREPS
            if entry.type == "CONSULT" and entry.frame == "sym":
                preps = ("with",)  # "discuss the battle against the Islamic State": a topic
            if entry.type == "SUPPORT":
                preps = tuple(p for p in preps if p != "against")
            targets = _others([m for o in unowned  # "accepted demands from the rebels"
                               for _, p in pobjs(o, preps) for m in self.actors(p)], sources)
        if not targets and not (entry.type == "CONSULT" and entry.frame == "sym"):
            # "rejected a fresh offer from Afghanistan", "reservists for a war against Iraq"; what a
            # meeting discusses is its topic, not a partner ("to discuss the battle against the IS")
            heads = list(unowned) if entry.frame != "self" else list(objs)
            heads += [p for _, p in pobjs(v, (*TARGET_PREPS, "for")) if not self.actors(p)]
            preps = ("against",) if entry.frame == "self" else PHRASE_PREPS
            if entry.type == "SUPPORT":  # "defended his record against ISIS": the opponent, not the backed
                preps = tuple(p for p in preps if p != "against")
            own = frozenset(m.actor.code for m in sources) if entry.type in MATERIAL else frozenset()
            targets = _others([m for h in heads for m in self.phrase_actors(h, preps=preps, own=own)],
                              sources)
            # "re-examine the refineries in Iran"; condemning "the attacks in Iraq" accuses no Iraq
            if not targets and entry.frame != "self" and entry.type != "ACCUSE":
                targets = _others([m for h in heads for m in self.located_in(h)], sources)
        if not targets and entry.type in PLACE_TARGETS:  # "opened fire to disperse demonstrators"
            targets = self.purpose_targets(v, sources) or self.sequel_targets(v, sources)
        if not targets and entry.frame == "give":  # "send material to help defend Saudi Arabia"
            targets = self.purpose_targets(v, sources)
        if not targets and entry.type == "REJECT" and not objs and v.dep_ == "conj" and (
                v.head.pos_ in ("VERB", "AUX") and (e := self.verb_entry(v.head)) is not None
                and e.type in ("AGREE", "REQUEST")):  # "Obama had proposed ..., but the Republicans refused"
            targets = _others(self.actors(subject_of(v.head)), sources)  # the refusal answers the proposer
        if not targets and entry.type == "THREATEN":  # "warned it would strike South Korea"
            targets = _others([m for c in v.children if c.dep_ == "ccomp" for o in objects_of(c)
                               for m in self.actors(o)], sources)
            if all(t.actor.unknown for t in targets):  # "Kurdish fighters in Syria"
                targets = _others(self.place_target(v, subj), sources) or targets
        if not targets and entry.type == "THREATEN":  # "threatened to strike unless Israel rescinded"
            targets = _others([m for t in v.subtree if t.dep_ == "advcl" and any(
                k.dep_ == "mark" and k.lower_ in CONDITION_MARKS for k in t.children)
                for m in self.actors(subject_of(t))], sources)
            # "threatened to resume attacks in Israel": a threat of action in a place is aimed at its state
            targets = targets or _others(self.place_target(v, subj), sources)
        if not targets and entry.alone is not None and sources and not self.place_target(v, subj):
            entry = entry.alone  # "North Korea launched a missile": a test at no one shows force (CAMEO 150)
        etype = entry.type
        aid_nouns = self.lex.aid_nouns
        aid_words = aid_nouns | self.lex.instrument_nouns if entry.frame == "get" else aid_nouns
        received = [self.lex.nouns[o.lemma_.lower()].type for o in objs
                    if entry.frame == "get" and o.lemma_.lower() in self.lex.nouns]
        if received:  # "received assurances from X": X promised
            etype = received[0]
        elif entry.aid_type and any(t.lemma_.lower() in aid_words for o in objs for t in o.subtree):
            etype = entry.aid_type
        elif etype in COOPERATIVE and v.dep_ == "xcomp" and v.head.lemma_.lower() in self.lex.willing:
            etype = "AGREE"  # PLOVER: indicating willingness to cooperate is AGREE
        if entry.frame == "get" and etype == "CONSULT" and not any(
                self.index.direct(x) is not None and x.lower_ not in ("it", "this", "that")
                and x.lemma_.lower() not in self.lex.contest_objects  # "Trump receives 1,265 delegates"
                for o in objs for x in (o, *o.conjuncts)):
            return  # a host receives visitors (CAMEO 043), not "$26 million in payments" or "it"
        confidence = 0.7 if not is_passive(v) else 0.65
        if etype == "PROTEST" and sources and all(m.actor.country is None and m.actor.unknown
                                                   for m in sources):
            sources = self.placed_people(v, subj, sources) or sources  # "people blocked streets in Hong Kong"
        if not sources and etype in UNNAMED_PERPETRATOR:
            sources, aimed = self.unnamed_perpetrator(v, subj)
            if aimed and all(_unplaced(t) for t in targets):
                targets = aimed
            targets = _others(targets, sources)
            confidence = 0.5
        if etype in PLACE_TARGETS and all(_unplaced(t) for t in targets):
            targets = _others([m for o in objs for m in self.holders(o)], sources) or targets
        if etype in PLACE_TARGETS and targets and all(
                t.actor.unknown and t.actor.sector in LOCALS for t in targets):
            targets = self.placed_people(v, subj, targets) or targets  # "killed 15 civilians in Mosul"
        if etype in PLACE_TARGETS and all(_unplaced(t) for t in targets):
            place = self.place_target(v, subj)
            # "police officers were arrested in Athens": people of the place's own state keep their sector
            same = bool(targets) and all(t.kind == "agent" and t.actor.country and t.actor.country in {
                m.actor.country for m in place} for t in targets)
            targets = targets if same else place or targets
        if etype in HOME_TARGETS and not targets:
            targets = self.home_target(v, subj, sources)
        if etype in FOREIGN_PLACE_TARGETS and not targets:
            targets = self.foreign_place(v, subj, sources)
        if not targets and entry.frame == "sym" and etype == "ASSAULT" and len(sources) < 2:
            return  # "the Syrians who fought to free Dabiq": a fight with no other side named
        if stance and not targets:
            return  # "was committed to a 50-state strategy": a stance towards no one
        if entry.frame == "give" and etype == "AGREE" and not targets:
            return  # "offered to debate April 14 in Brooklyn": an offer made to no one named
        refused = etype in COOPERATIVE and refuses(v, self.lex)
        if refused:  # "would not meet the demands", "would not provide support": a refusal (CAMEO 12x)
            etype = "REJECT"
        # "Congress and President Obama agreed to extend tax cuts for corporations": conjoined actors
        # of a symmetric act act with each other, not with whom the content names
        pairs = entry.frame == "sym" and (not targets or not direct) and len(sources) >= 2
        # "Ukraine and Russia exchanged dozens of prisoners": unnamed people exchanged are no party
        pairs = pairs or (entry.frame == "sym" and len(sources) >= 2 and etype in MATERIAL
                          and all(t.actor.unknown for t in targets))
        targets = [] if pairs else targets
        inst, qty, inst_toks = self.instrument(inst_heads)
        if inst is None:
            inst, qty, inst_toks = self.used_instrument(v)
        mode = "asserted" if refused else mode_of(v, self.lex, self.reporting)
        if pairs and etype not in MATERIAL:  # "his family, friends and employees talked": no parties
            sources = [m for m in sources if not m.actor.unknown]
            if len(sources) < 2:
                return
        if pairs:  # "X, Y and Z met": each meets each
            for k, src in enumerate(sources[:-1]):
                self.coded.append(_Coded(v, entry, etype, [src], sources[k + 1:], mode, inst, qty, inst_toks))
                if etype not in SYMMETRIC_TYPES:  # "X and Y signed an agreement": each backs the other
                    for other in sources[k + 1:]:
                        self.coded.append(_Coded(v, entry, etype, [other], [src], mode, inst, qty, inst_toks))
            return
        self.coded.append(_Coded(v, entry, etype, sources, targets, mode, inst, qty, inst_toks, confidence))

    def holders(self, o: Token) -> list[Mention]:
        """Who holds a thing struck: "an ISIL-held building", "rebel-controlled areas" -> ISIL, rebels."""
        return [m for x in (o, *o.conjuncts) for c in x.children
                if c.dep_ == "amod" and c.lemma_.lower() in HOLDING
                for k in c.children if k.dep_ in ("npadvmod", "compound", "nmod", "advmod")
                for m in self.actors(k)]

    def toll_of_attack(self, v: Token) -> bool:
        """Whether `v` is a relative clause telling what an attack, coded with its perpetrator, did
        ("Dae'sh claimed attacks in Baghdad which killed 28"); an attack by no one named keeps its toll."""
        while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # "which have killed and injured"
        if v.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
                                        for c in v.children):
            return False
        head = v.head
        for _ in range(4):  # "attacks in the area of the neighborhood in Baghdad which killed"
            if head.pos_ in ("NOUN", "PROPN") and (e := self.noun_entry(head)) is not None:
                if e.type not in FORCEFUL:
                    return False
                owners = [m for c in head.children if c.dep_ in SOURCE_MODIFIERS for m in self.actors(c)]
                owners += [m for _, p in pobjs(head, ("by",)) for m in self.actors(p)]
                gov = head.head
                if not owners and head.dep_ in ("dobj", "nsubjpass") and (
                        self.verb_lemma(gov) in self.lex.light_verbs):
                    owners = self.actors(subject_of(gov))
                return bool(owners)
            if head.dep_ not in ("pobj", "prep") or head.head is head:
                return False
            head = head.head
        return False

    def issuer(self, document: Token) -> list[Mention]:
        """Who issued a document that speaks for it ("the European Parliament passed a resolution", "a
        letter from 40 groups"), or nothing when `document` is no such document."""
        if document.lemma_.lower() not in self.lex.issued_documents:
            return []
        found = [m for _, p in pobjs(document, ("from", "by")) for m in self.actors(p)]
        if not found and document.dep_ in ("dobj", "obj") and document.head.pos_ in ("VERB", "AUX"):
            found = self.actors(subject_of(document.head))
        return found

    def campaign_promise(self, s: Mention, t: Mention | None, anchor: Token) -> bool:
        """A candidate's or lawmaker's pledge to no one, or to its own country's public, is a campaign
        promise, not a commitment to another actor (CODEBOOK: elections are no events)."""
        if (s.actor.sector or "") not in CAMPAIGN_SECTORS:
            return False
        if t is None:
            return not self.commits_to_event(anchor)
        home = t.actor.country == s.actor.country or t.actor.country is None  # "assured voters"
        return home and (t.actor.sector or "") in PUBLIC

    def commits_to_event(self, anchor: Token) -> bool:
        """"Akayev has agreed to resign": what is agreed or promised is itself an event (not "vowed to
        focus on being a better father", "proposed spending increases")."""
        return any(k.dep_ in ("xcomp", "dobj") and (
            (k.pos_ in ("VERB", "AUX") and self.verb_entry(k) is not None) or self.noun_entry(k) is not None)
            for k in anchor.children)

    def polled(self, v: Token) -> bool:
        """True if `v` is what a share of people told pollsters ("38 percent said ...", "47 percent of
        Cuban Americans saying they will support Clinton"): an opinion, not an act (CODEBOOK: polls)."""
        if _polled(subject_of(v)):
            return True  # "65 percent of Republicans supported his call"
        tok = v
        for _ in range(3):
            if tok.head.i == tok.i:
                return False
            if tok.dep_ in ("ccomp", "xcomp", "conj"):
                tok = tok.head
                if tok.i in self.reporting and _polled(subject_of(tok)):
                    return True
            else:
                return False
        return False

    def caution(self, v: Token, warned: list[Mention]) -> bool:
        """"warned followers that the Islamic State could penetrate the country": what a warning says
        befalls someone other than the warned and the warner is a danger pointed out, not a threat
        ("warned Iran that it would face consequences" is one)."""
        own = {m.actor.code for m in (*self.actors(subject_of(v)), *warned)}
        said = next((c for c in v.children if c.dep_ == "ccomp"), None) or next(
            (t for t in v.subtree if t.dep_ in ("ccomp", "acl") and t.i > v.i  # "warning X in interviews
             and any(k.dep_ == "mark" and k.lower_ == "that" for k in t.children)), None)  # that ..."
        if said is None:
            return False
        about = self.actors(subject_of(said))
        return not about or not {m.actor.code for m in about} & own

    def protesters_in(self, n: Token) -> list[Mention]:
        """A protest no one is named for is its place's civilians': "Fresh riots were reported in Greece",
        "Protests erupted in Cairo" -> GRCCVL, EGYCVL (PLOVER PROTEST: civilian demonstrations)."""
        anchor = n.head if n.head.pos_ in ("VERB", "AUX") else n
        place = self.place_target(anchor, n) or self.place_target(n, None)
        if not place or not place[0].actor.country:
            return []
        m = place[0]
        civilians = Actor.of(m.actor.country, f"{country_name(m.actor.country)} civilians", "CVL")
        return [Mention(m.start, m.end, m.text, civilians, self.section, None, "agent")]

    def defied(self, v: Token) -> list[Mention]:
        """Whom a protest defies: "in defiance of Chinese authorities", "in protest against the government"
        (grammar.yaml protest_frames: a noun of opposition and the preposition naming its object)."""
        frames = self.lex.protest_frames
        return [m for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                for n in c.children if n.dep_ == "pobj"
                for q in n.children if q.dep_ == "prep" and f"{n.lemma_.lower()} {q.lower_}" in frames
                for o in q.children if o.dep_ == "pobj" for m in self.actors(o) or self.phrase_actors(o)]

    def placed_people(self, v: Token, subj: Token | None, people: list[Mention]) -> list[Mention]:
        """People of no stated country protesting in a place are that place's people ("hundreds of
        thousands of people blocked streets in Hong Kong" -> HKG civilians), when the place is one country."""
        country = _one_country(self.place_target(v, subj))
        if country is None:
            return []
        return [Mention(m.start, m.end, m.text, Actor.of(country, f"{country_name(country)} {m.text}",
                                                        m.actor.sector), m.section, m.person, m.kind)
                for m in people]

    def arresting_state(self, v: Token, held: list[Mention]) -> list[Mention]:
        """Who arrests when the text names no one: the police of the place, else of those held ("two
        officers were arrested in Athens" -> GRC's police; its government when the police are held)."""
        deported = self.verb_entry(v) is not None and self.verb_entry(v).cameo.startswith(DEPORT)
        place = self.place_target(v, None, ("from",) if deported else ("in", "at", "near"))
        homes = [m for m in place if m.actor.country] or ([] if deported else [
            m for m in held if m.actor.country])
        country = _one_country(homes)
        if country is None:
            return []
        m = homes[0]
        sector = "GOV" if deported or any(h.actor.code == f"{country}COP" for h in held) else "COP"
        name = f"{country_name(country)} police" if sector == "COP" else country_name(country)
        actor = Actor.of(country, name, sector)
        return [Mention(m.start, m.end, m.text, actor, self.section, None, "agent")]

    def owner_of_undone(self, objs: list[Token]) -> tuple[list[Mention], list[Mention]]:
        """Who undoes an act of its own told in the passive, and to whom: "Washington's ban on sales of
        weapons to Vietnam would be lifted" -> (USA, [VNM]). The owner of the event noun acts."""
        for o in objs:
            if o.dep_ != "nsubjpass" or self.noun_entry(o) is None:
                continue
            owners = [m for k in o.children if k.dep_ in SOURCE_MODIFIERS for m in self.actors(k)]
            if owners:
                aimed = [m for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ in NOUN_TARGET_PREPS
                         for m in self.actors(t)]
                return owners, _others(aimed, owners)
        return [], []

    def holds_people(self, o: Token, bodies: bool = True) -> bool:
        """True if object `o` names people (who can be held or freed), not a place or a state;
        `bodies=False` leaves out organisations ("expelled UNHCR" expels a body, not people)."""
        if self.counted(o).lemma_.lower() in self.lex.person_nouns:
            return True
        for x in (o, *o.conjuncts):
            m = self.index.direct(x)
            if m is None or m.kind == "metonym":  # "held the White House" holds no one
                continue
            if not bodies and m.kind == "organisation":
                continue
            group = len(m.actor.code) > 3 or x.tag_ == "NNPS"  # "SAUREL", "Americans"
            if m.kind in PEOPLE_KINDS or group or x.ent_type_ in PEOPLE_ENTS:
                return True
        return False

    def of_words(self, v: Token, objs: list[Token]) -> bool:
        """True if an attack is verbal: on words or a policy, or one named person's on another."""
        subj = subject_of(v)
        by = self.index.direct(subj) if subj is not None else None
        if by is not None and ((by.actor.sector or "") in ARMED_SECTORS or by.actor.code in ARMED_SECTORS):
            return False  # "Iraqi Security Forces attacked ISIL positions": a force's attack is of arms
        if any(o.lemma_.lower() in self.lex.verbal_objects for o in objs):
            return True
        people = [self.index.direct(t) for t in (subj, *objs) if t is not None]
        return len(people) >= 2 and all(m is not None and m.kind == "person" for m in people)

    def phrase_actors(self, head: Token, depth: int = 2,
                      preps: tuple[str, ...] = (), own: frozenset[str] = frozenset()) -> list[Mention]:
        """Actors one or two levels inside a noun phrase: its possessor or an of/from/against/... object.

        "the United States' military policies" -> USA; "a possible war against Iraq" -> IRQ;
        "calls by Kofi Annan" -> UN. The nearer level wins; `own` codes (the actor's own "its") do not count.
        """
        preps = preps or PHRASE_PREPS
        found = [m for k in head.children if k.dep_ == "poss" for m in self.actors(k)
                 ] if preps is PHRASE_PREPS else []
        inner = [p for _, p in pobjs(head, preps)]
        found += [m for p in inner for m in self.actors(p)]
        found = [m for m in found if m.actor.code not in own]
        if not found and depth > 1:
            deeper = [p for _, p in pobjs(head, PHRASE_PREPS)]
            found = [m for p in deeper for m in self.phrase_actors(p, depth - 1, preps, own)]
        return found

    def controlled_subjects(self, v: Token) -> list[Mention]:
        """"allowed candidate Ouattara to participate", parsed with Ouattara as the clause's subject:
        the one allowed (urged, forced) is the target."""
        for c in v.children:
            if c.dep_ in ("xcomp", "ccomp") and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children):
                subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
                if subj is not None:
                    return self.actors(subj)
        return []

    def inner_targets(self, v: Token, nested: bool = True) -> list[Mention]:
        """Targets of the action an outer event verb governs ("offered to hand over to Britain").

        Without `nested`, only actors the inner verb acts on directly: "helped train the Iraqi army"
        aids Iraq, "helps secure a UN resolution" aids no one (the resolution is what is secured).
        """
        for c in v.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                objs = objects_of(c) + datives_of(c)
                if not nested:  # "secure a UN Security Council resolution": a document names its issuer
                    objs = [o for o in objs if o.lemma_.lower() not in self.lex.issued_documents]
                found = [m for o in objs for m in self.actors(o)]
                found += [m for _, p in pobjs(c, (*TARGET_PREPS, "for")) for m in self.actors(p)]
                if not nested:
                    return found
                found += [m for o in objs for _, p in pobjs(o, NOUN_TARGET_PREPS) for m in self.actors(p)]
                if not found:  # "refused to respond to a demand from the US President"
                    heads = [o for o in objs if not self.actors(o)] + [
                        p for _, p in pobjs(c, TARGET_PREPS) if not self.actors(p)]
                    found = [m for h in heads for m in self.phrase_actors(h)]
                if not found:  # "agreed to set up an energy research center in Tokyo"
                    found = [m for o in objs if not self.actors(o) for m in self.located_in(o)]
                if found:
                    return found
        return []

    def place_target(self, v: Token, subj: Token | None,
                     preps: tuple[str, ...] = ("in", "at", "near")) -> list[Mention]:
        """Violence against unnamed people or things "in Jericho" is violence against that place's state."""
        skip = {t.i for t in subj.subtree} if subj is not None else set()
        # "fired missiles into the sea while the G-20 leaders were meeting in China": another clause's place
        skip.update(t.i for c in v.children if self.other_actors_clause(c, subj) for t in c.subtree)
        for tok in v.subtree:
            # "about 45km south of Mosul": a bearing from a place is in that place's state
            bearing = tok.lower_ == "of" and tok.head.lower_ in BEARINGS and "in" in preps
            if tok.dep_ == "prep" and (tok.lower_ in preps or bearing) and tok.i not in skip:
                # "outside of Basra": the place is the object of the inner "of"
                inner = [q for _, q in pobjs(tok, ("of",))] if tok.lower_ == "outside" else []
                for p in [*tok.children, *inner]:
                    found = [m for m in self.actors(p) if m.actor.country and m.kind in ("name", "metonym")]
                    if found:
                        return found[:1]
                    city = self.city_of(p) or self.demonym_place(p)
                    if city is not None:
                        return [city]
        return []

    def other_actors_clause(self, c: Token, subj: Token | None) -> bool:
        """A report or a clause about what other actors did at the time: its place is not the act's."""
        if c.dep_ in ("ccomp", "parataxis"):
            return True
        if c.dep_ != "advcl":
            return False
        others = {m.actor.code for m in self.actors(subject_of(c))}
        return bool(others - {m.actor.code for m in self.actors(subj)})

    def demonym_place(self, p: Token) -> Mention | None:
        """"the Syrian town of Azaz", "a Lebanese village": a place noun its demonym puts in a state."""
        if p.lemma_.lower() not in self.lex.place_nouns:
            return None
        m = next((m for c in p.children if c.dep_ == "amod" and (m := self.index.direct(c)) is not None
                  and m.actor.country), None) or self.index.direct(p)
        if m is None or not m.actor.country:
            return None
        return Mention(m.start, m.end, m.text, Actor.of(m.actor.country, country_name(m.actor.country)),
                       self.section, None, "name")

    def unnamed_perpetrator(self, v: Token, subj: Token | None) -> tuple[list[Mention], list[Mention]]:
        """Who did violence the text gives no perpetrator for (CODEBOOK: country plus UAF).

        "killed in Israeli tank shelling" -> Israel, whose shelling it was; "were killed by an
        improvised explosive device outside the Iraqi city of Basra", "A minefield explosion near
        Samarra killed" -> unidentified armed forces of the place's state. A subject that is a name
        or a pronoun the actors stage could not resolve is someone unknown: no culprit is guessed.
        """
        if subj is not None and (subj.pos_ != "NOUN" or subj.lemma_.lower() in self.lex.person_nouns):
            return [], []
        if subj is not None and any(self.unresolved_name(k) for k in subj.children if k.dep_ in (
                "compound", "amod")):  # "Coalition aircraft": someone named, not resolved
            return [], []
        if subj is None and not is_passive(v):
            return [], []
        if any(t.lemma_.lower() in self.lex.mishaps for t in v.sent):  # no perpetrator at all
            return [], []
        for _, p in pobjs(v, ("in", "by", "during", "under")):
            lemma = p.lemma_.lower()
            if lemma not in self.lex.noun_heads and lemma not in self.lex.instrument_nouns:
                continue
            found = self.actors(p) or [m for _, q in pobjs(p, ("by",)) for m in self.actors(q)] or [
                m for c in p.children if reduced_passive(c) for m in self.actors(agent_of(c))]
            if found:  # the last: "in a cross-border raid conducted by the U.S. military"
                # "in Israeli air strikes", "by an Israeli missile": whose violence it was; the
                # strike's own recipient ("on Gaza") names the victims' state
                aimed = [m for _, q in pobjs(p, NOUN_TARGET_PREPS) for m in self.actors(q)]
                return found, aimed
        # "an attack on a mosque in northern Iraq that killed 13": the happening's own place
        happening = subj is not None and (subj.lemma_.lower() in self.lex.noun_heads
                                          or subj.lemma_.lower() in self.lex.instrument_nouns)
        if happening and subj is not None:  # "multiple attacks, also claimed by Da'esh, have killed 35"
            found = [m for _, q in pobjs(subj, ("by",)) for m in self.actors(q)] or [
                m for c in subj.children if reduced_passive(c) for m in self.actors(agent_of(c))]
            if found:
                return found, []
        return self.unnamed_in_place(v) or (self.unnamed_in_place(subj) if happening else []), []

    def aimed_against(self, v: Token) -> list[Mention]:
        """Whom force is used "against" anywhere in its own clause, through a means participle: "conducted 23
        strikes using attack aircraft against ISIL targets" -> ISIL."""
        for tok in v.subtree:
            if tok.dep_ != "prep" or tok.lower_ != "against":
                continue
            step, inside = tok.head, True
            while step.i != v.i and inside:
                # a participle ("using aircraft", "strikes coordinated with Iraq using ...") stays inside
                inside = step.dep_ not in CLAUSES and not (
                    step.dep_ == "advcl" and step.tag_ not in ("VBG", "VBN"))
                step = step.head if step.head.i != step.i else v
            found = [m for p in tok.children if p.dep_ == "pobj" for m in self.actors(p)] if inside else []
            if found:
                return found
        return []

    def unresolved_name(self, k: Token) -> bool:
        """A name (a proper noun, or a capitalised word inside the sentence) no known actor stands for."""
        named = k.pos_ == "PROPN" or (k.is_title and k.i != k.sent.start)
        m = self.index.direct(k)
        return named and (m is None or m.actor.unknown)

    def unnamed_in_place(self, v: Token) -> list[Mention]:
        """Unidentified armed forces of the state where violence happened."""
        place = self.place_target(v, None, PERPETRATOR_PLACE_PREPS)
        if not place or not place[0].actor.country:
            return []
        m = place[0]
        actor = Actor.of(m.actor.country, "unidentified armed forces", "UAF")
        return [Mention(m.start, m.end, m.text, actor, self.section, None, "agent")]

    def located_in(self, head: Token) -> list[Mention]:
        """The state where the thing acted on lies, one or two levels inside its phrase: "the
        refineries in Iran", "parties to the conflict in Iraq" -> that state."""
        return self.place_of(head) or [m for _, p in pobjs(head, PHRASE_PREPS) for m in self.place_of(p)][:1]

    def place_of(self, p: Token) -> list[Mention]:
        """The state of a place a noun phrase is "in" ("a force in Liberia" -> Liberia)."""
        return [m for _, q in pobjs(p, ("in",)) for m in self.actors(q)
                if m.actor.country and m.kind in ("name", "metonym")][:1]

    def city_of(self, p: Token) -> Mention | None:
        """A city the actors' gazetteer knows ("in Tel Aviv", "the town of Samarra") as its state."""
        if p.lemma_.lower() in self.lex.waters:
            return None  # "in the Gulf of Aden": open water, not the state of the city it is named for
        for tok in (p, *(q for _, q in pobjs(p, ("of",)))):
            if tok.pos_ != "PROPN":
                continue
            words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
            span = self.doc[words[0].i:tok.i + 1]
            entry = actor_lexicon().phrases.get(norm(span.text))
            if entry is not None and entry.kind in ("city", "capital") and entry.country:
                actor = Actor.of(entry.country, span.text)
                return Mention(span.start_char, span.end_char, span.text, actor, self.section, None, "name")
        return None

    def home_target(self, anchor: Token, subj: Token | None, sources: list[Mention]) -> list[Mention]:
        """A protest aimed at no one named is aimed at the government of the state where it happens,
        else of the protesters' own state; a government's concession, at its country.

        "Thousands of Iraqi Kurds demonstrated in Kirkuk" -> IRQGOV; a place or the protesters'
        country is a recipient the text names (CODEBOOK: target null only when the text names none).
        """
        aimed = self.purpose_targets(anchor, sources)
        if aimed:  # "blocked a road to show their disapproval for the United States' policies"
            return aimed
        own = {m.actor.code for m in sources}
        place = self.place_target(anchor, subj)
        homes = [m for m in place if m.actor.country] or [m for m in sources if m.actor.country]
        countries = {m.actor.country for m in homes}
        if len(countries) != 1:
            return []
        m = homes[0]
        country = m.actor.country
        home = Actor.of(country, country_name(country), "GOV")
        if home.code in own:  # a government easing its own curfew concedes to its country
            home = Actor.of(country, country_name(country))
        if home.code in own:
            return []
        return [Mention(m.start, m.end, m.text, home, m.section, None, "name")]

    def foreign_place(self, anchor: Token, subj: Token | None, sources: list[Mention]) -> list[Mention]:
        """Forces shown in another state's territory are aimed at it ("exercises in Alaska" -> USA);
        at home they are aimed at no one named."""
        own = {m.actor.country for m in sources}
        return [m for m in self.place_target(anchor, subj) if m.actor.country not in own]

    def sequel_targets(self, v: Token, sources: list[Mention]) -> list[Mention]:
        """"opened fire to disperse demonstrators, killing one and arresting 12": the participle
        clause goes on with the same happening, so it has the same victims."""
        first = v
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ != "advcl" or first.tag_ != "VBG" or first.head.pos_ not in ("VERB", "AUX"):
            return []
        head = first.head
        return self.purpose_targets(head, sources) or _others(
            [m for o in objects_of(head) for m in self.actors(o)], sources)

    def purpose_targets(self, v: Token, sources: list[Mention]) -> list[Mention]:
        """Actors a purpose clause acts on: "opened fire to disperse demonstrators" -> the demonstrators."""
        found: list[Mention] = []
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.pos_ == "VERB":
                # "to help defend Saudi Arabia": the helped action's object
                chain = [c, *(x for x in c.children if x.dep_ == "xcomp" and x.tag_ == "VB")]
                for o in (o for x in chain for o in objects_of(x)):
                    found += _others(self.actors(o), sources) or _others(self.phrase_actors(o), sources)
        return found

    def content_targets(self, v: Token, objs: list[Token], etype: str = "") -> list[Mention]:
        """Whom a speech act is about: "demanded that X ...", "demanded the withdrawal of X's forces"."""
        # "defended his record against ISIS": whom a defence or praise is against is no recipient
        preps = ("of", *(p for p in NOUN_TARGET_PREPS if p != "against" or etype != "SUPPORT"))
        for c in v.children:
            if c.dep_ == "ccomp":  # "requested that Lazar be released": the passive's subject is asked about
                asked = subject_of(c) or next((k for k in c.children if k.dep_ == "nsubjpass"), None)
                found = self.actors(asked)
                if found:
                    return found
        for o in objs:
            found = [m for dep in ("poss",) for k in o.children if k.dep_ == dep for m in self.actors(k)]
            found += [m for _, p in pobjs(o, preps) for m in self.actors(p)]
            if found:
                return found
        return []

    def used_instrument(self, v: Token) -> tuple[str | None, str | None, list[Token]]:
        """"drones that Moscow has used to bolster its offensive": the instrument of "use X to"."""
        tok = v
        for _ in range(3):
            if tok.dep_ not in ("xcomp", "advcl", "dobj", "pobj") or tok.head is tok:
                break
            tok = tok.head
            if tok.lemma_.lower() in ("use", "employ"):
                heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
                if tok.dep_ == "relcl":
                    heads.append(tok.head)
                return self.instrument(heads)
        return None, None, []

    # --- nouns ---------------------------------------------------------------------------------
    def noun_entry(self, n: Token) -> Entry | None:
        """The lexicon entry for an event noun, preferring "modifier noun" keys ("hunger strike")."""
        lemma = n.lemma_.lower()
        for c in n.children:
            if c.dep_ in ("compound", "amod"):
                hit = (self.lex.nouns.get(f"{c.lemma_.lower()} {lemma}")
                       or self.lex.nouns.get(f"{c.lower_} {lemma}"))
                if hit is not None:
                    return hit
            if c.dep_ == "prep" and c.lower_ == "on":  # "a ban on arms sales" is a "sale ban"
                hit = next((e for p in c.children if p.dep_ == "pobj"
                            and (e := self.lex.nouns.get(f"{p.lemma_.lower()} {lemma}")) is not None), None)
                if hit is not None:
                    return hit
        return self.lex.nouns.get(lemma)

    def code_noun(self, n: Token) -> None:
        if n.dep_ in ("compound", "amod"):
            return  # a modifier ("border patrol agents") names no happening
        entry = self.noun_entry(n)
        if entry is None:
            return
        kids = {(c.dep_, c.lower_) for c in n.children}
        if entry.type == "AGREE" and ("prep", "of") in kids and kids & {("amod", "great"), ("amod", "good")}:
            return  # "I have a great deal of respect for him": a quantity, no deal
        gov = n.head if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX") else None
        asked = _for_clause(gov) if gov is not None and entry.type == "REQUEST" else None
        if entry.needs_content and asked is None and not any(c.dep_ in ("acl", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")) for c in n.children):
            return  # "began making calls to committee members": phone calls, not a call for anything
        light = gov if gov is not None and self.verb_lemma(gov) in self.lex.light_verbs else None
        if gov is not None and light is None and (g := self.verb_entry(gov)) is not None and not (
                g.type in JUDGING and entry.type in MATERIAL and gov.dep_ != "xcomp"):
            return  # the verb codes ("condemned the attack")
        if light is not None and (self.governed_by_event(light) or self.obliged(light)):
            return  # "Congress has to approve any future deals with Iran": an obligation, not a deal
        if light is not None and self.verb_entry(light) is not None and not self.has_event_object(light):
            return  # the verb codes the act with this noun as its object ("provided support to Israel")
        sources = [m for dep in SOURCE_MODIFIERS for c in n.children if c.dep_ == dep
                   and c.lower_ not in self.lex.joint_markers for m in self.actors(c)][:2]
        sources += [m for _, p in pobjs(n, ("by",)) for m in self.actors(p)]
        if not sources and light is not None:
            sources = self.actors(subject_of(light))
        if not sources and light is None and (rel := next((c for c in n.children if c.dep_ in ("relcl", "acl")
                                                            and self.verb_lemma(c) in self.lex.light_verbs),
                                                           None)) is not None:
            light = rel  # "an attack he leveled at Clinton", "the deal reached by the Obama administration
            sources = self.actors(subject_of(rel))  # and Speaker Paul Ryan" (a reduced passive: its agent)
        if not sources and entry.type == "PROTEST" and light is None and n.dep_ in ("nsubj", "nsubjpass"):
            sources = self.protesters_in(n)  # "Protests erupted in Cairo": the country's civilians
        if not sources:
            return
        if entry.type == "PROTEST" and all((m.actor.sector or "") in ELECTED_SECTORS
                                           and m.kind in ("person", "pronoun", "title") for m in sources):
            return  # "a Trump rally", "his most recent rally": a candidate's campaign event, no protest
        if entry.type == "RETREAT" and not any(c.dep_ == "prep" for c in n.children) and all(
                (m.actor.sector or "") in CANDIDATES and m.kind in ("person", "pronoun") for m in sources):
            return  # "Even before Palin's withdrawal": a candidate leaving a race or an event, no retreat
        if entry.verbal is not None and all(m.kind in ("person", "pronoun") and (m.actor.sector or "")
                                            in CAMPAIGN_SECTORS for m in sources):
            entry = entry.verbal  # "Trump's attack on a federal judge's heritage": a politician's words
        if entry.frame == "sym":
            preps: tuple[str, ...] = ("with", "between")
        elif entry.frame == "self":  # "the withdrawal of forces from Panama"
            preps = ("from", "against")
        else:
            # "with" names a partner only of symmetric nouns ("the blockade of Serbia with Albania's help")
            preps = (*(p for p in NOUN_TARGET_PREPS if p != "with"), "between",
                     *(("for",) if entry.frame == "give" else ()))
        targets = [m for _, p in pobjs(n, preps) for m in self.actors(p)]
        if light is not None and not targets:
            targets = [m for _, p in pobjs(light, preps) for m in self.actors(p)]
            targets += [m for d in datives_of(light) for m in self.actors(d)]
        if not targets and entry.frame not in ("give", "self"):
            targets = [m for _, p in pobjs(n, ("of",)) for m in self.actors(p)]
        if not targets and entry.frame == "self":
            targets = [m for _, o in pobjs(n, ("of",)) for _, p in pobjs(o, preps) for m in self.actors(p)]
        if asked is not None:  # "renewed its calls for the United States to lift sanctions"
            targets = targets or _others(self.actors(subject_of(asked)), sources)
            self.content_of_report.add(asked.i)
        if not targets and entry.type in SPEECH_ACTS:  # "its demand that Israel ease restrictions"
            clauses = list(n.children) + (list(n.head.children) if n.dep_ == "dobj" else [])
            for c in clauses:
                if c.dep_ in ("ccomp", "acl") and (found := _others(self.actors(subject_of(c)), sources)):
                    targets = found
                    self.content_of_report.add(c.i)
                    break
        if entry.frame == "sym" and not targets and len(sources) >= 2:
            sources, targets = sources[:1], sources[1:]
        if not targets and entry.alone is not None and light is not None:
            entry = entry.alone  # "Iran held naval drills": one state's exercise shows force (MOBILIZE)
        light_subj = subject_of(light) if light is not None else None
        if entry.type in PLACE_TARGETS and not targets and light is not None:
            targets = _others(self.aimed_against(light), sources)  # "strikes using aircraft against X"
        if entry.type in PLACE_TARGETS and all(t.actor.unknown for t in targets):
            judged = gov if gov is not None and light is None else None  # "condemned the attack ... in X"
            targets = self.place_target(light or judged or n, light_subj or (
                subject_of(judged) if judged is not None else None)) or targets
        if entry.type in HOME_TARGETS and not targets:
            targets = self.home_target(light or n, light_subj, sources)
        if entry.type in FOREIGN_PLACE_TARGETS and not targets:
            targets = self.foreign_place(light or n, light_subj, sources)
        if entry.verbal is not None and any(c.dep_ in ("amod", "compound")
                                            and c.lemma_.lower() in self.lex.verbal_modifiers
                                            for c in n.children):
            entry = entry.verbal  # "level sexist attacks", "personal attacks": words, not force
        elif entry.verbal is not None and _all_persons(sources + targets) and targets:
            entry = entry.verbal  # "Clinton's aggressive attack on Trump": criticism
        if not targets and entry.frame != "self" and (light is None or light.dep_ in ("relcl", "acl")):
            return  # a bare noun with no recipient is too often a mention, not a report
        inst_heads = [p for _, p in pobjs(n, ("of", "with"))] if entry.frame == "give" else []
        inst, qty, inst_toks = self.instrument(inst_heads)
        if inst is None:
            inst, qty, inst_toks = self.used_instrument(n)
        anchor = light or n
        mode = mode_of(n, self.lex, self.reporting)
        self.coded.append(_Coded(anchor, entry, entry.type, sources, targets, mode, inst, qty,
                                 inst_toks, 0.55))

    # --- joint undertakings --------------------------------------------------------------------
    def code_joint(self, v: Token) -> None:
        """Conjoined actors doing something "joint"/"together" cooperate with each other."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or not subj.conjuncts:
            return
        entry = self.verb_entry(v)
        if (entry is not None and entry.frame == "sym") or self.governed_by_event(v):
            return
        actors = self.actors(subj)
        if len(actors) < 2:
            return
        skip = {t.i for t in subj.subtree}
        marker = None
        for t in v.subtree:
            if t.i in skip:
                continue
            low = t.lower_
            nxt = self.doc[t.i + 1].lower_ if t.i + 1 < len(self.doc) else ""
            if low in self.lex.joint_markers or f"{low} {nxt}" in self.lex.joint_markers:
                marker = t
                break
        if marker is None:
            return
        head = marker.head if marker.pos_ == "ADJ" else marker
        inst_heads = [p for _, p in pobjs(head, ("for", "of", "with"))] + objects_of(head)
        inst, qty, inst_toks = self.instrument(inst_heads)
        coop = Entry(key=f"joint {head.lemma_.lower()}", cameo="060", type="COOPERATE", frame="sym")
        mode = mode_of(v, self.lex, self.reporting, anchor_is_governor=True)
        self.coded.append(_Coded(v, coop, "COOPERATE", actors[:1], actors[1:], mode, inst, qty,
                                 inst_toks, 0.6))

    # --- verdicts (verbal events) ---------------------------------------------------
    def code_evaluation(self, v: Token) -> None:
        """"Sanders called the DNC's suspension 'arbitrary'", "Calderon calls Trump's idea 'stupid'": a
        negative verdict on an actor or its act is criticism (CAMEO 111), a positive one praise (051)."""
        if any(c.dep_ in ("prt", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "for"))
               for c in v.children) or self.governed_by_event(v):
            return  # "called on X to", "called for talks": requests the lexicon codes
        verdict, judged = self.verdict(v)
        if verdict is None or judged is None:
            return
        subj = subject_of(v) or _sequence_subject(v)  # "exploit her position by labeling her an extremist"
        if subj is None and v.dep_ == "acl" and v.head.dep_ == "ROOT":
            subj = v.head  # "Trump called Sanders a liar", parsed with "called" modifying "Trump"
        sources = self.actors(subj)
        # whose the judged thing is ("the DNC's suspension"), not what it concerns ("the talks with X")
        targets = _others(self.actors(judged), sources)
        if not sources or not targets:
            return
        etype, cameo = ("ACCUSE", "111") if verdict in self.lex.negative_evaluations else ("SUPPORT", "051")
        entry = Entry(key=f"{v.lemma_.lower()} {verdict}", cameo=cameo, type=etype)
        mode = mode_of(v, self.lex, self.reporting)
        self.coded.append(_Coded(v, entry, etype, sources, targets, mode, confidence=0.55))

    def verdict(self, v: Token) -> tuple[str | None, Token | None]:
        """The verdict word an evaluative verb passes and the phrase it is passed on, if any.

        The verdict is the verb's predicate ("called it illegal", "called the deal a mistake"), an
        "as" phrase ("described X as dangerous"), a small clause ("calls Clinton unqualified") or a
        quoted word after the object ("calls Trump's idea for border wall 'stupid'")."""
        judged = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        words: list[Token] = []
        for c in v.children:
            if c.dep_ in ("oprd", "acomp"):
                if judged is None and c.pos_ == "PROPN":
                    judged = c  # "called Sanders a liar" with both parsed as predicates
                    continue
                words.append(c)
                judged = judged or next(
                    (k for k in c.children if k.dep_ in ("nmod", "nsubj", "npadvmod")), None)
            elif c.dep_ == "ccomp" and c.pos_ in ("ADJ", "VERB", "NOUN"):
                words.append(c)  # "calls Clinton unqualified": a small clause the parser reads as a ccomp
                judged = judged or next((k for k in c.children if k.dep_ == "nsubj"), None)
            elif c.dep_ == "prep" and c.lower_ == "as":
                words.extend(k for k in c.children if k.dep_ in ("pobj", "amod", "acomp"))
        if judged is not None and not words:  # a quoted verdict after the object
            words = [t for t in judged.subtree if t.i > judged.i and t.i > 0
                     and self.doc[t.i - 1].lower_ in QUOTES and t.pos_ in ("ADJ", "NOUN")]
        lex = self.lex
        for w in words:
            for t in (w, *(k for k in w.children if k.dep_ in ("amod", "compound", "conj"))):
                for form in (t.lower_, t.lemma_.lower()):
                    if form in lex.negative_evaluations or form in lex.positive_evaluations:
                        return form, judged
        return None, judged

    # --- what a report says someone did wrong or must do --------------------------------------
    def code_report_content(self, r: Token) -> None:
        """"X said Y violates Z" is X accusing Y; "X said Y must do Z" is X demanding it of Y."""
        alleging = r.lemma_.lower() in self.lex.alleging
        if any(k.dep_ == "neg" for k in r.children) or (
                r.dep_ == "xcomp" and r.head.pos_ in ("VERB", "AUX")
                and (e := self.verb_entry(r.head)) is not None and e.type == "REJECT"):
            return  # "he refused to say that Jerusalem should be the capital": nothing said
        for c in r.children:
            if c.dep_ != "ccomp" or any(k.dep_ == "mark" and k.lower_ in QUESTION_MARKS for k in c.children):
                continue  # "asked whether Clinton committed perjury": a question, not an allegation
            lemma = c.lemma_.lower()
            obligation = self.lex.modality["obligation"]["aux"]
            must = any(k.dep_ == "aux" and k.lower_ in obligation for k in c.children)
            if must and lemma in self.lex.electoral_acts:
                continue  # "then they should vote for Donald Trump": advice to voters
            if must and any(k.dep_ == "aux" and k.lower_ == "have" for k in c.children):
                etype, cameo = "ACCUSE", "111"  # "said Clinton should have known": a reproach, nothing asked
            elif must:
                etype, cameo = "REQUEST", "100"
            elif self.verb_entry(c) is None and (self.is_wrongdoing(c) or alleging):
                etype, cameo = "ACCUSE", "112"  # "alleged that France was aware of preparations"
            elif (verdict := self.copular_verdict(c)) is not None:
                etype, cameo = verdict  # "warn that the deal was a dangerous mistake by the administration"
            else:
                continue
            accused, accusers = self.actors(subject_of(c)), self.actors(subject_of(r))
            if cameo in ("111", "051"):  # the judged thing's owner or author, not a pronoun's guess
                judged = subject_of(c)
                accused = [] if judged is None or judged.lower_ in DEMONSTRATIVES else accused
                if judged is not None and judged.lemma_.lower() in self.lex.proposals:  # "the Iran deal"
                    accused = [m for k in judged.children if k.dep_ == "poss" for m in self.actors(k)]
                accused += [m for k in c.children if k.dep_ in ("attr", "acomp")
                            for _, p in pobjs(k, ("by",)) for m in self.actors(p)]
            accused = _others(accused, accusers)
            if not accused or not accusers:
                continue
            if etype == "REQUEST" and (_polled(subject_of(r)) or all(
                    (m.actor.sector or "") == "CVL" or m.actor.unknown for m in accused)):
                continue  # "38 percent said he should step down", "voters should not": opinions, no demand
            if cameo in ("111", "051") and (_made_to(r) or _polled(subject_of(r)) or all(
                    (m.actor.sector or "") == "CVL" or m.actor.unknown for m in accusers)):
                continue  # "getting Republicans to say he is unfit", "people thought she was a liar"
            entry = Entry(key=f"{r.lemma_.lower()} {lemma}", cameo=cameo, type=etype)
            mode = mode_of(r, self.lex)
            self.coded.append(_Coded(r, entry, etype, accusers, accused, mode, confidence=0.5))
            self.content_of_report.add(c.i)

    def copular_verdict(self, c: Token) -> tuple[str, str] | None:
        """"the deal was a dangerous mistake", "the decision is outrageous": a reported verdict on the
        subject (CAMEO 111 criticism, 051 praise), by the evaluation words of grammar.yaml."""
        if c.lemma_.lower() != "be" or any(k.dep_ == "neg" for k in c.children):
            return None
        for w in (k for k in c.children if k.dep_ in ("attr", "acomp")):
            for t in (w, *(k for k in w.children if k.dep_ in ("amod", "compound"))):
                form = t.lemma_.lower()
                if form in self.lex.negative_evaluations:
                    return "ACCUSE", "111"
                if form in self.lex.positive_evaluations and t is w:
                    return "SUPPORT", "051"
        return None

    def is_wrongdoing(self, c: Token) -> bool:
        lemma = c.lemma_.lower()
        keys = {lemma} | {f"{lemma} {k.lemma_.lower()}" for k in c.children if k.dep_ in KEY_DEPS}
        if keys & self.lex.wrongdoing:
            return True
        return lemma == "be" and any(k.dep_ == "acomp" and k.lemma_.lower() in self.lex.wrongdoing_adjectives
                                     for k in c.children)

    def attach_elided_counts(self) -> None:
        """Give a bare count to the closest earlier transfer of the same type still without one."""
        for v, etype, qty in self.elided_counts:
            earlier = [c for c in self.coded if c.type == etype and c.anchor.i < v.i and c.quantity is None
                       and c.mode == "asserted" and v.sent.start - c.anchor.sent.start <= 80]
            if earlier:
                max(earlier, key=lambda c: c.anchor.i).quantity = qty

    def counted(self, o: Token) -> Token:
        """The noun a count stands for: "hundreds of troops" -> troops, "dozens of prisoners" -> prisoners."""
        if o.pos_ != "NUM" and o.lemma_.lower() not in self.lex.quantity_nouns:
            return o
        return next((p for _, p in pobjs(o, ("of",)) if p.pos_ in ("NOUN", "PROPN")), o)

    def is_protester(self, m: Mention) -> bool:
        """True if a mention names protesters (nouns.yaml `protesters`), whose violence is a riot."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in self.lex.protesters

    def is_equipment(self, m: Mention) -> bool:
        """An unnamed piece of equipment ("these fighter planes") is no perpetrator: never invent one."""
        if not m.actor.unknown:
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        # "military forces", "soldiers" are people under arms (an unnamed armed force), not equipment
        head = span.root.lemma_.lower() if span is not None else ""
        return head in self.lex.instrument_nouns and head not in self.lex.armed_people

    def intent_code(self, c: _Coded) -> str | None:
        """The CAMEO 03x code of a cooperative act reported in the future tense, else None."""
        if c.type == "CONSULT" and c.anchor.pos_ in ("NOUN", "PROPN") and c.mode == "planned":
            return self.lex.intent_codes.get(c.type)  # "the prime minister's meeting with Trump"
        if c.type not in COOPERATIVE or c.anchor.pos_ not in ("VERB", "AUX"):
            return None
        if not _future(c.anchor, self.lex.modality["planned"]["aux"]):
            return None
        return self.lex.intent_codes.get(c.type)

    # --- output --------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        lex = self.lex
        for tok in self.doc:
            pos = tok.pos_
            if pos in ("VERB", "AUX"):
                if tok.lemma_.lower() in lex.verb_heads:
                    self.code_verb(tok)
                self.code_joint(tok)
                if tok.i in self.reporting:
                    self.code_report_content(tok)
                if tok.lemma_.lower() in lex.evaluative_verbs:
                    self.code_evaluation(tok)
            elif pos in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.noun_heads:
                self.code_noun(tok)
        self.attach_elided_counts()
        kept = [c for c in self.coded if c.anchor.i not in self.content_of_report
                and not _conditional(c.anchor) and not _background(c.anchor) and not _topic(c.anchor)
                and not _desired(c.anchor) and not _yes_no_question(c.anchor)
                and not (c.type in MATERIAL and _history(c.anchor, self.published))]
        return [ev for c in kept for ev in self.events_of(c)]

    def events_of(self, c: _Coded) -> list[Event]:
        out: list[Event] = []
        clause = clause_span(c.anchor)
        mention_toks: set[int] = set()
        for m in c.sources + c.targets:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                mention_toks.update(t.i for t in span)
        context = context_of(c.inst_tokens + list(clause), c.entry.context, self.lex)
        location = location_of(clause, mention_toks)
        date = resolve_event_date(c.anchor.sent, self.published) if resolve_event_date else None
        claim = self.attributor.claim_for(self.section, c.anchor.i) if self.attributor else None
        attributed_to, speaker = getattr(claim, "actor", None), getattr(claim, "speaker", None)
        seen: set[tuple[str, str | None]] = set()
        for s in [m for m in c.sources if not self.is_equipment(m)]:
            # an unnamed recipient beside a named one adds nothing ("killed Gaza's ... and a man")
            named = [t for t in c.targets if not t.actor.unknown]
            for t in named or c.targets or [None]:
                if t is not None and t.actor.code == s.actor.code:
                    continue
                if t is None and (c.type in NEEDS_TARGET | NEEDS_COUNTERPART | ADDRESSED
                                  or s.actor.unknown or s.actor.sector == "UAF"):
                    continue  # an unnamed actor doing something to no one tells nothing
                if t is None and c.type in FORCEFUL and _figurative(s):
                    continue  # one named person's force against no one: "beat the odds", "fight for votes"
                alleged = c.anchor.head if c.anchor.dep_ == "conj" else c.anchor
                if t is None and charged_with(alleged) is not None:
                    continue  # "accused rebels of violating a ceasefire": an alleged act needs its victim
                if t is None and c.type == "RETREAT" and c.entry.frame == "give":
                    continue  # "her lawyers had handed back all records": a return is to someone
                if c.type == "RETREAT" and c.entry.cameo == RESIGNATION and (
                        s.actor.sector or "") not in OFFICIAL_SECTORS:
                    continue  # PLOVER RETREAT covers resignations of officials, not of chairmen or staff
                if (t is not None and c.entry.contest and _figurative(t)
                        and (s.actor.sector or "") not in ARMED_SECTORS):
                    continue  # "to fight Mr. Trump", "with whom he clashed": a contest of politicians
                if (t is not None and c.type == "REQUEST" and t.actor.sector == "CVL"
                        and (s.actor.sector in CAMPAIGN_SECTORS or s.actor.code == "MNC")):
                    continue  # "urging voters to see the big picture", "encourages customers": an appeal
                if (t is not None and "SUPPORT" in (c.type, c.entry.type) and (s.actor.sector or "") == "CVL"
                        and (t.actor.sector or "") in ELECTED_SECTORS):  # also "would not support Clinton"
                    continue  # "people who support her", "voters backing Trump": electoral choice
                if c.type == "AGREE" and self.campaign_promise(s, t, c.anchor):
                    continue  # "have proposed spending increases", "a promise to strengthen labor unions"
                if t is not None and c.type == "CONSULT" and (
                        (c.entry.cameo == "042" and (t.actor.sector or "") in NO_HOSTS)
                        or (c.entry.cameo == "043" and c.entry.frame != "get"  # "received" codes the
                            and (t.actor.sector or "") in TRAVELLERS)):  # host as target, not the visitor
                    continue  # "he went to Fox News", "Merkel's welcome of 1 million migrants": no visit
                if (t is not None and c.type == "CONSULT" and (s.actor.sector or "") in CANDIDATES
                        and (t.actor.sector or "") == "CVL"):
                    continue  # "Bill Clinton spoke with voters outside the polling location": campaigning
                if (t is not None and c.entry.cameo == "042" and t.actor.sector is None
                        and t.actor.code == s.actor.country):
                    continue  # "when he arrives in Washington", "visited Iowa": travel at home, no visit
                key = (s.actor.code, t.actor.code if t else None)
                if key in seen:
                    continue
                seen.add(key)
                pronoun = s.kind == "pronoun" or (t is not None and t.kind == "pronoun")
                unknown = s.actor.unknown
                att, spk = attributed_to, speaker
                etype, mode = c.type, c.mode
                cameo = c.entry.cameo or None
                verbal = c.entry.verbal
                if (verbal is not None and etype == "ASSAULT" and s.kind in ("person", "pronoun")
                        and t is not None and t.actor.sector in CAMPAIGN_SECTORS):
                    etype, cameo = verbal.type, verbal.cameo  # "he attacked Republican lawmakers": words
                if etype == "COERCE" and cameo in CAPTURES and _combatant(s.actor) and t is not None and (
                        _combatant(t.actor)):
                    etype = "ASSAULT"  # PLOVER: combatants captured in conflict are ASSAULT, not arrest
                if etype in FORCEFUL and s.actor.sector == "CVL" and self.is_protester(s):
                    etype, cameo = "PROTEST", RIOT  # "protesters set fire to three banks": a riot
                own = att is not None and att.code[:3] == s.actor.code[:3]
                if etype in ANNOUNCED_THREATS and mode == "planned" and t is not None and own and not (
                        self.pledged(c.anchor)):
                    etype, mode = "THREATEN", "asserted"
                if att is None and etype in SPEECH_ACTS and c.anchor.pos_ in ("VERB", "AUX"):
                    att, spk = s.actor, (self.attributor and self.attributor.speaker_of(self.section, s))
                # "Portugal will support Turkey, its president said", "Israel said it would free
                # prisoners": the actor expresses its intent (CAMEO 03x, AGREE). A schedule in the
                # journalist's voice or another actor's claim stays the act, planned (CODEBOOK: mode).
                if mode == "planned" and own and (intent := self.intent_code(c)):
                    etype, mode, cameo = "AGREE", "asserted", intent
                if etype == "AGREE" and c.type != "AGREE" and self.campaign_promise(s, t, c.anchor):
                    continue  # "Rubio's tax plan would give money to undocumented immigrants"
                out.append(Event(
                    source=s.actor, target=t.actor if t else None, type=etype, mode=mode,
                    evidence=Evidence(clause.text, clause.start_char, clause.end_char, self.section),
                    context=context, cameo=cameo,
                    attributed_to=att, speaker=spk,
                    instrument=c.instrument, quantity=c.quantity, location=location, event_date=date,
                    confidence=c.confidence - 0.1 * (pronoun + (t is None) + 2 * unknown),
                    trigger=c.entry.key,
                ))
        return out


def _opinion(v: Token) -> bool:
    """"agree that ...": a that-clause and nothing agreed to or with (no object, clause or preposition)."""
    deps = {c.dep_ for c in v.children}
    return "ccomp" in deps and not deps & {"xcomp", "dobj", "prep", "dative"}


def _for_clause(v: Token) -> Token | None:
    """The "for X to do Y" clause of a verb ("pressed for Congress to offset", "renewed its calls for the
    United States to lift"), which the parser hangs on the verb as an adverbial clause."""
    return next((c for c in v.children if c.dep_ == "advcl" and any(
        k.dep_ == "mark" and k.lower_ == "for" for k in c.children) and any(
        k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)  # "calling for Trump to be banned"


def _topic(anchor: Token) -> bool:
    """A gerund as a clause's subject names an act in general ("legalizing it could put thousands to
    work"), not one that happened."""
    return anchor.dep_ == "csubj" and anchor.tag_ == "VBG"


def _sequence_subject(v: Token) -> Token | None:
    """Who does a gerund after "by", "before", "after" ...: the verb it hangs on says ("criticized Trump
    before also ripping Ted Cruz", "sought to exploit her position by labeling her an extremist")."""
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and (
            v.head.lower_ in SEQUENCE_PREPS and v.head.head.pos_ in ("VERB", "AUX")):
        return subject_of(v.head.head)
    return None


def _made_to(v: Token) -> bool:
    """"getting some Republicans to say he is unfit": an infinitive whose subject another verb names is
    what someone wants said, not what was said ("continue to warn" is said)."""
    if v.dep_ not in ("xcomp", "ccomp") or not any(k.dep_ == "aux" and k.lower_ == "to" for k in v.children):
        return False
    return any(k.dep_ == "nsubj" for k in v.children) or any(k.dep_ == "dobj" for k in v.head.children)


def _yes_no_question(anchor: Token) -> bool:
    """"Can Obama offer the Republicans something?", "Did they talk about his vow?": an auxiliary before
    the subject in a sentence that ends in "?" asks whether the act happens, it reports none."""
    last = next((t for t in reversed(anchor.sent) if not t.is_space and t.text not in QUOTES), None)
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if last is None or last.text != "?" or subj is None:
        return False
    inverted = [c for c in anchor.children if c.dep_ in ("aux", "auxpass") and c.i < subj.i]
    # "Why had Trump called into the program?": a wh-question takes the act as given
    return bool(inverted) and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.i < inverted[0].i
                                      for t in anchor.sent)


def _desired(anchor: Token) -> bool:
    """"the need for Americans to recognize X", "time for Congress to act": a for-infinitive names an
    act wished or asked for, not one that happened (a request codes it as its content)."""
    marks = {(k.dep_, k.lower_) for k in anchor.children}
    return ("mark", "for") in marks and ("aux", "to") in marks


def _assent(v: Token) -> bool:
    """"Iowa State's Dianne Bystrom agreed", "Things are going to be ok. I promise.": one speaker's
    assent or assurance, nothing agreed to, promised or offered (any AGREE verb)."""
    subj = subject_of(v)
    return (subj is not None and not subj.conjuncts
            and not {c.dep_ for c in v.children} & {"xcomp", "ccomp", "dobj", "prep", "dative", "advcl",
                                                    "nsubjpass", "agent", "obj"})


def _polled(subj: Token | None) -> bool:
    """True if a report's speaker is a share of people ("38 percent of voters said"): a poll, no actor."""
    return subj is not None and (subj.lower_ in PERCENT or any(k.lower_ in PERCENT for k in subj.children))


def _conditional(anchor: Token) -> bool:
    """True inside an "if"/"unless" clause: "would meet him if he gave them a veto" reports no veto."""
    tok = anchor
    for _ in range(3):
        marks = {k.lower_ for k in tok.children if k.dep_ == "mark"}
        if tok.dep_ == "advcl" and marks & CONDITION_MARKS:
            return True
        if tok.dep_ in ("ccomp", "advcl") and "whether" in marks:
            return True  # "whether or not Israel wants to make the deal": a question, not a happening
        if tok.head is tok:
            return False
        tok = tok.head
    return False


HISTORY_PREPS = frozenset({"in", "during", "on"})
CLAUSES = frozenset({"relcl", "ccomp", "csubj", "parataxis", "acl"})  # clauses of their own


def _combatant(actor: Actor) -> bool:
    """An armed party to a conflict: a military, rebels, insurgents, an armed group."""
    return (actor.sector or "") in COMBATANT_SECTORS or actor.code in COMBATANT_SECTORS


def _history(anchor: Token, published: str | None) -> bool:
    """An act dated to a year well before publication ("which fought a war with Israel in 2006", "killed
    in a 2008 raid") is background history, not the happening the report tells."""
    if not published or not published[:4].isdigit():
        return False
    dated = [p for k in anchor.children if k.dep_ == "prep" and k.lower_ in HISTORY_PREPS
             for p in k.children if p.dep_ == "pobj"]  # not "since 2012": an act still going on
    dated += [k for k in anchor.children if k.dep_ in ("npadvmod", "nummod", "compound", "amod")]
    dated += [k for p in dated for k in p.children if k.dep_ in ("nummod", "compound", "amod")]
    years = [int(t.text) for t in dated if t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit()]
    return bool(years) and max(years) < int(published[:4]) - 1


def _background(anchor: Token) -> bool:
    """A relative clause in the perfect describes its noun ("the group that has seized parts of Iraq"):
    what the actor did before, told to say who it is, not the happening the sentence reports."""
    return (anchor.dep_ == "relcl" and anchor.tag_ == "VBN"
            and any(k.dep_ == "aux" and k.lemma_.lower() == "have" for k in anchor.children))


def _figurative(m: Mention) -> bool:
    """A politician (named or as a pronoun) who is no armed force: force without a victim is a figure."""
    return m.kind in ("person", "pronoun") and (m.actor.sector or "") not in ARMED_SECTORS


def _future(verb: Token, future: frozenset[str]) -> bool:
    """True if `verb` (or the verb it is conjoined to) has a future auxiliary ("will", "would")."""
    heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(k.dep_ == "aux" and k.lower_ in future for h in heads for k in h.children)


def _is_time_phrase(prep: Token) -> bool:
    """"on Friday", "in June": a preposition that dates the event, not one that keys the verb."""
    return prep.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in prep.children)


ASIDES = frozenset({"example", "instance", "fact", "course", "sure", "part", "turn", "contrast", "addition"})


def _is_aside(prep: Token) -> bool:
    """"for example", "in fact", "in turn": a discourse aside, not a preposition that keys the verb
    ("asked the U.S. attorney, for example, whether" is no "ask for")."""
    return prep.dep_ == "prep" and any(p.dep_ == "pobj" and p.lower_ in ASIDES and not any(
        True for _ in p.children) for p in prep.children)


def _one_country(mentions: list[Mention]) -> str | None:
    """The one state the mentions with a country name, or None when they name none or several."""
    countries = {m.actor.country for m in mentions if m.actor.country}
    return countries.pop() if len(countries) == 1 else None


def _unplaced(m: Mention) -> bool:
    """An unknown actor, or an agent noun whose country was only inferred (see actors `_locate_agents`)."""
    return m.actor.unknown or m.kind == "agent"


def _all_persons(mentions: list[Mention]) -> bool:
    """True if every mention is a named person (one politician's "attack" on another is verbal)."""
    return bool(mentions) and all(m.kind == "person" or (m.kind == "pronoun" and m.text.lower() in PERSONAL)
                                  for m in mentions)


def _others(targets: list[Mention], sources: list[Mention]) -> list[Mention]:
    """Targets that are not the source itself (an actor does not act on itself)."""
    own = {m.actor.code for m in sources}
    return [t for t in targets if t.actor.code not in own]


def _attributor(parsed: ParsedDocument, mentions: list[Mention]) -> Any:
    if Attributor is None:
        return None
    return Attributor(parsed, mentions)


def code_events(parsed: ParsedDocument, mentions: list[Mention]) -> list[Event]:
    """The events `parsed` reports, one per distinct happening, with all their evidence."""
    lex = load_lexicon()
    attributor = _attributor(parsed, mentions)
    published = parsed.document.published
    events: list[Event] = []
    for section, doc in parsed.sections.items():
        in_section = [m for m in mentions if m.section == section]
        speaker: Callable[[Token], Any] | None = None
        if attributor is not None and hasattr(attributor, "speaker_actor_for"):
            def speaker(tok: Token, s: str = section) -> Any:
                return attributor.speaker_actor_for(s, tok.i)
        index = ActorIndex(doc, in_section, speaker)
        events.extend(_SectionCoder(doc, section, index, lex, attributor, published).run())
    return merge_events(drop_unplaced(drop_field_events(parsed, events, lex.fields)))


__all__ = ["SYMMETRIC_TYPES", "code_events"]
