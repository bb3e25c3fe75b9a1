"""Loaders for the labelled event suites: each yields `Case`s (id, text, date, gold events).

One function per suite; each reads the shared file as it is and keeps only the records of
the requested split (`sitrep.eval.splits`). Gold events are plain dicts with at least
`source`, `target` and `type`, which is what `sitrep.eval.scoring` compares.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.eval import re3d
from sitrep.eval.splits import in_split

PLOVER_FILE = "benchmarks/event-coding/plover-gsr-cameo.jsonl"
PETR2_FILE = "benchmarks/event-coding/petrarch2-gsr-validation.jsonl"
NGEC_FILE = "benchmarks/event-coding/ngec-actor-resolution.jsonl"
RE3D_DIR = "corpora/re3d"
SEED_DIR = "seed"


@dataclass(slots=True)
class Case:
    """One labelled unit to code and score: a sentence, an article body, or an article file.

    `date` is the publication date to code with (None when the source's date is a placeholder).
    `path` is set when the case must go through the whole pipeline from a file (the seed), so
    that cleaning is judged too. `forbidden` lists boilerplate lines that must not yield events.
    """

    id: str
    text: str
    date: str | None
    gold: list[dict[str, Any]]
    optional: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None
    path: Path | None = None
    no_events: bool = False
    forbidden: list[str] = field(default_factory=list)
    origin: str = ""


def shared_root(override: str | Path | None = None) -> Path:
    """Where the shared data lives: the argument, $SITREP_SHARED, or `shared/` beside the repo."""
    if override:
        return Path(override)
    if os.environ.get("SITREP_SHARED"):
        return Path(os.environ["SITREP_SHARED"])
    beside_repo = Path(__file__).resolve().parents[3].parent / "shared"
    return beside_repo if beside_repo.is_dir() else Path.cwd().parent / "shared"


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for each non-empty line; a broken line raises `InputError` naming it."""
    if not path.is_file():
        raise InputError("file not found", origin=str(path))
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON ({exc.msg})", origin=f"{path}:line {number}") from exc
            if not isinstance(record, dict) or "id" not in record or "text" not in record:
                raise InputError("record lacks id or text", origin=f"{path}:line {number}")
            yield number, record


def _gold_events(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The expected events that have a PLOVER type (codes with no PLOVER type are not scored)."""
    return [
        {"source": e.get("source"), "target": e.get("target"), "type": e["type"],
         **({"mode": e["mode"]} if e.get("mode") else {})}
        for e in record.get("expected", []) if e.get("type")
    ]


def _sentence_cases(path: Path, split: str) -> Iterator[Case]:
    """Cases from a benchmark JSONL of sentences (the shape the event-coding README describes)."""
    for number, record in read_jsonl(path):
        if not in_split(record["id"], split):
            continue
        placeholder = record.get("date_is_placeholder", False)
        yield Case(id=record["id"], text=record["text"],
                   date=None if placeholder else record.get("date"),
                   gold=_gold_events(record), no_events=bool(record.get("no_events")),
                   origin=f"{path.name}:line {number}")


def load_plover(root: Path, split: str = "all") -> Iterator[Case]:
    """PLOVER GSR (CAMEO manual examples recoded in PLOVER); its dates are placeholders, so dropped."""
    return _sentence_cases(root / PLOVER_FILE, split)


def load_petr2(root: Path, split: str = "all") -> Iterator[Case]:
    """PETRARCH2 GSR validation sentences; "no event" records have empty gold (any prediction is wrong)."""
    return _sentence_cases(root / PETR2_FILE, split)


def load_re3d(
    root: Path, split: str = "all", resolve: Callable[[str], str | None] | None = None,
) -> Iterator[Case]:
    """re3d documents whose actor-to-actor relations map to PLOVER types (see `sitrep.eval.re3d`).

    `resolve` turns an argument's text into an actor code (default: `sitrep.actors.resolve_name`).
    """
    documents = [d for d in re3d.read_documents(root / RE3D_DIR) if in_split(d.id, split)]
    re3d.resolve_arguments(documents, resolve)
    for document in documents:
        yield Case(id=document.id, text=document.text, date=None, title=document.title,
                   gold=[relation.as_event() for relation in document.relations],
                   origin=f"{document.folder}/documents.json")


def load_seed(root: Path, split: str = "all") -> Iterator[Case]:
    """The hand-coded seed article(s), coded from the file so cleaning is judged too.

    The seed is always scored whole, whatever the split: it is one article every helper
    develops against, so holding it out of "dev" would only hide it.
    """
    del split  # the seed is not split (see the docstring)
    folder = root / SEED_DIR
    expected_path = folder / "expected.json"
    try:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the seed's gold ({exc})", origin=str(expected_path)) from exc
    for gold in expected if isinstance(expected, list) else [expected]:
        path = folder / gold["document"]
        if not path.is_file():
            raise InputError("the document named by expected.json is missing", origin=str(path))
        metadata = gold.get("metadata", {})
        yield Case(id=path.stem, text=path.read_text(encoding="utf-8"), date=metadata.get("published"),
                   gold=list(gold.get("events", [])), optional=list(gold.get("optional_events", [])),
                   title=metadata.get("title"), path=path,
                   forbidden=list(metadata.get("must_not_remain_in_body", [])), origin=str(expected_path))
