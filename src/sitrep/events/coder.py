"""Code events from the dependency parse: verbs, event nouns, joint undertakings and accusations.

For each section the coder walks the tokens once; a token codes an event when its lemma (with a
particle, preposition or object where the lexicon says so) is in the verb or noun lexicon. The
participants come from `arguments`, the mode from `modality`, the details from `details`;
`merge` keeps one event per happening. Vocabulary is in data/*.yaml (see `lexicon`).

The section coder is built in layers, one module each: `section` (look-ups and sense tests that need
the lexicon), `targets` (recipients found in phrases and clauses), `places` (actors a place stands
for), then `verb_events`, `noun_events` and `reported` (what verbs, event nouns, reports and verdicts
code). `kinds` holds the groups of types and sectors the rules test, `senses` the parse-only tests.
This module turns coded actions into events (one per source and target) and runs a document.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.actors.groups import own_member
from sitrep.actors.persons import surname
from sitrep.actors.phrases import country_name
from sitrep.events.arguments import (
    RELATIVE_PRONOUNS,
    ActorIndex,
    charged_with,
    is_passive,
    objects_of,
    pobjs,
    subject_of,
)
from sitrep.events.attribution import Attributor, Claim
from sitrep.events.cue_lexicon import cue_entry
from sitrep.events.dates import resolve_event_date
from sitrep.events.details import LOCATION_PREPS, clause_span, context_of, location_of
from sitrep.events.domain import drop_field_events, drop_unplaced
from sitrep.events.kinds import (
    ADDRESSED,
    ALLOWING,
    ANNOUNCED_THREATS,
    ARMED_SECTORS,
    CAMPAIGN_SECTORS,
    CAMPAIGNS,
    CANDIDATES,
    CAPTURES,
    CLAIMED,
    CLAIMING,
    CONFLICTUAL,
    COOPERATIVE,
    DEFERRING,
    DEMONSTRATIVES,
    DISAPPROVAL,
    EASINGS,
    ELECTED_SECTORS,
    FOE_CODES,
    FORCE_OR_DEPLOYMENT,
    FORCEFUL,
    GENERAL_PUBLIC,
    HOSTILE_MEASURES,
    INDIVIDUALS,
    IRREGULAR_CONTEXTS,
    MATERIAL,
    MILITARY,
    NEEDS_COUNTERPART,
    NEEDS_TARGET,
    NO_AUTHORITY,
    NO_HOSTS,
    NONSTATE_ARMED,
    OFFICIAL_SECTORS,
    PLACE_TARGETS,
    RAIDS,
    RECALL,
    RELIEF,
    RESIGNATION,
    RIOT,
    SEIZURE,
    SPEECH_ACTS,
    STATE_MILITARY,
    SUMMONING,
    TRAVELLERS,
    YIELDING,
)
from sitrep.events.layout import layout_of
from sitrep.events.lexicon import SYMMETRIC_TYPES, Entry, load_lexicon
from sitrep.events.merge import AGREEING, Telling, merge_events
from sitrep.events.modality import REFERRING_DETERMINERS
from sitrep.events.noun_events import NounEvents
from sitrep.events.places import own_forces
from sitrep.events.reported import ReportedEvents
from sitrep.events.section import SHARING, Coded
from sitrep.events.senses import (
    has_future_aux,
    is_background,
    is_combatant,
    is_conditional,
    is_desired,
    is_figurative,
    is_generic,
    is_history,
    is_post_offer,
    is_time_phrase,
    is_topic,
    is_yes_no_question,
    kind_of_act,
    one_country,
    other_than,
    to_the_press,
)
from sitrep.events.verb_events import VerbEvents
from sitrep.nlp.model import ParsedDocument
from sitrep.records import UNKNOWN_CODES, Actor, Event, Evidence, Mention


class SectionCoder(VerbEvents, NounEvents, ReportedEvents):
    """Codes the events of one parsed section."""

    def attach_elided_counts(self) -> None:
        """Give a bare count to the closest earlier transfer of the same type still without one."""
        for v, etype, qty in self.elided_counts:
            earlier = [c for c in self.coded if c.type == etype and c.anchor.i < v.i and c.quantity is None
                       and c.mode == "asserted" and v.sent.start - c.anchor.sent.start <= 80]
            if earlier:
                max(earlier, key=lambda c: c.anchor.i).quantity = qty

    def intent_code(self, c: Coded) -> str | None:
        """The CAMEO 03x code of a cooperative act reported in the future tense, else None. A meeting named
        by a noun ("I hope my meeting with the Chinese minister goes well", "the prime minister's
        meeting with Trump") is one arranged, a schedule (CODEBOOK mode planned), not an offer to meet."""
        if c.type not in COOPERATIVE or c.anchor.pos_ not in ("VERB", "AUX"):
            return None
        if not has_future_aux(c.anchor, self.lex.modality["planned"]["aux"]):
            return None
        return self.lex.intent_codes.get(c.type)

    def wrong_type(self, c: Coded, s: Mention, t: Mention | None) -> bool:
        """Whether the pair cannot do the act its verb names: an easing (CAMEO 081, 086) by someone with no
        public power or to the source's own state organs, an allowing whose allowed party is not the
        target, a sharing of intelligence (CAMEO 064) by the press, a firm or private people (news and
        gossip passed on), or a politician's "battle" with the press or a party (a contest of words)."""
        cameo = c.entry.cameo or ""
        if c.entry.type == "CONCEDE" and cameo.startswith(EASINGS):  # also refused: "will never allow our
            # sovereignty to be violated" refuses no one a concession (CAMEO 12x)
            if (s.actor.sector or "") in NO_AUTHORITY:
                return True  # "the media allowed Clinton to go so long without a press conference"
            if (t is not None and t.kind not in ("person", "pronoun") and t.actor.country == s.actor.country
                    and (t.actor.sector or "") in OFFICIAL_SECTORS
                    and (s.actor.sector or "GOV") in OFFICIAL_SECTORS):
                return True  # "the Bush rule allowed federal agencies to decide for themselves"
            if cameo.startswith(ALLOWING) and c.anchor.pos_ in ("VERB", "AUX") and not (
                    self.allowed(c.anchor, t)):
                return True  # "allowed the rule to lapse", "allow relief supplies to reach all in need"
            if cameo.startswith(ALLOWING) and self.no_permitting_power(c.anchor, s):
                return True  # "the bill would allow employers to hire", "he allows Republicans to dodge"
            if cameo.startswith(ALLOWING) and any(
                    x.dep_ in ("xcomp", "ccomp") and any(o.dep_ == "dobj" and (
                        o.lemma_.lower() in self.lex.contest_objects) for o in x.children)
                    for x in c.anchor.children):
                return True  # "a win allowing her to build a delegate lead": a contest's result
        if t is not None and c.type in COOPERATIVE and self.rival(t):
            return True  # "investing for a long, drawn-out contest with Hillary Clinton": an opponent
        if cameo.startswith(SHARING) and (s.actor.sector or "") in NO_AUTHORITY:
            return True  # "Fox News executives shared with Mr. Hannity the details": no intelligence shared
        return (t is not None and c.type in FORCEFUL and c.entry.contest and is_figurative(s)
                and (t.actor.sector or "") in CAMPAIGN_SECTORS)  # "Trump battled opposition from the media"

    @staticmethod
    def campaign_talk(c: Coded, s: Mention, t: Mention | None) -> bool:
        """Whether a material act is campaign talk: force by a named candidate or lawmaker, or by the
        press, who command no forces ("the media has seized on new revelations"), or aid between a
        candidate or party and its own country's people (a donation, "donating to Ayotte")."""
        if c.type in FORCE_OR_DEPLOYMENT and (s.actor.sector or "") == "JRN":
            return True
        if c.type in FORCE_OR_DEPLOYMENT and s.kind in ("person", "pronoun"):
            # an elite (ELI, also a ruler: "Gbagbo announced he will extend the curfew") is a candidate
            # only in a pledge or wish of its own ("has promised to forcibly deport", "wants to bomb")
            return (s.actor.sector or "") in CANDIDATES - {"ELI"} or (
                s.actor.sector == "ELI" and c.mode != "asserted" and c.anchor.dep_ == "xcomp")
        if c.type != "AID" or t is None or t.actor.country != s.actor.country:
            return False
        return bool({s.actor.sector, t.actor.sector} & CAMPAIGNS) or (
            t.kind in ("person", "pronoun") and (t.actor.sector or "") in CANDIDATES)

    @staticmethod
    def race_conceded(c: Coded, s: Mention, t: Mention) -> bool:
        """Whether a candidate or party concedes to a rival of its own country with nothing conceded
        named ("Clinton conceded when polls closed", "other Republicans yielded to Trump after he swept
        seven states"): a race lost, no yielding between political actors (CODEBOOK: not elections)."""
        v = c.anchor
        return (v.pos_ in ("VERB", "AUX") and c.entry.cameo == YIELDING and " " not in c.entry.key
                and not any(k.dep_ in ("dobj", "ccomp", "xcomp") and k.lower_ not in RELATIVE_PRONOUNS
                            and k.pos_ != "PROPN" for k in v.children)  # "the state, which Clinton conceded"
                and (s.actor.sector or "") in CANDIDATES and (t.actor.sector or "") in ELECTED_SECTORS
                and t.actor.country == s.actor.country)

    def alleged_by_victim(self, claim: Claim | None, s: Mention, t: Mention | None) -> bool:
        """Whether words said against someone are only what their target alleges ("Sun [China] claimed that
        Japan has joined hands with others to smear and attack Beijing"): an allegation verb ("claim",
        "allege") whose speaker is of the state the words were aimed at makes the claim the speaker's
        accusation of the one it names; "said" keeps the words as reported."""
        if claim is None or claim.actor is None or claim.cue_i is None or t is None:
            return False
        home = claim.actor.country
        return (self.doc[claim.cue_i].lemma_.lower() in ALLEGING and home is not None
                and t.actor.country == home and s.actor.country not in (None, home))

    def beside_words(self, anchor: Token) -> bool:
        """Whether an act with a verbal sense ("attack", "target") is joined to a criticism aimed at the
        same object ("to smear and attack Beijing", "criticised and attacked the ruling"): the pair is one
        verbal onslaught, no force used. A threat is no such word ("threatened and attacked her
        supporters": force)."""
        lex = self.lex
        return any(x.pos_ in ("VERB", "AUX") and (e := lex.verbs.get(x.lemma_.lower())) is not None
                   and e.type == "ACCUSE" and not any(k.dep_ == "dobj" for k in x.children)
                   for x in anchor.conjuncts)  # (the object shared: said once, after the last verb)

    @staticmethod
    def verbal_attack(s: Mention, t: Mention) -> bool:
        """Whether an "attack" is words: by a politician, party or the press on a candidate, party, firm
        or the press ("the DNC targeted drug companies"), or by an advocacy group, firm or unarmed group
        on a named person ("Club for Growth ... spending $5.5 million, the bulk of it attacking Dewhurst":
        ads)."""
        if t.actor.sector in CAMPAIGN_SECTORS and (
                s.kind in ("person", "pronoun") or (s.actor.sector or "") in CAMPAIGN_SECTORS):
            return True
        if t.kind != "person":
            return False
        # "conservative outside groups reported spending $6 million attacking Clinton": a group neither
        # armed nor a state's organ that attacks a politician does so with ads and words
        return s.actor.code in ("NGO", "MNC") or (
            s.kind == "agent" and not s.actor.unknown and (t.actor.sector or "") in ELECTED_SECTORS
            and (s.actor.sector or "CVL") in NO_AUTHORITY)

    def brokered(self, c: Coded, s: Mention, t: Mention) -> bool:
        """Whether two co-agents of a truce (conjoined doers of one two-sided RETREAT, "ceasefire",
        "truce") are its sponsors rather than its sides: the truce is set "in" a third state, neither's
        own ("the ceasefire in Syria announced by Russia and Turkey", re3d dev). Co-agents of one act are
        partners, and the sides of a war in a third state are that state's parties, so neither is the
        other's target ("Israel and Hamas announced a ceasefire in Gaza" keeps its sides)."""
        if c.type != "RETREAT" or c.entry.frame != "sym":
            return False
        s_span, t_span = self.mention_span(s), self.mention_span(t)
        if s_span is None or t_span is None or t_span.root not in s_span.root.conjuncts:
            return False
        key = c.entry.key.split()[-1]
        near = (c.anchor, c.anchor.head, *c.anchor.children)  # the truce noun: "announced a ceasefire"
        act = next((x for x in near if x.lemma_.lower() == key), None)
        places = [m for _, p in pobjs(act, ("in",)) for m in self.actors(p)] if act is not None else []
        return any(m.actor.country not in (None, s.actor.country, t.actor.country) for m in places)

    def internal(self, c: Coded, s: Mention, t: Mention) -> bool:
        """Whether an act stays inside one state body (CODEBOOK: domestic events are between sectors;
        a body's dealings with itself are no event): a state named bare backing, meeting or ordering its
        own organs ("the UK is providing soldiers": its own army is what it gives, no recipient), or an
        official meeting or directing the staff of a body of the same state ("U.S. Army General Joseph
        Votel ... met with U.S. Air Force civilian employees", re3d CENTCOM; "met with White House
        staff")."""
        if c.type not in INTERNAL_TYPES or s.actor.country is None or t.actor.country != s.actor.country:
            return False
        state = (s.actor.sector or "GOV") in OFFICIAL_SECTORS
        if s.actor.code == s.actor.country and (t.actor.sector or "") in EXECUTIVE_ORGANS:
            return True  # (a legislature or court checks the government: "Ukraine asked its parliament")
        return state and self.staff_of_body(t)

    def staff_of_body(self, t: Mention) -> bool:
        """Whether a mention names the staff of a named body ("U.S. Air Force civilian employees",
        "Defense Department staff", "White House aides"): a staff noun with a proper name before it."""
        span = self.mention_span(t)
        if span is None:
            return False
        root = span.root
        staff_nouns = self.lex.staff_nouns
        staff = root if root.lemma_.lower() in staff_nouns else root.head if (
            root.dep_ in ("compound", "poss") and root.head.lemma_.lower() in staff_nouns) else None
        return staff is not None and staff.pos_ == "NOUN" and any(
            k.pos_ == "PROPN" for k in staff.subtree if k.i < staff.i)

    def commentary(self, c: Coded, s: Mention) -> bool:
        """Whether a demand told as "X said Y should/must ..." comes from someone with no public
        standing (a journalist, an academic, a private person): a pundit's advice, no request between
        political actors (CODEBOOK: opinion writers' arguments are no events). An official's, a
        party's or a group's "should" stays a demand ("the deputy head of China's delegation said the
        United States should reduce its provocative exercises")."""
        if c.type != "REQUEST" or c.entry.cameo != DEMAND:
            return False
        v = c.anchor  # "said Y should ..." (keyed by the report and its clause) or a quoted "Y must ..."
        told = c.entry.key.startswith("must ") or any(
            k.dep_ == "ccomp" and c.entry.key == f"{v.lemma_.lower()} {k.lemma_.lower()}" for k in v.children)
        return told and (s.actor.sector or "") in COMMENTATORS

    def names_event(self, n: Token) -> bool:
        """Whether a noun names a material happening the lexicon codes ("a naval war", "the strikes"), which
        acts told in a relative clause on it are part of; an accord ("the treaty from which Russia
        withdrew") is a thing with a time of its own."""
        return (entry := self.noun_entry(n)) is not None and entry.type in MATERIAL

    def answer_demanded(self, anchor: Token) -> bool:
        """Whether what is asked is that someone answer for a wrong (grammar.yaml answering): "The regime
        must take responsibility for its choice to starve its own people", "said those responsible must be
        held accountable". Such a demand lays blame (CAMEO 112 accuse); nothing is asked to be done."""
        if anchor.pos_ not in ("VERB", "AUX"):
            return False
        acts = [anchor, *(c for c in anchor.children if c.dep_ == "ccomp" and c.i in self.content_of_report)]
        return any(f"{x.lemma_.lower()} {k.lemma_.lower()}" in self.lex.answering for x in acts
                   for k in x.children if k.dep_ in ("dobj", "nsubjpass", "oprd", "acomp", "prep"))

    def asked_someone_else(self, v: Token, t: Mention) -> bool:
        """Whether a request is made of someone its object names and `t` is someone named only in what
        is asked: the one asked is the target (PLOVER REQUEST), a person or party the request is
        about is not. The one asked may be the audience ("I ask you to do for Hillary Clinton what you did
        for me") or, before a clause of what is asked, anyone the object names: a pronoun coreference
        leaves unresolved or gives the source's own side ("Mr. Band asked her to call Mr. Chagoury"), one's
        own staff ("Clinton asks her assistant to print out recommendations on CGI and Clinton Foundation
        leadership")."""
        if v.pos_ not in ("VERB", "AUX"):
            return False
        clause = any(x.dep_ == "xcomp" for x in v.children)  # not "told reporters that ...": a report
        asked = [k for k in v.children if k.dep_ in ("dobj", "dative") and (
            clause or (k.pos_ == "PRON" and k.lower_ in ADDRESSEE_PRONOUNS))]
        if clause:  # "called on all states to cooperate with authorities": the states are asked
            asked += [p for _, p in pobjs(v, ADDRESSING_PREPS)]
        if not asked or any(m is t or m.actor.code == t.actor.code for a in asked for m in self.actors(a)):
            return False  # "urged the party to ax its superdelegate system": the party, resolved, is asked
        span = self.mention_span(t)
        return span is not None and not any(a.left_edge.i <= span.root.i <= a.right_edge.i for a in asked)

    def opposed(self, t: Mention) -> bool:
        """Whether a mention is named only as whom an act is "against" ("sanctions against Nigeria") or
        as what a hostile act is to befall ("called for IS strongholds to be hit")."""
        span = self.mention_span(t)
        tok = span.root if span is not None else None
        if tok is not None and self.befallen(tok):
            return True
        for _ in range(2):
            if tok is None or tok.dep_ not in ("pobj", "conj"):
                return False
            tok = tok.head
            if tok.dep_ == "prep" and tok.lower_ == "against":
                return True
        return False

    def befallen(self, tok: Token) -> bool:
        """Whether `tok` (or the thing it owns: "IS strongholds") is the passive subject of a hostile act
        asked for ("called for IS strongholds to be hit"): the one it befalls is not asked anything."""
        for _ in range(3):
            acts = [tok.head] if tok.dep_ == "nsubjpass" else [  # "for X to be hit", parsed as its relcl
                c for c in tok.children if c.dep_ in ("relcl", "acl")
                and any(k.dep_ == "auxpass" for k in c.children)]
            if acts:
                return any((e := self.verb_entry(a)) is not None and e.type in CONFLICTUAL for a in acts)
            if tok.dep_ not in ("compound", "poss", "amod") or tok.head is tok:
                return False
            tok = tok.head
        return False

    def policy_object(self, v: Token, t: Mention, key: str = "") -> bool:
        """Whether `t` is named inside the gerund a verb of backing takes ("favored imposing tariffs on
        China", "supports squeezing out undocumented immigrants"): the policy is backed, not `t`. An
        object the entry's key names is the act itself, no policy ("opened an embassy in Tehran")."""
        span = self.mention_span(t)
        keyed = set(key.split()[1:])
        return span is not None and v.pos_ in ("VERB", "AUX") and any(
            g.dep_ in ("dobj", "xcomp", "ccomp") and g.i > v.i and g.lemma_.lower() not in keyed
            and g.left_edge.i <= span.root.i <= g.right_edge.i and (g.tag_ == "VBG" or (
                # "has backed a no-fly zone in Syria": a policy backed, Syria only named in it
                g.pos_ == "NOUN" and span.root.head.head.i == g.i and span.root.head.lower_ in POLICY_PLACES
                and self.index.direct(g) is None and g.lemma_.lower() not in self.lex.proposals))
            for g in v.children)

    @staticmethod
    def international(s: Mention, t: Mention) -> bool:
        """Whether `t` is an international party to `s`: an organisation or another state's authorities
        (CAMEO 086 "allow entry of or intervention by international actors"; allowing one's own
        opposition, candidates or refugees is a concession of rights, 0833)."""
        if t.actor.unknown:
            return False
        if t.actor.country is None:
            return True  # "the UN", "the IAEA", "aid agencies"
        return t.actor.country != s.actor.country and (t.actor.sector or "") in ("", *OFFICIAL_SECTORS)

    def rival(self, t: Mention) -> bool:
        """Whether `t` is named as the other side of a contest ("a contest with Hillary Clinton", "the race
        against Trump", "a debate with Sanders"): a rival, no partner of a cooperative act."""
        span = self.mention_span(t)
        if span is None:
            return False
        prep = span.root.head
        return (span.root.dep_ == "pobj" and prep.lower_ in ("with", "against")
                and prep.head.lemma_.lower() in self.lex.contest_objects)

    def no_permitting_power(self, v: Token, s: Mention) -> bool:
        """Whether the one who "allows" holds no power to permit (CAMEO 086 is an authority's act over the
        party it lets act): a thing, a circumstance or a clause as subject makes something possible ("the
        bill would allow employers to hire lower-skilled workers", "staying silent allows Republicans to
        dodge Trump"), and a candidate, party man or lawmaker in person permits no one anything ("he
        allows Republicans to dodge Trump"); a government, court or army does ("allowed refugees to
        return", "allowed Ouattara to run")."""
        if v.pos_ not in ("VERB", "AUX"):
            return False
        if s.kind in ("person", "pronoun") and (s.actor.sector or "") in ELECTED_SECTORS - {"GOV"}:
            return True
        subj = subject_of(v)
        if subj is None or self.actors(subj):
            return False
        return subj.pos_ in ("VERB", "AUX") or subj.lower_ in DEMONSTRATIVES or self.inert(subj)

    def allowed(self, v: Token, t: Mention | None) -> bool:
        """Whether `t` is the party "allow"/"permit" lets act: its object ("allowed inspectors") or the
        subject of its clause ("allow candidate Ouattara to participate", "allow refugees to return")."""
        if t is None:
            return False
        heads = [k for k in v.children if k.dep_ in ("dobj", "nsubjpass", "dative")]
        heads += [k for x in v.children if x.dep_ in ("ccomp", "xcomp")
                  for k in x.children if k.dep_ == "nsubj"]
        span = self.mention_span(t)
        return span is not None and any(h.left_edge.i <= span.root.i <= h.right_edge.i for h in heads)

    def condemned_acts(self, c: Coded) -> list[Token]:
        """The acts of force a condemnation is about: "condemned the attack on Israel", "Germany's
        condemnation of the bombing" (the verb's object or the noun's "of" phrase, and their conjuncts)."""
        if c.type != "ACCUSE":
            return []
        if c.anchor.pos_ in ("VERB", "AUX"):
            objs = [k for k in c.anchor.children if k.dep_ == "dobj"]
        else:
            objs = [p for _, p in pobjs(c.anchor, ("of",))]
        keyed = c.entry.key.lower().split()  # "mounting a public attack on X": the attack is the accusation
        return [a for o in objs for a in (o, *o.conjuncts) if a.lemma_.lower() not in keyed
                and (e := self.noun_entry(a)) is not None and e.type in FORCEFUL]

    def suffered(self, t: Mention, acts: list[Token]) -> bool:
        """Whether `t` is named as what an act of force hit ("the attack on Israel", "the bombing
        against Turkish soldiers", "the killing of civilians"), not as its doer (its possessor,
        modifier or "by" phrase) nor inside a clause of its own ("including one claimed by Daesh")."""
        span = self.mention_span(t)
        if span is None:
            return False
        for act in acts:
            tok, clause = span.root, False
            while tok.head.i not in (act.i, tok.i):
                tok = tok.head
                clause = clause or tok.pos_ in ("VERB", "AUX")  # "including one claimed by Daesh"
            if tok.head.i == act.i and tok.i != act.i and not clause and (
                    tok.dep_ == "prep" and tok.lower_ in VICTIM_PREPS):
                return True
        return False

    def retargeted(self, c: Coded) -> list[Mention]:
        """A condemnation of an act of force condemns its doer, not whom it hit: "condemn the attack on
        Israel" accuses no Israel; "condemned Russia's strikes on Aleppo" accuses Russia. With no doer
        named, no target is left and the condemnation is not coded (CODEBOOK: speech acts need a
        recipient)."""
        acts = self.condemned_acts(c)
        if not acts:
            return c.targets
        kept = [t for t in c.targets if not self.suffered(t, acts)]
        doers = [m for a in acts for m in self.noun_owners(a)] + self.late_doers(c.anchor, acts)
        return kept + [m for m in doers if all(m.actor.code != k.actor.code for k in kept)]

    def late_doers(self, verb: Token, acts: list[Token]) -> list[Mention]:
        """Doers of a condemned act named in a "by" phrase after it that the parse hangs on the active
        condemning verb ("Egypt condemned the attack on Israel by Hamas"): an active verb has no agent of
        its own, so the phrase names the act's."""
        if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
            return []
        last = max(a.right_edge.i for a in acts)
        return [m for _, p in pobjs(verb, ("by",)) if p.i > last for m in self.actors(p)]

    def not_the_speaker(self, c: Coded, targets: list[Mention]) -> list[Mention]:
        """The recipients of an act less whoever reports it after it: the speaker of a closing reporting cue
        ("Russian jets bombed a market in Idlib, killing nine civilians, the Syrian Observatory for Human
        Rights, a Britain-based war monitor, said") tells of the act and is never its recipient, though the
        parse may hang the closing speaker on the act's clause. A speaker who reports an act done to it
        names itself again where it is hit ("attacked our convoy"), in the content, not as the speaker."""
        if self.attributor is None or not targets:
            return targets
        said = self.attributor.attribution_for(self.section, c.anchor.i)
        if said.source_start is None or said.source_end is None or said.source_start <= c.anchor.idx:
            return targets  # "Ukraine anticipates receiving equipment from ...": a stance's holder named
            # first is a party
        cue = c.anchor.doc[said.claim.cue_i] if said.claim.cue_i is not None else None
        if cue is None or cue.i < c.anchor.i or any(k.dep_ == "ccomp" and k.i > cue.i for k in cue.children):
            return targets  # a cue whose report follows it ("militias supporting Assad said the strike
            # crossed red lines"): the act is in who speaks, not in what is said
        return [t for t in targets if t.end <= said.source_start or t.start >= said.source_end]

    def within_relative(self, c: Coded, found: list[Mention]) -> list[Mention]:
        """The participants a relative clause can have: "George W. Bush, who signed the legislation ...,
        and his wife, Laura" gives "signed" Bush (the antecedent) but not Laura, whom the parse joins to
        Bush after the clause ends. The noun the clause hangs on keeps its apposition ("the one ally who
        has backed his threat of force, British prime minister Tony Blair")."""
        clause = c.anchor
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        if clause.dep_ != "relcl":
            return found
        later = [k for k in clause.head.conjuncts if k.i > clause.right_edge.i]
        return [m for m in found if (span := self.mention_span(m)) is None or not any(
            k.left_edge.i <= span.root.i <= k.right_edge.i for k in later)]

    def stand_ins(self, c: Coded, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
        """The people force is used on when its object is a crowd, a protest or a facility and no one
        with a sector is named (a bare state or no one): the crowd's civilians or the facility's owners
        (see `stood_for`), of the state the act is placed in ("Kenyan police fired tear gas at crowds in
        Nairobi" -> KENCVL, "attacked the Police Headquarters of Kandahar" -> AFGCOP); with no place, a
        crowd dispersed by a state's own forces is that state's ("the Belarusian authorities violently
        suppressed peaceful protest" -> BLRCVL: police keep order at home; so are the civilians or students
        such organs act on with no state named), else it stays of no state."""
        if c.type == "ACCUSE" and sources and all(m.actor.sector == "JUD" for m in sources):
            return self.home_roles(c, one_country(sources), targets)  # courts try people at home
        if c.type not in PLACE_TARGETS:
            return []
        homes = one_country([m for m in sources if (m.actor.sector or "") in HOME_FORCES])
        if homes and targets and all(t.actor.unknown and t.actor.sector in HOME_PEOPLE for t in targets):
            # "Turkish police suppressed a peaceful student demonstration": the students are Turkey's
            return [replace(t, actor=Actor.of(homes, f"{country_name(homes)} {t.text}", t.actor.sector))
                    for t in targets]
        if not all(t.actor.sector is None and t.actor.code in (t.actor.country, *UNKNOWN_CODES)
                   for t in targets):
            return []  # someone named: not only a state named bare ("in Nairobi") or no one known
        anchor = c.anchor
        verb = anchor.pos_ in ("VERB", "AUX")
        objs = objects_of(anchor) if verb else []
        heads = objs + [p for _, p in pobjs(anchor, AIMED_PREPS)]
        # "launched an attack on a police station": the event noun a light verb carries
        heads += [p for o in objs if self.noun_entry(o) is not None for _, p in pobjs(o, AIMED_PREPS)]
        # "police fired teargas and pepper spray to dispel the crowd": what the force was used for
        heads += [o for k in anchor.children if verb and k.dep_ in ("advcl", "xcomp") and k.tag_ == "VB"
                  for o in objects_of(k)]
        owners = c.type == "ASSAULT"  # a thing seized or banned is no one's stand-in; one attacked is
        users = other_than([m for x in heads for h in (x, *x.conjuncts) for m in self.users(h)], sources)
        if owners and users:
            return users  # "destroyed weapon depots and hideouts used by PKK terrorists"
        stood = [(h, sector) for x in heads for h in (x, *x.conjuncts)
                 if (sector := self.stood_for(h, owners)) is not None]
        if not stood:
            return self.home_roles(c, homes, targets)
        subj = subject_of(anchor) if verb else None
        country = one_country([t for t in targets if t.actor.country]) or one_country(
            self.place_target(anchor, subj)) or one_country([p for h, _ in stood for p in self.located_in(h)])
        out: list[Mention] = []
        for h, sector in stood:
            state = country or (homes if sector in HOME_PEOPLE else None)
            name = f"{country_name(state)} {h.text}" if state else h.text
            out.append(Mention(h.idx, h.idx + len(h), h.text, Actor.of(state, name, sector), self.section,
                               None, "agent"))
        return out

    def home_roles(self, c: Coded, homes: str | None, targets: list[Mention]) -> list[Mention]:
        """People an act names only by their role ("Russian police arrested the opposition leader", "Turkish
        authorities detained 30 journalists", "an Iranian court sentenced the activist"), which the actors
        stage leaves unnamed: a state's police, government or courts act on them at home, so they are that
        state's when the text names no other state for them (a bare mention of the home state aside)."""
        if homes is None or not all(t.actor.code == homes for t in targets) or c.anchor.pos_ not in (
                "VERB", "AUX"):
            return []
        out: list[Mention] = []
        for o in objects_of(c.anchor):
            for h in (o, *o.conjuncts):
                r = self.counted(h)
                if (sector := self.role_of(r)) in HOME_ROLES:
                    out.append(Mention(r.idx, r.idx + len(r), r.text, Actor.of(
                        homes, f"{country_name(homes)} {r.text}", sector), self.section, None, "agent"))
        return out

    def owned_force(self, m: Mention) -> Mention:
        """A force noun of no stated state owned by a possessive pronoun ("The army said its forces killed
        13 militants", "Israel's military said its forces struck a Hamas post in Gaza"): the forces are the
        pronoun's actor's, not whoever the scene or the foe would make them. Other mentions are kept."""
        if not (m.actor.unknown and m.actor.country is None and (m.actor.sector or "") in HOME_GUARDS):
            return m
        span = self.mention_span(m)
        owner = None if span is None else next(
            (o for k in span.root.children if k.dep_ == "poss" and k.pos_ == "PRON"
             and (o := self.index.direct(k)) is not None and not o.actor.unknown), None)
        if owner is None:
            return m
        country = owner.actor.country
        actor = owner.actor if country is None else Actor.of(
            country, f"{country_name(country)} {m.text}", m.actor.sector)
        return replace(m, actor=actor)

    def fights_named_foe(self, c: Coded) -> bool:
        """Whether conjoined sides of a symmetric fight were paired against each other although the verb's
        object names the foe they both fight ("Taliban and the Islamic State group fighting the government",
        a government the actors stage could not place): the object is their enemy, they are allies in the
        act, so no event between them (a fight told with no object, "X and Y clashed", still pairs them)."""
        if c.entry.frame != "sym" or c.type not in FORCEFUL or len(c.targets) != 1:
            return False
        span = self.mention_span(c.targets[0])
        objs = [o for o in c.anchor.children if o.dep_ == "dobj"]
        if span is None or any(o.left_edge.i <= span.root.i <= o.right_edge.i for o in objs):
            return False
        lex = self.lex
        return any((k := self.counted(o).lemma_.lower()) in lex.force_nouns or k in lex.person_nouns
                   or k in lex.polities or self.holds_people(o) for o in objs)

    def own_envoy_called(self, c: Coded, s: Mention) -> bool:
        """Whether a summons calls the summoner's own envoy ("Egypt called its envoy in Berlin back for
        talks", or an envoy of no named state posted to another: "summons ambassador to Germany"): an envoy
        called home is recalled (CAMEO 161, as "recalled its ambassador"), no protest lodged with the host
        state the envoy is posted to."""
        if c.anchor.lemma_.lower() not in SUMMONING:
            return False
        for o in c.anchor.children:
            if o.dep_ not in ("dobj", "nsubjpass"):
                continue
            owners = [m for k in o.children if k.dep_ == "poss" and (m := self.index.direct(k)) is not None]
            own = self.index.direct(o)
            if any(m.actor.country == s.actor.country for m in owners) or (
                    own is not None and not owners and own.actor.country == s.actor.country):
                return True
            # "Saudi Arabia summons ambassador to Germany": an envoy of no other state, posted elsewhere
            hosts = {m.actor.country for _, p in pobjs(o, ("to",)) for m in self.actors(p)}
            if not owners and own is None and hosts and s.actor.country not in hosts:
                return True
        return False

    def measure_agreed(self, c: Coded, t: Mention | None) -> Entry | None:
        """The hostile measure an agreement or a pledge is about, when its recipient is named only as the one
        the measure is against: "EU ministers agreed on new sanctions against Belarus", "promised tougher
        sanctions against Russia". Those who agree are not agreeing with Belarus (PLOVER AGREE is a commitment
        to a counterpart): the act is the measure, planned, as "agreed to impose sanctions" is. The act noun
        lies on the path from the recipient up to the agreeing word."""
        if c.type != "AGREE":
            return None
        if t is None:  # "ministers agreed to go ahead with drafting a fresh package of sanctions"
            return self.content_measure(c.anchor)
        if (span := self.mention_span(t)) is None:
            return None
        found: Entry | None = None
        tok = span.root
        while tok.i != c.anchor.i:
            if tok.head.i == tok.i:
                return None  # the recipient is not inside the agreement's phrase
            tok = tok.head
            if tok.i != c.anchor.i and not self.carries_measure(tok):
                return None  # "agreed to stop attacks on Kabul": the attacks are ended, not agreed
            if found is None and tok.i != c.anchor.i and tok.pos_ in ("NOUN", "PROPN") and (
                    e := self.noun_entry(tok)) is not None and e.type in HOSTILE_MEASURES:
                found = e
        return found

    def carries_measure(self, tok: Token) -> bool:
        """Whether a verb between an agreement and a measure leaves the measure as it is ("proceed with",
        "move forward with", "impose"): not one of its own act or of stopping ("stop", "end", "halt")."""
        if tok.pos_ not in ("VERB", "AUX"):
            return True
        lemma = self.verb_lemma(tok)
        return lemma not in self.lex.modality["negated"]["verbs"] and lemma not in DEFERRING and (
            lemma in self.lex.light_verbs or self.verb_entry(tok) is None)

    def content_measure(self, anchor: Token) -> Entry | None:
        """The hostile measure an agreement with no recipient is about, along its content's chain (verbs it
        governs, their objects, the phrases of what is agreed on or to): "agreed to proceed with the
        drafting of new sanctions". Not a noun in an aside of time or cause ("after the attacks")."""
        frontier = [anchor]
        for _ in range(8):
            nxt: list[Token] = []
            for tok in frontier:
                for k in tok.children:
                    if k.dep_ == "prep" and k.lower_ not in CONTENT_PREPS:
                        continue
                    if k.dep_ not in ("xcomp", "dobj", "prep", "pobj") or not self.carries_measure(k):
                        continue
                    if k.pos_ in ("NOUN", "PROPN") and (e := self.noun_entry(k)) is not None:
                        return e if e.type in HOSTILE_MEASURES else None  # the first act named is agreed
                    nxt.append(k)
            frontier = nxt
        return None

    def claimant(self, anchor: Token) -> list[Mention]:
        """Who claims an act of force ("al-Shabab is claiming responsibility for a deadly attack targeting
        non-Muslims", "Islamic State claimed the bombing"): the claimant is its perpetrator (CAMEO codes
        the attack to whoever claims it), so an unnamed one is not guessed from the place."""
        tok = anchor
        for _ in range(5):
            if tok.head.i == tok.i:
                return []
            inside, tok = tok, tok.head
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            # ("claimed responsibility on Saturday for attacks": the "for" phrase may hang on the verb)
            on_verb = inside.dep_ == "prep" and inside.lower_ == "for"
            if tok.lemma_.lower() not in CLAIMING or not any(
                    d.dep_ == "dobj" and (inside.i in (d.i, *(k.i for k in d.subtree)) or (
                        on_verb and d.lemma_.lower() in CLAIMED)) and (
                        d.lemma_.lower() in CLAIMED or tok.lemma_.lower() == "claim")
                    for d in tok.children):
                return []  # another verb's clause: "said the attack", "condemned the bombing"
            subjects = [k for k in tok.children if k.dep_ == "nsubj"] or [subject_of(tok)]
            return [m for k in subjects for m in self.actors(k)  # "group al-Shabab" may parse as two
                    if not m.actor.unknown and m.actor.sector != "UAF"]
        return []

    def run(self) -> list[Event]:
        lex = self.lex
        for tok in self.doc:
            pos = tok.pos_
            if pos in ("VERB", "AUX"):
                if tok.lemma_.lower() in lex.verb_heads or tok.lemma_.lower() in lex.gathering_verbs:
                    self.code_verb(tok)  # (a verb of assembling codes only of protesters)
                self.code_joint(tok)
                if tok.i in self.reporting:
                    self.code_report_content(tok)
                elif tok.dep_ == "ROOT":
                    self.code_obligation(tok)  # "The regime must comply", said in a quoted statement
                if tok.lower_ in lex.dismay_words:
                    self.code_dismay(tok)
                if tok.lemma_.lower() in lex.evaluative_verbs:
                    self.code_evaluation(tok)
                elif (tok.dep_ in NOMINAL_DEPS and tok.lemma_.lower() in lex.noun_heads
                      and tok.lemma_.lower() not in lex.verb_heads):
                    self.code_noun(tok)  # a noun tagged as a verb: "a series of U.S. airstrikes against X"
            elif pos in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.noun_heads:
                self.code_noun(tok)
            elif pos == "ADJ" and tok.lower_ in lex.dismay_words and tok.dep_ == "acomp":
                self.code_dismay(tok)  # "Britain is appalled by ...", parsed as an adjective
        self.attach_elided_counts()
        kept = [c for c in self.coded if c.anchor.i not in self.content_of_report
                and not is_conditional(c.anchor) and not is_topic(c.anchor)
                and not (is_background(c.anchor) and c.type not in SPEECH_ACTS)  # "X, who has endorsed Y"
                and not is_desired(c.anchor) and not is_yes_no_question(c.anchor) and not is_generic(c.anchor)
                and not (c.type in MATERIAL and kind_of_act(c.anchor))  # "the epidemic of police officers
                # killing unarmed black people": a kind of act, no happening
                and not ((c.type in MATERIAL or c.type == "CONSULT")  # "her September 2011 visit to the UN"
                         and is_history(c.anchor, self.published, self.names_event))]
        asked = self.asked_acts  # "called for the withdrawal of Russian troops": asked for, not done (read
        # once all acts are coded)
        kept = [armed_raid(c) for c in one_way_clashes(kept) if c.anchor.i not in asked
                and not self.fights_named_foe(c)]
        # PLOVER MOBILIZE: "a MOBILIZE event in the context of an ASSAULT": only the ASSAULT is coded
        # ("troops were deployed in Chechnya and opened fire on the rebels")
        coded = [(c, self.events_of(c)) for c in kept]
        fought = {c.anchor.sent.start for c, evs in coded if any(
            ev.type == "ASSAULT" and ev.mode == "asserted" and ev.target is not None and not ev.target.unknown
            for ev in evs)}  # force used, not "mobilising its forces to storm a squat"
        self.tellings = {id(ev): telling for c, evs in coded if evs
                         for telling in [telling_of(c.anchor, c.type in FORCEFUL)] for ev in evs}
        return [ev for c, evs in coded if not (c.type == "MOBILIZE" and c.anchor.sent.start in fought)
                for ev in evs]

    @cached_property
    def asked_acts(self) -> dict[int, Coded]:
        """The acts a coded request asks for, by anchor: a noun of an act "called for", "pressed for",
        "appealed for" ("The UN called for the withdrawal of Russian troops", "called for the deployment
        of African Union troops"). The act has not happened (PLOVER codes the request; its recipient is the
        one who would act, see `events_of`), so it is no event of its own."""
        nouns = {c.anchor.i: c for c in self.coded
                 if c.anchor.pos_ in ("NOUN", "PROPN") and c.type != "REQUEST"}
        out: dict[int, Coded] = {}
        for c in self.coded:
            if c.type != "REQUEST" or c.anchor.pos_ not in ("VERB", "AUX"):
                continue
            for _, p in pobjs(c.anchor, ("for",)):
                for x in (p, *p.conjuncts):
                    if x.i in nouns:
                        out[x.i] = nouns[x.i]
        return out

    def asked_for(self, anchor: Token, t: Mention) -> bool:
        """Whether a request's recipient is a group of people it asks for, not of ("calling for 5,000 more
        troops", "appealed for more peacekeepers"): people named only by an agent noun (or of no known
        state) as the object of "for" are what is requested; whoever is to send them is not named. With a
        clause of what they are to do ("called for the army to intervene") they are the ones asked."""
        span = self.mention_span(t)
        if span is None or not (t.actor.unknown or t.kind == "agent"):
            return False
        root = span.root
        return (root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == anchor.i
                and not any(k.dep_ in ("acl", "relcl") for k in root.children))

    def told_in(self, anchor: Token, clause: Span, parts: list[Mention]) -> Span:
        """The clause that tells an event named by a noun (CODEBOOK evidence: the sentence or clause): the
        noun's own phrase when it names the sides ("Russia's strikes on Aleppo"), else the clause of the
        verb it hangs from that does ("Fighting broke out between government troops and M23 rebels near
        Goma", not "Fighting"). Sides named in another sentence (a foe of the report) do not count."""
        if anchor.pos_ not in ("NOUN", "PROPN"):
            return clause
        sent = anchor.sent
        spans = [sp for m in parts if (sp := self.mention_span(m)) is not None
                 and sent.start <= sp.start and sp.end <= sent.end]
        tok = anchor
        while any(not (clause.start <= sp.start and sp.end <= clause.end) for sp in spans) and (
                tok.head.i != tok.i):
            tok = tok.head
            clause = clause_span(tok)
        return clause

    def said_by_doer(self, anchor: Token, etype: str) -> bool:
        """Whether an act with no claim is its doer's own words, so the doer is credited as its speaker:
        requests, accusations, threats, rejections and agreements are said; support is said by its doer
        named as the subject ("Republicans are still standing by Trump") or through a speech word, not by
        a deed or thing of the doer's ("U.S. assistance is supporting independent media": aid given, no
        one's statement)."""
        if etype != "SUPPORT":
            return True
        entry = cue_entry(anchor)
        if entry is not None and entry.get("kind") in TOLD_CUES:
            return True
        subj = subject_of(anchor)
        return subj is None or subj.pos_ not in ("NOUN", "PROPN") or self.index.direct(subj) is not None

    def events_of(self, c: Coded) -> list[Event]:
        out: list[Event] = []
        clause = clause_span(c.anchor)
        mention_toks: set[int] = set()
        for m in c.sources + c.targets:
            span = self.mention_span(m)
            if span is not None:
                mention_toks.update(t.i for t in span)
        context = context_of(c.inst_tokens + list(clause), c.entry.context, self.lex)
        location = location_of(clause, mention_toks)
        date = resolve_event_date(c.anchor.sent, self.published, c.anchor)
        claim = self.attributor.claim_for(self.section, c.anchor.i) if self.attributor else None
        attributed_to, speaker = getattr(claim, "actor", None), getattr(claim, "speaker", None)
        seen: set[tuple[str, str | None]] = set()
        sources, targets = self.within_relative(c, c.sources), self.within_relative(c, self.retargeted(c))
        # "Israel's military said its forces struck ...": forces of no stated state are the pronoun's
        sources, targets = [self.owned_force(m) for m in sources], [self.owned_force(m) for m in targets]
        targets = self.not_the_speaker(c, targets)  # "..., killing nine civilians, the Observatory said"
        targets = self.stand_ins(c, sources, targets) or targets  # "fired tear gas at crowds in Nairobi"
        if c.type == "REJECT":  # "refused to send troops to Iraq, rejecting a request from Washington"
            targets = self.requesters(c.anchor) or targets
        if c.type == "REQUEST":  # "a resolution calling for 5,000 more troops": asked for
            targets = [t for t in targets if not self.asked_for(c.anchor, t)]
        if c.type == "REQUEST" and not targets:  # "called for the deployment of African Union troops"
            targets = other_than([m for _, p in pobjs(c.anchor, ("for",)) for x in (p, *p.conjuncts)
                                  if (a := self.asked_acts.get(x.i)) is not None for m in a.sources], sources)
        if c.type == "REQUEST" and not targets:  # "called for a ceasefire between Armenia and Azerbaijan"
            targets = other_than(self.asked_parties(c.anchor), sources)
        if c.type in FORCEFUL:  # "the ELN ambushed a patrol, killing 11 soldiers": Colombia's soldiers
            targets, sources = own_forces(targets, sources), own_forces(sources, targets)
        if c.type in FORCEFUL and all(s.actor.unknown or s.actor.sector == "UAF" for s in sources):
            sources = self.claimant(c.anchor) or sources  # "claimed responsibility for the attack"
        told = self.told_in(c.anchor, clause, sources + targets)  # "Fighting broke out between X and Y"
        for s in [m for m in sources if not self.is_equipment(m)]:
            # an unnamed recipient beside a named one adds nothing ("killed Gaza's ... and a man")
            named = [t for t in targets if not t.actor.unknown]
            for t in named or targets or [None]:
                if t is not None and (t.actor.code == s.actor.code or own_member(s, t)):
                    continue  # ("Xi called on both countries": not on China)
                if t is not None and self.brokered(c, s, t):
                    continue  # "the ceasefire in Syria announced by Russia and Turkey": its sponsors
                if t is not None and self.internal(c, s, t):
                    continue  # "Votel met with U.S. Air Force civilian employees": one body's own affair
                if (t is not None and c.anchor.lemma_.lower() in SUMMONING
                        and t.actor.country == s.actor.country):
                    continue  # "its ambassador was summoned to Moscow for consultations": called home
                if t is not None and self.commentary(c, s):
                    continue  # "Candidate Trump should follow the precedent ..., Mr. Rosenthal said": advice
                if t is None and (c.type in NEEDS_TARGET | NEEDS_COUNTERPART | ADDRESSED
                                  or s.actor.unknown or s.actor.sector == "UAF"):
                    continue  # an unnamed actor doing something to no one tells nothing
                if t is None and c.type in FORCEFUL and is_figurative(s):
                    continue  # one named person's force against no one: "beat the odds", "fight for votes"
                alleged = c.anchor.head if c.anchor.dep_ == "conj" else c.anchor
                if charged_with(alleged) is not None and (t is None or c.type not in MATERIAL):
                    # "accused rebels of violating a ceasefire": an alleged act needs its victim, and an
                    # alleged stance ("accused Turkey of violating Iraq's sovereignty") is the accuser's word
                    continue
                if t is None and c.type == "RETREAT" and c.entry.frame == "give":
                    continue  # "her lawyers had handed back all records": a return is to someone
                if c.type == "RETREAT" and c.entry.cameo == RESIGNATION and (
                        s.actor.sector or "") not in OFFICIAL_SECTORS:
                    continue  # PLOVER RETREAT covers resignations of officials, not of chairmen or staff
                if (t is not None and c.entry.contest and is_figurative(t)
                        and (s.actor.sector or "") not in ARMED_SECTORS):
                    continue  # "to fight Mr. Trump", "with whom he clashed": a contest of politicians
                if self.campaign_talk(c, s, t):
                    continue  # "Rubio vowed to destroy ISIS", "gave the candidate $250" (see `campaign_talk`)
                if c.type in FORCEFUL and c.anchor.pos_ in ("VERB", "AUX") and (
                        s.actor.sector or "") not in ARMED_SECTORS and self.in_contest(c.anchor):
                    continue  # "to force her out of the race": a contest of candidates (see `in_contest`)
                if (t is not None and c.type == "SUPPORT" and s.kind in INDIVIDUALS
                        and (s.actor.sector or "") in CANDIDATES
                        and t.actor.country in (s.actor.country, None)
                        and t.kind in GENERAL_PUBLIC):
                    continue  # "to support people with autism across their lifespans": a candidate's plan
                if c.type == "PROTEST" and (s.actor.sector or "") in ("COP", "MIL"):
                    continue  # "police barricaded Snyder Avenue": forces keeping order protest nothing
                if t is not None and c.type == "CONCEDE" and self.race_conceded(c, s, t):
                    continue  # "Clinton conceded when polls closed": a race lost (see `race_conceded`)
                if t is not None and c.type == "REJECT" and to_the_press([t]):
                    continue  # "Gore declined an interview request from POLITICO": no act between parties
                if self.wrong_type(c, s, t):
                    continue  # type precision: no power to concede, a contest of words (see `wrong_type`)
                if (t is not None and c.type == "REQUEST" and t.actor.sector == "CVL" and (
                        s.actor.sector in CAMPAIGN_SECTORS or s.actor.code == "MNC"
                        or t.kind in GENERAL_PUBLIC)):
                    continue  # "urging voters to see the big picture", "encourages customers": an appeal
                    # (an NGO's or a government's "urged people to vote": the public is no addressee actor)
                if t is not None and c.type == "REQUEST" and self.asked_someone_else(c.anchor, t):
                    continue  # "Tonight, I ask you to do for Hillary Clinton what you did for me"
                if (t is not None and c.type == "REQUEST" and t.kind in INDIVIDUALS
                        and is_post_offer(c.anchor)):
                    continue  # "asked Dr Gupta to be surgeon general": an appointment offer (also to "the
                    # CNN medical correspondent", a title), "urged Cruz to run for President": a candidacy
                if (t is not None and "SUPPORT" in (c.type, c.entry.type) and (s.actor.sector or "") == "CVL"
                        and (t.actor.sector or "") in ELECTED_SECTORS):  # also "would not support Clinton"
                    continue  # "people who support her", "voters backing Trump": electoral choice
                if t is not None and c.type == "SUPPORT" and self.policy_object(c.anchor, t, c.entry.key):
                    continue  # "Cruz supports squeezing out undocumented immigrants": a stance on a policy
                if (c.type == "AGREE" and c.entry.key not in AGREEING
                        and self.campaign_promise(s, t, c.anchor)):
                    continue  # "have proposed spending increases", "a promise to strengthen labor unions"
                    # (an agreement is reached with someone: "opposition leaders agreed to postpone the
                    # demonstration" is no campaign promise)
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
                if etype == "ACCUSE" and self.own_envoy_called(c, s):
                    etype, cameo = "SANCTION", RECALL  # "Moscow summoned its ambassador to Washington for
                    # consultations": an envoy called home, relations with the host reduced
                if (measure := self.measure_agreed(c, t)) is not None:  # "agreed on sanctions against X"
                    if t is None and measure.type in NEEDS_TARGET:
                        continue  # the measure agreed names no one it is against
                    etype, cameo = measure.type, measure.cameo or None
                    mode = "planned" if mode == "asserted" else mode
                verbal = c.entry.verbal
                if verbal is not None and etype == "ASSAULT" and t is not None and (
                        self.verbal_attack(s, t) or self.beside_words(c.anchor)):
                    etype, cameo = verbal.type, verbal.cameo  # "he attacked Republican lawmakers": words
                if etype == "REQUEST" and t is not None and self.opposed(t):
                    # "called for sanctions against Nigeria": nothing is asked of Nigeria, the call condemns
                    # it (PLOVER REQUEST is addressed to its target)
                    etype, cameo = "ACCUSE", DISAPPROVAL
                if etype == "REQUEST" and self.answer_demanded(c.anchor):
                    etype, cameo = "ACCUSE", BLAME  # "The regime must take responsibility for its choice"
                if etype == "MOBILIZE" and any(  # a disaster named (not "to storm a squat")
                        (k.pos_ == "NOUN" or k.dep_ == "amod") and k.lemma_.lower() in self.lex.mishaps
                        for k in c.anchor.sent):
                    if t is None:  # PLOVER MOBILIZE: "forces mobilized for disaster relief" are AID
                        continue  # "Pakistan deployed soldiers to flooded areas of Sindh"
                    etype, cameo = "AID", RELIEF
                if etype == "CONCEDE" and (cameo or "").startswith(ALLOWING) and t is not None and (
                        self.international(s, t)):
                    etype = "RETREAT"  # "Iraq allowed UN inspectors in": PLOVER RETREAT access (CAMEO 086)
                if etype == "COERCE" and cameo in CAPTURES and t is not None and (
                        (is_combatant(s.actor) and is_combatant(t.actor))  # armed groups take by force:
                        or s.actor.sector in NONSTATE_ARMED or s.actor.code in FOE_CODES  # "ISIL seized"
                        or (cameo == SEIZURE and is_combatant(t.actor))):  # "seize the complex from ISIL"
                    etype = "ASSAULT"  # PLOVER: combatants captured in conflict are ASSAULT, not arrest
                if etype in FORCEFUL and s.actor.sector == "CVL" and self.is_protester(s):
                    etype, cameo = "PROTEST", RIOT  # "protesters set fire to three banks": a riot
                own = att is not None and att.code[:3] == s.actor.code[:3]  # told from the doer's side
                if (etype in ANNOUNCED_THREATS and mode == "planned" and t is not None
                        and not self.pledged(c.anchor) and announced(claim, c.anchor.doc)
                        and speaks_for_doer(att, spk, s)  # the doer's own warning, not a plan told of it
                        and not procedure(claim, c.anchor)):  # "would be detained, police said"
                    etype, mode = "THREATEN", "asserted"
                if att is None and etype in SPEECH_ACTS and self.said_by_doer(c.anchor, etype) and (
                        c.anchor.pos_ in ("VERB", "AUX") or (
                        etype != "AGREE" and any(k.dep_ == "poss" for k in c.anchor.children))):
                    # "their criticism of Mr. Cruz" is said by them; "Obama's pact with Iran" is no speech
                    att, spk = s.actor, (self.attributor and self.attributor.speaker_of(self.section, s))
                # "Portugal will support Turkey, its president said", "Israel said it would free
                # prisoners": the actor expresses its intent (CAMEO 03x, AGREE). A schedule in the
                # journalist's voice or another actor's claim stays the act, planned (CODEBOOK: mode),
                # and so does a meeting its own side announces for a date (see `scheduled`).
                if mode == "planned" and own and not scheduled(c) and (intent := self.intent_code(c)):
                    etype, mode, cameo = "AGREE", "asserted", intent
                if etype == "AGREE" and c.type != "AGREE" and self.campaign_promise(s, t, c.anchor):
                    continue  # "Rubio's tax plan would give money to undocumented immigrants"
                doer, done_to = s.actor, t.actor if t else None
                if etype == "ACCUSE" and self.alleged_by_victim(claim, s, t):
                    doer, done_to = claim.actor, s.actor  # "Sun claimed that Japan ... 'smear and attack'
                    # Beijing": the claim is China's accusation of Japan
                out.append(Event(
                    source=doer, target=done_to, type=etype, mode=mode,
                    evidence=Evidence(told.text, told.start_char, told.end_char, self.section),
                    context=doer_context(context, doer, done_to), cameo=cameo,
                    attributed_to=att, speaker=spk,
                    instrument=c.instrument, quantity=c.quantity, location=location, event_date=date,
                    confidence=c.confidence - 0.1 * (pronoun + (t is None) + 2 * unknown),
                    trigger=c.entry.key,
                ))
        return out


# Prepositions that lead to what is agreed ("agreed on sanctions", "go ahead with", "the drafting of"):
# the content of an agreement (see `SectionCoder.content_measure`).
CONTENT_PREPS = frozenset({"on", "to", "with", "of", "upon"})
RAIDERS = NONSTATE_ARMED | {"UAF"}  # who raid to attack, not to search (see `armed_raid`)


def armed_raid(c: Coded) -> Coded:
    """A raid by an armed group or unnamed gunmen is an attack, not a search (PLOVER COERCE seize is the
    authorities' search or confiscation): "Taliban fighters raided a district government compound", "gunmen
    raided the village" are ASSAULT, so what they raid stands for its people (see `stand_ins`); a police or
    army raid stays COERCE, a search whose violence is coded from its own verbs ("killing two")."""
    if c.type != "COERCE" or (c.entry.cameo or "") not in RAIDS or not c.sources or not all(
            (m.actor.sector or "") in RAIDERS or m.actor.code in FOE_CODES for m in c.sources):
        return c
    return replace(c, type="ASSAULT")


def one_way_clashes(kept: list[Coded]) -> list[Coded]:
    """One event per happening (CODEBOOK): a fight of two sides told with a symmetric verb ("government
    troops and rebels clashed near Goma", "X and Y fought") is one use of force between them, coded once
    with the side named first as its source, as "X clashed with Y" is; the pairing of conjoined sides
    would code it in both directions. Symmetric cooperation (met, agreed) is left as merged later."""
    seen: set[tuple[int, str, str]] = set()
    out: list[Coded] = []
    for c in kept:
        if c.entry.frame == "sym" and c.type in FORCEFUL and len(c.sources) == 1 and len(c.targets) == 1:
            src, tgt = c.sources[0].actor.code, c.targets[0].actor.code
            if (c.anchor.i, tgt, src) in seen:
                continue
            seen.add((c.anchor.i, src, tgt))
        out.append(c)
    return out


# Relations of a date or time to the verb it dates: "visiting Turkey next week" (npadvmod), "hold talks on
# Friday" (a prep whose object is the date, `senses.is_time_phrase`).
DATING_DEPS = frozenset({"npadvmod", "tmod", "obl:tmod"})


def scheduled(c: Coded) -> bool:
    """Whether a planned meeting or visit is told with its date ("will be visiting Turkey next week", "will
    hold talks with China on Friday"): an announced schedule, which an analyst codes as the meeting,
    planned (CODEBOOK mode "scheduled"), even when the visitor's own ministry announces it; a meeting
    offered with no date ("they would meet the mediator if he gave them a veto") is an expression of
    intent (CAMEO 036, AGREE). The date must hang on the act's verb: "Iran said on Monday it would meet"
    dates the saying. (A meeting named by a noun is never an offer, see `intent_code`.)"""
    return c.type == "CONSULT" and any(
        (k.dep_ in DATING_DEPS and k.ent_type_ in ("DATE", "TIME")) or is_time_phrase(k)
        for k in c.anchor.children)


def speaks_for_doer(speaker_actor: Actor | None, speaker: str | None, doer: Mention) -> bool:
    """Whether the speaker of a claim is its doer, so the doer's force told ahead is its own warning (a
    threat: "NATO confirmed it would tighten the blockade", "North Korea warned it would strike"). A
    state speaks through its organs, so the state and its government, forces or police are one
    speaker; a person only through himself: "Deputy Jerry Ortiz ... was hoping to arrest
    him, officials said" (ECB+ 16_7) tells the deputy's hope, not a threat of the officials', and "police
    said the gunman planned to kill" no threat of the police's."""
    if speaker_actor is None:
        return False
    if doer.person is not None:  # "he said he would", "Trump vowed to deport": the same person speaks
        return speaker is not None and _surname(speaker) == _surname(doer.person)
    if speaker_actor.code == doer.actor.code:
        return True
    return (doer.actor.country is not None and speaker_actor.country == doer.actor.country
            and (speaker_actor.sector or "GOV") in OFFICIAL_SECTORS
            and (doer.actor.sector or "GOV") in OFFICIAL_SECTORS)


def announced(claim: Claim | None, doc: Doc) -> bool:
    """Whether a claim is told in words (said, warned, confirmed, a statement), not a stance its holder
    is reported to hold: "Turkish police were hoping to arrest a Syrian journalist" tells a hope, no
    warning to the journalist (cue kinds in data/cues.yaml and data/reporting.yaml)."""
    if claim is None or claim.cue_i is None or not 0 <= claim.cue_i < len(doc):
        return False
    entry = cue_entry(doc[claim.cue_i])
    return entry is not None and entry.get("kind") in TOLD_CUES


def procedure(claim: Claim | None, anchor: Token) -> bool:
    """Whether an announced act is a procedure told of its patient, not a threat to it: "Navalny would be
    detained for 48 hours, police said" puts the victim as the passive subject of a plain report, the
    authorities' schedule (COERCE planned); a warning cue keeps the threat ("protesters would be arrested,
    police warned": the cue itself is THREATEN in data/reporting.yaml)."""
    if not is_passive(anchor):
        return False
    entry = cue_entry(anchor.doc[claim.cue_i]) if claim is not None and claim.cue_i is not None else None
    return entry is None or entry.get("also_event") != "THREATEN"


def _surname(name: str) -> str:
    """A person's surname as `actors.persons.surname` reads it ("Sheriff Lee Baca" -> "Baca", "Harry B.
    Harris Jr." -> "Harris"), possessive and case aside, to match a speaker with a doer."""
    return surname(name.replace("\u2019s", "").replace("'s", "")).lower()


TOLD_CUES = frozenset({"speech", "written"})  # cue kinds that tell in words, not a stance or belief

# Prepositions naming what force is aimed at, beside a verb's object: "fired tear gas at crowds", "into
# crowds", "an attack on a military base".
AIMED_PREPS = ("at", "into", "on", "upon", "against")
# A state's organs of order, who disperse crowds at home ("the authorities suppressed peaceful protest");
# not its army, which also acts abroad ("Israeli forces attacked a peaceful protest": Palestinians').
HOME_FORCES = frozenset({"GOV", "COP", "JUD"})
HOME_GUARDS = frozenset({"MIL", "COP"})  # force nouns a state's own (see `SectionCoder.owned_force`)
ALLEGING = frozenset({"claim", "allege"})  # report cues that only allege (see `alleged_by_victim`)
# People such organs act on at home when no place is named: civilians, students.
HOME_PEOPLE = frozenset({"CVL", "EDU"})
# People named only by a private or civic role ("the opposition leader", "30 journalists", "lawyers") that
# such organs arrest, try or disperse at home: the acting state's own when no other state is named for them.
HOME_ROLES = frozenset({"CVL", "EDU", "JRN", "LAB", "MED", "REL", "AGR", "OPP", "JUD", "REF", "ELI"})

# Prepositions naming what an act of force hit: "the attack on Israel", "the bombing against Turkish
# soldiers", "the killing of civilians" (not its place, "in Iraq", nor its doer, "by ISIL").
VICTIM_PREPS = frozenset({"on", "upon", "against", "at", "of"})

BLAME = "112"  # CAMEO 112 accuse: blame laid ("must take responsibility for its choice")
DEMAND = "100"  # CAMEO 100 demand: "X said Y should/must do Z" (events/reported.py)
# Sectors of people whose "Y should ..." is an opinion: the press, academics and experts, private people.
COMMENTATORS = frozenset({"JRN", "EDU", "CVL"})
# Acts a state body can do within itself (backing, meeting, ordering, promising): no event between actors.
INTERNAL_TYPES = frozenset({"AID", "SUPPORT", "CONSULT", "COOPERATE", "REQUEST", "AGREE"})
# A state's executive organs, which a state named bare stands for (not its legislature or courts).
EXECUTIVE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Pronouns of the speech's own parties: "I ask you to", "urged us to" are made of the audience or the
# speaker's side, no third actor; a third person ("asked them to") is left to coreference.
ADDRESSEE_PRONOUNS = frozenset({"you", "us", "me"})

# Prepositions naming whom a request is made of ("called on X to", "prevailed upon X to").
ADDRESSING_PREPS = ("on", "upon")

# Prepositions that place a policy ("a no-fly zone in Syria", "sanctions against Iran"), not a partner.
POLICY_PLACES = frozenset({"in", "on", "against", "over", "inside"})

# Relations only a noun holds: a token tagged VERB in one of them is a mis-tagged noun.
NOMINAL_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "dobj"})


# Words that tell an act as one more of its kind, not again the one told before: a count of its
# doers or victims ("another 20,000 people marched", "a further 20,000 people joined", "killed at least
# 35 more civilians"; "more than 20 people" is a count, see `_told_anew`) or the act noun itself ("a
# second attack", "fresh clashes"); "shelled it again".
MORE_OF = frozenset({"another", "further", "more", "additional"})
ANOTHER_ACT = MORE_OF | {"second", "third", "fresh", "renewed"}
# An act's own participants, whose counts tell one more ("another 20,000 people marched").
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Words that describe an act ("an unprecedented level of military assistance"), names left out.
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
# Whom a verb's act is done to: "shot a carjacker", "a man was shot".
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})


def telling_of(anchor: Token, forceful: bool = False) -> Telling:
    """How an event is told, for `merge.merge_events` to tell one happening from another like it. The
    object of force is its victim ("fatally shot a carjacker"); that of aid or talks is a thing ("offering
    Iran an unprecedented level of military support"), which brings in no new party."""
    noun = anchor.pos_ in ("NOUN", "PROPN")
    definite = noun and any((k.dep_ == "det" and k.lower_ in REFERRING_DETERMINERS) or k.dep_ == "poss"
                            for k in anchor.children)
    start = layout_of(anchor.doc).sent_start[anchor.i]
    newcomer = forceful and anchor.pos_ in ("VERB", "AUX") and any(
        k.dep_ in PATIENT_DEPS and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in k.children)
        for k in anchor.children)
    words = frozenset(t.lemma_.lower() for t in clause_span(anchor) if t.pos_ in CONTENT_POS
                      and not t.is_stop and not t.ent_type_ and t.i != anchor.i)
    return Telling(anchor.doc[start].idx, definite, _told_anew(anchor), newcomer, words, _scene(anchor))





# Named places a telling can be set in: towns, regions, countries (the small model tags some towns as
# organisations: "In Heraklion, 10,000 people ..."); never a person's name.
NOT_SCENES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _named(tok: Token) -> bool:
    """Whether a word is part of a name (the small model tags some town names as common nouns)."""
    return tok.pos_ == "PROPN" or bool(tok.ent_type_)


def _scene(anchor: Token) -> str | None:
    """The named place nearest the act that sets it ("Near Palmyra, one strike destroyed ...", "In
    Heraklion, 10,000 people are reported as marching"): a place phrase of the anchor or of a word it
    hangs from, not one inside its arguments ("an attack on a bank in Greece")."""
    tok = anchor
    while True:
        for prep in tok.children:  # (not the phrase the act itself is in: "speaking at the Summit")
            if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS and not (
                    prep.left_edge.i <= anchor.i <= prep.right_edge.i):
                obj = next((k for k in prep.children if k.dep_ == "pobj"), None)
                if obj is not None and _named(obj) and obj.ent_type_ not in NOT_SCENES:
                    return " ".join(t.lower_ for t in obj.subtree if _named(t) and t.i <= obj.i)
        if tok.head.i == tok.i:
            return None
        tok = tok.head


def _told_anew(anchor: Token) -> bool:
    """Whether the act is told as one more: a word of `ANOTHER_ACT` before the anchor noun ("a second
    attack"), of `MORE_OF` before the head of its doer or object ("another 20,000 people", "35 more
    civilians"), or "again" beside it. "More than 20 people" counts people, it adds no act."""
    doc = anchor.doc

    def marked(head: Token, words: frozenset[str]) -> bool:
        return any(t.lower_ in words and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")
                   for t in doc[head.left_edge.i : head.i])

    return (any(k.dep_ == "advmod" and k.lower_ == "again" for k in anchor.children)
            or (anchor.pos_ in ("NOUN", "PROPN") and marked(anchor, ANOTHER_ACT))
            or any(k.dep_ in PARTICIPANT_DEPS and marked(k, MORE_OF) for k in anchor.children))


def code_events(parsed: ParsedDocument, mentions: list[Mention]) -> list[Event]:
    """The events `parsed` reports, one per distinct happening, with all their evidence."""
    lex = load_lexicon()
    attributor = Attributor(parsed, mentions)
    published = parsed.document.published
    events: list[Event] = []
    tellings: dict[int, Telling] = {}
    for section, doc in parsed.sections.items():
        in_section = [m for m in mentions if m.section == section]

        def speaker(tok: Token, s: str = section) -> Any:
            return attributor.speaker_actor_for(s, tok.i)

        index = ActorIndex(doc, in_section, speaker)
        coder = SectionCoder(doc, section, index, lex, attributor, published)
        events.extend(coder.run())
        tellings.update(coder.tellings)
    return merge_events(drop_unplaced(drop_field_events(parsed, events, lex.fields)), tellings)


def doer_context(context: str | None, source: Actor, target: Actor | None) -> str | None:
    """The event's context once its sides are known: PLOVER's "military" covers official state military
    bodies only, so force between irregulars (gunmen, rebels, a gang, an extremist group, the police) and
    anyone but a state's army takes the doer's own context (`IRREGULAR_CONTEXTS`: an extremist group's
    attack is terrorism) or none: "Gunmen killed 12 villagers" is not a military event."""
    if context != MILITARY or any(a is not None and a.sector in STATE_MILITARY for a in (source, target)):
        return context
    kind = "IMG" if source.code.startswith("IMG") else source.sector
    return IRREGULAR_CONTEXTS.get(kind or "", context)


__all__ = ["SYMMETRIC_TYPES", "code_events"]
