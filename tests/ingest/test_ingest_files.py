"""Reading single files and folders: kinds, encodings, hostile inputs, order and ids.

Every hostile file is generated in tmp_path; the real text is the shared seed article.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from sitrep.ingest import Limits, read_paths
from sitrep.ingest.ids import stable_id
from sitrep.records import Problem, RawDocument


def _all(*paths: Path, limits: Limits | None = None) -> list[RawDocument | Problem]:
    return list(read_paths(paths, limits=limits) if limits else read_paths(paths))


def test_seed_text_file_is_one_raw_text_document(shared: Path) -> None:
    seed = shared / "seed" / "000_cffe77665d307e1a.txt"
    [doc] = _all(seed)
    assert isinstance(doc, RawDocument)
    assert doc.kind == "text" and doc.origin == str(seed)
    assert doc.content.startswith("Russia giving Iran 'unprecedented' military aid")
    assert doc.id == stable_id(doc.content) and len(doc.id) == 16


def test_ids_are_stable_and_ignore_whitespace_differences(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks resumed  in Geneva.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks resumed in\nGeneva.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Talks failed in Geneva.", encoding="utf-8")
    a, b, c = _all(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt")
    assert a.id == b.id != c.id
    assert [d.id for d in _all(tmp_path / "a.txt")] == [a.id]  # same id on a second read


def test_binary_file_is_a_problem_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    [problem] = _all(path)
    assert isinstance(problem, Problem)
    assert str(problem) == f"{path}: binary file, not text"


def test_empty_and_whitespace_only_files_are_problems(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n\n", encoding="utf-8")
    problems = _all(tmp_path / "empty.txt", tmp_path / "blank.txt")
    assert [type(p) for p in problems] == [Problem, Problem]
    assert all("empty" in p.message for p in problems)


def test_cp1252_file_is_decoded(tmp_path: Path) -> None:
    text = "The café’s owner said on Tuesday: “we will not close”. Señor Núñez agreed — for now.\n" * 3
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    [doc] = _all(path)
    assert isinstance(doc, RawDocument)
    assert doc.content == text


def test_byte_order_marks_are_honoured_and_dropped(tmp_path: Path) -> None:
    text = "Ministers met in Brussels on Monday."
    (tmp_path / "utf8.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))  # BOM + UTF-16: full of NUL bytes
    docs = _all(tmp_path / "utf8.txt", tmp_path / "utf16.txt")
    assert [d.content for d in docs] == [text, text]


def test_html_is_recognised_by_extension_and_by_content(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello.</p></body></html>"
    (tmp_path / "page.htm").write_text(page, encoding="utf-8")
    (tmp_path / "page.dat").write_text(page, encoding="utf-8")
    (tmp_path / "notes.dat").write_text("x < y and <b> is bold, they said.", encoding="utf-8")
    kinds = [d.kind for d in _all(tmp_path / "page.htm", tmp_path / "page.dat", tmp_path / "notes.dat")]
    assert kinds == ["html", "html", "text"]


def test_folders_are_read_recursively_in_sorted_order_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt", ".git/e.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Story {name}.", encoding="utf-8")
    (tmp_path / "attributions.ann").write_text("T1\tSource 0 3\tHe", encoding="utf-8")
    items = _all(tmp_path)
    docs = [Path(d.origin).relative_to(tmp_path).as_posix() for d in items if isinstance(d, RawDocument)]
    assert docs == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]
    [warning] = [p for p in items if isinstance(p, Problem)]
    assert warning.level == "warning" and warning.origin.endswith("attributions.ann")


def test_output_keeps_the_order_of_the_paths_given(tmp_path: Path) -> None:
    for name in ("z.txt", "m.txt", "a.txt"):
        (tmp_path / name).write_text(f"Story {name}.", encoding="utf-8")
    names = ["z.txt", "missing.txt", "a.txt", "m.txt"]
    items = _all(*(tmp_path / n for n in names))
    assert [Path(i.origin).name for i in items] == names
    assert isinstance(items[1], Problem) and "no such file" in items[1].message


def test_document_over_the_size_limit_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 5000, encoding="utf-8")
    [problem] = _all(path, limits=Limits(max_document_chars=10_000))
    assert isinstance(problem, Problem) and "more than the limit" in problem.message
    [bytes_problem] = _all(path, limits=Limits(max_document_bytes=1024 * 1024 // 100))
    assert isinstance(bytes_problem, Problem) and "too big" in bytes_problem.message


def test_gzipped_html_is_read_and_a_gzip_bomb_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><body><p>Hello there.</p></body></html>"))
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<html>" + b" " * (4 * 1024 * 1024)))  # 4 MB from ~4 kB
    small = Limits(max_decompressed_bytes=1024 * 1024)
    doc, problem = _all(page, bomb, limits=small)
    assert isinstance(doc, RawDocument) and doc.kind == "html"
    assert isinstance(problem, Problem) and "compression bomb" in problem.message


def test_count_documents_is_known_for_one_document_files_only(shared: Path, tmp_path: Path) -> None:
    """A folder of articles has a count (the run's progress bar gets an ETA); an archive has none."""
    from sitrep.ingest.paths import count_documents

    polnear = shared / "corpora" / "polnear" / "dev" / "text"
    seed = shared / "seed" / "000_cffe77665d307e1a.txt"
    texts = sorted(polnear.glob("*.txt"))
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")  # skipped in a folder, not counted
    (tmp_path / "one.html").write_text("<html><p>Talks resumed.</p></html>", encoding="utf-8")
    documents = [item for item in read_paths([polnear, seed]) if isinstance(item, RawDocument)]
    assert count_documents([polnear, seed]) == len(texts) + 1 == len(documents)
    assert count_documents([tmp_path]) == 1
    (tmp_path / "feed.jsonl").write_text('{"text": "Talks resumed."}\n', encoding="utf-8")
    assert count_documents([tmp_path]) is None
    assert count_documents([polnear], most_files=3) is None
