"""Run the pipeline on Ray Data: coder actors stream documents to Parquet or back to the caller.

Nothing is read up front. One read task, pinned to the driver's node (where the input files
are, as with `ray.data.from_torch(local_read=True)`), runs the same readers as `sitrep run`
and yields chunks of raw documents as it goes; Ray's streaming executor holds it back when the
coders fall behind, so memory stays flat however large the input. `map_batches` runs a
callable class that loads the model and lexicons once per actor and codes a chunk per call.
A chunk (`batch_size` documents, as the local engine's) travels as one row holding a list of
documents, so a chunk is one Ray block and one call on an actor, both ways.
Then either `write_parquet` leaves files in a folder (query them in place with DuckDB's
`read_parquet('folder/*.parquet')`, or store them with `load_parquet`), or `iter_coded`
hands the coded documents back as they come (what `sitrep run --engine ray` stores when no
Parquet folder is asked for).

Ray is an optional dependency (`pip install 'sitrep-ledger[scale]'`); it is imported only here.
Usage statistics and the dashboard are off, so the engine runs offline.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as pads

from sitrep.errors import SitrepError
from sitrep.records import CodedDocument, Problem, RawDocument
from sitrep.scale.local import DEFAULT_BATCH_SIZE, chunked
from sitrep.scale.rows import (
    CODED_SCHEMA,
    RAW_SCHEMA,
    coded_to_row,
    raw_to_row,
    row_to_coded,
    row_to_raw,
    to_table,
)

CHUNK_COLUMN = "documents"
"""The one column of a chunk row: the list of the chunk's documents as rows (raw or coded)."""

ROWS_PER_FILE = 1000
"""Coded documents gathered into one Parquet file (fewer, larger files read faster)."""

BLOCK_BYTES = 16 * 1024
"""Ray Data's target block size for this engine's datasets (its default is 128 MiB).

Ray merges the rows a read task yields into blocks until they reach the target, and slices
larger blocks by rows, so with the default the coders would wait for 128 MiB of text to be
read, and a small input would become one block coded by one actor. A row here is a whole
chunk, which can be sliced no further: at 16 KiB (less than most chunks of news) a block is
one chunk, so work reaches every actor as soon as it is read.

Rows of single documents were sliced into blocks of one to three: each batch was then
re-bundled from several blocks (16 documents and a remainder, coded as two calls), its
results came back as a dozen blocks for the driver to track, and the actors sat idle 18% of
the run against 6-8% for the local pool; with a row per chunk, 8% (120 documents, two runs
each, from the actors' call times on a busy machine).
"""

# Ray warns that the coder pool gets "only 1 input" because the read is one task; that task
# streams many blocks, which do reach every actor.
warnings.filterwarnings("ignore", message=r"The minimum number of concurrent actors .* only received 1 input",
                        category=UserWarning)


@dataclass(frozen=True, slots=True)
class PathSource:
    """The documents under `paths`, read where it is iterated (a Ray task on the driver's node).

    Paths are made absolute here: Ray's worker processes do not run in the caller's folder.
    """

    paths: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "paths", tuple(os.path.abspath(p) for p in self.paths))

    def __iter__(self) -> Iterator[RawDocument | Problem]:
        from sitrep.ingest import read_paths

        return iter(read_paths(self.paths))


def chunk_table(chunks: list[list[dict[str, Any]]], schema: pa.Schema) -> pa.Table:
    """Chunks of rows as a table of one row per chunk (a list of `schema` structs)."""
    rows = [[{name: r.get(name) for name in schema.names} for r in chunk] for chunk in chunks]
    return pa.table({CHUNK_COLUMN: pa.array(rows, type=pa.list_(pa.struct(list(schema))))})


def chunk_rows(table: pa.Table) -> Iterator[list[dict[str, Any]]]:
    """The inverse of `chunk_table`: each chunk's rows."""
    yield from table.column(CHUNK_COLUMN).to_pylist()


class Coder:
    """Ray Data callable class: loads the model and lexicons once per actor, codes chunks of raw rows.

    Returns a chunk row per chunk, or with `per_document` a row per document (for Parquet).
    """

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE, per_document: bool = False) -> None:
        from sitrep.pipeline import Pipeline
        from sitrep.scale.warmup import warm_up

        self.pipeline = Pipeline(batch_size=batch_size)
        self.per_document = per_document
        warm_up(self.pipeline)  # now, while the actor starts, not inside its first batch

    def __call__(self, batch: pa.Table) -> pa.Table:
        coded = [[coded_to_row(r) for r in self.pipeline.code_raw([row_to_raw(row) for row in chunk])]
                 for chunk in chunk_rows(batch)]
        if self.per_document:
            return to_table([row for chunk in coded for row in chunk], CODED_SCHEMA)
        return chunk_table(coded, CODED_SCHEMA)


def _raw_chunks(source: Iterable[RawDocument | Problem], batch_size: int) -> Iterator[pa.Table]:
    """The read task's body: `source` read lazily, a row per chunk of `batch_size` documents."""
    for chunk in chunked(source, batch_size):
        yield chunk_table([[raw_to_row(i) for i in chunk]], RAW_SCHEMA)


def _stream_datasource(source: Iterable[RawDocument | Problem], batch_size: int) -> Any:
    """A Ray datasource with one streaming read task over `source` (built here: Ray is optional)."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    class StreamSource(Datasource):
        @property
        def supports_distributed_reads(self) -> bool:
            return False  # the input is on the driver's node: read there

        def get_name(self) -> str:
            return "SitrepRead"

        def estimate_inmemory_data_size(self) -> int | None:
            return None  # unknown until read, and never read twice to find out

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                           data_context: Any = None) -> list[ReadTask]:
            meta = BlockMetadata(num_rows=None, size_bytes=None, input_files=None, exec_stats=None)
            return [ReadTask(lambda: _raw_chunks(source, batch_size), meta,
                             per_task_row_limit=per_task_row_limit)]

    return StreamSource()


@dataclass(slots=True)
class RaySummary:
    """What a Ray run wrote: where, and how many documents and problems."""

    out_dir: Path
    documents: int
    problems: int


def start_ray(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Connect to a Ray cluster at `address`, or start a local one; True if this call started it."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise SitrepError("the Ray engine needs Ray: pip install 'sitrep-ledger[scale]'") from None

    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, logging_level=logging.WARNING)
    else:
        ray.init(num_cpus=num_cpus, include_dashboard=False, logging_level=logging.WARNING)
    return True


def coded_dataset(source: Iterable[RawDocument | Problem], *, workers: int | None = None,
                  batch_size: int = DEFAULT_BATCH_SIZE, per_document: bool = True) -> Any:
    """The lazy Ray dataset of `source` coded by `workers` actors (0/None: one per CPU of the cluster).

    A row per coded document (CODED_SCHEMA), or without `per_document` a row per chunk of
    `batch_size` (`chunk_rows` unpacks it: one block per chunk, what `iter_coded` takes).
    `source` is iterated once, in a Ray task on this node: it must be picklable and re-iterable
    (a list, a `PathSource`), not a generator. Ray must be running (`start_ray`).
    """
    import ray
    import ray.data

    if isinstance(source, Iterator):
        raise TypeError("the Ray engine reads its input in a Ray task: give a list or a PathSource, "
                        "not an iterator")
    size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    with _data_context(target_max_block_size=BLOCK_BYTES):  # the dataset keeps a copy of the context
        # Reading and writing take no CPU slot: every CPU goes to a coder actor.
        raw = ray.data.read_datasource(_stream_datasource(source, batch_size), override_num_blocks=1,
                                       num_cpus=0)
    # One chunk in flight per actor: the first actor up must not queue the work of the others,
    # and the last chunks go to whichever actor is free. (Two in flight measured no better.)
    pool = ray.data.ActorPoolStrategy(size=size, max_tasks_in_flight_per_actor=1)
    return raw.map_batches(
        Coder, fn_constructor_kwargs={"batch_size": batch_size, "per_document": per_document},
        batch_size=1, batch_format="pyarrow", compute=pool, num_cpus=1,  # a call per chunk
    )


@contextmanager
def _data_context(**settings: Any) -> Iterator[None]:
    """Ray Data's context with `settings` while datasets are created (they copy it), then as it was."""
    import ray.data

    context = ray.data.DataContext.get_current()
    saved = {name: getattr(context, name) for name in settings}
    for name, value in settings.items():
        setattr(context, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(context, name, value)


def _quiet(progress: bool) -> None:
    import ray.data

    ray.data.DataContext.get_current().enable_progress_bars = progress
    if not progress:  # Ray Data logs every dataset's start and end at INFO
        logging.getLogger("ray.data").setLevel(logging.WARNING)


def code_with_ray(
    source: Iterable[RawDocument | Problem], out_dir: str | Path, *, workers: int | None = None,
    address: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = False,
) -> RaySummary:
    """Code `source` on Ray and write the coded documents as Parquet files into `out_dir`.

    `out_dir` must be empty or new, so that what it holds afterwards is this run's output.
    `source` as for `coded_dataset`.
    """
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise SitrepError("the Ray output folder must be new or empty", origin=str(out))
    started = start_ray(address, workers)
    import ray

    try:
        _quiet(progress)
        coded = coded_dataset(source, workers=workers, batch_size=batch_size)
        out.mkdir(parents=True, exist_ok=True)
        coded.write_parquet(str(out), min_rows_per_file=ROWS_PER_FILE, ray_remote_args={"num_cpus": 0})
    finally:
        if started:
            ray.shutdown()
    errors = pads.dataset(str(out), format="parquet").to_table(columns=["error"]).column("error")
    documents = errors.null_count
    return RaySummary(out_dir=out, documents=documents, problems=len(errors) - documents)


def iter_coded(
    source: Iterable[RawDocument | Problem], *, workers: int | None = None, address: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = False,
) -> Iterator[CodedDocument | Problem]:
    """Code `source` on Ray and yield the coded documents (and problems) as the actors finish them.

    Not in input order. A Ray this call started is shut down when the iteration ends or stops.
    """
    started = start_ray(address, workers)
    import ray

    try:
        _quiet(progress)
        for batch in coded_dataset(source, workers=workers, batch_size=batch_size, per_document=False
                                   ).iter_batches(batch_size=None, batch_format="pyarrow"):
            for chunk in chunk_rows(batch):
                yield from map(row_to_coded, chunk)
    finally:
        if started:
            ray.shutdown()


def read_parquet(out_dir: str | Path) -> Iterator[CodedDocument | Problem]:
    """The coded documents (and problems) a Ray run wrote into `out_dir`."""
    dataset = pads.dataset(str(out_dir), format="parquet")
    for batch in dataset.to_batches():
        for row in batch.to_pylist():
            yield row_to_coded(row)


def load_parquet(out_dir: str | Path, store: Callable[[CodedDocument], Any]) -> tuple[int, list[Problem]]:
    """Store every coded document of a Ray run with `store` (e.g. `Ledger(path).store`).

    Returns how many documents `store` accepted (returned a true value) and the problems.
    """
    stored, problems = 0, []
    for item in read_parquet(out_dir):
        if isinstance(item, Problem):
            problems.append(item)
        elif store(item):
            stored += 1
    return stored, problems
