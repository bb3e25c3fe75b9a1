"""The Python API: `import sitrep; sitrep.open(...)` and the Ledger's DataFrame-returning methods."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

import sitrep

SHARED = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seed" / "000_cffe77665d307e1a.txt"


def test_import_is_light():
    code = "import sys, sitrep; print(sorted(m for m in ('spacy', 'duckdb', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_open_ingest_query(tmp_path, pipeline):
    ledger = sitrep.open(str(tmp_path / "api.duckdb"))
    assert isinstance(ledger, sitrep.Ledger)
    summary = ledger.ingest([SEED, tmp_path / "missing.txt"], pipeline=pipeline)
    assert (summary.stored, summary.unchanged, len(summary.skipped)) == (1, 0, 1)
    assert str(summary.skipped[0]).startswith(str(tmp_path / "missing.txt"))
    assert summary.events > 0
    again = ledger.ingest([SEED], pipeline=pipeline)
    assert (again.stored, again.unchanged, again.events) == (0, 1, 0)
    events = ledger.events(source="RUS")
    assert isinstance(events, pd.DataFrame) and len(events) > 0
    assert events["source"].str.startswith("RUS").all()
    dyad = ledger.dyad("RUS", "IRN", by="month")
    assert isinstance(dyad, pd.DataFrame)
    assert {"period", "direction", "type", "mode", "events", "score"} <= set(dyad.columns)
    assert isinstance(ledger.actors(), pd.DataFrame)
    ledger.close()
    with sitrep.open(str(tmp_path / "api.duckdb"), read_only=True) as again_ro:
        assert len(again_ro.documents()) == 1
