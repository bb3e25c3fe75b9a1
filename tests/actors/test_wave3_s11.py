"""Actor codes in real news, session 11 (wave 3): dotted acronyms of bodies ("F.B.I.", "C.I.A."), and
relation nouns that name their own side ("his American counterpart").

Sentences of PolNeAR train articles (`shared/corpora/polnear/train/text/`, file named in each test).
"""

from __future__ import annotations

from tests.actors.conftest import codes_of

from sitrep.actors.lexicon import load_lexicon


def test_dotted_acronym_is_its_body(pipeline):
    """nyt_2016-07-15_latest-poll-has-trump-pulling-ev.txt and nyt_2016-09-06_u-s-presses-for-truce-in-
    syria-d.txt: the New York Times writes "F.B.I." and "C.I.A." where the lexicon has "FBI", "CIA"."""
    text = ("Hillary Clinton has emerged from the F.B.I. investigation into her email practices as "
            "secretary of state a wounded candidate. "
            "The Nusra fighters are commingled with rebels supplied by the C.I.A. and other Arab nations.")
    coded = pipeline.code_text(text, published="2016-07-15")
    assert codes_of(coded, "F.B.I.") == ["USACOP"]
    assert codes_of(coded, "C.I.A.") == ["USASPY"]


def test_dotted_capitals_of_a_person_stay_initials():
    """Two dotted capitals are mostly initials ("J.K. Rowling", "George W. Bush" in
    politico/breitbart PolNeAR texts): only acronyms of three letters or more get a dotted form, and a
    person's own acronym ("MBS") none."""
    phrases = load_lexicon().phrases
    assert phrases["f.b.i."] is phrases["fbi"]
    assert phrases["n.a.t.o."] is phrases["nato"]
    assert "e.u." not in phrases and "j.k." not in phrases and "m.b.s." not in phrases


def test_counterpart_is_of_its_demonym_with_the_possessor_office(pipeline):
    """nyt_2016-06-07_china-rebuts-american-criticism-.txt: the Chinese minister's "American
    counterpart" is the US Treasury secretary (USAGOV), not the minister "his" points to (CHN)."""
    text = ("The Chinese finance minister, Lou Jiwei, jabbed back on Monday at complaints from his American "
            "counterpart that China's glut of factories making unwanted mountains of steel were "
            "overwhelming foreign markets.")
    coded = pipeline.code_text(text, published="2016-06-06")
    assert codes_of(coded, "American") == ["USAGOV"]
    assert not [m for m in coded.mentions if m.kind == "pronoun" and m.text == "his"]


def test_counterpart_met_is_the_other_state(pipeline):
    """politico_2016-01-05_republicans-blast-obama-after-no.txt: Carter spoke with his South Korean
    counterpart; the talks are between the two states' defence chiefs."""
    text = ('Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo "to discuss '
            'potential alliance responses to the recent apparent North Korean nuclear test," according to '
            'a Pentagon readout.')
    coded = pipeline.code_text(text, published="2016-01-06")
    got = {(e.source.code[:3], e.target.code[:3] if e.target else None, e.type) for e in coded.events}
    assert ("USA", "KOR", "CONSULT") in got


def test_partner_without_a_side_keeps_the_possessor(pipeline):
    """A relation noun with no state modifier is left as it was: "our partners" is handled by the
    statement voice, "his allies" names no other state."""
    text = "Chinese President Xi Jinping spoke on Monday. His allies praised the plan."
    coded = pipeline.code_text(text, published="2016-06-06")
    assert [m.actor.code for m in coded.mentions if m.kind == "pronoun"] == ["CHNGOV"]
