"""Shared fixtures: where the project's shared data lives, and one pipeline for the whole run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "000_cffe77665d307e1a.txt"
BENCH = SHARED / "benchmarks" / "event-coding"
CORPORA = SHARED / "corpora"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared data not found at {SHARED}; set SITREP_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline()
