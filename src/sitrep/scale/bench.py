"""`sitrep bench`: how fast sitrep codes real news, against spaCy alone, and how it scales.

The workload is real text from the shared corpora (PolNeAR articles, re3d documents) and the
article-extraction benchmark's hand-checked article bodies, taken in turn from each source
and kept only where cleaning succeeds (so both sides parse the same texts). It measures:

- spaCy alone: `nlp.pipe` over the cleaned sections, tokens/s (the ceiling);
- sitrep end to end (clean, parse, actors, events) in one process: documents/s and tokens/s;
- the same with N worker processes: speed-up over one, and each worker's peak RSS;
- memory of the workers after 1/10 of a long run and at its end (the workload cycled).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import cycle, islice
from pathlib import Path
from typing import Annotated

import psutil
import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import SitrepError
from sitrep.records import Document, RawDocument
from sitrep.scale.local import DEFAULT_BATCH_SIZE, code_parallel

MB = 1024 * 1024


@dataclass(slots=True)
class Workload:
    """Raw documents and their cleaned form (for spaCy alone), in the same order."""

    raw: list[RawDocument]
    clean: list[Document]


@dataclass(slots=True)
class Run:
    """One timed pass of sitrep over a workload."""

    workers: int
    documents: int
    seconds: float
    first_result: float  # seconds until the first result (worker start-up and the first chunk)
    cpu_seconds: float  # CPU time of this process (1 worker) or of all the workers (N workers)
    peak_rss: list[int] = field(default_factory=list)  # bytes, per worker process

    @property
    def rate(self) -> float:
        return self.documents / self.seconds

    @property
    def steady_rate(self) -> float:
        """Documents/s once the first result is out (start-up excluded)."""
        return (self.documents - 1) / max(self.seconds - self.first_result, 1e-9)


@dataclass(slots=True)
class BenchReport:
    """Every figure `sitrep bench` prints."""

    machine: str
    documents: int
    tokens: int
    spacy_seconds: float
    spacy_cpu_seconds: float
    single: Run
    parallel: Run | None
    memory: tuple[int, int, int, int] | None  # (docs at first mark, rss then, docs at end, rss then)
    in_process_peak_rss: int
    load_average: tuple[float, float]  # 1-minute load before and after: a busy machine blurs wall time

    @property
    def ratio(self) -> float:
        """sitrep end to end in one process, as a share of spaCy alone (tokens/s over tokens/s)."""
        return self.spacy_seconds / self.single.seconds

    @property
    def cpu_ratio(self) -> float:
        """The same share in CPU time: what a busy machine does not blur."""
        return self.spacy_cpu_seconds / self.single.cpu_seconds


def machine() -> str:
    """CPU count and model, for the record next to every figure."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {model}, Python {platform.python_version()}"


def sources(shared: Path) -> list[Iterator[RawDocument]]:
    """One lazy stream of raw text documents per corpus."""
    corpora = shared / "corpora"
    bench = shared / "benchmarks" / "article-extraction" / "ground-truth.json"
    for needed in (corpora, bench):
        if not needed.exists():
            raise SitrepError("benchmark data not found (set SITREP_SHARED or --data)", origin=str(needed))

    def polnear() -> Iterator[RawDocument]:
        for path in sorted((corpora / "polnear").glob("*/text/*.txt")):
            yield RawDocument(origin=str(path), content=path.read_text(encoding="utf-8"), kind="text")

    def re3d() -> Iterator[RawDocument]:
        for path in sorted((corpora / "re3d").glob("*/documents.json")):
            for k, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
                doc = json.loads(line)
                yield RawDocument(origin=f"{path}:line {k}", content=doc["text"], kind="text",
                                  title=doc.get("title"), url=doc.get("sourceUrl"))

    def articles() -> Iterator[RawDocument]:
        for key, item in sorted(json.loads(bench.read_text(encoding="utf-8")).items()):
            yield RawDocument(origin=f"{bench}#{key}", content=item["articleBody"], kind="text",
                              url=item.get("url"))

    return [polnear(), re3d(), articles()]


def build_workload(shared: Path, n: int) -> Workload:
    """`n` documents taken in turn from each corpus (cycled if `n` is larger than all of them)."""
    from sitrep.clean import clean_document
    from sitrep.ingest.ids import stable_id

    raw: list[RawDocument] = []
    clean: list[Document] = []
    for doc in _round_robin(sources(shared)):
        if len(raw) == n:
            break
        doc.id = stable_id(doc.content)
        try:
            cleaned = clean_document(doc)
        except SitrepError:
            continue  # not an article sitrep would parse (not English, empty): not a fair comparison
        raw.append(doc)
        clean.append(cleaned)
    if not raw:
        raise SitrepError("no benchmark document could be cleaned", origin=str(shared))
    while len(raw) < n:
        raw.extend(raw[: n - len(raw)])
        clean.extend(clean[: n - len(clean)])
    return Workload(raw, clean)


def spacy_alone(docs: list[Document], batch_size: int) -> tuple[float, float, int]:
    """Wall and CPU seconds and tokens for `nlp.pipe` over the same sections sitrep parses."""
    from sitrep.nlp import load_model
    from sitrep.nlp.model import SECTIONS

    nlp = load_model()
    texts = [t for d in docs for t in (getattr(d, s) for s in SECTIONS) if t]
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - started, time.process_time() - cpu, tokens


class RssSampler:
    """Samples the RSS of this process's pool workers on a thread; keeps each one's peak.

    Workers are the processes a fork server started (our grandchildren) or, with the spawn
    start method, our children running `spawn_main`; helpers such as the resource tracker
    and the fork server itself are left out.
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # CPU seconds each worker had used when last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> dict[int, int]:
        """RSS of every worker process, now."""
        me = os.getpid()
        now: dict[int, int] = {}
        for proc in psutil.Process(me).children(recursive=True):
            try:
                if proc.ppid() != me or "spawn_main" in " ".join(proc.cmdline()):
                    now[proc.pid] = proc.memory_info().rss
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
            except psutil.Error:
                continue
        for pid, rss in now.items():
            self.peaks[pid] = max(rss, self.peaks.get(pid, 0))
        return now

    def worker_peaks(self, workers: int) -> list[int]:
        return sorted(self.peaks.values(), reverse=True)[:workers]

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()


def timed_run(items: list[RawDocument], workers: int, batch_size: int) -> Run:
    """Code `items` with `workers` processes and time it (results are drained, not stored)."""
    with RssSampler() as sampler:
        started, cpu = time.perf_counter(), time.process_time()
        first = None
        count = 0
        for _ in code_parallel(items, workers, batch_size):
            count += 1
            if first is None:
                first = time.perf_counter() - started
        seconds = time.perf_counter() - started
    used = time.process_time() - cpu if workers <= 1 else sum(sampler.cpu.values())
    return Run(workers, count, seconds, first or seconds, used,
               sampler.worker_peaks(workers) if workers > 1 else [])


def memory_run(
    items: list[RawDocument], total: int, workers: int, batch_size: int
) -> tuple[int, int, int, int]:
    """Worker RSS (the largest) after `total // 10` documents and after `total`, the workload cycled."""
    mark = max(1, total // 10)
    early = late = 0
    with RssSampler() as sampler:
        stream: Iterable[RawDocument] = islice(cycle(items), total)
        for k, _ in enumerate(code_parallel(stream, workers, batch_size), 1):
            if k in (mark, total):
                rss = _current_rss(sampler, workers)
                early, late = (rss, late) if k == mark else (early, rss)
    return mark, early, total, late


def _current_rss(sampler: RssSampler, workers: int) -> int:
    if workers <= 1:
        return psutil.Process().memory_info().rss
    return max(sampler.sample().values(), default=0)


def run_bench(shared: Path, documents: int, workers: int, memory_docs: int,
              batch_size: int = DEFAULT_BATCH_SIZE) -> BenchReport:
    """Measure everything `sitrep bench` prints."""
    load_before = os.getloadavg()[0]
    workload = build_workload(shared, documents)
    spacy_seconds, spacy_cpu, tokens = spacy_alone(workload.clean, batch_size)
    single = timed_run(workload.raw, 1, batch_size)
    parallel = timed_run(workload.raw, workers, batch_size) if workers > 1 else None
    memory = memory_run(workload.raw, memory_docs, workers, batch_size) if memory_docs > 0 else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return BenchReport(machine(), len(workload.raw), tokens, spacy_seconds, spacy_cpu, single, parallel,
                       memory, peak, (load_before, os.getloadavg()[0]))


def render(report: BenchReport, console: Console) -> None:
    """Print the report as rich tables."""
    console.print(f"[bold]sitrep bench[/bold] on {report.machine}; {report.documents} documents, "
                  f"{report.tokens:,} tokens; load average {report.load_average[0]:.1f} before, "
                  f"{report.load_average[1]:.1f} after", highlight=False)
    speed = Table(title="Throughput")
    for column in ("what", "seconds", "docs/s", "tokens/s", "vs spaCy alone"):
        speed.add_column(column, justify="right" if column != "what" else "left")
    spacy_tps = report.tokens / report.spacy_seconds
    speed.add_row("spaCy nlp.pipe alone", f"{report.spacy_seconds:.1f}",
                  f"{report.documents / report.spacy_seconds:.1f}", f"{spacy_tps:,.0f}", "1.00")
    runs = [report.single] + ([report.parallel] if report.parallel else [])
    for run in runs:
        tps = report.tokens * run.documents / report.documents / run.seconds
        label = f"sitrep end to end, {run.workers} worker{'s' * (run.workers > 1)}"
        speed.add_row(label, f"{run.seconds:.1f}", f"{run.rate:.1f}", f"{tps:,.0f}", f"{tps / spacy_tps:.2f}")
    console.print(speed)
    console.print(f"sitrep in one process vs spaCy alone: {report.ratio:.2f} in wall time, "
                  f"{report.cpu_ratio:.2f} in CPU time", highlight=False)
    if report.parallel:
        p, s = report.parallel, report.single
        console.print(f"speed-up 1 -> {p.workers} workers: {p.rate / s.rate:.2f}x wall clock "
                      f"(worker start-up {p.first_result:.1f} s included), "
                      f"{p.steady_rate / s.steady_rate:.2f}x once started", highlight=False)
        console.print(f"CPU time: {s.cpu_seconds:.1f} s in one process, {p.cpu_seconds:.1f} s over "
                      f"{p.workers} workers (start-up included)", highlight=False)
        console.print("peak RSS per worker: " + ", ".join(f"{r / MB:,.0f} MB" for r in p.peak_rss),
                      highlight=False)
    console.print(f"peak RSS of this process (in-process run, workload held): "
                  f"{report.in_process_peak_rss / MB:,.0f} MB", highlight=False)
    if report.memory:
        early_n, early, late_n, late = report.memory
        growth = (late - early) / early * 100 if early else 0.0
        console.print(f"worker RSS after {early_n:,} documents: {early / MB:,.0f} MB; after {late_n:,}: "
                      f"{late / MB:,.0f} MB ({growth:+.1f}%)", highlight=False)


def bench_command(
    docs: Annotated[int, typer.Option("--docs", min=1, help="Documents in the workload.")] = 300,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes to compare with 1.")] = 2,
    memory_docs: Annotated[int, typer.Option(
        "--memory-docs", min=0, help="Documents in the memory run (workload cycled; 0 skips it).")] = 10_000,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per chunk.")] = DEFAULT_BATCH_SIZE,
    data: Annotated[Path | None, typer.Option(
        "--data", envvar="SITREP_SHARED", help="The shared data folder (corpora/, benchmarks/).")] = None,
) -> None:
    """Benchmark sitrep on real news: spaCy alone vs end to end, 1 vs N workers, memory over a long run."""
    console = Console()
    try:
        report = run_bench(data or Path("../shared"), docs, workers, memory_docs, batch_size)
    except SitrepError as exc:
        Console(stderr=True).print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(code=1) from None
    render(report, console)


def _round_robin(streams: list[Iterator[RawDocument]]) -> Iterator[RawDocument]:
    live = list(streams)
    while live:
        for stream in list(live):
            try:
                yield next(stream)
            except StopIteration:
                live.remove(stream)
