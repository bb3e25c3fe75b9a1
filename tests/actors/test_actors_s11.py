"""Actor codes in real news, session 11: persons named by kin, persons dated by the text, forces named
by their service, advocacy groups named by a demonym, short names of bodies, members "with" a body,
places of passive agents, sponsored groups, object pronouns, unnamed heads of government.

Texts are sentences of PolNeAR train articles (`shared/corpora/polnear/train/text/`, file named in each
test), ECB+ topic 12 documents (`shared/corpora/ecbplus/ECB+/12/`) and scraped article-extraction pages
(`shared/benchmarks/article-extraction/html/`, page id named).
"""

from __future__ import annotations

import gzip

from tests.actors.conftest import codes_of
from tests.conftest import CORPORA, SHARED

from sitrep.actors.persons import text_date
from sitrep.eval.extraction import page_text

POLNEAR = CORPORA / "polnear" / "train" / "text"


def _pronoun_codes(coded, word: str) -> list[str]:
    return [m.actor.code for m in coded.mentions if m.kind == "pronoun" and m.text.lower() == word]


def test_person_named_by_kin_is_not_the_relative(pipeline):
    """nyt_2016-06-15_clinton-s-chance-to-make-bold-ch.txt wrote "her husband, Bill"; a named possessor
    ("Clinton's husband, Bill", as on scraped pages) gave Bill Hillary Clinton's actor: the given name
    with the relative's surname is the person the lexicon knows (Bill Clinton, out of office)."""
    text = ("Hillary Clinton's campaign advisers may not have stuck that slogan to the wall. "
            "Clinton's husband, Bill, criticized Donald Trump.")
    coded = pipeline.code_text(text, published="2000-06-15")
    assert codes_of(coded, "Bill") == ["USAGOV"]  # president on that date, whatever Hillary was
    coded = pipeline.code_text(text, published="2016-06-15")
    assert codes_of(coded, "Bill") == ["USAELI"]


def test_wife_is_not_the_senator(pipeline):
    """nyt_2016-05-31_trampling-latinos-sensibilities.txt: "attacking Heidi Cruz, Senator Ted Cruz's
    wife" made Heidi Cruz a US legislator."""
    text = ("Donald J. Trump has trampled on Latino sensibilities. Trump began attacking Heidi Cruz, "
            "Senator Ted Cruz's wife, on Twitter. Republicans in Texas said Trump was wrong.")
    coded = pipeline.code_text(text, published="2016-05-31")
    assert "USALEG" not in codes_of(coded, "Heidi Cruz")


def test_undated_text_dates_its_persons():
    """An undated page is looked up as of the latest date it names, not today ("Nov. 6, 2016" in a
    CENTCOM release of re3d; "since 2012" is history, a later year wins)."""
    assert text_date(["Nov. 6, 2016", "since 2012"]) == "2016-11-30"
    assert text_date(["2016"]) == "2016-12-31"
    assert text_date(["recent days", "2040"], today="2026-01-01") is None


def test_undated_document_uses_text_date(pipeline):
    """A 2016 State Department text without publication date: "President Obama" was coded ELI (as of
    today); the text's own date (July 21, 2016) makes him the president."""
    text = ("On July 21, 2016, the Secretary met the Turkish Foreign Minister. Obama urged Turkey to "
            "respect the rule of law.")
    coded = pipeline.code_text(text)
    assert codes_of(coded, "Obama") == ["USAGOV"]


def test_force_named_by_its_service(pipeline):
    """ECB+ 12_12ecb.xml: "The Naval commandos also boarded the pirates' boats" was UNKMIL after "The
    Indian Navy" had been named; 12_1ecb.xml: "Marine commandos boarded the dhow"."""
    text = ("The Indian Navy foiled a piracy attempt in the Gulf of Aden on Saturday. The Navy flew its "
            "Marine Commandos on helicopters to the scene of the pirate attack and rescued the ship. "
            "The Naval commandos also boarded the pirates' boats and seized seven AK-47 assault rifles.")
    coded = pipeline.code_text(text, published="2008-12-14")
    assert codes_of(coded, "commandos") == ["INDMIL"]
    # a force named by its trade alone is anyone's
    coded = pipeline.code_text("The Indian Navy foiled a piracy attempt. Commandos later stormed a hotel.",
                               published="2008-12-14")
    assert codes_of(coded, "Commandos") == ["UNKMIL"]


def test_advocacy_group_named_by_demonym_is_no_state(pipeline):
    """wash-post_2016-03-24_republicans-building-firewall-be.txt: "the Koch-backed advocacy group
    Americans for Prosperity" was USAUNK (and "Americans for Prosperity" alone USACVL): a US NGO."""
    text = ("A top target is Ohio, where the Koch-backed advocacy group Americans for Prosperity ran an ad "
            "last August hitting Strickland for job losses in the state.")
    coded = pipeline.code_text(text, published="2016-03-24")
    assert codes_of(coded, "Americans for Prosperity") == ["USANGO"]
    coded = pipeline.code_text("Americans for Prosperity criticized the Obama administration on Tuesday.",
                               published="2016-03-24")
    assert codes_of(coded, "Americans for Prosperity") == ["USANGO"]
    # the people stay the people
    coded = pipeline.code_text("Americans voted for Obama in 2012.", published="2016-03-24")
    assert codes_of(coded, "Americans") == ["USACVL"]


def test_national_rights_league_is_an_ngo(pipeline):
    """NGEC dev: "President of the Chadian Human Rights League" was TCDGOV (the demonym blocked the
    NGO name): Chad's NGO."""
    coded = pipeline.code_text("The president of the Chadian Human Rights League accused the government "
                               "of torture.", published="2016-03-24")
    # (the government it accuses is Chad's, session 16: "accused the government of" is a description)
    assert "TCDGOV" not in [m.actor.code for m in coded.mentions if m.text != "government"]
    assert codes_of(coded, "the Chadian Human Rights League") == ["TCDNGO"]


def test_short_name_of_international_body(pipeline):
    """Page d90bda7ed14d: "according to credible reports received by Amnesty" (after "Amnesty
    International") had no actor; the common noun stays none."""
    text = ("Amnesty International said the security forces had used live ammunition. At least 106 "
            "protesters in 21 cities have been killed, according to credible reports received by Amnesty.")
    coded = pipeline.code_text(text, published="2019-11-19")
    assert codes_of(coded, "Amnesty") == ["NGO"]
    coded = pipeline.code_text("Congress debated an amnesty for migrants. Amnesty is unpopular.",
                               published="2019-11-19")
    assert codes_of(coded, "Amnesty") == []


def test_member_with_a_body(pipeline):
    """"an attorney with the American Civil Liberties Union": the attorney is the body's, not nobody's
    (an NGO's lawyer is no court)."""
    text = ("Lee Gelernt, an attorney with the American Civil Liberties Union, accused the administration "
            "of violating the court order.")
    coded = pipeline.code_text(text, published="2018-07-10")
    assert codes_of(coded, "Lee Gelernt") == ["NGO"]
    # a thing carried is no body: protesters with flags stay where they are
    coded = pipeline.code_text("Protesters with Palestinian flags marched in Paris.", published="2018-07-10")
    assert "PSECVL" not in [m.actor.code for m in coded.mentions]


def test_passive_agent_placed_by_its_clause(pipeline):
    """Sgt. killed by insurgents in Mosul (a US casualty report): the insurgents were USAREB (from the
    soldier's state), not Iraq's."""
    text = "Sgt. Mark Smith, 28, of Texas, was killed by insurgents in Mosul, the Pentagon said."
    coded = pipeline.code_text(text, published="2006-05-01")
    assert codes_of(coded, "insurgents") == ["IRQREB"]


def test_sponsored_rebels_are_not_the_sponsor(pipeline):
    """nyt_2016-09-06_u-s-presses-for-truce-in-syria-d.txt: "rebels vetted by the United States" and
    "the American-vetted rebels" were USAREB."""
    text = ("Washington is expanding military aid to rebels vetted by the United States to put more "
            "pressure on Mr. Assad to compromise. Russian airstrikes are sending the American-vetted rebels "
            "into retreat.")
    coded = pipeline.code_text(text, published="2016-09-06")
    assert "USAREB" not in [m.actor.code for m in coded.mentions]


def test_object_pronoun_is_not_its_verbs_subject(pipeline):
    """Page 1ee91d1fce65: "Russia and the [Syrian] Regime are blocking them" made "them" Russia; page
    291a8bf33ee4: "people began using them" made "them" the people."""
    text = ("He added: “The (refugees) must not be forced to make decisions under threat of starvation or "
            "severe deprivation because Russia and the [Syrian] Regime are blocking them from access to "
            "food and other basic needs.”")
    coded = pipeline.code_text(text, published="2018-11-01")
    assert "RUS" not in _pronoun_codes(coded, "them")
    coded = pipeline.code_text("Trump met Putin in Helsinki. Trump praised him warmly.",
                               published="2018-07-17")
    assert _pronoun_codes(coded, "him") == ["RUSGOV"]
    # a reflexive is its subject (ECB+ 19_14ecb.xml)
    coded = pipeline.code_text("For four days, Greece has surrendered itself to flames and anarchy.",
                               published="2008-12-10")
    assert _pronoun_codes(coded, "itself") == ["GRC"]


def test_them_after_a_nearer_plural_thing(pipeline):
    """Page 287e4d9f4af3: "those thieves could have access ... generating unique, strong passwords for
    each of your accounts, and automatically entering them": "them" were the thieves."""
    text = ("If you use the same credentials across multiple sites, those thieves could have access to a "
            "whole lot of your sensitive personal data. A good password manager can help protect you by "
            "randomly generating unique, strong passwords for each of your accounts, and automatically "
            "entering them for no-hassle logins.")
    coded = pipeline.code_text(text, published="2019-11-27")
    assert _pronoun_codes(coded, "them") == []


def test_unnamed_head_of_government_is_home(pipeline):
    """"The Prime Minister condemned ..." with no holder named and no country in the phrase: the
    home country's head."""
    text = ("The Prime Minister condemned the attack on the mosque in Christchurch. New Zealand police "
            "arrested a suspect, police in Christchurch said.")
    coded = pipeline.code_text(text, published="2019-03-16")
    assert codes_of(coded, "Prime Minister") == ["NZLGOV"]


def test_two_leaders_are_neither_one(pipeline):
    """re3d CENTCOM release: "Defense Secretary Ash Carter today met with Iraqi Prime Minister Haider
    al-Abadi in Baghdad, where the two leaders discussed the campaign" made "the two leaders" Iraq's
    (from Baghdad); "The leaders agreed" after a Putin-Erdogan meeting was Erdogan alone."""
    text = ("Defense Secretary Ash Carter today met with Iraqi Prime Minister Haider al-Abadi in Baghdad, "
            "where the two leaders discussed the campaign to liberate the Iraqi city of Mosul.")
    coded = pipeline.code_text(text, published="2016-07-11")
    assert codes_of(coded, "leaders") == ["UNKGOV"]
    text = ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in St. Petersburg "
            "on Tuesday. The leaders agreed to restore trade ties.")
    coded = pipeline.code_text(text, published="2016-08-09")
    assert "TURGOV" not in codes_of(coded, "leaders")


def test_headline_surname_is_the_story_person(pipeline):
    """nyt_2016-06-09_ryan-calls-trump-li...: the headline "Ryan calls Trump line 'racist,' but backs
    him" coded Ryan a private person (the body's "Speaker Paul D. Ryan" comes after it), and "him" Ryan."""
    path = next(POLNEAR.glob("nyt_2016-06-09_ryan-calls-trump-li*.txt"))
    title, body = path.read_text(encoding="utf-8").split("\n", 1)
    coded = pipeline.code_text(body, title=title.strip(" ;"), published="2016-06-09")
    heads = {m.text: m.actor.code for m in coded.mentions if m.section == "title"}
    assert heads["Ryan"] == "USALEG"
    assert heads.get("him") != "USALEG"


def test_aide_of_a_person_takes_the_persons_sector(pipeline):
    """nyt_2016-04-08_tensions-flare-afte...: "Brian Fallon, a spokesman for Mrs. Clinton" was USAGOV
    (an owner-less spokesman's default) while Mrs. Clinton held no office; "Putin's spokesman" stays
    the government's."""
    text = ("Brian Fallon, a spokesman for Mrs. Clinton, called on the Vermont senator to take back his "
            "words and said he had reached a ''new low.''")
    coded = pipeline.code_text(text, published="2016-04-08")
    assert codes_of(coded, "Brian Fallon") == ["USAELI"]
    coded = pipeline.code_text("Putin's spokesman, Dmitry Peskov, criticized the sanctions imposed by "
                               "Washington.", published="2016-04-08")
    assert codes_of(coded, "Dmitry Peskov") == ["RUSGOV"]


def test_service_force_after_one_states_warship(pipeline):
    """ECB+ 12_12ecb.xml names no navy in full: "the Indian warship, which was sailing nearby moved its
    Marine Commandos ... The Naval commandos also boarded the pirates' boats" was UNKMIL."""
    text = ("The pirates had fired at the merchant vessel with their small arms, when it sent out a rescue "
            "call and the Indian warship, which was sailing nearby moved its Marine Commandos on a "
            "helicopter to help the distressed cargo vessel, he said. The Naval commandos also boarded the "
            "pirates' boats and seized seven AK-47 assault rifles.")
    coded = pipeline.code_text(text, published="2008-12-14")
    assert codes_of(coded, "commandos") == ["INDMIL"]


def test_name_after_the_is_no_lone_surname(pipeline):
    """Page c00962aabe7b: "He suggested pushing back the date of a human return to the Moon to 2028"
    made "the Moon" a US private person (and Serrano REJECT it)."""
    page = next((SHARED / "benchmarks" / "article-extraction" / "html").glob("c00962aabe7b*.html.gz"))
    with gzip.open(page, "rt", encoding="utf-8") as handle:
        text = page_text(handle.read())
    assert "return to the Moon" in text
    coded = pipeline.code_text(text, published="2019-11-19")
    assert codes_of(coded, "Moon") == []


def test_periods_date_nothing():
    """ECB+ 41_8ecbplus.xml names only "the 1983 - 2005" war as a year: that period dated the text 2005
    and made President Salva Kiir a former official."""
    assert text_date(["Thursday", "1983 - 2005", "July"]) is None
    assert text_date(["1980-88", "January 13, 2007"]) == "2007-01-31"
