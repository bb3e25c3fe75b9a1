"""Ledger: the DuckDB store of documents, events and evidence, with dedup, clusters and queries."""

from sitrep.ledger.store import IngestSummary, Ledger

__all__ = ["IngestSummary", "Ledger", "open_ledger"]


def open_ledger(path: str = "sitrep.duckdb", *, read_only: bool = False) -> Ledger:
    """Open (or create) the ledger file at `path`."""
    return Ledger(path, read_only=read_only)
