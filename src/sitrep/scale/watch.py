"""`sitrep watch`: poll feeds on a schedule and store new articles in the ledger."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sitrep.scale.feeds import DEFAULT_HOST_DELAY, FeedWatcher, PollSummary, WatchState, parse_interval, watch

err = Console(stderr=True)


def watch_command(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs to poll.")],
    db: Annotated[Path, typer.Option("--db", envvar="SITREP_DB", dir_okay=False,
                                     help="Ledger file to store articles in.")] = Path("sitrep.duckdb"),
    every: Annotated[str, typer.Option("--every", help="Time between polls: 30s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, then exit.")] = False,
    host_delay: Annotated[float, typer.Option(
        "--host-delay", help="Seconds between two requests to the same host.")] = DEFAULT_HOST_DELAY,
) -> None:
    """Poll RSS/Atom feeds; fetch, code and store each new article once (seen entries are remembered)."""
    from sitrep.errors import SitrepError
    from sitrep.ledger import Ledger
    from sitrep.pipeline import Pipeline

    try:
        seconds = parse_interval(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None
    try:
        with Ledger(db) as ledger:
            pipeline = Pipeline()
            watcher = FeedWatcher(WatchState(ledger.con), ledger.store, lambda raws: pipeline.code_raw(raws),
                                  host_delay=host_delay)
            watch(feeds, watcher, every=seconds, once=once, report=_report)
    except SitrepError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(code=1) from None
    except KeyboardInterrupt:
        err.print("stopped")


def _report(summary: PollSummary) -> None:
    for problem in summary.problems:
        err.print(f"[yellow]skipped[/yellow] {problem}", highlight=False)
    err.print(f"{summary.feeds} feeds ({summary.not_modified} unchanged), {summary.entries} entries, "
              f"{summary.already_seen} seen before, {summary.fetched} fetched, {summary.stored} stored",
              highlight=False)
