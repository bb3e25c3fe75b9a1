"""Events coded from verbs: the lexicon entry, its frame (give, get, self, sym), the participants
and the many senses that are no event; and joint undertakings.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitrep.events.arguments import (
    RELATIVE_PRONOUNS,
    TARGET_PREPS,
    agent_of,
    clause_subject,
    datives_of,
    is_passive,
    objects_of,
    pobjs,
    reduced_passive,
    subject_of,
)
from sitrep.events.details import bare_quantity
from sitrep.events.kinds import (
    ACCEDING,
    BACKING,
    CANDIDATES,
    CONDITION_MARKS,
    CONFLICTUAL,
    CONTESTED,
    COOPERATIVE,
    DAMAGING,
    ERRANDS,
    FORCE_OR_DEPLOYMENT,
    FORCEFUL,
    FOREIGN_PLACE_TARGETS,
    HOME_TARGETS,
    INDIVIDUALS,
    LOCALS,
    MATERIAL,
    NO_AUTHORITY,
    NOUN_TARGET_PREPS,
    PERCENT,
    PHRASE_PREPS,
    PLACE_TARGETS,
    REFLEXIVES,
    SEIZURE,
    SPEECH_ACTS,
    STATE_ACTS,
    THREAT_OF_FORCE,
    TRAVELLERS,
    UNDOINGS,
    UNNAMED_PERPETRATOR,
    WITNESSED,
)
from sitrep.events.kinds import (
    ARMED_SECTORS as ARMS_BEARERS,  # all who bear arms (police, spies, gangs too), not only the warring
)
from sitrep.events.lexicon import SYMMETRIC_TYPES, Entry
from sitrep.events.modality import mode_of, refuses
from sitrep.events.places import PLACE_SECTORS, PLACE_TAKINGS, PlaceRules
from sitrep.events.section import PARTICLES, Coded
from sitrep.events.senses import (
    APOLOGY,
    SANCTIONED,
    WARNED_ABOUT,
    accession_signed,
    accord_names,
    addressed_to_no_one,
    addressees,
    aimed_abroad,
    aimed_at,
    authors,
    bare_participle,
    between_sides,
    by_critics,
    claimants,
    enacts_law,
    endangers,
    entrusted,
    for_clause,
    imposed_on_another,
    is_assent,
    is_combatant,
    is_opinion,
    is_unplaced,
    lasting_stance,
    made_to_own_up,
    meets_kin,
    other_than,
    private_exchange,
    recipient_preps,
    says_no,
    sequence_subject,
    shared_objects,
    to_the_press,
)
from sitrep.records import Mention

SIGNING = "057"  # CAMEO 057 sign formal agreement
OBSTRUCTION = "144"  # CAMEO 144 obstruct passage, block (by people with no authority: PROTEST)
VETO = "129"  # CAMEO 129 veto: a statement, proposal or decision blocked
BLOCKADE = "191"  # CAMEO 191 impose blockade, restrict movement (by a state or its forces: COERCE)
# Acts of words and talks: blocking one vetoes it (CAMEO 129)
TALKS = SPEECH_ACTS | {"CONSULT"}
# Sectors of a state's executive power: its blocking of a way or of trade is a blockade
STATE_POWERS = frozenset({"GOV", "MIL", "COP", "SPY"})
VISIT = "042"  # CAMEO 042 make a visit: travelling to another party
DISSENT_EASED = "082"  # CAMEO 082 ease political dissent: a protest or strike called off by its own people
FREEDOMS_RESTRICTED = "1721"  # CAMEO 1721 impose restrictions on political freedoms
EASED_AT_HOME = "081"  # CAMEO 081 ease administrative sanctions (curfews, restrictions, emergencies)
SANCTIONS_EASED = "085"  # CAMEO 085 ease economic sanctions, boycott or embargo (PLOVER RETREAT "ease")
HOSTING = "043"  # CAMEO 043 host a visit: its object is the guest
PROTECTION = "074"  # CAMEO: provide military protection or peacekeeping
DISARMING = "0873"  # CAMEO 0873 demobilize armed forces ("disarm": done to another, an act against it)
ALLOWING = "086"  # CAMEO 086 allow international involvement ("allow", "permit")
TRADE = "061"  # CAMEO 061 economic cooperation: trade or invest, goods or money changing hands
# CAMEO 1723 curfew, 1724 state of emergency or martial law: named by a keyed verb and object and aimed at
# no one named, the measure falls on its own country (a party banned, 1722, is its target, not the state)
RESTRICTION = ("1723", "1724")
# CAMEO codes of forces moved by their own side: mobilize or deploy (15x), withdraw or demobilize (0872,
# 0873), withdraw peacekeepers (1661); said in the passive with no agent, the forces' side does it
MOVED_FORCES = ("15", "0872", "0873", "1661")
# CAMEO 173 capture, 1711 seize, 0841 free, 192 occupy: said of a place ("captured the town", "freed several
# villages from IS", "occupied three hill posts") they take territory by force (CAMEO 190), as "retake" does
PLACE_SEIZURES = frozenset({"173", "1711", "0841", "192"})
# Objects of keyed entries that code only of a place or of a military site: "took control of a district"
# (not "of the debate"), "set up a military base" (not "a base of voters")
SITE_KEYS = frozenset({"control", "base", "post", "outpost"})
PLACE_FORCE = "190"
# Sectors of armed actors (military, rebels, unidentified armed force, insurgents): backing them is war help
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS"})
HUMAN_SHIELD = "184"  # CAMEO 184 use as human shield
TAKEN_PEOPLE = frozenset({"they", "them", "he", "him", "she", "her"})  # taken back: people, not a place
COOPERATING = "060"  # CAMEO 060 engage in material cooperation: partners act "with" each other
# Prepositions of what fire is aimed at: "fired missiles at a drilling machine" attacks something, where a
# rocket launched "into space" or "toward the sea" is a test
AIMS = ("at", "on")


def eased_on_another(entry: Entry, sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether restrictions eased (CAMEO 081) are eased on other states only: measures a state holds over
    another ("a national emergency against Burma") are its sanctions (085), where a curfew or a state of
    emergency lifted at home is a concession to its own people (081)."""
    return entry.cameo == EASED_AT_HOME and aimed_abroad(sources, targets)


# the reciprocal pronouns: an act done "to each other" by conjoined actors is mutual
RECIPROCALS = frozenset({"each other", "one another"})


def reciprocal(v: Token) -> bool:
    """Whether the verb's object (or its owner, or a prepositional object) is "each other" / "one another"."""
    doc = v.doc
    for c in v.children:
        if c.dep_ not in ("dobj", "prep", "dative", "attr"):
            continue
        heads = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [c]
        for h in heads:
            for t in (h, *(k for k in h.children if k.dep_ == "poss")):
                if doc[max(t.i - 1, 0):t.i + 1].text.lower() in RECIPROCALS or (
                        doc[t.i:t.i + 2].text.lower() in RECIPROCALS):
                    return True
    return False


# Relations by which a word is part of what a noun phrase names ("military aid", "a shipment of arms",
# "$1 billion in aid", "ships carrying food"), not of a phrase or clause about it ("a basis for stopping X")
NAMING_DEPS = frozenset({"compound", "amod", "nmod", "conj", "appos", "acl", "dobj", "nummod", "quantmod"})
NAMING_PREPS = frozenset({"of", "in", "with"})


def named_part(head: Token) -> list[Token]:
    """The words of what a noun phrase names: its head, modifiers, conjuncts and "of"/"in"/"with" objects,
    and what a participle on it carries; not its other phrases or clauses."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            named = c.dep_ in NAMING_DEPS or (c.dep_ == "pobj" and t.dep_ == "prep")
            if named or (c.dep_ == "prep" and c.lower_ in NAMING_PREPS):
                todo.append(c)
    return out


def private(m: Mention) -> bool:
    """Whether an actor holds no public authority: a company, the press, a school, a church, civilians
    (kinds.NO_AUTHORITY, or a multinational): its dealings with others like it are no political events."""
    return m.actor.code == "MNC" or (m.actor.sector or "") in NO_AUTHORITY


class VerbEvents(PlaceRules):
    """Codes events anchored on verbs."""

    def material_aid(self, t: Token, aid_words: frozenset[str]) -> bool:
        """Whether `t` names material aid: an aid word not made non-material by its modifier ("pledged
        diplomatic support for Ukraine" promises backing, CAMEO 032; "pledged military support" aid, 07)."""
        return t.lemma_.lower() in aid_words and not any(
            c.dep_ == "amod" and c.lower_ in self.lex.nonmaterial_modifiers for c in t.children)

    def arriving_force(self, v: Token, entry: Entry | None) -> Entry | None:
        """The deployment that a force's arrival tells (CAMEO 154 MOBILIZE): "American troops arrived in
        Poland", "Kenyan police officers arrived in Haiti". Travel verbs (CAMEO 042) make visits of persons;
        an armed force travelling is forces moved, as "sent troops to" is."""
        if entry is None or entry.key not in self.lex.force_arrivals:
            return None  # (not "two soldiers went to the market": going somewhere is no deployment)
        subj = subject_of(v)
        if subj is None:
            return None
        if not self.armed_body(self.counted(subj)) or any(
                (e := self.lex.verbs.get(f"deploy {t.lemma_.lower()}")) is not None and e.type == "AID"
                for t in subj.subtree):
            return None  # (peacekeepers arriving are aid, CAMEO 074, told by their deployment)
        return self.lex.verbs.get("send troop")

    def aimed_fire(self, v: Token, objs: list[Token]) -> bool:
        """Whether fire is aimed at something, though no actor is named as hit: "shot several rockets at an
        oil pumping station", "fired mortar shells against areas of the capital",
        "fired four missiles targeting a runway", "fired rockets, killing two", "launched three missiles
        during the attack" (an attack, CAMEO 19x), where "fired a ballistic missile" alone shows force
        (150)."""
        if any(p.ent_type_ not in ("DATE", "TIME") for h in (v, *objs)
               for _, p in pobjs(h, (*AIMS, "against", "toward", "towards"))):
            return True  # (it may hang on the shells: "fired shells against areas"; "on Sunday" dates)
        clauses = [c for h in (v, *objs) for c in h.children if c.dep_ in ("advcl", "acl", "xcomp")]
        if any((e := self.verb_entry(c)) is not None and e.type == "ASSAULT" for c in clauses):
            return True
        # fired as part of an attack: "launched three guided missiles during the attack", "launched 67
        # drones in a mass overnight attack" (a test "in the Sea of Japan" names a place, no attack)
        return any((e := self.noun_entry(p)) is not None and e.type == "ASSAULT"
                   for h in (v, *objs) for _, p in pobjs(h, ("during", "in")))

    def shielded_in_words(self, v: Token) -> bool:
        """Whether a protection (CAMEO 074, military) is given in a forum or against words or measures: "China
        protected North Korea at the Security Council", "shielded Israel from censure", "protect Iran from
        sanctions" defend the party diplomatically (052, SUPPORT), with no force and no peacekeeping."""
        if any(p.ent_type_ == "ORG" for _, p in pobjs(v, ("at",))):
            return True
        return any((e := self.noun_entry(p)) is not None and e.type in ("SANCTION", "ACCUSE", "REQUEST")
                   for _, p in pobjs(v, ("from", "against")))

    def causing_order(self, v: Token) -> Token | None:
        """The order verb (verbs.yaml `causing_orders`) whose object a bare participle with no agent tells
        the fate of: "the government ordered more than 450 prisoners freed", "ordered the newspaper
        closed". The act ordered is the orderer's own, done by its officers ("ordered to leave", an
        infinitive, is a demand of whoever is told)."""
        if v.dep_ != "acl" or v.tag_ != "VBN" or agent_of(v) is not None or v.head.dep_ != "dobj":
            return None
        order = v.head.head
        return order if self.verb_lemma(order) in self.lex.causing_orders else None

    def enabled_by_thing(self, v: Token) -> bool:
        """Whether a verb of allowing has a thing or a happening as its subject ("US airstrikes, which
        let Somali troops retake the town", "the deal permits Iran to enrich uranium"): it
        makes something possible, and no actor yields (CAMEO 086 is an actor's concession)."""
        subj = subject_of(v)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
            subj = v.head  # "airstrikes, which allowed ...": the relative stands for its noun
        if subj is None or subj.pos_ != "NOUN" or self.index.direct(subj) is not None:
            return False
        return self.noun_entry(subj) is not None or self.inert(subj)

    def leaving_force(self, v: Token) -> Entry | None:
        """The withdrawal (CAMEO 0872 RETREAT) that an armed force's leaving a place tells: "British troops
        quit Basra", "Russian forces left the town". A verb of leaving (verbs.yaml
        `leaving_verbs`) is no event of its own ("quit" alone is a resignation), and people leaving a
        place ("two soldiers left the market", "thousands left their homes") withdraw nothing: the subject
        is an armed body and the object a place or a held site."""
        if self.verb_lemma(v) not in self.lex.leaving_verbs or v.pos_ != "VERB" or is_passive(v):
            return None
        # its own subject only: "urged participants to leave the area" is an appeal, and the control
        # chain may reach the police who made it
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        places = [o for o in v.children if o.dep_ == "dobj"]
        if subj is None or not places or not all(self.place_object(o) for o in places) or not (
                self.armed_body(self.counted(subj))):
            return None
        withdraw = self.lex.verbs.get("withdraw")
        return None if withdraw is None else replace(withdraw, key=self.verb_lemma(v), frame="act")

    def armed_body(self, n: Token) -> bool:
        """Whether a noun names an armed force: a force noun ("troops", "warships") or a plural of armed
        people that are no officials ("US Marines", "paratroopers"; not "military officials")."""
        lemma = n.lemma_.lower()
        if lemma in self.lex.force_nouns:
            return True
        if n.tag_ not in ("NNS", "NNPS") or lemma in self.lex.person_nouns:
            return False
        found = self.actors(n)
        return bool(found) and all(m.actor.sector in ("MIL", "COP") for m in found)

    def vowed_force(self, v: Token) -> bool:
        """Whether `v` vows force against another ("Iran vowed to strike Israel", "pledged to fight",
        "vowed to retaliate"): a commitment verb (verbs.yaml `vowing_verbs`) whose infinitive is an attack,
        not words ("vowed to attack his record"). The vow is a threat of force (CAMEO 138), the attack its
        content."""
        if self.verb_lemma(v) not in self.lex.vowing_verbs or v.pos_ not in ("VERB", "AUX"):
            return False
        for c in v.children:
            if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX"):
                continue
            if self.verb_lemma(c) in self.lex.vowed_force_verbs or self.carried_force(c):
                return True
            e = self.verb_entry(c)
            if e is not None and e.type == "ASSAULT" and not (
                    e.verbal is not None and (self.of_words(c, objects_of(c)) or by_critics(c))):
                return True
        return False

    def carried_force(self, c: Token) -> bool:
        """Whether `c` is an aspectual or light verb (verbs.yaml `force_carrying_verbs`) carrying an attack:
        its object an attack noun ("vowed to continue attacks on government forces", "to carry out major
        attacks") or its gerund an attack verb ("vowed to keep fighting"). Vowing to go on with force
        threatens it as vowing to strike does; "vowed to stop attacks" (no such verb) stays a promise."""
        lemma = self.verb_lemma(c)
        prt = next((k.lower_ for k in c.children if k.dep_ == "prt"), None)
        carriers = self.lex.force_carrying_verbs
        if lemma not in carriers and f"{lemma} {prt}" not in carriers:
            return False
        for k in c.children:
            if k.dep_ in ("dobj", "nsubjpass") and k.pos_ in ("NOUN", "PROPN"):
                e = self.noun_entry(k)  # (not "personal attacks": words)
                worded = any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in self.lex.verbal_modifiers
                             for m in k.children)
            elif k.dep_ == "xcomp" and k.tag_ == "VBG":
                e = self.verb_entry(k)
                worded = e is not None and e.verbal is not None and (
                    bool(self.of_words(k, objects_of(k))) or by_critics(k))
            else:
                continue
            if e is not None and e.type == "ASSAULT" and not worded:
                return True
        return False

    def gerund_object_entry(self, v: Token) -> Entry | None:
        """The keyed "verb object" entry (verbs.yaml object_families) of a verb whose object the parser
        read as a bare gerund: headlines' "Moscow cancels meeting with top US diplomat" (meeting an xcomp)
        is "cancel meeting", a refusal to meet (CAMEO 125), told on the gerund, which keeps its "with"
        partner; read as its own verb it would be a meeting held."""
        head = v.head
        if v.dep_ != "xcomp" or v.tag_ != "VBG" or head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("aux", "nsubj") for c in v.children):
            return None
        lemma = self.verb_lemma(head)
        if lemma in self.lex.modality["negated"]["verbs"]:
            return None  # "stopped fighting": the fighting negated (modality), as a verb of its own
        prt = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
        keys = ([f"{lemma} {prt} {v.lower_}"] if prt else []) + [f"{lemma} {v.lower_}"]
        return next((e for k in keys if (e := self.lex.verbs.get(k)) is not None), None)

    def admitted(self, v: Token) -> bool:
        """Whether `v` is the clause of a verb of admitting (verbs.yaml `admitting_verbs`): "Ukraine admitted
        that its forces shelled Russian territory". The verb's own entry is letting people in ("admitted
        10,000 refugees", CAMEO 075), so its clause is no content of that act but a report of a happening,
        coded with the admitter as its attribution (CODEBOOK: a happening someone reports). An admission
        withheld ("refused to admit that ...", "did not admit that ...") reports nothing: the act is neither
        denied (negated) nor hedged by a reporter (possible), only not confirmed, and told, if at all, by
        its accusers elsewhere; the clause stays swallowed."""
        admit = v.head
        if v.dep_ != "ccomp" or admit.pos_ not in ("VERB", "AUX") or (
                self.verb_lemma(admit) not in self.lex.admitting_verbs):
            return False
        negation = self.lex.modality["negated"]
        if any(c.dep_ == "neg" or c.lower_ in negation["words"] for c in admit.children if c.i < admit.i):
            return False  # "did not admit", "never acknowledged"
        return not (admit.dep_ == "xcomp" and (self.verb_lemma(admit.head) in negation["verbs"]
                                               or admit.head.lemma_.lower() in negation["adjectives"]))

    def refused_forces(self, v: Token) -> bool:
        """Whether `v` refuses to send forces ("France declined to send troops to Mali", "refused to deploy
        soldiers to Ukraine"): forces withheld from another are a refusal (CAMEO 1212, REJECT), as "refused to
        extradite" is, not a negated deployment; a hostile act refused ("declined to criticize Clinton")
        stays that act negated (section `declines_conflict`)."""
        entry = self.verb_entry(v) if v.pos_ in ("VERB", "AUX") else None
        refusals = self.lex.modality["negated"]["verbs"]
        if entry is None or entry.type != "REJECT" or self.verb_lemma(v) not in refusals:
            return False
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (e := self.verb_entry(c)) is not None
                   and e.type == "MOBILIZE" and any(self.actors(p) for _, p in pobjs(c, ("to", "into")))
                   for c in v.children)  # (sent to another, not "refused to deploy troops to the border")

    def conjoined_modifiers(self, n: Token) -> list[Mention]:
        """The sides a plural noun names by conjoined modifiers ("Indian and Pakistani troops exchanged fire",
        "Azerbaijani and Armenian forces clashed"): one side each, as `between_sides` reads "between senior
        Chinese and American officials"; the noun's own mention holds only the last."""
        mods = {k.i: k for c in n.children if c.dep_ == "amod" and c.conjuncts for k in (c, *c.conjuncts)}
        sides = {(m.start, m.actor.code): m for i in sorted(mods) for m in self.actors(mods[i])}
        return list(sides.values()) if len({code for _, code in sides}) >= 2 else []

    def ordered_out(self, v: Token) -> Entry | None:
        """The expulsion (CAMEO 166, people 174, as "expel") of an order to leave: "Russia ordered ten
        American diplomats to leave the country", "gave the envoy 72 hours to leave". The one ordered out is
        the verb's object or dative; an order to do anything else stays a demand."""
        if v.lemma_.lower() not in self.lex.expelling_orders or not any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.lex.leaving_verbs
                for c in v.children):
            return None
        ordered = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        if not ordered:
            return None
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for o in ordered for c in o.children):
            return None  # "Iran ordered its troops to leave": one's own people called home, no expulsion
        keyed = (self.lex.verbs.get(f"expel {self.counted(o).lemma_.lower()}") for o in ordered)
        return next((e for e in keyed if e is not None), None) or self.lex.verbs.get("expel")

    def protest_gathering(self, v: Token) -> Entry | None:
        """The protest (CAMEO 141) of protesters assembling: "Hundreds of protesters gathered outside the US
        embassy", "protesters massed on the steps"; a verb of assembling is no event with anyone else as its
        subject ("leaders gathered in Paris"), nor with an object ("gathered evidence", "massed troops")."""
        if v.lemma_.lower() not in self.lex.gathering_verbs or is_passive(v) or any(
                c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children):
            return None
        subj = subject_of(v)
        if subj is None or self.counted(subj).lemma_.lower() not in self.lex.protesters:
            return None
        return replace(self.lex.verbs["demonstrate"], key=v.lemma_.lower())

    def code_verb(self, v: Token) -> None:
        entry = self.gerund_object_entry(v) or self.ordered_out(v) or self.protest_gathering(v) or (
            self.verb_entry(v))
        entry = self.arriving_force(v, entry) or self.leaving_force(v) or entry
        if entry is None or self.has_event_object(v) or (
                self.governed_by_event(v) and not self.admitted(v) and self.causing_order(v) is None) or (
                self.wished(v)):
            return
        entry = self.specific_object_entry(v, entry)
        if entry.cameo == PROTECTION and self.shielded_in_words(v):
            defend = self.lex.verbs.get("defend")  # "China protected North Korea at the Security Council"
            entry = entry if defend is None else replace(defend, key=entry.key, frame="act")
        if entry.cameo == COOPERATING and self.assists_inquiry(v):
            return  # "a firm cooperating with regulators in a probe into itself": compliance, no 06x
        threat = self.vowed_force(v)
        if threat:  # "Iran vowed to strike Israel": the vow threatens force (CAMEO 138), aimed as the attack
            entry = replace(entry, cameo=THREAT_OF_FORCE, type="THREATEN", verbal=None)
        elif v.dep_ == "xcomp" and (self.vowed_force(v.head) or self.refused_forces(v.head)):
            return  # the attack vowed is the threat's content, the forces refused the refusal's: coded on it
        if entry.type in SPEECH_ACTS and self.protest_content(v):
            return
        if (entry.type in SPEECH_ACTS or entry.type == "COOPERATE") and v.dep_ == "amod":
            return  # "the most pledged delegates", "the proposed rule", "allied outside groups" (PolNeAR):
            # a participle naming a thing
        if (entry.type in SPEECH_ACTS or entry.cameo.startswith("05")) and addressed_to_no_one(v):
            return  # "I apologize to nobody for that": aimed at no one, no act
        if entry.frame == "give" and is_passive(v):
            subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            qty = bare_quantity(subj, self.lex) if subj is not None and not self.actors(subj) else None
            if qty:  # "Several hundred have already been provided": the count of an earlier transfer
                self.elided_counts.append((v, entry.type, qty))
                return
        givers: list[Mention] = []
        if reduced_passive(v) and (agent := agent_of(v)) is not None and self.index.direct(agent) is None:
            if entry.type in ("AID", "COOPERATE") and (
                    self.forceful_noun(agent) or agent.lemma_.lower() in self.lex.aid_nouns):
                # "personnel, assisted by US-led coalition air strikes" (re3d BBC): the strikes' owner aids
                givers = self.noun_owners(agent)
            if not givers:
                return  # "victims killed by the MH17 crash": the agent is a happening, not an actor
        if entry.verbal is not None and is_passive(v) and (agent := agent_of(v)) is not None and (
                self.abstract_agent(agent)):
            return  # "LGBTQ people are targeted by hate that lives in both laws and hearts": no attacker
        if any(c.dep_ == "xcomp" and self.agreed_measure(c) for c in v.children):
            return  # "agreed to expand sanctions on Russia": the measure planned, coded on its noun
            # (noun_events `agreed_measure`), as "agreed to impose sanctions" is
        if self.obliged(v) or (self.commits_to_conflict(v) and not threat) or (
                self.declines_conflict(v) and not self.refused_forces(v)) or self.named_aim(v):
            return  # "Iraqi forces should investigate": a demand's content, not a happening
        if self.purpose_undoing(v, entry):
            return  # "stands by Iraq to defeat Daesh and end this violence": an aim, nothing undone
        if entry.type == "REJECT" and any(c.dep_ == "neg" for c in v.children) and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and not self.is_event_verb(c) for c in v.children):
            return  # "would not rule out shifting her position": an option kept open, nothing rejected
        if self.polled(v):
            return  # "47 percent of Cuban Americans saying they will support Clinton": a poll
        if entry.type in SPEECH_ACTS and any(o.dep_ == "dobj" and says_no(o) for o in v.children):
            return  # "the president offered no changes to his strategy": nothing offered
        if self.reluctant(v):
            return  # "foreign navies have been reluctant to detain suspects": not done
        if entry.cameo.startswith(ALLOWING) and self.enabled_by_thing(v):
            return  # "US airstrikes, which let Somali troops retake the town": made possible, no
            # one yields (CAMEO 086)
        if entry.cameo == SIGNING and (self.signs_message(v) or enacts_law(v)):
            return  # "a letter to Comey, signed by 200 House Republicans": its signers, no accord (057)
        if entry.type in MATERIAL and v.dep_ == "relcl" and v.tag_ in ("VBP", "VBZ") and not any(
                c.dep_ in ("aux", "auxpass") for c in v.children):
            return  # "our troops who protect us every day": what someone habitually does describes them
        objs, dats = objects_of(v), datives_of(v)
        if not objs and self.causing_order(v) is not None:
            objs = [v.head]  # "ordered the prisoners released": the order's object undergoes the act
        if v.dep_ == "relcl":  # "the al-Qaeda offshoot, which Hollande blamed for the attacks": the
            # relative pronoun object stands for its noun
            objs = [v.head if o.dep_ == "dobj" and o.lower_ in RELATIVE_PRONOUNS else o for o in objs]
            objs = [self.personal_antecedent(v) if o.i == v.head.i else o for o in objs]
        if not objs and entry.type in SPEECH_ACTS:
            objs = shared_objects(v)  # "criticized and warned Russia": both acts are aimed at Russia
        if entry.type == "SUPPORT" and lasting_stance(v):
            return  # "it still recognizes the British monarch as its head of state": a standing state
        if entry.type == "SUPPORT" and self.armed_backing(v, objs):
            return  # "tribesmen backed by the Saudi-led coalition": a war alliance, no diplomatic support
        if self.befell_subject(v, entry, objs):
            return  # "when their boat sank": what befell a thing, no attack
        if self.swapped(v, entry) or self.met_a_thing(v, entry, objs) or self.came_to_an_end(v, entry, objs):
            return  # "exchanging communist rule for democracy", "to meet the standards", "our struggle will
            # not end": a swap, a thing met, a happening ending, no act between actors
        if entry.type in FORCEFUL and self.mishap_setting(v):
            return  # "LaRue shot and killed his father in a duck-hunting accident": no attack (CAMEO 18x-19x)
        if self.hosted_thing(v, entry, objs):
            return  # "the EU will be hosting a conference in Brussels": the meeting noun codes its parties
        if entry.type == "ACCUSE" and entrusted(v):
            return  # "has charged the inspectors with verifying that Iraq has destroyed its missiles": a duty
        if entry.type == "CONSULT" and meets_kin(objs + [p for _, p in pobjs(v, ("with",))]):
            return  # "where he met his wife, Ana, a native of Venezuela": a private meeting
        # "Israel is opposed to French mediation": a stative participle whose subject holds the stance
        stance = entry.stative and is_passive(v) and agent_of(v) is None
        if stance:
            objs = [o for o in objs if o.dep_ not in ("nsubjpass", "csubjpass")]
        if self.no_site(entry, objs):
            return  # "took control of the debate", "built a base of loyal voters": no place taken or held
        if entry.cameo == HUMAN_SHIELD and self.figurative_shield(v):
            return  # "Clinton is using Obama as a shield against Sanders' attacks": cover in words, no 184
        if self.people_taken_back(entry, objs):
            return  # "the freed captives were taken back home by the army": people returned, no fighting
        if entry.cameo in PLACE_SEIZURES and objs and all(self.place_object(o) for o in objs):
            # "Syrian government forces have captured a central town", "freed several villages from the
            # Islamic State" (CASE 2021): a place taken by force (CAMEO 190), no one arrested or released;
            # its holder is whom it is taken from, as with "retake"
            entry = replace(entry, cameo=PLACE_FORCE, type="ASSAULT", frame="self")
        if entry.needs_force and not any(
                self.counted(o).lemma_.lower() in self.lex.force_nouns for o in objs):
            return  # "reinforce troops" mobilizes; "reinforce ties" does not
        things = [o for o in objs if o.pos_ != "SCONJ"]  # not a "that" the parser took for an object
        if entry.frame == "give" and things and all(
                o.lemma_.lower() in self.lex.message_objects for o in things):
            return  # "sent a letter to Comey", "delivered an address": words handed over, not goods
        if entry.frame == "give" and things and min(things, key=lambda o: o.i).lemma_.lower() in (
                self.lex.message_objects) and all(o.dep_ == "dobj" for o in things):
            return  # "offered a glimpse of the figure he would like to become: a politician" (a second object
            # the parser hung on the verb): what is offered first is words
        if self.person_cut_off(entry, things):
            return  # "cutting off a reporter who asked about finances": a speaker interrupted, no 16x
        if entry.type == "SANCTION" and " " not in entry.key and things and all(
                (lemma := self.counted(o).lemma_.lower()) in self.lex.message_objects
                or lemma in self.lex.engagements for o in things):
            return  # "canceled a much-heralded joint rally with Obama": an engagement called off (no 16x)
        if (entry.type == "AID" and entry.frame == "give" and not self.goods_handed(v, things)
                and not refuses(v, self.lex)):  # a refusal rejects whatever it withholds (CAMEO 12x)
            return  # "delivered a conquest", "had given emails to the State Department": no aid
        if entry.cameo == TRADE and things and not self.trades_goods(things):
            return  # "his supporters have been trading advice about protest tactics": no goods exchanged
        if entry.type == "AID" and entry.frame == "give" and self.traded_commodity(v, things):
            entry = replace(entry, cameo=TRADE, type="COOPERATE")  # "Gazprom will supply Egypt with gas"
        if entry.type in CONTESTED and not self.armed_sides(v, objs) and any(
                o.lemma_.lower() in self.lex.contest_objects and self.index.direct(o) is None for o in objs):
            return  # "locked up the nomination", "recaptured her momentum": a political contest
        if entry.type == "RETREAT" and any(  # "out of" may hang "of" on "out"
                p.lemma_.lower() in self.lex.contest_objects
                for h in (v, *(c for c in v.children if c.lower_ == "out"))
                for _, p in pobjs(h, ("of", "from"))):
            return  # "pulled out of the debate", "withdrew from the race": a candidate quits a contest
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
        if entry.type == "PROTEST" and any(c.dep_ == "dobj" for c in v.children) and (
                subj := subject_of(v)) is not None and self.inert(subj):
            return  # "her work to provide health care ... demonstrates her tremendous attention": shows
        if entry.type == "PROTEST" and entry.frame == "self" and any(
                (k := self.counted(o)).pos_ == "NUM" or k.lemma_.lower() in self.lex.quantity_nouns
                or k.lemma_.lower() in self.lex.person_nouns for o in dobjs):
            return  # "Trump has rallied thousands", "rallied supporters": people gathered, no protest
        obj_actors = [m for o in objs for m in self.actors(o)]
        if entry.type in SPEECH_ACTS:  # "criticized the Paris agreement": a place in an accord's name
            named = accord_names(objs, obj_actors, lambda o: (e := self.noun_entry(o)) is not None
                                 and e.type == "AGREE")
            obj_actors = [m for m in obj_actors if m not in named]
        if not obj_actors and entry.type in SPEECH_ACTS:  # "welcome the agreement between Colombia and FARC"
            obj_actors = [m for o in objs for m in between_sides(o, self.actors, least=1)]
        # "welcomed the president", "welcomed soldiers visiting": an actor as object (or small clause)
        small = [m for c in v.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
                 for m in self.actors(subject_of(c))]
        # ("welcomed Berlin's pledge", "welcomed Germany's decision", "welcomed the agreement between X and
        # Y": an act judged, no guest)
        if entry.with_actor is not None and (small or any(self.actors(o) for o in objs if (
                self.index.direct(o) is not None or (
                    self.noun_entry(o) is None and o.lemma_.lower() not in self.lex.proposals
                    and not any(k.dep_ == "poss" for k in o.children)
                    and (self.holds_people(o) or o.lemma_.lower() in self.lex.envoys))))):  # not a thing
            entry, obj_actors = entry.with_actor, obj_actors or small
        if entry.type == "SUPPORT" and is_opinion(v) and not obj_actors:
            return  # "he recognizes that angry voters have valid reasons": a view, nothing backed
        if entry.type == "AGREE" and (is_opinion(v) or is_assent(v)):
            return  # "Most Democrats agree that a president should not": shared views (CAMEO 019)
        diplomatic = any(c.dep_ == "amod" and c.lower_ == "diplomatic" for o in objs for c in o.children)
        if entry.with_people is not None and not diplomatic and any(
                self.holds_people(o, bodies=False) for o in objs):
            # (PLOVER SANCTION expel: "took decisions to expel Russian diplomatic workers" are diplomats)
            entry = entry.with_people  # "forced out 1,000 refugees" deports people (CAMEO 174)
        if entry.type == "AID" and entry.frame == "give" and objs and all(
                (m := self.index.direct(o)) is not None and m.kind == "person" for o in objs):
            return  # "it would send Ms. Martin to Crimea for a better understanding": a person's trip, no aid
        if entry.frame == "give" and objs and all(o.lemma_.lower() in self.lex.envoys for o in objs):
            # "sent 21 personnel to Bosnia to investigate": envoys are sent for their errand (CAMEO 09, 04)
            errand = [e for c in v.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                      and (e := self.verb_entry(c)) is not None and e.type in ERRANDS]
            entry = errand[0] if errand else entry
        if entry.type == "MOBILIZE" and any(  # CAMEO 074: "provide military forces for protection"
                c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and (e := self.verb_entry(c)) is not None
                and (e.cameo == PROTECTION or e.type == "AID") for c in v.children):
            # "Russia deployed troops to Syria to protect President Assad", "France sent troops to Mali to
            # help the government": forces sent to protect or help are aid, given to where they are sent
            entry = replace(entry, cameo=PROTECTION, type="AID", frame="give")
        if entry.type == "CONSULT":  # "will visit X to mediate": the mediation takes precedence (CAMEO 042)
            purpose = [e for c in v.children if c.dep_ == "advcl" and c.tag_ == "VB"
                       and (e := self.verb_entry(c)) is not None and e.cameo in ("045", "046")]
            entry = purpose[0] if purpose else entry
        words = self.lex.issued_documents | self.lex.message_objects  # "released a Joint Statement of the
        if entry.needs_actor_object and not any(  # President of China and ...": a titled paper, no one freed
                self.holds_people(o) and o.lemma_.lower() not in words for o in objs):
            return  # "released the prisoners", not "released a statement" or "held the White House"
        if entry.needs_content and not any(c.dep_ == "xcomp" for c in v.children):
            return  # "asked reporters rhetorically", "pressed him on it": a question, not a request
        if entry.needs_proposal and not any(o.lemma_.lower() in self.lex.proposals for o in objs):
            return  # "accepted the offer", not "accepted awards"
        if entry.needs_knowledge and not any(
                self.counted(o).lemma_.lower() in self.lex.shared_knowledge for o in objs):
            return  # "agreed to share intelligence", not "shares with Trump a strategy" (CAMEO 064)
        if entry.verbal is not None and (self.of_words(v, objs) or by_critics(v) or self.by_campaigner(v)
                                         or self.law_attacked(v, objs)):
            entry = entry.verbal  # "attacked his rival's policy", "Trump attacked Clinton": criticism
        elif entry.type in FORCEFUL and entry.frame != "sym" and (means := self.sanction_means(v)):
            entry = means  # "targeted Russia with sweeping sanctions" (CASE 2021): the act is the sanction
        if entry.type == "ASSAULT" and entry.verbal is not None and self.sanction_aim(v):
            return  # "sanctions meant to hit Putin's circle": whom a sanction aims at, no force used
        elif entry.contest and self.of_words(v, objs):
            return  # "he can beat Hillary", "battling Carson for the top spot": a political contest
        deps = {c.dep_ for c in v.children}  # "threatened to shell X" (an xcomp) is an act even so
        # "warned it would attack X": a warning of force is the act ("warned that the famine..." is not)
        warning = entry.type == "THREATEN" and (any(
            c.dep_ == "ccomp" and (e := self.verb_entry(c)) is not None and e.type in CONFLICTUAL
            for c in v.children) or self.intolerance(v) is not None)
        # ("found the former president guilty": the clause is the entry's own word, no reported content)
        keyed_by_clause = any(c.dep_ == "ccomp" and c.lemma_.lower() == entry.key.split()[-1]
                              for c in v.children) and " " in entry.key
        if (v.i in self.reporting and not obj_actors and "ccomp" in deps and "xcomp" not in deps
                and not warning and not keyed_by_clause):
            return  # "X conceded that ...": a report, not an act
        if entry.type == "THREATEN" and not warning and "xcomp" not in deps and (
                self.caution(v, obj_actors) or self.danger_told(v)):
            return  # "warning followers that the Islamic State could penetrate the country": a danger told
        subj = subject_of(v)
        if entry.type in FORCEFUL and v.dep_ in ("ccomp", "xcomp", "oprd") and (
                v.tag_ == "VBN" or (v.tag_ == "VBD" and v.head.lemma_.lower() in WITNESSED)) and not any(
                c.dep_ in ("aux", "auxpass", "dobj") for c in v.children):
            return  # "fighting that saw 120 Iraqi soldiers killed": its subject is the victim, not the killer
        if entry.type in FORCEFUL and (self.toll_of_attack(v) or self.attack_as_subject(v)):
            return  # "dual attacks in Baghdad which killed 28 people": the attack's toll, one happening
        if subj is None and (entry.type in SPEECH_ACTS or entry.type in MATERIAL):
            subj = sequence_subject(v)  # "criticized Trump before ripping Ted Cruz", "responded by firing"
        if subj is None and v.dep_ == "pcomp" and v.head.lower_ == "to" and (
                self.verb_lemma(v.head.head) in self.lex.recourse_verbs):
            # "Palestinian youths resorted to throwing stones": theirs (the verb takes no passive, so the
            # parser's reduced relative "youths resorted" is its subject)
            recourse = v.head.head
            subj = subject_of(recourse) or (recourse.head if recourse.dep_ == "acl" else None)
        if stance:
            subj = next((c for c in v.children if c.dep_ == "nsubjpass"), subj)
        docs = self.lex.issued_documents
        if entry.type in FORCEFUL and entry.verbal is not None and (
                (subj is not None and subj.lemma_.lower() in docs) or (v.dep_ in ("advcl", "acl") and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in docs for o in v.head.children))):
            entry = entry.verbal  # "ran an ad last August hitting Strickland for job losses": words
        sources = givers or self.actors(subj)
        if not sources and (order := self.causing_order(v)) is not None:
            sources = self.actors(subject_of(order))  # "ordered more than 450 prisoners freed": the orderer's
        if (not sources and entry.type in SPEECH_ACTS and v.dep_ == "acl" and v.head.pos_ == "NOUN"
                and self.noun_entry(v.head) is None):  # (not "a U.S. request to interrogate": only asked)
            sources = self.noun_owners(v.head)  # "reaffirms its commitment to support Iraq": the owner's act
        if (not sources and subj is not None and subj.i == v.head.i and v.dep_ == "acl"
                and entry.type in SPEECH_ACTS):
            sources = self.issuer(subj)  # "passed a resolution calling on Turkey to recognize"
        if not sources and entry.type in UNDOINGS and is_passive(v) and agent_of(v) is None:
            sources, owned_targets = self.owner_of_undone(objs)  # "Washington's ban ... was lifted"
            obj_actors = owned_targets if sources else obj_actors
        if not sources and entry.cameo[:3] in STATE_ACTS and is_passive(v) and agent_of(v) is None:
            sources = self.arresting_state(v, obj_actors)  # "two police officers were arrested in Athens"
        if not sources and entry.cameo.startswith(MOVED_FORCES) and is_passive(v) and agent_of(v) is None:
            sources = self.moved_forces(v)  # "Russian troops were deployed to the Georgian border": Russia's
            obj_actors = other_than(obj_actors, sources)
        if entry.cameo == OBSTRUCTION and any(self.counted(o).lemma_.lower() in (
                self.lex.issued_documents | self.lex.proposals) or (
                (e := self.noun_entry(self.counted(o))) is not None and e.type in TALKS) for o in objs):
            # "China blocked the UN statement", "Britain long blocked any discussion of centralizing European
            # military might": words, a decision or talks blocked are vetoed (CAMEO 129)
            entry = replace(entry, cameo=VETO, type="REJECT")
        elif entry.cameo == OBSTRUCTION and sources and all(self.state_power(m) for m in sources):
            # "the U.S. and others were trying to block shipping to Iraq": a state stopping passage restricts
            # movement (CAMEO 191, COERCE), as protesters blocking a road obstruct it (144, PROTEST)
            entry = replace(entry, cameo=BLOCKADE, type="COERCE")
        if entry.cameo == DISSENT_EASED and sources and all(
                (m.actor.sector or "") in STATE_POWERS and not m.actor.unknown for m in sources):
            # "Russian police halted an opposition rally": a protest stopped by the state's power is
            # repressed (CAMEO 1721, restrictions on political freedoms), not called off by its own
            # people (082, as "the unions called off the strike"; a bare state may be its people)
            entry = replace(entry, cameo=FREEDOMS_RESTRICTED, type="COERCE")
        movers = [] if subj is None else [subj, *(o for _, o in pobjs(subj, ("of",)))]
        if entry.type == "CONSULT" and entry.frame != "get" and any(  # "forces received fire from X"
                t.lemma_.lower() in self.lex.force_nouns for t in movers):
            return  # troops (or "a first contingent of troops") arriving somewhere are not on a visit
        if entry.cameo == VISIT and sources and all(
                (m.actor.sector or "") in TRAVELLERS or m.actor.unknown for m in sources):
            return  # "[Mexican citizens] don't want to go to the U.S.": people travelling, no state visit
        if entry.cameo == VISIT and subj is not None and subj.lower_ == "it":
            return  # "the fuel is for hospitals and it doesn't go to Hamas": a thing sent somewhere (a state
            # travels only through its people: "said it would send a delegation to Moscow")
        if entry.frame == "get":
            targets = sources
            named = [m for o in objs for x in (o, *o.conjuncts)
                     if (m := self.index.direct(x)) is not None and not m.actor.unknown]
            sources = [m for _, p in pobjs(v, ("from",)) for m in self.actors(p)] or [
                m for o in objs for _, p in pobjs(o, ("from",)) for m in self.actors(p)] or named
            if not sources and entry.type in SPEECH_ACTS:  # "won the backing of Germany": Germany backs
                sources = [m for o in objs for _, p in pobjs(o, ("of",)) for m in self.actors(p)]
            inst_heads = [o for o in objs if not self.actors(o)]
        elif entry.frame == "give":
            to_actors = [m for _, p in pobjs(v, ("to", "for")) for m in self.actors(p)]
            # "contribute troops to a peace-keeping force in Liberia": given to where it serves
            to_actors = to_actors or [m for _, p in pobjs(v, ("to",)) for m in self.place_of(p)]
            dat_actors = [m for d in dats for m in self.actors(d)]
            if to_actors or dat_actors:  # "sent thousands of fighters to Syria": the fighters are sent
                targets = dat_actors + to_actors
                inst_heads = list(objs)
            else:  # troops sent are what is given, not whom it is given to ("provide Vietnam's coast
                # guard with a surplus American ship": with the goods in a "with" phrase, forces receive)
                supplied = any(True for _ in pobjs(v, ("with",)))
                targets = [m for o in objs if supplied or o.lemma_.lower() not in self.lex.force_nouns
                           for m in self.actors(o)]
                # speech/idiom senses: "When Mexico sends its people": a state's own people
                # sent abroad are emigrants, not recipients of aid ("supply its people with food" is aid)
                homes = {m.actor.country for m in sources if m.actor.country}
                if not supplied:
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
                obj_actors = other_than(obj_actors, sources)
            targets = [] if entry.frame == "self" or self.no_partner_object(v, entry) else obj_actors or [
                m for d in dats for m in self.actors(d)]
            if not targets:  # "defended his record against ISIS": whom a defence is against is no recipient
                # "mediated between Israel and Hamas": both sides are the mediator's counterparts
                sides = ("between",) if entry.type == "CONSULT" else ()
                preps = recipient_preps((*TARGET_PREPS, *sides), entry.type)
                # "captured with the aid of Jordanian intelligence": backing names an ally of the one acting
                ally = self.names_ally if entry.type in CONFLICTUAL else (lambda p: False)
                targets = [m for _, p in pobjs(v, preps) if not ally(p) for m in self.actors(p)]
                if entry.type in FORCEFUL:  # "fired missiles from Lebanese airspace into Syria": an origin
                    targets = [m for _, p in pobjs(v, tuple(x for x in preps if x != "from")) if not ally(p)
                               for m in self.actors(p)] or targets  # "seized the town from ISIL" keeps it
            inst_heads = [p for _, p in pobjs(v, ("with", "using", *entry.inst_preps))]
            # "destroyed two vehicles": what is struck is no means ("fired missiles" names its weapon)
            struck = entry.type in FORCEFUL and self.verb_lemma(v) in DAMAGING
            inst_heads += [o for o in objs if not self.actors(o) and not struck]
        if entry.type == "CONSULT" and entry.frame == "sym" and targets and not any(
                t.kind in ("person", "title", "pronoun") for t in targets):
            # "Obama and Putin discussed Syria", "discussed Syria with Putin": a state named as what a
            # meeting is about is its topic when the partners are named otherwise
            partners = other_than([m for _, p in pobjs(v, ("with",)) for m in self.actors(p)], sources)
            # "discussed UK-France co-operation": a state named inside the topic is no partner
            targets = partners if partners or len(sources) >= 2 else [
                t for t in targets if (span := self.mention_span(t)) is not None and span.root.head.i == v.i]
        direct = bool(targets)  # a recipient named by the verb itself, not found in what it governs
        keyed = entry.key.split()[1:]  # "arrive in", "call on": the keyed preposition names the target
        topic = [m for _, p in pobjs(v, ("over", "about")) for m in self.actors(p)
                 ] if entry.type == "ACCUSE" else []
        # "complained to the UN over Israeli air raids": the complaint is against Israel; one aimed at an
        # object or a keyed phrase stays there ("criticized Russia over Ukraine", "tore into Russia over ...")
        if topic and (entry.frame == "self" or not (obj_actors or keyed)):
            targets = topic
        elif keyed:
            # "took to the streets of Caracas": a place keyed into an idiom of acting alone is no recipient
            inner = [p for _, p in pobjs(v, (keyed[0],))
                     if not (entry.frame == "self" and p.lemma_.lower() in keyed[1:])]
            # "committed to supporting the Iraqi government": the gerund's object is the recipient
            gerunds = [(o, g) for p in inner if p.pos_ == "VERB" for o in objects_of(p)
                       if not ((g := self.verb_entry(p)) is not None and g.type in CONFLICTUAL)]
            targets = [m for p in inner for m in self.actors(p)] or [  # not "committed to defeating ISIL"
                m for o, g in gerunds for m in self.actors(o) if g is not None or not is_combatant(m.actor)
            ] or targets or [  # "walked out of the talks with Israel": the partner of the thing left
                m for p in inner if p.pos_ == "NOUN" for _, q in pobjs(p, ("with",)) for m in self.actors(q)]
            # "pushed back against Sanders's attack", "hit back at": the preposition hangs on the particle
            targets = targets or self.keyed_modifier_targets(v, entry)
        targets = other_than(targets, sources)
        if not targets and entry.type in FORCEFUL:  # "fought off counterattacks by IS militants"
            targets = other_than(self.attackers(v, objs), sources)
        if entry.type == "REQUEST" and (clause := for_clause(v)) is not None:
            self.content_of_report.add(clause.i)  # "pressed for Congress to offset": what is asked for
            targets = targets or other_than(self.actors(clause_subject(clause)), sources)  # has not happened
        if not targets and self.verb_lemma(v) in self.lex.object_control:
            targets = other_than(self.controlled_subjects(v), sources)
        if not targets and entry.type == "AGREE":  # "pledged to stand united with the president"
            targets = other_than(self.promised_backing(v), sources)
        # "discussed imposing sanctions on Iran", "to coordinate our work for Syria" (re3d EU): what partners
        # talk or work on, and for whom, names no partner (CAMEO 04x, 06x partners are "with" them)
        joint = entry.frame == "sym" and entry.type in ("CONSULT", "COOPERATE")
        if not targets and not joint:
            targets = self.inner_targets(v, nested=entry.type not in MATERIAL)
            if entry.type in MATERIAL and not objs:
                targets = self.acted_on_directly(v, targets)
        if not targets:  # "refused to allow United Nations planes to land": the one (not) allowed
            targets = other_than(self.allowed_actors(v) or self.mediated_sides(v), sources)
        if not targets and entry.type in SPEECH_ACTS:
            targets = other_than(self.content_targets(v, objs, entry.type), sources)
        if not targets and entry.type == "PROTEST":  # "blocked streets in defiance of Chinese authorities"
            targets = other_than(self.defied(v) or self.opposed_by_protest(v), sources)
        # "lifted its ban on arms sales to Vietnam": an act's own possessive names no recipient
        unowned = [o for o in objs if not (other_than(self.actors(o), sources)  # "voiced its support for X"
                                           if entry.type in MATERIAL | SPEECH_ACTS else self.actors(o))]
        if not targets and entry.frame != "self":  # "halted aid to Serbia", "cancelled a visit to Haiti"
            seized = entry.cameo == SEIZURE  # "seized seven rifles ... and 13 magazines from the pirates"
            preps = (*NOUN_TARGET_PREPS, "from") if entry.type == "CONCEDE" or seized else NOUN_TARGET_PREPS
            if joint:
                preps = ("with",)  # "discuss the battle against the Islamic State": a topic
            preps = recipient_preps(preps, entry.type)
            # "provided $100 million in aid to X": the sum's goods may hold the recipient
            goods = [g for o in unowned if not seized and (g := self.sum_goods(o)) is not None]
            targets = other_than([m for o in [*unowned, *goods]  # "accepted demands from the rebels"
                               for x in ((o, *o.conjuncts) if seized else (o,))  # the last of a list
                               for _, p in pobjs(x, preps) for m in self.actors(p)], sources)
        if not targets and not joint:
            # "rejected a fresh offer from Afghanistan", "reservists for a war against Iraq"; what a
            # meeting discusses is its topic, not a partner ("to discuss the battle against the IS")
            heads = list(unowned) if entry.frame != "self" else list(objs)
            heads += [p for _, p in pobjs(v, (*TARGET_PREPS, "for")) if not self.actors(p)]
            if entry.type in CONFLICTUAL:  # "strikes ... in support of its partners": allies
                heads = [h for h in heads if not self.names_ally(h)]
            preps = recipient_preps(("against",) if entry.frame == "self" else PHRASE_PREPS, entry.type)
            own = frozenset(m.actor.code for m in sources) if entry.type in MATERIAL else frozenset()
            targets = other_than([m for h in heads for m in self.phrase_actors(h, preps=preps, own=own)],
                              sources)
            # "re-examine the refineries in Iran"; condemning "the attacks in Iraq" accuses no Iraq
            if not targets and entry.frame != "self" and entry.type != "ACCUSE":
                targets = other_than([m for h in heads for m in self.located_in(h)], sources)
        if not targets and entry.type == "ACCUSE":  # "condemns the attacks ... claimed by Daesh"
            said = [c for c in v.children if c.dep_ in ("dobj", "prep") or (  # "in the towns of Jabla, and
                c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]  # the city of Tartus, for which ..."
            targets = other_than([m for k in claimants(said) for m in self.actors(k)], sources)
        if not targets and entry.type in SPEECH_ACTS:  # "vetoed the resolution drafted by France"
            targets = other_than([m for k in authors(objs) for m in self.actors(k)], sources)
        if not targets and entry.type in PLACE_TARGETS:  # "opened fire to disperse demonstrators"
            targets = self.purpose_targets(v, sources) or self.sequel_targets(v, sources)
        if not targets and entry.frame == "give" and not self.hostile_purpose(v):
            targets = self.purpose_targets(v, sources)  # "send material to help defend Saudi Arabia"
        if not targets and entry.type == "REJECT" and not objs and v.dep_ == "conj" and (
                v.head.pos_ in ("VERB", "AUX") and (e := self.verb_entry(v.head)) is not None
                and e.type in ("AGREE", "REQUEST")):  # "Obama had proposed ..., but the Republicans refused"
            targets = other_than(self.actors(subject_of(v.head)), sources)  # the refusal answers the proposer
        if entry.type == "THREATEN" and not obj_actors and (borne := self.intolerance(v)) is not None:
            # "will no longer tolerate rallies by the Kifaya group", "will not allow Iran to obtain": those
            # who would do what is not borne, not whoever is to stop them ("police")
            stoppers = self.actors(subject_of(borne))
            targets = other_than(self.controlled_subjects(borne) or [
                m for o in objects_of(borne) for m in self.noun_owners(o) or self.actors(o)], sources) or [
                t for t in targets if t not in stoppers]
        if not targets and entry.type == "THREATEN":  # "warned it would strike South Korea"
            targets = other_than([m for c in v.children if c.dep_ == "ccomp" for o in objects_of(c)
                               for m in self.actors(o)], sources)
            if all(t.actor.unknown for t in targets):  # "Kurdish fighters in Syria"
                targets = other_than(self.place_target(v, subj), sources) or targets
        if not targets and entry.type == "THREATEN":  # "threatened to strike unless Israel rescinded"
            targets = other_than([m for t in v.subtree if t.dep_ == "advcl" and any(
                k.dep_ == "mark" and k.lower_ in CONDITION_MARKS for k in t.children)
                for m in self.actors(subject_of(t))], sources)
            # "threatened to resume attacks in Israel": a threat of action in a place is aimed at its state
            targets = targets or other_than(self.place_target(v, subj), sources)
        aimed = self.aimed_fire(v, objs)  # "shot several rockets at an oil pumping station"
        if not targets and entry.alone is not None and sources and not aimed and not (
                self.place_target(v, subj)):
            entry = entry.alone  # "North Korea launched a missile": a test at no one shows force (CAMEO 150)
        press = to_the_press(targets)
        if entry.type == "REJECT" and press and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.speaking_verbs for c in v.children):
            return  # "refused to speak to reporters", "declined to comment to CNN": nothing rejected
        if entry.type == "REJECT" and not any(o.dep_ == "dobj" for o in objs) and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.speaking_verbs and not any(
                    k.dep_ in ("prep", "dative") and k.lower_ in ("with", "to") for k in c.subtree)
                for c in v.children):
            return  # "declined to discuss the candidate's latest attacks on Cruz": a topic not discussed,
            # no one rejected ("refused to talk with Iran" keeps its counterpart)
        if entry.type == "REQUEST" and (to_the_press(sources) or press or private_exchange(sources, targets)):
            # "In a scathing opinion piece, The Wall Street Journal called on Trump to get his act together"
            # (an editorial's argument: CODEBOOK, opinion writers), "Manafort all but begged reporters to
            # ask him about something other than Melania Trump", "pressed by moderator Dana Bash to release
            # transcripts" (PolNeAR): asked of or by the press or between private persons, no political act
            return
        if entry.type == "CONSULT" and (press or to_the_press(sources)):
            return  # "spoke with reporters", "met with the press", "Woodward phoned Felt" (ECB+ 28): an
            # interview, a reporter's call on a source, no talks between parties
        if entry.type == "COOPERATE" and sources and targets and all(map(private, sources + targets)):
            return  # "The school had collaborated with The Los Angeles Times": no political actor either side
        etype = entry.type
        aid_nouns = self.lex.aid_nouns
        # "received training from the U.S. military": goods received are aid from the giver (CAMEO 07)
        received_goods = aid_nouns | self.lex.instrument_nouns | self.lex.aid_goods
        aid_words = received_goods if entry.frame == "get" else aid_nouns
        # a keyed "receive call" says it; "received machine gun fire from X": the noun's compound key
        received = [e.type for o in objs if entry.frame == "get" and " " not in entry.key
                    and (e := self.noun_entry(o)) is not None]
        if received:  # "received assurances from X": X promised
            etype = received[0]
        elif entry.aid_type and any(self.material_aid(t, aid_words) for o in objs for t in o.subtree):
            etype = entry.aid_type
        elif etype == "SUPPORT" and self.backs_with_means(v):
            etype = "AID"  # "supports Iraqi forces with air strikes": backing with means is aid (CAMEO 07)
        elif etype in COOPERATIVE and v.dep_ == "xcomp" and v.head.lemma_.lower() in self.lex.willing:
            etype = "AGREE"  # PLOVER: indicating willingness to cooperate is AGREE
        if entry.frame == "get" and etype == "CONSULT" and " " not in entry.key and not any(
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
            if aimed and all(is_unplaced(t) for t in targets):
                targets = aimed
            targets = other_than(targets, sources)
            confidence = 0.5
        if etype in PLACE_TARGETS and all(is_unplaced(t) or t.actor.code == t.actor.country for t in targets):
            # a place's named holder is whom force against it is aimed at ("retook Mosul, the last major IS
            # stronghold in Iraq", "rebel-held Aleppo"); a bare city stands for its state only when no one is
            targets = other_than([m for o in objs for m in self.holders(o)], sources) or targets
        if etype in PLACE_TARGETS and all(is_unplaced(t) for t in targets):
            # "one of our brave service members has been killed in Syria": the people's own state
            targets = other_than([m for o in objs for m in self.owned_people(o)], sources) or targets
        if etype in PLACE_TARGETS and targets and all(
                t.actor.unknown and t.actor.sector in LOCALS for t in targets):
            targets = self.placed_people(v, subj, targets) or targets  # "killed 15 civilians in Mosul"
        if etype in PLACE_TARGETS and all(is_unplaced(t) for t in targets):
            place = self.place_target(v, subj, missions=True)  # "a bomb exploded at the US embassy"
            # "police officers were arrested in Athens": people of the place's own state keep their sector
            same = bool(targets) and all(t.kind == "agent" and t.actor.country and t.actor.country in {
                m.actor.country for m in place} for t in targets)
            armed = {t.actor.sector for t in targets if (t.actor.sector or "") in ARMS_BEARERS}
            if not same and place and len(armed) == 1 == len({t.actor.sector for t in targets}):
                # "The Taliban killed two soldiers in Helmand": the place stands for whose they are, and they
                # stay soldiers (AFGMIL, not AFG), as `placed_people` keeps the sector of locals
                place = self.placed_people(v, subj, targets) or place
            targets = targets if same else place or targets
        if etype in FORCEFUL and sources and all(is_unplaced(t) or (t.actor.sector or "") in PLACE_SECTORS
                                                 for t in targets):
            # a place taken, or force used "in their battle with IS": aimed at the side fought, not the place
            targets = self.campaign_foes(v, sources) or (
                self.place_taken_from(v, sources)
                if entry.frame == "self" or entry.cameo in PLACE_TAKINGS else []) or targets
        if not targets and etype == "ASSAULT" and entry.frame == "self" and entry.cameo == PLACE_FORCE:
            # "ISIS captured Mosul": a place taken from no holder named is taken from its state (the doer's
            # own state's towns are taken back from someone the text must name)
            homes = {m.actor.country for m in sources}
            targets = other_than([m for o in objs for m in self.actors(o) if m.kind in ("name", "metonym")
                                  and m.actor.country and m.actor.country not in homes], sources)
            # "occupied three hill posts of the Kokang ethnic army" (CASE 2021 form): the site's holder
            targets = targets or other_than([m for o in objs for _, p in pobjs(self.counted(o), ("of",))
                                             if self.counted(o).lemma_.lower() in self.lex.held_sites
                                             for m in self.actors(p)], sources)
        if etype == "SANCTION" and all(is_unplaced(t) or t.actor.country in {m.actor.country for m in sources}
                                       for t in targets):
            # "Russia expels diplomats from Germany, Poland and Sweden" (CASE 2021): envoys are their
            # sending states', so relations are cut with the states they come from
            targets = other_than(self.sending_states(v, objs), sources) or targets
        if not targets and (etype in HOME_TARGETS or self.named_restriction(v, entry)):
            # "Thailand declared martial law", "imposed a state of emergency": a measure on its own country
            targets = self.home_target(v, subj, sources)
        if etype in FOREIGN_PLACE_TARGETS and not targets:
            targets = self.foreign_place(v, subj, sources)
        if not targets and entry.frame == "sym" and etype in FORCEFUL and len(sources) < 2 and (
                subj is not None):
            # "Indian and Pakistani troops exchanged fire": each side by its modifier
            sources = self.conjoined_modifiers(subj) or sources
        if not targets and entry.frame == "sym" and etype == "ASSAULT" and len(sources) < 2:
            return  # "the Syrians who fought to free Dabiq": a fight with no other side named
        if etype == "THREATEN" and endangers(v, lambda o: self.index.direct(o) is not None
                                             or self.noun_entry(o) is not None):
            return  # "ISIL that threatens the lives of people": a danger, no threat made
        if entry.cameo == VISIT and entry.frame == "self" and targets and all(
                t.actor.country is not None and t.actor.country in {m.actor.country for m in sources}
                for t in targets):
            return  # "Whenever Sheriff David Doran arrives in the small West Texas town of Eldorado": a trip
            # at home (ECB+ 36), no visit to another party (CAMEO 042)
        if entry.cameo == APOLOGY and not other_than(addressees(v, self.actors), sources):
            return  # "Abe apologized for the wartime abuses": an apology to no one named
        if etype == "SUPPORT" and targets and all(aimed_at(self.mention_span(t), self.hostile_noun)
                                                  for t in targets):
            return  # "welcomes new EU Syria sanctions listings": Syria is sanctioned, not backed
        if stance and not targets:
            return  # "was committed to a 50-state strategy": a stance towards no one
        if entry.frame == "give" and etype == "AGREE" and not targets:
            return  # "offered to debate April 14 in Brooklyn": an offer made to no one named
        if entry.cameo == SIGNING and (joining := accession_signed(objs)):
            # "The presidents of Poland and the Czech Republic have signed papers of accession ... to become
            # members of the North Atlantic Treaty Organization": each backs the body joined, not the other
            targets, direct = other_than(self.joined_bodies(v, joining), sources), True
            if not targets:
                return  # "Goencz signed Budapest's accession document": a body joined, not named here
        elif entry.cameo == SIGNING and self.signed_no_accord(v, objs):
            return  # "Kwasniewski and Havel signed the preparatory documents in their presidential palaces":
            # each signs papers of his own, no accord binds the signers to each other (CAMEO 057)
        if entry.cameo == SIGNING and any(m.actor.code == "MNC" or m.actor.sector == "BUS"
                                          for m in (*sources, *targets)):
            # "Boeing signed a deal with China": a firm's contract is trade (CAMEO 061), no diplomacy (057)
            entry, etype = replace(entry, cameo=TRADE, type="COOPERATE"), "COOPERATE"
        if self.ballot(v, sources):
            return  # "Costello, Hill and Williams all voted to support the republic": ballots cast, no act
        if entry.cameo.startswith(ACCEDING) and sources and all(
                (m.actor.sector or "") in NO_AUTHORITY for m in sources):
            return  # "thousands took to the streets, heeding Navalny's call": followers answer, no one yields
        if eased_on_another(entry, sources, targets):
            # "would end a long-standing national emergency against Burma" (PolNeAR): measures eased on
            # another state are its sanctions eased (CAMEO 085), not a concession at home (081)
            entry = replace(entry, cameo=SANCTIONS_EASED, type="RETREAT")
            etype = "RETREAT"
        elif imposed_on_another(entry, sources, targets):  # "the U.S. restricted Syria": a sanction (163)
            entry, etype = replace(entry, cameo=SANCTIONED, type="SANCTION"), "SANCTION"
        refused = etype in COOPERATIVE and refuses(v, self.lex)
        if refused:  # "would not meet the demands", "would not provide support": a refusal (CAMEO 12x)
            etype = "REJECT"
        # "Congress and President Obama agreed to extend tax cuts for corporations": conjoined actors
        # of a symmetric act act with each other, not with whom the content names
        pairs = entry.frame == "sym" and (not targets or not direct) and len(sources) >= 2
        # "Ukraine and Russia exchanged dozens of prisoners": unnamed people exchanged are no party
        pairs = pairs or (entry.frame == "sym" and len(sources) >= 2 and etype in MATERIAL
                          and all(t.actor.unknown for t in targets))
        # "Syrian rebels and government forces exchanged prisoners": what a keyed symmetric entry names
        # ("exchange prisoner") is the thing exchanged, never a counterpart
        pairs = pairs or (entry.frame == "sym" and len(sources) >= 2 and bool(targets)
                          and all(t in self.keyed_object_actors(entry, objs) for t in targets))
        # "X and Y accused each other", "shelled each other's positions": the act in both directions
        pairs = pairs or (len(sources) >= 2 and reciprocal(v))
        targets = [] if pairs else targets
        inst, qty, inst_toks = self.instrument(inst_heads)
        if inst is None:
            inst, qty, inst_toks = self.used_instrument(v)
        mode = "asserted" if refused else mode_of(v, self.lex, self.reporting)
        if etype == "AID" and mode == "asserted" and self.verb_lemma(v) in self.lex.vowing_verbs:
            mode = "planned"  # "Britain promised aid to Jordan": the aid is to come (CODEBOOK: promised is
            # planned), as "plans to provide" is; the promise is the aid's own telling, not an AGREE
        if not refused and (threat := self.conditional_threat(v, entry, mode, sources)) is not None:
            entry, etype, mode = threat, "THREATEN", "asserted"  # the threat is made, whatever follows
        if pairs and etype not in MATERIAL:  # "his family, friends and employees talked": no parties
            sources = [m for m in sources if not m.actor.unknown]
            if len(sources) < 2:
                return
        if pairs:  # "X, Y and Z met": each meets each
            for k, src in enumerate(sources[:-1]):
                self.coded.append(Coded(v, entry, etype, [src], sources[k + 1:], mode, inst, qty, inst_toks))
                if etype not in SYMMETRIC_TYPES:  # "X and Y signed an agreement": each backs the other
                    for other in sources[k + 1:]:
                        self.coded.append(Coded(v, entry, etype, [other], [src], mode, inst, qty, inst_toks))
            return
        if etype in MATERIAL and any(not m.actor.unknown for m in sources):
            # "Iraqi security force personnel, Kurdish fighters ... launched the offensive": an unnamed doer
            # beside a named one adds nothing (CODEBOOK: unnamed perpetrators count for little)
            sources = [m for m in sources if not m.actor.unknown]
        if etype == "COERCE" and made_to_own_up(v) and not all(self.state_power(m) for m in sources):
            return  # "The Democratic senator also forced Stumpf to admit that ...": pressed in a hearing
        sources = self.disowned(sources, targets)  # "a refugee camp in South Sudan was bombed": no SSD doer
        self.coded.append(Coded(v, entry, etype, sources, targets, mode, inst, qty, inst_toks, confidence))

    @staticmethod
    def no_partner_object(v: Token, entry: Entry) -> bool:
        """Whether a verb of cooperating (CAMEO 060: cooperate, coordinate, ally, partner) has a direct object
        that is no partner: partners work "with" each other, an object is what is coordinated, or a
        participle the parser made a verb ("against Republicans and allied outside groups", PolNeAR)."""
        return (entry.cameo == COOPERATING and " " not in entry.key
                and not any(True for _ in pobjs(v, ("with",)))
                and any(c.dep_ == "dobj" and c.lower_ not in REFLEXIVES for c in v.children))

    def sanction_means(self, v: Token) -> Entry | None:
        """The entry of a sanction a verb of force is done "with" ("targeted Russia with sweeping sanctions",
        "hit Iran with new tariffs"): the means names the act (the noun coder's entry); force "with air
        strikes" stays force, and a partner "clashed with the coalition" is no means."""
        # "The new US tariffs target Chinese steel", "the sanctions hit Russian banks": a measure as the
        # subject is the act, its object whom the measure is aimed at (no attack)
        means = [p for _, p in pobjs(v, ("with",))] + [c for c in v.children if c.dep_ == "nsubj"]
        return next((e for p in means if self.index.direct(p) is None
                     and (e := self.noun_entry(p)) is not None and e.type == "SANCTION"), None)

    def sanction_aim(self, v: Token) -> bool:
        """Whether a verb of force that also has a sense of words or aims ("target", "hit", "attack") tells
        what a sanction is aimed at, by an unarmed subject: the sanction is its subject ("the sanctions were
        meant to hit Putin's circle", through the verb it completes), or it is a participle or a relative
        clause inside a clause whose subject or object is a sanction ("imposed new sanctions on 18 banks,
        targeting the financial sector"; "together with the Commerce Department, which is targeting the
        aviation industry"). The sanction noun codes the act; no force is used."""
        subj = subject_of(v)
        if subj is not None and self.is_sanction(subj):
            return True
        if any(is_combatant(m.actor) for m in self.actors(subj)):
            return False  # "troops, who are targeting Kyiv": force, whatever the clause it hangs in
        if v.dep_ not in ("acl", "advcl", "relcl") or (v.dep_ != "relcl" and v.tag_ != "VBG"):
            return False
        tok = v
        for _ in range(6):  # up through the phrases the clause hangs in, to the clause telling the sanction
            tok = tok.head
            if self.is_sanction(tok) or (tok.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj") and self.is_sanction(c) for c in tok.children)):
                return True
            if tok.head is tok or (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "advcl", "relcl")):
                return False
        return False

    def is_sanction(self, t: Token) -> bool:
        """Whether a word names a sanction ("sanctions", "tariffs", "an embargo"), not an actor."""
        return (t.pos_ == "NOUN" and self.index.direct(t) is None
                and (e := self.noun_entry(t)) is not None and e.type == "SANCTION")

    def assists_inquiry(self, v: Token) -> bool:
        """Whether a verb of cooperating tells a company or a person complying with an inquiry (verbs.yaml
        inquiries): "the miner said it is cooperating with American regulators in a bribery probe", "will
        cooperate with the investigation", "cooperating with prosecutors". A state or an official body
        cooperating with a probe stays judicial cooperation (CAMEO 06x)."""
        heads = [p for _, p in pobjs(v, ("with", "in"))]
        heads += [q for p in heads for _, q in pobjs(p, ("in",))]  # "with the authorities in the probe"
        words = {self.counted(p).lemma_.lower() for p in heads}
        words |= {c.lemma_.lower() for p in heads for c in p.children if c.dep_ == "acl"}  # "authorities
        if not words & (self.lex.inquiries | {"investigate", "probe"}):  # investigating companies"
            return False
        sources = self.actors(subject_of(v))
        return bool(sources) and all(map(private, sources))

    def people_taken_back(self, entry: Entry, objs: list[Token]) -> bool:
        """Whether a verb of taking back (verbs.yaml retaking_verbs) takes back people: "the hostages were
        taken back home" returns them, where "took back the town" fights for a place (CAMEO 190)."""
        sites = self.lex.place_nouns | self.lex.held_sites  # "the town" named before is a place still
        return (entry.key in self.lex.retaking_verbs and bool(objs) and all(
            o.lower_ in TAKEN_PEOPLE or (
                self.counted(o).lemma_.lower() not in sites and o.ent_type_ not in ("GPE", "LOC")
                and not self.place_object(o) and self.holds_people(o, bodies=False))
            for o in objs))

    def law_attacked(self, v: Token, objs: list[Token]) -> bool:
        """Whether an unarmed subject's "attack" or "hit" is aimed at a law or a budget (grammar.yaml laws):
        "Tony Abbott attacked the government's budget" criticises it (CAMEO 111), where armed men attack
        places and people."""
        subj = subject_of(v)
        laws = any(self.counted(o).lemma_.lower() in self.lex.laws for o in objs)
        return subj is not None and laws and not any(is_combatant(m.actor) for m in self.actors(subj))

    def figurative_shield(self, v: Token) -> bool:
        """Whether "using X as a shield" is cover in a quarrel, not people put in harm's way (CAMEO 184):
        the shield is no "human" one and an unarmed subject holds it ("Clinton is using Obama as a shield
        against Sanders' attacks"); "Hamas uses civilians as shields" keeps an armed user."""
        shields = [p for _, p in pobjs(v, ("as",))]
        if any(k.lower_ == "human" for p in shields for k in p.children):
            return False
        return not any(is_combatant(m.actor) for m in self.actors(subject_of(v)))

    def specific_object_entry(self, v: Token, entry: Entry) -> Entry:
        """The entry of a verb keyed by its object's specific sense, where the object's head word keyed
        a plainer one: "called off air strikes" undoes an attack (CAMEO 087), where "called off the strike"
        ends a labour strike (082); the particle's key reads only the head word."""
        words = entry.key.split()
        if len(words) < 2:
            return entry
        for o in v.children:
            if o.dep_ not in ("dobj", "nsubjpass") or o.lemma_.lower() != words[-1]:
                continue
            spec = self.noun_entry(o)
            if spec is not None and " " in spec.key and spec.key.split()[-1] == words[-1]:
                return self.lex.verbs.get(" ".join([*words[:-1], spec.key]), entry)
        return entry

    def no_site(self, entry: Entry, objs: list[Token]) -> bool:
        """Whether an entry keyed by a site object (`SITE_KEYS`) has none: control "of" no place ("took
        control of the debate"), a base or post "of" people or things ("a base of support"), where "took
        control of a district", "set up a military base" hold ground."""
        words = entry.key.split()
        if len(words) < 2 or words[-1] not in SITE_KEYS:
            return False
        keyed = [o for o in objs if self.counted(o).lemma_.lower() == words[-1]]
        if words[-1] == "control":
            return not keyed or not all(self.place_object(o) for o in keyed)
        return any(True for o in keyed for _ in pobjs(self.counted(o), ("of", "for")))

    def place_object(self, o: Token) -> bool:
        """Whether an object names a place, not people or goods: "a central town and adjacent villages",
        "control of Toratorow town" (grammar.yaml place_nouns, or a named place), or a military site taken
        ("three hill posts", grammar.yaml held_sites)."""
        o = self.counted(o)
        if o.lemma_.lower() == "control":
            o = next((p for _, p in pobjs(o, ("of", "over"))), o)
        sites = self.lex.place_nouns | self.lex.held_sites
        lemma = o.lemma_.lower()
        # "control of Elka Geele, a small but strategic town": a name its apposition calls a place
        m, place = self.index.direct(o), lemma in sites or any(
            a.dep_ == "appos" and a.lemma_.lower() in sites for a in o.children)
        # a place's name or noun (the actor coder may read "villages" as their people), not "the villagers"
        return (place or o.ent_type_ in ("GPE", "LOC")) and (
            m is None or m.kind in ("name", "metonym") or (place and m.kind in ("agent", "title")))

    def sending_states(self, v: Token, objs: list[Token]) -> list[Mention]:
        """The states named "from" on an act on envoys or on the envoys themselves: "expels diplomats from
        Germany, Poland and Sweden", "withdrew its ambassador from Qatar" (each of a list of states; the
        actor's own country, "from the country", is taken out by the caller)."""
        heads = (v, *(x for o in objs for x in (o, *o.conjuncts)))
        return [m for h in heads for _, p in pobjs(h, ("from",)) for y in (p, *p.conjuncts)
                for m in self.actors(y) if not m.actor.sector and not m.actor.unknown]  # states and bodies

    def person_cut_off(self, entry: Entry, things: list[Token]) -> bool:
        """Whether a verb of reducing relations (CAMEO 160-162: cut, halt, suspend) is done to individuals
        only: "cutting off a reporter who asked about finances", "the candidate cut him off" (PolNeAR)
        interrupt a speaker; relations, aid and talks are cut with states and bodies, not with one person
        (an expulsion, 166, and a sanction on named officials, 163, keep theirs)."""
        if (entry.type != "SANCTION" or not entry.cameo.startswith(("160", "161", "162")) or not things
                or not set(entry.key.split()[1:]) <= PARTICLES):
            return False  # a keyed object ("expel diplomats", "cut aid") is what relations lose
        return all((m := self.index.direct(o)) is not None and m.kind in INDIVIDUALS and (
            m.kind != "agent" or o.tag_ == "NN") for o in things)  # "a reporter", not "diplomats"

    def swapped(self, v: Token, entry: Entry) -> bool:
        """Whether an exchange or trade swaps one thing "for" another with no partner named ("Poland, Hungary
        and the Czech Republic ... exchanging communist rule for democracy"): each changes its own state of
        things, no goods or information pass between actors (CAMEO 061, 064)."""
        if entry.type != "COOPERATE" or entry.frame != "sym" or any(True for _ in pobjs(v, ("with",))):
            return False
        given = [c for c in v.children if c.dep_ == "dobj"]
        taken = [p for h in (v, *given) for _, p in pobjs(h, ("for",))]  # "for" may hang on the object
        return bool(given and taken) and not any(self.index.direct(t) is not None for t in given + taken)

    def met_a_thing(self, v: Token, entry: Entry, objs: list[Token]) -> bool:
        """Whether a verb of meeting, inviting or calling takes a thing, not a person ("have yet to meet the
        standards", "met the deadline", "inviting vicious ridicule"): something satisfied, run into or
        brought on, no talks (CAMEO 036, 041; "received a phone call" is keyed by its object)."""
        dobjs = [o for o in objs if o.dep_ == "dobj"]
        return entry.cameo in ("036", "041") and " " not in entry.key and bool(dobjs) and not any(
            self.index.direct(o) is not None or self.holds_people(o) or self.envoy_of(o)
            or self.counted(o).lemma_.lower() in self.lex.polities for o in dobjs)

    def envoy_of(self, o: Token) -> bool:
        """Whether a noun names people sent by an actor its modifiers name ("the Iranian delegation")."""
        return o.lemma_.lower() in self.lex.envoys or any(
            self.index.direct(c) is not None for c in o.children if c.dep_ in ("amod", "compound", "poss"))

    def came_to_an_end(self, v: Token, entry: Entry, objs: list[Token]) -> bool:
        """Whether a verb of ending, halting or withdrawing is said of a happening that stops by itself ("our
        struggle will not end with the return of Elian", "the talks ended without agreement"): no one ends
        anything (CAMEO 08, 16 are acts of an actor on what it ends)."""
        if entry.type not in UNDOINGS or entry.frame == "self" or objs or is_passive(v) or any(
                c.dep_ in ("xcomp", "ccomp") for c in v.children):
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        return (subj is not None and subj.pos_ == "NOUN" and self.index.direct(subj) is None
                and not self.holds_people(subj)  # "Palestinian negotiators walked out": people sent act
                and subj.lemma_.lower() not in self.lex.envoys)

    def ballot(self, v: Token, sources: list[Mention]) -> bool:
        """Whether `v` is what individuals vote to do ("Treasurer Peter Costello, Environment Minister Robert
        Hill and Attorney General Daryl Williams all voted to support the republic", TimeBank): each casts a
        ballot (CODEBOOK: elections and polls are no events). A body's vote decides its act ("the Security
        Council voted to impose sanctions on Iraq" imposes them)."""
        return (v.dep_ in ("xcomp", "advcl") and self.verb_lemma(v.head) in self.lex.electoral_acts
                and bool(sources) and all(m.kind in INDIVIDUALS for m in sources))

    def mishap_setting(self, v: Token) -> bool:
        """Whether a verb of force is told as happening "in" or "during" a mishap (grammar.yaml mishaps):
        "LaRue shot and killed his father in a duck-hunting accident in Canada" (ECB+ 28) kills by
        accident, no one attacks anyone. A verb conjoined to it shares the phrase ("shot and killed")."""
        heads = (v, v.head) if v.dep_ == "conj" else (v, *(c for c in v.children if c.dep_ == "conj"))
        return any(self.counted(p).lemma_.lower() in self.lex.mishaps
                   for h in heads for _, p in pobjs(h, ("in", "during")))

    def hosted_thing(self, v: Token, entry: Entry, objs: list[Token]) -> bool:
        """Whether a verb of hosting (CAMEO 043, host a visit) hosts a thing, no guest: "the EU will be
        hosting a conference in Brussels, follow-up to last year's London conference on Syria" (re3d EU);
        where it meets and what it is about name no visitor, and a meeting noun codes its own parties.
        People hosted ("hosted Israeli negotiators") or a thing hosted "for" an actor ("hosted a dinner
        for the Iranian foreign minister") keep the visit."""
        dobjs = [o for o in objs if o.dep_ == "dobj"]
        if entry.cameo != HOSTING or entry.frame != "act" or not dobjs:
            return False
        if all(self.counted(o).lemma_.lower() in self.lex.armed_people for o in dobjs):
            return True  # "a camp hosting government forces": troops based somewhere, no visit
        return not any(self.guest(o) or any(self.actors(p) for _, p in pobjs(o, ("for",))) for o in dobjs)

    def keyed_object_actors(self, entry: Entry, objs: list[Token]) -> list[Mention]:
        """The actors read from the object an entry is keyed by ("exchange prisoner": the prisoners)."""
        words = entry.key.split()
        return [] if len(words) < 2 else [m for o in objs if self.counted(o).lemma_.lower() == words[-1]
                                          for m in self.actors(o)]

    def armed_backing(self, v: Token, objs: list[Token]) -> bool:
        """Whether a verb of backing (grammar.yaml backing_verbs) names help in a war, not diplomatic support
        (CAMEO 051): armed people described as backed ("tribesmen backed by the Saudi-led coalition", a
        standing alliance) or a participle backing an act of force ("warplanes supporting a major advance",
        help inside the assault). A finite "the US backs the rebels" keeps its event."""
        if self.verb_lemma(v) not in self.lex.backing_verbs:
            return False
        armed = self.lex.armed_people | self.lex.armed_backed
        if reduced_passive(v) or (v.dep_ == "amod" and v.tag_ == "VBN"):
            backed = self.counted(v.head)
            return backed.lemma_.lower() in armed or any(
                (m.actor.sector or "") in ARMED_SECTORS for m in self.actors(backed))
        return v.tag_ == "VBG" and v.dep_ in ("acl", "advcl") and bool(objs) and all(
            self.forceful_noun(self.counted(o)) for o in objs)

    def armed_sides(self, v: Token, objs: list[Token]) -> bool:
        """Whether an act is done by armed people (a subject of an armed sector, kinds ARMED_SECTORS, or an
        armed noun, grammar.yaml armed_people) or on a thing an armed agent owns ("a military base", "the
        police station", see `stood_for`): no contest of candidates, though "base" or "crowd" may name a
        party's voters ("Israeli jets bombed a military base" vs "Trump energized his base")."""
        subj = subject_of(v)
        if subj is not None and (self.counted(subj).lemma_.lower() in self.lex.armed_people or any(
                (m.actor.sector or "") in ARMS_BEARERS for m in self.actors(subj))):
            return True
        return any(self.stood_for(o) in ARMS_BEARERS for o in objs)

    def guest(self, o: Token) -> bool:
        """Whether what is hosted is people or a polity, not a meeting, an event or an engagement named with
        its guest ("hosted a Clinton event in Jacksonville": the event is hosted, Clinton is no visitor)."""
        lemma = self.counted(o).lemma_.lower()
        if self.noun_entry(o) is not None or lemma in self.lex.engagements:
            return False
        return (self.index.direct(o) is not None or self.holds_people(o) or self.envoy_of(o)
                or lemma in self.lex.polities)

    def by_campaigner(self, v: Token) -> bool:
        """Whether the subject of an attack is a candidate, a party or a lawmaker (kinds CANDIDATES): one who
        commands no force attacks with words (CAMEO 111), "Trump had personally attacked his wife, Heidi",
        "she attacked law enforcement officers nationwide" (a government, a president or a minister may
        command forces: "Assad attacked the rebels" stays force)."""
        subj = subject_of(v)
        m = self.index.direct(subj) if subj is not None else None
        return m is not None and (m.actor.sector or "") in CANDIDATES

    def signed_no_accord(self, v: Token, objs: list[Token]) -> bool:
        """Whether a signing names what is signed and none of it is an accord (an AGREE noun or a proposal,
        grammar.yaml proposals) and no partner signs "with" or "between": "signed the preparatory
        documents", "signed the visitors' book" bind no signer to another (CAMEO 057 signs a formal
        agreement). "signed a loan guarantee agreement", "signed with Iraq", "ratified it" and a bare "signed"
        keep it."""
        signed = [x for o in objs if o.dep_ == "dobj" for x in (o, *o.conjuncts)]
        if not signed or any(x.pos_ != "NOUN" for x in signed):
            return False  # "the Ukrainian parliament has already ratified it": a pronoun or a name may be one
        if any(True for _ in pobjs(v, ("with", "between"))):
            return False
        return not any(self.counted(x).lemma_.lower() in self.lex.proposals or (
            (e := self.noun_entry(self.counted(x))) is not None and e.type == "AGREE") for x in signed)

    def joined_bodies(self, v: Token, joining: list[Token]) -> list[Mention]:
        """The body a signed accession joins: "accession to the alliance", "signed an accession protocol with
        the WTO", or the purpose "to become members of NATO", "to join NATO"."""
        heads = dict.fromkeys((v, *joining, *(t.head for t in joining)))  # once each, in order
        found = [m for h in heads for _, p in pobjs(h, ("to", "with")) for m in self.actors(p)]
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp") and c.pos_ in ("VERB", "AUX"):
                heads = objects_of(c) + [p for a in c.children if a.dep_ == "attr"
                                         for _, p in pobjs(a, ("of",))]
                found += [m for h in heads for m in self.actors(h)]
        return found

    def promised_backing(self, v: Token) -> list[Mention]:
        """Whom a promise to back someone is made toward: "pledged to stand united with the president
        against Iraq" (AGREE toward the president, not Iraq, the one the backing opposes); the object, a
        keyed modifier's or the verb's own prepositions of the backing verb it governs, with no "against"."""
        found: list[Mention] = []
        for c in v.children:
            if c.dep_ == "xcomp" and (e := self.verb_entry(c)) is not None and e.type in BACKING:
                found += self.keyed_modifier_targets(c, e) or [
                    m for o in objects_of(c) for m in self.actors(o)] or [
                    m for _, p in pobjs(c, recipient_preps(TARGET_PREPS, e.type)) for m in self.actors(p)]
        return found

    def keyed_modifier_targets(self, v: Token, entry: Entry) -> list[Mention]:
        """Actors named by a preposition hanging on the particle or adjective that keys the verb: "pushed
        back against Sanders's attack", "stand united with the president against Iraq" (a backing type
        skips "against", whom the backing opposes), or on a bare participle that keys it ("Britain stood
        united with France", "united" parsed as advcl)."""
        keyed = entry.key.split()[1:2]
        return [m for c in v.children if keyed and (
                    c.dep_ in ("prt", "advmod", "acomp") or bare_participle(c))
                and keyed[0] in (c.lower_, c.lemma_.lower())
                for _, p in pobjs(c, recipient_preps(TARGET_PREPS, entry.type)) for m in self.actors(p)]

    def befell_subject(self, v: Token, entry: Entry, objs: list[Token]) -> bool:
        """Whether a verb of force used intransitively tells what happened to its subject ("when their boat
        sank", "the house burned down"): a thing undergoing it, no attacker acting on anyone (CAMEO 19x)."""
        if entry.key not in self.lex.ergatives or objs or is_passive(v):
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        return subj is None or (self.index.direct(subj) is None and not self.holds_people(subj)
                                and self.counted(subj).lemma_.lower() not in self.lex.force_nouns)

    def goods_handed(self, v: Token, things: list[Token]) -> bool:
        """Whether a "give" verb hands over aid: aid, goods, equipment, forces or money named by its objects
        and "with" phrases themselves, or nothing named that is not an actor ("supplied the rebels"). What a
        phrase or clause on the object mentions is not handed over: "gives the U.S. a legal basis for
        stopping the export of oil", "granted Mr. Clarke an extension on a court order to treat polluted
        runoff from a former mine" hand over no oil and no mine; "a shipment of arms", "$1 billion in aid",
        "ships carrying food" do (`named_part`, not the object's whole subtree). "Several hundred have
        been provided" says nothing against it."""
        handed = [o for o in things if self.index.direct(o) is None] + [p for _, p in pobjs(v, ("with",))]
        if not handed:
            return True
        lex = self.lex
        goods = lex.aid_goods | lex.aid_nouns | lex.instrument_nouns | lex.force_nouns
        return any(t.lemma_.lower() in goods or t.ent_type_ == "MONEY" for h in handed for t in named_part(h))

    def traded_commodity(self, v: Token, things: list[Token]) -> bool:
        """Whether what a "give" verb of aid hands over is an energy or raw commodity (verbs.yaml
        `trade_commodities`): "Gazprom will supply Egypt with liquefied natural gas", "supplying 38 billion
        cubic metres of gas to China" sell it (CAMEO 061, economic cooperation), no aid (07x) given."""
        handed = [o for o in things if self.index.direct(o) is None] + [p for _, p in pobjs(v, ("with",))]
        return any(t.lemma_.lower() in self.lex.trade_commodities for h in handed for t in named_part(h))

    def acted_on_directly(self, v: Token, found: list[Mention]) -> list[Mention]:
        """Of the actors the act a material verb governs names, those it acts on themselves: "helped train
        the Iraqi army" aids Iraq, "allocated funds to help build a museum in honor of Mikhail Kalashnikov,
        the Russian" and "to help sway the views of Senator Patty Murray" aid no one (a thing built or
        swayed is no recipient, whoever is named inside it)."""
        inner = [c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        # "to help disarm the insurgents", "helped fight ISIS": one acted against is no recipient
        inner = [c for c in inner if not ((e := self.verb_entry(c)) is not None and (
            e.type in CONFLICTUAL or e.cameo == DISARMING))]
        heads = [x for c in inner for o in objects_of(c) + datives_of(c) for x in (o, *o.conjuncts)]
        # "helping to build a NATO rapid response force", "helped rebuild Iraq's economy": its owner
        heads += [k for h in heads for k in h.children if k.dep_ in ("poss", "compound", "amod", "nmod")]
        heads += [p for c in inner for _, p in pobjs(c, (*TARGET_PREPS, "for"))]
        direct = {(m.start, m.end) for h in heads if (m := self.index.direct(h)) is not None}
        return [m for m in found if (m.start, m.end) in direct]

    @staticmethod
    def state_power(m: Mention) -> bool:
        """Whether a mention is a named state or its executive organs (government, forces, police)."""
        a = m.actor
        return not a.unknown and ((a.sector or "") in STATE_POWERS
                                  or (a.sector is None and a.code == a.country))

    def hostile_purpose(self, v: Token) -> bool:
        """Whether what is given serves a hostile act: "The United States has provided most of the naval
        vessels so far to block Iraqi trade" arms the giver's own blockade; Iraq, the one blocked, receives
        nothing (a purpose of help or defence names the recipient: "to help defend Saudi Arabia")."""
        return any(c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VB" and c.pos_ == "VERB" and (
            e := self.verb_entry(c)) is not None and e.type in CONFLICTUAL for c in v.children)

    def menacing(self, phrase: Token) -> bool:
        """Whether a phrase or clause names a hostile act or what a threat holds over someone: "military
        strikes", "serious consequences", "would be met with force" (grammar.yaml menaces)."""
        return any((t.pos_ == "NOUN" and (t.lemma_.lower() in self.lex.menaces or self.hostile_noun(t)))
                   or (t.pos_ == "VERB" and (e := self.verb_entry(t)) is not None and e.type in CONFLICTUAL)
                   for t in phrase.subtree)

    def danger_told(self, v: Token) -> bool:
        """Whether a warning points out a danger rather than threatens: what it is "of", "about" or "against"
        is a thing, no hostile act, menace, actor or someone's act ("warned his supporters about the dangers
        of failing to turn out", "warned against potential hackers from China"), or its "that" clause says
        what a happening will bring ("warning voters that a Hillary Clinton victory would bring her
        husband's sex scandal back"). "warned Iraq of military strikes", "warned Iran of serious
        consequences", "warned Russia against meddling" (an act of the warned) are threats (CAMEO 13x)."""
        # "warned China against provocative behavior": an addressee told not to do something is threatened
        warned = any(c.dep_ == "dobj" and self.index.direct(c) is not None for c in v.children)
        about = [p for prep, p in pobjs(v, WARNED_ABOUT) if not (warned and prep == "against")]
        if about and all(p.pos_ == "NOUN" and self.index.direct(p) is None and not self.menacing(p)
                         and not any(k.dep_ == "poss" for k in p.children) for p in about):
            return True
        said = next((c for c in v.children if c.dep_ == "ccomp"), None)
        subj = subject_of(said) if said is not None else None
        return (subj is not None and subj.pos_ == "NOUN" and self.index.direct(subj) is None
                and not self.menacing(said))

    def intolerance(self, v: Token) -> Token | None:
        """The negated verb of putting up with (grammar.yaml intolerance_verbs) a warning says: "has warned
        that police will no longer tolerate rallies by the Kifaya group" threatens those who rally (CAMEO
        137); "warned that the economy will not allow growth" is no such verb's act of will."""
        for c in v.children:
            if c.dep_ == "ccomp" and self.verb_lemma(c) in self.lex.intolerance_verbs and any(
                    k.dep_ == "neg" or k.lower_ == "never" or any(n.dep_ == "neg" for n in k.children)
                    for k in c.children):  # "not", "never", "no longer"
                subj = subject_of(c)
                if subj is not None and (self.actors(subj) or subj.lemma_.lower() in self.lex.force_nouns):
                    return c
        return None

    def conditional_threat(self, v: Token, entry: Entry, mode: str, sources: list[Mention]) -> Entry | None:
        """The threat (CAMEO 13x, grammar.yaml threat_codes) a hostile act makes when it is announced on a
        condition set for others: "The European Community will halt mediation efforts if the fighting
        continues", "would impose sanctions unless Iran complied". A condition on the actor itself ("if
        elected", "if he wins", or a pronoun naming no one) is a plan or a musing, no threat."""
        if mode not in ("planned", "possible") or not sources:
            return None
        code = next((self.lex.threat_codes[entry.cameo[:n]] for n in range(len(entry.cameo), 1, -1)
                     if entry.cameo[:n] in self.lex.threat_codes), None)
        if code is None:
            return None
        for c in v.children:
            if c.dep_ != "advcl" or not any(
                    k.dep_ == "mark" and k.lower_ in CONDITION_MARKS for k in c.children):
                continue
            subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            own = {m.actor.code for m in sources}
            said = self.actors(subj) if subj is not None else []
            if subj is None or (subj.pos_ == "PRON" and not said) or any(m.actor.code in own for m in said):
                continue  # "unless it gave the inspectors access" (it: Iraq) is a condition on Iraq
            return replace(entry, cameo=code, type="THREATEN")
        return None

    def moved_forces(self, v: Token) -> list[Mention]:
        """The side whose forces an agentless passive moves: "Eighty UN peacekeepers were withdrawn from
        Gorazde", "American troops were pulled out of Somalia" (CAMEO 0872, 1661, 154: one moves one's own
        forces). Only armed people with a named side; "civilians were evacuated" names no one moving them."""
        armed = self.lex.force_nouns | self.lex.armed_people | self.lex.movable_forces
        return [m for c in v.children if c.dep_ == "nsubjpass" and self.counted(c).lemma_.lower() in armed
                for m in self.actors(c) if not m.actor.unknown]

    def opposed_by_protest(self, v: Token) -> list[Mention]:
        """Whom the protest an act is done in opposes: "threw stones during demonstrations against the
        alleged human rights violations by the Israeli military" is aimed at Israel (CAMEO 14x target)."""
        return [m for c in v.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "at", "amid")
                for n in c.children if n.dep_ == "pobj" and (e := self.noun_entry(n)) is not None
                and e.type == "PROTEST" for _, o in pobjs(n, ("against", "over"))
                for m in self.actors(o) or self.phrase_actors(o)]

    @staticmethod
    def named_restriction(v: Token, entry: Entry) -> bool:
        """Whether `v` imposes an administrative restriction its keyed object names (CAMEO 172x: "declared
        martial law", "imposed a state of emergency"); "shut its system down" names no such measure."""
        last = entry.key.split()[-1]
        return entry.cameo.startswith(RESTRICTION) and " " in entry.key and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == last for c in v.children)

    def mediated_sides(self, v: Token) -> list[Mention]:
        """The sides of the talks or mediation a verb governs: "Norway offered to mediate between Sri Lanka
        and the Tamil rebels" is an offer to both (CAMEO 039), as "mediated between" names its partners."""
        return [m for c in v.children if c.dep_ == "xcomp" and (e := self.verb_entry(c)) is not None
                and e.type == "CONSULT" for _, p in pobjs(c, ("between",)) for m in self.actors(p)]

    def allowed_actors(self, v: Token) -> list[Mention]:
        """Whom the object-control verb a verb governs lets, urges or forces to act: "UNITA refused to allow
        United Nations planes to land", "Turkey agreed to permit UN inspectors to visit the sites" are aimed
        at the UN. The act one is allowed to do stays its own: an actor named only there is no target."""
        return [m for c in v.children if c.dep_ == "xcomp" and self.verb_lemma(c) in self.lex.object_control
                for m in (self.controlled_subjects(c) or [m for o in objects_of(c) for m in self.actors(o)])]

    def personal_antecedent(self, v: Token) -> Token:
        """The noun a "who" clause is about: the parser may hang it on the last noun of a phrase, a place
        that cannot be a "who" ("a group of other people from the same village who were being forced by IS
        to relocate", re3d BBC); the people the phrase is about are then the noun that phrase modifies."""
        head = v.head
        if not any(c.lower_ in ("who", "whom") for c in v.children) or self.actors(head) or self.holds_people(
                head):
            return head
        while head.dep_ == "pobj" and head.head.dep_ == "prep":
            # the noun the place's phrase follows (the parser may hang the phrase on a verb instead)
            before = head.doc[head.head.i - 1] if head.head.i > head.sent.start else head.head
            head = head.head.head if head.head.head.pos_ in ("NOUN", "PROPN") else before
            if head.pos_ not in ("NOUN", "PROPN"):
                break
            if self.holds_people(head) or self.actors(head):
                return head
        return v.head

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
                owners = self.noun_owners(head)
                gov = head.head
                if not owners and head.dep_ in ("dobj", "nsubjpass") and (
                        self.verb_lemma(gov) in self.lex.light_verbs):
                    owners = self.actors(subject_of(gov))
                return bool(owners)
            if head.dep_ not in ("pobj", "prep") or head.head is head:
                return False
            head = head.head
        return False

    def attack_as_subject(self, v: Token) -> bool:
        """Whether `v`'s subject is an attack coded with its owner ("a series of U.S. airstrikes against
        al-Qaida killed ..."): the verb tells the attack's toll, the attack noun codes the happening."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        if self.noun_entry(subj) is None:  # "a series of strikes", "a wave of attacks"
            subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), subj)
        e = self.noun_entry(subj)
        if e is None or e.type not in FORCEFUL or not self.noun_owners(subj):
            return False
        # its own target: "strikes against al-Qaida", or a place's state ("A Saudi-led coalition air raid on a
        # market in Yemen killed 20 civilians")
        return any(self.actors(g) or self.place_of(g) for c in subj.children
                   if c.dep_ == "prep" and c.lower_ in ("against", "on")
                   for g in c.children if g.dep_ == "pobj")

    def code_partnered(self, v: Token) -> None:
        """Force used "coordinated with", "jointly with", "in coordination with" or "alongside" another
        actor is military cooperation with it (CAMEO 062), not force against it: "Coalition military
        forces conducted 11 strikes coordinated with and in support of the government of Iraq" (re3d
        CENTCOM) -> the coalition cooperates with Iraq."""
        if v.dep_ in ("acl", "advcl") and v.tag_ == "VBN" and v.head.i != v.i:
            # "strikes coordinated with X": the act is the noun the participle describes, or the one its
            # verb conducts ("conducted eight strikes coordinated with ...", parsed as an adverbial clause)
            if (e := self.verb_entry(v)) is None or e.type != "COOPERATE":
                return
            head = v.head
            acts = [head] if v.dep_ == "acl" else [c for c in head.children if c.dep_ == "dobj"]
            act = next((a for a in acts if self.forceful_noun(a)), None)
            if act is None and v.dep_ == "advcl" and self.forceful_verb(head):
                act = head
            if act is None:
                return
            partners = self.partners(v, ("with",))
        elif v.pos_ == "VERB":
            act = v
            joint = any(c.dep_ == "advmod" and c.lower_ in self.lex.joint_markers for c in v.children)
            preps = ("with", "alongside") if joint else ("alongside",)
            # the partner phrase first (cheap), the lexicon only when there is one; "launched an offensive
            # in coordination with Kurdish forces": the phrase may hang on the noun
            partners = self.partners(v, preps)
            if partners and not ((self.forceful_verb(v) and not self.has_event_object(v)) or any(
                    c.dep_ == "dobj" and self.forceful_noun(c) for c in v.children)):
                return  # ("will impose sanctions in close cooperation with the EU": the light verb's act is
                # its object's, no force)
            partners = partners or [m for c in v.children if c.dep_ == "dobj"
                                    for m in self.partners(c, preps) if self.forceful_noun(c)]
        else:
            return
        if not partners:  # most verbs: no actor's owners or subject to look up
            return
        anchor = act.head if act.pos_ not in ("VERB", "AUX") and act.dep_ == "dobj" else act
        sources = self.noun_owners(act) if act.pos_ not in ("VERB", "AUX") else []
        sources = sources or self.actors(subject_of(anchor))
        partners = other_than(partners, sources)
        if not sources or not partners:
            return
        coop = Entry(key=f"{self.verb_lemma(v)} with", cameo="062", type="COOPERATE", frame="sym")
        mode = mode_of(anchor, self.lex, self.reporting)
        self.coded.append(Coded(anchor, coop, "COOPERATE", sources, partners, mode, confidence=0.6))

    def forceful_verb(self, v: Token) -> bool:
        """Whether `v` is a verb of force or of deploying forces ("struck", "fought", "deployed")."""
        return (e := self.verb_entry(v)) is not None and e.type in FORCE_OR_DEPLOYMENT

    def forceful_noun(self, n: Token) -> bool:
        """Whether `n` names an act of force or a deployment ("strikes", "operation", "offensive")."""
        return (e := self.noun_entry(n)) is not None and e.type in FORCE_OR_DEPLOYMENT

    def hostile_noun(self, n: Token) -> bool:
        """Whether `n` names a hostile act or measure ("sanctions", "strikes", "threats")."""
        return (e := self.noun_entry(n)) is not None and e.type in CONFLICTUAL

    def partners(self, head: Token, preps: tuple[str, ...]) -> list[Mention]:
        """Who acts alongside: the object of "with"/"alongside", also when it is shared with a conjoined
        phrase ("coordinated with and in support of X"), and of "in coordination (partnership) with X"."""
        found: list[Mention] = []
        for c in head.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ in preps:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if not objs:  # the object hangs on the last of the conjoined prepositions
                    objs = [p for x in c.conjuncts for p in x.children if p.dep_ == "pobj"]
                    objs = [q for p in objs for q in ([q for _, q in pobjs(p, ("of",))]
                                                      if p.lemma_.lower() in self.lex.aid_nouns else [p])]
                found += [m for p in objs for m in self.actors(p)]
            elif c.lower_ == "in":  # "in coordination with the Iraqi government"
                found += [m for p in c.children
                          if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.partner_nouns
                          for _, q in pobjs(p, ("with",)) for m in self.actors(q)]
        return found

    def names_no_joint_act(self, marker: Token) -> bool:
        """Whether a joint marker describes a noun that is no joint undertaking: what both sides have alike
        (nouns.yaml shared_topics: "issues of common concern"), words issued together ("issued a joint
        statement warning of retaliation": the statement's content is the act), an act of talks, accord or
        truce the noun codes itself ("since bilateral ceasefire negotiations stalled"), or time spent in each
        other's company (nouns.yaml copresence: "during their day together", "came together in Bali")."""
        noun = marker.head
        for _ in range(4):  # "on global, regional and bilateral issues": up the conjoined modifiers
            if noun.pos_ in ("NOUN", "PROPN", "VERB", "AUX") or noun.head is noun:
                break
            noun = noun.head
        if noun.pos_ in ("VERB", "AUX") and marker.pos_ == "ADV":  # "came together", "take a ride together"
            return noun.lemma_.lower() in self.lex.copresence or any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lex.copresence for c in noun.children)
        if noun.pos_ not in ("NOUN", "PROPN") or noun is marker:
            return False
        if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            noun = noun.head  # "bilateral ceasefire negotiations": the talks
        lemma = noun.lemma_.lower()
        if lemma in self.lex.shared_topics or lemma in self.lex.issued_documents:
            return True
        entry = self.noun_entry(noun)
        if entry is None:
            return lemma in self.lex.copresence  # "their day together"; "a joint venture" stays joint
        return entry.type in TALKS | {"AGREE", "RETREAT", "CONCEDE"}

    def code_joint(self, v: Token) -> None:
        """Conjoined actors doing something "joint"/"together" cooperate with each other."""
        self.code_partnered(v)
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
        if marker is None or self.not_joint(v, entry, marker) or self.names_no_joint_act(marker):
            return
        head = marker.head if marker.pos_ == "ADJ" else marker
        inst_heads = [p for _, p in pobjs(head, ("for", "of", "with"))] + objects_of(head)
        inst, qty, inst_toks = self.instrument(inst_heads)
        coop = Entry(key=f"joint {head.lemma_.lower()}", cameo="060", type="COOPERATE", frame="sym")
        mode = mode_of(v, self.lex, self.reporting, anchor_is_governor=True)
        self.coded.append(Coded(v, coop, "COOPERATE", actors[:1], actors[1:], mode, inst, qty,
                                 inst_toks, 0.6))
