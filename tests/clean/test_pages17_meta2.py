"""Session 17 (second round): page furniture taken as titles, publishers and dates of scraped news pages.

The lines are written for these tests in the forms seen on the session's fresh scraped pages
(/work/notes/pages17/meta2 and /work/notes/pages17/meta): a browser notice and a share prompt over the
headline (Australian and Canadian papers), an image's alt text ("logo", "mk-logo"), WordPress's
"Uncategorized" and "Select Page", a promotion line over a business paper's headline, a state agency's mirror
printing "(Xinhua)" under the headline and its date glued to the dateline, a "Last Updated" header over a
"First Published" footer, a menu closed by the site's name over the page title, a title closed by its
section and site under which the headline is printed alone, HTML tags left in a page's text, a weather
reading and the site's clock over an older story, a French date line, a web template's placeholder, an old
BBC page's bulletin link over its date line and headline, an aggregator's "Original Cached" buttons, generic
credits ("Dispatches", "Websites"), TASS's dateline with no space before the slash, "(NNN-Bernama)", a
"From NAME" byline over the dateline, toolbars, an agency's handle, a "Picture: AFP." caption and a video
player's label; no page text is copied.
"""

from __future__ import annotations

from tests.clean.conftest import HEADLINE as _HEADLINE
from tests.clean.conftest import STORY as _STORY
from tests.clean.conftest import extract_page as extract

from sitrep.clean.boilerplate import boilerplate_kind
from sitrep.clean.dates import find_date
from sitrep.clean.header import dateline_agency, outlet_with_home
from sitrep.clean.outlet import generic_credit, outlet_name

_DATELINED = ("TASHKENT, March 3 (Xinhua) -- The interior ministry said on Wednesday that border guards had "
              "closed two crossings after smugglers opened fire on a patrol near the river.\n\n"
              "A ministry spokesman said the crossings would reopen once the area had been searched.")


# --- furniture over the headline ------------------------------------------------------------------------

def test_furniture_lines_are_boilerplate() -> None:
    for line in ("Your browser is no longer supported. Update it for a better experience.",
                 "Send this page to someone via email", "logo", "mk-logo", "Site logo", "story-image",
                 "Uncategorized", "Select Page", "Media ID: 55312",
                 "Don’t miss the latest updates from the markets.",
                 "Please join the Daily Example WhatsApp Channel to get the latest news.",
                 "Follow us on our official WhatsApp channel today!",
                 "{{story.date | date : 'd MMMM yyyy'}}", "watch One-Minute World News",
                 "Comments Print Mail Large Medium Small", "PTI @examplenews", "Video PlayerClose",
                 "FILE: The opposition leader at a rally in the capital on 6 June 2016. Picture: AFP."):
        assert boilerplate_kind(line) is not None, line


def test_story_lines_like_furniture_stay() -> None:
    for line in ("The company changed its logo after the merger was approved by regulators.",
                 "Protesters watch the news on a screen in the square.",
                 "Jane Doe @janedoe", "A message from the President:",
                 "He said the picture: was not clear to the investigators.",
                 "Watch the minister speak about the border closures in the capital"):
        assert boilerplate_kind(line) is None, line


def test_a_browser_notice_over_the_headline_is_not_the_title() -> None:
    page = ("Your browser is not supported. Update it for a better experience.\n\n"
            f"{_HEADLINE}\n\n{_STORY}")
    assert extract(page).title == _HEADLINE


def test_a_logo_over_the_headline_is_not_the_title() -> None:
    assert extract(f"logo\n{_HEADLINE}\n\n{_STORY}").title == _HEADLINE


def test_alt_texts_a_section_and_an_ad_label_around_the_headline() -> None:
    page = f"example logo\nstory-image\nmk-logo\nNews\n{_HEADLINE}\nADS\n\n{_STORY}"
    doc = extract(page)
    assert doc.title == _HEADLINE
    assert not any("logo" in p for p in doc.paragraphs)


def test_a_promotion_over_the_headline_is_not_the_title() -> None:
    page = f"Don’t miss the latest updates from the markets.\n\n{_HEADLINE}\n\n{_STORY}"
    assert extract(page).title == _HEADLINE


# --- the agency under the headline, its date glued to the dateline -------------------------------------

def test_a_bracketed_agency_under_the_headline_and_a_date_glued_to_the_dateline() -> None:
    page = (f"WORLD> Asia\n|\n{_HEADLINE}\n(Xinhua)\nUpdated: 2009-02-12 09:19 TASHKENT -- The interior "
            "ministry said on Wednesday that border guards had closed two crossings.\nA ministry spokesman "
            "said the crossings would reopen once the area had been searched. |")
    doc = extract(page)
    assert doc.title == _HEADLINE
    assert doc.publisher == "Xinhua"
    assert doc.published == "2009-02-12"
    assert doc.paragraphs[0].startswith("TASHKENT -- The interior")


def test_a_first_published_footer_beats_the_last_update_in_the_header() -> None:
    page = (f"{_HEADLINE}\n\nLast Updated : Feb 11 2018 | 4:12 PM IST\n\n{_STORY}\n\n"
            "First Published: Mar 02 2015 | 8:15 AM IST")
    assert extract(page).published == "2015-03-02"


# --- the site's name around the title ------------------------------------------------------------------

def test_a_menu_closed_by_the_site_name_over_the_page_title() -> None:
    page = (f"World News Opinion | Example Herald\n\n{_HEADLINE} | EXAMPLE HERALD English Archive 2005 "
            f"-2017\nSelect Page\n\n{_STORY}")
    doc = extract(page)
    assert doc.title == _HEADLINE


def test_a_title_closed_by_section_and_site_over_the_headline_alone() -> None:
    page = f"{_HEADLINE}, Latest World News - The Example Paper\n\n{_HEADLINE}\n\n{_STORY}"
    doc = extract(page)
    assert doc.title == _HEADLINE
    assert doc.publisher == "The Example Paper"


def test_an_outlet_with_its_town_over_the_headline() -> None:
    assert outlet_with_home("The Standard (St. Catharines)") == "The Standard"
    assert outlet_with_home("Mayor Jane Doe (Springfield)") is None
    page = f"The Standard (St. Catharines)\n\n{_HEADLINE}\n\n-\n\n{_STORY}"
    assert extract(page).title == _HEADLINE


def test_a_template_placeholder_over_the_headline() -> None:
    page = f"{{{{point.date | date : 'd MMMM yyyy'}}}}\nBorder closures\n\n{_HEADLINE}\n\n{_STORY}"
    assert extract(page).title == _HEADLINE


def test_a_headline_right_under_the_date_line_of_an_old_bbc_page() -> None:
    page = ("BBC News\nwatch One-Minute World News\n"
            "Last Updated: Friday, 3 March 2006, 11:05 GMT 11:05 UK\n"
            f"{_HEADLINE}\nGuards on patrol near the river crossing\n"
            "The interior ministry said on Wednesday that border guards had closed two crossings.\n\n"
            "A ministry spokesman said the crossings would reopen once the area had been searched.")
    doc = extract(page)
    assert doc.title == _HEADLINE
    assert doc.published == "2006-03-03"


# --- markup and the site's clock -----------------------------------------------------------------------

def test_html_tags_left_in_the_text_are_taken_off() -> None:
    page = (f"{_HEADLINE}\n\n<span style=\"color: #222222;\">The interior ministry said on Wednesday that "
            "border guards had closed two crossings.</span><br />'' <span style=\"color: #222222;\">"
            "A ministry spokesman said the crossings would reopen once the area had been searched.</span>"
            "<br />")
    doc = extract(page)
    assert doc.paragraphs == [
        "The interior ministry said on Wednesday that border guards had closed two crossings.",
        "A ministry spokesman said the crossings would reopen once the area had been searched."]


def test_text_without_tags_is_untouched() -> None:
    page = f"{_HEADLINE}\n\n'' Turnout was <40 percent, the ministry said on Wednesday in a statement."
    assert extract(page).paragraphs[0].startswith("'' Turnout was <40")  # no closing or break tag: as it is


def test_the_site_clock_under_a_weather_reading_is_not_the_story_date() -> None:
    page = f"12.5 C\ndimanche, mai 26, 2024\n\n{_HEADLINE}\n\n{_STORY}"
    doc = extract(page)
    assert doc.title == _HEADLINE
    assert doc.published is None


def test_a_french_date_in_the_english_order() -> None:
    found = find_date("dimanche, mai 26, 2024")
    assert found is not None and found.iso == "2024-05-26"
    assert find_date("mai 26 2024") is None  # no comma: not the format


# --- publishers and authors ----------------------------------------------------------------------------

def test_aggregator_buttons_after_the_source() -> None:
    assert outlet_name("Xinhua Original Cached") == "Xinhua"
    page = f"{_HEADLINE}\n\n Published: 04/05/2012 6:30:00 PM GMT\nXinhua Original Cached\n\n{_DATELINED}"
    doc = extract(page)
    assert doc.publisher == "Xinhua"
    assert doc.author is None


def test_generic_credits_are_no_publisher() -> None:
    assert generic_credit("Dispatches") and generic_credit("(Websites)") and not generic_credit("Reuters")
    page = (f"{_HEADLINE}\n\nTEHRAN (Dispatches) -- The interior ministry said on Wednesday that border "
            "guards had closed two crossings.\n\nA spokesman said the crossings would reopen soon.")
    assert extract(page).publisher is None


def test_tass_dateline_without_a_space_and_a_network_credit() -> None:
    assert dateline_agency("MOSCOW, December 25./TASS/. The Kremlin said it would respond.") == "TASS"
    assert dateline_agency("SEOUL, Nov 28 (NNN-Bernama) -- The two countries signed a pact.") == "Bernama"
    assert dateline_agency("KYIV, May 3 (Interfax-Ukraine) -- The ministry said it.") == "Interfax-Ukraine"


def test_a_from_byline_over_the_dateline_is_the_author() -> None:
    page = (f"{_HEADLINE}\n\n{_HEADLINE}\n\n\nFrom Jane Roe Example\nSEOUL, Nov 28 (NNN-Bernama) — The two "
            "countries signed four agreements on Wednesday.\n\nThe agreements cover trade and health.")
    doc = extract(page)
    assert doc.author == "Jane Roe Example"
    assert doc.publisher == "Bernama"
    assert not any(p.startswith("From ") for p in doc.paragraphs)


def test_a_from_place_over_the_dateline_is_no_author() -> None:
    page = (f"{_HEADLINE}\n\nFrom New Delhi\nSEOUL, Nov 28 (AP) — The two countries signed four agreements "
            "on Wednesday.\n\nThe agreements cover trade and health.")
    assert extract(page).author is None


def test_a_byline_glued_after_the_last_sentence() -> None:
    page = (f"{_HEADLINE}\n\nThe interior ministry said on Wednesday that border guards had closed two "
            "crossings. A spokesman said they would reopen soon. By Jane Roe")
    doc = extract(page)
    assert doc.author == "Jane Roe"
    assert doc.paragraphs[-1].endswith("reopen soon.")
    day = extract(f"{_HEADLINE}\n\nThe interior ministry said the crossings would reopen. By Tuesday Night")
    assert day.author is None
