"""A person's own description over the report's home, unnamed home institutions, pronoun salience and
statement speakers whose title names no state.

Every text is an excerpt of a real article: PolNeAR train (`shared/corpora/polnear/train/text/`),
re3d (`shared/corpora/re3d/<folder>/documents.json`) or ECB+ (`shared/corpora/ecbplus/ECB+/`, tokens
joined), named in each test.
"""

from __future__ import annotations


def _people(coded, kind: str = "person") -> dict[str, str]:
    return {m.text: m.actor.code for m in coded.mentions if m.kind == kind}


def _keys(coded) -> set[tuple[str | None, str | None, str]]:
    return {(e.source and e.source.code, e.target and e.target.code, e.type) for e in coded.events}


# A US report names many Americans, so a person it gives nothing else is a US civilian; what the text
# says of the person comes first.
US_PEOPLE = ("Hillary Clinton and Donald Trump traded charges on Sunday. Bernie Sanders and Ted Cruz "
             "stayed out of it, and Marco Rubio said nothing.\n\n")


def test_state_named_after_the_name_wins_over_home(pipeline):
    """wash-post_2015-12-20_democratic-candidates-pivot-shar.txt: "King Abdullah II of Jordan" in a US
    debate report was a US civilian (a regnal "II" read as "Jr." hid the known king; "of Jordan" names
    the state too)."""
    text = US_PEOPLE + ("\"One of the heroes who we should recognize in the Middle East is King Abdullah II "
                        "of Jordan,\" Sanders said.")
    people = _people(pipeline.code_text(text, published="2015-12-20"))
    assert people["Abdullah II"] == "JORGOV"


def test_regnal_number_is_no_junior(pipeline):
    """breitbart_2016-04-14_the-latest-trump-delivers-defens.txt: "Pope John Paul II" in a US report was a
    US civilian; he is the Holy See's (a former pope on the page's date)."""
    text = US_PEOPLE + ("Dozens of speakers will commemorate the 25th anniversary of a high-level teaching "
                        "document by Pope John Paul II on the economy and social justice at the end of the "
                        "Cold War.")
    people = _people(pipeline.code_text(text, published="2016-04-14"))
    assert people["John Paul II"][:3] == "VAT"


def test_organisation_compound_wins_over_home(pipeline):
    """wash-post_2016-08-01_snowden-wikileaks-clash-over-dnc.txt: "WikiLeaks founder Julian Assange"
    came out USACVL in a US report."""
    text = US_PEOPLE + ("WikiLeaks founder Julian Assange was the subject of a U.S. investigation after "
                        "WikiLeaks posted a cache of diplomatic cables. Although Assange was not charged, "
                        "he has accused Clinton of pushing to indict him while she was secretary of state.")
    people = _people(pipeline.code_text(text, published="2016-08-01"))
    assert people["Julian Assange"] == "NGO"
    assert people["Assange"] == "NGO"


def test_company_appositive_wins_over_home(pipeline):
    """wash-post_2016-01-07_germany-targets-a-surge-of-vitri.txt: "Richard Allan, Facebook's vice
    president" in a report on Germany was a German civilian."""
    text = ("German authorities are pressing Facebook to act. Chancellor Angela Merkel and Justice "
            "Minister Heiko Maas met the company. Volker Beck and Renate Kuenast said so too.\n\n\"We've "
            "looked at our general rules,\" said Richard Allan, Facebook's vice president of public policy "
            "in Europe.")
    people = _people(pipeline.code_text(text, published="2016-01-07"))
    assert people["Richard Allan"] == "MNC"


def test_unnamed_police_are_of_the_country_the_report_happens_in(pipeline):
    """ECB+ 18_10ecb.xml (a Vancouver office shooting): "Police" with no country in the sentence were
    UNKCOP; the report happens in Canada."""
    text = ("A Vancouver man has been charged with first-degree murder after a killing at an office party.\n"
            "Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Christmas party "
            "Friday, killing one man.\n"
            "Police have identified the victim as Benjamin David Banky, 40, of Vancouver.")
    agents = _people(pipeline.code_text(text, published="2008-12-20"), "agent")
    assert agents["Police"] == "CANCOP"


def test_unnamed_police_without_any_place_stay_unknown(pipeline):
    """ECB+ 18_4ecb.xml, first sentence alone: no place anywhere, so no country is guessed."""
    text = ("A former employee recently let go from his job opened fire at an office Christmas party Friday, "
            "killing one person, police said.")
    agents = _people(pipeline.code_text(text), "agent")
    assert agents["police"] == "UNKCOP"


def test_pronoun_takes_the_main_clause_subject(pipeline):
    """breitbart_2016-07-13_trump-demands-ginsburg-resign-fo.txt: "He said members of the Supreme Court
    shouldn't weigh in" was Ginsburg's (the subject inside "for Ginsburg to criticize"), not McConnell's."""
    text = ("On Tuesday, Senate Majority Leader Mitch McConnell said that it was \u201ctotally "
            "inappropriate\u201d for Ginsburg to criticize Trump. He said members of the Supreme Court "
            "shouldn\u2019t weigh in on American elections.")
    coded = pipeline.code_text(text, published="2016-07-13")
    he = [m for m in coded.mentions if m.kind == "pronoun" and m.text == "He"]
    assert he and he[0].person == "Mitch McConnell"


def test_capitalised_pronoun_mid_sentence_is_no_person(pipeline):
    """breitbart_2016-05-03_glenn-beck-blasts-drudge-for-moc.txt: "ask for His forgiveness" is God, not
    the last person named."""
    text = ("Glenn Beck explained the Drudge headline. \u201cI asked for America to fast and pray and "
            "approach the Lord with humility and ask for His forgiveness and His protection,\u201d Beck "
            "said.")
    coded = pipeline.code_text(text, published="2016-05-03")
    assert not [m for m in coded.mentions if m.kind == "pronoun" and m.text == "His"]


def test_minister_with_countryless_title_speaks_for_the_state_the_statement_stands_for(pipeline):
    """re3d UK Government 821F5BBD...: "Minister Tobias Ellwood said:" then a statement that names Iraq
    first and "The UK continues to stand ... with Iraq" later; "I utterly condemn" had no actor."""
    text = ("Minister for the Middle East Tobias Ellwood comments following an attack in al-Hilla in Iraq\n\n"
            "Minister Tobias Ellwood said:\n\n"
            "I utterly condemn the shocking attack on a petrol station and restaurant at al-Hilla earlier "
            "today, for which Daesh has claimed responsibility. The UK continues to stand shoulder to "
            "shoulder with the government and people of Iraq in the fight against terrorism.")
    coded = pipeline.code_text(text, published="2016-11-06")
    assert _people(coded)["Tobias Ellwood"] == "GBRGOV"
    assert ("GBRGOV", "IMG", "ACCUSE") in _keys(coded)


def test_statement_speaker_needs_an_office_title(pipeline):
    """The same statement opened by a bare name: nothing says the speaker holds an office for the UK."""
    text = ("Tobias Ellwood said:\n\n"
            "I utterly condemn the shocking attack on a petrol station and restaurant at al-Hilla earlier "
            "today, for which Daesh has claimed responsibility. The UK continues to stand shoulder to "
            "shoulder with the government and people of Iraq in the fight against terrorism.")
    coded = pipeline.code_text(text, published="2016-11-06")
    assert "Tobias Ellwood" not in _people(coded)


def test_unnamed_people_are_of_the_country_the_report_happens_in(pipeline):
    """ECB+ 19_8ecbplus.xml (Daily Mail, a Brooklyn riot): "100 people rioted and threw bottles at
    officers" had a source of no country; the report happens in the US (New York, named twice)."""
    text = ("Two plainclothes NYPD officers shot and killed a 16-year-old Brooklyn resident after police "
            "say he pointed a gun at officers on Saturday.\n\n"
            "Peaceful protest for Kimani Gray turned chaotic tonight as 100 people rioted and threw bottles "
            "at officers.\n\n"
            "New York City Councilman Jumaane D. Williams, who represents the area of Flatbush, has been "
            "tweeting live updates.\n\n"
            "A source told the New York Daily News that the protest began some 20 blocks from where Gray was "
            "fatally shot.")
    agents = _people(pipeline.code_text(text, published="2013-03-12"), "agent")
    assert agents["people"] == "USACVL"
