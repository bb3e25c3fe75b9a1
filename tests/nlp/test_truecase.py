"""Title-case headlines: parsed in sentence case, shown and offset exactly as printed."""

from __future__ import annotations

from sitrep.nlp import parse_documents
from sitrep.nlp.truecase import is_title_case, sentence_cased
from sitrep.records import Document

# re3d, US State Department documents.json, _id 6E62DC65EFDFB1B357175EB255F25C36 (title, first sentence)
HASAKA_TITLE = "U.S. Condemns Terrorist Attack in Hasaka, Syria"
HASAKA_BODY = ("The United States strongly condemns ISIL’s multiple suicide attacks in the town of Tel Tamer "
               "in Hasaka Province, which targeted and killed scores of Syrian civilians, including at a "
               "hospital and marketplace.")
# PolNeAR train: breitbart_2015-12-07_clinton-camp-trump-s-islamaphobi.txt (headline)
SENTENCE_CASE = "Clinton camp: Trump’s Islamaphobia threatens national security."
# PolNeAR train: the headline (first line) of this article
TITLE_CASE_FILE = "polnear/train/text/west-journal_2016-04-18_trump-s-son-says-the-battle-agai.txt"
TITLE_CASE = "Trump’s Son Says The Battle Against Hillary Will Be Unprecedented."


def test_style_of_headlines() -> None:
    assert is_title_case(HASAKA_TITLE)
    assert is_title_case(TITLE_CASE)
    assert not is_title_case(SENTENCE_CASE)
    assert not is_title_case("Syria accuses Israel of bombardment")  # re3d, BBC Online
    assert sentence_cased(SENTENCE_CASE) is SENTENCE_CASE


def test_common_words_lowered_names_kept(shared) -> None:
    cased = sentence_cased(HASAKA_TITLE, HASAKA_BODY)
    assert cased == "U.S. condemns terrorist attack in Hasaka, Syria"  # Syria: the lexicon names it
    assert len(cased) == len(HASAKA_TITLE)
    article = (shared / "corpora" / TITLE_CASE_FILE).read_text(encoding="utf-8")
    assert article.startswith(TITLE_CASE)  # "The Donald" in mid-sentence is outvoted by its many "the"
    lowered = "Trump’s son says the battle against Hillary will be unprecedented."
    assert sentence_cased(TITLE_CASE, article) == lowered


def test_body_evidence_decides() -> None:
    # "Attack" is kept when the body writes it capitalised in mid-sentence more than in lower case;
    # the headline repeated in the body is no evidence of itself.
    body = f"{HASAKA_BODY} Officials said the Attack Unit met, as the Attack Unit does after an attack."
    assert sentence_cased(HASAKA_TITLE, body) == "U.S. condemns terrorist Attack in Hasaka, Syria"
    repeated = f"{HASAKA_TITLE}\n\n{HASAKA_BODY}"
    assert sentence_cased(HASAKA_TITLE, repeated) == "U.S. condemns terrorist attack in Hasaka, Syria"


def test_length_changing_letters_kept() -> None:
    title = "Rebels Seize İstanbul Road And Bridge"  # "İ".lower() is two characters
    assert sentence_cased(title) == "Rebels seize İstanbul road and bridge"


def test_parse_keeps_the_printed_text(pipeline) -> None:
    doc = Document(id="h", text=HASAKA_BODY, title=HASAKA_TITLE, origin="h")
    title = next(parse_documents([doc], pipeline.nlp)).sections["title"]
    assert title.text == HASAKA_TITLE
    assert [t.text for t in title][:3] == ["U.S.", "Condemns", "Terrorist"]
    assert title[1].pos_ == "VERB" and title[1].dep_ == "ROOT"
    assert "Condemns" not in {e.text for e in title.ents}


def test_headline_codes_no_wrong_attacker(pipeline) -> None:
    coded = pipeline.code_text(HASAKA_BODY, title=HASAKA_TITLE, published="2016-05-21")
    title_events = [e for e in coded.events if e.evidence and e.evidence.section == "title"]
    assert not any(e.type == "ASSAULT" and e.source and e.source.code.startswith("USA") for e in title_events)
    for e in title_events:
        assert HASAKA_TITLE[e.evidence.start : e.evidence.end] == e.evidence.text
