"""`sitrep eval`: score the pipeline on the labelled suites.

PLACEHOLDER: the eval helper replaces this.
"""

from __future__ import annotations

import typer


def eval_command(
    suites: list[str] = typer.Argument(None, help="Suites to run (default: all)."),
) -> None:
    """Score the pipeline on the labelled suites and the seed."""
    raise typer.Exit(code=2)
