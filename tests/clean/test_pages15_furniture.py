"""Session 15: furniture and header forms of scraped news pages (agency sites, reprints, aggregators).

The lines are written for these tests in the forms seen on scraped pages of the session's general sample
(/work/notes/pages15/general: Anadolu, Trend, UrduPoint/Sputnik, News18, PTI reprints, TRT World, Reuters
reprints on the National Post, VOA, Prensa Latina, blog reprints); no page text is copied.
"""

from __future__ import annotations

import pytest
from tests.clean.conftest import extract_page as extract

from sitrep.clean.boilerplate import boilerplate_kind
from sitrep.clean.header import (
    copyright_owner,
    credited_reporter,
    dateline_agency,
    organisation_name,
    parse_header_line,
    reprint_source,
)

# --- date lines and bylines ---------------------------------------------------------------------------

def test_agency_byline_with_singular_update_label() -> None:
    # Anadolu's form: "Name | dd.mm.yyyy - Update : dd.mm.yyyy"
    facts = parse_header_line("Ayse Demir  | 14.03.2021 - Update : 15.03.2021")
    assert facts is not None
    assert (facts.author, facts.published) == ("Ayse Demir", "2021-03-14")


def test_byline_with_bracketed_handle_and_relative_time() -> None:
    # UrduPoint's form: name, "(@handle)", a relative time, then the date and clock
    facts = parse_header_line("Omar Latif (@OmarLatif) 12 minutes ago Tue 02nd March 2021 | 04:15 PM")
    assert facts is not None
    assert (facts.author, facts.published) == ("Omar Latif", "2021-03-02")


def test_date_line_with_reading_time_and_comment_link() -> None:
    # a Postmedia reprint of a Reuters story prints these pieces on one line
    facts = parse_header_line("June 3, 2022  •  5 minutes ago  •  < 1 minute read  •  Join the conversation")
    assert facts is not None and facts.published == "2022-06-03" and facts.author is None


def test_date_line_with_zone_offset_in_brackets() -> None:
    # Trend's form: "27 May 2019 01:08 (UTC+04:00)"
    facts = parse_header_line("14 April 2020 11:42 (UTC+04:00)")
    assert facts is not None and facts.published == "2020-04-14"


def test_curated_by_is_a_byline() -> None:
    facts = parse_header_line("Curated By: Meera")
    assert facts is not None and facts.author == "Meera"


def test_one_word_outlet_ending_in_news_is_a_publisher() -> None:
    facts = parse_header_line("By Euronews")
    assert facts is not None and (facts.author, facts.publisher) == (None, "Euronews")
    assert parse_header_line("By Andrews").author == "Andrews"  # a surname stays an author


# --- datelines -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "agency"), [
    ("Havana, 12 Mar (Prensa Latina) Cuba's foreign minister said on Monday that", "Prensa Latina"),
    ("Caracas, Feb 3 (Prensa Latina) The Venezuelan government rejected", "Prensa Latina"),
    ("IRNA (Jun 12) – Iran's foreign ministry spokesman said on Sunday that", "IRNA"),
    ("LONDON (Dec 9) – Oil prices rose on Monday after", None),
    ("KABUL/ISLAMABAD (UrduPoint News / Sputnik - 03rd May, 2021) Afghan officials said", "Sputnik"),
    ("WASHINGTON (AP) — The Senate voted on Tuesday", "AP"),
])
def test_dateline_agencies(line: str, agency: str | None) -> None:
    assert dateline_agency(line) == agency


# --- rights notices, credits, outlet names ---------------------------------------------------------------

def test_copyright_sign_before_the_word() -> None:
    assert copyright_owner("© Copyright 2023 PTI. All rights reserved. Republication of PTI content") == "PTI"


def test_agency_portion_notice_names_the_agency() -> None:
    note = ("Anadolu Agency website contains only a portion of the news stories offered to subscribers "
            "in the AA News Broadcasting System (HAS), and in summarized form.")
    assert copyright_owner(note) == "Anadolu Agency"


def test_credit_line_with_place_names_the_reporter() -> None:
    assert credited_reporter("(Reporting in Kyiv by Olena Petrenko; Writing by John Roe)") == "Olena Petrenko"


def test_agency_byline_with_place_and_staff_byline() -> None:
    assert organisation_name("Press Trust of India Islamabad") == "Press Trust of India"
    assert organisation_name("By Staff Reporter") is None


@pytest.mark.parametrize(("line", "source"), [
    ("From Dawn.com (March 3, 2011):", "Dawn.com"),
    ("From AP, via The Toronto Star:", "AP"),
    ("From Washington to Moscow:", None),
])
def test_reprint_source(line: str, source: str | None) -> None:
    assert reprint_source(line) == source


# --- furniture lines -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "0",
    "245",
    "Read Three policemen injured in Quetta blast",
    "Latest Interesting Stories",
    "To join the conversation, and become an exclusive member of Example Weekly, create an account today!",
    "Voice your opinion!",
    "The Morning newsletter cut through the noise",
    "This article is more than 4 years old",
    "14 Rajab 1444",
    "Retrieved from “https://en.wikinews.org/w/index.php?title=Example&oldid=1”",
    "This entry was posted in World News. Bookmark the permalink.",
    "Some information for this report came from Reuters and Agence France-Presse.",
    "From Dawn.com (March 3, 2011):",
    "Share this articleComments",
    "Copy/paste the article video embed link below:Copy to clipboardCopied",
    "Example.com« Back to articlePrint this article",
    "Trends :Champions LeagueBudget 2024Elections",
    "UN trucks carrying flour reach the besieged town, Syria. / AA",
    "(Reporting in Kyiv by Olena Petrenko; Editing by John Roe)",
])
def test_furniture_lines(line: str) -> None:
    assert boilerplate_kind(line) is not None


@pytest.mark.parametrize("line", [
    "2019",
    "Read the full statement here.",
    "From Washington to Moscow, leaders reacted to the vote on Tuesday.",
    "The newsletter was sent to 5,000 subscribers.",
    "Three policemen were injured in a blast in Quetta on Monday, officials said.",
])
def test_story_lines_stay(line: str) -> None:
    assert boilerplate_kind(line) is None


# --- whole pages -----------------------------------------------------------------------------------------

def test_masthead_and_islamic_date_over_headline() -> None:
    page = ("Example English TV\n\nMonday, May 6, 2024\n14 Rajab 1444\n\n"
            "Pakistan rejects remarks of Indian minister\n\n"
            "Pakistan has rejected remarks made by an Indian minister at a rally on Sunday.\n\n"
            "The Foreign Office spokesperson said the remarks were irresponsible.\n")
    out = extract(page)
    assert out.title == "Pakistan rejects remarks of Indian minister"
    assert out.published == "2024-05-06"
    assert not any("Rajab" in p or "Example English TV" in p for p in out.paragraphs)


@pytest.mark.parametrize("top", ["Share:", "New Delhi:", "ExampleNews.com"])
def test_label_or_host_over_story_is_no_title(top: str) -> None:
    page = (f"{top}\n\nThe foreign minister met his Chinese counterpart in Beijing on Tuesday for talks"
            " on trade.\n\n"
            "They discussed trade and regional security, the ministry said.\n")
    out = extract(page)
    assert out.title is None
    assert out.paragraphs[0].startswith("The foreign minister met")


def test_lead_sentence_opening_a_page_is_no_title() -> None:
    page = ("The police in the capital have arrested 14 suspects over a string of robberies in the city.\n\n"
            "A police spokesman told reporters on Wednesday that the suspects would be charged.\n")
    assert extract(page).title is None


def test_caption_between_standfirst_and_agency_byline() -> None:
    page = ("Leaders hold talks in Beijing\n\n"
            "The two presidents pledged closer ties between their countries\n\n"
            "Leaders at the Great Hall\nPress Trust of India Beijing\n"
            "Last Updated : Nov 12 2014 | 10:07 AM IST\n"
            "Chinese President Xi Jinping today held talks with his counterpart in Beijing.\n\n"
            "The two leaders discussed trade, he said.\n")
    out = extract(page)
    assert out.title == "Leaders hold talks in Beijing"
    assert out.publisher == "Press Trust of India"
    assert out.paragraphs[0].startswith("Chinese President Xi Jinping")


def test_date_from_a_dated_opening_and_continue_link() -> None:
    page = ("Coast Guard rescues five off Key West\n\n"
            "Key West - Friday April 7, 2023: A Coast Guard crew rescued five migrants from a capsized"
            " boat.\n\n"
            "The migrants were handed to the Border Patrol, a spokesman said. [Continue reading…]\n")
    out = extract(page)
    assert out.published == "2023-04-07"
    assert out.paragraphs[-1].endswith("a spokesman said.")


def test_reprint_note_gives_the_publisher() -> None:
    page = ("Drone strike kills three\n\nFrom Dawn.com (March 3, 2011):\n\n"
            "MIRAMSHAH: A drone strike killed three militants on Monday, officials said.\n\n"
            "Officials confirmed the death toll.\n")
    out = extract(page)
    assert out.publisher == "Dawn.com"
    assert not any(p.startswith("From Dawn.com") for p in out.paragraphs)


# --- open items of session 14: created dates, a date before the dateline ------------------------------------

def test_created_date_after_update_is_the_publication_date() -> None:
    # a reprint site's agency line: "Reuters | Updated: <day> | Created: <earlier day>", dates day-first
    facts = parse_header_line("Reuters | Updated: 30-03-2022 21:10 IST | Created: 29-03-2022 20:55 IST")
    assert facts is not None
    assert (facts.publisher, facts.published, facts.updated) == ("Reuters", "2022-03-29", "2022-03-30")


@pytest.mark.parametrize(("line", "agency"), [
    ("Dec 9, 2022 WASHINGTON (Reuters) - The U.S. Treasury imposed sanctions on", "Reuters"),
    ("29-03-2022 ISTANBUL (AFP) - Russian and Ukrainian negotiators met on", "AFP"),
    ("March 3, 2021 The president said on Wednesday that", None),
])
def test_dateline_after_a_leading_date(line: str, agency: str | None) -> None:
    assert dateline_agency(line) == agency


def test_leading_date_of_a_wire_opening_dates_the_story() -> None:
    page = ("US imposes new sanctions\n\n"
            "Dec 9, 2022 WASHINGTON (Reuters) - The United States on Friday imposed sanctions on ten"
            " officials.\n\n"
            "The Treasury said the officials had helped the war effort.\n")
    out = extract(page)
    assert (out.published, out.publisher) == ("2022-12-09", "Reuters")
