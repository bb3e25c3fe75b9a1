"""The JSON API over a ledger built from real text (see conftest.py): every endpoint, bad input, limits.

Counts of events are not asserted (the coder is still growing); structure and the ledger's
invariants are: filters hold for every row, evidence offsets point at the evidence text, a
dyad's per-type counts add up, bad values are 400s with a message, never 500s.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.errors import LedgerError
from sitrep.web import create_app
from sitrep.web.access import LedgerAccess, QueryTimeout
from sitrep.web.limits import MAX_BODY_BYTES, MAX_PAGE

BASE = "http://127.0.0.1"
TOKEN = "test-token-7f3a"
# a sentence of re3d's BBC story "Syria accuses Israel of bombardment" (shared/corpora/re3d/BBC Online)
BBC_SENTENCE = {
    "text": "Syria has accused Israel of bombarding an area west of Damascus, with reports of a"
            " military airport being hit.",
    "title": "Syria accuses Israel of bombardment", "published": "2017-01-13",
}


@pytest.fixture(scope="module")
def client(web_db, pipeline) -> TestClient:
    return TestClient(create_app(web_db, pipeline=pipeline), base_url=BASE)


@pytest.fixture()
def ingest_client(web_db, pipeline, tmp_path) -> TestClient:
    db = tmp_path / "ingest.duckdb"
    shutil.copy(web_db, db)
    return TestClient(create_app(db, allow_ingest=True, token=TOKEN, pipeline=pipeline), base_url=BASE)


def ok(response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


# -- events ------------------------------------------------------------------------------------------
def test_events_page_and_pagination(client):
    first = ok(client.get("/api/events", params={"limit": 2}))
    assert first["limit"] == 2 and first["offset"] == 0 and len(first["items"]) <= 2
    assert first["has_more"], "the seed alone gives more than two events"
    second = ok(client.get("/api/events", params={"limit": 2, "offset": 2}))
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])
    everything = ok(client.get("/api/events", params={"limit": MAX_PAGE}))
    assert not everything["has_more"]
    assert [e["id"] for e in everything["items"][:4]] == [e["id"] for e in first["items"] + second["items"]]
    assert ok(client.get("/api/events", params={"limit": 0}))["items"] == []


def test_events_filters_hold_for_every_row(client):
    params = {"source": "rus", "target": "IRN", "limit": MAX_PAGE}
    dyad = ok(client.get("/api/events", params=params))["items"]
    assert dyad, "the seed reports Russia acting on Iran"
    assert all(e["source"].startswith("RUS") and e["target"].startswith("IRN") for e in dyad)
    kind = dyad[0]["type"]
    typed = ok(client.get("/api/events", params={"type": kind.lower(), "limit": MAX_PAGE}))["items"]
    assert typed and all(e["type"] == kind for e in typed)
    asserted = ok(client.get("/api/events", params={"mode": "asserted", "limit": MAX_PAGE}))["items"]
    assert all(e["mode"] == "asserted" for e in asserted)
    december = {"since": "2022-12", "until": "2022-12-31", "limit": MAX_PAGE}
    dated = ok(client.get("/api/events", params=december))
    assert dated["items"] and all("2022-12-01" <= e["date"] <= "2022-12-31" for e in dated["items"])


def test_text_search_matches_evidence(client):
    first = ok(client.get("/api/events", params={"source": "RUS", "target": "IRN"}))["items"][0]
    word = first["evidence"].split()[0]
    found = ok(client.get("/api/events", params={"q": word.upper(), "limit": MAX_PAGE}))["items"]
    assert found
    for e in found:
        spans = ok(client.get(f"/api/events/{e['id']}"))["event"]["evidence"]
        assert any(word.lower() in s["text"].lower() for s in spans)
    assert ok(client.get("/api/events", params={"q": "zqxjv no such words"}))["items"] == []


@pytest.mark.parametrize("params", [
    {"limit": MAX_PAGE + 1}, {"limit": -1}, {"limit": "ten"}, {"offset": -5},
    {"type": "BOMBING"}, {"mode": "rumoured"}, {"since": "2022-13"}, {"since": "yesterday"},
    {"since": "2023-01-01", "until": "2022-01-01"}, {"source": "R2D2"}, {"target": "x" * 13},
    {"q": "a" * 201},
])
def test_bad_event_parameters_are_400_with_a_message(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 400, response.text
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]


def test_event_detail_has_all_evidence_and_its_cluster(client):
    events = ok(client.get("/api/events", params={"limit": MAX_PAGE}))["items"]
    clustered = 0
    for row in events[:6]:
        detail = ok(client.get(f"/api/events/{row['id']}"))
        event, doc = detail["event"], detail["document"]
        assert event["id"] == row["id"] and doc["id"] == row["document_id"]
        text = ok(client.get(f"/api/documents/{doc['id']}"))["text"]
        assert event["evidence"], "every stored event keeps its evidence"
        for span in event["evidence"]:
            if span["section"] == "text":
                assert text[span["start"]:span["end"]] == span["text"]
        if detail["cluster"] is not None:
            clustered += 1
            assert detail["cluster"]["id"] == event["cluster_id"]
            assert row["id"] in {m["id"] for m in detail["cluster"]["members"]}
    assert clustered, "the ledger puts every stored event into a cluster"


@pytest.mark.parametrize("path", [
    "/api/events/no-such-event", "/api/documents/0000000000000000",
])
def test_unknown_ids_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404 and "no " in response.json()["detail"]


# -- documents ---------------------------------------------------------------------------------------
def test_documents_list_and_detail(client):
    page = ok(client.get("/api/documents"))
    assert len(page["items"]) == 4 and not page["has_more"]
    assert "text" not in page["items"][0]
    seed = next(d for d in page["items"] if d["published"] == "2022-12-09")
    doc = ok(client.get(f"/api/documents/{seed['id']}"))
    assert doc["text"].startswith("Russia is providing Iran")
    assert len(doc["events_coded"]) == doc["events"] > 0
    for event in doc["events_coded"]:
        for span in event["evidence"]:
            section = doc["text"] if span["section"] == "text" else doc[span["section"]]
            assert section[span["start"]:span["end"]] == span["text"]
    # both re3d statements on meetings with Sergey Lavrov name him; the BBC story and the seed do not
    found = ok(client.get("/api/documents", params={"q": "LAVROV"}))["items"]
    assert {d["id"] for d in found} == {"fab032c0995f606f", "1101048768e50fa1"}
    assert ok(client.get("/api/documents", params={"limit": 1, "offset": 1}))["has_more"]


# -- actors, dyad, network ---------------------------------------------------------------------------
def test_actors(client):
    actors = ok(client.get("/api/actors", params={"limit": MAX_PAGE}))["items"]
    codes = {a["code"] for a in actors}
    assert {"RUS", "IRN"} <= codes
    russian = ok(client.get("/api/actors", params={"country": "RUS"}))["items"]
    assert russian and all(a["code"].startswith("RUS") or a["country"] == "RUS" for a in russian)
    one = ok(client.get("/api/actors", params={"limit": 1}))
    assert len(one["items"]) == 1 and one["has_more"]


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_dyad_counts_add_up(client, by):
    dyad = ok(client.get("/api/dyad", params={"a": "RUS", "b": "IRN", "by": by}))
    assert (dyad["a"], dyad["b"], dyad["by"]) == ("RUS", "IRN", by)
    assert dyad["periods"], "the seed dates Russia-Iran events to December 2022"
    for p in dyad["periods"]:
        assert sum(p["types"].values()) == p["events"] == sum(p["directions"].values())
        assert p["cooperation"] + p["conflict"] == p["asserted"] <= p["events"]
        assert p["score"] is None or -10 <= p["score"] <= 10
    swapped = ok(client.get("/api/dyad", params={"a": "IRN", "b": "RUS", "by": by}))
    assert [p["events"] for p in swapped["periods"]] == [p["events"] for p in dyad["periods"]]


@pytest.mark.parametrize("params", [
    {"a": "RUS"}, {"a": "RUS", "b": "IRN", "by": "decade"}, {"a": "RUS", "b": "1RN"},
    {"a": "RUS", "b": "IRN", "since": "2022-02-30"},
])
def test_bad_dyad_parameters(client, params):
    response = client.get("/api/dyad", params=params)
    assert response.status_code == 400 and response.json()["detail"]


def test_network_is_laid_out_and_bounded(client):
    net = ok(client.get("/api/network"))
    codes = {n["code"] for n in net["nodes"]}
    assert net["edges"] and not net["truncated"]
    assert all(e["source"] in codes and e["target"] in codes for e in net["edges"])
    assert all(-1.01 <= n["x"] <= 1.01 and -1.01 <= n["y"] <= 1.01 for n in net["nodes"])
    weights = [e["weight"] for e in net["edges"]]
    assert weights == sorted(weights, reverse=True)
    top = ok(client.get("/api/network", params={"limit": 1}))
    assert len(top["edges"]) == 1 and top["truncated"] == (len(net["edges"]) > 1)
    assert client.get("/api/network", params={"limit": 0}).status_code == 400


# -- extract ---------------------------------------------------------------------------------------
def test_extract_json_is_sitrep_extract_output(client, pipeline, shared):
    seed = shared / "seed" / "000_cffe77665d307e1a.txt"
    expected = next(iter(pipeline.code_paths([str(seed)]))).public()
    got = ok(client.post("/api/extract", json={"text": seed.read_text(encoding="utf-8")}))
    assert got == expected
    assert got["events"], "the seed has events"


def test_extract_upload_is_sitrep_extract_output(client, pipeline, shared):
    seed = shared / "seed" / "000_cffe77665d307e1a.txt"
    expected = next(iter(pipeline.code_paths([str(seed)]))).public()
    got = ok(client.post("/api/extract", files={"file": ("article.txt", seed.read_bytes(), "text/plain")}))
    assert got == expected


def test_extract_title_and_date_are_used(client):
    got = ok(client.post("/api/extract", json={"text": BBC_SENTENCE["text"], "title": "Syria accuses Israel",
                                               "published": "2017-01-13"}))
    assert got["document"]["published"] == "2017-01-13"
    assert got["document"]["title"] == "Syria accuses Israel"


@pytest.mark.parametrize("kwargs", [
    {"json": {"text": ""}}, {"json": {"title": "no text"}}, {"json": {"text": "x", "colour": "red"}},
    {"json": {"text": "Syria accused Israel.", "published": "13/01/2017"}}, {"json": ["not", "an", "object"]},
    {"content": b"{broken json", "headers": {"content-type": "application/json"}},
    {"files": {"file": ("x.bin", b"\x00\x01\x02binary", "application/octet-stream")}},
    {"files": {"other": ("x.txt", b"text", "text/plain")}},
    {"files": {"file": ("x.txt", b"Syria accused Israel.", "text/plain")}, "data": {"published": "soon"}},
])
def test_bad_extract_requests_are_400(client, kwargs):
    response = client.post("/api/extract", **kwargs)
    assert response.status_code == 400, response.text
    assert response.json()["detail"]


def test_extract_wrong_content_type_is_415(client):
    response = client.post("/api/extract", content=b"text", headers={"content-type": "text/plain"})
    assert response.status_code == 415


def test_bodies_over_the_limit_are_413(client):
    big = "Syria accused Israel of a bombardment. " * (MAX_BODY_BYTES // 30)
    assert client.post("/api/extract", json={"text": big}).status_code == 413
    upload = client.post("/api/extract", files={"file": ("big.txt", big.encode(), "text/plain")})
    assert upload.status_code == 413

    def chunks():  # no Content-Length: the limit holds for a streamed body too
        for _ in range(3):
            yield b"x" * (MAX_BODY_BYTES // 2)

    streamed = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


# -- ingest ----------------------------------------------------------------------------------------


def test_ingest_refused_on_a_read_only_server(client):
    response = client.post("/api/documents", json=BBC_SENTENCE, headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403 and "--allow-ingest" in response.json()["detail"]


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer wrong"}, {"authorization": TOKEN},
                                     {"authorization": f"Basic {TOKEN}"}])
def test_ingest_needs_the_token(ingest_client, headers):
    response = ingest_client.post("/api/documents", json=BBC_SENTENCE, headers=headers)
    assert response.status_code == 403


def test_ingest_stores_once(ingest_client):
    auth = {"authorization": f"Bearer {TOKEN}"}
    first = ok(ingest_client.post("/api/documents", json=BBC_SENTENCE, headers=auth))
    assert first["stored"]
    doc = ok(ingest_client.get(f"/api/documents/{first['id']}"))
    assert doc["published"] == "2017-01-13" and doc["events"] == first["events"]
    assert not ok(ingest_client.post("/api/documents", json=BBC_SENTENCE, headers=auth))["stored"]


def test_app_settings_are_checked(tmp_path, web_db):
    with pytest.raises(ValueError, match="token"):
        create_app(web_db, allow_ingest=True)
    with pytest.raises(LedgerError, match="no such ledger"):
        create_app(tmp_path / "missing.duckdb")
    fresh = tmp_path / "new.duckdb"
    app = create_app(fresh, allow_ingest=True, token=TOKEN)
    assert fresh.exists()
    assert ok(TestClient(app, base_url=BASE).get("/api/events"))["items"] == []


# -- safety ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [
    "/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
    "/static/..%2f..%2f..%2fpyproject.toml",
    "/static/%2fetc%2fpasswd", "/api/documents/..%2f..%2fpyproject.toml", "/api/documents/%2e%2e",
    "/api/events/..%5c..%5cpyproject.toml", "/vendor/..%2f..%2fpyproject.toml",
])
def test_path_traversal_is_refused(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "[project]" not in response.text and "root:" not in response.text


def test_only_local_host_names(client):
    assert client.get("/api/events", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/api/events", headers={"host": "localhost:8000"}).status_code == 200


def test_page_is_self_contained(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/style.css"):
        assert asset in page.text
        assert client.get(asset).status_code == 200
    assert "/vendor/plotly.min.js" in client.get("/static/app.js").text  # loaded with the first chart
    plotly = client.get("/vendor/plotly.min.js")
    assert plotly.status_code == 200 and plotly.headers["content-encoding"] == "gzip"
    assert plotly.text.startswith("/**") and "plotly.js" in plotly.text[:500]
    import re

    for name in ("index.html", "app.js", "style.css"):
        text = (Path(__file__).parents[2] / "src" / "sitrep" / "web" / "static" / name).read_text()
        assert not re.search(r"(src|href|url)\s*[=(]\s*[\"']?(https?:)?//", text), name


def test_openapi_documents_every_endpoint(client):
    spec = ok(client.get("/api/openapi.json"))
    assert {"/api/events", "/api/events/{event_id}", "/api/documents", "/api/documents/{doc_id}", "/api/dyad",
            "/api/actors", "/api/network", "/api/extract"} <= set(spec["paths"])
    body = spec["paths"]["/api/extract"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert client.get("/docs").status_code == 404  # its page would load scripts from a CDN


def test_slow_reads_are_interrupted(web_db):
    access = LedgerAccess(web_db, seconds=0.2)
    with pytest.raises(QueryTimeout):
        access.read(lambda led: led.con.execute("SELECT count(*) FROM range(100000000000)").fetchall())
    assert access.read(lambda led: led.con.execute("SELECT 1").fetchone()) == (1,)


def test_no_connection_outlives_a_request(client, web_db, tmp_path):
    ok(client.get("/api/events"))
    from sitrep.ledger import Ledger

    # a writer (like `sitrep run`) can take the file right after a request
    with Ledger(web_db) as writer:
        assert writer.con.execute("SELECT count(*) FROM documents").fetchone()[0] >= 4


def test_a_writer_in_another_process_leaves_reads_on_the_snapshot(web_db, pipeline, tmp_path):
    import subprocess
    import sys

    db = tmp_path / "busy.duckdb"
    shutil.copy(web_db, db)
    early_client = TestClient(create_app(db, pipeline=pipeline), base_url=BASE)  # takes its snapshot now
    # like `sitrep run`: another process holds the file open for writing
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from sitrep.ledger import Ledger; led = Ledger(sys.argv[1]);"
                               " print('open', flush=True); sys.stdin.read(); led.close()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert ok(early_client.get("/api/events"))["items"]  # served from the snapshot, not 503
        # a server started while the writer holds the file has no snapshot yet: busy, not broken
        late_client = TestClient(create_app(db, pipeline=pipeline), base_url=BASE)
        response = late_client.get("/api/events")
        assert response.status_code == 503 and "ledger unavailable" in response.json()["detail"]
    finally:
        holder.communicate("")
    assert ok(late_client.get("/api/events"))["items"]
