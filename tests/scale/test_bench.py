"""`sitrep bench` on a handful of documents (a benchmark, not a timing test: no figure is asserted).

Only the arithmetic of the targets is checked against made-up figures; the smoke test runs the
real command on four documents from the shared corpora.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.scale.bench import MB, BenchReport, Run, build_workload, targets


def test_workload_takes_each_corpus_in_turn(shared: Path) -> None:
    workload = build_workload(shared, 6)
    assert len(workload.raw) == len(workload.clean) == 6
    origins = [r.origin for r in workload.raw]
    assert "/polnear/" in origins[0] and "/re3d/" in origins[1] and "ground-truth.json#" in origins[2]
    assert [d.origin for d in workload.clean] == origins


def test_bench_smoke_with_workers_targets_and_chart(shared: Path, tmp_path: Path) -> None:
    chart = tmp_path / "bench.png"
    result = CliRunner().invoke(app, ["bench", "--docs", "4", "--workers", "2", "--memory-docs", "8",
                                      "--batch-size", "2", "--no-ray", "--chart", str(chart),
                                      "--data", str(shared)])
    assert result.exit_code == 0, result.output
    assert "4 documents" in result.output
    for line in ("spaCy nlp.pipe alone", "sitrep, 1 process", "local, 2 workers", "Targets",
                 "end to end vs spaCy alone", "speed-up 1 -> 2 workers", "peak RSS per worker",
                 "memory flat, 1 -> 8 documents", "Ray: not asked for"):
        assert line in result.output, line
    assert "✓" in result.output or "✗" in result.output
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bench_names_missing_data(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "--docs", "5", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "benchmark data not found" in result.output


def _run(label: str, workers: int, seconds: float, first: float, rss: int = 0) -> Run:
    # 100 documents; the first delivery brings 10 of them
    return Run(label, workers, 100, seconds, 0.0, first, 10, 1.0, [rss * MB] * (workers if rss else 0))


def _report(parallel: Run, ray: Run | None, memory: tuple[int, int, int, int] | None) -> BenchReport:
    return BenchReport("test machine", 100, 10_000, spacy_seconds=9.0, spacy_cpu_seconds=9.0,
                       warm_up_seconds=1.0, single=_run("sitrep, 1 process", 1, 10.0, 1.0), parallel=parallel,
                       ray=ray, ray_note=None, memory=memory, in_process_peak_rss=0, load_average=(0.0, 0.0))


def test_targets_tick_what_is_met_and_cross_what_is_not() -> None:
    # 1 process: 10 docs/s overall, 90 docs in 9 s once started; 2 workers: 90 docs in 4.5 s once started
    parallel = _run("local, 2 workers", 2, 7.0, 2.5, rss=600)
    ray = _run("Ray, 2 actors", 2, 9.5, 4.0, rss=1600)  # 90 docs in 5.5 s once started: 0.82 of local
    got = {t.name: t for t in targets(_report(parallel, ray, (1_000, 400 * MB, 10_000, 460 * MB)))}
    assert got["end to end vs spaCy alone"].met  # 9 s vs 10 s: 0.90
    assert got["speed-up 1 -> 2 workers, once started"].figure == "2.00x"
    assert got["speed-up 1 -> 2 workers, once started"].met
    assert not got["speed-up 1 -> 2 workers, start-up included"].met  # 10 s vs 7 s: 1.43x
    assert not got["peak RSS per worker"].met  # a Ray actor went over 1.5 GB
    assert not got["memory flat, 1,000 -> 10,000 documents"].met  # +15%
    assert got["Ray vs local, 2 workers, once started"].met
    assert got["Ray vs local, 2 workers, once started"].figure == "0.82"
    assert not got["Ray vs local, 2 workers, start-up included"].met  # 7 s vs 9.5 s: 0.74


def test_targets_leave_out_what_was_not_measured() -> None:
    names = [t.name for t in targets(_report(_run("local, 2 workers", 2, 7.0, 2.5), None, None))]
    assert not [n for n in names if n.startswith(("Ray", "memory", "peak RSS"))]
