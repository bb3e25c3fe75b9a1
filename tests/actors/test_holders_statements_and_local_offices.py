"""Actor mentions real news names in passing: a place's holder ("rebel-held"), a statement's issuer as
the speaker ("the statement said"), an organisation continued by "it", local legislators and ambassadors.

Every text is an excerpt of a real article: PolNeAR train (`shared/corpora/polnear/train/text/`, file
named in each test), re3d (`shared/corpora/re3d/<folder>/documents.json`) or an article-extraction
tuning page (`shared/benchmarks/article-extraction`, page id named).
"""

from __future__ import annotations

from tests.actors.conftest import codes_of


def _event_with(coded, words: str):
    found = [e for e in coded.events if e.evidence and words in e.evidence.text]
    assert found, [e.evidence.text for e in coded.events if e.evidence]
    return found[0]


# --- "X-held": the holder of a place is an actor -----------------------------------------------------


def test_holder_of_place_named_in_of_phrase(pipeline):
    """A colleague's real-news find (Syria coverage): "rebel-held areas of Aleppo" named no rebels, so
    the shelling had no target ("rebel-held Aleppo" did)."""
    coded = pipeline.code_text("Syrian government forces continued to shell rebel-held areas of Aleppo.")
    assert codes_of(coded, "rebel") == ["SYRREB"]
    event = _event_with(coded, "shell")
    assert event.target is not None and event.target.code == "SYRREB"


def test_holder_noun_heading_the_place_keeps_the_place(pipeline):
    """re3d BBC Online: "in the rebel-held Syrian town of Azaz" stays the Syrian town (the victims'
    place), not the rebels: a place noun that is itself an agent keeps the phrase."""
    coded = pipeline.code_text("At least 43 people have been killed in a car bomb blast in the rebel-held "
                               "Syrian town of Azaz, near the Turkish border.")
    assert codes_of(coded, "rebel") == []


# --- "the statement said": the issuer of the statement named before ---------------------------------


def test_statement_speaks_for_its_issuer(pipeline):
    """wash-post_2016-07-15_truck-attack-in-france-kills-at-.txt: "We" in the quote had no actor because
    "the statement" named none; it is President Obama's statement."""
    text = ("In Washington, President Obama released a statement Thursday night condemning \"what appears "
            "to be a horrific terrorist attack in Nice, France.\" He said he had directed his team to get "
            "in touch with French officials to assist with the investigation into the attack.\n\n"
            "\"We stand in solidarity and partnership with France, our oldest ally, as they respond to and "
            "recover from this attack,\" the statement said.")
    coded = pipeline.code_text(text, published="2016-07-15")
    assert codes_of(coded, "statement") == ["USAGOV"]
    event = _event_with(coded, "We stand in solidarity")
    assert event.source is not None and event.source.code == "USAGOV"


def test_statement_with_unnamed_issuer_stays_unresolved(pipeline):
    """The same article's statement issued by "he" (a pronoun, resolved later) names no issuer here:
    the closest statement stops the search rather than jumping to an older one."""
    text = ("The French foreign ministry issued a statement on Friday. Later he released a statement "
            "condemning the attack.\n\n\"We stand with France,\" the statement said.")
    coded = pipeline.code_text(text, published="2016-07-15")
    assert codes_of(coded, "statement") == []


# --- "it": an organisation named last in the previous sentence ----------------------------------------


def test_it_continues_group_named_last_before(pipeline):
    """wash-post_2015-11-15_carnage-renews-debate-over-milit.txt: "It has seized large parts of Iraqi and
    Syrian territory, beheaded Americans" gave no event: "it" is Islamic State, named last (not as
    subject) in the previous sentence, whose subject is persons."""
    text = ("Trump and other Republicans pointed at what they called President Obama's failure to "
            "understand and counter Islamic State militants. It has seized large parts of Iraqi and Syrian "
            "territory, beheaded Americans and others, and vowed a wider war against Western thought.")
    coded = pipeline.code_text(text, published="2015-11-15")
    assert codes_of(coded, "It") == ["IMG"]


def test_it_after_a_thing_is_not_the_group(pipeline):
    """A singular thing after the group's name is what "it" is ("... near the UN office. It exploded")."""
    coded = pipeline.code_text("Police said they found a bomb near the UN office. It exploded on Monday.")
    assert codes_of(coded, "It") == []


# --- local legislators, ambassadors -----------------------------------------------------------


def test_ambassador_without_state_is_home_government(pipeline):
    """Article-extraction tuning page 82b6d780c792 (AP): "Ambassador Gordon Sondland" in a US report is
    the US government's envoy, not a private American."""
    text = ("WASHINGTON (AP) — Ambassador Gordon Sondland, the most anticipated witness in the impeachment "
            "inquiry, is likely to be unpredictable when he faces questions about his evolving accounts of "
            "the Trump administration's dealings with Ukraine and a newly revealed summertime phone call "
            "with President Donald Trump.\n\nSondland, a wealthy hotelier Trump tapped as his ambassador to "
            "the European Union, is more directly entangled than any witness yet in the Republican "
            "president's efforts to get Ukraine to investigate political rival Joe Biden and Democrats in "
            "the 2016 election.")
    coded = pipeline.code_text(text, published="2019-11-19")
    assert set(codes_of(coded, "Gordon Sondland")) == {"USAGOV"}


def test_councilman_is_a_legislator(pipeline):
    """A local legislator is PLOVER's LEG (parliaments, assemblies, lawmakers), of the home country."""
    text = ("New York City police arrested 10 protesters in Brooklyn on Monday. Councilman Jumaane "
            "Williams criticized the arrests.")
    coded = pipeline.code_text(text, published="2016-01-05")
    assert codes_of(coded, "Jumaane Williams") == ["USALEG"]


# --- "the navy": the institution named in full before, beyond the last sentences ----------------------


def test_institution_named_in_full_earlier_in_the_report(pipeline):
    """ECB+ 12_6ecb.xml (tuning topic): "The navy has been carrying out anti-piracy patrols" was Somalia's,
    the one state the last sentences named (as a place); the report named "The Indian Navy" first."""
    text = ("The Indian Navy on Saturday foiled a hijack attempt in the notorious Gulf of Aden and "
            "arrested 23 heavily armed Somalian and Yemeni pirates. The pirates were taken onboard and "
            "would be handed over to authorities in Djibouti. It was in November that the government "
            "authorized the navy to undertake \"hot pursuit\" of pirates in the territorial waters of "
            "Somalia, which descended into anarchy in 1991. A country's territorial waters extend to 12 "
            "nautical miles from shore. The navy has been carrying out anti-piracy patrols in the "
            "international waters off the Gulf of Aden since October 23.")
    coded = pipeline.code_text(text)
    assert codes_of(coded, "navy")[-1] == "INDMIL"


# --- abbreviations of named bodies ----------------------------------------------------------------


def test_human_rights_watch_abbreviated(pipeline):
    """re3d, BBC Online: a report credits Human Rights Watch by its initials."""
    coded = pipeline.code_text("A police officer told HRW that earlier on Friday IS had carried out a mortar "
                               "attack on a Peshmerga frontline position about 6km from Daquq.")
    assert codes_of(coded, "HRW") == ["NGO"]
