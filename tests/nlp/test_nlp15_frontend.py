"""Round 15 parse repairs on scraped news: tokens that never start a sentence (`continuations`), verbs
buried in verbless headlines (`verb_tags.headline_compound_verbs`), a day name joined to the name after it
(`time_compounds`) and person names cut at a particle (`entities.whole_person_names`).

Sentences marked "written" are written for these tests in the form of scraped news pages (round-15 pages
sample); the others are quoted from the corpus named beside them."""

from sitrep.nlp import load_model

# PolNeAR train breitbart_2016-02-20_the-latest-hillary-clinton-tells: the speaker after "?”"
URGED = ("“Just one minute, come on, one second, alright?” he urged them, as he explained how tough it is "
         "to run.")
# PolNeAR train breitbart_2016-02-08_former-mexico-leader-calderon-ca: the speaker after "!”"
WROTE = ("“Everybody is laughing at Jeb Bush-spent $100 million and is at bottom of pack. A pathetic "
         "figure!” he wrote.")
# PolNeAR train breitbart_2016-03-01_the-latest-sanders-wins-minnesot: a live blog's time line, then a name
LIVE = ("5:45 p.m.\n\nMinnesota Gov. Mark Dayton is backing Hillary Clinton, but he’s not predicting she’ll "
        "win Minnesota’s caucuses.")
# written: a straight closing quote at a paragraph's end (a wire reprint's quotation)
QUOTE = 'The embassy asked whether this was a "new kind of diplomacy?"\n\nThe minister said he would reply.'
# written: a hyphenated rank before a name (Nigerian army statements)
RANK = "The Director of Army Public Relations, Brig.-Gen. Musa Bello, said this in a statement in Maiduguri."
# written: a quoted slogan, a dash and the clause going on
SLOGAN = 'Crowds began chanting "Death to the dictator!" – a slogan used by protesters since 2009.'


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_model()(text).sents if s.text.strip()]


def test_a_speaker_after_a_quotation_stays_in_its_sentence():
    assert _sentences(URGED) == [URGED]
    assert _sentences(WROTE)[-1].endswith("A pathetic figure!” he wrote.")


def test_a_closing_quote_is_no_sentence_of_its_own():
    assert _sentences(QUOTE) == ['The embassy asked whether this was a "new kind of diplomacy?"',
                                 "The minister said he would reply."]


def test_a_name_on_one_line_is_not_cut():
    assert _sentences(LIVE)[1].startswith("Minnesota Gov. Mark Dayton is backing")
    assert _sentences(RANK) == [RANK]


def test_a_dash_before_a_lower_case_word_goes_on():
    assert _sentences(SLOGAN) == [SLOGAN]


def test_a_sentence_still_ends_before_a_capitalised_word():
    # written: two sentences, the second opening with a name after a full stop
    assert len(_sentences("The talks ended on Monday. Lavrov flew back to Moscow.")) == 2


def test_a_verb_buried_in_a_verbless_headline_becomes_its_verb():
    # written headlines: a plural subject's base-form verb tagged a noun, a VBZ parsed as a compound
    for text, subject, verb, tag in (("Police fire tear gas at students in Nairobi", "Police", "fire", "VBP"),
                                     ("Cops fire water cannon at protesters", "Cops", "fire", "VBP"),
                                     ("Turkey summons envoy over 'insult' in Syria", "Turkey", "summons",
                                      "VBZ")):
        doc = load_model()(text)
        token = next(t for t in doc if t.text == verb)
        assert token.tag_ == tag and token.dep_ == "ROOT", (text, token.tag_, token.dep_)
        assert next(t for t in doc if t.text == subject).head == token


def test_a_noun_phrase_headline_keeps_its_nouns():
    # written: a singular name before "trade" takes no base-form verb
    doc = load_model()("China trade talks")
    assert not any(t.tag_.startswith("VB") for t in doc)


def test_a_day_name_goes_back_to_its_preposition():
    # written, in the form of a wire report on an Islamic State attack
    doc = load_model()("Islamic State (IS) claimed the attack. Earlier on Friday IS had carried out a "
                       "bombing in Mosul.")
    friday = next(t for t in doc if t.text == "Friday")
    acronym = next(t for t in doc if t.text == "IS" and t.i > friday.i)
    assert friday.dep_ == "pobj" and friday.head.text == "on"
    assert acronym.dep_ == "nsubj" and acronym.head.text == "carried"


def test_a_person_name_with_a_particle_is_one_entity():
    # written, in the form of a news agency's lead
    doc = load_model()("European Commission chief Ursula von der Leyen visited Beijing on Monday.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people == ["Ursula von der Leyen"]


def test_a_full_stop_after_a_word_ends_the_sentence_even_before_a_no_break_space():
    # written, in the form of a wire story on bank lay-offs (a no-break space after the stop, a dash clause)
    text = ("Those who lost their jobs were making $35,000 a year ― and that included some regional bank "
            "managers.\u00a0Bonuses for bankers were $500 every three months, the paper reports.")
    sentences = _sentences(text)
    assert len(sentences) == 2 and sentences[1].startswith("Bonuses for bankers")
