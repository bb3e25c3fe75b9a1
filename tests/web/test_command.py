"""`sitrep serve`'s checks, which run before any server starts."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sitrep.cli import app


@pytest.mark.parametrize(("args", "message"), [
    (["--host", "0.0.0.0"], "this machine only"),
    (["--host", "192.168.1.10"], "this machine only"),
    (["--allow-ingest"], "--token"),
])
def test_serve_refuses_unsafe_settings(tmp_path, args, message):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "l.duckdb"), *args])
    assert result.exit_code == 1
    assert message in result.output


def test_serve_needs_an_existing_ledger_when_read_only(tmp_path):
    missing = tmp_path / "missing.duckdb"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1 and "no such ledger" in result.output
    assert not missing.exists()
