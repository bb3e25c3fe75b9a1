"""`sitrep eval --chart`: the targets and the per-type precision as one PNG, read at a glance.

Two panels: each target's figure as a bar with its threshold marked (green when met), and
each PLOVER type's best precision over the benchmark suites against the 0.6 bar. The
figures are those of `check_targets` / `check_types`, so the chart never disagrees with
the tables.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.eval.report import check_targets, check_types
from sitrep.eval.runner import SuiteResult
from sitrep.eval.targets import TYPE_PRECISION
from sitrep.figures import new_figure, save_png

MET, MISSED = "tab:green", "tab:red"


def plot_results(results: list[SuiteResult], path: Path, *, split: str) -> Path:
    """Draw the targets and per-type precision of `results` into a PNG at `path`."""
    checks = [c for c in check_targets(results) if c.value is not None and c.suite != "types"]
    types = check_types(results) if any(r.by_type for r in results if r.name != "seed") else []
    panels = [p for p in (checks, types) if p]
    if not panels:
        raise ValueError("no figure to draw: no suite reported a target figure or per-type counts")
    fig, axes = new_figure(1, len(panels), figsize=(6.5 * len(panels), 5), squeeze=False)
    column = 0
    if checks:
        ax = axes[0][column]
        labels = [c.label for c in checks]
        values = [c.value or 0.0 for c in checks]
        ax.barh(labels, values, color=[MET if c.passed else MISSED for c in checks])
        ax.scatter([c.threshold for c in checks], labels, marker="|", s=400, color="black",
                   label="target", zorder=3)
        for y, value in enumerate(values):
            ax.text(min(value + 0.01, 0.93), y, f"{value:.2f}", va="center", fontsize=8)
        ax.set_xlim(0, 1.05)
        ax.invert_yaxis()
        ax.set_title(f"targets ({split} split)")
        ax.legend(loc="lower right")
        column += 1
    if types:
        ax = axes[0][column]
        ax.bar([t.type for t in types], [t.best_precision for t in types],
               color=[MET if t.passed else MISSED for t in types])
        ax.axhline(TYPE_PRECISION, color="black", linewidth=1, linestyle="--",
                   label=f"precision {TYPE_PRECISION}")
        ax.set_ylim(0, 1.05)
        ax.tick_params(axis="x", labelrotation=60)
        ax.set_title("best precision per PLOVER type (any benchmark suite)")
        ax.legend(loc="lower right")
    return save_png(fig, path)
