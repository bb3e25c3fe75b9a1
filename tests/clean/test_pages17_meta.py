"""Session 17: titles, dates, publishers, authors and furniture of scraped news pages.

The lines are written for these tests in the forms seen on the session's fresh scraped pages
(/work/notes/pages17/meta: a state agency's mirror losing the bracket before "Xinhua)", a Pakistani
channel's dateline "(92 News)" under its tag cloud, a local paper's headline with its date glued to its last
word under an HTML comment's "-->", a podcast page's and a Philadelphia paper's share notices, The Hindu's
"HamberMenu" over its headline, TASS's photo alt text and "© Jane Doe/TASS" credit over its dateline,
allAfrica's "Vanguard (Lagos)" under its date line, a Kenyan paper's "Adjust Comment Print" toolbar, a lead
printed twice, a caption over a dateline, an SBS page's "Source: SBS" under its byline), and htmldate's
1 January made from a copyright year; no page text is copied.
"""

from __future__ import annotations

from tests.clean.conftest import HEADLINE as _HEADLINE
from tests.clean.conftest import STORY as _STORY
from tests.clean.conftest import extract_page as extract

from sitrep.clean.boilerplate import boilerplate_kind
from sitrep.clean.dates import date_after_words
from sitrep.clean.header import (
    dateline_agency,
    dateline_length,
    opening_reprint_source,
    organisation_name,
    outlet_with_home,
    parse_header_line,
    run_in_credit,
    source_label,
)
from sitrep.clean.html import extract_html
from sitrep.clean.region import tag_list
from sitrep.records import RawDocument

# --- a date printed on the headline's line ------------------------------------------------------------

def test_a_date_glued_to_the_headline_is_set_apart() -> None:
    glued = "Board settles the mayor's lawsuitsWed, 03/14/2007 - 9:15pm"
    assert date_after_words(glued) == glued.index("Wed")
    dashed = "Governor weighs the bills left on his desk - Mon, 10 Apr 2017 PST"
    assert date_after_words(dashed) == dashed.index("Mon")


def test_a_sentence_naming_a_day_is_not_cut() -> None:
    assert date_after_words("The minister said on Monday, March 3, 2019 that the talks had failed") is None
    assert date_after_words("Ceasefire signed in Doha on March 3, 2019") is None
    assert date_after_words("Published - March 3, 2019") is None  # a label, not a headline


def test_a_headline_with_its_date_glued_gives_title_date_and_byline() -> None:
    page = (f"-->\n{_HEADLINE}Wed, 03/14/2007 - 9:15pm\nBy: Jane Roe\n{_STORY}")
    doc = extract(page)
    assert doc.title == _HEADLINE
    assert doc.published == "2007-03-14"
    assert doc.author == "Jane Roe"
    assert not any("9:15pm" in p or "By:" in p for p in doc.paragraphs)


def test_a_date_after_a_dash_leaves_the_title() -> None:
    doc = extract(f"{_HEADLINE} - Sun, 09 Apr 2017 PST\n{_STORY}")
    assert doc.title == _HEADLINE
    assert doc.published == "2017-04-09"


# --- headlines under one-word buttons and share notices ------------------------------------------------

def test_a_headline_under_a_menu_button_is_the_title_not_its_standfirst() -> None:
    standfirst = ("The ministry conveyed its concern to the envoy over the closure of the two crossings near "
                  "the river")
    page = (f"HamberMenu\n{_HEADLINE}\n\n{standfirst}\n\nMarch 4, 2022 10:15 am | Updated 10:15 am IST - "
            f"New Delhi\n\nPTI\n{_STORY}")
    assert extract(page).title == _HEADLINE


def test_share_notices_are_furniture() -> None:
    assert boilerplate_kind("Link copied to clipboard") is not None
    assert boilerplate_kind("Adjust Comment Print") is not None
    assert boilerplate_kind("Comments Print Mail") is not None
    assert boilerplate_kind("-->") is not None
    assert boilerplate_kind("Adjust the budget to print more money") is None


def test_a_toolbar_is_no_author() -> None:
    doc = extract(f"{_HEADLINE}\n\nAdjust Comment Print\n\n{_STORY}")
    assert doc.author is None


# --- photo captions and credits -----------------------------------------------------------------------

def test_a_caption_closed_by_its_credit_and_a_cell_border_is_furniture() -> None:
    caption = ("The premier (L) shakes hands with the visiting president in the capital, April 9, 2013. "
               "(Xinhua/Jane Doe) |")
    assert boilerplate_kind(caption) is not None
    assert boilerplate_kind("|") is not None


def test_a_photographer_credit_after_a_copyright_sign_is_furniture() -> None:
    assert boilerplate_kind("© Jane Doe/TASS") is not None
    assert boilerplate_kind("The presidential spokesman at a news conference Jane Doe/TASS") is not None
    assert boilerplate_kind("The spokesman said the talks would resume in Moscow.") is None


def test_an_agency_dateline_under_a_photos_alt_text_gives_the_publisher() -> None:
    page = (f"{_HEADLINE}\n\nThe spokesman also said the crossings would reopen soon\n"
            "The presidential spokesman at a news conference Jane Doe/TASS\n"
            "The presidential spokesman at a news conference\n"
            "© Jane Doe/TASS\n\n"
            "MOSCOW, April 15. /TASS/. Border guards closed two crossings after smugglers opened fire, "
            "the interior ministry said on Thursday.\n\n" + _STORY)
    doc = extract(page)
    assert doc.publisher == "TASS"
    assert not any(p.startswith("The presidential spokesman") or "©" in p for p in doc.paragraphs)


def test_a_caption_over_the_dateline_is_dropped() -> None:
    page = (f"{_HEADLINE}\n\nGuards watching a crossing on the river in June\n"
            "KOHAT, Pakistan -- Border guards closed two crossings after smugglers opened fire on a patrol, "
            "the military said on July 17.\n\n" + _STORY)
    doc = extract(page)
    assert doc.paragraphs[0].startswith("KOHAT, Pakistan --")


def test_a_lead_printed_twice_is_kept_once() -> None:
    lead = ("ISLAMABAD, Pakistan - The military claimed control of the river crossings yesterday after "
            "two days of fighting with smugglers.")
    page = f"Skip to content\n\n{_HEADLINE}\n\n{lead}\n\n{lead}\n\n{_STORY}"
    doc = extract(page)
    assert doc.paragraphs.count(lead) == 1


# --- publishers ----------------------------------------------------------------------------------------

def test_an_agency_whose_opening_bracket_was_lost() -> None:
    facts = parse_header_line("Xinhua) 09:22, May 25, 2023")
    assert facts is not None and facts.publisher == "Xinhua" and facts.published == "2023-05-25"


def test_one_word_agency_and_its_city() -> None:
    assert organisation_name("Xinhua Beijing") == "Xinhua"
    assert organisation_name("Reuters London") == "Reuters"
    assert organisation_name("Radio Pakistan") == "Radio Pakistan"  # an outlet named after its country
    facts = parse_header_line("Xinhua Beijing, May 3, 2019")
    assert facts is not None and facts.publisher == "Xinhua"


def test_a_channel_number_in_a_dateline() -> None:
    assert dateline_agency("ISLAMABAD (92 News) – The foreign office summoned the envoy on Sunday.") == (
        "92 News")
    assert dateline_agency("LONDON (Dec 9) – The foreign office summoned the envoy on Sunday.") is None


def test_a_tag_cloud_over_the_date_line() -> None:
    tags = ("border guards Pakistan river crossings smugglers patrolRiverside Market traders closure "
            "incomes ministry spokesman suspects detainedBorder Police crossing closure market towns "
            "patrol fire river crossing guards")
    assert tag_list(tags)
    assert not tag_list("Border guards closed two crossings after smugglers opened fire on a patrol near "
                        "the river and the ministry said three suspects were detained")
    page = f"{_HEADLINE}\n\n{tags}\n01 Jun, 2020 10:26 am\n\nISLAMABAD (92 News) – {_STORY}"
    doc = extract(page)
    assert doc.published == "2020-06-01"
    assert doc.publisher == "92 News"
    assert doc.paragraphs[0].startswith("ISLAMABAD (92 News)")


def test_an_outlet_with_its_home_city_under_the_date_line() -> None:
    assert outlet_with_home("Vanguard (Lagos)") == "Vanguard"
    assert outlet_with_home("Jane Doe (London)") is None
    assert outlet_with_home("Vanguard (Tuesday)") is None
    page = (f"Nigeria: {_HEADLINE}\n\n7 August 2019\nVanguard (Lagos)\nBy Jane Roe\n\n"
            f"Abuja — {_STORY}")
    doc = extract(page)
    assert doc.publisher == "Vanguard"
    assert doc.author == "Jane Roe"
    assert doc.paragraphs[0].startswith("Abuja —")


def test_a_dated_caption_in_brackets_is_no_date_line() -> None:
    assert parse_header_line("(Published Monday, Nov. 18, 2019)") is None


def test_a_source_label_under_the_byline_names_the_outlet() -> None:
    assert source_label("Source: SBS") == "SBS"
    assert source_label("Source: REUTERS/Jane Doe/Pool") is None  # a photo's credit
    assert source_label("Source: the ministry said on Friday that the border would reopen") is None
    caption = "Protesters in the slums of the capital, scene of battles with police Source: AAP"
    assert boilerplate_kind(caption) is not None
    page = (f"{caption}\nPublished 3 May 2018 at 2:05pm, updated 3 May 2018 at 6:40pm\n"
            f"By Jane Roe\nSource: SBS\n{_STORY}")
    doc = extract(page)
    assert doc.publisher == "SBS"
    assert doc.author == "Jane Roe"
    assert doc.title is None
    assert doc.paragraphs[0].startswith("The interior ministry")


# --- dates the page does not state ---------------------------------------------------------------------

_PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in _STORY.split("\n\n")) * 3


def _html_date(url: str | None, footer: str) -> str | None:
    html = (f"<html><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>{_PARAGRAPHS}"
            f"</article>{footer}</body></html>")
    return extract_html(RawDocument(origin="test", content=html, kind="html", url=url)).published


def test_a_copyright_year_is_no_published_date() -> None:
    assert _html_date(None, "<footer><p>© 2021 Example News. All rights reserved.</p></footer>") is None
    assert _html_date("https://example.com/world/guards-close-crossings",
                      "<footer><p>Copyright 2019 Example News</p></footer>") is None


def test_a_date_the_page_states_is_kept() -> None:
    assert _html_date("https://example.com/world/2018/09/20/guards-close-crossings", "") == "2018-09-20"
    assert _html_date("https://example.com/world/2019/01/01/guards-close-crossings",
                      "<footer><p>Copyright 2019 Example News</p></footer>") == "2019-01-01"
    assert _html_date(None, "<p>Posted January 1, 2020</p>") == "2020-01-01"


_WIRE = ("Guards close two crossings after shooting\n\n"
         "WASHINGTON, Sept 20 (Reuters) - Border guards closed two crossings after smugglers opened fire "
         "on a patrol, the ministry said.\n\n"
         "The same crossing was closed on May 24, 2017, after a similar attack, officials said.\n\n"
         "The ministry said the crossings would reopen once the area had been searched.")


def test_a_yearless_dateline_takes_no_year_from_a_story_sentence() -> None:
    assert extract(_WIRE).published is None


def test_a_yearless_dateline_takes_the_year_of_the_pages_date_line() -> None:
    assert extract(_WIRE + "\n\nPublished: September 20, 2018").published == "2018-09-20"


def test_a_run_in_agency_credit_gives_agency_reporter_and_day() -> None:
    # the form of an aggregator's reprint that lost its punctuation (pages16/actors)
    opening = ("(Associated Press) JANE ROE May 3 2018 LIMA Peru Hundreds of traders marched on "
               "the ministry on Wednesday to protest against the closure of two crossings.")
    facts = run_in_credit(opening)
    assert facts is not None
    assert (facts.publisher, facts.author, facts.published) == ("Associated Press", "Jane Roe", "2018-05-03")
    assert opening[dateline_length(opening):].startswith("Hundreds of traders")
    doc = extract(f"{opening}\n\n{_STORY}")
    assert (doc.publisher, doc.author, doc.published) == ("Associated Press", "Jane Roe", "2018-05-03")
    assert run_in_credit("(AP) Officials said on Monday that the crossings would reopen.") is None


def test_a_reprints_note_over_the_story_names_its_source() -> None:
    assert opening_reprint_source("From La Frontera Times:") == "La Frontera Times"
    assert opening_reprint_source("From Washington:") is None  # a place, no outlet
    assert opening_reprint_source("From the ministry:") is None
    doc = extract(f"Saturday, May 29, 2010\n\n{_HEADLINE}\n\nFrom La Frontera Times:\n\n{_STORY}")
    assert doc.publisher == "La Frontera Times"
    assert doc.paragraphs[0].startswith("The interior ministry")
