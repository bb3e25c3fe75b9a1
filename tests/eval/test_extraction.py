"""The article-extraction metric (as the benchmark's README defines it) and a small run of the cleaner."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sitrep.clean.extracted import Extracted
from sitrep.eval.extraction import (
    PageScore,
    dateline_credit,
    is_tuning_page,
    local_dates,
    metadata_agreement,
    names_agree,
    page_headline,
    page_score,
    page_text,
    publishers_agree,
    score_extraction,
    shingles,
    summarise,
    titles_agree,
)

SAMPLE = [  # three English pages of shared/benchmarks/article-extraction (WSJ, NYT, Connecticut Post)
    "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
    "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
    "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f",
]


def test_shingles_are_four_token_multisets() -> None:
    assert shingles("") == {}
    assert shingles("Kirby said.") == {("Kirby", "said"): 1}
    assert sum(shingles("a b c d e a b c d").values()) == 6
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_page_score_counts_true_and_false_shingles() -> None:
    truth = "Russia is providing Iran with military aid"  # 7 tokens: 4 shingles
    extra = truth + " Also read more news"  # 4 more shingles, all false
    score = page_score("p", extra, truth)
    assert score.recall == 1.0 and score.precision == pytest.approx(4 / 8)
    assert not score.exact and page_score("p", f"“{truth}.”", truth).exact  # punctuation is not a token
    empty = page_score("p", "", truth)
    assert empty.precision is None and empty.recall == 0.0


def test_empty_predictions_count_for_recall_only() -> None:
    pages = [PageScore("a", 1.0, 1.0, True, "en"), PageScore("b", None, 0.0, False, "en")]
    figures = summarise(pages)
    assert (figures["precision"], figures["recall"], figures["empty"]) == (1.0, 0.5, 1)
    assert figures["f1"] == pytest.approx(2 * 0.5 / 1.5, abs=1e-4)
    assert figures["misses"][0]["id"] == "b"


def test_cleaner_scores_well_on_a_small_sample(shared: Path) -> None:
    figures = score_extraction(shared / "benchmarks" / "article-extraction", items=SAMPLE)
    assert figures["cases"] == 3 and figures["empty"] == 0
    assert figures["precision"] >= 0.9 and figures["recall"] >= 0.9
    # the plain-text path on the same pages' scraped text (menus, share bars and all)
    assert figures["text"]["empty"] == 0
    assert figures["text"]["precision"] >= 0.85 and figures["text"]["recall"] >= 0.85
    assert figures["text"]["title"] >= 0.6
    assert set(figures["text_tuning"]) == {"precision", "recall", "f1", "empty", "title", "date", "author",
                                           "publisher"}


def test_page_text_puts_blocks_on_their_own_lines_and_drops_what_is_not_shown() -> None:
    html = ("<html><head><title>T</title><style>p {}</style></head><body><nav><ul><li>Home</li><li>World"
            "</li></ul></nav><h1>Talks resume</h1><p>The talks <b>resumed</b> on Friday.</p>"
            "<script>var x = 1;</script><div hidden>menu</div><p style='display: none'>gone</p>"
            "<p>Second<br>line</p></body></html>")
    assert page_text(html) == "Home\nWorld\n\nTalks resume\n\nThe talks resumed on Friday.\n\nSecond\nline\n"


def test_page_text_of_a_real_page_keeps_the_headline_alone_on_its_line(shared: Path) -> None:
    # SAMPLE[0] (WSJ): the headline is an <h1>; the page's scripts and styles are not text
    with gzip.open(shared / "benchmarks" / "article-extraction" / "html" / f"{SAMPLE[0]}.html.gz", "rt",
                   encoding="utf8") as handle:
        lines = page_text(handle.read()).split("\n")
    assert "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay" in lines
    assert not any("function(" in line or "window." in line for line in lines)


def test_titles_agree_without_the_site_name() -> None:
    # page titles from bench 34a732 and 04a671: the site's name is added to the headline
    assert titles_agree("Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos",
                        "LinkNaija | Nigeria's popular news platform: Nollywood Actress, Kate Henshaw "
                        "Is Looking Stunning In New Photos")
    assert titles_agree("Republicans Are Following Trump to Nowhere",
                        "Opinion | Republicans Are Following Trump to Nowhere")
    # bench 20b2b6: a headline with a colon of its own, then the site's name
    assert titles_agree("Black Friday per nostalgici: le occasioni da non perdere",
                        "Black Friday per nostalgici: le occasioni da non perdere - Remember 80/90 - "
                        "Memorabilia anni 80/90")
    assert not titles_agree("Skip to contentSkip to site index", "Opinion | Republicans Are Following Trump")
    assert not titles_agree(None, "Opinion")


def test_tuning_and_held_out_pages_split_by_the_last_hex_digit() -> None:
    assert is_tuning_page("04a6711c") and is_tuning_page("7f93c194a")
    assert not is_tuning_page("0dd1357045b") and not is_tuning_page("05844573f")


def test_authors_agree_on_one_of_their_names() -> None:
    # trafilatura's bylines of the benchmark's pages (Connecticut Post, Quanta) against the text path's
    assert names_agree("Tom Krisher", "Tom Krisher; Ap Auto Writer")
    assert names_agree("Carrie Arnold", "Carrie Arnold November")
    assert not names_agree("Umair Irfan Updated", "Jane Doe")
    assert not names_agree("New Delhi", "News Nation Bureau") and not names_agree(None, "Jane Doe")


def test_publishers_agree_with_the_site_its_host_or_a_wire_agency() -> None:
    assert publishers_agree("Los Angeles Times", "Los Angeles Times", "https://www.latimes.com/x")
    assert publishers_agree("CBS News", "CBS", "https://www.cbsnews.com/news/x")  # the host's name
    assert publishers_agree("Reuters", "VentureBeat", "https://venturebeat.com/x", "Reuters")
    assert not publishers_agree("Chris Davies", "SlashGear", "https://www.slashgear.com/x", "Chris Davies")
    assert publishers_agree("BBC", None, "https://news.bbc.co.uk/x")


def test_publishers_agree_with_their_initials() -> None:
    # bench d0382c0d (Times Union, an AP story) and 042bb7b5 (wsj.com)
    assert publishers_agree("AP", "Associated Press", "https://www.timesunion.com/x", "JANIE HAR")
    assert publishers_agree("The Wall Street Journal", None, "https://www.wsj.com/articles/x")
    assert not publishers_agree("Dow Jones", "Wall Street Journal", "https://www.wsj.com/articles/x")


def test_a_title_agrees_with_the_headline_the_page_prints() -> None:
    # bench bc13ff87 (The Real Deal): the meta title words the story apart from its printed <h1>
    page = ('<html><head><title>WeWork employees to be laid off this week</title></head><body>'
            '<h1><a href="/">TRD</a></h1><h1>Major WeWork layoffs to begin today</h1>'
            '<p>Story.</p></body></html>')
    assert page_headline(page) == "Major WeWork layoffs to begin today"  # "TRD" is the logo's
    html_side = Extracted(title="WeWork employees to be laid off this week")
    found = metadata_agreement(Extracted(title="Major WeWork layoffs to begin today"), html_side,
                               "https://therealdeal.com/x", page_headline(page))
    assert found["title"]
    assert not metadata_agreement(Extracted(title="TRD"), html_side, None, page_headline(page))["title"]


def test_a_local_date_agrees_with_the_utc_day_the_markup_stamps() -> None:
    # bench 06ee193d: the page prints "Nov 19, 2019, 10:31 pm CST"; its markup says 2019-11-20T04:31:13+00:00
    page = '<meta property="article:published_time" content="2019-11-20T04:31:13+00:00">'
    local = local_dates(page)
    assert local == {"2019-11-20": {"2019-11-19"}}  # 04:31 UTC is the day before only west of Greenwich
    html_side = Extracted(published="2019-11-20")
    assert metadata_agreement(Extracted(published="2019-11-19"), html_side, None, None, local)["date"]
    assert not metadata_agreement(Extracted(published="2019-11-21"), html_side, None, None, local)["date"]
    assert not metadata_agreement(Extracted(published="2019-11-19"), html_side, None, None, {})["date"]
    # a late-evening UTC time is already the next day east of Greenwich; a local offset says nothing
    assert local_dates('"2019-11-20T22:05:00Z"') == {"2019-11-20": {"2019-11-21"}}
    assert local_dates('"2019-11-20T04:31:13-06:00"') == {}
    # a CMS placeholder stamp (seen on a benchmark page) has no day before it
    assert local_dates('"0001-01-01T00:00:00Z"') == {}


def test_a_publisher_agrees_with_the_agency_the_dateline_credits() -> None:
    # bench db6b0816: an AP story on a newspaper's site; the ground-truth body opens with the wire dateline
    body = "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China"
    assert dateline_credit(body) == "AP"
    assert dateline_credit("(Reuters) - Oil prices fell") == "Reuters"
    assert dateline_credit("The Latest on a stabbing (AP photo) was released") is None
    html_side = Extracted(publisher="The Times Union")
    found = metadata_agreement(Extracted(publisher="Associated Press"), html_side,
                               "https://www.timesunion.com/x", None, None, dateline_credit(body))
    assert found["publisher"]
    assert not metadata_agreement(Extracted(publisher="Reuters"), html_side, "https://www.timesunion.com/x",
                                  None, None, dateline_credit(body))["publisher"]


def test_a_publisher_agrees_without_its_outlet_kind_or_written_with_initials() -> None:
    # bench 04a6711c: the site calls itself "NYTimes"; bench 291a8bf3: "CRN Magazine" on crn.com (site "CRN")
    assert publishers_agree("The New York Times", "NYTimes", "https://www.nytimes.com/2019/x")
    assert publishers_agree("Los Angeles Times", None, "https://www.latimes.com/x")
    assert publishers_agree("CRN Magazine", "CRN", "https://www.crn.com/news/x")
    assert not publishers_agree("The New York Post", "NYTimes", "https://www.nytimes.com/2019/x")
    assert not publishers_agree("Magazine", "CRN", None)


def test_a_publisher_agrees_with_a_hyphened_host_and_a_spelled_utc_stamp_counts() -> None:
    # bench b0cf2bbf: "pv magazine" on pv-magazine.com (no site name); bench 08f79376: the page prints
    # "Nov 18, 2019 at 9:24 pm ET", its markup "2019-11-19 02:24:00 UTC"
    assert publishers_agree("pv magazine", None, "https://www.pv-magazine.com/2019/11/19/x")
    assert not publishers_agree("pv magazine", None, "https://www.pv-tech.org/x")
    assert local_dates('"2019-11-19 02:24:00 UTC"') == {"2019-11-19": {"2019-11-18"}}
    assert local_dates('"2019-11-19 02:24:00 CET"') == {}
