"""Mentions that stand for several actors at once, one actor each.

A news report often names the parties of a joint act with one noun: conjoined state modifiers on one
head ("U.S. and Russian diplomats met in Geneva", "Japanese and Indian defence ministers agreed") or a
definite plural that stands for the parties named just before ("Putin met Erdogan in Sochi. The two
leaders agreed to expand trade", "Japan and China held talks. Both sides agreed ...", "the foreign
ministers of the two countries"). Such a mention carries its parties as `Mention.members`; the events
coder counts each member as a party of its own (`member_mentions`), so a joint act is coded between
them as "X and Y agreed" is, and an act of the pair toward a third actor once per member.

A plural pronoun that goes on from a pair ("Putin and Erdogan met in Sochi. They agreed ...", "Putin met
Erdogan ... Their talks ...") and a bare definite group noun right after two parties are named ("The
leaders agreed ...", "The pair sat down") stand for the pair the same way; "they" of one side's people
("Russian troops entered the town. They ...") does not.

A plural of one state's ("the two ministers" of one government, "both houses of parliament", "the
two soldiers") has no members: the parties named before must be exactly as many as the count says and
of as many states (or, for "sides", of as many actors), or nothing changes.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.actors.lexicon import DATA, norm, read_rows
from sitrep.actors.phrases import country_name
from sitrep.records import STATE_SECTORS, Actor, Mention

COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}  # words that make a plural a closed group
DEFINITE = frozenset({"the", "these", "those", "both"})
MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside"})  # "met in Sochi": where, not who
# (a placed agent counts: "the Sudanese government and rebel commanders agreed a truce ... both sides")
PARTY_KINDS = frozenset({"name", "metonym", "person", "title", "organisation", "agent"})
OWN_OF = frozenset({"state", "government"})  # "the two heads of state": still the group's own words
LOOKBACK = 3  # sentences before the group's own in which its parties may be named
PLURAL_PRONOUNS = frozenset({"they", "their", "theirs"})  # (an object "them" is rarely the pair)
PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SINGLE_KINDS = frozenset({"person", "title", "description"})  # one person: never "they"


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, str]:
    """Plural nouns a count or "both" makes a group of the parties named before, with their kind
    (data/group_nouns.tsv: person, state, side, named)."""
    return {norm(noun): kind for _, (noun, kind, _bare) in read_rows("group_nouns.tsv", 3, DATA)}


@lru_cache(maxsize=1)
def bare_group_nouns() -> dict[str, str]:
    """Group nouns that "the" alone makes a group of the two parties just named, with the tag they take
    ("Putin met Erdogan in Sochi. The leaders agreed ...", "The pair sat down for talks";
    data/group_nouns.tsv, column bare: a plural, or a singular noun of two)."""
    tags = {"bare": "NNS", "pair": "NN"}
    return {norm(noun): tags[bare] for _, (noun, _kind, bare) in read_rows("group_nouns.tsv", 3, DATA)
            if bare in tags}


@lru_cache(maxsize=1)
def meeting_words() -> frozenset[str]:
    """Verbs and nouns whose subject and other side are the two sides of one meeting or call
    (data/meeting_verbs.tsv)."""
    return frozenset(norm(word) for _, (word,) in read_rows("meeting_verbs.tsv", 1, DATA))


def member_mentions(m: Mention) -> list[Mention]:
    """A mention as the parties it stands for: one mention per member (same words, the member alone as
    its `members`, which marks it as one of a group), or itself."""
    if len(m.members) < 2:
        return [m]
    return [replace(m, actor=actor, members=(actor,)) for actor in m.members]


def own_member(source: Mention, target: Mention) -> bool:
    """Whether `target` is the source's own state as one member of a group the source acts on from
    outside it ("Xi called on both countries to expand cooperation": the call is to the other one)."""
    return (len(target.members) == 1 and target.actor.country is not None
            and target.actor.country == source.actor.country
            and (source.start, source.end) != (target.start, target.end))


def with_groups(doc: Doc, section: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the members of every mention of several actors set, and a mention added for each
    group noun no mention covers ("both sides", "the two countries", "the two" standing alone) and each
    plural pronoun that stands for a pair."""
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    by_token = {t.i: k for k, span in enumerate(spans) if span is not None for t in span}
    out = list(mentions)
    for k, span in enumerate(spans):
        if span is not None and out[k].kind not in ("person", "pronoun"):
            members = _conjoined_members(span, out[k], by_token, out)
            if members:
                out[k] = replace(out[k], members=members)
                _owner_members(span, members, by_token, out)
    added: list[Mention] = []
    pronouns: list[Token] = []  # plural pronouns, seen on this one pass and given their pairs after it
    for tok in doc:
        if tok.lower_ in PLURAL_PRONOUNS:
            pronouns.append(tok)
            continue
        if tok.lower_ in COUNTS:
            found, count, lookback = _group_of(tok), COUNTS[tok.lower_], LOOKBACK
        elif tok.lower_ == "the":
            found, count, lookback = _bare_group_of(tok), 2, 1
        else:
            continue
        if found is None:
            continue
        words, owner, kind = found
        k = by_token.get(owner.i)
        if k is not None and (out[k].members or not out[k].actor.unknown):
            continue  # "the two Indian soldiers": one state's, already placed
        if any(t.i in by_token for t in words if t.i != owner.i):
            continue
        members = _named_before(doc, words[0], kind, spans, out, by_token, lookback)
        if len(members) != count:
            continue  # "Egypt and Qatar hosted talks with Turkey. The two countries ...": which two?
        if k is not None:
            sector = out[k].actor.sector
            out[k] = replace(out[k], members=tuple(_as_member(a, kind, sector) for a in members))
            continue
        actors = tuple(_as_member(a, kind, None) for a in members)
        added.append(Mention(words[0].idx, owner.idx + len(owner), doc[words[0].i:owner.i + 1].text,
                             actors[0], section, None, "agent", actors))
    return _pair_pronouns(doc, section, out + added, pronouns)


def _pair_pronouns(doc: Doc, section: str, mentions: list[Mention], pronouns: list[Token]) -> list[Mention]:
    """`mentions` with every plural subject or possessive pronoun that stands for a pair given the pair as
    its members ("Putin and Erdogan met in Sochi. They agreed ..."; "... Their talks focused on Syria"),
    the pronoun pass's pick replaced, or a mention added where it found none."""
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    by_token = {t.i: k for k, span in enumerate(spans) if span is not None for t in span}
    out = list(mentions)
    for tok in pronouns:
        if tok.dep_ not in PRONOUN_DEPS:
            continue
        members = _pair_antecedent(tok, spans, out, by_token)
        if not members:
            continue
        k = by_token.get(tok.i)
        if k is not None:
            out[k] = replace(out[k], actor=members[0], members=members)
        else:  # (kept in `out` at once: a "they" after it may stand for it)
            out.append(Mention(tok.idx, tok.idx + len(tok), tok.text, members[0], section, None, "pronoun",
                               members))
            by_token[tok.i] = len(out) - 1
            spans.append(doc[tok.i:tok.i + 1])
    return out


def _pair_antecedent(tok: Token, spans: list[Span | None], mentions: list[Mention],
                     by_token: dict[int, int]) -> tuple[Actor, ...]:
    """The pair a plural pronoun stands for: that of the nearest subject before it in its sentence, or
    else in the sentence before, that names actors, passing over things and single persons ("A
    communique noted both sides had agreed ...", "Peskov said they agreed"); none when that subject is
    one side's people ("Protesters marched on parliament. They demanded ...") or names no pair."""
    sent = tok.sent
    own = [t for t in sent if t.i < tok.i and t.dep_ in SUBJECT_DEPS and t.head != tok.head]
    before = [t for t in tok.doc[sent.start - 1].sent if t.dep_ in SUBJECT_DEPS] if sent.start else []
    for subj in (*reversed(own), *reversed(before)):
        members = _pair_of(subj, spans, mentions, by_token)
        if members:
            return members
        k = by_token.get(subj.i)
        if k is None or (mentions[k].kind in SINGLE_KINDS and subj.tag_ in ("NN", "NNP")
                         and not subj.conjuncts):
            continue  # a thing or one person: "they" is not it
        return ()
    return ()


def _pair_of(subj: Token, spans: list[Span | None], mentions: list[Mention],
             by_token: dict[int, int]) -> tuple[Actor, ...]:
    """The parties a subject names together, of two states or more: its members ("the two leaders", an
    earlier "they"), its conjuncts, each a party ("Putin and Erdogan"), or a single party and the single
    party of another state it meets ("Putin met Erdogan", "held talks with")."""
    k = by_token.get(subj.i)
    if k is not None and len(mentions[k].members) >= 2:
        return mentions[k].members
    if subj.conjuncts:
        return _distinct_states([_single_party(t, spans, mentions, by_token)
                                 for t in (subj, *subj.conjuncts)])
    if subj.tag_ not in ("NN", "NNP") or (own := _single_party(subj, spans, mentions, by_token)) is None:
        return ()
    verb = subj.head
    if verb.lemma_.lower() not in meeting_words() and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in meeting_words() for c in verb.children):
        return ()
    others = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in meeting_words()]
    for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        others += [o for p in holder.children if p.dep_ == "prep" and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj"]
    if len(others) != 1 or others[0].tag_ not in ("NN", "NNP") or others[0].conjuncts:
        return ()
    return _distinct_states([own, _single_party(others[0], spans, mentions, by_token)])


def _single_party(tok: Token, spans: list[Span | None], mentions: list[Mention],
                  by_token: dict[int, int]) -> Actor | None:
    """The one known actor the mention on `tok` names as a party, if any."""
    k = by_token.get(tok.i)
    if k is None or (span := spans[k]) is None:
        return None
    found = _party(mentions[k], span, by_token)
    return found[0] if len(found) == 1 else None


def _distinct_states(actors: list[Actor | None]) -> tuple[Actor, ...]:
    """The actors as a pair (or more), when every one is known and each of another state."""
    if len(actors) < 2 or any(a is None or not a.country for a in actors):
        return ()
    if len({a.country for a in actors if a is not None}) != len(actors):
        return ()
    return tuple(a for a in actors if a is not None)


def _conjoined_members(span: Span, m: Mention, by_token: dict[int, int],
                       mentions: list[Mention]) -> tuple[Actor, ...]:
    """The actors of a noun's conjoined state modifiers ("U.S. and South Korean troops", "German and
    French officials"), each with the noun's sector, in text order; none unless two states or more."""
    root = span.root
    mods = [c for c in root.children if c.dep_ in MODIFIER_DEPS and c.i < root.i
            and any(k.dep_ == "conj" for k in c.children)]
    if not mods:
        return ()
    toks = sorted({t.i: t for c in mods for t in (c, *c.conjuncts)}.values(), key=lambda t: t.i)
    members: dict[str, Actor] = {}
    for t in toks:
        if span.start <= t.i < span.end:
            actor = m.actor
        elif (k := by_token.get(t.i)) is not None and mentions[k].kind != "pronoun":
            country = mentions[k].actor.country
            actor = Actor.of(country, f"{country_name(country)} {root.text}", m.actor.sector) if (
                country) else None
        else:
            continue
        if actor is not None and actor.country:
            members.setdefault(actor.country, actor)
    return tuple(members.values()) if len(members) >= 2 else ()


def _owner_members(span: Span, members: tuple[Actor, ...], by_token: dict[int, int],
                   mentions: list[Mention]) -> None:
    """Give the members of a group named "of" to the office or role that holds it, with the role's sector:
    "the heads of the Russian and Ukrainian governments" are one head each (in place)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or (k := by_token.get(root.head.head.i)) is None:
        return
    owner = mentions[k]
    if owner.members or owner.kind not in ("title", "agent") or owner.actor.country not in (
            None, *(a.country for a in members)):
        return
    sector = owner.actor.sector
    mentions[k] = replace(owner, members=tuple(Actor.of(a.country, a.name, sector or a.sector)
                                               for a in members))


def _group_of(tok: Token) -> tuple[list[Token], Token, str] | None:
    """The words of the group a count or "both" makes, the token whose mention stands for it (the
    group noun, or the noun it is "of": "the leaders of the two countries"), and the group's kind."""
    head = tok.head
    if tok.dep_ in ("nummod", "det", "predet", "preconj") and head.tag_ == "NNS" and head.i > tok.i:
        definite = tok.lower_ == "both" or any(
            c.lower_ in DEFINITE for c in head.children if c.i < tok.i and c.dep_ in ("det", "predet"))
        kind = group_nouns().get(norm(head.lemma_))
        if not definite or kind is None or any(
                p.dep_ == "prep" and p.lower_ == "of" and not any(
                    o.lemma_.lower() in OWN_OF for o in p.children) for p in head.children):
            return None  # "both sides of the aisle", "the two houses of parliament": not a pair of parties
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            # "the foreign ministers of the two countries", "officials of both nations"
            owner = head.head.head
            own = group_nouns().get(norm(owner.lemma_))
            if own is None:
                return None
            return [t for t in owner.doc[owner.left_edge.i:head.i + 1]], owner, own
        words = [c for c in head.children if c.i < head.i and c.dep_ in ("det", "predet", "nummod")]
        return [min(words, key=lambda t: t.i), head], head, kind
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NUM", "DET", "PRON"):
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
        if det or tok.lower_ == "both":  # "The two also discussed regional security", "Both agreed"
            return [*det, tok], tok, "named"  # (of named persons only: "arrested two activists ... The
            # two were charged" are the counted people)
    return None


def _bare_group_of(tok: Token) -> tuple[list[Token], Token, str] | None:
    """The group "the" alone makes of a bare group noun that is a subject ("The leaders agreed ...",
    "The sides discussed ...", "The pair sat down"), with no other word before it ("the G20 leaders",
    "the Afghan sides") nor an "of" after it; its kind."""
    head = tok.head
    if tok.dep_ != "det" or head.dep_ not in SUBJECT_DEPS or head.i != tok.i + 1:
        return None
    if bare_group_nouns().get(norm(head.lemma_)) != head.tag_ or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    kind = group_nouns().get(norm(head.lemma_))
    return ([tok, head], head, kind) if kind else None


def _named_before(doc: Doc, start: Token, kind: str, spans: list[Span | None], mentions: list[Mention],
                  by_token: dict[int, int], lookback: int = LOOKBACK) -> list[Actor]:
    """The distinct parties named before `start` in its sentence and the one before (up to `LOOKBACK`
    sentences while fewer than two are found), as first named: for a group of persons, the persons
    named, if any."""
    sent = start.sent
    first = sent.start
    found: list[Actor] = []
    for _ in range(lookback):
        first = doc[first - 1].sent.start if first > 0 else first
        found = _parties(start, first, kind, spans, mentions, by_token)
        if len(found) >= 2 or first == 0:
            break
    return found


def _parties(start: Token, first: int, kind: str, spans: list[Span | None], mentions: list[Mention],
             by_token: dict[int, int]) -> list[Actor]:
    """The parties (`_party`) named from token `first` up to `start`, one per state or body (not the lone
    reporter of the group's clause); for a group of persons, the persons named, if any; for a bare "the
    two", the persons named by name only."""
    persons: dict[str, Actor] = {}
    anyone: dict[str, Actor] = {}
    sectors: dict[str, Actor] = {}
    for m, span in zip(mentions, spans, strict=True):
        if span is None or span.start < first or span.end > start.i:
            continue
        if _reporter(span, start):
            continue
        for actor in _party(m, span, by_token):
            key = actor.country or actor.code
            anyone.setdefault(key, actor)
            if actor.sector and m.kind != "person":
                sectors.setdefault(actor.code, actor)
            if m.kind == "person" or (m.kind == "title" and kind == "person"):
                persons.setdefault(key, actor)
    if kind == "named":
        return list(persons.values())
    if kind == "person" and persons:
        # ("Foreign Minister Wang Yi and Defence Minister Dong Jun of China visited Moscow. The two
        # ministers ...": persons of one state are that state's, whatever place is named)
        return list(persons.values())
    if kind == "side" and len(anyone) == 1:
        # the sides of a conflict at home are its bodies' sectors: "the Sudanese army and rebel commanders
        # agreed a truce ... both sides then traded blame" (not persons: one state's two persons
        # are one party; nor two organs of the state, its government and its army)
        return list(sectors.values()) if sum(a.sector in STATE_SECTORS for a in sectors.values()) <= 1 else []
    return list(anyone.values())


def _reporter(span: Span, start: Token) -> bool:
    """Whether a mention is in the subject of a verb that reports the clause the group is in, one
    speaker alone: "a UN mediator said the two sides would also pull back"
    (the reporter tells of the sides; "India and Pakistan said the two countries would ..." are them)."""
    for a in start.ancestors:
        if a.dep_ != "ccomp":
            continue
        subj = next((c for c in a.head.children if c.dep_ == "nsubj"), None)
        return subj is not None and not subj.conjuncts and (
            subj.left_edge.i <= span.root.i <= subj.right_edge.i)
    return False


def _party(m: Mention, span: Span, by_token: dict[int, int]) -> tuple[Actor, ...]:
    """The actors a mention names as a party to what follows: its members, or its own actor when it
    names a known state, body or person acting (not a place "in" which, nor a modifier of a thing:
    "the BRICS summit", nor the press)."""
    if m.members:
        return m.members
    if m.kind not in PARTY_KINDS or m.actor.unknown or m.actor.sector == "JRN":
        return ()
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return ()
    if root.dep_ in MODIFIER_DEPS and root.head.i not in by_token:
        return ()
    return (m.actor,)


def _as_member(actor: Actor, kind: str, sector: str | None) -> Actor:
    """A party as a member of a group: the state itself for a group of states ("the two countries"),
    with the group noun's sector when the party names none ("Japan ... the two governments")."""
    if actor.country is None:
        return actor
    if kind == "state":
        return Actor.of(actor.country, country_name(actor.country), sector)
    if actor.sector is None and sector:
        return Actor.of(actor.country, f"{country_name(actor.country)}", sector)
    return actor
