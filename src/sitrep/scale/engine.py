"""Choose how `sitrep run` codes documents: this process, N local workers, or a Ray cluster.

Each choice is an object with the `Pipeline.code_paths` method, so the ledger stores what any
of them yields the same way (`Ledger.ingest(paths, pipeline=pipeline_for(...))`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from sitrep.records import CodedDocument, Problem
from sitrep.scale.local import DEFAULT_BATCH_SIZE, ParallelPipeline, default_workers


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class RayPipeline:
    """Codes on Ray Data and yields what the actors coded (for the ledger to store)."""

    def __init__(self, workers: int | None = None, address: str | None = None, out_dir: Path | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = True) -> None:
        self.workers, self.address, self.out_dir = workers, address, out_dir
        self.batch_size, self.progress = batch_size, progress

    def code_paths(self, paths: Iterable[str]) -> Iterator[CodedDocument | Problem]:
        """Code on Ray; with `out_dir`, through Parquet files kept there, else streamed straight back.

        The documents are read on this machine by a Ray task, as Ray asks for them (not first).
        """
        from sitrep.scale.ray_engine import PathSource, code_with_ray, iter_coded, read_parquet

        source = PathSource(tuple(map(str, paths)))
        if self.out_dir is None:
            yield from iter_coded(source, workers=self.workers, address=self.address,
                                  batch_size=self.batch_size, progress=self.progress)
            return
        code_with_ray(source, self.out_dir, workers=self.workers, address=self.address,
                      batch_size=self.batch_size, progress=self.progress)
        yield from read_parquet(self.out_dir)


def pipeline_for(
    engine: Engine | str = Engine.local, workers: int = 1, *, ray_address: str | None = None,
    ray_out: Path | None = None, batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = True,
) -> Any:
    """The coder `sitrep run` should hand to `Ledger.ingest`; None means the plain in-process Pipeline.

    `workers` 0 means one per CPU. With Ray, `workers` is the number of coder actors (0: one per
    CPU of the cluster).
    """
    if Engine(engine) is Engine.ray:
        return RayPipeline(workers or None, ray_address, ray_out, batch_size, progress)
    workers = workers or default_workers()
    return ParallelPipeline(workers, batch_size) if workers > 1 else None
