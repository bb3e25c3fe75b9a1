"""Date and byline forms of page headers added in session 10 (where each line comes from is said per case)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.clean.dates import find_date
from sitrep.clean.header import bare_byline_facts, parse_header_line
from sitrep.clean.region import story_span
from sitrep.clean.text import extract_text
from sitrep.records import RawDocument


@pytest.mark.parametrize(("text", "iso"), [
    ("Dec 09,2022 10:32", "2022-12-09"),  # no space after the comma (constructed from the seed's date)
    ("Posted On: 19-11-2019", "2019-11-19"),  # day-month-year with hyphens (constructed)
    ("Updated: 11-19-2019 10:00", "2019-11-19"),  # US order with hyphens: the 19th is no month
    ("19-Nov-2019 10:00 IST", "2019-11-19"),  # day-month-year stamp with the month's name (constructed)
    ("2019年11月19日 10:00", "2019-11-19"),  # Chinese and Japanese pages
    ("2019년 11월 19일", "2019-11-19"),  # Korean pages
    ("Nov.19, 2019", "2019-11-19"),  # no space after the month's full stop (constructed)
    ("November 19 , 2019", "2019-11-19"),  # a space before the comma (constructed)
])
def test_more_date_forms(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("text", [
    "call 555-12-2019",  # a number with hyphens is no date
    "won 1-0-2019",
    "2019-2020 season",
])
def test_hyphenated_numbers_are_no_dates(text: str) -> None:
    assert find_date(text) is None


def test_profile_link_glued_to_byline() -> None:
    # autoindustriya.com page aadb38e (article-extraction benchmark): "View More Articles" is a link to the
    # author's page, glued to the name by the scraper
    facts = parse_header_line("Jose AltoverosView More Articles")
    assert facts is not None and facts.author == "Jose Altoveros"
    assert bare_byline_facts("Jose AltoverosView More Articles").author == "Jose Altoveros"
    assert parse_header_line("Sports All Articles") is None  # no person's name before the link


def test_profile_link_byline_is_no_headline() -> None:
    # autoindustriya.com page aadb38e, the header lines as the page prints them (teasers cut)
    text = ("Auto News\nLexus wants you to go topless with 2020 LC500 Convertible\n"
            "Jose AltoverosView More Articles\nThe LC 500 looks good even with the roof chopped off\n"
            "Brent Co November 20, 2019 12:32\n\n"
            "Earlier this year, Lexus revealed the LC Convertible Concept, and now the production model has "
            "arrived at the Los Angeles Auto Show with the roof that folds away in fifteen seconds.\n\n"
            "The convertible keeps the coupe's 5.0-liter V8 engine and its ten-speed automatic gearbox, the "
            "company said in a statement released at the show on Wednesday morning.\n")
    out = extract_text(RawDocument(origin="aadb38e", content=text, kind="text"))
    assert out.title == "Lexus wants you to go topless with 2020 LC500 Convertible"
    assert out.author == "Jose Altoveros"  # "Brent Co" is the photographer's credit under it


def test_job_title_after_name_is_no_publisher() -> None:
    # AP's byline form (as "Robert Burns, AP National Security Writer" in PolNeAR) followed by a date
    facts = parse_header_line("Tom Krisher, AP Auto Writer, Nov. 19, 2019")
    assert facts is not None and facts.author == "Tom Krisher" and facts.publisher is None
    facts = parse_header_line("Jane Doe, Staff Writer Dec. 9, 2022")
    assert facts is not None and facts.publisher is None


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("Jane Doe | The Republic | azcentral.com", "Jane Doe", "The Republic"),  # USA Today network's form
    ("Charlie Wood, Business Insider", "Charlie Wood", "Business Insider"),  # businessinsider.com page
])
def test_bare_byline_with_outlet(line: str, author: str, outlet: str) -> None:
    facts = bare_byline_facts(line)
    assert facts is not None and (facts.author, facts.publisher) == (author, outlet)


GANNETT = """Arizona
News

Phoenix police investigate deadly shooting near downtown

Jane Doe | The Republic | azcentral.com
Published 11:11 p.m. MT Nov. 19, 2019 | Updated 6:00 a.m. MT Nov. 20, 2019

Officers respond to the scene of a shooting in Phoenix on Tuesday.
Buy Photo

Phoenix police are investigating a deadly shooting that happened near downtown Phoenix late Tuesday night, \
according to a department spokesman.

Officers responded to reports of gunfire around 10 p.m. and found a man with gunshot wounds, police said.

Copyright 2019 Gannett. All rights reserved.
"""
"""The layout of a USA Today network page (constructed): the outlet in the byline, the parent company in
the rights notice."""


def test_network_byline_names_the_outlet_not_the_parent() -> None:
    out = extract_text(RawDocument(origin="gannett", content=GANNETT, kind="text"))
    assert (out.author, out.publisher, out.published) == ("Jane Doe", "The Republic", "2019-11-19")
    assert out.subtitle is None


HNN = """Home
News

Police investigate shooting in Kalihi

By HNN Staff | November 19, 2019 at 10:00 PM HST - Updated November 20 at 6:00 AM

HONOLULU (HawaiiNewsNow) - Police are investigating a shooting in Kalihi that left one man injured on \
Tuesday night, officials said.

The man was taken to the hospital in serious condition, according to emergency officials at the scene.

Follow Hawaii News Now on Twitter
About Hawaii News Now
"""
"""A Hawaii News Now page's layout (constructed): a long byline with both dates, the outlet's initials."""


def test_long_byline_is_no_story_line() -> None:
    lines = [line for line in HNN.splitlines() if line.strip()]
    assert lines[story_span(lines)[0]].startswith("HONOLULU")


def test_initials_spelled_out_by_the_page() -> None:
    out = extract_text(RawDocument(origin="hnn", content=HNN, kind="text"))
    assert out.title == "Police investigate shooting in Kalihi"
    assert (out.published, out.publisher) == ("2019-11-19", "Hawaii News Now")


GUARDIAN = """Russia giving Iran military aid, says US

The White House says the two nations are reaching new levels of cooperation

Jane Doe in Washington
Tue 19 Nov 2019 10.32 GMT
First published on Mon 18 Nov 2019 20.00 GMT

Russia is providing Iran with an unprecedented level of military assistance in exchange for drones, the \
White House said on Friday, in a statement.

The United States will keep imposing sanctions on the two countries, spokesman John Kirby told reporters \
at a briefing on Friday afternoon.
"""
"""The Guardian's header layout (constructed with the seed's story): the last update printed first, the
first publication under it, the byline with the place the reporter filed from."""


def test_first_publication_wins_over_update_printed_first() -> None:
    out = extract_text(RawDocument(origin="guardian", content=GUARDIAN, kind="text"))
    assert out.published == "2019-11-18"
    assert out.author == "Jane Doe"


def test_relative_update_line_is_header_not_story() -> None:
    # Fox News' header layout (constructed): a relative update time under the date line
    text = ("Russia giving Iran military aid, says US\nBy Jane Doe | Fox News\nPublished November 19, 2019\n"
            "Last Update 2 hrs ago\n\n" + GUARDIAN.split("\n\n", 3)[3])
    out = extract_text(RawDocument(origin="fox", content=text, kind="text"))
    assert out.paragraphs[0].startswith("Russia is providing")
    assert (out.published, out.publisher) == ("2019-11-19", "Fox News")


def test_share_prompt_of_network_buttons_is_furniture() -> None:
    from sitrep.clean.boilerplate import boilerplate_kind

    assert boilerplate_kind("Share this with") is not None  # BBC News pages, over "Facebook" / "Twitter"
    assert boilerplate_kind("Share with friends the story of the year") is None


def test_agency_line_closing_a_story_credits_the_agency(shared: Path) -> None:
    # PolNeAR train wash-post_2016-07-03_trump-tweet-that-blasts-clinton-: the Post ran Reuters' copy
    path = "corpora/polnear/train/text/wash-post_2016-07-03_trump-tweet-that-blasts-clinton-.txt"
    out = extract_text(RawDocument(origin="polnear", content=(shared / path).read_text("utf-8"), kind="text"))
    assert out.publisher == "Reuters"
    assert out.paragraphs[-1] != "- Reuters."


@pytest.mark.parametrize(("line", "agency"), [
    ("Reuters", "Reuters"),  # nbcnews.com page 5a82296 closes with it
    ("- Reuters.", "Reuters"),  # PolNeAR wash-post_2016-07-03
    ("The Associated Press contributed to this report.", None),  # the outlet's own story, with help
    ("Terms of Service", None),
])
def test_wire_agency(line: str, agency: str | None) -> None:
    from sitrep.clean.header import wire_agency

    assert wire_agency(line) == agency


def test_slashed_date_read_day_first_on_a_day_first_page() -> None:
    # morebikes.co.uk prints its dates day first (page 30b771a: "20/11/2019 / 11:54 am"); a story of the
    # 9th of December on such a page (header constructed) is no story of the 12th of September
    from sitrep.clean.dates import day_first_reading

    page = ["09/12/2019 / 10:32 am", "Latest", "20/11/2019 / 11:54 am"]
    assert day_first_reading("2019-09-12", page) == "2019-12-09"
    assert day_first_reading("2019-09-12", page[:2]) == "2019-09-12"  # no evidence: the US order stays
    # Newsweek page 7f93c19 prints "On 11/13/19": month first, nothing to turn
    assert day_first_reading("2019-11-13", ["By Kashmira Gander On 11/13/19 at 4:00 PM EST"]) == "2019-11-13"
    assert day_first_reading("2019-09-12", ["September 12, 2019", "20/11/2019"]) == "2019-09-12"


_STORY = ("\n\nPolice are investigating a deadly shooting that happened near downtown Phoenix late "
          "Tuesday night, according to a department spokesman.\n\nOfficers responded to reports of "
          "gunfire around 10 p.m. and found a man with gunshot wounds, police said.\n")


@pytest.mark.parametrize("header", [
    # a slideshow's counter, caption and credit between headline and byline (USA Today network layout,
    # constructed; the credit form "AP Photo/John Locher" is AP's)
    "Phoenix police investigate deadly shooting\n1 of 5\nPolice tape surrounds the scene.\n"
    "AP Photo/John Locher\nBy Jane Doe, The Arizona Republic\nPublished Nov. 19, 2019",
    # a caption over its credit, then a bare byline over the date line
    "Phoenix police investigate deadly shooting\nPolice tape surrounds the scene.\nJohn Locher/AP\nJane Doe\n"
    "Nov. 19, 2019",
])
def test_photo_between_headline_and_byline(header: str) -> None:
    out = extract_text(RawDocument(origin="gallery", content=header + _STORY, kind="text"))
    assert out.title == "Phoenix police investigate deadly shooting"
    assert (out.author, out.published, out.subtitle) == ("Jane Doe", "2019-11-19", None)
    assert out.paragraphs[0].startswith("Police are investigating")


def test_outlet_with_article_is_no_second_author() -> None:
    facts = parse_header_line("By Jane Doe, The Arizona Republic")
    assert facts is not None and (facts.author, facts.publisher) == ("Jane Doe", "The Arizona Republic")


_WIRE = ("\n\nWASHINGTON (Reuters) - Russia is providing Iran with an unprecedented level of military "
         "assistance in exchange for drones, the White House said on Friday, in a statement.\n\nThe United "
         "States will keep imposing sanctions on the two countries, spokesman John Kirby told reporters.\n")


@pytest.mark.parametrize("header", [
    # Reuters' header as its pages print it (page 57d46c9: "Business News" / "November 19, 2019 / 12:21 AM /
    # Updated 14 hours ago" / headline / "Rodrigo Campos" / "5 Min Read"), here at the top of a text
    "Business News\nNovember 19, 2019 / 12:21 AM / Updated 14 hours ago\n"
    "Oversupply angst drags oil lower, stocks drift near highs\nRodrigo Campos\n5 Min Read",
    "November 19, 2019 / 12:21 AM / Updated 14 hours ago\n"
    "Oversupply angst drags oil lower, stocks drift near highs\nRodrigo Campos\n5 Min Read",
])
def test_section_kicker_and_reading_time_around_a_wire_header(header: str) -> None:
    out = extract_text(RawDocument(origin="reuters", content=header + _WIRE, kind="text"))
    assert out.title == "Oversupply angst drags oil lower, stocks drift near highs"
    assert (out.author, out.published) == ("Rodrigo Campos", "2019-11-19")
    assert out.paragraphs[0].startswith("WASHINGTON (Reuters)") or out.paragraphs[0].startswith("Russia")


def test_author_over_reading_time_with_no_date() -> None:
    text = "Oversupply angst drags oil lower, stocks drift near highs\nRodrigo Campos\n5 Min Read" + _WIRE
    out = extract_text(RawDocument(origin="reuters", content=text, kind="text"))
    assert (out.title, out.author, out.publisher) == (
        "Oversupply angst drags oil lower, stocks drift near highs", "Rodrigo Campos", "Reuters")


def test_author_over_date_line_is_no_kicker() -> None:
    # Gizmodo page 5fa5679 prints its author over the date line ("Adam Clark Estes" / "11/13/19 11:00AM")
    from sitrep.clean.text import _kicker_over_header, split_lines

    lines = split_lines("Adam Clark Estes\n11/13/19 11:00AM\nJudge Blocks Trump Administration From Allowing")
    assert not _kicker_over_header(lines, 0)
    assert _kicker_over_header(split_lines("Business News\nNovember 19, 2019 / 12:21 AM\nOil falls"), 0)


@pytest.mark.parametrize(("line", "author", "publisher", "published"), [
    ("By Jane Doe and AFP", "Jane Doe", "AFP", None),  # The Times of Israel's form (constructed)
    ("By Euronews with AFP • 19/11/2019", None, "Euronews", "2019-11-19"),  # Euronews' form
    ("By Jane Doe and John Roe", "Jane Doe and John Roe", None, None),  # two people stay together
    ("WASHINGTON, November 19, 2019 10:32 IST", None, None, "2019-11-19"),  # a dateline's place (The Hindu)
    # NDTV's form: a section, the agency and the date; the section is no author
    ("World News | Press Trust of India | November 19, 2019 10:32 pm IST", None,
     "Press Trust of India", "2019-11-19"),
    ("Published time: 19 Nov, 2019 10:32", None, None, "2019-11-19"),  # RT's labels
    ("PTI | Updated: Nov 19, 2019, 10:32 IST", None, "PTI", None),  # an update's label inside the line
])
def test_byline_and_date_line_forms(line: str, author: str | None, publisher: str | None,
                                    published: str | None) -> None:
    facts = parse_header_line(line)
    assert facts is not None
    assert (facts.author, facts.publisher, facts.published) == (author, publisher, published)
