"""A military coalition's forces coded by the state that leads it: "Coalition aircraft" -> USAMIL.

CODEBOOK: actors are states with a sector. A coalition has no code of its own, and news writes its
forces as "Coalition military forces", "Coalition aircraft" or "the Coalition": they are the leading
state's military. The leader is the one an "X-led coalition" of the document names ("the Saudi-led
coalition bombed Sanaa ... coalition warplanes"), else the default of `data/coalitions.tsv`.

Only a coalition at war is coded: the word must qualify an armed noun ("military forces") or a
weapon ("aircraft", `equipment.tsv`), or head its phrase capitalised ("the Coalition") in a passage
that names an armed group; a "ruling coalition" or "coalition government" is not touched (it has
its own lexicon entry), nor are "coalition partners" (several states, `data/coalition_members.tsv`).
A coalition word qualifying any other noun in such a passage ("a coalition airstrike", "the
coalition's strikes") is the coalition acting.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from sitrep.actors.lexicon import DATA, Lexicon, norm, read_rows
from sitrep.actors.phrases import MODIFIER_DEPS
from sitrep.records import Actor, Mention

ARMED = frozenset({"MIL", "UAF"})
WAR_CODES = frozenset({"IMG"})
WAR_SECTORS = frozenset({"REB", "UAF", "MIL", "INS"})


@lru_cache(maxsize=1)
def default_leaders() -> dict[str, str]:
    """Coalition word -> ISO3 of the state that leads it when the text names no leader."""
    return {norm(word): iso3 for _, (word, iso3) in read_rows("coalitions.tsv", 2, DATA)}


@lru_cache(maxsize=1)
def member_nouns() -> frozenset[str]:
    """Nouns naming a coalition's member states ("coalition partners"), not its forces."""
    return frozenset(norm(row[0]) for _, row in read_rows("coalition_members.tsv", 1, DATA))


@lru_cache(maxsize=1)
def scene_leaders() -> dict[str, str]:
    """ISO3 of a war's country -> ISO3 of the coalition's leader there (data/coalition_scenes.tsv)."""
    return {scene: iso3 for _, (scene, iso3) in read_rows("coalition_scenes.tsv", 2, DATA)}


@lru_cache(maxsize=1)
def war_acts() -> frozenset[str]:
    """Lemmas of nouns of an act of war ("strike", "raid", data/war_acts.tsv)."""
    return frozenset(norm(row[0]) for _, row in read_rows("war_acts.tsv", 1, DATA))


def _war_act(tok: Token, head: Token) -> bool:
    """Whether a coalition word qualifies an act of war in a sentence with a verb ("Coalition air strike
    kills 12 in Yemen"; not "the ruling coalition", nor a headline the parser reads with no verb).
    Asked only when the text names the coalition's leader or a war's scene (`_leader`): "Coalition
    strikes deal on budget in Germany" is no war's."""
    return (head.lemma_.lower() in war_acts() and head.sent.root.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in MODIFIER_DEPS and c.i < tok.i for c in (*tok.lefts, *head.lefts)))


def _leader(coalitions: list[Token], mentions: list[Mention], lex: Lexicon) -> str | None:
    """The state an "X-led coalition" of this text names ("U.S.-led", "Saudi-led"), else the leader of
    the coalition at war in the one scene state the text names ("Coalition air strike kills 10 in
    Yemen": Saudi Arabia's)."""
    for m in mentions:
        if m.actor.country and "-led coalition" in m.text.lower():
            return m.actor.country
    led = next((c for c in (_led_by(tok, lex) for tok in coalitions) if c is not None), None)
    if led is not None:
        return led
    scenes = scene_leaders()
    leaders = {scenes[m.actor.country] for m in mentions
               if m.actor.sector is None and m.actor.country in scenes}
    return leaders.pop() if len(leaders) == 1 else None


def _led_by(tok: Token, lex: Lexicon) -> str | None:
    """The state of a one-token "X-led" before a coalition word ("U.S.-led")."""
    for c in tok.lefts:
        low = c.lower_
        if low.endswith("-led"):
            entry = lex.phrases.get(norm(low[:-4]))
            if entry is not None and entry.country and entry.kind in ("country", "demonym"):
                return entry.country
    return None


def coalition_forces(doc: Doc, section: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """`mentions` with a coalition's armed forces coded as its leader's military (see module doc)."""
    words = default_leaders()
    # one vectorised look-up over the section's lowercase forms, not a Python loop over its tokens
    keys = [doc.vocab.strings.add(w) for w in words]
    coalitions = [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), keys))]
    if not coalitions:
        return mentions
    leader = _leader(coalitions, mentions, lex)
    spans: dict[int, int] = {}  # a mention's root token -> its index
    covered: set[int] = set()  # tokens inside any mention
    for k, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            spans[span.root.i] = k
            covered.update(range(span.start, span.end))
    at_war = any(m.actor.code in WAR_CODES or (m.actor.sector in WAR_SECTORS and m.kind != "agent")
                 or m.actor.sector in ("REB", "INS") for m in mentions)
    out = list(mentions)
    for tok in coalitions:
        country = leader or words[tok.lower_]
        head = tok.head
        if tok.dep_ in MODIFIER_DEPS and head.i > tok.i:
            k = spans.get(head.i)
            if k is not None:
                m = out[k]
                if m.actor.country is None and m.actor.unknown and m.actor.sector in ARMED:
                    start = min(tok.idx, m.start)
                    text = doc.text[start:m.end]
                    actor = Actor.of(country, text, "MIL")
                    out[k] = Mention(start, m.end, text, actor, section, None, "title")
                continue
            if head.lower_ in lex.equipment and head.i not in covered:
                span = doc[tok.i:head.i + 1]
                out.append(Mention(span.start_char, span.end_char, span.text,
                                   Actor.of(country, span.text, "MIL"), section, None, "title"))
            elif ((at_war or (leader is not None and _war_act(tok, head))) and head.i not in covered
                  and tok.i not in covered and head.pos_ == "NOUN" and head.lower_ not in member_nouns()):
                # "a coalition airstrike", "the coalition's strikes": the coalition is who acts (at war
                # by the act itself: "Coalition air strike kills 12 in Yemen")
                out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text,
                                   Actor.of(country, tok.text, "MIL"), section, None, "title"))
            continue
        if tok.i in covered or tok.dep_ in MODIFIER_DEPS:
            continue
        led = _led_by(tok, lex)  # "the U.S.-led coalition", its leader in one token
        if led is not None:
            first = next(c for c in tok.lefts if c.lower_.endswith("-led"))
            span = doc[first.i:tok.i + 1]
            out.append(Mention(span.start_char, span.end_char, span.text, Actor.of(led, span.text, "MIL"),
                               section, None, "title"))
        elif tok.text == "Coalition" and not tok.is_sent_start and at_war:
            out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, Actor.of(country, tok.text, "MIL"),
                               section, None, "title"))
    return sorted(out, key=lambda m: m.start)
