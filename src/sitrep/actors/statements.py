"""First-person speech in statements and press releases: "I condemn ...", "We call on ...".

A government statement speaks in its issuer's voice without quotation marks:

    Foreign Office Minister Tobias Ellwood said:
    I welcome the agreement ... I encourage the Government of Iraq to ...

    The United States strongly condemns the attack on Camp Hurriya. ... We also urge the
    Government of Iraq to provide additional security.

    Statement by Secretary of Defense Ash Carter on the Liberation of Dabiq
    I welcome today's news that ...

"I", "we" and "our" there are the issuer, who is named in one of three places:

- a paragraph ending in a colon whose clause has a known actor as subject ("Minister Ellwood said:",
  "A Foreign Office spokesman said:"): the next `STATEMENT_PARAGRAPHS` paragraphs, up to the next
  such paragraph, are that actor's; a person whose office names no state ("Minister Tobias Ellwood
  said:") is an official of the state the statement makes a present-tense subject ("The UK continues");
- a headline "<noun> by <person>" ("Statement by ...", "Remarks by ...") or a release headline of
  `data/release_nouns.tsv` ("Foreign Secretary statement on ...", "Joint statement of X and Y",
  "Security Council Press Statement: Iraq"; the title, else the text's first line): the text up to
  the first colon paragraph is the issuer's, and an office the lexicon cannot place introducing a
  statement there ("The Foreign Secretary said:") is an official of the issuer's state;
- a text whose first sentence is in the present tense with a known actor as subject ("The United
  States strongly condemns ..."; news tells what happened in the past tense): its plural first
  person ("we", "our"), up to the first colon paragraph, is that actor ("I" needs a person); so is
  the body of a text opening "On behalf of <actor>, I ...".

`release_of` gives the events stage the issuer whose claim a release's body is (events/attribution.py);
`statement_maker` finds who made a statement or document a sentence names ("the ministry issued a
statement", "a statement from the Kremlin"), for both stages.

Pronouns inside quotation marks are left to the events stage, which gives them the quote's speaker;
"our" before a noun of `data/relations.tsv` ("our partners") names others, not the issuer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from sitrep.actors.index import mention_index
from sitrep.actors.lexicon import DATA, norm, read_rows
from sitrep.nlp.model import section_text
from sitrep.nlp.syntax import object_verb
from sitrep.records import Actor, Mention

FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
PERSON_KINDS = frozenset({"person", "title", "description"})
STATE_KINDS = frozenset({"name", "metonym"})  # a state named by its name or seat ("The UK", "London")
# How many paragraphs a statement introduced by "X said:" may run: its first person here, and what
# the events stage attributes to X.
STATEMENT_PARAGRAPHS = 4
OPENING_PARAGRAPHS = 12  # a headline's issuer speaks the whole of a short release
OFFICE_TOKENS = 5  # "the Foreign Secretary", "Minister Tobias Ellwood": an office, not a clause
HEADLINE_TOKENS = 30  # a text's first paragraph up to this long may be a headline naming an issuer
PRESENT = frozenset({"VBZ", "VBP"})
COLON_PARAGRAPH = re.compile(r":[ \t]*\n")  # "Minister Ellwood said:" ends its paragraph with a colon
SUBJECTS = frozenset({"nsubj"})
SENTENCE_ENDS = frozenset({".", "!", "?", ":"})  # how a sentence, not a headline, ends
# The word opening a release's line that names whom its answers are attributed to ("Attribution is
# on-the-record from Spokesperson John Kirby.", "Attribution: senior administration official")
ATTRIBUTION_WORDS = frozenset({"attribution"})


@lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    """Nouns naming others by relation ("our partners", "our allies"): the possessor is not them."""
    return frozenset(norm(row[0]) for _, row in read_rows("relations.tsv", 2, DATA))


@lru_cache(maxsize=1)
def same_role_nouns() -> frozenset[str]:
    """Relation nouns naming one who holds the possessor's own role ("his American counterpart" is
    an official like him): the `role` column of data/relations.tsv."""
    return frozenset(norm(row[0]) for _, row in read_rows("relations.tsv", 2, DATA) if row[1] == "role")


def _root(tok: Token) -> Token:
    while tok.head.i != tok.i:
        tok = tok.head
    return tok


def _subject(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The known actor that is the subject of `verb`: the subject's own mention, else one among its
    premodifiers ("A Foreign Office spokesman"), never one in a phrase after it ("statement on UN")."""
    for c in reversed([c for c in verb.children if c.dep_ in SUBJECTS]):  # the closest subject first
        # "The Foreign Secretary, Boris Johnson, said:": the subject or the name in apposition to it
        m = by_token.get(c.i) or next((by_token[a.i] for a in c.children if a.dep_ == "appos"
                                       and a.i in by_token), None)
        if m is None:
            m = next((by_token[i] for i in range(c.left_edge.i, c.i) if i in by_token), None)
        if m is not None and not m.actor.unknown and m.kind != "pronoun":
            return m
    return None


def _state_speaker(doc: Doc, start: int, in_quote: list[bool], by_token: dict[int, Mention],
                   section: str) -> Mention | None:
    """A person titled by an office that names no state ("Minister Tobias Ellwood said:") speaks for
    the state the statement names as the subject of a present-tense verb ("The UK continues to stand
    with the government and people of Iraq"): a mention of the person as that state's official. The
    first state the statement names (here Iraq) is often the one it is about, not the speaker's."""
    # the last person named in the colon's own paragraph (a headline run into it spoils the parse)
    k = start - 2
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        k -= 1
    names = [t for t in doc[k + 1:start - 1] if t.ent_type_ == "PERSON"]
    if not names or any(t.i in by_token for t in names):
        return None
    person = names[-1]
    paragraphs = 0
    for tok in doc[start + 1:]:
        if tok.is_space and "\n" in tok.text:
            paragraphs += 1
            if paragraphs >= STATEMENT_PARAGRAPHS or (tok.i > 0 and doc[tok.i - 1].text == ":"):
                return None
            continue
        m = by_token.get(tok.i)
        if (m is not None and m.kind in STATE_KINDS and m.actor.country and tok.dep_ in SUBJECTS
                and tok.head.tag_ in PRESENT and not in_quote[tok.i]):
            first = person.i
            while first > k + 1 and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ != "B":
                first -= 1
            if first == 0 or doc[first - 1].tag_ != "NNP" or doc[first - 1].ent_type_:
                return None  # only an office-holder ("Minister X") speaks for a state
            span = doc[first:person.i + 1]
            actor = Actor.of(m.actor.country, span.text, "GOV")
            return Mention(span.start_char, span.end_char, span.text, actor, section, span.text, "person")
    return None


def _issuer_official(verb: Token, by_token: dict[int, Mention], issuer: Mention | None,
                     section: str) -> Mention | None:
    """An office the lexicon cannot place, speaking in a release whose headline names a placed issuer
    ("Statement by Foreign Secretary Boris Johnson ... The Prime Minister said:"): an official of the
    issuer's state. Without such an issuer the office stays unplaced (no state is guessed)."""
    if issuer is None or not issuer.actor.country:
        return None
    for c in verb.children:
        if c.dep_ not in SUBJECTS or c.pos_ != "PROPN" or not c.is_title:
            continue
        span = c.doc[c.left_edge.i : c.i + 1]
        if len(span) > OFFICE_TOKENS or any(t.i in by_token for t in c.subtree):
            return None
        if span[0].lower_ == "the":
            span = span[1:]
        person = next((e.text for e in span.ents if e.label_ == "PERSON"), None)
        actor = Actor.of(issuer.actor.country, span.text, "GOV")
        return Mention(span.start_char, span.end_char, span.text, actor, section, person, "title")
    return None


@lru_cache(maxsize=1)
def release_nouns() -> frozenset[str]:
    """Nouns heading a release's headline ("Statement by X", "X statement on Y", "Remarks by X")."""
    return frozenset(norm(row[0]) for _, row in read_rows("release_nouns.tsv", 1, DATA))


def _known(m: Mention | None) -> bool:
    return m is not None and not m.actor.unknown and m.kind != "pronoun"


def _first_known(by_token: dict[int, Mention], indexes: range) -> Mention | None:
    """The first known actor named in a stretch of tokens, a person before a body or state ("Foreign
    Secretary Boris Johnson statement": the person the title names)."""
    found = [by_token[i] for i in indexes if _known(by_token.get(i))]
    return next((m for m in found if m.kind in PERSON_KINDS and m.person), found[0] if found else None)


def passive_agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("a statement released by the ministry")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def statement_maker(noun: Token, accepts: Callable[[Token, str], bool]) -> Token | None:
    """Who made or issued a statement or document a sentence names, as the first of its candidates in
    the sentence that `accepts(token, how)` takes (the events stage asks who speaks through a document,
    the actors stage whose "the statement" a later sentence refers back to). `how` is one of:

    - "possessor": "the ministry's statement";
    - "premodifier": a word before it, "a Defence Ministry statement", "a Pentagon report";
    - "by": the object of its "by"/"from", "a statement from the Kremlin", "a report by HRW";
    - "agent": the agent of a participle describing it, "credible reports received by Amnesty";
    - "subject": the subject of the verb it is the object of ("President Obama released a
      statement") or that speaks in it ("the White House said in a statement").
    """
    for child in noun.children:
        if child.dep_ == "poss":
            found, how = child, "possessor"
        elif child.dep_ in ("compound", "amod") and child.i < noun.i:
            found, how = child, "premodifier"
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found, how = next((c for c in child.children if c.dep_ == "pobj"), None), "by"
        elif child.dep_ in ("acl", "relcl") and child.tag_ == "VBN":
            found, how = passive_agent(child), "agent"
        else:
            continue
        if found is not None and accepts(found, how):
            return found
    verb = object_verb(noun)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and accepts(c, "subject")), None)


def release_issuer(doc: Doc, by_token: dict[int, Mention], start: int, end: int) -> Mention | None:
    """The issuer a release's headline (tokens [start, end)) names: "Statement by/from X", "Joint
    statement of X and Y" (the first named), "Remarks by X", "X statement on Y", "Press Statement: X,
    Spokesperson", "X: press statement". The release noun must come before any verb of the line, so
    a news lead ("Police arrested dozens, according to a statement from the ministry") names none."""
    nouns = release_nouns()
    colon = next((t.i for t in doc[start:end] if t.text == ":"), None)
    for tok in doc[start:end]:
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.lower_ not in nouns and tok.lemma_.lower() not in nouns):
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                m = _first_known(by_token, range(prep.i + 1, prep.right_edge.i + 1))
                if m is not None:
                    return m
        m = _first_known(by_token, range(start, tok.i))  # "Foreign Secretary statement on ..."
        if m is None and colon is not None:  # "Press Statement: John Kirby, Spokesperson", "UK: statement"
            m = _first_known(by_token, range(colon + 1, end) if tok.i < colon else range(start, colon))
        return m
    return None


def title_issuer(doc: Doc | None, mentions: list[Mention]) -> Mention | None:
    """The issuer a headline names for a statement: "Statement by Secretary of Defense Ash Carter",
    "Foreign Secretary Boris Johnson statement on ..."."""
    if doc is None:
        return None
    by_token = mention_index(mentions, doc, "title")
    for tok in doc:
        if tok.lower_ == "by" and tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
            for obj in tok.children:
                m = by_token.get(obj.i) or next((by_token[t.i] for t in obj.subtree if t.i in by_token), None)
                if m is not None and m.kind in PERSON_KINDS and not m.actor.unknown:
                    return m
    return release_issuer(doc, by_token, 0, len(doc))


def release_of(sections: dict[str, Doc], mentions: list[Mention]) -> Mention | None:
    """The issuer of a release, whose claim its body is: the one its headline names ("Statement by X",
    "X statement on Y"; the title, else the text's first line), else the present-tense subject of its
    first sentence when the text speaks for it as "we"; None for a news report."""
    title = sections.get("title")
    if title is not None:
        found = release_issuer(title, mention_index(mentions, title, "title"), 0, len(title))
        if found is not None:
            return found
    text = sections.get("text")
    if text is None:
        return None
    by_token = mention_index(mentions, text, "text")
    if (line := _first_line(text)) <= HEADLINE_TOKENS and (
            found := release_issuer(text, by_token, 0, line) or _attribution_line(text, by_token, line)):
        return found
    # "The United States strongly condemns ... We also urge ...": a text opening in the present tense
    # whose subject it then speaks for as "we" is that subject's statement
    voice = _opening_subject(text, by_token)
    if voice is not None and any(m.section == "text" and m.kind == "pronoun" and m.actor == voice.actor
                                 and m.text.lower() in FIRST_SINGULAR | FIRST_PLURAL for m in mentions):
        return voice
    return None


def _opening_subject(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """The known actor a text's first sentence makes the subject of a present-tense verb ("The United
    States strongly condemns ..."): a statement's own voice (news tells what happened in the past)."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None:
        return None
    root = _root(first)
    if root.tag_ in PRESENT and not _headline(doc) and (found := _subject(root, by_token)) is not None:
        return found
    # "On behalf of President Obama and the American people, I congratulate ...": who the speaker
    # speaks for (their state; the person named is not the speaker)
    for on in root.children:
        behalf = next((c for c in on.children if c.dep_ == "pobj" and c.lower_ == "behalf"), None)
        if on.lower_ != "on" or behalf is None:
            continue
        for of in behalf.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                m = next((by_token[t.i] for t in of.subtree if _known(by_token.get(t.i))), None)
                if m is not None:
                    return replace(m, person=None)
    return None


def _headline(doc: Doc) -> bool:
    """Whether a text opens with a headline line, short and without a full stop ("Greek anti-austerity
    march erupts in violence, 3 dead"): headlines tell past news in the present tense, so that tense
    there is no statement's own voice."""
    end = _first_line(doc)
    last = next((doc[k] for k in range(end - 1, -1, -1) if not doc[k].is_space), None)
    return end <= HEADLINE_TOKENS and last is not None and last.text not in SENTENCE_ENDS


def _attribution_line(doc: Doc, by_token: dict[int, Mention], end: int) -> Mention | None:
    """The official a release's opening line says its answers are attributed to: "Attribution is
    on-the-record from Spokesperson John Kirby." (the State Department's "Taken Question" pages; the
    answer below is the spokesperson's, not the journalist's)."""
    first = next((t for t in doc[:end] if not t.is_space), None)
    if first is None or first.lower_ not in ATTRIBUTION_WORDS:
        return None
    found = _first_known(by_token, range(first.i + 1, end))
    if found is not None:
        return found
    # a spokesperson the actors stage cannot place: the person named, whose state the caller infers
    person = next((e for e in reversed(doc[first.i + 1 : end].ents) if e.label_ == "PERSON"), None)
    if person is None:
        return None
    name = doc[max(person.start, person.end - 2) : person.end].text  # "Spokesperson John Kirby": the name
    actor = Actor.of(None, name)
    return Mention(person.start_char, person.end_char, person.text, actor, "text", name, "person")


def _first_line(doc: Doc) -> int:
    """The end of a text's first paragraph (a headline when the page gave no title apart)."""
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            return tok.i
    return len(doc)


def statement_voice(doc: Doc, section: str, mentions: list[Mention], quoted: Callable[[Doc], list[bool]],
                    issuer: Mention | None = None) -> list[Mention]:
    """Mentions for the first-person pronouns of a statement, each the statement's issuer.

    `mentions` are the section's; `quoted(doc)` marks tokens inside quotation marks; `issuer` is the
    headline's ("Statement by ...", see `title_issuer`).
    """
    # one vectorised look-up: most news has no first person outside quotes and no "X said:" paragraph,
    # and then nothing to do (a statement in the third person still names its speaker: "Minister
    # Ellwood said: The start of Iraqi operations ... The UK ... is committed")
    keys = [doc.vocab.strings.add(w) for w in FIRST_SINGULAR | FIRST_PLURAL]
    first_person = bool(numpy.isin(doc.to_array(LOWER), keys).any())
    if not first_person and not COLON_PARAGRAPH.search(section_text(doc)):
        return []
    in_quote = quoted(doc)
    by_token = mention_index(mentions, doc, section)
    if issuer is None and (line := _first_line(doc)) <= HEADLINE_TOKENS:
        issuer = release_issuer(doc, by_token, 0, line)  # a headline run into the text
    # the opening voice: a headline's issuer, else a present-tense first sentence's subject
    voice = issuer or _opening_subject(doc, by_token)
    out: list[Mention] = []
    left = OPENING_PARAGRAPHS if issuer is not None else STATEMENT_PARAGRAPHS  # paragraphs left to run
    for tok in doc:
        if tok.is_space and "\n" in tok.text:  # a paragraph ends
            if tok.i > 0 and doc[tok.i - 1].text == ":":
                verb = _root(doc[tok.i - 1])
                speaker = _subject(verb, by_token)
                if speaker is None:
                    speaker = (_state_speaker(doc, tok.i, in_quote, by_token, section)
                               or _issuer_official(verb, by_token, issuer, section))
                    if speaker is not None:
                        out.append(speaker)
                # "Minister Ellwood said:" opens a statement; an unattributed colon ends the voice
                voice, left = speaker, STATEMENT_PARAGRAPHS
                continue
            left -= 1
            if left <= 0:
                voice = None
            continue
        if (voice is None or not first_person or tok.tag_ not in ("PRP", "PRP$") or in_quote[tok.i]
                or tok.i in by_token):
            continue
        low = tok.lower_
        if tok.dep_ == "poss" and tok.head.lower_ in relation_nouns():
            continue  # "we urge our partners to support ...": the partners are others
        if low in FIRST_PLURAL or (low in FIRST_SINGULAR and voice.kind in PERSON_KINDS):
            out.append(Mention(tok.idx, tok.idx + len(tok), tok.text, voice.actor, section,
                               voice.person, "pronoun"))
    return out
