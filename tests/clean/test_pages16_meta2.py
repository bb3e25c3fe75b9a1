"""Session 16, second round: titles, dates, authors and publishers of scraped news pages.

The lines are written for these tests in the forms seen on the session's scraped pages
(/work/notes/pages16/meta and /work/notes/pages16/meta2: a radio site's AP reprint that lost its dateline's
bracket, Malay Mail and Indian Express captions with their photo credits, Trend's dateline over "Trend:", a
Xinhua mirror's hard-wrapped lead, Indian reprints of ANI and IANS, an aggregator's shared dateline, The
Independent's follow button, a ministry's language menu); no page text is copied.
"""

from __future__ import annotations

import pytest
from tests.clean.conftest import extract_page as extract

from sitrep.clean.header import bare_byline_facts, dateline_agency

_STORY = ("The navy said on Tuesday that its patrol boats had intercepted two fishing vessels near the "
          "disputed reef and detained their crews for questioning.\n\n"
          "A spokesman said the crews would be released once the inquiry was complete, and added that talks "
          "with the neighbouring state would resume next month.\n\n"
          "Fishermen's unions in the port city called the detentions unlawful and demanded an apology.")
_HEADLINE = "Navy detains two fishing crews near reef"


# --- the story's first line is no title ----------------------------------------------------------------

def test_a_lead_sentence_in_the_perfect_is_no_title() -> None:
    # a page dumped from its story: the lead sentence keeps the perfect's auxiliary a headline drops
    lead = ("Coast guards have seized two fishing boats and detained their crews near the disputed reef off "
            "the coast.")
    doc = extract(f"{lead}\n\n{_STORY}")
    assert doc.title is None
    assert doc.paragraphs[0] == lead


def test_a_hard_wrapped_lead_is_no_title_and_stays_one_sentence() -> None:
    # one paragraph a line, the lead's first words cut onto a line of their own (a Xinhua mirror)
    text = ("Visiting Ruritanian President Jan Novak\n"
            "and his Freedonian counterpart, Rufus Firefly, met here Monday and agreed to deepen ties.\n"
            "The two leaders also discussed the reef dispute and agreed to hold further talks next month.\n"
            "Both sides said the meeting had been constructive and that a joint statement would follow.\n"
            "Officials of the two ministries will meet in the capital later this month to prepare it.\n"
            "The trade ministers are expected to sign an agreement on fishing rights during the visit.\n"
            "Novak is due to leave for the neighbouring capital on Wednesday for a two-day state visit.")
    doc = extract(text)
    assert doc.title is None
    assert doc.paragraphs[0].startswith("Visiting Ruritanian President Jan Novak and his Freedonian")


def test_a_headline_over_a_byline_in_small_letters_is_kept() -> None:
    text = f"{_HEADLINE}\nby staff writers of the coastal desk today\n\n{_STORY}"
    assert extract(text).title == _HEADLINE


def test_a_headline_run_into_the_lead_over_a_lost_dateline_is_split() -> None:
    # "<headline>, Mo.) -- <lead>": the page lost the dateline's opening bracket
    lead = "Coast guard commander Jan Novak announced Saturday that two crews had been detained at sea."
    doc = extract(f"« Older post | Main | Newer post »\n\n"
                   f"Navy Detains Two Fishing Crews Near Reef, Ore.) -- {lead}\n\n{_STORY}")
    assert doc.title == "Navy Detains Two Fishing Crews Near Reef, Ore."
    assert doc.paragraphs[0] == lead


def test_a_sentence_with_a_bracket_and_a_dash_is_not_split() -> None:
    text = (f"{_HEADLINE}\n\nThe crews were held at the port (the only one on the coast) -- and officials "
            f"said they would be released soon after questioning.\n\n{_STORY}")
    doc = extract(text)
    assert doc.title == _HEADLINE
    assert doc.paragraphs[0].startswith("The crews were held at the port (the only one")


@pytest.mark.parametrize("caption", [
    "The minister said the reef would stay open to local boats. — Picture by Jane Doe",
    "the boat that was stopped near the reef---picture:News Desk",
    "Sailors on the deck of the patrol boat in the harbour on Sunday. (Express Photo by Jane Doe)",
])
def test_a_caption_closed_by_its_photo_credit_is_no_title_and_no_story(caption: str) -> None:
    doc = extract(f"{caption}\n\n{_STORY}")
    assert doc.title is None
    assert all(caption not in p for p in doc.paragraphs)


def test_a_bare_dateline_is_no_title_and_the_agency_label_under_it_goes() -> None:
    # "BAKU, Azerbaijan, Sept.1" / "Trend:" over a story citing Trend
    story = _STORY + "\n\nThe spokesman made the remarks to reporters, Harbour reports."
    doc = extract(f"PORTVILLE, Ruritania, Sept.1\n\nHarbour:\n\n{story}")
    assert doc.title is None
    assert doc.paragraphs[0].startswith("The navy said on Tuesday")


# --- widgets and menus over the headline -------------------------------------------------------------

def test_a_follow_button_over_the_outlet_gives_the_publisher() -> None:
    doc = extract(f"Crews held\n\nClick to follow\nThe Independent Online\n{_STORY}")
    assert (doc.title, doc.publisher) == ("Crews held", "The Independent Online")
    assert doc.paragraphs[0].startswith("The navy said")


@pytest.mark.parametrize("furniture", ["Read Time:33 Second", "عربي Español Русский Français 简体中文"])
def test_a_reading_time_or_a_language_menu_is_no_title(furniture: str) -> None:
    doc = extract(f"{furniture}\n\n{_HEADLINE}\n\n2018-06-20 10:21\n\n{_STORY}")
    assert doc.title == _HEADLINE


def test_a_headline_in_two_scripts_is_kept() -> None:
    doc = extract(f"Navy detains crews of the Kyiv-registered vessel «Мрія»\n\n{_STORY}")
    assert doc.title == "Navy detains crews of the Kyiv-registered vessel «Мрія»"


# --- authors ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Main Stories", "Top Stories"])
def test_a_section_label_is_no_bare_byline(label: str) -> None:
    assert bare_byline_facts(label) is None


def test_a_two_word_name_is_still_a_bare_byline() -> None:
    facts = bare_byline_facts("Jane Doe")
    assert facts is not None and facts.author == "Jane Doe"


def test_a_section_label_under_the_headline_is_no_author() -> None:
    doc = extract(f"{_HEADLINE}\n\nMain Stories\n\n{_STORY}")
    assert doc.author is None


# --- publishers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("credit", ["( With inputs from ANI )", "(With inputs from PTI)"])
def test_a_closing_credit_in_brackets_gives_the_agency_and_leaves_the_story(credit: str) -> None:
    doc = extract(f"{_HEADLINE}\n\n{_STORY}\n\n{credit}")
    assert doc.publisher == credit.strip("( )").split()[-1]
    assert doc.paragraphs[-1].startswith("Fishermen's unions")


def test_an_agency_in_brackets_glued_to_the_last_paragraph_is_the_publisher() -> None:
    doc = extract(f"{_HEADLINE}\n\n{_STORY} (ANI)")
    assert doc.publisher == "ANI"
    assert doc.paragraphs[-1].endswith("demanded an apology.")


def test_a_generic_agency_credit_in_brackets_names_no_publisher() -> None:
    doc = extract(f"{_HEADLINE}\n\n{_STORY} (AGENCY)")
    assert doc.publisher is None
    assert doc.paragraphs[-1].endswith("demanded an apology.")


@pytest.mark.parametrize(("line", "agency"), [
    ("Portville, (APP - NewsHub / Harbour Point News - 3rd May, 2021 ) :Police detained two crews", "APP"),
    ("PORTVILLE, (NewsHub / Harbour Point News / WAM - 25th Nov, 2020) Officials said on Monday", "WAM"),
    ("MOSCOW/MINSK (NewsHub News / Sputnik - 11th June, 2020) The minister said", "Sputnik"),
])
def test_a_shared_dateline_gives_the_agency_it_credits(line: str, agency: str) -> None:
    assert dateline_agency(line) == agency


def test_prose_with_slashed_names_in_brackets_is_no_dateline() -> None:
    assert dateline_agency("The talks (Ruritania / Freedonia) Were held on Monday") is None


# --- dates --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("headline", [_HEADLINE + "\n\n", ""])
def test_a_place_and_full_date_before_a_colon_dates_the_story(headline: str) -> None:
    # a local outlet's dateline ("Naya Raipur, November 22, 2012: ..."), which is no headline either
    lead = "Portville, November 22, 2012: Two fishing crews were detained near the reef."
    doc = extract(f"{headline}{lead}\n\n{_STORY}")
    assert doc.published == "2012-11-22"
    assert doc.paragraphs[0] == lead


def test_a_comma_and_a_yearless_day_before_a_colon_date_nothing() -> None:
    doc = extract(f"Meanwhile, on March 3, the minister said: the crews will be freed soon.\n\n{_STORY}")
    assert doc.published is None


# --- furniture ----------------------------------------------------------------------------------------

def test_a_summary_cut_short_over_the_paragraph_it_opens_goes() -> None:
    lead = ("Portville, July 12 Police on Wednesday detained two fishing crews who were trying to reach the "
            "reef before dawn.")
    teaser = lead[:70] + " ..."
    doc = extract(f"{_HEADLINE}\n\n{teaser}\n\n{lead}\n\n{_STORY}")
    assert doc.paragraphs[0] == lead
