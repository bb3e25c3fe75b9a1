"""`sitrep serve`: run the API and the page over a ledger file on this machine."""

from __future__ import annotations

import ipaddress
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from sitrep.errors import SitrepError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


MAX_CONNECTIONS = 256
"""Connections served at once; past it uvicorn answers 503 at once. A bound, set above the 100
concurrent clients the load test holds, so that many clients queue for the cores instead of being shed."""


def serve_command(
    db: Annotated[Path, typer.Option("--db", envvar="SITREP_DB", help="Ledger file (DuckDB).", dir_okay=False)
                  ] = Path("sitrep.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on (this machine only: 127.0.0.1, ::1).")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option(
        "--allow-ingest", help="Allow POST /api/documents to add documents (needs --token).")] = False,
    token: Annotated[str | None, typer.Option(
        envvar="SITREP_TOKEN",
        help="Bearer token that POST /api/documents must send (or SITREP_TOKEN).")] = None,
) -> None:
    """Serve the ledger as a JSON API (/api/...) and a web page (/), read-only unless --allow-ingest."""
    import uvicorn

    from sitrep.web.app import LOCAL_HOSTS, create_app

    def fail(message: str) -> typer.Exit:
        sys.stderr.write(" ".join(message.split()) + "\n")
        return typer.Exit(code=1)

    if not _is_loopback(host):
        raise fail(f"--host {host}: sitrep serves this machine only; use 127.0.0.1 or ::1")
    if allow_ingest and not token:
        raise fail("--allow-ingest needs --token TOKEN (or SITREP_TOKEN) so only you can add documents")
    try:
        app = create_app(db, allow_ingest=allow_ingest, token=token,
                         allowed_hosts=tuple(dict.fromkeys((*LOCAL_HOSTS, host))))
    except SitrepError as exc:
        raise fail(str(exc)) from None
    mode = "read-write (ingest on)" if allow_ingest else "read-only"
    sys.stderr.write(f"serving {os.fspath(db)} {mode} at http://{host}:{port}/\n")
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=5,
                limit_concurrency=MAX_CONNECTIONS, server_header=False)
