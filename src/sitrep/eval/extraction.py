"""Score sitrep's cleaners on the article-extraction benchmark (Zyte's, as trafilatura reports it).

The metric is the benchmark's own: tokens are runs of word characters, compared as multisets of
4-token shingles; corpus precision is the mean page precision over pages with a non-empty
prediction, corpus recall the mean page recall over all pages, F1 their harmonic mean.

Two paths are scored: the HTML cleaner on the page itself, and the plain-text cleaner on the page's
whole visible text dumped the way a scraper saves it (`page_text`), which is what sitrep is fed
when it gets scraped pages as text. The benchmark has no metadata gold: the text path's title, date,
author and publisher are compared with what the HTML path reads from the page's markup (trafilatura's
meta tags and bylines, htmldate), on the pages where the HTML path finds one. A title also agrees with
the headline the page prints (its first `<h1>`), since the meta title is often worded apart. A date
agrees with the markup's day or with the local date a UTC timestamp of that day falls on west or east
of Greenwich, since pages print local time ("10:31 pm CST" for 04:31 UTC the next day). A publisher
agrees with the page's site name, its address's host, or a wire agency the HTML path credits as
author or the story's dateline credits ("WASHINGTON (AP) —"), also by initials ("AP" and
"Associated Press", "The Wall Street Journal" and wsj.com).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from sitrep.clean.extracted import Extracted
from sitrep.clean.header import is_person_name
from sitrep.clean.html import extract_html
from sitrep.clean.language import detect_language
from sitrep.clean.outlet import initials, site_label, squeezed
from sitrep.clean.text import extract_text
from sitrep.errors import CleanError
from sitrep.records import RawDocument

_TOKEN = re.compile(r"\w+")
SHINGLE = 4
HEADLINE_MIN_WORDS = 3
TITLE_OVERLAP = 0.8
"""Share of the longer title's tokens the other must hold for two titles to agree ("X - Site" vs "X")."""
# How a scraper lays a page out as text (html-text's convention): these elements start a new block
# (blank line around them) or a new line; the others run inline. Hidden and non-text elements are skipped.
_BLOCK_TAGS = frozenset({"article", "aside", "blockquote", "dl", "figure", "footer", "h1", "h2", "h3", "h4",
                         "h5", "h6", "header", "main", "nav", "ol", "p", "pre", "section", "table", "ul"})
_LINE_TAGS = frozenset({"address", "br", "caption", "dd", "details", "div", "dt", "fieldset", "figcaption",
                        "form", "hr", "legend", "li", "summary", "tr"})
_INVISIBLE_TAGS = frozenset({"button", "canvas", "embed", "head", "iframe", "input", "math", "noscript",
                             "object", "script", "select", "style", "svg", "template", "textarea"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*[|»:]\s+")
_SPACE_RUN = re.compile(r"\s+")
_OUTLET_KIND = re.compile(r"\s+(?:magazine|newspaper|online)$", re.I)  # "CRN Magazine" names CRN
_NAME_PARTS = re.compile(r"\s*(?:[;,|/&]|\band\b)\s*", re.I)
_HOST = re.compile(r"^[a-z]+://(?:www\d?\.|m\.|edition\.)?([^/:]+)", re.I)
METADATA = ("title", "date", "author", "publisher")
# A UTC timestamp in the markup ("2019-11-20T04:31:13Z", "+00:00", "+0000"): its hour tells which local
# dates a page printing local time can show for it (UTC-12 to UTC+14).
# A wire dateline opening the story ("WASHINGTON (AP) — ...", "(Reuters) - ..."): the credited agency.
_DATELINE_CREDIT = re.compile(r"^[^\n]{0,80}?\(([A-Z][A-Za-z. ]{1,30})\)\s*[\u2014\u2013-]")
# "2019-11-19T02:24:00Z", "...+00:00", and the spelled form "2019-11-19 02:24:00 UTC" (or GMT)
_UTC_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?"
                        r"(?:Z|\+00:?00|\s?(?:UTC|GMT))\b")


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's figures; precision is None when the prediction is empty."""

    item: str
    precision: float | None
    recall: float
    exact: bool
    language: str | None


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of a text (a shorter text gives one shingle of all its tokens)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i: i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def page_score(item: str, prediction: str, truth: str, language: str | None = None) -> PageScore:
    """Precision and recall of one prediction against its ground truth."""
    predicted, expected = shingles(prediction), shingles(truth)
    tp = sum((predicted & expected).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    precision = tp / (tp + fp) if predicted else None
    recall = tp / (tp + fn) if tp + fn else 1.0
    exact = _TOKEN.findall(prediction) == _TOKEN.findall(truth)
    return PageScore(item, precision, recall, exact, language)


def extract_page(html: str, url: str | None, item: str) -> str:
    """The body text sitrep's HTML cleaner keeps (empty when it finds no article)."""
    return "\n\n".join(_extract_html(html, url, item).paragraphs)


def _extract_html(html: str, url: str | None, item: str) -> Extracted:
    try:
        return extract_html(RawDocument(origin=item, content=html, kind="html", url=url))
    except CleanError:
        return Extracted()


def page_text(html: str) -> str:
    """The whole visible text of a page as a scraper saves it: one block a paragraph, blank lines between."""
    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    breaks = 0  # line breaks owed before the next text: 1 ends a line, 2 a block (the larger wins)
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else ""
        if event == "start" and (not tag or tag in _INVISIBLE_TAGS or _hidden(element)):
            walker.skip_subtree()  # no "end" event follows: its tail is read here
            text = element.tail
        else:
            breaks = max(breaks, 2 if tag in _BLOCK_TAGS else 1 if tag in _LINE_TAGS else 0)
            text = element.text if event == "start" else element.tail
        text = _SPACE_RUN.sub(" ", text or "")
        if text.strip():
            parts.append("\n" * breaks if parts else "")
            parts.append(text)
            breaks = 0
        elif text and not breaks:
            parts.append(" ")
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(lines).strip() + "\n"


def page_headline(html: str) -> str | None:
    """The headline a page prints: the text of its first visible `<h1>` of HEADLINE_MIN_WORDS words or
    more (a shorter one holds the site's logo)."""
    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for element in root.iter("h1"):
        if any(_hidden(e) for e in element.iterancestors()) or _hidden(element):
            continue
        text = _SPACE_RUN.sub(" ", element.text_content()).strip()
        if len(text.split()) >= HEADLINE_MIN_WORDS:
            return text
    return None


def _hidden(element: Any) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def extract_page_text(html: str, item: str) -> Extracted:
    """What sitrep's plain-text cleaner makes of the page's scraped text."""
    return extract_text(RawDocument(origin=item, content=page_text(html), kind="text"))


def is_tuning_page(item: str) -> bool:
    """Pages whose id ends in an even hex digit tune the text cleaner; the odd ones are held out."""
    return int(item[-1], 16) % 2 == 0


def titles_agree(found: str | None, reference: str | None) -> bool:
    """A title agrees with the page's when it shares most tokens with it or with one of its parts.

    Pages' own titles often add the site's name ("X | Site", "Site: X", "X - Site")."""
    if not found or not reference:
        return False
    parts = [reference, *(p for p in _TITLE_PARTS.split(reference) if p.strip())]
    for separator in _TITLE_PARTS.finditer(reference):  # "A: B - Site" holds "A: B" as well as "A" and "B"
        parts += [reference[: separator.start()], reference[separator.end():]]
    left = Counter(_TOKEN.findall(found.lower()))
    for part in parts:
        right = Counter(_TOKEN.findall(part.lower()))
        longer = max(sum(left.values()), sum(right.values()))
        if right and sum((left & right).values()) >= TITLE_OVERLAP * longer:
            return True
    return False


def score_extraction(
    bench_dir: str | Path, *, items: Iterable[str] | None = None, worst: int = 10,
) -> dict[str, Any]:
    """Precision, recall and F1 of the HTML cleaner on the benchmark, with the worst pages.

    `items` restricts the run to some page ids (for quick checks); by default all pages are scored.
    """
    bench = Path(bench_dir)
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    chosen = sorted(truth) if items is None else list(items)
    pages: list[PageScore] = []
    text_pages: list[PageScore] = []
    agreement: dict[str, dict[str, bool]] = {}
    for item in chosen:
        with gzip.open(bench / "html" / f"{item}.html.gz", "rt", encoding="utf8") as page:
            html = page.read()
        body = truth[item]["articleBody"]
        language = detect_language(body)[0]
        from_html = _extract_html(html, truth[item].get("url"), item)
        pages.append(page_score(item, "\n\n".join(from_html.paragraphs), body, language))
        from_text = extract_page_text(html, item)
        text_pages.append(page_score(item, "\n\n".join(from_text.paragraphs), body, language))
        agreement[item] = metadata_agreement(from_text, from_html, truth[item].get("url"),
                                             page_headline(html), local_dates(html), dateline_credit(body))
    figures = summarise(pages, worst=worst)
    figures["text"] = text_figures(text_pages, list(agreement.values()))
    tuning = [p for p in text_pages if is_tuning_page(p.item)]
    held_out = [p for p in text_pages if not is_tuning_page(p.item)]
    figures["text_tuning"] = text_figures(tuning, [agreement[p.item] for p in tuning])
    figures["text_heldout"] = text_figures(held_out, [agreement[p.item] for p in held_out])
    scored = {name: sum(name in a for a in agreement.values()) for name in METADATA}
    figures["notes"].append(
        f"text_*: the plain-text cleaner on each page's scraped visible text ({figures['text']['empty']} "
        f"empty); text_title / _date / _author / _publisher agree with the HTML path's (on the "
        f"{scored['title']} / {scored['date']} / {scored['author']} / {scored['publisher']} pages where it "
        f"finds one); text_tuning = ids ending in an even hex digit, text_heldout = odd")
    figures["text_misses"] = _misses(text_pages, worst)
    return figures


def metadata_agreement(
    from_text: Extracted, from_html: Extracted, url: str | None, headline: str | None = None,
    local: dict[str, set[str]] | None = None, credited: str | None = None,
) -> dict[str, bool]:
    """Whether the text path's title, date, author and publisher agree with the HTML path's.

    A title also agrees with the headline the page prints (`headline`, its first `<h1>`): the HTML
    path's title is the page's meta title, which sites often word apart from the printed headline
    ("WeWork employees to be laid off this week" over "Major WeWork layoffs to begin today").
    A date also agrees with a local date the markup's UTC timestamps of that day allow (`local`, from
    `local_dates`): "Nov 19, 2019, 10:31 pm CST" printed on a page stamped 2019-11-20T04:31Z.
    A publisher also agrees with the agency the story's own dateline credits (`credited`, from
    `dateline_credit`): the codebook's publisher_or_agency is the agency on a syndicated story.
    A field is left out where the HTML path finds nothing to compare with."""
    found: dict[str, bool] = {}
    if from_html.title:
        found["title"] = (titles_agree(from_text.title, from_html.title)
                          or titles_agree(from_text.title, headline))
    if from_html.published:
        day = from_html.published[:10]
        found["date"] = from_text.published == day or from_text.published in (local or {}).get(day, set())
    if from_html.author:
        found["author"] = names_agree(from_text.author, from_html.author)
    if from_html.publisher or url:
        byline = "; ".join(name for name in (from_html.author, credited) if name)
        found["publisher"] = publishers_agree(from_text.publisher, from_html.publisher, url, byline)
    return found


def dateline_credit(body: str) -> str | None:
    """The agency a wire dateline credits at the start of the story ("HANOI, Vietnam (AP) — ...")."""
    found = _DATELINE_CREDIT.match(body)
    return found.group(1) if found else None


def local_dates(html: str) -> dict[str, set[str]]:
    """For each UTC day stamped in the markup, the other local dates its times fall on somewhere.

    A time before noon UTC is the day before west of Greenwich (down to UTC-12); a time from 10:00 is
    the next day east of it (up to UTC+14). Pages print local time while the markup says UTC."""
    found: dict[str, set[str]] = {}
    for stamp in _UTC_STAMP.finditer(html):
        try:
            day = date.fromisoformat(stamp.group(1))
        except ValueError:
            continue
        if not date.min < day < date.max:  # placeholders such as 0001-01-01T00:00:00Z have no neighbours
            continue
        hour = int(stamp.group(2))
        others = found.setdefault(day.isoformat(), set())
        if hour < 12:
            others.add((day - timedelta(days=1)).isoformat())
        if hour >= 10:
            others.add((day + timedelta(days=1)).isoformat())
    return found


def names_agree(found: str | None, reference: str | None) -> bool:
    """An author agrees when one of its names shares most tokens with one of the reference's names.

    Bylines list several names ("Tom Krisher; Ap Auto Writer", "Jane Doe and John Roe")."""
    if not found or not reference:
        return False
    return any(titles_agree(mine, theirs) or _within(mine, theirs) for mine in _names(found)
               for theirs in _names(reference))


def _within(name: str, reference: str) -> bool:
    """A full name all of whose tokens the reference holds ("Carrie Arnold" in "Carrie Arnold November")."""
    tokens = set(_TOKEN.findall(name.lower()))
    return len(tokens) >= 2 and tokens <= set(_TOKEN.findall(reference.lower()))


def publishers_agree(found: str | None, site: str | None, url: str | None, author: str | None = None) -> bool:
    """A publisher or agency agrees with the site's name, the address's host name or a credited agency.

    "CBS News" agrees with cbsnews.com, "Reuters" with a page whose byline credits Reuters. A trailing
    word for the kind of outlet is no part of the name ("CRN Magazine" is CRN), and a name may be
    written with the initials of all but its last word ("NYTimes" for "The New York Times")."""
    if not found:
        return False
    mine = squeezed(_OUTLET_KIND.sub("", found))
    if not mine:
        return False
    whole = squeezed(found)  # "pv magazine" is pv-magazine.com, whose host keeps the kind word
    agencies = [name for name in _names(author or "") if not is_person_name(name)]  # "Reuters", no "Jane Doe"
    references = [squeezed(_OUTLET_KIND.sub("", name)) for name in [*_names(site or ""), *agencies]]
    if url and (host := _HOST.match(url)):
        references.append(squeezed(site_label(host.group(1))))
    if any(ref and (ref in (mine, whole) or (min(len(mine), len(ref)) >= 4 and (mine in ref or ref in mine)))
           for ref in references):
        return True
    codes = {initials(name) for name in [*_names(site or ""), *agencies]}  # "AP" for "Associated Press"
    if mine in codes or bool((code := initials(found)) and code in references):
        return True
    head, _, last = found.strip().rpartition(" ")  # "NYTimes" for "The New York Times"
    return bool((code := initials(head)) and code + squeezed(last) in references)


def _names(text: str) -> list[str]:
    return [part for part in _NAME_PARTS.split(text) if part.strip()]


def text_figures(pages: list[PageScore], agreement: list[dict[str, bool]]) -> dict[str, Any]:
    """The text path's body figures and its metadata agreement with the HTML path."""
    figures: dict[str, Any] = _figure_dict(corpus_figures(pages))
    figures["empty"] = sum(p.precision is None for p in pages)
    for name in METADATA:
        scored = [a[name] for a in agreement if name in a]
        figures[name] = round(sum(scored) / len(scored), 4) if scored else 0.0
    return figures


def _figure_dict(figures: tuple[float, float, float]) -> dict[str, Any]:
    return dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in figures), strict=True))


def corpus_figures(pages: list[PageScore]) -> tuple[float, float, float]:
    """Corpus precision, recall and F1: macro averages over pages, as the benchmark defines them."""
    scored = [p.precision for p in pages if p.precision is not None]
    precision = sum(scored) / len(scored) if scored else 0.0
    recall = sum(p.recall for p in pages) / len(pages) if pages else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def summarise(pages: list[PageScore], *, worst: int = 10) -> dict[str, Any]:
    """Corpus figures, the same on the English pages alone, and the worst pages by F1."""
    precision, recall, f1 = corpus_figures(pages)
    english_figures = corpus_figures([p for p in pages if p.language == "en"])
    english = sum(p.language == "en" for p in pages)
    empty = sum(p.precision is None for p in pages)
    return {
        "cases": len(pages),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round(sum(p.exact for p in pages) / len(pages), 4) if pages else 0.0,
        "empty": empty,
        "english_pages": english,
        "english": dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in english_figures),
                            strict=True)),
        "notes": [f"{empty} empty outputs (left out of precision); the body extractor is scored without "
                  f"the language gate ({len(pages) - english} non-English pages, refused by clean_document)"],
        "misses": _misses(pages, worst),
    }


def page_f1(page: PageScore) -> float:
    """One page's F1 (an empty prediction scores 0)."""
    precision = page.precision or 0.0
    return 2 * precision * page.recall / (precision + page.recall or 1.0)


def _misses(pages: list[PageScore], worst: int) -> list[dict[str, Any]]:
    return [
        {"id": p.item, "precision": None if p.precision is None else round(p.precision, 3),
         "recall": round(p.recall, 3), "f1": round(page_f1(p), 3), "language": p.language}
        for p in sorted(pages, key=page_f1)[:worst]
    ]
