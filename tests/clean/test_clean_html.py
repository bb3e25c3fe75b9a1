"""HTML pages of the article-extraction benchmark (shared/benchmarks/article-extraction), hostile HTML."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sitrep.clean import clean_document
from sitrep.errors import CleanError
from sitrep.records import RawDocument

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
CTPOST = (
    "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f"  # AP story; page repeats the title
)
BARRONS = "f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584"
PORTUGUESE = "b3c19dd5f0612d098788fa5173e491b3280da6226b492f8fe110f4ab1896cca8"


def _page(shared: Path, item: str) -> RawDocument:
    bench = shared / "benchmarks" / "article-extraction"
    url = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))[item]["url"]
    with gzip.open(bench / "html" / f"{item}.html.gz", "rt", encoding="utf8") as page:
        return RawDocument(origin=item, content=page.read(), kind="html", id=item[:16], url=url)


def test_benchmark_page_body_and_metadata(shared: Path) -> None:
    doc = clean_document(_page(shared, WSJ))
    assert doc.title == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay"
    assert (doc.published, doc.publisher, doc.author) == (
        "2019-11-19",
        "Wall Street Journal",
        "Sarah E Needleman",
    )
    assert doc.subtitle and doc.subtitle.startswith("There are more devices, platforms and services")
    assert doc.text.startswith("Gaming used to be so simple.")
    assert "\n\nNow we spend money over and over on virtual perks." in doc.text


def test_title_printed_again_above_the_body_is_dropped(shared: Path) -> None:
    doc = clean_document(_page(shared, CTPOST))
    assert doc.title == "New SUVs and electric vehicles highlight L.A. Auto Show"
    assert doc.text.startswith("New electric vehicles, several new small SUVs")
    assert doc.subtitle is None  # the page description is a cut of the lede, not a standfirst
    assert doc.published == "2019-11-20"


def test_non_english_page_is_refused(shared: Path) -> None:
    with pytest.raises(CleanError, match=r"not English \(detected: pt\)"):
        clean_document(_page(shared, PORTUGUESE))


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + "<div>" * 20_000 + "<p>Deep.</p>" + "</div>" * 20_000 + "</body></html>",
        "<html><body><p>unclosed <b>bold <div></p></table><td>" + "<" * 500,
        "<?xml version='1.0'?><html></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_broken_or_hostile_html_gives_a_clean_error_not_a_crash(html: str) -> None:
    try:
        doc = clean_document(RawDocument(origin="bad.html", content=html, kind="html"))
    except CleanError as exc:
        assert exc.origin == "bad.html"
    else:
        assert doc.text.strip()


def test_page_the_precise_pass_misses_is_read_again_favouring_recall(shared: Path) -> None:
    # Barron's page: favouring precision, trafilatura keeps only the reprint notice
    doc = clean_document(_page(shared, BARRONS))
    assert doc.text.startswith("Shares of construction goods giant Home Depot are dropping")
    for furniture in ("non-commercial use only", "Order Reprints", "Print Article", "Text size"):
        assert furniture not in doc.text
