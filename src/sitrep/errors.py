"""One exception class per kind of failure, each with a message a user can act on.

The CLI catches `SitrepError` at its boundary and prints `origin: message` on one line.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""

    def __init__(self, message: str, origin: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.origin = origin

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}" if self.origin else self.message


class InputError(SitrepError):
    """A file, line or record could not be read or decoded (binary, empty, broken JSON, ...)."""


class CleanError(SitrepError):
    """A document was read but holds no usable article text (empty after cleaning, not English, ...)."""


class LedgerError(SitrepError):
    """The ledger file cannot be opened, migrated or written."""


class QueryError(SitrepError):
    """A query's parameters are invalid (unknown type, bad date, bad actor code)."""
