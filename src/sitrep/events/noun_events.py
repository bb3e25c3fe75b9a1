"""Events coded from event nouns ("Russia's aid to Iran", "held talks with"): their sources are
possessors or the light verb's subject.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitrep.events.arguments import datives_of, is_passive, objects_of, pobjs, subject_of
from sitrep.events.details import UNCOUNTED
from sitrep.events.kinds import (
    ANNOUNCED_THREATS,
    CAMPAIGN_SECTORS,
    CANDIDATES,
    CLAUSES,
    CONFLICTUAL,
    COOPERATIVE,
    ELECTED_SECTORS,
    FORCEFUL,
    FOREIGN_PLACE_TARGETS,
    HOME_TARGETS,
    JUDGING,
    MATERIAL,
    NOUN_TARGET_PREPS,
    PLACE_TARGETS,
    SPEECH_ACTS,
    THREAT_OF_FORCE,
)
from sitrep.events.lexicon import Entry, Lexicon
from sitrep.events.modality import mode_of, option_of
from sitrep.events.places import PLACE_SECTORS, PLACE_TAKINGS, PlaceRules
from sitrep.events.section import Coded
from sitrep.events.senses import (
    SANCTIONED,
    all_persons,
    between_sides,
    for_clause,
    imposed_on_another,
    is_combatant,
    is_poll_share,
    is_time_phrase,
    is_unplaced,
    noun_for_clause,
    one_country,
    other_than,
    says_no,
    setting_verb,
    to_the_press,
)
from sitrep.records import Actor, Mention

# Prepositions of the place an act of force is done in or aimed at ("an attack on Mosul").
STRUCK_PLACE_PREPS = ("in", "at", "near", "on", "against")
# Nouns that judge someone's conduct (an inquiry, a complaint, a protest): aimed at whoever did the act
# their phrase names (see `conduct_doers`).
CONDUCT_JUDGED = frozenset({"ACCUSE", "PROTEST"})
STATE_RESTRICTION = "17"  # CAMEO 17x: arrest, curfew, martial law: a state's own acts against people
# What one is put under against one's will ("under investigation", "under curfew"), not "under a pact"
PLACED_UNDER = frozenset({"ACCUSE", "COERCE", "ASSAULT", "SANCTION"})
PROTECTION = "074"  # CAMEO 074: provide military protection or peacekeeping (PLOVER AID)
WITHDRAWAL = "0872"  # CAMEO 0872: de-escalate militarily (withdraw forces)
THREAT_OF_SANCTIONS = "1312"  # CAMEO 1312: threaten to impose sanctions, boycott or embargo
PEACEKEEPERS_OUT = "1661"  # CAMEO 1661: withdraw or expel peacekeepers (PLOVER SANCTION)
# Symmetric acts whose sides a "between" phrase names when no one owns them, as the subject of a clause
# or the setting of one (`told_happening`); not accords, which are often only named (see `code_noun`).
FOUGHT_OR_TALKED = frozenset({"RETREAT", *FORCEFUL})
# Prepositions of a happening as a clause's setting ("were killed in clashes between police and protesters").
SETTING_OF = frozenset({"in", "during", "amid"})
# Types of moving forces in or out ("the withdrawal of U.S. troops", "the deployment of missiles").
MOVED_FORCES = frozenset({"RETREAT", "MOBILIZE"})
# Accords and backing, which between firms and private persons alone are business, no political event
# (CODEBOOK: an event is an act of one political actor toward another).
DEALINGS = frozenset({"AGREE", "SUPPORT"})
PRIVATE_SECTORS = frozenset({"BUS", "CVL"})
HYPHENS = frozenset({"-", "–"})  # joining a pair's members ("Russia-Ukraine talks")
# Prepositions naming what a paper, an accord or talks are about ("a memorandum on defence cooperation").
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "in"})
# Acts one can face, suffer or endure ("are facing shelling by the regime", "faces new sanctions from the
# EU", "faced criticism from Washington"): the subject of the verb undergoes them.
UNDERGONE = frozenset({*FORCEFUL, "SANCTION", "ACCUSE", "THREATEN"})
# The noun of owning an act ("claimed responsibility for the attack"; as coder.claimant reads a claim)
RESPONSIBILITY = "responsibility"
# Prepositions of a traded thing that name its state ("an embargo on trade with Iraq", "a ban on imports
# from Turkey", "restrictions on travel to Cuba"): the state a restriction of that trade is aimed at.
TRADE_PARTNER_PREPS = ("with", "from", "to")


class NounEvents(PlaceRules):
    """Codes events anchored on event nouns."""

    def threat_of(self, n: Token) -> Token | None:
        """The threat or warning noun the noun is "of" ("the threat of NATO air strikes against Milosevic
        if he does not agree", "issued a warning of sanctions against Belarus"): threatened, not done."""
        prep = n.head
        if n.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and (
                (e := self.noun_entry(prep.head)) is not None and e.type == "THREATEN"):
            return prep.head
        return None

    def threateners(self, threat: Token) -> list[Mention]:
        """Who makes a threat: its owner, or the subject of the light verb it is the object of ("The EU
        issued a warning of sanctions")."""
        owners = self.noun_owners(threat)
        if owners or threat.dep_ != "dobj" or self.verb_lemma(threat.head) not in self.lex.light_verbs:
            return owners
        return self.actors(subject_of(threat.head))

    def threatened(self, n: Token) -> bool:
        """Whether a present participle of threatening modifies the noun ("a speech threatening attacks":
        the parser hangs the verb on its object); "its long-threatened invasion" was mounted all the same."""
        return any(c.dep_ in ("amod", "acl") and c.tag_ == "VBG" and (e := self.verb_entry(c))
                   is not None and e.type == "THREATEN" for c in n.children)

    def labour_strike(self, n: Token) -> Entry | None:
        """The labour strike (CAMEO 143) a strike staged or held is: "South African miners staged a strike",
        "doctors held a three-day strike". Strikes of force are mostly carried out or launched, and when
        staged it is by armed forces or at a named target (both stay strikes of force); a strike with a
        kind of its own ("air strike", "hunger strike") keeps its kind (nouns.yaml)."""
        if n.lemma_.lower() != "strike" or n.dep_ != "dobj" or self.verb_lemma(n.head) not in (
                self.lex.strike_staging_verbs) or any(c.dep_ in ("compound", "amod") and (
                    self.lex.nouns.get(f"{c.lemma_.lower()} strike")) for c in n.children):
            return None
        if any(not is_time_phrase(p.head) and self.actors(p)
               for h in (n, n.head) for _, p in pobjs(h, ("on", "at"))):
            return None  # "staged a strike on Gaza": struck at a place, not "a strike on Monday"
        if any(is_combatant(m.actor) for m in self.actors(subject_of(n.head))):
            return None  # "Russian jets staged a strike on rebel positions": armed forces strike at foes
        entry = self.lex.nouns.get("general strike")
        return replace(entry, key="strike") if entry is not None else None

    def code_noun(self, n: Token) -> None:
        if n.dep_ in ("compound", "amod"):
            return  # a modifier ("border patrol agents") names no happening
        entry = self.labour_strike(n) or self.noun_entry(n)
        if entry is None:
            return
        threat = self.threat_of(n)
        if entry.type in ANNOUNCED_THREATS and (self.threatened(n) or threat is not None):
            # "a speech threatening attacks on Israel", "the threat of NATO air strikes against Milosevic":
            # the force is threatened, not used (CAMEO 138)
            entry = replace(entry, cameo=THREAT_OF_FORCE, type="THREATEN", context="military", verbal=None)
        elif entry.type == "SANCTION" and threat is not None:
            # "the threat of new sanctions against Iran": an economic threat (CAMEO 1312)
            entry = replace(entry, cameo=THREAT_OF_SANCTIONS, type="THREATEN", context="economic")
        if entry.type == "COOPERATE" and self.manner_of_act(n):
            return  # "Britain, in close cooperation with the EU, will impose sanctions": how the act is done
        if entry.type == "COOPERATE" and self.standing_relation(n):
            return  # "China-Russia economic cooperation has grown rapidly": a relation's level, no act
        if entry.type == "COOPERATE" and self.topic_of_paper_or_talks(n):
            return  # "a joint plan on priorities in their economic cooperation": what is agreed
            # or talked about, coded by the accord or the talks, no cooperation told as happening
        if entry.type in PLACED_UNDER and (placer := placed_under(n, self.lex)) is not None:
            self.code_placed(n, entry, placer)  # "has been put under investigation in Italy"
            return
        if (entry.type == "SUPPORT" or entry.frame == "give") and self.code_received(n, entry):
            return  # "Assad has the backing of Russia": Russia backs Assad
        if entry.frame == "self" and entry.type in MOVED_FORCES and self.moves_things(n):
            return  # "seeking the withdrawal of Dunkin's poison pill rights": no forces withdrawn
        if entry.type in FORCEFUL and self.agent_of_forceful(n):
            return  # "was killed by a coalition airstrike near Tabqa Dam, Syria": the verb codes the strike
        givers = (n, n.head) if n.dep_ == "dobj" else (n,)  # "from" may hang on the verb
        if entry.type == "SUPPORT" and any(is_poll_share(p) for h in givers
                                           for _, p in pobjs(h, ("of", "from"))):
            return  # "received support from six in 10 Democrats", "the support of 27 percent of voters"
        if (entry.type in SPEECH_ACTS or entry.type == "CONCEDE") and says_no(n):
            return  # "We make no apology for having an instant rebuttal": no act made
        if entry.type == "SUPPORT" and any(True for _ in pobjs(n, ("among",))):
            return  # "Clinton has strong support among African-American voters": a standing in polls
        kids = {(c.dep_, c.lower_) for c in n.children}
        if entry.type == "AGREE" and ("prep", "of") in kids and kids & {("amod", "great"), ("amod", "good")}:
            return  # "I have a great deal of respect for him": a quantity, no deal
        acts = self.joined_acts(n)  # "facing shelling and airstrikes by X": the first stands in the clause
        slot = self.series_slot(acts[0])  # "carried out a series of air strikes": the series stands in it
        gov = slot.head if slot.dep_ in ("dobj", "nsubjpass") and slot.head.pos_ in ("VERB", "AUX") else None
        if gov is None and entry.frame != "sym" and n.dep_ == "pobj" and n.head.lower_ == "in" and (
                n.head.head.lemma_.lower() in self.lex.in_object_verbs):
            # "Activists engaged in a brief sit-in": the verb's object, "in" a phrase ("engaged in talks",
            # "in fighting": the sides of a symmetric act are found as those of its setting)
            gov = n.head.head
        if gov is None and entry.type in FORCEFUL:
            gov = answered_for(slot)  # "al-Shabab is claiming responsibility for a deadly attack"
        asked = for_clause(gov) if gov is not None and entry.type == "REQUEST" else None
        if entry.needs_content and asked is None and not any(c.dep_ in ("acl", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")) for c in n.children):
            if not any(self.actors(p) for _, p in pobjs(n, ("with",))):
                return  # "began making calls to committee members": phone calls, not a call for anything
            entry = self.lex.nouns.get("phone call", entry)  # "in a call with Lavrov": a conversation (041)
        light = gov if gov is not None and self.verb_lemma(gov) in self.lex.light_verbs else None
        if gov is not None and light is None and (g := self.verb_entry(gov)) is not None and not (
                g.type in JUDGING and entry.type in MATERIAL and gov.dep_ != "xcomp") and not (
                self.repelled(n, g)) and not (g.type in JUDGING and self.reached_between(n, entry)):
            return  # the verb codes ("condemned the attack")
        if light is not None and self.predicated(light):
            return  # "makes a truce all the more urgent": said of the act, none made
        if light is not None and ((self.governed_by_event(light) and not self.agreed_measure(light)) or (
                self.obliged(light))):
            return  # "Congress has to approve any future deals with Iran": an obligation, not a deal
        if light is not None and self.counted(slot).i == n.i and self.verb_entry(light) is not None and not (
                self.has_event_object(light)):
            return  # the verb codes the act with this noun as its object ("provided support to Israel", "$1
            # billion in support": `has_event_object` reads the sum's goods the same way)
        agreed = light is not None and self.agreed_undoing(entry, light)
        if agreed:  # "Russia agreed a ceasefire with Turkey", "Russia and Turkey agreed a truce": CAMEO
            entry = self.verb_entry(light) or entry  # codes the accord between the parties (AGREE)
        # "shelling and airstrikes by the Asad regime": a "by" phrase after the last names the doer of all
        sources = self.noun_owners(n) or self.stray_agents(n) or [
            m for a in acts if a.i > n.i for _, p in pobjs(a, ("by",)) for m in self.actors(p)]
        undergone = entry.type in UNDERGONE and gov is not None and light is None and (
            self.verb_lemma(gov) in self.lex.undergoing_verbs)
        if gov is None and entry.type in FORCEFUL and (bearer := self.loss_bearer(n)) is not None:
            gov, undergone = bearer, True  # "sustained heavy losses in raids by the Syrian army": the loser
        if not sources and undergone and gov is not None:  # "Russia faces new sanctions from the EU"
            sources = [m for h in (n, gov) for _, p in pobjs(h, ("from",)) for m in self.actors(p)]
        if not sources and undergone and gov is not None and n.head.head.i == gov.i:
            # "suffered heavy losses in raids by the Syrian army": the agent may hang on the verb
            sources = [m for _, p in pobjs(gov, ("by",)) for m in self.actors(p)]
        if entry.frame == "sym" and entry.type not in FORCEFUL and entry.type != "AGREE" and sources:
            # "Russia-Ukraine talks", "the Israel-Hamas ceasefire": a hyphened pair names both sides (an
            # accord so named is often only awaited, as one "between": "expectations of a China-US trade
            # deal")
            sources += other_than(self.hyphened_partners(n), sources)
        if light is not None and sources and all(m.kind == "pronoun" for m in sources):
            # "since the Israelis launched their assault on Gaza": a possessive pronoun on the light verb's
            # object is its subject's own, whatever an earlier sentence's people ("Thousands") suggest
            sources = self.actors(subject_of(light)) or sources
        if not sources and light is not None:
            sources = self.actors(subject_of(light))
        if not sources and light is None and (weigher := self.option_weigher(n)) is not None:
            sources = self.actors(subject_of(weigher))  # "EU ministers discussed the possibility of X"
        ready = self.readiness(n, entry) if not sources and light is None else None
        if ready is not None:  # "Iran is ready for talks with the US": willingness to cooperate is AGREE
            sources = self.actors(subject_of(ready.head))  # (PLOVER; CAMEO 03x, as "ready to hold talks")
            entry = replace(entry, type="AGREE")
        if not sources and threat is not None and entry.type == "THREATEN":
            sources = self.threateners(threat)  # "The EU issued a warning of sanctions against Belarus"
        if not sources and (entry.type in SPEECH_ACTS or entry.frame == "give"):
            # "complaints from his American counterpart that China's glut ...", "a fresh offer from
            # Afghanistan", "loans from the IMF": said or given by whom it comes from ("from his American
            # counterpart" is not his: a pronoun there is too often the owner of a relation noun)
            sources = [m for _, p in pobjs(n, ("from",)) for m in self.actors(p) if m.kind != "pronoun"]
        if not sources and light is None and (rel := next((c for c in n.children if c.dep_ in ("relcl", "acl")
                                                            and self.verb_lemma(c) in self.lex.light_verbs),
                                                           None)) is not None:
            light = rel  # "an attack he leveled at Clinton", "the deal reached by the Obama administration
            sources = self.actors(subject_of(rel))  # and Speaker Paul Ryan" (a reduced passive: its agent)
            if not sources and self.reached_between(n, entry):  # "the agreement reached yesterday between
                sources = between_sides(n, self.actors)  # the Government of Iraq and the Kurdistan Regional
                # Government" (re3d UK Government): the sides made it
        setting = setting_verb(n) if not sources and light is None else None
        if setting is not None and (g := self.verb_entry(setting)) is not None and g.type == "AGREE" and (
                entry.type != "AGREE"):
            return  # "Russia and Turkey agreed on a ceasefire": the verb codes the accord
        backing = entry.type == "SUPPORT" and n.head.lower_ == "in"
        # "the army used helicopters in attacks on villages": the user attacked
        wielded = entry.type in FORCEFUL and setting is not None and (
            setting.lemma_.lower() in self.lex.wielding_verbs and not is_passive(setting))
        if setting is not None and (entry.frame == "sym" or backing or wielded):
            sources = self.actors(subject_of(setting))  # "raised it in a call with Lavrov", "in support of X"
        way = self.way_verb(n, entry) if not sources and light is None else None
        if way is not None:
            # "left for consultations with the governments of Syria", "responded with attacks on Machado"
            sources = self.actors(subject_of(way))
        held = light is not None and n.dep_ == "nsubjpass" and n.head.i == light.i  # "was held in Lagos"
        if not sources and entry.type == "PROTEST" and (light is None or held) and (
                n.dep_ in ("nsubj", "nsubjpass")):
            sources = self.protesters_in(n)  # "Protests erupted in Cairo": the country's civilians
        between = False
        if not sources and (light is None or held) and entry.frame == "sym" and (entry.type == "CONSULT" or (
                entry.type in FOUGHT_OR_TALKED and told_happening(n))):
            # "annual meetings in Beijing between senior Chinese and American officials", "clashes between
            # Israeli troops and Palestinian protesters", "a ceasefire between Israel and Hamas took effect"
            # (an accord "between" is often only named: "the road map for the final status accord between
            # Israel and ...")
            sources = between_sides(n, self.actors)
            between = bool(sources)
        if not sources and entry.frame == "self" and entry.type in ("RETREAT", "MOBILIZE"):
            # "the withdrawal of U.S. troops from Iraq" (CAMEO 0872), "the first deployment of NATO
            # peacekeeping troops": the forces withdrawn or deployed are whose act it is
            forces = [p for _, p in pobjs(n, ("of",))
                      if self.counted(p).lemma_.lower() in self.lex.force_nouns or self.peacekeepers(p)]
            sources = [m for p in forces for m in self.actors(p)]
        if entry.frame == "self" and any(self.peacekeepers(p) for _, p in pobjs(n, ("of",))):
            if entry.type == "MOBILIZE":
                # CAMEO 074 "provide peacekeepers or other military forces for protection" (PLOVER AID): "the
                # deployment of NATO peacekeeping troops" is given to the place they are sent to
                entry = replace(entry, cameo=PROTECTION, type="AID", frame="give")
            elif entry.cameo == WITHDRAWAL:  # CAMEO 1661 "the withdrawal of UN peacekeepers from Haiti":
                entry = replace(entry, cameo=PEACEKEEPERS_OUT, type="SANCTION")  # protection withdrawn
        kept: list[Mention] = []
        if not sources and entry.type in FORCEFUL and (held := self.custody(n)) is not None:
            # "A Palestinian prisoner died as a result of torture while in Israeli police custody": harm done
            # to someone in custody is the keeper's (CAMEO 1822) and befalls whoever was held
            sources, kept = held
        if not sources and entry.cameo.startswith(STATE_RESTRICTION) and gov is not None and (
                light is None and (g := self.verb_entry(gov)) is not None and g.type in JUDGING):
            # "Rights groups condemned the house arrest of opposition leader X in Cameroon": an arrest judged
            # happened, by the authorities of its place or of those held (as an arrest with no one named is)
            sources = self.arresting_state(n, [m for _, p in pobjs(n, ("of",)) for m in self.actors(p)])
        if not sources:
            return
        if entry.type == "PROTEST":  # "Greek riots", "the Athens protest march": the country's people (a
            # state's own "protest to Ukraine", told by a possessor, is a note of its government)
            sources = [self.civilians_of(m) if m.actor.country and m.actor.sector is None and m.kind in (
                "name", "metonym", "demonym") and (span := self.mention_span(m)) is not None
                and span[-1].head.i == n.i and span[-1].dep_ in ("amod", "compound") else m for m in sources]
        if entry.type == "PROTEST" and all((m.actor.sector or "") in ELECTED_SECTORS
                                           and m.kind in ("person", "pronoun", "title") for m in sources):
            return  # "a Trump rally", "his most recent rally": a candidate's campaign event, no protest
        if entry.type == "RETREAT" and not any(c.dep_ == "prep" for c in n.children) and all(
                (m.actor.sector or "") in CANDIDATES and m.kind in ("person", "pronoun") for m in sources):
            return  # "Even before Palin's withdrawal": a candidate leaving a race or an event, no retreat
        if entry.verbal is not None and all(m.kind in ("person", "pronoun") and (m.actor.sector or "")
                                            in CAMPAIGN_SECTORS for m in sources):
            entry = entry.verbal  # "Trump's attack on a federal judge's heritage": a politician's words
        if entry.frame == "sym":  # "the SDF's fight against ISIL": the side fought is named "against"
            preps: tuple[str, ...] = ("with", "between", *(("against",) if entry.type in FORCEFUL else ()))
        elif entry.frame == "self":  # "the withdrawal of forces from Panama"
            preps = ("from", "against")
        else:
            # "with" names a partner only of symmetric nouns ("the blockade of Serbia with Albania's help");
            # "for" the recipient of a transfer or of backing ("support for Ukraine", "praise for Merkel")
            preps = (*(p for p in NOUN_TARGET_PREPS if p != "with"), "between",
                     *(("for",) if entry.frame == "give" or entry.type == "SUPPORT" else ()))
            if entry.type in ("AGREE", "SUPPORT"):  # "Obama's pledge at the G7 summit": where, not to whom
                preps = tuple(p for p in preps if p != "at")
        targets = [m for _, p in pobjs(n, preps) for m in self.actors(p)]
        if not targets and entry.type in ("SANCTION", "COERCE"):
            targets = self.trade_partners(n, preps, sources)  # "a global embargo on trade with Iraq"
        if light is not None and not targets:
            targets = [m for _, p in pobjs(light, preps) for m in self.actors(p)]
            targets += [m for d in datives_of(light) for m in self.actors(d)]
        if not targets and undergone and gov is not None:
            # "civilians are facing ongoing shelling and airstrikes by the Asad regime": who undergoes it
            targets = other_than(self.actors(subject_of(gov)), sources)
        if not targets and way is not None and entry.frame == "sym":
            # "Boris Johnson joined US Secretary of State John Kerry ... in Paris for talks": whom one joins
            joined = [m for o in way.children if o.dep_ == "dobj" for m in self.actors(o)]
            targets = other_than(joined, sources)
        if not targets and entry.frame not in ("give", "self"):
            targets = [m for _, p in pobjs(n, ("of",)) for m in self.actors(p)]
        if not targets and entry.frame == "self":
            targets = [m for _, o in pobjs(n, ("of",)) for _, p in pobjs(o, preps) for m in self.actors(p)]
        if not targets and entry.type in CONDUCT_JUDGED:
            heads = (n,) if light is None else (n, light)  # "opened an investigation into ..." (on the verb)
            targets = other_than([m for h in heads for m in self.conduct_doers(h, (*preps, "of"))], sources)
        if asked is None and entry.type == "REQUEST" and (asked := noun_for_clause(n)) is not None:
            targets = targets or [m for _, p in pobjs(n, ("for",)) for m in self.actors(p)]
            self.content_of_report.add(asked.i)  # "Germany's call for Turkey to release the journalists"
            asked = None
        if asked is not None:  # "renewed its calls for the United States to lift sanctions"
            targets = targets or other_than(self.actors(subject_of(asked)), sources)
            self.content_of_report.add(asked.i)
        if not targets and entry.type == "THREATEN" and (done := threatened_act(n)) is not None:
            # "Mr. Trump's threats to wall off the Mexican people": whom the threatened act would hit
            targets = other_than(self.threatened_ones(done), sources)
            self.content_of_report.add(done.i)
        if not targets and entry.type in SPEECH_ACTS:  # "its demand that Israel ease restrictions"
            clauses = list(n.children) + (list(n.head.children) if n.dep_ == "dobj" else [])
            for c in clauses:
                if c.dep_ in ("ccomp", "acl") and (found := other_than(self.actors(subject_of(c)), sources)):
                    targets = found
                    self.content_of_report.add(c.i)
                    break
        if entry.type == "CONSULT" and to_the_press(targets):
            return  # "endorsed Clinton during a conference call with reporters": a press call, no talks
        if entry.frame == "sym" and not targets and len(sources) >= 2 and distributive(n):
            return  # "the Afghan and Iraq wars": one war in each place named, its sides unnamed
        if entry.frame == "sym" and entry.type in FORCEFUL and between:
            targets = []  # "clashes between Nigerian troops and Boko Haram erupted": one fight, coded once
            # from the side named first (as `coder.one_way_clashes` does for "X and Y clashed")
        if entry.frame == "sym" and not targets and len(sources) >= 2:
            sources, targets = sources[:1], sources[1:]
        pair = sources + targets
        if entry.type == "COOPERATE" and targets and all_persons(pair) and one_country(pair) and all(
                (m.actor.sector or "") in ELECTED_SECTORS for m in pair):
            return  # "Clinton's alliance with Obama": one country's politicians allied in a campaign
        if entry.type in DEALINGS and targets and commercial(pair):
            return  # "Mr. Clarke has made deals ... with several other struggling coal companies": business
        if not targets and entry.alone is not None and light is not None:
            entry = entry.alone  # "Iran held naval drills": one state's exercise shows force (MOBILIZE)
        light_subj = subject_of(light) if light is not None else None
        # "the coalition's airstrikes delivered 24 munitions against ISIL targets": the verb a strike noun
        # is the subject of carries its aim
        carrier = light if light is not None else n.head if (
            n.dep_ == "nsubj" and n.head.pos_ in ("VERB", "AUX")) else None
        targets = targets or other_than(kept, sources)
        if entry.type in PLACE_TARGETS and not targets and carrier is not None:
            targets = other_than(self.aimed_against(carrier), sources)  # "strikes using aircraft against X"
            # "conducted 300 strikes ... to enable the defeat of ISIL": whom the purpose acts on
            targets = targets or self.purpose_targets(carrier, sources) or self.purpose_targets(n, sources)
        if entry.type in FORCEFUL and all(t.actor.unknown for t in targets):
            # "began their assault on insurgent-held Karabilah": the place is struck as its holders'
            targets = other_than([m for h in (n, *([light] if light is not None else []))
                                  for _, p in pobjs(h, STRUCK_PLACE_PREPS) for m in self.holders(p)],
                                 sources) or targets
        if entry.type in PLACE_TARGETS and all(t.actor.unknown for t in targets):
            judged = gov if gov is not None and light is None else None  # "condemned the attack ... in X"
            # "launched an attack on Mosul", "Russian air strikes on Idlib": the place attacked is its state
            targets = self.place_target(light or judged or n, light_subj or (
                subject_of(judged) if judged is not None else None), preps=STRUCK_PLACE_PREPS,
                missions=True) or targets
        if entry.type in HOME_TARGETS and not targets:
            targets = self.home_target(light or n, light_subj, sources)
        if entry.type in FOREIGN_PLACE_TARGETS and not targets:
            # "Russia announced the deployment of 2,000 troops to Syria": where forces are sent to
            targets = other_than([m for _, p in pobjs(n, ("to", "into")) for m in self.actors(p)
                                  if m.actor.country and m.actor.sector is None], sources)
        if (entry.type in FOREIGN_PLACE_TARGETS or entry.cameo == PROTECTION) and not targets:
            # "the deployment of Russian troops in Syria", "the first deployment of NATO peacekeeping troops
            # have arrived in Bosnia": where they are
            targets = self.foreign_place(n, None, sources) or (self.foreign_place(
                carrier, light_subj if light is not None else n, sources) if carrier is not None else [])
        worded = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in self.lex.verbal_modifiers
                     for c in n.children)
        if worded and entry.verbal is None and entry.frame == "sym":
            return  # "continued political fighting in Washington": a quarrel of no named sides, no force
        if entry.verbal is not None and worded:
            entry = entry.verbal  # "level sexist attacks", "personal attacks": words, not force
        elif entry.verbal is not None and all_persons(sources + targets) and targets:
            entry = entry.verbal  # "Clinton's aggressive attack on Trump": criticism
        if entry.type in FORCEFUL and (entry.frame == "self" or entry.cameo in PLACE_TAKINGS) and all(
                is_unplaced(t) or (t.actor.sector or "") in PLACE_SECTORS for t in targets):
            # "the operation to isolate Raqqah", "the siege of Darayya": taken from the side a section fights
            targets = self.place_taken_from(n, sources) or targets
        if not targets and entry.frame != "self" and (light is None or light.dep_ in ("relcl", "acl")):
            return  # a bare noun with no recipient is too often a mention, not a report
        inst_heads = [p for _, p in pobjs(n, ("of", "with"))] if entry.frame == "give" else []
        if entry.frame == "give" and slot.i != n.i and self.counted(slot).i == n.i:
            inst_heads.insert(0, slot)  # "announced $1 billion in military aid": the sum counts the aid
        inst, qty, inst_toks = self.instrument(inst_heads)
        if inst is None and wielded and setting is not None:  # "used cluster munitions in attacks on Kharkiv"
            inst, qty, inst_toks = self.instrument([o for o in setting.children if o.dep_ == "dobj"])
        if inst is None:
            inst, qty, inst_toks = self.used_instrument(n)
        if qty is None and entry.type in FORCEFUL:
            qty = self.count_of(n, slot)  # "the U.S.-led coalition's four airstrikes": a stated count
        # "the total trade embargo the United Nations has imposed on Iraq": a clause on the noun that tells
        # who did it describes the act itself, not its doer's past (see coder `is_background`)
        anchor = n if light is not None and light.dep_ == "relcl" and light.head.i == n.i else light or n
        if imposed_on_another(entry, sources, targets):  # "fresh restrictions against Belarus"
            entry = replace(entry, cameo=SANCTIONED, type="SANCTION")
        mode = mode_of(light if agreed else n, self.lex, self.reporting)
        self.coded.append(Coded(anchor, entry, entry.type, sources, targets, mode, inst, qty,
                                 inst_toks, 0.55))

    def manner_of_act(self, n: Token) -> bool:
        """Whether a cooperation noun in an "in ... with" phrase tells how another act is done: "Britain, in
        close cooperation with the EU, will impose sanctions on Russia" tells the sanction (with its own
        mode), no cooperation of its own; "works in close cooperation with Germany" (no act of its own)
        keeps it. Force so done is military cooperation, coded by verb_events `code_partnered`."""
        if n.dep_ != "pobj" or n.head.lower_ != "in" or n.head.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = n.head.head
        own = self.verb_entry(verb)
        return self.has_event_object(verb) or (own is not None and own.type not in ("COOPERATE", "AID"))

    def agreed_measure(self, light: Token) -> bool:
        """Whether a light verb agreed to carries a hostile measure named by its object: "EU leaders agreed
        to expand sanctions on Russia", "agreed to step up strikes" are the measure planned, as "agreed to
        impose sanctions" is (verbs.yaml: "agreed to strike ISIS" stays planned), not an accord of no act.
        The light verb has no entry of its own ("agreed to lift sanctions" eases them)."""
        if light.dep_ != "xcomp" or self.verb_lemma(light) not in self.lex.light_verbs or (
                self.verb_entry(light) is not None):
            return False
        agreed = self.verb_entry(light.head) if light.head.pos_ in ("VERB", "AUX") else None
        return agreed is not None and agreed.type == "AGREE" and self.verb_lemma(light.head) not in (
            self.lex.vowing_verbs) and any(c.dep_ == "dobj" and (e := self.noun_entry(c)) is not None
                                           and e.type in CONFLICTUAL for c in light.children)

    def predicated(self, light: Token) -> bool:
        """Whether a light verb of making (nouns.yaml `predicating_verbs`) has an adjective after its object
        ("the shelling makes a truce all the more urgent", "made a deal more likely"): "make X
        adjective" says something of the act named, it does not make the act."""
        if self.verb_lemma(light) not in self.lex.predicating_verbs:
            return False
        return any(c.dep_ in ("ccomp", "oprd", "xcomp", "acomp", "advmod") and c.tag_ in ("JJ", "JJR", "JJS")
                   for c in light.children)

    def option_weigher(self, n: Token) -> Token | None:
        """The verb whose object is the option an act noun is the content of ("EU ministers discussed the
        possibility of sanctions on Belarus", "the US is considering the possibility of using extra
        sanctions"): its subject weighs the act and would be its doer (modality makes the act considered).
        An option with no verb over it ("there is a possibility of strikes") names no doer."""
        option = option_of(n, self.lex)
        if option is None or option.dep_ != "dobj" or option.head.pos_ not in ("VERB", "AUX"):
            return None
        return option.head

    def readiness(self, n: Token, entry: Entry) -> Token | None:
        """The adjective of willingness (grammar.yaml `willing`) a cooperative act noun is "for": "Iran is
        ready for talks with the US", "said it was ready for dialogue with Kyiv". Its subject is who offers
        the act (PLOVER AGREE), as "ready to hold talks" is; a hostile act one is ready for ("ready for war")
        is no offer."""
        if entry.type not in COOPERATIVE or n.dep_ != "pobj" or n.head.lower_ != "for":
            return None
        adj = n.head.head
        if adj.pos_ != "ADJ" or adj.lemma_.lower() not in self.lex.willing or adj.dep_ != "acomp":
            return None  # (not "a ready market for talks")
        return adj

    def standing_relation(self, n: Token) -> bool:
        """Whether a cooperation noun is the subject of a verb of level or growth (nouns.yaml `level_verbs`):
        "China-Russia economic cooperation has grown rapidly this year" describes how a relation stands
        (CODEBOOK: statistics are no events); "cooperation resumed" (no such verb) still tells an act."""
        return n.dep_ == "nsubj" and n.head.pos_ in ("VERB", "AUX") and (
            n.head.lemma_.lower() in self.lex.level_verbs)

    def topic_of_paper_or_talks(self, n: Token) -> bool:
        """Whether a noun is what a paper, an accord or talks are about: "signed a memorandum of understanding
        on defence cooperation", "a plan on priorities in economic cooperation", "talks on
        energy cooperation" (a paper named by grammar.yaml issued_documents or proposals, or a noun of
        accord or talks)."""
        tok = n
        for hop in range(3):  # "a plan on priorities in their economic cooperation": up two phrases
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in TOPIC_PREPS | (
                    {"of"} if hop else set()):  # "a memorandum of understanding on X cooperation"
                return False
            about = tok.head.head
            if about.pos_ not in ("NOUN", "PROPN"):
                return False
            lemma = about.lemma_.lower()
            if lemma in self.lex.issued_documents or lemma in self.lex.proposals or (
                    (e := self.noun_entry(about)) is not None and e.type in ("AGREE", "CONSULT")):
                return True
            tok = about
        return False

    def loss_bearer(self, n: Token) -> Token | None:
        """The verb whose subject underwent a forceful act told as where a loss was suffered: "rebels
        suffered heavy losses in raids by the army", "sustained casualties in attacks by X" (the object of an
        undergoing verb, with the act in an "in" or "from" phrase on it)."""
        if n.dep_ != "pobj" or n.head.lower_ not in ("in", "from", "during"):
            return None
        verb = n.head.head  # the phrase may hang on the loss or on the verb
        verb = verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb
        if verb.pos_ != "VERB" or not any(o.dep_ == "dobj" for o in verb.children):
            return None
        return verb if self.verb_lemma(verb) in self.lex.undergoing_verbs else None

    def code_received(self, n: Token, entry: Entry) -> bool:
        """Code backing or help that the object of a verb of getting names with its giver after "of"
        ("Assad has the backing of Russia", "Mr. Clarke had the financial backing of Mr. Justice"): the
        giver backs the verb's subject, not the other way round. True when the noun is read this way (coded,
        or dropped when the givers are the public: "has the support of black voters" is a standing)."""
        v = n.head
        if n.dep_ != "dobj" or v.pos_ not in ("VERB", "AUX") or (
                self.verb_lemma(v) not in self.lex.receiving_verbs):
            return False
        givers = [m for _, p in pobjs(n, ("of",)) for m in self.actors(p)]
        if not givers:
            return False
        if all((m.actor.sector or "") == "CVL" for m in givers):
            return True
        takers = other_than(self.actors(subject_of(v)), givers)
        if takers and not (self.governed_by_event(v) or self.obliged(v) or commercial(givers + takers)):
            mode = mode_of(n, self.lex, self.reporting)
            self.coded.append(Coded(n, entry, entry.type, givers, takers, mode, confidence=0.55))
        return True

    def way_verb(self, n: Token, entry: Entry) -> Token | None:
        """The verb whose "for" phrase names the meeting a trip is for ("Sytenko left Tuesday for
        consultations with the governments of Syria"), or whose "with" phrase names the act that answers
        something ("Trump has responded with attacks on Machado"): its subject takes part or acts."""
        prep = n.head
        if n.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            return None
        v, lemma, lex = prep.head, self.verb_lemma(prep.head), self.lex
        if prep.lower_ == "for" and entry.frame == "sym" and entry.type == "CONSULT" and (
                lemma in lex.travel_verbs):
            return v
        if prep.lower_ == "with" and lemma in lex.answer_verbs and (
                entry.type in FORCEFUL or entry.type in SPEECH_ACTS or entry.verbal is not None):
            return v
        return None

    def moves_things(self, n: Token) -> bool:
        """Whether a noun of moving forces names only things that are neither forces, weapons, people nor
        actors after "of" ("the withdrawal of Dunkin's poison pill rights", "the deployment of resources"):
        a business or an administrative matter, no force moved (an owner, "Dunkin's", makes no force)."""
        moved = [self.counted(p) for _, p in pobjs(n, ("of",))]
        lex = self.lex
        return bool(moved) and not any(
            self.index.direct(p) is not None or self.peacekeepers(p) or p.pos_ == "PROPN"
            or p.lemma_.lower() in lex.force_nouns
            or p.lemma_.lower() in lex.instrument_nouns or p.lemma_.lower() in lex.armed_people
            or p.lemma_.lower() in lex.person_nouns or p.lemma_.lower() in lex.protesters for p in moved)

    def hyphened_partners(self, n: Token) -> list[Mention]:
        """The first member of a hyphened pair modifying a symmetric noun ("Russia-Ukraine talks": the parser
        hangs "Russia" on "Ukraine" across the hyphen), which `noun_owners` does not reach. Not force: "the
        Iran-Iraq war" is mostly a past war's name, and "the US-China trade war" no war at all; not accords
        (see `code_noun`)."""
        return [m for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                for k in c.children if k.dep_ in ("compound", "amod", "nmod") and k.i == c.i - 2
                and self.doc[c.i - 1].text in HYPHENS for m in self.actors(k)]

    def reached_between(self, n: Token, entry: Entry) -> bool:
        """Whether an accord is told as made between two named sides by a light verb's participle on it ("I
        welcome the agreement reached yesterday between the Government of Iraq and the Kurdistan Regional
        Government"): a happening of its own beside the verb judging it, not an accord only named."""
        return entry.type == "AGREE" and entry.frame == "sym" and any(
            c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and self.verb_lemma(c) in self.lex.light_verbs
            for c in n.children) and bool(between_sides(n, self.actors))

    def count_of(self, n: Token, slot: Token) -> str | None:
        """How many acts of force a noun counts ("conducted over 265 bombing raids", "the coalition's four
        airstrikes", "conducted dozens of raids"): the CODEBOOK's quantity is a count the text states. A
        year or a date before the noun ("the 2014 attacks") counts nothing."""
        nums = [c for c in n.children
                if c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "TIME")]
        if nums:
            return self.doc[min(t.i for c in nums for t in c.subtree):nums[-1].i + 1].text
        if slot is not n and slot.lemma_.lower() in self.lex.quantity_nouns and (  # "dozens of raids"
                slot.lemma_.lower() not in UNCOUNTED):
            return self.doc[slot.left_edge.i if slot.left_edge.dep_ != "det" else slot.i:slot.i + 1].text
        return None

    def joined_acts(self, n: Token) -> list[Token]:
        """The act nouns coordinated with `n`, first first ("shelling and airstrikes by the Asad regime"),
        also where the parser hangs the second on the verb ("are facing ongoing shelling and airstrikes"):
        the first stands in the clause for all of them."""
        first: Token | None = n
        if n.dep_ == "conj" and n.head.pos_ in ("VERB", "AUX"):
            first = next((c for c in n.head.children if c.dep_ == "dobj" and c.i < n.i), None)
        else:
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                first = first.head
        if first is None or self.noun_entry(first) is None:
            return [n]
        acts = [first, *first.conjuncts]
        if first.dep_ == "dobj":
            acts += [c for c in first.head.children
                     if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > first.i]
        joined = {t.i: t for t in acts if self.noun_entry(t) is not None}
        joined.setdefault(n.i, n)
        return [joined[i] for i in sorted(joined)]

    def series_slot(self, n: Token) -> Token:
        """The noun that counts a run of acts and takes their place in the clause ("carried out a series of
        air strikes on Hamas targets", "launched a wave of attacks", "held a new round of talks with X",
        "conducted dozens of raids"; a partitive: "imposed some of the harshest sanctions"; a sum: "announced
        $1 billion in military aid"), else the act noun itself."""
        head, lex = n.head, self.lex
        if n.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep":  # "$1 billion in military aid"
            return head.head if self.counted(head.head).i == n.i else n
        if n.dep_ != "pobj" or head.lower_ != "of" or head.dep_ != "prep":
            return n
        if head.head.pos_ == "NOUN" and (
                (lemma := head.head.lemma_.lower()) in lex.series_nouns or lemma in lex.quantity_nouns):
            return head.head
        return head.head if self.counted(head.head).i == n.i else n

    def stray_agents(self, n: Token) -> list[Mention]:
        """The doer of an act told in a "by" phrase the parser hung on the act's "of" object ("The expulsion
        of 23 Russian diplomats by Britain", "the killing of civilians by government forces"): people and
        things undergo, they take no agent there; an act noun's own "by" ("the release of a report by
        Amnesty" is the report's) is left to it."""
        return [m for _, o in pobjs(n, ("of",)) if self.noun_entry(o) is None
                for _, p in pobjs(o, ("by",)) for m in self.actors(p)]

    def threatened_ones(self, v: Token) -> list[Mention]:
        """Whom a threatened act and the acts joined to it are done to: their objects, and their "on" or
        "against" phrases ("to wall off the Mexican people and slap a 35 percent tariff on Mexican
        imports")."""
        found: list[Mention] = []
        for act in (v, *v.conjuncts):
            found += [m for o in objects_of(act) for m in self.actors(o)]
            found += [m for _, p in pobjs(act, ("on", "against")) for m in self.actors(p)]
        return found

    def trade_partners(self, n: Token, preps: tuple[str, ...], sources: list[Mention]) -> list[Mention]:
        """The state a restriction of trade is aimed at when its phrase names the trade, not the state ("a
        global embargo on trade with Iraq", "a ban on imports from Turkey"): the partner of that trade."""
        return other_than([m for _, p in pobjs(n, preps) if not self.actors(p)
                           for _, q in pobjs(p, TRADE_PARTNER_PREPS) for m in self.actors(q)], sources)

    def peacekeepers(self, p: Token) -> bool:
        """Whether a noun names peacekeepers ("peacekeepers", "peacekeeping troops"): the words details.yaml
        gives the peacekeeping context."""
        peace = self.lex.context_words
        return any(peace.get(t.lemma_.lower()) == "peacekeeping" for t in (p, *p.children)
                   if t.i == p.i or t.dep_ in ("compound", "amod"))

    def custody(self, n: Token) -> tuple[list[Mention], list[Mention]] | None:
        """Who held the person a harm noun's clause is about ("died as a result of torture while in Israeli
        police custody", "died of beatings in the custody of Egyptian police"), and who was held (the clause
        verb's subject): the keeper and the kept, or None when the clause names no custody."""
        v = n
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and v.dep_ not in CLAUSES:
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return None
        keepers = [m for h in (n, v) for _, c in pobjs(h, ("in",)) if c.lemma_.lower() == "custody"
                   for m in self.actors(c) or [m for _, p in pobjs(c, ("of",)) for m in self.actors(p)]]
        return (keepers, self.actors(subject_of(v))) if keepers else None

    def code_placed(self, n: Token, entry: Entry, v: Token) -> None:
        """"A US national has been put under investigation in Italy", "the army placed the leaders under
        house arrest", "His friendship with Epstein is under investigation by the FBI", "the convoy came under
        attack by militants": the noun's act is done to the verb's object (to the subject of "be" or "come")
        by the verb's subject or the noun's doer, or, for an inquiry or a state's restriction with no doer
        named, by the authorities of the place it happens in (as an arrest with no one named is)."""
        if self.verb_entry(v) is not None:
            return  # "put under arrest" is keyed as a verb (verbs.yaml)
        undergone = v.lemma_.lower() in self.lex.undergoing_verbs
        if undergone or is_passive(v):
            sources = self.noun_owners(n) or [m for h in (n, v) for _, p in pobjs(h, ("by", "from"))
                                              for m in self.actors(p)]
            if not sources and (entry.type == "ACCUSE" or entry.cameo.startswith(STATE_RESTRICTION)):
                sources = self.arresting_state(v, [])
        else:
            sources = self.actors(subject_of(v))
        held = [k for k in v.children if k.dep_ == "nsubj"] if undergone else objects_of(v)
        targets = other_than([m for o in held for m in self.actors(o)], sources)
        inst, qty, toks = self.means_of_force(n) if entry.type in FORCEFUL else (None, None, [])
        if not sources and undergone and entry.type in FORCEFUL and targets and (
                inst is not None or all(is_combatant(m.actor) for m in targets)):
            # "the CIA base came under mortar fire" (PolNeAR): by someone unnamed (CODEBOOK: UAF), the
            # place's own forces only when a device was planted there (see `disowned`); a weapon or armed
            # victims tell force, where "the billionaire came under attack" (PolNeAR) tells words
            sources = self.disowned(self.unnamed_in_place(v), targets) or [Mention(
                n.idx, n.idx + len(n), n.text, Actor.of(None, "unidentified armed forces", "UAF"),
                self.section, None, "agent")]
        if not sources or not targets:
            return
        self.coded.append(Coded(v, entry, entry.type, sources, targets, mode_of(v, self.lex, self.reporting),
                                inst, qty, toks, confidence=0.55))

    def conduct_doers(self, n: Token, preps: tuple[str, ...]) -> list[Mention]:
        """Whose conduct a judging noun's (or its light verb's) phrase names when it names an act, not an
        actor: the act's doer ("an investigation into alleged crimes committed by Croat forces",
        "demonstrations against the human rights violations by the Israeli military") or whom a claim it is
        about accuses ("a probe into allegations against X", "into allegations that Russia hacked ..."):
        an inquiry or a protest is aimed at who did the act."""
        found: list[Mention] = []
        for _, p in pobjs(n, preps):
            for q in (p, *p.conjuncts):
                found += self.doers(q)  # "crimes committed by Croat forces", "violations by the military"
                # "its investigation into a rape allegation against Julian Assange": whom the claim accuses
                found += [m for _, a in pobjs(q, ("against",)) for m in self.actors(a)]
                found += [m for c in q.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                          and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
                          for k in c.children if k.dep_ == "nsubj" for m in self.actors(k)]
        return found

    def repelled(self, n: Token, g: Entry) -> bool:
        """Whether `n` is an attack by someone named that a verb of force repels ("Iraqi forces repelled an
        attack by Islamic State militants on Mosul"): the attack is a happening of its own, its owner's,
        beside the defenders' force against them."""
        return (n.dep_ == "dobj" and g.type in FORCEFUL and (e := self.noun_entry(n)) is not None
                and e.type in FORCEFUL and any(self.actors(p) for _, p in pobjs(n, ("by",))))

    def agreed_undoing(self, entry: Entry, light: Token) -> bool:
        """Whether a truce between sides ("ceasefire", "armistice") is the object of a verb of agreeing
        ("agreed a ceasefire", "signed a truce"): the sides agree, nothing is yet undone."""
        g = self.verb_entry(light)
        return entry.type == "RETREAT" and entry.frame == "sym" and g is not None and g.type == "AGREE"

    def agent_of_forceful(self, n: Token) -> bool:
        """Whether `n` is the "by" agent of a forceful passive verb whose victim is named ("the ISIL leader
        was killed by a U.S. drone strike"): the verb codes the happening with the noun's owner."""
        agent = n.head
        if n.dep_ != "pobj" or agent.dep_ != "agent" or (entry := self.verb_entry(agent.head)) is None:
            return False
        verb = agent.head.head if agent.head.dep_ == "conj" else agent.head  # "was struck and killed by"
        victims = [c for c in (*agent.head.children, *verb.children) if c.dep_ == "nsubjpass"]
        return entry.type in FORCEFUL and any(self.actors(v) for v in victims)


def placed_under(n: Token, lex: Lexicon) -> Token | None:
    """The verb that puts someone "under" the act a noun names ("put under investigation", "placed
    under curfew", "kept under house arrest") or says its subject undergoes it ("is under investigation",
    "came under attack"), or None."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
        return None
    v = prep.head
    lemma = v.lemma_.lower()
    return v if (v.pos_ == "VERB" and lemma in lex.placing_verbs) or (
        v.pos_ in ("VERB", "AUX") and lemma in lex.undergoing_verbs) else None


def commercial(pair: list[Mention]) -> bool:
    """Whether every party is a firm or a private person, and one at least a firm ("Mr. Clarke's deals with
    coal companies", "the financial backing of Mr. Justice" for a buyer of mines)."""
    firm = [m for m in pair if m.actor.code == "MNC" or m.actor.sector == "BUS"]
    return bool(firm) and all(m.actor.code == "MNC" or (m.actor.sector or "") in PRIVATE_SECTORS
                              for m in pair)


def told_happening(n: Token) -> bool:
    """Whether a noun is told as happening: the subject of its clause ("Clashes between Israeli troops and
    Palestinian protesters left three dead", "a ceasefire between Israel and Hamas took effect") or the
    setting of one ("were killed in clashes between ..."), not the object of a call, a book or a plan."""
    if n.dep_ in ("nsubj", "nsubjpass"):
        return True
    return n.dep_ == "pobj" and n.head.lower_ in SETTING_OF and n.head.head.pos_ in ("VERB", "AUX")


def answered_for(n: Token) -> Token | None:
    """The verb whose "responsibility" an act is "for" ("al-Shabab is claiming responsibility for a deadly
    attack targeting non-Muslims", GSR; "took responsibility for the bombing"): a light verb's subject owns
    the act as its doer; another verb ("denied responsibility for") codes its own act."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    duty = prep.head
    if duty.lemma_.lower() != RESPONSIBILITY or duty.dep_ != "dobj" or duty.head.pos_ not in ("VERB", "AUX"):
        return None
    return duty.head


def threatened_act(n: Token) -> Token | None:
    """The act a threat noun's infinitive names ("Putin's threat to invade Ukraine", "Mr. Trump's threats
    to wall off the Mexican people"), or None."""
    return next((c for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.tag_ == "VB"
                 and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)), None)


def distributive(n: Token) -> bool:
    """Whether a plural event noun's conjoined modifiers each name one happening ("the Afghan and Iraq
    wars"), not the two sides of one ("the Israeli-Palestinian clashes" is hyphenated, not conjoined)."""
    return n.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "compound", "nmod") and any(k.dep_ == "cc" for k in c.children)
        for c in n.children)
