"""Argument finding (session 11): objects the parse hides or strands.

Each case is a real sentence: PLOVER_GSR ids are dev-split records of shared/corpora (the GSR
examples); ECB+ sentences are from shared/corpora/ecbplus. Parse-level cases check the helpers in
sitrep.events.arguments on spaCy's own parse; event-level cases run the whole pipeline.
"""

from __future__ import annotations

from sitrep.events.arguments import is_count, objects_of, pobjs, quantity_particle, stranded_object


def token(doc, word: str):
    return next(t for t in doc if t.text == word)


# --- "up to N": a count, not a phrasal verb's particle -------------------------------------------

def test_up_to_a_number_is_the_objects_count(pipeline):
    # PLOVER_GSR COERCE-0016: spaCy reads "up" as a particle and "to 16 ... advisers" as its phrase
    doc = pipeline.nlp("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town "
                       "bazaar and exploded a series of bombs in the capital Kabul, western diplomatic "
                       "sources in neighboring Pakistan said today.")
    verb = token(doc, "kidnapped")
    assert [o.text for o in objects_of(verb)] == ["advisers"]
    assert any(quantity_particle(c) for c in verb.children)


def test_up_to_without_a_number_stays_a_particle(pipeline):
    # PolNeAR train (tuning): "teamed up to take on Trump" is a phrasal verb; ECB+ 3: "pulled up to
    # Morningside"
    doc = pipeline.nlp("Cruz and Kasich teamed up to take on Trump. "
                       "The men pulled up to Morningside in an SUV.")
    assert not any(quantity_particle(t) for t in doc)


# --- a preposition the parse strands ------------------------------------------------------------

def test_preposition_shared_by_conjoined_verbs(pipeline):
    # PLOVER_GSR SUPPORT-0008: "with" and "in" share "Tehran" (right node raising)
    doc = pipeline.nlp("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran, "
                       "the foreign ministry said on Wednesday.")
    with_ = token(doc, "with")
    assert stranded_object(with_).text == "Tehran"
    assert [p.text for _, p in pobjs(with_.head, ("with",))] == ["Tehran"]


def test_preposition_object_read_as_a_participles_subject(pipeline):
    # PLOVER_GSR AID-0010: "officers holed up in a residence" parsed as a clause with its own subject
    doc = pipeline.nlp("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
                       "diplomatic residence since last month's U.S. invasion, the Peruvian embassy said on "
                       "Tuesday.")
    assert [p.text for _, p in pobjs(token(doc, "granted"), ("to",))] == ["officers"]


def test_prepositions_with_objects_are_not_stranded(pipeline):
    # ECB+ 12: "The Indian navy has captured 23 Somalian pirates ..." style: ordinary phrases
    doc = pipeline.nlp("Sri Lanka opened an embassy in Tehran and sent a delegation to Iran.")
    assert all(stranded_object(t) is None for t in doc if t.dep_ == "prep")


def test_stranded_preposition_events(events):
    # PLOVER_GSR SUPPORT-0008 and AID-0010: gold LKA->IRN SUPPORT, PER->PAN AID
    found = events("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran, the "
                   "foreign ministry said on Wednesday.")
    assert any(s == "LKA" and (t or "").startswith("IRN") and kind == "SUPPORT" for s, t, kind in found)
    found = events("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
                   "diplomatic residence since last month's U.S. invasion, the Peruvian embassy said on "
                   "Tuesday.")
    assert any((s or "").startswith("PER") and (t or "").startswith("PAN") and kind == "AID"
               for s, t, kind in found)


# --- counted subjects: "One third of X" -----------------------------------------------------------

def test_fraction_counts_its_of_phrase(pipeline):
    # PLOVER_GSR RETREAT-0016; ECB+ 3 ("half of the settlers gave up and left")
    doc = pipeline.nlp("One third of ethnic Albanian guerrillas operating in Macedonia have been demobilized "
                       "since the August 13 peace accord, two rebel commanders told AFP by phone Sunday.")
    assert is_count(token(doc, "third"))
    assert not is_count(token(doc, "guerrillas"))
    doc = pipeline.nlp("Half of the settlers gave up and left.")
    assert is_count(token(doc, "Half"))


def test_fired_at_and_sank(pipeline):
    # ECB+ topic 12 (12_16ecb): "fired at" shares "a Thai trawler" with "sank"
    doc = pipeline.nlp("Later, the Tabar fired at and sank a Thai trawler that the Indian Navy said was a "
                       "pirate mother vessel.")
    assert [p.text for _, p in pobjs(token(doc, "fired"), ("at",))] == ["trawler"]


def test_preposition_stranded_in_its_own_clause_stays_bare(pipeline):
    # PolNeAR train (politico 2016-01-27, tuning): a relative clause; ECB+ 6_6ecb: a "tough" infinitive
    doc = pipeline.nlp("We feel good about the areas we're going to and the amount of time we're able to "
                       "spend in all areas of the state.")
    assert stranded_object(token(doc, "to")) is None
    doc = pipeline.nlp("He's considered easy to work with and has experience with special effects.")
    assert stranded_object(token(doc, "with")) is None


def test_listed_phrasal_up_keeps_its_particle(pipeline):
    # "blow up" is a lexicon verb (CAMEO 183): "blew up to 16 bridges" keeps its particle (a variant of
    # PLOVER_GSR COERCE-0004 "Afghan guerillas blew up three main electric power lines"); the count
    # reading is only for verbs with no "up" sense, but the bridges are its object either way
    doc = pipeline.nlp("Afghan guerillas blew up to 16 bridges in the north.")
    up = token(doc, "up")
    assert up.dep_ == "prt" and not quantity_particle(up)
    assert [o.text for o in objects_of(up.head)] == ["bridges"]
