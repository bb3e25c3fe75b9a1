"""`sitrep watch` against a feed and article pages served on 127.0.0.1.

The pages are real news pages from the Zyte article-extraction benchmark
(shared/benchmarks/article-extraction/html: a Polygraph fact check on Russia and the US at
al-Tanf, a The Hill story on South Dakota's governor, a Deccan Herald story on Beijing's
tariffs); the RSS feed listing them is generated here.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sitrep.ledger import Ledger
from sitrep.scale.feeds import FeedWatcher, HostThrottle, WatchState, parse_interval, watch

PAGES = {
    "al-tanf": "1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432",
    "south-dakota": "156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38",
    "tariffs": "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a",
}


class Site:
    """A tiny news site: /feed.xml (with an ETag) and /articles/NAME.html; it logs every request."""

    def __init__(self, shared: Path) -> None:
        folder = shared / "benchmarks" / "article-extraction" / "html"
        self.pages = {n: gzip.decompress((folder / f"{h}.html.gz").read_bytes()) for n, h in PAGES.items()}
        self.listed: list[str] = []
        self.version = 0
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""
        self.relative = False  # list links as /articles/NAME.html instead of absolute addresses

    def publish(self, *names: str) -> None:
        """List these articles in the feed (a new feed version, so a new ETag)."""
        self.listed = list(names)
        self.version += 1

    def feed(self) -> bytes:
        prefix = "" if self.relative else self.base
        items = "".join(
            f"<item><title>{name}</title><link>{prefix}/articles/{name}.html</link>"
            f"<guid>{self.base}/articles/{name}.html</guid>"
            f"<pubDate>{format_datetime(datetime(2019, 11, 19, 12, tzinfo=UTC))}</pubDate></item>"
            for name in self.listed
        )
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>'
                f"<link>{self.base}/</link><description>t</description>{items}</channel></rss>").encode()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, dict(self.headers)))
                if self.path == "/feed.xml":
                    etag = f'"v{site.version}"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.end_headers()
                        return
                    self._send(site.feed(), "application/rss+xml", etag)
                    return
                name = self.path.removeprefix("/articles/").removesuffix(".html")
                if name in site.pages:
                    self._send(site.pages[name], "text/html; charset=utf-8")
                else:
                    self.send_error(404)

            def _send(self, body: bytes, kind: str, etag: str | None = None) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def page_requests(self) -> list[str]:
        return [p for p, _ in self.requests if p.startswith("/articles/")]


@pytest.fixture
def site(shared: Path) -> Iterator[Site]:
    site = Site(shared)
    server = ThreadingHTTPServer(("127.0.0.1", 0), site.handler())
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


def _watcher(ledger: Ledger, pipeline) -> FeedWatcher:
    return FeedWatcher(WatchState(ledger.con), ledger.store, pipeline.code_raw, host_delay=0)


def test_new_entries_are_stored_once_and_a_304_is_respected(site: Site, pipeline, tmp_path: Path) -> None:
    feed = site.base + "/feed.xml"
    site.publish("al-tanf", "south-dakota")
    with Ledger(tmp_path / "watch.duckdb") as ledger:
        watcher = _watcher(ledger, pipeline)

        first = watcher.poll([feed])
        assert (first.entries, first.fetched, first.stored) == (2, 2, 2), first.problems
        assert sorted(site.page_requests()) == ["/articles/al-tanf.html", "/articles/south-dakota.html"]
        urls = {r[0] for r in ledger.con.execute("SELECT url FROM documents").fetchall()}
        assert urls == {f"{site.base}/articles/al-tanf.html", f"{site.base}/articles/south-dakota.html"}

        # Same feed version: the watcher sends the ETag back, the server answers 304, nothing is fetched.
        second = watcher.poll([feed])
        assert (second.not_modified, second.fetched, second.stored) == (1, 0, 0)
        assert site.requests[-1] == ("/feed.xml", site.requests[-1][1])
        assert site.requests[-1][1].get("If-None-Match") == '"v1"'
        assert len(site.page_requests()) == 2

        # A new version lists one new article next to the old two: only the new one is fetched.
        site.publish("tariffs", "al-tanf", "south-dakota")
        third = watcher.poll([feed])
        assert (third.entries, third.already_seen, third.fetched, third.stored) == (3, 2, 1, 1)
        assert site.page_requests()[-1] == "/articles/tariffs.html"
        assert ledger.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_seen_entries_survive_a_restart(site: Site, pipeline, tmp_path: Path) -> None:
    feed = site.base + "/feed.xml"
    site.publish("tariffs")
    path = tmp_path / "watch.duckdb"
    with Ledger(path) as ledger:
        assert _watcher(ledger, pipeline).poll([feed]).stored == 1
    site.publish("tariffs")  # new ETag, same entry
    with Ledger(path) as ledger:
        again = watch([feed], _watcher(ledger, pipeline), every=60, once=True)
    assert (again.not_modified, again.already_seen, again.fetched) == (0, 1, 0)
    assert site.page_requests() == ["/articles/tariffs.html"]


def test_a_missing_page_is_reported_and_not_asked_again(site: Site, pipeline, tmp_path: Path) -> None:
    feed = site.base + "/feed.xml"
    site.publish("no-such-article")
    with Ledger(tmp_path / "watch.duckdb") as ledger:
        watcher = _watcher(ledger, pipeline)
        first = watcher.poll([feed])
        assert first.stored == 0
        assert [str(p) for p in first.problems] == [
            f"{site.base}/articles/no-such-article.html: page answered HTTP 404"]
        site.publish("no-such-article")
        assert watcher.poll([feed]).already_seen == 1
    assert site.page_requests() == ["/articles/no-such-article.html"]


def test_throttle_spaces_requests_to_one_host() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    throttle = HostThrottle(2.0, clock=lambda: now[0], sleep=sleep)
    throttle.wait("http://a.example/feed")
    throttle.wait("http://b.example/feed")  # another host: no wait
    now[0] += 0.5
    throttle.wait("http://a.example/page")  # same host 0.5 s later: wait the other 1.5 s
    assert slept == [1.5]


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("90", 90)])
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "0m", "-5s"])
def test_parse_interval_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="not an interval"):
        parse_interval(text)


def test_watch_command_polls_once(site: Site, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    site.publish("south-dakota")
    db = str(tmp_path / "w.duckdb")
    args = ["watch", site.base + "/feed.xml", "--db", db, "--once", "--host-delay", "0"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "1 fetched, 1 stored" in first.output
    again = CliRunner().invoke(app, args)
    assert "1 feeds (1 unchanged)" in again.output and "0 stored" in again.output


def test_relative_links_resolve_against_the_feed(site: Site, pipeline, tmp_path: Path) -> None:
    site.relative = True
    site.publish("tariffs")
    with Ledger(tmp_path / "watch.duckdb") as ledger:
        summary = _watcher(ledger, pipeline).poll([site.base + "/feed.xml"])
    assert summary.stored == 1, summary.problems
    assert site.page_requests() == ["/articles/tariffs.html"]
