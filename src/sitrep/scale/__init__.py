"""Scale: local worker processes, a Ray Data engine, feed watching and the benchmark.

`code_parallel` / `WorkerPool` / `ParallelPipeline` (local processes) and `pipeline_for` (what
`sitrep run` hands to `Ledger.ingest`) are the entry points; Ray is imported only by `ray_engine`.
"""

from sitrep.scale.engine import Engine, pipeline_for
from sitrep.scale.local import ParallelPipeline, WorkerPool, code_parallel

__all__ = ["Engine", "ParallelPipeline", "WorkerPool", "code_parallel", "pipeline_for"]
