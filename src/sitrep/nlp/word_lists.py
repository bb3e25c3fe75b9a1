"""The nlp stage's word-list data files: one entry per line, `#` comments and blank lines aside."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_word_list(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>`, in file order (callers cache them: each is read once per process)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))
