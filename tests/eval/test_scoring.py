"""The matching rules of `sitrep.eval.scoring`, and their agreement with shared/tools/score_events.py.

Actors and types come from real gold records: PLOVER-GSR01-AGREE-0001 (Hungarian and Romanian
officials agreed; compound source, null target), PETR2 AFP0808020675_1 (Brazil and the United
States, AGREE both ways) and the seed article's events (RUS/IRN/USA).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from sitrep.eval.scoring import (
    Counts,
    actor_code,
    attribution_counts,
    boilerplate_counts,
    count_matches,
    event_key,
    key_matches,
    score_case,
)


def ev(source, target, kind, mode=None, **extra):
    event = {"source": source, "target": target, "type": kind, **extra}
    if mode:
        event["mode"] = mode
    return event


def test_actor_codes_compare_on_first_three_letters():
    assert actor_code("RUSGOV") == actor_code("RUS") == "RUS"
    assert actor_code({"code": "IRNMIL", "name": "Iranian army"}) == "IRN"
    assert actor_code({"code": None, "name": "Iran"}) == "IRA"  # the script's fallback to the name
    assert actor_code("---REB") == "---REB"  # no letters: kept whole
    assert actor_code("UN") == "UN"
    assert actor_code(None) is None


def test_sector_suffixes_do_not_matter():
    gold = [ev("RUS", "IRN", "AID")]
    assert count_matches(gold, [ev({"code": "RUSGOV"}, {"code": "IRNMIL"}, "AID")]).found == 1
    assert count_matches(gold, [ev("RUS", "IRQ", "AID")]).found == 0  # IRN is not IRQ


def test_symmetric_types_match_either_direction():
    for kind in ("COOPERATE", "CONSULT", "AGREE"):
        assert count_matches([ev("BRA", "USA", kind)], [ev("USA", "BRA", kind)]).f1 == 1.0
    # AID is directed: Iran supplying Russia is not Russia supplying Iran (seed)
    assert count_matches([ev("IRN", "RUS", "AID")], [ev("RUS", "IRN", "AID")]).f1 == 0.0


def test_symmetric_pair_given_twice_in_gold_counts_once():
    gold = [ev("BRA", "USA", "AGREE"), ev("USA", "BRA", "AGREE")]  # PETR2 AFP0808020675_1
    counts = count_matches(gold, [ev("USA", "BRA", "AGREE")])
    assert (counts.found, counts.gold, counts.correct, counts.predicted) == (1, 1, 1, 1)


def test_null_gold_target_matches_any_target():
    gold = [ev("RUS", None, "ASSAULT")]
    assert count_matches(gold, [ev("RUSMIL", "UKR", "ASSAULT")]).f1 == 1.0
    assert count_matches(gold, [ev("RUSMIL", None, "ASSAULT")]).f1 == 1.0
    assert count_matches(gold, [ev("UKR", "RUS", "ASSAULT")]).f1 == 0.0


def test_null_target_with_symmetric_type_compares_the_sorted_source_as_the_script_does():
    # PLOVER-GSR01-AGREE-0001: a predicted HUN-ROU AGREE sorts to (HUN, ROU), so it finds the
    # HUN gold event but not the ROU one; the shared script behaves the same way.
    gold = [ev("HUN", None, "AGREE"), ev("ROU", None, "AGREE")]
    counts = count_matches(gold, [ev("HUNGOV", "ROUGOV", "AGREE")])
    assert (counts.found, counts.gold, counts.correct) == (1, 2, 1)
    assert key_matches(event_key(ev("HUN", None, "AGREE")), event_key(ev("HUN", None, "AGREE")))
    assert not key_matches(event_key(ev("HUN", None, "AGREE")), event_key(ev("ROU", "HUN", "REJECT")))


def test_optional_events_never_hurt_recall_but_count_as_correct():
    gold = [ev("RUS", "IRN", "AID")]
    optional = [ev("USA", None, "CONSULT")]  # the seed's optional event
    counts = count_matches(gold, [ev("RUS", "IRN", "AID"), ev("USA", "YEM", "CONSULT")], optional)
    assert (counts.found, counts.gold, counts.correct, counts.predicted) == (1, 1, 2, 2)
    assert count_matches(gold, [ev("RUS", "IRN", "AID")], optional).recall == 1.0


def test_strict_adds_mode_and_missing_mode_means_asserted():
    gold = [ev("RUS", "IRN", "AID", "planned"), ev("USA", "IRN", "REQUEST")]
    predicted = [ev("RUS", "IRN", "AID", "asserted"), ev("USA", "IRN", "REQUEST", "asserted")]
    assert count_matches(gold, predicted).f1 == 1.0
    strict = count_matches(gold, predicted, strict=True)
    assert (strict.found, strict.correct) == (1, 1)


def test_no_event_records_make_every_prediction_wrong():
    counts = count_matches([], [ev("USA", "IRN", "ACCUSE")])
    assert (counts.precision, counts.recall, counts.f1) == (0.0, 0.0, 0.0)
    assert counts.predicted == 1


def test_counts_give_precision_recall_f1():
    counts = Counts(found=3, gold=4, correct=3, predicted=6)
    assert counts.precision == 0.5 and counts.recall == 0.75
    assert counts.f1 == pytest.approx(0.6)


def test_score_case_lists_misses_wrong_and_per_type():
    gold = [ev("RUS", "IRN", "AID"), ev("USA", "IRN", "ACCUSE")]
    score = score_case("seed", gold, [ev("RUS", "IRN", "AID"), ev("IRN", "USA", "ACCUSE")])
    assert score.missed == ["USA→IRN ACCUSE"]
    assert score.wrong == ["IRN→USA ACCUSE"]
    assert score.by_type["AID"].f1 == 1.0 and score.by_type["ACCUSE"].f1 == 0.0


def test_attribution_is_judged_on_found_events_only():
    gold = [ev("RUS", "IRN", "AID", attributed_to="USA"), ev("USA", "IRN", "REQUEST", attributed_to="USA")]
    predicted = [ev("RUS", "IRN", "AID", attributed_to={"code": "USAGOV", "name": "White House"})]
    assert attribution_counts(gold, predicted) == (1, 1)
    assert attribution_counts(gold, [ev("RUS", "IRN", "AID", attributed_to={"code": "RUS"})]) == (0, 1)


def test_boilerplate_counts_events_from_and_lines_left():
    # a boilerplate line of the seed article
    lines = ["Also read: India rates Mumbai's 'very poor' air quality as worse than smog-filled Delhi"]
    predicted = [ev("IND", None, "ACCUSE", evidence={"text": "India rates Mumbai's 'very poor' air quality"})]
    assert boilerplate_counts(lines, predicted, body="no such line") == (1, 0)
    assert boilerplate_counts(lines, [], body=lines[0]) == (0, 1)


# --- agreement with the shared script -------------------------------------------------------

CASES = [
    # (gold doc, predicted events): each stresses one rule
    ({"document": "a", "events": [ev("HUN", None, "AGREE"), ev("ROU", None, "AGREE")]},
     [ev({"code": "HUNGOV"}, {"code": "ROU"}, "AGREE")]),
    ({"document": "e", "events": [ev("RUS", None, "ASSAULT")],
      "optional_events": [ev("USA", None, "CONSULT")]},
     [ev({"code": "RUSMIL"}, {"code": "UKR"}, "ASSAULT"), ev({"code": "USA"}, {"code": "ISR"}, "CONSULT")]),
    ({"document": "b", "events": [ev("BRA", "USA", "AGREE"), ev("USA", "BRA", "AGREE")]},
     [ev({"code": "USA"}, {"code": "BRA"}, "AGREE", "planned")]),
    ({"document": "c", "events": [ev("RUS", "IRN", "AID", "planned", attributed_to="USA"),
                                   ev("IRN", "RUS", "AID", attributed_to="USA")],
      "optional_events": [ev("USA", None, "CONSULT")]},
     [ev({"code": "RUSMIL"}, {"code": "IRN"}, "AID", "planned", attributed_to={"code": "USA"}),
      ev({"code": "RUS"}, {"code": "IRN"}, "AID", "asserted", attributed_to={"code": "RUS"}),
      ev({"code": "USA"}, {"code": "ISR"}, "CONSULT", "asserted"),
      ev({"code": "USA"}, {"code": "IRN"}, "THREATEN", "asserted")]),
    ({"document": "d", "events": []}, [ev({"code": "USA"}, {"code": "CHN"}, "CONSULT")]),
]


def _ours() -> dict[str, tuple[float, float, float]]:
    loose, strict, att = Counts(), Counts(), [0, 0]
    for gold, predicted in CASES:
        score = score_case(gold["document"], gold["events"], predicted, gold.get("optional_events", []))
        loose.add(score.loose)
        strict.add(score.strict)
        att[0] += score.attribution_ok
        att[1] += score.attribution_total
    return {"loose": (loose.precision, loose.recall, loose.f1),
            "strict": (strict.precision, strict.recall, strict.f1),
            "attribution": (att[0] / att[1],)}


def test_agrees_with_shared_score_events_script(shared, tmp_path):
    gold_path, pred_path = tmp_path / "gold.json", tmp_path / "pred.json"
    gold_path.write_text(json.dumps([g for g, _ in CASES]))
    pred_path.write_text(json.dumps([{"events": p} for _, p in CASES]))
    run = subprocess.run([sys.executable, str(shared / "tools" / "score_events.py"), str(gold_path),
                          str(pred_path), "--quiet"], capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1]
    match = re.search(r"loose P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| strict P=([\d.]+) R=([\d.]+) "
                      r"F1=([\d.]+) \| attribution \d+/\d+=([\d.]+)", last)
    assert match, last
    theirs = [float(x) for x in match.groups()]
    ours = _ours()
    mine = [*ours["loose"], *ours["strict"], *ours["attribution"]]
    assert [round(x, 2) for x in mine] == theirs
    assert 0 < mine[2] < 1 and mine[5] < mine[2]  # the cases exercise non-trivial figures
