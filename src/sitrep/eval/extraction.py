"""Score sitrep's HTML cleaner on the article-extraction benchmark (Zyte's, as trafilatura reports it).

The metric is the benchmark's own: tokens are runs of word characters, compared as multisets of
4-token shingles; corpus precision is the mean page precision over pages with a non-empty
prediction, corpus recall the mean page recall over all pages, F1 their harmonic mean.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.clean.html import extract_html
from sitrep.clean.language import detect_language
from sitrep.errors import CleanError
from sitrep.records import RawDocument

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


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
    try:
        found = extract_html(RawDocument(origin=item, content=html, kind="html", url=url))
    except CleanError:
        return ""
    return "\n\n".join(found.paragraphs)


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
    for item in chosen:
        with gzip.open(bench / "html" / f"{item}.html.gz", "rt", encoding="utf8") as page:
            html = page.read()
        prediction = extract_page(html, truth[item].get("url"), item)
        language = detect_language(truth[item]["articleBody"])[0]
        pages.append(page_score(item, prediction, truth[item]["articleBody"], language))
    return summarise(pages, worst=worst)


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

    def page_f1(p: PageScore) -> float:
        return 2 * (p.precision or 0.0) * p.recall / ((p.precision or 0.0) + p.recall or 1.0)

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
        "misses": [
            {"id": p.item, "precision": None if p.precision is None else round(p.precision, 3),
             "recall": round(p.recall, 3), "f1": round(page_f1(p), 3), "language": p.language}
            for p in sorted(pages, key=page_f1)[:worst]
        ],
    }
