"""Walk the paths a user gives and hand each file to the reader for its kind.

PLACEHOLDER: reads .txt only; the ingest helper replaces this with the full reader set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.records import Problem, RawDocument


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawDocument | Problem]:
    """Yield a raw document (or a problem) for every document found under `paths`."""
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield Problem(str(f), str(exc))
                continue
            yield RawDocument(origin=str(f), content=text, kind="text",
                              id=hashlib.sha1(text.encode()).hexdigest()[:16])
