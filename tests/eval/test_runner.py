"""The runner: sampling, other stages' result dicts, and the guard for scorers not written yet."""

from __future__ import annotations

from sitrep.eval.report import check_targets, markdown
from sitrep.eval.runner import EXTERNAL, Evaluator, ExternalSuite, from_external, sample
from sitrep.eval.suites import Case


def test_sample_is_evenly_spaced():
    cases = [Case(id=str(i), text="", date=None, gold=[]) for i in range(10)]
    assert [c.id for c in sample(cases, 3)] == ["0", "3", "6"]
    assert len(sample(cases, None)) == 10 and len(sample(cases, 50)) == 10


def test_external_dict_figures_counts_and_misses():
    # shaped like sitrep.eval.polnear.score_polnear's and sitrep.ledger.benchmark.score_ecbplus's results
    value = {"articles": 84, "gold": 1878, "precision": 0.8, "recall": 0.5, "f1": 0.6154,
             "mentions": {"precision": 1.0, "f1": 0.58, "items": 1180}, "events": 0,
             "misses": [{"doc": "d1", "cue": "said", "content": "the economy is strong"}]}
    result = from_external("polnear", "PolNeAR", value)
    assert result.cases == 84
    assert result.metrics == {"precision": 0.8, "recall": 0.5, "f1": 0.6154,
                              "mentions_precision": 1.0, "mentions_f1": 0.58}
    assert result.worst[0].case_id == "d1" and result.worst[0].text == "the economy is strong"
    assert result.worst[0].missed == ["cue: said"]
    (check,) = [c for c in check_targets([result]) if c.suite == "polnear"]
    assert check.metric == "f1" and check.passed is False


def test_missing_scorer_gives_a_not_available_row(shared, monkeypatch):
    monkeypatch.setitem(EXTERNAL, "tempeval", ExternalSuite(
        "TempEval-3", "sitrep.eval.no_such_module", "score", lambda root, split, limit: ()))
    (result,) = Evaluator(shared, "test").run(["tempeval"])
    assert result.status == "unavailable" and "not available" in result.message
    assert "not available" in markdown([result], "test", "sitrep eval tempeval", "2026-01-01")


def test_cameo_convention_puts_organisations_under_igo_and_leaves_states():
    """PLOVER GSR codes the UN as IGO (e.g. PLOVER-GSR01-REQUEST records naming the U.N.)."""
    from sitrep.eval.runner import as_cameo_actors

    predicted = [{"source": {"code": "UN", "name": "United Nations", "sector": None},
                  "target": {"code": "SYRGOV", "name": "Syria", "sector": "GOV"}, "type": "REQUEST"}]
    out = as_cameo_actors(predicted)
    assert out[0]["source"]["code"] == "IGOUN"
    assert out[0]["target"]["code"] == "SYRGOV"
    assert predicted[0]["source"]["code"] == "UN"  # the caller's records are not changed


def test_cameo_convention_keeps_codes_that_are_cameo_classes_of_their_own():
    """PETR2 GOLD_0 codes the Islamic State as IMG (an international militarized group), not IGO."""
    from sitrep.eval.runner import as_cameo_actors

    predicted = [{"source": {"code": "USA"}, "target": {"code": "IMG"}, "type": "ASSAULT"}]
    assert as_cameo_actors(predicted)[0]["target"]["code"] == "IMG"


def test_cameo_convention_writes_unknown_country_as_dashes_and_keeps_the_sector():
    """PETR2 PREP_0 codes "the civilians imprisoned for acting against Moscow" as ---CVL; the shared
    scorer compares such a code whole, so sitrep's UNKCVL must become ---CVL to be compared at all."""
    from sitrep.eval.runner import as_cameo_actors
    from sitrep.eval.scoring import event_key

    predicted = [{"source": {"code": "RUSGOV"}, "target": {"code": "UNKCVL"}, "type": "RETREAT"}]
    out = as_cameo_actors(predicted)
    assert out[0]["target"]["code"] == "---CVL"
    assert event_key(out[0]) == event_key({"source": "RUSGOV", "target": "---CVL", "type": "RETREAT"})
    assert event_key(out[0]) != event_key({"source": "RUSGOV", "target": "---MIL", "type": "RETREAT"})
