"""The article-extraction metric (as the benchmark's README defines it) and a small run of the cleaner."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.eval.extraction import PageScore, page_score, score_extraction, shingles, summarise

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
