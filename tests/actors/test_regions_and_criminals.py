"""A US state named like a foreign one ("Georgia") in US news, and criminals fought by a foreign
navy (they are not the navy's state's). Each text is quoted from the corpus file named in its test."""

from tests.actors.conftest import codes_of


def test_pirates_a_navy_captures_are_not_the_navys_state(pipeline):
    """ECB+ 12_13ecb: the Indian navy's captives were Somali and Yemeni, not Indian."""
    text = ("The Indian navy captured 23 pirates in the Gulf of Aden after rescuing a merchant vessel that "
            "was being hijacked on Saturday, the Defence Ministry said.")
    coded = pipeline.code_text(text, published="2008-12-13")
    assert codes_of(coded, "Indian navy") == ["INDMIL"]
    assert codes_of(coded, "pirates") == ["UNKCRM"]


def test_pirates_named_with_a_demonym_keep_their_country(pipeline):
    """ECB+ 12_8ecb: the demonym says whose pirates they are; the victims' state does not."""
    text = ("Just this month, Somali pirates captured two Yemeni fishing boats and 22 Yemeni fishermen in "
            "the Gulf of Aden.")
    coded = pipeline.code_text(text, published="2008-12-13")
    assert codes_of(coded, "Somali pirates") == ["SOMCRM"]


def test_georgia_before_a_legislators_noun_is_the_us_state(pipeline):
    """ECB+ 3_4ecb (the Atlanta courthouse shooting trial)."""
    text = ("He said Saturday that he would urge Georgia lawmakers to amend the law - that now requires a "
            "unanimous decision - to allow a 10-juror majority approve a death penalty.")
    coded = pipeline.code_text(text, published="2008-12-13")
    assert codes_of(coded, "Georgia lawmakers") == ["USALEG"]


def test_georgia_as_a_trade_qualifier_is_the_us_state(pipeline):
    """ECB+ 3_1ecb: "Georgia prosecutors" (the state's people would be "Georgian")."""
    text = ("And it underscored the problems Georgia prosecutors say they frequently face with the "
            "requirement that death sentences can only be returned by unanimous jury verdicts.")
    coded = pipeline.code_text(text, published="2008-12-13")
    assert codes_of(coded, "Georgia prosecutors") == ["USAJUD"]


def test_georgia_listed_with_us_states_is_a_us_state(pipeline):
    """PolNeAR train usa-today_2016-03-02_no-clear-path-points-to-white-ho."""
    text = ("As ballots still were being counted in some states, Clinton was sweeping much of the South, "
            "winning Alabama, Arkansas, Georgia, Tennessee, Texas and Virginia.")
    coded = pipeline.code_text(text, published="2016-03-02")
    assert not any(m.actor.country == "GEO" for m in coded.mentions)


def test_georgia_listed_with_states_stays_the_state(pipeline):
    """PolNeAR train politico_2016-08-17_ap-trump-chair-routed-ukrainian-: foreign clients of a firm."""
    text = ("Podesta's firm has previously registered its activities with the Justice Department over its "
            "work for Albania, the Republic of Azerbaijan, Cyprus, Georgia, India, Japan, Kenya, Kosovo, "
            "the Maldives, Moldova, Morocco, Somalia, South Korea, South Sudan, Vietnam and others.")
    coded = pipeline.code_text(text, published="2016-08-17")
    assert codes_of(coded, "Georgia") == ["GEO"]


def test_leaders_in_congress_are_its_legislators(pipeline, shared):
    """PolNeAR train huff-post_2015-12-08_the-biggest-blow-to-obamacare-ye: a bare "Congress" is the
    home legislature, and the agents in it are its members (they were left without a country)."""
    name = "huff-post_2015-12-08_the-biggest-blow-to-obamacare-ye.txt"
    path = shared / "corpora" / "polnear" / "train" / "text" / name
    coded = pipeline.code_text(path.read_text(encoding="utf-8"), published="2015-12-08")
    text = coded.document.text
    placed = [m.actor.code for m in coded.mentions
              if m.text == "leaders" and " ".join(text[m.end:m.end + 12].split()) == "in Congress"]
    assert placed == ["USALEG", "USALEG"]
