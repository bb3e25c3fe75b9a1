"""`sitrep bench` smoke test on five documents (a benchmark, not a timing test: no figure is asserted)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.scale.bench import build_workload


def test_workload_takes_each_corpus_in_turn(shared: Path) -> None:
    workload = build_workload(shared, 6)
    assert len(workload.raw) == len(workload.clean) == 6
    origins = [r.origin for r in workload.raw]
    assert "/polnear/" in origins[0] and "/re3d/" in origins[1] and "ground-truth.json#" in origins[2]
    assert [d.origin for d in workload.clean] == origins


def test_bench_smoke(shared: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "--docs", "5", "--workers", "1", "--memory-docs", "5",
                                      "--data", str(shared)])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output
    for line in ("spaCy nlp.pipe alone", "sitrep end to end, 1 worker", "after 1 documents", "after 5:"):
        assert line in result.output


def test_bench_names_missing_data(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "--docs", "5", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "benchmark data not found" in result.output
