"""The parse of wire copy and headlines: a dateline is a sentence of its own (`paragraphs`), a headline's
present-tense verb the tagger called a plural noun is a verb (`verb_tags`), a line in capitals is parsed in
sentence case (`truecase`)."""

from sitrep.nlp import load_model
from sitrep.nlp.truecase import caps_paragraphs_cased, sentence_cased
from sitrep.nlp.verb_tags import verb_stem

# article-extraction benchmark, page d605bdef...: the dateline has no dash before the story
CNN = ("Hong Kong (CNN Business) A muddled view of US-China trade talks once again seems to be weighing on "
       "markets.")
# PolNeAR train huff-post_2016-04-27_why-does-israel-refuse-to-recogn
SHIPS = ("Israel imports roughly 40 percent of its oil from Azerbaijan and ships a significant amount of "
         "defense systems and weapons to the former Soviet Republic.")
# PolNeAR train breitbart_2016-06-09_clinton-cash-debunks-hillary-onl
DETAILS = "Schweizer’s Clinton Cash details several incidents of foreign donations to The Clinton Foundation."
# PolNeAR train huff-post_2016-05-02_huffpollster-indiana-s-gop-prima: a heading in capitals
HEADING = "INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP"


def test_a_dateline_is_split_from_the_story():
    doc = load_model()(CNN)
    first = next(iter(doc.sents))
    assert first.text.strip() == "Hong Kong (CNN Business)"
    assert doc[first.end].text == "A"


def test_a_verb_with_an_object_is_no_plural_noun():
    for text, word in ((SHIPS, "ships"), (DETAILS, "details")):
        token = next(t for t in load_model()(text) if t.text == word)
        assert token.tag_ == "VBZ" and token.pos_ == "VERB", (word, token.tag_)


def test_a_verb_only_form_buried_in_a_verbless_headline_becomes_its_verb():
    # the headline form of wire copy ("<state> severs ties with <state>"; Egypt cut ties with Qatar in 2017):
    # parsed as one noun phrase, Qatar -compound-> severs -compound-> ties
    doc = load_model()("Qatar severs ties with Egypt")
    verb = doc[1]
    assert verb.tag_ == "VBZ" and verb.dep_ == "ROOT"
    assert doc[0].dep_ == "nsubj" and doc[0].head == verb
    assert doc[2].dep_ == "dobj" and doc[2].head == verb


def test_a_noun_that_is_also_a_verb_is_left_alone():
    doc = load_model()("The attacks killed ten people.")
    assert doc[1].tag_ == "NNS"
    assert verb_stem("attacks", frozenset({"attack"})) == "attack"
    assert verb_stem("denies", frozenset({"deny"})) == "deny"


def test_a_heading_in_capitals_is_parsed_in_sentence_case():
    assert sentence_cased(HEADING) == "Indiana’s demographics favor Cruz, but economy favors Trump"
    body = "Intro.\n" + HEADING + "\nMore text."
    cased = "Intro.\nIndiana’s demographics favor Cruz, but economy favors Trump\nMore text."
    assert caps_paragraphs_cased(body) == cased
    assert caps_paragraphs_cased(CNN) is CNN


# PolNeAR train breitbart_2015-12-04_san-bernardino-terror-suspect-na (its headline, printed over the story)
NAMED = "San Bernardino Terror Suspect Named By Police BEFORE Obama’s Initial Briefing."
# PolNeAR train nyt_2016-09-03_professor-nega-s-war-why-an-ethi: the participle is an aside set off by commas
LED = ("The new government, led by the Tigrayan rebel leader Meles Zenawi, set about rebuilding the "
       "war-shattered nation.")


def test_a_headline_passive_without_its_auxiliary_is_a_clause():
    doc = load_model()(NAMED)
    named = next(t for t in doc if t.text == "Named")
    assert named.dep_ == "ROOT"
    assert next(t for t in doc if t.text == "Suspect").dep_ == "nsubjpass"


def test_a_participle_set_off_by_commas_stays_an_aside():
    doc = load_model()(LED)
    assert next(t for t in doc if t.text == "led").dep_ != "ROOT"
