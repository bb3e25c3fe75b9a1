"""`sitrep run` over good documents mixed with hostile ones: every bad input is one line, nothing crashes.

The corpus (built by `hostile_corpus` in conftest.py) holds binary, empty and 0-byte files, 50 MB of
text, HTML nested 10,000 deep, a UTF-8 file with a cp1252 paragraph, UTF-16 with a BOM, Spanish,
French, German and Arabic news, truncated gzip JSONL and WARC, JSONL with broken and 26 MB lines, and
two gzip bombs expanding to 1 GB each. It runs in a real subprocess so its peak memory can be measured.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

MAX_RSS_MB = 2048


@pytest.fixture(scope="module")
def hostile_run(hostile_corpus, sitrep_cli, tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile-ledger") / "ledger.duckdb"
    done = sitrep_cli("run", hostile_corpus.folder, "--db", db, "--quiet")
    return done, db


def test_run_finishes_without_a_traceback(hostile_run) -> None:
    done, _ = hostile_run
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr
    assert "stored" in done.stdout


def test_each_bad_input_gets_one_line_naming_it(hostile_run, hostile_corpus) -> None:
    done, _ = hostile_run
    lines = done.stderr.splitlines()
    for name, words in hostile_corpus.bad.items():
        origin = str(hostile_corpus.folder / name)
        found = [
            line
            for line in lines
            if line.startswith(origin + ":") or line.startswith(origin + "#") or line.startswith(origin + " ")
        ]
        if not found:  # problems about a whole file name the file followed by ": "
            found = [line for line in lines if line.startswith(origin)]
        assert any(words in line for line in found), f"{name}: no line saying {words!r} in\n{done.stderr}"
    # nothing else: every stderr line is about one input of the corpus
    assert all(line.startswith(str(hostile_corpus.folder)) for line in lines), done.stderr


def test_good_documents_are_stored_whole(hostile_run, hostile_corpus) -> None:
    _, db = hostile_run
    with duckdb.connect(str(db), read_only=True) as con:
        origins = {row[0] for row in con.execute("SELECT origin FROM documents").fetchall()}
        texts = dict(con.execute("SELECT origin, text FROM documents").fetchall())
    expected = {str(hostile_corpus.folder / name) for name in hostile_corpus.good}
    assert origins == expected
    # the pasted cp1252 paragraph is read as cp1252, the UTF-8 around it as UTF-8: no mojibake
    mixed = texts[str(hostile_corpus.folder / "mixed_cp1252.txt")]
    assert "The café’s owner said “we will not close”." in mixed
    assert "statement — in full" in mixed and "â€" not in mixed


def test_non_english_documents_are_reported_not_stored(hostile_run, hostile_corpus) -> None:
    done, db = hostile_run
    for name, language in (
        ("spanish.txt", "es"),
        ("french.txt", "fr"),
        ("german.txt", "de"),
        ("arabic.txt", "ar"),
    ):
        assert f"{hostile_corpus.folder / name}: not English (detected: {language})" in done.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents WHERE language <> 'en'").fetchone() == (0,)


def test_memory_stays_bounded(hostile_run) -> None:
    done, _ = hostile_run
    print(f"peak RSS of sitrep run over the hostile corpus: {done.peak_rss_mb:.0f} MB")
    assert 0 < done.peak_rss_mb < MAX_RSS_MB


def test_bombs_are_refused_by_name(hostile_run, hostile_corpus) -> None:
    done, _ = hostile_run
    folder: Path = hostile_corpus.folder
    assert f"{folder / 'bomb.jsonl.gz'}:line 1: line longer than 20 MB" in done.stderr
    assert f"{folder / 'bomb.txt.gz'}: larger than 20 MB; too big for one document" in done.stderr
