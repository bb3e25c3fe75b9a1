"""Web: `sitrep serve`, a JSON API over the ledger and a page that uses it (FastAPI + uvicorn)."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # FastAPI loads only when the app is wanted, so `sitrep --help` stays fast
    if name == "create_app":
        from sitrep.web.app import create_app

        return create_app
    raise AttributeError(name)
