"""`nlp.syntax.object_verb`: the word a noun is the object of, directly or through a preposition."""

from sitrep.nlp.model import load_model
from sitrep.nlp.syntax import object_verb


def _noun(text: str, word: str):
    doc = load_model()(text)
    return next(t for t in doc if t.text == word)


def test_the_verb_of_a_direct_object_and_of_a_prepositional_one() -> None:
    # PolNeAR-style statement phrases and TimeBank WSJ900813-0157 ("will respond to an Iraqi attack")
    cases = [("President Obama released a statement on Friday.", "statement", "release"),
             ("Israel will respond to an Iraqi attack on Jordan.", "attack", "respond"),
             ("The White House said in a statement that talks resumed.", "statement", "say")]
    for text, noun, verb in cases:
        assert object_verb(_noun(text, noun)).lemma_ == verb


def test_a_subject_is_no_object() -> None:
    assert object_verb(_noun("The statement said talks resumed.", "statement")) is None
