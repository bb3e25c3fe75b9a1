"""Places as actors: violence or protest in a place with no one named is aimed at (or done by) that
place's state, police, civilians or unidentified armed forces (CODEBOOK: actors).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from spacy.tokens import Token

from sitrep.actors.lexicon import load_lexicon as actor_lexicon
from sitrep.actors.lexicon import norm, subdivision_country, subdivision_word
from sitrep.actors.phrases import country_name
from sitrep.events.arguments import agent_of, is_passive, pobjs, reduced_passive, subject_of
from sitrep.events.kinds import (
    BEARINGS,
    CLAUSES,
    DEPORT,
    EMBASSIES,
    FOE_CODES,
    FORCEFUL,
    LOCALS,
    NOUN_TARGET_PREPS,
    OFFICIAL_SECTORS,
    PERPETRATOR_PLACE_PREPS,
    UNNAMED_PERPETRATOR,
)
from sitrep.events.lexicon import Lexicon
from sitrep.events.section import Coded
from sitrep.events.senses import is_combatant, is_unplaced, one_country, other_than
from sitrep.events.targets import TargetRules
from sitrep.records import Actor, Mention

# CAMEO 191 (blockade, siege), 192 (occupy territory): force that takes or closes a place
PLACE_TAKINGS = frozenset({"191", "192"})
ARMED_FORCES = frozenset({"PRM"})  # pro-government militias fight too (with kinds COMBATANT_SECTORS)
# sectors of actors that stand for a place struck or taken (a state, a university, a hospital), not people
PLACE_SECTORS = frozenset({"", "EDU", "MED", "BUS"})
# Conjunctions of a clause of time whose act of force is the one a passive's harm befell in ("three Gazans
# were killed when Israeli forces attacked another UN school", ECB+; not "before", "since")
STRIKING_TIMES = frozenset({"when", "as", "after"})
# Sectors of unplaced agent nouns that act where they are ("a police officer" in Nairobi is Kenya's police);
# not soldiers or armed men, who may be foreign ("soldiers shot protesters in Gaza"), see `placed_agent`
PLACED_AGENTS = LOCALS | {"COP"}
# the name of the unidentified armed forces a place's state stands for (see `unnamed_in_place`)
PLACE_FORCES = "unidentified armed forces of the place"
# Security forces that fight a state's own insurgents, and whom they fight (see `own_forces`)
HOME_GUARDS = frozenset({"MIL", "COP"})
INSURGENT_SECTORS = frozenset({"REB", "INS", "CRM"})  # not UAF: its state is itself a guess
# A state's own side, which the state a report tells attacking does not fire on (see `disowned`); not its
# rebels ("struck the PKK targets" in Turkey's operation) nor its civilians (a regime may shell its own towns)
OWN_SIDE = frozenset({"", "MIL", "COP", "GOV", "SPY"})  # "": the state itself, or a site of it
POLICED_SECTORS = frozenset({"CVL", "OPP"})  # whom police act on at home (not soldiers: they may be foreign)
# Clauses that tell what someone says or suggests happened: their places are that claim's, not the act's.
REPORTED_CLAUSES = frozenset({"ccomp", "parataxis"})
SUBORDINATE_CLAUSES = frozenset({"advcl", "acl", "relcl"})  # clauses of time, cause or description on the act


class PlaceRules(TargetRules):
    """Actors that places stand for when the text names no one."""

    def place_target(self, v: Token, subj: Token | None, preps: tuple[str, ...] = ("in", "at", "near"),
                     missions: bool = False) -> list[Mention]:
        """Violence against unnamed people or things "in Jericho" is violence against that place's state;
        with `missions`, an embassy is its own state's (where people are from or who did it, it is not)."""
        if missions and "outside" not in preps:
            preps = (*preps, "outside")  # "a car bomb exploded outside the US embassy in Kabul": the US's
        skip = {t.i for t in subj.subtree} if subj is not None else set()
        # "fired missiles into the sea while the G-20 leaders were meeting in China": another clause's place
        skip.update(t.i for c in v.children if self.other_actors_clause(c, subj) for t in c.subtree)
        # "was detained after his posts said guards had beaten inmates ... in Yemen": what
        # a clause of time or cause on the act reports happened elsewhere (not a report the parser joins to
        # the act itself: "X was killed ..., Barakish reported")
        skip.update(t.i for c in v.subtree if c.dep_ in REPORTED_CLAUSES and c.i != v.i and c.head.i != v.i
                    and c.head.dep_ in SUBORDINATE_CLAUSES for t in c.subtree)
        for tok in v.subtree:
            # "about 45km south of Mosul": a bearing from a place is in that place's state
            bearing = tok.lower_ == "of" and tok.head.lower_ in BEARINGS and "in" in preps
            if tok.dep_ == "prep" and (tok.lower_ in preps or bearing) and tok.i not in skip:
                # "outside of Basra": the place is the object of the inner "of"
                inner = [q for _, q in pobjs(tok, ("of",))] if tok.lower_ == "outside" else []
                # "in front of the U.S. Embassy": the place is the object of "front of"
                inner += [q for f in tok.children if f.lower_ == "front" for _, q in pobjs(f, ("of",))]
                for p in [*tok.children, *inner]:
                    owned = any(k.dep_ == "poss" for k in p.children)
                    if p.lemma_.lower() in self.lex.frontiers and not owned:
                        continue  # "near the Italian border" (ECB+ 24): either side ("Iran's border": Iran's)
                    if missions and p.lemma_.lower() in EMBASSIES and (owner := [
                            m for k in (p, *(q for _, q in pobjs(p, ("of",)))) for m in self.actors(k)
                            if m.actor.country and k.dep_ != "conj"]):
                        return owner[:1]  # "outside the US embassy in Baghdad", "the embassy of France"
                    found = [m for m in self.actors(p) if m.actor.country and m.kind in ("name", "metonym")
                             and not self.names_other_event(m, v)]
                    if found:
                        return [self.struck_people(v, found[0], subj)]
                    city = self.city_of(p) or self.demonym_place(p)
                    if city is not None:
                        return [self.struck_people(v, city, subj)]
        if subj is not None and "in" in preps and subj.pos_ == "NOUN" and (
                (e := self.noun_entry(subj)) is not None and e.type in FORCEFUL):
            # "Russian shelling of Kharkiv killed two people": the place the act of force struck
            return [self.struck_people(v, m, subj) for m in self.place_target(subj, None, ("of", "on"))][:1]
        return []

    def struck_people(self, v: Token, place: Mention, subj: Token | None = None) -> Mention:
        """The state a place stands for, or its people when the act falls on unnamed private people or on a
        protest there: "dispersed a demonstration in Najaf", "abducted a man in Sanaa" -> the place's
        civilians (CODEBOOK CVL), not its state; "launched an attack on Mosul" stays the state."""
        if place.actor.sector is not None or not place.actor.country:
            return place
        objs = [o for o in v.children if o.dep_ in ("dobj", "nsubjpass")] if v.pos_ in ("VERB", "AUX") else [
            p for _, p in pobjs(v, ("on", "against", "of"))]
        sectors = set()
        for o in [x for k in objs for x in (k, *k.conjuncts)]:
            if self.protest(o) or o.lemma_.lower() in self.lex.protesters:
                sectors.add("CVL")  # "suppressed a peaceful anti-wall protest near Bethlehem"
                continue
            if self.actors(o) or o.lemma_.lower() in self.lex.place_nouns:
                continue  # placed people are the actors stage's; "recaptured another village" takes a place
            # "a man", "a female activist", "villagers": an agent noun of no sector or a local one (an armed
            # or official one, "soldiers", is no one's civilians)
            entry = actor_lexicon().phrases.get(norm(o.text)) or actor_lexicon().phrases.get(norm(o.lemma_))
            if entry is not None and entry.kind == "agent" and not entry.country:
                sectors.update({entry.sector if entry.sector not in (None, "-") else "CVL"} & LOCALS)
        if len(sectors) != 1:
            return place
        sector = sectors.pop()
        actor = Actor.of(place.actor.country, f"{country_name(place.actor.country)} {sector}", sector)
        if actor.code in {m.actor.code for m in self.actors(subj)}:
            return place  # "angry residents killed six men in Veracruz": not the doers' own code
        return Mention(place.start, place.end, place.text, actor, place.section, None, place.kind)

    def names_other_event(self, m: Mention, v: Token) -> bool:
        """Whether a place names where another happening was ("In the wake of the Paris terror attacks
        ... the U.S. has stepped up airstrikes"): the modifier of another event noun, not this act's place."""
        span = self.mention_span(m)
        if span is None or span.root.dep_ not in ("compound", "amod", "nmod", "poss"):
            return False
        head = span.root.head
        return head.i != v.i and head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.noun_heads

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
        return self.subdivision_of(p)

    def subdivision_of(self, p: Token) -> Mention | None:
        """A province or state named with its kind ("in Benue state", "a village in Kunar province") as its
        country, when the actors' subdivision list gives the name's kind to one country only."""
        if p.pos_ != "NOUN" or not subdivision_word(p.lower_):
            return None
        names = [c for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < p.i]
        if not names:
            return None
        span = self.doc[names[0].i:p.i + 1]
        country = subdivision_country(self.doc[names[0].i:p.i].text, p.lower_)
        if country is None:
            return None
        return Mention(span.start_char, span.end_char, span.text, Actor.of(country, span.text), self.section,
                       None, "name")

    def unnamed_in_place(self, v: Token, on_site: bool = False) -> list[Mention]:
        """Unidentified armed forces of the state where violence happened: a bomb or mine planted there,
        violence in a protest there, or (`on_site`) an attempt foiled there is theirs (CAMEO 183, 185); a
        strike may be anyone's (see `disowned`)."""
        place = self.place_target(v, None, PERPETRATOR_PLACE_PREPS)
        if not place or not place[0].actor.country:
            return []
        m = place[0]
        # a device's noun ("was bombed" is a strike), or a protest the violence came in ("torched during
        # protests in Athens"): the place's own people did it
        local = on_site or any((t.pos_ in ("NOUN", "PROPN") and self.planted(t)) or self.protest(t)
                               for t in v.subtree)
        actor = Actor.of(m.actor.country, "unidentified armed forces" if local else PLACE_FORCES, "UAF")
        return [Mention(m.start, m.end, m.text, actor, self.section, None, "agent")]

    def protest(self, t: Token) -> bool:
        """Whether a word names a protest ("during protests", "Greeks protesting ... threw petrol bombs")."""
        if t.pos_ in ("NOUN", "PROPN"):
            e = self.noun_entry(t)
        else:
            e = self.verb_entry(t) if t.pos_ == "VERB" else None
        return e is not None and e.type == "PROTEST"

    def planted(self, n: Token) -> bool:
        """Whether a noun names a planted device (grammar.yaml planted_devices): "mine", "car bomb"."""
        devices = self.lex.planted_devices
        lemma = n.lemma_.lower()
        return lemma in devices or any(
            c.dep_ in ("compound", "amod") and f"{c.lemma_.lower()} {lemma}" in devices for c in n.children)

    def owner_in_sentence(self, v: Token) -> list[Mention]:
        """Whose violence an unnamed attack is when its sentence names an owner of such violence
        ("amid Israeli air strikes, a school was hit", "... by the army's shelling"): a culprit the
        text names (CODEBOOK), not the place's. Only modifiers and "by" agents of attack nouns count."""
        for tok in v.sent:
            if tok.i == v.i or tok.pos_ not in ("NOUN", "PROPN") or (
                    (e := self.noun_entry(tok)) is None or e.type not in UNNAMED_PERPETRATOR):
                continue
            if e.frame == "sym":
                continue  # "the Syrian civil war", "Syrian clashes": where it is fought, or both sides
            owners = [(c, m) for c in tok.children if c.dep_ in ("amod", "poss", "compound")
                      for m in self.actors(c) if not self.struck_place(m, tok)] or [
                (tok, m) for m in self.doers(tok)]
            named = [m for c, m in owners if m.actor.country and not m.actor.unknown
                     and m.actor.sector != "UAF"
                     # "Gaza air strikes": a place before the noun is where, not whose
                     and not (c.dep_ == "compound" and (self.city_of(c) is not None or m.actor.country in {
                         p.actor.country for p in self.place_target(v, None, PERPETRATOR_PLACE_PREPS)}))]
            if named:
                return named
        return []

    def disowned(self, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
        """A place's unidentified forces striking with no device planted are not the attackers of that
        place's own people or of people of no state there (a UN school in Gaza): the doer is then unknown
        (CODEBOOK: never guess a culprit the text does not name). Foreign victims keep the place's forces.
        Nor is the state the report names as attacker (`context_owner`) the doer of an unnamed strike on its
        own people or forces."""
        # (the targets test first: `context_owner` scans the whole document, so it is read only when needed)
        if sources and targets and all(
                t.actor.country in {m.actor.country for m in sources} and (t.actor.sector or "") in OWN_SIDE
                for t in targets) and all(m in self.context_owner for m in sources):
            # "Kenya continues its offensive ... rockets were fired at a Kenyan camp": the state whose
            # attacks the report tells of does not fire on its own; the doer is unnamed
            return [replace(m, actor=Actor.of(None, "unidentified armed forces", "UAF")) for m in sources]
        if not sources or any(m.actor.name != PLACE_FORCES for m in sources):
            return sources
        own = {m.actor.country for m in sources}
        if any(t.actor.country and t.actor.country not in own for t in targets):
            return sources
        return [replace(m, actor=Actor.of(None, "unidentified armed forces", "UAF")) for m in sources]

    def unnamed_perpetrator(self, v: Token, subj: Token | None) -> tuple[list[Mention], list[Mention]]:
        """Who did violence the text gives no perpetrator for (CODEBOOK: country plus UAF).

        "killed in Israeli tank shelling" -> Israel, whose shelling it was; "were killed by an
        improvised explosive device outside the Iraqi city of Basra", "A minefield explosion near
        Samarra killed" -> unidentified armed forces of the place's state. A subject that is a name
        or a pronoun the actors stage could not resolve is someone unknown: no culprit is guessed.
        """
        if subj is not None and (agent := self.placed_agent(v, subj)) and not any(
                t.lemma_.lower() in self.lex.mishaps for t in v.sent):
            return agent, []  # "A police officer hits a demonstrator in Nairobi": the place's police
        if subj is not None and (subj.pos_ != "NOUN" or subj.lemma_.lower() in self.lex.person_nouns):
            return [], []
        if subj is not None and any(self.unresolved_name(k) for k in subj.children if k.dep_ in (
                "compound", "amod")):  # "Coalition aircraft": someone named, not resolved
            return [], []
        attempted = attempted_at(v, self.lex) if subj is None else None
        if subj is None and not is_passive(v) and attempted is None:
            return [], []
        if any(t.lemma_.lower() in self.lex.mishaps for t in v.sent):  # no perpetrator at all
            return [], []
        if subj is not None and not is_passive(v) and not self.may_strike(subj) and not any(
                self.holds_people(o) for o in v.children if o.dep_ == "dobj"):
            return [], []  # "undersea cables which run hit the Egyptian coast": a thing reaching a place
        for _, p in pobjs(v, ("in", "by", "during", "under")):
            lemma = p.lemma_.lower()
            if lemma not in self.lex.noun_heads and lemma not in self.lex.instrument_nouns:
                continue
            e = self.noun_entry(p)
            fought = e is not None and e.frame == "sym"  # "killed in the Syrian civil war": where, not who
            found = ([] if fought else self.actors(p)) or self.doers(p) or self.fought_side(p)
            if found:  # the last: "in a cross-border raid conducted by the U.S. military"
                # "in Israeli air strikes", "by an Israeli missile": whose violence it was; the
                # strike's own recipient ("on Gaza") names the victims' state
                aimed = [m for _, q in pobjs(p, NOUN_TARGET_PREPS) for m in self.actors(q)]
                return found, aimed
        # "an attack on a mosque in northern Iraq that killed 13": the happening's own place
        happening = subj is not None and (subj.lemma_.lower() in self.lex.noun_heads
                                          or subj.lemma_.lower() in self.lex.instrument_nouns)
        if happening and subj is not None:  # "multiple attacks, also claimed by Da'esh, have killed 35"
            found = self.doers(subj)
            if found:
                return found, []
        if happening and subj is not None and (earlier := self.earlier_act(subj)) is not None:
            # "three strikes destroyed ..." after "the Coalition conducted 26 strikes against ISIL": the
            # series' actors, and its victims when these are unnamed ("multiple attacks ... have killed")
            return earlier.sources, [t for t in earlier.targets if not is_unplaced(t)]
        if subj is None and (striker := self.striker_in_clause(v)):
            return striker, []  # "were killed when Israeli forces attacked another UN school"
        owner = self.owner_in_sentence(v)  # "killed in an air strike" beside "Israeli air strikes"
        if owner:
            return owner, []
        if subj is None and (shared := self.shared_agent(v)):
            return shared, []
        placed = self.unnamed_in_place(v) or (self.unnamed_in_place(subj) if happening else []) or (
            # an attempt thwarted somewhere was made on the ground there, not struck from afar
            self.unnamed_in_place(attempted, on_site=True) if attempted is not None else [])
        if placed and placed[0].actor.name == PLACE_FORCES:  # a strike, not a planted bomb
            # "Israeli shelling", "the continuing Israeli offensive" elsewhere in the report
            placed = self.context_owner or placed
        return placed, []

    def shared_agent(self, v: Token) -> list[Mention]:
        """The "by" agent of a passive coordinated with `v` whose verb is left out: "were killed and others
        wounded by gunmen" is parsed with "wounded" as a modifier of "others" holding the agent, which both
        acts share (as "were struck and killed by" shares its agent, `subject_of`)."""
        if not is_passive(v):
            return []
        for conj in v.children:
            if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PRON", "PROPN"):
                continue
            for acl in conj.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and (agent := agent_of(acl)) is not None:
                    return self.actors(agent)
        return []

    def placed_agent(self, v: Token, subj: Token) -> list[Mention]:
        """An agent noun the actors stage left without a country ("a police officer", "a shopkeeper") acting
        in one state's place is that state's agent of its own sector (the place's police, not the bare state
        named as where the act was): the sector the noun says, the country the place says. Only sectors
        that act at home (`PLACED_AGENTS`): soldiers in a place may be another state's."""
        if subj.pos_ != "NOUN" or self.index.direct(subj) is not None:
            return []
        words = [c.text for c in subj.children if c.dep_ == "compound" and c.i < subj.i]
        phrases = actor_lexicon().phrases
        entry = phrases.get(norm(" ".join([*words, subj.lemma_]))) or phrases.get(norm(subj.lemma_))
        if entry is None or entry.kind != "agent" or entry.sector not in PLACED_AGENTS or entry.country:
            return []
        country = one_country(self.place_target(v, subj))
        if country is None:
            return []
        span = subj.doc[subj.left_edge.i:subj.i + 1]
        actor = Actor.of(country, f"{country_name(country)} {subj.text}", entry.sector)
        return [Mention(span.start_char, span.end_char, span.text, actor, self.section, None, "agent")]

    def striker_in_clause(self, v: Token) -> list[Mention]:
        """Who did the force a clause of time on a passive tells ("three Gazans were killed when Israeli
        forces attacked another UN school in Gaza City", ECB+ 41): the harm told befell in that act, so its
        named doer did it."""
        told = (v, *v.conjuncts)  # "were killed and others injured when ..."
        hurt = {m.actor.code for t in told for k in t.children if k.dep_ in ("nsubjpass", "nsubj")
                for m in self.actors(k)}
        for c in (c for t in told for c in t.children):
            if c.dep_ != "advcl" or not any(k.dep_ in ("mark", "advmod") and k.lower_ in STRIKING_TIMES
                                            for k in c.children):
                continue
            e = self.verb_entry(c) if c.pos_ == "VERB" else None
            if e is None or e.type not in FORCEFUL:
                continue
            found = [m for m in self.actors(subject_of(c)) if not m.actor.unknown]
            if found and not is_passive(c) and not {m.actor.code for m in found} & hurt:
                return found  # not "militants were killed ... when the insurgents raided a base": they fell
        return []

    def fought_side(self, p: Token) -> list[Mention]:
        """The side a fight is had "with" or "against" ("rebels were killed in clashes with the troops"):
        whoever was hurt in it fell to that side."""
        e = self.noun_entry(p)
        if e is None or e.frame != "sym" or e.type not in FORCEFUL:
            return []
        return [m for _, q in pobjs(p, ("with", "against")) for m in self.actors(q)]

    def may_strike(self, subj: Token) -> bool:
        """Whether a subject can do violence: a happening ("the blast"), a weapon, armed people or forces."""
        lemma, lex = subj.lemma_.lower(), self.lex
        return any(lemma in words for words in (lex.noun_heads, lex.instrument_nouns, lex.planted_devices,
                                                lex.armed_people, lex.force_nouns))

    @cached_property
    def context_owner(self) -> list[Mention]:
        """The one state the section names as owner of attacks ("Israeli shelling", "their assault"):
        the report's clear context names who strikes (CODEBOOK); none when attacks of two are named.
        Computed once per section from the nouns that head attack keys."""
        found: dict[str, Mention] = {}
        for tok in self.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.noun_heads:
                continue
            e = self.noun_entry(tok)
            if e is None or e.type not in UNNAMED_PERPETRATOR:
                continue
            for c in tok.children:
                if c.dep_ in ("amod", "poss"):
                    for m in self.actors(c):
                        if m.actor.country and not m.actor.unknown and m.actor.sector != "UAF":
                            found.setdefault(m.actor.country, m)
        return list(found.values()) if len(found) == 1 else []

    def earlier_act(self, n: Token) -> Coded | None:
        """The act a bare event noun ("three strikes") goes on listing: the latest earlier act of the same
        kind in the section whose actors are named (re3d CENTCOM strike reports)."""
        entry = self.noun_entry(n)
        if entry is None:
            return None
        return next((c for c in reversed(self.coded) if c.anchor.i < n.i and c.entry.key == entry.key
                     and c.sources and all(not m.actor.unknown and m.actor.sector != "UAF"
                                           for m in c.sources)), None)

    def owned_people(self, o: Token) -> list[Mention]:
        """The state of people named by whose they are: "one of our brave service members" (said by the US
        defence secretary) -> the speaker's state; "its soldiers" -> its."""
        if o.pos_ == "NUM" or o.lemma_.lower() == "one":
            o = next((q for _, q in pobjs(o, ("of",))), o)
        return [m for k in o.children if k.dep_ == "poss" for m in self.actors(k) if m.actor.country]

    def doers(self, happening: Token) -> list[Mention]:
        """Who did a happening a noun names: its "by" phrase, else the agent of a participle on it
        ("attacks claimed by Da'esh", "a cross-border raid conducted by the U.S. military")."""
        return [m for _, q in pobjs(happening, ("by",)) for m in self.actors(q)] or [
            m for c in happening.children if reduced_passive(c) for m in self.actors(agent_of(c))]

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

    def home_target(self, anchor: Token, subj: Token | None, sources: list[Mention]) -> list[Mention]:
        """A protest whose words name the state but no one in it is aimed at the government of the state
        where it happens, else of the protesters' own state; a government's concession, at its country.

        "Thousands of Iraqi Kurds demonstrated in Kirkuk ... calling for independence from Iraq" -> IRQGOV;
        a protest naming nothing but its place has no target (CODEBOOK; see `protest_of_no_one`).
        """
        aimed = self.purpose_targets(anchor, sources) or self.protested_owners(anchor, sources)
        if aimed:  # "blocked a road to show their disapproval for the United States' policies"
            return aimed
        own = {m.actor.code for m in sources}
        # "rallied outside the US embassy in Baghdad": an embassy stands for its state (CAMEO 14x target)
        place = self.place_target(anchor, subj, PERPETRATOR_PLACE_PREPS, missions=True)
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
        if not self.at_mission(m) and self.protest_of_no_one(anchor, country, place + sources):
            return []
        return [Mention(m.start, m.end, m.text, home, m.section, None, "name")]

    def protested_owners(self, anchor: Token, sources: list[Mention]) -> list[Mention]:
        """Whose law, policy or act a protest opposes: "to protest American laws and policies aimed at Cuba"
        (TimeBank) is aimed at the United States, as "protested Israel's policies" is at Israel; of an act,
        its doer ("protested the killing of a teenager by police"), never whom it befell. A protest noun
        names it "against" or "over" ("demonstrations against the alleged human rights violations by the
        Israeli military", GSR)."""
        if anchor.pos_ in ("VERB", "AUX") and self.protest(anchor):
            heads = [o for o in anchor.children if o.dep_ == "dobj"] + [
                p for _, p in pobjs(anchor, ("against", "over"))]
        else:  # "held a protest over India's actions", "Riots over the killing ... by police broke out"
            protests = [anchor] if self.protest(anchor) else [
                o for o in anchor.children if o.dep_ in ("dobj", "nsubjpass") and self.protest(o)]
            heads = [p for h in protests for k in (h, *([anchor] if h is not anchor else []))
                     for _, p in pobjs(k, ("against", "over"))]
        found: list[Mention] = []
        for x in (x for h in heads for x in (h, *h.conjuncts) if self.index.direct(x) is None):
            if self.noun_entry(x) is not None:
                found += self.noun_owners(x)
            else:
                found += [m for c in x.children if c.dep_ in ("poss", "amod", "compound")
                          for m in self.actors(c)]
        return other_than(found, sources)

    def at_mission(self, m: Mention) -> bool:
        """Whether a place mention is an embassy ("rallied outside the US embassy in Baghdad"): a protest
        there names the state it is against."""
        span = self.mention_span(m)
        return span is not None and any(t.lemma_.lower() in EMBASSIES for k in span for t in (k, k.head))

    def protest_of_no_one(self, anchor: Token, country: str, known: list[Mention]) -> bool:
        """Whether a protest names no one it is against: its place and its protesters aside, its words
        name nothing of the state ("People in other cities rallied over issues like the expansion of
        charter schools", PolNeAR dev). CODEBOOK: a protest's target is null when the text names none;
        "demonstrated in Kirkuk calling for independence from Iraq" names Iraq, and keeps its government."""
        if not any(self.protest(t) for t in (anchor, *anchor.children)):
            return False  # a concession, or a protest this cannot tell: the state where it happens
        told = anchor if anchor.pos_ in ("NOUN", "PROPN") else None
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass"):
            anchor = anchor.head  # "Fresh riots were reported in Greece ... in protest at the killing"
        subject = subject_of(anchor)
        own = told is not None and subject is not None and subject.i == told.i
        if subject is not None and (subject.is_ancestor(anchor) or own):
            # "students who were protesting calls for Sani Abacha": the clause's own words; "Protests against
            # the government erupted in Lagos": the protest's own words, not its protesters
            subject = None
        # the place's and the protesters' phrases with what hangs on them ("in Serbia, where 24 people
        # were killed")
        heads = [t for t in anchor.subtree if any(m.start <= t.idx < m.end for m in known)]
        skip = {k.i for t in (*heads, *([subject] if subject is not None else [])) for k in t.subtree}
        return not any(self.names_state(m, country) for t in anchor.subtree if t.i not in skip
                       if (m := self.index.by_token.get(t.i)) is not None)

    def names_state(self, m: Mention, country: str) -> bool:
        """Whether a mention in a protest's words names the state of `country` or its doings: the state,
        its organs, its people acted on ("independence from Iraq"; "the killing by police", ECB+ 19; "in
        protest of last week's arrest of a number of activists", GSR PROTEST-0016). A bare place
        ("protesting election results in Monrovia") is where, not whom."""
        if not (m.actor.country == country or (
                m.actor.country is None and (m.actor.sector or "") in OFFICIAL_SECTORS)):
            return False
        span = self.mention_span(m)
        return not (m.actor.sector is None and span is not None and span.root.dep_ == "pobj"
                    and span.root.head.lower_ in PERPETRATOR_PLACE_PREPS)

    def foreign_place(self, anchor: Token, subj: Token | None, sources: list[Mention]) -> list[Mention]:
        """Forces shown in another state's territory are aimed at it ("exercises in Alaska" -> USA);
        at home they are aimed at no one named."""
        own = {m.actor.country for m in sources}
        found = [m for m in self.place_target(anchor, subj) if m.actor.country not in own]
        if found:
            return found
        # CAMEO 154 "the party against whom the military move is directed is the target": "deployed troops to
        # its border with Ukraine", "massed troops near the Ukrainian border" -> the state across the border
        return [m for t in anchor.subtree if t.lemma_.lower() in self.lex.frontiers
                for k in (*(c for c in t.children if c.dep_ in ("amod", "compound")),
                          *(p for _, p in pobjs(t, ("with",))))
                for m in self.actors(k) if m.actor.country and m.actor.country not in own][:1]

    def protesters_in(self, n: Token) -> list[Mention]:
        """A protest no one is named for is its place's civilians': "Fresh riots were reported in Greece",
        "Protests erupted in Cairo" -> GRCCVL, EGYCVL (PLOVER PROTEST: civilian demonstrations)."""
        anchor = n.head if n.head.pos_ in ("VERB", "AUX") else n
        place = self.place_target(anchor, n) or self.place_target(n, None)
        if not place or not place[0].actor.country:
            return []
        return [self.civilians_of(place[0])]

    def civilians_of(self, m: Mention) -> Mention:
        """The civilians of the state a mention names, in its place ("Protests erupted in Cairo", "Greek
        riots": PLOVER PROTEST is civilian demonstration, not an act of the state)."""
        country = m.actor.country or ""
        civilians = Actor.of(country, f"{country_name(country)} civilians", "CVL")
        return Mention(m.start, m.end, m.text, civilians, self.section, None, "agent")

    def placed_people(self, v: Token, subj: Token | None, people: list[Mention]) -> list[Mention]:
        """People of no stated country protesting in a place are that place's people ("hundreds of
        thousands of people blocked streets in Hong Kong" -> HKG civilians), when the place is one country."""
        country = one_country(self.place_target(v, subj))
        head = v
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "which have killed and injured"
        if country is None and head.dep_ == "relcl":
            # "barrel bomb attacks in Syria which have killed ... civilians" (re3d UK Government): the
            # place of the happening the clause tells about
            country = one_country(self.place_target(head.head, None))
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
        country = one_country(homes)
        if country is None:
            return []
        m = homes[0]
        sector = "GOV" if deported or any(h.actor.code == f"{country}COP" for h in held) else "COP"
        name = f"{country_name(country)} police" if sector == "COP" else country_name(country)
        actor = Actor.of(country, name, sector)
        return [Mention(m.start, m.end, m.text, actor, self.section, None, "agent")]

    def campaign_foes(self, v: Token, sources: list[Mention]) -> list[Mention]:
        """The side fought in the campaign an act is part of: "seized control of Mosul University in their
        battle with so-called Islamic State" (re3d BBC) -> IS; "during the offensive against ISIL" -> ISIL."""
        found = [m for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid")
                 for n in c.children if n.dep_ == "pobj" and (  # "battle" is keyed as a verb only
                     e := self.noun_entry(n) or self.lex.verbs.get(n.lemma_.lower())) is not None
                 and e.type in ("ASSAULT", "COERCE")
                 for _, p in pobjs(n, ("with", "against")) for m in self.actors(p)]
        return [m for m in other_than(found, sources) if is_combatant(m.actor)]

    def place_taken_from(self, v: Token, sources: list[Mention]) -> list[Mention]:
        """Whom a place is taken (retaken, liberated, besieged) from when the text names no holder: the one
        armed group a section fights ("the SDF has already liberated dozens of villages", re3d CENTCOM)."""
        if not sources or any(m.actor.code in FOE_CODES for m in sources) or all(
                m.kind in ("person", "pronoun") and not is_combatant(m.actor)
                and (m.actor.sector or "") not in ARMED_FORCES for m in sources):
            # an armed group taking a town takes it from a state, not from the others it fights; a politician
            # who "would regain control of the border" takes nothing from anyone
            return []
        group = self.leading_group(frozenset(m.actor.code for m in sources), near=v)
        if group is None:
            return []  # no one armed group the section fights
        return [Mention(v.idx, v.idx + len(v), v.text, group, self.section, None, "name")]

    def defied(self, v: Token) -> list[Mention]:
        """Whom a protest defies: "in defiance of Chinese authorities", "in protest against the government"
        (grammar.yaml protest_frames: a noun of opposition and the preposition naming its object)."""
        frames = self.lex.protest_frames
        return [m for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                for n in c.children if n.dep_ == "pobj"
                for q in n.children if q.dep_ == "prep" and f"{n.lemma_.lower()} {q.lower_}" in frames
                for o in q.children if o.dep_ == "pobj" for m in self.actors(o) or self.phrase_actors(o)]


def own_forces(forces: list[Mention], foes: list[Mention]) -> list[Mention]:
    """Unnamed soldiers or police of no stated state ("killing 11 soldiers", "security forces fired") in
    an act of force with one state's rebels, insurgents or gangs are that state's own
    forces: an insurgency is fought at home ("The group [the ELN] ambushed a patrol, killing 11 soldiers"
    -> COLMIL). Police acting on one state's civilians or opposition are its police (police keep order at
    home); soldiers facing civilians may be foreign ("soldiers shot protesters in Gaza") and are left."""
    if not forces or not all(f.actor.unknown and f.actor.country is None and f.actor.sector in HOME_GUARDS
                             for f in forces):
        return forces
    country = one_country(foes)
    if country is None or not foes:
        return forces
    police = all(f.actor.sector == "COP" for f in forces)
    fought = INSURGENT_SECTORS | (POLICED_SECTORS if police else frozenset())
    if not all((m.actor.sector or "") in fought and m.actor.country == country for m in foes):
        return forces
    return [replace(f, actor=Actor.of(country, f"{country_name(country)} {f.text}", f.actor.sector))
            for f in forces]


def attempted_at(v: Token, lex: Lexicon) -> Token | None:
    """The verb whose passive subject is an attempt at `v` ("An attempt to assassinate deputy governor
    ... was thwarted in Khanty-Mansiysk"): the infinitive has no subject of its own, and the attempt's
    verb holds where it happened. None for any other clause."""
    noun = v.head
    if v.dep_ != "acl" or v.tag_ != "VB" or noun.lemma_.lower() not in lex.attempt_nouns:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    return noun.head if noun.dep_ == "nsubjpass" else None
