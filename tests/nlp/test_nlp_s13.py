"""Session 13: verb lemmas that keep their silent "e", and a dateline line as a sentence of its own."""

from __future__ import annotations

from sitrep.nlp.lemmas import doubling_stems


def _lemma(nlp, text: str, word: str) -> str:
    return next(t.lemma_ for t in nlp(text) if t.text == word)


def test_silent_e_restored(pipeline):
    nlp = pipeline.nlp
    # ECB+ 16_7ecbplus: spaCy's rule lemmatizer gives "hop".
    assert _lemma(nlp, "Jerry Ortiz was looking for a man considered to be a \"career criminal\" and was "
                       "hoping to arrest him on suspicion of attempted murder , officials said Saturday .",
                  "hoping") == "hope"
    # PolNeAR train: "wag", "stag" before the repair.
    assert _lemma(nlp, "Putin would recognize the folly in waging an open-ended war in Syria.",
                  "waging") == "wage"
    assert _lemma(nlp, "But behind the New York businessman, five other candidates waged a fierce battle for "
                       "coveted top-tier finishes.", "waged") == "wage"
    assert _lemma(nlp, "They staged 26 debates in all, 17 of which had been held by this time.",
                  "staged") == "stage"


def test_doubled_consonant_keeps_the_short_verb(pipeline):
    # ECB+ 36: "planned" doubles its "n": the verb is "plan"; a verb with no "e" twin is untouched.
    nlp = pipeline.nlp
    assert _lemma(nlp, "Police had planned the raid for weeks.", "planned") == "plan"
    assert _lemma(nlp, "Police had raided the group's remote West Texas ranch in April 2008.",
                  "raided") == "raid"


def test_doubling_stems_follow_spelling():
    verbs = frozenset({"hop", "hope", "sing", "singe", "rout", "route", "wag", "wage", "ax", "axe", "raid"})
    # one vowel and one doubling consonant only: "singing" is "sing", "routing" undecided, "axing" either
    assert doubling_stems(verbs) == {"hop", "wag"}


def test_dateline_line_is_its_own_sentence(pipeline):
    # ECB+ 16_7ecbplus: its lines are its sentences, the dateline one of them; run into the next sentence
    # its date dated the deputy's hope to arrest a suspect.
    doc = pipeline.nlp("A 27 - year - old parolee is found 'cowering in a bathtub' near the house .\n"
                       "June 26 , 2005\n"
                       "Before he was fatally shot , Los Angeles County Sheriff's Deputy Jerry Ortiz was "
                       "hoping to arrest him , officials said Saturday .")
    sents = [s.text.strip() for s in doc.sents]
    assert "June 26 , 2005" in sents
    assert any(s.startswith("Before he was fatally shot") for s in sents)


def test_line_break_inside_a_sentence_is_left_to_the_parser(pipeline):
    # ECB+ 16_7ecbplus, hard-wrapped: a line that is not a date alone starts no sentence.
    doc = pipeline.nlp("Before he was fatally shot , Sheriff's Deputy Jerry Ortiz was looking for a man\n"
                       "considered to be a career criminal , officials said Saturday .")
    assert not any(t.is_sent_start for t in doc if t.text == "considered")
