"""JSON Lines (plain, gzip, bzip2) and .json files: ids, metadata, broken lines, truncation, bombs.

Texts are sentences of the shared seed article; every file is written in tmp_path.
"""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

from sitrep.ingest import Limits, read_paths
from sitrep.records import Problem, RawDocument

LINES = [
    {
        "id": "kirby-1",
        "text": "Russia is providing Iran with an unprecedented level of military assistance.",
        "date": "2022-12-09",
        "title": "Russia giving Iran military aid",
        "url": "https://example.org/a",
        "author": "Jane Doe",
        "section": "world",
    },
    {"id": 17, "html": "<html><body><p>We urge Iran to reverse course.</p></body></html>"},
    {
        "text": "Several hundred drones have already been provided, Kirby said.",
        "published": "9 December 2022",
    },
]


def _write_jsonl(path: Path, lines: list[str]) -> None:
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    opener = {".gz": gzip.compress, ".bz2": bz2.compress}.get(path.suffix, lambda b: b)
    path.write_bytes(opener(data))


def test_records_keep_their_ids_metadata_and_kind(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    _write_jsonl(path, [json.dumps(item) for item in LINES])
    first, second, third = read_paths([path])
    assert (
        isinstance(first, RawDocument) and isinstance(second, RawDocument) and isinstance(third, RawDocument)
    )
    assert (first.id, first.kind, first.origin) == ("kirby-1", "text", f"{path}:line 1")
    assert (first.title, first.published, first.url, first.author) == (
        "Russia giving Iran military aid",
        "2022-12-09",
        "https://example.org/a",
        "Jane Doe",
    )
    assert (second.id, second.kind) == ("17", "html")
    assert third.published == "9 December 2022" and len(third.id or "") == 16  # content-hash id


def test_broken_and_textless_lines_are_problems_and_the_rest_go_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    _write_jsonl(
        path,
        [
            json.dumps(LINES[0]),
            '{"id": "cut", "text": "Moscow and Tehran are consid',  # truncated record
            json.dumps({"id": "no-text", "title": "Only a title"}),
            "",
            json.dumps({"id": "empty", "text": "   "}),
            "[1, 2, 3]",
            json.dumps(LINES[2]),
        ],
    )
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "Problem",
        "Problem",
        "Problem",
        "Problem",
        "RawDocument",
    ]
    assert str(items[1]).startswith(f"{path}:line 2: invalid JSON")
    assert str(items[2]) == f"{path}:line 3: record has no 'text' or 'html' field"
    assert items[3].origin == f"{path}:line 5"  # the blank line 4 is skipped, not counted as a record
    assert items[4].origin == f"{path}:line 6" and "JSON object" in items[4].message
    assert items[5].origin == f"{path}:line 7"


def test_compressed_jsonl_gives_the_same_documents(tmp_path: Path) -> None:
    lines = [json.dumps(item) for item in LINES]
    for name in ("docs.jsonl", "docs.jsonl.gz", "docs.jsonl.bz2"):
        _write_jsonl(tmp_path / name, lines)
    plain, gz, bz = (
        list(read_paths([tmp_path / n])) for n in ("docs.jsonl", "docs.jsonl.gz", "docs.jsonl.bz2")
    )
    assert [d.content for d in plain] == [d.content for d in gz] == [d.content for d in bz]
    assert [d.id for d in plain] == [d.id for d in gz]


def test_truncated_gzip_yields_the_lines_before_the_cut_then_a_problem(tmp_path: Path) -> None:
    # distinct lines so that gzip cannot squeeze the file into a few bytes
    lines = [
        json.dumps({"id": f"d{n}", "text": f"Report {n}: {n * 7919 % 100003} drones were counted."})
        for n in range(4000)
    ]
    whole = gzip.compress("".join(line + "\n" for line in lines).encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_paths([path]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert 100 < len(docs) < 4000
    assert [d.id for d in docs] == [f"d{n}" for n in range(len(docs))]
    assert isinstance(items[-1], Problem) and "truncated" in items[-1].message
    assert items[-1].origin == f"{path}:line {len(docs) + 1}"


def test_gzip_bomb_stops_with_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    first = json.dumps(LINES[0]) + "\n"
    path.write_bytes(gzip.compress(first.encode() + b" " * (3 * 1024 * 1024)))
    items = list(read_paths([path], limits=Limits(max_decompressed_bytes=1024 * 1024)))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], Problem) and "compression bomb" in items[-1].message


def test_overlong_line_is_a_problem_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    _write_jsonl(path, [json.dumps({"text": "x" * 50_000}), json.dumps(LINES[2])])
    items = list(read_paths([path], limits=Limits(max_document_bytes=10_000)))
    assert isinstance(items[0], Problem) and items[0].origin == f"{path}:line 1"
    assert isinstance(items[1], RawDocument) and items[1].origin == f"{path}:line 2"


def test_json_array_file_gives_one_document_per_item(tmp_path: Path) -> None:
    path = tmp_path / "docs.json"
    path.write_text(json.dumps([LINES[0], {"title": "no text"}]), encoding="utf-8")
    doc, problem = read_paths([path])
    assert isinstance(doc, RawDocument) and doc.id == "kirby-1" and doc.origin == f"{path}#item 1"
    assert isinstance(problem, Problem) and problem.origin == f"{path}#item 2"
