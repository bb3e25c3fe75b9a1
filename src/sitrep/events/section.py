"""What a section's coder looks up: lexicon entries of verbs and nouns, the actors of a token, and the
sense tests that need the lexicon (light verbs, governed clauses, obligations, wishes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from sitrep.actors.lexicon import load_lexicon as actor_lexicon
from sitrep.actors.lexicon import norm
from sitrep.events.arguments import (
    RELATIVE_PRONOUNS,
    ActorIndex,
    objects_of,
    pobjs,
    quantity_particle,
    subject_of,
)
from sitrep.events.attribution import Attributor, is_reporting_verb
from sitrep.events.details import aid_sum, borne_means, detail_words, instrument_of, loan_deal, money_count
from sitrep.events.kinds import (
    ARMED_SECTORS,
    CLAUSES,
    CONFLICTUAL,
    ELECTED_SECTORS,
    EMBASSIES,
    ENVOY_POSTS,
    FORCEFUL,
    KEY_DEPS,
    NO_AUTHORITY,
    OBLIGING,
    PEOPLE_ENTS,
    PEOPLE_KINDS,
    PERCENT,
    SOURCE_MODIFIERS,
)
from sitrep.events.lexicon import Entry, Lexicon
from sitrep.events.senses import (
    bare_participle,
    for_clause,
    in_name,
    is_aside,
    is_poll_share,
    is_time_phrase,
    tells_clause,
)
from sitrep.nlp.syntax import plain_word
from sitrep.records import Mention

BLOCKADE = "191"  # CAMEO 191: impose blockade, restrict movement
INVESTIGATE = "09"  # CAMEO investigate: an inquiry by authorities, courts or monitors
PRIVATE_READERS = frozenset({"JRN", "CVL"})  # the press and the public look into things; they open no inquiry
RELATION_PREPS = ("to", "with", "from", "for")  # "flights to Russia", "visas for Russian diplomats"
POLLS = frozenset({"poll", "survey"})  # a report's source that is a poll ("a new USA TODAY poll finds")
RECIPROCALS = frozenset({"each other", "one another"})  # joint markers that make an act mutual, not shared
SHARING = "064"  # CAMEO 064 share intelligence or information: between bodies with public authority
HOLDING = frozenset({"share", "have", "hold"})  # verbs of holding a trait ("share the same enemies")
ALIKE = frozenset({"same", "common", "similar"})  # "share the same enemies": a trait alike, not handed over
# Sectors of bodies that are buildings too, struck where an act of force names them before it ("a
# hospital bombing", "the Kabul university attack", "a mosque attack"): what it hit, not who did it.
STRUCK_SECTORS = frozenset({"MED", "EDU", "REL", "BUS"})
# Words that are a phrasal verb's particle as well as prepositions ("gave in", "caved in", "backed down").
PARTICLES = frozenset({"in", "out", "up", "down", "off", "back", "away", "over", "on", "around"})


@dataclass(slots=True)
class Coded:
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


def fronted(c: Token, v: Token) -> bool:
    """Whether `c` is a phrase put before its verb ("In the movie, Deep Throat gives Woodward ..."): a
    setting, never the verb's own preposition ("give in"); "the treaty from which it withdrew" keeps it."""
    return c.dep_ == "prep" and c.i < v.i and not any(
        p.lower_ in ("which", "whom", "what", "who") for p in c.children)


def post_words(person: Token) -> list[Token]:
    """The words naming a named person's post: the head of an apposition ("Hideo Tarumi, Japan's
    ambassador to China") or a common-noun title before the name ("Turkish Ambassador Derya Ors"), so a
    verb keyed by its object's kind ("summon ambassador") keys on the person holding the post; of a
    common noun, an envoy's post joined to it ("consul-general")."""
    if person.pos_ != "PROPN":  # "expelled the Turkish consul-general": the post word before the hyphen
        return [k for k in person.children if k.dep_ == "compound" and k.lemma_.lower() in ENVOY_POSTS]
    return [k for k in person.children if k.dep_ == "appos" or (k.dep_ == "compound" and k.i < person.i)]


class SectionBase:
    """Lexicon look-ups and sense tests shared by the verb, noun and report coders of one section."""

    def __init__(self, doc: Doc, section: str, index: ActorIndex, lex: Lexicon,
                 attributor: Attributor | None, published: str | None) -> None:
        self.doc, self.section, self.index, self.lex = doc, section, index, lex
        self.attributor, self.published = attributor, published
        self.reporting = frozenset(t.i for t in doc if t.pos_ in ("VERB", "AUX") and is_reporting_verb(t))
        self.coded: list[Coded] = []
        self.content_of_report: set[int] = set()  # clauses coded as what a report demands
        self.elided_counts: list[tuple[Token, str, str]] = []

    def verb_entry(self, v: Token) -> Entry | None:
        """The lexicon entry for a verb, preferring "lemma particle/preposition/object" keys, unless its
        arguments show a sense of the word that is no event of the entry's type (`off_sense`)."""
        entry = self.keyed_entry(v)
        if entry is not None and entry.cameo == BLOCKADE and " " in entry.key and self.blocking_crowd(v):
            entry = self.lex.verbs.get(self.verb_lemma(v))  # "protesters blocked the road": obstruction
        return None if entry is not None and self.off_sense(v, entry) else entry

    def blocking_crowd(self, v: Token) -> bool:
        """Whether those who block a way are people with no authority (protesters, civilians): their
        blocking obstructs passage (CAMEO 144, PROTEST), while a state's or its forces' blocking of a road,
        a crossing or access restricts movement (191, COERCE): "Russia has blocked the road to the border"
        (verbs.yaml object_families)."""
        subj = subject_of(v)
        if subj is not None and self.counted(subj).lemma_.lower() in self.lex.protesters:
            return True
        sources = self.actors(subj)
        # (an opposition's supporters blocking roads protest as well)
        return bool(sources) and all((m.actor.sector or "") in NO_AUTHORITY | {"OPP"} for m in sources)

    def off_sense(self, v: Token, entry: Entry) -> bool:
        """Whether the verb's arguments give it a sense that is not the entry's act: "demonstrated that
        the plan works" shows (a protest takes no clause) and a candidate's rally campaigns; "received a
        distress call" is no consultation; "assured him that voters agree" commits to nothing; "ended his
        career" ends no relation with anyone (CAMEO 16 cuts ties, aid, talks, trade)."""
        if entry.type == "PROTEST" and entry.frame == "self":
            subj = subject_of(v)
            return tells_clause(v) or (subj is not None and self.campaigner(self.index.direct(subj)))
        if entry.type == "CONSULT" and " " in entry.key and self.other_kind(v, entry.key.split()[-1]):
            return True  # "received a distress call", "held a press conference": no talks between actors
        if entry.type == "AGREE":
            return self.assures_fact(v)
        if entry.type == "REQUEST" and any(c.dep_ == "oprd" for c in v.children):
            return True  # "what the New York Times called a 'rough week' for Trump": a name given, no call
        if entry.type == "REQUEST" and " " not in entry.key:
            return self.insists_on_fact(v)
        if entry.type == "COOPERATE" and entry.frame == "act" and not self.objected(v) and not any(
                c.dep_ in ("nsubjpass", "agent") or (c.dep_ == "prep" and c.lower_ == "with")
                for c in v.children):
            return True  # "the police had trained for 18 months to deal with protesters": no one trained
        if entry.type == "COOPERATE" and any(  # "Khan and Trump have traded criticism", "exchanged
                c.dep_ in ("dobj", "nsubjpass") and (e := self.noun_entry(c)) is not None  # accusations":
                and e.type in CONFLICTUAL for c in v.children):  # hostility exchanged, no cooperation
            return True
        if entry.cameo.startswith(SHARING) and self.held_in_common(v):
            return True  # "Saudi Arabia shares the same terrorist enemies": an attribute, nothing handed over
        if entry.cameo.startswith(INVESTIGATE):  # "Mexican newspapers have been inspecting Trump's book",
            subj = subject_of(v)  # "voters have not looked into Trump's past": reading, no inquiry of state
            by = self.index.direct(subj) if subj is not None else None
            return by is not None and (by.actor.sector or "") in PRIVATE_READERS
        if entry.type == "SANCTION" and set(entry.key.split()[1:]) <= PARTICLES:  # "cut", "break off"
            objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
            # "suspended flights to Russia", "cut exports with Iran": what is cut runs between two actors
            partner = [p for h in (v, *objs) for _, p in pobjs(h, RELATION_PREPS) if self.actors(p)]
            # "he cut into Bush", "broke off with a dismissive 'eww'": nothing cut, no one cut off
            return not partner and not any(self.names_relation(o) for o in objs)
        return False

    @staticmethod
    def held_in_common(v: Token) -> bool:
        """Whether what a verb "shares" is marked as alike for both sides ("shares the same terrorist
        enemies", "share a common interest in Syria", "share similar values"): a trait held in common,
        no intelligence or goods passed on (CAMEO 064), no joint act ("find common ground" is one)."""
        return v.lemma_.lower() in HOLDING and any(o.dep_ in ("dobj", "nsubjpass") and any(
            m.dep_ in ("amod", "det") and m.lower_ in ALIKE for m in o.children) for o in v.children)

    def other_kind(self, v: Token, obj: str) -> bool:
        """Whether the object that keys an entry ("receive call") is named, by a modifier, as a kind the
        lexicon does not list where it lists others: "phone call", "telephone call" are consultations,
        so "received a distress call from a merchant ship" is another kind of call."""
        nouns = self.lex.nouns
        kinds = [m for o in v.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() == obj
                 for m in o.children if m.dep_ == "compound" and m.pos_ == "NOUN"]
        return any(f"{m.lemma_.lower()} {obj}" not in nouns and f"{m.lower_} {obj}" not in nouns
                   for m in kinds) and any(k.endswith(f" {obj}") for k in nouns)

    def assures_fact(self, v: Token) -> bool:
        """"Jones assured Trump that most of his listeners supported his candidacy": a promise or assurance
        whose only content is a clause with no time ahead (no "will", "would", "must", "is going to", no
        subjunctive) tells how things are; it commits no one to an act ("assured Turkey it would not
        strike" does)."""
        if any(c.dep_ == "xcomp" or (c.dep_ == "dobj" and self.index.direct(c) is None) for c in v.children):
            return False  # "offered concessions that X believed could lead to ...": a thing offered
        clauses = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if not clauses:
            return False
        modality = self.lex.modality
        ahead = modality["planned"]["aux"] | modality["possible"]["aux"] | modality["obligation"]["aux"]
        # a subjunctive asks ("demanded that Lazar be released", "insisted that Russia withdraw")
        return not any(c.tag_ == "VB" or any(k.dep_ in ("aux", "auxpass") and (
            plain_word(k) in ahead or k.tag_ == "VB") for k in c.children)
                       or (c.lemma_.lower() in modality["planned"]["progressive"] and any(
                           k.dep_ == "xcomp" for k in c.children)) for c in clauses)

    def insists_on_fact(self, v: Token) -> bool:
        """Whether a verb of demand ("insist", "demand") has for content only a clause told in the past
        ("Republicans insist Solomon's amendment was pre-submitted", "insisted that he had done nothing
        wrong"): a fact maintained, nothing asked. A subjunctive or present clause asks ("demanded that
        the United States match the EU's support", "insisted that Russia withdraw")."""
        clauses = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        return bool(clauses) and self.assures_fact(v) and all(
            c.tag_ == "VBD" or any(k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in c.children)
            for c in clauses)

    def campaigner(self, m: Mention | None) -> bool:
        """Whether a protest's doer is one politician (a named office holder or candidate, or "he"): "a
        Trump rally", "his rallies", "Sanders could rally at the park" campaign; they are no protest
        (PLOVER PROTEST is collective civil action; CODEBOOK: elections are no events)."""
        return m is not None and m.kind in ("person", "pronoun") and (m.actor.sector or "") in ELECTED_SECTORS

    def names_relation(self, o: Token) -> bool:
        """Whether an object names something held between actors that a sanction can cut: an actor, an
        act (event noun), aid, a proposal, goods, forces or people, or a word of a political field
        (details.yaml contexts: "trade", "military cooperation", "diplomatic ties")."""
        o = self.counted(o)  # the object itself, not an owner inside it ("Sanders's rationale")
        if any(self.index.direct(x) is not None for x in (o, *o.conjuncts)) or self.noun_entry(o) is not None:
            return True
        lex = self.lex
        for w in (o, *(c for c in o.children if c.dep_ in ("compound", "amod"))):
            word = w.lemma_.lower()
            if w.ent_type_ == "MONEY" or word in lex.context_words or w.lower_ in lex.context_words or any(
                    word in group for group in (lex.aid_nouns, lex.proposals, lex.instrument_nouns,
                                                lex.force_nouns, lex.person_nouns, lex.aid_goods)):
                return True
        return False

    def keyed_entry(self, v: Token) -> Entry | None:
        """The lexicon entry a verb's lemma and its keying dependents select, before any sense test."""
        lemma = self.verb_lemma(v)
        if lemma not in self.lex.verb_heads:
            return None
        particle = False
        for c in v.children:
            # a passive's subject keys it as its object would ("the ban was lifted" is "lift ban")
            if quantity_particle(c):
                continue  # "kidnapped up to 16 Russian advisers": a count, no phrasal "kidnap up"
            if (c.dep_ in KEY_DEPS or c.dep_ == "nsubjpass" or bare_participle(c)) and not (
                    is_time_phrase(c)) and not is_aside(c) and not fronted(c, v):
                if self.idiom(lemma, c) and not any(
                        k.dep_ == "xcomp" for k in v.children):  # "agreed with X to cut" is an agreement
                    return None  # "agree with him", "hit the campaign trail": a sense that is no event
                # a preposition keys by its word: "according to" is no "accord" ("shells struck the
                # school, according to reports" strikes no accord)
                key = c.lower_ if c.dep_ == "prep" else c.lemma_.lower()
                hit = self.lex.verbs.get(f"{lemma} {key}")
                if hit is None and c.dep_ in ("dobj", "nsubjpass"):  # "exchanged dozens of prisoners"
                    hit = self.lex.verbs.get(f"{lemma} {self.counted(c).lemma_.lower()}")
                if hit is None and c.dep_ in ("dobj", "nsubjpass"):  # "summoned Hideo Tarumi, Japan's
                    # ambassador", "summoned Turkish Ambassador Derya Ors": a person keys by the post named
                    hit = next((e for t in post_words(c) if (
                        e := self.lex.verbs.get(f"{lemma} {t.lemma_.lower()}")) is not None), None)
                if c.dep_ in ("dobj", "nsubjpass") and (spec := self.noun_entry(c)) is not None and (
                        " " in spec.key):  # "lifted the ban on arms sales": the undoing of an embargo
                    hit = self.lex.verbs.get(f"{lemma} {spec.key}") or hit
                if c.dep_ == "prep":  # "withdrew from the treaty" (not "from the city"): keyed by its object
                    hit = next((e for p in c.children if p.dep_ == "pobj" and (e := self.lex.verbs.get(
                        f"{lemma} {c.lemma_.lower()} {p.lemma_.lower()}")) is not None), hit)
                    if hit is not None and self.setting_phrase(v, c, hit):
                        hit = None  # "gave the technique a whirl in an interview" gives nothing in
                if c.dep_ == "prt":  # "called off the strike" (the object may hang off the particle)
                    objs = [o for o in (*v.children, *c.children) if o.dep_ in ("dobj", "pobj")]
                    hit = next((e for o in objs if (e := self.lex.verbs.get(
                        f"{lemma} {c.lemma_.lower()} {o.lemma_.lower()}")) is not None), hit)
                if c.dep_ in ("prt", "prep"):  # "walked out of talks", "pulled out of the deal"
                    hit = self.particle_phrase(lemma, v, c) or hit
                if hit is not None:
                    return hit
            particle = particle or c.dep_ == "prt"
        if for_clause(v) is not None and (hit := self.lex.verbs.get(f"{lemma} for")) is not None:
            return hit  # "called for Assad to step down": "for" marks the clause of what is asked
        # a phrasal verb the lexicon does not list means something else ("sign up", "call off")
        return None if particle else self.lex.verbs.get(lemma)

    def particle_phrase(self, lemma: str, v: Token, particle: Token) -> Entry | None:
        """The entry of "verb particle preposition object" ("walk out of talks", "pull out of the deal"):
        the preposition hangs off the particle or the verb, and its object keys the phrase as a whole (the
        bare phrasal verb, "walk out", is another act: a protest)."""
        preps = [p for p in (*particle.children, *v.children) if p.dep_ == "prep" and p.i > particle.i]
        return next((e for p in preps for o in p.children if o.dep_ == "pobj" and (e := self.lex.verbs.get(
            f"{lemma} {particle.lower_} {p.lower_} {self.counted(o).lemma_.lower()}")) is not None), None)

    @staticmethod
    def setting_phrase(v: Token, prep: Token, entry: Entry) -> bool:
        """Whether an intransitive phrasal entry ("give in", "cave in": frame `self`) is keyed by a
        preposition that has its own object on a verb that has one too ("gave the technique a whirl in an
        interview", "a speech Clinton gave in Cairo"): the word heads a setting phrase of the plain verb;
        the particle of "gave in to their demands" takes no object and its verb none."""
        if entry.frame != "self" or len(entry.key.split()) != 2 or prep.lower_ not in PARTICLES or not any(
                p.dep_ == "pobj" for p in prep.children):
            return False
        return SectionBase.objected(v)

    @staticmethod
    def objected(v: Token) -> bool:
        """Whether a verb has an object: its own, or the noun a relative clause with a named subject
        hangs on ("the speech (that) Clinton gave", "the rebels the US trained")."""
        if any(k.dep_ == "dobj" for k in v.children):
            return True
        return v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN") and any(
            k.dep_ == "nsubj" and k.lower_ not in RELATIVE_PRONOUNS for k in v.children)

    def idiom(self, lemma: str, c: Token) -> bool:
        """Whether the verb with its dependent `c` is a sense that is no event (grammar.yaml not_events):
        keyed by `c` ("hit the trail"), by a conjoined object ("targeting Latino and black voters") or by
        a preposition with its object ("yielded to the temptation of snark")."""
        not_events = self.lex.not_events
        if f"{lemma} {c.lemma_.lower()}" in not_events:
            return True
        if c.dep_ in ("dobj", "nsubjpass") and f"{lemma} {self.counted(c).lemma_.lower()}" in not_events:
            return True  # "occupies one of the key positions": the things counted key the sense
        if c.dep_ == "prt" and any(  # "was setting off for two more days": a phrasal verb's preposition
                k.dep_ == "prep" and f"{lemma} {c.lemma_.lower()} {k.lower_}" in not_events
                for k in c.head.children):
            return True
        if c.dep_ == "dobj" and any(
                k.dep_ == "conj" and f"{lemma} {k.lemma_.lower()}" in not_events for k in c.children):
            return True
        return c.dep_ == "prep" and any(
            p.dep_ == "pobj" and f"{lemma} {c.lemma_.lower()} {p.lemma_.lower()}" in not_events
            for p in c.children)

    def not_joint(self, v: Token, entry: Entry | None, marker: Token) -> bool:
        """Whether a "joint"/"each other" marker makes no cooperation of `v`: said of a hostile act or a
        word or thought ("accused each other", "shelled each other's positions", "never doubted each
        other": the act is mutual, not shared), or inside a clause of its own ("issued a statement that
        recognized areas of common ground": the statement is no joint act)."""
        if (entry is not None and entry.type in CONFLICTUAL - {"MOBILIZE"}) or v.i in self.reporting:
            return True
        if self.reciprocal(marker) or (marker.lower_ == "common" and marker.head.lower_ == "in"):
            return True  # "are cannibalizing one another's voters", "have more in common than their ties"
        if marker.lower_ in ALIKE and self.held_in_common(marker.head.head):
            return True  # "Russia and China share a common interest in Syria": alike, no joint act
        if in_name(marker):
            return True  # "support for Common Core", "the Joint Chiefs": a word of a name, no joint act
        tok = marker
        for _ in range(8):
            if tok.i == v.i or tok.head is tok:
                return False
            if tok.dep_ in CLAUSES:
                return True
            tok = tok.head
        return False

    def reciprocal(self, marker: Token) -> bool:
        """Whether a joint marker is "each other"/"one another": an act done to each other is mutual, not
        shared ("Rubio and Bush are cannibalizing one another's voters"); where the verb is an event it
        codes the act itself ("helped each other", "accused each other")."""
        nxt = self.doc[marker.i + 1].lower_ if marker.i + 1 < len(self.doc) else ""
        return f"{marker.lower_} {nxt}" in RECIPROCALS

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
        dobjs = {self.counted(c).lemma_.lower() for c in v.children if c.dep_ == "dobj"}
        if entry is not None and len(entry.key.split()) > 1 and entry.key.split()[-1] in dobjs:
            return False
        if entry is not None and entry.frame == "give" and dobjs & self.lex.aid_nouns:
            return False  # "provided support to Israel" is the transfer itself (AID)
        if (v.dep_ in ("relcl", "acl") and v.head.pos_ == "NOUN"
                and not any(c.dep_ == "dobj" for c in v.children)):
            return self.noun_entry(v.head) is not None  # "the sanctions Washington imposed on Iran"
        # "imposed some of the harshest economic sanctions": a partitive's noun is the object
        return any(c.dep_ in ("dobj", "nsubjpass") and self.noun_entry(self.counted(c)) is not None
                   for c in v.children)

    def governed_by_event(self, v: Token) -> bool:
        """True if `v` is the content of an outer event verb ("agreed to provide", "threatened to attack")."""
        tok = v
        while tok.dep_ == "conj" and tok.head.dep_ in ("xcomp", "ccomp", "conj"):
            tok = tok.head  # "called on X to abandon its weapons and comply with ...": both are asked
        for _ in range(3):
            purpose = tok.dep_ == "advcl" and tok.tag_ == "VB"  # "met with X to discuss"
            if (tok.dep_ not in ("xcomp", "ccomp") and not purpose) or tok.head is tok:
                return False
            tok = tok.head
            if self.is_event_verb(tok) and not self.unmet_object(tok, self.verb_entry(tok), objects_of(tok)):
                # "pushed to repeal the law": "push" codes only with an actor pushed, so "repeal" is the act
                # "discussed imposing sanctions on Russia": the talks and the act weighed in them (considered)
                return (not self.commits_to_conflict(tok) and not self.declines_conflict(tok)
                        and self.verb_lemma(tok) not in self.lex.modality["considered"]["verbs"])
            if purpose and self.codes_protest(tok):
                return True  # "staged demonstrations to demand reforms": the demand is the protest's
            if tok.dep_ == "ccomp":
                return False
        return False

    def unmet_object(self, v: Token, entry: Entry | None, objs: list[Token]) -> bool:
        """Whether an entry that codes only with a certain object or clause (verbs.yaml obj=force,
        obj=actor, content) lacks it: "reinforce ties", "released a statement", "pushed to repeal the
        law" (push codes a request only of an actor pushed to act) are no such act."""
        if entry is None:
            return False
        if entry.needs_force and not any(
                self.counted(o).lemma_.lower() in self.lex.force_nouns for o in objs):
            return True  # "reinforce troops" mobilizes; "reinforce ties" does not
        if entry.needs_actor_object and not any(self.holds_people(o) for o in objs):
            return True  # "released the prisoners", not "released a statement" or "held the White House"
        return entry.needs_content and not any(c.dep_ == "xcomp" for c in v.children)

    def commits_to_conflict(self, v: Token) -> bool:
        """"pledged to expel", "vowed to strike": a commitment (AGREE) whose content is a conflictual act."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        if entry is None or entry.type != "AGREE":
            return False
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (e := self.verb_entry(c)) is not None
                   and e.type in CONFLICTUAL for c in v.children)

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

    def noun_entry(self, n: Token) -> Entry | None:
        """The lexicon entry for an event noun, preferring "modifier noun" keys ("hunger strike"), unless
        a politician's own rally is named ("his rallies", "a Trump rally": campaigning, see `campaigner`)."""
        entry = self.keyed_noun_entry(n)
        if entry is not None and entry.type == "PROTEST" and any(
                self.campaigner(self.index.direct(c)) for c in n.children if c.dep_ in ("poss", "compound")):
            return None
        return entry

    def keyed_noun_entry(self, n: Token) -> Entry | None:
        """The lexicon entry a noun and its modifiers select, before any sense test."""
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
            if c.dep_ == "prep" and c.lower_ == "of" and (hit := self.of_kind_entry(c, lemma)) is not None:
                return hit
        entry = self.lex.nouns.get(lemma)
        if entry is not None and entry.type == "MOBILIZE" and (any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.lex.mishaps for c in n.children)
                or (n.dep_ == "nsubj" and lemma in self.lex.force_nouns)):
            # type precision: "a tsunami alert" warns of a disaster, no force posture (CAMEO 15); "naval
            # patrols intercepted a ship": the patrols are the force that acts, not a deployment
            return None
        return entry

    def of_kind_entry(self, of: Token, lemma: str) -> Entry | None:
        """The entry "X N" a noun N selects with a bare noun X "of" it, which names a kind as a compound does:
        "an exchange of prisoners" is a "prisoner exchange", "a swap of prisoners", "sharing of
        intelligence". The object must be a bare common noun (no determiner, possessive or count) naming
        no actor of a known country: "the support of the military" is no "military support", "a strike of
        the general" no "general strike", "the bombing of the embassy" names what was bombed, "the support
        of Russian military" names who supports."""
        for p in of.children:
            if p.dep_ != "pobj" or p.pos_ != "NOUN" or any(
                    k.dep_ in ("det", "poss", "nummod", "predet") for k in p.children) or (
                    (m := self.index.direct(p)) is not None and m.actor.country is not None):
                continue
            if (hit := self.lex.nouns.get(f"{p.lemma_.lower()} {lemma}")) is not None:
                return hit
        return None

    def counted(self, o: Token) -> Token:
        """The noun a count or a partitive stands for: "hundreds of troops" -> troops, "dozens of prisoners"
        -> prisoners, "some of the harshest sanctions" -> sanctions, "one of the key positions" -> positions
        (the verb acts on the things counted, so they key it and name its event). A sum of money also counts
        its goods through "in" ("$1 billion in military aid", "$500 million in loans"), but only aid and goods
        nouns: "invested $2 billion in Egypt" names where it went."""
        lemma = o.lemma_.lower()
        if (goods := self.sum_goods(o)) is not None:
            return goods
        if o.pos_ != "NUM" and lemma not in self.lex.quantity_nouns and (
                lemma not in self.lex.generic_quantifiers):
            return o
        return next((p for _, p in pobjs(o, ("of",)) if p.pos_ in ("NOUN", "PROPN")), o)

    def sum_goods(self, o: Token) -> Token | None:
        """The aid or goods a sum of money is "in" ("$1 billion in military aid", "500 million euros in
        weapons"), else None."""
        if o.ent_type_ != "MONEY" and o.lemma_.lower() not in detail_words().currency_nouns:
            return None
        goods = self.sum_goods_nouns
        return next((p for _, p in pobjs(o, ("in",)) if p.pos_ == "NOUN" and p.lemma_.lower() in goods), None)

    @cached_property
    def sum_goods_nouns(self) -> frozenset[str]:
        """The nouns a sum of money can be "in" (aid, goods, equipment), joined once per section rather
        than on every count `counted` looks at."""
        lex = self.lex
        return lex.aid_nouns | lex.aid_goods | lex.instrument_nouns

    def trades_goods(self, things: list[Token]) -> bool:
        """Whether what is traded or invested is goods, money or an economic thing (CAMEO 061 economic
        cooperation): "trade oil and gas", "invested $2 billion"; "trading advice about protest tactics"
        and "traded places" exchange no goods. An actor traded ("traded prisoners") is another code's."""
        lex = self.lex
        goods = (lex.aid_goods - lex.knowledge_goods) | lex.instrument_nouns | lex.aid_nouns
        for o in things:
            for t in (self.counted(o), *self.counted(o).conjuncts):
                lemma = t.lemma_.lower()
                if (t.ent_type_ == "MONEY" or lemma in goods or lex.context_words.get(lemma) == "economic"
                        or self.index.direct(t) is not None):
                    return True
        return False

    def noun_owners(self, n: Token) -> list[Mention]:
        """Whose act an event noun names: its possessor or modifiers ("Israel's strikes", "Israeli
        strikes"; not "joint", not a place struck: "the Kenya embassy bombing") and its "by" phrase
        ("attacks by ISIL")."""
        found = [m for dep in SOURCE_MODIFIERS for c in n.children if c.dep_ == dep
                 and c.lower_ not in self.lex.joint_markers for m in self.actors(c)
                 if not self.struck_place(m, n)][:2]
        return found + [m for _, p in pobjs(n, ("by",)) for m in self.actors(p)]

    def struck_place(self, m: Mention, n: Token) -> bool:
        """Whether a mention named before an act of force is where it was done or what it hit, not who
        did it: a city ("the Paris attacks", "the Kabul suicide attack") or a building ("the Kenya embassy
        bombing", "a hospital bombing"). A state or a force before the noun is its doer ("US strikes",
        "Israeli strikes", "the Taliban attack"); "Moscow" is told so only as a possessor ("Moscow's
        strikes")."""
        span = self.mention_span(m)
        root = span[-1] if span is not None else None  # "Kabul hospital": the building it names
        if root is None or root.dep_ != "compound" or root.head.i != n.i or (
                (e := self.noun_entry(n)) is None or e.type not in FORCEFUL):
            return False
        if root.pos_ == "NOUN":  # "embassy", "hospital", "school": a building, unless a force's title
            return root.lemma_.lower() in EMBASSIES or (m.actor.sector or "") in STRUCK_SECTORS
        entry = actor_lexicon().phrases.get(norm(span.text))
        return entry is not None and entry.kind in ("city", "capital")

    def mention_span(self, m: Mention) -> Span | None:
        """The tokens of this section a mention covers (None if its characters fall outside the parse)."""
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")

    def named_aim(self, v: Token) -> bool:
        """Whether `v` is what an aim is ("The mission is to destroy ISIS", "Our goal is not to deter or
        contain ISIS, but to defeat and destroy ISIS"): a goal defined, no act reported; an actor as
        the subject ("Russia is to withdraw") is a plan and stays."""
        tok = v
        while tok.dep_ == "conj" and tok.head.lemma_ != "be":
            tok = tok.head
        if tok.dep_ not in ("xcomp", "conj") or tok.head.lemma_ != "be" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ == "NOUN" and self.index.direct(subj) is None

    def abstract_agent(self, agent: Token) -> bool:
        """Whether a passive's "by" agent is a common noun the lexicon knows neither as a doer, a weapon
        nor a happening ("LGBTQ people are targeted by hate"): a figurative blow, no attacker."""
        if agent.pos_ != "NOUN" or self.index.direct(agent) is not None or self.actors(agent):
            return False
        lex, lemma = self.lex, agent.lemma_.lower()
        return not any(lemma in words for words in (
            lex.noun_heads, lex.instrument_nouns, lex.planted_devices, lex.armed_people, lex.person_nouns,
            lex.force_nouns, lex.mishaps, lex.protesters, lex.quantity_nouns))

    def inert(self, subj: Token) -> bool:
        """Whether a subject is a thing that can do no act of its own: a common noun naming no actor, no
        people and no event ("her work ... demonstrates her tremendous attention")."""
        subj = self.counted(subj)  # "Thousands of Iraqis demonstrated": the people counted
        lemma = subj.lemma_.lower()
        return (subj.pos_ == "NOUN" and self.index.direct(subj) is None and not self.holds_people(subj)
                and self.noun_entry(subj) is None and lemma not in self.lex.quantity_nouns
                and lemma not in self.lex.protesters and lemma not in self.lex.person_nouns
                and not any(self.index.direct(p) is not None or self.holds_people(p)  # "a group of people"
                            for _, p in pobjs(subj, ("of",))))

    def purpose_undoing(self, v: Token, entry: Entry) -> bool:
        """Whether `v` undoes an act only as the aim of another ("The UK stands by Iraq to defeat Daesh and
        end this violence", "sent troops to end the fighting"): a goal, no de-escalation or yielding done
        (CAMEO 08x needs the act undone)."""
        if entry.type not in ("RETREAT", "CONCEDE") or " " not in entry.key:
            return False  # an undoing of a named act ("end violence"), not "to allow refugees to enter"
        tok = v
        while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # "to defeat Daesh and end this violence"
        return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)

    def reluctant(self, v: Token) -> bool:
        """Whether `v` is what someone is reluctant to do ("have been reluctant to detain suspects", "hesitant
        to appear with him or, in some cases, to even endorse his candidacy"): an act held back."""
        tok = v
        for _ in range(3):
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.unwilling:
                return True
            if tok.dep_ not in ("conj", "xcomp") or tok.head is tok:
                return False
            tok = tok.head
        return False

    def signs_message(self, v: Token) -> bool:
        """Whether what is signed is a message ("signed a letter", "a letter ... signed by 200 House
        Republicans"), not an accord (CAMEO 057 signs a formal agreement)."""
        signed = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if v.dep_ == "acl":  # "a letter to Comey, signed by ...": the participle may hang on the recipient
            signed.append(v.head)
            if v.head.dep_ == "pobj":
                signed += [k for k in v.head.head.head.children if k.dep_ == "dobj"]
        return any(t.lemma_.lower() in self.lex.message_objects for t in signed)

    def in_contest(self, v: Token) -> bool:
        """Whether a verb moves someone in or out of a contest ("to force her out of the race", "drive
        Rubio from the primary"): a race between candidates, no coercion (CODEBOOK: elections)."""
        for p in (c for c in v.children if c.dep_ == "prep"):
            inner = [k for q in p.children if q.dep_ == "prep" for k in q.children]  # "out of the race"
            if any(o.dep_ == "pobj" and o.lemma_.lower() in self.lex.contest_objects
                   for o in (*p.children, *inner)):
                return True
        return False

    def is_protester(self, m: Mention) -> bool:
        """True if a mention names protesters (nouns.yaml `protesters`), whose violence is a riot."""
        span = self.mention_span(m)
        return span is not None and span.root.lemma_.lower() in self.lex.protesters

    def is_equipment(self, m: Mention) -> bool:
        """An unnamed piece of equipment ("these fighter planes") is no perpetrator: never invent one."""
        if not m.actor.unknown:
            return False
        span = self.mention_span(m)
        # "military forces", "soldiers" are people under arms (an unnamed armed force), not equipment
        head = span.root.lemma_.lower() if span is not None else ""
        return head in self.lex.instrument_nouns and head not in self.lex.armed_people

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

    def commits_to_event(self, anchor: Token) -> bool:
        """"Akayev has agreed to resign": what is agreed or promised is itself an event (not "vowed to
        focus on being a better father", "proposed spending increases")."""
        return any(k.dep_ in ("xcomp", "dobj") and (
            (k.pos_ in ("VERB", "AUX") and self.verb_entry(k) is not None) or self.noun_entry(k) is not None)
            for k in anchor.children)

    def polled(self, v: Token) -> bool:
        """True if `v` is what a share of people told pollsters ("38 percent said ...", "47 percent of
        Cuban Americans saying they will support Clinton"): an opinion, not an act (CODEBOOK: polls)."""
        if is_poll_share(subject_of(v)):
            return True  # "65 percent of Republicans supported his call"
        if any(is_poll_share(p) for _, p in pobjs(v, ("from",))):
            return True  # "received support from roughly six in 10 Democrats": a poll share backs no one
        if any(k.dep_ in ("npadvmod", "appos") and k.lower_ in PERCENT
               for o in (v, *(c for c in v.children if c.dep_ == "dobj")) for k in o.children):
            return True  # "male troops backed Trump, 57 percent to 22 percent": a poll's tally
        if any(k.dep_ == "nsubj" and k.lemma_.lower() in POLLS for c in v.children
               if c.dep_ in ("conj", "parataxis", "ccomp") for k in c.children):
            return True  # "Americans overwhelmingly oppose cutting off federal funds for X, a new poll finds"
        if self.attributor is not None and (  # "a poll found that most voters oppose ..."
                found := self.attributor.attribution_for(self.section, v.i)).source_start is not None:
            span = self.doc.char_span(found.source_start, found.source_end, alignment_mode="expand")
            if span is not None and span.root.lemma_.lower() in POLLS:
                return True
        tok = v
        for _ in range(3):
            if tok.head.i == tok.i:
                return False
            if tok.dep_ in ("ccomp", "xcomp", "conj"):
                tok = tok.head
                if tok.i in self.reporting and is_poll_share(subject_of(tok)):
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
        found = self.means_of_force(v)
        if found[0] is None:
            found = self.carried_means(v)
        if found[0] is None:
            found = self.wielded_means(v)
        if found[0] is None:
            found = self.launched_means(v)
        if found[0] is None:
            found = self.deal_goods(v)
        return found if found[0] is not None else self.given_sum(v)

    def given_sum(self, v: Token) -> tuple[str | None, str | None, list[Token]]:
        """The money an act of aid hands over: an aid noun counted in a sum is the means and the sum its
        quantity ("announced an additional $20 million aid to Pakistan", "a financial assistance of Rs five
        crore"); a verb giving a bare sum ("Japan gave $5 million to Pakistan") states how much, naming no
        means (CODEBOOK: quantity, a stated count; instrument only when the text states one)."""
        noun = v.pos_ in ("NOUN", "PROPN")
        entry = self.noun_entry(v) if noun else self.verb_entry(v)
        if entry is None or entry.type != "AID":
            return None, None, []
        if noun:
            inst, qty = aid_sum(v, self.lex)
            return (inst, qty, list(v.subtree)) if inst else (None, None, [])
        sums = [t for o in v.children if o.dep_ in ("dobj", "obj") and (t := money_count(o)) is not None]
        return None, (sums[0] if sums else None), []

    def wielded_means(self, v: Token) -> tuple[str | None, str | None, list[Token]]:
        """What an act of force or coercion is done with, told on its verb: a participle of using
        ("police detained scores of marchers, using batons and tear gas") or a "with"
        phrase naming no person nor help ("dispersed the crowd with tear gas"; "clashed with police" names
        whom, "arrested 20 suspects with the assistance of US forces" who helped). Only means count
        (`instrument_of`)."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        if entry is None or entry.type not in FORCEFUL:
            return None, None, []
        heads = [o for c in v.children if c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG"
                 and c.lemma_.lower() in ("use", "employ") for o in c.children if o.dep_ in ("dobj", "obj")]
        people = self.lex.armed_people | self.lex.person_nouns | self.lex.aid_nouns
        heads += [p for _, p in pobjs(v, ("with",))
                  if p.lemma_.lower() not in people and self.index.direct(p) is None]
        return self.instrument(heads)

    def launched_means(self, v: Token) -> tuple[str | None, str | None, list[Token]]:
        """The means a verb sends when an act of force is told by a participle on it: "Russia launched 40
        drones overnight, mainly aiming at the east", "police fired tear gas,
        injuring dozens" (the participle's act is done with what its verb fired or launched). Only means
        count (`instrument_of`): "stormed the building, killing five" names none."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        head = v.head
        if (entry is None or entry.type not in FORCEFUL or v.tag_ != "VBG" or v.dep_ not in ("advcl", "xcomp")
                or head.pos_ not in ("VERB", "AUX") or head.i == v.i):
            return None, None, []
        return self.instrument([o for o in head.children if o.dep_ in ("dobj", "obj")])

    def deal_goods(self, v: Token) -> tuple[str | None, str | None, list[Token]]:
        """The equipment a deal buys or sells, when the act is the deal or its signing: "signed an accord
        with Paris to buy 18 Rafale jets", "a deal to purchase 26 Rafale jets" (the infinitive
        telling what the deal does, on the deal noun or, as the parser may hang it, on the signing verb),
        "a contract for the supply of 113 engines", "an agreement on the sale of 50 MiG-29s" (its "for" or
        "on" phrase, through a transfer noun). Only means count (`instrument_of`): "a deal to end the war"
        names none."""
        words = detail_words()
        deals = [v] if v.lemma_.lower() in words.deal_nouns else [
            o for o in v.children
            if o.dep_ in ("dobj", "obj", "nsubjpass") and o.lemma_.lower() in words.deal_nouns]
        if not deals:
            return None, None, []
        holders = deals + ([v] if v.pos_ in ("VERB", "AUX") else [])
        # "reached an agreement on Tuesday for the purchase of 46 MiG-29s": the parser may hang the deal's
        # "for" phrase on its verb; there only a transfer noun's goods count
        heads = [p for d in deals for _, p in pobjs(d, ("for", "on"))] + [
            p for h in holders if h.pos_ in ("VERB", "AUX") for _, p in pobjs(h, ("for", "on"))
            if p.lemma_.lower() in words.transfer_nouns] + [
            o for h in holders for c in h.children
            if c.dep_ in ("acl", "xcomp", "advcl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj")]
        heads = [next((p for _, p in pobjs(h, ("of",))), h) if h.lemma_.lower() in words.transfer_nouns else h
                 for h in heads]
        found = self.instrument(heads)
        for deal in deals if found[0] is None else []:  # "signed a $120 million loan agreement": money lent
            inst, qty = loan_deal(deal, holders, self.lex)
            if inst is not None:
                return inst, qty, []
        return found

    def carried_means(self, v: Token) -> tuple[str | None, str | None, list[Token]]:
        """The means a verb's act moves or wields when its frame named none: forces or equipment sent,
        deployed or received, which also stand for an armed actor ("will deploy 5,200 troops", "will send
        1,500 troops", "received US F-16 jets"); what a transfer that is agreed, planned or offered hands
        over ("agreed to transfer 24 F-16s to Ukraine"); the equipment that strikes ("Israeli jets struck
        Gaza", "were killed by a drone") or that its doers bear ("Gunmen carrying machetes attacked")."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        if entry is None:
            return None, None, []
        lex = self.lex
        objs = [o for o in v.children if o.dep_ in ("dobj", "obj")]
        if entry.type in ("MOBILIZE", "AID") or entry.frame in ("give", "get"):
            found = self.instrument(objs)  # named with their owner they are actors too ("US F-16 jets")
            if found[0] is not None:
                return found
        for x in (c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            sub = self.verb_entry(x)
            if sub is not None and (sub.frame == "give" or sub.type == "AID"):
                return self.instrument([o for o in x.children if o.dep_ in ("dobj", "obj")]
                                       + [p for _, p in pobjs(x, ("with",))])
        if entry.type in FORCEFUL:
            doers = [c for c in v.children if c.dep_ == "nsubj"] + [p for _, p in pobjs(v, ("by",))]
            # "Dozens of fighters from al-Shabab attacked": the people counted are the doers, no means
            found = self.instrument([d for d in doers
                                     if self.counted(d).lemma_.lower() not in lex.armed_people])
            return found if found[0] is not None else self.instrument(borne_means(doers))
        return None, None, []

    def means_of_force(self, v: Token) -> tuple[str | None, str | None, list[Token]]:
        """The weapon an act of force is named by: a modifier or a "with"/"using" phrase of its noun ("a
        mortar attack", "apparent barrel bomb attacks", "attacks with chemical weapons"), for the noun
        itself or for the verb that tells what it did ("barrel bomb attacks in Syria which have killed and
        injured civilians", "were killed in a drone strike", "A fire-bomb attack on a bank killed three").
        Forces and actors named before the noun ("army shelling", "police raids") are its doers."""
        if v.pos_ in ("NOUN", "PROPN"):
            acts = [v]
        else:
            clause = v
            while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
                clause = clause.head  # "which have killed and injured"
            acts = [c for c in v.children if c.dep_ == "nsubj"] + [p for _, p in pobjs(v, ("in", "by"))]
            if clause.dep_ == "relcl":
                acts.append(clause.head)
        lex = self.lex
        for n in acts:
            if (e := self.noun_entry(n)) is None or e.type not in FORCEFUL:
                continue
            people = lex.armed_people | lex.person_nouns
            named = [c for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                     and c.lemma_.lower() not in people]
            for c in named:  # "barrel bomb attacks": the parser may hang both words on the act
                inst, qty, toks = self.instrument([c])
                if inst is not None:
                    first = c
                    while first.i > 0 and (k := self.doc[first.i - 1]).dep_ == "compound" and (
                            k.head.i == n.i and k.pos_ == "NOUN"):
                        first = k
                    return self.doc[first.i:c.i + 1].text if first.i < c.i else inst, qty, toks
            heads = [p for _, p in pobjs(n, ("with",))]
            # "strikes using attack aircraft", "conducted 23 strikes using attack aircraft" (on the verb)
            holders = (n, n.head) if n.dep_ == "dobj" else (n,)
            heads += [o for h in holders for c in h.children if c.dep_ in ("acl", "advcl")
                      and c.lemma_.lower() in ("use", "employ") for o in c.children if o.dep_ == "dobj"]
            found = self.instrument(heads)
            if found[0] is not None:
                return found
        return None, None, []

    def unresolved_name(self, k: Token) -> bool:
        """A name (a proper noun, or a capitalised word inside the sentence) no known actor stands for."""
        named = k.pos_ == "PROPN" or (k.is_title and k.i != k.sent.start)
        m = self.index.direct(k)
        return named and (m is None or m.actor.unknown)

    def declines_conflict(self, v: Token) -> bool:
        """"declined to criticize Clinton", "refused to condemn the coup": the act refused is coded,
        negated; the refusal rejects no demand of the act's target (CAMEO 12x)."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        refusals = self.lex.modality["negated"]["verbs"]  # "ruled out attacking" is no refusal to attack
        if entry is None or entry.type != "REJECT" or self.verb_lemma(v) not in refusals:
            return False
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (e := self.verb_entry(c)) is not None
                   and e.type in CONFLICTUAL and e.type != "REJECT" for c in v.children)
