"""HTML articles: trafilatura finds the body and the metadata (htmldate finds the date)."""

from __future__ import annotations

import logging
import re

import trafilatura
from lxml.etree import LxmlError
from trafilatura.settings import Document as TrafilaturaDocument

from sitrep.clean.boilerplate import remove_boilerplate
from sitrep.clean.extracted import Extracted, same_text
from sitrep.errors import CleanError
from sitrep.records import RawDocument

SUBTITLE_MAX_CHARS = 320
RETRY_BELOW_WORDS = 60
"""A precise extraction shorter than this is retried favouring recall (pages trafilatura finds hard)."""
LEDE_OVERLAP = 0.8
"""A description sharing this share of its words with the first paragraphs repeats the lede."""
_WORDS = re.compile(r"\w{3,}")
# trafilatura logs every page it finds hard; sitrep reports failures itself, one line per document
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def extract_html(raw: RawDocument) -> Extracted:
    """Body paragraphs and metadata of an HTML page; raises CleanError when no article is found."""
    paragraphs, found = html_body(raw.content, raw.url, raw.origin)
    out = Extracted(
        title=_text(found.title), published=_stated_date(_text(found.date), f"{raw.url or ''} {raw.content}"),
        publisher=_text(found.sitename), author=_text(found.author), url=_text(found.url),
    )
    while paragraphs and same_text(paragraphs[0], out.title):
        paragraphs = paragraphs[1:]
    out.paragraphs = paragraphs
    out.subtitle = _subtitle(_text(found.description), out.title, paragraphs)
    return out


def _stated_date(found: str | None, page: str) -> str | None:
    """The date htmldate found, unless it is a 1 January the page never prints: htmldate makes the year of
    a copyright line ("© 2021 Example News") into 2021-01-01, a date the page does not state (a URL's date,
    "/2018/09/20/", and the page's own date lines are kept). `page` is the page's address and its HTML."""
    if not found or not found.endswith("-01-01"):
        return found
    year = re.escape(found[:4])
    new_year = re.compile(rf"{re.escape(found[:10])}|{year}[/.]0?1[/.]0?1\b|\b0?1[/.]0?1[/.]{year}\b"
                          rf"|\bJan(?:uary)?\.?\s+0?1(?:st)?,?\s+{year}\b|\b0?1(?:st)?\s+Jan(?:uary)?\.?,?\s+{year}\b",
                          re.I)
    return found if new_year.search(page) else None


def html_body(html: str, url: str | None, origin: str) -> tuple[list[str], TrafilaturaDocument]:
    """The article paragraphs trafilatura finds (page furniture removed) and its metadata record.

    Precision first; a page where that leaves almost nothing is read again favouring recall.
    """
    found = _extract(html, url, origin, favor_precision=True)
    lines = _story_lines(found)
    if len(" ".join(lines).split()) < RETRY_BELOW_WORDS:
        again = _extract(html, url, origin, favor_precision=False)
        more = _story_lines(again)
        if len(" ".join(more).split()) > len(" ".join(lines).split()):
            found, lines = again or found, more
    if found is None or not lines:
        raise CleanError("no article text found in the HTML", origin)
    return lines, found


def _extract(html: str, url: str | None, origin: str, *, favor_precision: bool) -> TrafilaturaDocument | None:
    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=favor_precision,
            favor_recall=not favor_precision, include_tables=True, include_images=False, include_links=False,
        )
    except (LxmlError, RecursionError, ValueError, TypeError, AttributeError, IndexError) as exc:
        raise CleanError(f"HTML could not be parsed ({type(exc).__name__})", origin) from exc


def _story_lines(found: TrafilaturaDocument | None) -> list[str]:
    if found is None:
        return []
    return remove_boilerplate([line.strip() for line in (found.text or "").split("\n") if line.strip()])


def _subtitle(description: str | None, title: str | None, paragraphs: list[str]) -> str | None:
    """The page's description when it is a standfirst, not a copy of the headline or of the lede."""
    if not description or len(description) > SUBTITLE_MAX_CHARS or description.endswith(("...", "…")):
        return None
    if same_text(description, title):
        return None
    words = set(_WORDS.findall(description.lower()))
    opening = set(_WORDS.findall(" ".join(paragraphs[:2]).lower()))
    if not words or len(words & opening) >= LEDE_OVERLAP * len(words):  # a summary cut from the lede
        return None
    return description


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
