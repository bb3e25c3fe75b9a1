"""Session 16, third round: published dates, publishers and titles of scraped news pages.

The lines are written for these tests in the forms seen on the session's scraped pages
(/work/notes/pages16/clusters, meta2 and meta3: a Russian news mirror gluing its caption, date and repeated
headline on one line, an aggregator printing its site clock over the post's own date line, an ANI credit
with its two-word city, "More From This Section" over a list, a title closed by a bar glued to its last
word, a breadcrumb over the headline, MENAFN's reprint credit over Trend's dateline, a Xinhua mirror's
"Source:   Editor:" footer, an aggregator's bare dateline closed by a dash); no page text is copied.
"""

from __future__ import annotations

from tests.clean.conftest import HEADLINE as _HEADLINE
from tests.clean.conftest import STORY as _STORY
from tests.clean.conftest import extract_page as extract

from sitrep.clean.header import dateline_agency, dateline_length, organisation_name, source_credit
from sitrep.clean.outlet import self_reference, title_site
from sitrep.clean.text import _date_before_title

# --- the date printed with the page's own headline -----------------------------------------------------

def test_a_date_glued_before_the_repeated_headline_dates_the_page() -> None:
    # a mirror runs the photo's caption, the date and the headline together on one line
    caption = (f"© Photo agency / Jane Doe Guards at a crossing on the river. 4 Mar 2019{_HEADLINE}"
               "© Photo agency")
    doc = extract(f"{_HEADLINE}\n\n{caption}\n\n{_STORY}")
    assert doc.published == "2019-03-04"


def test_a_date_before_another_headline_is_a_teasers() -> None:
    teaser = "Guards at a crossing on the river. 4 Mar 2019Farmers block the highway to the capital again"
    assert _date_before_title([_HEADLINE, teaser], _HEADLINE) is None
    assert _date_before_title([_HEADLINE, teaser], "Farmers block the highway to the capital again") == (
        "2019-03-04")


def test_the_date_line_under_the_headline_beats_a_site_clock_above_it() -> None:
    # an aggregator prints today's date over every page; the post's own date stands under its headline
    page = f"Monday, 01 January 2024 09:00 GMT\n{_HEADLINE}\n\n2025-03-04 05:01:41\n{_STORY}"
    assert extract(page).published == "2025-03-04"


def test_a_date_line_above_the_headline_still_counts_alone() -> None:
    assert extract(f"Tuesday, March 4, 2025\n\n{_HEADLINE}\n\n{_STORY}").published == "2025-03-04"


# --- publishers -----------------------------------------------------------------------------------------

def test_an_agency_with_a_two_word_city_after_it() -> None:
    assert organisation_name("ANI New Delhi") == "ANI"
    assert organisation_name("PTI Mumbai") == "PTI"
    assert organisation_name("Press Trust of India Beijing") == "Press Trust of India"
    assert organisation_name("Radio Pakistan") == "Radio Pakistan"  # an outlet named after its country


def test_a_list_heading_pointing_at_the_page_names_no_outlet() -> None:
    assert self_reference("More From This Section") is None
    assert self_reference("More From Reuters") == "Reuters"


def test_a_reprint_credit_names_the_agency_before_its_dateline() -> None:
    line = ("(MENAFN- Trend News Agency) BAKU, Azerbaijan, March 9. Azerbaijan's foreign minister met his "
            "Georgian counterpart in the capital, Trend reports.")
    assert dateline_agency(line) == "Trend News Agency"
    assert line[dateline_length(line):].startswith("Azerbaijan's foreign minister")


def test_a_day_closed_by_a_full_stop_ends_a_dateline_in_capitals() -> None:
    line = "BAKU, Azerbaijan, March 9. The foreign minister met his counterpart."
    assert line[dateline_length(line):].startswith("The foreign minister")
    assert dateline_length("Talks ended, March 9. The minister left.") is None


def test_a_source_credit_with_the_editor_after_it() -> None:
    assert source_credit("Source: Xinhua   Editor: Jane Doe") == "Xinhua"
    assert source_credit("Source: Reuters") == "Reuters"


# --- titles ---------------------------------------------------------------------------------------------

def test_a_bar_glued_to_the_headline_still_parts_the_site() -> None:
    title = "Police use batons on marchers, minister orders inquiry| Example News"
    assert title_site(title) == ("Police use batons on marchers, minister orders inquiry", "Example News")


def test_a_breadcrumb_is_no_title() -> None:
    crumbs = "News - West Africa - Ghana - Politics - Protest"
    doc = extract(f"{crumbs}\nGhana: Teachers march on parliament over pay\n\n{_STORY}")
    assert doc.title == "Ghana: Teachers march on parliament over pay"


def test_a_bare_dateline_closed_by_a_dash_is_no_title() -> None:
    doc = extract(f"GEORGIA, March 16 -\n\n{_STORY}")
    assert doc.title is None


# --- dates and headers behind page widgets (pages15 merge and nlp, pages16 fields and actors) ------------

def test_a_print_note_under_the_story_dates_it_and_names_the_outlet() -> None:
    # a Pakistani daily closes each story with the day it was printed
    doc = extract(f"{_STORY}\n\nPublished in Daily Example, March 4th, 2025\n\nComments are closed.")
    assert (doc.published, doc.publisher) == ("2025-03-04", "Daily Example")
    note = "A shorter version of this report was first published in The Example Times on Apr 4, 2014."
    assert extract(f"{_STORY}\n\n{note}").published == "2014-04-04"
    listing = f"{_STORY}\n\nPublished in Daily Example, March 4th, 2025\n\n{_STORY}\n\n" + (
        "Published in Daily Example, March 2nd, 2025")
    assert extract(listing).published is None  # a list of stories, each with its note


def test_a_text_size_widget_after_a_date_line_leaves_the_date() -> None:
    from sitrep.clean.header import parse_header_line

    facts = parse_header_line("Xinhua, March 4, 2016 Adjust font size:")
    assert facts is not None and (facts.published, facts.publisher) == ("2016-03-04", "Xinhua")


def test_a_ticker_of_headlines_is_no_story() -> None:
    # a wire page prints a one-line ticker of other stories above its own headline
    ticker = ("Farmers block the highway to the capital  • Central bank holds rates steady for a third "
              "month  • Storm cuts power to thousands of homes on the coast  •")
    doc = extract(f"Off the wire\n{ticker}\nYou are here:   Home\n\n{_HEADLINE}\n\n"
                   f"Xinhua, March 4, 2016 Adjust font size:\n\n{_STORY}")
    assert doc.title == _HEADLINE
    assert doc.published == "2016-03-04"
    assert doc.paragraphs[0].startswith("The interior ministry said")


def test_a_line_of_icon_names_is_no_story() -> None:
    icons = " ".join(f"{name}icon" for name in (
        "bookmark", "camera", "check", "chevron down", "chevron left", "chevron right", "chevron up", "close",
        "compress", "download", "edit", "expand", "file", "filter", "flag", "mail", "move", "music", "muted",
        "pause", "play", "search", "share", "sign in", "sign up", "tag", "trash"))
    doc = extract(f"{icons}\n4 March, 2017 11:51\n\n{_HEADLINE}\n\n{_HEADLINE}\n\n{_STORY}")
    assert (doc.title, doc.published) == (_HEADLINE, "2017-03-04")


def test_a_lower_case_headline_is_still_a_title() -> None:
    headline = "12 killed, over 40 injured in car bomb blast at the city’s main bus station"
    assert extract(f"{headline}\n\n{_STORY}").title == headline


def test_a_print_note_leaves_the_body() -> None:
    note = "A shorter version of this report was first published in The Example Times on Apr 4, 2014."
    doc = extract(f"{_HEADLINE}\n\n{note}\n\n{_STORY}")
    assert doc.paragraphs[0].startswith("The interior ministry said")


def test_an_agency_photo_credit_closes_a_caption() -> None:
    caption = ("The two ministers shake hands before their talks in the capital yesterday. ABC/XYZ Photo "
               "Jane Doe")
    doc = extract(f"{_HEADLINE}\n\n{caption}\n\n{_STORY}")
    assert all("Photo Jane Doe" not in p for p in doc.paragraphs)
