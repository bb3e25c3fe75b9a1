"""Local worker processes give exactly what one process gives, in the same order.

Documents: four PolNeAR dev articles (shared/corpora/polnear/dev/text, US election news
from Breitbart) and one Zyte benchmark page (a Polygraph fact check, HTML), plus a Problem
placed in the input to check that problems keep their place.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest import read_paths
from sitrep.records import CodedDocument, Problem
from sitrep.scale.local import chunked, code_parallel

HTML_PAGE = "1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432.html.gz"


def _items(shared: Path) -> list:
    texts = sorted((shared / "corpora" / "polnear" / "dev" / "text").glob("*.txt"))[:4]
    page = shared / "benchmarks" / "article-extraction" / "html" / HTML_PAGE
    items = list(read_paths([*texts[:2], page, *texts[2:]]))
    items.insert(3, Problem("feed.jsonl:line 7", "broken JSON"))
    return items


def test_parallel_equals_serial_in_input_order(shared: Path, pipeline) -> None:
    items = _items(shared)
    serial = list(pipeline.code_raw(items))
    parallel = list(code_parallel(items, workers=2, batch_size=2))
    assert parallel == serial
    assert isinstance(parallel[3], Problem) and parallel[3].origin == "feed.jsonl:line 7"
    coded = [r for r in parallel if isinstance(r, CodedDocument)]
    assert [c.document.origin for c in coded] == [i.origin for i in items if not isinstance(i, Problem)]


def test_one_worker_runs_in_process(shared: Path, pipeline) -> None:
    items = _items(shared)[:2]
    assert list(code_parallel(items, workers=1)) == list(pipeline.code_raw(items))


def test_stopping_early_ends_the_workers(shared: Path) -> None:
    results = code_parallel(_items(shared), workers=2, batch_size=1)
    first = next(results)
    results.close()  # the pool is terminated; this must not hang
    assert isinstance(first, CodedDocument)


def test_chunked_keeps_order_and_remainder() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


def test_run_with_workers_stores_what_one_process_codes(shared: Path, pipeline, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.ledger import Ledger

    texts = sorted((shared / "corpora" / "polnear" / "dev" / "text").glob("*.txt"))[4:7]
    expected = [c for c in pipeline.code_raw(read_paths(texts)) if isinstance(c, CodedDocument)]
    db = tmp_path / "ledger.duckdb"
    result = CliRunner().invoke(app, ["run", *map(str, texts), "--db", str(db), "--workers", "2", "-q"])
    assert result.exit_code == 0, result.output
    with Ledger(db, read_only=True) as ledger:
        rows = ledger.con.execute("SELECT id, events FROM documents ORDER BY id").fetchall()
    assert rows == sorted((c.document.id, len(c.events)) for c in expected)


def test_recycled_workers_give_the_same_results_in_order(shared: Path, pipeline) -> None:
    """A worker replaced after every chunk (one document) still gives what one process gives."""
    from sitrep.scale.local import WorkerPool, _ready

    items = _items(shared)
    with WorkerPool(2, batch_size=1, recycle_documents=1) as pool:
        recycled = list(pool.code(items))
        # every chunk went to a fresh process: more distinct worker pids than workers
        pids = set(pool._pool.map(_ready, range(6), chunksize=1))
    assert recycled == list(pipeline.code_raw(items))
    assert len(pids) > 2
