"""Events a report or a verdict carries: "X said Y violated Z" (ACCUSE), "X said Y must ..."
(REQUEST), "called the suspension 'arbitrary'" (ACCUSE) or "called it a success" (SUPPORT).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.events.arguments import pobjs, subject_of
from sitrep.events.kinds import (
    DEMONSTRATIVES,
    GENERAL_PUBLIC,
    KEY_DEPS,
    PERCENT,
    QUESTION_MARKS,
    QUOTES,
)
from sitrep.events.lexicon import Entry
from sitrep.events.modality import aux_before_subject, mode_of
from sitrep.events.places import PlaceRules
from sitrep.events.section import Coded
from sitrep.events.senses import is_made_to, is_poll_share, is_state, other_than, sequence_subject
from sitrep.records import Mention


class ReportedEvents(PlaceRules):
    """Codes what reports and verdicts say actors did or must do."""

    def code_evaluation(self, v: Token) -> None:
        """"Sanders called the DNC's suspension 'arbitrary'", "Calderon calls Trump's idea 'stupid'": a
        negative verdict on an actor or its act is criticism (CAMEO 111), a positive one praise (051)."""
        if any(c.dep_ in ("prt", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "for"))
               for c in v.children) or self.governed_by_event(v):
            return  # "called on X to", "called for talks": requests the lexicon codes
        verdict, judged = self.verdict(v)
        if verdict is None or judged is None:
            return
        subj = subject_of(v) or sequence_subject(v)  # "exploit her position by labeling her an extremist"
        if subj is None and v.dep_ == "acl" and v.head.dep_ == "ROOT":
            subj = v.head  # "Trump called Sanders a liar", parsed with "called" modifying "Trump"
        sources = self.actors(subj)
        # whose the judged thing is ("the DNC's suspension"), not what it concerns ("the talks with X")
        targets = other_than(self.actors(judged), sources)
        if not sources or not targets:
            return
        etype, cameo = ("ACCUSE", "111") if verdict in self.lex.negative_evaluations else ("SUPPORT", "051")
        entry = Entry(key=f"{v.lemma_.lower()} {verdict}", cameo=cameo, type=etype)
        mode = mode_of(v, self.lex, self.reporting)
        self.coded.append(Coded(v, entry, etype, sources, targets, mode, confidence=0.55))

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

    def code_dismay(self, w: Token) -> None:
        """"I am appalled by the attack by the Taliban", "Germany is outraged at Russia's annexation of
        Crimea": dismay at an act condemns its author, dismay at an actor condemns the actor (CAMEO 111)."""
        if w.dep_ == "acomp":
            subj = next((c for c in w.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            subj = next((c for c in w.children if c.dep_ == "nsubjpass"), None)
        things = [p for _, p in pobjs(w, ("by", "at", "over"))]
        sources = self.actors(subj)
        if not sources or not things:
            return
        targets: list = []
        for t in things:  # the act's author ("the attack by the Taliban"), else an actor named itself
            found = self.noun_owners(t) if self.noun_entry(t) is not None else [  # "Russia's annexation"
                m for c in t.children if c.dep_ == "poss" for m in self.actors(c)] + [
                m for _, p in pobjs(t, ("by",)) for m in self.actors(p)]  # "the killing ... by IS militants"
            targets += found or ([m] if (m := self.index.direct(t)) is not None else [])
        targets = other_than(targets, sources)
        if not targets:
            return
        entry = Entry(key=f"be {w.lower_}", cameo="111", type="ACCUSE")
        self.coded.append(Coded(w, entry, "ACCUSE", sources, targets, mode_of(w, self.lex, self.reporting),
                                confidence=0.55))

    def code_report_content(self, r: Token) -> None:
        """"X said Y violates Z" is X accusing Y; "X said Y must do Z" is X demanding it of Y."""
        alleging = r.lemma_.lower() in self.lex.alleging
        if any(k.dep_ == "neg" for k in r.children) or (
                r.dep_ == "xcomp" and r.head.pos_ in ("VERB", "AUX")
                and (e := self.verb_entry(r.head)) is not None and e.type == "REJECT"):
            return  # "he refused to say that Jerusalem should be the capital": nothing said
        if r.lemma_.lower() in self.lex.object_control and self.verb_entry(r) is None:
            self.code_directive(r)
        for c in r.children:
            if c.dep_ != "ccomp" or any(k.dep_ == "mark" and k.lower_ in QUESTION_MARKS for k in c.children):
                continue  # "asked whether Clinton committed perjury": a question, not an allegation
            lemma = c.lemma_.lower()
            obligation = self.lex.modality["obligation"]["aux"]
            must = bool(uninverted_auxes(c) & set(obligation))
            if must and (lemma in self.lex.electoral_acts or is_state(c) or self.contest_goal(c)):
                continue  # "then they should vote for Donald Trump": advice to voters; "insists the GOP
                # must be a party of ideas": a state wished for, no act asked; "must win 58 percent of
                # the remaining delegates": a race's arithmetic
            if must and "have" in uninverted_auxes(c):
                etype, cameo = "ACCUSE", "111"  # "said Clinton should have known": a reproach, nothing asked
            elif must and (r.lemma_.lower() in self.lex.modality["possible"]["verbs"]
                           or lemma in self.lex.mental_verbs):
                continue  # "I think the government should tighten", "said Clinton should worry": no demand
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
            asked = subject_of(c)
            if etype == "REQUEST" and asked is not None and self.index.direct(asked) is None:
                accused = []  # "said Clinton's use of a server should disqualify her": no one is asked
            if etype == "REQUEST" and asked is not None and asked.lemma_.lower() in self.lex.contest_objects:
                continue  # "said GOP voters should go with him", "delegates must": a candidate's appeal
            accused = other_than(accused, accusers)
            if etype == "REQUEST":  # "Germany should expand its military, said Mr. Bartels": advice at home
                homes = {m.actor.country for m in accusers}
                accused = [m for m in accused if m.actor.sector is not None or m.actor.code not in homes]
            if not accused or not accusers:
                continue
            if etype == "REQUEST" and (is_poll_share(subject_of(r)) or all(
                    (m.actor.sector or "") == "CVL" or m.actor.unknown for m in accused)):
                continue  # "38 percent said he should step down", "voters should not": opinions, no demand
            if cameo in ("111", "051") and (is_made_to(r) or is_poll_share(subject_of(r)) or all(
                    (m.actor.sector or "") == "CVL" or m.actor.unknown for m in accusers)):
                continue  # "getting Republicans to say he is unfit", "people thought she was a liar"
            entry = Entry(key=f"{r.lemma_.lower()} {lemma}", cameo=cameo, type=etype)
            mode = mode_of(r, self.lex)
            self.coded.append(Coded(r, entry, etype, accusers, accused, mode, confidence=0.5))
            self.content_of_report.add(c.i)

    def code_obligation(self, v: Token) -> None:
        """"The regime and its backers must comply with their obligations", said in a statement the
        attributor gives a speaker ("The Foreign Secretary said: ..."): the speaker demands the act of
        them (CAMEO 100, as "X said Y must do Z"); what is demanded has not happened."""
        if (v.dep_ != "ROOT" or self.attributor is None or v.lemma_.lower() in self.lex.electoral_acts
                or is_state(v) or self.contest_goal(v)):
            return
        auxes = uninverted_auxes(v)
        if not auxes & set(self.lex.modality["obligation"]["aux"]) or "have" in auxes:
            return  # "should have known": a reproach, nothing asked
        subj = subject_of(v)
        claim = self.attributor.attribution_for(self.section, v.i)
        speaker = claim.claim.actor
        if subj is None or speaker is None or is_poll_share(subj) or claim.source_start is None:
            return
        if self.index.direct(subj) is None:
            return  # "Cruz's victory should give him momentum": a thing's outcome foreseen, no one asked
        span = self.doc.char_span(claim.source_start, claim.source_end, alignment_mode="expand")
        named = [m for t in (span or ()) if (m := self.index.direct(t)) is not None
                 and m.actor.code == speaker.code]
        source = named[0] if named else Mention(claim.source_start, claim.source_end, claim.claim.speaker
                                                or speaker.name, speaker, section=self.section, kind="title")
        targets = [m for m in other_than(self.actors(subj), [source]) if not m.actor.unknown
                   and (m.actor.sector or "") != "CVL" and m.kind not in GENERAL_PUBLIC
                   and (m.actor.sector is not None or m.actor.code != speaker.country)]  # advice at home
        if not targets:
            return  # "We must all act", "the international community must": no one is asked
        self.coded = [c for c in self.coded if c.anchor.i != v.i]  # the act demanded has not happened
        entry = Entry(key=f"must {v.lemma_.lower()}", cameo="100", type="REQUEST")
        self.coded.append(Coded(v, entry, "REQUEST", [source], targets, "asserted", confidence=0.45))

    def code_directive(self, r: Token) -> None:
        """"Trump told Mexico to pay for the wall": a reporting verb that sends its object to act demands
        the act of it (CAMEO 100); what is asked has not happened."""
        told = next((c for c in r.children if c.dep_ == "dobj"), None)
        asked = next((c for c in r.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                      and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)), None)
        if told is None or asked is None:
            return
        sources = self.actors(subject_of(r))
        targets = [m for m in other_than(self.actors(told), sources) if not m.actor.unknown]
        if not sources or not targets:
            return  # "told reporters to expect an announcement": no actor is asked anything
        entry = Entry(key=f"{r.lemma_.lower()} to", cameo="100", type="REQUEST")
        self.coded.append(Coded(r, entry, "REQUEST", sources, targets, mode_of(r, self.lex), confidence=0.5))
        self.content_of_report.add(asked.i)

    def copular_verdict(self, c: Token) -> tuple[str, str] | None:
        """"the deal was a dangerous mistake", "the decision is outrageous": a reported verdict on the
        subject (CAMEO 111 criticism, 051 praise), by the evaluation words of grammar.yaml."""
        if c.lemma_.lower() != "be" or any(k.dep_ == "neg" for k in c.children):
            return None
        if any(k.dep_ == "xcomp" and k.lemma_.lower() == "blame" for k in c.children):
            return "ACCUSE", "112"  # "said Japan was to blame for the tension": blame laid (CAMEO 112)
        for w in (k for k in c.children if k.dep_ in ("attr", "acomp")):
            for t in (w, *(k for k in w.children if k.dep_ in ("amod", "compound"))):
                form = t.lemma_.lower()
                if form in self.lex.negative_evaluations:
                    return "ACCUSE", "111"
                if form in self.lex.positive_evaluations and t is w:
                    return "SUPPORT", "051"
        return None

    def contest_goal(self, c: Token) -> bool:
        """Whether a clause's object is a counted share of a race ("must win 58 percent of the remaining
        delegates", "needs 1,237 delegates"): what a candidate needs, nothing demanded of anyone."""
        return any(o.dep_ == "dobj" and (o.lower_ in PERCENT or (
            o.lemma_.lower() in self.lex.contest_objects and any(k.dep_ == "nummod" for k in o.children)))
                   for o in c.children)

    def is_wrongdoing(self, c: Token) -> bool:
        lemma = c.lemma_.lower()
        keys = {lemma} | {f"{lemma} {k.lemma_.lower()}" for k in c.children if k.dep_ in KEY_DEPS}
        if keys & self.lex.wrongdoing:
            return True
        return lemma == "be" and any(k.dep_ == "acomp" and k.lemma_.lower() in self.lex.wrongdoing_adjectives
                                     for k in c.children)


def uninverted_auxes(v: Token) -> set[str]:
    """The auxiliaries of `v` that stand after its subject: "Should Iran attack Saudi Arabia, the US will
    respond" puts "should" first to open a condition (`modality.aux_before_subject`), which asks nothing
    of Iran."""
    return {k.lower_ for k in v.children if k.dep_ == "aux" and not aux_before_subject(v, k)}
