"""Run the pipeline on Ray Data: one coder actor per CPU, results as Parquet, then into the ledger.

The driver reads the inputs (the same readers as `sitrep run`) and hands them to Ray in
blocks; `map_batches` runs a callable class that loads the model once per actor and codes
whole batches; `write_parquet` leaves one file per block in a folder. That folder can be
queried in place (`read_parquet('folder/*.parquet')` in DuckDB) or loaded into the ledger
with `load_parquet`, which stores each document through `Ledger.store` like `sitrep run`.

Ray is an optional dependency (`pip install 'sitrep-ledger[scale]'`); it is imported only here.
Usage statistics and the dashboard are off, so the engine runs offline.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
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

ROWS_PER_FILE = 1000
"""Coded documents gathered into one Parquet file (fewer, larger files read faster)."""


class Coder:
    """Ray Data callable class: loads the model once per actor, codes a batch of raw rows."""

    def __init__(self) -> None:
        from sitrep.pipeline import Pipeline

        # Ray hands over whole batches already; one nlp.pipe call parses each of them.
        self.pipeline = Pipeline()

    def __call__(self, batch: pa.Table) -> pa.Table:
        items = [row_to_raw(row) for row in batch.to_pylist()]
        return to_table([coded_to_row(r) for r in self.pipeline.code_raw(items)], CODED_SCHEMA)


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


def code_with_ray(
    items: Iterable[RawDocument | Problem], out_dir: str | Path, *, workers: int | None = None,
    address: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = False,
) -> RaySummary:
    """Code `items` on Ray and write the coded documents as Parquet files into `out_dir`.

    `out_dir` must be empty or new, so that what it holds afterwards is this run's output.
    """
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise SitrepError("the Ray output folder must be new or empty", origin=str(out))
    # A local Ray gets one CPU more than the coder actors, for the tasks that feed and write them.
    started = start_ray(address, workers + 1 if workers else None)
    import ray
    import ray.data

    try:
        ray.data.DataContext.get_current().enable_progress_bars = progress
        if not progress:  # Ray Data logs every dataset's start and end at INFO
            logging.getLogger("ray.data").setLevel(logging.WARNING)
        # One block per batch, put in the object store as it is read: the driver keeps no
        # copy of the corpus, and Ray can spread blocks over every coder actor.
        refs = [ray.put(to_table([raw_to_row(i) for i in chunk], RAW_SCHEMA))
                for chunk in chunked(items, batch_size)] or [ray.put(to_table([], RAW_SCHEMA))]
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        coded = ray.data.from_arrow_refs(refs).map_batches(
            Coder, batch_size=batch_size, batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=size), num_cpus=1,
        )
        out.mkdir(parents=True, exist_ok=True)
        # Writing is light: it must not wait for a CPU that the coder actors hold.
        coded.write_parquet(str(out), min_rows_per_file=ROWS_PER_FILE, ray_remote_args={"num_cpus": 0})
    finally:
        if started:
            ray.shutdown()
    errors = pads.dataset(str(out), format="parquet").to_table(columns=["error"]).column("error")
    documents = errors.null_count
    return RaySummary(out_dir=out, documents=documents, problems=len(errors) - documents)


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
