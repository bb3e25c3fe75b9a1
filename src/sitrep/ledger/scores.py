"""PLOVER quad classes and Goldstein scores, loaded once from the package's data files.

The numbers live in `data/plover_types.tsv` and `data/goldstein.tsv` (each file says where it
came from); this module is the one place that reads them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """What the ledger knows of one PLOVER type."""

    type: str
    quad: str
    quad_numeric: int
    plover_score: float
    goldstein: float
    symmetric: bool
    phrase: str

    @property
    def cooperative(self) -> bool:
        return self.quad_numeric in (1, 2)


def _rows(name: str) -> list[dict[str, str]]:
    text = files("sitrep.ledger").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def plover_types() -> dict[str, TypeInfo]:
    """The 16 PLOVER types with their quad class and scores."""
    return {
        r["type"]: TypeInfo(
            r["type"],
            r["quad"],
            int(r["quad_numeric"]),
            float(r["plover_score"]),
            float(r["goldstein"]),
            r["symmetric"] == "yes",
            r["phrase"],
        )
        for r in _rows("plover_types.tsv")
    }


@cache
def cameo_goldstein() -> dict[str, float]:
    """Goldstein score per CAMEO code."""
    return {r["code"]: float(r["goldstein"]) for r in _rows("goldstein.tsv")}


def goldstein(type_: str, cameo: str | None = None) -> float:
    """The Goldstein score of an event: its CAMEO code's when known, else its PLOVER type's mean."""
    if cameo and cameo in cameo_goldstein():
        return cameo_goldstein()[cameo]
    info = plover_types().get(type_)
    return info.goldstein if info else 0.0


def is_symmetric(type_: str) -> bool:
    """Whether source and target can be swapped without changing what happened (meetings, ...)."""
    info = plover_types().get(type_)
    return bool(info and info.symmetric)
