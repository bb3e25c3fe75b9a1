"""The Ray engine on a local two-CPU Ray (no dashboard, no usage stats), on a few real documents.

Documents: three re3d articles (shared/corpora/re3d/BBC Online/documents.json, BBC news on
the war in Syria), given as raw text the way a JSONL reader would give them, and PolNeAR dev
articles (shared/corpora/polnear/dev/text, US election news) read from their files.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import duckdb
import pytest

from sitrep.errors import SitrepError
from sitrep.ledger import Ledger
from sitrep.records import CodedDocument, Problem, RawDocument
from sitrep.scale.ray_engine import (
    PathSource,
    chunk_rows,
    code_with_ray,
    coded_dataset,
    iter_coded,
    load_parquet,
    read_parquet,
)
from sitrep.scale.rows import coded_to_row, row_to_coded


def _bbc(shared: Path, n: int) -> list[RawDocument]:
    path = shared / "corpora" / "re3d" / "BBC Online" / "documents.json"
    lines = path.read_text(encoding="utf-8-sig").splitlines()[:n]
    return [RawDocument(origin=f"{path}:line {k + 1}", content=d["text"], kind="text", id=d["_id"][:16],
                        title=d["title"], url=d["sourceUrl"])
            for k, d in enumerate(map(json.loads, lines))]


class _PidSource(list):
    """A list that notes, in `marker`, the process that iterates it."""

    def __init__(self, items: list, marker: Path) -> None:
        super().__init__(items)
        self.marker = marker

    def __iter__(self):
        self.marker.write_text(str(os.getpid()))
        return super().__iter__()


@pytest.fixture(scope="module")
def local_ray():
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def test_ray_run_matches_the_local_pipeline_and_loads_into_the_ledger(
    shared: Path, pipeline, local_ray, tmp_path: Path
) -> None:
    local_ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # for _PidSource in Ray's workers
    marker = tmp_path / "reader.pid"
    items: list[RawDocument | Problem] = [*_bbc(shared, 3), Problem("bad.jsonl:line 2", "broken JSON")]
    coded_dataset(_PidSource(items, marker), workers=1)
    assert not marker.exists()  # building the dataset reads nothing
    summary = code_with_ray(_PidSource(items, marker), tmp_path / "out", workers=1, batch_size=2)
    assert int(marker.read_text()) != os.getpid()  # read by a Ray task: the driver never held the input
    assert (summary.documents, summary.problems) == (3, 1)
    assert local_ray.is_initialized()  # a Ray the caller started is left running

    expected = {c.document.id: c for c in pipeline.code_raw(items) if isinstance(c, CodedDocument)}
    got = list(read_parquet(tmp_path / "out"))
    assert {c.document.id: c for c in got if isinstance(c, CodedDocument)} == expected
    assert [str(p) for p in got if isinstance(p, Problem)] == ["bad.jsonl:line 2: broken JSON"]
    # The folder can be queried in place, events included (JSON text per document).
    types = duckdb.sql(
        f"SELECT e.type FROM read_parquet('{tmp_path / 'out'}/*.parquet'), "
        "unnest(json_extract_string(events, '$[*].type')) AS e(type)").fetchall()
    assert sorted(t for (t,) in types) == sorted(e.type for c in expected.values() for e in c.events)

    with Ledger(tmp_path / "ledger.duckdb") as ledger:
        stored, problems = load_parquet(tmp_path / "out", ledger.store)
        assert stored == 3 and len(problems) == 1
        assert ledger.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
        assert load_parquet(tmp_path / "out", ledger.store)[0] == 0  # loading twice stores nothing new


def test_streamed_results_match_the_local_pipeline_a_chunk_at_a_time(
    shared: Path, pipeline, local_ray
) -> None:
    # Five items in chunks of two: two full chunks and a short one, a problem among them.
    items: list[RawDocument | Problem] = [*_bbc(shared, 4), Problem("bad.jsonl:line 9", "broken JSON")]
    chunks = [chunk for batch in coded_dataset(items, workers=1, batch_size=2, per_document=False)
              .iter_batches(batch_size=None, batch_format="pyarrow") for chunk in chunk_rows(batch)]
    assert sorted(len(c) for c in chunks) == [1, 2, 2]  # a row per chunk, never split across rows

    expected = {c.document.id: c for c in pipeline.code_raw(items) if isinstance(c, CodedDocument)}
    got = list(iter_coded(items, workers=1, batch_size=2))
    assert {c.document.id: c for c in got if isinstance(c, CodedDocument)} == expected
    assert [str(p) for p in got if isinstance(p, Problem)] == ["bad.jsonl:line 9: broken JSON"]
    assert local_ray.is_initialized()  # a Ray the caller started is left running


def test_output_folder_must_be_new_or_empty(tmp_path: Path) -> None:
    (tmp_path / "old.parquet").write_bytes(b"")
    with pytest.raises(SitrepError, match="must be new or empty"):
        code_with_ray([], tmp_path)


def test_rows_round_trip_every_field(shared: Path, pipeline) -> None:
    coded = [c for c in pipeline.code_raw(_bbc(shared, 2)) if isinstance(c, CodedDocument)]
    assert any(c.events for c in coded), "the BBC articles should give events"
    assert [row_to_coded(coded_to_row(c)) for c in coded] == coded


def test_run_with_the_ray_engine(shared: Path, local_ray, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    texts = sorted((shared / "corpora" / "polnear" / "dev" / "text").glob("*.txt"))[:2]
    db, out = tmp_path / "ledger.duckdb", tmp_path / "parquet"
    result = CliRunner().invoke(app, ["run", *map(str, texts), "--db", str(db), "--engine", "ray",
                                      "--workers", "1", "--ray-out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 stored")
    assert any(out.glob("*.parquet"))  # kept, because --ray-out was given
    with Ledger(db, read_only=True) as ledger:
        assert ledger.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_a_generator_is_refused_with_a_reason() -> None:
    with pytest.raises(TypeError, match="not an iterator"):
        coded_dataset(iter([]), workers=1)


def test_path_source_reads_relative_paths_from_the_callers_folder(shared: Path, monkeypatch) -> None:
    monkeypatch.chdir(shared / "corpora" / "polnear" / "dev")
    name = sorted(Path("text").glob("*.txt"))[0]
    source = PathSource((str(name), "text/no-such-file.txt"))
    monkeypatch.chdir("/")  # where a Ray worker may run
    docs = list(source)
    assert [type(d).__name__ for d in docs] == ["RawDocument", "Problem"]
    assert docs[0].origin == str(shared / "corpora" / "polnear" / "dev" / name)


def test_run_with_the_ray_engine_streams_into_the_ledger(shared: Path, local_ray, tmp_path: Path,
                                                         monkeypatch) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    monkeypatch.chdir(shared / "corpora" / "polnear" / "dev")  # relative paths, as a user types them
    texts = [str(p) for p in sorted(Path("text").glob("*.txt"))[2:4]]
    db = tmp_path / "ledger.duckdb"
    result = CliRunner().invoke(app, ["run", *texts, "--db", str(db), "--engine", "ray", "--workers", "1",
                                      "-q"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 stored")
    with Ledger(db, read_only=True) as ledger:
        assert ledger.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
