"""The dev/test split shared by every evaluation suite (one rule, defined here only).

Rule: a record belongs to **dev** when the last decimal digit of its id is even, and to
**test** when it is odd. "PLOVER-GSR01-AGREE-0001" and "AFP0808020625_5" are test,
"COOP_0" and "github_issue27_2" are dev; an id with a suffix such as "COERCE-0004#2" is
judged by that suffix's digit. An id with no digit at all (rare: some file names) falls back
to the parity of the sum of its characters' code points, which is stable across runs and
machines (unlike Python's salted `hash`). The split is by id rather than by position so a
record keeps its side when a file is re-sorted or grows, and tuning on dev cannot leak into test.
"""

from __future__ import annotations

from typing import Literal

Split = Literal["dev", "test", "all"]
SPLITS: tuple[str, ...] = ("dev", "test", "all")


def split_of(record_id: str) -> Literal["dev", "test"]:
    """Which side of the split a record id falls on (see the module docstring for the rule)."""
    digits = [c for c in str(record_id) if c.isascii() and c.isdigit()]
    value = int(digits[-1]) if digits else sum(map(ord, str(record_id)))
    return "dev" if value % 2 == 0 else "test"


def in_split(record_id: str, split: str) -> bool:
    """True when `record_id` belongs to `split` ("dev", "test" or "all")."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    return split == "all" or split_of(record_id) == split
