"""`nlp.syntax.plain_word`: the cue lists spell "'ll" and "'d"; typographic apostrophes must match them."""

from __future__ import annotations

import pytest

from sitrep.events.lexicon import load_lexicon
from sitrep.events.senses import has_future_aux
from sitrep.nlp.model import load_model
from sitrep.nlp.syntax import plain_word


@pytest.fixture(scope="module")
def nlp():
    return load_model()


# PolNeAR train: "Elect me and we’ll finally have a leader who will undo all these terribles."
@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_contracted_will_is_a_future_auxiliary_with_either_apostrophe(nlp, apostrophe: str) -> None:
    doc = nlp(f"Elect me and we{apostrophe}ll finally have a leader who will undo all these terribles.")
    have = next(t for t in doc if t.lemma_ == "have")
    aux = next(t for t in have.children if t.dep_ == "aux")
    assert plain_word(aux) == "'ll"
    assert has_future_aux(have, load_lexicon().modality["planned"]["aux"])


def test_a_plain_word_is_only_lower_cased(nlp) -> None:
    doc = nlp("Russia WILL respond.")
    assert [plain_word(t) for t in doc] == ["russia", "will", "respond", "."]
