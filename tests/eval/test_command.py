"""`sitrep eval` end to end on the seed article (shared/seed), checking the JSON's shape, not values."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitrep.cli import app


def _figures(block):
    return [block["precision"], block["recall"], block["f1"]]


def test_eval_seed_json_shape(shared):
    result = CliRunner().invoke(app, ["eval", "seed", "--json", "--shared", str(shared)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["split"] == "test" and list(data["suites"]) == ["seed"]
    seed = data["suites"]["seed"]
    assert seed["status"] == "ok" and seed["cases"] == 1
    # 10 gold events, 6 distinct loose keys (3 RUS→IRN AID; COOPERATE RUS/IRN twice, symmetric)
    assert seed["loose"]["gold"] == 6
    figures = [*_figures(seed["loose"]), *_figures(seed["strict"]), seed["attribution"]["accuracy"]]
    assert all(isinstance(x, int | float) and 0.0 <= x <= 1.0 for x in figures)
    assert set(seed["boilerplate"]) == {"events", "lines_left"}
    # the per-type target leaves the seed out, so a seed-only run judges the seed's three targets
    assert {t["label"] for t in data["targets"]} == {"seed loose F1", "seed strict F1", "seed attribution"}
    assert all(t["passed"] in (True, False) for t in data["targets"])
    assert set(data["types"]) >= {"AID", "ASSAULT", "REQUEST"}


def test_unknown_suite_is_refused():
    result = CliRunner().invoke(app, ["eval", "nosuch"])
    assert result.exit_code == 2
    assert "unknown suite nosuch" in result.output


def test_write_readme_needs_the_test_split(tmp_path):
    result = CliRunner().invoke(app, ["eval", "seed", "--split", "dev", "--write-readme",
                                      "--readme", str(tmp_path / "README.md")])
    assert result.exit_code == 2


def test_chart_draws_the_seed_targets(shared, tmp_path):
    chart = tmp_path / "eval.png"
    result = CliRunner().invoke(app, ["eval", "seed", "--shared", str(shared), "--worst", "0",
                                      "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert chart.stat().st_size > 5_000  # a drawn figure, not an empty canvas


def test_chart_into_a_missing_folder_is_one_error_line(shared, tmp_path):
    chart = tmp_path / "no" / "such" / "eval.png"
    result = CliRunner().invoke(app, ["eval", "seed", "--shared", str(shared), "--worst", "0",
                                      "--chart", str(chart)])
    assert result.exit_code == 1
    assert str(chart) in result.output and "Traceback" not in result.output
