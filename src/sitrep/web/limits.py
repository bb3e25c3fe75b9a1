"""The web server's bounds, in one place: request sizes, page sizes and time limits."""

from __future__ import annotations

MAX_BODY_BYTES = 2 * 1024 * 1024
"""Largest request body (JSON or uploaded file); more is refused with 413."""

MAX_TEXT_CHARS = 500_000
"""Longest text `/api/extract` codes."""

MAX_TITLE_CHARS = 1_000

MAX_PAGE = 500
"""Most rows one list request returns."""

DEFAULT_PAGE = 50

MAX_NETWORK_EDGES = 500
"""Most edges the network view returns (the heaviest ones)."""

MAX_QUERY_CHARS = 200
"""Longest free-text search."""

QUERY_SECONDS = 10.0
"""A ledger read that takes longer is interrupted and answered with 504."""

CODE_SECONDS = 60.0
"""Coding one pasted or uploaded article that takes longer is answered with 504."""

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$"
"""Document and event ids: letters, digits and a few separators; never a path."""
