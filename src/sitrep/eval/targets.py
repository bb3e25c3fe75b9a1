"""The figures sitrep aims for on the test split, and how each is read from a suite's results."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.records import PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class Target:
    """A threshold on one figure of one suite; `metrics` lists acceptable names, first found wins."""

    suite: str
    label: str
    metrics: tuple[str, ...]
    threshold: float


TARGETS: tuple[Target, ...] = (
    Target("seed", "seed loose F1", ("loose_f1",), 1.0),
    Target("seed", "seed strict F1", ("strict_f1",), 0.9),
    Target("seed", "seed attribution", ("attribution",), 1.0),
    Target("plover", "PLOVER GSR loose F1", ("loose_f1",), 0.75),
    Target("petr2", "PETR2 GSR loose F1", ("loose_f1",), 0.80),
    Target("ngec", "NGEC actor country", ("accuracy", "country_accuracy", "f1"), 0.85),
    Target("tempeval", "TempEval-3", ("accuracy", "f1"), 0.90),
    Target("polnear", "PolNeAR F1", ("f1",), 0.75),
)
TYPE_PRECISION = 0.6
"""Every PLOVER type should reach this precision on at least one event suite."""
TYPES: tuple[str, ...] = PLOVER_TYPES


LABELS: dict[str, str] = {
    "loose_f1": "loose F1", "strict_f1": "strict F1", "f1": "F1", "accuracy": "accuracy",
    "country_accuracy": "country accuracy", "attribution": "attribution",
}
"""How figure names read in tables."""


def pick(metrics: dict[str, float], target: Target) -> tuple[str, float] | None:
    """The (name, value) a target is judged on, or None when the suite reported none of its figures."""
    for name in target.metrics:
        if name in metrics:
            return name, metrics[name]
    return None
