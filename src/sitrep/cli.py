"""The `sitrep` command: a thin layer over the library (each command calls one library function)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from sitrep.errors import SitrepError
from sitrep.records import Problem
from sitrep.scale.engine import Engine, pipeline_for

app = typer.Typer(
    help="sitrep: a sourced, queryable ledger of political events from news reports.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)
out = Console()

DbOption = Annotated[
    Path,
    typer.Option(
        "--db", envvar="SITREP_DB", help="Ledger file (DuckDB); `sitrep run` creates it.", dir_okay=False
    ),
]
SinceOption = Annotated[str | None, typer.Option(help="Only events on or after this date (YYYY[-MM[-DD]]).")]
UntilOption = Annotated[str | None, typer.Option(help="Only events on or before this date (YYYY[-MM[-DD]]).")]
DEFAULT_DB = Path("sitrep.duckdb")


class RowFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class NetworkFormat(StrEnum):
    graphml = "graphml"
    json = "json"


class BriefFormat(StrEnum):
    md = "md"
    html = "html"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line to stderr; return the Exit to raise."""
    sys.stderr.write(_one_line(message) + "\n")
    return typer.Exit(code=code)


@contextmanager
def errors() -> Iterator[None]:
    """The CLI boundary: a SitrepError becomes one `origin: reason` line and exit code 1."""
    try:
        yield
    except SitrepError as exc:
        raise fail(str(exc)) from None


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: RowFormat,
    columns: Sequence[str],
    *,
    title: str = "",
    wide: Sequence[str] = (),
) -> None:
    """Print rows as a rich table, CSV or JSON Lines (all columns for csv/jsonl, `columns` for the table)."""
    if fmt is RowFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
        return
    if fmt is RowFormat.csv:
        names = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return
    if wide and out.width < NARROW:
        _print_stacked(rows, columns, wide, title)
        return
    from rich.table import Table

    table = Table(title=title or None, show_lines=bool(wide), expand=bool(wide))
    for c in columns:
        if c in wide:
            table.add_column(c, overflow="fold", ratio=1, min_width=30)
        else:
            # short codes stay on one line so the wide column keeps its width on an 80-column terminal
            table.add_column(c.replace("_", " "), no_wrap=True, overflow="ellipsis", max_width=16)
    for row in rows:
        table.add_row(*[_short(_cell(row.get(c)), TABLE_CELL if c in wide else 24) for c in columns])
    out.print(table)
    if not rows:
        err.print("no rows match", highlight=False)


NARROW = 110
"""Below this terminal width a table with a wide text column is printed as stacked records instead."""


def _print_stacked(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], wide: Sequence[str], title: str,
) -> None:
    """One record per block: the short fields on one line, each wide field indented below it."""
    from rich.markup import escape

    if title:
        out.print(f"[bold]{escape(title)}[/bold]")
    for row in rows:
        head = "  ".join(_cell(row.get(c)) or "-" for c in columns if c not in wide)
        out.print(escape(head), highlight=False)
        for c in wide:
            out.print("    " + escape(_short(_cell(row.get(c)), TABLE_CELL)), highlight=False, style="dim")
    if not rows:
        err.print("no rows match", highlight=False)


TABLE_CELL = 160
"""Longest text shown in a table cell; csv and jsonl give every value whole."""


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
) -> None:
    """Print one JSON object per document (document + coded events) without touching any database."""
    from sitrep.pipeline import Pipeline

    for item in Pipeline().code_paths([str(p) for p in paths]):
        if isinstance(item, Problem):
            colour = "red" if item.level == "error" else "yellow"
            err.print(f"[{colour}]{item.level}[/{colour}] {escape(_one_line(str(item)))}", highlight=False,
                      soft_wrap=True)
            continue
        sys.stdout.write(json.dumps(item.public(), ensure_ascii=False) + "\n")


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders or archives to read.")],
    db: DbOption = DEFAULT_DB,
    force: Annotated[
        bool, typer.Option("--force", help="Store documents again even when their content is unchanged.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=0, help="Worker processes (0: one per CPU; Ray: actors).")
    ] = 1,
    engine: Annotated[
        Engine, typer.Option("--engine", help="Code in local processes or on a Ray cluster.")
    ] = Engine.local,
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="Ray cluster to join (default: start a local one).")
    ] = None,
    ray_out: Annotated[
        Path | None, typer.Option("--ray-out", help="Keep Ray's Parquet output in this new folder.")
    ] = None,
) -> None:
    """Read, code and store documents into the ledger; print how many were stored, unchanged and skipped.

    Exits 0 when at least one document went through, 1 when none could be read.
    """
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from sitrep.ingest.paths import count_documents
    from sitrep.ledger import Ledger

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} documents"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),  # an ETA when the number of documents is known up front
        console=err,
        disable=quiet,
        transient=True,
    )

    def tick(item: Any, changed: bool | None) -> None:
        if isinstance(item, Problem):
            progress.console.print(_one_line(str(item)), highlight=False, markup=False, soft_wrap=True)
        progress.advance(task)
        t = progress.tasks[0]
        rate = t.completed / t.elapsed if t.elapsed else 0.0
        progress.update(task, rate=f"{rate:.1f} docs/s")

    with errors(), Ledger(db) as ledger, progress:
        task = progress.add_task("coding", total=count_documents(paths), rate="")
        coder = pipeline_for(engine, workers, ray_address=ray_address, ray_out=ray_out, progress=False)
        summary = ledger.ingest(paths, progress=tick, force=force, pipeline=coder)
    rate = summary.read / summary.seconds if summary.seconds else 0.0
    out.print(
        f"{summary.stored} stored, {summary.replaced} replaced, {summary.unchanged} unchanged, "
        f"{len(summary.skipped)} skipped; {summary.events} events coded into {db} "
        f"({summary.seconds:.1f} s, {rate:.1f} docs/s)",
        highlight=False,
        soft_wrap=True,
    )
    if summary.read == 0:
        raise fail(
            "nothing could be read" + (f" ({len(summary.skipped)} problems above)" if summary.skipped else "")
        )


def _open(db: Path) -> Any:
    from sitrep.ledger import Ledger

    return Ledger(db, read_only=True)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    source: Annotated[
        str | None, typer.Option(help="Source actor: a full code (RUSGOV) or a country (RUS).")
    ] = None,
    target: Annotated[str | None, typer.Option(help="Target actor: a full code or a country.")] = None,
    actor: Annotated[str | None, typer.Option(help="Either side of the event.")] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type (ASSAULT, CONSULT, ...).")
    ] = None,
    mode: Annotated[
        str | None, typer.Option(help="asserted, negated, planned, considered or possible.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    text: Annotated[str | None, typer.Option(help="Only events whose evidence contains this text.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many events.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many events first.")] = 0,
    duplicates: Annotated[
        bool, typer.Option("--duplicates", help="Also list events from near-duplicates of stored documents.")
    ] = False,
    format: Annotated[RowFormat, typer.Option("--format", help="Output format.")] = RowFormat.table,
) -> None:
    """List coded events, oldest first, with their evidence."""
    from sitrep.ledger import queries

    with errors(), _open(db) as ledger:
        rows = queries.events(
            ledger.con,
            source=source,
            target=target,
            actor=actor,
            type=type,
            mode=mode,
            since=since,
            until=until,
            text=text,
            limit=limit,
            offset=offset,
            include_duplicates=duplicates,
        )
    emit(
        rows,
        format,
        ["date", "source", "type", "mode", "target", "attributed_to", "speaker", "evidence", "publisher"],
        title="events",
        wide=("evidence",),
    )


@app.command()
def documents(
    db: DbOption = DEFAULT_DB,
    since: SinceOption = None,
    until: UntilOption = None,
    publisher: Annotated[str | None, typer.Option(help="Only documents from this publisher.")] = None,
    text: Annotated[
        str | None, typer.Option(help="Only documents whose title or text contains this.")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many documents.")] = 50,
    format: Annotated[RowFormat, typer.Option("--format", help="Output format.")] = RowFormat.table,
) -> None:
    """List stored documents with their event counts and near-duplicate status."""
    from sitrep.ledger import queries

    with errors(), _open(db) as ledger:
        rows = queries.documents(
            ledger.con, since=since, until=until, publisher=publisher, text=text, limit=limit
        )
    emit(
        rows,
        format,
        ["id", "published", "publisher", "title", "events", "duplicate_of"],
        title="documents",
        wide=("title",),
    )


@app.command()
def actors(
    db: DbOption = DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="Only actors of this country (RUS).")] = None,
    format: Annotated[RowFormat, typer.Option("--format", help="Output format.")] = RowFormat.table,
) -> None:
    """List actors with how often each acts and is acted on."""
    from sitrep.ledger import queries

    with errors(), _open(db) as ledger:
        rows = queries.actors(ledger.con, country=country)
    emit(
        rows,
        format,
        ["code", "name", "sector", "country", "events_as_source", "events_as_target", "documents"],
        title="actors",
    )


@app.command()
def clusters(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Either side of the cluster (code or country).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    disputed: Annotated[
        bool, typer.Option("--disputed", help="Only clusters that one party denies.")
    ] = False,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many clusters.")] = 50,
    format: Annotated[RowFormat, typer.Option("--format", help="Output format.")] = RowFormat.table,
) -> None:
    """List happenings reported by one or more documents, with their independent sources."""
    from sitrep.ledger import queries

    with errors(), _open(db) as ledger:
        rows = queries.clusters(
            ledger.con,
            actor=actor,
            type=type,
            disputed=True if disputed else None,
            since=since,
            until=until,
            limit=limit,
        )
    emit(
        rows,
        format,
        [
            "first_seen",
            "source",
            "type",
            "target",
            "mode",
            "events",
            "sources",
            "disputed",
            "denied_by",
        ],
        title="clusters",
    )


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor (code or country).")],
    b: Annotated[str, typer.Argument(help="Second actor (code or country).")],
    db: DbOption = DEFAULT_DB,
    by: Annotated[Period, typer.Option(help="Period to count by.")] = Period.month,
    since: SinceOption = None,
    until: UntilOption = None,
    plot: Annotated[Path | None, typer.Option(help="Also draw the trend into FILE.png or FILE.html.")] = None,
    format: Annotated[
        RowFormat,
        typer.Option(
            "--format",
            help="table draws bars in the terminal; csv/jsonl print counts per period, type and mode.",
        ),
    ] = RowFormat.table,
) -> None:
    """Show what two actors did to each other per period, with a cooperation/conflict score."""
    from sitrep.ledger.plot import plot_trend, terminal_bars

    if plot is not None and plot.suffix.lower() not in (".png", ".html"):
        raise fail(f"{plot}: --plot needs a .png or .html file name")
    with errors(), _open(db) as ledger:
        trend = ledger.dyad_trend(a, b, by=by.value, since=since, until=until, output="records")
        if format is not RowFormat.table:
            emit(ledger.dyad(a, b, by=by.value, since=since, until=until, output="records"), format, [])
        else:
            terminal_bars(trend, out, title=f"{a.upper()} \u2194 {b.upper()} by {by.value}")
        if plot is not None:
            plot_trend(trend, plot, title=f"{a.upper()} \u2194 {b.upper()}")
            err.print(f"wrote {plot}", highlight=False)


@app.command()
def network(
    output: Annotated[Path, typer.Argument(help="File to write (.graphml or .json).", dir_okay=False)],
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        NetworkFormat, typer.Option("--format", help="GraphML (Gephi) or node-link JSON (d3).")
    ] = NetworkFormat.graphml,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Write the actor network: an edge per (source, target) with counts per type and a score."""
    from sitrep.ledger.network import write_network

    with errors(), _open(db) as ledger:
        graph = ledger.network(since=since, until=until)
        write_network(graph, output, format.value)
    out.print(
        f"wrote {output}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges", highlight=False
    )


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="Folder to write one file per table into.", file_okay=False)],
    db: DbOption = DEFAULT_DB,
    format: Annotated[ExportFormat, typer.Option("--format", help="File format.")] = ExportFormat.csv,
    table: Annotated[
        list[str] | None,
        typer.Option(
            "--table", help="Table to export (repeatable; default documents, events, evidence, clusters)."
        ),
    ] = None,
) -> None:
    """Export the ledger's tables as CSV, JSON Lines or Parquet files."""
    with errors(), _open(db) as ledger:
        files = ledger.export(output, format=format.value, tables=table)
    for f in files:
        out.print(f"wrote {f}", highlight=False)


@app.command()
def brief(
    a: Annotated[str, typer.Argument(help="First actor (code or country).")],
    b: Annotated[str, typer.Argument(help="Second actor (code or country).")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[BriefFormat, typer.Option("--format", help="Markdown or HTML.")] = BriefFormat.md,
    since: SinceOption = None,
    until: UntilOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Write a sourced situation report on two actors: trend, key events, transfers, plans, disputes."""
    with errors(), _open(db) as ledger:
        text = ledger.brief(a, b, format=format.value, since=since, until=until)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}", highlight=False)


def _register_optional_commands() -> None:
    """Commands that live with their stage (eval, serve, bench, ...) are registered here."""
    from sitrep.eval.command import eval_command

    app.command("eval")(eval_command)
    from sitrep.web.command import serve_command

    app.command("serve")(serve_command)
    from sitrep.scale.bench import bench_command
    from sitrep.scale.watch import watch_command

    app.command("bench")(bench_command)
    app.command("watch")(watch_command)


_register_optional_commands()

if __name__ == "__main__":
    app()
