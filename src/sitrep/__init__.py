"""sitrep: read news reports and keep a sourced, queryable ledger of political events."""

from __future__ import annotations

__version__ = "0.1.0"
