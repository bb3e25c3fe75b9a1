"""Who speaks a government release (actors/statements.py, events/attribution.py): the issuer its
headline names ("Statement by X", "X statement on Y"), a statement introduced by "X said:" running on
through paragraphs with cues of their own, and a text opening "The United States strongly condemns"
that speaks for that state as "we". Documents come from the re3d corpus (named in each test); the
short texts are made of phrases of those releases."""

import json

import pytest

from sitrep.actors.index import mention_index
from sitrep.actors.statements import release_issuer, release_of
from sitrep.nlp.model import load_model


def _re3d(shared, folder: str, doc_id: str) -> dict:
    path = shared / "corpora" / "re3d" / folder / "documents.json"
    lines = filter(str.strip, path.read_text(encoding="utf-8-sig").splitlines())
    return next(d for d in map(json.loads, lines) if d["_id"].startswith(doc_id))


def _code(pipeline, shared, folder: str, doc_id: str):
    doc = _re3d(shared, folder, doc_id)
    return pipeline.code_text(doc["text"], title=doc["title"], published="2016-01-01")


def _attributed(coded, words: str) -> set[str | None]:
    return {e.attributed_to.code[:3] if e.attributed_to else None
            for e in coded.events if e.evidence and words in e.evidence.text}


def test_headline_statement_by_names_the_bodys_voice(pipeline, shared):
    """re3d EU Delegation to Syria 26E0189E, titled "Statement by the High Representative/Vice-President
    Federica Mogherini ...": "I have spoken today ... to coordinate our work for Syria" is the EU's."""
    coded = _code(pipeline, shared, "Delegation of the European Union to Syria", "26E0189E")
    assert {m.actor.code for m in coded.mentions if m.kind == "pronoun" and m.text in ("I", "our")} == {"EU"}
    # "to coordinate our work for Syria" is no event (a partner is "with"), so the act credited to the
    # statement's voice is a request made of the release's phrases under its own headline
    title = _re3d(shared, "Delegation of the European Union to Syria", "26E0189E")["title"]
    asked = pipeline.code_text(title + "\n\nI have spoken today to Turkish Foreign Minister Mevlüt Çavuşoğlu"
                               " and urged Turkey to ensure that the cessation is implemented fully.")
    assert _attributed(asked, "urged Turkey") == {"EU"}


def test_colon_statement_runs_past_a_nested_cue(pipeline, shared):
    """re3d UK Government 189862CF: "The Foreign Secretary, Boris Johnson, said:" then three paragraphs;
    the first holds "This report makes clear that ...", yet the third ("The regime and its backers,
    notably Russia, are inflicting the worst bombardment ...") is still his."""
    coded = _code(pipeline, shared, "UK Government", "189862CF")
    assert _attributed(coded, "inflicting the worst bombardment") == {"GBR"}


def test_narration_after_the_statement_is_not_the_speakers(pipeline, shared):
    """re3d UK Government 6CB38F21: after the Foreign Secretary's statement the release goes on "Following
    the meeting in Paris the Foreign Secretary will return to the Gulf": its own voice again."""
    coded = _code(pipeline, shared, "UK Government", "6CB38F21")
    assert _attributed(coded, "visiting Saudi Arabia") <= {None}


def test_present_tense_statement_speaking_as_we_is_the_states(pipeline, shared):
    """re3d US State Department 6413ED35: "The United States strongly condemns ... We are consulting with
    the Government of Iraq ...": the consultation is the United States' claim."""
    coded = _code(pipeline, shared, "US State Department", "6413ED35")
    assert _attributed(coded, "We are consulting with the Government of Iraq") == {"USA"}


@pytest.mark.parametrize(("headline", "issuer"), [
    ("Statement by Foreign Secretary Boris Johnson on the attack in Aleppo", "GBR"),
    ("UK Foreign Secretary statement on Syria", "GBR"),
    ("Joint statement of the United Kingdom and France on Syria", "GBR"),
    ("Security Council Press Statement: Iraq", "UNSC"),  # re3d Australian DFAT 2FA0B45C's title
])
def test_release_headlines_name_their_issuer(pipeline, headline, issuer):
    coded = pipeline.code_text(headline + "\n\nWe call on Russia to use its influence on the regime.")
    assert {m.actor.code[:len(issuer)] for m in coded.mentions if m.text == "We"} == {issuer}


def test_a_news_lead_names_no_issuer(pipeline):
    """A statement cited after a verb is news, not a release headline."""
    text = "Police arrested dozens of protesters, according to a statement from the ministry of Iraq."
    coded = pipeline.code_text(text)
    doc = load_model()(text)
    assert release_issuer(doc, mention_index(coded.mentions, doc, "text"), 0, len(doc)) is None
    assert release_of({"text": doc}, coded.mentions) is None


def test_an_unplaced_office_takes_the_issuers_state_and_no_state_is_guessed(pipeline):
    """"The Foreign Secretary said:" in a release issued by the UK Government is a UK official; with no
    issuer named, the office stays unplaced."""
    said = ("\n\nThe Foreign Secretary said:\n\nI condemn the attack on the aid convoy near Aleppo. I call on"
            " Russia to use its influence on the regime.\n")
    placed = pipeline.code_text("UK Government statement on the attack in Aleppo" + said)
    assert {e.attributed_to.code[:3] for e in placed.events if e.type == "REQUEST"} == {"GBR"}
    unplaced = pipeline.code_text("Syria talks" + said)
    assert not [e for e in unplaced.events if e.attributed_to is not None and e.type == "REQUEST"]


def test_on_behalf_of_names_whom_the_first_person_speaks_for(pipeline, shared):
    """re3d US State Department 1E4938BF: "On behalf of President Obama and the American people, I
    congratulate the people of Turkey ...": the unnamed speaker speaks for the United States."""
    coded = _code(pipeline, shared, "US State Department", "1E4938BF")
    assert {m.actor.country for m in coded.mentions if m.kind == "pronoun" and m.text == "I"} == {"USA"}
    assert _attributed(coded, "Turkey’s democratically elected government") == {"USA"}
