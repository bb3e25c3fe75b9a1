"""Near-duplicate documents on TempEval-3 AQUAINT pairs (the corpus README names them)."""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.ledger import dedup
from sitrep.records import CodedDocument

REQUEST = (
    "Castro attended a rally Thursday by media workers at Havana's Palace of Conventions to demand "
    "Gonzalez's return"
)  # APW20000107.0088, hand-coded CUBGOV REQUEST USA


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("APW20000107.0088", "APW20000115.0209", 1.0, 1.0),  # same text, different DCT
        ("APW20000216.0193", "APW20000216.0272", 0.6, 0.9),  # updated version
        ("XIE19990313.0031", "XIE19990313.0229", 0.4, 0.6),  # updated Xinhua story
        ("APW19990506.0155", "APW19990507.0207", 0.0, 0.35),  # rewritten follow-up: not a copy
    ],
)
def test_shingle_similarity_of_corpus_pairs(aquaint, a, b, low, high):
    sim = dedup.jaccard(dedup.shingles(aquaint(a).text), dedup.shingles(aquaint(b).text))
    assert low <= sim <= high


def _links(ledger):
    return ledger.con.execute("SELECT document_id, other_id, kind FROM document_links ORDER BY 1").fetchall()


def test_copies_and_updates_are_linked_follow_ups_are_not(ledger, aquaint):
    for name in (
        "APW20000107.0088",
        "APW20000115.0209",
        "XIE19990313.0031",
        "XIE19990313.0229",
        "APW19990506.0155",
        "APW19990507.0207",
    ):
        ledger.store(CodedDocument(aquaint(name)))
    assert _links(ledger) == [
        ("APW20000115.0209", "APW20000107.0088", "duplicate"),
        ("XIE19990313.0229", "XIE19990313.0031", "near_duplicate"),
    ]
    dup = {d["id"]: d["duplicate_of"] for d in ledger.documents(output="records")}
    assert dup["APW20000115.0209"] == "APW20000107.0088"
    assert dup["APW19990507.0207"] is None


def test_events_of_a_copy_are_not_double_counted(ledger, aquaint, code_event):
    for name in ("APW20000107.0088", "APW20000115.0209"):
        doc = aquaint(name)
        ledger.store(CodedDocument(doc, [code_event(doc, REQUEST, "CUBGOV", "USA", "REQUEST")]))
    assert len(ledger.events(output="records")) == 1
    assert len(ledger.events(include_duplicates=True, output="records")) == 2
    cuba = {a["code"]: a for a in ledger.actors(output="records")}["CUBGOV"]
    assert (cuba["events_as_source"], cuba["documents"]) == (1, 1)
    clusters = ledger.clusters(output="records")
    assert len(clusters) == 1
    assert (clusters[0]["events"], clusters[0]["documents"], clusters[0]["sources"]) == (2, 1, 1)


def test_replacing_the_original_frees_its_copy(ledger, aquaint):
    original, copy = aquaint("APW20000107.0088"), aquaint("APW20000115.0209")
    ledger.store(CodedDocument(original))
    ledger.store(CodedDocument(copy))
    other = aquaint("XIE19990313.0031")
    ledger.store(CodedDocument(dataclasses.replace(original, text=other.text)))
    dup = {d["id"]: d["duplicate_of"] for d in ledger.documents(output="records")}
    assert dup["APW20000115.0209"] is None
    assert ("APW20000115.0209", "APW20000107.0088", "duplicate") not in _links(ledger)
