"""Watch RSS/Atom feeds: fetch each new article page once, code it and store it in the ledger.

A poll asks each feed with a conditional request (ETag / Last-Modified remembered from the
last answer, so an unchanged feed costs a 304), reads its entries with feedparser, skips
every entry whose id or link was seen before, and fetches the rest with a polite delay
between two requests to the same host. Seen entries and feed validators live in two small
tables of the ledger file (`watch_seen`, `watch_feeds`), so a restart never fetches or
stores a page twice.
"""

from __future__ import annotations

import calendar
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag, urlsplit

import duckdb
import feedparser
import httpx

from sitrep.errors import InputError, LedgerError
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.limits import DEFAULT_LIMITS
from sitrep.ingest.raw import make_raw
from sitrep.records import CodedDocument, Problem, RawDocument

USER_AGENT = "sitrep-feed-watcher/0.1 (+https://pypi.org/project/sitrep-ledger/)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_HOST_DELAY = 2.0
"""Seconds between two requests to the same host (feeds and pages alike)."""

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}

SIDECAR_DDL = (
    """CREATE TABLE IF NOT EXISTS watch_seen (
        key VARCHAR PRIMARY KEY, feed VARCHAR NOT NULL, url VARCHAR, document_id VARCHAR,
        status VARCHAR NOT NULL, seen_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS watch_feeds (
        url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, polled_at TIMESTAMP NOT NULL)""",
)


def parse_interval(text: str) -> float:
    """Seconds in an interval such as "15m", "30s", "1h", "1d" or "90"; ValueError otherwise."""
    match = _INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"not an interval: {text!r} (use e.g. 30s, 15m, 1h)")
    return float(match.group(1)) * _UNITS[match.group(2).lower()]


class WatchState:
    """What the watcher remembers, in sidecar tables of the ledger's DuckDB connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        for ddl in SIDECAR_DDL:
            con.execute(ddl)

    def seen(self, keys: Iterable[str]) -> bool:
        """True if any of an entry's keys (its id, its link) was recorded before."""
        wanted = list(keys)
        row = self.con.execute("SELECT 1 FROM watch_seen WHERE key IN (SELECT unnest(?::VARCHAR[])) LIMIT 1",
                               [wanted]).fetchone()
        return row is not None

    def remember(self, keys: Iterable[str], feed: str, url: str | None, document_id: str | None,
                 status: str) -> None:
        """Record an entry's keys so it is never fetched again."""
        now = datetime.now()
        for key in keys:
            self.con.execute("INSERT OR IGNORE INTO watch_seen VALUES (?, ?, ?, ?, ?, ?)",
                             [key, feed, url, document_id, status, now])

    def validators(self, feed: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified the feed last answered with."""
        row = self.con.execute("SELECT etag, last_modified FROM watch_feeds WHERE url = ?", [feed]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_validators(self, feed: str, etag: str | None, last_modified: str | None) -> None:
        """Remember a feed's validators for the next conditional request."""
        self.con.execute("INSERT OR REPLACE INTO watch_feeds VALUES (?, ?, ?, ?)",
                         [feed, etag, last_modified, datetime.now()])


class HostThrottle:
    """Waits so that two requests to the same host are at least `delay` seconds apart."""

    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay, self.clock, self.sleep = delay, clock, sleep
        self.last: dict[str, float] = {}

    def wait(self, url: str) -> None:
        """Block until `url`'s host may be asked again, then count this request."""
        host = urlsplit(url).netloc.lower()
        if host in self.last:
            left = self.last[host] + self.delay - self.clock()
            if left > 0:
                self.sleep(left)
        self.last[host] = self.clock()


@dataclass(slots=True)
class PollSummary:
    """What one poll of every feed did."""

    feeds: int = 0
    not_modified: int = 0
    entries: int = 0
    already_seen: int = 0
    fetched: int = 0
    stored: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    def public(self) -> dict[str, Any]:
        return {"feeds": self.feeds, "not_modified": self.not_modified, "entries": self.entries,
                "already_seen": self.already_seen, "fetched": self.fetched, "stored": self.stored,
                "unchanged": self.unchanged, "problems": [str(p) for p in self.problems]}


class FeedWatcher:
    """Polls feeds and stores new articles through `store` (normally `Ledger.store`)."""

    def __init__(
        self, state: WatchState, store: Callable[[CodedDocument], bool],
        code: Callable[[list[RawDocument | Problem]], Iterable[CodedDocument | Problem]],
        client: httpx.Client | None = None, host_delay: float = DEFAULT_HOST_DELAY,
    ) -> None:
        self.state, self.store, self.code = state, store, code
        self.client = client or httpx.Client(timeout=DEFAULT_TIMEOUT, follow_redirects=True,
                                             headers={"User-Agent": USER_AGENT})
        self.throttle = HostThrottle(host_delay)

    def poll(self, feeds: Iterable[str]) -> PollSummary:
        """Ask every feed once and store the articles of its new entries."""
        summary = PollSummary()
        for feed in feeds:
            summary.feeds += 1
            try:
                self._poll_feed(feed, summary)
            except httpx.HTTPError as exc:
                summary.problems.append(Problem(feed, f"cannot fetch feed: {_reason(exc)}"))
        return summary

    def _poll_feed(self, feed: str, summary: PollSummary) -> None:
        etag, modified = self.state.validators(feed)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        response = self._get(feed, headers)
        if response.status_code == 304:
            summary.not_modified += 1
            return
        if response.status_code >= 400:
            summary.problems.append(Problem(feed, f"feed answered HTTP {response.status_code}"))
            return
        # Relative entry links resolve against where the feed was finally read from.
        described = {"content-location": str(response.url), **dict(response.headers)}
        parsed = feedparser.parse(response.content, response_headers=described)
        if parsed.bozo and not parsed.entries:
            reason = parsed.get("bozo_exception")
            summary.problems.append(Problem(feed, f"not an RSS or Atom feed ({reason})"))
            return
        publisher = parsed.feed.get("title")
        complete = True
        for entry in parsed.entries:
            summary.entries += 1
            complete &= self._take_entry(feed, entry, publisher, summary)
        # An entry to retry must not hide behind a 304 next time: keep the validators only when done.
        if complete:
            answered = response.headers
            self.state.save_validators(feed, answered.get("ETag"), answered.get("Last-Modified"))

    def _take_entry(self, feed: str, entry: Any, publisher: str | None, summary: PollSummary) -> bool:
        """Fetch, code and store one entry unless seen; False when a later poll should retry it."""
        link = entry.get("link")
        keys = entry_keys(entry)
        if not keys or not link:
            summary.problems.append(Problem(feed, f"entry {entry.get('title')!r} has no link"))
            return True
        if self.state.seen(keys):
            summary.already_seen += 1
            return True
        raw, retry = self._fetch_page(link, entry, publisher)
        if isinstance(raw, Problem):
            summary.problems.append(raw)
            if not retry:  # gone for good (404, not HTML, empty): do not ask again
                self.state.remember(keys, feed, link, None, "unusable")
            return not retry
        summary.fetched += 1
        doc_id = None
        for coded in self.code([raw]):
            if isinstance(coded, Problem):
                summary.problems.append(coded)
                continue
            try:
                stored = self.store(coded)
            except LedgerError as exc:
                summary.problems.append(Problem(exc.origin or link, exc.message))
                continue
            doc_id = coded.document.id
            summary.stored += stored
            summary.unchanged += not stored
        self.state.remember(keys, feed, link, doc_id, "stored" if doc_id else "unusable")
        return True

    def _fetch_page(self, link: str, entry: Any, publisher: str | None) -> tuple[RawDocument | Problem, bool]:
        """The page as a raw document, or a problem and whether a later poll should try again."""
        if urlsplit(link).scheme not in ("http", "https"):
            return Problem(link, "entry link is not an http(s) address"), False
        try:
            response = self._get(link, {})
        except httpx.HTTPError as exc:
            return Problem(link, f"cannot fetch page: {_reason(exc)}"), True
        if response.status_code >= 400:
            retry = response.status_code >= 500 or response.status_code in (408, 429)
            return Problem(link, f"page answered HTTP {response.status_code}"), retry
        charset = _CHARSET.search(response.headers.get("Content-Type", ""))
        try:
            html = decode_bytes(response.content, link, declared=charset.group(1) if charset else None)
        except InputError as exc:
            return Problem(link, exc.message), False
        raw = make_raw(link, html, "html", DEFAULT_LIMITS, url=str(response.url),
                       title=entry.get("title"), published=_entry_date(entry), author=entry.get("author"),
                       publisher=publisher, fetched=datetime.now(UTC).isoformat(timespec="seconds"))
        return raw, False

    def _get(self, url: str, headers: dict[str, str]) -> httpx.Response:
        self.throttle.wait(url)
        return self.client.get(url, headers=headers)


def entry_keys(entry: Any) -> list[str]:
    """The keys an entry is remembered by: its id and its link (without #fragment)."""
    keys = []
    if entry.get("id"):
        keys.append("id:" + entry["id"])
    if entry.get("link"):
        keys.append("url:" + urldefrag(entry["link"]).url)
    return keys


def watch(
    feeds: list[str], watcher: FeedWatcher, *, every: float, once: bool = False,
    report: Callable[[PollSummary], None] = lambda s: None, sleep: Callable[[float], None] = time.sleep,
) -> PollSummary:
    """Poll `feeds` now and then every `every` seconds (or just once); returns the last poll."""
    while True:
        started = time.monotonic()
        summary = watcher.poll(feeds)
        report(summary)
        if once:
            return summary
        sleep(max(0.0, every - (time.monotonic() - started)))


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date().isoformat()
    return None


def _reason(exc: httpx.HTTPError) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
