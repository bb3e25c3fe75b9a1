"""Walk the paths a user gives and hand each file to the reader for its kind, keeping input order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_text
from sitrep.ingest.jsonl import read_json, read_jsonl
from sitrep.ingest.limits import DEFAULT_LIMITS, Limits
from sitrep.ingest.raw import make_raw
from sitrep.ingest.sniff import FileKind, kind_of, looks_like_html
from sitrep.ingest.streams import open_stream, read_bounded
from sitrep.ingest.timeml import read_timeml
from sitrep.ingest.warc import read_warc
from sitrep.records import Problem, RawDocument


def read_paths(
    paths: Iterable[str | Path], *, limits: Limits = DEFAULT_LIMITS,
) -> Iterator[RawDocument | Problem]:
    """Yield a raw document (or a problem) for every document found under `paths`, in input order.

    Folders are read recursively in sorted order, skipping hidden files; inside folders only files
    of a known kind are read (others give a warning). A file named directly is read whatever its name.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _read_folder(path, limits)
        elif path.is_file():
            yield from read_file(path, limits=limits)
        else:
            yield Problem(str(path), "no such file or folder")


SINGLE_DOCUMENT_KINDS = frozenset({"text", "html", "timeml"})
"""File kinds that hold exactly one document; JSON, JSONL and WARC files hold an unknown number."""


def count_documents(paths: Iterable[str | Path], most_files: int = 1_000_000) -> int | None:
    """How many documents `paths` hold, when that is known without reading them, else None.

    Known when every input file holds one document (text, HTML, TimeML): a progress bar can then
    show an ETA. Archives (JSONL, WARC) are counted only by reading them, so they give None, as
    does a tree of more than `most_files` files (counting would take too long to be worth it).
    """
    total = 0
    for given in paths:
        path = Path(given)
        files = _walk(path) if path.is_dir() else iter([path])
        for file in files:
            kind = kind_of(file)[0]
            if path.is_dir() and kind is None:
                continue  # skipped by read_paths with a warning, not coded
            if kind is not None and kind not in SINGLE_DOCUMENT_KINDS:
                return None
            total += 1
            if total > most_files:
                return None
    return total


def read_file(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawDocument | Problem]:
    """Every document of one file (a text or HTML file is one; JSONL and WARC hold many)."""
    kind, compression = kind_of(path)
    try:
        if kind == "warc":
            yield from read_warc(path, limits)
        elif kind == "jsonl":
            with open_stream(path, compression, limits) as stream:
                yield from read_jsonl(stream, str(path), limits)
        else:
            yield from _read_whole(path, kind, compression, limits)
    except OSError as exc:
        yield Problem(str(path), f"cannot read file ({exc.strerror or exc})")


def _read_whole(
    path: Path, kind: FileKind | None, compression: str | None, limits: Limits,
) -> Iterator[RawDocument | Problem]:
    origin = str(path)
    try:
        with open_stream(path, compression, limits) as stream:
            data = read_bounded(stream, limits.max_document_bytes, origin)
        decoded = decode_text(data, origin)
    except InputError as exc:
        yield Problem(origin, exc.message)
        return
    if decoded.note:
        yield Problem(origin, decoded.note, level="warning")
    text = decoded.text
    if kind == "json":
        yield from read_json(text, origin, limits)
        return
    if kind == "timeml":
        yield read_timeml(text, origin, limits)
        return
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    yield make_raw(origin, text, kind, limits)


def _read_folder(folder: Path, limits: Limits) -> Iterator[RawDocument | Problem]:
    for path in _walk(folder):
        if kind_of(path)[0] is None:
            yield Problem(str(path), "skipped: not a known document type "
                          "(.txt, .html, .jsonl, .json, .warc, .tml, optionally .gz/.bz2)", level="warning")
        else:
            yield from read_file(path, limits=limits)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under `folder`, depth first in sorted order, without hidden files or folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
