"""Session 16: titles, dates, authors and publishers of scraped news pages, and the furniture around them.

The lines are written for these tests in the forms seen on scraped pages of the session's samples
(/work/notes/pages16/meta: Drupal and WordPress reprints, The Hindu, Malay Mail with Bernama's credit, Xinhua
mirrors, Azerbaijani agencies; /work/notes/pages15: Trend on Today.az, a blog reprint of the AP, a menu glued
to a Globe and Mail headline, RFE/RL); no page text is copied.
"""

from __future__ import annotations

import pytest
from tests.clean.conftest import extract_page as extract

from sitrep.clean.boilerplate import boilerplate_kind
from sitrep.clean.header import bare_byline_facts, copyright_owner, dateline_length, parse_header_line

_STORY = ("The navy said on Tuesday that its patrol boats had intercepted two fishing vessels near the "
          "disputed reef and detained their crews for questioning.\n\n"
          "A spokesman said the crews would be released once the inquiry was complete, and added that talks "
          "with the neighbouring state would resume next month.\n\n"
          "Fishermen's unions in the port city called the detentions unlawful and demanded an apology.")


# --- titles ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("menu", ["Home / LATEST / ", "Home Scope "])
def test_a_menu_glued_to_a_headline_the_page_repeats_is_cut(menu: str) -> None:
    # a breadcrumb or menu words printed on the headline's line, the headline alone on the next line
    headline = "Navy detains two fishing crews near reef"
    doc = extract(f"{menu}{headline}\n\n{headline}\n\n{_STORY}")
    assert (doc.title, doc.subtitle) == (headline, None)


def test_a_kicker_before_a_bar_is_cut_from_the_title() -> None:
    # The Hindu's form: "<kicker> | <headline>"
    doc = extract(f"Maritime dispute | Navy detains two fishing crews near reef\n\n{_STORY}")
    assert doc.title == "Navy detains two fishing crews near reef"


def test_a_headline_then_a_short_site_name_after_a_bar_keeps_the_headline() -> None:
    doc = extract(f"Navy detains two fishing crews near reef | Coast Herald\n\n{_STORY}")
    assert doc.title == "Navy detains two fishing crews near reef"


def test_a_section_word_glued_to_a_sentence_case_headline_is_cut() -> None:
    # "World U.S. military denies ..." (a menu's "World" run into the headline)
    doc = extract(f"World Navy detains two fishing crews near reef\n\n{_STORY}")
    assert doc.title == "Navy detains two fishing crews near reef"


@pytest.mark.parametrize("title", [
    "World Bank freezes loans to the fishing ministry",  # a name the vocabulary knows
    "South Dakota navy detains two fishing crews",  # a place of two words
    "Iran Foreign Minister to visit the port next week",  # a name goes on in capitals
    "BREAKING: Navy detains two fishing crews near reef",  # a desk's label, no section glued on
])
def test_a_headline_opening_with_a_section_word_that_starts_a_name_is_kept(title: str) -> None:
    doc = extract(f"{title}\n\n{_STORY}")
    assert doc.title == title


def test_a_byline_glued_to_the_end_of_a_headline_goes_to_the_author() -> None:
    # a blog reprint of a wire story: "<headline> – <reporter>", the reporter never named in the story
    doc = extract(f"Navy detains two fishing crews near reef – Maria Olsson\n\n{_STORY}")
    assert (doc.title, doc.author) == ("Navy detains two fishing crews near reef", "Maria Olsson")


@pytest.mark.parametrize("title", [
    "“We will not release them” – Admiral Lee",  # a quote's speaker
    "Unions condemn the detentions – Fishermen's Unions",  # no person's name
    "Navy Makes One Final Demand Before The Talks – Refused Outright",  # title case: a clause, no name
])
def test_a_speaker_or_a_name_after_a_headline_s_dash_is_no_byline(title: str) -> None:
    doc = extract(f"{title}\n\n{_STORY}")
    assert doc.author is None


def test_a_name_the_story_mentions_after_a_headline_s_dash_is_no_byline() -> None:
    story = _STORY + "\n\nCaptain Omar Reyes, who led the patrol, declined to comment."
    doc = extract(f"Patrol boats intercept fishing vessels – Omar Reyes\n\n{story}")
    assert doc.author is None


@pytest.mark.parametrize("top", [
    "« Police seek driver after crash | Main | Storm cuts power to thousands »",  # a blog's pager
    "+ ↺ − 16 px",  # a text-size control
    "[QODLink]",  # a content system's placeholder
])
def test_a_pager_widget_or_placeholder_over_the_story_is_no_title(top: str) -> None:
    doc = extract(f"{top}\n\n{_STORY}")
    assert doc.title is None
    assert top not in doc.paragraphs


def test_a_placeholder_over_the_section_and_headline_leaves_the_headline() -> None:
    # Al Jazeera's old pages: "[QODLink]" / "Africa" / headline / standfirst / "Last Modified: ..."
    doc = extract("[QODLink]\nAfrica\nNavy detains two fishing crews near reef\n"
                   "The crews face questioning over the catch.\nLast Modified: 04 Jun 2011 13:36\n"
                   f"{_STORY}")
    assert (doc.title, doc.published) == ("Navy detains two fishing crews near reef", "2011-06-04")


# --- authors and publishers -----------------------------------------------------------------------------

def test_a_place_closing_a_date_line_is_no_author() -> None:
    # The Hindu's date line: "<date> | Updated <date> IST - New Delhi"
    facts = parse_header_line("March 3, 2021 10:02 am | Updated March 4, 2021 08:00 pm IST - Mumbai")
    assert facts is not None
    assert (facts.published, facts.author) == ("2021-03-03", None)


def test_an_agency_glued_to_the_clock_before_an_editor_credit_is_the_publisher() -> None:
    # a Xinhua mirror's date line: "<date> <clock><agency> Editor: <name>"
    facts = parse_header_line("2016-03-02 09:15Xinhua Editor: Wang Fei")
    assert facts is not None
    assert (facts.published, facts.publisher, facts.author) == ("2016-03-02", "Xinhua", None)


@pytest.mark.parametrize("line", ["UK Police", "Afghan Forces"])
def test_a_tag_under_the_headline_is_no_bare_byline(line: str) -> None:
    assert bare_byline_facts(line) is None


@pytest.mark.parametrize("line", ["Steve Peoples", "German Lopez", "Jordan Fisher"])
def test_people_named_like_groups_or_places_are_still_bare_bylines(line: str) -> None:
    facts = bare_byline_facts(line)
    assert facts is not None and facts.author == line


def test_a_one_word_byline_the_story_cites_as_its_reporter_is_the_publisher() -> None:
    # Today.az reprinting Trend: "By Trend:" over "..., the spokesperson told Trend."
    story = ("The foreign minister will visit the capital in the coming weeks, the ministry's spokesperson "
             "told Caspress.\n\nThe date of the visit has not been set yet, he said.")
    doc = extract(f"Foreign minister to visit the capital soon\n\n28 May 2019 [14:49]\n\nBy Caspress:\n\n"
                   f"{story}")
    assert (doc.author, doc.publisher) == (None, "Caspress")


def test_a_one_word_byline_the_story_does_not_cite_stays_the_author() -> None:
    doc = extract(f"Navy detains two fishing crews near reef\n\n28 May 2019 [14:49]\n\nBy Caspress:\n\n"
                   f"{_STORY}")
    assert doc.author == "Caspress"


def test_an_agency_credit_glued_to_the_last_paragraph_is_cut_and_is_the_publisher() -> None:
    # Malay Mail's form: "... she added. — Bernama"
    doc = extract(f"Navy detains two fishing crews near reef\n\n{_STORY} — Bernama")
    assert doc.publisher == "Bernama"
    assert doc.paragraphs[-1].endswith("demanded an apology.")


def test_a_person_after_a_dash_closing_the_story_is_no_publisher() -> None:
    doc = extract(f"Navy detains two fishing crews near reef\n\n{_STORY} — Jane Doe")
    assert doc.publisher is None


def test_a_rights_notice_naming_no_owner_gives_no_publisher() -> None:
    assert copyright_owner("© Copyright 2017, All Rights Reserved") is None
    assert copyright_owner("Copyright 2014 Coast Radio") == "Coast Radio"


# --- dates ----------------------------------------------------------------------------------------------

def test_a_wire_dateline_with_its_year_under_a_lead_paragraph_dates_the_story() -> None:
    # RFE/RL's form: a summary paragraph, then "Brussels, 12 July 2004 (RFE/RL) -- ..."
    text = ("EU: Ministers Meet Before Summer Break\n\n"
            "Ministers gather in the capital today for their last meeting before the summer.\n\n"
            "Brussels, 3 August 2005 (RFE/RL) -- The ministers are expected to discuss aid to the region.\n\n"
            "They will also hear a report on the talks.")
    doc = extract(text)
    assert (doc.published, doc.publisher) == ("2005-08-03", "RFE/RL")


def test_a_dated_wire_dateline_reads_with_two_dashes() -> None:
    assert dateline_length("Brussels, 3 August 2005 (RFE/RL) -- The ministers met.") is not None


def test_a_blog_s_only_date_line_under_the_story_dates_it() -> None:
    # a blog reprint: the post's date in its footer, over "Posted By:"
    doc = extract(f"Navy detains two fishing crews near reef\n\n{_STORY}\n\nTags: ,\n\n"
                   "March 2, 2006 10:14 AM\n\nPosted By:\n\nCategories: Law")
    assert doc.published == "2006-03-02"


def test_a_page_listing_several_dated_posts_under_the_story_gets_no_date_from_them() -> None:
    doc = extract(f"Navy detains two fishing crews near reef\n\n{_STORY}\n\nRecent\n\n"
                   "Storm cuts power to thousands\n\nMarch 2, 2006\n\nPolice seek driver after crash\n\n"
                   "March 1, 2006")
    assert doc.published is None


# --- furniture ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Comment viewing options",
    "jdoe42's picture",
    "Select your preferred way to display comments, then press Save.",
    "admin 3 hours ago NEWS Leave a comment 12 Views",
])
def test_comment_thread_widgets_are_comment_furniture(line: str) -> None:
    rule = boilerplate_kind(line)
    assert rule is not None and rule.name == "comments"


def test_the_comment_thread_under_a_story_is_cut() -> None:
    doc = extract(f"Navy detains two fishing crews near reef\n\n{_STORY}\n\nComment viewing options\n\n"
                   "jdoe42's picture\n\nThey will never release those crews, mark my words.")
    assert doc.paragraphs[-1].endswith("demanded an apology.")


@pytest.mark.parametrize("line", ["The president's picture hung in every office.",
                                  "Readers were invited to leave a comment."])
def test_story_sentences_like_comment_widgets_are_kept(line: str) -> None:
    assert boilerplate_kind(line) is None


# --- date lines' leftovers ------------------------------------------------------------------------------

def test_the_first_word_of_a_last_updated_label_and_a_text_size_control_name_no_one() -> None:
    # The New Indian Express's date line: "Published: <date> | Last Updated: <date> | A+A-"
    facts = parse_header_line("Published: 4th June 2021 10:12 AM  |   Last Updated: 4th June 2021 11:40 AM"
                              "   |  A+A-")
    assert facts is not None
    assert (facts.published, facts.author, facts.publisher) == ("2021-06-04", None, None)


def test_an_outlet_named_after_its_city_is_no_bare_byline() -> None:
    # "New Delhi Times" printed over the headline: no reporter "New Delhi" of an outlet "Times"
    assert bare_byline_facts("New Delhi Times") is None


def test_menu_labels_glued_together_are_a_section_not_a_name() -> None:
    from sitrep.clean.header import is_section

    assert is_section("IndiaLatest Stories")
    assert not is_section("Jane McDonald")


# --- a report's first sentence is no headline -------------------------------------------------------------

@pytest.mark.parametrize("lede", [
    # a scraped page opening with its lead sentence (Somali and Nigerian outlets' forms)
    "At least six fishermen have been detained by the navy near the disputed reef off the eastern coast.",
    "troops of the navy's northern command have detained about a dozen fishermen near the disputed reef.",
])
def test_a_lead_sentence_opening_the_page_stays_in_the_body(lede: str) -> None:
    doc = extract(f"{lede}\n\n{_STORY}")
    assert doc.title is None
    assert doc.paragraphs[0] == lede
