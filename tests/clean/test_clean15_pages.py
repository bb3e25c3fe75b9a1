"""Session 15 (second wave): page text and metadata the first wave left (`test_pages15_furniture.py`).

Ledes rich in names taken for titles, a site's name and section over the headline, an agency's place glued
to its name, a section's label before an outlet's initials, weekdays of a page's own language, furniture
lines (wire version notes, live-stream links, portal titles, text-size widgets, embedded posts, outlets'
lead-ins, comment counts in other languages), a photo's credit
closing the title, a sentence cut by a hard wrap across a blank line, a year-less dateline.

The lines are written for these tests in the forms seen on the session 15 pages samples
(/work/notes/pages15/general, nlp, claims, merge: Pakistani, TASS, Reuters, CBS, Russian foreign ministry,
Nigerian and Indian pages); no page text is copied.
"""

from __future__ import annotations

import pytest
from tests.clean.conftest import extract_page as extract

from sitrep.clean.boilerplate import boilerplate_kind
from sitrep.clean.header import masthead_line, organisation_name, parse_header_line

_STORY = ("Security forces killed four militants in a raid in North Waziristan on Monday, the military "
          "said in a statement issued in Rawalpindi.\n\nThe statement said weapons and ammunition were "
          "recovered from the hideout after an exchange of fire that lasted several hours.\n")


# --- titles -----------------------------------------------------------------------------------------------

def test_lede_full_of_names_is_no_title() -> None:
    # a Pakistani page's form: a share button, then the story's first sentence, no headline
    out = extract("Share:\n\nForeign Minister Ali Raza Khan met with his Chinese counterpart Li Wei in "
                   "Beijing today.\n\n" + _STORY)
    assert out.title is None
    assert out.paragraphs[0].startswith("Foreign Minister Ali Raza Khan met")


def test_tass_lead_is_no_title_and_gives_the_agency() -> None:
    out = extract("ANKARA, November 19. /TASS/. Russian Foreign Minister Ivan Petrov and his Turkish "
                   "counterpart Ahmet Kaya held a phone conversation on Friday, a source in the Turkish "
                   "Foreign Ministry told TASS.\n\n" + _STORY)
    assert out.title is None and out.publisher == "TASS"
    assert out.paragraphs[0].startswith("ANKARA, November 19. /TASS/.")


def test_title_case_headline_with_a_stop_stays_a_title() -> None:
    out = extract("Pakistan And China Agree To Deepen Their Strategic Partnership.\n\n" + _STORY)
    assert out.title == "Pakistan And China Agree To Deepen Their Strategic Partnership."


@pytest.mark.parametrize("masthead", ["TODAY.AZ / Politics", "News AFP News AFP", "Reuters | World"])
def test_site_and_section_over_the_headline(masthead: str) -> None:
    out = extract(f"{masthead}\n\nTroops kill four militants in northwest Pakistan\n\n{_STORY}")
    assert out.title == "Troops kill four militants in northwest Pakistan"
    assert masthead_line(masthead)


@pytest.mark.parametrize("line", ["Iran says talks will resume", "Russia Ukraine War",
                                  "Gaza / Israel strikes kill 20"])
def test_headlines_are_no_mastheads(line: str) -> None:
    assert not masthead_line(line)


@pytest.mark.parametrize("furniture", ["Watch CBSN Live", "Asset Publisher",
                                       "(Adds rebel statement and interviews with residents)"])
def test_furniture_over_the_headline_is_no_title(furniture: str) -> None:
    out = extract(f"{furniture}\n\nTroops kill four militants in northwest Pakistan\n\n{_STORY}")
    assert out.title == "Troops kill four militants in northwest Pakistan"


def test_wire_version_note_over_a_dateline() -> None:
    # Reuters' form: the version note, then the dateline run into the story
    out = extract("(Updates with casualty toll, adds quotes)\nBEIRUT, May 13 (Reuters) - Insurgents "
                   "killed at least 19 civilians after capturing a village in western Syria on Thursday, a "
                   "monitoring group said.\nResidents said rebels had killed women and children there.\n")
    assert out.title is None and out.publisher == "Reuters"
    assert not any(p.startswith("(Updates") for p in out.paragraphs)


def test_photo_credit_closing_the_title() -> None:
    out = extract("Bilawal meets Lavrov on the sidelines of SCO meeting in Goa (Photo | AP)\n\n" + _STORY)
    assert out.title == "Bilawal meets Lavrov on the sidelines of SCO meeting in Goa"


# --- publishers and authors --------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "outlet"), [
    ("ANKARA-Anadolu Agency", "Anadolu Agency"), ("TURKEY Anadolu Agency", "Anadolu Agency"),
    ("Moscow - MENA", "MENA"), ("Politics FP", "FP"), ("Press Trust of India", "Press Trust of India"),
    ("Press Trust of India Beijing", "Press Trust of India"), ("USA TODAY", "USA TODAY"),
    ("Kuwait Times", "Kuwait Times"), ("New Delhi Times", "New Delhi Times")])
def test_outlet_without_its_place_or_section(line: str, outlet: str) -> None:
    assert organisation_name(line) == outlet


def test_agency_under_the_headline_with_its_place() -> None:
    out = extract("Egypt condemns attack on mosque in Sinai\n\nMoscow - MENA\n\n" + _STORY)
    assert (out.publisher, out.author) == ("MENA", None)


@pytest.mark.parametrize("line", ["Large Medium Small", "Foreign Affairs", "Politics FP"])
def test_widgets_and_sections_are_no_authors(line: str) -> None:
    out = extract(f"Troops kill four militants in northwest Pakistan\n\n{line}\n\n{_STORY}")
    assert out.author is None


def test_weekday_of_the_page_language_is_no_outlet() -> None:
    assert parse_header_line("Sabtu, 12 Januari 2019").publisher is None
    facts = parse_header_line("Jumat, 3 Mei 2019 | Antara")
    assert (facts.published, facts.author, facts.publisher) == ("2019-05-03", None, "Antara")


# --- body ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Here's more from Newsmax:", "The Washington Post reports:", "Tidak ada komentar", "0 Komentar",
    "Font Size: A A A"])
def test_furniture_lines(line: str) -> None:
    assert boilerplate_kind(line) is not None


def test_embedded_post_is_dropped() -> None:
    out = extract("Boat capsizes off Miami\n\nThe Coast Guard rescued 20 people after a boat capsized "
                   "off Miami on Thursday, officials said.\n\nCrews are at the scene. pic.twitter.com/AbC "
                   "— Coast Guard (@CoastGuardSE) January 12, 2023\n\n— Jane Roe (@janeroe) January 12, "
                   "2023\n\nOfficials said the search for survivors would continue through the night, with "
                   "helicopters and two cutters combing the waters off the coast until the morning.\n")
    assert not any("@" in p for p in out.paragraphs), out.paragraphs
    assert out.paragraphs[-1].startswith("Officials said the search")


@pytest.mark.parametrize("line", ["Police reported:", "UN reports:", "Trump writes:",
                                  "The ministry said in a statement on May 4, 2023 that it had no comment."])
def test_lead_ins_that_attribute_stay(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_sentence_cut_across_a_blank_line_is_joined() -> None:
    out = extract("Capitol Police arrest man near Capitol\n\nWASHINGTON — U.S. Capitol Police on\n\n"
                   "Thursday said they arrested a man carrying a knife near the Capitol, adding that "
                   "he was taken into custody without incident.\n\nThe man was later charged with carrying a "
                   "weapon, police said in a statement.\n")
    assert out.paragraphs[0].startswith("WASHINGTON — U.S. Capitol Police on Thursday said they arrested")


def test_label_ending_with_a_preposition_is_not_joined() -> None:
    out = extract("Troops kill four militants in northwest Pakistan\n\nPosted on\n\nMay 5, 2023\n\n"
                   + _STORY)
    assert out.published == "2023-05-05"


def test_yearless_dateline_without_a_year_stays_unknown() -> None:
    out = extract("Korea, Japan hold talks on trade dispute\n\nSEOUL, January 20 (AJP) - South Korea and "
                   "Japan held talks on Monday on their trade dispute, officials said after the meeting.\n\n"
                   "The talks ended without an agreement, and both sides said they would meet again.\n")
    assert out.published is None and out.publisher == "AJP"


def test_yearless_dateline_takes_the_year_the_page_prints() -> None:
    out = extract("Korea, Japan hold talks on trade dispute\n\nPublished: 20 January 2020\n\nSEOUL, "
                   "January 20 (AJP) - South Korea and Japan held talks on Monday on their trade dispute, "
                   "officials said.\n\nThe talks ended without an agreement, and both sides said they would "
                   "meet again.\n")
    assert out.published == "2020-01-20"
