"""The `sitrep` command: a thin layer over the library (each command calls one library function)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sitrep.records import Problem

app = typer.Typer(help="sitrep: a sourced, queryable ledger of political events from news reports.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
) -> None:
    """Print one JSON object per document (document + coded events) without touching any database."""
    from sitrep.pipeline import Pipeline

    for item in Pipeline().code_paths([str(p) for p in paths]):
        if isinstance(item, Problem):
            err.print(f"[red]error[/red] {item}", highlight=False)
            continue
        sys.stdout.write(json.dumps(item.public(), ensure_ascii=False) + "\n")


def _register_optional_commands() -> None:
    """Commands that live with their stage (eval, serve, bench, ...) are registered here."""
    from sitrep.eval.command import eval_command

    app.command("eval")(eval_command)


_register_optional_commands()

if __name__ == "__main__":
    app()
