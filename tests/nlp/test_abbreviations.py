"""Abbreviated titles before a name stay one token and never end a sentence (nlp/abbreviations.py)."""

from sitrep.nlp.model import load_model


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_model()(text).sents]


def test_a_rank_before_a_name_does_not_end_the_sentence() -> None:
    # after re3d CENTCOM D52939C747 (dev): "..., Pentagon press operations director Navy Capt. Jeff Davis
    # said today."
    text = ("Iraqi forces maintained their defensive positions, Pentagon press operations director "
            "Navy Capt. Jeff Davis said today.")
    assert _sentences(text) == [text]
    assert "Capt." in [t.text for t in load_model()(text)]


def test_ranks_in_a_row_and_a_title_at_a_paragraph_end() -> None:
    # article-extraction page (VOA): "Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, told ..."
    assert len(_sentences("Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, told VOA on Monday "
                          "that the strikes continued.")) == 1
    assert len(_sentences("Lt. Col. John Smith said the strike hit a truck.")) == 1
    # a paragraph break still starts a sentence, whatever precedes it
    assert _sentences("The talks ended with Dr.\n\nSmith left the room.")[-1] == "Smith left the room."


def test_a_full_stop_after_an_ordinary_word_still_ends_a_sentence() -> None:
    assert _sentences("The army sent troops to the border. Officials said the talks had failed.") == [
        "The army sent troops to the border.", "Officials said the talks had failed."]
