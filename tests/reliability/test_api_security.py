"""The API's security properties, checked from outside: loopback only, parameterised SQL, bounded
pages and bodies, no path traversal, and no ingest without `--allow-ingest` and the token.

The ledger is synthetic (conftest `build_synthetic_ledger`); the ingest check codes one real sentence
from the PLOVER gold standard (`shared/benchmarks/event-coding/plover-gsr-cameo.jsonl`, first line).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.web.app import create_app
from sitrep.web.limits import MAX_BODY_BYTES, MAX_PAGE

BASE = "http://127.0.0.1"
TOKEN = "reliability-token-51c2"
SRC = Path(__file__).resolve().parents[2] / "src" / "sitrep"

# Every expression interpolated into an SQL f-string in src/sitrep, reviewed: each is a constant, a
# whitelisted identifier, or a clause of `?` placeholders built from constants. A new one must be
# reviewed (values go in as parameters, never into the text) and added here.
REVIEWED_SQL_INTERPOLATIONS = {
    "ledger/dyad.py": {"by", "where"},  # `by` is checked against PERIODS first
    "ledger/export.py": {"table", "_ORDER[table]"},  # tables from the TABLES whitelist
    "ledger/network.py": {"where"},
    "ledger/queries.py": {
        "columns",
        "where",
        "EVENT_COLUMNS[order_by]",
        "direction",
        "page",
        "DOCUMENT_ORDER[order_by]",
    },
    "ledger/store.py": {"table", "', '.join(map(_quote, fields))", "columns", "column"},
}
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|DELETE|UPDATE|FROM|WHERE|ORDER BY|JOIN)\b")


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory, synthetic_builder) -> Path:
    path = tmp_path_factory.mktemp("security") / "ledger.duckdb"
    synthetic_builder(path, 40, 5)
    return path


@pytest.fixture(scope="module")
def client(ledger_path):
    with TestClient(create_app(ledger_path), base_url=BASE) as c:
        yield c


def test_sql_is_built_from_reviewed_pieces_only() -> None:
    found: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if SQL_WORDS.search(text):
                names = {ast.unparse(v.value) for v in node.values if isinstance(v, ast.FormattedValue)}
                if names:
                    found.setdefault(path.relative_to(SRC).as_posix(), set()).update(names)
    unreviewed = {f: names - REVIEWED_SQL_INTERPOLATIONS.get(f, set()) for f, names in found.items()}
    assert not {f: n for f, n in unreviewed.items() if n}, unreviewed


@pytest.mark.parametrize("name", ["q", "source", "actor", "type", "mode", "since"])
def test_injection_strings_are_values_not_sql(client, ledger_path, name) -> None:
    before = client.get("/api/events", params={"limit": 500}).json()["items"]
    for attack in ("'; DROP TABLE events; --", "x' OR '1'='1", "RUS' UNION SELECT * FROM documents --"):
        response = client.get("/api/events", params={name: attack})
        assert response.status_code in (200, 400), response.text
        if response.status_code == 200:
            assert response.json()["items"] == []  # a quote is text to search for, not SQL
    assert client.get("/api/events", params={"limit": 500}).json()["items"] == before


def test_pages_are_bounded(client) -> None:
    assert client.get("/api/events", params={"limit": MAX_PAGE + 1}).status_code == 400
    assert client.get("/api/documents", params={"limit": 10**9}).status_code == 400
    assert client.get("/api/events", params={"offset": -1}).status_code == 400
    whole = client.get("/api/events", params={"limit": MAX_PAGE}).json()
    assert len(whole["items"]) == 200 and not whole["has_more"]  # 40 documents x 5 events stored
    page = client.get("/api/events", params={"limit": 150}).json()
    assert len(page["items"]) == 150 and page["has_more"]


def test_bodies_and_uploads_are_bounded(client) -> None:
    big = json.dumps({"text": "word " * (MAX_BODY_BYTES // 5 + 10)})
    assert (
        client.post("/api/extract", content=big, headers={"content-type": "application/json"}).status_code
        == 413
    )
    upload = {"file": ("big.txt", b"a" * (MAX_BODY_BYTES + 1), "text/plain")}
    assert client.post("/api/extract", files=upload).status_code == 413


@pytest.mark.parametrize(
    "path",
    [
        "/api/documents/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/documents/%2Fetc%2Fpasswd",
        "/api/events/..",
        "/static/../../../../etc/passwd",
        "/static/..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/vendor/../../pyproject.toml",
    ],
)
def test_no_path_traversal(client, path) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "root:" not in response.text and "[project]" not in response.text


def test_uploaded_file_names_never_reach_the_file_system(client, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    files = {"file": ("../../escaped.txt", b"Talks resumed in Geneva on Friday.", "text/plain")}
    client.post("/api/extract", files=files)
    assert not list(tmp_path.parent.parent.glob("escaped*")) and not list(tmp_path.rglob("escaped*"))


def test_ingest_needs_allow_ingest_and_the_token(ledger_path, tmp_path, pipeline, shared) -> None:
    line = (
        (shared / "benchmarks" / "event-coding" / "plover-gsr-cameo.jsonl").open(encoding="utf-8").readline()
    )
    body = {"text": json.loads(line)["text"]}
    with TestClient(create_app(ledger_path, pipeline=pipeline), base_url=BASE) as read_only:
        assert (
            read_only.post(
                "/api/documents", json=body, headers={"authorization": f"Bearer {TOKEN}"}
            ).status_code
            == 403
        )
    with pytest.raises(ValueError, match="token"):
        create_app(ledger_path, allow_ingest=True)
    writable = tmp_path / "writable.duckdb"
    with TestClient(
        create_app(writable, allow_ingest=True, token=TOKEN, pipeline=pipeline), base_url=BASE
    ) as app:
        for headers in (
            {},
            {"authorization": "Bearer wrong"},
            {"authorization": TOKEN},
            {"authorization": f"Basic {TOKEN}"},
        ):
            assert app.post("/api/documents", json=body, headers=headers).status_code == 403, headers
        stored = app.post("/api/documents", json=body, headers={"authorization": f"Bearer {TOKEN}"})
        assert stored.status_code == 200 and stored.json()["stored"] is True


def test_only_loopback(client, sitrep_cli, ledger_path) -> None:
    assert client.get("/api/info", headers={"host": "sitrep.example.com"}).status_code == 400
    for host in ("0.0.0.0", "192.168.1.10", "::"):
        done = sitrep_cli("serve", "--db", ledger_path, "--host", host, "--port", "8765", timeout=120)
        assert done.code == 1 and "this machine only" in done.stderr, done.stderr
    import inspect

    from sitrep.web.command import serve_command

    assert inspect.signature(serve_command).parameters["host"].default == "127.0.0.1"
