"""Attribution: whose claim a stretch of news text is (a speaker and their actor, or the journalist).

A reporting cue ("said", "told", "according to", ...; vocabulary in `data/reporting.yaml`, plus the
attribution-only stance verbs, nouns and adjectives of `data/cues.yaml`: "opposes", "Trump's claim
that", "is skeptical of") attributes its content clause to its subject (a noun's possessor, an
adjective's copula subject). Direct quotes are tracked across sentences and paragraphs so that a
quote continuing after `"...," he said.` keeps its speaker, and a sentence carrying an unattributed
quoted clause is credited to the last quoted speaker (news writers mix paraphrase and partial quotes).
Everything else is the journalist's own voice: `Claim(None, None, None)`.

The cue vocabulary and its look-ups live in `cue_lexicon.py`, quotation spans in `quotes.py`, the
per-Doc paragraph and sentence bounds in `layout.py`; this module finds cues, their speakers and
contents, and resolves speakers to actors.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from sitrep.actors.home import dominant_country, fallback_country
from sitrep.actors.lexicon import gazetteer_country, norm
from sitrep.actors.lexicon import load_lexicon as load_actor_lexicon
from sitrep.actors.mentions import DATELINE_COUNTRY
from sitrep.actors.statements import (
    OPENING_PARAGRAPHS,
    STATEMENT_PARAGRAPHS,
    passive_agent,
    release_of,
    statement_maker,
)
from sitrep.clean.header import headline_label
from sitrep.events.cue_lexicon import (
    cue_entry,
    is_prepositional,
    is_reporting_verb,
    reporting_lexicon,
    verb_form,
)
from sitrep.events.kinds import SPEECH_ACTS
from sitrep.events.layout import between, layout_of, tokens_in
from sitrep.events.lexicon import load_lexicon as load_event_lexicon
from sitrep.events.quotes import in_quote, quote_spans
from sitrep.nlp.entities import entities_in, entities_of
from sitrep.nlp.model import ParsedDocument
from sitrep.records import UNKNOWN_CODES, Actor, Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "dep", "pcomp", "prep", "acomp"})
FIRST_SECOND_PERSON = frozenset({"i", "we", "you"})
FIRST_SECOND_PERSON_POSS = frozenset({"my", "our", "your"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
NO_ADJACENT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "relcl", "amod"})
ADJACENT_DEPS = frozenset({"appos", "npadvmod", "compound", "nsubj", "conj", "pobj", "dobj"})
ANSWER_WORDS = frozenset({"so", "yes", "no"})  # a whole claim in one word: "half said so"
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "i", "we", "you"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
FREE_RELATIVES = frozenset({"whoever", "whomever", "whatever"})  # a speaker the text does not name
PARTITIVES = frozenset({"one", "some", "many", "most", "several", "few", "two", "three", "dozens", "all",
                        "both", "each", "none", "half", "others"})  # "one of the pilots said"
AFFILIATIONS = frozenset({"of", "for", "at", "with", "from"})  # "members of Congress"
BODY_KINDS = frozenset({"metonym", "organisation", "name"})  # mentions of a body, not of people
HEADLINE_SECTIONS = frozenset({"title", "subtitle"})
FOREIGN_WORDS = frozenset({"foreign", "international", "western", "overseas"})  # media from elsewhere
SPEAKING_BODIES = frozenset({"ORG", "NORP", "GPE"})  # named bodies that speak through a relative "which"
# Where a described speaker is ("sources in Riyadh", "activists from Syria") and where what they report
# happened ("bombed a school in Saada"); states and capitals are mentions of these kinds.
ORIGIN_PREPOSITIONS = frozenset({"in", "from", "inside"})
SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})
PLACE_KINDS = frozenset({"name", "metonym"})
OWN_COUNTRY_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "dative"})
MAKER_ENTITIES = frozenset({"ORG", "GPE", "PERSON", "NORP"})  # "a Pentagon report", not "Newspaper reports"
# Hostile acts a body denies its own state did ("Iran did not attack the tanker, the ministry said").
DENIED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})
MAX_SPEAKER_TOKENS = 8
HEADLINE_SOURCE_WORDS = 4  # after a headline dash: "– Foreign Ministry", "— report", "- Russian media"
MAX_HEADING_WORDS = 10  # words of a section heading line
MAX_ASIDE = 40  # tokens a parenthesised aside may run to
DATELINE_DASHES = frozenset({"—", "–", "--"})
SIGNATURE_DASHES = frozenset({"—", "–", "--", "―"})
QUOTE_CHARS = "\"“”‘’'"
MAX_SPEAKER_LINE = 4  # tokens of a name opening a transcript line ("Sen. Tim Kaine:")
MIXED_QUOTE_PARAGRAPHS = 2  # how far back a partial quote may look for its speaker
PARAPHRASE_RUNS = True  # a bridging sentence between two paraphrases of one speaker is theirs
NESTING = True  # a cue inside another cue's content is part of that attribution (PolNeAR's convention)


@dataclass(frozen=True, slots=True)
class Claim:
    """Whose claim a piece of text is; all None for the journalist's own voice."""

    actor: Actor | None
    speaker: str | None
    cue_i: int | None


JOURNALIST = Claim(None, None, None)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim plus where its source is named (character span in the section), for evaluation."""

    claim: Claim
    source_start: int | None
    source_end: int | None


@dataclass(slots=True)
class _Cue:
    i: int
    source: tuple[int, int] | None = None  # token span [start, end) naming the speaker
    content: set[int] = field(default_factory=set)
    parent: int | None = None  # the cue this one inherits its speaker from


@dataclass(slots=True)
class _Section:
    doc: Doc
    cues: dict[int, _Cue]
    owner: list[int | None]  # token index -> cue index owning it (innermost content)
    # speech nouns with a holder nested in another cue's content, which that cue took over ("Britain
    # echoed France's criticism of ..."): the noun itself is still its holder's speech act
    held: dict[int, _Cue] = field(default_factory=dict)
    outer: dict[int, int] = field(default_factory=dict)  # nested cue -> the outermost cue holding it


# --- quotes -----------------------------------------------------------------------------------


# --- cues from the parse -------------------------------------------------------------------------


def _source_span(cue: Token) -> tuple[int, int] | None:
    """Token span naming who speaks: the cue's subject, its passive agent, or the object of "to"; a
    document named there speaks for its maker ("according to reports received by Amnesty")."""
    span = _named_source(cue)
    if span is None:
        return None
    document = cue.doc[span[0]:span[1]].root
    if (member := _partitive_member(document)) is not None:  # "one of the plane's pilots said"
        span = (span[0], max(span[1], _trim_speaker(member)[1]))
    maker = _document_maker(document)
    if maker is None:
        return _joint_speakers(cue, span)
    if maker.head.i == document.i and maker.i < document.i:
        # "Kurdish media reports have said": every word before the document names its maker
        return _premodifiers(document), document.i
    return _trim_speaker(maker)


def _named_plural(named: Span) -> bool:
    """Whether a speaker is named in the plural ("Republicans", "GOP leaders", "Cruz and Rubio") or as a
    body ("the campaign", "the administration"), whom a later "they" can be."""
    root = named.root
    lex = reporting_lexicon()
    return (root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children)
            or root.lemma_.lower() in lex.bodies | lex.media)


def _partitive_member(head: Token) -> Token | None:
    """The people a number or quantifier speaker is some of ("one of the plane's pilots", "two of the
    officials"): the object of its "of", which says who speaks."""
    if head.tag_ != "CD" and head.lower_ not in PARTITIVES:
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if member is None or member.pos_ not in ("NOUN", "PROPN"):
        return None
    return member if member.right_edge.i - head.i <= MAX_SPEAKER_TOKENS else None


def _premodifiers(noun: Token) -> int:
    """Index of the first name or modifier word before a noun ("Kurdish media" of "Kurdish media
    reports"), the determiner left out."""
    words = [c.left_edge.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
    return min(words, default=noun.i)


def _joint_speakers(cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The whole list of described speakers a cue after its report names ("Gunmen killed five people,
    police and medical sources said", "..., state media and an opposition monitoring group said"): the
    conjuncts the trimmed subject left out, and a conjunct the parser hung on the report before it;
    named ones keep their first ("Cruz and Fiorina criticized Trump": each acts for himself)."""
    doc = cue.doc
    start, end = span
    head = doc[start:end].root
    if end > cue.i or head.pos_ != "NOUN":
        return span
    for conj in head.conjuncts:
        if conj.i > head.i and conj.right_edge.i < cue.i and conj.pos_ == "NOUN":
            end = max(end, conj.right_edge.i + 1)
    k = start - 1  # "..., police and medical sources said" parsed with "police" a conjunct of "people"
    if k > 0 and doc[k].dep_ == "cc" and _describes_speaker(head) and _describes_speaker(doc[k - 1]):
        first = _premodifiers(doc[k - 1])
        if first > 0 and doc[first - 1].text == "," and k - first <= 3:
            start = first
    return (start, end) if end - start <= MAX_SPEAKER_TOKENS else span


def _describes_speaker(noun: Token) -> bool:
    """Whether a common noun describes a speaking body or people ("police", "sources", "state media")."""
    lex = reporting_lexicon()
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.bodies | lex.people | lex.members


def _document_maker(head: Token) -> Token | None:
    """Who made a document that is named as a source: the object of its "by"/"from" ("a report by
    Human Rights Watch", "figures from the UN"), the agent of the verb describing it ("credible
    reports received by Amnesty", "a statement released by the ministry"), the body or name heading
    it ("a Defence Ministry statement", "a Pentagon report") or the subject of the verb issuing it
    ("The ministry issued a statement saying ..."); one finder, `statement_maker`, serves the actors
    stage's "the statement" too."""
    lex = reporting_lexicon()
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lex.documents:
        return None
    return statement_maker(head, _makes_documents)


def _makes_documents(maker: Token, how: str) -> bool:
    """Whether `statement_maker`'s candidate made the document: the body or name heading it ("a
    Defence Ministry statement", "a Pentagon report"), one who `_names_someone` after "by"/"from" or
    as a participle's agent, or the subject of the verb issuing it (`_issues`)."""
    if how == "premodifier":
        return _names_as_premodifier(maker)
    if how == "subject":
        return _issues(maker)
    return how in ("by", "agent") and _names_someone(maker)


def _issues(subject: Token) -> bool:
    """Whether the subject of a verb whose object is a document issued it: "The ministry issued a
    statement saying ...", "Gen. Votel released the following statement today:". Not when the verb is
    a cue of its own ("Officials denied the report", "Trump dismissed the statement": another's
    document, judged), nor "I" or "you"."""
    if cue_entry(subject.head) is not None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ not in FIRST_SECOND_PERSON and subject.tag_ != "WDT"
    return _names_someone(subject)


def _names_as_premodifier(word: Token) -> bool:
    """Whether a word before a noun names who made the document or holds the speech the noun names: a
    body or a name ("a Defence Ministry statement", "a Pentagon report", "FBI criticism of Clinton") or
    a nationality ("Russian condemnation of the strikes"); not "Newspaper reports", a kind of document."""
    if word.dep_ == "amod":
        return word.ent_type_ == "NORP"
    return word.lemma_.lower() in reporting_lexicon().bodies or (
        word.pos_ == "PROPN" and word.ent_type_ in MAKER_ENTITIES)


def _names_someone(noun: Token) -> bool:
    """Whether a noun can make a document: a name ("Amnesty", "Elena Sadovskaya") or a speaking body
    or people ("the ministry", "activists"), not a place or thing ("reports from the scene")."""
    lex = reporting_lexicon()
    if noun.pos_ == "PROPN":
        return noun.ent_type_ not in ("DATE", "TIME")
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in lex.bodies or lemma in lex.people or lemma in lex.members)


def _named_source(cue: Token) -> tuple[int, int] | None:
    """The span the parse gives as the cue's source (see `_source_span`)."""
    if is_prepositional(cue):
        for to in cue.children:
            if to.dep_ == "pobj":  # "in a CNN poll": the poll is the source
                return to.left_edge.i, to.right_edge.i + 1
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj.left_edge.i, obj.right_edge.i + 1
        return None
    if cue.pos_ == "NOUN":
        return _holder(cue)
    if cue.pos_ == "ADJ":  # "Sanders is skeptical of ...": the subject of the copula holds the stance
        subject = _speaking_subject(cue) or (_speaking_subject(cue.head) if cue.dep_ == "acomp" else None)
        return _trim_speaker(subject) if subject is not None and subject.tag_ != "WDT" else None
    if (quoted := _quoted_speaker(cue)) is not None:
        return _trim_speaker(quoted)
    agent = passive_agent(cue)
    child = _speaking_subject(cue)
    if child is not None:
        if child.lower_ in FREE_RELATIVES:
            return None  # "Whoever said we are killing people is telling lies": no one named speaks
        if child.tag_ == "WDT":
            if _relative_speaker(cue):
                return _trim_speaker(child)  # "a UN-OPCW panel, which said": `_speaker` takes the antecedent
            return None  # "..., which indicates that": a thing, not a speaker
        if child.dep_ == "nsubjpass" and agent is None and _reported_subject(cue):
            return None  # "Israeli jets were reported to have fired": the jets are what is reported
        if child.dep_ == "nsubjpass" and agent is None and (cue_entry(cue) or {}).get("kind") == "written":
            return None  # "As the newspaper commentary was published, ...": the text, not its writer
        told = (cue_entry(cue) or {}).get("addressee")
        if child.dep_ == "nsubjpass" and agent is None and told and not any(
                c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in cue.children):
            # "Marquez is accused of plotting", "he was told": who is told or blamed, no speaker (not
            # "Graham, who's called for 20,000 troops", where "'s" is "has")
            return None
        if not (child.dep_ == "nsubjpass" and agent is not None):
            return _trim_speaker(child)
        # "the issue was first reported by The Washington Post": the agent speaks
    if agent is not None:
        return _trim_speaker(agent)
    if child is None and _named_before(cue):
        return _trim_speaker(cue.head)
    if child is None and cue.dep_ == "acl" and (maker := _document_maker(cue.head)) is not None:
        return _trim_speaker(maker)  # "The ministry issued a statement saying ...": the maker speaks
    if child is None and (named := _trailing_name(cue)) is not None:
        return _trim_speaker(named)
    return _adjacent_subject(cue) if child is None else None


def _trailing_name(cue: Token) -> Token | None:
    """The speaker of a sentence-closing cue the parser conjoined to the main verb, its name hung on the
    last phrase before it: "Thirteen people were injured in shelling on the centre of Donetsk, Denis
    Pushilin, the Russian head of the region, wrote on Telegram" (the name parsed as a conjunct of
    "Donetsk", "wrote" as a conjunct of "injured"). The name (a person or a speaking body), set off by
    commas and ending right before the cue, speaks; not "criticized Clinton, the nominee, and said"."""
    if cue.dep_ != "conj" or cue.head.i > cue.i or cue.tag_ not in FINITE_TAGS or any(
            c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc, para = cue.doc, layout_of(cue.doc).para
    k = cue.i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1
    if k < 1 or doc[k].text != "," or para[k] != para[cue.i]:
        return None
    for cand in reversed(doc[cue.head.i + 1 : k]):
        if (cand.dep_ in ("conj", "appos") and cand.head.i < cand.i and cand.right_edge.i in (k, k - 1)
                and cand.left_edge.i > 0 and doc[cand.left_edge.i - 1].text == "," and not in_quote(cand)
                and (cand.ent_type_ == "PERSON" or _describes_speaker(cand))):
            return cand
    return None


def _quoted_speaker(cue: Token) -> Token | None:
    """Whom a quoting verb quotes: "Yonhap quoted a senior official as saying", "AFP cited US officials
    as saying", "Lavrov was quoted by the agencies as saying". The medium passes the words on; the
    claim is the quoted person's (the codebook credits a speech act to its speaker), so the object (or
    the passive subject) speaks. Only with the "as saying" frame: "cited the report" quotes no one."""
    entry = cue_entry(cue) or {}
    saying = (g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children)
    if not entry.get("quotes_speaker") or not any(g.tag_ == "VBG" and cue_entry(g) for g in saying):
        return None
    quoted = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    return quoted[0] if quoted and quoted[0].tag_ != "WDT" else None


def _relative_speaker(cue: Token) -> bool:
    """"a UN-OPCW panel, which said the army carried out two attacks": a speech cue in a relative
    clause speaks for the noun it modifies (not "..., which indicates that", which is evidence)."""
    entry = cue_entry(cue) or {}
    head = cue.head
    return (cue.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN")
            and entry.get("kind") in ("speech", "written") and not entry.get("attribution_only")
            and any(t.ent_type_ in SPEAKING_BODIES for t in head.subtree if t.i < cue.i))


def _named_before(cue: Token) -> bool:
    """"Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: ..." parsed as a
    participle modifying the name: the person named before the cue speaks (not for "Trump, asked
    about ...", where the name is who was asked)."""
    head = cue.head
    entry = cue_entry(cue) or {}
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)
    return (cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBN") and head.i < cue.i
            and head.ent_type_ == "PERSON" and not entry.get("addressee") and not passive)


def _reported_subject(cue: Token) -> bool:
    """A passive cue with an infinitive ("were reported to have fired", "is said to be"): its subject
    is the subject of the reported clause, not a speaker ("was quoted as saying" keeps its speaker)."""
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in cue.children)


def _adjacent_subject(cue: Token) -> tuple[int, int] | None:
    """A finite cue the parser left without a subject, right after a name it hung elsewhere.

    "Sen. Elizabeth Warren (D-MA) said", "Ramos, 58, told AFP", "Bozell answers": the name is parsed
    as an apposition, an adverbial noun or a compound; the noun phrase right before the verb (past
    adverbs, a parenthesis or an age) speaks. Not for a cue that hangs on another clause (those inherit).
    """
    if cue.pos_ != "VERB" or cue.tag_ not in FINITE_TAGS or cue.dep_ in NO_ADJACENT_DEPS:
        return None
    doc, para = cue.doc, layout_of(cue.doc).para
    k = cue.i - 1
    while k >= 0 and cue.i - k < 4 and (doc[k].pos_ == "ADV" or doc[k].text in (")", ",")):
        if doc[k].text == ")":
            while k >= 0 and doc[k].text != "(":
                k -= 1
        k -= 1
    if k < 0 or para[k] != para[cue.i] or doc[k].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if doc[k].dep_ not in ADJACENT_DEPS or (doc[k].dep_ == "compound" and doc[k].head.i != cue.i):
        return None
    named = doc[k].head
    if doc[k].dep_ == "appos" and named.pos_ == "PROPN" and named.i < k and para[named.i] == para[k]:
        # "..., the Syrian Observatory for Human Rights, a Britain-based war monitor, said": the name speaks
        return _trim_speaker(named)
    return _trim_speaker(doc[k])


def _holder(noun: Token) -> tuple[int, int] | None:
    """Whose a noun cue is: its possessor ("Trump's claim"), the object of "by"/"from", or the body,
    name or nationality before it ("FBI criticism", "Russian condemnation")."""
    document = noun.lemma_.lower() in reporting_lexicon().documents
    holder = statement_maker(noun, lambda t, how: _holds_speech(t, how, document))
    if holder is None:
        return None
    if holder.dep_ == "poss":
        end = holder.right_edge.i + (holder.right_edge.tag_ != "POS")
        return holder.left_edge.i, max(end, holder.i + 1)
    if holder.dep_ == "pobj":
        return _trim_speaker(holder)
    return holder.left_edge.i, holder.i + 1


def _holds_speech(holder: Token, how: str, document: bool) -> bool:
    """Whether `statement_maker`'s candidate holds a speech noun (see `_holder`): not "my" or "our"
    (the quote's own speaker) nor a relative "whose"; the subject of the verb issuing a document ("Votel
    released the following statement:"), not of one taking up another's words ("Obama rejected the
    claim that ...")."""
    if how == "possessor":
        return holder.tag_ != "WP$" and holder.lower_ not in FIRST_SECOND_PERSON_POSS
    if how == "by":
        return holder.pos_ in ("PROPN", "NOUN", "PRON")
    if how == "subject":
        return document and _issues(holder)
    return how == "premodifier" and _names_as_premodifier(holder)


def _noun_content(noun: Token, entry: dict[str, Any]) -> set[int]:
    """What a noun or adjective cue holds: its "that" clause, its infinitive ("vow to fight") or the
    phrase of one of its prepositions ("criticism of Trump", "call for a ban", "skeptical of Trump")."""
    out: set[int] = set()
    for child in noun.children:
        clause = child.dep_ in ("acl", "ccomp", "advcl") and any(
            c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") for c in child.children)
        if clause or (child.dep_ == "prep" and child.lower_ in entry.get("about", ())):
            out |= _subtree(child)
    return out


def _speaking_subject(cue: Token, deps: frozenset[str] = SUBJECT_DEPS) -> Token | None:
    """The cue's subject; when the parser gives it several, the nearest one in the cue's paragraph.

    "12:15 p.m.: President Barack Obama says", "MACAU (Reuters) - Adelson said", '"..., it's just that
    Trump articulates it," Viguerie notes': a time stamp, a dateline or a word of the quote is parsed as
    a second subject. A subject inside the quote the cue reports gives way to its apposition outside
    it ('"Very good reporter," Trump, the frontrunner, said').
    """
    subjects = [c for c in cue.children if c.dep_ in deps]
    para = layout_of(cue.doc).para
    if len(subjects) > 1:
        subjects = [c for c in subjects if para[c.i] == para[cue.i]] or subjects
        subjects.sort(key=lambda c: abs(c.i - cue.i))
    if not subjects:
        return None
    subject = subjects[0]
    if para[subject.i] != para[cue.i]:
        # "7:00 p.m. [new paragraph] Nevada's initial estimates are showing": the time heads the phrase
        inside = [t for t in subject.subtree if para[t.i] == para[cue.i] and para[t.head.i] != para[cue.i]
                  and t.pos_ in ("NOUN", "PROPN", "PRON")]
        return inside[0] if inside else subject
    if subject.i < cue.i and in_quote(subject) and not in_quote(cue):
        outside = [t for t in subject.subtree if t.dep_ in ("appos", "conj") and t.pos_ in ("PROPN", "NOUN")
                   and t.i < cue.i and not in_quote(t)]
        return outside[0] if outside else subject
    return subject


def _trim_speaker(head: Token) -> tuple[int, int]:
    """The speaker noun phrase without relative clauses or long appositions."""
    doc = head.doc
    para = layout_of(doc).para
    opens = head.left_edge.i == 0 or para[head.left_edge.i - 1] != para[head.left_edge.i]
    dash = next((c for c in head.rights if c.text in DATELINE_DASHES), None) if opens else None
    if dash is not None:  # "CLEVELAND, July 19 (UPI) — Former Attorney General ...": the dateline heads it
        named = [c for c in head.rights if c.i > dash.i and c.dep_ in ("appos", "conj", "dep")]
        if named:
            return _trim_speaker(named[0])
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advcl"):
            break
        right = child.right_edge.i
    while left < head.i and para[left] != para[head.i]:
        left += 1
    while right > head.i and para[right] != para[head.i]:
        right -= 1
    # "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told": the dateline is no speaker
    dashes = [k for k in range(left, head.i) if doc[k].text in DATELINE_DASHES]
    if dashes:
        left = dashes[-1] + 1
    if right - left + 1 > MAX_SPEAKER_TOKENS:
        left = max(left, right - MAX_SPEAKER_TOKENS + 1)
    return left, right + 1


def _subtree(token: Token, exclude: Token | None = None) -> set[int]:
    skip = {t.i for t in exclude.subtree} if exclude is not None else set()
    return {t.i for t in token.subtree if t.i not in skip}


def _candidates(doc: Doc) -> list[int]:
    """Indexes of the tokens whose word or lemma can start a cue, found on the Doc's arrays."""
    first = reporting_lexicon().first_words
    strings = doc.vocab.strings
    words = doc.to_array([LOWER, LEMMA])
    wanted = [h for h in numpy.unique(words) if strings[int(h)].lower() in first]
    return numpy.flatnonzero(numpy.isin(words, wanted).any(axis=1)).tolist()


def _parse_cues(doc: Doc, held: dict[int, _Cue] | None = None) -> dict[int, _Cue]:
    """The cues of a section; `held` receives the speech nouns nested cues gave up (see `_Section`)."""
    cues: dict[int, _Cue] = {}
    layout = layout_of(doc)
    for token in (doc[i] for i in _candidates(doc)):
        entry = cue_entry(token)
        if entry is None:
            continue
        if entry.get("needs_quote") and not layout.has_quote(layout.sent_start[token.i],
                                                             layout.sent_end[token.i]):
            continue
        if entry.get("kind") == "evidence" and is_prepositional(token) and (
                cue_entry(token.head) or token.i > token.head.i):
            continue  # "said in a report", "leads in the polls": only a fronted "In a poll, ..." cites
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if in_quote(token):
            continue  # '"voters think he is weak," X said': what a quote reports stays the quoted speaker's
        personal = entry.get("kind") == "belief"
        if any((c.tag_ == "WDT" and not _relative_speaker(token))
               or (personal and c.lower_ in FIRST_SECOND_PERSON) for c in subjects):
            continue  # "which indicates", "I think", "you know": the enclosing claim owns it
        if entry.get("kind") == "evidence" and any(c.pos_ == "PRON" for c in subjects):
            continue  # "it shows": no source worth naming
        cue = _Cue(i=token.i, source=_source_span(token))
        cue.content = _cue_content(token, entry, has_source=cue.source is not None)
        if token.pos_ in ("NOUN", "ADJ") and not (cue.source and (
                cue.content or _introducing_colon(doc, token.i) is not None)):
            continue  # a noun or adjective cue needs both whose it is and what it says (or what follows)
        if not cue.content and _does_a_deed(token, entry):
            continue  # "Iraqi forces maintained their positions": a deed, not a report
        para = layout.para[token.i]
        cue.content = {i for i in cue.content if layout.para[i] == para}
        cue.content.discard(token.i)
        if cue.source:
            cue.content -= set(range(*cue.source))
        cue.content -= _contrast_clauses(doc, cue.content)
        cue.content -= _asides(doc, cue.content, token.i)
        cues[token.i] = cue
    for cue in cues.values():
        if cue.source is None:
            _inherit_speaker(doc[cue.i], cue, cues)
    lexicon = reporting_lexicon()
    for i in list(cues):
        kind = (lexicon.verbs.get(doc[i].lemma_.lower()) or {}).get("kind")
        if doc[i].pos_ == "NOUN" or _told_by_a_thing(doc, cues[i]):
            kind = "evidence"  # "Biden said Trump's claim that ... is absurd": Biden's claim holds it
        if kind == "evidence" and any(i in other.content for j, other in cues.items() if j != i):
            gone = cues.pop(i)  # "X says a review shows ...": the review's finding is X's claim
            if held is not None and _speech_noun(doc[i]) and gone.source is not None:
                held[i] = gone
            for other in cues.values():
                if other.parent == i:  # a cue inheriting from it inherits what it had
                    other.parent = gone.parent
                    other.source = other.source or gone.source
    return cues


def _speech_noun(token: Token) -> bool:
    """Whether a noun cue names a speech act of its holder ("France's criticism", "FBI criticism"), not
    a noun that also names a deed (`deed_too` in cues.yaml: "Russia's attack on Aleppo")."""
    return token.pos_ == "NOUN" and not (cue_entry(token) or {}).get("deed_too")


def _told_by_a_thing(doc: Doc, cue: _Cue) -> bool:
    """Whether a verb cue's subject is a document no one is named as making: "Verified
    video footage, eyewitness testimony and information gathered from activists reveal a pattern of
    unlawful killings ..., said Amnesty International" (the footage is Amnesty's evidence, the claim
    Amnesty's: the outer speaker is the maker of a document no one else is named as making). Only
    inside another cue's content (see `_parse_cues`): alone, "the statement said" keeps its source."""
    head = _speaking_subject(doc[cue.i]) if cue.source is not None and doc[cue.i].pos_ == "VERB" else None
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and lemma in reporting_lexicon().documents and _document_maker(head) is None


def _contrast_clauses(doc: Doc, content: set[int]) -> set[int]:
    """Tokens of the contrast clauses in a report's content where another speaker speaks: "The UN
    stressed the decision would not change the reality, while the Arab League condemned the move" (the
    league's word, not the UN's; "..., while Beijing ranked fourth" stays the reporter's claim)."""
    marks = reporting_lexicon().contrasts
    out: set[int] = set()
    for i in content:
        tok = doc[i]
        if tok.dep_ == "advcl" and tok.head.i in content and tok.i > tok.head.i and (
                any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)
                and any(c.dep_ in SUBJECT_DEPS for c in tok.children) and cue_entry(tok) is not None):
            out |= _subtree(tok)
    return out


def _asides(doc: Doc, content: set[int], cue_i: int) -> set[int]:
    """Tokens of the parenthesised clauses in a report's content outside quotes: the writer's own
    aside, not the speaker's ("Trump never cited a source for his claim that Obama wants to take in
    250,000 Syrian refugees (Obama has proposed accepting 10,000 Syrians)": the correction is the
    reporter's). A clause is a verb with its own subject; "(D-Vt.)" or "(the Islamic State)" stay.
    An aside with a cue of its own ("(The French are big fans, Mr. Madden said.)") is that cue's claim."""
    out: set[int] = set()
    for i in sorted(content):
        if doc[i].text != "(" or i in out or in_quote(doc[i]):
            continue
        close = next((k for k in range(i + 1, min(len(doc), i + MAX_ASIDE)) if doc[k].text == ")"), None)
        if close is None or i < cue_i < close:
            continue  # the cue's own parenthesis holds what it says
        inside = range(i + 1, close)
        if any(doc[k].dep_ in SUBJECT_DEPS and i < doc[k].head.i < close
               and doc[k].head.pos_ in ("VERB", "AUX") for k in inside):
            out.update(range(i, close + 1))
    return out


def _cue_content(token: Token, entry: dict[str, Any], has_source: bool) -> set[int]:
    """Token indexes a cue reports, from the parse alone (quotes are added later)."""
    if token.pos_ in ("NOUN", "ADJ"):
        return _noun_content(token, entry)
    if is_prepositional(token):
        head = token.head if token.head.i != token.i else token
        return _subtree(head, exclude=token)  # "X happened, according to Y": the clause it modifies
    content: set[int] = set()
    for child in token.children:
        fronted = child.dep_ == "dep" and child.i < token.i  # headline "..., says US"
        believed = child.dep_ == "xcomp" and entry.get("kind") == "belief"
        if child.dep_ in CONTENT_DEPS or fronted or believed:
            content |= _subtree(child)
    if not content:
        content = _medium_clause(token) or _object_clause(token)
    if not content:
        content = _object_content(token, entry)
    if not content and has_source and (named := _trailing_name(token)) is not None:
        # "..., Denis Pushilin, the Russian head of the region, wrote": the clause the cue closes
        content = _subtree(token.head, exclude=token) - _subtree(named)
    if not content and not entry.get("addressee") and passive_agent(token) is not None:
        # "the issue was reported by the Post": the passive subject is what was said
        content = {t.i for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree}
    head = token.head
    if has_source and head.i != token.i and not _acts_as_cue(head) and (
            _set_off(token, after=head.i < token.i) or (not content and (
                _as_clause(token) or _trailing_report(token) or _leading_report(token)))):
        # "X is so, he said", "X, he said, is so", "As X reported, Y is so": the reported clause is the head
        content |= _subtree(head, exclude=token)
    return content


def _medium_clause(token: Token) -> set[int]:
    """The "that" clause the parser hangs on the medium a cue names: "said in a statement that Russia
    had violated the ceasefire", "wrote in a report that forces tortured detainees" (parsed as a clause
    of "statement"; a relative clause has no "that" marker, its "that" is a subject or object)."""
    out: set[int] = set()
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj":
                continue
            for clause in medium.children:
                if clause.dep_ in ("acl", "relcl") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    out |= _subtree(clause)
    return out


def _object_clause(token: Token) -> set[int]:
    """The "that" clause the parser hangs on a cue's pronoun object: "Newspaper reports have it that
    Amir was infatuated" (parsed as a clause of "it"; a relative clause's "that" is its subject or
    object, not a marker). A noun's clause stays with its noun ("show little evidence that ...")."""
    out: set[int] = set()
    for obj in token.children:
        if obj.dep_ == "dobj" and obj.pos_ == "PRON":
            for clause in obj.children:
                if clause.dep_ in ("acl", "relcl") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    out |= _subtree(clause)
    return out


def _acts_as_cue(token: Token) -> bool:
    """Whether a word is a cue in its sentence: "continue" reports only next to a quote ('"...," he
    continued'); "the press secretary said, Syrian forces continue to attack" reports the attack."""
    entry = cue_entry(token)
    if entry is None:
        return False
    layout = layout_of(token.doc)
    start, end = layout.sent_start[token.i], layout.sent_end[token.i]
    return not entry.get("needs_quote") or layout.has_quote(start, end)


def _set_off(token: Token, after: bool) -> bool:
    """Whether a paratactic cue is set off by punctuation from the clause it reports: after it
    ("..., he said") or inside it ("Compaq, she predicted, would come")."""
    if token.dep_ not in ("parataxis", "ccomp") or (not after and token.dep_ != "parataxis"):
        return False
    doc = token.doc
    if after:
        k = token.left_edge.i
        return k > 0 and (doc[k - 1].is_punct or doc[k].is_punct)
    k = token.right_edge.i
    return doc[k].is_punct or (k + 1 < len(doc) and doc[k + 1].is_punct)


def _trailing_report(token: Token) -> bool:
    """A cue closing its sentence that the parser hung on the clause before as an adverbial clause:
    "Israeli jets fired two missiles at an arms depot near Damascus overnight Sunday, the Syrian state
    news agency SANA reported Monday" (set off by a comma, with its own subject and no conjunction: it
    reports that clause, as a paratactic "..., SANA reported" does). Also one the parser conjoined to it
    with no conjunction: "Japan is mulling sanctions, local media reported Thursday, citing officials"."""
    if token.dep_ not in ("advcl", "conj") or token.head.i > token.i or any(
            c.dep_ == "mark" for c in token.children):
        return False
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.i < token.i for c in token.head.children):
        return False  # "Japan mulled sanctions and the media reported it": two clauses
    subject = next((c for c in token.children if c.dep_ in ACTIVE_SUBJECT_DEPS), None)
    if subject is None:
        return False
    doc, end = token.doc, token.right_edge.i + 1
    # the comma before the subject (a time word before it may hang on the cue: "overnight Monday, ...")
    comma = any(c.text == "," and c.i < subject.left_edge.i for c in token.children) or (
        doc[token.left_edge.i - 1].text == "," if token.left_edge.i > 0 else False)
    return comma and (end >= token.sent.end or doc[end].is_punct)


def _leading_report(token: Token) -> bool:
    """A cue opening its sentence that the parser hung on the clause after it as an adverbial clause:
    "Earlier, the HRANA news agency had reported, intelligence agents detained five activists" (with its
    own subject, no conjunction and no content of its own, set off by a comma: it reports that clause)."""
    if token.dep_ != "advcl" or token.head.i < token.i or any(c.dep_ == "mark" for c in token.children):
        return False
    if not any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in token.children):
        return False
    end = token.right_edge.i + 1
    return end < len(token.doc) and token.doc[end].text == ","


def _as_clause(token: Token) -> bool:
    """"As reported by the Post, ...", "as he noted": a cue in an adverbial as-clause."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def _inherit_speaker(token: Token, cue: _Cue, cues: dict[int, _Cue]) -> None:
    """A subject-less cue takes its speaker from the clause it hangs on.

    "Kirby said, adding that ..." inherits from the cue "said"; "he began by saying ..." takes the
    subject of "began".
    """
    node = token
    for _ in range(3):
        if node.dep_ not in INHERIT_DEPS or node.head.i == node.i:
            return
        joined = node.dep_ == "conj"  # "officials were angered and predicted": the passive subject too
        node = node.head
        if node.i in cues:
            cue.parent = node.i
            return
        if token.tag_ == "VBG" and node.dep_ in CONTENT_DEPS and node.head.i in cues:
            # "Trump told Newsmax that Romney had ..., adding ...": the participle hangs inside the
            # reported clause; its speaker is the reporter, not that clause's subject
            cue.parent = node.head.i
            return
        deps = SUBJECT_DEPS if joined else ACTIVE_SUBJECT_DEPS
        subject = _speaking_subject(node, deps)
        if subject is not None:
            if subject.lower_ not in FIRST_SECOND_PERSON and subject.tag_ != "WDT":
                cue.source = _trim_speaker(subject)
            return


def _does_a_deed(token: Token, entry: dict[str, Any]) -> bool:
    """Whether a verb with a `deed_object` (reporting.yaml) names a deed: it has a noun-phrase object
    and reports no clause ("Iraqi forces maintained their positions", "troops observed the
    ceasefire"; not "he maintained that he was innocent")."""
    if entry.get("deed_person"):  # "were questioning residents", "police questioned him": interrogation
        about = entry.get("about", ())  # not "reporters questioned Josh Earnest about the details"
        return any(c.dep_ == "dobj" and _a_person(c) for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in about for c in token.children)
    return bool(entry.get("deed_object")) and any(c.dep_ == "dobj" for c in token.children)


def _a_person(noun: Token) -> bool:
    """Whether an object names people: a personal pronoun, a person's name, or a noun of people (the
    speaker lexicons of cues.yaml, the actors' agent nouns), not "Trump's judgment"."""
    if noun.pos_ == "PRON":
        return noun.lower_ in PRONOUNS and noun.lower_ != "it"
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    lex = reporting_lexicon()
    if noun.lemma_.lower() in lex.people | lex.members:
        return True
    entry = load_actor_lexicon().phrases.get(norm(noun.text))
    return entry is not None and entry.kind == "agent"


def _object_content(token: Token, entry: dict[str, Any]) -> set[int]:
    """What was said when it is a noun phrase: "announced his resignation", "called it a disgrace"
    (not a `deed_object`: "maintained their positions" says nothing)."""
    out: set[int] = set()
    about = entry.get("about", ())
    if _does_a_deed(token, entry):
        return out
    for child in token.children:
        # "criticized the president's policy", "accused Cruz of lying": the target is part of the claim
        said_object = child.dep_ == "dobj" and (not entry.get("addressee") or entry.get("target"))
        called_as = child.dep_ == "prep" and child.lower_ in ("as", "for") and entry.get("addressee")
        grounds = child.dep_ == "prep" and child.lower_ in about  # "accused X of lying"
        # "calling for the US to step up": the parser makes "for" the mark of the clause
        grounds = grounds or (child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in about for m in child.children))
        answer = child.lower_ in ANSWER_WORDS and child.i > token.i  # "half said so", "said yes"
        if child.dep_ in ("oprd", "xcomp") or said_object or called_as or grounds or answer:
            out |= _subtree(child)
    if entry.get("addressee") and any(c.dep_ == "oprd" for c in token.children):
        out |= {t.i for c in token.children if c.dep_ == "dobj" for t in c.subtree}
    return out


def _speaker_line_cues(doc: Doc, cues: dict[int, _Cue]) -> None:
    """Speakers named on their own lines: 'MATTHEWS: Well, speculation is bad.' (a transcript or an
    interview) and '"...he represents our greatest shame." ― Sonya Herridge' (a quote signed after a dash).

    A label before a colon counts when it names a person or labels two paragraphs or more (the turns of
    a transcript); a signature is a short name closing a paragraph that opens with a quote.
    """
    layout = layout_of(doc)
    paragraphs: dict[int, list[int]] = {}
    for i, para in enumerate(layout.para):
        paragraphs.setdefault(para, []).append(i)
    labels: list[tuple[int, int, list[int]]] = []  # (label start, colon, paragraph tokens)
    for tokens in paragraphs.values():
        words = [i for i in tokens if not doc[i].is_space]
        if not words:
            continue
        first = words[0]
        colon = next((i for i in words[: MAX_SPEAKER_LINE + 1] if doc[i].text == ":"), None)
        if colon is not None and colon > first:
            labels.append((first, colon, words))
        _signature_cue(doc, cues, words)
    counts: dict[str, int] = {}
    for first, colon, _ in labels:
        key = doc[first:colon].text.lower()
        counts[key] = counts.get(key, 0) + 1
    for first, colon, words in labels:
        name = doc[first:colon]
        if colon in cues or any(t.pos_ in ("VERB", "AUX") for t in name):
            continue
        if not any(e.label_ == "PERSON" for e in entities_of(name)) and counts[name.text.lower()] < 2:
            continue
        content = {i for i in words if i > colon}
        if any(not doc[i].is_punct for i in content):
            cues[colon] = _Cue(i=colon, source=(first, colon), content=content)


def _frame_after_quote(doc: Doc, cues: dict[int, _Cue]) -> None:
    """'"We will strike back." That was the warning from Prime Minister X': a sentence framing the quote
    before it as a speech noun (cues.yaml `nouns`: warning, demand, claim ...) "from", "of" or "by" its
    speaker gives the quote that speaker, when no cue inside the quote names another."""
    lex = reporting_lexicon()
    for before, sent in pairwise(doc.sents):
        root = sent.root
        if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this")
                                           for c in root.children):
            continue
        noun = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                     and (lex.nouns.get(c.lemma_.lower()) or {}).get("kind") == "speech"), None)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")),
                    None) if noun is not None else None
        who = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        quoted = [t.i for t in before if not t.is_quote and not t.is_space]
        if who is None or not doc[before.start].is_quote or not quoted or any(i in cues for i in quoted):
            continue
        cue = cues.setdefault(noun.i, _Cue(i=noun.i))
        cue.source = cue.source or _trim_speaker(who)
        cue.content |= set(quoted)


def _signature_cue(doc: Doc, cues: dict[int, _Cue], words: list[int]) -> None:
    """'"..." ― Pamela Padilla': a paragraph-opening quote signed with a dash and a name."""
    if not doc[words[0]].is_quote:
        return
    marks = QUOTE_CHARS
    tail = [i for i in words[-(MAX_SPEAKER_LINE + 1) :] if doc[i].text.strip(marks) in SIGNATURE_DASHES]
    if not tail:
        return
    dash = tail[-1]  # the tokenizer may glue the closing quote to the dash: '”―'
    closed = doc[dash - 1].is_quote or doc[dash].text[0] in marks
    name = [i for i in words if i > dash and not doc[i].is_punct]
    if not name or not closed or dash in cues:
        return
    if not all(doc[i].pos_ == "PROPN" for i in name) and not any(
            e.label_ == "PERSON" for e in entities_in(doc, name[0], name[-1] + 1)):
        return
    content = {i for i in words if i < dash and not doc[i].is_quote}
    if content:
        cues[dash] = _Cue(i=dash, source=(name[0], name[-1] + 1), content=content)


def _headline_colon_cue(doc: Doc, cues: dict[int, _Cue]) -> None:
    """'Kirby: Russia is arming Iran' — a short name before a headline colon is the speaker."""
    for token in doc:
        if token.text != ":" or token.i == 0 or token.i > MAX_SPEAKER_TOKENS:
            continue
        before = doc[: token.i]
        if headline_label(before.text):  # "FLASH: Top Boko Haram Commander Killed ...": a tag, no speaker
            return
        # a name or a capitalised label ("Poll:", "Trump:", which headlines' title case may tag a noun)
        named = any(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in before)
        if not named or any(t.pos_ == "VERB" for t in before):
            return
        cue = _Cue(i=token.i, source=(0, token.i), content=set(range(token.i + 1, len(doc))))
        cues[token.i] = cue
        return


def _headline_dash_cue(doc: Doc, cues: dict[int, _Cue]) -> None:
    """'Moscow to work on retaliatory measures – Foreign Ministry', 'Japan mulls expelling Russian
    diplomat — report': a short source after a headline's last dash tells the rest (wire headlines);
    not a dash inside a name or a range, nor a clause after it ("— and it is working")."""
    dashes = [t for t in doc if t.text in SIGNATURE_DASHES or (t.text == "-" and t.whitespace_ and t.i > 0
                                                                and doc[t.i - 1].whitespace_)]
    if not dashes or any(i < dashes[-1].i for i in cues):
        return
    dash = dashes[-1]
    source = [t for t in doc[dash.i + 1:] if not t.is_punct]
    if not source or len(source) > HEADLINE_SOURCE_WORDS or dash.i < 3:
        return
    lex = reporting_lexicon()
    # title case or the bare word make the parser read "— report" as a verb: a document noun all the same
    named = [t for t in source if t.pos_ in ("NOUN", "PROPN") or t.lemma_.lower() in lex.documents]
    if len(named) != len([t for t in source if t.pos_ not in ("ADJ", "DET")]) or not named:
        return
    for i in [i for i in cues if i > dash.i]:
        del cues[i]
    cues[dash.i] = _Cue(i=dash.i, source=(source[0].i, source[-1].i + 1),
                        content={t.i for t in doc[: dash.i] if not t.is_punct})


def _headline_verb_cue(doc: Doc, cues: dict[int, _Cue]) -> None:
    """'Glenn Beck Blasts Drudge for Mocking His Fast': title case makes the parser read a headline's
    cue verb as a noun; a known cue word after a name, with words after it, is the cue.

    Only for a headline where the parse found no cue: the name before it speaks, the rest is the content.
    """
    lex = reporting_lexicon()
    if cues or len(doc) > 3 * MAX_SPEAKER_TOKENS:
        return
    for token in doc[1:-1]:
        if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper():
            continue
        if token.i > MAX_SPEAKER_TOKENS:
            return
        verb = verb_form(token.lower_)
        if verb is None or lex.verbs[verb].get("kind") != "speech":
            continue  # "The Hellish View from ...", "Clinton Email Story": stance words are nouns too
        start = next((k + 1 for k in range(token.i - 1, -1, -1) if doc[k].is_punct), 0)
        before = doc[start : token.i]
        if not len(before) or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in before):
            continue
        if before[-1].tag_ == "POS" or any(t.pos_ == "VERB" for t in before):
            continue
        content = {t.i for t in doc[token.i + 1 :] if not t.is_punct}
        if content:
            cues[token.i] = _Cue(i=token.i, source=(before.start, before.end), content=content)
        return


# --- assembling a section --------------------------------------------------------------------------


def _paragraph_of(doc: Doc, i: int) -> int:
    return layout_of(doc).para[i]


def _build_section(doc: Doc, headline: bool) -> _Section:
    held: dict[int, _Cue] = {}
    cues = _parse_cues(doc, held)
    if headline:
        _headline_colon_cue(doc, cues)
        _headline_dash_cue(doc, cues)
        _headline_verb_cue(doc, cues)
    else:
        _speaker_line_cues(doc, cues)
        _frame_after_quote(doc, cues)
    owner: list[int | None] = [None] * len(doc)

    def claim_tokens() -> None:
        for i in range(len(doc)):
            owner[i] = None
        for cue in sorted(cues.values(), key=lambda c: -len(c.content)):
            for i in cue.content:
                owner[i] = cue.i  # smaller contents, assigned later, win: innermost cue

    claim_tokens()
    _attach_quotes(doc, cues, owner, headline)
    claim_tokens()
    _attach_mixed_quotes(doc, cues, owner)
    claim_tokens()
    if PARAPHRASE_RUNS:
        _attach_paraphrase_runs(doc, cues, owner)
    if not headline:
        _attach_colon_statements(doc, cues, owner)
    return _Section(doc=doc, cues=cues, owner=owner, outer=_nesting(cues), held=held)


def _nesting(cues: dict[int, _Cue]) -> dict[int, int]:
    """Nested cue -> the outermost cue whose content holds it.

    "Cook told the Times that Carter believes his use of email was a mistake": what Carter believes is
    part of what Cook told, and a reader (as PolNeAR's annotators, who never mark an attribution inside
    another's content) takes one attribution, Cook's, whose content runs over the inner cue. The
    innermost cue still owns its tokens for `claim_for` (a "we" inside it is the inner speaker's).
    """
    if not NESTING:
        return {}
    widest: dict[int, int] = {}  # token -> the cue with the largest content holding it
    for cue in sorted(cues.values(), key=lambda c: len(c.content)):
        for i in cue.content:
            widest[i] = cue.i
    outer: dict[int, int] = {}
    for i in cues:
        top, seen = i, {i}
        while (up := widest.get(top)) is not None and up not in seen and (
                len(cues[up].content) > len(cues[top].content)):
            seen.add(up)
            top = up
        if top != i:
            outer[i] = top
    return outer


def _attach_quotes(doc: Doc, cues: dict[int, _Cue], owner: list[int | None], headline: bool) -> None:
    """Give every direct quote the cue that frames it, carrying speakers across quote sequences."""
    groups: list[list[list[int]]] = []  # quotes running over several paragraphs form one group
    for quote in quote_spans(layout_of(doc).text, single=headline):
        inside = [i for i in tokens_in(doc, quote.start, quote.end) if not doc[i].is_quote]
        if not inside:
            continue
        if quote.continues and groups:
            groups[-1].append(inside)
        else:
            groups.append([inside])
    previous: tuple[int, int] | None = None  # (cue index, paragraph) of the last attributed quote
    ordered = sorted(cues)
    for group in groups:
        first = group[0][0]
        para = _paragraph_of(doc, group[-1][0])
        framing = (_framing_cue(doc, ordered, owner, part) for part in group)
        cue_i = next((c for c in framing if c is not None), None)
        if cue_i is None and _starts_sentence(doc, first):
            if previous is not None and (previous[1] == _paragraph_of(doc, first)
                                         or _quote_paragraph_after(doc, previous[1], group)):
                cue_i = previous[0]
            elif (colon := _colon_cue_before(doc, ordered, first)) is not None:
                cue_i = colon
            else:
                cue_i = _speaker_of_paragraph_before(doc, ordered, cues, group)
        if cue_i is None:
            continue
        for part in group:
            cues[cue_i].content |= set(part)
        cues[cue_i].content.discard(cue_i)
        previous = (cue_i, para)


def _quote_paragraph_after(doc: Doc, para: int, group: list[list[int]]) -> bool:
    """Whether a quote fills a paragraph of its own right after paragraph `para`, that of the last
    attributed quote: the same speaker goes on ('"He's been a problem inmate since we had him,"
    Sheahan told the Standard-Times.' then '"Mr. Jeffs was a handful from day one."')."""
    paras = layout_of(doc).para
    first, last = group[0][0], group[-1][-1]
    k = first - 1
    while k >= 0 and paras[k] != para and (doc[k].is_space or doc[k].is_quote or doc[k].is_punct):
        k -= 1  # back over the opening mark and blank lines
    if k < 0 or paras[k] != para:
        return False
    end = last + 1
    while end < len(doc) and paras[end] == paras[last] and (doc[end].is_punct or doc[end].is_space):
        end += 1  # the closing mark and full stop
    return end == len(doc) or paras[end] != paras[last]


def _attach_colon_statements(doc: Doc, cues: dict[int, _Cue], owner: list[int | None]) -> None:
    """A paragraph ending "Foreign Office Minister Tobias Ellwood said:" introduces the statement that
    follows without quotation marks (press releases): the next paragraphs are the speaker's, up to
    one that has a cue or a quote of its own."""
    layout = layout_of(doc)
    ordered = sorted(cues)
    for cue_i in ordered:
        cue = cues[cue_i]
        para = layout.para[cue_i]
        k = _introducing_colon(doc, cue_i)
        if cue.source is None or k is None:
            continue
        taken: list[int] = []
        i = k + 1
        paragraphs = 0  # paragraphs of text taken (blank lines between them do not count)
        while i < len(doc) and paragraphs < STATEMENT_PARAGRAPHS:
            start = i
            while i < len(doc) and layout.para[i] == layout.para[start]:
                i += 1
            if layout.para[start] == para or all(doc[j].is_space for j in range(start, i)):
                continue
            if layout.has_quote(start, i) or _opens_statement(doc, start, i) or _names_speaker(
                    doc, cue.source, start, i) or _heading(doc, start, i):
                break
            paragraphs += 1
            # a cue inside the statement ("This report makes clear that ...", "I echo X's call")
            # keeps its own content, nested in the speaker's: the rest of the paragraph is theirs
            taken.extend(j for j in range(start, i) if not doc[j].is_space and owner[j] in (None, cue_i))
        if taken:
            cue.content |= set(taken)
            for j in taken:
                owner[j] = cue_i


def _introducing_colon(doc: Doc, cue_i: int) -> int | None:
    """The colon ending a cue's paragraph a few words after it ("Minister Ellwood said:", "Votel
    released the following statement today:"), which introduces what the speaker says next."""
    para = layout_of(doc).para
    k = cue_i
    while k + 1 < len(doc) and para[k + 1] == para[cue_i] and k - cue_i < 8:
        k += 1
    while k > cue_i and doc[k].is_space:
        k -= 1
    return k if doc[k].text == ":" else None


def _heading(doc: Doc, start: int, end: int) -> bool:
    """Whether paragraph [start, end) is a section heading ("What Does Stadia Offer?"): a short line in
    title case. A web page's "Here's what the early reviews say:" is followed by the writer's own
    sections, not by the reviews' words."""
    words = [doc[k] for k in range(start, end) if doc[k].is_alpha]
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    capitalised = sum(1 for t in words if t.text[:1].isupper() or t.is_stop)
    return capitalised == len(words) and sum(1 for t in words if t.text[:1].isupper()) * 2 > len(words)


def _opens_statement(doc: Doc, start: int, end: int) -> bool:
    """Whether paragraph [start, end) introduces another statement ("The Foreign Secretary said:")."""
    k = end - 1
    while k > start and doc[k].is_space:
        k -= 1
    return doc[k].text == ":"


def _names_speaker(doc: Doc, source: tuple[int, int], start: int, end: int) -> bool:
    """Whether paragraph [start, end) tells of the speaker in the third person as a subject ("Following
    the meeting the Foreign Secretary will return to the Gulf"): the release's narration again."""
    names = {t.lower_ for t in doc[source[0] : source[1]] if t.pos_ == "PROPN"}
    return bool(names) and any(doc[j].dep_ in SUBJECT_DEPS and doc[j].lower_ in names
                               for j in range(start, end))


def _starts_sentence(doc: Doc, first: int) -> bool:
    start = layout_of(doc).sent_start[first]
    return all(doc[k].is_punct or doc[k].is_space for k in range(start, first))


def _framing_cue(doc: Doc, ordered: list[int], owner: list[int | None], inside: list[int]) -> int | None:
    """The cue whose content already holds the quote, or one right outside it in the same sentence."""
    owned = [owner[i] for i in inside if owner[i] is not None]
    if owned and len(owned) * 2 >= len(inside):
        return max(set(owned), key=owned.count)
    first, last = inside[0], inside[-1]
    layout = layout_of(doc)
    sents = {layout.sent_start[first], layout.sent_start[last]}
    near: list[tuple[int, int]] = []
    # candidates lie in the quote's sentences or just after it (see `_same_sentence_tail`)
    for cue_i in between(ordered, layout.sent_start[first], max(layout.sent_end[last], last + 7)):
        if first <= cue_i <= last:
            continue
        if layout.sent_start[cue_i] not in sents and not _same_sentence_tail(doc, last, cue_i):
            continue
        near.append((min(abs(cue_i - first), abs(cue_i - last)), cue_i))
    return min(near)[1] if near else None


def _same_sentence_tail(doc: Doc, last: int, cue_i: int) -> bool:
    """`"...," he said.` split by the parser into two sentences: the cue follows the quote closely."""
    if cue_i <= last or cue_i - last > 6:
        return False
    return _paragraph_of(doc, last) == _paragraph_of(doc, cue_i)


def _speaker_of_paragraph_before(doc: Doc, ordered: list[int], cues: dict[int, _Cue],
                                 group: list[list[int]]) -> int | None:
    """The last cue with a named source in the paragraph right before a quote that fills paragraphs of
    its own and names no speaker: the one just named goes on speaking ("Turkey's foreign minister
    criticised Greece on Monday." then '"Greek jets have violated our airspace 20 times this month."')."""
    paras = layout_of(doc).para
    first, last = group[0][0], group[-1][-1]
    k = first - 1
    while k >= 0 and paras[k] == paras[first] and (doc[k].is_quote or doc[k].is_space or doc[k].is_punct):
        k -= 1  # back over the opening mark
    if k >= 0 and paras[k] == paras[first]:
        return None  # words before the quote in its paragraph: not a quote standing alone
    while k >= 0 and doc[k].is_space:
        k -= 1  # and the blank lines between the paragraphs
    end = last + 1
    while end < len(doc) and paras[end] == paras[last] and (doc[end].is_punct or doc[end].is_space
                                                            or doc[end].is_quote):
        end += 1
    if k < 0 or (end < len(doc) and paras[end] == paras[last]):
        return None
    before = [c for c in between(ordered, 0, k + 1) if paras[c] == paras[k] and cues[c].source is not None]
    # the paragraph's own speaker, not one its report tells of ("According to the ministry's statement,
    # both delegations would discuss trade": the statement speaks on, not the delegations)
    outer = [c for c in before if not any(c in cues[o].content for o in before if o != c)]
    return outer[-1] if outer else None


def _colon_cue_before(doc: Doc, ordered: list[int], first: int) -> int | None:
    """`He said: "..."` where the quote starts a new sentence or paragraph after the colon."""
    k = first - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    if k < 0 or doc[k].text != ":":
        return None
    found = between(ordered, layout_of(doc).sent_start[k], k)
    return found[-1] if found else None


def _attach_mixed_quotes(doc: Doc, cues: dict[int, _Cue], owner: list[int | None]) -> None:
    """A cue-less sentence carrying an unattributed quoted clause paraphrases the last quoted speaker."""
    quoted_cues: list[tuple[int, int]] = []  # (token index of quote, cue)
    ordered = sorted(cues)
    layout = layout_of(doc)
    for start, end in layout.sents:
        has_cue = any(c for c in between(ordered, start, end))
        quotes = layout.has_quote(start, end)
        attributed = [owner[i] for i in range(start, end) if owner[i] is not None]
        if quotes and attributed:
            quoted_cues.append((start, max(set(attributed), key=attributed.count)))
            continue
        if has_cue or not quotes or not quoted_cues:
            continue
        if not _quotes_a_clause(doc, doc[start:end]):
            continue
        last_start, cue_i = quoted_cues[-1]
        if layout.para[start] - layout.para[last_start] > MIXED_QUOTE_PARAGRAPHS:
            continue
        speaker = _source_text(doc, cues, cue_i) or ""
        if any(e.label_ == "PERSON" and e.text.lower() not in speaker for e in entities_in(doc, start, end)):
            continue  # "When Trump wrapped up -- 'I will fight for you'": the person named speaks
        cues[cue_i].content |= {i for i in range(start, end) if not layout.quote[i]}


def _attach_paraphrase_runs(doc: Doc, cues: dict[int, _Cue], owner: list[int | None]) -> None:
    """A cue-less sentence between two paraphrases of one speaker is that speaker's too.

    "..., Kirby said, adding that ...  The flow is not one-way, with Iran supplying drones.
    Several hundred have been provided, Kirby said." A writer paraphrasing one briefing puts the
    attribution on the sentences around a bridging sentence, not on it. Only indirect speech counts
    (a direct quote after a lead-in sentence is the speaker's, the lead-in the writer's), and both
    sides must name the same speaker.
    """
    layout = layout_of(doc)
    sents = [doc[start:end] for start, end in layout.sents]
    ordered = sorted(cues)
    for k in range(1, len(sents) - 1):
        prev, sent, nxt = sents[k - 1], sents[k], sents[k + 1]
        if _paragraph_of(doc, sent.start) != _paragraph_of(doc, nxt.end - 1):
            continue
        if any(owner[i] is not None for i in range(sent.start, sent.end)):
            continue
        if between(ordered, sent.start, sent.end) or layout.has_quote(sent.start, nxt.end):
            continue
        after = [c for c in between(ordered, nxt.start, nxt.end) if cues[c].source is not None
                 and _is_trailing(doc, cues[c], nxt)]
        before = {owner[i] for i in range(prev.start, prev.end) if owner[i] is not None}
        before |= set(between(ordered, prev.start, prev.end))
        if not after or not any(_same_source(doc, cues, b, after[-1]) for b in before):
            continue
        cue_i = after[-1]
        cues[cue_i].content |= {t.i for t in sent}
        for i in range(sent.start, sent.end):
            owner[i] = cue_i


def _source_text(doc: Doc, cues: dict[int, _Cue], cue_i: int) -> str | None:
    cue, seen = cues[cue_i], {cue_i}
    while cue.source is None and cue.parent is not None and cue.parent not in seen:
        seen.add(cue.parent)
        cue = cues[cue.parent]
    return doc[cue.source[0] : cue.source[1]].text.lower() if cue.source else None


def _same_source(doc: Doc, cues: dict[int, _Cue], a: int, b: int) -> bool:
    """Whether two cues name the same speaker in the same words (pronouns do not count)."""
    first, second = _source_text(doc, cues, a), _source_text(doc, cues, b)
    return first is not None and first == second and first not in PRONOUNS


def _is_trailing(doc: Doc, cue: _Cue, sent: Span) -> bool:
    """Whether a cue closes its sentence after its content ("..., Kirby said.")."""
    before = [i for i in cue.content if sent.start <= i < cue.i]
    return len(before) >= (cue.i - sent.start) // 2 and not any(cue.i < i < sent.end for i in cue.content)


def _quotes_a_clause(doc: Doc, sent: Span) -> bool:
    """Whether a quote in `sent` holds a verb (a quoted claim, not a scare-quoted word)."""
    for quote in quote_spans(sent.text, single=False):
        inner = doc.char_span(sent.start_char + quote.start, sent.start_char + quote.end,
                              alignment_mode="expand")
        if inner is not None and any(t.pos_ in ("VERB", "AUX") for t in inner):
            return True
    return False


# --- the public object --------------------------------------------------------------------------------


class Attributor:
    """Answers, for any token of a parsed document, whose claim the text around it is."""

    def __init__(self, parsed: ParsedDocument, mentions: list[Mention]) -> None:
        self.parsed = parsed
        self.mentions = mentions
        self._by_section: dict[str, list[Mention]] = {}
        for m in mentions:
            self._by_section.setdefault(m.section, []).append(m)
        self._sections: dict[str, _Section] = {}
        self._contents: dict[str, dict[int, list[int]]] = {}
        self._resolved: dict[tuple[str, int], Attribution] = {}
        self._spokespeople = self._find_spokespeople()
        # the country most persons and officials of the document belong to, for speakers named only
        # by a name the actors stage cannot place ("said Republican strategist Ryan Williams")
        self._home = dominant_country(mentions)
        self._fallback: str | None = None  # `_story_country`, computed on first use
        # "Statement by the Foreign Secretary on ...": the body is the issuer's claim where no cue
        # gives it to another speaker (CODEBOOK, Attribution)
        self._release = release_of(parsed.sections, mentions)

    # sections are built on first use: most documents only ask about a few sentences
    def _section(self, section: str) -> _Section | None:
        if section not in self._sections:
            doc = self.parsed.sections.get(section)
            if doc is None:
                return None
            self._sections[section] = _build_section(doc, headline=section in HEADLINE_SECTIONS)
        return self._sections[section]

    def claim_for(self, section: str, token_i: int) -> Claim:
        """Who claims the content containing token `token_i` of `section` (journalist: all None).

        A reporting cue outside any other claim is its own speaker's: "Clinton recalled her opposition
        to ...", "the ministry announced sanctions" tell what the speaker says, not what the journalist
        saw. Not for joint speakers ("Cruz and Fiorina criticized Trump"), each of whom acts for himself.
        A speech noun with its own holder is the holder's, inside another's report ("Britain echoed
        France's criticism of the strikes") or not ("FBI criticism of Clinton").
        """
        found = self.attribution_for(section, token_i).claim
        sec = self._section(section)
        cue = sec.cues.get(token_i) if sec is not None else None
        if (found.cue_i is not None and sec is not None
                and _described_in_object(sec.doc, found.cue_i, token_i)):
            # "Russia promised a response to sanctions imposed for Putin's recognition of the republics":
            # the recognition is the writer's background, not what Russia promised
            outer = sec.outer.get(found.cue_i)
            return self._resolve(section, sec, outer).claim if outer is not None else JOURNALIST
        if found.cue_i is not None:
            held = self._held_claim(section, sec, token_i) if sec is not None and sec.held else None
            return held or self._own_speech_act(section, sec, token_i, found) or self._reported_stance(
                section, sec, found)
        if cue is None or cue.source is None or not (
                is_reporting_verb(sec.doc[token_i]) or _speech_noun(sec.doc[token_i])):
            return found
        if sec.doc[token_i].dep_ == "relcl":
            return found  # "the emails that Trump asked Russia to find": the antecedent misleads
        if self._several(section, sec.doc[cue.source[0] : cue.source[1]]):
            return found
        return self._resolve(section, sec, token_i).claim

    def _several(self, section: str, span: Span) -> bool:
        """Whether a cue's source names several actors, conjoined or as one mention of several ("U.S. and
        British officials urged", "the two sides accused each other"): each speaks for itself."""
        return bool(span.root.conjuncts) or any(m.members for m in self._mentions_in(
            section, span.start_char, span.end_char))

    def _own_speech_act(self, section: str, sec: _Section | None, token_i: int, found: Claim) -> Claim | None:
        """A speech act reported by another is its speaker's (CODEBOOK, Attribution): "Syrian state media
        accused insurgents of killing 123 people, Reuters reported" is state media's accusation, which
        Reuters only passes on (what the accusation holds stays with the outer report's nesting). A
        reporter of the speaker's own country names who speaks for it, and keeps the claim."""
        cue = sec.cues.get(token_i) if sec is not None else None
        if cue is None or cue.source is None or found.cue_i == token_i:
            return None
        token = sec.doc[token_i]
        if token.pos_ != "VERB" or not reporting_lexicon().also_event(token.lemma_.lower()):
            return None
        if any(c.dep_ == "neg" for c in token.children):
            return None  # "the minister said Washington did not ask for help": the minister's denial
        if self._several(section, sec.doc[cue.source[0] : cue.source[1]]) or token.dep_ == "relcl":
            return None
        own = self._resolve(section, sec, token_i).claim
        if own.actor is None:
            return None
        if found.actor is not None and (found.actor.country or found.actor.code) == (
                own.actor.country or own.actor.code):
            return None  # "China strongly urges the U.S. ..., China's commerce ministry said": its voice
        return own

    def _held_claim(self, section: str, sec: _Section, token_i: int) -> Claim | None:
        """The claim of a speech noun nested in another cue's report, for the noun and what it holds:
        "Britain echoed France's criticism of the strikes" (the criticism is France's word), "Biden
        said Trump's claim that Mexico sends criminals was absurd" (Trump says Mexico sends them)."""
        holding = [i for i, c in sec.held.items() if i == token_i or token_i in c.content]
        if not holding:
            return None
        cue_i = min(holding, key=lambda i: len(sec.held[i].content))  # the innermost
        source = sec.held[cue_i].source
        assert source is not None  # only cues with a holder are kept (see `_parse_cues`)
        actor, speaker = self._speaker(section, sec.doc[source[0] : source[1]], sec.doc, cue_i)
        return Claim(actor, speaker, cue_i)

    def _reported_stance(self, section: str, sec: _Section | None, found: Claim) -> Claim:
        """The reporter's claim for what a stance held inside their report covers: "sources told Reuters
        that Russia is unlikely to agree to cut its oil output" (the sources tell of the cut, Russia
        claims nothing); a stance (cues.yaml `kind: stance`: agree, oppose, refuse, ...) is not a word
        its holder says. Speech, belief and a `voiced` stance keep their own speaker ("Cook told the
        Times that Carter believes ...", "she heard Amir talk about killing Rabin")."""
        outer = sec.outer.get(found.cue_i) if sec is not None and found.cue_i is not None else None
        entry = cue_entry(sec.doc[found.cue_i]) if outer is not None else None
        if outer is None or entry is None or entry.get("kind") != "stance" or entry.get("voiced"):
            return found
        return self._resolve(section, sec, outer).claim

    def speaker_actor_for(self, section: str, token_i: int) -> Actor | None:
        """The actor a first-person pronoun ("we", "our", "I") inside attributed content stands for."""
        return self.claim_for(section, token_i).actor

    def attribution_for(self, section: str, token_i: int) -> Attribution:
        """The claim for a token plus the character span where its source is named."""
        sec = self._section(section)
        if sec is None or not 0 <= token_i < len(sec.owner):
            return Attribution(JOURNALIST, None, None)
        if sec.owner[token_i] is None:
            return self._release_claim(section, sec, token_i)
        return self._resolve(section, sec, sec.owner[token_i])  # type: ignore[arg-type]

    def _release_claim(self, section: str, sec: _Section, token_i: int) -> Attribution:
        """The issuer's claim for a token of a release's body outside any cue (its first
        `OPENING_PARAGRAPHS` paragraphs); the journalist's voice elsewhere."""
        issuer = self._release
        if issuer is None or section != "text" or _paragraphs_before(sec.doc, token_i) >= OPENING_PARAGRAPHS:
            return Attribution(JOURNALIST, None, None)
        return Attribution(Claim(self._placed(issuer.actor), issuer.person or issuer.text, None), None, None)

    def attribution_of(self, section: str, cue_i: int) -> Attribution:
        """The claim a cue makes and where its source is named (for a cue of `cues`)."""
        sec = self._section(section)
        if sec is None or cue_i not in sec.cues:
            return Attribution(JOURNALIST, None, None)
        return self._resolve(section, sec, cue_i)

    def cues(self, section: str) -> list[int]:
        """Token indexes of the cues heading an attribution in a section (not nested in another's
        content), in order."""
        sec = self._section(section)
        return sorted(c for c in sec.cues if c not in sec.outer) if sec else []

    def content_of(self, section: str, cue_i: int) -> list[int]:
        """Token indexes a cue attributes (its content after quote tracking, including the content of
        the cues nested in it)."""
        sec = self._section(section)
        if sec is None:
            return []
        if section not in self._contents:
            contents: dict[int, list[int]] = {}
            for i, o in enumerate(sec.owner):
                if o is not None:
                    contents.setdefault(sec.outer.get(o, o), []).append(i)
            self._contents[section] = contents
        return list(self._contents[section].get(cue_i, []))

    def speaker_of(self, section: str, mention: Mention) -> str | None:
        """How to name an actor who speaks for itself ("the court said", "senior Democrats ... wrote,
        urging"): the person, else the noun phrase its mention heads ("The Clinton team"); a pronoun
        names no one."""
        if mention.person or mention.kind == "pronoun":
            return mention.person
        doc = self.parsed.sections.get(section)
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc else None
        if span is None:
            return mention.text
        head = span.root
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and _names_people(head.head):
            head = head.head  # "the Clinton team", "Clinton aides"; not "U.S. assistance is helping"
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "Republican members of Congress", "a number of attendees"
        start, end = _trim_speaker(head)
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((_trim_speaker(c)[1] for c in of.children if c.dep_ == "pobj"), end) if of else end
        if whole - start <= MAX_SPEAKER_TOKENS:
            end = max(end, whole)  # the whole "members of Congress"
        while end - 1 > start and doc[end - 1].tag_ == "POS":
            end -= 1  # "Sanders's"
        return _phrase(doc[start:end])

    # --- speakers -------------------------------------------------------------------------------------

    def _resolve(self, section: str, sec: _Section, cue_i: int) -> Attribution:
        key = (section, cue_i)
        if key in self._resolved:
            return self._resolved[key]
        cue = sec.cues[cue_i]
        seen = {cue_i}
        while cue.source is None and cue.parent is not None and cue.parent not in seen:
            seen.add(cue.parent)
            cue = sec.cues[cue.parent]
        if cue.source is None and (up := sec.outer.get(cue_i)) is not None and sec.cues[up].source:
            cue = sec.cues[up]  # "According to Mr Colville, staff were informed that ...": the outer voice
        if cue.source is None:
            result = Attribution(Claim(None, None, cue_i), None, None)
        else:
            doc = sec.doc
            span = doc[cue.source[0] : cue.source[1]]
            actor, speaker = self._speaker(section, span, doc, cue.i)
            result = Attribution(Claim(actor, speaker, cue_i), span.start_char, span.end_char)
        self._resolved[key] = result
        return result

    def _mentions_in(self, section: str, start: int, end: int) -> list[Mention]:
        return [m for m in self._by_section.get(section, []) if m.start < end and m.end > start]

    def _speaker(self, section: str, span: Span, doc: Doc, cue_i: int) -> tuple[Actor | None, str | None]:
        if span.root.tag_ in ("WP", "WDT") and span.root.head.dep_ == "relcl":
            start, end = _trim_speaker(span.root.head.head)  # "Kirby, who said that": the antecedent
            span = doc[start:end]
        found = [m for m in self._mentions_in(section, span.start_char, span.end_char)
                 if not _named_as_stance(doc, m.start)]
        if span.root.lower_ in PLURAL_PRONOUNS:  # "They say": not one person the actors stage gave it
            found = [m for m in found if not (m.kind == "pronoun" and m.person)]
        head = _partitive_member(span.root) or span.root  # "one of the plane's pilots": the pilots
        placed = any(m.kind != "agent" for m in found) or any(
            t.ent_type_ in OWN_COUNTRY_ENTITIES for t in span)
        if not placed and (country := self._quoting_country(section, head)):
            # "Yonhap quoted a senior government official as saying": an official of the medium's country
            sectors = (m.actor.sector for m in found if m.actor.sector not in (None, *UNKNOWN_CODES))
            sector = next(sectors, None)
            return Actor.of(country, _phrase(span), sector), _phrase(span)
        cc = next((c for c in head.rights if c.dep_ == "cc" and c.i < span.end), None)
        if cc is not None and head.pos_ == "NOUN":  # "Officials and the militants said": the first's actor
            found = [m for m in found if m.end <= cc.idx]
        if head.lemma_.lower() in reporting_lexicon().opponents:  # "some of his rivals": not his side
            found = [m for m in found if not _possessor(doc, m)]
        if not found and (of := _affiliation(head)) is not None:
            # "Republican members of Congress", "a spokesman for the ministry": whose members they are
            found = self._mentions_in(section, of.left_edge.idx, of.right_edge.idx + len(of.right_edge))
            span = doc[span.start : max(span.end, of.right_edge.i + 1)]
        people = [m for m in found if m.person]
        named = self._appositive_person(section, head) if head.pos_ == "NOUN" or not found else None
        if named is not None:
            # "Carson's business manager, Armstrong Williams, stated", "The Foreign Secretary, Boris
            # Johnson, said" (a title the actors stage did not place)
            return named.actor, named.person
        if head.pos_ == "NOUN":  # "A Warren adviser said": the adviser speaks, for Warren's side
            people = [m for m in people if m.start <= head.idx < m.end or _possessor(doc, m)]
        if people:
            m = people[-1]
            actor = self._placed(m.actor)
            named = doc.char_span(m.start, m.end, alignment_mode="expand")
            if actor.sector in (None, "CVL") and named is not None and (
                    titled := self._titled_body(section, span, named, cue_i)) is not None and (
                    titled.country == actor.country or actor.country is None):
                return titled, m.person  # "Police spokesman Ahmed Salim said": the police speak
            return actor, m.person
        if (placed := self._on_the_scene(section, span, found, cue_i)) is not None:
            return placed, _phrase(span)
        if found:
            # the mention covering the phrase's head names the body that speaks
            heads = [m for m in found if m.start <= head.idx < m.end] or found
            m = heads[-1]
            if m.kind == "pronoun" and m.actor.name:
                if self._antecedent_quoted(section, doc, cue_i, m) and (
                        subject := self._subject_before_quote(section, doc, cue_i, m)) is not None:
                    return self._placed(subject.actor), subject.text
                return self._placed(m.actor), m.actor.name  # "it will respond": Israel, not "it"
            joint = any(t.dep_ == "conj" for t in head.children)  # "the US and its allies" is not one body
            # a body ("the White House", "the campaign") speaks through its spokesperson; a group of
            # people ("Republican Jewish leaders", "officials") speaks for itself
            spoken = None if joint or m.kind not in BODY_KINDS else self._spokespeople.get(m.actor.code)
            if head.dep_ == "amod" and m.actor.name:
                spoken = m.actor.name  # "Russian condemnation of the strikes": Russia condemns
            return self._placed(m.actor), spoken or _phrase(span)
        if head.lower_ in PRONOUNS:
            plural = head.lower_ in PLURAL_PRONOUNS
            actor, speaker = self._previous_speaker(section, doc, cue_i, plural)
            return actor, speaker or span.text
        ents = [e for e in entities_of(span)
                if e.label_ == "PERSON" and not _named_as_stance(doc, e.start_char)]
        if ents and head.pos_ == "NOUN" and head.i >= ents[-1].end and _medium(head):
            ents = []  # "Jiji news agency reported": the parser's person is the agency's name
        if ents:
            earlier = self._named_earlier(section, sec_doc=doc, cue_i=cue_i, name=ents[-1].text)
            actor = earlier or self._home_person(ents[-1].text) or self._titled_body(
                section, span, ents[-1], cue_i) or self._post_body(section, head)
            return actor, ents[-1].text
        lex = reporting_lexicon()
        lemma = head.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
        named = head.pos_ in ("NOUN", "PROPN") and (lemma in lex.bodies or lemma in lex.documents)
        earlier = self._same_source_earlier(section, doc, cue_i, lemma) if named and definite else None
        if earlier is not None:
            # "a Defence Ministry statement said ... the statement said": the one named before (a document
            # no one is named as making stays no one's: "Russian troops shelled ..., the statement said")
            return earlier.actor, earlier.speaker
        speaking = lex.bodies | lex.people | lex.members
        if lemma in lex.documents and (joint := next((c for c in head.conjuncts if c.pos_ == "NOUN"
                                                      and c.lemma_.lower() in speaking), None)):
            # "according to court documents and local officials": the document no one is named as
            # making is the officials' word
            head, lemma = joint, joint.lemma_.lower()
        medium = _medium(head)
        spoken_for = _spokesperson_body(head) if head.pos_ == "NOUN" else None
        if spoken_for is not None:
            head, lemma = spoken_for, spoken_for.lemma_.lower()  # "an army spokesman said": the army speaks
        if head.pos_ in ("NOUN", "PROPN") and lemma in lex.bodies:
            # "the army said", "according to the National Police Agency": the body of the one actor of its
            # own sector its report names, else of the country its sentence is about ("In Japan, only
            # one person was killed by a gun last year, according to ..."), else of the place it reports
            # on (not for a medium, which tells from afar), else of the story's
            # (a medium the actors stage cannot place is first of the place its wire files from: "TOKYO
            # - ... will travel to the United States, Jiji news agency reported" is Japan's press)
            country = self._own_side(section, head, cue_i) or self._denier_side(section, cue_i) or (
                self._dateline_medium(span) if medium else None) or (
                self._sentence_country(section, span.sent)) or (
                None if medium else self._scene_country(section, span, cue_i))
            name = _phrase(span)
            sector = "JRN" if medium else (_body_sector(spoken_for) if spoken_for is not None else None)
            return (Actor.of(country, name, sector) if country else self._described(name, sector)), name
        if head.pos_ == "NOUN" and lemma in lex.people | lex.members:
            return self._described(_phrase(span)), _phrase(span)  # "activists said": the story's people
        if medium or (head.pos_ == "PROPN" and head.ent_type_ == "ORG"):
            # a named body the actors stage does not know ("The Atlanta Journal-Constitution reported",
            # "the Des Moines Register reported"): one of the story's, a medium if its name says so; not
            # a phrase naming no one ("Dozens of law enforcement officers were questioning residents")
            described = self._described(_phrase(span), "JRN" if medium else None)
            if described is None and medium and (country := self._dateline_medium(span)):
                described = Actor.of(country, _phrase(span), "JRN")
            return described, _phrase(span)
        return None, _phrase(span)

    def _post_body(self, section: str, head: Token) -> Actor | None:
        """The body a named speaker's apposition gives them a post in, when nothing else places them:
        "said John Fisher, Asia director at Human Rights Watch" speaks for HRW, "John Smith, a
        spokesman for the UN" for the UN (the body's own mention in the post's "at"/"for"/"of" phrase)."""
        for post in head.rights:
            if post.dep_ != "appos" or (of := _affiliation(post)) is None:
                continue
            end = of.right_edge.idx + len(of.right_edge)
            bodies = [m for m in self._mentions_in(section, of.idx, end)
                      if not m.person and not m.actor.unknown]
            if bodies:
                return bodies[0].actor
        return None

    def _titled_body(self, section: str, span: Span, name: Span, cue_i: int) -> Actor | None:
        """The body a person's title names when nothing else places the person: "Army spokesman Brig
        General Muhammad Yerima told The Nation" speaks for the army of the story (its country as for
        "the army said"; its sector from the actors' lexicon)."""
        bodies = reporting_lexicon().bodies
        body = next((t for t in span if t.i < name.start and t.pos_ in ("NOUN", "PROPN")
                     and t.lemma_.lower() in bodies), None)
        if body is None:
            return None
        country = self._own_side(section, body, cue_i) or self._sentence_country(section, span.sent) or (
            self._story_country())
        if country is None:
            return None
        lex = load_actor_lexicon()
        entry = lex.phrases.get(norm(body.lemma_)) or lex.phrases.get(norm(body.text))
        sector = entry.sector if entry is not None and entry.kind == "agent" and (
            entry.sector not in (None, *UNKNOWN_CODES)) else None
        return Actor.of(country, _phrase(span), sector)

    def _quoting_country(self, section: str, quoted: Token) -> str | None:
        """The country of the medium or body quoting a speaker no word of its own places ("South Korea's
        Yonhap News Agency quoted a senior government official as saying", "Interfax quoted a source"):
        a medium quotes its own country's officials and sources unless it names them otherwise."""
        cue = quoted.head
        speaker = _quoted_speaker(cue)
        if speaker is None or speaker.i != quoted.i:
            return None
        agent = passive_agent(cue)
        medium = agent if quoted.dep_ == "nsubjpass" else _speaking_subject(cue, ACTIVE_SUBJECT_DEPS)
        if medium is None:
            return None
        doc = cue.doc
        start, end = medium.left_edge.idx, doc[medium.right_edge.i].idx + len(doc[medium.right_edge.i])
        countries = (m.actor.country for m in self._mentions_in(section, start, end) if m.actor.country)
        return next(countries, None)

    def _on_the_scene(self, section: str, span: Span, found: list[Mention], cue_i: int) -> Actor | None:
        """A described speaker of no country of their own ("activists said", "residents told Reuters",
        "sources in Riyadh said") is of the place they speak from, else of the
        place where what they report happened ("In Yemen, Saudi-led jets bombed a school in Saada,
        residents said": Yemen's residents, whatever country the rest of the story is about; CODEBOOK,
        Attribution)."""
        head = span.root
        # not members of a body ("officials said"), who speak for it wherever it acts: "Iraqi military
        # authorities ordered all Americans in Kuwait to assemble at a hotel, officials said" (US ones)
        if head.pos_ != "NOUN" or head.lemma_.lower() not in reporting_lexicon().people:
            return None
        if any(m.kind != "agent" for m in found) or any(t.ent_type_ in OWN_COUNTRY_ENTITIES for t in span):
            return None  # "Syrian activists", "Amnesty researchers": their own words place them
        country = self._scene_country(section, span, cue_i)
        if country is None:
            return None
        agent = next((m for m in found if m.start <= head.idx < m.end), None)
        sector = agent.actor.sector if agent is not None else None
        return Actor.of(country, _phrase(span), sector if sector not in UNKNOWN_CODES else None)

    def _own_side(self, section: str, body: Token, cue_i: int) -> str | None:
        """The country of the one actor of the body's own sector its report names: "Turkish jets destroyed
        depots used by PKK terrorists in northern Iraq, military said" (the Turkish military tells of its
        strike, whatever the scene), "Israeli jets struck Gaza, the army said"."""
        entry = load_actor_lexicon().phrases.get(norm(body.lemma_)) or load_actor_lexicon().phrases.get(
            norm(body.text))
        cue = self._sections[section].cues.get(cue_i)
        if entry is None or entry.kind != "agent" or entry.sector in (None, *UNKNOWN_CODES):
            return None
        if cue is None or not cue.content:
            return None
        doc = body.doc
        first, last = doc[min(cue.content)], doc[max(cue.content)]
        found = {m.actor.country for m in self._mentions_in(section, first.idx, last.idx + len(last))
                 if m.actor.sector == entry.sector and m.actor.country}
        return found.pop() if len(found) == 1 else None

    def _denier_side(self, section: str, cue_i: int) -> str | None:
        """The country whose hostile act a body's report denies: "Iran did not attack the tanker, the
        foreign ministry said" (a ministry denies its own state's act, whatever state the act is aimed
        at), or whose intent it disowns ("China has no plans to send troops to Afghanistan, a foreign
        ministry spokesman said"): the one country of the negated act's subject."""
        cue = self._sections[section].cues.get(cue_i)
        if cue is None or not cue.content:
            return None
        doc = self._sections[section].doc
        roots = [doc[i] for i in cue.content if doc[i].head.i not in cue.content or doc[i].head.i == doc[i].i]
        act = next((t for t in roots if t.pos_ in ("VERB", "AUX")), None)
        if act is None:
            return None
        subject = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        negated = any(c.dep_ == "neg" for c in act.children)
        entry = load_event_lexicon().verbs.get(act.lemma_.lower())
        denied = negated and entry is not None and entry.type in DENIED_TYPES
        # a disowned intent is the state's own whatever the act: "no plans to send aid" too
        if subject is None or not (denied or (not negated and _disowned_intent(act) is not None)):
            return None
        left, right = subject.left_edge, subject.right_edge
        found = {m.actor.country for m in self._mentions_in(section, left.idx, right.idx + len(right))
                 if m.actor.country}
        return found.pop() if len(found) == 1 else None

    def _scene_country(self, section: str, span: Span, cue_i: int) -> str | None:
        """The country of the place a speaker's own phrase puts them in ("sources in Riyadh"), else of
        the place where what the cue reports is done: a place on its verb or on the verb's object
        ("opened fire on protesters in Bangkok"), not on a subject ("Trump's remarks in Mexico City
        were a disgrace": the critics need not be in Mexico)."""
        sec = self._sections[section]
        cue = sec.cues.get(cue_i)
        content = (span.doc[i] for i in sorted(cue.content)) if cue is not None else iter(())
        scenes = (t for t in content if t.head.pos_ in ("VERB", "AUX") or t.head.dep_ in OBJECT_DEPS)
        return self._place_country(section, span.root.rights, ORIGIN_PREPOSITIONS) or self._place_country(
            section, scenes, SCENE_PREPOSITIONS)

    def _place_country(self, section: str, tokens: Iterable[Token], preps: frozenset[str]) -> str | None:
        """The country of the first place one of `preps` names among `tokens` ("in Saada", "from Syria"):
        a state's or capital's mention, else a city or region the actors' gazetteer knows."""
        for prep in tokens:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (country := self._place_of(section, pobj)):
                    return country
        return None

    def _place_of(self, section: str, pobj: Token) -> str | None:
        end = pobj.idx + len(pobj)
        places = [m for m in self._mentions_in(section, pobj.idx, end) if m.kind in PLACE_KINDS]
        if places:
            return places[0].actor.country
        if pobj.pos_ != "PROPN" or pobj.ent_type_ not in ("GPE", "LOC"):
            return None
        words = [c for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i]
        name = pobj.doc[(words or [pobj])[0].i : pobj.i + 1].text
        entry = load_actor_lexicon().phrases.get(norm(name))
        if entry is not None:
            return entry.country if entry.kind in ("city", "capital") else None
        return gazetteer_country(name)

    def _sentence_country(self, section: str, sent: Span) -> str | None:
        """The one country the states and places named in a sentence belong to, if they agree."""
        found = {m.actor.country for m in self._mentions_in(section, sent.start_char, sent.end_char)
                 if m.kind in ("name", "metonym", "demonym") and m.actor.country}
        return found.pop() if len(found) == 1 else None

    def _appositive_person(self, section: str, head: Token) -> Mention | None:
        """The person an apposition names for a described speaker ("his manager, Armstrong Williams")."""
        for child in head.rights:
            if child.dep_ == "appos":
                end = child.right_edge.idx + len(child.right_edge)
                people = [m for m in self._mentions_in(section, child.left_edge.idx, end) if m.person]
                if people:
                    return people[0]
        return None

    def _placed(self, actor: Actor) -> Actor:
        """A speaker the actors stage gave no state ("members who spoke with reporters", "other refugee
        advocates"): one of the story's people, as a described speaker is (CODEBOOK, Attribution)."""
        country = self._story_country() if actor.unknown else None
        if country is None:
            return actor
        sector = actor.sector if actor.sector and actor.sector not in UNKNOWN_CODES else None
        return Actor.of(country, actor.name, sector)

    def _described(self, name: str, sector: str | None = None) -> Actor | None:
        """A speaker named only by a description ("police sources told Reuters", "a local official
        said", "activists said"): one of the story's people (CODEBOOK, Attribution)."""
        country = self._story_country()
        return Actor.of(country, name, sector) if country else None

    def _dateline_medium(self, span: Span) -> str | None:
        """The dateline's country for a news medium the actors stage cannot place: "TOKYO - ..., Jiji news
        agency reported", "state media said" under a BEIJING dateline (a wire cites the local press of the
        place it files from); not a medium called foreign ("a foreign news agency reported")."""
        if any(t.lower_ in FOREIGN_WORDS for t in span):
            return None
        text = self.parsed.sections.get("text")
        return text.user_data.get(DATELINE_COUNTRY) if text is not None else None

    def _story_country(self) -> str | None:
        """The home country, else the country most of the document's people and states belong to: a
        conflict report that names no person still tells whose police and officials it quotes."""
        if self._fallback is None:
            # (a news medium cited, "told AFP", says where the news went, not whose story it is)
            told = [m for m in self.mentions if m.actor.sector != "JRN"]
            self._fallback = self._home or fallback_country(told) or ""
        return self._fallback or None

    def _named_earlier(self, section: str, sec_doc: Doc, cue_i: int, name: str) -> Actor | None:
        """The actor of an earlier speaker with the same surname: "A spokesman for the UN High
        Commissioner for Human Rights, Rupert Colville, told ..." then "According to Mr Colville, ..."."""
        surname = name.split()[-1].lower()
        sec = self._sections[section]
        for other in sorted((c for c in sec.cues if c < cue_i), reverse=True):
            cue = sec.cues[other]
            if cue.source is None or surname not in sec_doc[cue.source[0] : cue.source[1]].text.lower():
                continue
            claim = self._resolve(section, sec, other).claim
            if claim.actor is not None and claim.speaker and surname in claim.speaker.lower():
                return claim.actor
        return None

    def _same_source_earlier(self, section: str, doc: Doc, cue_i: int, lemma: str) -> Claim | None:
        """The claim of the last earlier cue whose source is named with the same noun: "the statement
        said" after "a Defence Ministry statement said", "the ministry said" after "Russia's defence
        ministry said" (the definite noun points back to it)."""
        def same_noun(named: Span) -> bool:
            # the source itself ("the ministry said") or the document it made ("a Defence Ministry statement")
            return any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in [*named, named.root.head])

        return self._earlier_claim(section, doc, cue_i, same_noun, lambda claim: claim.actor is not None)

    def _earlier_claim(self, section: str, doc: Doc, cue_i: int, fits: Callable[[Span], bool],
                       wanted: Callable[[Claim], bool]) -> Claim | None:
        """The claim of the last cue before `cue_i` whose named source `fits` and whose claim is `wanted`:
        the earlier speaker a pronoun or a definite noun ("the statement said") points back to."""
        sec = self._sections[section]
        for other in sorted((c for c in sec.cues if c < cue_i), reverse=True):
            cue = sec.cues[other]
            if cue.source is None or not fits(doc[cue.source[0] : cue.source[1]]):
                continue
            claim = self._resolve(section, sec, other).claim
            if wanted(claim):
                return claim
        return None

    def _home_person(self, name: str) -> Actor | None:
        """A quoted person the document gives no country: one of the home country's people (a US
        report quotes a US strategist), when the document has a clear home country."""
        return Actor.of(self._home, name) if self._home else None

    def _antecedent_quoted(self, section: str, doc: Doc, cue_i: int, pronoun: Mention) -> bool:
        """Whether the actor a pronoun speaker was resolved to is last named inside the very quote the
        pronoun's cue closes: '"The raid shows the support Israel gives to the armed groups," it said'
        (the agency that spoke the sentence before, not Israel): a speaker is not the one its own
        words talk about."""
        cue = self._sections[section].cues.get(cue_i)
        if cue is None or not cue.content or min(cue.content) > cue_i:
            return False
        named = [m for m in self._by_section.get(section, []) if m.kind != "pronoun"
                 and m.actor.code == pronoun.actor.code and m.end <= pronoun.start]
        if not named:
            return False
        last = doc.char_span(named[-1].start, named[-1].end, alignment_mode="expand")
        return last is not None and last.root.i in cue.content and in_quote(last.root)

    def _subject_before_quote(self, section: str, doc: Doc, cue_i: int, pronoun: Mention) -> Mention | None:
        """The last subject named before the quote a pronoun's cue closes, other than the actor the quote
        talks about: "SANA blamed Israel for the raid. '...Israel gives...,' it said" (SANA)."""
        first = doc[min(self._sections[section].cues[cue_i].content)]
        start = first.idx
        sent = first.sent.start  # the sentence before the quote's, at most
        earliest = doc[doc[sent - 1].sent.start].idx if sent > 0 else 0
        for m in reversed(self._by_section.get(section, [])):
            if m.end > start or m.kind == "pronoun" or m.actor.code == pronoun.actor.code:
                continue
            if m.start < earliest:
                return None
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SUBJECT_DEPS and not in_quote(span.root) and (
                    span.root.head.i in self._sections[section].cues or _speech_verb(span.root.head)):
                return m
        return None

    def _previous_speaker(self, section: str, doc: Doc, cue_i: int,
                          plural: bool = False) -> tuple[Actor | None, str | None]:
        """A pronoun speaker the actors stage left unresolved: the last named speaker before it, not
        one named only as a modifier ("The ad then references FBI criticism of Clinton's use ... It also
        mentions policies": the ad, not the FBI); for "they", the last speakers named in the plural
        ("Republicans say ... They say"), never one person."""
        def named_alone(named: Span) -> bool:
            return (named.root.lower_ not in PRONOUNS and named.root.dep_ not in ("compound", "amod")
                    and (not plural or _named_plural(named)))

        claim = self._earlier_claim(section, doc, cue_i, named_alone, lambda claim: bool(claim.speaker))
        if claim is not None:
            return claim.actor, claim.speaker
        for ent in reversed(entities_in(doc, 0, cue_i)):
            if ent.label_ == "PERSON" and not plural:
                return self._home_person(ent.text), ent.text
        return None, None

    def _find_spokespeople(self) -> dict[str, str]:
        """Actor code -> the person the document names as speaking for it (a spokesperson)."""
        people: dict[str, str] = {}
        for m in self.mentions:
            if m.person and m.kind in ("person", "title", "name") and m.actor.code not in people:
                doc = self.parsed.sections.get(m.section)
                if doc is None:
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and is_reporting_verb(span.root.head) and _titled_spokesperson(span):
                    people[m.actor.code] = m.person
                    if m.actor.country and m.actor.country not in people:
                        people[m.actor.country] = m.person
        return people


@lru_cache(maxsize=1)
def _speech_verb_lemmas() -> frozenset[str]:
    """First words of the event lexicon's speech-act verb keys ("accuse", "point" of "point finger")."""
    return frozenset(k.split()[0] for k, e in load_event_lexicon().verbs.items() if e.type in SPEECH_ACTS)


def _speech_verb(verb: Token) -> bool:
    """Whether a verb can tell a speech act ("SANA blamed Israel", "Hamas condemned")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _speech_verb_lemmas()


def _names_people(noun: Token) -> bool:
    """Whether a noun a name modifies can name who speaks ("Clinton aides", "the Clinton team", "The
    Russian leadership"), not a deed the name's actor does ("U.S. assistance is helping keep schools
    open", "U.S. sanctions"): not one of the event coder's nouns (events/data/nouns.yaml)."""
    lex = reporting_lexicon()
    if noun.lemma_.lower() in lex.bodies | lex.people | lex.members:  # "the Clinton campaign"
        return True
    nouns = load_event_lexicon().noun_heads
    return noun.lemma_.lower() not in nouns and noun.lower_ not in nouns


def _medium(head: Token) -> bool:
    """Whether a speaker's head noun names a news medium: the noun itself or a word of its name before
    it is one of cues.yaml's `media` ("state media", "the Dogan news agency", "The Atlanta
    Journal-Constitution")."""
    lex = reporting_lexicon()
    if head.pos_ == "PROPN" or head.lemma_.lower() in lex.bodies:  # "the ISIS-linked news agency Amaq"
        words = list(head.doc[_premodifiers(head) : head.i + 1])
    else:
        words = [head]  # not "media trackers said"
    if any(w.lemma_.lower() in lex.media or w.lower_ in lex.media for w in words):
        return True
    # a newspaper's or agency's own name ending in its mark ("The Miami Herald", "the AP"; not "the
    # Independent Electoral Commission")
    return head.pos_ == "PROPN" and head.lower_ in lex.media_names


def _paragraphs_before(doc: Doc, token_i: int) -> int:
    """How many paragraphs with text come before token `token_i` (blank lines do not count). The
    paragraphs with text are listed once per Doc; each question is then one bisection."""
    layout = layout_of(doc)
    found = doc.user_data.get("sitrep_text_paragraphs")
    if found is None:
        found = doc.user_data["sitrep_text_paragraphs"] = sorted(
            {layout.para[k] for k in range(len(doc)) if not doc[k].is_space})
    return bisect.bisect_left(found, layout.para[token_i])


STANCE_WINDOW = 40  # characters before a name that may hold its stance prefix ("anti-GOP/")


def _named_as_stance(doc: Doc, start_char: int) -> bool:
    """Whether a name starting at `start_char` is named as a stance ("anti-GOP/Obama", "pro-Russia"):
    joined by a hyphen to a stance prefix, possibly after other such names ("anti-GOP/Obama")."""
    return _stance_pattern().search(_text_before(doc, start_char, STANCE_WINDOW).lower()) is not None


@lru_cache(maxsize=1)
def _stance_pattern() -> re.Pattern[str]:
    """A stance prefix and hyphen ending a text, after which a name is a stance (cues.yaml)."""
    prefixes = "|".join(reporting_lexicon().stance_prefixes)
    return re.compile(rf"\b(?:{prefixes})\s?-\s?(?:[\w.]+\s?/\s?)*$")


def _text_before(doc: Doc, start_char: int, size: int) -> str:
    """`doc.text[start_char - size:start_char]`, read from the tokens there: `doc.text` rebuilds the
    whole section's text at each call."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return doc.text[max(0, start_char - size):start_char]
    k = span.start
    pieces = [doc[k].text_with_ws[:start_char - doc[k].idx]]
    length, j = len(pieces[0]), k - 1
    while j >= 0 and length < size:
        pieces.append(doc[j].text_with_ws)
        length += len(pieces[-1])
        j -= 1
    text = "".join(reversed(pieces))
    return text[max(0, len(text) - size):]


def _possessor(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is a possessor ("his", "Clinton's" campaign), which stands for its owner."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss"


def _affiliation(head: Token) -> Token | None:
    """The phrase naming whom a described speaker belongs to or speaks for ("members of Congress",
    "a spokesman for the State Department", "an official with the ministry"), which the speaker span
    leaves out; only for words naming people ("a review of her emails" is not hers)."""
    lex = reporting_lexicon()
    if head.lemma_.lower() not in lex.members | lex.spokespeople | lex.people:
        return None
    return next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in AFFILIATIONS
                 and c.right_edge.i - head.i <= MAX_SPEAKER_TOKENS), None)


def _spokesperson_body(head: Token) -> Token | None:
    """The body an unnamed spokesperson speaks for, named before the title: "a foreign ministry spokesman
    said", "an army spokeswoman told AFP" (the compound noun of `bodies`)."""
    lex = reporting_lexicon()
    if head.lemma_.lower() not in lex.spokespeople:
        return None
    return next((c for c in head.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                 and c.lemma_.lower() in lex.bodies), None)


def _described_in_object(doc: Doc, cue_i: int, token_i: int) -> bool:
    """Whether a token lies in a past participle describing a noun inside a speech act's noun-phrase
    object, which the writer adds, not the speaker: "promised a strong response to sanctions imposed for
    Putin's recognition of the republics" (a relative clause is often the speaker's own charge:
    "condemned the formations, who today killed a soldier"; a claim's "that" clause or an infinitive,
    "promised a plan to withdraw", is what is said)."""
    cue = doc[cue_i]
    if cue.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in cue.children):
        return False
    node = doc[token_i]
    while node.i != cue.i and node.head.i != node.i:
        clause = node
        node = node.head
        reduced = clause.dep_ == "acl" and clause.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in clause.children)
        claimed = node.lemma_.lower() in load_event_lexicon().modality["possible"]["claim_nouns"]
        if reduced and not claimed:  # "reports that troops shelled": said
            return any(a.dep_ == "dobj" and a.head.i == cue.i for a in [node, *node.ancestors])
    return False


def _disowned_intent(verb: Token) -> Token | None:
    """The act of an intent a verb says its subject has none of: "China has no plans to send troops",
    "Iran has no intention of attacking" (the infinitive or gerund of the "no" intent noun)."""
    if verb.lemma_.lower() != "have":
        return None
    intents = load_event_lexicon().modality["planned"]["intent_nouns"]
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in intents and any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            for c in noun.children:
                if c.dep_ == "acl" and c.pos_ == "VERB":
                    return c
                if c.dep_ == "prep" and c.lower_ == "of":
                    return next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
    return None


def _body_sector(body: Token) -> str | None:
    """The sector the actors' lexicon gives a body noun ("army" MIL, "police" COP, "ministry" GOV)."""
    phrases = load_actor_lexicon().phrases
    entry = phrases.get(norm(body.lemma_)) or phrases.get(norm(body.text))
    return entry.sector if entry is not None and entry.sector not in (None, "*", *UNKNOWN_CODES) else None


def _titled_spokesperson(span: Span) -> bool:
    """Whether a person is named with a title that makes them speak for a body ("NSC spokesman John
    Kirby", "Hicks, Trump's spokeswoman"): a lawyer or a senator quoted in the same report is not the
    court's or the country's voice."""
    titles = reporting_lexicon().spokespeople
    root = span.root
    near = [*span, *(c for c in root.children if c.dep_ in ("compound", "appos", "amod"))]
    if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.i > root.i):
        near.append(root.head)  # "Kirby, a spokesman,": the title heads the name
    return any(t.lemma_.lower() in titles or t.lower_ in titles for t in near)


def _phrase(span: Span) -> str:
    """A described speaker as written ("activists", "the White House")."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return span.text
    return span.doc[words[0].i : words[-1].i + 1].text
