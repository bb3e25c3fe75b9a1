"""Whom an act is aimed at when the verb names no object: inside its phrases, its clauses, its purpose,
what a speech act is about, whose undone act it was.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from spacy.tokens import Token

from sitrep.actors.lexicon import load_lexicon as actor_lexicon
from sitrep.actors.lexicon import norm
from sitrep.events.arguments import (
    OBJECT,
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
from sitrep.events.kinds import (
    ASPECTUAL,
    CAMPAIGN_SECTORS,
    FOE_CODES,
    FOE_SECTORS,
    FORCEFUL,
    HOLDING,
    NOUN_TARGET_PREPS,
    PHRASE_PREPS,
    PUBLIC,
    SOURCE_MODIFIERS,
)
from sitrep.events.section import SectionBase
from sitrep.events.senses import other_than, recipient_preps
from sitrep.records import Actor, Mention

MIN_FOE_MENTIONS = 2  # how often a section names an armed group to be the side it fights anywhere in it

TIMES = frozenset({"DATE", "TIME"})
# Sectors whose name before a thing makes it that sector's ("a military base", "the Police Headquarters",
# "a college campus", "a government building"): force on the thing is force on its owners.
OWNER_SECTORS = frozenset({"MIL", "COP", "EDU", "MED", "GOV"})
# Types of event nouns that name a body of armed people out on duty, not only an act: "grenades were hurled at
# a police patrol", "fired on an army patrol" (nouns.yaml: patrol MOBILIZE): force on it is force on them.
POSTURES = frozenset({"MOBILIZE"})

# Prepositions from what is asked for to the fight it is set in: "a ceasefire in the war between X and Y",
# "an end to the fighting between X and Y".
ASKED_SETTINGS = ("in", "to", "of")
# Prepositions that set a refusal against a request: "refused despite appeals from the UN".
REFUSAL_GROUNDS = ("despite", "against")
WH_PRONOUNS = frozenset({"WP", "WDT"})  # "what", "which", "who": an open clause's fronted wh-word
WH_OBJECTS = frozenset({"dobj", "pobj", "attr", "dative"})


class TargetRules(SectionBase):
    """Finding an act's recipient in its phrases and clauses."""

    def actors(self, tok: Token | None) -> list[Mention]:
        """The actors a noun phrase names; "the enemy", "enemy fighters" in a section that fights one
        armed group name that group (re3d CENTCOM: "a precision strike ... to target enemy fighters")."""
        found = self.index.actors_of(tok)
        if found and tok is not None and tok.dep_ in OBJECT and tok.head.pos_ == "VERB":
            found = self.aimed_objects(tok, found)
        # "killed in the Paris attacks": no Paris that attacks (see `struck_place`)
        if found and tok is not None and tok.pos_ == "NOUN" and (
                tok.lemma_.lower() in self.lex.noun_heads and self.index.direct(tok) is None):
            found = [m for m in found if not self.struck_place(m, tok)]
        if tok is None or not (tok.lemma_.lower() in self.lex.enemies or (
                tok.i > 0 and (k := self.doc[tok.i - 1]).head.i == tok.i
                and k.lemma_.lower() in self.lex.enemies)):
            return found
        if any(not m.actor.unknown and m.actor.sector != "UAF" for m in found):
            return found
        foe = self.foe or self.leading_group(near=tok)
        if foe is None:
            return found
        return [Mention(tok.idx, tok.idx + len(tok), tok.text, foe, self.section, None, "agent")]

    def aimed_objects(self, obj: Token, found: list[Mention]) -> list[Mention]:
        """The actors an object names that its verb acts on. Forces promised ("pledging up to 3,000
        troops") are what is promised, not to whom; a doer's own state or forces moved "from" somewhere
        ("decided to withdraw Washington from the nuclear deal", "pulled its troops from Syria") are the
        doer itself leaving, not someone it acts on."""
        v = obj.head
        if obj.lemma_.lower() in self.lex.force_nouns and (
                (e := self.verb_entry(v)) is not None and e.type == "AGREE" and e.aid_type):
            return []
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
            homes = {m.actor.country for m in self.index.actors_of(subject_of(v)) if m.actor.country}
            return [m for m in found if not (m.actor.country in homes and (m.actor.sector or "MIL") == "MIL")]
        return found

    def stood_for(self, n: Token, owners: bool = True) -> str | None:
        """The sector of the people a noun naming no actor stands for as what force is used on: a crowd
        or a protest is its civilians ("fired tear gas at crowds", "suppressed peaceful protest"; a
        protest "of X" names X, see `actors`); with `owners`, a place or building named with an agent
        word before it is that agent's ("attacked a military base", "the Police Headquarters of
        Kandahar", "a college campus", agent words from the actors' agents.tsv), not people ("police
        officers", named by the actors stage or no one) nor equipment ("seized military hardware": what
        is taken, not whom it is taken from). None for anything else."""
        if n.pos_ not in ("NOUN", "PROPN") or self.index.direct(n) is not None or n.ent_type_ in TIMES:
            return None  # not "on 27 March"
        lemma = n.lemma_.lower()
        entry = self.noun_entry(n)
        if lemma in self.lex.crowds or (entry is not None and entry.type == "PROTEST"):
            return "CVL"
        posture = entry is not None and entry.type in POSTURES  # "a police patrol": the force on it
        if not owners or (entry is not None and not posture) or lemma in self.lex.person_nouns or (
                self.equipment_noun(n)):
            return None  # "a military operation" is an act, "army soldiers" are people the actors name
        phrases = actor_lexicon().phrases
        if (a := phrases.get(norm(lemma))) is not None and a.kind == "agent":
            return None  # "two police officers": people, whom the actors stage names or leaves unknown
        for k in n.children:
            if k.dep_ not in ("compound", "amod") or k.i > n.i or self.index.direct(k) is not None:
                continue
            a = phrases.get(norm(k.text))
            if a is not None and a.kind == "agent" and a.sector in OWNER_SECTORS:
                return a.sector
        return None

    def role_of(self, n: Token) -> str | None:
        """The sector of people a noun names only by their role, which the actors stage left unnamed
        ("arrested the opposition leader", "detained 30 journalists", "students"): the agent noun's
        sector (actors' agents.tsv), the longest phrase of the noun and its modifiers first. None for a
        noun that names an actor or no role. A name the actors stage left unresolved takes the role noun
        before it ("sentenced rights campaigner Nabeel Rajab", "detained activist Jiang Tianyong")."""
        if n.pos_ == "PROPN" and self.index.direct(n) is None:
            roles = [k for k in n.children if k.dep_ == "compound" and k.pos_ == "NOUN" and k.i < n.i]
            return self.role_of(roles[-1]) if roles else None
        if n.pos_ != "NOUN" or self.index.direct(n) is not None:
            return None
        phrases = actor_lexicon().phrases
        mods = [k for k in n.lefts if k.dep_ in ("compound", "amod") and self.index.direct(k) is None]
        for start in sorted({k.left_edge.i for k in mods} | {n.i}):
            a = phrases.get(norm(n.doc[start : n.i + 1].text))
            if a is not None and a.kind == "agent" and a.sector not in (None, "*"):
                return a.sector
        return None

    def users(self, n: Token) -> list[Mention]:
        """Whose a thing struck is by a clause on it: "hideouts used by PKK terrorists", "two military camps
        belonging to Kenyan forces", "a camp hosting government forces" -> those who use, own or are housed
        in it (force on it is force on them)."""
        found: list[Mention] = []
        for c in n.children:
            if c.dep_ != "acl" or (lemma := c.lemma_.lower()) not in self.lex.owning_verbs:
                continue
            if lemma == "belong":
                found += [m for _, p in pobjs(c, ("to",)) for m in self.actors(p)]
            elif c.tag_ == "VBG":  # "a camp hosting government forces"
                found += [m for o in objects_of(c) for m in self.actors(o)]
            else:  # "hideouts used by PKK terrorists"
                found += self.actors(agent_of(c))
        return found

    def equipment_noun(self, n: Token) -> bool:
        """Whether a noun names equipment or a weapon (actors equipment.tsv, events instrument nouns)."""
        lemma = n.lemma_.lower()
        return lemma in self.lex.instrument_nouns or norm(n.text) in actor_lexicon().equipment or (
            lemma in self.lex.aid_goods)

    @cached_property
    def foe(self) -> Actor | None:
        """Whom "the enemy" means in a military release: the armed group the section names most."""
        return self.leading_group()

    @cached_property
    def armed_groups(self) -> tuple[Counter[str], dict[str, Actor]]:
        """How often the section names each armed group (CAMEO IMG, rebels, insurgents), by code, and the
        actor of each code. Counted once per section, when first asked."""
        counts: Counter[str] = Counter()
        seen: dict[str, Actor] = {}
        for m in {id(m): m for m in self.index.by_token.values()}.values():
            if not m.actor.unknown and (m.actor.code in FOE_CODES or m.actor.sector in FOE_SECTORS):
                counts[m.actor.code] += 1
                seen[m.actor.code] = m.actor
        return counts, seen

    def leading_group(self, leave_out: frozenset[str] = frozenset(),
                      near: Token | None = None) -> Actor | None:
        """The armed group the section names most, strictly, other than the `leave_out` codes (the side
        acting); None when no one group leads. A group named only once is the side fought only beside the
        act `near` (its sentence or one next to it): elsewhere it is a passing mention. "Two Middle East
        terrorists", paragraphs after "the Iraqi invasion" (TimeBank WSJ900813-0157), are no one the
        invasion is aimed at; "the campaign against ISIL terrorists ... In Syria, forces continue to
        liberate territory" (re3d CENTCOM) names the side fought."""
        counts, seen = self.armed_groups
        top = [(code, n) for code, n in counts.most_common() if code not in leave_out][:2]
        if not top or (top[0][1] < MIN_FOE_MENTIONS and not self.named_near(top[0][0], near)):
            return None
        return seen[top[0][0]] if len(top) == 1 or top[0][1] > top[1][1] else None

    def named_near(self, code: str, near: Token | None) -> bool:
        """Whether an actor code is named in the sentence of `near` or one next to it ("advance to isolate
        Raqqah ... The isolation of Raqqah will deny ISIL a base")."""
        if near is None:
            return False
        sent = near.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        last = self.doc[sent.end].sent.end if sent.end < len(self.doc) else sent.end
        return any(first <= i < last and m.actor.code == code for i, m in self.index.by_token.items())

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
                # "threatened to pull out of NATO", "to walk away from the deal": the phrase hangs on "out"
                found += [m for k in c.children if k.dep_ in ("prep", "prt", "advmod") and k.lower_ in (
                    "out", "away") for _, p in pobjs(k, ("of", "from")) for m in self.actors(p)]
                if not nested:
                    return found
                found += [m for o in objs for _, p in pobjs(o, NOUN_TARGET_PREPS) for m in self.actors(p)]
                if not found:  # "refused to respond to a demand from the US President"
                    heads = [o for o in objs if not self.actors(o)] + [
                        p for _, p in pobjs(c, TARGET_PREPS) if not self.actors(p)]
                    found = [m for h in heads for m in self.phrase_actors(h)]
                if not found:  # "agreed to set up an energy research center in Tokyo"
                    found = [m for o in objs if not self.actors(o) for m in self.located_in(o)]
                if not found and not objs and self.verb_lemma(c) in ASPECTUAL:
                    found = self.inner_targets(c, nested)  # "vowed to keep attacking Israeli troops"
                if found:
                    return found
        return []

    def sequel_targets(self, v: Token, sources: list[Mention]) -> list[Mention]:
        """"opened fire to disperse demonstrators, killing one and arresting 12": the participle
        clause goes on with the same happening, so it has the same victims."""
        first = v
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ != "advcl" or first.tag_ != "VBG" or first.head.pos_ not in ("VERB", "AUX"):
            return []
        head = first.head
        return self.purpose_targets(head, sources) or other_than(
            [m for o in objects_of(head) for m in self.actors(o)], sources)

    def purpose_targets(self, v: Token, sources: list[Mention]) -> list[Mention]:
        """Actors a purpose clause acts on: "opened fire to disperse demonstrators" -> the demonstrators."""
        found: list[Mention] = []
        for c in v.children:
            # "launched an offensive to retake the town": a noun's purpose hangs on it as a clause
            if c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VB" and c.pos_ == "VERB":
                # "to help defend Saudi Arabia": the helped action's object
                chain = [c, *(x for x in c.children if x.dep_ == "xcomp" and x.tag_ == "VB")]
                for o in (o for x in chain for o in objects_of(x)):
                    # "to retake the ISIL-held town": its holder
                    found += next((f for f in (other_than(self.actors(o), sources),
                                               other_than(self.phrase_actors(o), sources),
                                               other_than(self.holders(o), sources)) if f), [])
        return found

    def content_targets(self, v: Token, objs: list[Token], etype: str = "") -> list[Mention]:
        """Whom a speech act is about: "demanded that X ...", "demanded the withdrawal of X's forces"."""
        preps = ("of", *recipient_preps(NOUN_TARGET_PREPS, etype))
        for c in v.children:
            if c.dep_ == "ccomp" and not wh_object_clause(c):
                # "requested that Lazar be released": the passive's subject is asked about
                found = self.actors(clause_subject(c))
                if found:
                    return found
        for o in objs:
            found = [m for dep in ("poss",) for k in o.children if k.dep_ == dep for m in self.actors(k)]
            found += [m for _, p in pobjs(o, preps) for m in self.actors(p)]
            # "welcome the news that the Government of Iraq has raised the flag in Tikrit": who did it
            found = found or [m for c in o.children if c.dep_ == "acl" and any(
                k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
                for m in self.actors(clause_subject(c))]
            if found:
                return found
        return []

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
                return owners, other_than(aimed, owners)
        return [], []

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

    def located_in(self, head: Token) -> list[Mention]:
        """The state where the thing acted on lies, one or two levels inside its phrase: "the
        refineries in Iran", "parties to the conflict in Iraq" -> that state."""
        return self.place_of(head) or [m for _, p in pobjs(head, PHRASE_PREPS) for m in self.place_of(p)][:1]

    def place_of(self, p: Token) -> list[Mention]:
        """The state of a place a noun phrase is "in" ("a force in Liberia" -> Liberia)."""
        return [m for _, q in pobjs(p, ("in",)) for m in self.actors(q)
                if m.actor.country and m.kind in ("name", "metonym")][:1]

    def holders(self, o: Token) -> list[Mention]:
        """Who holds a thing struck: "an ISIL-held building", "rebel-controlled areas" -> ISIL, rebels;
        also of a measure of it ("700 square miles of ISIL-held terrain") and in a clause on it ("the
        town of Hit, which has been held by Islamic State since 2014")."""
        # a list the parser reads as apposition ("two vehicles, an ISIL-held building, and ...")
        things = [x for y in (o, *o.conjuncts) for x in (y, *(q for _, q in pobjs(y, ("of",))),
                                                       *(c for c in y.children if c.dep_ == "appos"))]
        found = [m for x in things for c in x.children
                 if c.dep_ == "amod" and c.lemma_.lower() in HOLDING
                 for k in c.children if k.dep_ in ("npadvmod", "compound", "nmod", "advmod")
                 for m in self.actors(k)]
        found = found or [m for x in things for c in x.children  # "territory previously held by the enemy"
                          if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOLDING
                          and (is_passive(c) or reduced_passive(c)) for m in self.actors(agent_of(c))]
        # "fighters recaptured the village of X from the Syrian Arab Army" (conflict news): the parser hangs
        # the phrase of whom a place is taken from on the place; a place noun's "from" phrase names its
        # holder when it names a force or group (one fires "from Lebanon", a place, but takes a town from
        # an army)
        return found or [m for x in things if x.lemma_.lower() in self.lex.place_nouns
                         for _, p in pobjs(x, ("from",)) for m in self.actors(p)
                         if m.actor.sector is not None or m.kind == "organisation"]

    def asked_parties(self, v: Token) -> list[Mention]:
        """The sides of what a request asks for, when it names no one asked: "called for a ceasefire between
        Armenia and Azerbaijan", "urged a truce in the war between Israel and Hamas",
        "called for an end to the fighting between the army and the RSF". A truce, talks or an end to a
        fight is made by its sides, so the call is addressed to them (PLOVER REQUEST needs a recipient).
        Two sides at least, named "between" or "among" them; a place alone ("a ceasefire in Gaza") names
        no side and is left uncoded."""
        asked = [*objects_of(v), *(p for _, p in pobjs(v, ("for",)))] if v.pos_ in ("VERB", "AUX") else [
            p for _, p in pobjs(v, ("for",))]  # "a call for a ceasefire between X and Y"
        for h in asked:
            for x in (h, *(q for _, q in pobjs(h, ASKED_SETTINGS))):
                found = [m for _, p in pobjs(x, ("between", "among")) for m in self.actors(p)]
                if len({m.actor.code for m in found}) >= 2:
                    return found
        return []

    def requesters(self, v: Token) -> list[Mention]:
        """Who asked for what a refusal turns down, when its sentence names the request beside the refusal:
        "Japan refused to send troops to Iraq, rejecting a request from Washington", "refused to open the
        border despite appeals from the UN" -> USA, UN. A rejection is aimed at whoever asked (CAMEO 12x),
        not at the place or party the refused act would have reached; the request is a noun of asking
        (nouns.yaml, REQUEST) that a participle of the refusal takes as object or a concessive phrase
        names, and its asker is its possessor, modifier, "by" or "from" phrase."""
        refused = [k for k in v.children if k.dep_ == "xcomp"] if v.pos_ in ("VERB", "AUX") else []
        if not refused:
            return []  # "refused a US request": the object is the request, already the target's source
        words = [v, *refused]  # the parser hangs the phrase on either verb
        heads = [p for w in words for _, p in pobjs(w, REFUSAL_GROUNDS)]
        heads += [o for w in words for k in w.children if k.dep_ in ("advcl", "conj") and k.tag_ == "VBG"
                  for o in objects_of(k)]
        requests = [h for h in heads if (e := self.noun_entry(h)) is not None and e.type == "REQUEST"]
        return [m for r in requests
                for m in self.noun_owners(r) + [m for _, p in pobjs(r, ("from",)) for m in self.actors(p)]]

    def attackers(self, v: Token, objs: list[Token]) -> list[Mention]:
        """Whose attack is repelled: "fought off counterattacks by IS militants", "repelled an Iraqi
        assault" -> the attack's owners are those force is used against (an active verb's "by" phrase
        is its object's, where the parser hangs it on the verb)."""
        attacks = [o for o in objs if o.dep_ == "dobj" and (e := self.noun_entry(o)) is not None
                   and e.type in FORCEFUL]
        found = [m for o in attacks for m in self.noun_owners(o)]
        if attacks and not found and not is_passive(v):
            found = [m for _, p in pobjs(v, ("by",)) for m in self.actors(p)]
        return found

    def backs_with_means(self, v: Token) -> bool:
        """Whether backing is given "with", "through" or "by providing" aid, goods, forces or force
        ("supports the SDF through training and airstrikes"): the backing is aid, not words."""
        lex = self.lex
        means = lex.aid_goods | lex.aid_nouns | lex.instrument_nouns | lex.force_nouns
        return any((t.lemma_.lower() in means or ((e := lex.nouns.get(t.lemma_.lower())) is not None
                                                  and e.type == "ASSAULT"))
                   for c in v.children if c.dep_ == "prep" and c.lower_ in ("with", "through", "by")
                   for t in c.subtree)

    def names_ally(self, head: Token) -> bool:
        """Whether a phrase's head is backing ("with the aid of X", "in support of X"): X is an ally of
        the one acting, not whom force is used against."""
        lemma = head.lemma_.lower()
        return lemma in self.lex.aid_nouns or lemma in self.lex.partner_nouns


def wh_object_clause(c: Token) -> bool:
    """A clause that opens with a wh-word its verb acts on ("promising to lift environmental regulations
    ― probably not exactly what Graham had in mind", PolNeAR dev huff-post 2016-09-22): a free relative or
    embedded question, whose subject is the one who wants or knows the thing, not whom the act is about."""
    first = c.left_edge
    if first.tag_ not in WH_PRONOUNS or first.i >= c.i:
        return False
    word = first.head if first.dep_ == "det" else first  # "what concessions Iran would make"
    return word.dep_ in WH_OBJECTS
