"""Actors news names by a side, a post or a short name: "IS", "the US-led coalition", "pro-Assad
forces", "UN Ambassador John Bolton", "Sanders"; and agents the sentence's country must not place.

Texts are real: re3d (`shared/corpora/re3d/`, documents.json of the folder named in each test),
PolNeAR train (`shared/corpora/polnear/train/text/`) and the PETRARCH2 GSR (dev record TEST_6).
"""

from __future__ import annotations

from tests.conftest import CORPORA


def _codes(coded) -> dict[str, str]:
    return {m.text: m.actor.code for m in coded.mentions}


def test_is_is_islamic_state(pipeline):
    """re3d BBC Online, "Mosul battle: UN receives reports of IS atrocities": the members of IS are
    the armed group's, not Iraq's (the police officers' country)."""
    text = ("And on Sunday, members of IS are reported to have killed 50 former Iraqi police officers "
            "they had been holding in a building outside Mosul.")
    codes = _codes(pipeline.code_text(text, published="2016-10-25"))
    assert codes.get("IS") == "IMG"
    assert not codes.get("members", "").startswith("IRQ")


def test_a_led_coalition_is_coded_by_its_leader(pipeline):
    """re3d BBC Online, "IS conflict: Call for inquiry into Iraq mosque attack"."""
    text = ("The US-led coalition conducting air strikes against so-called Islamic State in Iraq has said "
            "it has definitively determined it was not responsible.")
    assert _codes(pipeline.code_text(text, published="2016-10-25")).get("US-led coalition") == "USAMIL"


def test_the_coalition_points_back_to_the_led_coalition(pipeline):
    """re3d BBC Online sentence as above, then a definite "the coalition" (anaphora.py, class `named`);
    "the ruling coalition" of a government names no leader and stays unresolved."""
    text = ("The US-led coalition conducting air strikes against so-called Islamic State in Iraq has said "
            "it was not responsible. The coalition said it would investigate.")
    descriptions = {m.text: m.actor.code for m in pipeline.code_text(text, published="2016-10-25").mentions
                    if m.kind == "description"}
    assert descriptions.get("coalition") == "USAMIL"


def test_coalition_and_foreign_fighters_are_not_the_sentence_country(pipeline):
    """re3d Wikipedia, "Operation Steel Curtain": coalition forces and foreign insurgents crossing
    into Iraq are not Iraq's; the coalition, whose leader the text does not name, is the US-led one
    (data/coalitions.tsv)."""
    text = ("Operation Steel Curtain was a military operation executed by coalition forces in early November "
            "2005 to reduce the flow of foreign insurgents crossing the border into Iraq.")
    codes = _codes(pipeline.code_text(text, published="2005-11-20"))
    assert codes.get("coalition forces") == "USAMIL"
    assert codes.get("insurgents") == "UNKREB"


def test_pro_leader_forces_are_that_state_paramilitary(pipeline):
    """re3d BBC Online, "Syria's secret library": PLOVER's agents file codes a pro-government armed
    group PRM of that state."""
    text = "The siege of Darayya by government and pro-Assad forces began nearly four years ago."
    assert _codes(pipeline.code_text(text, published="2016-07-15")).get("forces") == "SYRPRM"


def test_a_country_in_an_if_clause_does_not_place_the_listeners(pipeline):
    """PolNeAR train west-journal_2016-01-08_donald-trump-just-gave-some-free: the voters are not
    Iran's because a conditional clause names Iran."""
    text = "He told voters that if Iran were a stock, he would advise buying it."
    assert _codes(pipeline.code_text(text, published="2016-01-08")).get("voters") == "UNKCVL"


def test_an_ambassador_to_the_un_is_his_state(pipeline):
    """PolNeAR train breitbart_2016-08-24_john-bolton-hillary-s-campaign-s: "former UN Ambassador
    John Bolton told Breitbart News Daily" — a US official, not the UN."""
    text = ("In discussing the various scandals swirling around Democrat presidential nominee Hillary "
            "Clinton, former UN Ambassador John Bolton told Breitbart News Daily SiriusXM host Matt Boyle "
            "that the campaign was in trouble.")
    coded = pipeline.code_text(text, published="2016-08-24")
    bolton = [m for m in coded.mentions if m.text == "John Bolton"]
    assert bolton and bolton[0].actor.country == "USA"


def test_lone_surnames_of_senators(pipeline):
    """PolNeAR train: breitbart_2016-06-08_ready-to-back-clint ("Sanders") and a McConnell quote;
    neither sentence gives the full name."""
    coded = pipeline.code_text("Yet it was unclear whether Sanders was ready to follow that script.",
                               published="2016-06-08")
    assert _codes(coded).get("Sanders") == "USALEG"
    coded = pipeline.code_text('"The American people should have a voice in the selection of their next '
                               'Supreme Court justice," McConnell said.', published="2016-02-20")
    assert _codes(coded).get("McConnell") == "USALEG"


def test_a_capital_is_a_place_not_the_government(pipeline):
    """PETRARCH2 GSR validation, dev record TEST_6: "an upscale mall in Kenya's capital"."""
    text = ("The Al Qaeda-linked Somali militant group al-Shabab is claiming responsibility for a deadly "
            "attack targeting non-Muslims at an upscale mall in Kenya's capital.")
    coded = pipeline.code_text(text, published="2013-09-22")
    assert not any(m.actor.code == "KENGOV" for m in coded.mentions)


def test_bare_congress_is_the_legislature_of_the_documents_officials(pipeline):
    """PolNeAR train wash-post_2016-07-16_new-iran-sanctions-*: a report on sanctions against Iran
    names Iran most, but its officials are American, so "Congress" is the US legislature (home.py)."""
    folder = CORPORA / "polnear" / "train" / "text"
    path = next(folder.glob("wash-post_2016-07-16_new-iran-sanctions-*.txt"))
    coded = pipeline.code_text(path.read_text(encoding="utf-8"), published="2016-07-16")
    congress = {m.actor.code for m in coded.mentions if m.text == "Congress"}
    assert congress == {"USALEG"}


def test_he_after_said_is_the_speaker(pipeline):
    """PETRARCH2 GSR validation, dev record NEG_0: "Obama said he would not provide support to Israel"
    — the speaker is not inside a quote; only '"X will decide," he said' (a quote or comma before
    the pronoun) excludes the person before it."""
    coded = pipeline.code_text("Obama said he would not provide support to Israel", published="2015-06-09")
    assert {m.text: m.actor.code for m in coded.mentions if m.kind == "pronoun"}.get("he") == "USAGOV"


def test_georgia_in_a_us_primaries_report_is_the_state(pipeline):
    """PolNeAR train breitbart_2016-03-01_the-latest-sanders-wins-minnesot: "Trump has won Georgia,
    Virginia, ..." in a report about US candidates; a report about Russia and Tbilisi keeps the country."""
    folder = CORPORA / "polnear" / "train" / "text"
    path = next(folder.glob("breitbart_2016-03-01_the-latest-sanders-wins-minnesot*.txt"))
    coded = pipeline.code_text(path.read_text(encoding="utf-8"), published="2016-03-01")
    assert "Georgia" in path.read_text(encoding="utf-8")
    assert not any(m.actor.country == "GEO" for m in coded.mentions)
