"""The `sitrep` command on small real documents: the seed and two AQUAINT copies of one AP story."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sitrep.cli import app

# where tests/conftest.py finds the shared data (not imported: tests/ledger has a conftest too)
SHARED = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seed" / "000_cffe77665d307e1a.txt"
AQUAINT = SHARED / "corpora" / "tempeval3" / "AQUAINT"
COPIES = ["APW20000216.0193", "APW20000216.0272"]  # an AP story and its update (shingle Jaccard 0.74)
runner = CliRunner()


def as_text(name: str, folder: Path) -> Path:
    """An AQUAINT TimeML article as a plain .txt file (its <TEXT> body, tags removed)."""
    raw = (AQUAINT / f"{name}.tml").read_text(encoding="utf-8")
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    path = folder / f"{name}.txt"
    path.write_text(re.sub(r"<[^>]+>", "", body.group(1) if body else raw).strip() + "\n", encoding="utf-8")
    return path


def invoke(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline) -> Path:
    """A ledger filled by `sitrep run` (the session pipeline fixture has loaded the model)."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "cli.duckdb"
    result = invoke("run", SEED, *[as_text(name, folder) for name in COPIES], "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    assert "3 stored, 0 replaced, 0 unchanged, 0 skipped" in result.stdout
    return path


def test_run_again_changes_nothing(db):
    result = invoke("run", SEED, "--db", db, "-q")
    assert result.exit_code == 0
    assert "0 stored, 0 replaced, 1 unchanged, 0 skipped; 0 events coded" in result.stdout


def test_run_with_nothing_readable_fails(tmp_path):
    missing = tmp_path / "missing.txt"
    result = invoke("run", missing, "--db", tmp_path / "x.duckdb", "-q")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"{missing}: ")
    assert lines[-1].startswith("nothing could be read")


def test_run_skips_a_bad_file_and_goes_on(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = invoke("run", binary, SEED, "--db", tmp_path / "y.duckdb", "-q")
    assert result.exit_code == 0
    assert "1 stored" in result.stdout and "1 skipped" in result.stdout
    assert any(line.startswith(f"{binary}: ") for line in result.stderr.splitlines())


def test_events_jsonl_and_filters(db):
    result = invoke("events", "--db", db, "--format", "jsonl", "--limit", "100")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["evidence"] for r in rows)
    # the updated AQUAINT story is a near-duplicate: its events are not counted twice
    listing = invoke("documents", "--db", db, "--format", "jsonl").stdout
    docs = [json.loads(line) for line in listing.splitlines()]
    copies = {d["id"] for d in docs if d["duplicate_of"]}
    assert len(copies) == 1
    assert not copies & {r["document_id"] for r in rows}
    everything = invoke("events", "--db", db, "--format", "jsonl", "--limit", "100", "--duplicates").stdout
    assert len(everything.splitlines()) >= len(rows)
    rus = invoke("events", "--db", db, "--source", "RUS", "--format", "jsonl")
    rus_rows = [json.loads(line) for line in rus.stdout.splitlines()]
    assert rus_rows and all(r["source"].startswith("RUS") for r in rus_rows)


def test_events_csv_and_table(db):
    result = invoke("events", "--db", db, "--format", "csv", "--limit", "3")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and {"source", "type", "mode", "evidence", "publisher"} <= set(rows[0])
    table = invoke("events", "--db", db, "--limit", "2")
    assert table.exit_code == 0 and "events" in table.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--type", "BOMB"], "unknown event type 'BOMB'"),
    (["--mode", "maybe"], "unknown mode 'maybe'"),
    (["--since", "2022-02-30"], "no such day"),
    (["--until", "last week"], "bad --until"),
])
def test_events_bad_options_give_one_line(db, args, message):
    result = invoke("events", "--db", db, *args)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_reading_a_missing_ledger(tmp_path):
    missing = tmp_path / "none.duckdb"
    result = invoke("events", "--db", missing)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{missing}: no such ledger; create it with `sitrep run PATH --db FILE`"


def test_extract_contract(pipeline):
    result = invoke("extract", SEED)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"document", "events"}
    assert {"id", "title", "published", "publisher", "text"} <= set(record["document"])


def test_extract_names_warnings_and_keeps_long_errors_on_one_line(pipeline, tmp_path):
    """A repaired file is a warning beside its document; a refusal stays one line however long its name."""
    # PolNeAR nyt_2016-01-20 prints "GuantÃ¡namo": UTF-8 once read as cp1252 and saved again
    story = "The prisoners had been held at Guant\u00e1namo Bay, Cuba, officials said."
    misread = tmp_path / "misread.txt"
    misread.write_text(story.encode("utf-8").decode("cp1252"), encoding="utf-8")
    binary = tmp_path / ("zipped " + "x" * 90 + ".txt")
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    result = invoke("extract", misread, binary)
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    assert lines == [f"warning {misread}: UTF-8 read as cp1252 or Latin-1 before: put back on 1 line(s)",
                     f"error {binary}: binary file, not text (a zip archive: unpack it first)"]
    assert "Guant\u00e1namo Bay" in json.loads(result.stdout)["document"]["text"]


def test_documents_actors_clusters(db):
    docs = invoke("documents", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in docs.stdout.splitlines()]
    assert len(rows) == 3
    assert sum(1 for r in rows if r["duplicate_of"]) == 1
    actors = invoke("actors", "--db", db, "--format", "csv")
    assert actors.exit_code == 0 and actors.stdout.startswith("code,name,sector,country")
    assert invoke("clusters", "--db", db, "--format", "jsonl").exit_code == 0


def test_dyad_terminal_and_plots(db, tmp_path):
    result = invoke("dyad", "RUS", "IRN", "--db", db)
    assert result.exit_code == 0
    assert "RUS ↔ IRN by month" in result.stdout and "2022-12-01" in result.stdout
    png = tmp_path / "trend.png"
    assert invoke("dyad", "RUS", "IRN", "--db", db, "--plot", png).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = tmp_path / "trend.html"
    assert invoke("dyad", "RUS", "IRN", "--db", db, "--plot", page, "--by", "week").exit_code == 0
    assert "data:image/png;base64," in page.read_text()
    bad = invoke("dyad", "RUS", "IRN", "--db", db, "--plot", tmp_path / "trend.txt")
    assert bad.exit_code == 1 and "--plot needs a .png or .html" in bad.stderr
    rows = invoke("dyad", "RUS", "IRN", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert rows and {"period", "direction", "type", "mode", "events", "score"} <= set(json.loads(rows[0]))


def test_network_export_brief(db, tmp_path):
    graphml = tmp_path / "net.graphml"
    result = invoke("network", graphml, "--db", db)
    assert result.exit_code == 0 and graphml.read_text().startswith("<?xml")
    assert invoke("network", tmp_path / "net.json", "--db", db, "--format", "json").exit_code == 0
    assert "nodes" in json.loads((tmp_path / "net.json").read_text())
    folder = tmp_path / "out"
    assert invoke("export", folder, "--db", db, "--format", "parquet").exit_code == 0
    assert len(pd.read_parquet(folder / "documents.parquet")) == 3
    brief = invoke("brief", "RUS", "IRN", "--db", db)
    assert brief.exit_code == 0 and brief.stdout.startswith("# Situation report: RUS and IRN")
    assert "## Sources" in brief.stdout and "Anadolu Agency" in brief.stdout
    html = tmp_path / "brief.html"
    assert invoke("brief", "RUS", "IRN", "--db", db, "--format", "html", "-o", html).exit_code == 0
    assert html.read_text().startswith("<!doctype html>")


@pytest.mark.parametrize("command", ["run", "extract", "events", "documents", "actors", "clusters", "dyad",
                                     "network", "export", "brief"])
def test_every_command_has_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_readme_command_reference_is_fresh():
    from sitrep.docs import README, render

    text = README.read_text(encoding="utf-8")
    assert render(text) == text, "README's command reference is stale: run `python -m sitrep.docs`"
