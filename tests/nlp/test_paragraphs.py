"""A paragraph break always starts a sentence (sitrep.nlp.paragraphs), so a short unended paragraph is
not parsed into the story's next sentence."""

from sitrep.nlp import load_model
from sitrep.nlp.paragraphs import COMPONENT

# The opening of PolNeAR train breitbart_2016-02-08_former-mexico-leader-calderon-ca.txt: the
# headline's closing quote hides its full stop, and the parser ran it into the dateline paragraph.
CALDERON = ("Former Mexico leader Calderon calls Trump’s idea for border wall ‘stupid’, ‘useless.’\n\n"
            "MEXICO CITY, Feb. 8 (UPI) — Count former Mexican President Felipe Calderon among Donald "
            "Trump’s detractors.")
# A fact-check box's verdict line over the story (article-extraction benchmark, tuning page).
VERDICT = ("False\n\nInformation from multiple sources disputes the claims that Russia attacked Ukraine.\n\n"
           "Related Topics\n\nThe army shelled the town on Monday.")


def test_the_component_runs_before_the_parser():
    names = load_model().pipe_names
    assert names.index(COMPONENT) < names.index("parser")


def test_no_sentence_crosses_a_paragraph_break():
    nlp = load_model()
    for text in (CALDERON, VERDICT):
        for sent in nlp(text).sents:
            assert "\n\n" not in sent.text.strip(), sent.text


def test_each_paragraph_opens_a_sentence_and_lines_inside_one_do_not():
    doc = load_model()(VERDICT)
    starts = [s.text.strip() for s in doc.sents]
    assert starts == VERDICT.split("\n\n")
    one = load_model()("The army shelled the town\non Monday, officials said.")
    assert len(list(one.sents)) == 1


def test_the_headline_is_not_the_evidence_of_the_dateline_sentence(pipeline):
    coded = pipeline.code_text(CALDERON, published="2016-02-08")
    assert coded.events
    assert all("MEXICO CITY" not in (e.evidence.text if e.evidence else "") for e in coded.events)
