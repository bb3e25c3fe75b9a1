"""`sitrep eval`: score the pipeline on the labelled suites and the seed (see `sitrep.eval.runner`)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from sitrep.errors import SitrepError
from sitrep.eval.readme import write_table
from sitrep.eval.report import markdown, render, to_json
from sitrep.eval.runner import SUITE_NAMES, Evaluator
from sitrep.eval.splits import SPLITS
from sitrep.eval.suites import shared_root


def eval_command(
    suites: Annotated[list[str] | None, typer.Argument(
        help=f"Suites to run (default: all): {', '.join(SUITE_NAMES)}.", show_default=False)] = None,
    split: Annotated[str, typer.Option(
        help="Records to score: dev (even last digit of the id), test (odd) or all.")] = "test",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    limit: Annotated[int | None, typer.Option(
        min=1, help="Score at most N cases per suite (evenly spaced); slow corpora have their own default.",
    )] = None,
    write_readme: Annotated[bool, typer.Option(
        "--write-readme", help="Write the results table (test split) between README.md's eval-table markers.",
    )] = False,
    readme: Annotated[Path, typer.Option(help="README to update with --write-readme.")] = Path("README.md"),
    shared: Annotated[Path | None, typer.Option(
        help="Shared data folder (default: $SITREP_SHARED or ../shared).", show_default=False)] = None,
    worst: Annotated[int, typer.Option(min=0, help="Worst misses to list per suite.")] = 5,
    chart: Annotated[Path | None, typer.Option(
        help="Also draw the targets and per-type precision into this PNG.", show_default=False)] = None,
) -> None:
    """Score the pipeline on the labelled suites and the seed: P/R/F1, per type, targets, worst misses."""
    names = list(suites or SUITE_NAMES)
    unknown = [n for n in names if n not in SUITE_NAMES]
    if unknown:
        raise typer.BadParameter(f"unknown suite {', '.join(unknown)}; choose from {', '.join(SUITE_NAMES)}",
                                 param_hint="SUITES")
    if split not in SPLITS:
        raise typer.BadParameter(f"expected one of {', '.join(SPLITS)}", param_hint="--split")
    if write_readme and split != "test":
        raise typer.BadParameter("the README table is the test split's; drop --split",
                                 param_hint="--write-readme")
    err = Console(stderr=True)
    root = shared_root(shared)
    if not root.is_dir():
        err.print(f"[red]error[/red] {root}: shared data folder not found (pass --shared)", highlight=False)
        raise typer.Exit(code=1)

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True)
    with progress:
        results = Evaluator(root, split, limit, progress, worst).run(names)

    if as_json:
        sys.stdout.write(json.dumps(to_json(results, split, limit), ensure_ascii=False, indent=1) + "\n")
    else:
        out = Console(width=None if sys.stdout.isatty() else 160)
        render(out, results, split, worst=worst > 0)
    if chart is not None:
        from sitrep.eval.chart import plot_results

        try:
            plot_results(results, chart, split=split)
        except (OSError, ValueError) as exc:
            err.print(f"[red]error[/red] {chart}: {exc}", highlight=False)
            raise typer.Exit(code=1) from exc
        err.print(f"wrote the chart to {chart}")
    if write_readme:
        command = "sitrep eval " + " ".join([*(suites or []), "--write-readme"])
        day = datetime.now(UTC).strftime("%Y-%m-%d")
        try:
            write_table(readme, markdown(results, split, command, day))
        except SitrepError as exc:
            err.print(f"[red]error[/red] {exc}", highlight=False)
            raise typer.Exit(code=1) from exc
        err.print(f"wrote the results table into {readme}")
