"""Property tests: cleaners, readers, the date resolver and the API's query parameters never crash.

Each property holds for arbitrary input: the cleaner ends in a Document or a SitrepError, the JSONL and
WARC readers yield documents or Problems, the date resolver gives None or a TimeML-shaped value, and
`/api/events` answers every query string with something other than a 500.
"""

from __future__ import annotations

import gzip
import io
import re
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.clean import clean_document
from sitrep.errors import SitrepError
from sitrep.ingest import Limits, read_file
from sitrep.ingest.warc import read_warc
from sitrep.records import Problem, RawDocument

SMALL = Limits(max_document_chars=20_000, max_document_bytes=64 * 1024, max_decompressed_bytes=1024 * 1024)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- cleaners ---------------------------------------------------------------------------------------
TAGS = [
    "div",
    "p",
    "article",
    "span",
    "script",
    "style",
    "h1",
    "table",
    "td",
    "a",
    "br",
    "meta",
    "title",
    "body",
]
# sentences from the seed article (shared/seed/000_cffe77665d307e1a.txt), so some inputs hold real prose
PROSE = [
    "Russia is providing Iran with an unprecedented level of military and technical support.",
    "Kirby said the Kremlin may already be supplying Iran with helicopters and air defense systems.",
    "Anadolu Agency December 09, 2022",
]


def _html() -> st.SearchStrategy[str]:
    leaf = st.one_of(
        st.text(max_size=60),
        st.sampled_from(PROSE),
        st.sampled_from(["&amp;", "&#0;", "&#x110000;", "<!--", "]]>", "<![CDATA["]),
    )

    def wrap(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
        return st.tuples(st.sampled_from(TAGS), st.text(max_size=20), children).map(
            lambda t: f"<{t[0]} {t[1]}>{''.join(t[2])}</{t[0]}>"
        )

    return st.recursive(leaf, lambda inner: wrap(st.lists(inner, max_size=4)), max_leaves=30)


@FAST
@given(
    st.one_of(st.text(max_size=3000), _html()),
    st.sampled_from(["text", "html"]),
    st.one_of(st.none(), st.text(max_size=40)),
)
def test_clean_document_raises_only_sitrep_errors(content: str, kind: str, published: str | None) -> None:
    raw = RawDocument(origin="fuzz.html", content=content, kind=kind, published=published)  # type: ignore[arg-type]
    try:
        doc = clean_document(raw)
    except SitrepError as exc:
        assert exc.origin == "fuzz.html" and "\n" not in exc.message
    else:
        assert doc.text.strip() and doc.origin == "fuzz.html"
        assert doc.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published)


# -- readers ----------------------------------------------------------------------------------------
def _jsonl_line() -> st.SearchStrategy[bytes]:
    json_values = st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=10,
    )
    record = st.fixed_dictionaries(
        {},
        optional={
            "id": st.one_of(st.text(max_size=10), st.integers()),
            "text": st.one_of(st.text(max_size=200), json_values),
            "html": st.text(max_size=100),
            "title": json_values,
            "date": st.text(max_size=12),
        },
    )
    import json

    return st.one_of(
        st.binary(max_size=200),
        record.map(lambda r: json.dumps(r).encode()),
        json_values.map(lambda v: json.dumps(v).encode()),
    )


@FAST
@given(st.lists(_jsonl_line(), max_size=12), st.booleans())
def test_jsonl_reader_yields_documents_or_problems(lines: list[bytes], compress: bool) -> None:
    data = b"\n".join(lines)
    if compress:  # gzip, cut in half for every other example (a truncated download)
        packed = gzip.compress(data)
        data = packed[: max(1, len(packed) // 2)] if len(lines) % 2 else packed
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("fuzz.jsonl.gz" if compress else "fuzz.jsonl")
        path.write_bytes(data)
        for item in read_file(path, limits=SMALL):
            assert isinstance(item, RawDocument | Problem)
            assert item.origin.startswith(f"{path}:line ")


def _warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for number, sentence in enumerate(PROSE):
        html = f"<html><body><article><p>{sentence}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://example.org/{number}", "response", payload=io.BytesIO(html), http_headers=headers
            )
        )
    return buffer.getvalue()


WARC = _warc_bytes()


@FAST
@given(
    st.one_of(
        st.binary(max_size=2000),
        # a real WARC cut at any point, with a few bytes overwritten
        st.tuples(
            st.integers(0, len(WARC)),
            st.lists(st.tuples(st.integers(0, len(WARC) - 1), st.integers(0, 255)), max_size=4),
        ).map(
            lambda t: bytes(dict(t[1]).get(i, b) for i, b in enumerate(WARC[: t[0]]))
        ),
    ),
    st.booleans(),
)
def test_warc_reader_yields_documents_or_problems(data: bytes, compress: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("fuzz.warc.gz" if compress else "fuzz.warc")
        path.write_bytes(gzip.compress(data) if compress else data)
        for item in read_warc(path, SMALL):
            assert isinstance(item, RawDocument | Problem)
            assert item.origin.startswith(str(path))


# -- the date resolver ------------------------------------------------------------------------------
TIMEML = re.compile(r"\d{3,4}|\d{4}-(\d{2}|W\d{2}(-WE)?|SP|SU|FA|WI)|\d{4}-\d{2}-\d{2}")
EVENT_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?")
DATE_WORDS = [
    "last",
    "next",
    "this",
    "Friday",
    "May",
    "week",
    "month",
    "year",
    "ago",
    "two",
    "days",
    "on",
    "in",
    "2022",
    "December",
    "09",
    "spring",
    "1990s",
    "the",
    "of",
    "early",
    "2099-13-45",
    "31",
    "February",
]
PUBLISHED = st.one_of(st.none(), st.dates().map(str), st.text(max_size=12))


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(st.text(max_size=40), st.lists(st.sampled_from(DATE_WORDS), max_size=5).map(" ".join)),
    PUBLISHED,
    st.sampled_from(["past", "future"]),
)
def test_resolve_expression_is_none_or_timeml(text: str, published: str | None, prefer: str) -> None:
    from sitrep.events.dates import resolve_expression

    value = resolve_expression(text, published, prefer)  # type: ignore[arg-type]
    assert value is None or TIMEML.fullmatch(value), value


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from([*DATE_WORDS, "Russia", "attacked", "will", "meet", "said", "."]), max_size=12),
    PUBLISHED,
)
def test_resolve_event_date_is_none_or_iso(pipeline, words: list[str], published: str | None) -> None:
    from sitrep.events.dates import resolve_event_date

    doc = pipeline.nlp(" ".join(words))
    for sent in doc.sents:
        value = resolve_event_date(sent, published)
        assert value is None or EVENT_DATE.fullmatch(value), value


# -- the API's query parameters ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def api(tmp_path_factory, synthetic_builder):
    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    path = tmp_path_factory.mktemp("fuzz-api") / "ledger.duckdb"
    synthetic_builder(path, 60, 5)
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        yield client


EVENT_PARAMS = [
    "source",
    "target",
    "actor",
    "type",
    "mode",
    "since",
    "until",
    "q",
    "limit",
    "offset",
    "other",
]
VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(
        [
            "RUS",
            "RUSGOV",
            "ASSAULT",
            "asserted",
            "2022",
            "2022-12",
            "2022-13-40",
            "",
            "%",
            "_",
            "'; DROP TABLE events; --",
            "\\",
            "0",
            "500",
            "501",
            "1e9",
            "NaN",
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(EVENT_PARAMS), VALUES), max_size=6))
def test_events_api_never_answers_500(api, params: list[tuple[str, str]]) -> None:
    response = api.get("/api/events", params=params)
    assert response.status_code in (200, 400), (params, response.status_code, response.text[:300])
    if response.status_code == 200:
        assert len(response.json()["items"]) <= 500


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=80))
def test_events_api_survives_raw_query_bytes(api, raw: bytes) -> None:
    response = api.get("/api/events?" + quote(raw, safe="=&;+%"))
    assert response.status_code in (200, 400), (raw, response.status_code, response.text[:300])
