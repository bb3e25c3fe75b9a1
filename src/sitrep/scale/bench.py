"""`sitrep bench`: how fast sitrep codes real news, against spaCy alone, and how it scales.

The workload is real text from the shared corpora (PolNeAR articles, re3d documents) and the
article-extraction benchmark's hand-checked article bodies, taken in turn from each source
and kept only where cleaning succeeds (so both sides parse the same texts). It measures:

- spaCy alone: `nlp.pipe` over the cleaned sections, tokens/s, with the model exactly as spaCy
  loads it (sitrep's own parse gives the same annotations with faster rule components, see
  `sitrep.nlp.rules`, and that gain counts for sitrep);
- sitrep end to end (clean, parse, actors, events) in one process: documents/s and tokens/s;
- the same with N local worker processes, and on Ray Data with N coder actors (when Ray is
  installed), each timed from nothing (start-up included) and once started;
- each worker's peak RSS, and the workers' memory after 1/10 of a long run and at its end (that
  run reads every corpus document once before any comes again: distinct texts grow spaCy's
  string store, a few hundred texts cycled would not).

Both sides are timed warm but meet the workload's texts fresh: spaCy's model and sitrep's
lexicons are loaded before the clock starts, so the ratio compares coding, not loading, and
each configuration parses with a model that has not seen the texts (spaCy's vocabulary grows
with new words, which a second pass would not pay). Worker start-up is part of the N-worker
figures and is also reported on its own. Every target of the scale issue is printed next to
its figure with a tick or a cross; `--chart` draws the throughput of each configuration.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Annotated, TypeVar

import psutil
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from sitrep.errors import SitrepError
from sitrep.records import Document, RawDocument
from sitrep.scale.local import DEFAULT_BATCH_SIZE, WorkerPool

T = TypeVar("T")
MB = 1024 * 1024

RATIO_TARGET = 0.85
"""sitrep end to end in one process, as a share of spaCy alone."""
SPEEDUP_PER_WORKER = 0.9
"""Speed-up from 1 to N workers, per worker: 1.8x for 2."""
RSS_TARGET = 1536 * MB
"""Peak RSS of one worker (1.5 GB)."""
FLAT_GROWTH = 0.10
"""Worker RSS may grow this much between the memory run's two marks and still count as flat."""
RAY_WITHIN = 0.20
"""Ray's documents/s may fall this far below the local N-worker path's."""

BURST = 0.01
"""Results closer than this (seconds) to the previous one came in the same delivery."""


@dataclass(slots=True)
class Workload:
    """Raw documents and their cleaned form (for spaCy alone), in the same order."""

    raw: list[RawDocument]
    clean: list[Document]


@dataclass(slots=True)
class Run:
    """One timed pass of sitrep over a workload."""

    label: str
    workers: int
    documents: int
    seconds: float  # from nothing to the last result, start-up included
    startup: float  # until the workers were up (pool ready, Ray started); 0 in process
    first_result: float  # until the first result (start-up and the first batch)
    first_count: int  # results delivered with the first one (its batch)
    cpu_seconds: float  # CPU time of this process (in process) or of the workers (start-up included)
    peak_rss: list[int] = field(default_factory=list)  # bytes, per worker process

    @property
    def rate(self) -> float:
        """Documents/s, start-up included."""
        return self.documents / self.seconds

    @property
    def steady_rate(self) -> float | None:
        """Documents/s after the first delivery (start-up and first batch excluded); None if one delivery."""
        rest = self.documents - self.first_count
        elapsed = self.seconds - self.first_result
        return rest / elapsed if rest > 0 and elapsed > BURST else None


@dataclass(slots=True)
class BenchReport:
    """Every figure `sitrep bench` prints."""

    machine: str
    documents: int
    tokens: int
    spacy_seconds: float
    spacy_cpu_seconds: float
    warm_up_seconds: float  # loading sitrep's lexicons in this process before timing it
    single: Run
    parallel: Run | None
    ray: Run | None
    ray_note: str | None  # why there is no Ray figure
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


@dataclass(frozen=True, slots=True)
class Target:
    """One target of the scale issue, the figure measured for it, and whether it is met."""

    name: str
    figure: str
    goal: str
    met: bool


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


Track = Callable[[Iterable[T], str, int], Iterable[T]]
"""Wraps a stream of results to show progress: (results, what is running, how many to expect)."""


def untracked(results: Iterable[T], label: str, total: int) -> Iterable[T]:
    """No progress display (the default, and what tests use)."""
    return results


def spacy_alone(docs: list[Document], batch_size: int, track: Track = untracked) -> tuple[float, float, int]:
    """Wall and CPU seconds and tokens for `nlp.pipe` over the same sections sitrep parses."""
    import spacy

    from sitrep.nlp.model import MODEL_PACKAGE, SECTIONS
    from sitrep.scale.warmup import WARM_UP_DOCUMENTS

    # A model of its own, not sitrep's cached one: spaCy's vocabulary and tokenizer cache grow
    # with every new text (a first pass over a text costs about a third more than a second), so
    # each configuration must meet the workload fresh, as the workers' models do.
    nlp = spacy.load(MODEL_PACKAGE)
    list(nlp.pipe(d.content for d in WARM_UP_DOCUMENTS if d.kind == "text"))  # as sitrep is warmed
    texts = [t for d in docs for t in (getattr(d, s) for s in SECTIONS) if t]
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in track(nlp.pipe(texts, batch_size=batch_size), "spaCy alone (sections)",
                                           len(texts)))
    return time.perf_counter() - started, time.process_time() - cpu, tokens


class RssSampler:
    """Samples the RSS and CPU time of worker processes on a thread; keeps each one's peak RSS.

    `is_worker(process)` says which of this process's descendants are workers; helpers (the
    fork server, Ray's own daemons) are sampled for CPU time only when `is_helper` says so.
    Finding the descendants reads every process of the machine, so the sampler does it once a
    `refresh` and in between only reads the workers it knows: on a 2-core machine running Ray's
    dozen processes, walking them all five times a second took CPU from the run being measured.
    """

    def __init__(self, is_worker: Callable[[psutil.Process], bool],
                 is_helper: Callable[[psutil.Process], bool] = lambda p: False,
                 interval: float = 0.2, refresh: float = 1.0) -> None:
        self.is_worker, self.is_helper, self.interval = is_worker, is_helper, interval
        self.refresh = refresh
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # CPU seconds each worker or helper had used when last seen
        self._workers: list[psutil.Process] = []
        self._found = 0.0  # when the workers were last looked for
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def sample(self) -> dict[int, int]:
        """RSS of every worker process, now (looking for workers and helpers anew)."""
        workers: list[psutil.Process] = []
        for proc in psutil.Process().children(recursive=True):
            try:
                worker = self.is_worker(proc)
                if worker or self.is_helper(proc):
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                if worker:
                    workers.append(proc)
            except psutil.Error:
                continue
        self._workers, self._found = workers, time.monotonic()
        return self._rss(workers)

    def _rss(self, workers: list[psutil.Process]) -> dict[int, int]:
        now: dict[int, int] = {}
        for proc in workers:
            try:
                now[proc.pid] = proc.memory_info().rss
            except psutil.Error:
                continue
        for pid, rss in now.items():
            self.peaks[pid] = max(rss, self.peaks.get(pid, 0))
        return now

    def worker_peaks(self, workers: int) -> list[int]:
        return sorted(self.peaks.values(), reverse=True)[:workers]

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            if not self._workers or time.monotonic() - self._found >= self.refresh:
                self.sample()  # until the workers have started, look for them at every tick
            else:
                self._rss(self._workers)


def _local_worker(proc: psutil.Process) -> bool:
    """A pool worker: forked by the fork server (our grandchild) or started by spawn."""
    return proc.ppid() != os.getpid() or "spawn_main" in " ".join(proc.cmdline())


def _fork_server(proc: psutil.Process) -> bool:
    return "forkserver" in " ".join(proc.cmdline())


def _ray_coder(proc: psutil.Process) -> bool:
    """A Ray Data coder actor (Ray names the process after the actor class)."""
    return "MapWorker" in " ".join(proc.cmdline())


def _drain(results: Iterable[object], started: float) -> tuple[int, float, int, float]:
    """Consume `results`: how many, when the first came, how many came with it, when the last came."""
    count = first_count = 0
    first: float | None = None
    waited = False
    last = started
    for _ in results:
        now = time.perf_counter()
        count += 1
        if first is None:
            first, first_count = now - started, 1
        elif not waited and now - last < BURST:
            first_count += 1
        else:
            waited = True
        last = now
    end = time.perf_counter() - started
    return count, end if first is None else first, first_count, end


def single_run(items: list[RawDocument], batch_size: int, track: Track = untracked) -> tuple[Run, float]:
    """sitrep in this process, timed warm; also the seconds its warm-up (lexicon loading) took."""
    from sitrep.pipeline import Pipeline
    from sitrep.scale.warmup import warm_up

    pipeline = Pipeline(batch_size=batch_size)
    warm = warm_up(pipeline)
    started, cpu = time.perf_counter(), time.process_time()
    count, first, first_count, seconds = _drain(
        track(pipeline.code_raw(items), "sitrep, 1 process", len(items)), started)
    run = Run("sitrep, 1 process", 1, count, seconds, 0.0, first, first_count,
              time.process_time() - cpu)
    return run, warm


def local_run(items: list[RawDocument], workers: int, batch_size: int, track: Track = untracked) -> Run:
    """sitrep on `workers` local processes, timed from starting them to the last result."""
    with RssSampler(_local_worker, _fork_server) as sampler:
        started = time.perf_counter()
        with WorkerPool(workers, batch_size) as pool:
            startup = time.perf_counter() - started
            count, first, first_count, seconds = _drain(
                track(pool.code(items), f"local, {workers} workers", len(items)), started)
    return Run(f"local, {workers} workers", workers, count, seconds, startup, first, first_count,
               sum(sampler.cpu.values()), sampler.worker_peaks(workers))


def ray_run(items: list[RawDocument], workers: int, batch_size: int, track: Track = untracked) -> Run:
    """sitrep on a local Ray with `workers` coder actors, timed from starting Ray to the last result."""
    from sitrep.scale.ray_engine import iter_coded, start_ray

    with RssSampler(_ray_coder) as sampler:
        started = time.perf_counter()
        ours = start_ray(None, workers)
        startup = time.perf_counter() - started
        try:
            count, first, first_count, seconds = _drain(
                track(iter_coded(items, workers=workers, batch_size=batch_size), f"Ray, {workers} actors",
                      len(items)), started)
        finally:
            sampler.sample()  # the actors end with Ray
            if ours:
                import ray

                ray.shutdown()
    return Run(f"Ray, {workers} actors", workers, count, seconds, startup, first, first_count,
               sum(sampler.cpu.values()), sampler.worker_peaks(workers))


def ray_available() -> str | None:
    """None when the Ray engine can run here, else why not."""
    try:
        import ray.data  # noqa: F401
    except ImportError:
        return "Ray is not installed (pip install 'sitrep-ledger[scale]')"
    return None


def distinct_stream(shared: Path) -> Iterator[RawDocument]:
    """Every corpus document once, in turn from each corpus, then again from the start, forever.

    A long run over distinct texts is what grows spaCy's string store; cycling a few hundred
    documents would hide that growth after the first round.
    """
    while True:
        yield from _round_robin(sources(shared))


def memory_run(
    stream: Iterable[RawDocument], total: int, workers: int, batch_size: int, track: Track = untracked
) -> tuple[int, int, int, int]:
    """Worker RSS (the largest) after `total // 10` documents of `stream` and after `total`."""
    from sitrep.scale.local import code_parallel

    mark = max(1, total // 10)
    early = late = 0
    with RssSampler(_local_worker) as sampler:
        results = code_parallel(islice(stream, total), workers, batch_size)
        for k, _ in enumerate(track(results, f"memory run, {workers} workers", total), 1):
            if k in (mark, total):
                rss = _current_rss(sampler, workers)
                early, late = (rss, late) if k == mark else (early, rss)
    return mark, early, total, late


def _current_rss(sampler: RssSampler, workers: int) -> int:
    if workers <= 1:
        return psutil.Process().memory_info().rss
    return max(sampler.sample().values(), default=0)


def run_bench(shared: Path, documents: int, workers: int, memory_docs: int,
              batch_size: int = DEFAULT_BATCH_SIZE, ray: bool = True,
              track: Track = untracked) -> BenchReport:
    """Measure everything `sitrep bench` prints; `track` shows each run's progress."""
    load_before = os.getloadavg()[0]
    workload = build_workload(shared, documents)
    spacy_seconds, spacy_cpu, tokens = spacy_alone(workload.clean, batch_size, track)
    single, warm = single_run(workload.raw, batch_size, track)
    parallel = local_run(workload.raw, workers, batch_size, track) if workers > 1 else None
    ray_note = ray_available() if ray else "not asked for (--no-ray)"
    ray_figures = ray_run(workload.raw, workers, batch_size, track) if ray_note is None else None
    memory = (memory_run(distinct_stream(shared), memory_docs, workers, batch_size, track)
              if memory_docs > 0 else None)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return BenchReport(machine(), len(workload.raw), tokens, spacy_seconds, spacy_cpu, warm, single, parallel,
                       ray_figures, ray_note, memory, peak, (load_before, os.getloadavg()[0]))


def targets(report: BenchReport) -> list[Target]:
    """The scale issue's targets with the figures measured for them."""
    out = [Target("end to end vs spaCy alone", f"{report.ratio:.2f} (CPU time {report.cpu_ratio:.2f})",
                  f">= {RATIO_TARGET:.2f}", report.ratio >= RATIO_TARGET)]
    s, p = report.single, report.parallel
    if p:
        goal = SPEEDUP_PER_WORKER * p.workers
        if p.steady_rate:
            speedup = p.steady_rate / (s.steady_rate or s.rate)
            out.append(Target(f"speed-up 1 -> {p.workers} workers, once started", f"{speedup:.2f}x",
                              f">= {goal:.1f}x", speedup >= goal))
        out.append(Target(f"speed-up 1 -> {p.workers} workers, start-up included",
                          f"{p.rate / s.rate:.2f}x (first result {p.first_result:.1f} s)", f">= {goal:.1f}x",
                          p.rate / s.rate >= goal))
    peaks = (p.peak_rss if p else []) + (report.ray.peak_rss if report.ray else [])
    if peaks:
        out.append(Target("peak RSS per worker", f"{max(peaks) / MB:,.0f} MB",
                          f"<= {RSS_TARGET / MB:,.0f} MB", max(peaks) <= RSS_TARGET))
    if report.memory:
        early_n, early, late_n, late = report.memory
        growth = (late - early) / early if early else 0.0
        out.append(Target(f"memory flat, {early_n:,} -> {late_n:,} documents",
                          f"{early / MB:,.0f} -> {late / MB:,.0f} MB ({growth:+.1%})",
                          f"<= {FLAT_GROWTH:+.0%}", growth <= FLAT_GROWTH))
    r = report.ray
    if r and p:
        for what, ray_rate, local_rate in (("once started", r.steady_rate, p.steady_rate),
                                            ("start-up included", r.rate, p.rate)):
            if not ray_rate or not local_rate:
                continue
            share = ray_rate / local_rate
            out.append(Target(f"Ray vs local, {r.workers} workers, {what}", f"{share:.2f}",
                              f">= {1 - RAY_WITHIN:.2f}", share >= 1 - RAY_WITHIN))
    return out


def render(report: BenchReport, console: Console) -> None:
    """Print the report as rich tables."""
    console.print(f"[bold]sitrep bench[/bold] on {report.machine}; {report.documents} documents, "
                  f"{report.tokens:,} tokens; load average {report.load_average[0]:.1f} before, "
                  f"{report.load_average[1]:.1f} after", highlight=False)
    speed = Table(title="Throughput (docs/s: start-up included / once started)")
    for column in ("what", "seconds", "start-up", "1st result", "docs/s", "started", "tokens/s",
                   "vs spaCy", "CPU s"):
        speed.add_column(column, justify="left" if column == "what" else "right")
    spacy_tps = report.tokens / report.spacy_seconds
    speed.add_row("spaCy nlp.pipe alone", f"{report.spacy_seconds:.1f}", "", "",
                  f"{report.documents / report.spacy_seconds:.1f}", "", f"{spacy_tps:,.0f}", "1.00",
                  f"{report.spacy_cpu_seconds:.1f}")
    for run in _runs(report):
        tps = report.tokens * run.documents / report.documents / run.seconds
        speed.add_row(run.label, f"{run.seconds:.1f}", f"{run.startup:.1f}" if run.workers > 1 else "",
                      f"{run.first_result:.1f}", f"{run.rate:.1f}",
                      f"{run.steady_rate:.1f}" if run.steady_rate else "-", f"{tps:,.0f}",
                      f"{tps / spacy_tps:.2f}", f"{run.cpu_seconds:.1f}")
    console.print(speed)
    console.print(f"Timed warm (models and lexicons loaded first; sitrep's lexicons took "
                  f"{report.warm_up_seconds:.1f} s), each on texts its model had not seen. Start-up: until "
                  f"the workers were up (local pool ready / Ray started); 1st result adds the first batch "
                  f"(and, on Ray, each actor loading the model). CPU s: this process for the first two "
                  f"rows, the workers (and the fork server) for the others.", highlight=False)
    if report.ray_note:
        console.print(f"Ray: {report.ray_note}", highlight=False)
    table = Table(title="Targets")
    for column in ("target", "measured", "goal", ""):
        table.add_column(column, justify="left" if column in ("target", "") else "right")
    for t in targets(report):
        table.add_row(t.name, t.figure, t.goal, "[green]✓[/green]" if t.met else "[red]✗[/red]")
    console.print(table)
    for run in _runs(report):
        if run.peak_rss:
            console.print(f"peak RSS, {run.label}: " + ", ".join(f"{r / MB:,.0f} MB" for r in run.peak_rss),
                          highlight=False)
    console.print(f"peak RSS of this process (in-process run, workload held): "
                  f"{report.in_process_peak_rss / MB:,.0f} MB", highlight=False)
    if report.memory:
        early_n, early, late_n, late = report.memory
        growth = (late - early) / early * 100 if early else 0.0
        console.print(f"worker RSS after {early_n:,} documents: {early / MB:,.0f} MB; after {late_n:,}: "
                      f"{late / MB:,.0f} MB ({growth:+.1f}%)", highlight=False)


def _runs(report: BenchReport) -> list[Run]:
    return [r for r in (report.single, report.parallel, report.ray) if r is not None]


def write_chart(report: BenchReport, path: Path) -> Path:
    """Documents/s of each configuration as bars (start-up included, and once started), as a PNG."""
    from sitrep.figures import new_figure, save_png

    labels = ["spaCy alone"] + [r.label for r in _runs(report)]
    total = [report.documents / report.spacy_seconds] + [r.rate for r in _runs(report)]
    steady = [total[0]] + [r.steady_rate or r.rate for r in _runs(report)]
    fig, ax = new_figure(figsize=(8, 0.7 * len(labels) + 1.5))
    rows = range(len(labels))
    ax.barh([y + 0.2 for y in rows], total, height=0.4, color="tab:blue", label="start-up included")
    ax.barh([y - 0.2 for y in rows], steady, height=0.4, color="tab:orange", label="once started")
    for y, (a, b) in enumerate(zip(total, steady, strict=True)):
        ax.text(a, y + 0.2, f" {a:.1f}", va="center", fontsize=8)
        ax.text(b, y - 0.2, f" {b:.1f}", va="center", fontsize=8)
    ax.set_yticks(list(rows), labels)
    ax.invert_yaxis()
    ax.set_xlabel("documents/s")
    ax.set_title(f"sitrep bench: {report.documents} documents, {report.tokens:,} tokens\n{report.machine}",
                 fontsize=9)
    ax.legend(loc="lower right", fontsize=8)
    return save_png(fig, path)


def bench_command(
    docs: Annotated[int, typer.Option("--docs", min=1, help="Documents in the workload.")] = 300,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, help="Worker processes (and Ray actors) to compare with 1.")] = 2,
    memory_docs: Annotated[int, typer.Option(
        "--memory-docs", min=0,
        help="Documents in the memory run (distinct documents first; 0 skips it).")] = 10_000,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per chunk.")] = DEFAULT_BATCH_SIZE,
    ray: Annotated[bool, typer.Option(
        "--ray/--no-ray", help="Also time the Ray engine (when Ray is installed).")] = True,
    chart: Annotated[Path | None, typer.Option(
        "--chart", help="Write a PNG of the throughput of each configuration.")] = None,
    data: Annotated[Path | None, typer.Option(
        "--data", envvar="SITREP_SHARED", help="The shared data folder (corpora/, benchmarks/).")] = None,
) -> None:
    """Benchmark sitrep on real news: spaCy alone vs end to end, 1 vs N workers, Ray, memory on a long run."""
    console = Console(width=max(Console().width, 110))  # the throughput table needs the room
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"),
                        TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
                        transient=True)

    def track(results: Iterable[T], label: str, total: int) -> Iterator[T]:
        task = progress.add_task(label, total=total, rate="")
        started = time.perf_counter()
        for k, item in enumerate(results, 1):
            elapsed = time.perf_counter() - started
            progress.update(task, advance=1, rate=f"{k / elapsed:5.1f}/s" if elapsed else "")
            yield item
        progress.update(task, visible=False)

    try:
        with progress:
            report = run_bench(data or Path("../shared"), docs, workers, memory_docs, batch_size, ray, track)
    except SitrepError as exc:
        Console(stderr=True).print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(code=1) from None
    render(report, console)
    if chart:
        console.print(f"chart: {write_chart(report, chart)}", highlight=False)


def _round_robin(streams: list[Iterator[RawDocument]]) -> Iterator[RawDocument]:
    live = list(streams)
    while live:
        for stream in list(live):
            try:
                yield next(stream)
            except StopIteration:
                live.remove(stream)
