"""WARC archives written in the test with warcio: HTML responses only, with target URI and WARC-Date."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest import read_paths
from sitrep.records import Problem, RawDocument

PAGES = [
    (
        "https://news.example/russia-iran",
        "text/html; charset=utf-8",
        b"<html><body><article><p>Russia is providing Iran with military aid.</p></article></body></html>",
    ),
    ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    (
        "https://news.example/cafe",
        "text/html; charset=windows-1252",
        "<html><body><p>The café owner said “no”.</p></body></html>".encode("cp1252"),
    ),
]


def _write_warc(path: Path, *, gzip: bool) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for url, content_type, body in PAGES:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


def test_html_responses_become_documents_with_uri_and_date(tmp_path: Path) -> None:
    for name, gz in (("crawl.warc", False), ("crawl.warc.gz", True)):
        path = tmp_path / name
        _write_warc(path, gzip=gz)
        first, second = read_paths([path])
        assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
        assert (first.kind, first.url, first.origin) == ("html", PAGES[0][0], f"{path}#record 1")
        assert second.origin == f"{path}#record 3"  # the PNG (record 2) is skipped
        assert "café owner said “no”" in second.content  # decoded with the HTTP charset
        assert first.fetched and first.fetched[:4].isdigit() and first.published is None


def test_truncated_warc_keeps_earlier_records_and_reports_the_cut(tmp_path: Path) -> None:
    for name, gz in (("cut.warc", False), ("cut.warc.gz", True)):
        whole = tmp_path / f"whole-{name}"
        _write_warc(whole, gzip=gz)
        data = whole.read_bytes()
        path = tmp_path / name
        path.write_bytes(data[: len(data) - 60])
        items = list(read_paths([path]))
        assert isinstance(items[0], RawDocument) and items[0].url == PAGES[0][0]
        assert isinstance(items[-1], Problem) and items[-1].origin == f"{path}#record 3"
        assert "WARC" in items[-1].message


def test_a_file_that_is_not_a_warc_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not an archive\n", encoding="utf-8")
    [problem] = read_paths([path])
    assert isinstance(problem, Problem) and problem.origin.startswith(str(path))
