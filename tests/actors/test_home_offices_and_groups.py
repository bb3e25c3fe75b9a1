"""Persons named with a countryless office (a court, a rank, a House seat) are officials of the
document's home; a full name and a later surname-only title are one person; a non-state group keeps
the country the section gave it; rebels are placed by places, not by the persons' country; ships and
ammunition magazines are no actors of their own. Each text is quoted from the corpus file named in
its test."""

from pathlib import Path

from tests.actors.conftest import codes_of

# re3d, CENTCOM/documents.json, document 68A04D0D3111DBD88DE961B5727ADFA4
CENTCOM_KEATING = (
    "Gen. Joseph L. Votel, U.S. Central Command commander, released the following statement today:\n\n"
    "\"We mourn the loss of one of our own, Navy Special Warfare Operator 1st Class Charles H. Keating IV, "
    "who was killed yesterday in northern Iraq. Petty Officer Keating was advising and assisting our "
    "Kurdish partners, in support of Operation Inherent Resolve.\"\n\n"
    "\"Keating's honorable and selfless service was in keeping with the finest traditions of military "
    "service and certainly will not be forgotten as we continue to put pressure on and ultimately "
    "eliminate the terrorists associated with ISIL. On behalf of the men and women of U.S. Central "
    "Command, I extend my personal gratitude and our deepest condolences to his family, friends and "
    "fellow service members.\"")


def test_a_court_title_before_a_name_is_the_home_courts(pipeline):
    """PolNeAR train wash-post_2016-01-24_mired-in-third-place-rubio-prepa.txt."""
    text = ("In New Hampshire, Rubio has railed against Christie, taking aim at his past support for Supreme "
            "Court Justice Sonia Sotomayor.")
    coded = pipeline.code_text(text, published="2016-01-24")
    assert codes_of(coded, "Sonia Sotomayor") == ["USAJUD"]


def test_a_rank_names_the_home_military_and_the_full_name_is_that_person(pipeline):
    """re3d CENTCOM: "Charles H. Keating IV ... Petty Officer Keating" is one US sailor."""
    coded = pipeline.code_text(CENTCOM_KEATING)
    assert codes_of(coded, "Charles H. Keating IV") == ["USAMIL"]
    assert codes_of(coded, "Keating") == ["USAMIL", "USAMIL"]


def test_rebels_are_not_placed_in_the_country_of_the_persons(pipeline):
    """re3d CENTCOM: a US commander's "terrorists associated with ISIL" are no US rebels."""
    coded = pipeline.code_text(CENTCOM_KEATING)
    assert not any(c.startswith("USA") for c in codes_of(coded, "terrorists"))


def test_a_surname_titled_as_representative_is_the_legislator_named_before(pipeline):
    """PolNeAR train nyt_2016-04-27_china-trade-is-linked-to-u-s-vot.txt (lines 30 to 36)."""
    path = Path("/work/shared/corpora/polnear/train/text/nyt_2016-04-27_china-trade-is-linked-to-u-s-vot.txt")
    lines = path.read_text(encoding="utf8").splitlines() if path.is_file() else []
    text = ("A so-called Blue Dog Democrat who represented Courtland and the rest of Alabama's Fifth "
            "Congressional District, he switched to the Republicans in 2009 and metamorphosed into a "
            "moderate Republican. But that wasn't enough to save his seat.\n\n"
            "Dr. Griffith was beaten in the Republican primary in 2010 by Morris J. Brooks Jr., who has "
            "emerged as one of the most right-wing members of Congress.\n\n"
            "''If you're under economic stress and you can't provide for your family, the easiest answer is "
            "to find someone to blame,'' said Dr. Griffith. ''Mexicans, illegal immigrants, Obama.''\n\n"
            "Representative Brooks has said that he would consider ''anything short of shooting'' illegal "
            "immigrants to get them out of the country and that he favored imposing heavy tariffs on China "
            "to ''level the playing field'' and punish Beijing for what he sees as currency manipulation.")
    assert not lines or lines[35] in text
    coded = pipeline.code_text(text, published="2016-04-27")
    assert codes_of(coded, "Morris J. Brooks Jr.") == ["USALEG"]
    assert codes_of(coded, "Brooks") == ["USALEG"]
    assert set(codes_of(coded, "he")) == {"USALEG"}


def test_pirates_named_without_a_demonym_keep_the_one_the_section_gave(pipeline):
    """ECB+ 12_14ecb: the 23 pirates the Indian navy captured, in a report on Somali pirates."""
    text = ("The Indian navy has captured 23 pirates who threatened a merchant vessel in the lawless waters "
            "of the Gulf of Aden. Somali pirates recently seized a Saudi supertanker loaded with $100 "
            "million of crude oil.")
    coded = pipeline.code_text(text, published="2008-12-14")
    assert codes_of(coded, "pirates") == ["SOMCRM"]


def test_a_group_given_two_countries_keeps_none(pipeline):
    """ECB+ 12_12ecb: "12 Somali and 11 Yemeni pirates" make no one country's pirates of the others."""
    text = ("Further search for other pirates, who fled from the spot following the Indian Naval "
            "intervention, was in progress. The Naval commandos also boarded the pirates' boats and seized "
            "seven AK-47 assault rifles from the 12 Somali and 11 Yemeni pirates on board. Somali pirates "
            "attacked again.")
    coded = pipeline.code_text(text, published="2008-12-14")
    assert codes_of(coded, "pirates") == ["UNKCRM"]
    # and the commandos who seized the pirates' rifles are not the pirates' state's
    assert "SOMMIL" not in codes_of(coded, "commandos")


def test_magazines_of_ammunition_and_a_flagged_vessel_are_no_press_or_navy(pipeline):
    """ECB+ 12_12ecb, sentences 5 and 13."""
    text = ("The Naval commandos also boarded the pirates' boats and seized seven AK-47 assault rifles, two "
            "other rifles, a grenade launcher and 13 fully loaded magazines of ammunition from the 12 Somali "
            "and 11 Yemeni pirates on board the two pirate boats. The Navy rushed its stealth frigate INS "
            "Tabar, which was already deployed nearby to Gulf of Aden on November 2 and since then it "
            "rescued an Indian vessel MV Jag Arnav and a Saudi cargo ship on November 11.")
    coded = pipeline.code_text(text, published="2008-12-14")
    assert codes_of(coded, "magazines") == []
    assert not any(m.actor.sector == "JRN" for m in coded.mentions)
    assert not any(m.actor.code == "INDMIL" and "vessel" in m.text for m in coded.mentions)


def test_counted_magazines_are_no_press(pipeline):
    """ECB+ 12_5ecbplus: magazines counted among weapons are ammunition magazines."""
    text = ("So far, the Indian Navy has confiscated 14 AK 47 Rifles, 31 magazines and 923 rounds of "
            "ammunition from pirates.")
    coded = pipeline.code_text(text, published="2011-11-11")
    assert not any(m.actor.sector == "JRN" for m in coded.mentions)


def test_a_flagged_ship_is_its_state_not_its_navy_but_a_warship_is(pipeline):
    """ECB+ 12_8ecb (Yemeni fishing boats) and 12_17ecb (the Ethiopian ship MV Gibe); a warship of a
    named state stays its navy."""
    text = ("Just this month, Somali pirates captured two Yemeni fishing boats and 22 Yemeni fishermen in "
            "the Gulf of Aden. Indian Naval Services (INS) Mysore, the Indian Naval destroyer on anti-piracy "
            "patrol in the Gulf of Aden, rescued an Ethiopian ship, MV Gibe.")
    coded = pipeline.code_text(text, published="2008-12-14")
    assert not any(m.actor.code in ("YEMMIL", "ETHMIL") for m in coded.mentions)
    coded = pipeline.code_text("Two Chinese warships entered the area.", published="2008-12-14")
    assert codes_of(coded, "Chinese warships") == ["CHNMIL"]


def test_a_former_office_before_a_name_is_an_ex_official_and_a_former_customer_is_not(pipeline):
    """PolNeAR train wash-post_2016-07-15_thin-skinned-trump-quells-critic.txt: Makaeff, "the former
    Trump University customer", is no ex-official; a "former Sen." is (PolNeAR train
    politico_2016-04-03_cruz-tops-trump-in-north-dakota-.txt)."""
    text = ("The attacks began to fly soon after Tarla Makaeff filed a 2010 fraud lawsuit against Trump "
            "University. Like Makaeff, the former Trump University customer, Roffman doesn't want to tangle "
            "with Trump anymore.")
    coded = pipeline.code_text(text, published="2016-07-15")
    assert "USAELI" not in codes_of(coded, "Tarla Makaeff") + codes_of(coded, "Makaeff")
    text = ("Kasich’s campaign sent former Sen. Gordon Humphrey of New Hampshire as their top surrogate but "
            "the state party gave him an untimely speaking slot after the delegate ballots had been cast.")
    coded = pipeline.code_text(text, published="2016-04-03")
    assert codes_of(coded, "Gordon Humphrey") == ["USAELI"]


def test_a_surname_written_without_its_arabic_article_is_the_titled_person(pipeline):
    """re3d CENTCOM document 6646F63F6A ("Carter, Iraqi Prime Minister Discuss Next Moves in Mosul
    Fight"): "Prime Minister Haider al-Abadi ... Carter thanked Abadi" is the prime minister."""
    text = ("Defense Secretary Ash Carter today met with Iraqi Prime Minister\u200e Haider al-Abadi in "
            "Baghdad, where the two leaders discussed the campaign to liberate the Iraqi city of Mosul from "
            "Islamic State of Iraq and the Levant terrorists and other issues, according to a Defense "
            "Department news release.\nCarter thanked Abadi for nearly two years of a close personal "
            "partnership.")
    coded = pipeline.code_text(text)
    assert codes_of(coded, "Abadi") == ["IRQGOV"]


def test_a_press_secretary_of_the_white_house_is_the_government(pipeline):
    """PolNeAR train wash-post_2016-06-29_attempt-to-fund-zika-fight-dies-.txt."""
    text = ('"You would think that at some point the safety and well-being of pregnant women in the United '
            'States would be more important than politics to Republicans," said White House Press Secretary '
            "Josh Earnest.")
    coded = pipeline.code_text(text, published="2016-01-20")
    assert codes_of(coded, "Josh Earnest") == ["USAGOV"]


def test_an_office_holder_introducing_a_statement_without_first_person_speaks_for_its_state(pipeline):
    """re3d UK Government document D23AD6D807 ("Minister Ellwood statement on Mosul"): no "I" or
    "we" in the statement, but "Minister Ellwood said:" still names a UK minister."""
    text = ("Minister for the Middle East Tobias Ellwood comments on the start of the Iraqi mission to "
            "recapture the city of Mosul in Iraq.\nMinister Ellwood said:\nThe start of Iraqi operations to "
            "retake the city of Mosul marks another step forward towards clearing Daesh from Iraq. After 2 "
            "years of brutal rule, the people of Mosul can start to have hope for a better future.\nThis "
            "will be the greatest challenge that Iraq’s Security Forces have yet encountered – they are up "
            "to that challenge. The UK, as part of the Global Coalition, is committed to continuing to "
            "provide the government of Iraq with military, humanitarian and stabilisation support.")
    coded = pipeline.code_text(text, title="Minister Ellwood statement on Mosul")
    assert codes_of(coded, "Ellwood") == ["GBRGOV"]


def test_a_role_description_as_subject_continues_the_subject_named_before(pipeline):
    """re3d UK Government document 85F0CF36CA ("Foreign Secretary meets Iraqi Foreign Minister"): the
    Foreign Secretary who met the Iraqi minister is Boris Johnson, the subject, not the minister (named
    in the lead too, now that "al- Jaafari" is recalled as the surname of "Ibrahim al-Jaafari")."""
    text = ("Boris Johnson met the Iraqi Foreign Minister, Ibrahim al- Jaafari in London today.\n"
            "A Foreign Office spokesman said:\n“The Foreign Secretary met the Iraqi Foreign Minister, "
            "Ibrahim al-Jaafari, to discuss a range of issues including the ongoing fight and the progress "
            "being made against Daesh in Iraq.")
    coded = pipeline.code_text(text, published="2016-09-14")
    assert [c[:3] for c in codes_of(coded, "Foreign Secretary")] == ["GBR"]
