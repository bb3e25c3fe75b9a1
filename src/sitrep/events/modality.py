"""An event's mode: asserted, negated, planned, considered or possible.

A cue sets the mode of the event verb it governs: an auxiliary or negation on the verb itself,
or a governing verb/adjective whose xcomp, ccomp or object the event is ("plans to provide",
"is considering the establishment", "is believed to have"). The cue words are in
data/modality.yaml; the scope walk is here.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.events.lexicon import Lexicon
from sitrep.events.quotes import in_quote
from sitrep.nlp.syntax import object_verb, plain_word

# Links an event may climb to find a governing cue.
CLIMB = frozenset({"xcomp", "dobj", "pcomp", "acomp", "conj", "ccomp", "nsubjpass", "pobj", "prep", "advcl"})
MAX_LEVELS = 4
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})
SINGULAR = frozenset({"he", "she", "it"})
REFERRING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})  # "the riots": one already told
FIRST_PERSON_POSSESSIVES = frozenset({"my", "our"})  # "we will make our attack": the speaker's plan
TRAILED_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "prep", "dative", "attr", "oprd"})
HYPOTHETICAL = "hypothetical"  # "would": planned or possible, told apart by `_hypothetical`


def _own_cue(tok: Token, lex: Lexicon) -> str | None:
    """A mode signalled by `tok`'s own dependents (negation, modal auxiliary, hedge adverb)."""
    neg = lex.modality["negated"]["words"]
    found: set[str] = set()
    hedged = False
    for c in tok.children:
        low = plain_word(c)
        if (c.dep_ == "neg" or (low in neg and c.dep_ in ("advmod", "det", "preconj")) or _no_one(c, lex)
                or _negated_adverb(c, lex)):
            if not _trailing_negation(tok, c):
                found.add("negated")
        elif c.dep_ in ("aux", "auxpass"):
            if low in lex.modality["planned"]["hypothetical_aux"]:
                found.add(HYPOTHETICAL)  # planned or possible: see `_hypothetical`
            elif low in lex.modality["planned"]["aux"]:
                found.add("planned")
            elif low in lex.modality["possible"]["aux"] and not _perceivable(tok, c, lex):
                found.add("possible")
            elif low in lex.modality["considered"]["recommending_aux"]:
                # "should expand cooperation": considered; "Should Iran attack, ...": a condition
                found.add("possible" if aux_before_subject(tok, c) else "considered")
        elif (c.dep_ == "advmod" and low in lex.modality["possible"]["adverbs"]
              and not any(g.dep_ == "xcomp" for g in c.children)):
            # "planned to visit Gazprom, most likely to discuss the debt": the hedge is the discussion's
            found.add("possible")
            hedged = True
        elif c.dep_ == "amod" and low in lex.modality["possible"]["modifiers"]:
            found.add("possible")  # "the alleged attack"
        elif c.dep_ == "amod" and low in lex.modality["planned"]["modifiers"]:
            found.add("planned")  # "the planned visit"
        elif (c.dep_ == "mark" and low in lex.modality["possible"]["unrealised_marks"]
              and tok.dep_ == "advcl" and tok.tag_ in PRESENT_TAGS):
            found.add("possible")  # "until Clinton makes meaningful concessions": not made yet
    if _alternative_not_taken(tok, lex):
        found.add("negated")
    if _headline_infinitive(tok, lex) or (_time_ahead(tok, lex) and "possible" not in found):
        found.add("planned")  # "he might travel to the US next week": a time ahead does not firm up a hedge
    if _subjunctive(tok, lex):
        found.add("possible")
    if hedged and found <= {"possible", "planned", HYPOTHETICAL}:
        return "possible"  # "will likely hold talks", "would probably attack": a plan only guessed at
    return _strongest(found)


def aux_before_subject(verb: Token, aux: Token) -> bool:
    """An auxiliary before its verb's subject opens a condition or a question: "Should Iran attack, the US
    will respond" (no recommendation)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and aux.i < c.i < verb.i for c in verb.children)


def _perceivable(verb: Token, modal: Token, lex: Lexicon) -> bool:
    """Whether "can"/"could" on a passive verb of perception only says what was there to be perceived:
    "people from inside could later be seen walking quickly out", "Scott can be heard yelling"."""
    possible = lex.modality["possible"]
    return (modal.lower_ in possible["ability_aux"] and verb.lemma_.lower() in possible["perceived"]
            and any(c.dep_ == "auxpass" for c in verb.children))


def _trailing_negation(verb: Token, neg: Token) -> bool:
    """A "not" the parser hung on a verb from past the verb's own complement negates something else:
    "promising to lift environmental regulations ― probably not exactly what Graham had in mind",
    "arrested for protesting, not for rioting" (a verb's own negation comes before it: "did not promise")."""
    return verb.pos_ == "VERB" and neg.i > verb.i and any(
        c.dep_ in TRAILED_COMPLEMENTS and verb.i < c.i < neg.i for c in verb.children)


def _alternative_not_taken(tok: Token, lex: Lexicon) -> bool:
    """An act named as the alternative not taken: "they should change the laws rather than criticize
    him", "Russia chose to negotiate instead of attacking Ukraine" ("than"/"of" with its "rather"/
    "instead" right before it, hung as the act's preposition or as the conjunction before it)."""
    pairs = {tuple(p.split()) for p in lex.modality["negated"]["alternatives"]}
    head = tok.head
    if tok.dep_ in ("pcomp", "pobj") and head.dep_ == "prep":
        marks = [head]
    elif tok.dep_ == "conj":
        marks = [c for c in head.children if c.dep_ in ("cc", "prep") and c.i < tok.i]
    else:
        return False
    return any(m.i > 0 and (m.doc[m.i - 1].lower_, m.lower_) in pairs for m in marks)


def _subjunctive(tok: Token, lex: Lexicon) -> bool:
    """A bare verb with its own subject and no auxiliary after "that" is wanted, not done: "it is
    crucial that Clinton as well as the Democratic National Committee make genuine concessions"."""
    if tok.tag_ != "VB" or tok.dep_ not in ("ccomp", "advcl", "acl"):
        return False
    children = list(tok.children)
    marks = lex.modality["possible"]["subjunctive_marks"]
    # only a singular subject tells a bare form from a plural present ("that the police patrol ...")
    return (any(c.dep_ == "mark" and c.lower_ in marks for c in children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("NN", "NNP") or c.lower_ in SINGULAR)
                    for c in children)
            and not any(c.dep_ in ("aux", "auxpass") for c in children))


def _negated_adverb(child: Token, lex: Lexicon) -> bool:
    """An adverb whose own negation ends the act: "Russia no longer supplies gas", "not anymore"."""
    return (child.dep_ == "advmod" and child.lower_ in lex.modality["negated"]["ended_adverbs"]
            and any(g.lower_ in lex.modality["negated"]["words"] for g in child.children))


def _time_ahead(tok: Token, lex: Lexicon) -> bool:
    """A present or bare verb, or a noun, dated ahead: "meets Erdogan tomorrow", "talks next month"."""
    if tok.tag_ in ("VBD", "VBN"):
        return False
    ahead = lex.modality["planned"]["future_times"]
    return any(c.dep_ == "npadvmod" and (c.lower_ in ahead or any(g.lower_ in ahead for g in c.children))
               for c in tok.children)


def _headline_infinitive(tok: Token, lex: Lexicon) -> bool:
    """A bare infinitive with its own subject heading a sentence or a reported clause is a schedule:
    "Putin to visit Turkey next week", "US to send more troops to Poland, Pentagon says"."""
    if tok.tag_ != "VB" or tok.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    marks = lex.modality["planned"]["headline_infinitive"]
    children = list(tok.children)
    return (any(c.dep_ == "aux" and c.lower_ in marks for c in children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children))


def _referred_happening(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether an event noun a verb takes as its object names a happening the text refers to, whose
    mode the verb's own "will", "may" or "not" does not set: "Iraq will use its occupation of Kuwait as
    a lever", "Trump did not condemn Russia's invasion of Ukraine" (a definite or possessed noun under a
    verb that neither carries it out, as "will launch the attack" does, nor is a mode cue, as "plans
    the attack" is). "could face sanctions", "will not tolerate any attack" stay hypothetical."""
    if verb.pos_ != "VERB" or _governor_cue(verb, lex) is not None or not known_happening(noun):
        return False
    return not _light_verb(verb, lex)


def known_happening(noun: Token) -> bool:
    """Whether an event noun is definite or possessed, naming a happening the reader is taken to know
    ("its occupation of Kuwait", "the invasion"), not one the sentence brings in ("an attack")."""
    return noun.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS)
        or (c.dep_ == "poss" and c.lower_ not in FIRST_PERSON_POSSESSIVES)
        or (c.dep_ == "acl" and c.tag_ == "VBN" and any(k.dep_ == "agent" for k in c.children))
        for c in noun.children)  # "the accord reached by both presidents": done, told as such


def _light_verb(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb carries out the event noun it takes ("launched an attack", "carried out the
    strikes", "mounted its invasion"; "staged", which the lemmatizer cuts to "stag")."""
    particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
    lemma = verb.lemma_.lower()
    return bool({lemma, f"{lemma} {particle}", verb.lower_[:-1]} & lex.light_verbs)


def _carried_out(noun: Token, lex: Lexicon) -> bool:
    """A planned happening a light verb carries out is no longer only planned: "Israel today mounted
    its long-threatened invasion of South Lebanon" (the verb's own mode is the event's: "will launch
    the planned offensive" stays planned)."""
    verb = noun.head
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and verb.pos_ == "VERB" and _light_verb(verb, lex)


def _small_clause(verb: Token) -> bool:
    """A bare infinitive with its own subject and no tense, mark or auxiliary is no clause of its own
    but part of the verb above it, which gives it its mode: "advisers would like to see China agree to
    large purchases" (wished), "he saw soldiers fire on protesters" (seen, asserted)."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _hearsay(verb: Token, lex: Lexicon) -> bool:
    """A passive report of an infinitive: "jets were reported to have fired", "is said to have fled"."""
    return (verb.lemma_.lower() in lex.modality["possible"]["hearsay_passives"]
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))


def _performed_by_report(act: Token, report: Token, lex: Lexicon) -> bool:
    """Whether a reporting verb's object is an act the report itself performs, which so takes the report's
    own mode: "the EU is set to announce sanctions" (planned), "will declare a ceasefire", "did not
    announce new measures" (negated); "announced sanctions" stays asserted. A known happening is only
    told ("will announce the attack's toll" names an act already done)."""
    return (act.pos_ == "NOUN" and act.dep_ in ("dobj", "nsubjpass") and act.head.i == report.i
            and report.lemma_.lower() in lex.modality["planned"]["performing_reports"]
            and not known_happening(act))


def _hedged_above(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of planning is itself the infinitive of a hedge, which hedges the plan: "Seoul is
    likely to propose talks next month", "Moscow is believed to plan an offensive" (possible)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and (
        _governor_cue(head, lex) == "possible" or _own_cue(head, lex) == "possible")


def _decided_against(act: Token, lex: Lexicon) -> bool:
    """Whether a verb of choosing takes the act through "against", choosing not to do it: "EU ministers
    decided against arming the Syrian rebels", "the cabinet voted against a strike" (not "voted for")."""
    prep = act.head
    verb = prep.head
    return (act.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and prep.lower_ == "against"
            and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.modality["negated"]["choosing_against"])


def _no_one(child: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject says no one did it ("Neither Russia nor Iran", "No official", "Nobody")."""
    if child.dep_ not in ("nsubj", "nsubjpass"):
        return False
    m = lex.modality["negated"]
    return child.lower_ in m["subject_words"] or any(
        g.dep_ in ("det", "preconj") and g.lower_ in m["subject_determiners"] for g in child.children)


def told_as_claim(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb (or one it is conjoined to) is the "that" clause of a claim noun: "his conviction on
    charges that he sexually assaulted two young girls", "reports that troops had killed civilians"."""
    node = verb.head if verb.dep_ == "conj" else verb
    return (node.dep_ == "acl" and node.head.pos_ == "NOUN"
            and node.head.lemma_.lower() in lex.modality["possible"]["claim_nouns"]
            and _that_clause(node))


def _that_clause(clause: Token) -> bool:
    """Whether a clause opens with the conjunction "that": marked so, or a "that" the parser took for a
    relative pronoun although the clause fills that pronoun's own role ("an accusation by Trump that it
    hacked the emails": "that" parsed as the object of "hacked" beside "the emails"). A true relative
    clause leaves the role to "that" ("the accusation that he made")."""
    for c in clause.children:
        if c.lower_ != "that" or c.i > clause.i:
            continue
        if c.dep_ == "mark":
            return True
        roles = ("nsubj", "nsubjpass") if c.dep_ in ("nsubj", "nsubjpass") else (c.dep_,)
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                k.i != c.i and k.dep_ in roles for k in clause.children):
            return True
    return False


def _claim_mode(clause: Token, lex: Lexicon) -> str | None:
    """The mode a noun gives its "that" clause: denied by its verb ("denied reports that troops killed"),
    or hedged as a claim no one is named as holding ("allegations that he assaulted")."""
    if clause.dep_ != "acl" or not _that_clause(clause):
        return None
    noun = clause.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.modality["negated"]["claim_deniers"]:
        return "negated"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.modality["possible"]["claim_confirmers"]:
        return None  # "confirmed reports that ISIL has killed": vouched for
    if _moved_by(noun, lex):
        return None  # "shocked by reports that ISIL has killed": taken as true
    if noun.lemma_.lower() not in lex.modality["possible"]["claim_nouns"]:
        return None
    held = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)
    return None if held else "possible"


def _claim_told(clause: Token, lex: Lexicon) -> Token | None:
    """The claim noun whose content a clause is: its "that" clause ("reports that troops killed"), or
    the gerund or noun of its "about"/"of" phrase, one phrase away at most ("the report on the internet
    about soldiers killing people", "allegations of torture")."""
    claims = lex.modality["possible"]["claim_nouns"]
    clause = _subject_gerund(clause)
    head = clause.head
    if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in claims:
        return head if _that_clause(clause) else None
    if clause.dep_ not in ("pcomp", "pobj") or head.lower_ not in ("about", "of"):
        return None
    noun = head.head
    if noun.pos_ == "NOUN" and noun.lemma_.lower() not in claims and noun.dep_ == "pobj":
        noun = noun.head.head  # "the report on the internet about ...": past the phrase between
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in claims else None


def _subject_gerund(clause: Token) -> Token:
    """A gerund with its own subject in an "of"/"about" phrase stands where that subject stands: "reports
    of coast guard vessels firing on a fishing boat" (the parser hangs "firing" on "vessels", the
    phrase's object), so the claim noun is found as for "reports of firing"."""
    head = clause.head
    if (clause.dep_ == "acl" and clause.tag_ == "VBG" and head.dep_ == "pobj"
            and head.head.lower_ in ("about", "of")):
        return head
    return clause


def _called_false(clause: Token, lex: Lexicon) -> bool:
    """Whether the text calls the claim a clause tells false, so denies the act: "reports that soldiers
    killed villagers are false", "the report about soldiers killing people in Benue is false", "baseless
    reports that troops burned the village" (the claim noun's predicate or its own adjective)."""
    claim = _claim_told(clause, lex)
    if claim is None:
        return False
    false = lex.modality["negated"]["falsity_words"]
    if any(c.dep_ == "amod" and c.lemma_.lower() in false for c in claim.children):
        return True
    verb = claim.head
    if claim.dep_ != "nsubj" or verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return False
    said = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    # "are void and groundless": a conjoined predicate counts too
    return any(c.lemma_.lower() in false or any(
        a.dep_ in ("amod", "compound", "conj") and a.lemma_.lower() in false for a in c.children)
        for c in said)


def _denied_claim(clause: Token, lex: Lexicon) -> bool:
    """Whether a clause is the "about"/"of" content of a claim a verb denies: "the army denied reports about
    soldiers burning homes", "the Kremlin denied reports of plans to invade its neighbour" (a "that"
    clause is `_claim_mode`'s)."""
    if _subject_gerund(clause).dep_ not in ("pcomp", "pobj"):
        return False
    claim = _claim_told(clause, lex)
    return (claim is not None and claim.dep_ == "dobj"
            and claim.head.lemma_.lower() in lex.modality["negated"]["claim_deniers"])


def _intent_noun(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of intent whose to-infinitive a verb is: "The decision was taken by both envoys to
    settle the dispute", "announced plans to expel 35 diplomats", "an offer to hold talks"."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    intents = lex.modality["planned"]["intent_nouns"]
    if verb.dep_ == "acl":
        return verb.head if verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in intents else None
    if verb.dep_ != "advcl":
        return None
    # the parser hangs the infinitive on the light verb: "the decision was made ... to reach agreement"
    return next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN"
                 and c.lemma_.lower() in intents), None)


def _intent_mode(noun: Token, lex: Lexicon, act: Token | None = None) -> str:
    """The mode a noun of intent gives its act: planned, unless the intent itself is denied: "Russia has
    no plans to attack Ukraine", "the Kremlin denied plans to invade Ukraine", "Iran does not have any
    intention to build a bomb" (the act is told as not coming: negated)."""
    negated = lex.modality["negated"]
    if any(c.dep_ == "det" and c.lower_ in negated["subject_determiners"] for c in noun.children):
        return "negated"
    if _past_decision(noun, lex, act):
        return "asserted"  # "since Trump's 2018 decision to reimpose sanctions": decided and done
    if _given_up(noun, lex):
        return "negated"  # "abandoned plans to invade", "backed away from its threat to impose sanctions"
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return "planned"
    if verb.lemma_.lower() in negated["verbs"] or verb.lemma_.lower() in negated["claim_deniers"]:
        return "negated"
    return "negated" if _own_cue(verb, lex) == "negated" else "planned"


def _past_decision(noun: Token, lex: Lexicon, act: Token | None = None) -> bool:
    """Whether a decision is dated in the past in its own phrase, which tells its act as carried out: "the
    2018 decision to withdraw from the deal", "his decision last year to expel 35 diplomats" (also when the
    parser hangs the time between them on the verb), "the recent decision to close the border" (a plan
    or promise so dated may still be pending: only decisions)."""
    planned = lex.modality["planned"]
    if noun.lemma_.lower() not in planned["carried_out_intents"]:
        return False
    dates = [c for c in noun.children if c.dep_ not in ("acl", "relcl")]  # the act's clause dates the act
    if act is not None and noun.i < act.i:
        dates += [c for c in noun.head.children if c.dep_ == "npadvmod" and noun.i < c.i < act.i]
    past = planned["past_time_words"]
    return any(t.lower_ in past or (t.like_num and len(t.text) == 4 and t.text.isdigit()
                                    and 1900 <= int(t.text) <= 2100)
               for c in dates for t in c.subtree)


def _given_up(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun holding an intended act (a plan, a threat, an indication that it would ...) is what
    its holder gives up, so the act is not to come: "retreated from an early hint that it would levy
    tariffs", "backed away from its threat to impose sanctions", "walked back his pledge to withdraw"
    (the noun the object of a retracting verb, or of its "from"/"on": "reneged on its promise to")."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("from", "on"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False  # "unless the council does not back down from its choice to end talks": kept
    words = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children
                                    if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1}
    return bool(words & set(lex.modality["negated"]["retracting_verbs"]))


def _moved_by(claim: Token, lex: Lexicon) -> bool:
    """Whether a claim noun is what moves a speaker ("deeply concerned and shocked by reports that ISIL
    has killed 70 members of the tribe", "appalled at reports that"), who so takes it as true."""
    prep = claim.head
    return (claim.dep_ == "pobj" and prep.lower_ in ("by", "at") and prep.head.i != prep.i
            and prep.head.lemma_.lower() in lex.modality["possible"]["claim_reactions"])


def _governor_cue(tok: Token, lex: Lexicon) -> str | None:
    """A mode signalled by `tok` as the governor of an event ("plans", "considering", "denied")."""
    m = lex.modality
    lemma = tok.lemma_.lower()  # "hoping" is "hope" (nlp.lemmas restores the silent "e")
    if tok.pos_ == "ADJ":
        if lemma in m["negated"]["adjectives"]:
            return "negated"
        if lemma in m["possible"]["adjectives"]:
            return "possible"
        return "planned" if lemma in m["planned"]["adjectives"] else None
    if lemma in m["negated"]["verbs"] or _phrasal(tok) in m["negated"]["phrasal_verbs"]:
        return "negated"
    if lemma in m["considered"]["verbs"]:
        return "considered"
    if lemma in m["planned"]["verbs"] or (lemma in m["planned"]["progressive"] and tok.tag_ == "VBG"):
        return "planned"
    if lemma in m["possible"]["verbs"]:
        return "possible"
    return None


def _hoped(clause: Token, lex: Lexicon) -> bool:
    """Whether a clause with its own subject is what a hope wishes for ("hoped that Russia would withdraw
    its troops", "expressed the hope that both sides reach an agreement"): only possible, since its doer
    neither did it nor promised it."""
    hopes = lex.modality["possible"]["hope_words"]
    return (clause.dep_ in ("ccomp", "acl") and clause.head.lemma_.lower() in hopes
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _aimed_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb whose preposition aims at the act an event noun names ("should focus on cooperation"),
    whose mode the noun then takes; None for any other preposition's object."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or verb.pos_ != "VERB" or prep.dep_ != "prep":
        return None
    aims = lex.modality["planned"]["aim_prepositions"]
    return verb if f"{verb.lemma_.lower()} {prep.lower_}" in aims else None


def _phrasal(verb: Token) -> str:
    """A verb's lemma with its particle ("rule out"), or the lemma alone."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _second_object(gerund: Token) -> bool:
    """Whether a gerund the parser conjoined to a verb is that verb's second object: it has no subject
    or auxiliary of its own and follows the verb's object ("Britain ruled out military action or arming
    Syrian rebels", "discussed sanctions and expelling diplomats"): the verb's cue is the gerund's too."""
    verb = gerund.head
    return (gerund.dep_ == "conj" and gerund.tag_ == "VBG" and verb.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in gerund.children)
            and any(c.dep_ == "dobj" and c.i < gerund.i for c in verb.children))


def _kept_open(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of excluding is itself negated, which leaves its object open: "Cameron is not
    ruling out military action", "would not rule out attacking" (possible, not negated)."""
    return (verb.pos_ in ("VERB", "AUX") and _phrasal(verb) in lex.modality["negated"]["phrasal_verbs"]
            and any(c.dep_ == "neg" for c in verb.children))


def _appearance(verb: Token, content: Token, via: str, lex: Lexicon) -> bool:
    """Whether a verb of seeming tells its subject's own appearing, no hedge on the clause the parser
    hung on it: "President Barack Obama endorsed her – they appeared together on the campaign trail". A
    hedge takes an infinitive ("Saddam appeared to accept the treaty"), an "it" subject ("it appears
    Russia bombed the convoy") or a clause marked "that", "as if" or "like"."""
    possible = lex.modality["possible"]
    if verb.lemma_.lower() not in possible["seeming_verbs"] or via == "xcomp":
        return False
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in possible["seeming_marks"] for c in content.children)


def _claimed_happening(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun's hedge says a past act is only claimed ("the alleged chemical attack"), not that
    an act may come ("a possible ceasefire"): talk about it weighs no plan ("discussed the alleged
    attack" stays possible)."""
    claimed = lex.modality["possible"]["claimed_modifiers"]
    return any(c.dep_ == "amod" and c.lower_ in claimed for c in noun.children)


def _collective_cue(noun: Token, lex: Lexicon) -> str | None:
    """The hedge or plan on a collective noun counting an event noun, which is the acts': "an alleged
    series of gang rapes" (possible), "a planned wave of strikes" (planned). Only the collective's own
    modifier counts: in "a series of bombings in Atlanta might be related" the hedge is on the relation."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    container = noun.head.head
    collective = lex.modality["possible"]["collective_nouns"]
    if container.pos_ != "NOUN" or container.lemma_.lower() not in collective:
        return None
    return _own_cue(container, lex)


def _effort_toward(governor: Token, content: Token, via: str, lex: Lexicon) -> bool:
    """An effort verb over a to-infinitive tells an act not yet done: "The EU pushed to impose sanctions
    on Russia" (planned, as "sought to"); the same verb with no infinitive tells the act itself."""
    return (via in ("xcomp", "ccomp") and content.tag_ == "VB" and governor.pos_ == "VERB"
            and governor.lemma_.lower() in lex.modality["planned"]["infinitive_verbs"]
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in content.children))


def _scheduled(copula: Token, content: Token, via: str, lex: Lexicon) -> str | None:
    """A copula with a to-infinitive and a subject of its own tells a schedule: "the government is to cut
    bonus pay for civil servants", "Germany is to send troops to Mali" (planned); under "if" a condition:
    "if Greece was to avoid bankruptcy" (possible). Not "it is important to act" (an adjective or an
    expletive takes the infinitive) nor the idiom "Russia is to blame"."""
    planned = lex.modality["planned"]
    if via != "xcomp" or copula.lemma_.lower() not in planned["schedule_copulas"]:
        return None
    if content.lemma_.lower() in planned["schedule_idioms"] or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in content.children):
        return None
    children = list(copula.children)
    if any(c.dep_ in ("attr", "acomp", "expl") for c in children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return None
    conditional = any(c.dep_ == "mark" and c.lower_ in planned["condition_marks"] for c in children)
    return "possible" if conditional else "planned"


def _shares_time(tok: Token, lex: Lexicon) -> bool:
    """Whether an adjoined clause shares its main clause's time, and so its "will" or "may": a participle
    with no subject or auxiliary of its own ("the Foreign Secretary will return to the Gulf, visiting
    Saudi Arabia on 11 December"), or a time clause in the present tense, which English uses for a time
    to come ("Netanyahu will meet with Trump when he arrives in Israel")."""
    if tok.dep_ != "advcl":
        return False
    children = list(tok.children)
    if tok.tag_ == "VBG":
        return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children)
    marks = lex.modality["planned"]["future_time_marks"]
    present = tok.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                   for c in children)
    return present and any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in children)


def _dreaded(tok: Token, lex: Lexicon) -> bool:
    """Whether a clause is what a verb or noun of dread fears: "fears that Iraq will invade Saudi Arabia",
    "officials fear Iraq would invade" (its "will" foretells nothing the doer plans: possible)."""
    head, possible = tok.head, lex.modality["possible"]
    if tok.dep_ == "ccomp" and head.pos_ == "VERB":
        return head.lemma_.lower() in possible["dread_verbs"]
    return tok.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in possible["dread_nouns"]


def _modal_subject(noun: Token, lex: Lexicon) -> str | None:
    """The mode an event noun takes as the subject of a verb's "will", "would" or "may", when the
    sentence brings the happening in: "a summit between Putin and Trump will take place in Helsinki"
    (planned), "an Iraqi attack on Saudi Arabia would trigger a war", "any attack on Jordan will be met
    with force" (possible). A happening the reader knows ("the invasion will cost billions") is told, and
    a negation ("an attack did not kill anyone") denies the verb, not the noun."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or known_happening(noun):
        return None
    cue = _own_cue(noun.head, lex) if noun.head.pos_ in ("VERB", "AUX") else None
    if cue in (None, "negated"):
        return None
    any_ = any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
    return "possible" if any_ else cue


def _explained(noun: Token, lex: Lexicon) -> bool:
    """Whether a known happening is the passive subject of a verb tying it to a cause or aim, whose hedge
    or modal doubts the tie, not the happening: "the minister's detention is apparently linked to a purge",
    "the attack was probably aimed at the convoy" (told; "an attack may be aimed at ..." brings in a
    happening, which `_modal_subject` leaves to the verb's hedge)."""
    verb = noun.head
    return (noun.pos_ == "NOUN" and noun.dep_ == "nsubjpass" and verb.pos_ == "VERB" and known_happening(noun)
            and verb.lemma_.lower() in lex.modality["possible"]["explaining_verbs"]
            and _own_cue(verb, lex) in ("possible", HYPOTHETICAL))


def _foretold_gathering(noun: Token, lex: Lexicon, stop: frozenset[int]) -> str | None:
    """The mode of a visit or meeting named by a noun as the subject or predicate of a clause looking ahead
    ("will"/"would"): "It will be the president's first state visit to Kenya", "his meeting
    with Trump would focus on Iran" (planned: news announces gatherings before they happen, so a definite
    one is still ahead, unlike a known act in `_modal_subject`), or as what a verb of setting out sets out
    on ("will embark on his first visit to Turkey"). A past time in the noun's phrase ("his visit last
    week will help"), a verb of the visit's effect or a negated verb leaves it alone."""
    planned = lex.modality["planned"]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in planned["gathering_nouns"]:
        return None
    if any(t.lower_ in planned["past_time_words"] for t in noun.subtree):
        return None
    head = noun.head
    if (noun.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in planned["setting_out_verbs"]):
        verb = head.head  # "will embark on his first visit": the verb's time is the visit's
        if _shares_time(verb, lex):
            verb = verb.head  # "will travel to Chile on Monday, embarking on a tour of the region"
    elif noun.dep_ in ("nsubj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX") and (
            noun.dep_ == "attr" or head.lemma_.lower() in planned["gathering_course_verbs"]):
        verb = head  # not "Aquino's visit to China will further promote friendship": said during the visit
    else:
        return None
    cue = _own_cue(verb, lex)
    if cue == HYPOTHETICAL:
        return _hypothetical(verb, lex, stop)
    return cue if cue == "planned" else None


def _framed_subject(noun: Token, lex: Lexicon) -> str | None:
    """The mode an event noun takes as the subject of a cue adjective's infinitive: "Talks between Israel
    and Hamas are due to resume next week" (planned), "a ceasefire is unlikely to take hold" (possible).
    The parser makes the noun the copula's subject, so the climb from it never meets the adjective. A
    known happening takes the cue only with a verb of its taking place: in "the attack is likely to draw
    condemnation" the hedge is on the reaction, the attack is told."""
    planned = lex.modality["planned"]
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return None
    for adj in noun.head.children:
        if adj.dep_ != "acomp" or adj.pos_ != "ADJ":
            continue
        verb = next((c for c in adj.children if c.dep_ == "xcomp"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        cue = _governor_cue(adj, lex) if verb is not None else None
        if cue and (not known_happening(noun) or verb.lemma_.lower() in planned["taking_place_verbs"]):
            return cue
    return None


def _awaited(noun: Token, lex: Lexicon) -> bool:
    """Whether a gathering noun is what something happens ahead of, so still to come: "the two sides ended
    their talks ahead of Obama's state visit to Tokyo", "in advance of the summit" (planned)."""
    planned = lex.modality["planned"]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in planned["gathering_nouns"]:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.head.head.lower_ in planned["awaiting_words"] and not any(
        t.lower_ in planned["past_time_words"] for t in noun.subtree)


def _contingent(noun: Token, lex: Lexicon) -> bool:
    """An indefinite event noun a verb only guards against or answers, while the answer is still to
    come: "the US will respond to an Iraqi attack", "vowed to retaliate against any attack" (the verb bare
    or a gerund; "Israel responded to a rocket attack" tells the attack)."""
    possible = lex.modality["possible"]
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if noun.pos_ != "NOUN" or not dets & possible["contingency_determiners"]:
        return False
    verb = object_verb(noun)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in possible["contingency_verbs"]:
        return False
    auxes = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "any" in dets or (verb.tag_ == "VB" and "do" not in auxes) or (verb.tag_ == "VBG" and not auxes)


def _report_mode(report: Token, lex: Lexicon) -> str:
    """"denied that X" negates X; "did not confirm" / "neither confirmed nor denied" leaves X open."""
    neg = lex.modality["negated"]["words"]
    heads = [report, report.head] if report.dep_ == "conj" else [report]
    if any(c.dep_ in ("neg", "preconj") and c.lower_ in neg for h in heads for c in h.children):
        return "possible"
    if report.lemma_.lower() in lex.modality["negated"]["verbs"] or _speaker_called_liar(report, lex):
        return "negated"
    return "asserted"


def _speaker_called_liar(report: Token, lex: Lexicon) -> bool:
    """Whether the text says whoever makes the report lies, so denies what it reports: "Whoever said we
    are killing people is telling lies", "those who claim that the army burned the village are lying"."""
    if report.dep_ == "csubj":
        predicate = report.head
    elif report.dep_ == "relcl" and report.head.dep_ == "nsubj":
        predicate = report.head.head
    else:
        return False
    false = lex.modality["negated"]["falsity_words"]
    if any(c.dep_ == "neg" for c in predicate.children):
        return False
    return predicate.lemma_.lower() in false or any(
        c.dep_ in ("dobj", "acomp", "attr") and c.lemma_.lower() in false for c in predicate.children)


def _denied(clause: Token, lex: Lexicon, stop: frozenset[int]) -> bool:
    """Whether a clause that plans or hedges an act sits in a denial, which denies the plan or the guess
    too: "denied that it would attack the tanker", "denied suggestions that its army is preparing to
    storm the city", "denied planning an attack" (the denied claim, a denying report or verb, a few links
    up)."""
    node = clause
    for _ in range(MAX_LEVELS):
        head = node.head
        if _claim_mode(node, lex) == "negated" or _called_false(node, lex) or _denied_claim(node, lex):
            return True
        if node.dep_ == "acl" and _given_up(head, lex):
            return True  # "retreated from an early hint that it would levy tariffs"
        if node.dep_ == "acl" and node.tag_ == "VBG" and _denied_report(head, lex):
            return True  # "dismissed claims alleging that Beijing has intentions to blockade Taiwan"
            return False
        if node.dep_ in ("ccomp", "xcomp") and (
                (head.i in stop and _report_mode(head, lex) == "negated")
                or (head.pos_ == "VERB" and _governor_cue(head, lex) == "negated"
                    and not any(c.dep_ == "neg" for c in head.children)
                    and not _own_clause(node, head, lex))):
            return True
        node = head
    return False


def _own_clause(clause: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether a clause with its own subject or tense hangs on a verb of stopping or failing, which takes
    no such clause: "Germany halted certification of the pipeline and the EU is set to announce
    sanctions" (a conjoined clause the parser hung on "halted"); only a denial takes one ("denied that it
    would")."""
    finite = clause.tag_ in FINITE_TAGS or any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in ("aux", "auxpass") and c.tag_ in (*FINITE_TAGS, "MD"))
        for c in clause.children)
    deniers = lex.modality["negated"]["claim_deniers"]
    return clause.dep_ == "ccomp" and finite and verb.lemma_.lower() not in deniers


def _denied_report(noun: Token, lex: Lexicon) -> bool:
    """Whether a claim noun is the object of a verb of denial: "dismissed Western media reports alleging
    that ..." (a participle telling the claim's content, as its "that" clause does in `_claim_mode`)."""
    negated = lex.modality["negated"]
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.modality["possible"]["claim_nouns"]
            and noun.dep_ == "dobj" and noun.head.lemma_.lower() in negated["claim_deniers"])


def refuses(verb: Token, lex: Lexicon) -> bool:
    """"would not release", "will not meet demands": a negated act of will is a refusal (CAMEO 124)."""
    deps = {(c.dep_, plain_word(c)) for c in verb.children}
    negated = any(d == "neg" for d, _ in deps)
    return negated and any(d == "aux" and w in lex.modality["planned"]["aux"] for d, w in deps)


def _finite_beside_infinitive(tok: Token) -> bool:
    """A tensed verb the parser conjoined to an infinitive is a clause of its own: "she wants to
    establish a safe zone and has expressed support for ..." (the support is not wanted, it is told)."""
    finite = tok.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in tok.children)
    return finite and tok.head.tag_ == "VB"


def _strongest(found: set[str]) -> str | None:
    for mode in ("negated", "considered", "planned", HYPOTHETICAL, "possible"):
        if mode in found:
            return mode
    return None


def _hypothetical(tok: Token, lex: Lexicon, stop: frozenset[int]) -> str:
    """The mode "would" gives its verb: possible for a counterfactual ("if he were president he would
    bomb ...", "would have attacked") or for a hypothetical doer, one the writer only imagines ("A
    worthy opposition would demand more force and clarity from Obama", "a Trump presidency would ..."),
    unless a speaker is reported saying it; planned otherwise ("Trump said he would deploy 30,000
    soldiers", "an announcement that the ban would be lifted": a pledge or a schedule). With a word of
    frequency it is the habitual past, asserted ("would sometimes dismiss her proposals")."""
    habitual = lex.modality["planned"]["habitual_adverbs"]
    if any(c.dep_ == "advmod" and c.lower_ in habitual for c in tok.children):
        return "asserted"  # "professors would sometimes dismiss her proposals": what used to happen
    reported = not in_quote(tok) and any(i in stop for i in range(tok.sent.start, tok.sent.end) if i != tok.i)
    if _counterfactual(tok, lex, reported):
        return "possible"
    if not _imagined_doer(tok, lex) or in_quote(tok):
        return "planned"
    return "planned" if reported else "possible"


def _imagined_doer(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject is an indefinite one ("a worthy opposition", "any president")."""
    marks = lex.modality["planned"]["imagined_determiners"]
    return any(c.dep_ in ("nsubj", "nsubjpass")
               and any(d.dep_ == "det" and d.lower_ in marks for d in c.children) for c in tok.children)


def _counterfactual(tok: Token, lex: Lexicon, reported: bool) -> bool:
    """"would have attacked", or "would" under an "if" clause in the past ("if he were", "if they had").
    Reported speech shifts tenses back ("rebel leaders said they would meet him if he gave them a veto"
    is "we will meet him if he gives us"): there only a singular "were" is counterfactual."""
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return True
    marks = lex.modality["planned"]["condition_marks"]
    for c in tok.children:
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            continue
        if reported:
            if _singular_were(c):
                return True
        elif c.tag_ == "VBD" or any(a.dep_ == "aux" and a.tag_ == "VBD" for a in c.children):
            return True
    return False


def _singular_were(verb: Token) -> bool:
    """"if he were president": the subjunctive "were" with a singular subject, past in any report."""
    were = verb if verb.lower_ == "were" else next((a for a in verb.children if a.lower_ == "were"), None)
    return were is not None and any(c.dep_ == "nsubj" and (c.lower_ in SINGULAR or c.lower_ == "i"
                                                           or c.tag_ in ("NN", "NNP"))
                                    for c in verb.children)


def _open_question(anchor: Token, lex: Lexicon, stop: frozenset[int]) -> str | None:
    """The mode of an act inside an open question, which tells no happening: a clause under "whether"
    ("his views on the core planks and whether he'll champion them", "the question of whether Russia
    bombed the convoy") or a reported "if" ("asked if Russia had bombed it") is possible; "whether to"
    is a choice being weighed, considered ("will decide whether to send troops to Iraq"), and so is a
    question a verb of weighing takes ("discussed whether Greece should leave"). The walk stops at the
    act's own clause mark ("after Israel attacked"), a relative clause or a reporting verb."""
    marks = lex.modality["considered"]
    node = anchor
    for _ in range(MAX_LEVELS):
        own = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if own & marks["question_marks"] or (node.dep_ == "ccomp" and own & marks["reported_question_marks"]):
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            weighed = infinitive or _governor_cue(node.head, lex) == "considered"
            return "considered" if weighed else "possible"
        if own or node.dep_ in ("relcl", "acl", "parataxis") or node.head.i == node.i or node.head.i in stop:
            return None
        node = node.head
    return None


def option_of(anchor: Token, lex: Lexicon) -> Token | None:
    """The noun of an option whose content an act is: its "of" phrase ("the possibility of imposing
    sanctions", "the prospect of arming the rebels") or its infinitive ("options to take action
    against Russia"), the act's own verb or the verb whose object the act noun is."""
    options = lex.modality["considered"]["option_nouns"]
    node = anchor.head if anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB" else anchor
    head = node.head
    if node.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and head.dep_ == "prep":
        noun = head.head
    elif node.dep_ in ("acl", "advcl") and node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                     for c in node.children):
        # "an opportunity for the two sides to deepen ties": the parser hangs "for X to" as an advcl
        noun = head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in options else None


def _option_mode(anchor: Token, lex: Lexicon) -> str | None:
    """The mode of an act named as an option: considered when the option is weighed ("the US is
    considering the possibility of using extra sanctions against Moscow"), negated when it is excluded
    ("there is no prospect of arming the rebels", "ruled out the option of sending troops"), else
    possible ("raised the possibility of a strike")."""
    noun = option_of(anchor, lex)
    if noun is None:
        return None
    own = _own_cue(noun, lex)
    if own == "negated":
        return "negated"
    verb = noun.head
    governed = noun.dep_ in ("dobj", "nsubjpass", "attr") and verb.pos_ in ("VERB", "AUX")
    cue = _governor_cue(verb, lex) if governed and noun.dep_ == "dobj" else None
    if governed and _own_cue(verb, lex) == "negated" and not _kept_open(verb, lex):
        return "negated"  # "did not discuss the option of sending troops"
    if cue == "considered" or (governed and _own_cue(verb, lex) == "considered"):
        return "considered"
    if cue == "negated":
        return "possible" if _kept_open(verb, lex) else "negated"
    return "possible"


def _errand_act(anchor: Token, act: Token, lex: Lexicon) -> bool:
    """Whether the event is the errand's act itself ("sent to retake the town") or the event noun its
    light verb carries out ("sent troops to launch an attack"), not a happening the act meets ("deployed
    to break up a protest rally": the rally is told)."""
    return anchor.i == act.i or (anchor.head.i == act.i and anchor.dep_ == "dobj" and _light_verb(act, lex))


def _gerund_purpose(tok: Token, prev: Token) -> bool:
    """Whether `tok` is a "for" with a gerund, which tells a purpose on a verb of dispatch ("mobilizing
    its members for attacking Haditha") and a reason elsewhere ("arrested him for attacking a
    journalist", the attack told): see `_dispatched`."""
    return (tok.dep_ == "prep" and tok.lower_ == "for" and prev.dep_ == "pcomp" and prev.tag_ == "VBG"
            and prev.head.i == tok.i)


def _dispatched(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb sends forces or people off ("Iraqi troops were sent", "police deployed"), so that
    its purpose infinitive is the errand they go to carry out, not yet done when they were sent. A
    letter or an envoy's message sent "to urge" Congress does its urging on arrival: told, not planned."""
    if verb.lemma_.lower() not in lex.modality["planned"]["dispatch_verbs"]:
        return False
    people = lex.force_nouns | lex.person_nouns | lex.armed_people | lex.modality["planned"]["envoys"]
    children = list(verb.children)
    # what is sent: the object, the passive's subject, or the subject of a verb used without an object
    # ("riot police deployed in Lagos, to break up a protest rally")
    sent_deps = ("dobj", "nsubjpass") if any(c.dep_ == "dobj" for c in children) else ("nsubj", "nsubjpass")
    return any(c.dep_ in sent_deps and c.lemma_.lower() in people for c in children)


def _performative(tok: Token, lex: Lexicon) -> bool:
    """A first-person wish to make a speech act is the act itself: "I particularly want to commend
    Donald Trump", "we would like to thank President Putin" (made in the saying, so asserted)."""
    perf = lex.modality["performative"]
    head = tok.head
    if tok.dep_ != "xcomp" or tok.lemma_.lower() not in perf["verbs"] or (
            head.lemma_.lower() not in perf["frames"]):
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False  # "I don't want to condemn anyone": no act
    hypothetical = lex.modality["planned"]["hypothetical_aux"]
    present = head.tag_ in ("VBP", "VBZ") or (head.tag_ == "VB" and any(
        c.dep_ == "aux" and plain_word(c) in hypothetical for c in head.children))
    return present and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)


def mode_of(anchor: Token, lex: Lexicon, stop: frozenset[int] = frozenset(),
            anchor_is_governor: bool = False) -> str:
    """The mode of the event anchored at `anchor`; `stop` holds reporting-verb tokens not to climb past."""
    tok, via, adjunct, prev = anchor, "", False, anchor
    if _performative(anchor, lex) and not _own_cue(anchor, lex):
        return "asserted"
    if question := _open_question(anchor, lex, stop):
        return question  # "it is unclear whether Iran will retaliate": asked, not told
    if option := _option_mode(anchor, lex):
        return option  # "discussed the possibility of imposing sanctions on Belarus": weighed, not done
    if counted := _collective_cue(anchor, lex):
        return counted  # "an alleged series of gang rapes"
    for level in range(MAX_LEVELS):
        if level == 1 and via == "dobj" and _referred_happening(prev, tok, lex):
            return "asserted"  # "will use its occupation of Kuwait", "did not condemn the attack"
        cues = {_own_cue(tok, lex)}
        if level == 0 and cues == {"planned"} and _carried_out(tok, lex):
            cues = set()  # "mounted its long-threatened invasion": climb to the light verb's own mode
        if ((level > 0 and (via != "conj" or _second_object(prev)) and not adjunct
             and not _appearance(tok, prev, via, lex))
                or (level == 0 and anchor_is_governor)):
            cues.add(_governor_cue(tok, lex))
        if level > 0 and "negated" in cues and _kept_open(tok, lex):
            cues = {"possible"}  # "is not ruling out military action": an option kept open
        if level > 0 and _effort_toward(tok, prev, via, lex):
            cues.add("planned")
        if level > 0:
            cues.add(_scheduled(tok, prev, via, lex))
        mode = _strongest({c for c in cues if c})
        if mode == "planned" and level > 0 and ("possible" in cues or _hedged_above(tok, lex)):
            mode = "possible"  # "Russia could be planning an offensive", "is likely to propose talks"
        if mode in ("planned", HYPOTHETICAL) and _dreaded(tok, lex):
            return "possible"  # "fears that Iraq will invade Saudi Arabia": feared, not planned
        if mode is None and (level == 0 or (level == 1 and via == "dobj" and _light_verb(tok, lex))) and (
                intent := _intent_noun(tok, lex)) is not None:  # "willingness to launch a dialogue"
            # "the decision was made to reach agreement", "Russia announced plans to expel" (planned);
            # "Russia has no plans to attack Ukraine" (negated)
            mode = _intent_mode(intent, lex, tok)
            return "negated" if mode == "planned" and _denied(intent, lex, stop) else mode
        if mode is None and level == 0 and (gathering := _foretold_gathering(tok, lex, stop)):
            return gathering  # "It will be the president's first state visit to Kenya"
        if mode is None and level == 0 and (framed := _framed_subject(tok, lex)):
            return framed  # "talks are due to resume next week", "the talks are unlikely to resume"
        if mode is None and level == 0 and _explained(tok, lex):
            return "asserted"  # "the detention is apparently linked to ...": the tie is hedged
        if mode is None and level == 0 and _awaited(tok, lex):
            return "planned"  # "the talks ended ahead of Obama's state visit to Tokyo"
        if mode is None and level == 0 and _contingent(tok, lex):
            return "possible"  # "the US will respond to an Iraqi attack": no attack told
        if mode is None and level == 0 and (subject := _modal_subject(tok, lex)):
            # "a summit will take place in Helsinki", "an Iraqi attack would trigger a war"
            return _hypothetical(tok.head, lex, stop) if subject == HYPOTHETICAL else subject
        if mode == HYPOTHETICAL:
            mode = _hypothetical(tok, lex, stop)
        if (mode == "possible" and tok.dep_ == "dobj" and _governor_cue(tok.head, lex) == "considered"
                and not _claimed_happening(tok, lex)):
            return "considered"  # "discussed a possible ceasefire": the discussion is what is told
        if mode in (None, "planned") and _hoped(tok, lex):
            return "possible"  # "hoped that Russia would withdraw its troops": wished, not intended
        if mode:
            return "negated" if mode in ("planned", "possible") and _denied(tok, lex, stop) else mode
        dep, head = tok.dep_, tok.head
        if _decided_against(tok, lex):
            return "negated"  # "the ministers decided against arming the rebels": the act is not to come
        if (aim := _aimed_verb(tok, lex)) is not None:
            tok, via, prev = aim, "prep", tok  # "should focus on cooperation": the verb's mode is the act's
            continue
        if claimed := _claim_mode(tok, lex):
            return claimed
        if _called_false(tok, lex) or _denied_claim(tok, lex):
            return "negated"  # "reports that soldiers killed villagers are false", "denied reports of raids"
        if head is tok or dep not in CLIMB:
            break
        if dep == "ccomp" and tok.i < head.i and any(
                c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in lex.modality["possible"]["claim_nouns"]
                for c in head.children):
            break  # "X accused Y of Z, a charge Y denied": the charge is denied, the accusation happened
        if dep == "xcomp" and _hearsay(head, lex) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                          for c in tok.children):
            return "possible"  # "Israeli jets were reported to have fired missiles"
        commitment = dep == "xcomp" and _governor_cue(head, lex) is not None  # "pledged to expel"
        if head.i in stop and _performed_by_report(tok, head, lex):
            return mode_of(head, lex, stop)  # "the EU is set to announce sanctions": announced, so done
        if head.i in stop and not commitment:  # a report's content is asserted unless the report is denied
            return _report_mode(head, lex) if dep in ("ccomp", "xcomp") else "asserted"
        errand = dep == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                             for c in tok.children)
        if errand and (purpose := _own_cue(head, lex)):
            # "will be reaching out to the campaigns to ask them to ...": an errand's mode
            return _hypothetical(head, lex, stop) if purpose == HYPOTHETICAL else purpose
        if (errand or _gerund_purpose(tok, prev)) and _dispatched(head, lex) and _errand_act(
                anchor, tok if errand else prev, lex):
            return "planned"  # "Iraqi troops were sent to retake the town": the errand lies ahead
        if _shares_time(tok, lex) and (shared := _own_cue(head, lex)) not in (None, "negated"):
            # "will return to the Gulf, visiting Saudi Arabia": the visit is planned too ("did not
            # attend, citing illness" cites all the same)
            return _hypothetical(head, lex, stop) if shared == HYPOTHETICAL else shared
        if dep == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "when Obama offered the Russians a deal" under "declined to ...": its own clause
        if dep in ("ccomp", "advcl", "prep", "pobj") and _governor_cue(head, lex) is None and not (
                _small_clause(tok)):
            break  # a clause reported or adjoined is asserted unless its governor is a mode cue
        if dep == "conj" and (any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                              or _finite_beside_infinitive(tok)):
            break  # a conjoined clause with its own subject (or own tense) has its own mode
        # a participle adjoined to a cue verb is no content of it: "Trump has also announced a kind of
        # snarky solidarity with Sanders, telling voters that the senator should bolt" (told, not planned)
        adjunct = dep == "advcl" and tok.tag_ == "VBG"
        tok, via, prev = head, dep, tok
    return "asserted"
