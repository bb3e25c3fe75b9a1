"""Open files for streaming, decompressing gzip/bzip2 with a cap on the bytes they may expand to."""

from __future__ import annotations

import bz2
import gzip
import io
from pathlib import Path
from typing import BinaryIO

from sitrep.errors import InputError
from sitrep.ingest.limits import Limits


class CappedReader(io.RawIOBase):
    """A read-only stream that raises InputError once more than `cap` bytes have come through."""

    def __init__(self, inner: BinaryIO, cap: int, origin: str) -> None:
        self._inner, self._cap, self._origin, self._seen = inner, cap, origin, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        try:
            chunk = self._inner.read1(len(buffer))  # read1: data before a truncation is kept
        except (EOFError, OSError, ValueError) as exc:  # truncated or corrupt compressed data
            raise InputError(f"compressed data is truncated or corrupt ({exc})", self._origin) from exc
        self._seen += len(chunk)
        if self._seen > self._cap:
            raise InputError(f"expands to more than {self._cap // (1024 * 1024)} MB; "
                             "refusing a possible compression bomb", self._origin)
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self._inner.close()
        super().close()


def open_stream(path: Path, compression: str | None, limits: Limits) -> io.BufferedReader:
    """A buffered binary stream of the file's (decompressed) bytes."""
    origin = str(path)
    if compression == "gzip":
        inner: BinaryIO = gzip.open(path, "rb")  # noqa: SIM115 - closed with the returned stream
    elif compression == "bzip2":
        inner = bz2.open(path, "rb")  # noqa: SIM115 - closed with the returned stream
    else:
        return open(path, "rb")
    return io.BufferedReader(CappedReader(inner, limits.max_decompressed_bytes, origin), 1024 * 1024)


def read_bounded(stream: BinaryIO, cap: int, origin: str) -> bytes:
    """All of a stream's bytes, or InputError if there are more than `cap`."""
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise InputError(f"larger than {cap // (1024 * 1024)} MB; too big for one document", origin)
    return data
