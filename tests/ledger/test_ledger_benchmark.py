"""The ECB+ clustering benchmark: reader, B-cubed, and the scorer with hand-coded and real pipelines."""

from __future__ import annotations

import pytest

from sitrep.ledger.benchmark import bcubed, cluster_coded, read_ecb, score_ecbplus
from sitrep.records import CodedDocument


def test_bcubed_textbook_case():
    # Bagga & Baldwin style: gold {a,b,c} {d}; system {a,b} {c,d}
    gold = {"a": "1", "b": "1", "c": "1", "d": "2"}
    system = {"a": "x", "b": "x", "c": "y", "d": "y"}
    r = bcubed(gold, system)
    assert r["precision"] == pytest.approx((1 + 1 + 0.5 + 0.5) / 4, abs=1e-4)
    assert r["recall"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, abs=1e-4)
    assert bcubed(gold, gold)["f1"] == 1.0


def test_reader_rebuilds_text_and_gold(shared):
    doc = read_ecb(shared / "corpora" / "ecbplus" / "ECB+" / "41" / "41_3ecbplus.xml")
    assert doc.document.publisher == "bbc.co.uk"
    assert doc.document.published == "2011-11-11"
    assert doc.seminal == "41ecbplus"
    for m in doc.mentions:
        assert doc.document.text[m.start:m.end] == m.text
    by_text = {m.text: m.cluster for m in doc.mentions}
    assert by_text["bombardment"] == by_text["'bombs"]  # the headline and the body tell one bombing


def test_hand_coded_yida_reports_cluster_together(yida):
    assignment, _ = cluster_coded(yida.values())
    assault = {assignment[(doc, i)] for doc, coded in yida.items()
               for i, e in enumerate(coded.events) if e.type == "ASSAULT"}
    assert len(assault) == 1


class _HandCoder:
    """Stands in for the pipeline: returns the hand-coded Yida events, nothing for other articles."""

    def __init__(self, coded: dict[str, CodedDocument]) -> None:
        self.coded = coded

    def code_documents(self, documents):
        for doc in documents:
            known = self.coded.get(doc.id)
            yield CodedDocument(doc, list(known.events) if known else [])


def test_score_with_hand_coded_events(shared, yida):
    corpus = shared / "corpora" / "ecbplus"
    result = score_ecbplus(corpus, pipeline=_HandCoder(yida), topics=[41])
    assert result["documents"] == 20 and result["events"] == 5
    assert result["aligned_mentions"] >= 3
    assert result["aligned"]["precision"] > 0.5
    # three articles of the same seminal event joined: document recall rises above singletons
    singletons = score_ecbplus(corpus, pipeline=_HandCoder({}), topics=[41])
    assert result["documents_bcubed"]["recall"] > singletons["documents_bcubed"]["recall"]
    assert singletons["documents_bcubed"]["precision"] == 1.0


def test_score_with_the_pipeline_runs(shared, pipeline):
    result = score_ecbplus(shared / "corpora" / "ecbplus", limit=2, pipeline=pipeline, topics=[41])
    assert result["documents"] == 2
    assert set(result["mentions"]) == {"precision", "recall", "f1", "items"}
