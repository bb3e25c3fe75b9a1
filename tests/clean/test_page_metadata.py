"""Headline, publisher, date and author of scraped pages, and the furniture left out of their bodies.

Pages are tuning pages of shared/benchmarks/article-extraction (ids ending in an even hex digit, named
by their first characters), rendered the way a scraper saves a page (`page_text`); wire stories are
PolNeAR train texts (shared/corpora/polnear/train/text).
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

import pytest

from sitrep.clean.extracted import Extracted
from sitrep.clean.region import story_span
from sitrep.clean.text import extract_text
from sitrep.eval.extraction import page_text
from sitrep.records import RawDocument

EXTRACTION = ("benchmarks", "article-extraction")
REUTERS = "huff-post_2015-12-30_hillary-clinton-calls-isis-viole.txt"
"""Opens "Dec 29 (Reuters) - ", ends "... Middle East. (Reporting by Amanda Becker in Washington; ...)"."""


@cache
def _truth(shared: Path) -> dict[str, dict[str, str]]:
    return json.loads(shared.joinpath(*EXTRACTION, "ground-truth.json").read_text(encoding="utf-8"))


def _dump(shared: Path, prefix: str) -> str:
    item = next(key for key in _truth(shared) if key.startswith(prefix))
    with gzip.open(shared.joinpath(*EXTRACTION, "html", f"{item}.html.gz"), "rt", encoding="utf8") as handle:
        return page_text(handle.read())


def _clean(text: str) -> Extracted:
    return extract_text(RawDocument(origin="page", content=text, kind="text"))


@pytest.mark.parametrize(("prefix", "title"), [
    # CRN: the site's tagline "News, Analysis and Perspective for Solution Providers and Technology
    # Integrators" stands over the headline, its standfirst and the byline
    ("291a8bf3", "Tim Cook On Apple Being ‘Pulled Into The Enterprise’"),
    # Smithsonian: the headline, then a long unended standfirst signed by the byline
    ("ea25dd7e", "Three Cases of Plague Diagnosed in China"),
    # The Guardian: headline, "Editorial", standfirst, date line
    ("5fa3154e", "The Guardian view on Hong Kong: a city on the brink"),
    # The Verge: headline, "New, 15 comments", standfirst; a share bar repeats the headline
    ("785affa2", "Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct"),
])
def test_the_headline_is_neither_a_tagline_nor_the_standfirst(shared: Path, prefix: str, title: str) -> None:
    assert _clean(_dump(shared, prefix)).title == title


@pytest.mark.parametrize(("prefix", "publisher"), [
    ("6a72de37", "Dawgs By Nature"),  # "© 2019 Vox Media, LLC" is the parent company
    ("3d8f3404", "IndieWire"),  # "© 2019 Penske Business Media, LLC"
    ("785affa2", "The Verge"),  # no byline outlet; "Follow The Verge online:"
    ("287e4d9f", "IGN"),  # "By Eric Song, IGN Staff"
    ("5fa3154e", "The Guardian"),  # the date line's "Last modified" is no publisher
])
def test_the_outlet_is_the_publisher_not_its_parent(shared: Path, prefix: str, publisher: str) -> None:
    assert _clean(_dump(shared, prefix)).publisher == publisher


def test_cards_of_other_stories_inside_a_column_are_left_out(shared: Path) -> None:
    # 8634d121 (Los Angeles Times column): "Business" / a headline / "Business" / the same headline / its
    # summary, twice in the story; the column's own paragraphs stay
    body = _clean(_dump(shared, "8634d121")).paragraphs
    assert not any("Tribune Publishing renames itself Tronc" in p for p in body)
    assert not any(p.startswith("Column: A vulture firm’s bid") for p in body)
    assert any(p.startswith("But public companies such as Gannett, GateHouse") for p in body)


def test_a_long_caption_ending_with_its_photo_credit_is_left_out(shared: Path) -> None:
    # 833caf3b (Al Bawaba, an AFP story): the caption restates the lede and ends "Jaafar ASHTIYEH / AFP"
    body = _clean(_dump(shared, "833caf3b")).paragraphs
    assert not any(p.endswith("Jaafar ASHTIYEH / AFP") for p in body)
    assert body[0].startswith("Israeli courts, however") or body[0].startswith("Highlights")


def test_a_wire_story_with_a_yearless_dateline(shared: Path) -> None:
    text = shared.joinpath("corpora", "polnear", "train", "text", REUTERS).read_text(encoding="utf-8")
    found = _clean(text)
    assert (found.publisher, found.author) == ("Reuters", "Amanda Becker")  # "(Reporting by Amanda ..."
    assert found.published is None  # "Dec 29" and no full date on the page: no year is invented
    assert found.paragraphs[-1].endswith("in the Middle East.")  # the glued credit is no story text
    dated = _clean(text + "\n\nPosted December 30, 2015\n")
    assert dated.published == "2015-12-29"  # the year of the page's full date


def test_teasers_above_a_story_do_not_take_its_place(shared: Path) -> None:
    # Three teasers (headline, author, date line, summary) of 87bf6057 (Washington Examiner) above the seed
    # article's headline, a date line and its first paragraphs, as a station's page lists its latest
    # stories above the one it prints. The dense run began in the teasers, whose date lines closed it.
    lines = [line for line in _dump(shared, "87bf6057").split("\n") if line.strip()]
    first = lines.index("Surprise! Report claiming US has the ‘world's highest rate of children in "
                        "detention’ is bogus")
    seed = shared.joinpath("seed", "000_cffe77665d307e1a.txt").read_text(encoding="utf-8").split("\n")
    story = [line for line in seed[7:] if line.strip()][:9]
    page = [*lines[first: first + 12], seed[0], "Friday December 9, 2022", *story]
    assert story_span(page)[0] == 14
    assert _clean("\n\n".join(page)).paragraphs[0] == story[0]


@pytest.mark.parametrize(("prefix", "author"), [
    ("e7d77f18", "Maren Estrada"),  # BGR: the name over "November 19th, 2019 at 8:40 AM"
    ("f8ff621a", "Al Root"),  # Barron's
    ("7de52419", "Tom Davies"),  # Detroit News: "Tom Davies   Associated Press" over the date line
])
def test_an_author_named_alone_by_the_date_line(shared: Path, prefix: str, author: str) -> None:
    assert _clean(_dump(shared, prefix)).author == author


def test_a_list_of_dated_teasers_between_header_and_story_gives_no_date(shared: Path) -> None:
    # aadb38e5 (AutoIndustriya): "Brent Co November 20, 2019 12:32" under the headline, then "MORE STORIES
    # LIKE THIS ONE": eight teasers, each a section label, a headline and "October 18, 2019"-like date
    found = _clean(_dump(shared, "aadb38e5"))
    assert found.published == "2019-11-20"
    assert found.paragraphs[0].startswith("Earlier this year, Lexus revealed the LC Convertible Concept")


def test_a_headline_printed_again_over_a_photo_gallery_is_the_title(shared: Path) -> None:
    # d0382c0d (Times Union): the headline, "JANIE HAR", a date line, a share bar, the headline again, a
    # four-photo gallery, then a survey box ("Something's different, right?") and "Most Popular" above
    # the story
    found = _clean(_dump(shared, "d0382c0d"))
    assert (found.title, found.author) == ("PG&E begins new mass power shutoff over fire danger", "JANIE HAR")


def test_a_date_line_with_its_author_and_topics_signs_the_headline(shared: Path) -> None:
    # 612cd298 (MoreBikes): "Clymer workshop manual review" over "13/06/2014 Tony Carter All, Books, Kit
    # Reviews", then "Tested by: John Milbank RRP: £23.99 More info: www.clymer.co.uk" over the story
    found = _clean(_dump(shared, "612cd298"))
    assert (found.title, found.published) == ("Clymer workshop manual review", "2014-06-13")


def test_a_header_laid_out_as_labels_and_values(shared: Path) -> None:
    # e1cd54e5 (Practical Horseman): "Author:" / "Practical Horseman Editorial Staff" / "Publish date:" /
    # "Oct 4, 2018" under the headline and standfirst; 042bb7b5 (WSJ) and f8ff621a (Barron's): "By" alone
    found = _clean(_dump(shared, "e1cd54e5"))
    assert (found.title, found.published) == ("4 Things to Do in October", "2018-10-04")
    assert found.publisher == "Practical Horseman"  # an editorial staff's credit names the outlet
    assert _clean(_dump(shared, "042bb7b5")).author == "Sarah E. Needleman"


@pytest.mark.parametrize(("prefix", "title"), [
    # The Dawgs By Nature: "Filed under:" / "Analyzing Snap Counts" over the headline a share bar repeats
    ("6a72de37", "Browns’ defensive snap counts, stats, and notes: Week 11"),
    # Gizmodo: two teasers, each signed by the author and a date line, over the story's own headline
    ("5fa5679d", "The Future of Apple Innovation Is Backwards"),
    # BGR: a promotion over the headline; the page's title "<headline> – BGR" heads the text
    ("e7d77f18", "The 10 best early Black Friday deals on Apple devices"),
    # Barron's: a headline of two sentences, the first line a browser notice
    ("f8ff621a", "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry."),
    # Jeongdong Theater: the blog's heading "Blog - Latest News" over the post's headline
    ("52111884", "[The Palace: Tale of Jang Noksu] More Reviews from KLOOK Visitors!"),
])
def test_kickers_teasers_and_section_headings_are_no_headline(shared: Path, prefix: str, title: str) -> None:
    assert _clean(_dump(shared, prefix)).title == title


def test_a_teaser_s_date_above_the_headline_is_not_the_story_s(shared: Path) -> None:
    # 5fa5679d (Gizmodo): the story's own date line says "Monday 5:30PM"; "11/12/19 4:40PM" signs a teaser
    found = _clean(_dump(shared, "5fa5679d"))
    assert (found.published, found.author, found.publisher) == (None, "Adam Clark Estes", "Gizmodo")


@pytest.mark.parametrize(("prefix", "author", "publisher"), [
    ("fde930b0", "Charlie Wood", "Business Insider"),  # "Charlie Wood, Business Insider"
    ("c81e134e", "Elliot Brownstein", "Florida Today"),  # "Elliot Brownstein   Florida Today"
    ("a6968f42", "Meg Kinnard and Errin Haines", "Associated Press"),  # "..., Associated Press"
    ("d48aeb9c", "Louise Matsakis", "WIRED"),  # "Louise Matsakis" / "Business" / "11.15.2019 10:09 AM"
    ("39d5c43b", None, "Reuters"),  # Deccan Herald: "Reuters,  Washington," over "Nov 20 2019, 11:06am ist"
    ("ecb46e3e", None, "Associated Press"),  # Times Union: "Associated Press" over "Published 11:26 pm EST"
])
def test_bylines_name_their_author_and_outlet(shared: Path, prefix: str, author: str | None,
                                              publisher: str) -> None:
    found = _clean(_dump(shared, prefix))
    assert (found.author, found.publisher) == (author, publisher)


@pytest.mark.parametrize(("prefix", "publisher"), [
    ("042bb7b5", "The Wall Street Journal"),  # "© 2019 Dow Jones & Company"; wsj.com in its addresses
    ("f8ff621a", "Barron's"),  # "Barrons.com" in its browser notice, "Barron's" alone on a line
    ("30b771a4", "MoreBikes"),  # "Copyright © Mortons Media Group Ltd" has no year
])
def test_a_masthead_spelling_the_page_s_host_beats_the_parent_company(shared: Path, prefix: str,
                                                                      publisher: str) -> None:
    assert _clean(_dump(shared, prefix)).publisher == publisher


def test_a_photo_gallery_s_captions_and_controls_are_left_out(shared: Path) -> None:
    # eecd2575 (San Antonio Express-News, an AP story): each caption twice, "Photo: Ringo H.W. Chiu, AP",
    # "Caption", "Close", "1 / 4", "Back to Gallery" between the story's paragraphs
    body = _clean(_dump(shared, "eecd2575")).paragraphs
    assert not any(p.startswith("Los Angeles Lakers' LeBron James dunks during") for p in body)
    assert not {"Caption", "Close", "1 / 4", "Back to Gallery", "Photo: Ringo H.W. Chiu, AP"} & set(body)
    assert body[0] == "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal."


@pytest.mark.parametrize(("prefix", "author", "publisher"), [
    # News Nation: "New Delhi, News Nation Bureau | Updated : 19 November 2019": the place it filed from
    ("076f4f33", "News Nation Bureau", "News Nation"),
    # Live Science: "By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z Space": a section
    ("3c5bf8db", "Tim Childers", "Live Science"),
    # The Republic: "By Staff Reports -": the outlet's staff; "© 2019 The Republic unless otherwise noted."
    ("961bd85c", "Staff Reports", "The Republic"),
    # PanARMENIAN.Net: the story opens "PanARMENIAN.Net - Verified video footage ..."; "© ... PAN Media"
    ("d90bda7e", None, "PanARMENIAN.Net"),
    # CNBC: "Subscribe to CNBC PRO" names a product of the outlet "About CNBC" names
    ("374ac9a5", "Natasha Turak", "CNBC"),
])
def test_places_sections_staff_and_products_are_no_author_or_outlet(
        shared: Path, prefix: str, author: str | None, publisher: str) -> None:
    found = _clean(_dump(shared, prefix))
    assert (found.author, found.publisher) == (author, publisher)


def test_a_rights_notice_with_its_years_after_the_owner(shared: Path) -> None:
    # 4219d096 (a recipe blog): "... affiliated sites. ©The Anti-June Cleaver 2011-2019" closes a line
    assert _clean(_dump(shared, "4219d096")).publisher == "The Anti-June Cleaver"


@pytest.mark.parametrize(("prefix", "furniture"), [
    # Vox: captions over their credit ("... better." / "Ecological Economics"), "Most Read" over teasers
    # run on with their summaries
    ("16c30add", ["Ecological Economics", "Heavy air pollution in Delhi is shaving years off the lives of "
                  "millions in Delhi.", "Tuesday’s impeachment hearings were a disaster for Republicans"]),
    # IndieWire: "Related" over two headlines inside the story
    ("3d8f3404", ["How to Watch and Livestream This Week's Impeachment Hearings"]),
    # Newsweek: a headline over its own "Read more" link inside the story
    ("7f93c194", ["Neil Young's Plan to Vote Against Trump Suffers Setback Over Marijuana Use"]),
    # The Space Review: the note on the author, the comment form's notice
    ("c00962aa", ["Jeff Foust (jeff@thespacereview.com) is the editor",
                  "Note: we are temporarily moderating"]),
    # pv magazine: "Emiliano Bellini" / "Emiliano joined pv magazine in March 2017. ..."
    ("b0cf2bbf", ["Emiliano joined pv magazine"]),
    # BBC: the "Report" button of each embedded post
    ("70cb2d5b", ["Report"]),
])
def test_teasers_captions_and_author_notes_are_left_out(shared: Path, prefix: str,
                                                       furniture: list[str]) -> None:
    body = _clean(_dump(shared, prefix)).paragraphs
    assert not [p for p in body for line in furniture if p.startswith(line)]
    assert len(body) >= 5  # the story stays
