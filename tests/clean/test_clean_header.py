"""Header lines and dates: the forms news pages print above a story (source named per case)."""

from __future__ import annotations

import pytest

from sitrep.clean.dates import find_date, month_day, relative_date, to_iso, with_year_of
from sitrep.clean.header import (
    agency_byline,
    author_note,
    bare_byline,
    bare_byline_facts,
    copyright_owner,
    credited_reporter,
    dateline_agency,
    is_person_name,
    is_role,
    label_line,
    organisation_name,
    parse_header_line,
    source_credit,
)


@pytest.mark.parametrize(("text", "iso"), [
    ("Anadolu Agency December 09, 2022", "2022-12-09"),  # seed
    ("Friday, Dec. 9, 2022", "2022-12-09"),  # US style with weekday
    ("3 March 2021", "2021-03-03"),  # UK style
    ("Sept. 14, 2016", "2016-09-14"),  # AP style abbreviation
    ("2016-10-08T09:30:00Z", "2016-10-08"),  # ISO timestamp (WARC-Date, JSON feeds)
    ("Updated 09.12.2022", "2022-12-09"),  # day-first numeric (European sites)
    ("2019/11/19 10:22", "2019-11-19"),  # year first (East Asian sites)
    ("Posted 2019.11.20.", "2019-11-20"),  # year first with dots, a sentence's full stop after it
])
def test_dates_are_found_and_normalised(text: str, iso: str) -> None:
    assert to_iso(text) == iso


def test_impossible_or_partial_dates_are_not_dates() -> None:
    assert find_date("Feb 30, 2020") is None
    assert find_date("the May 5 meeting") is None
    assert to_iso("") is None and to_iso(None) is None


@pytest.mark.parametrize(("line", "published", "publisher", "author"), [
    ("Anadolu Agency December 09, 2022", "2022-12-09", "Anadolu Agency", None),  # seed
    ("By Jane Doe, Reuters | 3 March 2021", "2021-03-03", "Reuters", "Jane Doe"),  # brief's example
    ("Published: Friday, Dec. 9, 2022 10:32 AM EST", "2022-12-09", None, None),
    ("December 9, 2022 | Voice of America", "2022-12-09", "Voice of America", None),
    ("By Tom Krisher and Dee-Ann Durbin", None, None, "Tom Krisher and Dee-Ann Durbin"),  # AP byline
    ("Posted on March 3, 2021 by Jane Doe", "2021-03-03", None, "Jane Doe"),  # blog footer style
    # bylines of the article-extraction benchmark's pages (page id prefix in brackets)
    ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", "2019-11-13", None, "Kashmira Gander"),  # [7f93c194]
    ("Natasha Turak@NatashaTurak", None, None, "Natasha Turak"),  # [374ac9a5] name and handle
    ("By Michael HiltzikBusiness Columnist", None, None, "Michael Hiltzik"),  # [8634d121] glued job title
    ("By Tom Krisher, AP Auto Writer", None, None, "Tom Krisher"),  # [05844573]
    ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19", None, "Chris Davies"),  # [06ee193d]
    ("Associated Press November 19, 2019, 9:02 AM", "2019-11-19", "Associated Press", None),  # [0d461229]
    ("By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware", "2019-11-18", None,
     "Jason Cipriani"),  # [5fbc7ccb] the byline's name, then what is no name
    ("By Umair Irfan Updated Nov 13, 2019, 9:32am EST", "2019-11-13", None, "Umair Irfan"),  # [16c30add]
    ("Rachael Link, MS, RD on November 14, 2019", "2019-11-14", None, "Rachael Link"),  # [e593d7fe] degrees
    ("by European Space Agency", None, "European Space Agency", None),  # [e1c7023e] an agency's credit
    ("By Mike Wuerthele and Malcolm Owen", None, None, "Mike Wuerthele and Malcolm Owen"),  # [65bf3048]
    ("by Regan December 6, 2017", "2017-12-06", None, "Regan"),  # [4219d096] a blogger's one name
    ("Source: Xinhua | 2022-12-09 10:22:31 | Editor: huaxia", "2022-12-09", "Xinhua", None),  # Xinhua's pages
])
def test_header_lines_give_date_publisher_and_author(line: str, published: str | None,
                                                     publisher: str | None, author: str | None) -> None:
    facts = parse_header_line(line)
    assert facts is not None
    assert (facts.published or facts.updated, facts.publisher, facts.author) == (published, publisher, author)


@pytest.mark.parametrize("line", [
    "By the end of the day, prices had risen sharply.",
    "On December 9, 2022 the talks resumed in Geneva after a long pause.",
    "Russia is providing Iran with an unprecedented level of military assistance, the White House said.",
    "US says Russia giving military aid to Iran. PHOTO: ANADOLU AGENCY",
])
def test_story_lines_are_not_header_lines(line: str) -> None:
    assert parse_header_line(line) is None


def test_bylines_without_by_and_wire_credits_give_the_author() -> None:
    assert bare_byline("Robert Burns, AP National Security Writer") == "Robert Burns"  # bench db6b0816 (AP)
    assert bare_byline("Charlie Wood, Business Insider") == "Charlie Wood"  # bench fde930b0
    assert bare_byline("Debbie White") == "Debbie White"  # bench 8b194530 (The Sun)
    assert bare_byline("Hong Kong, China") is None and bare_byline("Jose Mourinho agrees deal") is None
    # Reuters' credit line under its stories (bench 57d46c9d)
    assert credited_reporter("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly") == (
        "Rodrigo Campos")
    assert credited_reporter("(Reporting by Jane Doe and John Roe in London; Editing by Sam Holmes)") == (
        "Jane Doe, John Roe")
    assert credited_reporter("Reporting by the time the talks ended, both sides had left") is None


def test_an_outlet_named_on_its_own_line() -> None:
    # BBC pages print "By <name>" and then the outlet ("BBC News") on the next line
    assert organisation_name("BBC News") == "BBC News"
    assert organisation_name("Anadolu Agency") == "Anadolu Agency"
    assert organisation_name("Jane Doe") is None and organisation_name("Russia-Ukraine war") is None


def test_people_and_organisations_are_told_apart() -> None:
    assert is_person_name("Chris Davies") and is_person_name("Jane van der Berg")
    assert not is_person_name("Anadolu Agency") and not is_person_name("Reuters")
    assert not is_person_name("Voice of America") and not is_person_name("News Nation Bureau")


@pytest.mark.parametrize(("line", "owner"), [  # footers of the article-extraction benchmark's pages
    ("Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy", "Los Angeles Times"),
    ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "Dow Jones"),  # the company form goes
    ("© 2019 The New York Times Company", "The New York Times"),  # bench 04a6711c
    ("©2019 The Associated Press. All rights reserved.", "The Associated Press"),
    ("Copyright 2019. Washington Examiner. All Rights Reserved.", "Washington Examiner"),
    ("© 2019 Cleveland.com. All rights reserved (About Us).", "Cleveland.com"),
    ("© REUTERS / POOL", None),  # a photo credit (Sputnik 1f765c48): no year, no rights notice
    ("© 2019  All rights reserved.", None),  # CTV News b37be3: no owner named
])
def test_rights_notices_name_the_site(line: str, owner: str | None) -> None:
    assert copyright_owner(line) == owner


def test_dates_glued_to_the_clock_or_a_label_are_found() -> None:
    # CNBC 374ac9a5 and Sputnik 1f765c48 print no space after the year
    assert to_iso("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago") == "2019-11-20"
    assert to_iso("21:17 18.11.2019Get short URL") == "2019-11-18"
    assert find_date("December 20191") is None


def test_updated_date_is_kept_apart_from_published() -> None:
    facts = parse_header_line("Last updated: 2021-03-03T10:00")
    assert facts is not None and (facts.published, facts.updated) == (None, "2021-03-03")


def test_wire_datelines_give_the_agency() -> None:
    # PolNeAR breitbart_2016-03-01_the-latest-sanders-wins-minnesot opens "WASHINGTON (AP) — The Latest ..."
    assert dateline_agency("WASHINGTON (AP) — The Latest on campaign 2016 on Super Tuesday") == "AP"
    assert dateline_agency("LONDON, Dec 9 (Reuters) - Britain said on Friday") == "Reuters"
    assert dateline_agency("Kyiv (AFP) - Ukraine said on Monday") == "AFP"  # AFP's mixed-case style
    assert dateline_agency("SAN JUAN, Puerto Rico (AP) — Officials said") == "AP"
    assert dateline_agency("Sen. John Cornyn (R-Texas) — who leads the panel — said") is None
    # bench 06e5123e (VentureBeat): a Reuters story printed without its place
    assert dateline_agency("(Reuters) — The New York State Attorney General is investigating") == "Reuters"
    assert source_credit("(With inputs from PTI)") == "PTI"  # Indian outlets' closing credit
    assert source_credit("SOURCE: Al Jazeera and news agencies") == "Al Jazeera"  # bench 7916ecca's form
    assert source_credit("Source: the ministry said it would review the case") is None
    # PolNeAR politico_2016-04-22_poll-trump-a-big-turnoff-for-flo: a dateline without an agency
    assert dateline_agency("TALLAHASSEE — Donald Trump's controversial views on immigration") is None


def test_a_wire_dateline_with_only_its_day_gives_the_agency() -> None:
    # PolNeAR huff-post_2015-12-30_hillary-clinton-calls-isis-viole opens "Dec 29 (Reuters) - U.S. ..."
    assert dateline_agency("Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on "
                           "Tuesday said") == "Reuters"
    assert dateline_agency("Dec 29 marked the day (for most) - when it began") is None


@pytest.mark.parametrize("line", [
    "Posted: Fri 6:45 PM, Feb 16, 2018 |",  # bench 3ce1c8fd (catchitkansas): a weekday left over
    "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",  # 5fa3154e (Guardian)
    "November 20, 2019 - 11:28 AMT",  # d90bda7e (PanARMENIAN): Armenia's time zone
    "By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health",  # bd673bd7: a section name
])
def test_weekdays_time_zones_and_sections_left_on_a_date_line_are_no_publisher(line: str) -> None:
    facts = parse_header_line(line)
    assert facts is not None and facts.publisher is None and facts.published is not None


def test_a_one_word_outlet_before_the_date_is_still_the_publisher() -> None:
    # bench 34a73285 (LinkNaija) and the seed's form
    assert parse_header_line("LinkNaija October 06, 2018").publisher == "LinkNaija"
    assert parse_header_line("By Jane Doe, Reuters | 3 March 2021").publisher == "Reuters"


def test_a_day_and_month_without_year_take_the_year_of_a_full_date_on_the_page() -> None:
    assert month_day("Dec 29") == "Dec 29"  # PolNeAR huff-post_2015-12-30_hillary-clinton-calls-isis-viole
    assert month_day("Updated Tuesday, Dec. 9") == "Tuesday, Dec. 9"
    assert month_day("9 December") == "9 December"
    assert month_day("Dec 9, 2022") is None  # a full date is find_date's
    assert month_day("December 2022") is None  # no day
    assert month_day("2 days ago") is None  # relative: left unknown, a page's crawl time is unknown
    assert with_year_of("Dec 29", "2015-12-30") == "2015-12-29"
    assert with_year_of("Aug 31", "2016-08-31") == "2016-08-31"


@pytest.mark.parametrize(("line", "author"), [
    ("Tom Davies Associated Press", "Tom Davies"),  # bench 7de52419 (Detroit News): no comma
    ("Elliot Brownstein Florida Today", "Elliot Brownstein"),  # bench c81e134e
    ("ByJamelle Bouie", "Jamelle Bouie"),  # bench 04a6711c (NYT): "By" glued to the name
    ("Breaking News Emails", None),  # bench 5a822960 (NBC News): a newsletter box
    ("RenderBurger for Quanta Magazine", None),  # bench bdb56ac8: an illustrator's credit
])
def test_bare_bylines_with_their_outlet_or_a_glued_by(line: str, author: str | None) -> None:
    assert bare_byline(line) == author


def test_job_title_lines() -> None:
    assert is_role("Contributing Writer")  # bench bdb56ac8 (Quanta) under "Carrie Arnold"
    assert is_role("Opinion Columnist")  # bench 04a6711c (NYT) under "ByJamelle Bouie"
    assert not is_role("Carrie Arnold")


def test_relative_date_lines_sign_a_byline_but_give_no_date() -> None:
    assert relative_date("Monday 5:30PM")  # bench 5fa5679d (Gizmodo) under its headline's byline
    assert relative_date("Updated 3 hours ago")
    assert relative_date("2 days ago")
    assert not relative_date("10 days ago the minister said he would resign")
    assert to_iso("2 days ago") is None


def test_date_lines_with_two_dates_and_their_labels() -> None:
    # bench d0382c0d (Times Union, an AP story): the page glues "Updated" to the first date
    facts = parse_header_line("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.")
    assert facts is not None and facts.published == "2019-11-20"
    # bench f8ff621a (Barron's): "Original" labels the first publication, it names no publisher
    facts = parse_header_line("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET")
    assert facts is not None and facts.publisher is None and facts.updated == "2019-11-19"


def test_a_label_printed_alone_announces_the_next_line() -> None:
    # bench e1cd54e5 (Practical Horseman) "Author:" / "Publish date:", 042bb7b5 (WSJ) "By"
    assert [label_line(x) for x in ("By", "Author:", "Publish date:", "Updated:", "Written by")] == [
        "by", "by", "date", "date", "by"]
    assert label_line("Published") is None and label_line("Note:") is None  # a heading; a story's label


def test_posted_and_written_by_open_a_byline() -> None:
    assert parse_header_line("Posted by   Vortex").author == "Vortex"  # bench 95301fb7 (Vortex Cannon)
    assert parse_header_line("Written by Regan").author == "Regan"  # bench 4219d096
    assert parse_header_line("BY: Jane Doe").author == "Jane Doe"  # a colon after the label (bench pages)


def test_bylines_without_by_name_their_outlet_and_joined_authors() -> None:
    # bench a6968f42 (Connecticut Post, AP), fde930b0 (Business Insider), db6b0816 (AP): a job title is
    # no outlet
    found = bare_byline_facts("Meg Kinnard and Errin Haines, Associated Press")
    assert (found.author, found.publisher) == ("Meg Kinnard and Errin Haines", "Associated Press")
    assert bare_byline_facts("Charlie Wood, Business Insider").publisher == "Business Insider"
    assert bare_byline_facts("Robert Burns, AP National Security Writer").publisher is None
    assert bare_byline_facts("Rain and snow, forecasters said") is None


def test_an_agency_byline_with_the_place_it_filed_from() -> None:
    assert agency_byline("Reuters,  Washington,") == "Reuters"  # bench 39d5c43b (Deccan Herald)
    assert agency_byline("Business News") is None  # bench 57d46c9d (Reuters): a section over the date line
    found = parse_header_line("Reuters, Washington, Nov 20 2019, 11:06am ist")
    assert (found.author, found.publisher, found.published) == (None, "Reuters", "2019-11-20")


@pytest.mark.parametrize(("line", "author", "publisher"), [
    # article-extraction bench 076f4f33 (News Nation): the dateline's place is no author
    ("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM", None, "News Nation Bureau"),
    ("Jane Doe, Reuters | 3 March 2021", "Jane Doe", "Reuters"),  # a person still is
    # bench 3c5bf8db and bd673bd7 (Live Science): the section printed after the date is no second writer
    ("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z Space", "Tim Childers", None),
    ("By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health", "Yasemin Saplakoglu", None),
])
def test_places_and_sections_in_a_byline(line: str, author: str | None, publisher: str | None) -> None:
    facts = parse_header_line(line)
    assert facts is not None and (facts.author, facts.publisher) == (author, publisher)


def test_a_rights_notice_may_print_its_years_after_the_owner() -> None:
    # bench 4219d096 (a recipe blog) closes its affiliate note with the notice
    notice = "by linking to Amazon.com and affiliated sites. ©The Anti-June Cleaver 2011-2019"
    assert copyright_owner(notice) == "The Anti-June Cleaver"
    assert copyright_owner("He said © 2019 is") is None


def test_an_outlet_s_host_name_as_a_dateline() -> None:
    # bench d90bda7e (PanARMENIAN.Net); prose opening with a site's name and a lower-case word is no dateline
    lead = "PanARMENIAN.Net - Verified video footage, eyewitness testimony ..."
    assert dateline_agency(lead) == "PanARMENIAN.Net"
    assert dateline_agency("Amazon.com - the company said on Monday") is None


@pytest.mark.parametrize(("paragraph", "author", "note"), [
    # bench b0cf2bbf (pv magazine), c00962aa (The Space Review), c582d3b7 (a marketing blog)
    ("Emiliano joined pv magazine in March 2017. He has been reporting on solar since 2009.",
     "Emiliano Bellini", True),
    ("Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review.",
     "Jeff Foust", True),
    ("Pamela Wilson is an online educator, author, keynote speaker.", "Pamela Wilson", True),
    # bench db6b0816 (AP): a closing paragraph about someone else stays
    ("Esper met with several top government officials.", "Robert Burns", False),
    ("Robert said the troops left.", "Robert Burns", False),
])
def test_the_note_on_the_author(paragraph: str, author: str, note: bool) -> None:
    assert author_note(paragraph, author) is note
