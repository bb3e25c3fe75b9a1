"""Whole-page text dumps: the story found among menus, teasers, comment threads and cookie banners.

Every page comes from shared/benchmarks/article-extraction (named by the first characters of its id),
rendered to text the way a scraper saves a page (`sitrep.eval.extraction.page_text`); the expected
bodies are the benchmark's hand-checked ground truth. All pages used here are tuning pages (ids
ending in an even hex digit).
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

import pytest

from sitrep.clean import clean_document
from sitrep.clean.dates import find_date
from sitrep.clean.extracted import Extracted
from sitrep.clean.region import line_value, story_close, story_span
from sitrep.clean.text import extract_text, split_lines
from sitrep.eval.extraction import page_score, page_text
from sitrep.records import RawDocument

EXTRACTION = ("benchmarks", "article-extraction")


@cache
def _truth(shared: Path) -> dict[str, dict[str, str]]:
    return json.loads(shared.joinpath(*EXTRACTION, "ground-truth.json").read_text(encoding="utf-8"))


def _page(shared: Path, prefix: str) -> tuple[str, str]:
    """The page's scraped text and its ground-truth body."""
    item = next(key for key in _truth(shared) if key.startswith(prefix))
    with gzip.open(shared.joinpath(*EXTRACTION, "html", f"{item}.html.gz"), "rt", encoding="utf8") as handle:
        return page_text(handle.read()), _truth(shared)[item]["articleBody"]


def _clean(dump: str) -> Extracted:
    return extract_text(RawDocument(origin="page", content=dump, kind="text"))


def _paragraphs(truth: str) -> list[str]:
    return [p.strip() for p in truth.split("\n") if p.strip()]


def test_menus_above_the_story_are_skipped_and_the_repeated_headline_is_the_title(shared: Path) -> None:
    # 34a7328535 (LinkNaija): a dozen menu items, a breadcrumb ending with the headline, the headline,
    # "LinkNaija October 06, 2018", then the story
    dump, truth = _page(shared, "34a7328535")
    found = _clean(dump)
    assert found.title == "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos"
    assert (found.published, found.publisher) == ("2018-10-06", "LinkNaija")
    assert found.paragraphs[0] == _paragraphs(truth)[0]
    assert not any("Job Vacancies" in p or "Nigeria News" in p for p in found.paragraphs)


def test_a_comment_thread_ends_the_story(shared: Path) -> None:
    # 8e3efab59f (ProFootballTalk): "34 responses to ..." and dozens of "<name> says:" comments follow
    dump, truth = _page(shared, "8e3efab59f")
    found = _clean(dump)
    assert found.title == "Anthony Lynn: “We needed to win this game”"
    assert found.published == "2019-11-19"
    assert found.paragraphs[-1] == _paragraphs(truth)[-1]
    assert not any(p.endswith("says:") for p in found.paragraphs)


def test_a_date_line_after_the_story_starts_the_next_item_of_a_list(shared: Path) -> None:
    # 87bf60570e (Washington Examiner): teasers, each "headline / author / Wednesday November 20, 2019 /
    # blurb", follow the story
    dump, truth = _page(shared, "87bf60570e")
    found = _clean(dump)
    assert found.published == "2019-11-18"
    assert not any("Wednesday November 20, 2019" in p for p in found.paragraphs)
    assert not any(p.startswith("Our family always celebrates anniversaries") for p in found.paragraphs)
    assert _paragraphs(truth)[-1] in found.paragraphs


def test_a_cookie_banner_is_not_taken_for_the_story(shared: Path) -> None:
    # 612cd29826 (MoreBikes): the consent banner's paragraphs are longer than the review itself
    dump, truth = _page(shared, "612cd29826")
    found = _clean(dump)
    assert not any("cookies" in p for p in found.paragraphs)
    score = page_score("612cd29826", "\n\n".join(found.paragraphs), truth)
    assert score.precision == 1.0 and score.recall > 0.9


def test_a_comment_form_ends_the_story(shared: Path) -> None:
    # b0cf2bbf01 (pv magazine): "Your email address will not be published. Required fields ..."
    dump, truth = _page(shared, "b0cf2bbf01")
    found = _clean(dump)
    assert found.title == "South Korea’s roadmap to drive down solar costs"
    assert not any("email address" in p or "personal data" in p for p in found.paragraphs)
    assert _paragraphs(truth)[-1] in found.paragraphs


def test_a_date_line_with_a_reading_time_still_gives_the_date(shared: Path) -> None:
    # 08f7937627 (CBS Sports): "by Bryan DeArdo", "@BryanDeArdo", "Nov 18, 2019 at 9:24 pm ET • 2 min read"
    dump, _ = _page(shared, "08f7937627")
    found = _clean(dump)
    assert found.title == "Browns player on Mason Rudolph's role in fight with Myles Garrett: He asked for it"
    assert found.published == "2019-11-18"


def test_menu_lines_cost_and_story_sentences_add(shared: Path) -> None:
    # 0dd1357045 (The Paradigm): menu items, then the story's first sentence
    dump, truth = _page(shared, "0dd1357045")
    lines = [line.text for line in split_lines(dump)]
    assert all(line_value(line) < 0 for line in ("Home", "News", "Business", "Lifestyle", "Tweet"))
    start, end = story_span(lines)
    assert lines[start] == _paragraphs(truth)[0]
    assert {"Home", "Politics", "Opinions", "Sport"} <= set(lines[:start])
    assert story_close(lines, start, end) <= end


def test_clean_document_reads_a_whole_page_dump(shared: Path) -> None:
    # 16c30add7e (Vox): share bar, author box, photo credit between the headline and the story
    dump, truth = _page(shared, "16c30add7e")
    doc = clean_document(RawDocument(origin="16c30add7e", content=dump, kind="text"))
    assert doc.title == "The law that’s helping fuel Delhi’s deadly air pollution"
    assert doc.published == "2019-11-13"  # "By Umair Irfan Updated Nov 13, 2019, 10:28am EST"
    score = page_score("16c30add7e", doc.text, truth)
    assert score.precision is not None and score.precision > 0.85 and score.recall > 0.95


@pytest.mark.parametrize(("line", "iso"), [
    ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19"),  # bench 156770d676 (The Hill)
    ("Carlos Nadalim 27/09/2018 Comente!", "2018-09-27"),  # bench 23aaecd141, day first
    ("11.14.2019 09:00 AM", "2019-11-14"),  # bench 2f42ef1d3e (Wired), month first
    ("03.04.2021", "2021-04-03"),  # day first when both readings are valid (European order)
])
def test_numeric_dates_in_either_order(line: str, iso: str) -> None:
    found = find_date(line)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("menu", [
    ["Home", "News", "Business"],
    ["Contact Us", "About Us", "Term of Use", "Privacy", "", "Home", "News", "Business", "Lifestyle",
     "Entertainment", "Politics", "Opinions", "Sport"],
])
def test_the_seed_under_a_site_menu_keeps_its_header_and_body(shared: Path, menu: list[str]) -> None:
    # the menu of bench 0dd1357045 (The Paradigm) printed above the seed article
    seed = (shared / "seed" / "000_cffe77665d307e1a.txt").read_text(encoding="utf-8")
    plain = clean_document(RawDocument(origin="seed", content=seed, kind="text"))
    doc = clean_document(RawDocument(origin="seed", content="\n".join(menu) + "\n\n" + seed, kind="text"))
    assert (doc.title, doc.subtitle, doc.publisher, doc.published) == (
        plain.title, plain.subtitle, plain.publisher, plain.published)
    assert doc.text == plain.text


def test_clean_article_texts_keep_almost_all_their_words(shared: Path) -> None:
    # every 20th PolNeAR train article: a clean text (no menus) must not be cut by the story-run search;
    # what goes is furniture the outlets printed ("Related:" lists, share prompts)
    paths = sorted(shared.joinpath("corpora", "polnear", "train", "text").glob("*.txt"))[::20]
    total = kept = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = clean_document(RawDocument(origin=path.name, content=text, kind="text"))
        total += len(text.split()) - len((doc.title or "").split()) - len((doc.subtitle or "").split())
        kept += len(doc.text.split())
    assert kept >= 0.99 * total


def test_the_headline_above_a_long_share_bar_is_found(shared: Path) -> None:
    # 098bb3e96c (LA Times): a share bar of a dozen lines lies between the headline and the story; the
    # furniture does not count against the headline's reach, and neither a share button ("Copy Link
    # URLCopied!") nor the story's first sentence is the title. The byline glues the job title to the
    # name ("By Meg JamesStaff Writer") and the footer names the site ("Copyright © 2019, Los Angeles Times")
    dump, truth = _page(shared, "098bb3e96c")
    found = _clean(dump)
    assert found.title == "‘We had some issues,’ exec says on Disney+ glitches"
    assert (found.author, found.publisher) == ("Meg James", "Los Angeles Times")
    assert found.published == "2019-11-19"
    assert found.paragraphs[0] == _paragraphs(truth)[0]


def test_a_kicker_in_capitals_is_not_the_headline(shared: Path) -> None:
    # 8b19453030 (The Sun): "BLACK DEATH FEARS" printed above the headline
    dump, _ = _page(shared, "8b19453030")
    found = _clean(dump)
    assert found.title is not None and found.title.startswith("Hunter diagnosed with bubonic plague")
    assert found.published == "2019-11-18"


def test_short_closing_sentences_stay_on_the_story(shared: Path) -> None:
    # The UK Foreign Office statement of re3d ("Minister for the Middle East condemns attack in Baghdad"):
    # its closing lines are short sentences, which cost a little in the dense run but are story.
    lines = [
        "Foreign Office Minister, Tobias Ellwood, said:",
        "The attack was a horrific act of terror against innocent people in the early hours of Sunday "
        "morning in Karrada, Baghdad. I offer my sincere condolences to the families and friends of the "
        "victims, and hope those injured in the attack recover quickly.",
        "Daesh targeted families out shopping for Eid and those celebrating suhur.",
        "It violated the peace of Ramadan.",
        "The UK stands by Iraq to defeat Daesh and end this violence.",
    ]
    assert story_span(lines)[1] == len(lines)
    assert story_span([*lines, "Share this page", "Related content"])[1] == len(lines)


def test_a_menu_run_together_on_long_lines_is_no_story(shared: Path) -> None:
    # 291a8bf3 (CRN): section names printed without separators make lines of forty capitalised words
    # ("Latest News Applications OS Channel Programs Cloud ..."); the story starts at its first sentence
    dump, truth = _page(shared, "291a8bf3")
    found = _clean(dump)
    assert found.paragraphs[0] == _paragraphs(truth)[0]
    assert not any(p.startswith(("Latest News Applications", "All Carousels")) for p in found.paragraphs)
    assert (found.author, found.published) == ("Joseph Tsidulko", "2019-11-19")


def test_a_kicker_above_the_headline_and_degrees_after_the_author(shared: Path) -> None:
    # e593d7fe (Healthline): "Nutrition" above the headline; "Rachael Link, MS, RD on November 14, 2019"
    dump, _ = _page(shared, "e593d7fe")
    found = _clean(dump)
    assert found.title == "15 Helpful Tips to Overcome Binge Eating"
    assert (found.subtitle, found.author, found.published) == (None, "Rachael Link", "2019-11-14")


def test_a_byline_without_by_is_no_headline(shared: Path) -> None:
    # fde930b0 (Business Insider): "Charlie Wood, Business Insider" between the headline and the date
    dump, _ = _page(shared, "fde930b0")
    found = _clean(dump)
    assert found.title == "10 things in tech you need to know today"
    assert (found.author, found.published) == ("Charlie Wood", "2019-11-19")


def test_credited_captions_and_a_most_read_list_leave_the_story(shared: Path) -> None:
    # 8b194530 (The Sun): captions ending "...treatmentCredit: EPA", then "Most read in world news"
    dump, _ = _page(shared, "8b194530")
    found = _clean(dump)
    assert not any("Credit:" in p or p == "Most read in world news" for p in found.paragraphs)
    assert found.author == "Debbie White" and found.subtitle is None
