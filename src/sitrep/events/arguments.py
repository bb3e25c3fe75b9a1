"""Find an event's participants in the dependency parse: who acts, on whom, with what.

Actors come only from the actors stage's mentions (mapped onto tokens); a noun phrase names
an actor when its head or a modifier chain (possessive, compound, demonym, "of") is a mention.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitrep.actors.groups import member_mentions
from sitrep.actors.index import mention_index
from sitrep.actors.lexicon import load_lexicon as actor_lexicon
from sitrep.actors.lexicon import norm
from sitrep.actors.phrases import country_name
from sitrep.events.cue_lexicon import cue_entry
from sitrep.events.kinds import ENVOY_POSTS, FOREIGN_MISSIONS, SUMMONING
from sitrep.events.lexicon import load_lexicon
from sitrep.records import Actor, Mention

SUBJECT = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
# Prepositions of the means of a passive act, whose object the parser may give the act's "by" phrase
# ("was targeted with sanctions by Washington", "were hit with fines by the regulator").
MEANS_PREPS = frozenset({"with"})
OBJECT = frozenset({"dobj", "obj"})
# State organs that work at home, placed by the state they are "in" (see `organ_in_state`), and their
# former office holders (CAMEO ELI: "a former minister in Malaysia").
HOME_ORGANS = frozenset({"GOV", "JUD", "LEG", "COP", "ELI"})
# Modifiers through which a noun phrase names its actor, in order of preference: an apposition names
# the head itself ("Clinton's opponent, Bernie Sanders" is Sanders, not Clinton).
ACTOR_MODIFIERS = ("appos", "poss", "compound", "amod", "nmod", "npadvmod")
TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "from")
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})

SpeakerLookup = Callable[[Token], "Actor | None"]


class ActorIndex:
    """Which mention (if any) each token of one section belongs to."""

    def __init__(self, doc: Doc, mentions: list[Mention], speaker_actor: SpeakerLookup | None = None) -> None:
        self.doc = doc
        self.by_token: dict[int, Mention] = mention_index(mentions, doc, section=None)
        self.speaker_actor = speaker_actor

    def direct(self, tok: Token) -> Mention | None:
        """The mention `tok` is part of, or a first-person pronoun resolved to the quote's speaker."""
        m = self.by_token.get(tok.i)
        if m is None and self.speaker_actor is not None and tok.lower_ in FIRST_PERSON:
            actor = self.speaker_actor(tok)
            if actor is not None:
                m = Mention(tok.idx, tok.idx + len(tok), tok.text, actor, kind="pronoun")
        return m

    def actors_of(self, tok: Token | None, depth: int = 0) -> list[Mention]:
        """The actors a noun phrase names: its head, else its modifier chain; conjuncts each count."""
        if tok is None:
            return []
        found: list[Mention] = []
        # a parallel conjunct ("... in Gaza and Hezbollah targets in Lebanon") is not one with its place
        heads = [tok, *(c for c in tok.conjuncts if not (c.i == tok.head.i and _is_parallel(tok)))] if (
            depth == 0) else [tok]
        for head in heads:
            if (obj := _participle_adjective_object(head)) is not None:
                found.extend(self.actors_of(obj, depth))
                continue
            m = self.direct(head)
            if m is not None and (named := self.after_dateline(head)):
                found.extend(named)  # "Brussels : EU member states agreed": the dateline is no actor
                continue
            if m is not None:
                found.extend(member_mentions(m))  # "U.S. and Russian diplomats": each state's
                if depth > 0:
                    found.extend(x for c in head.conjuncts if (x := self.direct(c)) is not None)
                # "The US, Russia, and Switzerland": a list the parser reads as an apposition
                for app in head.children:
                    if app.dep_ == "appos" and any(c.dep_ == "conj" for c in app.children):
                        found.extend(x for c in (app, *app.conjuncts) if (x := self.direct(c)) is not None)
                found.extend(self.comma_listed(head, m))
                if m.kind == "title":
                    found.extend(_title_list(self, head, m))
                continue
            if depth >= 2 or (head.pos_ in ("VERB", "AUX") and not _led(head)):
                continue
            if depth == 0 and (placed := organ_in_state(self, head)) is not None:
                found.append(placed)  # "A court in Peru has convicted four activists"
                continue
            for dep in ACTOR_MODIFIERS:
                kids = [c for c in head.children if c.dep_ == dep]
                sub = [m for c in kids for m in self.actors_of(c, depth + 1)]
                if sub:
                    found.extend(sub)
                    break
            else:
                if head.lower_.endswith(NOMINALIZATION):
                    continue  # "the isolation of Raqqah": Raqqah undergoes it, it is not its actor
                for prep in head.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        found.extend(m for p in prep.children if p.dep_ == "pobj"
                                     for m in self.actors_of(p, depth + 1))
        unique: dict[str, Mention] = {}
        for m in found:
            unique.setdefault(m.actor.code, m)
        return list(unique.values())


    def after_dateline(self, head: Token) -> list[Mention]:
        """The actors named after a dateline's colon that the parser hangs on the place as its apposition
        ("Brussels : European Union member states agreed ..." makes "Brussels" the subject): the place
        only says where the report was filed."""
        if head.i + 1 >= len(head.doc) or head.doc[head.i + 1].text != ":" or head.i != head.sent.start:
            return []
        return [x for a in head.children if a.dep_ == "appos" and a.i > head.i + 1
                for x in self.actors_of(a, 1)]

    def comma_listed(self, head: Token, m: Mention) -> list[Mention]:
        """States listed after a state with only a comma, as headlines write lists: "warns Japan, South
        Korea against drills", "rebuffs protests from Japan, US". The parser makes the second name an
        apposition of the first, or (in a headline, with no final stop) hangs it on the verb; a state is
        never another state's apposition, so each listed state is a participant."""
        if not _bare_state(m):
            return []
        out = [x for a in head.children if a.dep_ == "appos" and a.left_edge.i == head.i + 2
               and (x := self.direct(a)) is not None and _bare_state(x)]
        if not out and not _has_stop(head.sent):  # "Japan, US": after it; "Uzbekistan, Iran sign": before it
            doc, first, ancestors = head.doc, head.left_edge.i, {a.i for a in head.ancestors}
            for comma, edge in ((head.i + 1, "left_edge"), (first - 1, "right_edge")):
                if not (0 < comma < len(doc) - 1 and doc[comma].text == ","):
                    continue
                near = comma + 1 if edge == "left_edge" else comma - 1
                other = next((t for t in head.sent if getattr(t, edge).i == near and t.dep_ == "npadvmod"
                              and t.left_edge.i <= t.i == t.right_edge.i and t.head.i in ancestors), None)
                x = self.direct(other) if other is not None else None
                out += [x] if x is not None and _bare_state(x) else []
        return [x for x in out if x.actor.code != m.actor.code]


def _bare_state(m: Mention) -> bool:
    """A mention of a state by its name alone, with no sector ("Japan", "the US")."""
    return m.actor.country is not None and m.actor.code == m.actor.country and m.kind == "name"


def _title_list(index: ActorIndex, head: Token, title: Mention) -> list[Mention]:
    """"The foreign ministers of Russia and Turkey": a title over a list of states holds one for each
    state after the first (which the title's own mention names), with the title's sector."""
    out: list[Mention] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                for c in obj.conjuncts if obj.dep_ == "pobj" else ():
                    x = index.direct(c)
                    if x is not None and x.actor.country and x.actor.sector is None:
                        actor = Actor.of(x.actor.country, x.text, title.actor.sector)
                        out.append(Mention(x.start, x.end, x.text, actor, x.section, None, "title"))
    return out


FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
# "the Saudi-led coalition", "the US-led war": the leader's; "-backed" names a sponsor, not the owner.
LEADING = frozenset({"lead"})


def _led(tok: Token) -> bool:
    """True for the participle of "X-led" modifying a noun."""
    hyphenated = any(c.dep_ == "punct" for c in tok.children)
    return tok.dep_ == "amod" and tok.lemma_.lower() in LEADING and hyphenated


# Participles used as adjectives before a name ("Visiting Chinese President Xi ..." is "the visiting
# president"); the parser can read a sentence-initial one as a gerund clause with the name as object.
ADJECTIVE_PARTICIPLES = frozenset({"visit"})


def _participle_adjective_object(tok: Token) -> Token | None:
    """The object of a sentence-initial gerund clause subject that is really an adjective before a name
    ("Visiting X and Y met"): the gerund has no subject of its own, so the object is who the clause names."""
    if tok.dep_ != "csubj" or tok.tag_ != "VBG" or tok.lemma_.lower() not in ADJECTIVE_PARTICIPLES:
        return None
    if tok.i != tok.sent.start or any(c.dep_ in SUBJECT or c.dep_ == "nsubjpass" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ in OBJECT), None)


# Suffixes of nouns naming an action: their "of" phrase names what undergoes it, not who acts.
NOMINALIZATION = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ence", "ing")


def is_passive(verb: Token) -> bool:
    """True if `verb` is in the passive voice (its grammatical subject is the patient); a bare participle
    conjoined to a passive shares its voice ("He was targeted and killed"), and so does a headline's
    participle with its "was" left out (see `headline_passive`)."""
    if any(c.dep_ in PASSIVE_SUBJECT or c.dep_ == "auxpass" for c in verb.children):
        return True
    if headline_passive(verb):
        return True
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head is not verb
            and not any(c.dep_ in SUBJECT or c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ in PASSIVE_SUBJECT or c.dep_ == "auxpass" for c in verb.head.children))


def headline_passive(verb: Token) -> bool:
    """"Son of former German president stabbed to death in Berlin": a headline drops the "was" of a
    passive, and the parser reads its patient as the subject of a bare participle. A verb with a "by"
    agent but no auxiliary ("son shot dead by gunmen") cannot be active English; nor can a past
    participle (tagged VBN) heading a headline (a sentence with no final stop) with a subject but no
    auxiliary and no object. In a sentence with a stop, such a VBN is a past tense mis-tagged ("Riot
    police ... responded by firing tear gas"), so its subject is the doer."""
    kids = [c.dep_ for c in verb.children]
    if verb.dep_ != "ROOT" or "nsubj" not in kids or any(
            d in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for d in kids):
        return False
    return "agent" in kids or (verb.tag_ == "VBN" and not _has_stop(verb.sent))


def _has_stop(sent: Span) -> bool:
    """Whether a sentence ends with a full stop, question or exclamation mark (quotes aside)."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text in (".", "!", "?")


def reduced_passive(verb: Token) -> bool:
    """"prisoners detained by the army": a participle modifying its patient, with a "by" agent."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "agent" for c in verb.children))


def clause_subject(verb: Token) -> Token | None:
    """Whom a clause is about: who does it, else its passive subject ("for Trump to be banned", "that
    Lazar be released")."""
    return subject_of(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The token naming who does `verb`, following conjunction, control and relative clauses."""
    if reduced_passive(verb):
        return agent_of(verb)
    # the nearest subject before the verb: "MOSCOW (Reuters) - Russia accused Ukraine" gives the dateline
    # as a second one
    subjects = [] if headline_passive(verb) else [c for c in verb.children if c.dep_ in SUBJECT]
    # "Trump Was 'Mocking' Clinton Camp": a quote mark between them, the parser hangs the subject on the
    # auxiliary
    subjects += [k for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i
                 for k in a.children if k.dep_ in SUBJECT]
    subjects.sort(key=lambda c: c.i)
    for c in ([c for c in subjects if c.i < verb.i][-1:] or subjects[:1]):
        if mislabelled_patient(c, verb):
            break  # "who was himself hit with sanctions by Brussels": the agent does it
        if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return c
    if is_passive(verb):
        # "was struck and killed by a coalition airstrike": conjoined passives share the agent
        agent = agent_of(verb) or next((a for c in verb.children if c.dep_ == "conj" and is_passive(c)
                                        and not any(k.dep_ in PASSIVE_SUBJECT for k in c.children)
                                        and (a := agent_of(c)) is not None), None)
        if agent is not None:
            return agent
        if (sides := _between_sides(verb)) is not None:
            return sides  # "agreements were signed between Iran and Uzbekistan": both sides did it
        if depth == 0 and verb.dep_ != "conj":
            return None
    if depth > 4:
        return None
    head = verb.head
    accused = charged_with(verb)
    if accused is not None:
        return accused
    governor = restrained_by(verb)
    if governor is not None:
        return subject_of(governor, depth + 1)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        if (said := speech_after_report(verb)) is not None:
            return subject_of(said, depth + 1)  # "The opposition said X and accused Maduro's regime of ..."
        # conjoined verbs share the grammatical subject: "X has been indicted ... and will resign"
        if is_passive(verb) and any(c.dep_ in PASSIVE_SUBJECT for c in verb.children):
            return None  # "Syrians have been killed by X and cities reduced to rubble": its own clause
        if is_passive(verb) and not is_passive(head):
            # "The Obama administration has signaled willingness ... but has been met with opposition": the
            # shared subject is what the passive befalls, and with no "by" phrase its doer is not named
            return None
        own = next((c for c in head.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT), None)
        if own is not None and own.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
            own = head.head  # "North Korea, which has conducted a test and launched a rocket"
        return own if own is not None and not is_passive(verb) else subject_of(head, depth + 1)
    if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB"):
        patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ == "xcomp" and patient is not None:  # "IS is reported to have killed": its subject
            if patient.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
                return head.head
            return patient
        if head.lemma_.lower() in load_lexicon().object_control:
            obj = next((c for c in head.children if c.dep_ in OBJECT), None)
            if obj is not None:
                return obj
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.pos_ == "ADJ":  # "ready to contribute": the adjective's clause has the subject
                return subject_of(head.head, depth + 1) if head.dep_ == "acomp" else None
            return subject_of(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VB" and (holder := intent_holder(head)) is not None:
        return holder  # "Moscow announced plans to expel 35 diplomats": the planner expels
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
        if head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        if verb.dep_ == "advcl":
            return subject_of(head, depth + 1)
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _between_sides(verb: Token) -> Token | None:
    """The first of the sides a passive with no agent says its act was done "between" ("talks were held
    between Russia and Ukraine", "15 agreements were signed between Iran and Uzbekistan"): the sides are
    its doers, each with the other (a list of two or more, never one place)."""
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                 for p in c.children if p.dep_ == "pobj" and p.conjuncts), None)


def intent_holder(noun: Token) -> Token | None:
    """Who holds an intent noun ("plans", "decision", data/modality.yaml intent_nouns), and so does the act
    of its to-infinitive: its possessor ("Russia's plan to expel"), else the subject of a verb that states
    the holder's own intent ("Moscow announced plans to expel", "Turkey denied plans to invade", "has no
    plans to attack"; the agent of its passive: "the decision to withdraw was made by Moscow"). Under
    other verbs ("condemned plans to", "rejected a proposal to") the planner is not named."""
    planned = load_lexicon().modality["planned"]
    if noun.lemma_.lower() not in planned["intent_nouns"]:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return None if poss.lower_ in RELATIVE_PRONOUNS else poss
    verb = noun.head
    if verb is noun or verb.lemma_.lower() not in planned["intent_holders"]:
        return None
    if noun.dep_ == "dobj":
        return subject_of(verb, 1)
    if noun.dep_ == "nsubjpass":
        return agent_of(verb)
    return None


def speech_after_report(verb: Token) -> Token | None:
    """The reporting verb a subjectless speech verb goes on from when the parser joins it to the reported
    clause: "The opposition said the vote was rigged and accused Maduro's regime of fraud" hangs "accused"
    on "rigged", but the speaker goes on speaking (a speech cue after a speech cue's content, data/
    reporting.yaml); the reported clause's own subject ("the vote") is no accuser."""
    content = verb.head
    said = content.head
    if content.dep_ != "ccomp" or said.i == content.i or said.pos_ not in ("VERB", "AUX"):
        return None
    if not _speech(verb) or not _speech(said):
        return None
    return said


def _speech(tok: Token) -> bool:
    """Whether a verb is a cue of speech ("said", "accused", "urged"; reporting.yaml kind speech)."""
    entry = cue_entry(tok)
    return entry is not None and entry.get("kind") == "speech"


# Prepositions of "accused X of V-ing", "blamed X for V-ing": the gerund is what X did.
CHARGE_PREPS = frozenset({"of", "for"})


def charged_with(verb: Token) -> Token | None:
    """"Syria accused Israel of bombarding", "blamed Iran for attacking": the object of the verb the
    gerund's preposition hangs on is the gerund's subject."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
        return None
    if prep.lower_ == "of" and prep.head.dep_ in OBJECT and prep.head.head.pos_ in ("VERB", "AUX"):
        return prep.head  # parsed with the phrase on the object: "accused [the coalition of killing]"
    if prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in prep.head.children if c.dep_ in OBJECT), None)


# Mode cue verbs whose gerund after a preposition is their subject's own act (data/modality.yaml).
CONTROLLING_MODES = ("negated", "planned", "considered")


def restrained_by(verb: Token) -> Token | None:
    """The verb of refraining, intending or weighing a gerund hangs on through a preposition, whose
    subject does the gerund's act: "Germany refrained from criticizing Israel", "plans on meeting
    Putin" (the mode cue verbs of data/modality.yaml, which also set the act's mode). With an object
    the object may be the doer ("stopped Iran from building"): left alone."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.i == prep.head.i:
        return None
    governor = prep.head
    if governor.pos_ != "VERB" or any(c.dep_ in OBJECT for c in governor.children):
        return None
    modality = load_lexicon().modality
    lemma = governor.lemma_.lower()
    return governor if any(lemma in modality[mode]["verbs"] for mode in CONTROLLING_MODES) else None


def organ_in_state(index: ActorIndex, head: Token) -> Mention | None:
    """A state organ named by its kind and the state it sits "in" ("A court in Nicaragua", "the High Court
    in Kuala Lumpur", "a former minister in Malaysia", "police in Kenya"), when the actors stage placed
    only the state: courts, ministries, parliaments and police work at home, so the organ is that state's.
    Armed forces are left out: soldiers "in Syria" may be anyone's."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in FOREIGN_MISSIONS or any(
            c.dep_ == "poss" for c in head.children):
        return None  # "its new embassy in Jerusalem": a mission of another state, an owner named
    state = next((x for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj" and (x := index.direct(p)) is not None
                  and x.actor.sector is None and x.actor.country is not None), None)
    if state is None:
        return None
    start = min((c.i for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i),
                default=head.i)
    words = head.doc[start:head.i + 1]
    phrases = actor_lexicon().phrases
    entry = next((e for key in (words.text, head.lemma_) if (e := phrases.get(norm(key))) is not None
                  and e.kind == "agent"), None)  # ("former minister": the title's own word)
    if entry is None or entry.sector not in HOME_ORGANS:
        return None
    country = state.actor.country
    actor = Actor.of(country, f"{country_name(country)} {words.text}", entry.sector)
    return Mention(words.start_char, words.end_char, words.text, actor, kind="agent")


def mislabelled_patient(subject: Token, verb: Token) -> bool:
    """Whether a relative pronoun the parser made the subject of a passive relative clause is its patient
    ("the general, who was himself hit with sanctions by Brussels", parsed with "who" as nsubj
    beside the passive auxiliary): the noun it stands for undergoes the act."""
    return (subject.dep_ == "nsubj" and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
            and any(c.dep_ == "auxpass" for c in verb.children))


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb, or its "at the hands of" phrase, or the office one is summoned
    "to" ("was summoned to the Foreign Ministry": the ministry summons)."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if not is_passive(verb):
        return None
    for c in verb.children:  # "was targeted with sanctions by Washington": "by" hung on the means
        if c.dep_ == "prep" and c.lower_ in MEANS_PREPS:
            by = next((q for p in c.children if p.dep_ == "pobj" for k in p.children
                       if k.dep_ == "prep" and k.lower_ == "by"
                       for q in k.children if q.dep_ == "pobj"), None)
            if by is not None:
                return by
    agent_nouns = load_lexicon().agent_nouns
    for c in verb.children:  # "Syrians have been killed at the hands of Assad"
        if c.dep_ == "prep" and c.lower_ == "at":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in agent_nouns:
                    return next((q for k in p.children if k.dep_ == "prep" and k.lower_ == "of"
                                 for q in k.children if q.dep_ == "pobj"), None)
    if verb.lemma_.lower() in SUMMONING:
        return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for p in c.children if p.dep_ == "pobj"), None) or envoy_host(verb)
    return None


def envoy_host(verb: Token) -> Token | None:
    """The state an envoy summoned with no summoner named is posted "to" ("Turkish Ambassador to Tehran
    Derya Ors has been summoned"): envoys are called in by their host state."""
    for s in verb.children:
        if s.dep_ not in PASSIVE_SUBJECT:
            continue
        posts = [k for k in (s, *s.children) if k.lemma_.lower() in ENVOY_POSTS and k.dep_ != "poss"]
        for k in posts:
            for c in (*k.children, *s.children):
                if c.dep_ == "prep" and c.lower_ == "to":
                    return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def objects_of(verb: Token) -> list[Token]:
    """Direct objects of `verb` (the passive subject counts as its object)."""
    objs = [c for c in verb.children if c.dep_ in OBJECT]
    objs += [c for o in objs for c in _parallel_conjuncts(o)]
    objs += [q for c in verb.children if (q := quantity_object(c)) is not None]
    if not objs:  # "to kill and injure innocent civilians": the object both verbs share
        objs = raised_verb_object(verb)
    if not objs:  # "denounced as an ugly crime Serbia's suppression of ...": the object after "as X"
        objs = [a for _, p in pobjs(verb, ("as",)) for a in p.children if a.dep_ == "appos"]
    if reduced_passive(verb):
        objs.append(verb.head)
    if is_passive(verb):
        if verb.dep_ == "conj" and not any(c.dep_ in PASSIVE_SUBJECT | SUBJECT for c in verb.children):
            # "civilians imprisoned ... were released by Putin", parsed with the subject on the first verb
            objs.extend(c for c in verb.head.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT)
        # ("who was himself targeted": the parser may hang the relative pronoun on the auxiliary)
        hung = [k for a in verb.children if a.dep_ == "auxpass" for k in a.children if k.dep_ == "nsubj"]
        for c in (*verb.children, *hung):
            if c.dep_ in PASSIVE_SUBJECT or (c.dep_ == "nsubj" and (
                    headline_passive(verb) or mislabelled_patient(c, verb))):
                # "the service member who was killed": the relative pronoun stands for its noun
                relative = c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"
                objs.append(verb.head if relative else c)
    return objs


def raised_verb_object(verb: Token) -> list[Token]:
    """The object a verb shares with the verb joined right after it ("the methods the Assad regime is
    using to kill and injure innocent civilians", re3d dev; conflict news' "the army killed and wounded
    scores of fighters in <province>", where "killed" took the province): the first verb's object is
    left out and said once after the second (right node raising). Only two acts of one type told back to
    back ("killed and wounded", "attacked and killed"), so an intransitive first verb ("police arrived
    and arrested 12") lends nothing."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc" or doc[verb.i + 1].head.i != verb.i:
        return []
    conj = doc[verb.i + 2]
    if conj.dep_ != "conj" or conj.head.i != verb.i or conj.pos_ not in ("VERB", "AUX"):
        return []
    verbs = load_lexicon().verbs
    mine, theirs = verbs.get(verb.lemma_.lower()), verbs.get(conj.lemma_.lower())
    if mine is None or theirs is None or mine.type != theirs.type:
        return []
    return [c for c in conj.children if c.dep_ in OBJECT]


def quantity_particle(prt: Token) -> bool:
    """Whether a particle is the "up" of "up to N": "up to" before a number is a count (an upper bound),
    not a phrasal verb, so "kidnapped up to 16 advisers" is "kidnap", not "kidnap up". A verb whose
    phrasal "up" sense the lexicon lists keeps its particle ("rounded up 200 protesters" is read
    with the "up" once, as writers do: "rounded up to 200 protesters" is a round-up)."""
    return _up_to_number(prt) and f"{prt.head.lemma_.lower()} up" not in load_lexicon().verbs


def _up_to_number(prt: Token) -> bool:
    """A particle "up" followed by "to" and a number."""
    doc = prt.doc
    return (prt.dep_ == "prt" and prt.lower_ == "up" and prt.i + 2 < len(doc)
            and doc[prt.i + 1].lower_ == "to" and doc[prt.i + 2].like_num)


def is_count(tok: Token) -> bool:
    """Whether a word counts what its "of" phrase names: a number, or a noun the entity recognizer
    reads as part of a cardinal ("One third of ethnic Albanian guerrillas", "two-thirds of the
    troops"), so the counted noun, not the fraction, is who acts or undergoes."""
    return tok.pos_ == "NUM" or (tok.ent_type_ == "CARDINAL" and tok.pos_ in ("NOUN", "ADJ"))


def quantity_object(prt: Token) -> Token | None:
    """The object hidden by "up to N": spaCy reads "kidnapped up to 16 Russian advisers" with "to 16
    advisers" as a phrase on the particle; the counted noun (or the number itself) is the verb's
    object. (When it reads "to" as the number's modifier, the noun is already the object.)"""
    if not _up_to_number(prt):
        return None
    to = prt.doc[prt.i + 1]
    return next((p for p in to.children if p.dep_ == "pobj"), None) if to.dep_ == "prep" else None


def _parallel_conjuncts(obj: Token) -> list[Token]:
    """"struck Hamas positions in Gaza and Hezbollah targets in Lebanon": the parser joins the second
    object to the first one's place; a conjunct with its own phrase of the same preposition is an object."""
    out: list[Token] = []
    for prep in obj.children:
        if prep.dep_ != "prep":
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            out.extend(c for c in p.conjuncts if c.i > p.i and _is_parallel(c))
    return out


def _is_parallel(c: Token) -> bool:
    """True for a noun conjoined to a preposition's object that has its own phrase of that preposition."""
    p = c.head
    return (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and p.dep_ == "pobj" and p.head.dep_ == "prep"
            and any(k.dep_ == "prep" and k.lower_ == p.head.lower_ for k in c.children))


def datives_of(verb: Token) -> list[Token]:
    """Indirect objects: "sell Moscow missiles" -> Moscow."""
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def pobjs(head: Token, preps: tuple[str, ...] | frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs under `head` for the given prepositions, in preference order."""
    out: list[tuple[str, Token]] = []
    for c in head.children:
        if c.lower_ in preps and (c.dep_ in ("prep", "dative", "agent") or _particle_with_object(c)):
            objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")] or _compound_object(c)
            if not objs and (shared := stranded_object(c)) is not None:
                objs = [shared]
            out.extend((c.lower_, p) for p in objs)
    order = {p: i for i, p in enumerate(preps)}
    out.sort(key=lambda pair: order.get(pair[0], 99))
    return out


def _compound_object(c: Token) -> list[Token]:
    """The object of a two-word preposition the parse splits ("walked out of talks": "out" heads "of",
    which has the object): "out of X" names X."""
    return [p for k in c.children if k.dep_ == "prep" and k.i == c.i + 1 and k.lower_ == "of"
            for p in k.children if p.dep_ in ("pobj", "pcomp")]


def _particle_with_object(c: Token) -> bool:
    """"called on fellow Republicans to unendorse Trump": the parser may label the "on" a particle yet
    give it its object; a particle with an object is a preposition."""
    return c.dep_ == "prt" and any(p.dep_ == "pobj" for p in c.children)


def stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parse leaves bare (no dependents at all):
    - shared by two conjoined verbs ("established diplomatic ties with and opened an embassy in
      Tehran", ECB+ "fired at and sank a Thai trawler"): the shared noun phrase ends the second
      conjunct (right node raising);
    - read as the subject of a participle that follows ("granted asylum to five Panamanian army
      officers holed up in a residence": a reduced relative misparsed as a clause): that subject.
    """
    doc = prep.doc
    if any(True for _ in prep.children) or prep.i + 1 >= prep.sent.end:
        return None
    after = doc[prep.i + 1]
    if after.dep_ == "cc":
        return _raised_object(prep, after)
    if prep.lower_ not in (*TARGET_PREPS, "for") or prep.head.i > prep.i:
        return None  # not "as attorneys argued", "than the records showed", "On Monday Jobs ended"
    for t in doc[after.i:prep.sent.end]:
        if t.is_punct:
            return None
        if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == after.i and t.head.i > t.i:
            verb = t.head  # the participle's clause hangs where the phrase should have
            bare = verb.tag_ in ("VBN", "VBD") and not any(
                k.dep_ in ("aux", "auxpass") for k in verb.children)
            return t if bare and verb.head.i == prep.head.i and t.pos_ in ("NOUN", "PROPN") else None
    return None


def _raised_object(prep: Token, cc: Token) -> Token | None:
    """The noun phrase that ends the verb conjoined after `cc`, which the stranded `prep` shares
    (right node raising: "ties with and opened an embassy in Tehran" -> Tehran, "default on or
    restructure its debts because ..." -> debts): the last object in that conjunct's own clause, not
    in a clause under it. Only across conjoined verbs, and not for a preposition stranded in a
    clause of its own ("the areas we're going to and the amount of time", "easy to work with and has
    experience with special effects")."""
    verb = cc.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    tok = prep.head
    while tok.i != verb.i:
        if tok.dep_ in ("relcl", "acl", "ccomp", "xcomp", "advcl") or tok.head is tok:
            return None
        tok = tok.head
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > cc.i), None)
    if conj is None:
        return None
    objs = [c for c in conj.children if c.dep_ in OBJECT]
    # its object, or the object of a phrase on it or on its object ("of" phrases are inside a noun's own)
    found = [*objs, *(p for h in (conj, *objs) for k in h.children if k.dep_ == "prep" and k.lower_ != "of"
                      for p in k.children if p.dep_ == "pobj")]
    return max(found, key=lambda t: t.i, default=None)

