"""sitrep: read news reports and keep a sourced, queryable ledger of political events.

    import sitrep
    ledger = sitrep.open("sitrep.duckdb")
    ledger.ingest(["news/"])          # runs the pipeline, returns an IngestSummary
    ledger.events(source="RUS", type="ASSAULT")   # a pandas DataFrame
    ledger.dyad("RUS", "UKR", by="month")

Imports are lazy: `import sitrep` loads neither spaCy nor DuckDB.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sitrep.ledger import IngestSummary, Ledger
    from sitrep.pipeline import Pipeline

__all__ = ["IngestSummary", "Ledger", "Pipeline", "__version__", "open"]

_LAZY = {"Ledger": "sitrep.ledger", "IngestSummary": "sitrep.ledger", "Pipeline": "sitrep.pipeline"}


def open(path: str = "sitrep.duckdb", *, read_only: bool = False) -> Ledger:
    """Open (or create) a ledger file: the entry point of the Python API."""
    from sitrep.ledger import Ledger

    return Ledger(path, read_only=read_only)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
