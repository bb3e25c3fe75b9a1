"""Loaders on the real shared files: counts, splits and one known record each."""

from __future__ import annotations

import json

import pytest

from sitrep.errors import InputError
from sitrep.eval.suites import load_petr2, load_plover, load_re3d, load_seed, read_jsonl


def test_plover_counts_and_placeholder_dates(shared):
    cases = list(load_plover(shared))
    assert len(cases) == 322
    assert sum(len(c.gold) for c in cases) == 363  # every expected dyad has a PLOVER type
    dev, test = list(load_plover(shared, "dev")), list(load_plover(shared, "test"))
    assert len(dev) + len(test) == 322 and {c.id for c in dev}.isdisjoint(c.id for c in test)
    first = cases[0]
    assert first.id == "PLOVER-GSR01-AGREE-0001" and first.date is None  # 2000-01-01 is a placeholder
    assert first.text.startswith("Senior Hungarian and Romanian officials agreed")
    assert [(e["source"], e["target"], e["type"]) for e in first.gold] == [
        ("HUN", None, "AGREE"), ("ROU", None, "AGREE")]


def test_petr2_counts_no_event_records_and_dates(shared):
    cases = list(load_petr2(shared))
    assert len(cases) == 78
    assert sum(c.no_events for c in cases) == 12
    assert sum(len(c.gold) for c in cases) == 72  # 80 events, 8 of them with no PLOVER type
    by_id = {c.id: c for c in cases}
    afp = by_id["AFP0808020625_4"]
    assert afp.date == "2008-08-04"
    assert afp.gold == [{"source": "USA", "target": "CHN", "type": "CONSULT"}]
    assert by_id["AFP0808020742_2"].no_events and by_id["AFP0808020742_2"].gold == []


def unresolved(_text):
    return None


def test_re3d_documents_and_relations(shared):
    cases = list(load_re3d(shared, resolve=unresolved))  # resolution is tested in test_re3d.py
    assert len(cases) == 98 and sum(len(c.gold) for c in cases) == 277
    assert {e["type"] for c in cases for e in c.gold} == {"ASSAULT", "CONSULT", "ACCUSE", "COOPERATE"}
    dev, test = list(load_re3d(shared, "dev", unresolved)), list(load_re3d(shared, "test", unresolved))
    assert len(dev) + len(test) == 98
    bbc = next(c for c in test if c.id == "3095FB15AFF7B552702E9EF46C083FDD")  # ends in 3: test
    assert bbc.title == "Syria accuses Israel of bombardment" and bbc.date is None


def test_seed_case_comes_from_the_file(shared):
    (seed,) = load_seed(shared, "dev")  # the seed is not split
    assert seed.id == "000_cffe77665d307e1a" and seed.path is not None
    assert seed.date == "2022-12-09" and len(seed.gold) == 10 and len(seed.optional) == 1
    assert "Most Read" in seed.forbidden


def test_broken_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "ok"}) + "\n{not json\n")
    with pytest.raises(InputError) as info:
        list(read_jsonl(path))
    assert info.value.origin == f"{path}:line 2"
