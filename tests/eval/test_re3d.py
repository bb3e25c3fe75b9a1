"""re3d relations read as PLOVER events, on one real document.

Document: re3d `BBC Online` 3095FB15AFF7B552702E9EF46C083FDD, "Syria accuses Israel of
bombardment" (bbc.co.uk/news/world-middle-east-38605860). Its first sentence carries the gold
relation Dislikes(Syria -> Israel), trigger "has accused".
"""

from __future__ import annotations

import pytest

from sitrep.eval import re3d
from sitrep.eval.suites import RE3D_DIR

DOC_ID = "3095FB15AFF7B552702E9EF46C083FDD"
FIRST = "Syria has accused Israel of bombarding an area west of Damascus"


@pytest.fixture(scope="module")
def document(shared):
    (doc,) = [d for d in re3d.read_documents(shared / RE3D_DIR) if d.id == DOC_ID]
    return doc


def predicted(source, target, kind, start, end, mode="asserted"):
    return {"source": {"code": source} if source else None,
            "target": {"code": target} if target else None, "type": kind, "mode": mode,
            "evidence": {"text": "", "start": start, "end": end, "section": "text"}, "also_in": []}


def test_mapping_keeps_actor_relations_of_the_four_kinds(document):
    kinds = [(r.relation, r.type, r.source_text, r.target_text) for r in document.relations]
    assert ("Dislikes", "ACCUSE", "Syria", "Israel") in kinds
    assert ("FightingAgainst", "ASSAULT", "Hezbollah", "Israel") in kinds
    # CoLocated ("rockets landed in the airport compound") is not one of the four: dropped
    assert all(r.relation in re3d.RELATION_TYPES for r in document.relations)
    accuse = next(r for r in document.relations if r.type == "ACCUSE")
    assert document.text[slice(*accuse.extent)] == "Syria has accused Israel"


def test_arguments_resolve_with_the_actor_resolver(document):
    gold = [re3d.GoldRelation(**{f: getattr(r, f) for f in r.__slots__}) for r in document.relations]
    copy = re3d.Re3dDocument(document.id, document.title, document.text, document.folder, relations=gold)
    re3d.resolve_arguments([copy])
    accuse = next(r for r in copy.relations if r.type == "ACCUSE")
    assert (accuse.source_code[:3], accuse.target_code[:3]) == ("SYR", "ISR")


def test_resolved_relation_matches_on_codes_anywhere_in_the_document():
    gold = {"source": "SYR", "target": "ISR", "type": "ACCUSE", "start": 0, "end": 24}
    assert re3d.relation_matches(gold, predicted("SYRGOV", "ISR", "ACCUSE", 900, 1000))
    assert not re3d.relation_matches(gold, predicted("ISR", "SYR", "ACCUSE", 0, 110))  # direction
    assert not re3d.relation_matches(gold, predicted("SYR", "ISR", "ASSAULT", 0, 110))  # type


def test_unresolved_relation_matches_on_evidence_overlap(document):
    accuse = next(r for r in document.relations if r.type == "ACCUSE").as_event()
    accuse["source"] = accuse["target"] = None
    first_sentence = (0, document.text.index(".") + 1)
    assert re3d.relation_matches(accuse, predicted("SYR", "ISR", "ACCUSE", *first_sentence))
    later = document.text.index("In December")
    assert not re3d.relation_matches(accuse, predicted("SYR", "ISR", "ACCUSE", later, later + 80))
    # an unknown-country code ("UNKMIL") counts as unresolved, so overlap decides
    accuse["source"] = "UNKMIL"
    assert re3d.relation_matches(accuse, predicted("SYR", "ISR", "ACCUSE", *first_sentence))


def test_score_document_counts_only_the_mapped_types(document):
    gold = [r.as_event() for r in document.relations]
    preds = [predicted(None, None, "ACCUSE", 0, 110), predicted("SYR", "ISR", "AID", 0, 110)]
    score = re3d.score_document(document.id, gold, preds)
    assert score.loose.predicted == 1 and score.loose.correct == 1  # AID is not scored on re3d
    assert score.loose.found == 1 and score.loose.gold == len(document.relations)
    assert score.by_type["ACCUSE"].f1 == 1.0


def test_pipeline_output_scores_on_the_real_document(document, pipeline):
    from sitrep.records import Document

    coded = pipeline.code_text(document.text, doc_id=document.id)
    assert isinstance(coded.document, Document)
    score = re3d.score_document(document.id, [r.as_event() for r in document.relations],
                                [e.public() for e in coded.events])
    assert score.loose.gold == len(document.relations)
    for figure in (score.loose.precision, score.loose.recall, score.strict.f1):
        assert 0.0 <= figure <= 1.0
